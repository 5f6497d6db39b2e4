"""Uploads as streamed multipart bodies, without I/O of their own beyond reading the file.

The generated client's multipart encoder uses the fixed boundary `+++`, so a file whose
bytes contain `\\r\\n--+++` ends the body early; here each request gets a random boundary.
The file is read in chunks while the body is sent, never whole, and the body is
re-readable from the start (a path is reopened, a seekable file object rewound), so the
one retry an upload may get (a refused connection: nothing sent) sends it all again.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import IO, Any

from ._exceptions import InvalidInputError

__all__ = ["FileSource", "MultipartBody"]

CHUNK = 64 * 1024

FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

# Magic numbers of the formats Dify takes most, for bytes and nameless streams: Dify
# refuses a file part without a Content-Type (415), so one is always sent.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"PK\x03\x04", "application/zip"),
)


# What audio-to-text accepts (Dify answers 415 `unsupported_audio_type` to anything else),
# from the names the platform's table, the file's extension or its first bytes give.
ACCEPTED_AUDIO = ("audio/mp3", "audio/m4a", "audio/wav", "audio/amr", "audio/mpga")
DIFY_AUDIO_TYPES: dict[str, str] = {
    "audio/mpeg": "audio/mp3",
    "audio/x-mpeg": "audio/mp3",
    "audio/mpeg3": "audio/mp3",
    "audio/x-mp3": "audio/mp3",
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/vnd.wave": "audio/wav",
    "audio/x-pn-wav": "audio/wav",
    "audio/mp4": "audio/m4a",
    "audio/x-m4a": "audio/m4a",
    "audio/mp4a-latm": "audio/m4a",
    "video/mp4": "audio/m4a",
    "audio/amr-wb": "audio/amr",
}


def sniff(head: bytes) -> str | None:
    """The MIME type that a file's first bytes announce, if one of the known ones."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "audio/mp4" if head[8:11] == b"M4A" else "video/mp4"
    return None


class MultipartBody:
    """One upload's body: text fields, then the file part, streamed in chunks."""

    def __init__(
        self,
        file: object,
        *,
        field: str,
        fields: Mapping[str, str],
        filename: str | None,
        mime_type: str | None,
        on_progress: Callable[[int, int | None], object] | None = None,
        audio: bool = False,
    ) -> None:
        self._on_progress = on_progress
        self._path: str | None = None
        self._data: bytes | None = None
        self._stream: IO[bytes] | None = None
        self._start = 0
        size: int | None = None
        if isinstance(file, str | os.PathLike):
            self._path = os.fspath(file)
            if not os.path.isfile(self._path):
                raise InvalidInputError(f"file {self._path!r} is not a readable file")
            size = os.path.getsize(self._path)
            name = filename or os.path.basename(self._path)
        elif isinstance(file, bytes | bytearray | memoryview):
            self._data = bytes(file)
            size = len(self._data)
            name = filename or ""
        elif isinstance(file, io.TextIOBase) or (hasattr(file, "read") and _is_text(file)):
            raise TypeError(
                "file is opened in text mode; open it in binary mode (open(path, 'rb')) or pass its path"
            )
        elif hasattr(file, "read"):
            stream: IO[bytes] = file  # type: ignore[assignment]
            self._stream = stream
            size = _remaining(stream)
            if size is not None:
                self._start = stream.tell()
            raw_name = getattr(file, "name", None)
            name = filename or (os.path.basename(raw_name) if isinstance(raw_name, str) else "")
        else:
            raise TypeError(f"file must be a path, bytes or a binary file object, not {type(file).__name__}")
        head = self._peek(size is not None)
        import mimetypes  # with the first upload, not with the package

        sniffed = sniff(head)
        if name:
            self.filename = _checked_filename(name)
            guessed = mimetypes.guess_type(self.filename)[0]
        else:  # no name anywhere: one from the type, and the type from the content
            self.filename, guessed = "upload" + (_extension(mime_type or sniffed) or ""), None
        chosen = mime_type or guessed or sniffed or "application/octet-stream"
        # Dify's speech endpoint compares the part's type with a fixed list: Python's
        # guesses (audio/x-wav, audio/mpeg) are mapped to the names it accepts.
        self.mime_type = DIFY_AUDIO_TYPES.get(chosen, chosen) if audio and mime_type is None else chosen
        self.boundary = secrets.token_hex(16)
        self._head = b"".join(
            _part_head(self.boundary, f'form-data; name="{key}"') + value.encode("utf-8") + b"\r\n"
            for key, value in fields.items()
        ) + _part_head(
            self.boundary,
            f'form-data; name="{field}"; filename="{_quoted(self.filename)}"',
            self.mime_type,
        )
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self.size = size
        self.length = None if size is None else len(self._head) + size + len(self._tail)

    @property
    def headers(self) -> dict[str, str]:
        """Content-Type (with the boundary) and, when the size is known, Content-Length."""
        headers = {"Content-Type": f"multipart/form-data; boundary={self.boundary}"}
        if self.length is not None:
            headers["Content-Length"] = str(self.length)
        return headers

    def iter_chunks(self) -> Iterator[bytes]:
        """The body, chunk by chunk, from its start; `on_progress(sent, size)` is called
        as the file's bytes are handed to the connection."""
        yield self._head
        sent = 0
        for chunk in self._file_chunks():
            yield chunk
            sent += len(chunk)
            if self._on_progress is not None:
                self._on_progress(sent, self.size)
        yield self._tail

    def _file_chunks(self) -> Iterator[bytes]:
        if self._data is not None:
            for offset in range(0, len(self._data), CHUNK):
                yield self._data[offset : offset + CHUNK]
        elif self._path is not None:
            with open(self._path, "rb") as source:
                yield from iter(lambda: source.read(CHUNK), b"")
        elif self._stream is not None:
            if self.length is not None:
                self._stream.seek(self._start)
            yield from iter(lambda: _read(self._stream), b"")

    async def aiter_chunks(self) -> AsyncIterator[bytes]:
        """The body for the async client (the file is read in the same small chunks)."""
        for chunk in self.iter_chunks():
            yield chunk

    def _peek(self, rewindable: bool) -> bytes:
        if self._data is not None:
            return self._data[:16]
        if self._path is not None:
            with open(self._path, "rb") as source:
                return source.read(16)
        if self._stream is not None and rewindable:
            head = self._stream.read(16)
            self._stream.seek(self._start)
            return bytes(head)
        return b""


def _read(stream: Any) -> bytes:
    chunk = stream.read(CHUNK)
    if isinstance(chunk, str):
        raise TypeError("file is opened in text mode; open it in binary mode (open(path, 'rb'))")
    return bytes(chunk)


def _is_text(file: object) -> bool:
    mode = getattr(file, "mode", "")
    return isinstance(mode, str) and bool(mode) and "b" not in mode


def _remaining(stream: IO[bytes]) -> int | None:
    """Bytes from the current position to the end, None for a stream that cannot seek."""
    try:
        if not stream.seekable():
            return None
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
    except (OSError, AttributeError, ValueError):
        return None
    return end - here


def _checked_filename(name: str) -> str:
    if any("\ud800" <= c <= "\udfff" for c in name):
        raise InvalidInputError(
            f"filename {name.encode('utf-8', 'replace').decode()!r} is not valid text (bytes that are not "
            "UTF-8, as in a file name from another system); pass filename= with the name to send"
        )
    if "/" in name or "\\" in name:
        raise InvalidInputError(f"filename {name!r} contains / or \\, which Dify refuses; pass a bare name")
    if any(c in name for c in "\r\n\x00"):
        raise InvalidInputError(f"filename {name!r} contains line breaks or NUL; pass a bare name")
    return name


def _quoted(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', "%22")


# Extensions of the sniffed types; the platform's mimetypes table lacks some (audio/wav).
_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/wav": ".wav",
    "audio/mp4": ".m4a",
    "video/mp4": ".mp4",
    "application/zip": ".zip",
}


def _extension(mime: str | None) -> str | None:
    if not mime:
        return None
    import mimetypes

    return _EXTENSIONS.get(mime) or mimetypes.guess_extension(mime)


def _part_head(boundary: str, disposition: str, content_type: str | None = None) -> bytes:
    lines = [f"--{boundary}", f"Content-Disposition: {disposition}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
