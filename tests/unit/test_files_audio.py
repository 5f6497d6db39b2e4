"""Uploads and audio: the multipart body each builds (parsed back as a server would),
name and type rules, documented errors, retry safety, and audio bodies read lazily."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from dify_workflow import (
    AsyncWorkflowClient,
    BadRequestError,
    ClientClosedError,
    InternalServerError,
    InvalidInputError,
    RequestTooLargeError,
    UnsupportedMediaTypeError,
    UploadedFile,
    WorkflowClient,
)
from tests._support import KEY
from tests.unit._helpers import Recorder, Runner
from tests.unit.test_runs import recorded

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def parts(request: httpx.Request) -> dict[str, tuple[str | None, str | None, bytes]]:
    """The multipart body as a server's parser sees it: name -> (filename, type, bytes)."""
    body = request.read()
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    out = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        out[part.get_param("name", header="content-disposition")] = (
            part.get_filename(),
            part.get_content_type() if part.get("content-type") else None,
            payload,
        )
    return out


def created(request: httpx.Request) -> httpx.Response:
    request.read()
    return recorded("23-files-upload-text")


def test_an_upload_from_a_path_is_a_multipart_body_a_server_parses(runner: Runner, tmp_path: Path) -> None:
    path = tmp_path / "hello.txt"
    path.write_bytes(b"hello from the recorder\n")
    handler = Recorder(created)
    result = runner.call(runner.client(handler), "upload_file", path, user="rec-user-1")
    assert isinstance(result, UploadedFile)
    assert str(result.id) == "fffe2fa3-7f41-486d-ad3d-f946e602918f"
    [sent] = handler.requests
    assert (sent.method, sent.url.path) == ("POST", "/v1/files/upload")
    assert parts(sent) == {
        "user": (None, None, b"rec-user-1"),
        "file": ("hello.txt", "text/plain", b"hello from the recorder\n"),
    }
    assert int(sent.headers["content-length"]) == len(sent.content)


def test_a_file_holding_the_generators_fixed_boundary_arrives_intact(runner: Runner) -> None:
    # openapi-python-client sends every multipart body with the boundary `+++`.
    hostile = (
        b'start\r\n--+++\r\nContent-Disposition: form-data; name="user"\r\n\r\nmallory\r\n--+++--\r\nend'
    )
    handler = Recorder(created)
    runner.call(runner.client(handler), "upload_file", hostile, user="u", filename="x.bin")
    got = parts(handler.requests[0])
    assert got["file"][2] == hostile
    assert got["user"][2] == b"u"


def test_the_boundary_is_random_per_request(runner: Runner) -> None:
    handler = Recorder(created)
    client = runner.client(handler)
    runner.call(client, "upload_file", b"a", user="u", filename="a.txt")
    runner.call(client, "upload_file", b"a", user="u", filename="a.txt")
    first, second = (r.headers["content-type"] for r in handler.requests)
    assert first != second and "+++" not in first


@pytest.mark.parametrize(
    ("file", "kwargs", "expected"),
    [
        (b"x", {"filename": "r.pdf", "mime_type": "text/csv"}, ("r.pdf", "text/csv")),
        (b"x", {"filename": "notes.md"}, ("notes.md", "text/markdown")),
        (PNG, {}, ("upload.png", "image/png")),
        (b"\x00\x01", {}, ("upload", "application/octet-stream")),
        (b"\x00\x01", {"filename": '日本語 "q".bin'}, ("日本語 %22q%22.bin", "application/octet-stream")),
    ],
)
def test_name_and_type_come_from_arguments_then_name_then_content(
    runner: Runner, file: bytes, kwargs: dict[str, Any], expected: tuple[str, str]
) -> None:
    handler = Recorder(created)
    runner.call(runner.client(handler), "upload_file", file, user="u", **kwargs)
    filename, mime, payload = parts(handler.requests[0])["file"]
    assert (filename, mime) == expected
    assert payload == file


def test_file_objects_are_read_from_their_position_and_unseekable_ones_are_chunked(runner: Runner) -> None:
    handler = Recorder(created)
    client = runner.client(handler)
    buffer = io.BytesIO(b"skip|keep")
    buffer.seek(5)
    runner.call(client, "upload_file", buffer, user="u", filename="k.txt")
    assert parts(handler.requests[0])["file"][2] == b"keep"

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.left = [b"one", b"two"]

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            return self.left.pop(0) if self.left else b""

    runner.call(client, "upload_file", Pipe(), user="u", filename="p.bin")
    sent = handler.requests[1]
    assert "content-length" not in sent.headers and sent.headers["transfer-encoding"] == "chunked"
    assert parts(sent)["file"][2] == b"onetwo"


def test_a_text_mode_file_is_a_type_error_naming_the_fix(runner: Runner, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hi")
    handler = Recorder(created)
    with path.open("r") as text, pytest.raises(TypeError, match=r"binary mode \(open\(path, 'rb'\)\)"):
        runner.call(runner.client(handler), "upload_file", text, user="u")
    with pytest.raises(TypeError, match="binary mode"):
        runner.call(runner.client(handler), "upload_file", io.StringIO("hi"), user="u")
    assert handler.requests == []


@pytest.mark.parametrize(
    ("file", "kwargs", "match"),
    [
        (b"x", {"filename": "a/b.txt"}, "contains / or"),
        (b"x", {"filename": "a\r\nb"}, "line breaks"),
        (b"x", {"mime_type": "png"}, "type/subtype"),
        ("/no/such/file", {}, "is not a readable file"),
    ],
)
def test_bad_upload_arguments_send_nothing(
    runner: Runner, file: object, kwargs: dict[str, Any], match: str
) -> None:
    handler = Recorder(created)
    with pytest.raises(InvalidInputError, match=match):
        runner.call(runner.client(handler), "upload_file", file, user="u", **kwargs)
    assert handler.requests == []


@pytest.mark.parametrize(
    ("name", "cls", "code"),
    [
        ("27-files-upload-too-large", RequestTooLargeError, "file_too_large"),
        ("25-files-upload-no-content-type", UnsupportedMediaTypeError, "unsupported_file_type"),
        ("28-files-upload-no-file", BadRequestError, "no_file_uploaded"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_upload_errors_map_to_their_classes_with_descriptions(
    runner: Runner, name: str, cls: type[Exception], code: str, lang: str
) -> None:
    client = runner.client(Recorder(recorded(name)), lang=lang)
    with pytest.raises(cls) as caught:
        runner.call(client, "upload_file", b"x", user="u", filename="x.txt")
    assert type(caught.value) is cls
    assert caught.value.code == code  # type: ignore[attr-defined]
    description = caught.value.description  # type: ignore[attr-defined]
    assert description and (lang == "en") == description.isascii()


def test_an_upload_is_not_repeated_after_a_5xx(runner: Runner) -> None:
    handler = Recorder(httpx.Response(503, json={"code": "busy", "message": "", "status": 503}))
    with pytest.raises(InternalServerError):
        runner.call(runner.client(handler), "upload_file", b"x", user="u", filename="x.txt")
    assert len(handler.requests) == 1


def test_a_refused_upload_is_sent_again_whole(runner: Runner, _no_backoff: list[float]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    handler = Recorder(refuse, created)
    data = io.BytesIO(b"0123456789" * 10000)
    runner.call(runner.client(handler), "upload_file", data, user="u", filename="d.bin")
    assert len(handler.requests) == 2
    assert parts(handler.requests[1])["file"][2] == b"0123456789" * 10000


def test_audio_to_text_returns_the_text_and_maps_a_disabled_feature(runner: Runner) -> None:
    handler = Recorder(
        lambda r: (r.read(), httpx.Response(200, json={"text": "hello"}))[1], recorded("32-audio-to-text")
    )
    client = runner.client(handler)
    wav = b"RIFF\x00\x00\x00\x00WAVEfmt "
    assert runner.call(client, "audio_to_text", wav, user="u") == "hello"
    assert parts(handler.requests[0])["file"][:2] == ("upload.wav", "audio/wav")
    assert handler.requests[0].url.path == "/v1/audio-to-text"
    with pytest.raises(BadRequestError) as caught:
        runner.call(client, "audio_to_text", wav, user="u")
    assert (caught.value.code, caught.value.message) == ("invalid_param", "Speech to text is not enabled")


AUDIO = bytes(range(256)) * 1000


def audio_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "audio/mpeg"}, content=AUDIO)


def test_text_to_audio_reads_writes_and_iterates(tmp_path: Path) -> None:
    handler = Recorder(audio_answer)
    with WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as client:
        audio = client.text_to_audio("Hello", user="u", voice="alloy")
        with pytest.raises(ClientClosedError, match="read"):
            audio.content  # noqa: B018 - not read yet
        assert audio.read() == AUDIO and audio.content == AUDIO and audio.mime_type == "audio/mpeg"
        target = tmp_path / "a.mp3"
        assert client.text_to_audio("Hello", user="u").write_to(target) == len(AUDIO)
        assert target.read_bytes() == AUDIO
        assert b"".join(client.text_to_audio("Hello", user="u").iter_bytes()) == AUDIO
        with client.text_to_audio(user="u", message_id="m-1") as unread:
            assert unread.response.status_code == 200
    assert json.loads(handler.requests[0].content) == {"user": "u", "text": "Hello", "voice": "alloy"}
    assert json.loads(handler.requests[3].content) == {"user": "u", "message_id": "m-1"}
    assert handler.requests[0].headers["accept"] == "audio/mpeg, application/json;q=0.9"


def test_async_text_to_audio(tmp_path: Path) -> None:
    handler = Recorder(audio_answer)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncWorkflowClient(api_key=KEY, http_client=http) as client:
            assert await (await client.text_to_audio("Hi", user="u")).read() == AUDIO
            assert await (await client.text_to_audio("Hi", user="u")).write_to(tmp_path / "b.mp3") == len(
                AUDIO
            )
            chunks = [c async for c in (await client.text_to_audio("Hi", user="u")).aiter_bytes()]
            assert b"".join(chunks) == AUDIO

    asyncio.run(main())
    assert (tmp_path / "b.mp3").read_bytes() == AUDIO


def test_text_to_audio_needs_text_or_a_message_and_maps_a_disabled_feature(runner: Runner) -> None:
    client = runner.client(Recorder(recorded("33-text-to-audio")))
    with pytest.raises(InvalidInputError, match="nothing to voice"):
        runner.call(client, "text_to_audio", user="u")
    with pytest.raises(BadRequestError) as caught:
        runner.call(client, "text_to_audio", "Hello", user="u")
    assert (caught.value.code, caught.value.message) == ("invalid_param", "TTS is not enabled")


def test_a_broken_audio_transfer_leaves_no_file(tmp_path: Path) -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b"abc"
            raise httpx.ReadError("connection reset")

    handler = Recorder(lambda r: httpx.Response(200, headers={"Content-Type": "audio/mpeg"}, stream=Broken()))
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    from dify_workflow import APIConnectionError

    with pytest.raises(APIConnectionError):
        client.text_to_audio("x", user="u").write_to(tmp_path / "c.mp3")
    assert list(tmp_path.iterdir()) == []
