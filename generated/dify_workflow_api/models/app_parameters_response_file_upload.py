# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_parameters_response_file_upload_image import (
        AppParametersResponseFileUploadImage,
    )


T = TypeVar("T", bound="AppParametersResponseFileUpload")


@_attrs_define
class AppParametersResponseFileUpload:
    """File upload configuration.

    Attributes:
        image (AppParametersResponseFileUploadImage | Unset):
    """

    image: AppParametersResponseFileUploadImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_parameters_response_file_upload_image import (
            AppParametersResponseFileUploadImage,
        )

        d = dict(src_dict)
        _image = d.pop("image", UNSET)
        image: AppParametersResponseFileUploadImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AppParametersResponseFileUploadImage.from_dict(_image)

        app_parameters_response_file_upload = cls(
            image=image,
        )

        app_parameters_response_file_upload.additional_properties = d
        return app_parameters_response_file_upload

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
