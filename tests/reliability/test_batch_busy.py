"""Batches when the server is busy or goes away, through the CLI as a user runs it: rows
waiting for a worker survive a kill and a resume runs each row once, Ctrl-C (or SIGTERM)
stops every run of the batch (the waiting ones as they start), a server that dies stops
the batch with a clear error, connections that drop are followed, not guessed at."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dify_workflow import WorkflowClient
from dify_workflow.testing import FakeDify, FakeServer, server
from tests._proxy import Proxy
from tests._support import KEY, ROOT
from tests.cli.test_cli import CLI

N_INPUT = {"text-input": {"variable": "n", "label": "n", "type": "text-input", "required": False}}
HUMAN_INPUT_APP = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml"


def env_for(url: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    return {**base, "DIFY_API_KEY": KEY, "DIFY_BASE_URL": url}


def start_batch(url: str, *args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [CLI, "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(url),
        cwd=cwd,
    )


def write_rows(path: Path, count: int, seconds: str) -> None:
    path.write_text("".join(json.dumps({"seconds": seconds, "n": str(i)}) + "\n" for i in range(count)))


def posts(fake: FakeDify) -> Counter[str]:
    """How many run requests the stand-in got, per row (its `n` input)."""
    return Counter(
        str(r[3]["inputs"]["n"]) for r in fake.requests if r[1] == "/workflows/run" and isinstance(r[3], dict)
    )


def wait_for(condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.02)
    assert condition(), "timed out waiting"  # type: ignore[operator]


def drained(fake: FakeDify) -> bool:
    return fake.waiting == 0 and all(r.ended for r in fake.runs.values())


def settled(fake: FakeDify, quiet: float = 1.0) -> None:
    """Wait until the stand-in has had no new request for `quiet` seconds: a request a
    killed client (or a stopped proxy) had already written can reach the server a moment
    after the client is gone, and a test that reads what arrived must not race it."""
    seen, since = len(fake.requests), time.monotonic()
    deadline = since + 20
    while time.monotonic() - since < quiet:
        assert time.monotonic() < deadline, "the stand-in kept getting requests"
        time.sleep(0.05)
        if len(fake.requests) != seen:
            seen, since = len(fake.requests), time.monotonic()


@pytest.fixture
def one_slot() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = FakeDify(worker_slots=1, time_scale=0.05, extra_inputs=[N_INPUT])
    with server(fake) as dify:
        yield fake, dify


def test_a_batch_killed_while_rows_wait_resumes_with_every_row_run_once(
    one_slot: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    fake, dify = one_slot
    write_rows(tmp_path / "rows.jsonl", 8, seconds="10")  # 0.5 s each, one at a time
    proc = start_batch(dify.url, "rows.jsonl", "--user", "b", "--concurrency", "4", cwd=tmp_path)
    wait_for(lambda: len(fake.runs) == 1 and fake.waiting == 3)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    # The three waiting rows were sent without ids; their runs go on on the server.
    journal = sqlite3.connect(tmp_path / "rows.jsonl.journal.db")
    states = Counter(state for (state,) in journal.execute("SELECT state FROM rows"))
    journal.close()
    assert states == {"running": 1, "sent": 3}, states
    resumed = start_batch(
        dify.url, "rows.jsonl", "--user", "b", "--concurrency", "4", "--resume", cwd=tmp_path
    )
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert "8 succeeded" in out and "unknown" not in out
    assert posts(fake) == {str(i): 1 for i in range(8)}, "exactly one run request per row"
    assert len(fake.runs) == 8
    results = [json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()]
    assert [r["status"] for r in results] == ["succeeded"] * 8
    # Each row has its own run: the runs found on the server were claimed one to one.
    assert len({r["workflow_run_id"] for r in results}) == 8 and None not in {
        r["workflow_run_id"] for r in results
    }


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupting_a_batch_while_rows_wait_lets_no_run_of_it_succeed(
    one_slot: tuple[FakeDify, FakeServer], tmp_path: Path, signum: int
) -> None:
    fake, dify = one_slot
    write_rows(tmp_path / "rows.jsonl", 8, seconds="100")  # 5 s each
    proc = start_batch(
        dify.url,
        "rows.jsonl",
        "--user",
        "b",
        "--concurrency",
        "4",
        "--rate",
        "50",
        "--output",
        "out.jsonl",
        "--run-timeout",
        "900",
        cwd=tmp_path,
    )
    wait_for(lambda: len(fake.runs) == 1 and fake.waiting == 3)
    time.sleep(2.5)  # a progress line is due: it must say the rows wait, not that they run
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "0/8 done, 0 succeeded, 0 not, 1 running, 3 waiting for a Dify worker" in err
    assert "stopping 1 running runs; 3 runs wait for a Dify worker: each is stopped as it starts" in err
    assert "stopped 4 runs (confirmed)" in err
    resume = err.split("resume with: ")[1].splitlines()[0]
    assert resume == (
        "dify-workflow batch rows.jsonl --user b --resume --output out.jsonl --rate 50 --run-timeout 900"
    )
    wait_for(lambda: drained(fake))
    assert sorted(r.status for r in fake.runs.values()) == ["stopped"] * 4, "no run of the batch went on"
    assert len(fake.runs) == 4 and sorted(fake.stops) == sorted(r.task_id for r in fake.runs.values())


def test_a_server_that_goes_away_stops_the_batch_with_a_clear_error(tmp_path: Path) -> None:
    fake = FakeDify(time_scale=0.05, extra_inputs=[N_INPUT])
    write_rows(tmp_path / "rows.jsonl", 20, seconds="10")
    with server(fake) as dify, Proxy(dify.server_address[:2]) as proxy:
        proc = start_batch(
            proxy.url, "rows.jsonl", "--user", "b", "--concurrency", "4", "--max-retries", "1", cwd=tmp_path
        )
        wait_for(lambda: len(fake.runs) >= 6)
        proxy.stop()
        started = time.monotonic()
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
        assert proc.returncode == 1, err
        assert took < 20, f"it did not stop: {took:.1f} s"
        assert "Could not connect to 127.0.0.1" in err and "connection refused" in err
        assert "the batch stopped; resume with: dify-workflow batch rows.jsonl --user b --resume" in err
        assert "--max-retries 1" in err
        # The server is back, at another address: the journal knows the app by its runs.
        settled(fake)
        wait_for(lambda: drained(fake))
        with sqlite3.connect(tmp_path / "rows.jsonl.journal.db") as db:
            in_doubt = {str(i) for (i,) in db.execute("SELECT idx FROM rows WHERE state = 'sent'")}
        resumed = start_batch(
            dify.url, "rows.jsonl", "--user", "b", "--resume", "--reconcile-timeout", "3", cwd=tmp_path
        )
        out, err = resumed.communicate(timeout=120)
    assert max(posts(fake).values()) == 1, "no row ran twice"
    results = [json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()]
    # A request the proxy had taken but not passed on when it went away may or may not have
    # reached the server, as with a server that dies: the client cannot tell, so the resume
    # looks for its run and, finding none, reports the row unknown instead of sending it again.
    # Every other row ends succeeded, those that ran before the outage followed, not re-sent.
    unknown = {str(r["row"] - 1) for r in results if r["status"] == "unknown"}
    swallowed = {str(i) for i in range(20)} - set(posts(fake))
    assert unknown == swallowed and swallowed <= in_doubt, (unknown, swallowed, in_doubt)
    assert all(r["status"] == "succeeded" for r in results if str(r["row"] - 1) not in unknown), results
    assert resumed.returncode == (1 if swallowed else 0), err
    assert f"{20 - len(swallowed)} succeeded" in out


def test_connections_that_drop_mid_run_are_followed_to_the_runs_end(tmp_path: Path) -> None:
    fake = FakeDify(time_scale=0.05, extra_inputs=[N_INPUT])
    write_rows(tmp_path / "rows.jsonl", 12, seconds="40")  # 2 s each
    with server(fake) as dify, Proxy(dify.server_address[:2]) as proxy:
        proc = start_batch(proxy.url, "rows.jsonl", "--user", "b", "--concurrency", "6", cwd=tmp_path)
        wait_for(lambda: sum(1 for r in fake.runs.values() if not r.ended) == 6)
        time.sleep(0.3)
        proxy.drop(for_seconds=3.0)  # six streams cut mid-run, the next connections refused
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "12 succeeded" in out
    results = [json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()]
    assert all(r["status"] == "succeeded" and r["workflow_run_id"] for r in results), results
    assert posts(fake) == {str(i): 1 for i in range(12)}, "each row ran once"


def test_paused_rows_keep_their_form_token_and_a_resume_asks_again(tmp_path: Path) -> None:
    fake = FakeDify.from_dsl(HUMAN_INPUT_APP, time_scale=0.01)
    (tmp_path / "rows.jsonl").write_text('{"topic": "a"}\n{"topic": "b"}\n')
    with server(fake) as dify:
        first = start_batch(dify.url, "rows.jsonl", "--user", "b", cwd=tmp_path)
        out, err = first.communicate(timeout=60)
        assert first.returncode == 1, err
        assert "2 paused" in out
        results = [
            json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()
        ]
        tokens = [r["form_token"] for r in results]
        assert sorted(tokens) == sorted(fake.forms) and all(tokens)
        client = WorkflowClient(api_key=KEY, base_url=dify.url, http_client=httpx.Client())
        client.submit_human_input_form(tokens[0], inputs={"comment": "ok"}, action="approve", user="b")
        wait_for(lambda: sum(1 for r in fake.runs.values() if r.status == "succeeded") == 1)
        resumed = start_batch(dify.url, "rows.jsonl", "--user", "b", "--resume", cwd=tmp_path)
        out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 1, err
    assert "1 paused" in out and "1 succeeded" in out
    assert len(fake.runs) == 2, "a paused row is asked about, never sent again"


def test_a_second_interrupt_leaves_at_once_and_the_resume_stops_what_went_on(tmp_path: Path) -> None:
    fake = FakeDify(worker_slots=1, time_scale=0.02, extra_inputs=[N_INPUT])
    write_rows(tmp_path / "rows.jsonl", 4, seconds="100")  # 2 s each, one at a time
    with server(fake) as dify:
        proc = start_batch(dify.url, "rows.jsonl", "--user", "b", "--concurrency", "4", cwd=tmp_path)
        wait_for(lambda: len(fake.runs) == 1 and fake.waiting == 3)
        proc.send_signal(signal.SIGINT)
        time.sleep(0.02)  # the close is under way: stopping each waiting run as it starts
        left_at = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130 and time.monotonic() - left_at < 3, err
        assert "interrupted again: leaving now. Up to " in err and "runs of the batch may still run" in err
        assert "resume with: dify-workflow batch rows.jsonl --user b --resume" in err
        # The three waiting runs start one after another on the server; the resume finds
        # each (the journal marked them to be stopped), stops it and runs its row again.
        resumed = start_batch(dify.url, "rows.jsonl", "--user", "b", "--resume", cwd=tmp_path)
        out, err = resumed.communicate(timeout=120)
        assert resumed.returncode == 0, err
        wait_for(lambda: drained(fake))
    assert "4 succeeded" in out
    by_row: dict[str, list[str]] = {}
    for run_ in fake.runs.values():
        by_row.setdefault(str(run_.inputs["n"]), []).append(run_.status)
    assert all(statuses.count("succeeded") == 1 for statuses in by_row.values()), by_row
    # A run the resume found already finished counts as its row's result (how many did
    # depends on how fast the resume starts); every other one was stopped by a stop.
    assert all(r.status in ("succeeded", "stopped") for r in fake.runs.values())
    stopped = [r for r in fake.runs.values() if r.status == "stopped"]
    assert stopped and all(r.task_id in fake.stops for r in stopped), "stopped, not left to run"


def test_a_stop_the_server_never_confirmed_is_stopped_again_before_its_row_runs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dify answers every stop `success`, whether or not anything stopped (recordings 09,
    83, 84). A row whose stop was not confirmed may still be running: a resume must stop
    (and see stopped) that run before it sends the row again, or it is billed twice."""
    from dify_workflow import _batch_core

    monkeypatch.setattr(_batch_core, "STOP_WAIT", 0.5)
    fake = FakeDify(time_scale=0.05, extra_inputs=[N_INPUT])
    engine_stop = fake._engine.stop
    monkeypatch.setattr(fake._engine, "stop", lambda task_id, user: None)  # answered, not done
    journal = tmp_path / "j.db"
    rows = [{"seconds": "250", "n": "0"}]  # 12.5 s unless stopped
    with server(fake) as dify:
        client = WorkflowClient(api_key=KEY, base_url=dify.url)
        run_batch = lambda: client.run_batch(  # noqa: E731
            rows, user="b", journal=journal, input_id="rows", reconcile_timeout=0.5
        )
        with run_batch() as batch:
            wait_for(lambda: len(fake.runs) == 1 and batch.running == 1)
        assert batch.left == [0]
        with run_batch() as batch:  # the resume stops it: the server says success, nothing stops
            results = list(batch)
        assert [r.status for r in results] == ["stopped"] and batch.unconfirmed == [0]
        first = next(iter(fake.runs.values()))
        assert first.status == "running"
        monkeypatch.setattr(fake._engine, "stop", engine_stop)
        seen_at_send: list[str] = []
        engine_start = fake._engine.start

        def start(*args: object, **kwargs: object) -> object:
            seen_at_send.append(first.status)
            return engine_start(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(fake._engine, "start", start)
        monkeypatch.setattr(fake._engine, "time_scale", 0.001)  # the run sent again is quick
        with run_batch() as batch:  # stops it again, now for real, and only then runs the row
            results = list(batch)
        client.close()
    assert [r.status for r in results] == ["succeeded"], results
    assert first.status == "stopped" and first.task_id in fake.stops
    assert seen_at_send == ["stopped"], "the row was sent again while its first run went on"
    assert len(fake.runs) == 2


def test_a_run_the_server_keeps_answering_5xx_about_stops_the_batch_and_a_resume_follows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row follows its known run through failures, but not forever: a server that answers
    only 5xx about it for longer than the outage grace stops the batch with that error (the
    journal keeps the run; a resume follows it, never sending the row again)."""
    from dify_workflow import InternalServerError, _batch_core
    from dify_workflow.testing import _fake

    monkeypatch.setattr(_batch_core, "OUTAGE_GRACE", 1.0)

    class Failing(FakeDify):
        failing = False

        def _detail(self, **kwargs: Any) -> Any:
            return _fake._error(502, "unknown", "Bad Gateway") if self.failing else super()._detail(**kwargs)

        def _events(self, **kwargs: Any) -> Any:
            return _fake._error(502, "unknown", "Bad Gateway") if self.failing else super()._events(**kwargs)

    fake = Failing(time_scale=0.05, extra_inputs=[N_INPUT])
    rows = [{"seconds": "20", "n": "0"}]  # 1 s
    journal = tmp_path / "j.db"
    with server(fake) as dify, Proxy(dify.server_address[:2]) as proxy:
        client = WorkflowClient(api_key=KEY, base_url=proxy.url, max_retries=0)
        with client.run_batch(rows, user="b", journal=journal, input_id="rows") as batch:
            wait_for(lambda: batch.running == 1)
            fake.failing = True
            proxy.drop()  # the stream is cut; every question about the run gets a 502
            started = time.monotonic()
            with pytest.raises(InternalServerError) as raised:
                list(batch)
            assert time.monotonic() - started < 10
        assert raised.value.status_code == 502
        fake.failing = False
        with client.run_batch(rows, user="b", journal=journal, input_id="rows") as batch:
            results = list(batch)
        client.close()
    assert [r.status for r in results] == ["succeeded"]
    assert len(fake.runs) == 1, "the row was followed, not sent again"
