# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_file_object_type_1_transfer_method import (
    InputFileObjectType1TransferMethod,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFileObjectType1")


@_attrs_define
class InputFileObjectType1:
    """
    Attributes:
        upload_file_id (str):
        transfer_method (InputFileObjectType1TransferMethod | Unset):
    """

    upload_file_id: str
    transfer_method: InputFileObjectType1TransferMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_file_id = self.upload_file_id

        transfer_method: str | Unset = UNSET
        if not isinstance(self.transfer_method, Unset):
            transfer_method = self.transfer_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_file_id": upload_file_id,
            }
        )
        if transfer_method is not UNSET:
            field_dict["transfer_method"] = transfer_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_file_id = d.pop("upload_file_id")

        _transfer_method = d.pop("transfer_method", UNSET)
        transfer_method: InputFileObjectType1TransferMethod | Unset
        if isinstance(_transfer_method, Unset):
            transfer_method = UNSET
        else:
            transfer_method = InputFileObjectType1TransferMethod(_transfer_method)

        input_file_object_type_1 = cls(
            upload_file_id=upload_file_id,
            transfer_method=transfer_method,
        )

        input_file_object_type_1.additional_properties = d
        return input_file_object_type_1

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
