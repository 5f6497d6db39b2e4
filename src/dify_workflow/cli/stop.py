"""`dify-workflow stop`: stop tasks by id, concurrently, one result line each."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .._config import API_KEY_ENV
from .._exceptions import DifyError, same_text
from ._common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    check_cli_id,
    error_kind,
    make_client,
    read_api_key,
)

PROGRESS_MIN_TASKS = 4

STOP_EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...            # the key never goes on the command line
  dify-workflow stop c3800678-a077-43df-a102-53f23ed20b88 --user user_workflow_123
  dify-workflow stop ID1 ID2 ID3 --user ops --json
  grep -v '^#' ids.txt | dify-workflow stop - --user ops --concurrency 4
  dify-workflow stop ID --user ops --api-key-file ~/.dify-key --base-url https://dify.internal/v1

exit status: 0 all stopped, 1 at least one failed, 2 usage or configuration error,
130 interrupted (results known by then are printed, the rest marked "interrupted"),
141 output closed early (e.g. piped into head). Dify answers success for unknown or
finished tasks too: "stopped" means the stop was requested.
"""


def read_task_ids(args: Sequence[str], stdin: TextIO) -> list[str]:
    if list(args) == ["-"]:
        lines = (line.strip() for line in stdin)
        ids = [line for line in lines if line and not line.startswith("#")]
        if not ids:
            raise UsageError("no task ids on stdin (blank lines and #comments are skipped)")
    elif "-" in args:
        raise UsageError("'-' (read stdin) must be the only TASK_ID")
    else:
        ids = list(args)
    for task_id in ids:
        check_cli_id(task_id, "task id")
    return ids


def outcome(task_id: str, error: BaseException | None, result: Any) -> dict[str, Any]:
    """One task's line of output, as a record (`code` is Dify's error code or null)."""
    if error is None:
        return {"task_id": task_id, "ok": True, "result": result.result}
    status = getattr(error, "status_code", None)
    return {
        "task_id": task_id,
        "ok": False,
        "error": error_kind(error),
        "status_code": status,
        "code": getattr(error, "code", None),
        "message": getattr(error, "message", None) or str(error),
        "description": getattr(error, "description", None),
    }


def interrupted(task_id: str) -> dict[str, Any]:
    return {"task_id": task_id, "ok": False, "error": "interrupted", "status_code": None, "code": None}


def render(record: dict[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(record, ensure_ascii=False)
    if record["ok"]:
        return f"stopped {record['task_id']}"
    if record["error"] == "interrupted":
        return f"interrupted {record['task_id']}: no answer before Ctrl-C"
    label = record["code"] or (f"HTTP {record['status_code']}" if record["status_code"] else record["error"])
    line = f"failed {record['task_id']}: {label}: {record['message']}"
    description = record.get("description")
    if description and not same_text(description, str(record["message"])):
        return f"{line} ({record['code']} is documented as: {description})"
    return line


class Output:
    """Result lines, and on a terminal a progress bar drawn below them.

    With the bar, lines go through rich's console of the bar (on stdout), which prints
    them above it; the bar is cleared at the end, so no fragment of it stays on screen.
    """

    def __init__(self, out: TextIO, total: int, enabled: bool) -> None:
        self._out = out
        self._bar: Any = None
        if not enabled:
            return
        try:
            from rich.console import Console
            from rich.progress import Progress as RichProgress
        except ImportError:
            return
        self._bar = RichProgress(console=Console(file=out), transient=True, redirect_stdout=False)
        self._task = self._bar.add_task("stopping", total=total)
        self._bar.start()

    def line(self, text: str) -> None:
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=self._out, flush=True)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


async def stop_all(args: argparse.Namespace, ids: list[str], api_key: str, out: TextIO) -> int:
    client = make_client(args, api_key)
    show_bar = not args.json and len(ids) >= PROGRESS_MIN_TASKS and out.isatty()
    output = Output(out, len(ids), show_bar)
    gate = asyncio.Semaphore(args.concurrency)

    async def one(task_id: str) -> dict[str, Any]:
        async with gate:
            try:
                result = await client.stop_task(task_id, user=args.user)
            except DifyError as exc:
                record = outcome(task_id, exc, None)
            else:
                record = outcome(task_id, None, result)
        output.advance()
        return record

    failed = False
    printed = 0
    tasks: list[asyncio.Future[dict[str, Any]]] = []
    try:
        async with client:
            tasks = [asyncio.ensure_future(one(task_id)) for task_id in ids]
            try:
                for task in tasks:  # input order; each line as soon as its turn is done
                    record = await task
                    failed |= not record["ok"]
                    output.line(render(record, args.json))
                    printed += 1
            except asyncio.CancelledError:
                # Ctrl-C: every result already known is printed, in input order.
                in_flight = False
                for task_id, task in zip(ids[printed:], tasks[printed:], strict=True):
                    done = task.done() and not task.cancelled() and task.exception() is None
                    in_flight |= not done
                    output.line(render(task.result() if done else interrupted(task_id), args.json))
                raise Interrupted(in_flight) from None
            finally:
                for task in tasks:
                    task.cancel()
    finally:
        output.close()
    return EXIT_FAILED if failed else EXIT_OK


class Interrupted(Exception):
    """Ctrl-C during the stops; `in_flight` tells whether requests were cancelled."""

    def __init__(self, in_flight: bool) -> None:
        super().__init__(in_flight)
        self.in_flight = in_flight


def run_stop(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if args.timeout <= 0 or args.max_retries < 0:
        raise UsageError("--timeout must be > 0 and --max-retries >= 0")
    if not args.user.strip():
        raise UsageError("--user must not be empty")
    ids = read_task_ids(args.task_ids, stdin)
    api_key = read_api_key(args.api_key_file)
    try:
        return asyncio.run(stop_all(args, ids, api_key, out))
    except Interrupted as exc:
        note = "; requests in flight were cancelled" if exc.in_flight else ""
        print(f"dify-workflow: interrupted{note}", file=sys.stderr)
        return EXIT_INTERRUPTED
