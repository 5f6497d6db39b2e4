"""`dify-workflow run` and the read commands, as subprocesses against the package's own
stand-in for Dify (`dify_workflow.testing.server`) on a loopback port."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dify_workflow.testing import FakeDify, FakeServer, server
from tests._replay import ReplayServer, stoppable_run
from tests._support import KEY
from tests.cli.test_cli import CLI, run
from tests.cli.test_cli_hardening import _screen_of

SCALE = 0.05  # a run of `seconds` lasts seconds * SCALE


@pytest.fixture
def fake() -> Iterator[tuple[FakeDify, FakeServer]]:
    dify = FakeDify(time_scale=SCALE)
    with server(dify) as srv:
        yield dify, srv


def env_of(srv: FakeServer | ReplayServer) -> dict[str, str]:
    return {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": srv.url}


def test_a_streaming_run_shows_its_nodes_and_output_and_exits_0(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    result = run("run", "--input", "seconds=2", "--user", "ops", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    [the_run] = dify.runs.values()
    assert lines[0] == f"run {the_run.run_id} task {the_run.task_id}"
    assert lines[1:7] == [
        "> Start",
        "  ok Start (0.00 s)",
        "> Slow HTTP",
        "  ok Slow HTTP (2.00 s)",
        "> End",
        "  ok End (0.00 s)",
    ]
    assert lines[-1] == f"succeeded {the_run.run_id}"
    assert '{"slept": 2.0}' in result.stdout
    assert KEY not in result.stdout + result.stderr


def test_json_prints_one_event_per_line_starting_with_the_ids(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    result = run("run", "--input", "seconds=1", "--user", "ops", "--json", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    [the_run] = dify.runs.values()
    assert events[0]["event"] == "workflow_started" and events[0]["task_id"] == the_run.task_id
    assert events[-1]["event"] == "workflow_finished" and events[-1]["data"]["status"] == "succeeded"
    assert "ping" not in {e["event"] for e in events}


def test_exit_status_of_a_failed_run_and_of_a_blocking_run(
    fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    _, srv = fake
    too_long = run("run", "--input", "seconds=12345678901", "--user", "ops", env=env_of(srv))
    assert too_long.returncode == 1
    assert too_long.stdout.splitlines()[-1].startswith("failed ")
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps({"seconds": "1"}))
    blocking = run("run", "--inputs-file", str(inputs), "--user", "ops", "--blocking", env=env_of(srv))
    assert blocking.returncode == 0, blocking.stderr
    assert blocking.stdout.splitlines()[-1].startswith("succeeded ")
    bad = run("run", "--input", "seconds=12345678901", "--user", "ops", "--blocking", env=env_of(srv))
    assert bad.returncode == 1
    assert bad.stderr.startswith(
        "dify-workflow: error: HTTP 400 invalid_param: seconds in input form must be"
    )
    assert "(invalid_param is documented as: A request parameter is missing or invalid" in bad.stderr


def _start_run(srv: FakeServer | ReplayServer, *args: str) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    return subprocess.Popen(
        [CLI, "run", "--input", "seconds=600", "--user", "ops", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **env_of(srv)},
    )


def _wait_for(predicate: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.05)


def test_ctrl_c_stops_the_run_on_the_server_and_confirms_it(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    proc = _start_run(srv)
    _wait_for(lambda: dify.runs)
    time.sleep(0.5)  # the HTTP node is running
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    [the_run] = dify.runs.values()
    assert proc.returncode == 130, err
    assert dify.stops == [the_run.task_id], "the stop went to this run's task"
    assert the_run.status == "stopped"
    assert out.splitlines()[-2:] == [
        f"stopping {the_run.run_id} (task {the_run.task_id}) ...",
        f"stopped {the_run.run_id} (confirmed)",
    ]


def test_ctrl_c_with_json_prints_the_outcome_as_json(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    proc = _start_run(srv, "--json")
    _wait_for(lambda: dify.runs)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    last = json.loads(out.splitlines()[-1])
    assert proc.returncode == 130
    assert last == {
        "event": "stop_outcome",
        "workflow_run_id": last["workflow_run_id"],
        "task_id": dify.stops[0],
        "requested": True,
        "confirmed": True,
        "status": "stopped",
    }


def test_a_second_ctrl_c_exits_at_once_saying_the_stop_may_not_be_confirmed() -> None:
    with ReplayServer() as replay:
        hanging = stoppable_run(hold=60)
        hanging.ignore_stop = True  # the server takes the stop but the stream never says so
        replay.queue(hanging)
        proc = _start_run(replay)
        _wait_for(lambda: replay.served)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        _wait_for(lambda: replay.stops)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
        took = time.monotonic() - started
    assert proc.returncode == 130
    assert "interrupted again" in out and "may not be confirmed" in out
    assert took < 3, "it did not wait for the 10 s confirmation"


def test_a_file_is_uploaded_and_passed_to_the_named_input(
    fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = fake
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    refused = run("run", "--input", "seconds=1", "--file", f"doc={path}", "--user", "ops", env=env_of(srv))
    assert refused.returncode == 2 and dify.uploads == [] and dify.runs == {}
    assert "--file doc=...: 'doc' is not an input of this app (file inputs: none)" in refused.stderr
    typed = run("run", "--input", "seconds=1", "--file", f"seconds={path}", "--user", "ops", env=env_of(srv))
    assert typed.returncode == 2 and "'seconds' is a text-input input, not a file input" in typed.stderr
    dify.extra_inputs.append({"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}})
    result = run(
        "run", "--input", "seconds=1", "--file", f"doc={path}", "--user", "ops", "--json", env=env_of(srv)
    )
    assert result.returncode == 0, result.stderr
    [upload] = dify.uploads
    assert (upload["name"], upload["size"], upload["mime_type"]) == ("notes.txt", 5, "text/plain")
    [the_run] = dify.runs.values()
    # A `file` input takes one object, as Dify requires (a list is refused: "must be a file").
    sent = next(r[3] for r in dify.requests if r[1] == "/workflows/run")
    assert sent["inputs"]["doc"] == {
        "type": "document",
        "transfer_method": "local_file",
        "upload_file_id": upload["id"],
    }
    assert the_run.inputs["doc"]["related_id"] == upload["id"]
    dify.extra_inputs.append({"file-list": {"variable": "more", "label": "more", "type": "file-list"}})
    two = run("run", "--file", str(path), "--user", "ops", env=env_of(srv))
    assert two.returncode == 2
    assert "the app has 2 file inputs (doc, more); use --file NAME=PATH" in two.stderr


def test_runs_get_logs_and_app(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    for seconds in ("1", "2"):
        assert (
            run(
                "run", "--input", f"seconds={seconds}", "--user", "ops", "--blocking", env=env_of(srv)
            ).returncode
            == 0
        )
    first, second = dify.runs.values()
    detail = run("runs", "get", first.run_id, env=env_of(srv))
    assert (
        detail.returncode == 0
        and f"id: {first.run_id}" in detail.stdout
        and "status: succeeded" in detail.stdout
    )
    table = run("logs", "--limit", "1", env=env_of(srv)).stdout.splitlines()
    assert table[0].split() == ["RUN", "STATUS", "SECONDS", "USER", "CREATED"]
    run_id, status, seconds, user = table[1].split()[:4]
    assert (run_id, status, user) == (second.run_id, "succeeded", "ops")
    # The app's time (2 s, scaled down) plus the stand-in's own, which a loaded machine makes
    # a few hundredths of a second.
    assert 2.0 <= float(seconds) < 2.1, seconds
    assert table[-1] == "1 of 2 runs"
    every = run("logs", "--all", "--limit", "1", "--json", env=env_of(srv))
    assert [json.loads(line)["workflow_run"]["id"] for line in every.stdout.splitlines()] == [
        second.run_id,
        first.run_id,
    ]
    assert [r[2].get("page") for r in dify.requests if r[1] == "/workflows/logs"][-2:] == ["1", "2"]
    parameters = run("app", "parameters", env=env_of(srv))
    assert parameters.stdout.split() == ["seconds", "text-input", "optional", "seconds"]
    info = run("app", "info", "--json", env=env_of(srv))
    assert json.loads(info.stdout)["name"] == "slow-http-workflow"
    missing = run("runs", "get", "6835523f-3d87-41c3-8205-e91605853644", env=env_of(srv))
    assert missing.returncode == 1 and "not_found" in missing.stderr


def test_events_follows_a_run_to_its_end(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    proc = _start_run(srv)  # 600 s: it runs until stopped
    _wait_for(lambda: dify.runs)
    [the_run] = dify.runs.values()
    follower = subprocess.Popen(
        [CLI, "events", the_run.run_id, "--user", "ops"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}, **env_of(srv)},
    )
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    out, err = follower.communicate(timeout=30)
    assert follower.returncode == 3, err  # stopped
    assert out.splitlines()[-1] == f"stopped {the_run.run_id}: Aborted: User requested stop"


def test_every_command_has_help_with_examples() -> None:
    for command in (["run"], ["events"], ["runs"], ["logs"], ["form"], ["app"], ["stop"]):
        result = run(*command, "--help")
        assert result.returncode == 0
        assert "examples:" in result.stdout, command
    listing = run("--help").stdout
    for name in ("run", "events", "runs", "logs", "form", "app", "stop"):
        assert f"    {name} " in listing


def test_the_live_view_leaves_whole_lines_and_no_debris(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    code, lines = _screen_of(["run", "--input", "seconds=20", "--user", "ops"], env_of(srv))
    assert code == 0
    shown = [line for line in lines if line]
    [the_run] = dify.runs.values()
    assert shown[0] == f"run {the_run.run_id} task {the_run.task_id}"
    assert shown[1:7] == [
        "> Start",
        "  ok Start (0.00 s)",
        "> Slow HTTP",
        "  ok Slow HTTP (20.00 s)",
        "> End",
        "  ok End (0.00 s)",
    ]
    assert shown[-1] == f"succeeded {the_run.run_id}"
    assert not any("·" in line for line in shown), "the status line was cleared"


def test_form_show_and_submit() -> None:
    from tests._replay import recording

    token = "Avg7PoMIQQAGMFZqSAXW8m"
    with ReplayServer() as replay:
        replay.forms[token] = json.loads(recording("46-hi-form-get")["response"]["body"])
        shown = run("form", "show", token, env=env_of(replay))
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.splitlines()[0] == "Please review **release notes v2**."
        assert "input comment (paragraph)" in shown.stdout and "actions: approve, reject" in shown.stdout
        submitted = run(
            "form",
            "submit",
            token,
            "--action",
            "approve",
            "--input",
            "comment=ship it",
            "--user",
            "ops",
            env=env_of(replay),
        )
        assert submitted.returncode == 0, submitted.stderr
        assert submitted.stdout.strip() == f"submitted {token} (approve); the run resumes on the server"
        body = json.loads(replay.requests_to(f"/form/human_input/{token}")[-1].body)
        assert body == {"inputs": {"comment": "ship it"}, "action": "approve", "user": "ops"}
        again = run("form", "show", token, env=env_of(replay))
        assert again.returncode == 1
        assert "HTTP 412 human_input_form_submitted" in again.stderr
