"""CLI defects found by trying it as a new user would: secrets on the command line, its
own words in messages, --json fields, broken pipes, Ctrl-C, the progress bar's debris."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import time
from collections.abc import Callable, Iterator

import pyte
import pytest

from tests._fault_server import FaultServer, ok, reply
from tests._support import KEY
from tests.cli.test_cli import CLI, by_task, env_for, run


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


# -- 2. a key typed as an option is refused and never echoed --------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--api-key", KEY],
        [f"--api-key={KEY}"],
        ["--api-key-f", KEY],
        ["--api-k", KEY],
        ["--token", KEY],
    ],
)
def test_a_key_on_the_command_line_is_refused_without_echo(args: list[str]) -> None:
    result = run("stop", "t1", "--user", "ops", *args, env={"DIFY_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.returncode == 2
    assert KEY not in result.stdout + result.stderr
    assert "DIFY_API_KEY" in result.stderr and "--api-key-file" in result.stderr


def test_unrecognized_arguments_are_named_without_their_values() -> None:
    result = run("stop", "t1", "--user", "ops", "--bogus", "s3cr3t-value", env={"DIFY_API_KEY": KEY})
    assert result.returncode == 2
    assert "--bogus" in result.stderr and "s3cr3t-value" not in result.stderr


def test_no_abbreviations_of_options(server: FaultServer) -> None:
    result = run("stop", "t1", "--us", "ops", env=env_for(server))
    assert result.returncode == 2 and server.requests == []


# -- 8. messages in the CLI's own words ----------------------------------------------


def test_no_key_names_the_variable_and_the_option() -> None:
    result = run("stop", "t1", "--user", "ops", env={"DIFY_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.returncode == 2
    assert result.stderr.startswith("dify-workflow: error: no API key: set DIFY_API_KEY")
    assert "--api-key-file PATH" in result.stderr and "api_key=" not in result.stderr


def test_a_key_with_a_space_names_where_it_came_from(tmp_path: object) -> None:
    result = run("stop", "t1", "--user", "ops", env={"DIFY_API_KEY": "app-abc def0123456789"})
    assert result.returncode == 2
    assert "the API key from $DIFY_API_KEY contains a space" in result.stderr
    assert "api_key" not in result.stderr and "abc def" not in result.stderr


def test_insecure_transport_is_one_plain_warning_line(server: FaultServer) -> None:
    base = server.url.replace("127.0.0.1", "127.0.0.1.nip.invalid")
    result = run(
        "stop", "t1", "--user", "ops", "--max-retries", "0", env={"DIFY_API_KEY": KEY, "DIFY_BASE_URL": base}
    )
    warning_lines = [line for line in result.stderr.splitlines() if "warning" in line.lower()]
    assert len(warning_lines) == 1
    assert warning_lines[0].startswith("dify-workflow: warning: DIFY_BASE_URL uses plain http")
    assert "_cli.py" not in result.stderr and "InsecureTransportWarning" not in result.stderr
    flag = run(
        "stop", "t1", "--user", "ops", "--max-retries", "0", "--base-url", base, env={"DIFY_API_KEY": KEY}
    )
    assert (
        "dify-workflow: warning: --base-url uses plain http" in flag.stderr and "base_url" not in flag.stderr
    )


# -- 9. --json: `code` is Dify's code only; `error` says what kind of failure ---------


def test_json_error_kinds_and_codes(server: FaultServer) -> None:
    server.route = by_task(  # type: ignore[assignment]
        bad=reply(400, {"status": 400, "code": "invalid_param", "message": "Arg user must be provided."}),
        html=reply(200, "<html>proxy login</html>", {"Content-Type": "text/html"}),
        slow=ok(delay=3),
    )
    result = run(
        "stop",
        "good",
        "bad",
        "html",
        "slow",
        "--user",
        "ops",
        "--json",
        "--timeout",
        "1",
        "--max-retries",
        "0",
        env=env_for(server),
    )
    records = {r["task_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["good"] == {"task_id": "good", "ok": True, "result": "success"}
    assert (records["bad"]["error"], records["bad"]["code"], records["bad"]["status_code"]) == (
        "status",
        "invalid_param",
        400,
    )
    assert (records["html"]["error"], records["html"]["code"], records["html"]["status_code"]) == (
        "invalid_response",
        None,
        200,
    )
    assert (records["slow"]["error"], records["slow"]["code"], records["slow"]["status_code"]) == (
        "timeout",
        None,
        None,
    )


# -- 10. broken pipe ----------------------------------------------------------------


def test_broken_pipe_exits_quietly_with_141(server: FaultServer) -> None:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    ids = "\n".join(f"t{i}" for i in range(200))
    shell = f"printf '{ids}\\n' | {CLI} stop - --user ops | head -1; echo \"status=${{PIPESTATUS[1]}}\""
    result = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, timeout=60, env={**base, **env_for(server)}
    )
    assert result.stdout.splitlines() == ["stopped t0", "status=141"]
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


# -- 11. Ctrl-C keeps the results already known ---------------------------------------


def test_ctrl_c_prints_known_results_in_order_and_marks_the_rest(server: FaultServer) -> None:
    server.route = by_task(hang=ok(delay=30))  # type: ignore[assignment]
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    proc = subprocess.Popen(
        [CLI, "stop", "ok-a", "hang", "ok-b", "--user", "ops"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **env_for(server)},
    )
    deadline = time.monotonic() + 20
    while len(server.requests) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # ok-b's answer is back; hang is still in flight
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert out.splitlines() == [
        "stopped ok-a",
        "interrupted hang: no answer before Ctrl-C",
        "stopped ok-b",
    ]
    assert err.strip() == "dify-workflow: interrupted; requests in flight were cancelled"


# -- 12. the progress bar leaves no debris ---------------------------------------------


def _screen_of(
    args: list[str],
    env: dict[str, str],
    columns: int = 100,
    rows: int = 30,
    on_screen: Callable[[list[str]], None] | None = None,
) -> tuple[int, list[str]]:
    primary, secondary = pty.openpty()
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    import fcntl
    import struct
    import termios

    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    proc = subprocess.Popen(
        [CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env={**base, **env, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)},
    )
    os.close(secondary)
    screen = pyte.Screen(columns, rows)
    stream = pyte.ByteStream(screen)
    while True:
        ready, _, _ = select.select([primary], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        stream.feed(data)
        if on_screen is not None:
            on_screen([line.rstrip() for line in screen.display])
    os.close(primary)
    return proc.wait(timeout=30), [line.rstrip() for line in screen.display]


def test_progress_bar_is_cleared_and_results_are_whole_lines(server: FaultServer) -> None:
    server.script(default=ok(delay=0.15))
    ids = [f"ok-{i}" for i in range(8)]
    code, lines = _screen_of(["stop", *ids, "--user", "ops", "--concurrency", "2"], env_for(server))
    assert code == 0
    shown = [line for line in lines if line]
    assert shown == [f"stopped {t}" for t in ids]
