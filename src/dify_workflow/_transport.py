"""The transport of the clients' own connection pool: httpx over httpcore, with a budget.

httpx's timeouts are per read: a server that sends one header byte every 0.1 s never
trips them, however long the whole answer takes. Here every socket read and write is
also bounded by the deadline of the attempt in progress (a context variable the client
sets around each attempt), so the documented timeout bounds the whole attempt, headers
included. Outside an attempt (a stream being read by the caller) only httpx's per-read
timeouts apply.

GENERATED from _async_transport.py by scripts/unasync.py: edit that file, then run `make unasync`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

from ._backends import Exchanger
from ._base_client import Wire, as_httpx, read_limit_reached, whole_response
from ._deadline import bounded, keepalive_options, mapped_errors

__all__ = ["BudgetClient", "BudgetTransport"]


class _BudgetStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, bounded(timeout))
        return _BudgetStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BudgetBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = _backend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, bounded(timeout), local_address, socket_options)
        return _BudgetStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, bounded(timeout), socket_options)
        return _BudgetStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _backend() -> httpcore.NetworkBackend:
    # anyio runs on asyncio and on trio, like httpx's own default.
    return httpcore.SyncBackend()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with mapped_errors():
            yield from self._stream

    def close(self) -> None:
        closer = getattr(self._stream, "close", None)
        if closer is not None:
            closer()


class BudgetTransport(httpx.BaseTransport):
    """An httpx transport whose every socket operation respects the attempt's deadline."""

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_BudgetBackend(),
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

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with mapped_errors():
            response = self._pool.handle_request(self._core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    def exchange(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        """The whole answer to `request`, read to its end (or one byte past the facade's
        limit) inside the attempt, without httpx's send machinery around it."""
        try:
            with mapped_errors():
                response = self._pool.handle_request(self._core_request(request))
                try:
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_stream():
                        chunks.append(chunk)
                        size += len(chunk)
                        if read_limit_reached(size):
                            break
                finally:
                    response.close()
        except httpx.TransportError as exc:
            exc.request = request  # as httpx's send sets it
            raise
        return whole_response(
            response.status, response.headers, b"".join(chunks), response.extensions, request
        )

    def close(self) -> None:
        self._pool.close()


class BudgetClient(Exchanger):
    """The client's own httpx pool over `BudgetTransport`: streams and uploads go
    through httpx; whole-body calls are answered by the transport in one step."""

    def __init__(self, limits: httpx.Limits, timeout: httpx.Timeout) -> None:
        self._budget = BudgetTransport(limits)
        super().__init__(transport=self._budget, timeout=timeout, follow_redirects=False)

    def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        response, body = self._budget.exchange(as_httpx(request))
        if any(name.lower() == b"set-cookie" for name, _ in response.headers.raw):
            self.cookies.extract_cookies(response)  # as httpx's send would have
        return response, body
