# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_completion_response_metadata import (
        ChatCompletionResponseMetadata,
    )


T = TypeVar("T", bound="ChatCompletionResponse")


@_attrs_define
class ChatCompletionResponse:
    """
    Attributes:
        event (str): Event type, fixed as `message`.
        task_id (UUID): Task ID for request tracking and stop response API.
        id (UUID): Unique ID of this response event.
        message_id (UUID): Unique message ID. Use this as the `message_id` parameter when calling feedback or suggested
            questions endpoints.
        conversation_id (UUID): Conversation ID.
        mode (str): App mode. `chat` for Chatbot apps, `agent-chat` for Agent apps, `advanced-chat` for Chatflow apps.
        answer (str): Complete response content.
        metadata (ChatCompletionResponseMetadata): Metadata including usage and retriever resources.
        created_at (int): Message creation timestamp (Unix epoch seconds).
    """

    event: str
    task_id: UUID
    id: UUID
    message_id: UUID
    conversation_id: UUID
    mode: str
    answer: str
    metadata: ChatCompletionResponseMetadata
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        task_id = str(self.task_id)

        id = str(self.id)

        message_id = str(self.message_id)

        conversation_id = str(self.conversation_id)

        mode = self.mode

        answer = self.answer

        metadata = self.metadata.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "task_id": task_id,
                "id": id,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "mode": mode,
                "answer": answer,
                "metadata": metadata,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_response_metadata import (
            ChatCompletionResponseMetadata,
        )

        d = dict(src_dict)
        event = d.pop("event")

        task_id = UUID(d.pop("task_id"))

        id = UUID(d.pop("id"))

        message_id = UUID(d.pop("message_id"))

        conversation_id = UUID(d.pop("conversation_id"))

        mode = d.pop("mode")

        answer = d.pop("answer")

        metadata = ChatCompletionResponseMetadata.from_dict(d.pop("metadata"))

        created_at = d.pop("created_at")

        chat_completion_response = cls(
            event=event,
            task_id=task_id,
            id=id,
            message_id=message_id,
            conversation_id=conversation_id,
            mode=mode,
            answer=answer,
            metadata=metadata,
            created_at=created_at,
        )

        chat_completion_response.additional_properties = d
        return chat_completion_response

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
