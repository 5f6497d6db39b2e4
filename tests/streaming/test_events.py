"""Typed events from every recorded frame, the event table against the spec, and the
stream state (ids, terminal event, stop verdict) without I/O."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from dify_workflow_api.stable_names import CHAT_EVENT_MODELS, EVENT_MODELS

import dify_workflow
from dify_workflow import MalformedEvent, StopOutcome, StreamError, UnknownEvent, WorkflowFinishedEvent
from dify_workflow._events import EVENT_CLASSES, NOT_YIELDED, parse_event
from dify_workflow._stream_core import StreamCore
from dify_workflow.chat._events import CHAT_EVENT_CLASSES, ChatEvent, parse_chat_event
from tests._replay import RECORDINGS, data_events, frames

ALL_STREAMS = sorted(
    p.stem for p in RECORDINGS.glob("*.json") if "sse" in json.loads(p.read_text())["response"]
)
# Streams of chat apps (POST /chat-messages, and a Chatflow run's events): their events
# carry the conversation.
CHAT_STREAMS = [n for n in ALL_STREAMS if any("conversation_id" in e for e in data_events(n))]
STREAMS = [n for n in ALL_STREAMS if n not in CHAT_STREAMS]
REQUEST = httpx.Request("GET", "http://127.0.0.1/v1/workflow/x/events")


def test_every_event_of_the_spec_union_has_a_class_and_each_is_exported() -> None:
    assert set(EVENT_CLASSES) | NOT_YIELDED == set(EVENT_MODELS)
    for cls in EVENT_CLASSES.values():
        assert getattr(dify_workflow, cls.__name__) is cls
        assert cls.__doc__


def test_every_event_of_the_chat_union_has_a_class_and_each_is_exported() -> None:
    workflow_names = set(EVENT_CLASSES) & set(CHAT_EVENT_MODELS)
    assert set(CHAT_EVENT_CLASSES) | workflow_names | NOT_YIELDED == set(CHAT_EVENT_MODELS)
    for cls in CHAT_EVENT_CLASSES.values():
        assert getattr(dify_workflow, cls.__name__) is cls
        assert cls.__doc__


@pytest.mark.parametrize("name", CHAT_STREAMS)
def test_every_recorded_chat_event_parses_into_its_class_with_typed_data(name: str) -> None:
    for raw in data_events(name):
        event = parse_chat_event(raw)
        cls = CHAT_EVENT_CLASSES.get(raw["event"]) or EVENT_CLASSES[raw["event"]]
        assert type(event) is cls, f"{raw['event']} of {name}: {event}"
        assert event.raw == raw and event.task_id == raw["task_id"]
        if isinstance(event, ChatEvent):
            assert (event.message_id, event.conversation_id) == (raw["message_id"], raw["conversation_id"])
        else:
            assert event.workflow_run_id == raw["workflow_run_id"]


@pytest.mark.parametrize("name", STREAMS)
def test_every_recorded_event_parses_into_its_class_with_typed_data(name: str) -> None:
    for raw in data_events(name):
        event = parse_event(raw)
        assert type(event) is EVENT_CLASSES[raw["event"]]
        assert event.data is not None, f"{raw['event']} of {name} did not parse"
        assert (event.task_id, event.workflow_run_id) == (raw["task_id"], raw["workflow_run_id"])
        assert event.raw == raw


@pytest.mark.parametrize(
    ("name", "status", "stopped"),
    [
        ("01-workflow-run-streaming-succeeded", "succeeded", False),
        ("02-workflow-run-streaming-stopped", "stopped", True),  # the stream says "failed"
        ("35-workflow-events-finished-stopped-run", "stopped", True),
        ("90-hi-workflow-events-resume-after-stop", "stopped", True),  # "Stopped by user."
        ("94-workflow-run-streaming-node-failed", "failed", False),
        ("67-required-input-missing-streaming", "failed", False),
    ],
)
def test_workflow_finished_names_the_status_as_run_detail_does(name: str, status: str, stopped: bool) -> None:
    final = parse_event(data_events(name)[-1])
    assert isinstance(final, WorkflowFinishedEvent)
    assert (final.status, final.stopped) == (status, stopped)


def test_an_unknown_event_keeps_its_name_ids_and_payload() -> None:
    event = parse_event({"event": "future_thing", "task_id": "t", "workflow_run_id": "r", "data": [1]})
    assert isinstance(event, UnknownEvent)
    assert (event.event, event.task_id, event.workflow_run_id, event.data) == ("future_thing", "t", "r", [1])


def test_a_payload_the_model_cannot_read_gives_a_malformed_event_naming_why() -> None:
    raw: dict[str, Any] = {
        "event": "workflow_finished",
        "task_id": "t",
        "workflow_run_id": "r",
        "data": "oops",
    }
    event = parse_event(raw)
    assert type(event) is MalformedEvent
    assert (event.event, event.task_id, event.workflow_run_id) == ("workflow_finished", "t", "r")
    assert event.reason == "data: expected a JSON object, got str" and event.raw is raw


def test_a_field_of_the_wrong_type_names_its_path() -> None:
    data = json.loads(frames("01-workflow-run-streaming-succeeded")[-1][1].decode().split("data: ", 1)[1])
    data["data"]["total_tokens"] = "many"
    event = parse_event(data)
    assert isinstance(event, MalformedEvent) and event.reason == "data.total_tokens: expected int, got str"
    del data["task_id"]
    data["data"]["total_tokens"] = 3
    missing = parse_event(data)
    assert isinstance(missing, MalformedEvent) and missing.reason == "task_id: missing or not a string"


def test_typed_data_is_plain() -> None:
    data = json.loads(frames("01-workflow-run-streaming-succeeded")[-1][1].decode().split("data: ", 1)[1])
    event = parse_event(data)
    assert isinstance(event, WorkflowFinishedEvent)
    assert type(event.data.outputs) is dict and json.dumps(event.data.outputs)
    assert (event.status, event.outputs, event.error) == ("succeeded", event.data.outputs, None)


def core_fed(name: str, *, replays: bool, count: int | None = None, task_id: str | None = None) -> StreamCore:
    core = StreamCore(REQUEST, replays=replays, task_id=task_id)
    for _, data in frames(name)[:count]:
        core.feed(data)
    return core


def test_replayed_task_ids_are_never_taken_as_the_live_one() -> None:
    # 41: the snapshot puts the run id where the task id belongs; the live end has the real one.
    core = core_fed("41-workflow-events-snapshot-running-run", replays=True, count=-1)
    assert core.live_task_id is None and core.workflow_run_id == "97752d85-65af-4d82-94c6-ee5482981a7b"
    # Not known yet: the run id in the task id's place is not the run's task id (the CLI's
    # `events` on a finished run printed it as one).
    assert core.task_id is None
    core.feed(frames("41-workflow-events-snapshot-running-run")[-1][1])
    assert core.live_task_id == "867ffb0c-0fc0-482b-895f-59333df938f4"


def test_a_carried_task_id_survives_a_replay() -> None:
    core = core_fed("35-workflow-events-finished-stopped-run", replays=True, task_id="live-task")
    assert core.live_task_id == "live-task"


def test_a_new_runs_first_task_id_is_live_even_when_it_equals_the_run_id() -> None:
    core = core_fed("67-required-input-missing-streaming", replays=False)
    assert core.live_task_id == "09b3c399-0254-48a7-9249-ada385115a45"


def test_verdicts() -> None:
    stopped = core_fed("02-workflow-run-streaming-stopped", replays=False)
    assert stopped.verdict(requested=True) == StopOutcome(True, True, "stopped", stopped.final)
    assert stopped.finished_outcome() == StopOutcome(False, False, "stopped", stopped.final)
    paused = core_fed("43-hi-workflow-run-streaming-until-pause", replays=False)
    assert paused.finished_outcome() is None
    assert paused.verdict(requested=True) == StopOutcome(True, False, "paused", paused.final)
    running = core_fed("02-workflow-run-streaming-stopped", replays=False, count=-1)
    assert running.verdict(requested=True) is None
    assert running.outcome_from_detail(True, "stopped") == StopOutcome(True, True, "stopped", None)
    assert running.outcome_from_detail(False, "stopped") == StopOutcome(False, False, "stopped", None)


def test_an_error_event_raises_with_its_fields_and_falls_back_to_the_streams_ids() -> None:
    core = core_fed("02-workflow-run-streaming-stopped", replays=False, count=2)
    with pytest.raises(StreamError) as caught:
        core.feed(b'data: {"event": "error", "status": 500, "code": "internal_error", "message": ""}\n\n')
    error = caught.value
    assert type(error) is StreamError
    assert (error.code, error.status, error.message) == (
        "internal_error",
        500,
        "the server reported an error in the stream",
    )
    assert (error.task_id, error.workflow_run_id) == (
        "00ead05b-3cab-46b7-bc78-fc4a7c5a08fc",
        "97a3617c-16ff-48c7-b90e-adc5e40cca23",
    )
    assert error.request is REQUEST


def test_non_json_data_and_sse_event_names_are_kept() -> None:
    core = StreamCore(REQUEST, replays=False)
    core.feed(b'data: not json\n\nevent: node_started\ndata: {"task_id": "t"}\n\nevent: ping\ndata: {}\n\n')
    first, second = core.pending
    assert isinstance(first, UnknownEvent) and first.data == "not json"
    assert second.event == "node_started" and second.task_id == "t"
    assert len(core.pending) == 2, "a ping with data is still not yielded"


def test_a_missing_data_object_is_named_unless_every_field_of_it_is_optional() -> None:
    ids = {"task_id": "t", "workflow_run_id": "r"}
    missing = parse_event({"event": "node_started", **ids})
    assert isinstance(missing, MalformedEvent) and missing.reason == "data: expected a JSON object, got null"
    rare = parse_event({"event": "loop_next", **ids})
    assert type(rare) is dify_workflow.LoopNextEvent and rare.data.index is None
