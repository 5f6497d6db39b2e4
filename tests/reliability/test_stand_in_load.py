"""The stand-in under concurrent load: its loopback server accepts every connection of a
burst (a real backlog, a thread per connection) and its in-process transport serves an
async client's many streams at once. The 1000-stream figure is in `make bench`."""

from __future__ import annotations

import asyncio
import json

import httpx

from dify_workflow import AsyncWorkflowClient
from dify_workflow.testing import FakeDify, server, transport

COUNT = 300


async def _raw_stream(http: httpx.AsyncClient, url: str) -> str:
    body = {"inputs": {"seconds": "20"}, "response_mode": "streaming", "user": "u"}
    async with http.stream(
        "POST", f"{url}/workflows/run", json=body, headers={"Authorization": "Bearer k"}
    ) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: ") and '"workflow_finished"' in line:
                return str(json.loads(line[6:])["data"]["status"])
    return "no end"


def test_a_burst_of_raw_connections_is_served_without_a_drop() -> None:
    fake = FakeDify(time_scale=0.02)  # a 20 s run lasts 0.4 s: all are open at once

    async def burst(url: str) -> list[object]:
        limits = httpx.Limits(max_connections=COUNT, max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits, timeout=30) as http:
            return await asyncio.gather(
                *(_raw_stream(http, url) for _ in range(COUNT)), return_exceptions=True
            )

    with server(fake) as dify:
        results = asyncio.run(burst(dify.url))
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], f"{len(errors)} dropped: {errors[:3]}"
    assert results == ["succeeded"] * COUNT
    assert len(fake.runs) == COUNT


def test_the_in_process_transport_serves_many_async_streams_at_once() -> None:
    fake = FakeDify(time_scale=0.02)

    async def many() -> list[str]:
        async with AsyncWorkflowClient(
            api_key="k", http_client=httpx.AsyncClient(transport=transport(fake))
        ) as client:

            async def one() -> str:
                async with client.stream_workflow({"seconds": "20"}, user="u") as stream:
                    return (await stream.outcome()).status

            return await asyncio.gather(*(one() for _ in range(COUNT)))

    assert asyncio.run(many()) == ["succeeded"] * COUNT
