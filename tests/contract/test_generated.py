"""Schema-generated bodies: every documented JSON answer and every stream event the spec
describes parses through the facade into its typed result, whose `to_dict()` round-trips;
bodies made invalid in a typed way are refused (answers) or yield the event without
`data` (streams). Derandomized and bounded.

The bodies come from `from_schema` below rather than hypothesis-jsonschema: its 0.23.1
release fails on the pinned Hypothesis (it calls a Hypothesis internal that is gone).
"""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dify_workflow import APIResponseValidationError, MalformedEvent, StopTaskResult, WorkflowClient
from dify_workflow._events import EVENT_CLASSES, parse_event
from dify_workflow.chat._events import CHAT_EVENT_CLASSES, ChatEvent, parse_chat_event
from tests._support import KEY
from tests.contract import known_differences
from tests.contract._cases import OperationCase, operation_cases
from tests.contract._facade import invoke
from tests.contract._recordings import event_schemas

BOUNDED = settings(
    max_examples=8,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """JSON values valid against an OpenAPI 3.0 schema (the keywords the vendored spec uses)."""
    if not isinstance(schema, dict) or not schema:
        return st.none() | st.text(max_size=8) | st.integers(-5, 5)
    if schema.get("nullable"):
        return st.none() | from_schema({k: v for k, v in schema.items() if k != "nullable"})
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(branch) for branch in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += part.get("required") or []
        return from_schema(merged)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        return st.fixed_dictionaries(
            {k: from_schema(v) for k, v in properties.items() if k in required},
            optional={k: from_schema(v) for k, v in properties.items() if k not in required},
        )
    if kind == "array":
        return st.lists(from_schema(schema.get("items") or {}), max_size=3)
    if kind == "string":
        if schema.get("format") == "uuid":
            return st.uuids().map(str)
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat())
        return st.text(max_size=12)
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-1000, 1000)
    if kind == "boolean":
        return st.booleans()
    return st.none() | st.text(max_size=8)


def json_answers() -> list[Any]:
    found = []
    for case in operation_cases():
        if case.lang != "en":
            continue
        for status, response in (case.op.get("responses") or {}).items():
            media = ((response or {}).get("content") or {}).get("application/json")
            if str(status).startswith("2") and media and media.get("schema"):
                found.append(
                    pytest.param(case, int(status), media["schema"], id=f"{case.method} {case.path} {status}")
                )
    return found


ANSWERS = json_answers()
RUN_CASE = next(c for c in operation_cases() if c.lang == "en" and c.path == "/workflows/run")
EVENTS = sorted(event_schemas(RUN_CASE).items())


def client_serving(status: int, body: bytes) -> WorkflowClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0
    )


def through_facade(case: OperationCase, status: int, value: Any) -> Any:
    value = known_differences.as_the_server_sends(case.method, case.path, value)
    with client_serving(status, json.dumps(value).encode()) as client:
        return invoke(client, case)


@pytest.mark.parametrize(("case", "status", "schema"), ANSWERS)
def test_generated_answers_parse_and_round_trip(case: OperationCase, status: int, schema: Any) -> None:
    needed = known_differences.REQUIRED_BY_THE_FACADE.get((case.method, case.path))

    @BOUNDED
    @given(from_schema(schema))
    def check(value: Any) -> None:
        if needed is not None and needed[0] not in value:
            with pytest.raises(APIResponseValidationError):
                through_facade(case, status, value)
            return
        outcome = through_facade(case, status, value)
        if isinstance(outcome, StopTaskResult) or outcome is None or isinstance(outcome, str | list):
            return
        again = type(outcome).from_dict(outcome.to_dict())
        assert again.to_dict() == outcome.to_dict()

    check()


def _properties(schema: Any) -> dict[str, Any]:
    """A schema's properties, those of its allOf parts included."""
    found = dict(schema.get("properties") or {}) if isinstance(schema, dict) else {}
    for part in (schema.get("allOf") or []) if isinstance(schema, dict) else []:
        found.update(_properties(part))
    return found


def _breakable(schema: Any) -> list[tuple[str, Any]]:
    """(property, a value of the wrong type) for the typed scalar properties of a schema."""
    wrong = {"integer": "not a number", "number": "NaN-ish", "boolean": "yes", "string": 12345}
    return [
        (name, wrong[prop["type"]])
        for name, prop in _properties(schema).items()
        if isinstance(prop, dict)
        and prop.get("type") in wrong
        and not prop.get("nullable")
        and not prop.get("enum")
    ]


BREAKABLE = [p for p in ANSWERS if _breakable(p.values[2]) or (p.values[2].get("required"))]


@pytest.mark.parametrize(("case", "status", "schema"), BREAKABLE)
def test_answers_broken_in_a_typed_way_are_refused(case: OperationCase, status: int, schema: Any) -> None:
    needed = known_differences.REQUIRED_BY_THE_FACADE.get((case.method, case.path))

    @BOUNDED
    @given(from_schema(schema), st.data())
    def check(value: Any, data: st.DataObject) -> None:
        if needed is not None and needed[0] not in value:
            return  # refused whole: the round-trip test checks that
        broken = copy.deepcopy(value)
        required = [r for r in schema.get("required") or [] if r in broken]
        typed = [(n, w) for n, w in _breakable(schema) if n in broken]
        if not (required or typed):
            return
        if required and (not typed or data.draw(st.booleans())):
            del broken[data.draw(st.sampled_from(required))]
        else:
            name, wrong = data.draw(st.sampled_from(typed))
            broken[name] = wrong
        exposed = _exposed(through_facade(case, status, value))
        if name_broken(broken, value) not in exposed:
            return  # a field the facade's result does not carry is not read (it stays in `raw`)
        with pytest.raises(APIResponseValidationError) as caught:
            through_facade(case, status, broken)
        assert caught.value.status_code == status

    check()


def _exposed(result: Any) -> set[str]:
    """The JSON fields a facade result reads (its attrs fields, `raw` aside)."""
    if isinstance(result, list):
        return {"data"}  # suggested questions: the `data` list
    if not attrs.has(type(result)):
        return {"result", "text"}
    return {f.name for f in attrs.fields(type(result))} - {"raw"}


def name_broken(broken: dict[str, Any], value: dict[str, Any]) -> str:
    """The one top-level field `broken` differs from `value` in."""
    return next(k for k in value if k not in broken or broken[k] != value[k])


@pytest.mark.parametrize(("name", "schema"), EVENTS, ids=[n for n, _ in EVENTS])
def test_generated_events_parse_and_round_trip(name: str, schema: Any) -> None:
    @BOUNDED
    @given(from_schema(schema))
    def check(raw: Any) -> None:
        raw = {**raw, "event": name}
        event = parse_event(raw)
        if name in ("ping", "error"):
            assert name not in EVENT_CLASSES
            return
        assert type(event) is EVENT_CLASSES[name], f"{name}: a valid payload did not parse: {event}"
        again = type(event.data).from_dict(event.data.to_dict())
        assert again.to_dict() == event.data.to_dict()

    check()


# Events whose `data` has a typed scalar to break (ping, error and tts_* carry no `data`).
def _read_typed(name: str, schema: Any) -> list[tuple[str, Any]]:
    """The typed scalars of an event's `data` that its facade class reads."""
    read = {f.name for f in attrs.fields(EVENT_CLASSES[name]._data_class)}
    return [b for b in _breakable(_properties(schema).get("data") or {}) if b[0] in read]


BREAKABLE_EVENTS = [(n, s) for n, s in EVENTS if n not in ("ping", "error") and _read_typed(n, s)]


@pytest.mark.parametrize(("name", "schema"), BREAKABLE_EVENTS, ids=[n for n, _ in BREAKABLE_EVENTS])
def test_events_broken_in_a_typed_way_keep_the_stream_going(name: str, schema: Any) -> None:
    typed = _read_typed(name, schema)

    @BOUNDED
    @given(from_schema(schema), st.sampled_from(typed))
    def check(raw: Any, breaking: tuple[str, Any]) -> None:
        if not isinstance(raw.get("data"), dict):
            return
        field, wrong = breaking
        raw = {**raw, "event": name, "data": {**raw["data"], field: wrong}}
        event = parse_event(raw)
        assert isinstance(event, MalformedEvent) and event.raw["data"][field] == wrong
        assert event.reason.startswith(f"data.{field}: expected")

    check()


# -- the chat stream's events (POST /chat-messages) -------------------------------------------

CHAT_CASE = next(c for c in operation_cases() if c.lang == "en" and c.path == "/chat-messages")
CHAT_EVENTS = sorted(event_schemas(CHAT_CASE, "chat").items())


@pytest.mark.parametrize(("name", "schema"), CHAT_EVENTS, ids=[n for n, _ in CHAT_EVENTS])
def test_generated_chat_events_parse_and_round_trip(name: str, schema: Any) -> None:
    """Every event of the chat union, generated from its schema (overlay 006 marks what
    Dify always sends), parses into its class: the chat API's own events into a
    `ChatEvent`, the workflow engine's into the workflow stream's classes."""
    expected = CHAT_EVENT_CLASSES.get(name) or EVENT_CLASSES.get(name)

    @BOUNDED
    @given(from_schema(schema))
    def check(raw: Any) -> None:
        raw = {**raw, "event": name}
        event = parse_chat_event(raw)
        if name in ("ping", "error"):
            assert expected is None
            return
        assert type(event) is expected, f"{name}: a valid payload did not parse: {event}"
        data = event.data  # type: ignore[attr-defined]
        assert type(data).from_dict(data.to_dict()).to_dict() == data.to_dict()
        if isinstance(event, ChatEvent):
            assert (event.task_id, event.message_id) == (raw["task_id"], raw["message_id"])

    check()


def test_a_chat_event_without_its_ids_is_malformed_not_fatal() -> None:
    raw = {"event": "message", "task_id": "t", "conversation_id": "c", "answer": "hi"}
    event = parse_chat_event(raw)
    assert isinstance(event, MalformedEvent) and event.reason == "message_id: missing or not a string"
    broken = parse_chat_event({**raw, "message_id": "m", "answer": 12})
    assert isinstance(broken, MalformedEvent) and broken.reason.startswith("answer: expected")
