"""`dify-workflow chat`, `conversations` and `messages`: a chat app (Chatflow, Chatbot,
Agent) at a terminal. With a query, one answer streamed live; without one, a session that
keeps the conversation (Ctrl-C stops the answer on the server and returns to the prompt,
Ctrl-D leaves)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
import warnings
from collections.abc import Callable
from typing import Any, TextIO

from .._exceptions import APIError, ConversationMismatchWarning, DifyError
from ._common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PAUSED,
    UsageError,
    _examples,
    _Parser,
    check_cli_id,
    exit_status,
    parse_assignments,
    when,
)

CHAT_EXAMPLES = _examples(
    'dify-workflow chat "What can you do?" --user u-1',
    "dify-workflow chat --user u-1                      # a session: Ctrl-C stops an answer, Ctrl-D leaves",
    'dify-workflow chat "And then?" --user u-1 --conversation 2f30709f-d9f7-401e-a66a-f918149b3d37',
    'dify-workflow chat "Hi" --user u-1 --input topic=budget --json | jq -r .answer',
)
CONVERSATIONS_EXAMPLES = _examples(
    "dify-workflow conversations list --user u-1",
    'dify-workflow conversations rename 2f30709f-d9f7-401e-a66a-f918149b3d37 "Budget talk" --user u-1',
    "dify-workflow conversations variables 2f30709f-d9f7-401e-a66a-f918149b3d37 --user u-1",
    "dify-workflow conversations delete 2f30709f-d9f7-401e-a66a-f918149b3d37 --user u-1",
)
MESSAGES_EXAMPLES = _examples(
    "dify-workflow messages 2f30709f-d9f7-401e-a66a-f918149b3d37 --user u-1",
    "dify-workflow messages 2f30709f-d9f7-401e-a66a-f918149b3d37 --user u-1 --limit 5 --json",
)
PROMPT = "you> "
# How long a stop waits for the stream to confirm it before run detail is asked.
STOP_WAIT = 10.0


def add_parsers(
    command: Callable[..., argparse.ArgumentParser], action: Callable[..., argparse.ArgumentParser]
) -> None:
    chat = command(
        "chat",
        "chat with a chat app (Chatflow, Chatbot, Agent): one answer, or a session",
        CHAT_EXAMPLES,
        "Send QUERY and stream the answer; without QUERY, read one message a line from the "
        "terminal and keep the conversation (Ctrl-C stops the answer on the server, Ctrl-D leaves).",
    )
    chat.add_argument("query", nargs="?", metavar="QUERY", help="the message (none: a session)")
    chat.add_argument("--user", required=True, help="your end-user identifier")
    chat.add_argument("--conversation", metavar="ID", help="continue this conversation")
    chat.add_argument("--input", action="append", default=[], metavar="NAME=VALUE", help="an app input")

    conversations = command(
        "conversations", "list, rename or delete conversations; show their variables", CONVERSATIONS_EXAMPLES
    )
    sub = conversations.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    conversations.actions_help = (  # type: ignore[attr-defined]
        "conversations list, rename ID NAME, delete ID or variables ID (each with --user USER)"
    )
    listing = action(
        sub, "list", "a user's conversations, most recently updated first", CONVERSATIONS_EXAMPLES
    )
    listing.add_argument("--user", required=True, help="whose conversations")
    listing.add_argument("--limit", type=int, default=20, help="how many at most (default 20)")
    rename = action(sub, "rename", "rename a conversation", CONVERSATIONS_EXAMPLES)
    rename.add_argument("conversation_id", metavar="ID")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("--user", required=True, help="the conversation's user")
    delete = action(sub, "delete", "delete a conversation and its messages", CONVERSATIONS_EXAMPLES)
    delete.add_argument("conversation_id", metavar="ID")
    delete.add_argument("--user", required=True, help="the conversation's user")
    variables = action(sub, "variables", "a conversation's variables", CONVERSATIONS_EXAMPLES)
    variables.add_argument("conversation_id", metavar="ID")
    variables.add_argument("--user", required=True, help="the conversation's user")

    messages = command("messages", "a conversation's messages, oldest first", MESSAGES_EXAMPLES)
    messages.add_argument("conversation_id", metavar="CONVERSATION_ID")
    messages.add_argument("--user", required=True, help="the conversation's user")
    messages.add_argument("--limit", type=int, default=20, help="the latest N messages (default 20)")


# -- chat --------------------------------------------------------------------------------------


async def chat_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    inputs = parse_assignments(args.input, "--input")
    conversation = None if args.conversation is None else check_cli_id(args.conversation, "conversation id")
    if args.query is not None:
        if not args.query.strip():
            raise UsageError("QUERY is empty: say something, or leave it out for a session")
        status, _ = await _answer(client, args, out, args.query, inputs, conversation)
        return status
    return await _session(client, args, out, inputs, conversation)


async def _session(
    client: Any, args: argparse.Namespace, out: TextIO, inputs: dict[str, str], conversation: str | None
) -> int:
    """One message a line until end of input (Ctrl-D); each answer streamed; the
    conversation carried from turn to turn."""
    loop = asyncio.get_running_loop()
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print(PROMPT, end="", file=sys.stderr, flush=True)
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            if interactive:
                print(file=sys.stderr)
            break
        query = line.strip()
        if not query:
            continue
        status, conversation = await _answer(client, args, out, query, inputs, conversation)
        if status not in (EXIT_OK, EXIT_INTERRUPTED):
            return status
    if conversation is not None:
        print(
            f"conversation {conversation} (continue it with --conversation {conversation})", file=sys.stderr
        )
    return EXIT_OK


async def _answer(
    client: Any,
    args: argparse.Namespace,
    out: TextIO,
    query: str,
    inputs: dict[str, str],
    conversation: str | None,
) -> tuple[int, str | None]:
    """Stream one answer; Ctrl-C (or SIGTERM) stops it on the server, confirmed."""
    loop = asyncio.get_running_loop()
    stop_wanted = asyncio.Event()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop_wanted.set)
            installed.append(signum)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            pass
    shown: list[str] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConversationMismatchWarning)
            stream = client.stream_message(query, user=args.user, inputs=inputs, conversation_id=conversation)
            await stream.__aenter__()
        for warning in caught:
            print(f"dify-workflow: warning: {warning.message}", file=sys.stderr)
        try:
            return await _read(client, stream, args, out, shown, stop_wanted)
        finally:
            await stream.__aexit__(None, None, None)
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


async def _stop(client: Any, stream: Any, args: argparse.Namespace, consumer: asyncio.Future[None]) -> None:
    """Stop the answer on the server while the reader goes on reading (the stream is read
    by one task only), then say whether the stream confirmed it (or run detail did)."""
    from .._events import WorkflowFinishedEvent

    task = stream.known_task_id
    requested = False
    try:
        requested = (await client.stop_message(task, user=args.user, timeout=STOP_WAIT)).result == "success"
    except DifyError as exc:
        print(f"dify-workflow: the stop request failed: {exc}", file=sys.stderr)
    with contextlib.suppress(TimeoutError, APIError):  # no verdict in time: run detail tells
        await asyncio.wait_for(asyncio.shield(consumer), STOP_WAIT)
    final = stream.final_event
    status = final.status if isinstance(final, WorkflowFinishedEvent) else None
    run = stream.known_workflow_run_id
    if status is None and run is not None:
        with contextlib.suppress(DifyError):
            status = (await client.get_workflow_run(run)).status
    if requested and status == "stopped":
        print("dify-workflow: stopped (confirmed)", file=sys.stderr)
    elif run is None and requested:
        print(
            "dify-workflow: stop requested (a chat app without a workflow cannot confirm it)", file=sys.stderr
        )
    else:
        print(
            f"dify-workflow: stop {'requested' if requested else 'not accepted'}, not confirmed: {status}",
            file=sys.stderr,
        )


async def _read(
    client: Any,
    stream: Any,
    args: argparse.Namespace,
    out: TextIO,
    shown: list[str],
    stop_wanted: asyncio.Event,
) -> tuple[int, str | None]:
    from ..chat._events import AgentMessageEvent, MessageEvent

    async def consume() -> None:
        async for event in stream:
            if not args.json and isinstance(event, MessageEvent | AgentMessageEvent):
                shown.append(event.data.answer)
                print(event.data.answer, end="", file=out, flush=True)

    consumer = asyncio.ensure_future(consume())
    waiter = asyncio.ensure_future(stop_wanted.wait())
    try:
        await asyncio.wait({consumer, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if stop_wanted.is_set() and not consumer.done():
            await _stop(client, stream, args, consumer)
            if not args.json:
                print(file=out)
            return EXIT_INTERRUPTED, stream.conversation_id
        consumer.result()  # a broken stream raises here
    finally:
        waiter.cancel()
        consumer.cancel()
    result = await stream.outcome()
    if args.json:
        record = {
            "answer": result.answer,
            "status": result.status,
            "conversation_id": result.conversation_id,
            "message_id": result.message_id,
            "task_id": result.task_id,
            "workflow_run_id": result.workflow_run_id,
            "form_token": result.form_token,
            "usage": result.usage,
        }
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    else:
        printed = "".join(shown)
        # Text the server did not stream (after a human-input resume, or replaced by
        # moderation) is shown from the whole answer.
        if result.answer.startswith(printed):
            print(result.answer[len(printed) :], file=out, flush=True)
        else:
            print(f"\n{result.answer}", file=out, flush=True)
    if result.status == "paused":
        print(
            f"dify-workflow: paused at a human-input form (token {result.form_token}): dify-workflow form show "
            f"{result.form_token}; then form submit, and: dify-workflow events {result.workflow_run_id} --user {args.user}",
            file=sys.stderr,
        )
        return EXIT_PAUSED, result.conversation_id
    if not result.succeeded:
        print(
            f"dify-workflow: the answer ended {result.status}: {result.error or ''}".rstrip(": "),
            file=sys.stderr,
        )
    return exit_status(result.status), result.conversation_id


# -- conversations and messages ------------------------------------------------------------


async def conversations_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "list":
        if not 1 <= args.limit <= 1000:
            raise UsageError("--limit must be from 1 to 1000")
        found = []
        async for conversation in client.iter_conversations(user=args.user, limit=min(args.limit, 100)):
            found.append(conversation)
            if len(found) >= args.limit:
                break
        if args.json:
            for item in found:
                print(json.dumps(item.to_dict(), ensure_ascii=False), file=out)
            return EXIT_OK
        rows = [("CONVERSATION", "NAME", "UPDATED")] + [(c.id, c.name, when(c.updated_at)) for c in found]
        _table(out, rows)
        print(f"{len(found)} conversations", file=out)
        return EXIT_OK
    conversation = check_cli_id(args.conversation_id, "conversation id")
    if args.action == "rename":
        renamed = await client.rename_conversation(conversation, args.name, user=args.user)
        if args.json:
            print(json.dumps(renamed.to_dict(), ensure_ascii=False), file=out)
        else:
            print(f"renamed {renamed.id} to {renamed.name!r}", file=out)
        return EXIT_OK
    if args.action == "delete":
        await client.delete_conversation(conversation, user=args.user)
        if args.json:
            print(json.dumps({"conversation_id": conversation, "deleted": True}), file=out)
        else:
            print(f"deleted {conversation}", file=out)
        return EXIT_OK
    page = await client.list_conversation_variables(conversation, user=args.user, limit=100)
    if args.json:
        for item in page.data:
            print(json.dumps(item.to_dict(), ensure_ascii=False), file=out)
        return EXIT_OK
    _table(
        out,
        [("VARIABLE", "TYPE", "VALUE")]
        + [(v.name, v.value_type, json.dumps(v.value, ensure_ascii=False)) for v in page.data],
    )
    return EXIT_OK


async def messages_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    conversation = check_cli_id(args.conversation_id, "conversation id")
    if not 1 <= args.limit <= 1000:
        raise UsageError("--limit must be from 1 to 1000")
    newest_first = []
    async for message in client.iter_messages(conversation, user=args.user, limit=min(args.limit, 100)):
        newest_first.append(message)
        if len(newest_first) >= args.limit:
            break
    for message in reversed(newest_first):
        if args.json:
            print(json.dumps(message.to_dict(), ensure_ascii=False), file=out)
        else:
            print(f"[{when(message.created_at)}] {args.user}: {message.query}", file=out)
            print(f"  answer: {message.answer}", file=out)
    return EXIT_OK


def _table(out: TextIO, rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out
        )


__all__ = ["add_parsers", "chat_command", "conversations_command", "messages_command"]
