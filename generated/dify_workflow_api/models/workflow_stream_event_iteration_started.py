# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_workflow_event_event import ChunkWorkflowEventEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_event_iteration_started_data import (
        WorkflowStreamEventIterationStartedData,
    )


T = TypeVar("T", bound="WorkflowStreamEventIterationStarted")


@_attrs_define
class WorkflowStreamEventIterationStarted:
    """
    Attributes:
        event (ChunkWorkflowEventEvent): The type of streaming event.
        task_id (UUID): Task ID for the in-progress execution. Use this with [Stop Workflow Task](/en/api-
            reference/workflow-runs/stop-workflow-task) to cancel a running workflow. Only valid during execution.
        workflow_run_id (UUID): Persistent identifier for this workflow run record. Use this with [Get Workflow Run
            Detail](/en/api-reference/workflow-runs/get-workflow-run-detail) to retrieve results after execution.
        data (WorkflowStreamEventIterationStartedData | Unset):
    """

    event: ChunkWorkflowEventEvent
    task_id: UUID
    workflow_run_id: UUID
    data: WorkflowStreamEventIterationStartedData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        task_id = str(self.task_id)

        workflow_run_id = str(self.workflow_run_id)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "task_id": task_id,
                "workflow_run_id": workflow_run_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_event_iteration_started_data import (
            WorkflowStreamEventIterationStartedData,
        )

        d = dict(src_dict)
        event = ChunkWorkflowEventEvent(d.pop("event"))

        task_id = UUID(d.pop("task_id"))

        workflow_run_id = UUID(d.pop("workflow_run_id"))

        _data = d.pop("data", UNSET)
        data: WorkflowStreamEventIterationStartedData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkflowStreamEventIterationStartedData.from_dict(_data)

        workflow_stream_event_iteration_started = cls(
            event=event,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            data=data,
        )

        workflow_stream_event_iteration_started.additional_properties = d
        return workflow_stream_event_iteration_started

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
