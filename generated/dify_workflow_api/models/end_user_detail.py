# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndUserDetail")


@_attrs_define
class EndUserDetail:
    """
    Attributes:
        id (UUID): End user ID.
        tenant_id (UUID): Tenant ID.
        type_ (str): End user type. Always `service-api` for Service API users.
        is_anonymous (bool): Whether the user is anonymous. `true` when no `user` identifier was provided in the
            original API request.
        session_id (str): Session identifier. Defaults to the `external_user_id` value.
        created_at (datetime.datetime): Creation timestamp.
        updated_at (datetime.datetime): Last update timestamp.
        app_id (None | Unset | UUID): Application ID.
        external_user_id (None | str | Unset): The `user` identifier provided in API requests (e.g., the `user` field in
            [Send Chat Message](/en/api-reference/chat-messages/send-chat-message)).
        name (None | str | Unset): End user name.
    """

    id: UUID
    tenant_id: UUID
    type_: str
    is_anonymous: bool
    session_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    app_id: None | Unset | UUID = UNSET
    external_user_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tenant_id = str(self.tenant_id)

        type_ = self.type_

        is_anonymous = self.is_anonymous

        session_id = self.session_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        elif isinstance(self.app_id, UUID):
            app_id = str(self.app_id)
        else:
            app_id = self.app_id

        external_user_id: None | str | Unset
        if isinstance(self.external_user_id, Unset):
            external_user_id = UNSET
        else:
            external_user_id = self.external_user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenant_id": tenant_id,
                "type": type_,
                "is_anonymous": is_anonymous,
                "session_id": session_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if external_user_id is not UNSET:
            field_dict["external_user_id"] = external_user_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        tenant_id = UUID(d.pop("tenant_id"))

        type_ = d.pop("type")

        is_anonymous = d.pop("is_anonymous")

        session_id = d.pop("session_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_app_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                app_id_type_0 = UUID(data)

                return app_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_external_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_user_id = _parse_external_user_id(d.pop("external_user_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        end_user_detail = cls(
            id=id,
            tenant_id=tenant_id,
            type_=type_,
            is_anonymous=is_anonymous,
            session_id=session_id,
            created_at=created_at,
            updated_at=updated_at,
            app_id=app_id,
            external_user_id=external_user_id,
            name=name,
        )

        end_user_detail.additional_properties = d
        return end_user_detail

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
