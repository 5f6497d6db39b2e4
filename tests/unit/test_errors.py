"""Responses and failures become the facade's exceptions, with their fields filled."""

from __future__ import annotations

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.unit._helpers import Recorder, Runner


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
        (451, APIStatusError),
        (302, APIStatusError),
        (399, APIStatusError),
    ],
)
def test_status_maps_to_its_class(runner: Runner, status: int, cls: type[APIStatusError]) -> None:
    body = {"status": status, "code": "some_code", "message": "Something happened."}
    recorder = Recorder(httpx.Response(status, json=body, headers={"X-Request-Id": "rid-1"}))
    with pytest.raises(APIStatusError) as caught:
        runner.stop(runner.client(recorder, max_retries=0), "t")
    err = caught.value
    assert type(err) is cls
    assert (err.status_code, err.code, err.message, err.request_id) == (
        status,
        "some_code",
        "Something happened.",
        "rid-1",
    )
    assert err.description is None
    assert err.response.status_code == status
    assert err.request is recorder.requests[0]
    assert str(err) == f"HTTP {status} some_code: Something happened."


def test_redirect_is_not_followed(runner: Runner) -> None:
    recorder = Recorder(httpx.Response(302, headers={"Location": "https://evil.example/steal"}))
    with pytest.raises(APIStatusError) as caught:
        runner.stop(runner.client(recorder), "t")
    assert type(caught.value) is APIStatusError and caught.value.status_code == 302
    assert "redirects are not followed" in caught.value.message
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Required parameter missing or invalid."), ("ja", "必須パラメータが不足しているか無効です。")],
)
def test_documented_code_has_its_description(runner: Runner, lang: str, text: str) -> None:
    body = {"status": 400, "code": "invalid_param", "message": "Arg user must be provided."}
    recorder = Recorder(httpx.Response(400, json=body))
    with pytest.raises(BadRequestError) as caught:
        runner.stop(runner.client(recorder, lang=lang), "t")
    assert caught.value.description == text
    assert caught.value.request_id is None


def test_html_error_body_keeps_class_and_truncated_text(runner: Runner) -> None:
    html = "<html><body>" + "Bad gateway " * 500 + "</body></html>"
    recorder = Recorder(httpx.Response(502, text=html, headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as caught:
        runner.stop(runner.client(recorder, max_retries=0), "t")
    err = caught.value
    assert (err.code, err.message) == (None, "Bad Gateway")
    assert err.body.startswith("<html><body>Bad gateway") and err.body.endswith("...[truncated]")
    assert len(err.body) == 2000 + len("...[truncated]")


def test_unknown_status_with_unparseable_body(runner: Runner) -> None:
    recorder = Recorder(httpx.Response(520, content=b"\xff\xfe origin error"))
    with pytest.raises(InternalServerError) as caught:
        runner.stop(runner.client(recorder, max_retries=0), "t")
    assert caught.value.status_code == 520 and caught.value.code is None
    assert "origin error" in caught.value.body


BROKEN_2XX = {
    "missing-field": (200, {"json": {}}),
    "list": (200, {"json": ["success"]}),
    "string": (200, {"json": "success"}),
    "non-json": (200, {"content": b"not json"}),
    "empty": (200, {"content": b""}),
    "too-large": (200, {"content": b"{" + b" " * (2 * 1024 * 1024) + b"}"}),
}


@pytest.mark.parametrize("case", sorted(BROKEN_2XX))
def test_2xx_that_breaks_the_spec_is_a_validation_error(runner: Runner, case: str) -> None:
    status, kwargs = BROKEN_2XX[case]
    with pytest.raises(APIResponseValidationError) as caught:
        runner.stop(runner.client(Recorder(lambda _: httpx.Response(status, **kwargs))), "t")
    assert type(caught.value) is APIResponseValidationError
    assert caught.value.status_code == status
    assert "does not match the spec" in caught.value.message
    assert len(caught.value.body) <= 2000


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("bad"), APIConnectionError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.PoolTimeout("busy"), APITimeoutError),
    ],
)
def test_transport_errors_are_wrapped(runner: Runner, exc: Exception, cls: type[Exception]) -> None:
    recorder = Recorder(exc)
    with pytest.raises(APIConnectionError) as caught:
        runner.stop(runner.client(recorder, max_retries=0), "t")
    assert type(caught.value) is cls
    assert caught.value.__cause__ is exc
    assert caught.value.request is recorder.requests[0]


def test_a_result_outside_todays_enum_is_passed_through(runner: Runner) -> None:
    """Upstream has published `result` as an enum and as a plain string; a value the enum
    does not list today is the server's answer, not a broken response."""
    result = runner.stop(runner.client(Recorder(httpx.Response(200, json={"result": "stopped"}))), "t")
    assert result.result == "stopped"
