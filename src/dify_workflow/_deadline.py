"""What the budget transports (`_transport.py`, `_async_transport.py`) share: every socket
timeout cut to what is left of the attempt's deadline (`_base_client.DEADLINE`), and
httpcore's exceptions mapped to httpx's.

Imported with the transports only when a client makes its own pool, so that importing
the package does not import httpcore.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx

from ._base_client import DEADLINE, KEEPALIVE_COUNT, KEEPALIVE_IDLE, KEEPALIVE_INTERVAL


def keepalive_options() -> list[tuple[int, int, int]]:
    """Socket options for TCP keepalive on the clients' own connections, where the
    platform has them: a run waiting for a worker sends no byte, so only keepalive
    notices a connection that died without a word."""
    options = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    # Linux names the idle time TCP_KEEPIDLE, macOS TCP_KEEPALIVE.
    idle = getattr(socket, "TCP_KEEPIDLE", None) or getattr(socket, "TCP_KEEPALIVE", None)
    for name, value in (
        (idle, KEEPALIVE_IDLE),
        (getattr(socket, "TCP_KEEPINTVL", None), KEEPALIVE_INTERVAL),
        (getattr(socket, "TCP_KEEPCNT", None), KEEPALIVE_COUNT),
    ):
        if name is not None:
            options.append((socket.IPPROTO_TCP, name, value))
    return options


def set_keepalive(sock: Any) -> None:
    """Apply `keepalive_options` to an open socket (aiohttp's pool takes no options)."""
    if sock is None:
        return
    with contextlib.suppress(OSError):
        for level, name, value in keepalive_options():
            sock.setsockopt(level, name, value)


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
