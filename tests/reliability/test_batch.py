"""Batch runs against the stand-in: one run per row (the stand-in's request log proves
it), a 429 storm, resume after a kill without a second billed run, unknown rows, Ctrl-C
that stops every run in flight, CSV in Dify's label layout, files uploaded once, and a
journal from another input refused."""

from __future__ import annotations

import asyncio
import json
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

from dify_workflow import AsyncWorkflowClient, WorkflowClient
from dify_workflow._journal import JournalMismatchError
from dify_workflow.testing import FakeDify, FakeServer, server, transport
from tests._support import KEY, ROOT
from tests.cli.test_cli import _on_tty
from tests.reliability.test_batch_busy import settled, start_batch

TRIAGE = ROOT / "tests" / "data" / "apps" / "triage_workflow.yml"


def run_posts(fake: FakeDify) -> list[dict[str, object]]:
    return [r[3]["inputs"] for r in fake.requests if r[1] == "/workflows/run" and isinstance(r[3], dict)]  # type: ignore[index]


def test_a_thousand_rows_at_concurrency_32_run_once_each() -> None:
    fake = FakeDify(time_scale=0.002)
    rows = [{"seconds": str(i % 5), "n": str(i)} for i in range(1000)]

    async def main() -> list[object]:
        with server(fake) as dify:
            async with AsyncWorkflowClient(api_key=KEY, base_url=dify.url) as client:
                async with client.run_batch(iter(rows), user="batch", concurrency=32) as batch:
                    results = [r async for r in batch]
                assert batch.summary is not None and batch.summary.all_succeeded
                return results

    results = asyncio.run(main())
    assert sorted(r.index for r in results) == list(range(1000))  # type: ignore[attr-defined]
    sent = Counter(p["n"] for p in run_posts(fake))  # type: ignore[index]
    assert len(sent) == 1000 and set(sent.values()) == {1}, "one run per row"
    assert len(fake.runs) == 1000


def test_a_429_storm_completes_with_lowered_concurrency() -> None:
    fake = FakeDify(time_scale=0.01, max_active_runs=4)
    client = AsyncWorkflowClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport(fake)))

    async def main() -> object:
        async with client.run_batch([{"seconds": "2"}] * 60, user="b", concurrency=16) as batch:
            statuses = [r.status async for r in batch]
        assert statuses == ["succeeded"] * 60
        return batch.summary

    summary = asyncio.run(main())
    assert fake.throttled > 0 and summary.throttled == fake.throttled  # type: ignore[attr-defined]
    assert summary.lowest_concurrency < 16  # type: ignore[attr-defined]
    assert len(fake.runs) == 60, "a 429 started nothing, and each row ran once"


def test_a_journal_of_another_input_or_app_is_refused(tmp_path: Path) -> None:
    fake = FakeDify(time_scale=0.01)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    journal = tmp_path / "j.db"
    with client.run_batch([{"seconds": "1"}], user="b", journal=journal, input_id="first.jsonl") as batch:
        assert [r.status for r in batch] == ["succeeded"]
    with pytest.raises(JournalMismatchError, match="belongs to another input"):
        with client.run_batch(
            [{"seconds": "1"}], user="b", journal=journal, input_id="second.jsonl"
        ) as batch:
            list(batch)
    with pytest.raises(JournalMismatchError, match="row 1 of the input differs"):
        with client.run_batch([{"seconds": "9"}], user="b", journal=journal, input_id="first.jsonl") as batch:
            list(batch)
    other_app = FakeDify.from_dsl(TRIAGE, time_scale=0.01)
    other = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(other_app)))
    with pytest.raises(JournalMismatchError, match="belongs to another app"):
        with other.run_batch([{"seconds": "1"}], user="b", journal=journal, input_id="first.jsonl") as batch:
            list(batch)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_file_inputs_are_uploaded_once_per_distinct_content(tmp_path: Path, concurrency: int) -> None:
    doc = {"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}
    fake = FakeDify(time_scale=0.01, extra_inputs=[doc])
    same_a, same_b, other = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    same_a.write_text("hello")
    same_b.write_text("hello")
    other.write_text("other")
    rows = [{"seconds": "1", "doc": str(p)} for p in (same_a, same_b, other, same_a)]
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with client.run_batch(rows, user="b", concurrency=concurrency) as batch:
        assert [r.status for r in batch] == ["succeeded"] * 4
    assert len(fake.uploads) == 2, "two distinct contents, two uploads (rows in flight at once too)"
    passed = Counter(run.inputs["doc"]["related_id"] for run in fake.runs.values())
    assert sorted(passed.values()) == [1, 3], "the three rows of one content share its upload"


def test_a_failed_upload_fails_its_row_and_sends_no_run(tmp_path: Path) -> None:
    doc = {"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}
    fake = FakeDify(time_scale=0.01, extra_inputs=[doc])
    stand_in = transport(fake)

    def refuse_uploads(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/files/upload"):
            body = {"code": "file_too_large", "message": "File size exceeded.", "status": 413}
            return httpx.Response(413, json=body)
        return stand_in.handle_request(request)

    (tmp_path / "big.txt").write_text("x")
    client = WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(refuse_uploads))
    )
    with client.run_batch([{"seconds": "1", "doc": str(tmp_path / "big.txt")}], user="b") as batch:
        (result,) = list(batch)
    assert result.status == "failed"
    assert result.error == "a file input could not be uploaded: HTTP 413 file_too_large: File size exceeded."
    assert fake.runs == {}, "no run was sent"


def test_a_row_that_fails_with_no_dify_answer_is_raised_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDify(time_scale=0.01)
    client = AsyncWorkflowClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport(fake)))
    real = client.stream_workflow

    def broken(inputs: dict[str, Any], **options: Any) -> Any:
        if inputs.get("seconds") == "2":
            raise RuntimeError("a bug in row 2")
        return real(inputs, **options)

    monkeypatch.setattr(client, "stream_workflow", broken)

    async def main() -> None:
        async with client.run_batch(
            [{"seconds": "1"}, {"seconds": "2"}, {"seconds": "3"}], user="b"
        ) as batch:
            async for _ in batch:
                pass

    with pytest.raises(RuntimeError, match="a bug in row 2"):
        asyncio.run(main())


# -- the CLI --------------------------------------------------------------------------------


N_INPUT = {"text-input": {"variable": "n", "label": "n", "type": "text-input", "required": False}}


@pytest.fixture
def slow_fake() -> Iterator[tuple[FakeDify, FakeServer]]:
    dify = FakeDify(time_scale=0.02, extra_inputs=[N_INPUT])
    with server(dify) as srv:
        yield dify, srv


def _batch(srv: FakeServer, *args: str, cwd: Path) -> subprocess.Popen[str]:
    return start_batch(srv.url, *args, cwd=cwd)


def _rows(path: Path, count: int, seconds: str = "10") -> None:
    path.write_text("".join(json.dumps({"seconds": seconds, "n": str(i)}) + "\n" for i in range(count)))


def test_a_killed_batch_resumes_without_running_a_row_twice(
    slow_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = slow_fake
    _rows(tmp_path / "rows.jsonl", 40)  # 10 s runs last 0.2 s
    proc = _batch(srv, "rows.jsonl", "--user", "b", "--concurrency", "8", cwd=tmp_path)
    deadline = time.monotonic() + 20
    while len(dify.runs) < 12 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    settled(dify)
    killed_with = len(dify.runs)
    assert 0 < killed_with < 40
    journal = tmp_path / "rows.jsonl.journal.db"
    with sqlite3.connect(journal) as db:
        sent_rows = {idx for (idx,) in db.execute("SELECT idx FROM rows WHERE state = 'sent'")}
    arrived = {int(p["n"]) for p in run_posts(dify)}  # type: ignore[call-overload]
    # A death between sending a row and its request reaching the server: the journal holds
    # it as sent, without ids, and no run of it exists anywhere.
    row_hash = __import__("dify_workflow._journal", fromlist=["row_hash"]).row_hash
    with sqlite3.connect(journal) as db:
        db.execute("DELETE FROM rows WHERE idx = 39")
        db.execute(
            "INSERT INTO rows (idx, hash, state, updated, sent_at, digest) VALUES (39, ?, 'sent', 0, ?, '{}')",
            (row_hash({"seconds": "10", "n": "39"}), time.time()),
        )
    resumed = _batch(
        srv,
        "rows.jsonl",
        "--user",
        "b",
        "--concurrency",
        "8",
        "--resume",
        "--reconcile-timeout",
        "3",
        cwd=tmp_path,
    )
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 1, err  # row 40 is unknown, not succeeded
    sent = Counter(p["n"] for p in run_posts(dify))  # type: ignore[index]
    assert max(sent.values()) == 1, f"a row ran twice: {[n for n, c in sent.items() if c > 1]}"
    assert "39" not in sent, "the unknown row was not sent again"
    results = [json.loads(line) for line in (tmp_path / "rows.jsonl.results.jsonl").read_text().splitlines()]
    assert [r["row"] for r in results] == list(range(1, 41)), "one line per row, in input order"
    # Rows the kill caught between their request and their first event were found on the
    # server and followed; only rows whose request never arrived (row 40, and any the kill
    # caught between journaling and sending) stay unknown: no run of them exists.
    never_arrived = {i for i in sent_rows if i not in arrived} | {39}
    unknown = {r["row"] - 1 for r in results if r["status"] == "unknown"}
    assert unknown == never_arrived, (unknown, sent_rows, arrived)
    assert all(r["status"] == "succeeded" for r in results if r["row"] - 1 not in unknown)
    assert "no run of it appeared on the server within 3 s" in results[39]["error"]
    assert f"{len(unknown)} unknown" in out
    again = _batch(
        srv,
        "rows.jsonl",
        "--user",
        "b",
        "--resume",
        "--resend-unknown",
        "--reconcile-timeout",
        "1",
        cwd=tmp_path,
    )
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    sent = Counter(p["n"] for p in run_posts(dify))  # type: ignore[index]
    assert {int(n) for n, c in sent.items()} == set(range(40)) and max(sent.values()) == 1
    assert sent["39"] == 1, "sent again only when asked"


def test_ctrl_c_stops_every_run_in_flight_and_a_resume_finishes(
    slow_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = slow_fake
    _rows(tmp_path / "rows.jsonl", 30, seconds="100")  # 2 s each: the Ctrl-C comes first
    proc = _batch(srv, "rows.jsonl", "--user", "b", "--concurrency", "5", cwd=tmp_path)
    deadline = time.monotonic() + 20
    while len(dify.runs) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    in_flight = [r for r in dify.runs.values() if r.status != "succeeded"]
    assert len(in_flight) == 5 and all(r.status == "stopped" for r in in_flight)
    assert sorted(dify.stops) == sorted(r.task_id for r in in_flight), "the stand-in saw each stop"
    assert "stopped 5 runs (confirmed)" in err
    assert "resume with: dify-workflow batch rows.jsonl --user b --resume --concurrency 5" in err
    resumed = _batch(srv, "rows.jsonl", "--user", "b", "--concurrency", "30", "--resume", cwd=tmp_path)
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err + (tmp_path / "rows.jsonl.results.jsonl").read_text()
    assert "30 succeeded" in out
    assert len(dify.runs) == 35, "the 5 stopped rows and the 25 never sent ran on resume; none twice"


def test_dify_batch_csv_with_label_headers_runs(tmp_path: Path) -> None:
    dify = FakeDify.from_dsl(TRIAGE, time_scale=0.01, chunks={"draft": ["ok"]})
    (tmp_path / "dify.csv").write_text("Question,Route\nWhy?,fast\nHow?,fast\n", encoding="utf-8")
    with server(dify) as srv:
        proc = _batch(srv, "dify.csv", "--user", "b", "--output", "out.csv", cwd=tmp_path)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        bad = tmp_path / "bad.csv"
        bad.write_text("Question,Route,Extra\nWhy?,slow,1\n,fast,2\n", encoding="utf-8")
        refused = _batch(srv, "bad.csv", "--user", "b", cwd=tmp_path)
        _, err = refused.communicate(timeout=60)
    assert sorted(r.inputs["question"] for r in dify.runs.values()) == ["How?", "Why?"]
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert (
        lines[0] == "row,status,error,workflow_run_id,elapsed,inputs,outputs,form_token" and len(lines) == 3
    )
    assert refused.returncode == 2 and "nothing was sent" in err
    assert "row 1: Extra is not an input of this app" in err
    assert "row 1: route must be one of ['fast', 'review'], not 'slow'" in err
    assert "row 2: question is required" in err
    assert len(dify.runs) == 2


@pytest.mark.parametrize(
    ("options", "message"), [({"concurrency": 0}, "concurrency must be"), ({"rate": -1}, "rate must be")]
)
def test_bad_batch_options_are_refused_at_once_on_both_clients(
    options: dict[str, float], message: str
) -> None:
    fake = FakeDify(time_scale=0.01)
    sync = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with pytest.raises(ValueError, match=message):
        sync.run_batch([{"seconds": "1"}], user="b", **options)  # type: ignore[arg-type]
    async_client = AsyncWorkflowClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport(fake)))
    with pytest.raises(ValueError, match=message):
        async_client.run_batch([{"seconds": "1"}], user="b", **options)  # type: ignore[arg-type]
    assert fake.requests == [], "nothing was sent"


def test_on_a_terminal_the_batch_draws_a_live_bar(
    slow_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    _, srv = slow_fake
    _rows(tmp_path / "rows.jsonl", 12, seconds="5")  # 0.1 s each, 4 at once: a few frames
    env = {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": srv.url}
    code, screen = _on_tty(["batch", str(tmp_path / "rows.jsonl"), "--user", "b", "--concurrency", "4"], env)
    assert code == 0, screen
    assert "━" in screen, "rich's bar"
    assert "12/12" in screen and "12 succeeded, 0 not, 0 running" in screen
    assert "12 succeeded" in screen.split("12/12")[-1], "the summary follows the bar"


def test_a_slow_reader_holds_the_batch_back_instead_of_piling_results_up() -> None:
    fake = FakeDify(time_scale=0.001)
    client = AsyncWorkflowClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport(fake)))

    async def main() -> tuple[int, int]:
        async with client.run_batch(({"seconds": "1"} for _ in range(400)), user="b", concurrency=4) as batch:
            seen = 0
            async for _ in batch:
                seen += 1
                if seen == 10:
                    await asyncio.sleep(0.5)  # the runs would all finish meanwhile if nothing held them
                    return seen, len(fake.runs)
        return seen, len(fake.runs)

    seen, started = asyncio.run(main())
    # What ran: the rows read, the results waiting to be read (a bounded queue), and the
    # rows in flight holding their place until their result is taken.
    assert started <= seen + 64 + 4 + 1, started


def test_the_sync_batch_hands_results_over_only_as_they_are_read() -> None:
    fake = FakeDify(time_scale=0.001)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with client.run_batch([{"seconds": "0"}] * 400, user="b", concurrency=4) as batch:
        for seen, _ in enumerate(batch, 1):
            if seen == 6:
                time.sleep(0.5)  # all 400 would have run by now if nothing held them back
                started = len(fake.runs)
                break
    assert started <= 6 + 64 + 4 + 1, started
    assert batch.summary is not None


def test_leaving_a_sync_batch_stops_its_runs_in_flight() -> None:
    fake = FakeDify(time_scale=0.01)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    rows = [{"seconds": "0"}] * 2 + [{"seconds": "1000"}] * 20  # the long ones run 10 s
    with client.run_batch(rows, user="b", concurrency=4) as batch:
        for seen, _ in enumerate(batch, 1):
            if seen == 2:
                deadline = time.monotonic() + 5
                while len(fake.runs) < 6 and time.monotonic() < deadline:
                    time.sleep(0.01)
                break
    in_flight = [r for r in fake.runs.values() if r.status != "succeeded"]
    assert [r.status for r in in_flight] == ["stopped"] * 4, (batch.stopped, fake.stops)
    assert sorted(fake.stops) == sorted(r.task_id for r in in_flight), "each stop reached the server"
    assert sorted(batch.stopped) == [2, 3, 4, 5]
    # The summary counts every row that ended, the stopped ones too.
    assert batch.summary is not None and batch.summary.by_status == {"succeeded": 2, "stopped": 4}


def test_a_sync_batch_on_your_http_client_runs_and_stops_every_slot_while_streams_are_quiet() -> None:
    # Each run's stream is read on a thread that blocks until its next chunk (here: no
    # ping for 30 s). More slots than asyncio's default thread pool has threads (32 at
    # most): all of them run, and leaving the batch still stops each one.
    fake = FakeDify(time_scale=0.01, ping_interval=30)
    with server(fake) as srv:
        http = httpx.Client(limits=httpx.Limits(max_connections=100))
        client = WorkflowClient(api_key=KEY, base_url=srv.url, http_client=http)
        with client.run_batch([{"seconds": "1000"}] * 40, user="b", concurrency=40) as batch:
            deadline = time.monotonic() + 10
            while len(fake.runs) < 40 and time.monotonic() < deadline:
                time.sleep(0.05)
            started = len(fake.runs)
        assert started == 40
        assert sorted(batch.stopped) == list(range(40))
        assert [r.status for r in fake.runs.values()] == ["stopped"] * 40
        assert not http.is_closed, "your client stays yours"
