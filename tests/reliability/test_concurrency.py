"""Many calls at once on one client: every call ends typed, retries bounded, pool bounded."""

from __future__ import annotations

import asyncio
import threading
import time as time_module

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    AsyncWorkflowClient,
    ClientClosedError,
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


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_one_async_client_serves_one_event_loop_after_another(backend: str) -> None:
    # Task runners call asyncio.run per task with a client made once: each new loop gets
    # a pool of its own, the old one is released, and no call fails "Event loop is closed".
    with FaultServer() as server:
        client = AsyncWorkflowClient(api_key=KEY, base_url=server.url, http_backend=backend)  # type: ignore[arg-type]

        async def stop() -> StopTaskResult:
            return await client.stop_task("t", user="u")

        results = [asyncio.run(stop()) for _ in range(3)]
        asyncio.run(client.close())
    assert results == [StopTaskResult("success")] * 3


def test_a_callers_http_client_in_a_second_event_loop_fails_with_a_clear_error() -> None:
    with FaultServer() as server:
        client = AsyncWorkflowClient(api_key=KEY, base_url=server.url, http_client=httpx.AsyncClient())

        async def stop() -> StopTaskResult:
            return await client.stop_task("t", user="u")

        assert asyncio.run(stop()) == StopTaskResult("success")
        with pytest.raises(ClientClosedError) as caught:
            asyncio.run(stop())  # its kept connection belongs to the first loop
    assert "belongs to an event loop that has closed" in str(caught.value)
    assert "make the client (and its http_client) in the loop that uses it" in str(caught.value)


def test_one_async_client_in_two_running_loops_at_once_is_refused_clearly() -> None:
    with FaultServer(default=ok(delay=0.5)) as server:
        client = AsyncWorkflowClient(api_key=KEY, base_url=server.url)
        errors: list[BaseException] = []

        async def stop() -> None:
            try:
                await client.stop_task("t", user="u")
            except ClientClosedError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=asyncio.run, args=(stop(),)) for _ in range(2)]
        for thread in threads:
            thread.start()
            time_module.sleep(0.1)
        for thread in threads:
            thread.join()
    assert len(errors) == 1 and "in use in another event loop" in str(errors[0])
