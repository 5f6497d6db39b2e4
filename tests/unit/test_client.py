"""Client lifecycle, options, the generated escape hatch, logging and key hygiene."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from dify_workflow_api.api.workflows import post_workflows_tasks_task_id_stop as generated_stop
from dify_workflow_api.models import PostWorkflowsTasksTaskIdStopBody

from dify_workflow import AsyncWorkflowClient, InternalServerError, StopTaskResult, WorkflowClient
from tests._support import KEY
from tests.unit._helpers import Recorder, Runner, ok


def test_repr_shows_no_character_of_the_key(runner: Runner) -> None:
    client = runner.client(Recorder(ok()))
    text = repr(client)
    assert KEY not in text and KEY[-4:] not in text
    assert "api_key='****'" in text
    short = runner.client(Recorder(ok()), api_key="app-short")
    assert "app-short" not in repr(short) and "hort" not in repr(short)
    assert KEY not in repr(client._pool.http) and KEY not in repr(client.generated)


def test_with_options_shares_the_pool_and_overrides_settings() -> None:
    recorder = Recorder(httpx.Response(500), ok())
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    copy = client.with_options(timeout=3.0, max_retries=0)
    assert copy._pool.http is client._pool.http
    assert (copy.max_retries, copy.timeout.read, copy.timeout.connect) == (0, 3.0, 3.0)
    assert (client.max_retries, client.timeout.read) == (2, 30.0)
    with pytest.raises(InternalServerError):
        copy.stop_task("t", user="u")
    assert len(recorder.requests) == 1
    copy.close()
    assert not client._pool.http.is_closed


def test_per_call_timeout_reaches_the_request(runner: Runner) -> None:
    recorder = Recorder(ok())
    runner.stop(runner.client(recorder), "t", timeout=2.5)
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }


def test_close_and_context_managers() -> None:
    with WorkflowClient(api_key=KEY) as client:
        http = client._pool.http
    assert http.is_closed
    given = httpx.Client()
    with WorkflowClient(api_key=KEY, http_client=given):
        pass
    assert not given.is_closed  # a client passed in is the caller's to close

    async def main() -> httpx.AsyncClient:
        async with AsyncWorkflowClient(api_key=KEY) as client:
            return client._pool.http

    assert asyncio.run(main()).is_closed


def test_generated_client_sends_through_the_same_pool_with_key_and_base_url() -> None:
    recorder = Recorder(ok())
    client = WorkflowClient(
        api_key=KEY,
        base_url="https://dify.example.com/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    response = generated_stop.sync_detailed(
        "t1", client=client.generated, body=PostWorkflowsTasksTaskIdStopBody(user="u")
    )
    assert response.status_code == 200
    (request,) = recorder.requests
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert str(request.url) == "https://dify.example.com/v1/workflows/tasks/t1/stop"
    assert KEY not in repr(client.generated)


def test_async_generated_client_shares_the_pool() -> None:
    recorder = Recorder(ok())
    client = AsyncWorkflowClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    response = asyncio.run(
        generated_stop.asyncio_detailed(
            "t1", client=client.generated, body=PostWorkflowsTasksTaskIdStopBody(user="u")
        )
    )
    assert response.status_code == 200
    assert recorder.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_request_id_comes_from_the_response(runner: Runner) -> None:
    result = runner.stop(runner.client(Recorder(ok(**{"X-Request-Id": "abc-123"}))), "t")
    assert result == StopTaskResult(result="success", request_id="abc-123")


def test_debug_log_has_one_line_per_attempt_and_no_key(
    runner: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(httpx.Response(503), ok())
    with caplog.at_level(logging.DEBUG, logger="dify_workflow"):
        runner.stop(runner.client(recorder), "t1")
    lines = [r.getMessage() for r in caplog.records if r.name == "dify_workflow"]
    assert len(lines) == 2
    assert "POST https://api.dify.ai/v1/workflows/tasks/t1/stop -> 503" in lines[0]
    assert "(attempt 1 of 3)" in lines[0] and "-> 200" in lines[1] and "(attempt 2 of 3)" in lines[1]
    assert all(KEY not in line for line in lines)


def test_nothing_is_logged_at_info_on_success(runner: Runner, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        runner.stop(runner.client(Recorder(ok())), "t1")
    assert [r for r in caplog.records if r.name.startswith("dify_workflow")] == []


def test_stop_task_docstring_states_the_semantics() -> None:
    for method in (WorkflowClient.stop_task, AsyncWorkflowClient.stop_task):
        doc = " ".join((method.__doc__ or "").split())
        assert "streaming" in doc and "same user identifier" in doc
        assert "unknown, already finished, or belongs to another user" in doc
        assert '"stop requested"' in doc


def test_public_names() -> None:
    import dify_workflow

    for name in dify_workflow.__all__:
        obj = getattr(dify_workflow, name)
        if callable(obj):
            assert obj.__doc__, name
    # No generated class name leaks into the public API.
    assert not any(n.startswith("Post") for n in dify_workflow.__all__)


def test_importing_the_package_does_not_import_the_generated_models() -> None:
    """The generated models are the bulk of the import time; the facade's results are its
    own classes, so using them imports none."""
    import subprocess
    import sys

    code = (
        "import sys, dify_workflow; "
        "assert 'dify_workflow_api.stable_names' not in sys.modules, 'stable_names'; "
        "assert not [m for m in sys.modules if m.startswith('dify_workflow_api.models.')], 'models'; "
        "dify_workflow.WorkflowRunResult; dify_workflow.WorkflowLogPage; "
        "assert 'dify_workflow_api.stable_names' not in sys.modules, 'results need no generated model'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_streams_audio_and_uploads_load_with_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dify_workflow; "
        "lazy = ('dify_workflow._events', 'dify_workflow._streaming', 'dify_workflow._audio', "
        "'dify_workflow._multipart', 'dify_workflow._sse'); "
        "assert not [m for m in lazy if m in sys.modules], [m for m in lazy if m in sys.modules]; "
        "dify_workflow.WorkflowFinishedEvent; dify_workflow.WorkflowStream; "
        "assert 'dify_workflow._events' in sys.modules and 'dify_workflow._streaming' in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
