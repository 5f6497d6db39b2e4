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

T = TypeVar("T", bound="InitialAnnotationReplySettingsResponse")


@_attrs_define
class InitialAnnotationReplySettingsResponse:
    """
    Attributes:
        job_id (UUID | Unset): Asynchronous job ID. Use with [Get Annotation Reply Job Status](/en/api-
            reference/annotations/get-annotation-reply-job-status) to track progress.
        job_status (str | Unset): Current job status: `waiting` (queued) or `processing` (in progress). `completed` and
            `error` are returned only by [Get Annotation Reply Job Status](/en/api-reference/annotations/get-annotation-
            reply-job-status).
    """

    job_id: UUID | Unset = UNSET
    job_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        job_status = self.job_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_status is not UNSET:
            field_dict["job_status"] = job_status

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

        initial_annotation_reply_settings_response = cls(
            job_id=job_id,
            job_status=job_status,
        )

        initial_annotation_reply_settings_response.additional_properties = d
        return initial_annotation_reply_settings_response

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
