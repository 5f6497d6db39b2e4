"""Events and their data are made without attrs' frozen `__init__` (each slot set through
its own descriptor, see `_results.construction`). These hold every event of every
recorded stream, workflow and chat, to the JSON it came from, field by field, and to
what `__init__` would have made."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest

from dify_workflow import StreamEvent, TypedEvent
from dify_workflow._events import parse_event
from dify_workflow._stream_core import StreamCore
from dify_workflow.chat._core import ChatStreamCore
from dify_workflow.chat._events import ChatEvent, parse_chat_event
from tests._replay import RECORDINGS, data_events

STREAMS = sorted(
    path.stem
    for path in RECORDINGS.glob("*.json")
    if '"sse"' in path.read_text(encoding="utf-8") and "error" not in path.stem
)


def _same_as_sent(obj: Any, payload: dict[str, Any]) -> None:
    assert obj.raw is payload
    for field in attrs.fields(type(obj)):
        sent = payload.get(field.name)
        if field.name != "raw" and type(sent) in (str, int, bool, float, dict):
            assert getattr(obj, field.name) == sent, field.name


def _as_made_by_init(event: StreamEvent) -> None:
    values = {f.name: getattr(event, f.name) for f in attrs.fields(type(event))}
    again = type(event)(**values)
    assert again == event and repr(again) == repr(event)
    data = getattr(event, "data", None)
    if attrs.has(type(data)):
        fields = {f.name: getattr(data, f.name) for f in attrs.fields(type(data))}
        assert type(data)(**fields) == data and repr(type(data)(**fields)) == repr(data)


@pytest.mark.parametrize("name", STREAMS)
def test_every_recorded_event_holds_what_the_server_sent(name: str) -> None:
    chat = int(name.split("-")[0]) >= 102
    typed = 0
    for raw in data_events(name):
        event = parse_chat_event(raw) if chat else parse_event(raw)
        if isinstance(event, TypedEvent):
            assert (event.event, event.task_id, event.workflow_run_id) == (
                raw["event"],
                raw["task_id"],
                raw["workflow_run_id"],
            )
        elif isinstance(event, ChatEvent):
            assert (event.event, event.task_id, event.conversation_id) == (
                raw["event"],
                raw["task_id"],
                raw.get("conversation_id"),
            )
        else:
            continue
        typed += 1
        data = event.data
        _same_as_sent(data, raw if data.raw is raw else raw["data"])
        _as_made_by_init(event)
    assert typed or not any(raw.get("event") not in ("ping", "error") for raw in data_events(name))


ODD_FRAMES = [
    b'{"event":"text_chunk","task_id":"t","workflow_run_id":"r","data":{"text":"caf\xc3\xa9 \xff"}}',
    b'{"event":"text_chunk","task_id":"t","workflow_run_id":"r","data":{"text":"\\ud800"}}',
    b'{"task_id":"t","workflow_run_id":"r","data":{}}',
    b"[1, 2]",
    b"not json",
    b'{"event":"ping"}',
    b'{"event":"mystery","task_id":"t","data":{"x":1}}',
    b'{"event":"workflow_finished","task_id":"t","workflow_run_id":"r","data":{"status":7}}',
    b'{"event":"node_started","task_id":"t","workflow_run_id":"r","data":' + b"[]" + b"}",
]


def _events_of(chunks: list[bytes], core_class: type[StreamCore]) -> list[tuple[Any, ...]]:
    core = core_class(httpx.Request("POST", "http://dify.test/v1/workflows/run"), replays=False)
    for chunk in chunks:
        core.feed(chunk)
    return [(type(e), e.event, dict(e.raw), getattr(e, "reason", None)) for e in core.pending]


@pytest.mark.parametrize("core_class", [StreamCore, ChatStreamCore])
@pytest.mark.parametrize("payload", ODD_FRAMES)
def test_an_event_in_a_chunk_of_its_own_reads_as_when_split(
    payload: bytes, core_class: type[StreamCore]
) -> None:
    # A chunk holding exactly one frame (Dify's framing) is read from its bytes; split
    # into single bytes the same frame goes through the line decoder. Odd payloads (not
    # UTF-8, lone surrogates, not JSON, no name) must come out the same either way.
    frame = b"data: " + payload + b"\n\n"
    first = b"data: " + json.dumps({"event": "ping"}).encode() + b"\n\n"
    whole = _events_of([first, frame], core_class)
    split = _events_of([first, *(frame[i : i + 1] for i in range(len(frame)))], core_class)
    # Many events in one read (a body sent in one piece) take the frame splitter's path.
    joined = _events_of([first + frame], core_class)
    assert whole == split == joined


def test_a_class_init_would_do_more_for_is_made_through_init() -> None:
    # The slot shortcut is only for classes whose __init__ merely stores every field.
    from dify_workflow._results import maker

    @attrs.frozen
    class Checked:
        n: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.frozen
    class Two:
        a: int
        b: int

    with pytest.raises(TypeError, match="'n' must be <class 'int'>"):
        maker(Checked, ("n",))("7")
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'b'"):
        maker(Two, ("a",))(1)  # a field left out is not left unset
    assert maker(Two, ("a", "b"))(1, 2) == Two(1, 2)
