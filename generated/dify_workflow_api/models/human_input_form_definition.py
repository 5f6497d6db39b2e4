# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_input import FormInput
    from ..models.human_input_form_definition_resolved_default_values import (
        HumanInputFormDefinitionResolvedDefaultValues,
    )
    from ..models.user_action import UserAction


T = TypeVar("T", bound="HumanInputFormDefinition")


@_attrs_define
class HumanInputFormDefinition:
    """Definition of a human input form rendered by a Human Input node.

    Attributes:
        form_id (str | Unset): Unique form identifier.
        node_id (str | Unset): ID of the Human Input node that generated this form.
        node_title (str | Unset): Title of the Human Input node.
        form_content (str | Unset): Markdown or text content displayed with the form.
        inputs (list[FormInput] | Unset): Input fields in the form.
        actions (list[UserAction] | Unset): Action buttons available on the form.
        display_in_ui (bool | Unset): Whether the form should be displayed in the UI.
        form_token (None | str | Unset): Token for form submission authentication.
        resolved_default_values (HumanInputFormDefinitionResolvedDefaultValues | Unset): Resolved default values for
            form inputs, keyed by output variable name.
        expiration_time (int | Unset): Unix timestamp when the form expires.
    """

    form_id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_title: str | Unset = UNSET
    form_content: str | Unset = UNSET
    inputs: list[FormInput] | Unset = UNSET
    actions: list[UserAction] | Unset = UNSET
    display_in_ui: bool | Unset = UNSET
    form_token: None | str | Unset = UNSET
    resolved_default_values: HumanInputFormDefinitionResolvedDefaultValues | Unset = (
        UNSET
    )
    expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_id = self.form_id

        node_id = self.node_id

        node_title = self.node_title

        form_content = self.form_content

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        display_in_ui = self.display_in_ui

        form_token: None | str | Unset
        if isinstance(self.form_token, Unset):
            form_token = UNSET
        else:
            form_token = self.form_token

        resolved_default_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_default_values, Unset):
            resolved_default_values = self.resolved_default_values.to_dict()

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_title is not UNSET:
            field_dict["node_title"] = node_title
        if form_content is not UNSET:
            field_dict["form_content"] = form_content
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if actions is not UNSET:
            field_dict["actions"] = actions
        if display_in_ui is not UNSET:
            field_dict["display_in_ui"] = display_in_ui
        if form_token is not UNSET:
            field_dict["form_token"] = form_token
        if resolved_default_values is not UNSET:
            field_dict["resolved_default_values"] = resolved_default_values
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_input import FormInput
        from ..models.human_input_form_definition_resolved_default_values import (
            HumanInputFormDefinitionResolvedDefaultValues,
        )
        from ..models.user_action import UserAction

        d = dict(src_dict)
        form_id = d.pop("form_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        node_title = d.pop("node_title", UNSET)

        form_content = d.pop("form_content", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[FormInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = FormInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _actions = d.pop("actions", UNSET)
        actions: list[UserAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = UserAction.from_dict(actions_item_data)

                actions.append(actions_item)

        display_in_ui = d.pop("display_in_ui", UNSET)

        def _parse_form_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_token = _parse_form_token(d.pop("form_token", UNSET))

        _resolved_default_values = d.pop("resolved_default_values", UNSET)
        resolved_default_values: HumanInputFormDefinitionResolvedDefaultValues | Unset
        if isinstance(_resolved_default_values, Unset):
            resolved_default_values = UNSET
        else:
            resolved_default_values = (
                HumanInputFormDefinitionResolvedDefaultValues.from_dict(
                    _resolved_default_values
                )
            )

        expiration_time = d.pop("expiration_time", UNSET)

        human_input_form_definition = cls(
            form_id=form_id,
            node_id=node_id,
            node_title=node_title,
            form_content=form_content,
            inputs=inputs,
            actions=actions,
            display_in_ui=display_in_ui,
            form_token=form_token,
            resolved_default_values=resolved_default_values,
            expiration_time=expiration_time,
        )

        human_input_form_definition.additional_properties = d
        return human_input_form_definition

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
