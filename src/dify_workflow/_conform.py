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


def _fits(value: Any, hint: Any) -> bool:
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return any(_fits(value, member) for member in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        if not isinstance(value, hint):
            return False
        if attrs.has(hint):
            check(value)
        return True
    return True


def check(model: Any) -> None:
    """Raise Mismatch naming the first field whose value does not fit its declared type."""
    cls = type(model)
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        value = getattr(model, field.name)
        if not _fits(value, hints.get(field.name, Any)):
            raise Mismatch(
                f"{cls.__name__}.{field.name} is {type(value).__name__} {value!r:.60}, not {hints[field.name]}"
            )
