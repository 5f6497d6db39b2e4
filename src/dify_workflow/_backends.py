"""Which connection pool a client makes for itself: httpx's (the default) or aiohttp's.

The clients' twin files call `_async_backend_http` (async) and `_backend_http` (sync,
the name scripts/unasync.py gives it), so the choice is made here once per client kind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._exceptions import ClientClosedError, ConfigurationError

if TYPE_CHECKING:
    from ._base_client import Wire

__all__ = ["AsyncExchanger", "AsyncPool", "Exchanger", "Pool", "_async_backend_http", "_backend_http"]


class AsyncExchanger(httpx.AsyncClient):
    """An own pool that can also answer a whole-body request in one step, skipping
    httpx's send machinery and the stream wrapping. `takes_wire`: it sends a `Wire` as it
    is (aiohttp); otherwise the Wire would only be made into an httpx.Request again."""

    takes_wire: ClassVar[bool] = False

    async def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        """Send `request` and read its whole body (up to the facade's limit), within the
        attempt's deadline: the response and its (decoded) body."""
        raise NotImplementedError


class Exchanger(httpx.Client):
    """The sync twin of `AsyncExchanger` (the own httpcore pool of `WorkflowClient`)."""

    def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        """Send `request` and read its whole body, within the attempt's deadline."""
        raise NotImplementedError


class AsyncPool:
    """The connection pool an async client and its `with_options` copies send through.

    An asyncio pool belongs to the event loop it was first used in. A client whose own
    pool it is gets a new one in a new loop once the old loop has closed (`asyncio.run`
    twice with one client, as task runners do), and closes the old one; using it from two
    running loops at once is refused with a clear error. A caller's http_client is used
    as it is (one without loop-bound state works in any loop); when httpx finds its loop
    closed, the error says what to do instead of "Event loop is closed".
    """

    def __init__(self, http: httpx.AsyncClient, make: Callable[[], httpx.AsyncClient] | None) -> None:
        self.http = http
        self._make = make
        self._loop: Any = None

    async def current(self) -> httpx.AsyncClient:
        """The pool of the running event loop."""
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # trio: one pool
            return self.http
        if loop is self._loop or self._make is None:
            return self.http
        if self._loop is None or self.http.is_closed:
            self._loop = loop
            return self.http
        if not self._loop.is_closed():
            raise ClientClosedError(
                "this AsyncWorkflowClient is in use in another event loop; a connection pool belongs to "
                "one loop: make one client per event loop"
            )
        old, self.http, self._loop = self.http, self._make(), loop
        # The old loop is gone: its connections cannot be closed through it. What can be
        # released is; the sockets of the rest go with the old pool.
        with contextlib.suppress(Exception):
            await old.aclose()
        return self.http

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send through the pool of the running loop, unread and without redirects."""
        http = await self.current()
        try:
            return await http.send(request, stream=True, follow_redirects=False, auth=None)
        except RuntimeError as exc:
            if "loop" not in str(exc).lower():
                raise
            raise ClientClosedError(
                "the http_client of this AsyncWorkflowClient belongs to an event loop that has closed "
                f"({exc}); httpx.AsyncClient cannot move between loops: make the client (and its "
                "http_client) in the loop that uses it"
            ) from None

    async def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes] | None:
        """The whole answer to `request` when the pool answers in one step (else None:
        `send` it and read the body)."""
        http = await self.current()
        if isinstance(http, AsyncExchanger):
            return await http.exchange(request)
        return None

    async def aclose(self) -> None:
        """Close the pool (from any loop: one whose loop has closed is replaced first)."""
        with contextlib.suppress(ClientClosedError):
            await self.current()
        await self.http.aclose()


class Pool:
    """The sync clients' pool (the twin of `AsyncPool`): threads share it freely."""

    def __init__(self, http: httpx.Client, make: Callable[[], httpx.Client] | None) -> None:
        self.http = http

    def current(self) -> httpx.Client:
        return self.http

    def send(self, request: httpx.Request) -> httpx.Response:
        return self.http.send(request, stream=True, follow_redirects=False, auth=None)

    def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes] | None:
        """The whole answer to `request` when the pool answers in one step (else None)."""
        http = self.http
        return http.exchange(request) if isinstance(http, Exchanger) else None

    def close(self) -> None:
        self.http.close()


_INSTALL = "install the extra (`pip install 'dify-workflow-client[aiohttp]'`) or use the default backend"


def _async_backend_http(
    backend: object, timeout: httpx.Timeout, limits: httpx.Limits
) -> httpx.AsyncClient | None:
    """The async client's own pool for `backend`; None for httpx's default."""
    if backend == "httpx":
        return None
    if backend != "aiohttp":
        raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', not {backend!r}.")
    try:
        import aiohttp  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(
            f"http_backend='aiohttp' needs aiohttp, which is not installed: {_INSTALL}."
        ) from exc
    from ._aiohttp import AioHttpClient

    return AioHttpClient(limits, timeout)


def _backend_http(backend: object, timeout: httpx.Timeout, limits: httpx.Limits) -> httpx.Client | None:
    """The sync client's own pool: httpx's only (aiohttp is asyncio-only)."""
    if backend == "httpx":
        return None
    hint = " ('aiohttp' backs only AsyncWorkflowClient)" if backend == "aiohttp" else ""
    raise ConfigurationError(f"WorkflowClient's http_backend must be 'httpx'{hint}, not {backend!r}.")
