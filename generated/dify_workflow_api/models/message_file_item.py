# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFileItem")


@_attrs_define
class MessageFileItem:
    """A file attached to a message.

    Attributes:
        id (UUID | Unset): File ID.
        filename (str | Unset): Original filename.
        type_ (str | Unset): File type, e.g., `image`.
        url (None | str | Unset): Preview URL for the file.
        mime_type (None | str | Unset): MIME type of the file.
        size (int | None | Unset): File size in bytes.
        transfer_method (str | Unset): Transfer method used. `remote_url` for URL-based files, `local_file` for uploaded
            files, `tool_file` for tool-generated files.
        belongs_to (None | str | Unset): Who this file belongs to. `user` for user-uploaded files, `assistant` for
            assistant-generated files.
        upload_file_id (None | Unset | UUID): Upload file ID if transferred via `local_file`.
    """

    id: UUID | Unset = UNSET
    filename: str | Unset = UNSET
    type_: str | Unset = UNSET
    url: None | str | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    transfer_method: str | Unset = UNSET
    belongs_to: None | str | Unset = UNSET
    upload_file_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        filename = self.filename

        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        transfer_method = self.transfer_method

        belongs_to: None | str | Unset
        if isinstance(self.belongs_to, Unset):
            belongs_to = UNSET
        else:
            belongs_to = self.belongs_to

        upload_file_id: None | str | Unset
        if isinstance(self.upload_file_id, Unset):
            upload_file_id = UNSET
        elif isinstance(self.upload_file_id, UUID):
            upload_file_id = str(self.upload_file_id)
        else:
            upload_file_id = self.upload_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if transfer_method is not UNSET:
            field_dict["transfer_method"] = transfer_method
        if belongs_to is not UNSET:
            field_dict["belongs_to"] = belongs_to
        if upload_file_id is not UNSET:
            field_dict["upload_file_id"] = upload_file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        filename = d.pop("filename", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mime_type", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        transfer_method = d.pop("transfer_method", UNSET)

        def _parse_belongs_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        belongs_to = _parse_belongs_to(d.pop("belongs_to", UNSET))

        def _parse_upload_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upload_file_id_type_0 = UUID(data)

                return upload_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        upload_file_id = _parse_upload_file_id(d.pop("upload_file_id", UNSET))

        message_file_item = cls(
            id=id,
            filename=filename,
            type_=type_,
            url=url,
            mime_type=mime_type,
            size=size,
            transfer_method=transfer_method,
            belongs_to=belongs_to,
            upload_file_id=upload_file_id,
        )

        message_file_item.additional_properties = d
        return message_file_item

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
