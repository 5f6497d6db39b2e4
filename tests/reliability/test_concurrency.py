"""Many calls at once on one client: every call ends typed, retries bounded, pool bounded."""

from __future__ import annotations

import asyncio
import threading

import httpx

from dify_workflow import (
    APIConnectionError,
    AsyncWorkflowClient,
    RateLimitError,
    StopTaskResult,
    WorkflowClient,
)
from tests._fault_server import FaultServer, cycle, ok, reply, reset
from tests._support import KEY

MIX = (ok(), reply(429, headers={"retry-after-ms": "20"}), reset(), ok())
LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)
MAX_RETRIES = 2


def pool_size(http: httpx.Client | httpx.AsyncClient) -> int:
    return len(http._transport._pool.connections)  # type: ignore[union-attr]


def check(outcomes: list[object], calls: int, attempts: int) -> None:
    assert len(outcomes) == calls
    for outcome in outcomes:
        assert outcome == StopTaskResult("success") or type(outcome) in (
            RateLimitError,
            APIConnectionError,
        ), outcome
    assert calls <= attempts <= calls * (MAX_RETRIES + 1)


def test_200_concurrent_async_calls() -> None:
    with FaultServer() as server:
        server.script(default=cycle(*MIX))

        async def run() -> tuple[list[object], int]:
            http = httpx.AsyncClient(limits=LIMITS)
            async with AsyncWorkflowClient(
                api_key=KEY, base_url=server.url, http_client=http, timeout=10
            ) as client:

                async def one(i: int) -> object:
                    try:
                        return await client.stop_task(f"task-{i}", user="u")
                    except (RateLimitError, APIConnectionError) as exc:
                        return exc

                outcomes = await asyncio.gather(*(one(i) for i in range(200)))
                size = pool_size(http)
            await http.aclose()
            return list(outcomes), size

        outcomes, size = asyncio.run(run())
        check(outcomes, 200, len(server.requests))
    assert size <= LIMITS.max_connections


def test_sync_client_shared_by_16_threads() -> None:
    outcomes: list[object] = []
    lock = threading.Lock()
    with FaultServer() as server:
        server.script(default=cycle(*MIX))
        http = httpx.Client(limits=LIMITS)
        with WorkflowClient(api_key=KEY, base_url=server.url, http_client=http, timeout=10) as client:

            def worker(n: int) -> None:
                for i in range(10):
                    try:
                        outcome: object = client.stop_task(f"task-{n}-{i}", user="u")
                    except (RateLimitError, APIConnectionError) as exc:
                        outcome = exc
                    with lock:
                        outcomes.append(outcome)

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            size = pool_size(http)
        http.close()
        check(outcomes, 160, len(server.requests))
    assert size <= LIMITS.max_connections
