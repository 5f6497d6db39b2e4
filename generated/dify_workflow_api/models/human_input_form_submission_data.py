# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HumanInputFormSubmissionData")


@_attrs_define
class HumanInputFormSubmissionData:
    """Data from a submitted human input form.

    Attributes:
        node_id (str | Unset): ID of the Human Input node.
        node_title (str | Unset): Title of the Human Input node.
        rendered_content (str | Unset): Rendered content of the form submission.
        action_id (str | Unset): ID of the action button that was clicked.
        action_text (str | Unset): Display text of the action button that was clicked.
    """

    node_id: str | Unset = UNSET
    node_title: str | Unset = UNSET
    rendered_content: str | Unset = UNSET
    action_id: str | Unset = UNSET
    action_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_title = self.node_title

        rendered_content = self.rendered_content

        action_id = self.action_id

        action_text = self.action_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_title is not UNSET:
            field_dict["node_title"] = node_title
        if rendered_content is not UNSET:
            field_dict["rendered_content"] = rendered_content
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if action_text is not UNSET:
            field_dict["action_text"] = action_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        node_title = d.pop("node_title", UNSET)

        rendered_content = d.pop("rendered_content", UNSET)

        action_id = d.pop("action_id", UNSET)

        action_text = d.pop("action_text", UNSET)

        human_input_form_submission_data = cls(
            node_id=node_id,
            node_title=node_title,
            rendered_content=rendered_content,
            action_id=action_id,
            action_text=action_text,
        )

        human_input_form_submission_data.additional_properties = d
        return human_input_form_submission_data

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
