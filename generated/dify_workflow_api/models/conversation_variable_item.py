# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationVariableItem")


@_attrs_define
class ConversationVariableItem:
    """
    Attributes:
        id (UUID): Variable ID.
        name (str): Variable name.
        value_type (str): Variable value type. Possible values: `string`, `number`, `object`, `secret`, `file`,
            `boolean`, `array[any]`, `array[string]`, `array[number]`, `array[object]`, `array[file]`, `array[boolean]`.
        value (str): Variable value (can be a JSON string for complex types).
        created_at (int): Creation timestamp.
        updated_at (int): Last update timestamp.
        description (str | Unset): Variable description.
    """

    id: UUID
    name: str
    value_type: str
    value: str
    created_at: int
    updated_at: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        value_type = self.value_type

        value = self.value

        created_at = self.created_at

        updated_at = self.updated_at

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "value_type": value_type,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        value_type = d.pop("value_type")

        value = d.pop("value")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        description = d.pop("description", UNSET)

        conversation_variable_item = cls(
            id=id,
            name=name,
            value_type=value_type,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
        )

        conversation_variable_item.additional_properties = d
        return conversation_variable_item

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
