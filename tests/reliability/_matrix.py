"""The fault matrix: each row a server script and what the client must do about it."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass

from dify_workflow import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from tests._fault_server import Action, garbled_head, ok, reply, reset, reset_mid_response, short_body

TIMEOUT = 0.5


@dataclass(frozen=True)
class Row:
    name: str
    script: Callable[[], list[Action]]  # built per run: an HTTP date must be fresh
    default: Callable[[], Action]
    outcome: type[Exception] | None  # None: success
    attempts: int
    max_retries: int = 2
    announced: float = 0.0  # seconds of Retry-After the server announces in all
    refused: bool = False


def _date_in(seconds: float) -> str:
    return email.utils.formatdate(time.time() + seconds, usegmt=True)


ROWS = [
    Row("slow first byte", lambda: [], lambda: ok(delay=3 * TIMEOUT), APITimeoutError, 2, max_retries=1),
    Row("connection refused", lambda: [], lambda: ok(), APIConnectionError, 0, refused=True),
    Row("reset before response", lambda: [], reset, APIConnectionError, 3),
    Row("reset mid-response", lambda: [], reset_mid_response, APIConnectionError, 3),
    Row("body shorter than Content-Length", lambda: [], short_body, APIConnectionError, 3),
    Row("malformed header line", lambda: [], garbled_head, APIConnectionError, 3),
    Row(
        "429 Retry-After seconds",
        lambda: [reply(429, headers={"Retry-After": "1"})],
        ok,
        None,
        2,
        announced=1.0,
    ),
    Row(
        "429 Retry-After HTTP date",
        lambda: [reply(429, headers={"Retry-After": _date_in(2)})],
        ok,
        None,
        2,
        announced=2.0,
    ),
    Row(
        "429 retry-after-ms",
        lambda: [reply(429, headers={"retry-after-ms": "300"})],
        ok,
        None,
        2,
        announced=0.3,
    ),
    Row(
        "429 Retry-After beyond the cap",
        lambda: [],
        lambda: reply(429, headers={"Retry-After": "120"}),
        RateLimitError,
        1,
    ),
    Row("503 twice then 200", lambda: [reply(503), reply(503)], ok, None, 3),
    Row(
        "500 every time",
        lambda: [],
        lambda: reply(500, {"status": 500, "code": "internal", "message": "x"}),
        InternalServerError,
        3,
    ),
    Row(
        "502 with an HTML body",
        lambda: [],
        lambda: reply(502, "<html>Bad Gateway</html>", {"Content-Type": "text/html"}),
        InternalServerError,
        3,
    ),
    Row("520 outside the registry", lambda: [], lambda: reply(520, "origin error"), InternalServerError, 3),
    Row("599 outside the registry", lambda: [], lambda: reply(599, b"\x00\xff"), InternalServerError, 3),
    Row("200 non-JSON", lambda: [], lambda: reply(200, "<html>ok</html>"), APIResponseValidationError, 1),
    Row(
        "200 result not a string",
        lambda: [],
        lambda: reply(200, {"result": 42}),
        APIResponseValidationError,
        1,
    ),
    Row("200 missing field", lambda: [], lambda: reply(200, {}), APIResponseValidationError, 1),
    Row("200 a list", lambda: [], lambda: reply(200, ["success"]), APIResponseValidationError, 1),
    Row("200 empty body", lambda: [], lambda: reply(200, b""), APIResponseValidationError, 1),
    Row(
        "200 10 MB body",
        lambda: [],
        lambda: reply(200, b"[" + b"0," * (5 * 1024 * 1024) + b"0]"),
        APIResponseValidationError,
        1,
    ),
]

ALL_OUTCOMES = (APIStatusError, APIConnectionError, APIResponseValidationError)
