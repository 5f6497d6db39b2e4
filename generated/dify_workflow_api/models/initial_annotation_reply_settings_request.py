# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitialAnnotationReplySettingsRequest")


@_attrs_define
class InitialAnnotationReplySettingsRequest:
    """Request body for configuring annotation reply settings.

    Attributes:
        embedding_provider_name (str): Embedding model provider (for example, `openai`). Get available providers from
            [Get Available Models](/en/api-reference/models/get-available-models).
        embedding_model_name (str): Embedding model used to vectorize annotations for matching (for example, `text-
            embedding-3-small`).
        score_threshold (float): Minimum similarity score for an annotation to be considered a match. Higher values
            require closer matches.
    """

    embedding_provider_name: str
    embedding_model_name: str
    score_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding_provider_name = self.embedding_provider_name

        embedding_model_name = self.embedding_model_name

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding_provider_name": embedding_provider_name,
                "embedding_model_name": embedding_model_name,
                "score_threshold": score_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        embedding_provider_name = d.pop("embedding_provider_name")

        embedding_model_name = d.pop("embedding_model_name")

        score_threshold = d.pop("score_threshold")

        initial_annotation_reply_settings_request = cls(
            embedding_provider_name=embedding_provider_name,
            embedding_model_name=embedding_model_name,
            score_threshold=score_threshold,
        )

        initial_annotation_reply_settings_request.additional_properties = d
        return initial_annotation_reply_settings_request

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
