"""Defects found by trying the package as a new user would (issue: hardening), on real
loopback sockets: the caller's http client, the whole-attempt timeout, helpful errors."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncWorkflowClient,
    NotFoundError,
    WorkflowClient,
)
from tests._fault_server import FaultServer, ok, refused_url, reply
from tests._support import KEY, KINDS, backend


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def other() -> Iterator[FaultServer]:
    """An unrelated service of the caller's application, on another loopback address."""
    with FaultServer(host="127.0.0.2", default=reply(200, {"other": True})) as srv:
        yield srv


# -- 1. the caller's http client is never modified ------------------------------------


def _settings(http: httpx.Client | httpx.AsyncClient) -> tuple[object, ...]:
    return (http.auth, str(http.base_url), dict(http.headers), http.follow_redirects, http.timeout)


def test_callers_sync_client_is_unchanged_and_carries_no_key(server: FaultServer, other: FaultServer) -> None:
    shared = httpx.Client(follow_redirects=True)
    before = _settings(shared)
    client = WorkflowClient(api_key=KEY, base_url=server.url, http_client=shared)
    assert _settings(shared) == before
    client.stop_task("t1", user="u")
    client.generated  # noqa: B018 - building the generated client must not touch it either
    assert _settings(shared) == before
    shared.post(other.url + "/other")
    assert "authorization" not in other.requests[-1].headers
    assert server.requests[-1].headers["authorization"] == f"Bearer {KEY}"


def test_callers_async_client_is_unchanged_and_carries_no_key(
    server: FaultServer, other: FaultServer
) -> None:
    async def main() -> None:
        shared = httpx.AsyncClient(follow_redirects=True)
        before = _settings(shared)
        client = AsyncWorkflowClient(api_key=KEY, base_url=server.url, http_client=shared)
        await client.stop_task("t1", user="u")
        assert _settings(shared) == before
        await shared.post(other.url + "/other")
        await shared.aclose()

    asyncio.run(main())
    assert "authorization" not in other.requests[-1].headers


def test_generated_client_goes_to_the_dify_base_url_not_the_callers(
    server: FaultServer, other: FaultServer
) -> None:
    from dify_workflow_api.api.workflows import post_workflows_tasks_task_id_stop as stop
    from dify_workflow_api.models import PostWorkflowsTasksTaskIdStopBody

    shared = httpx.Client(base_url=other.url)  # the caller's client is set up for another service
    client = WorkflowClient(api_key=KEY, base_url=server.url, http_client=shared)
    stop.sync_detailed("t1", client=client.generated, body=PostWorkflowsTasksTaskIdStopBody(user="u"))
    assert [s.raw_path for s in server.requests] == ["/v1/workflows/tasks/t1/stop"]
    assert other.requests == []
    assert str(shared.base_url) == other.url + "/"


@pytest.mark.parametrize("kind", KINDS)
def test_redirects_are_not_followed_even_when_the_callers_client_would(
    kind: str, server: FaultServer, other: FaultServer
) -> None:
    server.script(reply(307, b"", {"Location": other.url + "/steal"}))
    with pytest.raises(APIStatusError) as caught:
        if kind == "sync":
            WorkflowClient(
                api_key=KEY, base_url=server.url, http_client=httpx.Client(follow_redirects=True)
            ).stop_task("t", user="u")
        else:
            client = AsyncWorkflowClient(
                api_key=KEY, base_url=server.url, http_client=httpx.AsyncClient(follow_redirects=True)
            )
            asyncio.run(client.stop_task("t", user="u"))
    assert type(caught.value) is APIStatusError and caught.value.status_code == 307
    assert other.requests == []


# -- 4. the timeout bounds the whole attempt, headers included ------------------------


def trickle_headers(total: float, step: float = 0.1) -> object:
    """A complete 200 whose status line and headers arrive one byte per `step`."""
    body = b'{"result": "success"}'
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n".encode()
    padding = max(int(total / step) - len(head) - 2, 0)
    head += b"X-Pad: " + b"a" * padding + b"\r\n\r\n"

    def act(sock: socket.socket) -> bool:
        for i in range(len(head)):
            try:
                sock.sendall(head[i : i + 1])
            except OSError:
                return False
            time.sleep(step)
        sock.sendall(body)
        return True

    return act


@pytest.mark.parametrize("kind", KINDS)
def test_trickling_headers_cannot_outlast_the_timeout(kind: str, server: FaultServer) -> None:
    server.script(trickle_headers(total=6.0))
    elapsed = 0.0
    with pytest.raises(APITimeoutError) as caught:
        if kind == "sync":
            sync_client = WorkflowClient(api_key=KEY, base_url=server.url, timeout=1.0, max_retries=0)
            started = time.monotonic()
            try:
                sync_client.stop_task("t", user="u")
            finally:
                elapsed = time.monotonic() - started
        else:
            client = AsyncWorkflowClient(
                api_key=KEY,
                base_url=server.url,
                timeout=1.0,
                max_retries=0,
                **backend(kind),  # type: ignore[arg-type]
            )

            async def call() -> None:
                nonlocal elapsed
                started = time.monotonic()
                try:
                    await client.stop_task("t", user="u")
                finally:
                    elapsed = time.monotonic() - started

            asyncio.run(call())
    assert type(caught.value) is APITimeoutError
    # The trickle would take 6 s: the call ends at its 1 s budget (timed around the call
    # alone, with room for a loaded machine's scheduling).
    assert 0.9 <= elapsed < 1.5, f"took {elapsed:.2f} s with a 1 s timeout"
    assert "127.0.0.1" in caught.value.message and "1 s timeout" in caught.value.message


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_completed_within_the_budget_is_kept(kind: str, server: FaultServer) -> None:
    server.script(trickle_headers(total=0.8, step=0.02))
    if kind == "sync":
        result = WorkflowClient(api_key=KEY, base_url=server.url, timeout=2.0, max_retries=0).stop_task(
            "t", user="u"
        )
    else:
        client = AsyncWorkflowClient(
            api_key=KEY,
            base_url=server.url,
            timeout=2.0,
            max_retries=0,
            **backend(kind),  # type: ignore[arg-type]
        )
        result = asyncio.run(client.stop_task("t", user="u"))
    assert result.result == "success"


# -- 7. helpful errors ---------------------------------------------------------------


@pytest.fixture
def plain_http_port() -> Iterator[int]:
    """A server that answers anything, TLS handshakes included, with plain HTTP."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    hits: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            hits.append(1)
            with conn:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    listener.close()


def test_https_to_a_plain_http_server_says_so_and_is_not_retried(plain_http_port: int) -> None:
    client = WorkflowClient(api_key=KEY, base_url=f"localhost:{plain_http_port}/v1", max_retries=3)
    started = time.monotonic()
    with pytest.raises(APIConnectionError) as caught:
        client.stop_task("t", user="u")
    assert type(caught.value) is APIConnectionError
    assert f"localhost:{plain_http_port} does not speak TLS" in caught.value.message
    assert "http://" in caught.value.message
    assert time.monotonic() - started < 0.5  # no backoff: not retried
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert any(isinstance(e, ssl.SSLError) for e in _chain(caught.value))


def _chain(exc: BaseException) -> list[BaseException]:
    found = []
    current: BaseException | None = exc
    while current is not None and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def test_a_404_that_is_not_dify_json_hints_at_the_v1_base_url(server: FaultServer) -> None:
    server.script(reply(404, "<html>Not Found</html>", {"Content-Type": "text/html"}))
    base = server.url.removesuffix("/v1")
    with pytest.raises(NotFoundError) as caught:
        WorkflowClient(api_key=KEY, base_url=base, max_retries=0).stop_task("t", user="u")
    message = caught.value.message
    assert f"{base}/workflows/tasks/t/stop" in message and "/v1" in message
    assert caught.value.code is None


def test_a_dify_json_404_keeps_its_own_message(server: FaultServer) -> None:
    server.script(reply(404, {"code": "not_found", "message": "Workflow run not found", "status": 404}))
    with pytest.raises(NotFoundError) as caught:
        WorkflowClient(api_key=KEY, base_url=server.url, max_retries=0).stop_task("t", user="u")
    assert caught.value.message == "Workflow run not found"


def test_connection_refused_names_host_and_port() -> None:
    url = refused_url()
    port = httpx.URL(url).port
    with pytest.raises(APIConnectionError) as caught:
        WorkflowClient(api_key=KEY, base_url=url, max_retries=0).stop_task("t", user="u")
    assert type(caught.value) is APIConnectionError
    assert f"127.0.0.1:{port}" in caught.value.message and "refused" in caught.value.message


def test_no_key_in_any_of_these_messages(server: FaultServer, plain_http_port: int) -> None:
    server.script(reply(404, "<html>Not Found</html>"), ok(delay=1.0))
    bases = [server.url, server.url, refused_url(), f"https://127.0.0.1:{plain_http_port}/v1"]
    texts = []
    for base in bases:
        client = WorkflowClient(api_key=KEY, base_url=base, timeout=0.3, max_retries=0)
        with pytest.raises(
            APIConnectionError if base != server.url else (NotFoundError, APITimeoutError)
        ) as caught:
            client.stop_task("t", user="u")
        texts += [
            str(caught.value),
            repr(caught.value),
            caught.value.message,
            repr(client),
            repr(client._pool.http),
        ]
    assert len(texts) == 20
    assert not [t for t in texts if KEY in t or KEY[-12:] in t]
