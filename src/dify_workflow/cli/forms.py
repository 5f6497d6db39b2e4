"""`dify-workflow form show|submit` and `app info|parameters`."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from .._types import input_fields
from ._common import EXIT_OK, _examples, check_cli_id, emit, parse_assignments, when

FORM_SHOW_EXAMPLES = _examples("dify-workflow form show mvEeUorT8JFji4JBDvQyft")

FORM_SUBMIT_EXAMPLES = _examples(
    'dify-workflow form submit mvEeUorT8JFji4JBDvQyft --action approve --input comment="ship it" --user ops'
)

FORM_EXAMPLES = FORM_SHOW_EXAMPLES + FORM_SUBMIT_EXAMPLES.split("\n", 2)[2]

APP_EXAMPLES = _examples("dify-workflow app info", "dify-workflow app parameters --json")


async def form_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    check_cli_id(args.token, "form token")
    if args.action == "show":
        form = (await client.get_human_input_form(args.token)).to_dict()
        if args.json:
            emit(out, form, True)
            return EXIT_OK
        print(form.get("form_content", ""), file=out)
        for field in form.get("inputs") or []:
            print(f"input {field.get('output_variable_name')} ({field.get('type')})", file=out)
        actions = ", ".join(str(a.get("id")) for a in form.get("user_actions") or [])
        print(f"actions: {actions}", file=out)
        print(f"expires: {when(form.get('expiration_time'))} UTC", file=out)
        return EXIT_OK
    inputs = parse_assignments(args.input, "--input")
    await client.submit_human_input_form(args.token, inputs=inputs, action=args.action, user=args.user)
    if args.json:
        emit(out, {"token": args.token, "submitted": True, "action": args.action}, True)
    else:
        print(f"submitted {args.token} ({args.action}); the run resumes on the server", file=out)
    return EXIT_OK


async def app_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    if args.what == "info":
        emit(out, (await client.get_app_info()).to_dict(), args.json)
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
