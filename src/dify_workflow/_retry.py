"""When to retry a failed attempt, and how long to wait first: the one place that decides."""

from __future__ import annotations

import email.utils
import math
import random
import time

import attrs
import httpx

__all__ = ["RetryPolicy"]

_RETRIED_STATUSES = frozenset({408, 409, 429})
# Transport failures that prove the request never reached the server: safe to repeat
# for any operation, even one that is not idempotent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def never_sent(exc: BaseException | None) -> bool:
    """True when this transport failure proves the request never left (no connection)."""
    return isinstance(exc, _NEVER_SENT)


@attrs.frozen
class RetryPolicy:
    """Backoff settings and the safety rule of one operation.

    `idempotent` operations (stopping a task twice is harmless) are retried after
    connection errors, timeouts, 408, 409, 429 and >= 500. The others are retried only
    when the connection was never established, since the server may already have acted.
    """

    max_retries: int = 2
    idempotent: bool = True
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def retries_status(self, status: int) -> bool:
        """True when a response with this status may be retried."""
        return self.idempotent and (status in _RETRIED_STATUSES or status >= 500)

    def retries_error(self, exc: httpx.TransportError) -> bool:
        """True when a transport failure may be retried."""
        if is_tls_mismatch(exc):
            return False  # a plain-HTTP server answers every handshake the same way
        if isinstance(exc, _NEVER_SENT):
            return True
        return self.idempotent and isinstance(
            exc, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
        )

    def backoff(self, retry_number: int) -> float:
        """Exponential backoff with jitter for the `retry_number`-th retry (0-based)."""
        delay = min(self.initial_delay * 2.0**retry_number, self.max_delay)
        # Up to 25 % less, so that many clients failing together spread out.
        return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - not for security

    def delay_for(self, response: httpx.Response | None, retry_number: int) -> float | None:
        """Seconds to wait before the next attempt, or None when the server asked for
        a wait beyond `max_retry_after` (then the error is raised instead)."""
        announced = retry_after(response.headers) if response is not None else None
        if announced is None:
            return self.backoff(retry_number)
        if announced > self.max_retry_after:
            return None
        return announced


# What OpenSSL says when the peer answered a ClientHello with plain HTTP.
_TLS_MISMATCH = ("wrong_version_number", "wrong version number", "http_request", "packet length too long")


def is_tls_mismatch(exc: BaseException) -> bool:
    """True when a TLS handshake failed because the server speaks plain HTTP."""
    seen: BaseException | None = exc
    for _ in range(5):  # the SSL error sits a few causes down the chain
        if seen is None:
            return False
        text = str(seen).lower()
        if any(marker in text for marker in _TLS_MISMATCH):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response announces through retry-after-ms or Retry-After, in seconds."""
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def _number(text: str | None) -> float | None:
    """A non-negative wait; nan is ignored, infinity stays infinite (beyond any cap)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return None if math.isnan(value) else max(value, 0.0)
