# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.app_parameters_response_text_input_text_input import (
        AppParametersResponseTextInputTextInput,
    )


T = TypeVar("T", bound="AppParametersResponseTextInput")


@_attrs_define
class AppParametersResponseTextInput:
    """
    Attributes:
        text_input (AppParametersResponseTextInputTextInput):
    """

    text_input: AppParametersResponseTextInputTextInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_input = self.text_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text-input": text_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_parameters_response_text_input_text_input import (
            AppParametersResponseTextInputTextInput,
        )

        d = dict(src_dict)
        text_input = AppParametersResponseTextInputTextInput.from_dict(
            d.pop("text-input")
        )

        app_parameters_response_text_input = cls(
            text_input=text_input,
        )

        app_parameters_response_text_input.additional_properties = d
        return app_parameters_response_text_input

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
