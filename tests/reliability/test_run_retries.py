"""Runs bill and act on the server: a run request is repeated only when it provably never
left (a refused connection). Reads (run detail, opening an events stream) retry like stop."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APITimeoutError,
    AsyncWorkflowClient,
    InternalServerError,
    WorkflowClient,
)
from tests._fault_server import FaultServer, reply, reset
from tests._replay import detail_body, recording
from tests._support import KEY, KINDS, backend

DETAIL = detail_body("04-workflow-run-detail-stopped")


def call(kind: str, url: str, method: str, *args: Any, max_retries: int = 2, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "timeout": 0.5, "max_retries": max_retries}
    if kind == "sync":
        with WorkflowClient(**options) as client:
            result = getattr(client, method)(*args, **kwargs)
            if method.startswith("stream"):
                with result as stream:
                    return stream.until_done()
            return result

    async def run() -> Any:
        async with AsyncWorkflowClient(**options, **backend(kind)) as client:
            if method.startswith("stream"):
                async with getattr(client, method)(*args, **kwargs) as stream:
                    return await stream.until_done()
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method", ["run_workflow", "stream_workflow"])
def test_a_timed_out_run_request_is_sent_exactly_once(kind: str, method: str) -> None:
    with FaultServer(default=reply(200, {"late": True}, delay=1.5)) as server:
        with pytest.raises(APITimeoutError):
            call(
                kind,
                server.url,
                method,
                {"seconds": "1"},
                user="u",
                **({"timeout": 0.5} if method == "run_workflow" else {}),
            )
        time.sleep(0.3)  # a retry would have arrived by now
        assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method", ["run_workflow", "stream_workflow"])
def test_a_5xx_after_sending_a_run_is_raised_not_retried(kind: str, method: str) -> None:
    error = reply(503, {"code": "unavailable", "message": "busy", "status": 503})
    with FaultServer(default=error) as server:
        with pytest.raises(InternalServerError) as caught:
            call(kind, server.url, method, {"seconds": "1"}, user="u")
        assert caught.value.code == "unavailable"
        assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method", ["run_workflow", "stream_workflow"])
def test_a_connection_dropped_after_sending_a_run_is_not_retried(kind: str, method: str) -> None:
    # The request went out; the run may exist. (aiohttp calls this a connection error
    # too, which is why its transport maps by when the failure happened.)
    with FaultServer(default=reset()) as server:
        with pytest.raises(APIConnectionError) as caught:
            call(kind, server.url, method, {"seconds": "1"}, user="u")
        assert type(caught.value) is APIConnectionError
        time.sleep(0.3)  # a retry would have arrived by now
        assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_run_detail_is_retried_after_a_5xx(kind: str) -> None:
    with FaultServer() as server:
        server.script(reply(503, {"code": "x", "message": "busy", "status": 503}), default=reply(200, DETAIL))
        detail = call(kind, server.url, "get_workflow_run", "97a3617c-16ff-48c7-b90e-adc5e40cca23")
        assert detail.status == "stopped"
        assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_opening_an_events_stream_is_retried_after_a_5xx(kind: str) -> None:
    raw = recording("35-workflow-events-finished-stopped-run")["response"]["sse"][0]["raw"]
    stream = reply(200, raw, {"Content-Type": "text/event-stream"})
    with FaultServer() as server:
        server.script(reply(502, "bad gateway", {"Content-Type": "text/html"}), default=stream)
        final = call(
            kind, server.url, "stream_workflow_events", "97a3617c-16ff-48c7-b90e-adc5e40cca23", user="u"
        )
        assert final.stopped
        assert len(server.requests) == 2


class _RefusedOnce(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Refuses the first connection (nothing was sent), then answers from the recording."""

    def __init__(self) -> None:
        self.attempts = 0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        body = recording("06-workflow-run-blocking-succeeded")["response"]["body"]
        return httpx.Response(200, content=body.encode(), headers={"Content-Type": "application/json"})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_refused_connection_is_the_one_failure_a_run_retries(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dify_workflow._app._sleep", lambda s: None)

    async def no_wait(seconds: float) -> None:
        return None

    monkeypatch.setattr("dify_workflow._async_app._async_sleep", no_wait)
    transport = _RefusedOnce()
    if kind == "sync":
        client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport))
        result = client.run_workflow({"seconds": "1"}, user="u")
    else:
        async_client = AsyncWorkflowClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport))
        result = asyncio.run(async_client.run_workflow({"seconds": "1"}, user="u"))
    assert result.data.status == "succeeded"
    assert transport.attempts == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_really_refused_connection_is_retried_and_the_run_sent_once(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over a real socket: bound but not listening refuses; it listens from the backoff on."""
    body = recording("06-workflow-run-blocking-succeeded")["response"]["body"].encode()
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )
    received: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            length = int(
                next(
                    v
                    for k, _, v in (h.partition(b": ") for h in head.split(b"\r\n"))
                    if k.lower() == b"content-length"
                )
            )
            while len(rest) < length:
                rest += conn.recv(65536)
            received.append(head)
            conn.sendall(answer)

    def start_listening(seconds: float) -> None:
        listener.listen(8)
        threading.Thread(target=serve, daemon=True).start()

    async def start_listening_async(seconds: float) -> None:
        start_listening(seconds)

    monkeypatch.setattr("dify_workflow._app._sleep", start_listening)
    monkeypatch.setattr("dify_workflow._async_app._async_sleep", start_listening_async)
    try:
        result = call(kind, f"http://127.0.0.1:{port}/v1", "run_workflow", {"seconds": "1"}, user="u")
    finally:
        listener.close()
    assert result.data.status == "succeeded"
    assert len(received) == 1 and received[0].startswith(b"POST /v1/workflows/run ")


@pytest.mark.parametrize("how", ["client", "with_options", "call"])
def test_a_timeout_given_to_the_client_bounds_blocking_runs(how: str) -> None:
    # The README's rule: `timeout` bounds every attempt. Only when none is given does a
    # blocking run get its own 110 s default.
    with FaultServer(default=reply(200, {"late": True}, delay=3.0)) as server:
        client = WorkflowClient(api_key=KEY, base_url=server.url, timeout=0.5 if how == "client" else None)
        if how == "with_options":
            client = client.with_options(timeout=0.5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.run_workflow({"seconds": "1"}, user="u", **({"timeout": 0.5} if how == "call" else {}))
        assert time.monotonic() - started < 2.0
        assert "0.5 s timeout" in caught.value.message
        assert caught.value.pending_run is not None and caught.value.pending_run.user == "u"


def test_without_a_timeout_a_blocking_run_gets_110_seconds() -> None:
    import json

    from dify_workflow._base_client import BLOCKING_RUN_TIMEOUT

    blocking = json.loads(recording("06-workflow-run-blocking-succeeded")["response"]["body"])
    seen: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        return httpx.Response(
            200, json=blocking if request.url.path.endswith("/run") else {"result": "success"}
        )

    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.run_workflow({"seconds": "1"}, user="u")
    client.stop_task("t", user="u")  # other calls keep the 30 s default
    assert seen == [BLOCKING_RUN_TIMEOUT, 30.0] and BLOCKING_RUN_TIMEOUT == 110.0
