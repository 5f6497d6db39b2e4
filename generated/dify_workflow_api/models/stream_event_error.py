# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_workflow_event_event import ChunkWorkflowEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventError")


@_attrs_define
class StreamEventError:
    """
    Attributes:
        event (ChunkWorkflowEventEvent): The type of streaming event.
        task_id (UUID): Task ID for the in-progress execution. Use this with [Stop Workflow Task](/en/api-
            reference/workflow-runs/stop-workflow-task) to cancel a running workflow. Only valid during execution.
        workflow_run_id (UUID): Persistent identifier for this workflow run record. Use this with [Get Workflow Run
            Detail](/en/api-reference/workflow-runs/get-workflow-run-detail) to retrieve results after execution.
        status (int | Unset): HTTP status code of the error.
        code (str | Unset): Error code.
        message (str | Unset): Error message.
    """

    event: ChunkWorkflowEventEvent
    task_id: UUID
    workflow_run_id: UUID
    status: int | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        task_id = str(self.task_id)

        workflow_run_id = str(self.workflow_run_id)

        status = self.status

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "task_id": task_id,
                "workflow_run_id": workflow_run_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = ChunkWorkflowEventEvent(d.pop("event"))

        task_id = UUID(d.pop("task_id"))

        workflow_run_id = UUID(d.pop("workflow_run_id"))

        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        stream_event_error = cls(
            event=event,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            status=status,
            code=code,
            message=message,
        )

        stream_event_error.additional_properties = d
        return stream_event_error

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
