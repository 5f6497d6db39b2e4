# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStreamEventHumanInputFormTimeoutData")


@_attrs_define
class WorkflowStreamEventHumanInputFormTimeoutData:
    """
    Attributes:
        node_id (str | Unset): ID of the Human Input node whose form expired.
        node_title (str | Unset): Display title of the Human Input node.
        expiration_time (int | Unset): Unix timestamp (seconds) when the form expired.
    """

    node_id: str | Unset = UNSET
    node_title: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_title = self.node_title

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_title is not UNSET:
            field_dict["node_title"] = node_title
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        node_title = d.pop("node_title", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        workflow_stream_event_human_input_form_timeout_data = cls(
            node_id=node_id,
            node_title=node_title,
            expiration_time=expiration_time,
        )

        workflow_stream_event_human_input_form_timeout_data.additional_properties = d
        return workflow_stream_event_human_input_form_timeout_data

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
