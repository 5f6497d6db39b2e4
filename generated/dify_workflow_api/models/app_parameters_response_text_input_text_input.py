# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppParametersResponseTextInputTextInput")


@_attrs_define
class AppParametersResponseTextInputTextInput:
    """
    Attributes:
        label (str | Unset): Display label for the input field.
        variable (str | Unset): Variable name used in the workflow.
        required (bool | Unset): Whether this field is required.
        default (str | Unset): Default value for the input field.
    """

    label: str | Unset = UNSET
    variable: str | Unset = UNSET
    required: bool | Unset = UNSET
    default: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        variable = self.variable

        required = self.required

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if variable is not UNSET:
            field_dict["variable"] = variable
        if required is not UNSET:
            field_dict["required"] = required
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        variable = d.pop("variable", UNSET)

        required = d.pop("required", UNSET)

        default = d.pop("default", UNSET)

        app_parameters_response_text_input_text_input = cls(
            label=label,
            variable=variable,
            required=required,
            default=default,
        )

        app_parameters_response_text_input_text_input.additional_properties = d
        return app_parameters_response_text_input_text_input

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
