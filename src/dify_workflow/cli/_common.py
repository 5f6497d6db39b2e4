"""What every command shares: exit statuses, the usage error, the parser class that never
echoes an argument's value, the common options, the key and the client, ids and output
helpers. Imports no other module of the CLI."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from .._config import API_KEY_ENV, BASE_URL_ENV, resolve_api_key
from .._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DifyError,
)
from .._inputs import check_task_id

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
EXIT_STOPPED, EXIT_PAUSED = 3, 4
KEY_FILE_OPTION = "--api-key-file"


class UsageError(Exception):
    """A problem with the command line or the configuration (exit status 2)."""


class Interrupted(Exception):
    """The command was interrupted (Ctrl-C, SIGTERM) and has said what became of its work
    (exit status 130)."""


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
            if names:
                message = f"unrecognized arguments: {', '.join(names)} (values are not shown, in case one is a secret)"
            else:
                message = "unrecognized arguments (not shown, in case one is a secret)"
        elif "required: ACTION" in message and self.actions_help:
            message = f"say what to do: {self.actions_help}"
        else:
            # "invalid choice: 'Bearer app-...'" would print a key put in the wrong place.
            message = re.sub(
                r"(invalid choice|value): '.*?'(?= \(|$)", r"\1 (not shown)", message, flags=re.S
            )
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _examples(*lines: str) -> str:
    return "examples:\n  export " + API_KEY_ENV + "=app-...\n" + "".join(f"  {line}\n" for line in lines)


def common_options() -> _Parser:
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


def cli_words(text: str) -> str:
    """The facade names the argument `base_url`; the command line calls it --base-url."""
    return text.replace("base_url ", "--base-url ", 1) if text.startswith("base_url ") else text


def make_client(args: argparse.Namespace, api_key: str, *, chat: bool = False) -> Any:
    """The async client (of a chat app with `chat`), with configuration problems as usage
    errors and warnings as one plain `warning:` line each."""
    from .._async_client import AsyncWorkflowClient
    from ..chat._async_client import AsyncChatClient

    kind = AsyncChatClient if chat else AsyncWorkflowClient
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            client = kind(
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


def chat_twin(client: Any) -> Any:
    """An AsyncChatClient with the settings of the (workflow) client `client`, for a
    command that finds the key is a chat app's; the caller closes it."""
    from ..chat._async_client import AsyncChatClient

    return AsyncChatClient(
        api_key=client._api_key,
        base_url=client.base_url,
        timeout=client.timeout,
        max_retries=client.max_retries,
        default_headers=client._default_headers,
    )


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


def when(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, tz=datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
    return "-" if value is None else str(value)


def emit(out: TextIO, record: dict[str, Any], as_json: bool, keys: list[str] | None = None) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False), file=out)
        return
    for key in keys or list(record):
        value = record.get(key)
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        print(f"{key}: {shown}", file=out)


def parse_assignments(values: list[str], option: str) -> dict[str, str]:
    """NAME=VALUE pairs of a repeated option."""
    out: dict[str, str] = {}
    for value in values:
        if any("\ud800" <= c <= "\udfff" for c in value):
            # Bytes the shell passed that are not UTF-8 (Python keeps them as surrogates).
            raise UsageError(f"{option}: a value holds bytes that are not UTF-8 text; pass UTF-8")
        name, sep, content = value.partition("=")
        if not sep or not name:
            raise UsageError(f"{option} {value!r} is not NAME=VALUE")
        out[name] = content
    return out


def exit_status(status: str | None) -> int:
    """The exit status for a run's final status."""
    if status in ("succeeded", "partial-succeeded"):
        return 0
    if status == "stopped":
        return EXIT_STOPPED
    if status == "paused":
        return EXIT_PAUSED
    return 1


def describe(exc: DifyError) -> str:
    return exc.explained if isinstance(exc, APIStatusError) else str(exc)
