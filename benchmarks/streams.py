"""Stream and upload benchmarks (part of `make bench`), each against raw httpx doing the
same work in the same run on the same loopback server (benchmarks/stream_server.py)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

KEY = "app-bench-0000000000000000"
UPLOAD_BYTES = 200 * 1024 * 1024


@contextmanager
def stream_server() -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("stream_server.py"))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{server.stdout.readline().strip()}/v1"
    finally:
        server.kill()
        server.wait()


def _client(url: str) -> object:
    from dify_workflow import WorkflowClient

    return WorkflowClient(api_key=KEY, base_url=url)


# -- event throughput ----------------------------------------------------------------


def events_facade(url: str, count: int, *, touch_data: bool, framing: str = "dify") -> Callable[[], float]:
    client = _client(url)

    def run() -> float:
        started = time.perf_counter()
        seen = 0
        inputs = {"events": str(count), "framing": framing}
        with client.stream_workflow(inputs, user="u") as stream:  # type: ignore[attr-defined]
            for event in stream:
                if touch_data:
                    event.data  # noqa: B018 - the typed model, parsed
                seen += 1
        assert seen == count + 1, seen
        return time.perf_counter() - started

    return run


def events_raw(url: str, count: int, framing: str = "dify") -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})

    def run() -> float:
        started = time.perf_counter()
        seen = 0
        inputs = {"events": str(count), "framing": framing}
        body = {"inputs": inputs, "user": "u", "response_mode": "streaming"}
        with http.stream("POST", f"{url}/workflows/run", json=body) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    json.loads(line[6:])
                    seen += 1
        assert seen == count + 1, seen
        return time.perf_counter() - started

    return run


def chat_facade(url: str, count: int) -> Callable[[], float]:
    """A Chatflow's answer read as typed chat events, with the answer joined as it comes."""
    from dify_workflow import ChatClient

    client = ChatClient(api_key=KEY, base_url=url)

    def run() -> float:
        started = time.perf_counter()
        seen = 0
        with client.stream_message("summarize", user="u", inputs={"events": str(count)}) as stream:
            for _ in stream:
                seen += 1
            assert stream.answer
        assert seen == count + 2, seen
        return time.perf_counter() - started

    return run


def chat_raw(url: str, count: int) -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})

    def run() -> float:
        started = time.perf_counter()
        seen = 0
        answer: list[str] = []
        body = {
            "inputs": {"events": str(count)},
            "query": "summarize",
            "user": "u",
            "response_mode": "streaming",
        }
        with http.stream("POST", f"{url}/chat-messages", json=body) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    event = json.loads(line[6:])
                    if event.get("event") == "message":
                        answer.append(event["answer"])
                    seen += 1
        assert seen == count + 2 and answer, seen
        return time.perf_counter() - started

    return run


# -- time to task id and stop round trip -----------------------------------------------


def task_id_facade(url: str) -> Callable[[], float]:
    client = _client(url)

    def run() -> float:
        started = time.perf_counter()
        with client.stream_workflow({"hold": "1"}, user="u") as stream:  # type: ignore[attr-defined]
            assert stream.task_id
            took = time.perf_counter() - started
            client.stop_task(stream.task_id, user="u")  # type: ignore[attr-defined]
        return took

    return run


def _raw_first_event(http: httpx.Client, url: str) -> tuple[httpx.Response, Iterator[str], str]:
    request = http.build_request(
        "POST",
        f"{url}/workflows/run",
        json={"inputs": {"hold": "1"}, "user": "u", "response_mode": "streaming"},
    )
    response = http.send(request, stream=True)
    lines = response.iter_lines()
    for line in lines:
        if line.startswith("data: "):
            return response, lines, json.loads(line[6:])["task_id"]
    raise AssertionError("no event")


def task_id_raw(url: str) -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})

    def run() -> float:
        started = time.perf_counter()
        response, _, task = _raw_first_event(http, url)
        took = time.perf_counter() - started
        http.post(f"{url}/workflows/tasks/{task}/stop", json={"user": "u"})
        response.close()
        return took

    return run


def stop_facade(url: str) -> Callable[[], float]:
    client = _client(url)

    def run() -> float:
        with client.stream_workflow({"hold": "1"}, user="u") as stream:  # type: ignore[attr-defined]
            started = time.perf_counter()
            outcome = stream.stop()
            took = time.perf_counter() - started
        assert outcome.confirmed, outcome
        return took

    return run


def stop_raw(url: str) -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})

    def run() -> float:
        response, lines, task = _raw_first_event(http, url)
        started = time.perf_counter()
        assert (
            http.post(f"{url}/workflows/tasks/{task}/stop", json={"user": "u"}).json()["result"] == "success"
        )
        for line in lines:
            if line.startswith("data: ") and json.loads(line[6:])["event"] == "workflow_finished":
                break
        took = time.perf_counter() - started
        response.close()
        return took

    return run


# -- uploads -----------------------------------------------------------------------------


def big_file(folder: str) -> Path:
    path = Path(folder) / "big.bin"
    with path.open("wb") as out:
        for _ in range(UPLOAD_BYTES // (1 << 20)):
            out.write(b"\x00\x01" * (1 << 19))
    return path


def upload_facade(url: str, path: Path) -> Callable[[], float]:
    client = _client(url)

    def run() -> float:
        started = time.perf_counter()
        client.upload_file(path, user="u")  # type: ignore[attr-defined]
        return time.perf_counter() - started

    return run


def upload_raw(url: str, path: Path) -> Callable[[], float]:
    http = httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=60)

    def run() -> float:
        started = time.perf_counter()
        with path.open("rb") as handle:
            response = http.post(
                f"{url}/files/upload",
                files={"file": ("big.bin", handle, "application/octet-stream")},
                data={"user": "u"},
            )
        assert response.status_code == 201
        return time.perf_counter() - started

    return run


# -- memory --------------------------------------------------------------------------------

MEMORY = """
import resource, sys
from dify_workflow import WorkflowClient
client = WorkflowClient(api_key="{key}", base_url=sys.argv[1])
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kind = sys.argv[2]
if kind == "events":
    with client.stream_workflow({{"events": "1000"}}, user="u") as stream:
        for event in stream:
            event.data
    before = rss()
    with client.stream_workflow({{"events": "1000000"}}, user="u") as stream:
        for event in stream:
            event.data
elif kind == "upload":
    client.upload_file(b"x", user="u", filename="w.bin")
    before = rss()
    client.upload_file(sys.argv[3], user="u")
else:
    client.text_to_audio("1000", user="u").write_to(sys.argv[3])
    before = rss()
    client.text_to_audio("{audio}", user="u").write_to(sys.argv[3])
print(rss() - before)
"""


def rss_growth_mib(url: str, kind: str, extra: str = "") -> float:
    code = MEMORY.format(key=KEY, audio=UPLOAD_BYTES)
    args = [sys.executable, "-c", code, url, kind] + ([extra] if extra else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=1200)
    return float(out.stdout.strip().splitlines()[-1])


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory()


# -- many streams at once through one client -----------------------------------------


def concurrent_facade(url: str, count: int, seconds: float, cpu: list[float]) -> Callable[[], float]:
    """`count` streams at once through one AsyncWorkflowClient; appends CPU s per stream."""

    def run() -> float:
        from dify_workflow import AsyncWorkflowClient

        async def main() -> None:
            async with AsyncWorkflowClient(api_key=KEY, base_url=url, timeout=60) as client:

                async def one() -> None:
                    async with client.stream_workflow({"sleep": str(seconds)}, user="u") as stream:
                        outcome = await stream.outcome()
                    assert outcome.status == "succeeded", outcome

                await asyncio.gather(*(one() for _ in range(count)))

        return _timed_with_cpu(main, count, cpu)

    return run


def concurrent_raw(url: str, count: int, seconds: float, cpu: list[float]) -> Callable[[], float]:
    """The same with raw httpx (a pool of `count`), lines split and JSON decoded."""

    def run() -> float:
        async def main() -> None:
            limits = httpx.Limits(max_connections=count, max_keepalive_connections=100)
            async with httpx.AsyncClient(limits=limits, timeout=60) as http:

                async def one() -> None:
                    body = {"inputs": {"sleep": str(seconds)}, "response_mode": "streaming", "user": "u"}
                    headers = {"Authorization": f"Bearer {KEY}"}
                    async with http.stream(
                        "POST", f"{url}/workflows/run", json=body, headers=headers
                    ) as response:
                        async for line in response.aiter_lines():
                            if (
                                line.startswith("data: ")
                                and json.loads(line[6:])["event"] == "workflow_finished"
                            ):
                                break

                await asyncio.gather(*(one() for _ in range(count)))

        return _timed_with_cpu(main, count, cpu)

    return run


def _timed_with_cpu(main: Callable[[], Any], count: int, cpu: list[float]) -> float:
    started, cpu_started = time.perf_counter(), time.process_time()
    asyncio.run(main())
    cpu.append((time.process_time() - cpu_started) / count)
    return time.perf_counter() - started
