# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.app_meta_response_tool_icons import AppMetaResponseToolIcons


T = TypeVar("T", bound="AppMetaResponse")


@_attrs_define
class AppMetaResponse:
    """
    Attributes:
        tool_icons (AppMetaResponseToolIcons): Tool icons. Keys are tool names.
    """

    tool_icons: AppMetaResponseToolIcons
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_icons = self.tool_icons.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_icons": tool_icons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_meta_response_tool_icons import AppMetaResponseToolIcons

        d = dict(src_dict)
        tool_icons = AppMetaResponseToolIcons.from_dict(d.pop("tool_icons"))

        app_meta_response = cls(
            tool_icons=tool_icons,
        )

        app_meta_response.additional_properties = d
        return app_meta_response

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
