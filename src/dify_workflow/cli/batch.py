"""`dify-workflow batch`: every row of a JSONL or CSV file through the workflow, with
a journal that makes `--resume` safe (no row billed twice), results written as rows
finish and rewritten in input order at the end."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import hashlib
import json
import os
import shlex
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from .._batch_core import RECONCILE_TIMEOUT, AsyncBatch, BatchResult, BatchSummary
from .._exceptions import APIError
from .._types import InputField, input_fields
from ._common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError, chat_twin, describe

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
    batch.add_argument(
        "--encoding", default="utf-8", help="the input's text encoding (default utf-8; a BOM is fine)"
    )
    batch.add_argument("--resume", action="store_true", help="continue a batch from its journal")
    batch.add_argument("--retry-failed", action="store_true", help="with --resume: run failed rows again")
    batch.add_argument(
        "--resend-unknown",
        action="store_true",
        help="with --resume: send rows whose run may exist (sent, no id came back) again",
    )
    batch.add_argument(
        "--run-timeout", type=float, metavar="S", help="seconds a run may take from its start (then stopped)"
    )
    batch.add_argument(
        "--reconcile-timeout",
        type=float,
        default=RECONCILE_TIMEOUT,
        metavar="S",
        help=f"seconds a row sent without ids may take to appear on the server before it is unknown "
        f"(default {RECONCILE_TIMEOUT:g}); closing waits as long for waiting runs to start, to stop them",
    )


BATCH_EXAMPLES = """\
examples:
  export DIFY_API_KEY=app-...
  dify-workflow batch tickets.jsonl --user batch-1 --concurrency 8
  dify-workflow batch tickets.csv --user batch-1 --output results.csv --rate 2
  dify-workflow batch tickets.jsonl --user batch-1 --resume        # after a crash or Ctrl-C

Rows are checked against the app's parameters before the first run. The journal
(INPUT.journal.db) records each row as sent before its request and its run id at its
first event: --resume skips finished rows and follows rows still running. A row whose
ids never arrived (a busy Dify queues runs silently; a killed batch) is looked for on the
server by user, send time and inputs, and followed once found: it is "unknown" only when
no run of it appears within --reconcile-timeout (then --resend-unknown sends it again).
Ctrl-C (or SIGTERM) stops every run of the batch, those waiting for a worker as each
starts; a second one leaves at once (the resume command printed stops what may still run).
exit status: 0 every row succeeded, 1 some did not (or the server went away: the batch
stops and says how to resume), 2 usage, 130 interrupted.
"""


# The columns of a chat app's row that are not the app's inputs.
CHAT_COLUMNS = ("query", "conversation_id")


def read_rows(
    path: Path, fields: list[InputField], encoding: str = "utf-8", *, chat: bool = False
) -> Iterator[dict[str, Any]]:
    """The rows of a .jsonl or .csv input, lazily; a CSV header may hold the inputs'
    names or their labels (Dify's own batch CSV)."""
    for _, row, _ in _rows(path, fields, encoding, chat=chat):
        yield row


def _rows(
    path: Path, fields: list[InputField], encoding: str, *, chat: bool = False
) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
    """(row number, inputs, what is wrong with the row's shape) for each row."""
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise UsageError(f"{path}: INPUT must be .jsonl or .csv")
    try:
        if suffix == ".jsonl":
            yield from _jsonl_rows(path, encoding)
        else:
            yield from _csv_rows(path, fields, encoding, CHAT_COLUMNS if chat else ())
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{path}: not {encoding} text (byte {exc.object[exc.start]:#04x} cannot be read as {encoding}): "
            "save it as UTF-8, or name its encoding with --encoding (for example --encoding latin-1)"
        ) from None
    except LookupError:
        raise UsageError(f"--encoding {encoding}: no such text encoding") from None


def _jsonl_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
    with path.open(
        "r", encoding="utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding
    ) as handle:
        number = 0
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            number += 1
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise UsageError(f"{path}: line {line_number} is not JSON ({exc})") from None
            if not isinstance(row, dict):
                raise UsageError(f"{path}: line {line_number} is not a JSON object of inputs")
            yield number, row, []


def _csv_rows(
    path: Path, fields: list[InputField], encoding: str, columns_too: tuple[str, ...] = ()
) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
    by_label = {f.label: f.name for f in fields}
    names = {f.name for f in fields} | set(columns_too)
    # A paragraph input can be long: the csv module's 131,072-character field limit is not Dify's.
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    wanted = "utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding
    with path.open("r", encoding=wanted, newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            return
        columns = [c if c in names else by_label.get(c, c) for c in (h.strip() for h in header)]
        twice = sorted({c for c in columns if c and columns.count(c) > 1})
        if twice:
            raise UsageError(
                f"{path}: the header names {', '.join(twice)} more than once (as a name or a label); "
                "each input needs one column; nothing was sent"
            )
        number = 0
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            number += 1
            problems = []
            if len(values) > len(columns):
                problems.append(
                    f"row {number}: {len(values)} fields, but the header has {len(columns)} columns "
                    "(a comma inside a value needs quotes)"
                )
            yield number, {c: v for c, v in zip(columns, values, strict=False) if c and v != ""}, problems


def check_rows(
    path: Path, fields: list[InputField], encoding: str = "utf-8", *, chat: bool = False
) -> tuple[int, list[str]]:
    """Every row checked against the app's inputs: (row count, problems by row number). A
    chat app's row also holds its message (`query`) and may name a `conversation_id`."""
    known = {f.name: f for f in fields}
    problems: list[str] = []
    count = 0
    for count, row, shape in _rows(path, fields, encoding, chat=chat):
        problems.extend(shape)
        if chat:
            query = row.get("query")
            if not isinstance(query, str) or not query.strip():
                problems.append(f"row {count}: no query (the message to send: a chat app's row needs one)")
            row = {k: v for k, v in row.items() if k not in CHAT_COLUMNS}
        unknown = sorted(set(row) - set(known))
        if unknown:
            problems.append(f"row {count}: {', '.join(unknown)} is not an input of this app")
        for field in fields:
            problem = _check_value(field, row.get(field.name))
            if problem is not None:
                problems.append(f"row {count}: {problem}")
        if len(problems) > 50:
            problems.append("... (more problems not listed)")
            break
    return count, problems


def _check_value(field: InputField, value: Any) -> str | None:
    """What Dify would refuse in one input's value (its own checks), before anything is sent."""
    name, kind = field.name, field.kind
    if value is None:  # Dify takes "" as a value; only a missing one (or null) is missing
        return f"{name} is required" if field.required else None
    if value == "" and kind in ("text-input", "paragraph"):
        return None
    if kind in ("text-input", "paragraph", "select") and not isinstance(value, str):
        return f"{name} must be text, not {type(value).__name__} {value!r}"
    limit = field.raw.get("max_length")
    if kind in ("text-input", "paragraph") and isinstance(limit, int) and limit > 0 and len(value) > limit:
        return f"{name} is {len(value)} characters long; the app takes at most {limit} (max_length)"
    if field.options and value not in field.options:
        return f"{name} must be one of {list(field.options)}, not {value!r}"
    if kind == "number" and not _numeric(value):
        return f"{name} must be a number, not {value!r}"
    if kind in ("file", "file-list"):
        paths = value if isinstance(value, list) else [value]
        for item in paths:
            if isinstance(item, str) and not Path(item).expanduser().is_file():  # as the upload reads it
                return f"{name}: no such file {item!r}"
    return None


def _numeric(value: Any) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    try:
        float(str(value))
    except ValueError:
        return False
    return True


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
                ["row", "status", "error", "workflow_run_id", "elapsed", "inputs", "outputs", "form_token"]
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
                    record["form_token"] or "",
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
    every few seconds (a terminal without rich: one line rewritten in place). It moves on
    a timer, not only when a row finishes: a busy server can keep every row waiting."""

    def __init__(self, total: int, err: TextIO, batch: AsyncBatch) -> None:
        self.total, self.err, self.batch = total, err, batch
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

    def add(self, result: BatchResult) -> None:
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        self.tick(force=self.tty)

    def tick(self, force: bool = False) -> None:
        if self._bar is not None:
            done, detail, _ = self._state()
            self._bar.update(self._task, completed=done, detail=detail)
            return
        now = time.monotonic()
        if force or now - self.shown >= PROGRESS_EVERY:
            self.shown = now
            self.show(end="\r" if self.tty else "\n")

    def _state(self) -> tuple[int, str, str]:
        """Rows done, what the others do, and the ETA: runs per minute count only the rows
        run now (not those a resume took from the journal)."""
        batch = self.batch
        done = sum(self.counts.values())
        ok = self.counts.get("succeeded", 0)
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        rate = (done - batch.resumed) / minutes
        eta = f"{(self.total - done) / rate:.1f} min" if rate > 0 else "-"
        detail = f"{ok} succeeded, {done - ok} not, {batch.running} running"
        if batch.waiting:
            detail += f", {batch.waiting} waiting for a Dify worker"
        return done, f"{detail}, {rate:.0f} runs/min", eta

    def show(self, end: str = "\n") -> None:
        done, detail, eta = self._state()
        line = f"{done}/{self.total} done, {detail}, ETA {eta}"
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


def resume_command(args: argparse.Namespace) -> str:
    """The whole command that resumes this batch: every option it ran with."""
    words = ["dify-workflow", "batch", str(args.input), "--user", args.user, "--resume"]
    defaults = {
        "output": None,
        "journal": None,
        "concurrency": 4,
        "rate": None,
        "run_timeout": None,
        "reconcile_timeout": RECONCILE_TIMEOUT,
        "encoding": "utf-8",
        "base_url": None,
        "api_key_file": None,
        "timeout": 30.0,
        "max_retries": 2,
    }
    for name, default in defaults.items():
        value = getattr(args, name, default)
        if value is not None and value != default:
            words += [f"--{name.replace('_', '-')}", f"{value:g}" if isinstance(value, float) else str(value)]
    for header in args.header:
        words += ["--header", header]
    if args.json:
        words.append("--json")
    return shlex.join(words)


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
    mode = (await client.get_app_info()).mode
    chat = mode in CHAT_MODES
    if chat:
        # A chat app's key: every row is a message (its `query`), on a chat client.
        client = chat_twin(client)
    async with contextlib.AsyncExitStack() as owned:
        if chat:
            await owned.enter_async_context(client)
        return await _batch(client, args, out, path, journal, fields, chat)


# The app modes whose API is the chat API.
CHAT_MODES = frozenset({"advanced-chat", "chat", "agent-chat"})


async def _batch(
    client: Any,
    args: argparse.Namespace,
    out: TextIO,
    path: Path,
    journal: Path,
    fields: list[InputField],
    chat: bool,
) -> int:
    total, problems = check_rows(path, fields, args.encoding, chat=chat)
    if problems:
        raise UsageError(
            "the input does not fit the app's inputs; nothing was sent:\n  " + "\n  ".join(problems)
        )
    output = _Output(args.output or path.with_name(path.name + ".results.jsonl"), args.resume)
    batch = AsyncBatch(
        client,
        read_rows(path, fields, args.encoding, chat=chat),
        user=args.user,
        concurrency=args.concurrency,
        rate=args.rate,
        journal=journal,
        input_id=_input_id(path),
        resend_unknown=args.resend_unknown,
        retry_failed=args.retry_failed,
        timeout=args.run_timeout,
        reconcile_timeout=args.reconcile_timeout,
    )
    progress = _Progress(total, sys.stderr, batch)
    loop = asyncio.get_running_loop()
    interrupts: asyncio.Queue[None] = asyncio.Queue()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, interrupts.put_nowait, None)
            installed.append(signum)
        except (NotImplementedError, RuntimeError):
            pass

    async def consume() -> None:
        async for result in batch:
            output.write(result)
            progress.add(result)

    async def tick() -> None:
        while True:
            await asyncio.sleep(0.25)
            progress.tick()

    consumer = asyncio.ensure_future(consume())
    interrupted = asyncio.ensure_future(interrupts.get())
    ticker = asyncio.ensure_future(tick())
    try:
        await asyncio.wait({consumer, interrupted}, return_when=asyncio.FIRST_COMPLETED)
        ticker.cancel()
        if interrupted.done():
            consumer.cancel()
            return await _interrupted(batch, progress, output, interrupts, args)
        try:
            consumer.result()
        except APIError as exc:
            # The server went away (refused after the client's retries): the batch stopped.
            progress.close()
            await batch.aclose()
            output.finish()
            print(f"dify-workflow: error: {describe(exc)}", file=sys.stderr)
            print(f"the batch stopped; resume with: {resume_command(args)}", file=sys.stderr)
            return EXIT_FAILED
        await batch.aclose()
    finally:
        ticker.cancel()
        interrupted.cancel()
        progress.close()
        for signum in installed:
            loop.remove_signal_handler(signum)
    output.finish()
    summary = batch.summary
    if summary is None:  # pragma: no cover - set by aclose
        return EXIT_FAILED
    for line in summary_lines(summary):
        print(line, file=out)
    print(f"results: {output.path}", file=out)
    return EXIT_OK if summary.all_succeeded else EXIT_FAILED


async def _interrupted(
    batch: AsyncBatch,
    progress: _Progress,
    output: _Output,
    interrupts: asyncio.Queue[None],
    args: argparse.Namespace,
) -> int:
    """Ctrl-C (or SIGTERM): stop every run of the batch, say what is true of each, and
    how to resume; a second one leaves at once."""
    err = sys.stderr
    progress.close()
    running, waiting = batch.running, batch.waiting
    said = f"interrupted: stopping {running} running runs"
    if waiting:
        said += (
            f"; {waiting} runs wait for a Dify worker: each is stopped as it starts "
            f"(up to {args.reconcile_timeout:g} s; Ctrl-C again to leave now)"
        )
    print(said, file=err, flush=True)
    closing = asyncio.ensure_future(batch.aclose())
    again = asyncio.ensure_future(interrupts.get())
    await asyncio.wait({closing, again}, return_when=asyncio.FIRST_COMPLETED)
    if not closing.done():
        print(
            f"interrupted again: leaving now. Up to {batch.running + batch.waiting} runs of the batch may "
            "still run (and be billed); the resume command finds them and stops them:",
            file=err,
        )
        print(f"resume with: {resume_command(args)}", file=err, flush=True)
        os._exit(EXIT_INTERRUPTED)
    again.cancel()
    output.finish()
    parts = [f"stopped {len(batch.stopped)} runs (confirmed)"]
    if batch.unconfirmed:
        parts.append(f"{len(batch.unconfirmed)} stops sent but not confirmed")
    if batch.left:
        parts.append(f"{len(batch.left)} runs may still run: the resume stops them")
    print("; ".join(parts), file=err)
    print(f"resume with: {resume_command(args)}", file=err)
    return EXIT_INTERRUPTED
