"""Client overhead benchmarks, each side by side with its baseline in one run (make bench).

    python benchmarks/run.py [--check] [--rounds N] [--calls N]

Each comparison interleaves its two sides (A B A B ...), reports median, min and max of
the rounds and the ratio of the medians, so that machine noise hits both sides alike.
The table is printed and written to docs/benchmarks.md; --check exits 1 on a missed goal.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import functools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
KEY = "app-bench-0000000000000000"


# Why a goal is missed, by row number: what was measured and what is left. Printed under
# the table for the rows that miss their goal in this run.
WHY_MISSED = {
    "1.": "Per call the sync client adds to a raw httpx call what the async one does; see row 2.",
    "2b.": (
        "A 0.4 s measurement on a shared 2-core machine. Measured alone on 2026-12-06 after the "
        "whole-body path stopped building the response's copy of the body (WholeResponse) and the "
        "aiohttp pool's second timer went: 0.71x (it was 0.60x). Per call the client still adds its "
        "checks and retry loop, the attempt's deadline, one httpx.Response and the typed result."
    ),
    "4.": (
        "Measured by part on 2026-12-06 (warm bytecode): httpx 65 ms, attrs 13 ms, the facade's "
        "modules 40 ms (clients, errors, operations table, the generated spec index), a first "
        "stream's event and result classes 35 ms: attrs writes and compiles each frozen class's "
        "methods when the class is made (0.8-1.3 ms a class, 37 of them). What is left is the "
        "class machinery: result classes whose source is generated ahead of time (no attrs at "
        "import), or msgspec Structs (made in C); both replace every public result type's "
        "implementation, and the facade's own modules would still be about 1.6x httpx."
    ),
    "7.": (
        "In Dify's framing raw httpx + json.loads pays about 15 us an event, most of it httpx and h11 "
        "per chunk, which the client pays too. Per event the client adds, measured in process on "
        "2026-12-06 (recording-shaped node and text events): the frame check 0.6 us, orjson 0.8 us "
        "(from the chunk's bytes), the checked typed event 1.5-3.0 us (its slots set through their "
        "descriptors: attrs' frozen __init__ cost 1.5 us more), the stream's bookkeeping about 0.8 "
        "us, and per chunk the stream's deadline. msgspec 0.22 (measured the same day) decodes, "
        "checks and builds these events from their bytes in 0.55-1.15 us where orjson and the "
        "checked build take 2.3-3.8 us: about 2 us saved of about 20, which would leave this row "
        "near 1.2x. Not taken: every public result class (attrs, with `raw`, `to_dict` and "
        "null-to-default fields) would become a msgspec Struct, and msgspec a required compiled "
        "dependency, for a goal it would still miss."
    ),
    "11.": (
        "A 0.1 s measurement, at the mercy of the machine: reruns of this row alone in the same "
        "session gave 1.01, 1.01 and 1.06 (the upload path did not change since it was met)."
    ),
    "7c.": (
        "Row 7's costs, plus the chat layer (the answer joined and the chat's ids taken at each "
        "event, a second table lookup for the workflow engine's events); half the frames are small "
        "`message` pieces, which raw json.loads reads in well under a microsecond, so the fixed cost "
        "per event weighs more. What is left is row 7's."
    ),
    "7b.": (
        "The same work per event as row 7 but the chunk's: with many events in one read raw "
        "httpx pays little per event, so the client's per-event cost (row 7's list, less the "
        "chunk's) is the larger share. Measured alone on 2026-12-06 at 1.43-1.50x."
    ),
}


@dataclass
class Row:
    name: str
    a: str
    b: str
    a_times: list[float]
    b_times: list[float]
    goal: float | None
    unit: str = "s"
    slack: float | None = None  # a goal of the form A <= B + slack (seconds)

    @property
    def ratio(self) -> float:
        return statistics.median(self.a_times) / statistics.median(self.b_times)

    @property
    def met(self) -> bool | None:
        if self.slack is not None:
            return statistics.median(self.a_times) <= statistics.median(self.b_times) + self.slack
        return None if self.goal is None else self.ratio <= self.goal

    @property
    def goal_text(self) -> str:
        if self.slack is not None:
            return f"<= B + {self.slack * 1000:g} ms ({'met' if self.met else 'MISSED'})"
        return "—" if self.goal is None else f"<= {self.goal} ({'met' if self.met else 'MISSED'})"


def interleave(
    rounds: int, a: Callable[[], float], b: Callable[[], float]
) -> tuple[list[float], list[float]]:
    a_times, b_times = [], []
    for _ in range(rounds):
        a_times.append(a())
        b_times.append(b())
    return a_times, b_times


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


# -- 1. sync overhead -------------------------------------------------------------


def sync_facade(url: str, calls: int) -> Callable[[], float]:
    from dify_workflow import WorkflowClient

    client = WorkflowClient(api_key=KEY, base_url=url)
    client.stop_task("warm", user="u")

    def run() -> None:
        for i in range(calls):
            client.stop_task(f"task-{i}", user="user_workflow_123")

    return lambda: timed(run)


def sync_raw(url: str, calls: int) -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=httpx.Timeout(30, connect=5))
    http.post(f"{url}/workflows/tasks/warm/stop", json={"user": "u"}).json()

    def run() -> None:
        for i in range(calls):
            http.post(f"{url}/workflows/tasks/task-{i}/stop", json={"user": "user_workflow_123"}).json()

    return lambda: timed(run)


# -- 2. async overhead ------------------------------------------------------------


async def _gather_limited(calls: int, in_flight: int, one: Callable[[int], object]) -> None:
    gate = asyncio.Semaphore(in_flight)

    async def guarded(i: int) -> None:
        async with gate:
            await one(i)  # type: ignore[misc]

    await asyncio.gather(*(guarded(i) for i in range(calls)))


def async_facade(
    url: str, calls: int, in_flight: int, backend: str = "httpx", *, defaults: bool = False
) -> Callable[[], float]:
    from dify_workflow import AsyncWorkflowClient

    def run() -> float:
        async def main() -> float:
            # The client's own pool (whole-attempt timeouts): as it comes (`defaults`), or
            # as wide as the calls in flight.
            width = {} if defaults else {"max_connections": max(in_flight, 1)}
            async with AsyncWorkflowClient(
                api_key=KEY,
                base_url=url,
                http_backend=backend,  # type: ignore[arg-type]
                **width,  # type: ignore[arg-type]
            ) as client:
                await client.stop_task("warm", user="u")
                started = time.perf_counter()
                await _gather_limited(
                    calls, in_flight, lambda i: client.stop_task(f"t-{i}", user="user_workflow_123")
                )
                return time.perf_counter() - started

        return asyncio.run(main())

    return run


def async_raw(url: str, calls: int, in_flight: int, *, defaults: bool = False) -> Callable[[], float]:
    def run() -> float:
        async def main() -> float:
            limits = (
                httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's defaults
                if defaults
                else httpx.Limits(
                    max_connections=max(in_flight, 1), max_keepalive_connections=max(in_flight, 1)
                )
            )
            async with httpx.AsyncClient(
                headers={"Authorization": f"Bearer {KEY}"},
                limits=limits,
                timeout=httpx.Timeout(30, connect=5),
            ) as http:
                await http.post(f"{url}/workflows/tasks/warm/stop", json={"user": "u"})

                async def one(i: int) -> object:
                    response = await http.post(
                        f"{url}/workflows/tasks/t-{i}/stop", json={"user": "user_workflow_123"}
                    )
                    return response.json()

                started = time.perf_counter()
                await _gather_limited(calls, in_flight, one)
                return time.perf_counter() - started

        return asyncio.run(main())

    return run


def async_raw_aiohttp(url: str, calls: int, in_flight: int) -> Callable[[], float]:
    """aiohttp alone: one session, `session.post().json()` per call."""

    def run() -> float:
        import aiohttp

        async def main() -> float:
            connector = aiohttp.TCPConnector(limit=max(in_flight, 1))
            async with aiohttp.ClientSession(
                connector=connector, headers={"Authorization": f"Bearer {KEY}"}
            ) as session:

                async def one(i: int) -> object:
                    async with session.post(
                        f"{url}/workflows/tasks/t-{i}/stop", json={"user": "user_workflow_123"}
                    ) as response:
                        return await response.json()

                await one(-1)
                started = time.perf_counter()
                await _gather_limited(calls, in_flight, one)
                return time.perf_counter() - started

        return asyncio.run(main())

    return run


# -- 3. the official SDK's pattern ------------------------------------------------


def requests_per_call(url: str, calls: int) -> Callable[[], float]:
    import requests

    def run() -> None:
        for i in range(calls):
            requests.request(
                "POST",
                f"{url}/workflows/tasks/task-{i}/stop",
                json={"user": "user_workflow_123"},
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=30,
            ).json()

    return lambda: timed(run)


# -- 4. import time ---------------------------------------------------------------


_BYTECODE = tempfile.mkdtemp(prefix="dify-bench-pyc-")


def cold_import(module: str, then: str = "") -> Callable[[], float]:
    """A fresh interpreter's import of `module`, with bytecode as an installed package has
    it (written once to a cache of its own, whatever PYTHONDONTWRITEBYTECODE says)."""
    code = f"import time; t = time.perf_counter(); import {module}; {then or 'pass'}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _BYTECODE
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)  # writes it

    def run() -> float:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        return float(out.stdout)

    return run


# -- 5. memory --------------------------------------------------------------------

MEMORY_PROBE = """
import asyncio, resource, sys
from dify_workflow import AsyncWorkflowClient
async def main(url, calls):
    async with AsyncWorkflowClient(api_key="{key}", base_url=url) as client:
        gate = asyncio.Semaphore(50)
        async def one(i):
            async with gate:
                await client.stop_task(f"t-{{i}}", user="u")
        await asyncio.gather(*(one(i) for i in range(calls)))
asyncio.run(main(sys.argv[1], int(sys.argv[2])))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_kib(url: str, calls: int) -> float:
    code = MEMORY_PROBE.format(key=KEY)
    out = subprocess.run(
        [sys.executable, "-c", code, url, str(calls)], capture_output=True, text=True, check=True
    )
    return float(out.stdout)


# -- 6. regeneration ----------------------------------------------------------------


def generate_seconds() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("openapi", "scripts", "generated"):
            shutil.copytree(ROOT / part, Path(tmp) / part)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "scripts/generate.py"), "--root", tmp],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started


# -- report -----------------------------------------------------------------------


def fmt(values: list[float], unit: str) -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    med, lo, hi = (statistics.median(values) * scale, min(values) * scale, max(values) * scale)
    return f"{med:.3f} ({lo:.3f}–{hi:.3f}) {unit}"


def _json_accelerated() -> bool:
    from dify_workflow._json import ACCELERATED

    return ACCELERATED


def stream_benchmarks(events: int, rounds: int) -> tuple[list[Row], dict[str, tuple[float, float]]]:
    """Rows 7-11 and the memory figures of 12 (streams, stop, uploads)."""
    import streams

    rows: list[Row] = []
    with streams.stream_server() as url, streams.temporary_folder() as folder:
        a, b = interleave(
            rounds, streams.events_facade(url, events, touch_data=False), streams.events_raw(url, events)
        )
        rows.append(
            Row(
                f"7. {events:,} events in Dify's framing (a chunk each), typed, data unread",
                f"stream_workflow ({'orjson' if _json_accelerated() else 'stdlib json'})",
                "httpx + split + json.loads",
                a,
                b,
                1.1,
            )
        )
        a, b = interleave(
            rounds,
            streams.events_facade(url, events, touch_data=False, framing="body"),
            streams.events_raw(url, events, framing="body"),
        )
        rows.append(
            Row(
                f"7b. {events:,} events in one piece of body, typed, data unread",
                f"stream_workflow ({'orjson' if _json_accelerated() else 'stdlib json'})",
                "httpx + split + json.loads",
                a,
                b,
                1.5,
            )
        )
        a, b = interleave(rounds, streams.chat_facade(url, events), streams.chat_raw(url, events))
        rows.append(
            Row(
                f"7c. {events:,} chat events of a Chatflow in Dify's framing, typed, answer joined",
                f"stream_message ({'orjson' if _json_accelerated() else 'stdlib json'})",
                "httpx + split + json.loads",
                a,
                b,
                1.1,
            )
        )
        a, b = interleave(
            rounds, streams.events_facade(url, events, touch_data=True), streams.events_raw(url, events)
        )
        rows.append(
            Row(
                f"8. {events:,} events, typed, every data read",
                "stream_workflow + .data",
                "httpx + split + json.loads",
                a,
                b,
                1.6,
            )
        )
        a, b = interleave(20, streams.task_id_facade(url), streams.task_id_raw(url))
        rows.append(
            Row(
                "9. time to task id, 20 runs",
                "enter stream_workflow",
                "raw first data line",
                a,
                b,
                None,
                "ms",
                slack=0.001,
            )
        )
        a, b = interleave(10, streams.stop_facade(url), streams.stop_raw(url))
        rows.append(
            Row(
                "10. stop round trip (server ends the stream 250 ms after the stop), 10 runs",
                "stream.stop() confirmed",
                "raw stop + read to workflow_finished",
                a,
                b,
                None,
                "ms",
                slack=0.005,
            )
        )
        path = streams.big_file(folder)
        a, b = interleave(3, streams.upload_facade(url, path), streams.upload_raw(url, path))
        rows.append(
            Row(
                "11. upload of 200 MiB, 3 runs (goal: throughput >= 0.9x)",
                "upload_file",
                "httpx files= (streamed)",
                a,
                b,
                round(1 / 0.9, 3),
            )
        )
        facade_cpu: list[float] = []
        raw_cpu: list[float] = []
        a, b = interleave(
            3,
            streams.concurrent_facade(url, 1000, 5.0, facade_cpu),
            streams.concurrent_raw(url, 1000, 5.0, raw_cpu),
        )
        rows.append(
            Row(
                "13. 1000 concurrent 5 s streams, wall time",
                "AsyncWorkflowClient",
                "httpx.AsyncClient",
                a,
                b,
                1.2,
            )
        )
        rows.append(
            Row(
                "14. 1000 concurrent 5 s streams, CPU per stream",
                "AsyncWorkflowClient",
                "httpx.AsyncClient",
                facade_cpu,
                raw_cpu,
                1.2,
                "ms",
            )
        )
        memory = {
            "1,000,000-event stream, every data model parsed": (streams.rss_growth_mib(url, "events"), 10.0),
            "200 MiB upload": (streams.rss_growth_mib(url, "upload", str(path)), 32.0),
            "200 MiB text_to_audio(...).write_to()": (
                streams.rss_growth_mib(url, "audio", str(Path(folder) / "a.mp3")),
                32.0,
            ),
        }
    return rows, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--events", type=int, default=200_000, help="events per stream (default 200000)")
    args = parser.parse_args()

    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("server.py"))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}/v1"
        rows: list[Row] = []
        n, rounds = args.calls, args.rounds

        a, b = interleave(rounds, sync_facade(url, n), sync_raw(url, n))
        rows.append(
            Row(
                f"1. sync, {n} sequential calls",
                "WorkflowClient.stop_task",
                "httpx.Client.post().json()",
                a,
                b,
                1.05,
            )
        )
        a, b = interleave(
            rounds, async_facade(url, n, 50, defaults=True), async_raw(url, n, 50, defaults=True)
        )
        rows.append(
            Row(
                f"2. async, {n} calls, 50 in flight, default settings on both",
                "AsyncWorkflowClient.stop_task",
                "httpx.AsyncClient.post()",
                a,
                b,
                1.10,
            )
        )
        a, b = interleave(rounds, async_facade(url, n, 50, "aiohttp"), async_raw_aiohttp(url, n, 50))
        rows.append(
            Row(
                f"2b. async, {n} calls, 50 in flight, aiohttp pool (goal: throughput >= 0.6x)",
                'AsyncWorkflowClient(http_backend="aiohttp")',
                "aiohttp session.post().json()",
                a,
                b,
                round(1 / 0.6, 3),
            )
        )
        small = max(n // 10, 50)
        a, b = interleave(rounds, requests_per_call(url, small), sync_facade(url, small))
        rows.append(
            Row(
                f"3. {small} calls, official SDK pattern",
                "requests.request per call",
                "WorkflowClient (keep-alive)",
                a,
                b,
                None,
            )
        )
        a, b = interleave(
            20, cold_import("dify_workflow", "dify_workflow.WorkflowStartedEvent"), cold_import("httpx")
        )
        rows.append(
            Row(
                "4. cold import with a first stream's event classes, 20 runs",
                "import dify_workflow; its event classes",
                "import httpx",
                a,
                b,
                1.3,
                "ms",
            )
        )
        scaling = []
        for in_flight in (1, 10, 50, 200):
            rates = [
                n / statistics.median([make(url, n, in_flight)() for _ in range(3)])
                for make in (
                    async_facade,
                    functools.partial(async_facade, backend="aiohttp"),
                    async_raw,
                    async_raw_aiohttp,
                )
            ]
            scaling.append((in_flight, rates))
        rss_small, rss_large = peak_rss_kib(url, 1000), peak_rss_kib(url, 10000)
        memory_ratio = rss_large / rss_small
        regen = generate_seconds()
    finally:
        server.kill()
        server.wait()
    stream_rows, memory = stream_benchmarks(args.events, rounds)
    rows += stream_rows
    import stand_in

    dropped, burst_time = stand_in.burst(1000)
    with stand_in.stand_in(0.001) as fake_url:
        facade_cpu: list[float] = []
        raw_cpu: list[float] = []
        a, b = interleave(
            2,
            stand_in.batch_facade(fake_url, 10_000, 64, facade_cpu),
            stand_in.batch_raw(fake_url, 10_000, 64, raw_cpu),
        )
        import batch_memory

        million = batch_memory.million_rows(fake_url)
    rows.append(
        Row(
            "15. batch of 10,000 short runs, concurrency 64, wall time",
            "run_batch",
            "raw httpx loop",
            a,
            b,
            1.3,
        )
    )
    rows.append(
        Row(
            "16. batch of 10,000 short runs, CPU per run",
            "run_batch",
            "raw httpx loop",
            facade_cpu,
            raw_cpu,
            1.3,
            "ms",
        )
    )

    lines = [
        "# Benchmarks",
        "",
        f"Run {datetime.date.today().isoformat()} on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"httpx {httpx.__version__}, {platform.platform()}. Made by `make bench` (benchmarks/run.py); "
        "each pair interleaved A B A B over the same loopback keep-alive server (its own process). "
        "Times: median (min–max).",
        "",
        "| comparison | A | B | A | B | ratio A/B | goal |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        goal = row.goal_text
        lines.append(
            f"| {row.name} | {row.a} | {row.b} | {fmt(row.a_times, row.unit)} | "
            f"{fmt(row.b_times, row.unit)} | {row.ratio:.3f} | {goal} |"
        )
    why = [
        f"- Row {row.name.split(' ', 1)[0]} {WHY_MISSED[row.name.split(' ', 1)[0]]}"
        for row in rows
        if row.met is False and row.name.split(" ", 1)[0] in WHY_MISSED
    ]
    if why:
        lines += ["", "Missed goals, and why:", "", *why]
    lines += [
        "",
        "5. Async throughput by calls in flight, calls/s (median of 3): AsyncWorkflowClient on its",
        "own httpx pool and on its aiohttp pool, raw httpx.AsyncClient and raw aiohttp. The fall",
        "with more in flight is httpx's pool (raw httpx falls the same way); aiohttp's does not fall.",
        "",
        "| in flight | facade, httpx pool | facade, aiohttp pool | raw httpx | raw aiohttp |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {k} | {v[0]:,.0f} | {v[1]:,.0f} | {v[2]:,.0f} | {v[3]:,.0f} |" for k, v in scaling]
    memory_met = memory_ratio <= 1.10
    lines += [
        "",
        f"Peak RSS: 1 000 calls {rss_small / 1024:.1f} MiB, 10 000 calls {rss_large / 1024:.1f} MiB "
        f"(ratio {memory_ratio:.3f}; goal <= 1.10, {'met' if memory_met else 'MISSED'}: the client does not "
        "grow with the number of calls).",
        "",
        f"6. `make generate` (scripts/generate.py on a copy of the repo): {regen:.2f} s.",
        "",
        "12. Peak RSS growth of the client process (goal in parentheses):",
        "",
        "| work | growth | goal |",
        "| --- | --- | --- |",
    ]
    memory_missed = [] if dropped == 0 else ["17. stand-in burst"]
    for name, (grown, limit) in memory.items():
        met = grown < limit
        memory_missed += [] if met else [f"12. {name}"]
        lines.append(f"| {name} | {grown:.1f} MiB | < {limit:g} MiB ({'met' if met else 'MISSED'}) |")
    lines += [
        "",
        f"17. 1000 concurrent raw streams through `dify_workflow.testing.server()`: {dropped} dropped "
        f"connections (goal 0, {'met' if dropped == 0 else 'MISSED'}), {burst_time:.1f} s.",
        "",
        f"18. `dify-workflow batch --resume` over a 1,000,000-row JSONL input and its journal "
        f"(benchmarks/batch_memory.py: all rows read, checked, looked up and written, the last 2,000 "
        f"run against the stand-in): peak RSS {million[0]:.1f} MiB, {million[1]:.1f} MiB for 1,000 rows; "
        f"growth {million[2]:.1f} MiB (goal < 64 MiB, {'met' if million[2] < 64 else 'MISSED'}), "
        f"{million[3]:.0f} s.",
        "",
    ]
    cpu_row = next(r for r in rows if r.name.startswith("14."))
    cpu_s = statistics.median(cpu_row.a_times)  # seconds of CPU per stream
    lines += [
        f"What one client process holds (rows 13, 14): 1000 concurrent streams take {cpu_s * 1000:.1f} ms of",
        f"CPU each over a 5 s run ({statistics.median(cpu_row.b_times) * 1000:.1f} ms for raw httpx), so one core",
        f"keeps about {5.0 / cpu_s:,.0f} such streams going before its CPU, not the server, is the limit;",
        "a Dify deployment's workers (each stream holds a gunicorn/gevent slot and a Redis subscription",
        "for the run's whole life) saturate far earlier. For a batch, the setting that matters is the",
        "concurrency the Dify deployment accepts (its APP_MAX_ACTIVE_REQUESTS and worker count); the",
        "client's own cost per run (rows 15, 16) is that of a raw httpx loop, and its memory stays flat",
        "however many rows pass (row 18).",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, "utf-8")
    missed = [r.name for r in rows if r.met is False] + ([] if memory_met else ["5. memory"]) + memory_missed
    missed += [] if million[2] < 64 else ["18. batch memory"]
    if args.check and missed:
        print(f"goals missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
