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

T = TypeVar("T", bound="FeedbackItem")


@_attrs_define
class FeedbackItem:
    """A single feedback item.

    Attributes:
        id (UUID): Feedback ID.
        app_id (UUID): Application ID.
        message_id (UUID): Message ID.
        rating (str): Feedback rating. `like` for positive, `dislike` for negative.
        from_source (str): Feedback source. `user` for end-user feedback submitted via API, `admin` for feedback
            submitted from the console.
        created_at (datetime.datetime): Creation timestamp.
        updated_at (datetime.datetime): Last update timestamp.
        conversation_id (UUID | Unset): Conversation ID.
        content (None | str | Unset): Optional text feedback.
        from_end_user_id (None | Unset | UUID): End user ID who submitted the feedback. Present when `from_source` is
            `user`.
        from_account_id (None | Unset | UUID): Account ID who submitted the feedback. Present when `from_source` is
            `admin`.
    """

    id: UUID
    app_id: UUID
    message_id: UUID
    rating: str
    from_source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    conversation_id: UUID | Unset = UNSET
    content: None | str | Unset = UNSET
    from_end_user_id: None | Unset | UUID = UNSET
    from_account_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        app_id = str(self.app_id)

        message_id = str(self.message_id)

        rating = self.rating

        from_source = self.from_source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        from_end_user_id: None | str | Unset
        if isinstance(self.from_end_user_id, Unset):
            from_end_user_id = UNSET
        elif isinstance(self.from_end_user_id, UUID):
            from_end_user_id = str(self.from_end_user_id)
        else:
            from_end_user_id = self.from_end_user_id

        from_account_id: None | str | Unset
        if isinstance(self.from_account_id, Unset):
            from_account_id = UNSET
        elif isinstance(self.from_account_id, UUID):
            from_account_id = str(self.from_account_id)
        else:
            from_account_id = self.from_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_id": app_id,
                "message_id": message_id,
                "rating": rating,
                "from_source": from_source,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if content is not UNSET:
            field_dict["content"] = content
        if from_end_user_id is not UNSET:
            field_dict["from_end_user_id"] = from_end_user_id
        if from_account_id is not UNSET:
            field_dict["from_account_id"] = from_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        app_id = UUID(d.pop("app_id"))

        message_id = UUID(d.pop("message_id"))

        rating = d.pop("rating")

        from_source = d.pop("from_source")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_from_end_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_end_user_id_type_0 = UUID(data)

                return from_end_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        from_end_user_id = _parse_from_end_user_id(d.pop("from_end_user_id", UNSET))

        def _parse_from_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_account_id_type_0 = UUID(data)

                return from_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        from_account_id = _parse_from_account_id(d.pop("from_account_id", UNSET))

        feedback_item = cls(
            id=id,
            app_id=app_id,
            message_id=message_id,
            rating=rating,
            from_source=from_source,
            created_at=created_at,
            updated_at=updated_at,
            conversation_id=conversation_id,
            content=content,
            from_end_user_id=from_end_user_id,
            from_account_id=from_account_id,
        )

        feedback_item.additional_properties = d
        return feedback_item

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
