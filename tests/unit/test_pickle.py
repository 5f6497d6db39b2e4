"""Every public exception survives pickle (process pools, task queues) with its fields,
and the pickled bytes never hold the API key."""

from __future__ import annotations

import pickle

import httpx
import pytest

import dify_workflow
from dify_workflow import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    DifyError,
    StreamError,
)
from tests._support import KEY

REQUEST = httpx.Request(
    "POST",
    "https://api.dify.ai/v1/workflows/tasks/t1/stop",
    headers={"Authorization": f"Bearer {KEY}"},
    json={"user": "u"},
)
RESPONSE = httpx.Response(404, headers={"X-Version": "1.15.0"}, text='{"code": "not_found"}', request=REQUEST)


def instances() -> list[DifyError]:
    made: list[DifyError] = []
    for name in dify_workflow.__all__:
        cls = getattr(dify_workflow, name)
        if not (isinstance(cls, type) and issubclass(cls, DifyError)):
            continue
        if issubclass(cls, APIStatusError):
            made.append(
                cls(
                    "Not found.",
                    response=RESPONSE,
                    code="not_found",
                    body='{"code": "not_found"}',
                    request_id="rid",
                    description="Workflow run not found.",
                )
            )
        elif issubclass(cls, APIResponseValidationError):
            made.append(cls("bad body", response=RESPONSE, body="[]"))
        elif issubclass(cls, APIConnectionError):
            made.append(cls("broke", request=REQUEST, workflow_run_id="run-1"))
        elif issubclass(cls, StreamError):
            made.append(
                cls(
                    "bad input",
                    request=REQUEST,
                    code="invalid_param",
                    status=400,
                    task_id="t",
                    workflow_run_id="r",
                )
            )
        elif issubclass(cls, APIError):
            made.append(cls("failed", request=REQUEST))
        else:
            made.append(cls("bad setting"))
    return made


ALL = instances()


def test_every_public_exception_class_is_covered() -> None:
    classes = {type(e) for e in ALL}
    exported = {
        getattr(dify_workflow, n)
        for n in dify_workflow.__all__
        if isinstance(getattr(dify_workflow, n), type) and issubclass(getattr(dify_workflow, n), DifyError)
    }
    assert classes == exported and len(classes) >= 19


@pytest.mark.parametrize("error", ALL, ids=lambda e: type(e).__name__)
def test_round_trip_keeps_class_and_fields(error: DifyError) -> None:
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error)
    assert str(copy) == str(error) and copy.args == error.args
    for name, value in vars(error).items():
        if isinstance(value, httpx.Request):
            assert (copy.request.method, str(copy.request.url)) == (value.method, str(value.url))
            assert "authorization" not in copy.request.headers
        elif isinstance(value, httpx.Response):
            assert getattr(copy, name).status_code == value.status_code
            assert getattr(copy, name).headers["x-version"] == "1.15.0"
        else:
            assert getattr(copy, name) == value, name


def test_unpickled_status_error_keeps_every_documented_field() -> None:
    error = next(e for e in ALL if type(e) is dify_workflow.NotFoundError)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, APIStatusError)
    assert (copy.status_code, copy.code, copy.message, copy.request_id, copy.description) == (
        404,
        "not_found",
        "Not found.",
        "rid",
        "Workflow run not found.",
    )
    assert copy.response.request.url == REQUEST.url


def test_timeout_round_trips_through_a_process_pool() -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1) as pool:
        copy = pool.submit(pickle.loads, pickle.dumps(APITimeoutError("slow", request=REQUEST))).result()
    assert type(copy) is APITimeoutError and copy.message == "slow"
