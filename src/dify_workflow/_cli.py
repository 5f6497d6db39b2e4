"""`dify-workflow`: stop runaway workflow tasks from a terminal.

argparse keeps the command free of extra dependencies and fast to start; rich, when
installed (extra `cli`), draws the progress bar.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from ._config import API_KEY_ENV, BASE_URL_ENV
from ._exceptions import APIError, APIStatusError, DifyError
from ._inputs import check_task_id
from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROGRESS_MIN_TASKS = 4

EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...            # the key never goes on the command line
  dify-workflow stop c3800678-a077-43df-a102-53f23ed20b88 --user user_workflow_123
  dify-workflow stop ID1 ID2 ID3 --user ops --json
  grep -v '^#' ids.txt | dify-workflow stop - --user ops --concurrency 4
  dify-workflow stop ID --user ops --api-key-file ~/.dify-key --base-url https://dify.internal/v1

exit status: 0 all stopped, 1 at least one failed, 2 usage or configuration error,
130 interrupted. Dify answers success for unknown or finished tasks too: "stopped"
means the stop was requested.
"""


class UsageError(Exception):
    """A problem with the command line or the configuration (exit status 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dify-workflow",
        description="Stop running Dify workflow tasks (only tasks started in streaming mode).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print version and spec fingerprint")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    stop = commands.add_parser(
        "stop",
        help="stop one or more tasks",
        description="Ask Dify to stop each TASK_ID; '-' reads ids from stdin, one a line.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stop.add_argument("task_ids", nargs="+", metavar="TASK_ID", help="task ids, or - for stdin")
    stop.add_argument("--user", required=True, help="the end-user identifier the runs were started with")
    stop.add_argument("--base-url", help=f"API root (default: ${BASE_URL_ENV}, then the spec's server)")
    stop.add_argument("--api-key-file", type=Path, help=f"file holding the API key (default: ${API_KEY_ENV})")
    stop.add_argument("--timeout", type=float, default=30.0, help="seconds per attempt (default 30)")
    stop.add_argument("--max-retries", type=int, default=2, help="retries of safe failures (default 2)")
    stop.add_argument("--concurrency", type=int, default=8, help="requests in flight at most (default 8)")
    stop.add_argument("--json", action="store_true", help="one JSON object per line")
    stop.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="extra request header",
    )
    return parser


def read_api_key(path: Path | None) -> str | None:
    if path is None:
        return os.environ.get(API_KEY_ENV) or None
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"cannot read --api-key-file {path}: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    key = text.rstrip("\r\n")
    if not key:
        raise UsageError(f"--api-key-file {path} is empty")
    return key


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
        try:
            check_task_id(task_id)
        except ValueError as exc:
            raise UsageError(f"invalid task id {task_id!r}: {exc}") from None
    return ids


def parse_headers(values: Sequence[str]) -> dict[str, str]:
    headers = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip() or any(c.isspace() for c in name.strip()):
            raise UsageError(f"--header {value!r} is not 'Name: value'")
        if any(c in content for c in "\r\n"):
            raise UsageError(f"--header {name.strip()!r} has a line break in its value")
        headers[name.strip()] = content.strip()
    return headers


def outcome(task_id: str, error: BaseException | None, result: Any) -> dict[str, Any]:
    if error is None:
        return {"task_id": task_id, "ok": True, "result": result.result}
    record: dict[str, Any] = {"task_id": task_id, "ok": False}
    if isinstance(error, APIStatusError):
        record.update(
            status_code=error.status_code,
            code=error.code,
            message=error.message,
            description=error.description,
        )
    elif isinstance(error, APIError):
        record.update(status_code=None, code=type(error).__name__, message=error.message, description=None)
    else:
        record.update(status_code=None, code=type(error).__name__, message=str(error), description=None)
    return record


def render(record: dict[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(record, ensure_ascii=False)
    if record["ok"]:
        return f"stopped {record['task_id']}"
    code = record["code"] or f"HTTP {record['status_code']}"
    line = f"failed {record['task_id']}: {code}: {record['message']}"
    return f"{line} ({record['description']})" if record.get("description") else line


class Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: Any = None
        if not enabled:
            return
        try:
            from rich.progress import Progress as RichProgress
        except ImportError:
            return
        from rich.console import Console

        self._bar = RichProgress(console=Console(file=sys.stderr), transient=True)
        self._task = self._bar.add_task("stopping", total=total)
        self._bar.start()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


async def stop_all(args: argparse.Namespace, ids: list[str], api_key: str | None, out: TextIO) -> int:
    from ._client import AsyncWorkflowClient

    try:
        client = AsyncWorkflowClient(
            api_key=api_key,
            base_url=args.base_url,
            timeout=args.timeout,
            max_retries=args.max_retries,
            default_headers=parse_headers(args.header),
        )
    except (DifyError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    show_bar = not args.json and len(ids) >= PROGRESS_MIN_TASKS and out.isatty() and sys.stderr.isatty()
    progress = Progress(len(ids), show_bar)
    gate = asyncio.Semaphore(args.concurrency)

    async def one(task_id: str) -> dict[str, Any]:
        async with gate:
            try:
                result = await client.stop_task(task_id, user=args.user)
            except (DifyError, ValueError) as exc:
                record = outcome(task_id, exc, None)
            else:
                record = outcome(task_id, None, result)
        progress.advance()
        return record

    failed = False
    try:
        async with client:
            tasks = [asyncio.ensure_future(one(task_id)) for task_id in ids]
            try:
                for task in tasks:  # input order; each line as soon as its turn is done
                    record = await task
                    failed |= not record["ok"]
                    print(render(record, args.json), file=out, flush=True)
            finally:
                for task in tasks:
                    task.cancel()
    finally:
        progress.close()
    return EXIT_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `dify-workflow` console script; returns the exit status."""
    out = stdout or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from dify_workflow_api._spec_index import SPEC_SHA256

        print(f"dify-workflow {__version__} (spec sha256 {SPEC_SHA256})", file=out)
        return EXIT_OK
    if args.command != "stop":
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.concurrency < 1:
            raise UsageError("--concurrency must be at least 1")
        if args.timeout <= 0 or args.max_retries < 0:
            raise UsageError("--timeout must be > 0 and --max-retries >= 0")
        if not args.user.strip():
            raise UsageError("--user must not be empty")
        ids = read_task_ids(args.task_ids, stdin or sys.stdin)
        api_key = read_api_key(args.api_key_file)
        return asyncio.run(stop_all(args, ids, api_key, out))
    except UsageError as exc:
        print(f"dify-workflow: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dify-workflow: interrupted; requests in flight were cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
