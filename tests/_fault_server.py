"""A scripted HTTP/1.1 server on a real loopback socket, for fault and timing tests.

Each request takes the next action of the script (or the default one when the script
is empty) and the server records every request it saw, with its raw path and body.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Seen:
    method: str
    raw_path: str
    headers: dict[str, str]
    body: bytes
    at: float


Action = Callable[[socket.socket], bool]  # returns False to close the connection


def reply(
    status: int,
    body: bytes | str | dict[str, Any] | list[Any] = b"",
    headers: dict[str, str] | None = None,
    *,
    delay: float = 0.0,
    reason: str = "X",
) -> Action:
    """Answer with `status` and `body` (a dict or list is sent as JSON) after `delay`."""
    if isinstance(body, (dict, list)):
        data = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    else:
        data = body.encode() if isinstance(body, str) else body

    def act(sock: socket.socket) -> bool:
        if delay:
            time.sleep(delay)
        head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(data)}"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
        return True

    return act


def ok(request_id: str | None = None, delay: float = 0.0) -> Action:
    headers = {"X-Request-Id": request_id} if request_id else {}
    return reply(200, {"result": "success"}, headers, delay=delay)


def reset(partial: bytes = b"") -> Action:
    """Send `partial` (if any), then close with a TCP RST."""

    def act(sock: socket.socket) -> bool:
        if partial:
            sock.sendall(partial)
            time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return act


def reset_mid_response() -> Action:
    """The status line and part of the headers, then RST."""
    return reset(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Len")


def garbled_head() -> Action:
    """A status line, then a header line that is not a header, then close."""

    def act(sock: socket.socket) -> bool:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nnot a header line\r\n\r\n{}")
        return False

    return act


def short_body() -> Action:
    """Promise 100 bytes, send 20, close."""

    def act(sock: socket.socket) -> bool:
        sock.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"result": "succ')
        return False

    return act


class _Handler(socketserver.BaseRequestHandler):
    server: FaultServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(30)
        buffer = b""
        while not self.server.stopping.is_set():
            while b"\r\n\r\n" not in buffer:
                try:
                    chunk = sock.recv(65536)
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, raw_path, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            while len(buffer) < length:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            body, buffer = buffer[:length], buffer[length:]
            seen = Seen(method, raw_path, headers, body, time.monotonic())
            self.server.record(seen)
            action = self.server.route(seen) if self.server.route else self.server.next_action()
            if not action(sock):
                return


class FaultServer(socketserver.ThreadingTCPServer):
    """Start with `with FaultServer() as server:`; script it with `server.script(...)`."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 512

    def __init__(self, host: str = "127.0.0.1", default: Action | None = None) -> None:
        super().__init__((host, 0), _Handler)
        self.stopping = threading.Event()
        self.requests: list[Seen] = []
        self._actions: list[Action] = []
        self._default = default or ok()
        self._lock = threading.Lock()
        # Optional: choose the action from the request itself (e.g. by task id).
        self.route: Callable[[Seen], Action] | None = None
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *actions: Action, default: Action | None = None) -> None:
        with self._lock:
            self._actions = list(actions)
            if default is not None:
                self._default = default

    def next_action(self) -> Action:
        with self._lock:
            return self._actions.pop(0) if self._actions else self._default

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.requests.append(seen)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


def cycle(*actions: Action) -> Action:
    """Each request takes the next of `actions`, round and round."""
    lock = threading.Lock()
    count = [0]

    def act(sock: socket.socket) -> bool:
        with lock:
            action = actions[count[0] % len(actions)]
            count[0] += 1
        return action(sock)

    return act


def refused_url() -> str:
    """A loopback URL where nothing listens: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
