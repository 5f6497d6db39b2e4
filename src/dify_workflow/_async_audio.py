"""AsyncAudioResponse: synthesized speech (`audio/mpeg`), read as it arrives.

This file is the source of `_audio.py` (scripts/unasync.py writes the sync twin).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Self

import httpx

from ._base_client import transport_error
from ._exceptions import ClientClosedError

__all__ = ["AsyncAudioResponse"]


class AsyncAudioResponse:
    """The answer of `text_to_audio`: the body is not read until asked for.

    `await read()` (then `content`) holds it in memory; `aiter_bytes()` yields it in
    chunks; `await write_to(path)` streams it to a file (written under a temporary name
    and renamed, so a broken transfer leaves no partial file). Each reads the body once
    and closes the connection; use `async with` (or `close()`) when not reading it.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._content: bytes | None = None
        self._consumed = False

    @property
    def mime_type(self) -> str:
        """The Content-Type the server gave (e.g. "audio/mpeg")."""
        media: str = self._response.headers.get("content-type", "application/octet-stream")
        return media.split(";")[0].strip()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status and headers)."""
        return self._response

    @property
    def content(self) -> bytes:
        """The whole body, once `read()` has read it."""
        if self._content is None:
            raise ClientClosedError("the audio has not been read: call read() first (or use write_to())")
        return self._content

    async def read(self) -> bytes:
        """Read the whole body into memory and return it."""
        if self._content is None:
            self._content = b"".join([chunk async for chunk in self.aiter_bytes()])
        return self._content

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive; the connection closes at the end."""
        if self._consumed:
            raise ClientClosedError("the audio body was already read; it can be read once")
        self._consumed = True
        try:
            async for chunk in self._response.aiter_bytes():
                yield chunk
        except httpx.TransportError as exc:
            raise transport_error(exc, self._response.request) from exc
        finally:
            await self._response.aclose()

    async def write_to(self, path: str | os.PathLike[str]) -> int:
        """Stream the body to `path` and return the number of bytes written."""
        import tempfile  # only where audio goes to disk

        target = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(target))
        handle, temporary = tempfile.mkstemp(prefix=".audio-", dir=folder)
        written = 0
        try:
            with os.fdopen(handle, "wb") as out:
                async for chunk in self.aiter_bytes():
                    out.write(chunk)
                    written += len(chunk)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
        return written

    async def close(self) -> None:
        """Close the connection without reading the rest."""
        self._consumed = True
        await self._response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
