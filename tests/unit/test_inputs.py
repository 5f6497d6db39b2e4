"""task_id and user are checked before any traffic; accepted ids are one path segment."""

from __future__ import annotations

import uuid

import pytest

from dify_workflow import InvalidInputError
from tests.unit._helpers import Recorder, Runner, ok


@pytest.mark.parametrize(
    "task_id",
    ["", "   ", "\t\n", ".", "..", "abc\x00", "a\nb", "\x7f", "x" * 1025, "\ud800", 42, None, b"abc"],
)
def test_bad_task_ids_raise_before_any_request(runner: Runner, task_id: object) -> None:
    recorder = Recorder(ok())
    client = runner.client(recorder)
    with pytest.raises(ValueError, match="task_id") as caught:
        runner.stop(client, task_id)
    assert type(caught.value) is InvalidInputError
    assert recorder.requests == []


@pytest.mark.parametrize("user", ["", "  ", None, 7, "\udfff"])
def test_bad_users_raise_before_any_request(runner: Runner, user: object) -> None:
    recorder = Recorder(ok())
    with pytest.raises(ValueError, match="user") as caught:
        runner.stop(runner.client(recorder), "task", user=user)
    assert type(caught.value) is InvalidInputError
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("task_id", "segment"),
    [
        ("c3800678-a077-43df-a102-53f23ed20b88", "c3800678-a077-43df-a102-53f23ed20b88"),
        (uuid.UUID("c3800678-a077-43df-a102-53f23ed20b88"), "c3800678-a077-43df-a102-53f23ed20b88"),
        ("../../admin", "..%2F..%2Fadmin"),
        ("a/b?c=d#e", "a%2Fb%3Fc%3Dd%23e"),
        ("100%", "100%25"),
        ("%2e%2e", "%252e%252e"),
        ("back\\slash", "back%5Cslash"),
        ("タスク", "%E3%82%BF%E3%82%B9%E3%82%AF"),
        ("...", "..."),
    ],
)
def test_task_id_is_one_encoded_segment(runner: Runner, task_id: object, segment: str) -> None:
    recorder = Recorder(ok())
    runner.stop(runner.client(recorder, base_url="https://dify.example.com/api/v1/"), task_id)
    (request,) = recorder.requests
    assert request.url.raw_path.decode() == f"/api/v1/workflows/tasks/{segment}/stop"
    assert request.url.host == "dify.example.com"


def test_base_url_without_a_path(runner: Runner) -> None:
    recorder = Recorder(ok())
    runner.stop(runner.client(recorder, base_url="https://dify.example.com"), "t1")
    assert recorder.requests[0].url.raw_path == b"/workflows/tasks/t1/stop"


def test_request_body_and_headers(runner: Runner) -> None:
    recorder = Recorder(ok())
    runner.stop(runner.client(recorder, default_headers={"X-Trace": "abc"}), "t1", user="ユーザー")
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-trace"] == "abc"
    assert request.headers["user-agent"].startswith("dify-workflow-client/")
    import json

    assert json.loads(request.content) == {"user": "ユーザー"}
