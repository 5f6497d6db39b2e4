"""A Chatflow's answer is complete at `message_end`; the run's own end (`workflow_finished`)
follows it. When the connection closes between the two, the stream asks run detail how
the run ended instead of failing a complete answer. Over real loopback sockets, on every
pool, with recording 102's stream and recording 120's run detail (the same run)."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest

from dify_workflow import APIConnectionError, AsyncChatClient, ChatClient, WorkflowFinishedEvent
from tests._fault_server import FaultServer, reply
from tests._replay import recording
from tests._support import KEY, KINDS, backend

STREAM = "".join(
    chunk["raw"] for chunk in recording("102-chatflow-chat-streaming-first-turn")["response"]["sse"]
)
RUN = "aefea75f-6d6c-4867-a7d9-c98394469b93"
DETAIL = json.loads(recording("120-chatflow-run-detail")["response"]["body"])


def cut_before_the_runs_end() -> str:
    end = re.search(r'data: \{"event": ?"workflow_finished"', STREAM)
    assert end is not None
    return STREAM[: end.start()]


def converse(kind: str, url: str) -> tuple[list[Any], Any, str]:
    """The events, the outcome (or the exception) and the answer of one streamed message."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "max_retries": 0}
    events: list[Any] = []
    if kind == "sync":
        with ChatClient(**options) as client, client.stream_message("hello there", user="u") as stream:
            try:
                events += stream
                outcome: Any = stream.outcome()
            except APIConnectionError as exc:
                outcome = exc
            return events, outcome, stream.answer

    async def run() -> tuple[list[Any], Any, str]:
        async with AsyncChatClient(**options, **backend(kind)) as client:
            async with client.stream_message("hello there", user="u") as stream:
                try:
                    events.extend([event async for event in stream])
                    outcome: Any = await stream.outcome()
                except APIConnectionError as exc:
                    outcome = exc
                return events, outcome, stream.answer

    return asyncio.run(run())


def full_answer() -> str:
    pieces = []
    for line in STREAM.split("\n"):
        if line.startswith("data: "):
            event = json.loads(line[6:])
            if event.get("event") == "message":
                pieces.append(event["answer"])
    return "".join(pieces)


@pytest.mark.parametrize("kind", KINDS)
def test_a_chatflow_stream_cut_after_message_end_ends_from_run_detail(kind: str) -> None:
    with FaultServer() as server:
        server.script(
            reply(200, cut_before_the_runs_end(), {"Content-Type": "text/event-stream"}),
            reply(200, DETAIL),
        )
        events, outcome, answer = converse(kind, server.url)
        seen = [(r.method, r.raw_path) for r in server.requests]
    assert seen == [("POST", "/v1/chat-messages"), ("GET", f"/v1/workflows/run/{RUN}")]
    last = events[-1]
    assert isinstance(last, WorkflowFinishedEvent) and last.from_run_detail
    assert (last.status, last.workflow_run_id) == ("succeeded", RUN)
    assert (outcome.status, outcome.workflow_run_id, outcome.final_event) == ("succeeded", RUN, last)
    assert answer == full_answer() and outcome.answer == answer and answer


@pytest.mark.parametrize("kind", KINDS)
def test_a_chatflow_stream_cut_while_its_run_still_runs_is_a_broken_stream(kind: str) -> None:
    running = {**DETAIL, "status": "running", "finished_at": None}
    with FaultServer() as server:
        server.script(
            reply(200, cut_before_the_runs_end(), {"Content-Type": "text/event-stream"}),
            reply(200, running),
        )
        events, outcome, answer = converse(kind, server.url)
        attempts = len(server.requests)
    assert type(outcome) is APIConnectionError and outcome.workflow_run_id == RUN
    assert "closed the stream before the run finished" in str(outcome)
    assert answer == full_answer() and attempts == 2
    assert not any(isinstance(event, WorkflowFinishedEvent) for event in events)


@pytest.mark.parametrize("kind", KINDS)
def test_a_chatflow_stream_cut_before_message_end_asks_nothing(kind: str) -> None:
    # Without message_end the answer is not complete: the stream is broken, as ever.
    message_end = re.search(r'data: \{"event": ?"message_end"', STREAM)
    assert message_end is not None
    before_end = STREAM[: message_end.start()]
    with FaultServer() as server:
        server.script(reply(200, before_end, {"Content-Type": "text/event-stream"}), reply(200, DETAIL))
        _, outcome, _ = converse(kind, server.url)
        attempts = len(server.requests)
    assert type(outcome) is APIConnectionError and attempts == 1
