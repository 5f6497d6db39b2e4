"""AudioResponse: synthesized speech (`audio/mpeg`), read as it arrives.

GENERATED from _async_audio.py by scripts/unasync.py: edit that file, then run `make unasync`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from types import TracebackType
from typing import Self

import httpx

from ._base_client import transport_error
from ._exceptions import ClientClosedError

__all__ = ["AudioResponse"]


class AudioResponse:
    """The answer of `text_to_audio`: the body is not read until asked for.

    `read()` (then `content`) holds it in memory; `iter_bytes()` yields it in
    chunks; `write_to(path)` streams it to a file (written under a temporary name
    and renamed, so a broken transfer leaves no partial file). Each reads the body once
    and closes the connection; use `with` (or `close()`) when not reading it.
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

    def read(self) -> bytes:
        """Read the whole body into memory and return it."""
        if self._content is None:
            self._content = b"".join([chunk for chunk in self.iter_bytes()])
        return self._content

    def iter_bytes(self) -> Iterator[bytes]:
        """The body in chunks as they arrive; the connection closes at the end."""
        if self._consumed:
            raise ClientClosedError("the audio body was already read; it can be read once")
        self._consumed = True
        try:
            yield from self._response.iter_bytes()
        except httpx.TransportError as exc:
            raise transport_error(exc, self._response.request) from exc
        finally:
            self._response.close()

    def write_to(self, path: str | os.PathLike[str]) -> int:
        """Stream the body to `path` and return the number of bytes written."""
        import tempfile  # only where audio goes to disk

        target = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(target))
        handle, temporary = tempfile.mkstemp(prefix=".audio-", dir=folder)
        written = 0
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in self.iter_bytes():
                    out.write(chunk)
                    written += len(chunk)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
        return written

    def close(self) -> None:
        """Close the connection without reading the rest."""
        self._consumed = True
        self._response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
