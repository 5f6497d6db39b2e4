# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Model usage information.

    Attributes:
        prompt_tokens (int | Unset): Number of tokens in the prompt.
        prompt_unit_price (str | Unset): Unit price per prompt token.
        prompt_price_unit (str | Unset): Price unit for prompt tokens.
        prompt_price (str | Unset): Total price for prompt tokens.
        completion_tokens (int | Unset): Number of tokens in the completion.
        completion_unit_price (str | Unset): Unit price per completion token.
        completion_price_unit (str | Unset): Price unit for completion tokens.
        completion_price (str | Unset): Total price for completion tokens.
        total_tokens (int | Unset): Total number of tokens used.
        total_price (str | Unset): Total price for all tokens.
        currency (str | Unset): Currency for pricing.
        latency (float | Unset): Latency in seconds.
    """

    prompt_tokens: int | Unset = UNSET
    prompt_unit_price: str | Unset = UNSET
    prompt_price_unit: str | Unset = UNSET
    prompt_price: str | Unset = UNSET
    completion_tokens: int | Unset = UNSET
    completion_unit_price: str | Unset = UNSET
    completion_price_unit: str | Unset = UNSET
    completion_price: str | Unset = UNSET
    total_tokens: int | Unset = UNSET
    total_price: str | Unset = UNSET
    currency: str | Unset = UNSET
    latency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        prompt_unit_price = self.prompt_unit_price

        prompt_price_unit = self.prompt_price_unit

        prompt_price = self.prompt_price

        completion_tokens = self.completion_tokens

        completion_unit_price = self.completion_unit_price

        completion_price_unit = self.completion_price_unit

        completion_price = self.completion_price

        total_tokens = self.total_tokens

        total_price = self.total_price

        currency = self.currency

        latency = self.latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if prompt_unit_price is not UNSET:
            field_dict["prompt_unit_price"] = prompt_unit_price
        if prompt_price_unit is not UNSET:
            field_dict["prompt_price_unit"] = prompt_price_unit
        if prompt_price is not UNSET:
            field_dict["prompt_price"] = prompt_price
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if completion_unit_price is not UNSET:
            field_dict["completion_unit_price"] = completion_unit_price
        if completion_price_unit is not UNSET:
            field_dict["completion_price_unit"] = completion_price_unit
        if completion_price is not UNSET:
            field_dict["completion_price"] = completion_price
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if latency is not UNSET:
            field_dict["latency"] = latency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        prompt_unit_price = d.pop("prompt_unit_price", UNSET)

        prompt_price_unit = d.pop("prompt_price_unit", UNSET)

        prompt_price = d.pop("prompt_price", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        completion_unit_price = d.pop("completion_unit_price", UNSET)

        completion_price_unit = d.pop("completion_price_unit", UNSET)

        completion_price = d.pop("completion_price", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        total_price = d.pop("total_price", UNSET)

        currency = d.pop("currency", UNSET)

        latency = d.pop("latency", UNSET)

        usage = cls(
            prompt_tokens=prompt_tokens,
            prompt_unit_price=prompt_unit_price,
            prompt_price_unit=prompt_price_unit,
            prompt_price=prompt_price,
            completion_tokens=completion_tokens,
            completion_unit_price=completion_unit_price,
            completion_price_unit=completion_price_unit,
            completion_price=completion_price,
            total_tokens=total_tokens,
            total_price=total_price,
            currency=currency,
            latency=latency,
        )

        usage.additional_properties = d
        return usage

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
