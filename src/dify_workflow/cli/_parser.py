"""The one parser of the CLI: every command, its options and examples, on one set of
common options."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import _Parser, common_options
from .batch import add_parser as add_batch
from .chat import add_parsers as add_chat
from .detached import add_parsers as add_detached
from .doctor import add_parser as add_doctor
from .forms import APP_EXAMPLES, FORM_EXAMPLES, FORM_SHOW_EXAMPLES, FORM_SUBMIT_EXAMPLES
from .reads import LOGS_EXAMPLES, RUNS_EXAMPLES
from .run import EVENTS_EXAMPLES, RUN_EXAMPLES, add_run_options
from .stop import STOP_EXAMPLES


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(
        prog="dify-workflow",
        description=(
            "Run Dify workflows and stop them; chat with chat apps; read runs, logs, forms, "
            "conversations and app settings."
        ),
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
    add_run_options(run)
    run.add_argument("--blocking", action="store_true", help="wait for the result instead of streaming")

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

    add_batch(command)
    add_detached(command)
    add_chat(command, action)
    add_doctor(command)

    stop = commands.add_parser(
        "stop",
        help="stop one or more tasks",
        description="Ask Dify to stop each TASK_ID; '-' reads ids from stdin, one a line.",
        epilog=STOP_EXAMPLES,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    stop.add_argument("task_ids", nargs="+", metavar="TASK_ID", help="task ids, or - for stdin")
    stop.add_argument("--user", required=True, help="the end-user identifier the runs were started with")
    stop.add_argument("--concurrency", type=int, default=8, help="requests in flight at most (default 8)")
    return parser
