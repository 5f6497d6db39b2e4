# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventHumanInputRequiredDataInputsItemDefaultType0")


@_attrs_define
class StreamEventHumanInputRequiredDataInputsItemDefaultType0:
    """Default value resolved from the workflow context. `null` when no default is configured.

    Attributes:
        type_ (str | Unset): Source of the default. `constant` means `value` is used as a literal string; `variable`
            means `selector` points to a workflow variable.
        selector (list[str] | Unset): Variable reference path (for example, `["node_id", "var_name"]`) when `type` is
            `variable`. Must contain at least two elements.
        value (str | Unset): Literal default value when `type` is `constant`. Always a string.
    """

    type_: str | Unset = UNSET
    selector: list[str] | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        selector: list[str] | Unset = UNSET
        if not isinstance(self.selector, Unset):
            selector = self.selector

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if selector is not UNSET:
            field_dict["selector"] = selector
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        selector = cast(list[str], d.pop("selector", UNSET))

        value = d.pop("value", UNSET)

        stream_event_human_input_required_data_inputs_item_default_type_0 = cls(
            type_=type_,
            selector=selector,
            value=value,
        )

        stream_event_human_input_required_data_inputs_item_default_type_0.additional_properties = d
        return stream_event_human_input_required_data_inputs_item_default_type_0

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
