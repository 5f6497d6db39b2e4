"""The SSE decoder against the standard's rules, over any split of the bytes into chunks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dify_workflow._sse import ServerSentEvent, SSEDecoder
from tests._replay import frames


def decode(*chunks: bytes, decoder: SSEDecoder | None = None) -> list[ServerSentEvent]:
    decoder = decoder or SSEDecoder()
    out: list[ServerSentEvent] = []
    for chunk in chunks:
        out += decoder.feed(chunk)
    return out + decoder.end()


def split_everywhere(data: bytes) -> list[list[bytes]]:
    return [[data[:i], data[i:]] for i in range(len(data) + 1)]


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_every_line_end_the_standard_knows(end: bytes) -> None:
    stream = end.join([b"event: a", b"data: 1", b"", b"data: 2", b"", b""])
    for chunks in split_everywhere(stream):
        assert decode(*chunks) == [ServerSentEvent("a", "1", ""), ServerSentEvent("message", "2", "")]


def test_a_cr_at_the_end_of_a_chunk_and_its_lf_in_the_next_make_one_line_end() -> None:
    assert decode(b"data: x\r", b"\ndata: y\r", b"\n\r", b"\n") == [ServerSentEvent("message", "x\ny", "")]


def test_multi_line_data_is_joined_with_lf() -> None:
    assert decode(b'data: {\ndata:  "a": 1\ndata: }\n\n') == [ServerSentEvent("message", '{\n "a": 1\n}', "")]


def test_comments_are_ignored_and_event_lines_without_data_dispatch_nothing() -> None:
    assert decode(b": keep-alive\n\nevent: ping\n\n:x\ndata: 1\n\n") == [ServerSentEvent("message", "1", "")]


def test_field_without_colon_space_after_colon_id_and_retry() -> None:
    events = decode(b"data\n\ndata:x\nid: 7\nretry: 3000\n\nid: a\x00b\nretry: 5s\ndata: y\n\n")
    assert events == [
        ServerSentEvent("message", "", ""),
        ServerSentEvent("message", "x", "7", 3000),
        ServerSentEvent("message", "y", "7", 3000),
    ]


def test_a_leading_bom_is_dropped_even_when_split() -> None:
    data = b"\xef\xbb\xbfdata: 1\n\n"
    for chunks in split_everywhere(data):
        assert decode(*chunks) == [ServerSentEvent("message", "1", "")]


def test_utf8_split_across_chunks_at_every_byte() -> None:
    payload = json.dumps({"text": "日本語 – ✓ 🎉"}, ensure_ascii=False)
    data = b"data: " + payload.encode() + b"\n\n"
    for chunks in split_everywhere(data):
        assert decode(*chunks)[0].data == payload


def test_line_and_paragraph_separators_inside_json_do_not_split_the_event() -> None:
    payload = json.dumps({"text": "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg"}, ensure_ascii=False)
    [event] = decode(b"data: " + payload.encode() + b"\n\n")
    assert json.loads(event.data)["text"] == "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg"


def test_an_event_of_several_megabytes_in_small_chunks() -> None:
    payload = json.dumps({"event": "text_chunk", "data": {"text": "x" * 5_000_000}})
    data = b"data: " + payload.encode() + b"\n\n"
    chunks = [data[i : i + 65536] for i in range(0, len(data), 65536)]
    [event] = decode(*chunks)
    assert len(event.data) == len(payload)


def test_an_event_over_the_limit_is_refused() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    with pytest.raises(ValueError, match="larger than 1000 bytes"):
        decode(b"data: " + b"x" * 600, b"x" * 600, decoder=decoder)
    with pytest.raises(ValueError, match="larger than 1000 bytes"):
        decode(
            b"data: " + b"x" * 600 + b"\ndata: " + b"x" * 600 + b"\n",
            decoder=SSEDecoder(max_event_bytes=1000),
        )


def test_an_unterminated_last_event_is_discarded() -> None:
    assert decode(b"data: 1\n\ndata: 2\n") == [ServerSentEvent("message", "1", "")]


def test_the_recorded_frames_decode_to_their_json() -> None:
    raw = b"".join(data for _, data in frames("01-workflow-run-streaming-succeeded"))
    events = decode(raw)
    assert all(e.event == "message" for e in events)
    assert json.loads(events[0].data)["event"] == "workflow_started"
    assert len(events) == raw.count(b"data: ")


_line_ends = st.sampled_from([b"\n", b"\r\n", b"\r"])
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=20)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(st.sampled_from(["", "a", "node_started"]), st.lists(_text, min_size=1, max_size=3)),
        max_size=5,
    ),
    _line_ends,
    st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_any_chunking_gives_the_same_events(
    events: list[tuple[str, list[str]]], end: bytes, cuts: list[int]
) -> None:
    data = b""
    for name, lines in events:
        if name:
            data += b"event: " + name.encode() + end
        for line in lines:
            data += b"data: " + line.encode() + end
        data += end
    expected = [ServerSentEvent(name or "message", "\n".join(lines), "") for name, lines in events]
    points = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert decode(*chunks) == expected


_data_line = st.one_of(
    _text.map(lambda t: b"data: " + t.encode()), _text.map(lambda t: b"data:" + t.encode())
)
_other_line = st.sampled_from(
    [b"event: node_started", b"event: ping", b"id: 7", b"id: 8", b"id", b"retry: 300", b": keep-alive"]
)
# An event: some other fields (or none), some data lines (or none: then nothing is
# dispatched), then one blank line or more.
_block = st.tuples(
    st.lists(_other_line, max_size=2), st.lists(_data_line, max_size=2), st.integers(min_value=1, max_value=2)
).map(lambda b: b"".join(line + b"\n" for line in b[0] + b[1]) + b"\n" * b[2])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_block, max_size=12), st.lists(st.integers(min_value=0, max_value=600), max_size=8))
def test_many_events_in_one_read_decode_as_line_by_line(blocks: list[bytes], cuts: list[int]) -> None:
    # A read holding many events takes a path that splits at blank lines; fed one byte at
    # a time the same stream goes line by line. Both, and any chunking between, agree on
    # every field (ids and retry carried across events, event names reset at blank lines).
    data = b"".join(blocks)
    one_by_one = SSEDecoder()
    expected = [event for i in range(len(data)) for event in one_by_one.feed(data[i : i + 1])]
    assert decode(data) == expected
    points = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert decode(*chunks) == expected
