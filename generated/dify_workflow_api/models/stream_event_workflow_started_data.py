# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_event_workflow_started_data_inputs import (
        StreamEventWorkflowStartedDataInputs,
    )


T = TypeVar("T", bound="StreamEventWorkflowStartedData")


@_attrs_define
class StreamEventWorkflowStartedData:
    """
    Attributes:
        id (str): Workflow run ID.
        workflow_id (str): Associated workflow ID.
        inputs (StreamEventWorkflowStartedDataInputs): Input variables for this workflow execution.
        created_at (int): Start timestamp (Unix epoch seconds).
        reason (str | Unset): Reason for workflow start. `initial` for first start, `resumption` when resuming after a
            pause (e.g., after human input).
    """

    id: str
    workflow_id: str
    inputs: StreamEventWorkflowStartedDataInputs
    created_at: int
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

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
        from ..models.stream_event_workflow_started_data_inputs import (
            StreamEventWorkflowStartedDataInputs,
        )

        d = dict(src_dict)
        id = d.pop("id")

        workflow_id = d.pop("workflow_id")

        inputs = StreamEventWorkflowStartedDataInputs.from_dict(d.pop("inputs"))

        created_at = d.pop("created_at")

        reason = d.pop("reason", UNSET)

        stream_event_workflow_started_data = cls(
            id=id,
            workflow_id=workflow_id,
            inputs=inputs,
            created_at=created_at,
            reason=reason,
        )

        stream_event_workflow_started_data.additional_properties = d
        return stream_event_workflow_started_data

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
