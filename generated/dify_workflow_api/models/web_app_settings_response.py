# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAppSettingsResponse")


@_attrs_define
class WebAppSettingsResponse:
    """
    Attributes:
        title (str): WebApp title.
        chat_color_theme_inverted (bool): Whether the chat color theme is inverted.
        default_language (str): Default language code.
        show_workflow_steps (bool): Whether to show workflow steps.
        use_icon_as_answer_icon (bool): Whether to use the app icon as the answer icon.
        chat_color_theme (None | str | Unset): Chat color theme.
        icon_type (str | Unset): Type of icon used. `emoji` for emoji icons, `image` for uploaded image icons.
        icon (str | Unset): Icon content (emoji or image ID).
        icon_background (str | Unset): Icon background color.
        icon_url (None | str | Unset): URL of the icon image.
        description (None | str | Unset): WebApp description.
        copyright_ (None | str | Unset): Copyright text.
        privacy_policy (None | str | Unset): Privacy policy URL.
        input_placeholder (None | str | Unset): Placeholder text shown in the WebApp message input box. `null` when not
            configured.
        custom_disclaimer (str | Unset): Custom disclaimer text.
    """

    title: str
    chat_color_theme_inverted: bool
    default_language: str
    show_workflow_steps: bool
    use_icon_as_answer_icon: bool
    chat_color_theme: None | str | Unset = UNSET
    icon_type: str | Unset = UNSET
    icon: str | Unset = UNSET
    icon_background: str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    copyright_: None | str | Unset = UNSET
    privacy_policy: None | str | Unset = UNSET
    input_placeholder: None | str | Unset = UNSET
    custom_disclaimer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        chat_color_theme_inverted = self.chat_color_theme_inverted

        default_language = self.default_language

        show_workflow_steps = self.show_workflow_steps

        use_icon_as_answer_icon = self.use_icon_as_answer_icon

        chat_color_theme: None | str | Unset
        if isinstance(self.chat_color_theme, Unset):
            chat_color_theme = UNSET
        else:
            chat_color_theme = self.chat_color_theme

        icon_type = self.icon_type

        icon = self.icon

        icon_background = self.icon_background

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        privacy_policy: None | str | Unset
        if isinstance(self.privacy_policy, Unset):
            privacy_policy = UNSET
        else:
            privacy_policy = self.privacy_policy

        input_placeholder: None | str | Unset
        if isinstance(self.input_placeholder, Unset):
            input_placeholder = UNSET
        else:
            input_placeholder = self.input_placeholder

        custom_disclaimer = self.custom_disclaimer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "chat_color_theme_inverted": chat_color_theme_inverted,
                "default_language": default_language,
                "show_workflow_steps": show_workflow_steps,
                "use_icon_as_answer_icon": use_icon_as_answer_icon,
            }
        )
        if chat_color_theme is not UNSET:
            field_dict["chat_color_theme"] = chat_color_theme
        if icon_type is not UNSET:
            field_dict["icon_type"] = icon_type
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_background is not UNSET:
            field_dict["icon_background"] = icon_background
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if description is not UNSET:
            field_dict["description"] = description
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if privacy_policy is not UNSET:
            field_dict["privacy_policy"] = privacy_policy
        if input_placeholder is not UNSET:
            field_dict["input_placeholder"] = input_placeholder
        if custom_disclaimer is not UNSET:
            field_dict["custom_disclaimer"] = custom_disclaimer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        chat_color_theme_inverted = d.pop("chat_color_theme_inverted")

        default_language = d.pop("default_language")

        show_workflow_steps = d.pop("show_workflow_steps")

        use_icon_as_answer_icon = d.pop("use_icon_as_answer_icon")

        def _parse_chat_color_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_color_theme = _parse_chat_color_theme(d.pop("chat_color_theme", UNSET))

        icon_type = d.pop("icon_type", UNSET)

        icon = d.pop("icon", UNSET)

        icon_background = d.pop("icon_background", UNSET)

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("icon_url", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_copyright_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_ = _parse_copyright_(d.pop("copyright", UNSET))

        def _parse_privacy_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy = _parse_privacy_policy(d.pop("privacy_policy", UNSET))

        def _parse_input_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_placeholder = _parse_input_placeholder(d.pop("input_placeholder", UNSET))

        custom_disclaimer = d.pop("custom_disclaimer", UNSET)

        web_app_settings_response = cls(
            title=title,
            chat_color_theme_inverted=chat_color_theme_inverted,
            default_language=default_language,
            show_workflow_steps=show_workflow_steps,
            use_icon_as_answer_icon=use_icon_as_answer_icon,
            chat_color_theme=chat_color_theme,
            icon_type=icon_type,
            icon=icon,
            icon_background=icon_background,
            icon_url=icon_url,
            description=description,
            copyright_=copyright_,
            privacy_policy=privacy_policy,
            input_placeholder=input_placeholder,
            custom_disclaimer=custom_disclaimer,
        )

        web_app_settings_response.additional_properties = d
        return web_app_settings_response

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
