"""Uploads and audio stream: memory does not grow with the size of the file or the body.

The client runs in a subprocess that reports its own peak RSS growth; the loopback
server discards the upload (counting it) and sends the audio in 1 MiB chunks.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests._support import KEY, KINDS, ROOT, backend

SIZE = 200 * 1024 * 1024
LIMIT_MB = 32


class BulkServer:
    """POST /v1/files/upload: reads and counts the body; POST /v1/text-to-audio: SIZE bytes."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.received: list[int] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {
                k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])
            }
            length = int(headers.get("content-length", "0"))
            got = len(rest)
            while got < length:
                chunk = conn.recv(1 << 20)
                if not chunk:
                    return
                got += len(chunk)
            if lines[0].startswith("POST /v1/files/upload"):
                self.received.append(got)
                body = json.dumps(
                    {
                        "id": "fffe2fa3-7f41-486d-ad3d-f946e602918f",
                        "name": "big.bin",
                        "size": got,
                        "created_at": 1796000000,
                        "source_url": "http://files.example/big.bin",
                    }
                ).encode()
                conn.sendall(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
            else:
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nConnection: close\r\n"
                    + f"Content-Length: {SIZE}\r\n\r\n".encode()
                )
                block = b"\xff\xfb" * (1 << 19)
                for _ in range(SIZE // len(block)):
                    conn.sendall(block)


@pytest.fixture
def bulk() -> Iterator[BulkServer]:
    server = BulkServer()
    server.thread.start()
    yield server
    server.listener.close()


def growth_mb(script: str) -> float:
    """Run `script` (which defines `work()`) in a fresh interpreter; its peak RSS growth."""
    code = textwrap.dedent(
        """
        import resource, sys
        sys.path[:0] = [{src!r}, {gen!r}]
        import dify_workflow
        {script}
        prepare()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        work()
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print((after - before) / 1024)
        """
    ).format(src=str(ROOT / "src"), gen=str(ROOT / "generated"), script=textwrap.dedent(script))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return float(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_a_200_mb_upload_streams(bulk: BulkServer, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "big.bin"
    with path.open("wb") as out:
        for _ in range(SIZE // (1 << 20)):
            out.write(b"\x00\x01" * (1 << 19))
    growth = growth_mb(
        f"""
        import asyncio
        def prepare():
            global client
            if {kind!r} == "sync":
                client = dify_workflow.WorkflowClient(api_key={KEY!r}, base_url={bulk.url!r})
            else:
                client = dify_workflow.AsyncWorkflowClient(api_key={KEY!r}, base_url={bulk.url!r}, **{backend(kind)!r})
        def work():
            call = client.upload_file({str(path)!r}, user="u")
            result = call if {kind!r} == "sync" else asyncio.run(call)
            assert str(result.id) == "fffe2fa3-7f41-486d-ad3d-f946e602918f"
        """
    )
    assert bulk.received and bulk.received[0] > SIZE
    assert growth < LIMIT_MB, f"peak RSS grew by {growth:.1f} MB"


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_a_200_mb_audio_body_streams_to_disk(bulk: BulkServer, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "speech.mp3"
    growth = growth_mb(
        f"""
        import asyncio
        def prepare():
            global client
            if {kind!r} == "sync":
                client = dify_workflow.WorkflowClient(api_key={KEY!r}, base_url={bulk.url!r})
            else:
                client = dify_workflow.AsyncWorkflowClient(api_key={KEY!r}, base_url={bulk.url!r}, **{backend(kind)!r})
        def work():
            if {kind!r} == "sync":
                written = client.text_to_audio("hello", user="u").write_to({str(target)!r})
            else:
                async def run():
                    audio = await client.text_to_audio("hello", user="u")
                    return await audio.write_to({str(target)!r})
                written = asyncio.run(run())
            assert written == {SIZE}, written
        """
    )
    assert target.stat().st_size == SIZE
    assert growth < LIMIT_MB, f"peak RSS grew by {growth:.1f} MB"
