# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_chat_messages_task_id_stop_response_200_result import (
    PostChatMessagesTaskIdStopResponse200Result,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostChatMessagesTaskIdStopResponse200")


@_attrs_define
class PostChatMessagesTaskIdStopResponse200:
    """
    Attributes:
        result (PostChatMessagesTaskIdStopResponse200Result | Unset): Operation result.
    """

    result: PostChatMessagesTaskIdStopResponse200Result | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: PostChatMessagesTaskIdStopResponse200Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = PostChatMessagesTaskIdStopResponse200Result(_result)

        post_chat_messages_task_id_stop_response_200 = cls(
            result=result,
        )

        post_chat_messages_task_id_stop_response_200.additional_properties = d
        return post_chat_messages_task_id_stop_response_200

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
