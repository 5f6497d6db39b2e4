"""Write the sync twins of the facade's async modules (make unasync).

    python scripts/unasync.py           # rewrite src/dify_workflow/_client.py and the others
    python scripts/unasync.py --check   # exit 1 when a sync twin differs from its source

The async code is the one written by hand; its sync twin is derived by whole-word
substitutions (async def -> def, await x -> x, AsyncFoo -> Foo, aclose -> close, ...),
the way httpcore keeps its two halves in step. Anything the table does not cover must
be written so that it reads the same in both (see the sources' docstrings).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "dify_workflow"
# (async source, sync twin), relative to the package
FILES = (
    ("_async_transport.py", "_transport.py"),
    ("_async_streaming.py", "_streaming.py"),
    ("_async_audio.py", "_audio.py"),
    ("_async_app.py", "_app.py"),
    ("_async_client.py", "_client.py"),
    ("chat/_async_client.py", "chat/_client.py"),
    ("chat/_async_streaming.py", "chat/_streaming.py"),
)
# Tests written once against the async client, run against both (relative to the repo).
TEST_FILES = (("tests/streaming/test_async_streams.py", "tests/streaming/test_streams.py"),)

SUBSTITUTIONS: tuple[tuple[str, str], ...] = (
    (r"\bAsynchronous\b", "Synchronous"),
    (r"\basyncio \(and trio\) code\b", "blocking code"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\baclose\b", "close"),
    (r"\baiter_(\w+)", r"iter_\1"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bAsyncByteStream\b", "SyncByteStream"),
    (r"\bAnyIOBackend\b", "SyncBackend"),
    (r"\bset_async_httpx_client\b", "set_httpx_client"),
    (r"\basync_sleep\b", "sleep"),
    (r"\b_async_sleep\b", "_sleep"),
    (r"\b_async_(\w+)", r"_\1"),
    (r"\b_Async(\w+)", r"_\1"),
    (r"\bAsync(\w+)", r"\1"),
)
_COMPILED = tuple((re.compile(pattern), repl) for pattern, repl in SUBSTITUTIONS)
_SOURCE_NOTE = re.compile(r"^This file is the source of .*$", re.M)


def unasync_text(text: str, source: str) -> str:
    """The sync twin of an async module's text."""
    text = _SOURCE_NOTE.sub("@@NOTE@@", text)
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    note = f"GENERATED from {source} by scripts/unasync.py: edit that file, then run `make unasync`."
    return _formatted(text.replace("@@NOTE@@", note))


def _formatted(text: str) -> str:
    """The text as `ruff format` (the project's settings) leaves it: the substitutions
    shorten lines, which the formatter may join."""
    ruff = os.path.join(os.path.dirname(sys.executable), "ruff")
    for step in (["check", "--fix-only", "--unsafe-fixes", "--select", "I,UP028", "--quiet"], ["format"]):
        text = subprocess.run(
            [ruff, *step, "--no-cache", "--stdin-filename", "src/dify_workflow/twin.py", "-"],
            input=text,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        ).stdout
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the sync twins of the async facade modules.")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a twin is stale")
    parser.add_argument("--package", type=Path, default=PACKAGE, help="package folder (default: the facade)")
    args = parser.parse_args(argv)
    stale = []
    pairs = [(args.package / source, args.package / target) for source, target in FILES]
    if args.package == PACKAGE:
        pairs += [(ROOT / source, ROOT / target) for source, target in TEST_FILES]
    for source_path, target_path in pairs:
        source, target = source_path.name, target_path.name
        if not source_path.exists():
            print(
                f"unasync: error: {source_path} is missing; update FILES in scripts/unasync.py",
                file=sys.stderr,
            )
            return 2
        expected = unasync_text(source_path.read_text("utf-8"), source)
        current = target_path.read_text("utf-8") if target_path.exists() else None
        if current == expected:
            continue
        if args.check:
            stale.append(target)
        else:
            target_path.write_text(expected, "utf-8")
            print(
                f"unasync: wrote {target_path.relative_to(ROOT) if ROOT in target_path.parents else target_path}"
            )
    if stale:
        print(
            f"unasync: {', '.join(stale)} differ(s) from the async source; run `make unasync` and commit",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
