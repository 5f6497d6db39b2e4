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

T = TypeVar("T", bound="TextToAudioRequest")


@_attrs_define
class TextToAudioRequest:
    """Request body for text-to-audio conversion. Provide either `message_id` or `text`.

    Attributes:
        message_id (UUID | Unset): ID of the message whose answer to voice. Takes priority over `text` when both are
            provided. Get message IDs from [List Conversation Messages](/en/api-reference/conversations/list-conversation-
            messages).
        text (str | Unset): Text to synthesize into speech.
        user (str | Unset): End-user identifier, defined by your app and unique within it. See [End User
            Identity](/en/api-reference/guides/end-user-identity).
        voice (str | Unset): Voice to use for text-to-speech. Available voices depend on the TTS provider configured for
            this app. Use the `voice` value from [Get App Parameters](/en/api-reference/applications/get-app-parameters) →
            `text_to_speech.voice` for the default.
        streaming (bool | Unset): Accepted for backward compatibility but has no effect. Whether the audio is streamed
            is determined by the configured TTS provider's output, not by this field.
    """

    message_id: UUID | Unset = UNSET
    text: str | Unset = UNSET
    user: str | Unset = UNSET
    voice: str | Unset = UNSET
    streaming: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: str | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = str(self.message_id)

        text = self.text

        user = self.user

        voice = self.voice

        streaming = self.streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if text is not UNSET:
            field_dict["text"] = text
        if user is not UNSET:
            field_dict["user"] = user
        if voice is not UNSET:
            field_dict["voice"] = voice
        if streaming is not UNSET:
            field_dict["streaming"] = streaming

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _message_id = d.pop("message_id", UNSET)
        message_id: UUID | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = UUID(_message_id)

        text = d.pop("text", UNSET)

        user = d.pop("user", UNSET)

        voice = d.pop("voice", UNSET)

        streaming = d.pop("streaming", UNSET)

        text_to_audio_request = cls(
            message_id=message_id,
            text=text,
            user=user,
            voice=voice,
            streaming=streaming,
        )

        text_to_audio_request.additional_properties = d
        return text_to_audio_request

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
