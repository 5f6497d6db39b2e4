# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 0e420163e9fa92d2...)
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
    from ..models.stream_event_text_chunk_data import StreamEventTextChunkData


T = TypeVar("T", bound="StreamEventTextChunk")


@_attrs_define
class StreamEventTextChunk:
    """
    Attributes:
        event (ChunkWorkflowEventEvent): The type of streaming event.
        task_id (UUID | Unset): Task ID for the in-progress execution. Use this with [Stop Workflow Task](/en/api-
            reference/workflow-runs/stop-workflow-task) to cancel a running workflow. Only valid during execution.
        workflow_run_id (UUID | Unset): Persistent identifier for this workflow run record. Use this with [Get Workflow
            Run Detail](/en/api-reference/workflow-runs/get-workflow-run-detail) to retrieve results after execution.
        data (StreamEventTextChunkData | Unset):
    """

    event: ChunkWorkflowEventEvent
    task_id: UUID | Unset = UNSET
    workflow_run_id: UUID | Unset = UNSET
    data: StreamEventTextChunkData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        task_id: str | Unset = UNSET
        if not isinstance(self.task_id, Unset):
            task_id = str(self.task_id)

        workflow_run_id: str | Unset = UNSET
        if not isinstance(self.workflow_run_id, Unset):
            workflow_run_id = str(self.workflow_run_id)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_text_chunk_data import StreamEventTextChunkData

        d = dict(src_dict)
        event = ChunkWorkflowEventEvent(d.pop("event"))

        _task_id = d.pop("task_id", UNSET)
        task_id: UUID | Unset
        if isinstance(_task_id, Unset):
            task_id = UNSET
        else:
            task_id = UUID(_task_id)

        _workflow_run_id = d.pop("workflow_run_id", UNSET)
        workflow_run_id: UUID | Unset
        if isinstance(_workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = UUID(_workflow_run_id)

        _data = d.pop("data", UNSET)
        data: StreamEventTextChunkData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StreamEventTextChunkData.from_dict(_data)

        stream_event_text_chunk = cls(
            event=event,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            data=data,
        )

        stream_event_text_chunk.additional_properties = d
        return stream_event_text_chunk

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
