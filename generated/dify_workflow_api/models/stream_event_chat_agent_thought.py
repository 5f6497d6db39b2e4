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

T = TypeVar("T", bound="StreamEventChatAgentThought")


@_attrs_define
class StreamEventChatAgentThought:
    """
    Attributes:
        task_id (UUID): Task ID.
        message_id (UUID): Unique message ID.
        conversation_id (UUID): Conversation ID.
        id (UUID): Agent thought ID.
        event (ChunkChatEventEvent | Unset): The type of event.
        created_at (int | Unset): Creation timestamp.
        position (int | Unset): Position of this thought in the sequence for the message.
        thought (str | Unset): What LLM is thinking.
        observation (str | Unset): Response from tool calls.
        tool (str | Unset): List of tools called, split by `;`.
        tool_input (str | Unset): Input of tools in JSON format.
        message_files (list[UUID] | Unset): File IDs of files related to this thought.
    """

    task_id: UUID
    message_id: UUID
    conversation_id: UUID
    id: UUID
    event: ChunkChatEventEvent | Unset = UNSET
    created_at: int | Unset = UNSET
    position: int | Unset = UNSET
    thought: str | Unset = UNSET
    observation: str | Unset = UNSET
    tool: str | Unset = UNSET
    tool_input: str | Unset = UNSET
    message_files: list[UUID] | Unset = UNSET
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

        position = self.position

        thought = self.thought

        observation = self.observation

        tool = self.tool

        tool_input = self.tool_input

        message_files: list[str] | Unset = UNSET
        if not isinstance(self.message_files, Unset):
            message_files = []
            for message_files_item_data in self.message_files:
                message_files_item = str(message_files_item_data)
                message_files.append(message_files_item)

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
        if position is not UNSET:
            field_dict["position"] = position
        if thought is not UNSET:
            field_dict["thought"] = thought
        if observation is not UNSET:
            field_dict["observation"] = observation
        if tool is not UNSET:
            field_dict["tool"] = tool
        if tool_input is not UNSET:
            field_dict["tool_input"] = tool_input
        if message_files is not UNSET:
            field_dict["message_files"] = message_files

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

        position = d.pop("position", UNSET)

        thought = d.pop("thought", UNSET)

        observation = d.pop("observation", UNSET)

        tool = d.pop("tool", UNSET)

        tool_input = d.pop("tool_input", UNSET)

        _message_files = d.pop("message_files", UNSET)
        message_files: list[UUID] | Unset = UNSET
        if _message_files is not UNSET:
            message_files = []
            for message_files_item_data in _message_files:
                message_files_item = UUID(message_files_item_data)

                message_files.append(message_files_item)

        stream_event_chat_agent_thought = cls(
            task_id=task_id,
            message_id=message_id,
            conversation_id=conversation_id,
            id=id,
            event=event,
            created_at=created_at,
            position=position,
            thought=thought,
            observation=observation,
            tool=tool,
            tool_input=tool_input,
            message_files=message_files,
        )

        stream_event_chat_agent_thought.additional_properties = d
        return stream_event_chat_agent_thought

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
