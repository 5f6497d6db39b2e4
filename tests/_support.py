"""Helpers shared by the test folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EN_SPEC = ROOT / "openapi" / "en" / "workflow.yaml"
JA_SPEC = ROOT / "openapi" / "ja" / "workflow.yaml"
SOURCES = ROOT / "openapi" / "sources"
KEY = "app-TESTKEY-0123456789abcdef"


def run_script(name: str, *args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run one of scripts/ the way the Makefile does."""
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def tree_bytes(path: Path) -> dict[str, bytes]:
    """Every file below `path` with its content, for before/after comparisons."""
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# The clients the reliability tests hold to the same rules: the sync client, and the async
# client on each connection pool it can make (httpx's, aiohttp's).
KINDS = ("sync", "async", "aiohttp")


def backend(kind: str) -> dict[str, str]:
    """The AsyncWorkflowClient options of a test kind ("async" or "aiohttp")."""
    return {"http_backend": "aiohttp"} if kind == "aiohttp" else {}


# The pools the stream tests run on: tests/streaming/test_async_streams.py takes
# `_async_backends`, and its sync twin (scripts/unasync.py) `_backends`.
_async_backends = ("httpx", "aiohttp")
_backends = ("httpx",)
