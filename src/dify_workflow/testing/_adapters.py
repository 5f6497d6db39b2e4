"""FakeDify behind httpx (a transport for sync and async clients) and behind a real
loopback socket (a threaded HTTP/1.1 server), both playing streams frame by frame."""

from __future__ import annotations

import asyncio
import socket
import socketserver
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._fake import FakeDify, Reply, Wait


class _FrameStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply's frames for either kind of client; waits end early when their event is set."""

    def __init__(self, reply: Reply) -> None:
        self._reply = reply

    def __iter__(self) -> Iterator[bytes]:
        if self._reply.delay:
            time.sleep(self._reply.delay)
        if self._reply.frames is None:
            yield self._reply.body
            return
        for item in self._reply.frames:
            if isinstance(item, Wait):
                if item.until is not None:
                    item.until.wait(item.seconds)
                else:
                    time.sleep(item.seconds)
            else:
                yield item

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._reply.delay:
            await asyncio.sleep(self._reply.delay)
        if self._reply.frames is None:
            yield self._reply.body
            return
        for item in self._reply.frames:
            if isinstance(item, Wait):
                end = time.monotonic() + item.seconds
                while time.monotonic() < end and not (item.until is not None and item.until.is_set()):
                    await asyncio.sleep(min(0.01, max(end - time.monotonic(), 0)))
            else:
                yield item


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport answering from a FakeDify; works for Client and AsyncClient."""

    def __init__(self, fake: FakeDify) -> None:
        self.fake = fake

    def _reply(self, request: httpx.Request, body: bytes) -> httpx.Response:
        target = request.url.raw_path.decode("ascii")
        reply = self.fake.handle(request.method, target, dict(request.headers), body)
        return httpx.Response(
            reply.status, headers=reply.headers, stream=_FrameStream(reply), request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._reply(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._reply(request, await request.aread())


class _Handler(socketserver.StreamRequestHandler):
    server: FakeServer

    def setup(self) -> None:
        super().setup()
        # Each frame goes out when written, as from Dify's server (no Nagle delay).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        try:
            self._serve()
        except ConnectionError:
            return  # the client went away between requests (a closed keep-alive connection)

    def _serve(self) -> None:
        peek = getattr(self.rfile, "peek", None)  # a BufferedReader (typed as its base)
        if peek is not None and peek(1)[:1] == b"\x16":
            # A TLS handshake sent to this plain-HTTP server: answered at once with a plain
            # 400, as Dify's HTTP server does (an https:// base URL must fail fast, with the
            # client's "does not speak TLS" hint, not hang until the timeout).
            self.wfile.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        while True:
            line = self.rfile.readline(65537)
            if not line.strip():
                return
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while True:
                header = self.rfile.readline(65537).decode("latin-1")
                if header in ("\r\n", "\n", ""):
                    break
                name, _, value = header.partition(":")
                headers[name.strip()] = value.strip()
            lowered = {k.lower(): v for k, v in headers.items()}
            if lowered.get("transfer-encoding", "").lower() == "chunked":
                body = self._chunked()
            else:
                body = self.rfile.read(int(lowered.get("content-length", "0") or 0))
            reply = self.server.fake.handle(method, target, headers, body)
            try:
                self._send(reply)
            except OSError:
                return  # the client went away (closed its stream)
            if lowered.get("connection", "").lower() == "close":
                return

    def _chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _send(self, reply: Reply) -> None:
        out = self.connection
        head = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'OK')}"]
        head += [f"{k}: {v}" for k, v in reply.headers]
        if reply.delay:
            time.sleep(reply.delay)
        if reply.frames is None:
            head.append(f"Content-Length: {len(reply.body)}")
            out.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + reply.body)
            return
        head.append("Transfer-Encoding: chunked")
        out.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        for item in reply.frames:
            if isinstance(item, Wait):
                if item.until is not None:
                    item.until.wait(item.seconds)
                else:
                    time.sleep(item.seconds)
                continue
            out.sendall(f"{len(item):x}\r\n".encode() + item + b"\r\n")
        out.sendall(b"0\r\n\r\n")


_REASONS = {
    200: "OK",
    201: "CREATED",
    400: "BAD REQUEST",
    401: "UNAUTHORIZED",
    404: "NOT FOUND",
    405: "METHOD NOT ALLOWED",
    412: "PRECONDITION FAILED",
    413: "REQUEST ENTITY TOO LARGE",
    415: "UNSUPPORTED MEDIA TYPE",
}


class FakeServer(socketserver.ThreadingTCPServer):
    """A FakeDify on a real loopback socket; `url` is its API base URL (ending in /v1)."""

    daemon_threads = True
    allow_reuse_address = True
    # A real backlog: a thousand clients connecting at once are all accepted.
    request_queue_size = 4096

    def __init__(self, fake: FakeDify, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.fake = fake
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
