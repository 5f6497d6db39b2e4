"""The library's edges a new user hits right after "hello world": audio types Dify
accepts, header names without case, secrets in a bad base URL, the client's repr, error
descriptions that fit their message, and a connection pool that fits many streams."""

from __future__ import annotations

import asyncio
import io
import json
import sys
import wave
from pathlib import Path

import httpx
import pytest

from dify_workflow import (
    AsyncHttpBackend,
    AsyncWorkflowClient,
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    UnsupportedMediaTypeError,
    WorkflowClient,
)
from tests._support import KEY
from tests.unit._helpers import Recorder
from tests.unit.test_runs import recorded


def _client(handler: Recorder, **options: object) -> WorkflowClient:
    return WorkflowClient(
        api_key=KEY,
        base_url="https://api.dify.ai/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
        **options,  # type: ignore[arg-type]
    )


def _part_type(request: httpx.Request) -> str:
    body = request.read()
    head = body.split(b"\r\n\r\n", 2)[1] if body.count(b"\r\n\r\n") >= 2 else b""
    line = next(x for x in head.split(b"\r\n") if x.lower().startswith(b"content-type:"))
    return line.split(b":", 1)[1].strip().decode()


def _wav_bytes() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 80)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "sent"),
    [("question.wav", "audio/wav"), ("question.mp3", "audio/mp3"), ("question.m4a", "audio/m4a")],
)
def test_audio_is_sent_with_a_type_dify_accepts(tmp_path: Path, name: str, sent: str) -> None:
    path = tmp_path / name
    path.write_bytes(_wav_bytes())
    handler = Recorder(httpx.Response(200, json={"text": "hello"}))
    assert _client(handler).audio_to_text(str(path), user="u") == "hello"
    assert _part_type(handler.requests[0]) == sent


def test_sniffed_audio_and_a_chosen_type() -> None:
    handler = Recorder(httpx.Response(200, json={"text": "hi"}))
    client = _client(handler)
    client.audio_to_text(_wav_bytes(), user="u")
    client.audio_to_text(_wav_bytes(), user="u", mime_type="audio/x-custom")
    assert [_part_type(r) for r in handler.requests] == ["audio/wav", "audio/x-custom"]


def test_an_unsupported_audio_type_names_the_type_sent(tmp_path: Path) -> None:
    path = tmp_path / "voice.ogg"
    path.write_bytes(b"OggS" + b"\x00" * 40)
    body = {"code": "unsupported_audio_type", "message": "Audio type not allowed.", "status": 415}
    client = _client(Recorder(httpx.Response(415, json=body)))
    with pytest.raises(UnsupportedMediaTypeError) as caught:
        client.audio_to_text(str(path), user="u")
    err = caught.value
    assert err.status_code == 415 and err.code == "unsupported_audio_type"
    assert err.message == "Audio type not allowed." and err.sent_type == "audio/ogg"
    assert "audio/wav" in err.accepted
    assert str(err) == (
        "HTTP 415 unsupported_audio_type: Audio type not allowed. (the file was sent as audio/ogg; "
        "Dify accepts audio/mp3, audio/m4a, audio/wav, audio/amr, audio/mpga: pass mime_type= to choose)"
    )


@pytest.mark.parametrize("name", ["authorization", "Authorization", "AUTHORIZATION"])
def test_default_headers_may_not_carry_a_second_key(name: str) -> None:
    with pytest.raises(ConfigurationError, match="default_headers may not set Authorization") as caught:
        WorkflowClient(api_key=KEY, default_headers={name: "Bearer app-other"})
    assert "app-other" not in str(caught.value)


def test_default_headers_replace_without_regard_to_case() -> None:
    handler = Recorder(httpx.Response(200, json={"result": "success"}))
    _client(handler, default_headers={"user-agent": "my-service/2"}).stop_task("t-1", user="u")
    sent = handler.requests[0].headers
    assert sent.get_list("user-agent") == ["my-service/2"]
    assert sent.get_list("authorization") == [f"Bearer {KEY}"]


@pytest.mark.parametrize(
    "url",
    ["https://user:s3cret-pw@dify.example.com/v1?token=abc123", "https://dify.example.com/v1?token=abc123"],
)
def test_a_bad_base_url_never_repeats_its_secrets(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WorkflowClient(api_key=KEY, base_url=url)
    text = str(caught.value)
    assert "s3cret-pw" not in text and "abc123" not in text
    assert "dify.example.com" in text and "***" in text


def test_repr_shows_no_character_of_the_key() -> None:
    text = repr(WorkflowClient(api_key="app-abcdefghijklmnopWXYZ"))
    assert "api_key='****'" in text
    assert not any(part in text for part in ("WXYZ", "app-", "abcd"))


def test_a_description_that_does_not_fit_the_message_is_marked_as_the_codes_meaning() -> None:
    client = _client(Recorder(recorded("61-hi-text-to-audio-no-provider")))
    with pytest.raises(BadRequestError) as caught:
        client.text_to_audio("Hello", user="u")
    err = caught.value
    assert (err.status_code, err.code) == (400, "invalid_param")
    text = err.explained
    assert text.startswith("HTTP 400 invalid_param: Failed to request plugin daemon")
    assert "(invalid_param is documented as: Text-to-speech is not enabled" in text


def test_a_description_equal_to_the_message_is_not_repeated() -> None:
    client = _client(Recorder(recorded("72-error-404-unknown-run-id")))
    with pytest.raises(NotFoundError) as caught:
        client.get_workflow_run("00000000-0000-4000-8000-000000000000")
    assert caught.value.explained == str(caught.value)
    assert str(caught.value).count("not found") == 1


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_max_connections_caps_the_calls_in_flight(backend: AsyncHttpBackend) -> None:
    in_flight, peak = 0, 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal in_flight, peak
        while head := await reader.readuntil(b"\r\n\r\n"):
            length = next(line for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:"))
            await reader.readexactly(int(length.split(b":")[1]))
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.1)
            in_flight -= 1
            body = b'{"result": "success"}'
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n" + body
            )
            await writer.drain()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    async with (
        server,
        AsyncWorkflowClient(api_key=KEY, base_url=url, max_connections=3, http_backend=backend) as client,
    ):
        results = await asyncio.gather(*(client.stop_task("t", user="uuu") for _ in range(12)))
    assert [r.result for r in results] == ["success"] * 12
    assert peak == 3


def test_http_backend_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WorkflowClient(api_key=KEY, http_backend="aiohttp")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "WorkflowClient's http_backend must be 'httpx' ('aiohttp' backs only AsyncWorkflowClient), not 'aiohttp'."
    )
    with pytest.raises(ConfigurationError) as caught:
        AsyncWorkflowClient(api_key=KEY, http_backend="curl")  # type: ignore[arg-type]
    assert str(caught.value) == "http_backend must be 'httpx' or 'aiohttp', not 'curl'."
    with pytest.raises(ConfigurationError) as caught:
        AsyncWorkflowClient(api_key=KEY, http_backend="aiohttp", http_client=httpx.AsyncClient())
    assert str(caught.value) == "Pass http_client or http_backend, not both: http_client is used as it is."
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "dify_workflow._aiohttp", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        AsyncWorkflowClient(api_key=KEY, http_backend="aiohttp")
    assert "needs aiohttp, which is not installed" in str(caught.value)
    assert "dify-workflow-client[aiohttp]" in str(caught.value)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_connections_is_checked(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_connections must be an int >= 1"):
        AsyncWorkflowClient(api_key=KEY, max_connections=bad)  # type: ignore[arg-type]


SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_the_default_pool_holds_more_than_100_streams_at_once(backend: AsyncHttpBackend) -> None:
    # Each stream holds its connection until every one of them is open: with a pool of
    # 100 the 101st would wait forever (here: until the test's timeout).
    count, open_now, peak = 150, 0, 0
    all_open = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal open_now, peak
        await reader.readuntil(b"\r\n\r\n")
        open_now += 1
        peak = max(peak, open_now)
        if open_now >= count:
            all_open.set()
        event = {
            "event": "workflow_started",
            "task_id": "t",
            "workflow_run_id": "r",
            "data": {"id": "r", "workflow_id": "w", "inputs": {}, "created_at": 1},
        }
        writer.write(SSE_HEAD + _chunk(b"data: " + json.dumps(event).encode() + b"\n\n"))
        await writer.drain()
        await all_open.wait()
        finished = {
            "event": "workflow_finished",
            "task_id": "t",
            "workflow_run_id": "r",
            "data": {
                "id": "r",
                "workflow_id": "w",
                "status": "succeeded",
                "outputs": {},
                "elapsed_time": 0.1,
                "total_tokens": 0,
                "total_steps": 1,
                "created_at": 1,
            },
        }
        writer.write(_chunk(b"data: " + json.dumps(finished).encode() + b"\n\n") + b"0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    async with server, AsyncWorkflowClient(api_key=KEY, base_url=url, http_backend=backend) as client:

        async def one() -> str:
            async with client.stream_workflow({}, user="u", stream_idle_timeout=20) as stream:
                return (await stream.outcome()).status

        statuses = await asyncio.wait_for(asyncio.gather(*(one() for _ in range(count))), 20)
    assert statuses == ["succeeded"] * count and peak == count
