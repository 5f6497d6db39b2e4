"""`dify-workflow batch`: every row of a JSONL or CSV file through the workflow, with
a journal that makes `--resume` safe (no row billed twice), results written as rows
finish and rewritten in input order at the end."""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import json
import os
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from .._batch_core import AsyncBatch, BatchResult, BatchSummary
from .._types import InputField, input_fields
from ._common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError

PROGRESS_EVERY = 2.0


def add_parser(command: Any) -> None:
    """The `batch` command's options (on the parser `command` made)."""
    batch = command(
        "batch",
        "run the workflow once per row of a JSONL or CSV file (resumable)",
        BATCH_EXAMPLES,
    )
    batch.add_argument(
        "input", metavar="INPUT", type=Path, help=".jsonl (an object per line) or .csv (a header row)"
    )
    batch.add_argument("--user", required=True, help="your end-user identifier for the runs")
    batch.add_argument("--output", type=Path, help="results: .jsonl (default INPUT.results.jsonl) or .csv")
    batch.add_argument("--concurrency", type=int, default=4, help="runs at once at most (default 4)")
    batch.add_argument("--rate", type=float, help="run starts per second at most")
    batch.add_argument("--journal", type=Path, help="the journal file (default INPUT.journal.db)")
    batch.add_argument("--resume", action="store_true", help="continue a batch from its journal")
    batch.add_argument("--retry-failed", action="store_true", help="with --resume: run failed rows again")
    batch.add_argument(
        "--resend-unknown",
        action="store_true",
        help="with --resume: send rows whose run may exist (sent, no id came back) again",
    )
    batch.add_argument("--run-timeout", type=float, metavar="S", help="seconds a run may take at most")


BATCH_EXAMPLES = """\
examples:
  export DIFY_API_KEY=app-...
  dify-workflow batch tickets.jsonl --user batch-1 --concurrency 8
  dify-workflow batch tickets.csv --user batch-1 --output results.csv --rate 2
  dify-workflow batch tickets.jsonl --user batch-1 --resume        # after a crash or Ctrl-C

Rows are checked against the app's parameters before the first run. The journal
(INPUT.journal.db) records each row as sent before its request and its run id at its
first event: --resume skips finished rows, follows rows still running, and reports rows
sent without an id as "unknown" (the run may exist and be billed; --resend-unknown sends
them again). exit status: 0 every row succeeded, 1 some did not, 2 usage, 130 Ctrl-C
(runs in flight stopped, confirmed; the command to resume is printed).
"""


def read_rows(path: Path, fields: list[InputField]) -> Iterator[dict[str, Any]]:
    """The rows of a .jsonl or .csv input, lazily; a CSV header may hold the inputs'
    names or their labels (Dify's own batch CSV)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("r", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise UsageError(f"{path}: line {number} is not JSON ({exc})") from None
                if not isinstance(row, dict):
                    raise UsageError(f"{path}: line {number} is not a JSON object of inputs")
                yield row
    elif suffix == ".csv":
        by_label = {f.label: f.name for f in fields}
        names = {f.name for f in fields}
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                return
            columns = [c if c in names else by_label.get(c, c) for c in (h.strip() for h in header)]
            for values in reader:
                if any(v.strip() for v in values):
                    yield {c: v for c, v in zip(columns, values, strict=False) if c and v != ""}
    else:
        raise UsageError(f"{path}: INPUT must be .jsonl or .csv")


def check_rows(path: Path, fields: list[InputField]) -> tuple[int, list[str]]:
    """Every row checked against the app's inputs: (row count, problems by row number)."""
    known = {f.name: f for f in fields}
    problems: list[str] = []
    count = 0
    for count, row in enumerate(read_rows(path, fields), 1):
        unknown = sorted(set(row) - set(known))
        if unknown:
            problems.append(f"row {count}: {', '.join(unknown)} is not an input of this app")
        for field in fields:
            value = row.get(field.name)
            if field.required and value in (None, ""):
                problems.append(f"row {count}: {field.name} is required")
            elif field.options and value not in (None, "") and value not in field.options:
                problems.append(
                    f"row {count}: {field.name} must be one of {list(field.options)}, not {value!r}"
                )
        if len(problems) > 50:
            problems.append("... (more problems not listed)")
            break
    return count, problems


def _input_id(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{path.resolve()} sha256:{digest.hexdigest()}"


class _Output:
    """Result lines as rows finish; rewritten in input order at the end."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.csv = path.suffix.lower() == ".csv"
        self.handle = path.open("a" if resume else "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.handle) if self.csv else None
        if self.writer is not None and not resume:
            self.writer.writerow(
                ["row", "status", "error", "workflow_run_id", "elapsed", "inputs", "outputs"]
            )

    def write(self, result: BatchResult) -> None:
        record = result.to_dict()
        if self.writer is not None:
            self.writer.writerow(
                [
                    record["row"],
                    record["status"],
                    record["error"] or "",
                    record["workflow_run_id"] or "",
                    "" if record["elapsed"] is None else f"{record['elapsed']:.3f}",
                    json.dumps(record["inputs"], ensure_ascii=False),
                    json.dumps(record["outputs"], ensure_ascii=False),
                ]
            )
        else:
            self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()

    def finish(self) -> None:
        """Rewrite in input order, one line per row (the last result of a row wins).

        The lines are sorted through a SQLite file next to the output, not in memory, so
        a million-row batch ends as flat as it ran."""
        self.handle.close()
        temporary = self.path.with_name(self.path.name + ".tmp")
        with tempfile.TemporaryDirectory(dir=self.path.parent, prefix=".batch-order-") as folder:
            order = sqlite3.connect(Path(folder) / "order.db", isolation_level=None)
            try:
                order.execute("PRAGMA journal_mode=OFF")
                order.execute("CREATE TABLE line (row INTEGER PRIMARY KEY, text TEXT NOT NULL)")
                with self.path.open("r", encoding="utf-8", newline="") as handle:
                    order.execute("BEGIN")
                    if self.csv:
                        reader = csv.reader(handle)
                        header = next(reader, None)
                        records: Iterator[tuple[int, str]] = (
                            (int(line[0]), json.dumps(line)) for line in reader if line and line[0].isdigit()
                        )
                    else:
                        header = None
                        records = ((json.loads(line)["row"], line) for line in handle if line.strip())
                    order.executemany("INSERT OR REPLACE INTO line VALUES (?, ?)", records)
                    order.execute("COMMIT")
                texts = (text for (text,) in order.execute("SELECT text FROM line ORDER BY row"))
                with temporary.open("w", encoding="utf-8", newline="") as out:
                    if self.csv:
                        writer = csv.writer(out)
                        if header is not None:
                            writer.writerow(header)
                        writer.writerows(json.loads(text) for text in texts)
                    else:
                        out.writelines(texts)
            finally:
                order.close()
        os.replace(temporary, self.path)


class _Progress:
    """Progress on stderr: a live bar on a terminal (with the extra `cli`), else one line
    every few seconds (a terminal without rich: one line rewritten in place)."""

    def __init__(self, total: int, err: TextIO) -> None:
        self.total, self.err = total, err
        self.counts: dict[str, int] = {}
        self.started = self.shown = time.monotonic()
        self.tty = err.isatty()
        self._bar: Any = None
        if self.tty:
            try:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeRemainingColumn,
                )
            except ImportError:
                return
            self._bar = Progress(
                TextColumn("batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[detail]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=err),
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self._bar.add_task("batch", total=total, detail="")
            self._bar.start()

    def add(self, result: BatchResult, running: int) -> None:
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        if self._bar is not None:
            done, detail = self._state(running)
            self._bar.update(self._task, completed=done, detail=detail)
            return
        now = time.monotonic()
        if self.tty or now - self.shown >= PROGRESS_EVERY:
            self.shown = now
            self.show(running, end="\r" if self.tty else "\n")

    def _state(self, running: int) -> tuple[int, str]:
        done = sum(self.counts.values())
        ok = self.counts.get("succeeded", 0)
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        return done, f"{ok} succeeded, {done - ok} not, {running} running, {done / minutes:.0f} runs/min"

    def show(self, running: int, end: str = "\n") -> None:
        done, detail = self._state(running)
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        rate = done / minutes
        eta = (self.total - done) / rate if rate else 0.0
        line = f"{done}/{self.total} done, {detail}, ETA {eta:.1f} min"
        print(line.ljust(78) if self.tty else line, file=self.err, end=end, flush=True)

    def close(self) -> None:
        """End the live display (the bar stays on screen, complete or where it stopped)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        elif self.tty:
            print(file=self.err)


def summary_lines(summary: BatchSummary) -> list[str]:
    counts = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
    times = (
        "-" if summary.p50 is None else f"p50 {summary.p50:.2f} s, p95 {(summary.p95 or summary.p50):.2f} s"
    )
    lines = [
        f"batch: {summary.total} rows: {counts or 'none'}",
        f"run time {times}; {summary.tokens} tokens; wall time {summary.wall_time:.1f} s",
    ]
    if summary.throttled:
        lines.append(
            f"the server said 429 {summary.throttled} times; concurrency went down to {summary.lowest_concurrency}"
        )
    return lines


async def batch_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    path: Path = args.input
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    journal = args.journal or path.with_name(path.name + ".journal.db")
    if journal.exists() and not args.resume:
        raise UsageError(f"the journal {journal} exists: pass --resume to continue that batch, or remove it")
    if args.resume and not journal.exists():
        raise UsageError(f"--resume: no journal at {journal}")
    if (args.retry_failed or args.resend_unknown) and not args.resume:
        raise UsageError("--retry-failed and --resend-unknown go with --resume")
    fields = input_fields(await client.get_app_parameters())
    total, problems = check_rows(path, fields)
    if problems:
        raise UsageError(
            "the input does not fit the app's inputs; nothing was sent:\n  " + "\n  ".join(problems)
        )
    output = _Output(args.output or path.with_name(path.name + ".results.jsonl"), args.resume)
    progress = _Progress(total, sys.stderr)
    batch = AsyncBatch(
        client,
        read_rows(path, fields),
        user=args.user,
        concurrency=args.concurrency,
        rate=args.rate,
        journal=journal,
        input_id=_input_id(path),
        resend_unknown=args.resend_unknown,
        retry_failed=args.retry_failed,
        timeout=args.run_timeout,
    )
    loop = asyncio.get_running_loop()
    interrupted = asyncio.Event()
    try:
        loop.add_signal_handler(signal.SIGINT, interrupted.set)
        installed = True
    except (NotImplementedError, RuntimeError):
        installed = False

    async def consume() -> None:
        async for result in batch:
            output.write(result)
            progress.add(result, batch.running)

    consumer = asyncio.ensure_future(consume())
    waiter = asyncio.ensure_future(interrupted.wait())
    try:
        await asyncio.wait({consumer, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if interrupted.is_set():
            progress.close()
            print(f"interrupted: stopping {batch.running} runs in flight ...", file=sys.stderr, flush=True)
            await batch.aclose()
            consumer.cancel()
            output.finish()
            print(f"stopped {len(batch.stopped)} runs in flight (confirmed by run detail)", file=sys.stderr)
            resume = f"dify-workflow batch {path} --user {args.user} --resume"
            if args.journal:
                resume += f" --journal {args.journal}"
            print(f"resume with: {resume}", file=sys.stderr)
            return EXIT_INTERRUPTED
        consumer.result()
        await batch.aclose()
    finally:
        waiter.cancel()
        progress.close()
        if installed:
            loop.remove_signal_handler(signal.SIGINT)
    progress.close()
    output.finish()
    summary = batch.summary
    if summary is None:  # pragma: no cover - set by aclose
        return EXIT_FAILED
    for line in summary_lines(summary):
        print(line, file=out)
    print(f"results: {output.path}", file=out)
    return EXIT_OK if summary.all_succeeded else EXIT_FAILED
