"""Replays of the recorded Dify 1.15.0 exchanges (tests/data/dify-recordings) over real
loopback sockets: streams frame by frame with their recorded gaps (scaled), chunked the
way the server sent them, and live runs that a stop ends the way the real server does.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests._fault_server import Action, FaultServer, Seen, reply

RECORDINGS = Path(__file__).resolve().parent / "data" / "dify-recordings"


def recording(name: str) -> dict[str, Any]:
    """One recorded exchange by its file name (with or without `.json`)."""
    path = RECORDINGS / (name if name.endswith(".json") else name + ".json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def frames(name: str) -> list[tuple[float, bytes]]:
    """The recorded stream chunks of an exchange: (seconds since the headers, bytes)."""
    return [(c["t"], c["raw"].encode("utf-8")) for c in recording(name)["response"]["sse"]]


def data_events(name: str) -> list[dict[str, Any]]:
    """The JSON objects of the data frames of a recorded stream, in order."""
    out = []
    for _, raw in frames(name):
        for line in raw.decode().split("\n"):
            if line.startswith("data: "):
                out.append(json.loads(line[6:]))
    return out


def _head(status: int, headers: list[list[str]] | dict[str, str]) -> bytes:
    pairs = headers.items() if isinstance(headers, dict) else [tuple(h) for h in headers]
    lines = [f"HTTP/1.1 {status} OK"]
    lines += [f"{k}: {v}" for k, v in pairs if k.lower() not in ("content-length", "transfer-encoding")]
    lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8", "X-Version": "1.15.0"}
PING = b"event: ping\n\n"


@dataclass
class Stream:
    """A scripted event stream: `frames` on their schedule (times scaled by `scale`),
    then, when `hold` is set, pings every `ping_every` s until a stop arrives (then
    `on_stop` `stop_delay` s later) or `hold` seconds pass (then `finish`).

    `end`: "close" ends the chunked body properly; "drop" cuts the connection without
    the last chunk, as a network failure does.
    """

    frames: list[tuple[float, bytes]]
    scale: float = 1.0
    hold: float | None = None
    on_stop: list[bytes] = field(default_factory=list)
    finish: list[bytes] = field(default_factory=list)
    stop_delay: float = 0.2
    ping_every: float = 10.0
    end: str = "close"
    headers: dict[str, str] = field(default_factory=lambda: dict(SSE_HEADERS))
    gate: threading.Event | None = None  # when set: frames after the first wait for it
    ignore_stop: bool = False  # a run the stop never reaches (the stream goes on)
    stopped: threading.Event = field(default_factory=threading.Event)
    stop_seen_at: float | None = None
    closed_by_client: threading.Event = field(default_factory=threading.Event)

    def action(self) -> Action:
        def act(sock: socket.socket) -> bool:
            try:
                self._play(sock)
            except OSError:
                self.closed_by_client.set()
                return False
            return self.end == "close"

        return act

    def _send(self, sock: socket.socket, data: bytes) -> None:
        sock.sendall(_chunk(data))

    def _play(self, sock: socket.socket) -> None:
        sock.sendall(_head(200, self.headers))
        stopped = threading.Event() if self.ignore_stop else self.stopped
        start = time.monotonic()
        for index, (at, data) in enumerate(self.frames):
            if index == 1 and self.gate is not None:
                self.gate.wait(30)
                start = time.monotonic() - at * self.scale
            wait = start + at * self.scale - time.monotonic()
            if wait > 0 and stopped.wait(wait):
                break
            self._send(sock, data)
        if self.hold is not None:
            until = time.monotonic() + self.hold
            while time.monotonic() < until:
                if stopped.wait(min(self.ping_every, max(until - time.monotonic(), 0))):
                    break
                if time.monotonic() < until:
                    self._send(sock, PING)
        if stopped.is_set() and self.on_stop:
            time.sleep(self.stop_delay)
            for data in self.on_stop:
                self._send(sock, data)
        elif self.finish:
            for data in self.finish:
                self._send(sock, data)
        if self.end == "close":
            sock.sendall(b"0\r\n\r\n")
        elif self.end == "drop":
            time.sleep(0.05)
            sock.shutdown(socket.SHUT_RDWR)


def stoppable_run(
    name: str = "02-workflow-run-streaming-stopped", *, hold: float = 30.0, scale: float = 1.0
) -> Stream:
    """The recorded stream of a run that a stop ended: every frame up to the running
    node, then the run goes on (pinging) until a stop arrives, which ends it with the
    recorded `workflow_finished` ("failed", "Aborted: User requested stop") 0.2 s later."""
    recorded = frames(name)
    return Stream(frames=recorded[:-1], on_stop=[recorded[-1][1]], hold=hold, scale=scale)


_STOP = re.compile(r"^/v1/workflows/tasks/([^/]+)/stop$")
_FORM = re.compile(r"^/v1/form/human_input/([^/]+)$")
_DETAIL = re.compile(r"^/v1/workflows/run/([^/?]+)$")


class ReplayServer(FaultServer):
    """A loopback Dify for streams: POST /workflows/run (and /workflows/{id}/run) and
    GET /workflow/{id}/events take the next queued Stream; a stop for a task id sets the
    `stopped` flag of every stream whose frames carry that task id and answers success
    (as Dify does for any id); run detail answers from `details` (run id -> JSON) or 404."""

    def __init__(self) -> None:
        super().__init__()
        self.streams: list[Stream] = []
        self.served: list[Stream] = []
        self.details: dict[str, dict[str, Any] | Callable[[], dict[str, Any]]] = {}
        self.stops: list[tuple[str, dict[str, Any], float]] = []
        self.forms: dict[str, dict[str, Any]] = {}  # token -> the form's JSON
        self.submitted = threading.Event()
        self.route = self._route
        self.backend = "httpx"  # the pool the tests' clients use (http_backend)

    def queue(self, *streams: Stream) -> None:
        self.streams.extend(streams)

    def _route(self, seen: Seen) -> Action:
        path = seen.raw_path.split("?", 1)[0]
        stop = _STOP.match(path)
        if seen.method == "POST" and stop:
            task = stop.group(1)
            self.stops.append((task, json.loads(seen.body or b"{}"), time.monotonic()))
            for stream in self.served:
                if any(task.encode() in data for data in [*(f for _, f in stream.frames), *stream.on_stop]):
                    stream.stop_seen_at = time.monotonic()
                    stream.stopped.set()
            return reply(200, {"result": "success"}, {"X-Version": "1.15.0"})
        form = _FORM.match(path)
        if form:
            if form.group(1) not in self.forms:
                return reply(404, {"code": "not_found", "message": "Form not found.", "status": 404})
            if self.submitted.is_set():
                return reply(412, {"code": "human_input_form_submitted", "message": "", "status": 412})
            if seen.method == "POST":
                self.submitted.set()
                return reply(200, {})
            return reply(200, self.forms[form.group(1)])
        detail = _DETAIL.match(path)
        if seen.method == "GET" and detail:
            found = self.details.get(detail.group(1))
            if found is None:
                return reply(404, {"code": "not_found", "message": "Workflow run not found", "status": 404})
            return reply(200, found() if callable(found) else found)
        if (seen.method == "POST" and path.endswith("/run")) or (
            seen.method == "GET" and path.endswith("/events")
        ):
            if not self.streams:
                return reply(500, {"code": "no_stream", "message": "nothing queued", "status": 500})
            stream = self.streams.pop(0)
            self.served.append(stream)
            return stream.action()
        return reply(404, "<html>not found</html>", {"Content-Type": "text/html"})

    def requests_to(self, suffix: str) -> list[Seen]:
        return [s for s in self.requests if s.raw_path.split("?", 1)[0].endswith(suffix)]


def detail_body(name: str) -> dict[str, Any]:
    """The recorded JSON body of a run-detail exchange."""
    return json.loads(recording(name)["response"]["body"])  # type: ignore[no-any-return]
