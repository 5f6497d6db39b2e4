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

T = TypeVar("T", bound="StreamEventChatMessageFile")


@_attrs_define
class StreamEventChatMessageFile:
    """
    Attributes:
        task_id (UUID): Task ID.
        message_id (UUID): Unique message ID.
        conversation_id (UUID): Conversation ID.
        id (UUID): File unique ID.
        event (ChunkChatEventEvent | Unset): The type of event.
        created_at (int | Unset): Creation timestamp.
        type_ (str | Unset): File type, e.g. `image`.
        belongs_to (str | Unset): Who this file belongs to. Always `assistant` for tool-generated files.
        url (str | Unset): Remote URL of the file.
    """

    task_id: UUID
    message_id: UUID
    conversation_id: UUID
    id: UUID
    event: ChunkChatEventEvent | Unset = UNSET
    created_at: int | Unset = UNSET
    type_: str | Unset = UNSET
    belongs_to: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        message_id = str(self.message_id)

        conversation_id = str(self.conversation_id)

        id = str(self.id)

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        created_at = self.created_at

        type_ = self.type_

        belongs_to = self.belongs_to

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "id": id,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if belongs_to is not UNSET:
            field_dict["belongs_to"] = belongs_to
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        message_id = UUID(d.pop("message_id"))

        conversation_id = UUID(d.pop("conversation_id"))

        id = UUID(d.pop("id"))

        _event = d.pop("event", UNSET)
        event: ChunkChatEventEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = ChunkChatEventEvent(_event)

        created_at = d.pop("created_at", UNSET)

        type_ = d.pop("type", UNSET)

        belongs_to = d.pop("belongs_to", UNSET)

        url = d.pop("url", UNSET)

        stream_event_chat_message_file = cls(
            task_id=task_id,
            message_id=message_id,
            conversation_id=conversation_id,
            id=id,
            event=event,
            created_at=created_at,
            type_=type_,
            belongs_to=belongs_to,
            url=url,
        )

        stream_event_chat_message_file.additional_properties = d
        return stream_event_chat_message_file

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
