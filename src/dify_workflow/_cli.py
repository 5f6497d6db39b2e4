"""`dify-workflow`: run workflows, stop them, and read runs, logs, forms and app settings
from a terminal.

argparse keeps the command free of extra dependencies and fast to start; rich, when
installed (extra `cli`), draws the progress bar. The API key is read only from
DIFY_API_KEY or --api-key-file and never printed, not even when it is mistyped as an
option.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ._config import API_KEY_ENV, BASE_URL_ENV, resolve_api_key
from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DifyError,
    same_text,
)
from ._inputs import check_task_id
from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
PROGRESS_MIN_TASKS = 4
KEY_FILE_OPTION = "--api-key-file"

EXAMPLES = f"""\
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


class UsageError(Exception):
    """A problem with the command line or the configuration (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse without abbreviations, whose errors never repeat an argument's value.

    "unrecognized arguments: --api-key app-..." would print a key typed by mistake; only
    the names of unrecognized options are shown.
    """

    # Set on a parser whose subcommand is required: "runs get RUN_ID", ...
    actions_help: str | None = None

    def error(self, message: str) -> NoReturn:
        prefix = "unrecognized arguments:"
        if message.startswith(prefix):
            names = [a.split("=", 1)[0] for a in message[len(prefix) :].split() if a.startswith("-")]
            shown = ", ".join(names) if names else "(values not shown)"
            message = f"unrecognized arguments: {shown} (values are not shown, in case one is a secret)"
        elif "required: ACTION" in message and self.actions_help:
            message = f"say what to do: {self.actions_help}"
        else:
            # "invalid choice: 'Bearer app-...'" would print a key put in the wrong place.
            message = re.sub(
                r"(invalid choice|value): '.*?'(?= \(|$)", r"\1 (not shown)", message, flags=re.S
            )
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


_KEY_LIKE = re.compile(r"^--api|key|token|secret|passw|auth|bearer|credential", re.I)
_KEY_HEADERS = ("authorization", "proxy-authorization", "x-api-key", "api-key")


def _documented_options() -> frozenset[str]:
    """Every option string of every command: these are never refused as key-like."""
    found: set[str] = set()
    pending: list[argparse.ArgumentParser] = [build_parser()]
    while pending:
        parser = pending.pop()
        for action in parser._actions:  # argparse offers no public walk of its options
            found.update(o for o in action.option_strings if o.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())
    return frozenset(found)


def refuse_key_options(argv: Sequence[str]) -> None:
    """An option that looks like a key, or a header that carries one, on the command line
    is refused without echoing its value. Documented options (`--keyword`) never are."""
    documented = _documented_options()
    for index, arg in enumerate(argv):
        if arg == "--":
            return
        name = arg.split("=", 1)[0]
        if not name.startswith("--"):
            continue
        if name not in documented and _KEY_LIKE.search(name):
            raise UsageError(
                f"{name} is not an option: the API key is read only from ${API_KEY_ENV} or "
                f"{KEY_FILE_OPTION} PATH, never from the command line (where shells and process "
                "lists keep it)"
            )
        if name == "--header":
            value = arg.split("=", 1)[1] if "=" in arg else (argv[index + 1] if index + 1 < len(argv) else "")
            if value.partition(":")[0].strip().lower() in _KEY_HEADERS:
                raise UsageError(
                    f"--header {value.partition(':')[0].strip()}: ... would put a key on the command "
                    f"line; the key is read only from ${API_KEY_ENV} or {KEY_FILE_OPTION} PATH"
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


def _examples(*lines: str) -> str:
    return "examples:\n  export " + API_KEY_ENV + "=app-...\n" + "".join(f"  {line}\n" for line in lines)


EVENTS_EXAMPLES = _examples(
    "dify-workflow events 97a3617c-16ff-48c7-b90e-adc5e40cca23 --user ops",
    "dify-workflow events 97a3617c-16ff-48c7-b90e-adc5e40cca23 --user ops --snapshot --json",
)
RUNS_EXAMPLES = _examples(
    "dify-workflow runs get 97a3617c-16ff-48c7-b90e-adc5e40cca23",
    "dify-workflow runs get 97a3617c-16ff-48c7-b90e-adc5e40cca23 --json | jq .outputs",
)
LOGS_EXAMPLES = _examples(
    "dify-workflow logs --status failed --limit 50",
    "dify-workflow logs --keyword user-1",
    "dify-workflow logs --all --json > logs.jsonl",
)
FORM_SHOW_EXAMPLES = _examples("dify-workflow form show mvEeUorT8JFji4JBDvQyft")
FORM_SUBMIT_EXAMPLES = _examples(
    'dify-workflow form submit mvEeUorT8JFji4JBDvQyft --action approve --input comment="ship it" --user ops'
)
FORM_EXAMPLES = FORM_SHOW_EXAMPLES + FORM_SUBMIT_EXAMPLES.split("\n", 2)[2]
APP_EXAMPLES = _examples("dify-workflow app info", "dify-workflow app parameters --json")


def _common() -> _Parser:
    """Options every command takes."""
    common = _Parser(add_help=False, allow_abbrev=False)
    common.add_argument("--base-url", help=f"API root (default: ${BASE_URL_ENV}, then the spec's server)")
    common.add_argument(
        KEY_FILE_OPTION, type=Path, help=f"file holding the API key (default: ${API_KEY_ENV})"
    )
    common.add_argument("--timeout", type=float, default=30.0, help="seconds per attempt (default 30)")
    common.add_argument("--max-retries", type=int, default=2, help="retries of safe failures (default 2)")
    common.add_argument("--json", action="store_true", help="JSON output, one object per line")
    common.add_argument(
        "--header", action="append", default=[], metavar="'NAME: VALUE'", help="extra request header"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="dify-workflow",
        description="Run Dify workflows and stop them; read runs, logs, forms and app settings.",
        epilog=RUN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version and the sha256 of the vendored specs (EN bytes then JA bytes)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str, help_text: str, epilog: str, description: str | None = None
    ) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=description or help_text,
            epilog=epilog,
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            allow_abbrev=False,
        )

    def action(group: Any, name: str, help_text: str, epilog: str) -> argparse.ArgumentParser:
        """A subcommand of `runs` / `form`, with its own examples."""
        parser: argparse.ArgumentParser = group.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=epilog,
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            allow_abbrev=False,
        )
        return parser

    run = command("run", "run the workflow, streaming its events (Ctrl-C stops it)", RUN_EXAMPLES)
    run.add_argument(
        "--input", action="append", default=[], metavar="NAME=VALUE", help="an input (repeatable)"
    )
    run.add_argument("--inputs-file", type=Path, metavar="FILE.json", help="inputs as a JSON object")
    run.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="[NAME=]PATH",
        help="upload PATH and pass it to input NAME (default: the app's one file input)",
    )
    run.add_argument("--user", required=True, help="your end-user identifier for the run")
    run.add_argument("--blocking", action="store_true", help="wait for the result instead of streaming")
    run.add_argument("--workflow-id", help="run this published workflow version")

    events = command(
        "events", "follow a run's events (resume a stream; Ctrl-C stops the run)", EVENTS_EXAMPLES
    )
    events.add_argument("run_id", metavar="RUN_ID")
    events.add_argument("--user", required=True, help="the user the run was started with")
    events.add_argument("--snapshot", action="store_true", help="replay the run's past events first")

    runs = command("runs", "read a run", RUNS_EXAMPLES)
    runs_sub = runs.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    runs.actions_help = "runs get RUN_ID (a run's status, outputs and timing)"  # type: ignore[attr-defined]
    get = action(runs_sub, "get", "a run's status, outputs and timing", RUNS_EXAMPLES)
    get.add_argument("run_id", metavar="RUN_ID")

    logs = command("logs", "list workflow logs, newest first", LOGS_EXAMPLES)
    logs.add_argument("--status", choices=["succeeded", "failed", "stopped"])
    logs.add_argument("--keyword", help="a user string or a run id")
    logs.add_argument("--limit", type=int, default=20, help="entries per page (1-100, default 20)")
    logs.add_argument("--page", type=int, default=1, help="page number (default 1)")
    logs.add_argument("--all", action="store_true", help="every page")

    form = command("form", "show or submit a human-input form", FORM_EXAMPLES)
    form_sub = form.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    form.actions_help = "form show TOKEN, or form submit TOKEN --action ID --user USER"  # type: ignore[attr-defined]
    show = action(form_sub, "show", "show a form: its text, inputs and actions", FORM_SHOW_EXAMPLES)
    show.add_argument("token", metavar="TOKEN")
    submit = action(
        form_sub, "submit", "submit a form with one of its actions (the run resumes)", FORM_SUBMIT_EXAMPLES
    )
    submit.add_argument("token", metavar="TOKEN")
    submit.add_argument("--action", required=True, help="one of the form's action ids")
    submit.add_argument("--input", action="append", default=[], metavar="NAME=VALUE", help="a form input")
    submit.add_argument("--user", required=True, help="your end-user identifier")

    app = command("app", "the app's info or input parameters", APP_EXAMPLES)
    app.add_argument("what", choices=["info", "parameters"])

    from ._cli_batch import add_parser as add_batch

    add_batch(command)

    stop = commands.add_parser(
        "stop",
        help="stop one or more tasks",
        description="Ask Dify to stop each TASK_ID; '-' reads ids from stdin, one a line.",
        epilog=EXAMPLES,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    stop.add_argument("task_ids", nargs="+", metavar="TASK_ID", help="task ids, or - for stdin")
    stop.add_argument("--user", required=True, help="the end-user identifier the runs were started with")
    stop.add_argument("--concurrency", type=int, default=8, help="requests in flight at most (default 8)")
    return parser


def read_api_key(path: Path | None) -> str:
    """The key from --api-key-file or DIFY_API_KEY, checked; errors speak in CLI terms."""
    if path is None:
        key, source = os.environ.get(API_KEY_ENV) or None, f"${API_KEY_ENV}"
        if key is None:
            raise UsageError(
                f"no API key: set {API_KEY_ENV} (the workflow app's key from Dify's API Access page) "
                f"or pass {KEY_FILE_OPTION} PATH"
            )
    else:
        source = f"{KEY_FILE_OPTION} {path}"
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(
                f"cannot read {KEY_FILE_OPTION} {path}: {getattr(exc, 'strerror', None) or exc}"
            ) from None
        key = text.rstrip("\r\n")
        if not key:
            raise UsageError(f"{KEY_FILE_OPTION} {path} is empty")
    try:
        return resolve_api_key(key, source=f"the API key from {source}")
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None


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


def check_cli_id(value: str, what: str) -> str:
    """An id given on the command line: one path segment of a URL, checked before sending
    (an id holding `/` would reach another route, whose 404 would blame the base URL)."""
    try:
        check_task_id(value)
    except ValueError as exc:
        raise UsageError(f"invalid {what} {value!r}: {exc}") from None
    if any(c in value for c in "/\\"):
        raise UsageError(
            f"invalid {what} {value!r}: it cannot be one path segment (it holds '/' or '\\'); Dify ids are UUIDs"
        )
    return value


def parse_headers(values: Sequence[str]) -> dict[str, str]:
    headers = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip() or any(c.isspace() for c in name.strip()):
            raise UsageError(
                f"--header {name.strip()[:40]!r}... is not 'Name: value' (the value is not shown)"
            )
        if any(c in content for c in "\r\n"):
            raise UsageError(f"--header {name.strip()!r} has a line break in its value")
        headers[name.strip()] = content.strip()
    return headers


def error_kind(error: BaseException) -> str:
    """What went wrong, as one word for --json's `error` field."""
    if isinstance(error, APIStatusError):
        return "status"
    if isinstance(error, APIResponseValidationError):
        return "invalid_response"
    if isinstance(error, APITimeoutError):
        return "timeout"
    if isinstance(error, APIError):
        return "connection"
    return "input"


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


def cli_words(text: str) -> str:
    """The facade names the argument `base_url`; the command line calls it --base-url."""
    return text.replace("base_url ", "--base-url ", 1) if text.startswith("base_url ") else text


def make_client(args: argparse.Namespace, api_key: str) -> Any:
    """The async client, with configuration problems as usage errors and warnings as
    one plain `warning:` line each."""
    from ._async_client import AsyncWorkflowClient

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            client = AsyncWorkflowClient(
                api_key=api_key,
                base_url=args.base_url,
                timeout=args.timeout,
                max_retries=args.max_retries,
                default_headers=parse_headers(args.header),
            )
        except DifyError as exc:
            raise UsageError(cli_words(str(exc))) from None
    for warning in caught:
        print(f"dify-workflow: warning: {cli_words(str(warning.message))}", file=sys.stderr)
    return client


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


def _run_stop(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
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


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `dify-workflow` console script; returns the exit status."""
    out = stdout or sys.stdout
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        refuse_key_options(argv)
        args = build_parser().parse_args(argv)
        if args.version:
            from dify_workflow_api._spec_index import SPEC_SHA256

            print(
                f"dify-workflow {__version__} (spec sha256 {SPEC_SHA256}: "
                "sha256 of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml)",
                file=out,
            )
            return EXIT_OK
        if args.command is None:
            build_parser().print_help(sys.stderr)
            return EXIT_USAGE
        if args.command == "stop":
            return _run_stop(args, stdin or sys.stdin, out)
        from ._cli_commands import run_command

        return run_command(args, out)
    except UsageError as exc:
        print(f"dify-workflow: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dify-workflow: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head -1`): nothing more can be shown. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
