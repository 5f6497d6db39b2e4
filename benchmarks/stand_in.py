"""The stand-in and batch figures of `make bench`: a burst of raw streams through
`dify_workflow.testing.server()`, and a batch beside a minimal raw-httpx loop doing the
same streams (the stand-in runs in a process of its own in both)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

KEY = "app-bench-0000000000000000"
SERVE = (
    "import sys, time\n"
    "from dify_workflow.testing import FakeDify, server\n"
    "with server(FakeDify(time_scale=float(sys.argv[1]))) as s:\n"
    "    print(s.url, flush=True)\n"
    "    time.sleep(3600)\n"
)


@contextmanager
def stand_in(time_scale: float) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(time_scale)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.kill()
        process.wait()


async def _raw_stream(http: httpx.AsyncClient, url: str, seconds: str) -> str:
    body = {"inputs": {"seconds": seconds}, "response_mode": "streaming", "user": "u"}
    headers = {"Authorization": f"Bearer {KEY}"}
    async with http.stream("POST", f"{url}/workflows/run", json=body, headers=headers) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: ") and json.loads(line[6:])["event"] == "workflow_finished":
                return "finished"
    return "no end"


def burst(count: int) -> tuple[int, float]:
    """(dropped connections, wall time) of `count` concurrent raw streams (5 s runs at
    time_scale 0.2: each holds its connection about a second)."""
    with stand_in(0.2) as url:

        async def main() -> list[object]:
            limits = httpx.Limits(max_connections=count, max_keepalive_connections=0)
            async with httpx.AsyncClient(limits=limits, timeout=60) as http:
                return await asyncio.gather(
                    *(_raw_stream(http, url, "5") for _ in range(count)), return_exceptions=True
                )

        started = time.perf_counter()
        results = asyncio.run(main())
        return sum(1 for r in results if r != "finished"), time.perf_counter() - started


def batch_facade(url: str, runs: int, concurrency: int, cpu: list[float]) -> Callable[[], float]:
    def run() -> float:
        from dify_workflow import AsyncWorkflowClient

        async def main() -> None:
            async with AsyncWorkflowClient(api_key=KEY, base_url=url) as client:
                rows = ({"seconds": "0"} for _ in range(runs))
                async with client.run_batch(rows, user="u", concurrency=concurrency) as batch:
                    done = sum([1 async for _ in batch])
                assert done == runs

        return _measure(main, runs, cpu)

    return run


def batch_raw(url: str, runs: int, concurrency: int, cpu: list[float]) -> Callable[[], float]:
    def run() -> float:
        async def main() -> None:
            limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
            async with httpx.AsyncClient(limits=limits, timeout=60) as http:
                gate = asyncio.Semaphore(concurrency)

                async def one() -> None:
                    async with gate:
                        await _raw_stream(http, url, "0")

                await asyncio.gather(*(one() for _ in range(runs)))

        return _measure(main, runs, cpu)

    return run


def _measure(main: Callable[[], object], runs: int, cpu: list[float]) -> float:
    started, cpu_started = time.perf_counter(), time.process_time()
    asyncio.run(main())  # type: ignore[arg-type]
    cpu.append((time.process_time() - cpu_started) / runs)
    return time.perf_counter() - started
