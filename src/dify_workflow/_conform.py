"""Whether a parsed model holds the types its generated class declares.

The generated `from_dict` converts what it must (UUIDs, dates, enums, nested models) and
assigns the rest as it comes, so a string where the spec says integer would pass into a
typed result unseen. The facade checks each parsed model against the type hints of its
generated class (their public, typed surface) once, after parsing.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import attrs


class Mismatch(TypeError):
    """A value whose type is not the one the spec gives its field."""


_HINTS: dict[type, dict[str, Any]] = {}


class _ModelNames(dict[str, Any]):
    """The generated models by name, resolved on demand (the models package imports each
    model on first use, so its namespace alone does not hold them all)."""

    def __init__(self, models: Any) -> None:
        super().__init__()
        self._models = models

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._models, name)
        except AttributeError:
            raise KeyError(name) from None


def _hints(cls: type) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        import dify_workflow_api.models as models

        found = _HINTS[cls] = typing.get_type_hints(cls, localns=_ModelNames(models))
    return found


Checker = typing.Callable[[Any], bool]
_CHECKERS: dict[Any, Checker] = {}
# Per model class: (field, its checker), built once; checking runs once per parsed
# answer and once per stream event whose data is read.
_FIELDS: dict[type, list[tuple[str, Checker]]] = {}


def _checker(hint: Any) -> Checker:
    """A function telling whether a value fits `hint`, built once per hint."""
    found = _CHECKERS.get(hint)
    if found is not None:
        return found
    origin = typing.get_origin(hint)
    result: Checker
    if hint is Any:
        result = _anything
    elif origin is typing.Union or origin is types.UnionType:
        result = _union_checker(typing.get_args(hint))
    elif hint is type(None):
        result = _is_none
    elif origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        each = _checker(item)
        result = lambda value: type(value) is list and all(each(v) for v in value)  # noqa: E731
    elif origin is dict:
        result = _is_dict
    elif hint is float:
        result = _is_number
    elif hint is int:
        result = _is_int
    elif isinstance(hint, type) and attrs.has(hint):
        model = hint
        result = lambda value: isinstance(value, model) and _conforms(value)  # noqa: E731
    elif isinstance(hint, type):
        kind = hint
        result = lambda value: isinstance(value, kind)  # noqa: E731
    else:
        result = _anything
    _CHECKERS[hint] = result
    return result


def _union_checker(members: tuple[Any, ...]) -> Checker:
    # Most fields are `T | None | Unset`: one isinstance with a tuple decides them; only
    # lists and nested models need a checker of their own.
    if Any in members:
        return _anything
    plain: list[type] = []
    others: list[Checker] = []
    for member in members:
        if member is float:
            plain += [int, float]
        elif isinstance(member, type) and not attrs.has(member) and typing.get_origin(member) is None:
            plain.append(member)
        else:
            others.append(_checker(member))
    kinds = tuple(plain)
    bools = bool in plain

    def fits(value: Any) -> bool:
        if isinstance(value, kinds) and (bools or type(value) is not bool):
            return True
        return any(other(value) for other in others)

    return fits


def _anything(value: Any) -> bool:
    return True


def _is_none(value: Any) -> bool:
    return value is None


def _is_dict(value: Any) -> bool:
    return isinstance(value, dict)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fields(cls: type) -> list[tuple[str, Checker]]:
    found = _FIELDS.get(cls)
    if found is None:
        hints = _hints(cls)
        found = _FIELDS[cls] = [
            (field.name, _checker(hints.get(field.name, Any)))
            for field in attrs.fields(cls)
            if field.name != "additional_properties"
        ]
    return found


def _conforms(model: Any) -> bool:
    check(model)
    return True


def check(model: Any) -> None:
    """Raise Mismatch naming the first field whose value does not fit its declared type."""
    cls = type(model)
    for name, fits in _fields(cls):
        value = getattr(model, name)
        if not fits(value):
            raise Mismatch(
                f"{cls.__name__}.{name} is {type(value).__name__} {value!r:.60}, not {_hints(cls)[name]}"
            )
