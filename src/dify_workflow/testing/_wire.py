"""What the stand-in's answers are made of: a reply (a body, or frames of an event
stream with waits between them) and Dify's JSON and SSE framing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["PING", "Reply", "Wait"]

PING = b"event: ping\n\n"


@dataclass(frozen=True)
class Wait:
    """Pause a stream for `seconds`, or less if `until` is set meanwhile."""

    seconds: float
    until: threading.Event | None = None


@dataclass
class Reply:
    """One answer: status, headers and a body, or, for an event stream, `frames` (bytes
    to send and `Wait`s between them)."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    frames: Iterator[bytes | Wait] | None = None
    delay: float = 0.0  # before the answer (a blocking run's duration)


def _json(status: int, body: object, *, headers: list[tuple[str, str]] | None = None) -> Reply:
    data = json.dumps(body, separators=(",", ":")).encode() + b"\n"
    return Reply(
        status, [("Content-Type", "application/json"), ("X-Version", "1.15.0"), *(headers or [])], data
    )


def _error(status: int, code: str, message: str) -> Reply:
    extra = [("WWW-Authenticate", 'Bearer realm="api"')] if status == 401 else []
    return _json(status, {"code": code, "message": message, "status": status}, headers=extra)


def pydantic_error(model: str, field: str, message: str, kind: str, value: Any) -> str:
    """A 400 `invalid_param` message as Dify's pydantic models word it (recordings 64, 65,
    78, 86): the field, the message, the type, the input (its repr cut to 25 + 24
    characters around "..." past 50, as pydantic cuts it) and the errors URL."""
    shown = repr(value)
    if len(shown) > 50:
        shown = shown[:25] + "..." + shown[-24:]
    return (
        f"1 validation error for {model}\n{field}\n  {message} [type={kind}, input_value={shown}, "
        f"input_type={type(value).__name__}]\n    For further information visit "
        f"https://errors.pydantic.dev/2.12/v/{kind}"
    )


def _frame(event: Mapping[str, Any]) -> bytes:
    return b"data: " + json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"
