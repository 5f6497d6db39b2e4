# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppParametersResponseFileUploadImage")


@_attrs_define
class AppParametersResponseFileUploadImage:
    """
    Attributes:
        enabled (bool | Unset): Whether image upload is enabled.
        number_limits (int | Unset): Maximum number of images that can be uploaded.
        detail (str | Unset): Image detail level for vision models.
        transfer_methods (list[str] | Unset): Allowed transfer methods for image upload. `remote_url` for file URL,
            `local_file` for uploaded file.
    """

    enabled: bool | Unset = UNSET
    number_limits: int | Unset = UNSET
    detail: str | Unset = UNSET
    transfer_methods: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        number_limits = self.number_limits

        detail = self.detail

        transfer_methods: list[str] | Unset = UNSET
        if not isinstance(self.transfer_methods, Unset):
            transfer_methods = self.transfer_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if number_limits is not UNSET:
            field_dict["number_limits"] = number_limits
        if detail is not UNSET:
            field_dict["detail"] = detail
        if transfer_methods is not UNSET:
            field_dict["transfer_methods"] = transfer_methods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        number_limits = d.pop("number_limits", UNSET)

        detail = d.pop("detail", UNSET)

        transfer_methods = cast(list[str], d.pop("transfer_methods", UNSET))

        app_parameters_response_file_upload_image = cls(
            enabled=enabled,
            number_limits=number_limits,
            detail=detail,
            transfer_methods=transfer_methods,
        )

        app_parameters_response_file_upload_image.additional_properties = d
        return app_parameters_response_file_upload_image

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
