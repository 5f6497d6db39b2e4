# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_chat_event_event import ChunkChatEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventChatMessageReplace")


@_attrs_define
class StreamEventChatMessageReplace:
    """
    Attributes:
        task_id (UUID): Task ID.
        message_id (UUID): Unique message ID.
        conversation_id (UUID): Conversation ID.
        answer (str): Replacement content.
        event (ChunkChatEventEvent | Unset): The type of event.
        created_at (int | Unset): Creation timestamp.
        reason (str | Unset): Reason for the content replacement.
    """

    task_id: UUID
    message_id: UUID
    conversation_id: UUID
    answer: str
    event: ChunkChatEventEvent | Unset = UNSET
    created_at: int | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        message_id = str(self.message_id)

        conversation_id = str(self.conversation_id)

        answer = self.answer

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        created_at = self.created_at

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "answer": answer,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        message_id = UUID(d.pop("message_id"))

        conversation_id = UUID(d.pop("conversation_id"))

        answer = d.pop("answer")

        _event = d.pop("event", UNSET)
        event: ChunkChatEventEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = ChunkChatEventEvent(_event)

        created_at = d.pop("created_at", UNSET)

        reason = d.pop("reason", UNSET)

        stream_event_chat_message_replace = cls(
            task_id=task_id,
            message_id=message_id,
            conversation_id=conversation_id,
            answer=answer,
            event=event,
            created_at=created_at,
            reason=reason,
        )

        stream_event_chat_message_replace.additional_properties = d
        return stream_event_chat_message_replace

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
