# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowStreamEventHumanInputRequiredDataActionsItem")


@_attrs_define
class WorkflowStreamEventHumanInputRequiredDataActionsItem:
    """
    Attributes:
        id (str): Identifier of the action button. Pass as `action` on [Submit Human Input Form](/en/api-
            reference/human-input/submit-human-input-form) when the recipient selects this button.
        title (str): Button label shown to the recipient.
        button_style (str): Visual style of the button. Available values: `primary`, `default`, `accent`, `ghost`.
    """

    id: str
    title: str
    button_style: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        button_style = self.button_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "button_style": button_style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        button_style = d.pop("button_style")

        workflow_stream_event_human_input_required_data_actions_item = cls(
            id=id,
            title=title,
            button_style=button_style,
        )

        workflow_stream_event_human_input_required_data_actions_item.additional_properties = d
        return workflow_stream_event_human_input_required_data_actions_item

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
