# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppInfoResponse")


@_attrs_define
class AppInfoResponse:
    """
    Attributes:
        name (str): Application name.
        description (str): Application description.
        tags (list[str]): Application tags.
        mode (str): Application mode. `completion` for text generation apps, `chat` for basic chat apps, `agent-chat`
            for agent-based apps, `advanced-chat` for Chatflow apps, `workflow` for Workflow apps, `agent` for New Agent
            apps.
        author_name (str): Name of the application author.
    """

    name: str
    description: str
    tags: list[str]
    mode: str
    author_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        tags = self.tags

        mode = self.mode

        author_name = self.author_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "tags": tags,
                "mode": mode,
                "author_name": author_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        tags = cast(list[str], d.pop("tags"))

        mode = d.pop("mode")

        author_name = d.pop("author_name")

        app_info_response = cls(
            name=name,
            description=description,
            tags=tags,
            mode=mode,
            author_name=author_name,
        )

        app_info_response.additional_properties = d
        return app_info_response

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
