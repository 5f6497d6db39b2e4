"""Whole-body answers on the clients' own pools, over real loopback sockets: the pools
hand the facade the body as it came and read the response's copy only when asked
(`_base_client.WholeResponse`); what a caller sees must not show it."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import time
from typing import Any

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncWorkflowClient,
    BadRequestError,
    StopTaskResult,
    WorkflowClient,
    WorkflowRunDetail,
)
from tests._fault_server import FaultServer, reply
from tests._replay import recording
from tests._support import KEY, KINDS, backend

RUN = "6b3b2d0e-5f0e-4a61-9f0c-1a2b3c4d5e6f"
DETAIL = {
    "id": RUN,
    "workflow_id": "wf",
    "status": "succeeded",
    "inputs": '{"topic": "caf\\u00e9"}',
    "outputs": {"text": "d\u00e9j\u00e0 vu"},
    "error": None,
    "total_steps": 3,
    "total_tokens": 12,
    "created_at": 1,
    "finished_at": 2,
    "elapsed_time": 0.5,
}


def call(kind: str, url: str, name: str, *args: Any, **kwargs: Any) -> Any:
    """`client.<name>(...)` on a fresh client of `kind`: its result or its exception."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "max_retries": 0}
    try:
        if kind == "sync":
            with WorkflowClient(**options) as client:
                return getattr(client, name)(*args, **kwargs)

        async def run() -> Any:
            async with AsyncWorkflowClient(**options, **backend(kind)) as client:
                return await getattr(client, name)(*args, **kwargs)

        return asyncio.run(run())
    except Exception as exc:  # returned for the test to check its class
        return exc


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzip_encoded_answer_is_decoded(kind: str) -> None:
    # A proxy in front of Dify may compress; neither pool asks for it, both must read it.
    body = gzip.compress(json.dumps(DETAIL).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with FaultServer() as server:
        server.script(default=reply(200, body, headers))
        detail = call(kind, server.url, "get_workflow_run", RUN)
    assert isinstance(detail, WorkflowRunDetail), detail
    assert (detail.inputs, detail.outputs, detail.raw) == ({"topic": "café"}, {"text": "déjà vu"}, DETAIL)


@pytest.mark.parametrize("kind", KINDS)
def test_the_response_of_an_error_reads_as_it_came(kind: str) -> None:
    body = {"code": "invalid_param", "message": "user is required", "status": 400}
    with FaultServer() as server:
        server.script(default=reply(400, body, {"X-Request-Id": "req-7"}))
        error = call(kind, server.url, "stop_task", "task-1", user="u")
    assert type(error) is BadRequestError
    assert (error.status_code, error.code, error.message, error.request_id) == (
        400,
        "invalid_param",
        "user is required",
        "req-7",
    )
    assert error.response.json() == body and error.response.text == json.dumps(body)
    assert error.response.content == json.dumps(body).encode()
    assert error.response.request.url.path == "/v1/workflows/tasks/task-1/stop"


@pytest.mark.parametrize("kind", KINDS)
def test_a_success_that_does_not_fit_keeps_its_body_readable(kind: str) -> None:
    with FaultServer() as server:
        server.script(default=reply(200, {"result": 7}))
        error = call(kind, server.url, "stop_task", "task-1", user="u")
    assert type(error) is APIResponseValidationError
    assert error.response.status_code == 200 and error.response.json() == {"result": 7}
    assert error.body == '{"result": 7}'


@pytest.mark.parametrize("kind", KINDS)
def test_a_plain_success_and_its_request_id(kind: str) -> None:
    with FaultServer() as server:
        server.script(default=reply(200, {"result": "success"}, {"X-Request-Id": "req-8"}))
        result = call(kind, server.url, "stop_task", "task-1", user="u")
    assert result == StopTaskResult(result="success", request_id="req-8")


def event_names(kind: str, url: str) -> list[str]:
    """The names of the events a workflow stream yields, on a fresh client of `kind`."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "max_retries": 0}
    if kind == "sync":
        with WorkflowClient(**options) as client, client.stream_workflow({}, user="u") as stream:
            return [event.event for event in stream]

    async def run() -> list[str]:
        async with AsyncWorkflowClient(**options, **backend(kind)) as client:
            async with client.stream_workflow({}, user="u") as stream:
                return [event.event async for event in stream]

    return asyncio.run(run())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("encoding", ["gzip", None])
def test_an_event_stream_is_read_whatever_its_encoding(kind: str, encoding: str | None) -> None:
    # Chunks are read off the transport's stream when the body is not encoded; a
    # compressing proxy's stream goes through httpx's decoder.
    frames = "".join(
        chunk["raw"] for chunk in recording("01-workflow-run-streaming-succeeded")["response"]["sse"]
    )
    body = frames.encode()
    headers = {"Content-Type": "text/event-stream"}
    if encoding:
        body, headers["Content-Encoding"] = gzip.compress(body), encoding
    with FaultServer() as server:
        server.script(default=reply(200, body, headers))
        names = event_names(kind, server.url)
    sent = [json.loads(line[6:])["event"] for line in frames.split("\n") if line.startswith("data: ")]
    assert names == [name for name in sent if name != "ping"] and names[-1] == "workflow_finished"


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_cut_mid_run_names_its_request(kind: str) -> None:
    first = recording("01-workflow-run-streaming-succeeded")["response"]["sse"][0]["raw"].encode()

    def cut(sock: socket.socket) -> bool:
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 100000\r\n\r\n"
        sock.sendall(head.encode() + first)
        time.sleep(0.1)
        return False  # closed with most of the promised body unsent

    with FaultServer() as server:
        server.script(default=cut)
        with pytest.raises(APIConnectionError) as caught:
            event_names(kind, server.url)
    error = caught.value
    assert type(error) is APIConnectionError
    assert error.request.url.path == "/v1/workflows/run"
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError) and cause.request is error.request
