"""The entry point: refuse a key on the command line, parse, dispatch to the command's
module, and turn failures into one line and an exit status."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from collections.abc import Sequence
from typing import TextIO

from .._config import API_KEY_ENV
from .._exceptions import APIError, DifyError
from .._version import __version__
from ._common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    KEY_FILE_OPTION,
    Interrupted,
    UsageError,
    describe,
    make_client,
    read_api_key,
)
from ._parser import build_parser
from .batch import batch_command
from .chat import chat_command, conversations_command, messages_command
from .detached import attach_command, submit_command, wait_command
from .doctor import doctor_command
from .forms import app_command, form_command
from .reads import logs_command, runs_command
from .run import events_command, run_command
from .stop import run_stop

_KEY_LIKE = re.compile(r"^--api|key|token|secret|passw|auth|bearer|credential", re.I)

_KEY_HEADERS = ("authorization", "proxy-authorization", "x-api-key", "api-key")


def _documented_options(root: argparse.ArgumentParser) -> frozenset[str]:
    """Every option string of every command: these are never refused as key-like."""
    found: set[str] = set()
    pending: list[argparse.ArgumentParser] = [root]
    while pending:
        parser = pending.pop()
        for action in parser._actions:  # argparse offers no public walk of its options
            found.update(o for o in action.option_strings if o.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())
    return frozenset(found)


def refuse_key_options(argv: Sequence[str], parser: argparse.ArgumentParser) -> None:
    """An option that looks like a key, or a header that carries one, on the command line
    is refused without echoing its value. Documented options (`--keyword`) never are."""
    documented = _documented_options(parser)
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


HANDLERS = {
    "run": run_command,
    "events": events_command,
    "runs": runs_command,
    "logs": logs_command,
    "form": form_command,
    "app": app_command,
    "batch": batch_command,
    "submit": submit_command,
    "wait": wait_command,
    "attach": attach_command,
    "chat": chat_command,
    "conversations": conversations_command,
    "messages": messages_command,
    "doctor": doctor_command,
}
# Commands of the chat API: they run on a ChatClient.
CHAT_COMMANDS = frozenset({"chat", "conversations", "messages"})


def dispatch(args: argparse.Namespace, out: TextIO) -> int:
    """Run one parsed command; API failures print one `error:` line and exit 1."""
    if args.timeout <= 0 or args.max_retries < 0:
        raise UsageError("--timeout must be > 0 and --max-retries >= 0")
    if getattr(args, "user", "x").strip() == "":
        raise UsageError("--user must not be empty")
    api_key = read_api_key(args.api_key_file)
    try:
        return asyncio.run(_dispatch(args, api_key, out))
    except DifyError as exc:
        if isinstance(exc, ValueError) and not isinstance(exc, APIError):
            raise UsageError(str(exc)) from None
        print(f"dify-workflow: error: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED


async def _dispatch(args: argparse.Namespace, api_key: str, out: TextIO) -> int:
    client = make_client(args, api_key, chat=args.command in CHAT_COMMANDS)
    async with client:
        handler = HANDLERS[args.command]
        return await handler(client, args, out)


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `dify-workflow` console script; returns the exit status."""
    out = stdout or sys.stdout
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        parser = build_parser()
        refuse_key_options(argv, parser)
        args = parser.parse_args(argv)
        if args.version:
            from .._provenance import SPEC_PROVENANCE

            # The spec's digest is of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml.
            print(f"dify-workflow {__version__} ({SPEC_PROVENANCE.describe()})", file=out)
            return EXIT_OK
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        if args.command == "stop":
            return run_stop(args, stdin or sys.stdin, out)
        return dispatch(args, out)
    except UsageError as exc:
        print(f"dify-workflow: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Interrupted:
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print("dify-workflow: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head -1`): nothing more can be shown. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
