"""The API key never shows: not in reprs, exceptions, logs or CLI output, under any fault."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from dify_workflow import AsyncHttpBackend, AsyncWorkflowClient, WorkflowClient
from tests._fault_server import FaultServer, refused_url
from tests.reliability._matrix import ALL_OUTCOMES, ROWS

SECRET = "app-SECRET-7f3a9c1e5b2d4f6a8c0e"
# Any long piece of the key counts as a leak, not only the whole key.
PIECES = [SECRET, SECRET[4:], SECRET[:-4], SECRET[-16:]]


def observe_exception(exc: BaseException, seen: list[str]) -> None:
    while exc is not None:
        seen.extend([repr(exc), str(exc), *map(repr, exc.args), *map(str, exc.args)])
        for name in ("request", "response", "body", "message", "code", "description"):
            value = getattr(exc, name, None)
            if value is not None:
                seen.append(repr(value))
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def _observe_row(row: Any, seen: list[str]) -> None:
    """One fault row on the three kinds of client (each row has its own server)."""
    with FaultServer() as server:
        server.script(*row.script(), default=row.default())
        url = refused_url() if row.refused else server.url
        sync = WorkflowClient(api_key=SECRET, base_url=url, timeout=0.5, max_retries=1)
        seen.extend([repr(sync), repr(sync.generated), repr(sync.with_options(max_retries=0))])
        try:
            seen.append(repr(sync.stop_task("t", user="u")))
        except ALL_OUTCOMES as exc:
            observe_exception(exc, seen)
        sync.close()

        async def run_async(url: str, backend: AsyncHttpBackend) -> None:
            async with AsyncWorkflowClient(
                api_key=SECRET, base_url=url, timeout=0.5, max_retries=1, http_backend=backend
            ) as client:
                seen.append(repr(client))
                try:
                    seen.append(repr(await client.stop_task("t", user="u")))
                except ALL_OUTCOMES as exc:
                    observe_exception(exc, seen)

        for backend in ("httpx", "aiohttp"):
            server.script(*row.script(), default=row.default())
            asyncio.run(run_async(url, backend))


def _cli_output(args: list[str], env: dict[str, str]) -> list[str]:
    cli = str(Path(sys.executable).parent / "dify-workflow")
    proc = subprocess.run([cli, *args], capture_output=True, text=True, timeout=60, env={**os.environ, **env})
    return [proc.stdout, proc.stderr]


def test_the_key_is_never_observable(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    seen: list[str] = []
    # Rows run side by side (most of their time is timeouts): each has its own server.
    with caplog.at_level(logging.DEBUG), ThreadPoolExecutor(8) as pool:
        for done in [pool.submit(_observe_row, row, seen) for row in ROWS]:
            done.result()
        # The CLI, with the key from the environment and from a file, failing and succeeding.
        key_file = tmp_path / "key"
        key_file.write_text(SECRET)
        with FaultServer() as server:
            calls = [
                (args, {**env, "DIFY_BASE_URL": base})
                for extra, env in (([], {"DIFY_API_KEY": SECRET}), (["--api-key-file", str(key_file)], {}))
                for base in (server.url, refused_url(), "ftp://nowhere/v1")
                for args in (
                    ["stop", "t1", "..", "--user", "u", "--max-retries", "0", "--json", *extra],
                    ["stop", "t1", "--user", "u", "--max-retries", "0", *extra],
                )
            ]
            for output in pool.map(lambda call: _cli_output(*call), calls):
                seen.extend(output)
    records = [r.getMessage() for r in caplog.records] + [repr(r.args) for r in caplog.records]
    assert any("attempt" in line for line in records), "the DEBUG log was not captured"
    haystack = "\n".join(seen + records)
    assert len(seen) > 100
    for piece in PIECES:
        assert piece not in haystack
