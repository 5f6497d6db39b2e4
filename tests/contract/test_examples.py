"""In-process contract layer: every spec example through the generated code and the facade."""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pytest
from dify_workflow_api import stable_names
from dify_workflow_api._spec_index import OPERATIONS
from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import PathNotFound
from openapi_core.validation.request.exceptions import InvalidRequestBody
from openapi_schema_validator import OAS30Validator

import dify_workflow
from dify_workflow import APIStatusError, StopTaskResult, WorkflowClient
from dify_workflow._operations import STOP_TASK, Operation
from tests._support import KEY, ROOT
from tests.contract import known_differences
from tests.contract._cases import (
    ExampleCase,
    OperationCase,
    default_servers,
    documented_line,
    example_cases,
    operation_cases,
    params,
)
from tests.contract._facade import invoke, served
from tests.contract._recordings import stream_kind

sys.path.insert(0, str(ROOT / "scripts"))
from prepare_spec import stable_model_name

# The exception each status must raise, as the public contract states it; written out
# here rather than asked of the facade, so that a broken mapping cannot agree with itself.
EXPECTED_CLASS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    412: "PreconditionFailedError",
    413: "RequestTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def expected_class(status: int) -> str:
    return "InternalServerError" if status >= 500 else EXPECTED_CLASS.get(status, "APIStatusError")


EXAMPLES = example_cases()
OPERATIONS_CASES = operation_cases()


def facade_operation(case: OperationCase) -> Operation:
    assert (case.method, case.path) in OPERATIONS, f"{case.id} is not in the generated index"
    return Operation(case.method, case.path, idempotent=False)


def stable_name(case: OperationCase, suffix: str) -> str:
    """The generated model's stable alias: method and path, then Body or Response<status>."""
    return stable_model_name(case.method, case.path, suffix)


def body_model(case: OperationCase) -> Any:
    return getattr(stable_names, stable_name(case, "Body"))


def success_model(case: OperationCase, status: int) -> Any:
    return getattr(stable_names, stable_name(case, f"Response{status}"))


def call(client: WorkflowClient, case: OperationCase, media_type: str = "application/json") -> Any:
    """Call an operation through its public facade method (a stream when the response
    being checked is an event stream)."""
    return invoke(client, case, streaming=media_type == "text/event-stream")


def mock_client(handler: Any, lang: str, base_url: str = "https://api.dify.ai/v1") -> WorkflowClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return WorkflowClient(api_key=KEY, base_url=base_url, http_client=http, lang=lang, max_retries=0)


@pytest.mark.parametrize("case", params(EXAMPLES, "request"))
def test_request_example_validates_and_round_trips(case: ExampleCase) -> None:
    errors = list(OAS30Validator(case.schema).iter_errors(case.value))
    assert errors == [], [e.message for e in errors]
    model = body_model(case.operation).from_dict(case.value)
    assert model.to_dict() == case.value


@pytest.mark.parametrize("case", params(EXAMPLES, "response"))
def test_response_example_through_the_facade(case: ExampleCase) -> None:
    check_response_example(case)


def check_response_example(case: ExampleCase) -> None:
    status, headers, body = served(case.status or 200, case.media_type, case.value)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={**headers, "x-request-id": "req-42"})

    client = mock_client(handler, case.operation.lang)
    if case.status is not None and 200 <= case.status < 300:
        if case.media_type == "text/event-stream":
            check_stream_example(client, case, body)
            return
        outcome = call(client, case.operation, case.media_type)
        if isinstance(outcome, StopTaskResult):
            assert outcome == StopTaskResult(result=case.value["result"], request_id="req-42")
            outcome = success_model(case.operation, case.status).from_dict(case.value)
        elif outcome is None or isinstance(outcome, str):
            # submit_human_input_form returns None for `{}`, send_feedback for a success
            # result; audio_to_text returns the text.
            nothing = case.value in ({}, {"result": "success"})
            assert (outcome is None and nothing) or outcome == case.value.get("text")
            return
        if isinstance(outcome, list):  # suggested questions: the `data` list itself
            assert outcome == case.value.get("data")
            return
        assert same_json(outcome.to_dict(), case.value)
        return
    with pytest.raises(APIStatusError) as caught:
        call(client, case.operation, case.media_type)
    err = caught.value
    assert type(err).__name__ == expected_class(case.status or 0)
    assert type(err) is getattr(dify_workflow, expected_class(case.status or 0))
    assert err.status_code == case.status
    assert err.code == case.value.get("code")
    assert err.message == case.value.get("message")
    assert err.request_id == "req-42"
    causes = list(
        dict.fromkeys(m.group(1).strip() for m in documented_line(err.code or "").finditer(case.description))
    )
    if not causes:
        assert err.description is None
    else:
        # A code documented with several causes means each of them.
        assert err.description == "; ".join(causes)


def check_stream_example(client: WorkflowClient, case: ExampleCase, body: bytes) -> None:
    """A documented event stream, parsed by the facade into typed events (on the workflow
    client, the chat API's own events of an advanced-chat example come as UnknownEvent).
    A chat stream ends at its workflow's end, or at `message_end` when it has no workflow."""
    expected = [json.loads(line[6:]) for line in body.decode().split("\n") if line.startswith("data: ")]
    chat = stream_kind(case.operation.path) == "chat"
    ends = {"workflow_finished", "workflow_paused"}
    if chat and not any(str(e.get("event", "")).startswith(("workflow_", "node_")) for e in expected):
        ends = {"message_end"}
    terminal = any(e.get("event") in ends for e in expected)
    if terminal:
        events = call(client, case.operation, case.media_type)
    else:
        with pytest.raises(dify_workflow.APIConnectionError) as broken:
            call(client, case.operation, case.media_type)
        assert broken.value.workflow_run_id == expected[0].get("workflow_run_id")
        return
    data_events = [e for e in expected if e.get("event") != "ping"]
    # The stream ends at its terminal event, whatever follows it.
    end = next(i for i, e in enumerate(data_events) if e.get("event") in ends)
    assert [dict(e.raw) for e in events] == data_events[: end + 1]
    names = stable_names.CHAT_EVENT_MODELS if chat else stable_names.EVENT_MODELS
    for event in events:
        known = type(event) is not dify_workflow.UnknownEvent
        assert known == (event.event in names)
        if isinstance(
            event, dify_workflow.MalformedEvent
        ) and known_differences.chatflow_event_without_run_id(case.id, dict(event.raw)):
            continue
        if known:
            # Ids like `node_exec_1` (see known_differences) still parse: formats are not checked.
            typed = (dify_workflow.TypedEvent, dify_workflow.ChatEvent)
            assert isinstance(event, typed), f"{event} of {case.id} did not parse"


def same_json(ours: Any, theirs: Any) -> bool:
    """Equal JSON, where date-times compare as instants ("...Z" is "...+00:00")."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(same_json(ours[k], theirs[k]) for k in ours)
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(map(same_json, ours, theirs))
    if isinstance(ours, str) and isinstance(theirs, str) and ours != theirs:
        from datetime import datetime

        try:
            return datetime.fromisoformat(ours) == datetime.fromisoformat(theirs)
        except ValueError:
            return False
    return bool(ours == theirs)


_OPENAPI: dict[str, OpenAPI] = {}


def _openapi(lang: str) -> OpenAPI:
    """One validator per language: building it from the spec is the slow part."""
    if lang not in _OPENAPI:
        spec = json.loads(json.dumps(next(c.spec for c in OPERATIONS_CASES if c.lang == lang)))
        # openapi-core matches a server variable against one host segment, so the
        # variable forms `{api_base_url}` and `https://{api_base_url}` (default with a
        # path) never match; validate against their resolved default URL instead.
        spec["servers"] = [{"url": default_servers()[lang]}]
        _OPENAPI[lang] = OpenAPI.from_dict(spec)
    return _OPENAPI[lang]


class RecordingValidator:
    """A MockTransport handler that validates each request against the spec."""

    def __init__(self, case: OperationCase) -> None:
        self.openapi = _openapi(case.lang)
        self.case = case
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        from tests.contract._httpx_openapi import HttpxOpenAPIRequest

        request.read()
        self.seen.append(request)
        self.openapi.validate_request(HttpxOpenAPIRequest(request))
        ok = next(s for s in self.case.op["responses"] if str(s).startswith("2"))
        content = self.case.op["responses"][ok].get("content") or {}
        media_type = (
            "application/json" if "application/json" in content else next(iter(content), "application/json")
        )
        media = content.get(media_type) or {}
        example = next(iter((media.get("examples") or {}).values()), {}).get("value", {})
        if media_type == "text/event-stream" and not example:
            example = (
                'data: {"event": "workflow_finished", "workflow_run_id": "r", "task_id": "t", "data": {}}'
            )
        status, headers, body = served(int(ok), media_type, example)
        return httpx.Response(status, content=body, headers=headers)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in OPERATIONS_CASES])
def test_facade_requests_match_the_spec(case: OperationCase) -> None:
    check_request(case)


def check_request(case: OperationCase) -> None:
    validator = RecordingValidator(case)
    base = default_servers()[case.lang]
    assert base is not None
    call(mock_client(validator, case.lang, base), case)
    (request,) = validator.seen
    assert request.method == case.method
    assert request.headers["authorization"] == f"Bearer {KEY}"
    expected = case.path
    for name, value in case.path_values().items():
        expected = expected.replace("{" + name + "}", value)
    assert (
        request.url.raw_path.decode().split("?")[0]
        == httpx.URL(base).raw_path.decode().rstrip("/") + expected
    )


def test_request_validation_can_fail() -> None:
    """The validator is not a rubber stamp: a request the spec forbids is rejected."""
    case = next(c for c in OPERATIONS_CASES if c.path == STOP_TASK.path)
    validator = RecordingValidator(case)
    bad = httpx.Request(
        "POST",
        "https://api.dify.ai/v1/workflows/tasks/x/stop",
        json={"usr": 1},
        headers={"Authorization": "Bearer k"},
    )
    with pytest.raises(InvalidRequestBody, match="'user' is a required property"):
        validator(bad)


def test_default_base_url_is_the_resolved_default_of_both_specs() -> None:
    servers = default_servers()
    assert servers == {"en": "https://api.dify.ai/v1", "ja": "https://api.dify.ai/v1"}
    client = WorkflowClient(api_key=KEY)
    assert str(client.base_url) == servers["en"]
    client.close()
    assert dify_workflow.SPEC_SHA256


def test_contract_checks_catch_a_broken_error_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    from dify_workflow import _exceptions

    errors = [c for c in EXAMPLES if c.kind == "response" and c.status in (400, 401)]
    assert errors
    monkeypatch.setitem(_exceptions._BY_STATUS, 400, dify_workflow.APIStatusError)
    monkeypatch.setitem(_exceptions._BY_STATUS, 401, dify_workflow.APIStatusError)
    for case in errors:
        with pytest.raises(AssertionError):
            check_response_example(case)


def test_contract_checks_catch_a_broken_request_path(monkeypatch: pytest.MonkeyPatch) -> None:
    case = next(c for c in OPERATIONS_CASES if c.path == STOP_TASK.path)
    real = Operation.url

    def moved(self: Operation, **params: str) -> str:
        return real(self, **params).replace("/tasks/", "/task/")

    monkeypatch.setattr(Operation, "url", moved)
    with pytest.raises(PathNotFound):
        check_request(case)


def test_contract_checks_catch_a_broken_event_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mutation: the facade no longer knows `text_chunk`; the stream examples fail."""
    from dify_workflow import _events

    monkeypatch.delitem(_events.EVENT_CLASSES, "text_chunk")
    monkeypatch.setattr(_events, "_PLANS", {})  # what was learnt of each event name
    cases = [c for c in EXAMPLES if c.media_type == "text/event-stream" and '"text_chunk"' in str(c.value)]
    assert cases
    for case in cases:
        with pytest.raises(AssertionError):
            check_response_example(case)


def test_contract_checks_catch_a_broken_request_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mutation: the form submission's body loses its `action`; the request the facade
    builds no longer validates against the spec."""
    from dify_workflow import _app, _async_app, _inputs

    real = _inputs.form_submission

    def without_action(*args: Any) -> dict[str, Any]:
        body = real(*args)
        del body["action"]
        return body

    for module in (_app, _async_app):
        monkeypatch.setattr(module, "form_submission", without_action)
    case = next(
        c for c in OPERATIONS_CASES if (c.method, c.path) == ("POST", "/form/human_input/{form_token}")
    )
    with pytest.raises(InvalidRequestBody, match="'action' is a required property"):
        check_request(case)
