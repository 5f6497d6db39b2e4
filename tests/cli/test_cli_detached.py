"""The CLI on a busy server and with runs that outlive the command: `run` says it waits for
a worker and stops a run interrupted while it waits as soon as it starts, SIGTERM is
Ctrl-C, a blocking run interrupted says how to find the run, and `submit` / `wait` /
`attach` hand a run from one command (or machine) to another."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dify_workflow import RunHandle
from dify_workflow.testing import FakeDify, FakeServer, server
from tests._support import KEY, ROOT
from tests.cli.test_cli import CLI, run
from tests.reliability.test_busy_server import occupy

SCALE = 0.1


@pytest.fixture
def busy() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = FakeDify(worker_slots=1, time_scale=SCALE)
    with server(fake) as dify:
        yield fake, dify


def env_of(srv: FakeServer) -> dict[str, str]:
    return {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": srv.url}


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    return subprocess.Popen(
        [CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**base, **env}
    )


def wait_for(condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.02)
    assert condition()  # type: ignore[operator]


def test_run_says_it_waits_for_a_worker_and_then_streams(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    occupy(fake, 2.5)
    result = run("run", "--input", "seconds=1", "--user", "ops", env=env_of(dify))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("waiting for a Dify worker (1 s): the server is busy")
    assert lines[1].startswith("run ") and lines[-1].startswith("succeeded ")


def test_run_interrupted_while_waiting_stops_the_run_as_it_starts(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    occupy(fake, 1.5)
    proc = start("run", "--input", "seconds=100", "--user", "ops", env=env_of(dify))
    wait_for(lambda: fake.waiting == 1)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, out + err
    assert "interrupted while the run waits for a Dify worker" in out
    assert "it is stopped as soon as it does" in out
    [ours] = [r for r in fake.runs.values() if r.user == "ops"]
    assert f"stopped {ours.run_id} (confirmed)" in out
    assert ours.status == "stopped" and fake.stops == [ours.task_id]


def test_a_second_interrupt_while_waiting_leaves_and_prints_the_handle(
    busy: tuple[FakeDify, FakeServer],
) -> None:
    fake, dify = busy
    occupy(fake, 1.5)
    proc = start("run", "--input", "seconds=1", "--user", "ops", env=env_of(dify))
    wait_for(lambda: fake.waiting == 1)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "the run may still start and be billed" in out
    handle = RunHandle.from_json(out.split("dify-workflow wait '")[1].split("'")[0])
    assert handle.pending and handle.user == "ops"
    waited = run("wait", handle.to_json(), "--max-wait", "30", env=env_of(dify))
    assert waited.returncode == 0, waited.stderr
    [ours] = [r for r in fake.runs.values() if r.user == "ops"]
    assert f"succeeded {ours.run_id}" in waited.stdout


def test_sigterm_stops_a_run_as_ctrl_c_does() -> None:
    fake = FakeDify(time_scale=SCALE)
    with server(fake) as dify:
        proc = start("run", "--input", "seconds=100", "--user", "ops", env=env_of(dify))
        wait_for(lambda: len(fake.runs) == 1)
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    [the_run] = fake.runs.values()
    assert proc.returncode == 130, out + err
    assert f"stopped {the_run.run_id} (confirmed)" in out and the_run.status == "stopped"


def test_an_interrupted_blocking_run_says_it_goes_on_and_how_to_find_it() -> None:
    fake = FakeDify(time_scale=SCALE)
    with server(fake) as dify:
        proc = start("run", "--input", "seconds=20", "--user", "ops", "--blocking", env=env_of(dify))
        wait_for(lambda: len(fake.runs) == 1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130
        assert "a blocking run cannot be stopped from here, and it may go on on the server" in err
        handle = err.split("dify-workflow wait '")[1].split("'")[0]
        waited = run("wait", handle, "--max-wait", "30", env=env_of(dify))
    [the_run] = fake.runs.values()
    assert waited.returncode == 0, waited.stderr
    assert f"succeeded {the_run.run_id}" in waited.stdout


def test_submit_then_wait_and_attach_from_other_commands(
    busy: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    fake, dify = busy
    occupy(fake, 2.5)  # longer than a loaded machine takes to start the CLI
    submitted = run(
        "submit", "--input", "seconds=5", "--user", "ops", "--wait-for-ids", "0.3", env=env_of(dify)
    )
    assert submitted.returncode == 0, submitted.stderr
    assert "the run waits for a Dify worker" in submitted.stderr
    (tmp_path / "run.json").write_text(submitted.stdout)
    handle = RunHandle.from_json(submitted.stdout)
    assert handle.pending and KEY not in submitted.stdout
    attached = run("attach", str(tmp_path / "run.json"), env=env_of(dify))
    assert attached.returncode == 0, attached.stderr
    [ours] = [r for r in fake.runs.values() if r.user == "ops"]
    assert f"succeeded {ours.run_id}" in attached.stdout
    waited = subprocess.run(
        [CLI, "wait", "-", "--json"],
        input=submitted.stdout,
        capture_output=True,
        text=True,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}, **env_of(dify)},
        timeout=60,
    )
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["id"] == ours.run_id


def test_attach_ctrl_c_stops_the_run_and_wait_exits_3(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    submitted = run("submit", "--input", "seconds=100", "--user", "ops", env=env_of(dify))
    assert submitted.returncode == 0, submitted.stderr
    proc = start("attach", submitted.stdout.strip(), env=env_of(dify))
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    [the_run] = fake.runs.values()
    assert proc.returncode == 130, out + err
    assert f"stopped {the_run.run_id} (confirmed)" in out
    waited = run("wait", submitted.stdout.strip(), env=env_of(dify))
    assert waited.returncode == 3 and f"stopped {the_run.run_id}" in waited.stdout


@pytest.mark.parametrize(
    ("handle", "says"),
    [
        ("not-a-file", "is neither a run handle (JSON) nor a readable file"),
        ('{"user": "u"}', "not a run handle"),
        (str(ROOT / "README.md"), "HANDLE must hold one run handle"),
    ],
)
def test_a_bad_handle_is_a_usage_error(handle: str, says: str) -> None:
    result = run("wait", handle, env={"DIFY_API_KEY": KEY, "DIFY_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.returncode == 2 and says in result.stderr, result.stderr


def test_submit_wait_and_attach_have_help_with_examples() -> None:
    for command, example in (
        ("submit", "dify-workflow submit --input"),
        ("wait", "dify-workflow wait run.json"),
        ("attach", "dify-workflow attach run.json"),
    ):
        result = run(command, "--help")
        assert result.returncode == 0 and example in result.stdout
