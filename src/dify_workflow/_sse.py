"""A Server-Sent Events decoder over raw bytes, without I/O (WHATWG HTML, "event stream
interpretation").

Lines are split on bytes, before decoding: CR, LF and CRLF are the only line ends the
format knows, and none of them can occur inside a UTF-8 sequence, so a character split
across two network chunks is decoded whole, and U+2028/U+2029 inside a JSON string stay
where they are (`str.splitlines`, which line helpers use, would break the event there).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"
# A bound on one event, so that a server that never ends a line cannot take all memory.
MAX_EVENT_BYTES = 64 * 1024 * 1024


class ServerSentEvent(NamedTuple):
    """One dispatched event: `event` defaults to "message"; `data` joins its data lines with LF.

    A named tuple: one is made per event of a stream, and tuples are the cheapest to make.
    """

    event: str
    data: str
    id: str
    retry: int | None = None


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the events completed so far.

    Events with no data line are not dispatched (as the standard says); a field line with
    no colon is a field with an empty value; lines starting with ":" are comments.
    """

    def __init__(self, max_event_bytes: int = MAX_EVENT_BYTES) -> None:
        self._max = max_event_bytes
        self._size = 0  # bytes of the event being assembled
        self._pending: list[bytes] = []  # an unterminated line, in pieces
        self._pending_size = 0
        self._skip_lf = False  # the previous chunk ended in CR: a leading LF belongs to it
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._last_id = ""
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that `chunk` completes, in order."""
        return self._feed(chunk, False)  # type: ignore[return-value]

    def feed_data(self, chunk: bytes) -> list[bytes | ServerSentEvent]:
        """As `feed`, but a message event whose data is one line comes as that data's
        bytes (its id and retry are not needed by a caller that takes this): the common
        case of Dify's streams, read without an event object or a text copy."""
        return self._feed(chunk, True)

    def _feed(self, chunk: bytes, as_data: bool) -> list[bytes | ServerSentEvent]:
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        data = self.single(chunk)
        if data is not None:
            return [data if as_data else self.event_of(data)]
        if self._started and b"\n" not in chunk and b"\r" not in chunk:
            # Part of a long line: kept in pieces, joined once the line ends (joining
            # at every chunk would copy a several-MB event over and over).
            self._pending.append(chunk)
            self._pending_size += len(chunk)
            if self._pending_size > self._max:
                raise ValueError(f"a stream event is larger than {self._max} bytes")
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending, self._pending_size = [], 0
        if not self._started:
            if len(chunk) < len(_BOM) and _BOM.startswith(chunk):
                self._pending, self._pending_size = [chunk], len(chunk)
                return []
            self._started = True
            if chunk.startswith(_BOM):
                chunk = chunk[len(_BOM) :]
        if not self._data and not self._event and b"\r" not in chunk:
            return self._frames(chunk, as_data)
        return self._lines(chunk)  # type: ignore[return-value]

    def _frames(self, chunk: bytes, as_data: bool) -> list[bytes | ServerSentEvent]:
        """`chunk` starting at an event's start, split at its blank lines: a frame that is
        one `data: ` line is an event as it is (many of Dify's events in one read), any
        other frame goes through the line parser."""
        frames = chunk.split(b"\n\n")
        rest = frames.pop()  # after the last blank line: b"" or an event still coming
        events: list[bytes | ServerSentEvent] = []
        for frame in frames:
            if frame[:6] == b"data: " and b"\n" not in frame and len(frame) <= self._max:
                events.append(frame[6:] if as_data else self.event_of(frame[6:]))
            elif frame:
                events += self._lines(frame + b"\n\n")
        if rest:
            events += self._lines(rest)
        return events

    def _lines(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that `chunk` (a whole number of lines but maybe the last one)
        completes, line by line."""
        lines = chunk.splitlines(keepends=True)
        if lines and not lines[-1].endswith((b"\n", b"\r")):
            rest = lines.pop()
            self._pending, self._pending_size = [rest], len(rest)
            if len(rest) > self._max:
                raise ValueError(f"a stream event is larger than {self._max} bytes")
        elif lines and lines[-1].endswith(b"\r"):
            self._skip_lf = True
        events: list[ServerSentEvent] = []
        for line in lines:
            line = line.rstrip(b"\r\n")
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
            elif line[:5] == b"data:":  # the common case first: no partition
                self._add_data(line[6:] if line[5:6] == b" " else line[5:])
            else:
                self._field(line)
        return events

    def single(self, chunk: bytes) -> bytes | None:
        """The data of `chunk` when it is one whole `data: ` frame of a message event at an
        event's start, the way Dify sends each event (the event is then dispatched: the
        caller takes it from here); None for anything else, which `feed` decodes."""
        if (
            chunk[:6] == b"data: "
            and chunk[-2:] == b"\n\n"
            and chunk.count(b"\n") == 2
            and not self._pending
            and not self._data
            and not self._event
            and not self._skip_lf
            and self._started
            and b"\r" not in chunk
            and len(chunk) <= self._max
        ):
            return chunk[6:-2]
        return None

    def event_of(self, data: bytes) -> ServerSentEvent:
        """The message event of a frame's `data` (as `single` gives it)."""
        return ServerSentEvent("message", data.decode("utf-8", errors="replace"), self._last_id, self._retry)

    def end(self) -> list[ServerSentEvent]:
        """Called when the stream closes: an unterminated event is discarded (as the
        standard says), so a stream cut mid-event never yields half of it."""
        self._pending, self._pending_size = [], 0
        self._event, self._data, self._size = "", [], 0
        return []

    def _field(self, line: bytes) -> None:
        """A non-blank line other than `data: ...`: a comment or a field."""
        if line[:1] == b":":
            return
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._add_data(value)
        elif name == b"event":
            self._event = value.decode("utf-8", errors="replace")
        elif name == b"id":
            if b"\x00" not in value:
                self._last_id = value.decode("utf-8", errors="replace")
        elif name == b"retry" and value.isdigit():
            self._retry = int(value)

    def _add_data(self, value: bytes) -> None:
        self._size += len(value)
        if self._size > self._max:
            raise ValueError(f"a stream event is larger than {self._max} bytes")
        self._data.append(value.decode("utf-8", errors="replace"))

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event, self._size = "", 0
            return None
        event = ServerSentEvent(
            event=self._event or "message", data="\n".join(self._data), id=self._last_id, retry=self._retry
        )
        self._event, self._data, self._size = "", [], 0
        return event
