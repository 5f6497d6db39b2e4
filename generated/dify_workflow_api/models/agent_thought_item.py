# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_thought_item_tool_labels_type_0 import (
        AgentThoughtItemToolLabelsType0,
    )


T = TypeVar("T", bound="AgentThoughtItem")


@_attrs_define
class AgentThoughtItem:
    """An agent thought step in the message.

    Attributes:
        id (UUID | Unset): Agent thought ID.
        chain_id (None | str | Unset): Chain ID for this thought.
        message_id (UUID | Unset): Unique message ID this thought belongs to.
        position (int | Unset): Position of this thought.
        thought (str | Unset): What LLM is thinking.
        tool (str | Unset): Tools called, split by `;`.
        tool_labels (AgentThoughtItemToolLabelsType0 | None | Unset): Labels for tools used.
        tool_input (str | Unset): Input of tools in JSON format.
        observation (str | Unset): Response from tool calls.
        files (list[str] | Unset): File IDs related to this thought.
        created_at (int | Unset): Creation timestamp.
    """

    id: UUID | Unset = UNSET
    chain_id: None | str | Unset = UNSET
    message_id: UUID | Unset = UNSET
    position: int | Unset = UNSET
    thought: str | Unset = UNSET
    tool: str | Unset = UNSET
    tool_labels: AgentThoughtItemToolLabelsType0 | None | Unset = UNSET
    tool_input: str | Unset = UNSET
    observation: str | Unset = UNSET
    files: list[str] | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_thought_item_tool_labels_type_0 import (
            AgentThoughtItemToolLabelsType0,
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        chain_id: None | str | Unset
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        message_id: str | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = str(self.message_id)

        position = self.position

        thought = self.thought

        tool = self.tool

        tool_labels: dict[str, Any] | None | Unset
        if isinstance(self.tool_labels, Unset):
            tool_labels = UNSET
        elif isinstance(self.tool_labels, AgentThoughtItemToolLabelsType0):
            tool_labels = self.tool_labels.to_dict()
        else:
            tool_labels = self.tool_labels

        tool_input = self.tool_input

        observation = self.observation

        files: list[str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if position is not UNSET:
            field_dict["position"] = position
        if thought is not UNSET:
            field_dict["thought"] = thought
        if tool is not UNSET:
            field_dict["tool"] = tool
        if tool_labels is not UNSET:
            field_dict["tool_labels"] = tool_labels
        if tool_input is not UNSET:
            field_dict["tool_input"] = tool_input
        if observation is not UNSET:
            field_dict["observation"] = observation
        if files is not UNSET:
            field_dict["files"] = files
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_thought_item_tool_labels_type_0 import (
            AgentThoughtItemToolLabelsType0,
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_chain_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chain_id = _parse_chain_id(d.pop("chain_id", UNSET))

        _message_id = d.pop("message_id", UNSET)
        message_id: UUID | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = UUID(_message_id)

        position = d.pop("position", UNSET)

        thought = d.pop("thought", UNSET)

        tool = d.pop("tool", UNSET)

        def _parse_tool_labels(
            data: object,
        ) -> AgentThoughtItemToolLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_labels_type_0 = AgentThoughtItemToolLabelsType0.from_dict(data)

                return tool_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentThoughtItemToolLabelsType0 | None | Unset, data)

        tool_labels = _parse_tool_labels(d.pop("tool_labels", UNSET))

        tool_input = d.pop("tool_input", UNSET)

        observation = d.pop("observation", UNSET)

        files = cast(list[str], d.pop("files", UNSET))

        created_at = d.pop("created_at", UNSET)

        agent_thought_item = cls(
            id=id,
            chain_id=chain_id,
            message_id=message_id,
            position=position,
            thought=thought,
            tool=tool,
            tool_labels=tool_labels,
            tool_input=tool_input,
            observation=observation,
            files=files,
            created_at=created_at,
        )

        agent_thought_item.additional_properties = d
        return agent_thought_item

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
