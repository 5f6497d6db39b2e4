# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_feedback_request_rating_type_1 import (
    MessageFeedbackRequestRatingType1,
)
from ..models.message_feedback_request_rating_type_2_type_1 import (
    MessageFeedbackRequestRatingType2Type1,
)
from ..models.message_feedback_request_rating_type_3_type_1 import (
    MessageFeedbackRequestRatingType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFeedbackRequest")


@_attrs_define
class MessageFeedbackRequest:
    """Request body for submitting message feedback.

    Attributes:
        user (str): End-user identifier, defined by your app and unique within it. Must match the `user` that received
            the message, since feedback is scoped to that end user. See [End User Identity](/en/api-reference/guides/end-
            user-identity).
        rating (MessageFeedbackRequestRatingType1 | MessageFeedbackRequestRatingType2Type1 |
            MessageFeedbackRequestRatingType3Type1 | None | Unset): Feedback rating. Set to `null` to revoke previously
            submitted feedback.
        content (str | Unset): Optional text feedback providing additional detail.
    """

    user: str
    rating: (
        MessageFeedbackRequestRatingType1
        | MessageFeedbackRequestRatingType2Type1
        | MessageFeedbackRequestRatingType3Type1
        | None
        | Unset
    ) = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        rating: None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif (
            isinstance(self.rating, MessageFeedbackRequestRatingType1)
            or isinstance(self.rating, MessageFeedbackRequestRatingType2Type1)
            or isinstance(self.rating, MessageFeedbackRequestRatingType3Type1)
        ):
            rating = self.rating.value
        else:
            rating = self.rating

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if rating is not UNSET:
            field_dict["rating"] = rating
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        def _parse_rating(
            data: object,
        ) -> (
            MessageFeedbackRequestRatingType1
            | MessageFeedbackRequestRatingType2Type1
            | MessageFeedbackRequestRatingType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_1 = MessageFeedbackRequestRatingType1(data)

                return rating_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_2_type_1 = MessageFeedbackRequestRatingType2Type1(data)

                return rating_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_3_type_1 = MessageFeedbackRequestRatingType3Type1(data)

                return rating_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MessageFeedbackRequestRatingType1
                | MessageFeedbackRequestRatingType2Type1
                | MessageFeedbackRequestRatingType3Type1
                | None
                | Unset,
                data,
            )

        rating = _parse_rating(d.pop("rating", UNSET))

        content = d.pop("content", UNSET)

        message_feedback_request = cls(
            user=user,
            rating=rating,
            content=content,
        )

        message_feedback_request.additional_properties = d
        return message_feedback_request

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
