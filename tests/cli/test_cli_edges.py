"""The CLI defects a new user met right after "hello world", each as a subprocess (or
pty) against the package's stand-in or a loopback replay of Dify."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dify_workflow.testing import FakeDify, FakeServer, server
from tests._replay import PING, ReplayServer, Stream
from tests._support import KEY
from tests.cli.test_cli import CLI, run
from tests.cli.test_cli_hardening import _screen_of
from tests.cli.test_cli_run import env_of

SCALE = 0.05


@pytest.fixture
def fake() -> Iterator[tuple[FakeDify, FakeServer]]:
    dify = FakeDify(time_scale=SCALE)
    with server(dify) as srv:
        yield dify, srv


def test_a_documented_option_is_never_refused_as_key_like(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    result = run("logs", "--keyword", "ops", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    assert dify.requests[-1][2]["keyword"] == "ops"
    for option in ("--api-key", "--token", "--apikey", "--secret-key", "--api-k"):
        refused = run("stop", "t1", "--user", "ops", option, "app-SECRET-1", env=env_of(srv))
        assert refused.returncode == 2 and "is not an option" in refused.stderr, option
        assert "app-SECRET-1" not in refused.stderr + refused.stdout


@pytest.mark.parametrize(
    "header", ["Authorization: Bearer app-SECRET-2", "authorization:Bearer app-SECRET-2"]
)
def test_a_key_in_a_header_is_refused_without_echoing_it(
    fake: tuple[FakeDify, FakeServer], header: str
) -> None:
    _, srv = fake
    for args in (
        ["app", "info", "--header", header],
        ["--header", header, "app", "info"],
        [f"--header={header}", "app", "info"],
    ):
        result = run(*args, env=env_of(srv))
        assert result.returncode == 2, args
        assert "app-SECRET-2" not in result.stderr + result.stdout
        assert "would put a key on the command line" in result.stderr


def test_no_usage_error_echoes_an_argument_value() -> None:
    result = run("Bearer app-SECRET-3", "info")
    assert result.returncode == 2
    assert "app-SECRET-3" not in result.stderr and "invalid choice (not shown)" in result.stderr


def test_streaming_run_prints_its_outputs_by_name(fake: tuple[FakeDify, FakeServer]) -> None:
    _, srv = fake
    result = run("run", "--input", "seconds=1", "--user", "ops", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    outputs = next(line for line in result.stdout.splitlines() if line.startswith("outputs: "))
    assert json.loads(outputs[len("outputs: ") :])["status_code"] == 200


def test_each_command_has_its_own_help_examples() -> None:
    expected = {
        ("runs", "get"): "dify-workflow runs get ",
        ("form", "show"): "dify-workflow form show ",
        ("form", "submit"): "dify-workflow form submit ",
        ("app",): "dify-workflow app info",
        ("logs",): "dify-workflow logs --keyword",
        ("events",): "dify-workflow events ",
    }
    for command, example in expected.items():
        text = run(*command, "--help").stdout
        assert "examples:" in text and example in text, command
        others = [
            f"dify-workflow {c} " for c in ("runs get", "logs", "events", "form") if c != " ".join(command)
        ]
        if command == ("app",):
            assert not any(other in text for other in others), "app's help shows only app examples"


@pytest.mark.parametrize(("command", "listed"), [("runs", "runs get RUN_ID"), ("form", "form show TOKEN")])
def test_a_command_without_its_action_lists_the_actions(command: str, listed: str) -> None:
    result = run(command)
    assert result.returncode == 2 and listed in result.stderr and "required: ACTION" not in result.stderr


def test_ids_that_cannot_be_a_path_segment_are_refused_before_sending(
    fake: tuple[FakeDify, FakeServer],
) -> None:
    dify, srv = fake
    before = len(dify.requests)
    for args in (["stop", "../x", "--user", "ops"], ["runs", "get", "a/b"], ["form", "show", "x\\y"]):
        result = run(*args, env=env_of(srv))
        assert result.returncode == 2 and "cannot be one path segment" in result.stderr, args
    assert len(dify.requests) == before, "nothing was sent"


def test_runs_get_shows_one_date_format_and_no_repeated_text(fake: tuple[FakeDify, FakeServer]) -> None:
    dify, srv = fake
    assert run("run", "--input", "seconds=1", "--user", "ops", "--blocking", env=env_of(srv)).returncode == 0
    [the_run] = dify.runs.values()
    shown = run("runs", "get", the_run.run_id, env=env_of(srv)).stdout
    created = next(line for line in shown.splitlines() if line.startswith("created_at: "))
    assert re.fullmatch(r"created_at: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", created)
    assert 'inputs: {"seconds": "1"' in shown
    unknown = run("runs", "get", "00000000-0000-4000-8000-000000000000", env=env_of(srv))
    assert unknown.returncode == 1
    assert unknown.stderr.count("not found") == 1, unknown.stderr


class _ChatApp(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/v1/workflows/logs"):
            body = {"page": 1, "limit": 20, "total": 0, "has_more": False, "data": []}
        else:
            body = {
                "name": "chat",
                "description": "",
                "tags": [],
                "mode": "advanced-chat",
                "author_name": "a",
            }
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def test_logs_of_an_app_that_is_not_a_workflow_says_why_it_is_empty() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ChatApp)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        env = {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": f"http://127.0.0.1:{httpd.server_address[1]}/v1"}
        result = run("logs", env=env)
    finally:
        httpd.shutdown()
    assert result.returncode == 0
    assert "0 of 0 runs" in result.stdout
    assert "belongs to a 'advanced-chat' app" in result.stderr and "workflow app's API key" in result.stderr


def test_events_ctrl_c_before_a_live_event_says_why_it_cannot_stop() -> None:
    run_id = "438ae562-8cf2-444b-86e0-9dc4520f1161"
    with ReplayServer() as replay:
        replay.queue(Stream(frames=[(0.0, PING)], hold=30, ping_every=0.1))
        base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
        proc = subprocess.Popen(
            [CLI, "events", run_id, "--user", "ops"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**base, **env_of(replay)},
        )
        deadline = time.monotonic() + 20
        while not replay.served and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "NoneType" not in out + err
    assert f"run {run_id} (task id not known yet" in out
    assert "cannot be stopped from here yet" in out and "dify-workflow stop TASK_ID --user ops" in out
    assert replay.stops == []


def test_the_live_views_elapsed_time_moves_between_events(fake: tuple[FakeDify, FakeServer]) -> None:
    _, srv = fake
    seen: set[str] = set()

    def look(lines: list[str]) -> None:
        seen.update(m.group(0) for line in lines for m in [re.search(r"Slow HTTP · [\d.]+ s", line)] if m)

    code, _ = _screen_of(["run", "--input", "seconds=30", "--user", "ops"], env_of(srv), on_screen=look)
    assert code == 0
    assert len(seen) >= 3, f"the timer did not tick during the 1.5 s node: {sorted(seen)}"
