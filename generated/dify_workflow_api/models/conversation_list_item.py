# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_list_item_inputs import ConversationListItemInputs


T = TypeVar("T", bound="ConversationListItem")


@_attrs_define
class ConversationListItem:
    """
    Attributes:
        id (UUID): Conversation ID.
        name (str): Conversation name.
        inputs (ConversationListItemInputs): Input variables for the conversation.
        status (str): Conversation status. `normal` for active conversations.
        created_at (int): Creation timestamp.
        updated_at (int): Last update timestamp.
        introduction (str | Unset): Conversation introduction.
    """

    id: UUID
    name: str
    inputs: ConversationListItemInputs
    status: str
    created_at: int
    updated_at: int
    introduction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        inputs = self.inputs.to_dict()

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        introduction = self.introduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "inputs": inputs,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if introduction is not UNSET:
            field_dict["introduction"] = introduction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_list_item_inputs import ConversationListItemInputs

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        inputs = ConversationListItemInputs.from_dict(d.pop("inputs"))

        status = d.pop("status")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        introduction = d.pop("introduction", UNSET)

        conversation_list_item = cls(
            id=id,
            name=name,
            inputs=inputs,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            introduction=introduction,
        )

        conversation_list_item.additional_properties = d
        return conversation_list_item

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
