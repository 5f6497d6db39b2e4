"""The batch memory figure of `make bench`: `dify-workflow batch --resume` over a
1,000,000-row JSONL input and its journal, peak RSS of the CLI process beside the same
command over 1,000 rows.

A million real runs would take the stand-in most of an hour, so the journal is filled
the way an interrupted batch leaves it: every row but the last `live` ones finished.
The resume still reads and checks all the rows, hashes the input, looks every row up in
the journal, writes a result line per row and rewrites the output in input order at the
end; the last `live` rows run for real against the stand-in.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

KEY = "app-bench-0000000000000000"


def _prepare(folder: Path, url: str, rows: int, live: int) -> Path:
    import asyncio

    from dify_workflow import AsyncWorkflowClient
    from dify_workflow._journal import Journal, row_hash
    from dify_workflow.cli.batch import _input_id

    inputs = {"seconds": "0"}
    path = folder / "rows.jsonl"
    line = json.dumps(inputs) + "\n"
    with path.open("w", encoding="utf-8") as out:
        out.writelines(line for _ in range(rows))

    async def first_run() -> tuple[str, str]:
        # The journal is checked against the app by one of its runs (the least run id):
        # the first row's is real, the others sort after it.
        async with AsyncWorkflowClient(api_key=KEY, base_url=url) as client:
            info = await client.get_app_info()
            done = await client.run_workflow(inputs, user="bench")
            return f"{info.name} ({info.mode})", done.workflow_run_id  # as _batch_core names the app

    app, run_id = asyncio.run(first_run())
    journal = folder / "rows.jsonl.journal.db"
    made = Journal(journal, input_id=_input_id(path))
    made.set_meta("app", app)
    made.close()
    digest, now = row_hash(inputs), time.time()
    db = sqlite3.connect(journal)
    with db:
        db.executemany(
            "INSERT INTO rows (idx, hash, state, task_id, run_id, outputs, error, elapsed, tokens, updated)"
            " VALUES (?, ?, 'succeeded', ?, ?, '{\"text\": \"done\"}', NULL, 0.5, 10, ?)",
            (
                (
                    i,
                    digest,
                    f"task-{i}",
                    run_id if i == 0 else str(uuid.UUID(int=(0xFFFFFFFF << 96) + i)),
                    now,
                )
                for i in range(rows - live)
            ),
        )
    db.close()
    return path


# The CLI in a fresh interpreter that reports its own high-water mark at the end:
# VmHWM belongs to the process image, so the forked parent's size does not count
# (ru_maxrss of a child would include it).
_RUN_CLI = (
    "import sys\n"
    "from dify_workflow.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "print(int(hwm.split()[1]), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _peak_rss_mib(url: str, path: Path) -> tuple[float, float]:
    """Peak RSS of one `batch --resume` process, and its wall time."""
    env = {**os.environ, "DIFY_API_KEY": KEY, "DIFY_BASE_URL": url}
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _RUN_CLI,
            "batch",
            str(path),
            "--user",
            "bench",
            "--resume",
            "--concurrency",
            "16",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"dify-workflow batch exited {done.returncode}: {done.stderr[-2000:]}")
    kib = int(done.stderr.strip().splitlines()[-1])
    return kib / 1024, time.perf_counter() - started


def million_rows(url: str, rows: int = 1_000_000, live: int = 2_000) -> tuple[float, float, float, float]:
    """(peak RSS MiB for `rows`, peak RSS MiB for 1,000 rows, growth MiB, seconds)."""
    with tempfile.TemporaryDirectory() as big, tempfile.TemporaryDirectory() as small:
        large = _peak_rss_mib(url, _prepare(Path(big), url, rows, live))
        base = _peak_rss_mib(url, _prepare(Path(small), url, 1_000, min(live, 100)))
    return large[0], base[0], large[0] - base[0], large[1]
