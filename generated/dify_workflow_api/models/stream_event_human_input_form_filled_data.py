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
    from ..models.stream_event_human_input_form_filled_data_submitted_data_type_0 import (
        StreamEventHumanInputFormFilledDataSubmittedDataType0,
    )


T = TypeVar("T", bound="StreamEventHumanInputFormFilledData")


@_attrs_define
class StreamEventHumanInputFormFilledData:
    """
    Attributes:
        node_id (str): ID of the Human Input node whose form was filled.
        node_title (str): Display title of the Human Input node.
        rendered_content (str): Form body rendered with the recipient's submitted values (`form_content` on
            `human_input_required` is the unfilled template).
        action_id (str): Identifier of the action the recipient selected (matches the `action` value passed to [Submit
            Human Input Form](/en/api-reference/human-input/submit-human-input-form)).
        action_text (str): Display text of the selected action.
        submitted_data (None | StreamEventHumanInputFormFilledDataSubmittedDataType0 | Unset): Values the recipient
            submitted, keyed by each form input's `output_variable_name`.
    """

    node_id: str
    node_title: str
    rendered_content: str
    action_id: str
    action_text: str
    submitted_data: (
        None | StreamEventHumanInputFormFilledDataSubmittedDataType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_event_human_input_form_filled_data_submitted_data_type_0 import (
            StreamEventHumanInputFormFilledDataSubmittedDataType0,
        )

        node_id = self.node_id

        node_title = self.node_title

        rendered_content = self.rendered_content

        action_id = self.action_id

        action_text = self.action_text

        submitted_data: dict[str, Any] | None | Unset
        if isinstance(self.submitted_data, Unset):
            submitted_data = UNSET
        elif isinstance(
            self.submitted_data, StreamEventHumanInputFormFilledDataSubmittedDataType0
        ):
            submitted_data = self.submitted_data.to_dict()
        else:
            submitted_data = self.submitted_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "node_title": node_title,
                "rendered_content": rendered_content,
                "action_id": action_id,
                "action_text": action_text,
            }
        )
        if submitted_data is not UNSET:
            field_dict["submitted_data"] = submitted_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_event_human_input_form_filled_data_submitted_data_type_0 import (
            StreamEventHumanInputFormFilledDataSubmittedDataType0,
        )

        d = dict(src_dict)
        node_id = d.pop("node_id")

        node_title = d.pop("node_title")

        rendered_content = d.pop("rendered_content")

        action_id = d.pop("action_id")

        action_text = d.pop("action_text")

        def _parse_submitted_data(
            data: object,
        ) -> None | StreamEventHumanInputFormFilledDataSubmittedDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitted_data_type_0 = (
                    StreamEventHumanInputFormFilledDataSubmittedDataType0.from_dict(
                        data
                    )
                )

                return submitted_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StreamEventHumanInputFormFilledDataSubmittedDataType0 | Unset,
                data,
            )

        submitted_data = _parse_submitted_data(d.pop("submitted_data", UNSET))

        stream_event_human_input_form_filled_data = cls(
            node_id=node_id,
            node_title=node_title,
            rendered_content=rendered_content,
            action_id=action_id,
            action_text=action_text,
            submitted_data=submitted_data,
        )

        stream_event_human_input_form_filled_data.additional_properties = d
        return stream_event_human_input_form_filled_data

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
