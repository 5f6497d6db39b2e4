# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventTextChunkData")


@_attrs_define
class StreamEventTextChunkData:
    """
    Attributes:
        text (str): The text content chunk.
        from_variable_selector (list[str] | None | Unset): Source path of the text variable in the workflow.
    """

    text: str
    from_variable_selector: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        from_variable_selector: list[str] | None | Unset
        if isinstance(self.from_variable_selector, Unset):
            from_variable_selector = UNSET
        elif isinstance(self.from_variable_selector, list):
            from_variable_selector = self.from_variable_selector

        else:
            from_variable_selector = self.from_variable_selector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if from_variable_selector is not UNSET:
            field_dict["from_variable_selector"] = from_variable_selector

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_from_variable_selector(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                from_variable_selector_type_0 = cast(list[str], data)

                return from_variable_selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        from_variable_selector = _parse_from_variable_selector(
            d.pop("from_variable_selector", UNSET)
        )

        stream_event_text_chunk_data = cls(
            text=text,
            from_variable_selector=from_variable_selector,
        )

        stream_event_text_chunk_data.additional_properties = d
        return stream_event_text_chunk_data

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
