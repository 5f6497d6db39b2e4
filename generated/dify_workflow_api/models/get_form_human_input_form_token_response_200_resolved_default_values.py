# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetFormHumanInputFormTokenResponse200ResolvedDefaultValues")


@_attrs_define
class GetFormHumanInputFormTokenResponse200ResolvedDefaultValues:
    """Pre-rendered values to display in the form. Keyed by input `output_variable_name`. Populated for `paragraph` inputs
    whose default resolves from a workflow variable; empty for inputs with no resolvable default. Display these values;
    do not re-resolve `default` on the client. All values are stringified.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        get_form_human_input_form_token_response_200_resolved_default_values = cls()

        get_form_human_input_form_token_response_200_resolved_default_values.additional_properties = d
        return get_form_human_input_form_token_response_200_resolved_default_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
