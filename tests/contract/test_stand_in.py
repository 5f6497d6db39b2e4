"""The stand-in played from each recorded app's DSL export (`tests/data/dify-recordings/
apps/`) against that app's recordings: the same requests give the same event names,
node ids/types/titles, statuses, outputs, error texts and form shapes (ids and times
aside). Raw HTTP through `transport()`, so that the comparison is of what the stand-in
sends, not of what the facade makes of it."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dify_workflow.testing import FakeDify, transport
from tests._replay import RECORDINGS, data_events, recording

APPS = RECORDINGS / "apps"
SLOW = {
    "outputs": {
        "http_node": lambda inputs: {
            "status_code": 200,
            "body": json.dumps({"slept": float(inputs["seconds"])}),
        }
    },
}


def slow(seconds: float = 0.0, **extra: Any) -> FakeDify:
    durations = {"http_node": seconds} if seconds else {}
    return FakeDify.from_dsl(
        APPS / "slow_workflow.yml", time_scale=0.01, durations=durations, **SLOW, **extra
    )


def human() -> FakeDify:
    return FakeDify.from_dsl(APPS / "human_input_workflow.yml", time_scale=0.01)


def http(fake: FakeDify) -> httpx.Client:
    return httpx.Client(
        transport=transport(fake), base_url="http://dify.test/v1", headers={"Authorization": "Bearer app-k"}
    )


def sse(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]


def shape(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What is compared of each event: name, node, status, outputs, text, error, form."""
    out = []
    for event in events:
        data = event.get("data") or {}
        name = event["event"]
        row: tuple[Any, ...] = (
            name,
            data.get("node_id"),
            data.get("node_type"),
            data.get("title") or data.get("node_title"),
        )
        if name in ("node_finished", "workflow_finished", "workflow_paused"):
            row += (data.get("status"), data.get("error"))
        if name == "workflow_finished" or (name == "node_finished" and data.get("node_type") == "end"):
            row += (data.get("outputs"),)
        if name == "text_chunk":
            row += (data.get("text"), tuple(data.get("from_variable_selector") or ()))
        if name == "human_input_required":
            row += (data.get("inputs"), data.get("actions"), data.get("display_in_ui"))
        if name == "human_input_form_filled":
            row += (
                data.get("rendered_content"),
                data.get("action_id"),
                data.get("action_text"),
                data.get("submitted_data"),
            )
        if name == "workflow_started":
            row += (data.get("reason"),)
        out.append(row)
    return out


def run_stream(client: httpx.Client, name: str) -> list[dict[str, Any]]:
    body = recording(name)["request"]["body"]
    with client.stream("POST", "/workflows/run", json=body) as response:
        assert response.status_code == 200
        return sse(response)


@pytest.mark.parametrize(
    ("name", "fake"),
    [
        ("01-workflow-run-streaming-succeeded", lambda: slow(1)),
        ("92-workflow-run-streaming-25s", lambda: slow(25)),
        ("67-required-input-missing-streaming", human),
        ("68-input-wrong-type-streaming", slow),
        ("69-input-too-long-streaming", slow),
        (
            "94-workflow-run-streaming-node-failed",
            lambda: slow(fail={"http_node": "Server disconnected without sending a response."}),
        ),
        ("43-hi-workflow-run-streaming-until-pause", human),
    ],
)
def test_a_streaming_run_matches_its_recording(name: str, fake: Callable[[], FakeDify]) -> None:
    recorded = data_events(name)
    with http(fake()) as client:
        played = run_stream(client, name)
    if name.startswith("94"):
        # The recorded node failure is the HTTP node's; the stand-in's failed
        # node_finished carries the scenario's error in Dify's shape.
        assert shape(played)[-2][:6] == (
            "node_finished",
            "http_node",
            "http-request",
            "Slow HTTP",
            "failed",
            recorded[-1]["data"]["error"],
        )
        assert shape(played)[-1] == (
            "workflow_finished",
            None,
            None,
            None,
            "failed",
            recorded[-1]["data"]["error"],
            {},
        )
        assert shape(played)[:-2] == shape(recorded)[:-2]
        return
    assert shape(played) == shape(recorded)


@pytest.mark.parametrize(
    ("name", "fake"),
    [
        ("06-workflow-run-blocking-succeeded", lambda: slow(1)),
        ("80-required-input-missing-blocking", human),
        ("81-input-wrong-type-blocking", slow),
        ("52-hi-workflow-run-blocking-paused", human),
    ],
)
def test_a_blocking_run_matches_its_recording(name: str, fake: Callable[[], FakeDify]) -> None:
    exchange = recording(name)
    expected = json.loads(exchange["response"]["body"])
    with http(fake()) as client:
        answer = client.post("/workflows/run", json=exchange["request"]["body"])
    assert answer.status_code == exchange["response"]["status"]
    got = answer.json()
    if answer.status_code != 200:
        assert got == expected
        return
    keys = ("status", "outputs", "error", "total_steps")
    assert {k: got["data"][k] for k in keys} == {k: expected["data"][k] for k in keys}
    assert set(got["data"]) == set(expected["data"])
    if "reasons" in expected["data"]:
        mine, theirs = got["data"]["reasons"][0], expected["data"]["reasons"][0]
        assert set(mine) == set(theirs)
        assert (mine["inputs"], mine["actions"], mine["node_id"]) == (
            theirs["inputs"],
            theirs["actions"],
            theirs["node_id"],
        )
        assert mine["form_content"] == "Please review **budget 2027**.\n\nComment: {{#$output.comment#}}"


def _paused(fake: FakeDify, client: httpx.Client, topic: str, user: str = "rec-user-hi") -> tuple[str, str]:
    with client.stream(
        "POST",
        "/workflows/run",
        json={"inputs": {"topic": topic}, "response_mode": "streaming", "user": user},
    ) as response:
        events = sse(response)
    return events[-1]["workflow_run_id"], events[-1]["data"]["reasons"][0]["form_token"]


def _follower(client: httpx.Client, run_id: str, user: str) -> tuple[list[dict[str, Any]], threading.Thread]:
    """An events stream of the run opened on a thread (before the submit that resumes the
    run, as Dify requires); its events land in the returned list."""
    played: list[dict[str, Any]] = []
    opened = threading.Event()

    def follow() -> None:
        with client.stream("GET", f"/workflow/{run_id}/events", params={"user": user}) as response:
            opened.set()
            played.extend(sse(response))

    follower = threading.Thread(target=follow)
    follower.start()
    assert opened.wait(5)
    time.sleep(0.05)
    return played, follower


def test_the_form_cycle_matches_its_recordings() -> None:
    fake = human()
    with http(fake) as client:
        run_id, token = _paused(fake, client, "release notes v2")
        form = client.get(f"/form/human_input/{token}")
        recorded_form = json.loads(recording("46-hi-form-get")["response"]["body"])
        assert form.status_code == 200 and set(form.json()) == set(recorded_form)
        assert {
            k: form.json()[k] for k in ("form_content", "inputs", "user_actions", "resolved_default_values")
        } == {
            k: recorded_form[k] for k in ("form_content", "inputs", "user_actions", "resolved_default_values")
        }
        bad = client.post(
            f"/form/human_input/{token}",
            json=recording("53-hi-form-submit-invalid-action")["request"]["body"],
        )
        assert (bad.status_code, bad.json()) == (
            400,
            json.loads(recording("53-hi-form-submit-invalid-action")["response"]["body"]),
        )
        missing = client.post(
            f"/form/human_input/{token}", json=recording("54-hi-form-submit-missing-input")["request"]["body"]
        )
        assert (missing.status_code, missing.json()) == (
            400,
            json.loads(recording("54-hi-form-submit-missing-input")["response"]["body"]),
        )
        assert fake.runs[run_id].status == "paused"

        played, follower = _follower(client, run_id, "rec-user-hi")
        submitted = client.post(
            f"/form/human_input/{token}", json=recording("48-hi-form-submit")["request"]["body"]
        )
        assert (submitted.status_code, submitted.json()) == (200, {})
        follower.join(10)
        assert shape(played) == shape(data_events("47-hi-workflow-events-resume"))
        again = client.get(f"/form/human_input/{token}")
        assert again.status_code == 412 and again.json()["code"] == "human_input_form_submitted"
        assert again.json()["message"].startswith(
            "This form has already been submitted by another user, form_id="
        )
        twice = client.post(
            f"/form/human_input/{token}", json=recording("50-hi-form-submit-again")["request"]["body"]
        )
        assert twice.status_code == 412
        detail = client.get(f"/workflows/run/{run_id}").json()
        recorded_detail = json.loads(recording("51-hi-workflow-run-detail-succeeded")["response"]["body"])
        assert (detail["status"], detail["outputs"], detail["total_steps"]) == (
            recorded_detail["status"],
            recorded_detail["outputs"],
            recorded_detail["total_steps"],
        )
        unknown = client.get("/form/human_input/notARealToken123")
        assert unknown.status_code == 404 and unknown.json()["code"] == "not_found"


def test_a_stop_while_paused_ends_the_run_at_the_submit_as_recorded() -> None:
    fake = human()
    with http(fake) as client:
        run_id, token = _paused(fake, client, "cancel me")
        task_id = fake.runs[run_id].task_id
        stop = client.post(f"/workflows/tasks/{task_id}/stop", json={"user": "rec-user-hi"})
        assert stop.json() == {"result": "success"}
        assert client.get(f"/workflows/run/{run_id}").json()["status"] == "paused"  # 88
        played, follower = _follower(client, run_id, "rec-user-hi")
        assert (
            client.post(
                f"/form/human_input/{token}",
                json=recording("89-hi-form-submit-after-stop")["request"]["body"],
            ).json()
            == {}
        )
        follower.join(10)
        assert shape(played) == shape(data_events("90-hi-workflow-events-resume-after-stop"))
        detail = client.get(f"/workflows/run/{run_id}").json()
        assert (detail["status"], detail["error"]) == ("stopped", "Aborted: User requested stop")  # 91


def test_a_stop_ends_the_live_stream_as_recorded() -> None:
    fake = slow(30)
    with http(fake) as client:
        body = recording("02-workflow-run-streaming-stopped")["request"]["body"]
        with client.stream("POST", "/workflows/run", json=body) as response:
            events: list[dict[str, Any]] = []
            for line in response.iter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line[6:]))
                    if events[-1]["event"] == "node_started" and events[-1]["data"]["node_id"] == "http_node":
                        client.post(
                            f"/workflows/tasks/{events[-1]['task_id']}/stop", json={"user": "rec-user-1"}
                        )
        run_id = events[0]["workflow_run_id"]
        assert shape(events) == shape(data_events("02-workflow-run-streaming-stopped"))
        assert client.get(f"/workflows/run/{run_id}").json()["status"] == "stopped"


def test_a_continue_on_pause_follower_stays_open_after_the_end_as_recorded() -> None:
    fake = human()
    with http(fake) as client:
        run_id, token = _paused(fake, client, "continue_on_pause", user="rec-user-hi-cop")
        frames: list[bytes] = []
        opened = threading.Event()
        finished_at: list[float] = []

        def follow() -> None:
            params = {"user": "rec-user-hi-cop", "continue_on_pause": "true"}
            with client.stream("GET", f"/workflow/{run_id}/events", params=params) as response:
                opened.set()
                for line in response.iter_lines():
                    frames.append(line.encode())
                    if '"workflow_finished"' in line:
                        finished_at.append(time.monotonic())

        follower = threading.Thread(target=follow)
        follower.start()
        assert opened.wait(5)
        time.sleep(0.05)
        client.post(
            f"/form/human_input/{token}",
            json={"inputs": {"comment": "ok"}, "action": "approve", "user": "rec-user-hi-cop"},
        )
        follower.join(10)
        events = [json.loads(f[6:]) for f in frames if f.startswith(b"data: ")]
        assert shape(events) == shape(data_events("96-hi-workflow-events-continue-on-pause-stays-open"))
        after = frames[next(i for i, f in enumerate(frames) if b"workflow_finished" in f) :]
        assert b"event: ping" in after, "pings went on after the end, as Dify's do"


def _detail(name: str) -> dict[str, Any]:
    return json.loads(recording(name)["response"]["body"])  # type: ignore[no-any-return]


def _compared(detail: dict[str, Any]) -> tuple[Any, ...]:
    return (detail["status"], detail["outputs"], detail["error"], detail["total_steps"])


def test_run_detail_and_followers_of_ended_runs_match_their_recordings() -> None:
    fake = slow(1)
    with http(fake) as client:
        played = run_stream(client, "01-workflow-run-streaming-succeeded")
        run_id = played[-1]["workflow_run_id"]
        finished = client.get(f"/workflow/{run_id}/events", params={"user": "rec-user-1"})
        assert shape(sse(finished)) == shape(data_events("34-workflow-events-finished-run"))
        assert sse(finished)[0]["task_id"] == run_id, "a finished run's final event carries the run id (34)"
        wrong = client.get(f"/workflow/{run_id}/events", params={"user": "someone-else"})
        assert (wrong.status_code, wrong.json()) == (404, _detail("36-workflow-events-wrong-user"))
    failing = slow(fail={"http_node": "Server disconnected without sending a response."})
    with http(failing) as client:
        run_id = run_stream(client, "94-workflow-run-streaming-node-failed")[-1]["workflow_run_id"]
        detail = client.get(f"/workflows/run/{run_id}").json()
        recorded = _detail("95-workflow-run-detail-failed")
        assert (detail["status"], detail["outputs"], detail["error"]) == (
            recorded["status"], recorded["outputs"], recorded["error"],
        )  # fmt: skip


def test_a_stopped_runs_follower_and_a_paused_runs_detail_match_their_recordings() -> None:
    fake = slow(30)
    with http(fake) as client:
        body = recording("02-workflow-run-streaming-stopped")["request"]["body"]
        with client.stream("POST", "/workflows/run", json=body) as response:
            for line in response.iter_lines():
                if '"http_node"' in line and '"node_started"' in line:
                    event = json.loads(line[6:])
                    client.post(f"/workflows/tasks/{event['task_id']}/stop", json={"user": "rec-user-1"})
        run_id = event["workflow_run_id"]
        stopped = sse(client.get(f"/workflow/{run_id}/events", params={"user": "rec-user-1"}))
        assert shape(stopped) == shape(data_events("35-workflow-events-finished-stopped-run"))
    hi = human()
    with http(hi) as client:
        run_id, token = _paused(hi, client, "release notes v2")
        assert _compared(client.get(f"/workflows/run/{run_id}").json()) == _compared(
            _detail("44-hi-workflow-run-detail-paused")
        )
        body = recording("57-hi-form-submit-reject")["request"]["body"]
        assert client.post(f"/form/human_input/{token}", json=body).json() == {}
        deadline = time.monotonic() + 5
        while (
            client.get(f"/workflows/run/{run_id}").json()["status"] != "succeeded"
            and time.monotonic() < deadline
        ):
            time.sleep(0.01)
        detail = client.get(f"/workflows/run/{run_id}").json()
        recorded = _detail("59-hi-workflow-run-detail-after-reject")
        assert (detail["status"], detail["outputs"]["action"], detail["outputs"]["comment"], detail["total_steps"]) == (
            recorded["status"], recorded["outputs"]["action"], recorded["outputs"]["comment"], recorded["total_steps"],
        )  # fmt: skip


def test_a_snapshot_of_a_running_run_replays_with_the_run_id_then_goes_live() -> None:
    fake = slow(20)
    with http(fake) as client:
        body = {"inputs": {"seconds": "20"}, "response_mode": "streaming", "user": "rec-user-1"}
        with client.stream("POST", "/workflows/run", json=body) as response:
            for line in response.iter_lines():
                if '"http_node"' in line:
                    run_id = json.loads(line[6:])["workflow_run_id"]
                    break
        snapshot = client.get(
            f"/workflow/{run_id}/events", params={"user": "rec-user-1", "include_state_snapshot": "true"}
        )
        events = sse(snapshot)
    recorded = data_events("41-workflow-events-snapshot-running-run")
    assert [e["event"] for e in events[:4]] == [e["event"] for e in recorded[:4]]
    assert all(e["task_id"] == e["workflow_run_id"] for e in events[:4]), (
        "replayed: the run id as task id (41)"
    )
    assert events[-1]["event"] == "workflow_finished" and events[-1]["task_id"] != run_id, (
        "the live end: the task id"
    )


def test_a_busy_server_queues_runs_as_recorded() -> None:
    # 98-101: with the only worker slot busy, a run's stream sends one ping and then nothing
    # (no 10 s pings) until a worker takes it; the logs do not list it meanwhile; closing
    # its stream does not cancel it: it runs later and is listed succeeded.
    fake = FakeDify.from_dsl(  # runs take `seconds` x 0.01; live runs ping every 0.1 s
        APPS / "slow_workflow.yml",
        time_scale=0.01,
        durations={"http_node": lambda inputs: float(inputs["seconds"])},
        worker_slots=1,
        **SLOW,
    )
    with http(fake) as client:
        busy = {"inputs": {"seconds": "50"}, "response_mode": "blocking", "user": "someone-else"}
        fake.handle(
            "POST",
            "/v1/workflows/run",
            {"Authorization": "Bearer k", "Content-Type": "application/json"},
            json.dumps(busy).encode(),
        )
        queued = recording("98-workflow-run-streaming-queued")["request"]["body"]
        recorded_chunks = [c["raw"] for c in recording("98-workflow-run-streaming-queued")["response"]["sse"]]
        with client.stream("POST", "/workflows/run", json=queued) as response:
            chunks: list[tuple[float, str]] = []  # the run's own `seconds` is "1": 10 ms
            started = time.monotonic()
            for chunk in response.iter_text():
                chunks.append((time.monotonic() - started, chunk))
                logs = client.get("/workflows/logs", params={"keyword": queued["user"]}).json()
                if len(chunks) == 1:
                    # 99: while it waits, the run has no record.
                    assert logs["total"] == 0 and logs["data"] == []
        text = "".join(c for _, c in chunks)
        frames = [f + "\n\n" for f in text.split("\n\n") if f]
        assert frames[0] == recorded_chunks[0] == "event: ping\n\n"
        # No ping between the first one and the run's start, although the wait (0.5 s)
        # lasted five ping intervals: a waiting run gets no pings (98).
        assert frames[1].startswith('data: {"event":"workflow_started"'), frames[:3]
        events = [json.loads(f[6:]) for f in frames[1:] if f.startswith("data: ")]
        assert shape(events) == shape(data_events("98-workflow-run-streaming-queued"))
        # 100/101: a waiting run whose stream is closed before its ids runs anyway.
        fake.handle(
            "POST",
            "/v1/workflows/run",
            {"Authorization": "Bearer k", "Content-Type": "application/json"},
            json.dumps(busy).encode(),
        )
        closed = recording("100-workflow-run-streaming-queued-closed")["request"]["body"]
        with client.stream("POST", "/workflows/run", json=closed) as response:
            first = next(response.iter_text())
        assert first == "event: ping\n\n"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            logs = client.get("/workflows/logs", params={"keyword": closed["user"]}).json()
            if logs["total"] and logs["data"][0]["workflow_run"]["status"] == "succeeded":
                break
            time.sleep(0.02)
        recorded_logs = json.loads(recording("101-workflow-logs-after-closed-queued-run")["response"]["body"])
        assert (logs["total"], logs["data"][0]["workflow_run"]["status"]) == (
            recorded_logs["total"],
            recorded_logs["data"][0]["workflow_run"]["status"],
        )
        assert logs["data"][0]["created_by_end_user"]["session_id"] == closed["user"]
