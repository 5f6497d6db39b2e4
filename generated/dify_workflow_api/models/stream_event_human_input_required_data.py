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
    from ..models.stream_event_human_input_required_data_actions_item import (
        StreamEventHumanInputRequiredDataActionsItem,
    )
    from ..models.stream_event_human_input_required_data_inputs_item import (
        StreamEventHumanInputRequiredDataInputsItem,
    )
    from ..models.stream_event_human_input_required_data_resolved_default_values import (
        StreamEventHumanInputRequiredDataResolvedDefaultValues,
    )


T = TypeVar("T", bound="StreamEventHumanInputRequiredData")


@_attrs_define
class StreamEventHumanInputRequiredData:
    """
    Attributes:
        form_id (str): Identifier for the form instance, surfaced in error messages and logs. Use `form_token` for
            Service API calls.
        node_id (str): ID of the Human Input node that produced this form.
        node_title (str): Display title of the Human Input node.
        form_content (str): Pre-rendered form body with workflow variables substituted.
        inputs (list[StreamEventHumanInputRequiredDataInputsItem]): Form input fields the recipient fills in.
        actions (list[StreamEventHumanInputRequiredDataActionsItem]): Available user actions (buttons) the recipient can
            select when submitting.
        display_in_ui (bool): Whether the form is also shown in the Dify console UI.
        resolved_default_values (StreamEventHumanInputRequiredDataResolvedDefaultValues): Pre-filled default values for
            the form inputs, keyed by input `output_variable_name`. All values are stringified.
        expiration_time (int): Unix timestamp (seconds) after which the form can no longer be submitted.
        form_token (None | str | Unset): Access token for [Get Human Input Form](/en/api-reference/human-input/get-
            human-input-form) and [Submit Human Input Form](/en/api-reference/human-input/submit-human-input-form). `null`
            when the Human Input node uses Email or Console delivery (the Service API can only operate on WebApp-delivered
            forms).
    """

    form_id: str
    node_id: str
    node_title: str
    form_content: str
    inputs: list[StreamEventHumanInputRequiredDataInputsItem]
    actions: list[StreamEventHumanInputRequiredDataActionsItem]
    display_in_ui: bool
    resolved_default_values: StreamEventHumanInputRequiredDataResolvedDefaultValues
    expiration_time: int
    form_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_id = self.form_id

        node_id = self.node_id

        node_title = self.node_title

        form_content = self.form_content

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        display_in_ui = self.display_in_ui

        resolved_default_values = self.resolved_default_values.to_dict()

        expiration_time = self.expiration_time

        form_token: None | str | Unset
        if isinstance(self.form_token, Unset):
            form_token = UNSET
        else:
            form_token = self.form_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "form_id": form_id,
                "node_id": node_id,
                "node_title": node_title,
                "form_content": form_content,
                "inputs": inputs,
                "actions": actions,
                "display_in_ui": display_in_ui,
                "resolved_default_values": resolved_default_values,
                "expiration_time": expiration_time,
            }
        )
        if form_token is not UNSET:
            field_dict["form_token"] = form_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_human_input_required_data_actions_item import (
            StreamEventHumanInputRequiredDataActionsItem,
        )
        from ..models.stream_event_human_input_required_data_inputs_item import (
            StreamEventHumanInputRequiredDataInputsItem,
        )
        from ..models.stream_event_human_input_required_data_resolved_default_values import (
            StreamEventHumanInputRequiredDataResolvedDefaultValues,
        )

        d = dict(src_dict)
        form_id = d.pop("form_id")

        node_id = d.pop("node_id")

        node_title = d.pop("node_title")

        form_content = d.pop("form_content")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = StreamEventHumanInputRequiredDataInputsItem.from_dict(
                inputs_item_data
            )

            inputs.append(inputs_item)

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = StreamEventHumanInputRequiredDataActionsItem.from_dict(
                actions_item_data
            )

            actions.append(actions_item)

        display_in_ui = d.pop("display_in_ui")

        resolved_default_values = (
            StreamEventHumanInputRequiredDataResolvedDefaultValues.from_dict(
                d.pop("resolved_default_values")
            )
        )

        expiration_time = d.pop("expiration_time")

        def _parse_form_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_token = _parse_form_token(d.pop("form_token", UNSET))

        stream_event_human_input_required_data = cls(
            form_id=form_id,
            node_id=node_id,
            node_title=node_title,
            form_content=form_content,
            inputs=inputs,
            actions=actions,
            display_in_ui=display_in_ui,
            resolved_default_values=resolved_default_values,
            expiration_time=expiration_time,
            form_token=form_token,
        )

        stream_event_human_input_required_data.additional_properties = d
        return stream_event_human_input_required_data

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
