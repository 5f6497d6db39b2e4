"""The installed `dify-workflow` console script, as a subprocess against a loopback server."""

from __future__ import annotations

import itertools
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dify_workflow import SPEC_SHA256, __version__
from tests._fault_server import Action, FaultServer, Seen, ok, reply
from tests._support import KEY

CLI = str(Path(sys.executable).parent / "dify-workflow")
BAD_PARAM = {"status": 400, "code": "invalid_param", "message": "Arg user must be provided."}


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    return subprocess.run(
        [CLI, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**base, **(env or {})},
    )


def by_task(**actions: Action) -> object:
    def route(seen: Seen) -> Action:
        task = seen.raw_path.split("/")[-2]
        return actions.get(task, ok())

    return route


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


def env_for(server: FaultServer, **extra: str) -> dict[str, str]:
    return {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": server.url, **extra}


def test_version_names_the_spec() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == (
        f"dify-workflow {__version__} (spec sha256 {SPEC_SHA256}; from langgenius/dify-docs 9d8344e7 "
        "of 2026-07-22; checked against Dify 1.15.0)"
    )


def test_help_shows_examples() -> None:
    result = run("stop", "--help")
    assert result.returncode == 0
    assert (
        "examples:" in result.stdout and "--api-key-file" in result.stdout and "exit status" in result.stdout
    )


def test_all_stopped_is_exit_0(server: FaultServer) -> None:
    result = run("stop", "t1", "t2", "--user", "ops", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["stopped t1", "stopped t2"]
    assert sorted(json.loads(s.body)["user"] for s in server.requests) == ["ops", "ops"]


def test_a_failure_is_exit_1_with_code_message_and_description(server: FaultServer) -> None:
    server.route = by_task(bad=reply(400, BAD_PARAM))  # type: ignore[assignment]
    result = run("stop", "good", "bad", "--user", "ops", env=env_for(server))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "stopped good",
        "failed bad: invalid_param: Arg user must be provided. (invalid_param is documented as: Required parameter missing or invalid.)",
    ]


def test_json_output_is_one_object_per_line(server: FaultServer) -> None:
    server.route = by_task(bad=reply(400, BAD_PARAM))  # type: ignore[assignment]
    result = run("stop", "good", "bad", "--user", "ops", "--json", env=env_for(server))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"task_id": "good", "ok": True, "result": "success"},
        {
            "task_id": "bad",
            "ok": False,
            "error": "status",
            "status_code": 400,
            "code": "invalid_param",
            "message": "Arg user must be provided.",
            "description": "Required parameter missing or invalid.",
        },
    ]


def test_task_ids_from_stdin(server: FaultServer) -> None:
    stdin = "t1\n\n# a comment\n  t2  \n#t3\n"
    result = run("stop", "-", "--user", "ops", env=env_for(server), stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["stopped t1", "stopped t2"]


def test_output_keeps_input_order_under_concurrency(server: FaultServer) -> None:
    ids = [f"t{i}" for i in range(12)]
    # Early ids answer slowest, so completion order is the reverse of input order.
    server.route = by_task(**{t: ok(delay=0.05 * (12 - i)) for i, t in enumerate(ids)})  # type: ignore[assignment]
    result = run("stop", *ids, "--user", "ops", "--concurrency", "12", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"stopped {t}" for t in ids]
    arrival = [s.raw_path.split("/")[-2] for s in server.requests]
    assert sorted(arrival) == sorted(ids)


def test_concurrency_limit_is_respected(server: FaultServer) -> None:
    server.script(default=ok(delay=0.3))
    started = time.monotonic()
    result = run(
        "stop", *[f"t{i}" for i in range(4)], "--user", "ops", "--concurrency", "1", env=env_for(server)
    )
    assert result.returncode == 0
    assert time.monotonic() - started >= 4 * 0.3
    times = sorted(s.at for s in server.requests)
    assert all(b - a >= 0.25 for a, b in itertools.pairwise(times))


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["stop", "t", "--user", "ops"], {}, "DIFY_API_KEY"),
        (["stop", "t", "--user", "ops", "--base-url", "ftp://x/v1"], {"DIFY_API_KEY": KEY}, "scheme 'ftp'"),
        (
            ["stop", "t", "--user", "ops", "--api-key-file", "/nonexistent/key"],
            {},
            "cannot read --api-key-file",
        ),
        (["stop", "..", "--user", "ops"], {"DIFY_API_KEY": KEY}, "invalid task id '..'"),
        (["stop", "t", "--user", "  "], {"DIFY_API_KEY": KEY}, "--user must not be empty"),
        (["stop", "t", "--user", "ops", "--concurrency", "0"], {"DIFY_API_KEY": KEY}, "--concurrency"),
        (["stop", "t", "--user", "ops", "--header", "nocolon"], {"DIFY_API_KEY": KEY}, "'Name: value'"),
        (["stop", "t"], {"DIFY_API_KEY": KEY}, "--user"),
    ],
)
def test_usage_and_configuration_errors_are_exit_2(
    args: list[str], env: dict[str, str], message: str
) -> None:
    result = run(*args, env={"DIFY_BASE_URL": "http://127.0.0.1:9/v1", **env})
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert result.stdout == ""


def test_key_file_is_used_and_never_printed(server: FaultServer, tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    server.route = by_task(bad=reply(401, {"status": 401, "code": "unauthorized", "message": "Invalid key"}))  # type: ignore[assignment]
    result = run(
        "stop",
        "ok1",
        "bad",
        "--user",
        "ops",
        "--api-key-file",
        str(key_file),
        env={"DIFY_BASE_URL": server.url},
    )
    assert result.returncode == 1
    assert {s.headers["authorization"] for s in server.requests} == {f"Bearer {KEY}"}
    assert KEY not in result.stdout + result.stderr and KEY[-12:] not in result.stdout + result.stderr


def test_extra_headers_are_sent(server: FaultServer) -> None:
    result = run("stop", "t1", "--user", "ops", "--header", "Prefer: code=200", env=env_for(server))
    assert result.returncode == 0
    assert server.requests[0].headers["prefer"] == "code=200"


def test_no_progress_bar_when_piped(server: FaultServer) -> None:
    result = run("stop", *[f"t{i}" for i in range(10)], "--user", "ops", env=env_for(server))
    assert result.returncode == 0
    assert result.stderr == ""


def _on_tty(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    primary, secondary = pty.openpty()
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    proc = subprocess.Popen(
        [CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env={**base, **env, "TERM": "xterm", "COLUMNS": "100"},
    )
    os.close(secondary)
    chunks = []
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
        chunks.append(data)
    os.close(primary)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_tty(server: FaultServer) -> None:
    server.script(default=ok(delay=0.2))
    code, screen = _on_tty(
        ["stop", *[f"t{i}" for i in range(6)], "--user", "ops", "--concurrency", "2"], env_for(server)
    )
    assert code == 0
    assert "stopping" in screen and "stopped t5" in screen
    code, screen = _on_tty(["stop", *[f"t{i}" for i in range(6)], "--user", "ops", "--json"], env_for(server))
    assert code == 0 and "stopping" not in screen


def test_ctrl_c_is_exit_130(server: FaultServer) -> None:
    server.script(default=ok(delay=30))
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    proc = subprocess.Popen(
        [CLI, "stop", "t1", "t2", "--user", "ops"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **env_for(server)},
    )
    deadline = time.monotonic() + 20
    while len(server.requests) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "interrupted" in err and KEY not in out + err
