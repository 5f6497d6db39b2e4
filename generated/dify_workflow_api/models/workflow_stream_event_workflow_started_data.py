# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_event_workflow_started_data_inputs import (
        WorkflowStreamEventWorkflowStartedDataInputs,
    )


T = TypeVar("T", bound="WorkflowStreamEventWorkflowStartedData")


@_attrs_define
class WorkflowStreamEventWorkflowStartedData:
    """
    Attributes:
        id (UUID): Workflow run ID.
        workflow_id (UUID): Workflow ID.
        inputs (WorkflowStreamEventWorkflowStartedDataInputs): Input variables for this workflow run.
        created_at (int): Unix timestamp of when the workflow run started.
        reason (str | Unset): Reason for the workflow start. `initial` for a new execution, `resumption` when resuming
            from a paused state.
    """

    id: UUID
    workflow_id: UUID
    inputs: WorkflowStreamEventWorkflowStartedDataInputs
    created_at: int
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        workflow_id = str(self.workflow_id)

        inputs = self.inputs.to_dict()

        created_at = self.created_at

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "inputs": inputs,
                "created_at": created_at,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_event_workflow_started_data_inputs import (
            WorkflowStreamEventWorkflowStartedDataInputs,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workflow_id = UUID(d.pop("workflow_id"))

        inputs = WorkflowStreamEventWorkflowStartedDataInputs.from_dict(d.pop("inputs"))

        created_at = d.pop("created_at")

        reason = d.pop("reason", UNSET)

        workflow_stream_event_workflow_started_data = cls(
            id=id,
            workflow_id=workflow_id,
            inputs=inputs,
            created_at=created_at,
            reason=reason,
        )

        workflow_stream_event_workflow_started_data.additional_properties = d
        return workflow_stream_event_workflow_started_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
