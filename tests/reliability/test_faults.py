"""The fault matrix over real loopback sockets, for both clients."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest

from dify_workflow import APIStatusError, APITimeoutError, AsyncWorkflowClient, StopTaskResult, WorkflowClient
from tests._fault_server import FaultServer, ok, refused_url, reply
from tests._support import KEY, KINDS, backend
from tests.reliability._matrix import ALL_OUTCOMES, ROWS, TIMEOUT, Row

SLACK = 1.0  # scheduling noise on a loaded 2-core machine


def backoff_bound(retries: int) -> float:
    return sum(min(0.5 * 2**i, 8.0) for i in range(retries))


def call(kind: str, url: str, row: Row) -> tuple[object, float]:
    """Run stop_task once; return its result or exception and the seconds it took."""
    kwargs = {"api_key": KEY, "base_url": url, "timeout": TIMEOUT, "max_retries": row.max_retries}
    started = time.monotonic()
    try:
        if kind == "sync":
            with WorkflowClient(**kwargs) as client:  # type: ignore[arg-type]
                outcome: object = client.stop_task("task-1", user="u")
        else:

            async def run() -> StopTaskResult:
                async with AsyncWorkflowClient(**kwargs, **backend(kind)) as client:  # type: ignore[arg-type]
                    return await client.stop_task("task-1", user="u")

            outcome = asyncio.run(run())
    except ALL_OUTCOMES as exc:
        outcome = exc
    return outcome, time.monotonic() - started


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_fault(row: Row, kind: str) -> None:
    with FaultServer() as server:
        server.script(*row.script(), default=row.default())
        url = refused_url() if row.refused else server.url
        outcome, elapsed = call(kind, url, row)
        # The server may still be writing the slow answer; only count what arrived.
        seen = len(server.requests)
    if row.outcome is None:
        assert outcome == StopTaskResult(result="success")
    else:
        assert type(outcome) is row.outcome, repr(outcome)
    assert seen == row.attempts
    bound = TIMEOUT * (row.max_retries + 1) + backoff_bound(row.max_retries) + row.announced + SLACK
    assert elapsed <= bound, f"took {elapsed:.2f} s, bound {bound:.2f} s"
    if row.announced:
        assert elapsed >= row.announced - 1.0  # an HTTP date has one-second resolution


@pytest.mark.parametrize("kind", KINDS)
def test_redirect_to_another_loopback_address_is_not_followed(kind: str) -> None:
    with FaultServer("127.0.0.2") as elsewhere, FaultServer() as server:
        target = elsewhere.url + "/workflows/tasks/task-1/stop"
        server.script(default=reply(302, "", {"Location": target}))
        outcome, _ = call(kind, server.url, Row("302 redirect", list, ok, APIStatusError, 1))
        assert type(outcome) is APIStatusError
        assert outcome.status_code == 302  # type: ignore[attr-defined]
        assert len(server.requests) == 1
        assert elsewhere.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_per_call_timeout_overrides_the_client(kind: str) -> None:
    with FaultServer() as server:
        server.script(default=ok(delay=1.0))
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            if kind == "sync":
                with WorkflowClient(api_key=KEY, base_url=server.url, max_retries=0) as client:
                    client.stop_task("t", user="u", timeout=0.2)
            else:

                async def run() -> None:
                    async with AsyncWorkflowClient(
                        api_key=KEY,
                        base_url=server.url,
                        max_retries=0,
                        **backend(kind),  # type: ignore[arg-type]
                    ) as client:
                        await client.stop_task("t", user="u", timeout=0.2)

                asyncio.run(run())
        assert type(caught.value) is APITimeoutError
        assert time.monotonic() - started < 0.2 + SLACK


def test_async_backoff_does_not_block_the_event_loop() -> None:
    """While one call waits out a Retry-After, other coroutines keep running."""
    with FaultServer() as server:
        server.script(reply(429, headers={"Retry-After": "1"}), default=ok())
        ticks: list[float] = []

        async def ticker(stop: asyncio.Event) -> None:
            while not stop.is_set():
                ticks.append(time.monotonic())
                await asyncio.sleep(0.05)

        async def run() -> StopTaskResult:
            stop = asyncio.Event()
            tick_task = asyncio.create_task(ticker(stop))
            async with AsyncWorkflowClient(api_key=KEY, base_url=server.url) as client:
                result = await client.stop_task("t", user="u")
            stop.set()
            await tick_task
            return result

        assert asyncio.run(run()) == StopTaskResult("success")
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 15 and max(gaps) < 0.5
