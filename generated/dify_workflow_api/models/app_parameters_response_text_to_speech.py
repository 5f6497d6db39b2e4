# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppParametersResponseTextToSpeech")


@_attrs_define
class AppParametersResponseTextToSpeech:
    """Text-to-speech feature configuration.

    Attributes:
        enabled (bool | Unset): Whether this feature is enabled.
        voice (str | Unset): Voice identifier for TTS.
        language (str | Unset): Language for TTS.
        auto_play (str | Unset): Auto-play setting. `enabled` to auto-play audio, `disabled` to require manual play.
    """

    enabled: bool | Unset = UNSET
    voice: str | Unset = UNSET
    language: str | Unset = UNSET
    auto_play: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        voice = self.voice

        language = self.language

        auto_play = self.auto_play

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if voice is not UNSET:
            field_dict["voice"] = voice
        if language is not UNSET:
            field_dict["language"] = language
        if auto_play is not UNSET:
            field_dict["autoPlay"] = auto_play

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        voice = d.pop("voice", UNSET)

        language = d.pop("language", UNSET)

        auto_play = d.pop("autoPlay", UNSET)

        app_parameters_response_text_to_speech = cls(
            enabled=enabled,
            voice=voice,
            language=language,
            auto_play=auto_play,
        )

        app_parameters_response_text_to_speech.additional_properties = d
        return app_parameters_response_text_to_speech

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
