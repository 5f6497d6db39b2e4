"""The async client's aiohttp-backed pool: `AsyncWorkflowClient(http_backend="aiohttp")`.

httpx's own async pool costs more per call as more calls are in flight (docs/benchmarks.md,
row 5); aiohttp's does not. This is an httpx transport that sends through one
`aiohttp.ClientSession`, so the facade keeps speaking httpx. Needs the extra `aiohttp`.

What this transport decides, and why:
- Errors are mapped to httpx's by *when* they happened, because the facade's retry rule
  depends on it: only a failure to get a connection (`ConnectError`, `ConnectTimeout`)
  means the request was never sent, so only those may re-send a run. A server that drops
  the connection after the request went out is a read or protocol error, never a connect
  error (aiohttp's own `ClientConnectionError` covers both, which is why a plain mapping
  by that class would let a run be billed twice).
- The attempt's deadline (`_base_client.DEADLINE`) bounds the request up to its headers
  and every body read done inside the attempt, like the httpcore transport; reads of a
  stream by the caller only have the per-read timeout.
- aiohttp neither decompresses (httpx does, from the headers) nor re-quotes the URL
  (an id percent-encoded as one path segment stays one segment).
- The environment's proxy settings are read once per origin and session, not by
  aiohttp's `trust_env`: that looks them up in a worker thread on every request (the
  largest part of a call's cost) and reads `~/.netrc` each time, whose entry for the
  Dify host would clash with the Authorization header. `~/.netrc` is never read, as
  with the httpx pool.
"""

from __future__ import annotations

import asyncio
import base64
import time
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import multidict
import yarl

from ._backends import AsyncExchanger
from ._base_client import DEADLINE, WholeResponse, Wire, as_httpx, read_limit_reached, whole_response
from ._deadline import set_keepalive

__all__ = ["AioHttpClient", "AioHttpTransport"]

# aiohttp's exceptions, most specific first, and the httpx class each becomes.
_MAPPED: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    # Before the request was written: safe to send again.
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    # After it may have been: the run may exist.
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientError, httpx.ReadError),
    (OSError, httpx.ReadError),
)


def _translated(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """httpx's exception for one of aiohttp's. Only the text is kept: aiohttp's own
    exceptions can hold the request's headers (the key), so they are not chained."""
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        text = "Server disconnected"
    elif isinstance(exc, aiohttp.ClientResponseError):
        text = f"Invalid response: {exc.message}"
    else:
        text = str(exc) or type(exc).__name__
    for source, target in _MAPPED:
        if isinstance(exc, source):
            return target(text, request=request)
    return httpx.ReadError(text, request=request)  # pragma: no cover - OSError is the last row


def _left() -> float | None:
    deadline = DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


def _least(*values: float | None) -> float | None:
    present = [value for value in values if value is not None]
    return min(present) if present else None


class _AioHttpStream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        while True:
            left = _left()
            if left is not None and left <= 0:
                raise httpx.ReadTimeout("the attempt's overall timeout was reached", request=self._request)
            error = None
            try:
                if left is None:
                    chunk = await content.readany()
                else:
                    async with asyncio.timeout(left):
                        chunk = await content.readany()
            except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
                error = _translated(exc, self._request)
            if error is not None:
                raise error from None  # raised outside the handler: nothing of aiohttp's chained
            if not chunk:
                return
            yield chunk

    async def aclose(self) -> None:
        # A body read to its end leaves a connection fit for reuse; one closed early
        # (a stream left mid-run) must not go back to the pool with unread bytes.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()
            # asyncio shuts the socket on the loop's next turn: take that turn, so the
            # connection is gone when this returns (the server stops sending at once).
            await asyncio.sleep(0)


class AioHttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends through one `aiohttp.ClientSession` (asyncio only).

    The session is made on first use, in the running event loop, and belongs to it.
    Proxies come from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), as with httpx.
    """

    def __init__(self, limits: httpx.Limits) -> None:
        self._limit = limits.max_connections or 0
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, tuple[yarl.URL | None, dict[str, str] | None]] = {}

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, limit_per_host=0)
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                # Kept for an IP address too, as httpx keeps them (a load balancer's cookie).
                cookie_jar=aiohttp.CookieJar(unsafe=True),
                trust_env=False,  # proxies: see _proxy_for
                # httpx has set the headers it wants; aiohttp adds none of its own.
                skip_auto_headers=("User-Agent", "Content-Type", "Accept", "Accept-Encoding"),
                timeout=aiohttp.ClientTimeout(total=None),
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._request(request)
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_AioHttpStream(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

    async def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        """The whole answer to `request`: its body read within the attempt's deadline, up
        to one byte past the facade's limit (which then refuses it)."""
        left = _left()
        if left is None:
            response, body = await self._whole(request, None)
        else:
            # One timer for the headers and the body: the attempt's deadline bounds both
            # (it cancels what is under way; the timeout it raises is mapped here).
            error = None
            try:
                async with asyncio.timeout(left):
                    response, body = await self._whole(request, left)
            except TimeoutError as exc:
                error = _translated(exc, as_httpx(request))
            if error is not None:
                raise error from None
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()}
        if isinstance(request, Wire):
            return whole_response(
                response.status, response.raw_headers, body, extensions, cls=_WireResponse, wire=request
            )
        return whole_response(response.status, response.raw_headers, body, extensions, request)

    async def _whole(
        self, request: httpx.Request | Wire, left: float | None
    ) -> tuple[aiohttp.ClientResponse, bytes]:
        response = await self._request(request, left, timed=True)
        error = None
        try:
            body = await _read_whole(response.content)
        except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
            error = _translated(exc, as_httpx(request))
        finally:
            if response.content.at_eof():
                response.release()
            else:
                response.close()
        if error is not None:
            raise error from None
        return response, body

    async def _request(
        self, request: httpx.Request | Wire, left: float | None = None, *, timed: bool = False
    ) -> aiohttp.ClientResponse:
        """Send `request` through the session: the response with its headers read. With
        `timed`, the caller bounds it by the attempt's deadline (`left` seconds)."""
        if not timed:
            left = _left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout("the attempt's overall timeout was reached", request=as_httpx(request))
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        connect, pool, read = timeouts.get("connect"), timeouts.get("pool"), timeouts.get("read")
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=_least(None if pool is None or connect is None else pool + connect, left),
            sock_connect=_least(connect, left),
            # A read bound no shorter than the deadline's would only arm a timer per read.
            sock_read=None if left is not None and (read is None or read >= left) else read,
        )
        data: Any
        if isinstance(request, Wire):
            url, data = request.url, request.body
            headers = multidict.CIMultiDict(request.headers)
            if data is not None:
                headers["Content-Type"] = "application/json"
        else:
            # A body httpx holds whole goes as bytes; a streamed one (an upload) as it comes.
            body = request.stream
            data = (request.content or None) if isinstance(body, httpx.ByteStream) else body
            url = str(request.url)
            # Raw pairs: httpx's decoded views work out each header's encoding on every access.
            headers = multidict.CIMultiDict(
                (name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw
            )
        proxy, proxy_headers = self._proxy_for(url)
        if proxy_headers is not None and url.startswith("http:"):
            headers.update(proxy_headers)  # a forwarding proxy reads them off the request itself
        session = self._open()
        error = None
        try:
            sending = session.request(
                request.method,
                yarl.URL(url, encoded=True),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=timeout,
                compress=None,
                proxy=proxy,
                proxy_headers=proxy_headers,
            )
            if left is None or timed:
                response = await sending
            else:
                async with asyncio.timeout(left):
                    response = await sending
        except (aiohttp.ClientError, OSError) as exc:
            error = _translated(exc, as_httpx(request))
        if error is not None:
            raise error from None
        if timeouts.get("read") is None:
            # A stream whose run may wait long for a worker: keepalive notices a dead peer.
            connection = response.connection
            transport = connection.transport if connection is not None else None
            set_keepalive(None if transport is None else transport.get_extra_info("socket"))
        return response

    def _proxy_for(self, url: str) -> tuple[yarl.URL | None, dict[str, str] | None]:
        """The proxy the environment names for `url`'s origin (HTTP_PROXY, HTTPS_PROXY and
        NO_PROXY, as urllib reads them), looked up once per origin."""
        origin = url[: url.find("/", url.find("//") + 2)]
        known = self._proxies.get(origin)
        if known is None:
            parts = urllib.parse.urlsplit(origin)
            known = self._proxies[origin] = _env_proxy(parts.scheme, parts.hostname or "")
        return known

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _env_proxy(scheme: str, host: str) -> tuple[yarl.URL | None, dict[str, str] | None]:
    """The environment's proxy for `scheme://host` and the header carrying the credentials
    its URL holds. An https:// proxy is not one aiohttp can use: none, as before."""
    if urllib.request.proxy_bypass(host):
        return None, None
    named = urllib.request.getproxies().get(scheme)
    if not named:
        return None, None
    proxy = yarl.URL(named)
    if proxy.scheme != "http":
        return None, None
    if proxy.user is None:
        return proxy, None
    credentials = f"{proxy.user}:{proxy.password or ''}".encode("latin-1")
    header = {"Proxy-Authorization": "Basic " + base64.b64encode(credentials).decode("ascii")}
    return proxy.with_user(None), header


async def _read_whole(content: aiohttp.StreamReader) -> bytes:
    """The body to its end (a short one raises), or to one byte past the facade's limit."""
    chunks: list[bytes] = []
    size = 0
    while not read_limit_reached(size):
        chunk = await content.readany()
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class _WireResponse(WholeResponse):
    """A response to a `Wire`: its httpx.Request is made only if someone asks for it (an
    error, a log), not on every call."""

    def __init__(self, *args: Any, wire: Wire, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wire = wire

    @property
    def request(self) -> httpx.Request:
        return self._wire.to_httpx()

    @request.setter
    def request(self, value: httpx.Request) -> None:
        raise AttributeError("the request of this response is the one it answered")


class AioHttpClient(AsyncExchanger):
    """The async client's aiohttp-backed pool: an httpx client over `AioHttpTransport`
    (streams, uploads, a generated client's calls) that answers whole-body calls straight
    from aiohttp."""

    takes_wire = True

    def __init__(self, limits: httpx.Limits, timeout: httpx.Timeout) -> None:
        self._aiohttp = AioHttpTransport(limits)
        super().__init__(transport=self._aiohttp, timeout=timeout, follow_redirects=False)

    async def exchange(self, request: httpx.Request | Wire) -> tuple[httpx.Response, bytes]:
        return await self._aiohttp.exchange(request)
