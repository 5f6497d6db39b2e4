"""The commands beyond `stop`: run, events, runs get, logs, form show/submit, app."""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import sys
from typing import Any, TextIO

from ._cli import EXIT_FAILED, EXIT_OK, UsageError, check_cli_id, make_client, read_api_key
from ._cli_run import LiveView, attach_files, exit_status, follow, parse_assignments, read_inputs
from ._exceptions import APIError, APIStatusError, DifyError
from ._types import input_fields


def run_command(args: argparse.Namespace, out: TextIO) -> int:
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
        print(f"dify-workflow: error: {_describe(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _describe(exc: DifyError) -> str:
    return exc.explained if isinstance(exc, APIStatusError) else str(exc)


async def _dispatch(args: argparse.Namespace, api_key: str, out: TextIO) -> int:
    client = make_client(args, api_key)
    async with client:
        handler = {
            "run": _run,
            "events": _events,
            "runs": _runs,
            "logs": _logs,
            "form": _form,
            "app": _app,
            "batch": _batch,
        }[args.command]
        return await handler(client, args, out)


async def _run(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    inputs = read_inputs(args.inputs_file, args.input)
    await attach_files(client, args.file, args.user, inputs, sys.stderr)
    if args.blocking:
        result = await client.run_workflow(inputs, user=args.user, workflow_id=args.workflow_id)
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
        async with client.stream_workflow(inputs, user=args.user, workflow_id=args.workflow_id) as stream:
            return await follow(stream, client, view, args.user)
    finally:
        view.close()


async def _batch(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    from ._cli_batch import run_batch

    return await run_batch(client, args, out)


async def _events(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    check_cli_id(args.run_id, "run id")
    view = LiveView(out, as_json=args.json)
    try:
        async with client.stream_workflow_events(
            args.run_id, user=args.user, include_state_snapshot=args.snapshot, continue_on_pause=True
        ) as stream:
            return await follow(stream, client, view, args.user)
    finally:
        view.close()


def _when(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, tz=datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
    return "-" if value is None else str(value)


def _emit(out: TextIO, record: dict[str, Any], as_json: bool, keys: list[str] | None = None) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False), file=out)
        return
    for key in keys or list(record):
        value = record.get(key)
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        print(f"{key}: {shown}", file=out)


async def _runs(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    detail = await client.get_workflow_run(check_cli_id(args.run_id, "run id"))
    if args.json:
        _emit(out, detail.to_dict(), True)
        return EXIT_OK
    # The same date format as `logs`; inputs as the dict they are, not Dify's JSON text.
    record = {**detail.to_dict(), "inputs": detail.inputs, "outputs": detail.outputs}
    for key in ("created_at", "finished_at"):
        record[key] = f"{_when(record.get(key))} UTC" if record.get(key) is not None else "-"
    _emit(out, record, False)
    return EXIT_OK


async def _logs(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    filters = {"status": args.status, "keyword": args.keyword, "limit": args.limit}
    if args.all:
        items = [log async for log in client.iter_workflow_logs(**filters)]
        total = len(items)
    else:
        page = await client.list_workflow_logs(page=args.page, **filters)
        items, total = list(page.data or []), page.total
    records = [item.to_dict() for item in items]
    if args.json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False), file=out)
        return EXIT_OK
    rows = [("RUN", "STATUS", "SECONDS", "USER", "CREATED")]
    for record in records:
        run = record.get("workflow_run") or {}
        user = (
            (record.get("created_by_end_user") or {}).get("session_id")
            or record.get("created_by_account")
            or "-"
        )
        elapsed = run.get("elapsed_time")
        rows.append(
            (
                str(run.get("id", "-")),
                str(run.get("status", "-")),
                f"{elapsed:.2f}" if isinstance(elapsed, int | float) else "-",
                str(user),
                _when(record.get("created_at")),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out
        )
    print(f"{len(records)} of {total} runs", file=out)
    if total == 0 and not (args.status or args.keyword):
        mode = (await client.get_app_info()).mode
        if mode != "workflow":
            print(
                f"dify-workflow: note: this key belongs to a {mode!r} app; workflow logs list only "
                "runs of a workflow app: use a workflow app's API key",
                file=sys.stderr,
            )
    return EXIT_OK


async def _form(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    check_cli_id(args.token, "form token")
    if args.action == "show":
        form = (await client.get_human_input_form(args.token)).to_dict()
        if args.json:
            _emit(out, form, True)
            return EXIT_OK
        print(form.get("form_content", ""), file=out)
        for field in form.get("inputs") or []:
            print(f"input {field.get('output_variable_name')} ({field.get('type')})", file=out)
        actions = ", ".join(str(a.get("id")) for a in form.get("user_actions") or [])
        print(f"actions: {actions}", file=out)
        print(f"expires: {_when(form.get('expiration_time'))} UTC", file=out)
        return EXIT_OK
    inputs = parse_assignments(args.input, "--input")
    await client.submit_human_input_form(args.token, inputs=inputs, action=args.action, user=args.user)
    if args.json:
        _emit(out, {"token": args.token, "submitted": True, "action": args.action}, True)
    else:
        print(f"submitted {args.token} ({args.action}); the run resumes on the server", file=out)
    return EXIT_OK


async def _app(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    if args.what == "info":
        _emit(out, (await client.get_app_info()).to_dict(), args.json)
        return EXIT_OK
    parameters = await client.get_app_parameters()
    fields = input_fields(parameters)
    if args.json:
        for field in fields:
            record = {
                "name": field.name,
                "kind": field.kind,
                "label": field.label,
                "required": field.required,
                "default": field.default,
                "options": list(field.options),
            }
            print(json.dumps(record, ensure_ascii=False), file=out)
        return EXIT_OK
    for field in fields:
        required = "required" if field.required else "optional"
        extra = f" options: {', '.join(field.options)}" if field.options else ""
        default = f" default: {field.default}" if field.default not in (None, "") else ""
        print(f"{field.name}  {field.kind}  {required}  {field.label}{default}{extra}", file=out)
    return EXIT_OK
