"""`dify-workflow submit`, `wait` and `attach`: runs that outlive the command that started
them. `submit` prints the run's handle (one JSON line); `wait` and `attach` take it back
(the JSON text, a file holding it, or `-` for stdin) from this shell or another machine."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from .._config import API_KEY_ENV
from .._exceptions import DifyError
from .._types import RunHandle
from ._common import EXIT_PAUSED, UsageError, exit_status
from .run import LiveView, add_run_options, attach_files, follow, read_inputs

SUBMIT_EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...
  dify-workflow submit --input topic="release notes" --user ops > run.json
  dify-workflow wait run.json              # later, or from another machine
  dify-workflow attach run.json            # its live events (Ctrl-C stops it)

The run goes on after the command returns. It prints the handle as soon as the run's ids
are known, or after --wait-for-ids seconds with a *pending* handle: a busy Dify queues
runs, and a pending run is found on the server (by user, send time and inputs) when a
worker takes it. The handle holds no key.
"""

WAIT_EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...
  dify-workflow wait run.json
  dify-workflow submit --input seconds=5 --user ops | dify-workflow wait -
  dify-workflow wait '{{"dify_run_handle": 1, ...}}' --max-wait 600 --json

Prints how the run ended, as `run` does. exit status: 0 succeeded, 1 failed (or not found
in time), 2 usage, 3 stopped, 4 paused at a human-input form.
"""

ATTACH_EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...
  dify-workflow attach run.json
  dify-workflow attach - --json < run.json

Shows the run's events as they happen, as `run` does (a finished run: its end). Ctrl-C
stops the run on the server and waits for the confirmation; exit statuses as for `run`.
"""


def add_parsers(command: Any) -> None:
    """The `submit`, `wait` and `attach` commands (on the parser `command` made)."""
    submit = command("submit", "start a run and print its handle; the run goes on", SUBMIT_EXAMPLES)
    add_run_options(submit)
    submit.add_argument(
        "--wait-for-ids",
        type=float,
        default=10.0,
        metavar="S",
        help="seconds to wait for the run's ids before printing a pending handle (default 10)",
    )
    for name, text, examples in (
        ("wait", "wait for a submitted run to end and print how it ended", WAIT_EXAMPLES),
        ("attach", "follow a submitted run's events (Ctrl-C stops it)", ATTACH_EXAMPLES),
    ):
        parser = command(name, text, examples)
        parser.add_argument(
            "handle", metavar="HANDLE", help="the handle JSON, a file holding it, or - (stdin)"
        )
        parser.add_argument(
            "--max-wait",
            type=float,
            metavar="S",
            help="give up after S seconds (default: no bound)",
        )


def read_handle(text: str, stdin: TextIO | None = None) -> RunHandle:
    """A handle from the command line: JSON, a file holding it, or - for stdin."""
    source = text
    if text == "-":
        source = (stdin or sys.stdin).read()
    elif not text.lstrip().startswith("{"):
        path = Path(text)
        if not path.is_file():
            raise UsageError(f"HANDLE {text[:80]!r} is neither a run handle (JSON) nor a readable file")
        try:
            source = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the handle file {path}: {exc}") from None
    lines = [line for line in source.splitlines() if line.strip()]
    if len(lines) != 1:
        raise UsageError(
            "HANDLE must hold one run handle: one line of JSON, as `dify-workflow submit` prints it"
        )
    try:
        return RunHandle.from_json(lines[0])
    except DifyError as exc:
        raise UsageError(f"HANDLE: {exc}") from None


async def submit_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    inputs = read_inputs(args.inputs_file, args.input)
    await attach_files(client, args.file, args.user, inputs, sys.stderr)
    handle = await client.submit(
        inputs, user=args.user, workflow_id=args.workflow_id, wait_for_ids=args.wait_for_ids
    )
    print(handle.to_json(), file=out, flush=True)
    if handle.pending:
        print(
            f"the run waits for a Dify worker (no ids after {args.wait_for_ids:g} s): the handle finds it "
            "once it starts",
            file=sys.stderr,
        )
    else:
        print(f"submitted run {handle.workflow_run_id} (task {handle.task_id})", file=sys.stderr)
    return 0


async def wait_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    handle = read_handle(args.handle)
    detail = await client.wait(handle, timeout=args.max_wait)
    if args.json:
        print(json.dumps(detail.to_dict(), ensure_ascii=False), file=out)
        return exit_status(detail.status)
    print(f"run {detail.id}", file=out)
    print(f"outputs: {json.dumps(detail.outputs, ensure_ascii=False)}", file=out)
    error = f": {detail.error}" if detail.error else ""
    print(f"{detail.status} {detail.id}{error}", file=out)
    if detail.status == "paused":
        print("  dify-workflow attach HANDLE    # follow it once its form is submitted", file=out)
        return EXIT_PAUSED
    return exit_status(detail.status)


async def attach_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    handle = read_handle(args.handle)
    stream = await client.attach(handle, continue_on_pause=True, resolve_timeout=args.max_wait)
    view = LiveView(out, as_json=args.json)
    try:
        return await follow(stream, client, view, handle.user)
    finally:
        view.close()
