"""What the budget transports (`_transport.py`, `_async_transport.py`) share: every socket
timeout cut to what is left of the attempt's deadline (`_base_client.DEADLINE`), and
httpcore's exceptions mapped to httpx's.

Imported with the transports only when a client makes its own pool, so that importing
the package does not import httpcore.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import httpcore
import httpx

from ._base_client import DEADLINE

# httpcore's exceptions in the order of their specificity, and httpx's twin of each.
_MAPPED: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def mapped_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for source, target in _MAPPED:
            if isinstance(exc, source):
                raise target(str(exc)) from exc
        raise


def bounded(timeout: float | None) -> float | None:
    """`timeout` cut to what is left of the current attempt's budget."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's overall timeout was reached")
    return left if timeout is None else min(timeout, left)
