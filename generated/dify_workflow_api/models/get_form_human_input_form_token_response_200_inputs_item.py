# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_form_human_input_form_token_response_200_inputs_item_allowed_file_types_item import (
    GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem,
)
from ..models.get_form_human_input_form_token_response_200_inputs_item_allowed_file_upload_methods_item import (
    GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_form_human_input_form_token_response_200_inputs_item_default_type_0 import (
        GetFormHumanInputFormTokenResponse200InputsItemDefaultType0,
    )
    from ..models.get_form_human_input_form_token_response_200_inputs_item_option_source import (
        GetFormHumanInputFormTokenResponse200InputsItemOptionSource,
    )


T = TypeVar("T", bound="GetFormHumanInputFormTokenResponse200InputsItem")


@_attrs_define
class GetFormHumanInputFormTokenResponse200InputsItem:
    """
    Attributes:
        type_ (str | Unset): Form input control type. Available values: `paragraph` (multi-line text input), `select`
            (single-choice from a list), `file` (single file upload), and `file-list` (multiple file uploads).
        output_variable_name (str | Unset): Variable name used to reference this input's submitted value inside the
            workflow. Corresponds to the key in the submission `inputs` object.
        default (GetFormHumanInputFormTokenResponse200InputsItemDefaultType0 | None | Unset): Raw default-value
            configuration for `paragraph` inputs. The client should not resolve this directly; use `resolved_default_values`
            to display defaults. absent for other input types or when no default is configured.
        option_source (GetFormHumanInputFormTokenResponse200InputsItemOptionSource | Unset): Source of options for
            `select` inputs. Present only when `type` is `select`.
        allowed_file_types (list[GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem] | Unset): File
            categories the recipient may upload. Present for `file` and `file-list` inputs. Values: `image`, `document`,
            `audio`, `video`, `custom`.
        allowed_file_extensions (list[str] | Unset): Allowed file extensions when `allowed_file_types` includes
            `custom`. Include the leading `.` in each extension, for example `.md`. Present for `file` and `file-list`
            inputs.
        allowed_file_upload_methods (list[GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem] |
            Unset): Upload methods the recipient may use. Values: `local_file`, `remote_url`. Present for `file` and `file-
            list` inputs.
        number_limits (int | Unset): Maximum number of files the recipient may upload. Present only for `file-list`
            inputs.
    """

    type_: str | Unset = UNSET
    output_variable_name: str | Unset = UNSET
    default: (
        GetFormHumanInputFormTokenResponse200InputsItemDefaultType0 | None | Unset
    ) = UNSET
    option_source: (
        GetFormHumanInputFormTokenResponse200InputsItemOptionSource | Unset
    ) = UNSET
    allowed_file_types: (
        list[GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem]
        | Unset
    ) = UNSET
    allowed_file_extensions: list[str] | Unset = UNSET
    allowed_file_upload_methods: (
        list[
            GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem
        ]
        | Unset
    ) = UNSET
    number_limits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_form_human_input_form_token_response_200_inputs_item_default_type_0 import (
            GetFormHumanInputFormTokenResponse200InputsItemDefaultType0,
        )

        type_ = self.type_

        output_variable_name = self.output_variable_name

        default: dict[str, Any] | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(
            self.default, GetFormHumanInputFormTokenResponse200InputsItemDefaultType0
        ):
            default = self.default.to_dict()
        else:
            default = self.default

        option_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.option_source, Unset):
            option_source = self.option_source.to_dict()

        allowed_file_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_file_types, Unset):
            allowed_file_types = []
            for allowed_file_types_item_data in self.allowed_file_types:
                allowed_file_types_item = allowed_file_types_item_data.value
                allowed_file_types.append(allowed_file_types_item)

        allowed_file_extensions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_file_extensions, Unset):
            allowed_file_extensions = self.allowed_file_extensions

        allowed_file_upload_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_file_upload_methods, Unset):
            allowed_file_upload_methods = []
            for (
                allowed_file_upload_methods_item_data
            ) in self.allowed_file_upload_methods:
                allowed_file_upload_methods_item = (
                    allowed_file_upload_methods_item_data.value
                )
                allowed_file_upload_methods.append(allowed_file_upload_methods_item)

        number_limits = self.number_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if output_variable_name is not UNSET:
            field_dict["output_variable_name"] = output_variable_name
        if default is not UNSET:
            field_dict["default"] = default
        if option_source is not UNSET:
            field_dict["option_source"] = option_source
        if allowed_file_types is not UNSET:
            field_dict["allowed_file_types"] = allowed_file_types
        if allowed_file_extensions is not UNSET:
            field_dict["allowed_file_extensions"] = allowed_file_extensions
        if allowed_file_upload_methods is not UNSET:
            field_dict["allowed_file_upload_methods"] = allowed_file_upload_methods
        if number_limits is not UNSET:
            field_dict["number_limits"] = number_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_form_human_input_form_token_response_200_inputs_item_default_type_0 import (
            GetFormHumanInputFormTokenResponse200InputsItemDefaultType0,
        )
        from ..models.get_form_human_input_form_token_response_200_inputs_item_option_source import (
            GetFormHumanInputFormTokenResponse200InputsItemOptionSource,
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        output_variable_name = d.pop("output_variable_name", UNSET)

        def _parse_default(
            data: object,
        ) -> GetFormHumanInputFormTokenResponse200InputsItemDefaultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = GetFormHumanInputFormTokenResponse200InputsItemDefaultType0.from_dict(
                    data
                )

                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetFormHumanInputFormTokenResponse200InputsItemDefaultType0
                | None
                | Unset,
                data,
            )

        default = _parse_default(d.pop("default", UNSET))

        _option_source = d.pop("option_source", UNSET)
        option_source: (
            GetFormHumanInputFormTokenResponse200InputsItemOptionSource | Unset
        )
        if isinstance(_option_source, Unset):
            option_source = UNSET
        else:
            option_source = (
                GetFormHumanInputFormTokenResponse200InputsItemOptionSource.from_dict(
                    _option_source
                )
            )

        _allowed_file_types = d.pop("allowed_file_types", UNSET)
        allowed_file_types: (
            list[GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem]
            | Unset
        ) = UNSET
        if _allowed_file_types is not UNSET:
            allowed_file_types = []
            for allowed_file_types_item_data in _allowed_file_types:
                allowed_file_types_item = (
                    GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem(
                        allowed_file_types_item_data
                    )
                )

                allowed_file_types.append(allowed_file_types_item)

        allowed_file_extensions = cast(
            list[str], d.pop("allowed_file_extensions", UNSET)
        )

        _allowed_file_upload_methods = d.pop("allowed_file_upload_methods", UNSET)
        allowed_file_upload_methods: (
            list[
                GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem
            ]
            | Unset
        ) = UNSET
        if _allowed_file_upload_methods is not UNSET:
            allowed_file_upload_methods = []
            for allowed_file_upload_methods_item_data in _allowed_file_upload_methods:
                allowed_file_upload_methods_item = GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem(
                    allowed_file_upload_methods_item_data
                )

                allowed_file_upload_methods.append(allowed_file_upload_methods_item)

        number_limits = d.pop("number_limits", UNSET)

        get_form_human_input_form_token_response_200_inputs_item = cls(
            type_=type_,
            output_variable_name=output_variable_name,
            default=default,
            option_source=option_source,
            allowed_file_types=allowed_file_types,
            allowed_file_extensions=allowed_file_extensions,
            allowed_file_upload_methods=allowed_file_upload_methods,
            number_limits=number_limits,
        )

        get_form_human_input_form_token_response_200_inputs_item.additional_properties = d
        return get_form_human_input_form_token_response_200_inputs_item

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
