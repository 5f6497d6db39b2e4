# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppParametersResponseSystemParameters")


@_attrs_define
class AppParametersResponseSystemParameters:
    """System-level parameter limits.

    Attributes:
        file_size_limit (int | Unset): Maximum general file size in MB.
        image_file_size_limit (int | Unset): Maximum image file size in MB.
        audio_file_size_limit (int | Unset): Maximum audio file size in MB.
        video_file_size_limit (int | Unset): Maximum video file size in MB.
        workflow_file_upload_limit (int | Unset): Maximum number of files per workflow execution.
    """

    file_size_limit: int | Unset = UNSET
    image_file_size_limit: int | Unset = UNSET
    audio_file_size_limit: int | Unset = UNSET
    video_file_size_limit: int | Unset = UNSET
    workflow_file_upload_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_size_limit = self.file_size_limit

        image_file_size_limit = self.image_file_size_limit

        audio_file_size_limit = self.audio_file_size_limit

        video_file_size_limit = self.video_file_size_limit

        workflow_file_upload_limit = self.workflow_file_upload_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_size_limit is not UNSET:
            field_dict["file_size_limit"] = file_size_limit
        if image_file_size_limit is not UNSET:
            field_dict["image_file_size_limit"] = image_file_size_limit
        if audio_file_size_limit is not UNSET:
            field_dict["audio_file_size_limit"] = audio_file_size_limit
        if video_file_size_limit is not UNSET:
            field_dict["video_file_size_limit"] = video_file_size_limit
        if workflow_file_upload_limit is not UNSET:
            field_dict["workflow_file_upload_limit"] = workflow_file_upload_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_size_limit = d.pop("file_size_limit", UNSET)

        image_file_size_limit = d.pop("image_file_size_limit", UNSET)

        audio_file_size_limit = d.pop("audio_file_size_limit", UNSET)

        video_file_size_limit = d.pop("video_file_size_limit", UNSET)

        workflow_file_upload_limit = d.pop("workflow_file_upload_limit", UNSET)

        app_parameters_response_system_parameters = cls(
            file_size_limit=file_size_limit,
            image_file_size_limit=image_file_size_limit,
            audio_file_size_limit=audio_file_size_limit,
            video_file_size_limit=video_file_size_limit,
            workflow_file_upload_limit=workflow_file_upload_limit,
        )

        app_parameters_response_system_parameters.additional_properties = d
        return app_parameters_response_system_parameters

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
