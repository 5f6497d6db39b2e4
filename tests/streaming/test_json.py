"""Stream events decode the same with orjson (extra `fast`) as with the stdlib alone."""

from __future__ import annotations

import json

import pytest

from dify_workflow import _json
from dify_workflow._sse import SSEDecoder
from tests._replay import RECORDINGS, frames

orjson = pytest.importorskip("orjson", reason="the extra `fast` is not installed here (the stdlib decodes)")


def test_with_orjson_installed_the_fast_path_is_used() -> None:
    assert _json.ACCELERATED and _json.loads is _json._loads_fast


def test_every_recorded_event_decodes_the_same_either_way() -> None:
    count = 0
    for path in sorted(RECORDINGS.glob("*.json")):
        if "sse" not in json.loads(path.read_text("utf-8"))["response"]:
            continue
        decoder = SSEDecoder()
        for _, chunk in frames(path.name):
            for event in decoder.feed(chunk):
                count += 1
                try:
                    expected = json.loads(event.data)
                except ValueError:
                    with pytest.raises(ValueError):
                        _json.loads(event.data)
                    continue
                assert _json.loads(event.data) == expected
    assert count > 100


@pytest.mark.parametrize(
    "text",
    [
        '{"x": NaN, "y": Infinity}',  # not JSON, but Python's json reads it
        '{"s": "\\ud800"}',  # a lone surrogate escape
    ],
)
def test_what_orjson_refuses_is_read_as_the_stdlib_reads_it(text: str) -> None:
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(text)
    assert repr(_json.loads(text)) == repr(json.loads(text))  # repr: NaN equals no NaN


def test_the_documented_difference_an_integer_beyond_64_bits_is_a_float() -> None:
    assert _json.loads('{"n": 123456789012345678901234567890}') == {"n": 1.2345678901234568e29}
    assert json.loads('{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}


def test_text_neither_reads_raises_value_error() -> None:
    with pytest.raises(ValueError):
        _json.loads('{"event": ')
