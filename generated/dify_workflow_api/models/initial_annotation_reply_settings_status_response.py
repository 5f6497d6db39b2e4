# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitialAnnotationReplySettingsStatusResponse")


@_attrs_define
class InitialAnnotationReplySettingsStatusResponse:
    """
    Attributes:
        job_id (UUID | Unset): Job ID from the [Configure Annotation Reply](/en/api-reference/annotations/configure-
            annotation-reply) call.
        job_status (str | Unset): Current job status. `waiting` for queued, `processing` for in progress, `completed`
            when finished, `error` if failed.
        error_msg (str | Unset): Error message describing why the job failed. Empty string when `job_status` is not
            `error`.
    """

    job_id: UUID | Unset = UNSET
    job_status: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        job_status = self.job_status

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _job_id = d.pop("job_id", UNSET)
        job_id: UUID | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = UUID(_job_id)

        job_status = d.pop("job_status", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        initial_annotation_reply_settings_status_response = cls(
            job_id=job_id,
            job_status=job_status,
            error_msg=error_msg,
        )

        initial_annotation_reply_settings_status_response.additional_properties = d
        return initial_annotation_reply_settings_status_response

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
