"""Streams of the async client over real loopback sockets, replaying recorded Dify frames.

GENERATED from test_async_streams.py by scripts/unasync.py: edit that file, then run `make unasync`.
so both clients run every scenario.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    HumanInputRequiredEvent,
    InvalidInputError,
    MalformedEvent,
    NodeFinishedEvent,
    StopOutcome,
    StreamError,
    StreamStateError,
    UnknownEvent,
    WorkflowClient,
    WorkflowFinishedEvent,
    WorkflowPausedEvent,
    WorkflowStartedEvent,
)
from tests._replay import (
    PING,
    ReplayServer,
    Stream,
    data_events,
    detail_body,
    frames,
    recording,
    stoppable_run,
)
from tests._support import KEY, _backends

RUN_02 = "97a3617c-16ff-48c7-b90e-adc5e40cca23"
TASK_02 = "00ead05b-3cab-46b7-bc78-fc4a7c5a08fc"
RUN_40 = "97752d85-65af-4d82-94c6-ee5482981a7b"
TASK_40 = "867ffb0c-0fc0-482b-895f-59333df938f4"


@pytest.fixture(params=_backends)
def server(request: pytest.FixtureRequest) -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        replay.backend = request.param
        yield replay


def client_for(server: ReplayServer, **options: object) -> WorkflowClient:
    return WorkflowClient(
        api_key=KEY,
        base_url=server.url,
        http_backend=server.backend,  # type: ignore[arg-type]
        **options,  # type: ignore[arg-type]
    )


def frame(payload: dict[str, object]) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def test_a_run_streams_typed_events_and_never_a_ping(server: ReplayServer) -> None:
    name = "01-workflow-run-streaming-succeeded"
    server.queue(Stream(frames=frames(name)))
    expected = [e["event"] for e in data_events(name)]
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            events = [event for event in stream]
    assert [e.event for e in events] == expected
    assert "ping" not in [e.event for e in events]
    assert isinstance(events[0], WorkflowStartedEvent)
    assert isinstance(events[-1], WorkflowFinishedEvent)
    assert events[-1].status == "succeeded" and not events[-1].stopped
    assert all(e.data is not None for e in events), "every recorded event parses into its model"
    sent = server.requests[0]
    assert json.loads(sent.body) == {
        "inputs": {"seconds": "1"},
        "response_mode": "streaming",
        "user": "rec-user-1",
    }
    assert sent.headers["accept"] == "text/event-stream, application/json;q=0.9"


def test_task_id_is_known_on_entering_before_iterating(server: ReplayServer) -> None:
    server.queue(stoppable_run(hold=5))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            assert stream.task_id == TASK_02
            assert stream.workflow_run_id == RUN_02
            first = stream.__next__()
            assert isinstance(first, WorkflowStartedEvent)  # the event read ahead is not lost
            stream.stop()


def test_stop_is_confirmed_by_the_stream_with_the_runs_task_id_and_user(server: ReplayServer) -> None:
    server.queue(stoppable_run())
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            task_id = stream.task_id
            outcome = stream.stop()
            rest = [event for event in stream]
    assert outcome == StopOutcome(
        requested=True, confirmed=True, status="stopped", final_event=outcome.final_event
    )
    assert isinstance(outcome.final_event, WorkflowFinishedEvent)
    assert outcome.final_event.stopped and outcome.final_event.raw["data"]["status"] == "failed"
    assert server.stops[0][0] == task_id == TASK_02
    assert server.stops[0][1] == {"user": "rec-user-1"}
    assert rest[-1] is outcome.final_event, "events read by stop() are still yielded"


def test_stop_without_a_verdict_in_time_asks_run_detail(server: ReplayServer) -> None:
    run = stoppable_run(hold=30)
    run.on_stop = []  # the server accepts the stop but the stream says nothing more
    server.queue(run)
    server.details[RUN_02] = detail_body("04-workflow-run-detail-stopped")
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            started = time.monotonic()
            outcome = stream.stop(timeout=0.5)
            waited = time.monotonic() - started
    assert outcome == StopOutcome(requested=True, confirmed=True, status="stopped", final_event=None)
    assert waited < 5
    assert server.requests_to(f"/workflows/run/{RUN_02}"), "run detail was asked"


def test_following_a_run_with_its_known_task_id_can_stop_it_before_any_live_event(
    server: ReplayServer,
) -> None:
    server.queue(Stream(frames=[(0.0, PING)], hold=30))  # a running run: pings, no live event yet
    server.details[RUN_02] = detail_body("04-workflow-run-detail-stopped")
    with client_for(server) as client:
        with client.stream_workflow_events(RUN_02, user="rec-user-1") as unknown:
            with pytest.raises(StreamStateError):
                unknown.task_id  # noqa: B018 - nothing has told the stream yet
        server.queue(Stream(frames=[(0.0, PING)], hold=30))
        with client.stream_workflow_events(RUN_02, user="rec-user-1", task_id=TASK_02) as stream:
            assert stream.task_id == TASK_02
            outcome = stream.stop(timeout=0.5)
    assert server.stops[0][0] == TASK_02
    assert outcome == StopOutcome(requested=True, confirmed=True, status="stopped", final_event=None)


def test_stop_not_confirmed_when_run_detail_says_running(server: ReplayServer) -> None:
    run = stoppable_run(hold=30)
    run.on_stop = []
    server.queue(run)
    server.details[RUN_02] = {**detail_body("04-workflow-run-detail-stopped"), "status": "running"}
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            outcome = stream.stop(timeout=0.3)
    assert outcome == StopOutcome(requested=True, confirmed=False, status="running", final_event=None)


def test_stopping_a_finished_run_sends_nothing_and_reports_its_status(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("01-workflow-run-streaming-succeeded")))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            final = stream.until_done()
            outcome = stream.stop()
    assert outcome == StopOutcome(requested=False, confirmed=False, status="succeeded", final_event=final)
    assert server.stops == []


def test_a_run_that_fails_on_its_own_is_not_a_confirmed_stop(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("94-workflow-run-streaming-node-failed")))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "x"}, user="rec-user-1") as stream:
            final = stream.until_done()
    assert isinstance(final, WorkflowFinishedEvent)
    assert final.status == "failed" and not final.stopped


def test_stopping_a_paused_run_is_requested_but_takes_effect_on_resume(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("43-hi-workflow-run-streaming-until-pause")))
    with client_for(server) as client:
        with client.stream_workflow({"topic": "x"}, user="rec-user-hi") as stream:
            final = stream.until_done()
            outcome = stream.stop()
    assert isinstance(final, WorkflowPausedEvent)
    assert outcome == StopOutcome(requested=True, confirmed=False, status="paused", final_event=final)
    assert server.stops[0][0] == "2f0466c1-4e43-48fb-868f-1f2fbaae0cdc"


def test_a_drop_mid_run_names_the_run_and_resume_follows_it_with_the_live_task_id(
    server: ReplayServer,
) -> None:
    server.queue(Stream(frames=frames("40-workflow-run-streaming-dropped-by-client"), end="drop"))
    # The snapshot replays the run with the run id as task id; the live end carries the real one.
    server.queue(stoppable_run("41-workflow-events-snapshot-running-run"))
    seen: list[str] = []
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            with pytest.raises(APIConnectionError) as caught:
                for event in stream:
                    seen.append(event.event)
            assert type(caught.value) is APIConnectionError
            assert caught.value.workflow_run_id == RUN_40
            assert "resume()" in caught.value.message
            with stream.resume(include_state_snapshot=True) as resumed:
                replayed = [resumed.__next__() for _ in range(4)]
                assert {e.task_id for e in replayed} == {RUN_40}, "replayed events carry the run id"
                outcome = resumed.stop()
    assert seen == ["workflow_started", "node_started", "node_finished", "node_started"]
    assert server.stops[0][0] == TASK_40, "the stop used the live task id, never the replayed one"
    assert outcome.confirmed and outcome.status == "stopped"
    events_request = server.requests_to(f"/workflow/{RUN_40}/events")[0]
    assert "user=rec-user-1" in events_request.raw_path
    assert "include_state_snapshot=true" in events_request.raw_path


def test_a_clean_close_before_the_runs_end_is_a_broken_stream(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("40-workflow-run-streaming-dropped-by-client"), end="close"))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            with pytest.raises(APIConnectionError) as caught:
                for _ in stream:
                    pass
    assert type(caught.value) is APIConnectionError
    assert caught.value.workflow_run_id == RUN_40


def test_no_byte_within_the_idle_timeout_raises_a_timeout_naming_the_run(server: ReplayServer) -> None:
    run = stoppable_run(hold=10)
    run.ping_every = 5.0
    server.queue(run)
    with client_for(server, stream_idle_timeout=0.4) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                for _ in stream:
                    pass
            waited = time.monotonic() - started
    assert caught.value.workflow_run_id == RUN_02
    assert "stream_idle_timeout" in caught.value.message
    assert 0.3 < waited < 3


def test_pings_keep_an_idle_stream_alive(server: ReplayServer) -> None:
    run = stoppable_run(hold=1.2)
    run.ping_every = 0.1
    run.finish = [frames("01-workflow-run-streaming-succeeded")[-1][1]]
    server.queue(run)
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1", stream_idle_timeout=0.5) as stream:
            final = stream.until_done()
    assert final.status == "succeeded"


def test_an_overall_timeout_ends_a_stream_that_keeps_pinging(server: ReplayServer) -> None:
    run = stoppable_run(hold=10)
    run.ping_every = 0.05
    server.queue(run)
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1", timeout=0.5) as stream:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                stream.until_done()
            waited = time.monotonic() - started
    assert "overall timeout" in caught.value.message
    assert waited < 3


def test_an_error_event_raises_stream_error_and_closes_the_stream(server: ReplayServer) -> None:
    first = frames("01-workflow-run-streaming-succeeded")[:2]
    error = {
        "event": "error",
        "task_id": TASK_02,
        "workflow_run_id": RUN_02,
        "status": 400,
        "code": "invalid_param",
        "message": "bad input",
    }
    server.queue(Stream(frames=[*first, (0.05, frame(error)), (0.06, first[1][1])]))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            with pytest.raises(StreamError) as caught:
                for _ in stream:
                    pass
            assert [e for e in stream] == [], "nothing comes after the error"
    assert (caught.value.code, caught.value.message, caught.value.status) == (
        "invalid_param",
        "bad input",
        400,
    )
    assert (caught.value.task_id, caught.value.workflow_run_id) == (TASK_02, RUN_02)


def test_unknown_and_malformed_events_never_kill_the_stream(
    server: ReplayServer, caplog: pytest.LogCaptureFixture
) -> None:
    recorded = frames("01-workflow-run-streaming-succeeded")
    odd = frame({"event": "brand_new_event", "task_id": TASK_02, "workflow_run_id": RUN_02, "data": {"x": 1}})
    bad = frame({"event": "node_started", "task_id": TASK_02, "workflow_run_id": RUN_02, "data": ["one", 5]})
    server.queue(Stream(frames=[*recorded[:2], (0.01, odd), (0.01, bad), *recorded[2:]]))
    caplog.set_level("DEBUG", logger="dify_workflow")
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            events = [e for e in stream]
    unknown = events[1]
    assert (
        isinstance(unknown, UnknownEvent) and unknown.event == "brand_new_event" and unknown.data == {"x": 1}
    )
    broken = events[2]
    assert isinstance(broken, MalformedEvent) and broken.event == "node_started"
    assert broken.task_id == TASK_02 and broken.reason == "data: expected a JSON object, got list"
    assert broken.raw["data"] == ["one", 5]
    assert isinstance(events[-1], WorkflowFinishedEvent)
    assert "does not match the spec" in caplog.text


def test_breaking_out_closes_the_connection_at_once(server: ReplayServer) -> None:
    run = stoppable_run(hold=10)
    run.ping_every = 0.05
    server.queue(run)
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
            for event in stream:
                if isinstance(event, NodeFinishedEvent):
                    break
        assert run.closed_by_client.wait(2), "the server saw the connection close"
    assert server.stops == [], "closing does not stop the run"


def break_off_three_streams(client: WorkflowClient, server: ReplayServer) -> None:
    for round_ in range(3):
        server.queue(stoppable_run(hold=10))
        with pytest.raises(RuntimeError):
            with client.stream_workflow({"seconds": "30"}, user="rec-user-1") as stream:
                for _ in stream:
                    raise RuntimeError(f"consumer failed in round {round_}")


def test_streams_broken_off_leave_no_connection_behind(server: ReplayServer) -> None:
    # One connection in the pool: a stream that kept its connection would starve the next call.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(limits=limits, timeout=httpx.Timeout(5, pool=1.0)) as http:
        client = WorkflowClient(api_key=KEY, base_url=server.url, http_client=http)
        break_off_three_streams(client, server)
        server.queue(Stream(frames=frames("01-workflow-run-streaming-succeeded")))
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            assert (stream.until_done()).status == "succeeded"
        assert (client.stop_task(TASK_02, user="rec-user-1")).result == "success"


def test_streams_broken_off_give_their_connection_back_to_the_own_pool(server: ReplayServer) -> None:
    # A pool of one: a stream that kept its connection would time the next call out.
    with client_for(server, max_connections=1, timeout=2.0) as client:
        break_off_three_streams(client, server)
        assert (client.stop_task(TASK_02, user="rec-user-1")).result == "success"


def test_a_closed_stream_cannot_be_reopened(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("01-workflow-run-streaming-succeeded")))
    with client_for(server) as client:
        stream = client.stream_workflow({"seconds": "1"}, user="rec-user-1")
        with stream:
            pass
        assert [e for e in stream] == []
        with pytest.raises(ClientClosedError):
            with stream:
                pass


def test_input_errors_in_streaming_mode_arrive_as_a_failed_run(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("67-required-input-missing-streaming")))
    with client_for(server) as client:
        with client.stream_workflow({}, user="rec-user-hi") as stream:
            final = stream.until_done()
    assert isinstance(final, WorkflowFinishedEvent)
    assert final.status == "failed" and final.error == "topic is required in input form"


def test_bad_arguments_are_refused_before_anything_is_sent(server: ReplayServer) -> None:
    with client_for(server) as client:
        with pytest.raises(InvalidInputError, match="inputs must be a mapping"):
            client.stream_workflow(["x"], user="u")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match="upload_file_id"):
            client.stream_workflow(
                {}, user="u", files=[{"type": "document", "transfer_method": "local_file"}]
            )
        with pytest.raises(InvalidInputError, match="user"):
            client.stream_workflow({}, user="")
        with pytest.raises(InvalidInputError, match="workflow_run_id"):
            client.stream_workflow_events("..", user="u")
    assert server.requests == []


def test_a_new_event_stream_waits_for_no_event_on_entering(server: ReplayServer) -> None:
    # A paused run sends nothing until its form is submitted: entering must not wait.
    server.queue(Stream(frames=[(0.0, PING)], hold=1.0, ping_every=0.3, finish=[]))
    with client_for(server) as client:
        started = time.monotonic()
        with client.stream_workflow_events("438ae562-8cf2-444b-86e0-9dc4520f1161", user="u") as stream:
            entered = time.monotonic() - started
            assert stream.known_task_id is None
            with pytest.raises(StreamStateError, match="task id is not known yet"):
                stream.task_id  # noqa: B018
            with pytest.raises(APIConnectionError):
                stream.until_done()
    assert entered < 0.5


def test_the_pause_form_resume_cycle(server: ReplayServer) -> None:
    token = "Avg7PoMIQQAGMFZqSAXW8m"  # the form_token of the run recorded in 43
    server.forms[token] = json.loads(recording("46-hi-form-get")["response"]["body"])
    server.queue(Stream(frames=frames("43-hi-workflow-run-streaming-until-pause")))
    server.queue(Stream(frames=frames("47-hi-workflow-events-resume"), gate=server.submitted))
    with client_for(server) as client:
        with client.stream_workflow({"topic": "release notes v2"}, user="rec-user-hi") as stream:
            required = [e for e in stream if isinstance(e, HumanInputRequiredEvent)]
        assert isinstance(stream.final_event, WorkflowPausedEvent)
        assert required[0].data is not None and required[0].data.form_token == token
        form = client.get_human_input_form(token)
        assert [a.id for a in form.user_actions] == ["approve", "reject"]
        # Open the events stream first: it only carries what happens after it opens.
        with client.stream_workflow_events(
            stream.workflow_run_id, user="rec-user-hi", continue_on_pause=True
        ) as resumed:
            client.submit_human_input_form(
                token, inputs={"comment": "ship it"}, action="approve", user="rec-user-hi"
            )
            events = [e for e in resumed]
    assert isinstance(events[0], WorkflowStartedEvent) and events[0].data.reason == "resumption"
    assert isinstance(events[-1], WorkflowFinishedEvent) and events[-1].status == "succeeded"
    assert resumed.task_id == stream.task_id, "a resumed run keeps its task id"
    assert "continue_on_pause=true" in server.requests_to("/events")[0].raw_path


RUN_96 = "18a6e57d-f987-4cfa-beb4-3d5a7c561080"


def test_a_stream_ends_at_workflow_finished_while_the_server_keeps_pinging(
    server: ReplayServer,
) -> None:
    # Recording 96: with continue_on_pause, Dify keeps the connection open after
    # workflow_finished and pings every 10 s (for about 300 s). The stream must not wait.
    name = "96-hi-workflow-events-continue-on-pause-stays-open"
    recorded = frames(name)
    end = next(i for i, (_, raw) in enumerate(recorded) if b'"workflow_finished"' in raw)
    run = Stream(frames=recorded[: end + 1], scale=0.01, hold=30.0, ping_every=0.05)
    server.queue(run)
    finished = data_events(name)[-1]
    with client_for(server) as client:
        started = time.monotonic()
        with client.stream_workflow_events(RUN_96, user="rec-user-hi-cop", continue_on_pause=True) as stream:
            outcome = stream.outcome()
            took = time.monotonic() - started
            assert run.closed_by_client.wait(2), "the connection is closed at the run's end"
    assert took < 2.0, f"the stream ended {took:.2f} s after it opened, not at workflow_finished"
    assert (outcome.status, outcome.outputs) == ("succeeded", finished["data"]["outputs"])
    assert outcome.from_run_detail is False and outcome.workflow_run_id == RUN_96
    assert isinstance(outcome.final_event, WorkflowFinishedEvent)


def test_a_stream_that_only_pings_after_its_run_ended_ends_through_run_detail(
    server: ReplayServer,
) -> None:
    # The events relay sometimes never delivers the end: only pings after the run is over.
    name = "96-hi-workflow-events-continue-on-pause-stays-open"
    started_frame = next(raw for _, raw in frames(name) if b'"workflow_started"' in raw)
    server.queue(Stream(frames=[(0.0, PING), (0.0, started_frame)], hold=30.0, ping_every=0.05))
    answers = iter(["running", "succeeded"])
    detail = detail_body("51-hi-workflow-run-detail-succeeded")

    def detail_now() -> dict[str, object]:
        return {**detail, "id": RUN_96, "status": next(answers, "succeeded")}

    server.details[RUN_96] = detail_now
    with client_for(server) as client:
        began = time.monotonic()
        with client.stream_workflow_events(
            RUN_96, user="rec-user-hi-cop", continue_on_pause=True, quiet_timeout=0.2
        ) as stream:
            events = [e for e in stream]
        took = time.monotonic() - began
    final = events[-1]
    assert isinstance(final, WorkflowFinishedEvent) and final.from_run_detail
    assert (final.status, final.outputs, final.workflow_run_id) == ("succeeded", detail["outputs"], RUN_96)
    assert len(server.requests_to(f"/workflows/run/{RUN_96}")) == 2, "asked again after a running answer"
    assert took < 3.0
    outcome = stream.final_event
    assert outcome is final


def test_a_malformed_workflow_finished_still_ends_the_stream(server: ReplayServer) -> None:
    name = "01-workflow-run-streaming-succeeded"
    recorded = frames(name)
    last = data_events(name)[-1]
    broken = frame({**last, "data": {**last["data"], "status": 7}})
    server.queue(Stream(frames=[*recorded[:-1], (0.01, broken)], hold=30.0, ping_every=0.05))
    with client_for(server) as client:
        with client.stream_workflow({"seconds": "1"}, user="rec-user-1") as stream:
            events = [e for e in stream]
            with pytest.raises(APIResponseValidationError, match=r"data\.status: expected str, got int"):
                stream.until_done()
    assert isinstance(events[-1], MalformedEvent) and events[-1].event == "workflow_finished"


def test_the_run_and_task_ids_are_plain_strings_inside_the_block(server: ReplayServer) -> None:
    server.queue(Stream(frames=frames("01-workflow-run-streaming-succeeded")))
    with client_for(server) as client:
        stream = client.stream_workflow({"seconds": "1"}, user="rec-user-1")
        with pytest.raises(StreamStateError, match="enter the stream"):
            stream.workflow_run_id  # noqa: B018
        with stream:
            run_id: str = stream.workflow_run_id
            task_id: str = stream.task_id
            outcome = stream.outcome()
    assert run_id == outcome.workflow_run_id and task_id == stream.known_task_id
    assert outcome.succeeded and outcome.status == "succeeded" and outcome.error is None
