"""Retry decisions and waits: what is retried, how often, and after how long."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from dify_workflow import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    StopTaskResult,
    UnprocessableEntityError,
    WorkflowClient,
)
from dify_workflow._operations import Operation
from dify_workflow._retry import retry_after
from tests._support import KEY
from tests.unit._helpers import Recorder, Runner, ok


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520])
def test_retried_statuses_then_success(runner: Runner, status: int, _no_backoff: list[float]) -> None:
    recorder = Recorder(httpx.Response(status), httpx.Response(status), ok())
    assert runner.stop(runner.client(recorder), "t") == StopTaskResult("success")
    assert len(recorder.requests) == 3
    assert len(_no_backoff) == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (302, APIStatusError),
    ],
)
def test_client_errors_are_not_retried(runner: Runner, status: int, cls: type[APIStatusError]) -> None:
    recorder = Recorder(httpx.Response(status), ok())
    with pytest.raises(APIStatusError) as caught:
        runner.stop(runner.client(recorder), "t")
    assert type(caught.value) is cls
    assert len(recorder.requests) == 1


def test_retries_are_bounded(runner: Runner, _no_backoff: list[float]) -> None:
    recorder = Recorder(httpx.Response(500))
    with pytest.raises(InternalServerError):
        runner.stop(runner.client(recorder, max_retries=3), "t")
    assert len(recorder.requests) == 4
    assert len(_no_backoff) == 3


def test_backoff_doubles_from_half_a_second_with_jitter_and_cap(
    runner: Runner, _no_backoff: list[float]
) -> None:
    recorder = Recorder(httpx.Response(503))
    with pytest.raises(InternalServerError):
        runner.stop(runner.client(recorder, max_retries=6), "t")
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(_no_backoff) == len(nominal)
    for slept, base in zip(_no_backoff, nominal, strict=True):
        assert 0.75 * base <= slept <= base


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "200", "Retry-After": "9"}, 0.2),
        ({"Retry-After": "-4"}, 0.0),
    ],
)
def test_retry_after_is_honoured(
    runner: Runner, headers: dict[str, str], expected: float, _no_backoff: list[float]
) -> None:
    recorder = Recorder(httpx.Response(429, headers=headers), ok())
    runner.stop(runner.client(recorder), "t")
    assert _no_backoff == [pytest.approx(expected)]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert retry_after(httpx.Headers({"Retry-After": when})) == pytest.approx(20, abs=1.5)
    assert retry_after(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after(httpx.Headers({"Retry-After": "nan"})) is None
    assert retry_after(httpx.Headers({})) is None


@pytest.mark.parametrize(
    "headers", [{"Retry-After": "61"}, {"retry-after-ms": "90000"}, {"Retry-After": "inf"}]
)
def test_retry_after_beyond_the_cap_raises_at_once(
    runner: Runner, headers: dict[str, str], _no_backoff: list[float]
) -> None:
    recorder = Recorder(httpx.Response(429, headers=headers), ok())
    with pytest.raises(RateLimitError):
        runner.stop(runner.client(recorder), "t")
    assert len(recorder.requests) == 1
    assert _no_backoff == []


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("x"),
        httpx.ConnectTimeout("x"),
        httpx.ReadTimeout("x"),
        httpx.ReadError("x"),
        httpx.RemoteProtocolError("x"),
        httpx.WriteError("x"),
    ],
)
def test_idempotent_stop_retries_transport_errors(runner: Runner, exc: Exception) -> None:
    recorder = Recorder(exc, ok())
    assert runner.stop(runner.client(recorder), "t").result == "success"
    assert len(recorder.requests) == 2


def test_max_retries_zero_means_one_attempt(runner: Runner) -> None:
    recorder = Recorder(httpx.ReadTimeout("x"), ok())
    with pytest.raises(APITimeoutError):
        runner.stop(runner.client(recorder, max_retries=0), "t")
    assert len(recorder.requests) == 1


UNSAFE = Operation("POST", "/workflows/tasks/{task_id}/stop", idempotent=False)


def send_unsafe(client: WorkflowClient) -> None:
    """A made-up operation that is not safe to repeat, on the same wire format."""
    request = client._build(UNSAFE, {"task_id": "t"}, json_body={"user": "u"})
    client._send(UNSAFE, request)


def unsafe_client(recorder: Recorder) -> WorkflowClient:
    return WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))


@pytest.mark.parametrize(
    ("first", "cls"),
    [
        (httpx.ReadTimeout("x"), APITimeoutError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("x"), APIConnectionError),
        (httpx.Response(503), InternalServerError),
        (httpx.Response(429, headers={"Retry-After": "1"}), RateLimitError),
    ],
)
def test_unsafe_operation_is_not_retried_once_the_request_may_have_arrived(
    first: object, cls: type[Exception]
) -> None:
    recorder = Recorder(first, ok())  # type: ignore[arg-type]
    with pytest.raises(cls):
        send_unsafe(unsafe_client(recorder))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("first", [httpx.ConnectError("refused"), httpx.ConnectTimeout("x")])
def test_unsafe_operation_is_retried_when_the_connection_never_opened(first: Exception) -> None:
    recorder = Recorder(first, ok())
    send_unsafe(unsafe_client(recorder))
    assert len(recorder.requests) == 2


def test_policy_values() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after) == (
        2,
        0.5,
        8.0,
        60.0,
    )
    assert policy.retries_status(409) and not RetryPolicy(idempotent=False).retries_status(503)
