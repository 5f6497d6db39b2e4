"""`dify-workflow run` and `events`: a live view of a run's events; Ctrl-C stops the run
on the server and waits for the confirmation."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shlex
import signal
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from .._config import API_KEY_ENV
from .._events import (
    HumanInputRequiredEvent,
    NodeFinishedEvent,
    NodeStartedEvent,
    StreamEvent,
    TextChunkEvent,
    WorkflowFinishedEvent,
    WorkflowPausedEvent,
)
from .._exceptions import APIError, DifyError
from .._types import FileInput, file_type, input_fields
from ._common import (
    EXIT_INTERRUPTED,
    EXIT_PAUSED,
    Interrupted,
    UsageError,
    _examples,
    check_cli_id,
    exit_status,
    parse_assignments,
)

RUN_EXAMPLES = f"""\
examples:
  export {API_KEY_ENV}=app-...
  dify-workflow run --input topic="release notes" --user ops
  dify-workflow run --inputs-file inputs.json --file report.pdf --user ops --json | jq .event
  dify-workflow run --input seconds=1 --user ops --blocking

Ctrl-C stops the run on the server and waits (up to 10 s) for the confirmation:
  stopped <run id> (confirmed)
A second Ctrl-C exits at once. exit status: 0 succeeded, 1 failed, 2 usage, 3 stopped,
4 paused (the form token and how to continue are printed), 130 interrupted.
"""

EVENTS_EXAMPLES = _examples(
    "dify-workflow events 97a3617c-16ff-48c7-b90e-adc5e40cca23 --user ops",
    "dify-workflow events 97a3617c-16ff-48c7-b90e-adc5e40cca23 --user ops --snapshot --json",
)

STOP_WAIT = 10.0

# Uploads at least this large get a progress bar on a terminal.
PROGRESS_BYTES = 1024 * 1024


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """What `run` and `submit` both take: the inputs, files, user and workflow version."""
    parser.add_argument(
        "--input", action="append", default=[], metavar="NAME=VALUE", help="an input (repeatable)"
    )
    parser.add_argument("--inputs-file", type=Path, metavar="FILE.json", help="inputs as a JSON object")
    parser.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="[NAME=]PATH",
        help="upload PATH and pass it to input NAME (default: the app's one file input)",
    )
    parser.add_argument("--user", required=True, help="your end-user identifier for the run")
    parser.add_argument("--workflow-id", help="run this published workflow version")


def read_inputs(inputs_file: Path | None, assignments: list[str]) -> dict[str, Any]:
    """--inputs-file (a JSON object), then each --input NAME=VALUE over it."""
    inputs: dict[str, Any] = {}
    if inputs_file is not None:
        try:
            loaded = json.loads(inputs_file.read_text("utf-8-sig"))  # a BOM is fine, as in batch input
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read --inputs-file {inputs_file}: {exc}") from None
        if not isinstance(loaded, dict):
            raise UsageError(f"--inputs-file {inputs_file} must hold a JSON object")
        inputs.update(loaded)
    inputs.update(parse_assignments(assignments, "--input"))
    return inputs


async def attach_files(client: Any, specs: list[str], user: str, inputs: dict[str, Any], err: TextIO) -> None:
    """Upload each --file [NAME=]PATH and pass it to its input (named, or the app's one
    file input)."""
    if not specs:
        return
    # The app's inputs first: a name the app does not have is an error before any upload.
    fields = input_fields(await client.get_app_parameters())
    file_inputs = [f.name for f in fields if f.kind in ("file", "file-list")]
    kinds = {f.name: f.kind for f in fields}
    found = ", ".join(file_inputs) or "none"
    planned: list[tuple[str, Path]] = []
    for spec in specs:
        name, sep, raw_path = spec.partition("=")
        if not sep:
            name, raw_path = "", spec
        path = Path(raw_path)
        if path.is_dir():
            raise UsageError(f"--file {raw_path}: is a directory, not a file")
        if not path.is_file():
            raise UsageError(f"--file {raw_path}: no such file")
        if not name:
            if len(file_inputs) != 1:
                raise UsageError(
                    f"the app has {len(file_inputs)} file inputs ({found}); use --file NAME=PATH"
                )
            name = file_inputs[0]
        elif name not in file_inputs:
            kind = next((f.kind for f in fields if f.name == name), None)
            what = f"a {kind} input, not a file input" if kind else "not an input of this app"
            raise UsageError(f"--file {name}=...: {name!r} is {what} (file inputs: {found})")
        planned.append((name, path))
    once = [name for name in file_inputs if kinds[name] == "file" and [n for n, _ in planned].count(name) > 1]
    if once:
        raise UsageError(
            f"--file {once[0]}=...: {once[0]!r} is a single-file input (type file); give it one file"
        )
    for name, path in planned:
        progress = (
            _UploadProgress(err, path) if path.stat().st_size >= PROGRESS_BYTES and err.isatty() else None
        )
        try:
            uploaded = await client.upload_file(path, user=user, on_progress=progress)
        finally:
            if progress is not None:
                progress.close()
        print(f"uploaded {path.name} as file {uploaded.id} -> input {name}", file=err, flush=True)
        reference = FileInput.local(str(uploaded.id), type=file_type(path.name)).to_dict()
        if kinds[name] == "file":
            # One object, as the app's parameters declare (Dify refuses a list here).
            inputs[name] = reference
            continue
        inputs.setdefault(name, [])
        if not isinstance(inputs[name], list):
            inputs[name] = []
        inputs[name].append(reference)


class _UploadProgress:
    """A rich progress bar for one upload (on stderr), when rich is installed."""

    def __init__(self, err: TextIO, path: Path) -> None:
        self._bar: Any = None
        try:
            from rich.console import Console
            from rich.progress import Progress
        except ImportError:
            return
        self._bar = Progress(console=Console(file=err), transient=True)
        self._task = self._bar.add_task(f"uploading {path.name}", total=path.stat().st_size)
        self._bar.start()

    def __call__(self, sent: int, size: int | None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=sent)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class LiveView:
    """What `run` and `events` show: one JSON object per event (--json), or lines for
    node starts and ends with, on a terminal, a transient status line below them
    (current node, elapsed time, the latest text) that leaves no trace when it ends."""

    def __init__(self, out: TextIO, *, as_json: bool) -> None:
        self.out = out
        self.as_json = as_json
        self.started = time.monotonic()
        self.node = ""
        self.text: list[str] = []
        self._shown_ids: tuple[str | None, str | None] | None = None
        self._waiting_shown: float | None = None
        self._live: Any = None
        if not as_json and out.isatty():
            try:
                from rich.console import Console
                from rich.live import Live
                from rich.text import Text
            except ImportError:
                return
            self._text_cls = Text
            self._live = Live(Text(""), console=Console(file=out), transient=True, refresh_per_second=8)
            self._live.start()

    def line(self, text: str) -> None:
        if self._live is not None:
            self._live.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=self.out, flush=True)

    def record(self, record: dict[str, Any]) -> None:
        print(json.dumps(record, ensure_ascii=False), file=self.out, flush=True)

    def note(self, text: str) -> None:
        """A message about the run, not one of its events: on stderr with --json."""
        if self.as_json:
            print(text, file=sys.stderr, flush=True)
        else:
            self.line(text)

    def waiting(self, seconds: float) -> None:
        """The run waits for a Dify worker (the server is busy): on a terminal the status
        line says so with the time waited; elsewhere a line now and then."""
        if self._live is not None:
            self._live.update(self._text_cls(f"waiting for a Dify worker · {seconds:.0f} s"))
            return
        shown = self._waiting_shown
        if shown is None or seconds - shown >= 30:
            self._waiting_shown = seconds
            self.note(
                f"waiting for a Dify worker ({seconds:.0f} s): the server is busy; the run starts when one is free"
            )

    def ids(self, task_id: str | None, run_id: str | None) -> None:
        """The header: the run id, and the task id once it is known (an events stream
        learns it from the first live event; the header is then printed again)."""
        if self.as_json or (task_id, run_id) == self._shown_ids:
            return
        self._shown_ids = (task_id, run_id)
        if task_id is None:
            self.line(f"run {run_id} (task id not known yet: it comes with the first live event)")
        else:
            self.line(f"run {run_id} task {task_id}")

    def event(self, event: StreamEvent) -> None:
        if self.as_json:
            self.record(dict(event.raw))
            return
        payload = event.raw.get("data")
        raw: dict[str, Any] = payload if isinstance(payload, dict) else {}
        title = raw.get("title") or raw.get("node_id") or "node"
        if isinstance(event, NodeStartedEvent):
            self.node = str(title)
            self.line(f"> {title}")
        elif isinstance(event, NodeFinishedEvent):
            elapsed = raw.get("elapsed_time")
            took = f" ({elapsed:.2f} s)" if isinstance(elapsed, int | float) else ""
            mark = "ok" if raw.get("status") in (None, "succeeded") else str(raw.get("status"))
            self.line(f"  {mark} {title}{took}")
            self.node = ""
        elif isinstance(event, TextChunkEvent):
            self.text.append(str(raw.get("text", "")))
        elif isinstance(event, HumanInputRequiredEvent):
            self.line(f"  waiting for human input: form token {raw.get('form_token')}")
        self.refresh()

    def refresh(self) -> None:
        if self._live is not None:
            latest = "".join(self.text)[-60:].replace("\n", " ")
            where = self.node or "running"
            self._live.update(self._text_cls(f"{where} · {time.monotonic() - self.started:.1f} s  {latest}"))

    def close(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def final(
        self, final: WorkflowFinishedEvent | WorkflowPausedEvent | None, run_id: str | None, user: str
    ) -> int:
        """The summary after the stream's end; returns the exit status."""
        self.close()
        if final is None:
            return 1
        status = final.status if isinstance(final, WorkflowFinishedEvent) else "paused"
        if self.as_json:
            return exit_status(status)
        if self.text:
            self.line("output:")
            self.line("".join(self.text))
        if isinstance(final, WorkflowFinishedEvent) and final.outputs:
            self.line(f"outputs: {json.dumps(final.outputs, ensure_ascii=False)}")
        if isinstance(final, WorkflowPausedEvent):
            reasons = final.raw.get("data", {}).get("reasons") or [{}]
            token = reasons[0].get("form_token") if isinstance(reasons[0], dict) else None
            self.line(f"paused {run_id}: waiting for a human-input form (token {token})")
            self.line(f"  dify-workflow form show {token}")
            self.line(f"  dify-workflow form submit {token} --action ACTION --user {user} --input NAME=VALUE")
            self.line(f"  dify-workflow events {run_id} --user {user}    # follow the resumed run")
            return EXIT_PAUSED
        error = f": {final.error}" if final.error else ""
        self.line(f"{status} {run_id}{error}")
        return exit_status(status)


# How long a run must wait for a worker before the view says so (a free worker takes a
# run within milliseconds; a busy Dify queues it silently).
WAIT_NOTICE = 1.0


async def follow(stream: Any, client: Any, view: LiveView, user: str) -> int:
    """Enter `stream` and read it to its end. A new run may first wait for a Dify worker
    (shown with the time waited). Ctrl-C (or SIGTERM) stops the run, confirmed; before it
    starts, it is stopped as soon as it does. A second one leaves at once."""
    loop = asyncio.get_running_loop()
    stop_wanted = asyncio.Event()

    def on_interrupt() -> None:
        if not stop_wanted.is_set():
            stop_wanted.set()
            if stream.waiting:
                view.note(
                    "interrupted while the run waits for a Dify worker: it cannot be stopped before it "
                    "starts, so it is stopped as soon as it does (Ctrl-C again to leave now)"
                )
            return
        # The second interrupt: leave now, whatever is in flight (the OS closes the sockets).
        view.close()
        if stream.waiting:
            view.note(
                "interrupted again: leaving; the run may still start and be billed. Find it and wait for "
                f"it with: dify-workflow wait {_quoted_handle(stream)} (or stop it there: dify-workflow "
                "attach HANDLE, then Ctrl-C)"
            )
        else:
            view.note(
                f"interrupted again: exiting without waiting; the stop of {_run_id(stream)} "
                "may not be confirmed (check: dify-workflow runs get RUN_ID)"
            )
        view.out.flush()
        os._exit(EXIT_INTERRUPTED)

    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, on_interrupt)
            installed.append(signum)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            pass

    async def tick() -> None:
        # The status line's elapsed time moves on its own, not only when an event arrives;
        # while the run waits for a worker, it says so.
        while True:
            await asyncio.sleep(0.25)
            if stream.waiting and stream.waited >= WAIT_NOTICE:
                view.waiting(stream.waited)
            else:
                view.refresh()

    ticker = asyncio.ensure_future(tick())
    try:
        await stream.__aenter__()
        try:
            return await _read(stream, client, view, user, stop_wanted)
        finally:
            await stream.__aexit__(None, None, None)
    finally:
        ticker.cancel()
        for signum in installed:
            loop.remove_signal_handler(signum)


def _run_id(stream: Any) -> str:
    try:
        return str(stream.workflow_run_id)
    except DifyError:
        return "the run"


def _quoted_handle(stream: Any) -> str:
    try:
        return shlex.quote(stream.handle.to_json())
    except DifyError:
        return "HANDLE"


async def _read(stream: Any, client: Any, view: LiveView, user: str, stop_wanted: asyncio.Event) -> int:
    async def consume() -> None:
        async for event in stream:
            view.ids(stream.known_task_id, stream.workflow_run_id)
            view.event(event)

    view.ids(stream.known_task_id, stream.workflow_run_id)
    if stop_wanted.is_set():  # interrupted while it waited: stop it now that it started
        return await _stop(stream, client, view, asyncio.ensure_future(consume()), user)
    consumer = asyncio.ensure_future(consume())
    waiter = asyncio.ensure_future(stop_wanted.wait())
    try:
        await asyncio.wait({consumer, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if not stop_wanted.is_set():
            consumer.result()  # re-raise a broken stream
            return view.final(stream.final_event, stream.workflow_run_id, user)
        return await _stop(stream, client, view, consumer, user)
    finally:
        waiter.cancel()
        consumer.cancel()


async def _stop(stream: Any, client: Any, view: LiveView, consumer: asyncio.Future[None], user: str) -> int:
    run_id, task_id = stream.workflow_run_id, stream.known_task_id
    final = stream.final_event
    if isinstance(final, WorkflowFinishedEvent):
        view.close()
        view.line(f"{final.status} {run_id}: it had already finished; nothing to stop")
        return EXIT_INTERRUPTED
    if task_id is None:
        view.close()
        view.line(
            f"{run_id} cannot be stopped from here yet: no live event has arrived, so its task id "
            "is unknown (replayed events carry the run id in its place). The run goes on; stop it "
            f"with: dify-workflow stop TASK_ID --user {user}  (the task id is in the output of the "
            "command that started the run)"
        )
        return EXIT_INTERRUPTED
    view.line(f"stopping {run_id} (task {task_id}) ...")
    requested = False
    try:
        result = await client.stop_task(task_id, user=user, timeout=STOP_WAIT)
        requested = result.result == "success"
    except DifyError as exc:
        view.line(f"the stop request failed: {exc}")
    status: str | None = None
    with contextlib.suppress(TimeoutError, APIError):  # no verdict in time: run detail tells
        await asyncio.wait_for(asyncio.shield(consumer), STOP_WAIT)
    final = stream.final_event
    if isinstance(final, WorkflowFinishedEvent):
        status = final.status
    else:
        try:
            status = (await client.get_workflow_run(run_id)).status
        except DifyError:
            status = None
    confirmed = requested and status == "stopped"
    view.close()
    if view.as_json:
        view.record(
            {
                "event": "stop_outcome",
                "workflow_run_id": run_id,
                "task_id": task_id,
                "requested": requested,
                "confirmed": confirmed,
                "status": status,
            }
        )
    elif confirmed:
        view.line(f"stopped {run_id} (confirmed)")
    elif status == "paused":
        view.line(f"stop requested for {run_id}: it is paused and ends when it resumes")
    else:
        said = f"run detail says {status!r}" if status else "its status could not be learned"
        view.line(f"stop {'requested' if requested else 'not accepted'} for {run_id}, not confirmed: {said}")
    return EXIT_INTERRUPTED


async def run_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    inputs = read_inputs(args.inputs_file, args.input)
    await attach_files(client, args.file, args.user, inputs, sys.stderr)
    if args.blocking:
        result = await _blocking(client, inputs, args, sys.stderr)
        body = result.to_dict()
        status = body.get("data", {}).get("status")
        if args.json:
            print(json.dumps(body, ensure_ascii=False), file=out)
        else:
            data = body.get("data", {})
            print(f"run {body.get('workflow_run_id')} task {body.get('task_id')}", file=out)
            print(f"outputs: {json.dumps(data.get('outputs'), ensure_ascii=False)}", file=out)
            error = f": {data['error']}" if data.get("error") else ""
            print(f"{status} {body.get('workflow_run_id')}{error}", file=out)
        return exit_status(status)
    view = LiveView(out, as_json=args.json)
    try:
        stream = client.stream_workflow(inputs, user=args.user, workflow_id=args.workflow_id)
        return await follow(stream, client, view, args.user)
    finally:
        view.close()


async def _blocking(client: Any, inputs: dict[str, Any], args: argparse.Namespace, err: TextIO) -> Any:
    """A blocking run; Ctrl-C (or SIGTERM) cannot stop it (Dify gives a blocking run's
    task id only with its result), so it says so, and how to find the run."""
    from .._reconcile import digest_inputs
    from .._types import RunHandle

    loop = asyncio.get_running_loop()
    call = asyncio.ensure_future(client.run_workflow(inputs, user=args.user, workflow_id=args.workflow_id))
    interrupted = asyncio.Event()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, interrupted.set)
            installed.append(signum)
        except (NotImplementedError, RuntimeError):
            pass
    sent_at = time.time()
    waiter = asyncio.ensure_future(interrupted.wait())
    try:
        await asyncio.wait({call, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if call.done():
            return call.result()
        call.cancel()
        handle = RunHandle(user=args.user, sent_at=sent_at, inputs_digest=digest_inputs(inputs))
        print(
            "interrupted: a blocking run cannot be stopped from here, and it may go on on the server "
            "(and be billed). Find it and wait for it with:\n"
            f"  dify-workflow wait {shlex.quote(handle.to_json())}\n"
            "or stop it: dify-workflow attach HANDLE, then Ctrl-C. Stream runs (without --blocking) "
            "to be able to stop them.",
            file=err,
            flush=True,
        )
        raise Interrupted
    finally:
        waiter.cancel()
        for signum in installed:
            loop.remove_signal_handler(signum)


async def events_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    check_cli_id(args.run_id, "run id")
    view = LiveView(out, as_json=args.json)
    try:
        stream = client.stream_workflow_events(
            args.run_id, user=args.user, include_state_snapshot=args.snapshot, continue_on_pause=True
        )
        return await follow(stream, client, view, args.user)
    finally:
        view.close()
