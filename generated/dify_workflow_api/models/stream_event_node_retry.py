# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_chat_event_event import ChunkChatEventEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_event_node_retry_data import StreamEventNodeRetryData


T = TypeVar("T", bound="StreamEventNodeRetry")


@_attrs_define
class StreamEventNodeRetry:
    """
    Attributes:
        task_id (UUID): Task ID.
        message_id (UUID): Unique message ID.
        conversation_id (UUID): Conversation ID.
        workflow_run_id (str): Workflow execution run ID.
        data (StreamEventNodeRetryData):
        event (ChunkChatEventEvent | Unset): The type of event.
        created_at (int | Unset): Creation timestamp.
    """

    task_id: UUID
    message_id: UUID
    conversation_id: UUID
    workflow_run_id: str
    data: StreamEventNodeRetryData
    event: ChunkChatEventEvent | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        message_id = str(self.message_id)

        conversation_id = str(self.conversation_id)

        workflow_run_id = self.workflow_run_id

        data = self.data.to_dict()

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "workflow_run_id": workflow_run_id,
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_node_retry_data import StreamEventNodeRetryData

        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        message_id = UUID(d.pop("message_id"))

        conversation_id = UUID(d.pop("conversation_id"))

        workflow_run_id = d.pop("workflow_run_id")

        data = StreamEventNodeRetryData.from_dict(d.pop("data"))

        _event = d.pop("event", UNSET)
        event: ChunkChatEventEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = ChunkChatEventEvent(_event)

        created_at = d.pop("created_at", UNSET)

        stream_event_node_retry = cls(
            task_id=task_id,
            message_id=message_id,
            conversation_id=conversation_id,
            workflow_run_id=workflow_run_id,
            data=data,
            event=event,
            created_at=created_at,
        )

        stream_event_node_retry.additional_properties = d
        return stream_event_node_retry

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
