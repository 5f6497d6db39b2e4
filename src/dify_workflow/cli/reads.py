"""`dify-workflow runs get` and `logs`: a run's detail, and the logs as a table."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ._common import EXIT_OK, _examples, check_cli_id, emit, when

RUNS_EXAMPLES = _examples(
    "dify-workflow runs get 97a3617c-16ff-48c7-b90e-adc5e40cca23",
    "dify-workflow runs get 97a3617c-16ff-48c7-b90e-adc5e40cca23 --json | jq .outputs",
)

LOGS_EXAMPLES = _examples(
    "dify-workflow logs --status failed --limit 50",
    "dify-workflow logs --keyword user-1",
    "dify-workflow logs --all --json > logs.jsonl",
)


async def runs_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    detail = await client.get_workflow_run(check_cli_id(args.run_id, "run id"))
    if args.json:
        emit(out, detail.to_dict(), True)
        return EXIT_OK
    # The same date format as `logs`; inputs as the dict they are, not Dify's JSON text.
    record = {**detail.to_dict(), "inputs": detail.inputs, "outputs": detail.outputs}
    for key in ("created_at", "finished_at"):
        record[key] = f"{when(record.get(key))} UTC" if record.get(key) is not None else "-"
    emit(out, record, False)
    return EXIT_OK


async def logs_command(client: Any, args: argparse.Namespace, out: TextIO) -> int:
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
                when(record.get("created_at")),
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
