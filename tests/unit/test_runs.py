"""Blocking runs and run detail: the request each builds and the typed result or error."""

from __future__ import annotations

import json

import httpx
import pytest

from dify_workflow import (
    APIResponseValidationError,
    BadRequestError,
    FileInput,
    InvalidInputError,
    NotFoundError,
    WorkflowRunDetail,
    WorkflowRunResult,
)
from tests._replay import recording
from tests.unit._helpers import Recorder, Runner


def recorded(name: str) -> httpx.Response:
    response = recording(name)["response"]
    headers = [
        (k, v) for k, v in response["headers"] if k.lower() not in ("content-length", "transfer-encoding")
    ]
    return httpx.Response(response["status"], headers=headers, content=response["body"].encode())


def test_a_blocking_run_sends_the_documented_body_and_returns_the_typed_result(runner: Runner) -> None:
    handler = Recorder(recorded("06-workflow-run-blocking-succeeded"))
    client = runner.client(handler)
    result = runner.call(client, "run_workflow", {"seconds": "1"}, user="rec-user-1")
    assert isinstance(result, WorkflowRunResult)
    assert str(result.workflow_run_id) == "02dcef17-eed8-4b88-8da4-2cedb5c3f192"
    assert result.data.status == "succeeded"
    assert result.data.outputs == {"status_code": 200, "body": '{"slept": 1.0}'}
    assert type(result.data.outputs) is dict and result.data.status == "succeeded"
    [sent] = handler.requests
    assert (sent.method, sent.url.path) == ("POST", "/v1/workflows/run")
    assert json.loads(sent.content) == {
        "inputs": {"seconds": "1"},
        "response_mode": "blocking",
        "user": "rec-user-1",
    }
    assert sent.extensions["timeout"]["read"] == 110.0, "blocking runs have their own default"


def test_workflow_id_files_and_trace_id(runner: Runner) -> None:
    handler = Recorder(recorded("06-workflow-run-blocking-succeeded"))
    client = runner.client(handler)
    files = [
        FileInput.local("f-1"),
        {"type": "image", "transfer_method": "remote_url", "url": "https://x/y.png"},
    ]
    runner.call(
        client,
        "run_workflow",
        {"doc": [FileInput.local("f-2")]},
        user="u",
        files=files,
        workflow_id="wf/1",
        trace_id="trace-9",
        timeout=5,
    )
    [sent] = handler.requests
    assert sent.url.raw_path == b"/v1/workflows/wf%2F1/run"
    assert sent.headers["x-trace-id"] == "trace-9"
    body = json.loads(sent.content)
    assert body["files"] == [
        {"type": "document", "transfer_method": "local_file", "upload_file_id": "f-1"},
        {"type": "image", "transfer_method": "remote_url", "url": "https://x/y.png"},
    ]
    assert body["inputs"] == {
        "doc": [{"type": "document", "transfer_method": "local_file", "upload_file_id": "f-2"}]
    }
    assert sent.extensions["timeout"]["read"] == 5


def test_a_blocking_run_that_pauses_returns_the_form_token(runner: Runner) -> None:
    client = runner.client(Recorder(recorded("52-hi-workflow-run-blocking-paused")))
    result = runner.call(client, "run_workflow", {"topic": "x"}, user="rec-user-hi")
    assert result.data.status == "paused"
    # Fields the spec does not list are kept (recorded by Dify 1.15.0).
    assert result.data.raw["paused_nodes"] == ["hi_node"]
    assert result.data.raw["reasons"][0]["form_token"] == "mvEeUorT8JFji4JBDvQyft"


def test_a_blocking_input_error_is_a_bad_request_with_its_code(runner: Runner) -> None:
    client = runner.client(Recorder(recorded("80-required-input-missing-blocking")))
    with pytest.raises(BadRequestError) as caught:
        runner.call(client, "run_workflow", {}, user="rec-user-hi")
    assert (caught.value.status_code, caught.value.code) == (400, "invalid_param")
    assert caught.value.message == "topic is required in input form"


@pytest.mark.parametrize(
    ("inputs", "kwargs", "match"),
    [
        (None, {}, "inputs must be a mapping"),
        ({1: "x"}, {}, "inputs keys must be str"),
        ({"a": object()}, {}, r"inputs\['a'\] is not a JSON value"),
        ({"a": float("nan")}, {}, r"inputs\['a'\] is not a JSON value"),
        ({}, {"files": "f"}, "files must be a sequence"),
        ({}, {"files": [{"type": "image", "transfer_method": "ftp"}]}, "transfer_method 'ftp'"),
        ({}, {"files": [{"transfer_method": "remote_url", "url": "u"}]}, "needs a 'type'"),
        (
            {},
            {
                "files": [
                    {"type": "image", "transfer_method": "remote_url", "url": "u", "upload_file_id": "x"}
                ]
            },
            "drop 'upload_file_id'",
        ),
        ({}, {"workflow_id": ""}, "workflow_id is empty"),
        ({}, {"trace_id": "a\nb"}, "trace_id contains control characters"),
    ],
)
def test_bad_run_arguments_send_nothing(
    runner: Runner, inputs: object, kwargs: dict[str, object], match: str
) -> None:
    handler = Recorder(recorded("06-workflow-run-blocking-succeeded"))
    client = runner.client(handler)
    with pytest.raises(InvalidInputError, match=match):
        runner.call(client, "run_workflow", inputs, user="u", **kwargs)
    assert handler.requests == []


def test_run_detail_of_a_stopped_run(runner: Runner) -> None:
    handler = Recorder(recorded("04-workflow-run-detail-stopped"))
    client = runner.client(handler)
    detail = runner.call(client, "get_workflow_run", "97a3617c-16ff-48c7-b90e-adc5e40cca23")
    assert isinstance(detail, WorkflowRunDetail)
    assert (detail.status, detail.error) == ("stopped", "Aborted: User requested stop")
    assert detail.inputs["seconds"] == "30", "the server sends inputs as a JSON string; the facade parses it"
    assert isinstance(detail.raw["inputs"], str)
    assert handler.requests[0].url.path == "/v1/workflows/run/97a3617c-16ff-48c7-b90e-adc5e40cca23"


def test_run_detail_of_an_unknown_run(runner: Runner) -> None:
    client = runner.client(Recorder(recorded("72-error-404-unknown-run-id")))
    with pytest.raises(NotFoundError) as caught:
        runner.call(client, "get_workflow_run", "6835523f-3d87-41c3-8205-e91605853644")
    assert (caught.value.code, caught.value.message) == ("not_found", "Workflow run not found.")


def test_a_detail_that_does_not_match_the_model_is_a_validation_error(runner: Runner) -> None:
    client = runner.client(Recorder(httpx.Response(200, json={"id": "not-a-uuid", "status": "running"})))
    with pytest.raises(APIResponseValidationError) as caught:
        runner.call(client, "get_workflow_run", "3f3e51d4-9a01-4d99-8b20-e5994bbb7ed0")
    assert caught.value.status_code == 200 and "not-a-uuid" in caught.value.body
