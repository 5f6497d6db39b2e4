"""The transport of the clients' own connection pool: httpx over httpcore, with a budget.

httpx's timeouts are per read: a server that sends one header byte every 0.1 s never
trips them, however long the whole answer takes. Here every socket read and write is
also bounded by the deadline of the attempt in progress (a context variable the client
sets around each attempt), so the documented timeout bounds the whole attempt, headers
included. Outside an attempt (a stream being read by the caller) only httpx's per-read
timeouts apply.

This file is the source of `_transport.py` (scripts/unasync.py writes the sync twin).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import httpcore
import httpx

from ._backends import AsyncExchanger
from ._base_client import Wire, as_httpx, read_limit_reached, whole_response
from ._deadline import bounded, keepalive_options, mapped_errors

__all__ = ["AsyncBudgetClient", "AsyncBudgetTransport"]


class _AsyncBudgetStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, bounded(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, bounded(timeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._stream.start_tls(ssl_context, server_hostname, bounded(timeout))
        return _AsyncBudgetStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBudgetBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._backend = _async_backend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, bounded(timeout), local_address, socket_options)
        return _AsyncBudgetStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, bounded(timeout), socket_options)
        return _AsyncBudgetStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _async_backend() -> httpcore.AsyncNetworkBackend:
    # anyio runs on asyncio and on trio, like httpx's own default.
    return httpcore.AnyIOBackend()


class _AsyncResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with mapped_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        closer = getattr(self._stream, "aclose", None)
        if closer is not None:
            await closer()


class AsyncBudgetTransport(httpx.AsyncBaseTransport):
    """An httpx transport whose every socket operation respects the attempt's deadline."""

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_AsyncBudgetBackend(),
            socket_options=keepalive_options(),
        )

    @staticmethod
    def _core_request(request: httpx.Request) -> httpcore.Request:
        url = request.url
        return httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with mapped_errors():
            response = await self._pool.handle_async_request(self._core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_AsyncResponseStream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    async def exchange(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        """The whole answer to `request`, read to its end (or one byte past the facade's
        limit) inside the attempt, without httpx's send machinery around it."""
        try:
            with mapped_errors():
                response = await self._pool.handle_async_request(self._core_request(request))
                try:
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_stream():
                        chunks.append(chunk)
                        size += len(chunk)
                        if read_limit_reached(size):
                            break
                finally:
                    await response.aclose()
        except httpx.TransportError as exc:
            exc.request = request  # as httpx's send sets it
            raise
        return whole_response(
            response.status, response.headers, b"".join(chunks), response.extensions, request
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


class AsyncBudgetClient(AsyncExchanger):
    """The client's own httpx pool over `AsyncBudgetTransport`: streams and uploads go
    through httpx; whole-body calls are answered by the transport in one step."""

    def __init__(self, limits: httpx.Limits, timeout: httpx.Timeout) -> None:
        self._budget = AsyncBudgetTransport(limits)
        super().__init__(transport=self._budget, timeout=timeout, follow_redirects=False)

    async def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        response, body = await self._budget.exchange(as_httpx(request))
        if any(name.lower() == b"set-cookie" for name, _ in response.headers.raw):
            self.cookies.extract_cookies(response)  # as httpx's send would have
        return response, body
