"""Property tests: hostile task ids, users and environment values never make a bad request."""

from __future__ import annotations

import json
import os
import re
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

from dify_workflow import DifyError, WorkflowClient
from tests._support import KEY
from tests.contract._cases import SPECS, load

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "2000"))
PROFILE = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
STOP = load(SPECS["en"])["paths"]["/workflows/tasks/{task_id}/stop"]["post"]
BODY_SCHEMA = OAS30Validator(STOP["requestBody"]["content"]["application/json"]["schema"])
SEGMENT = re.compile(r"^/base/v1/workflows/tasks/(?P<seg>(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+)/stop$")

hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("/\\?#%.&=;: \t\n\r\x00\x7f\u200b\ud800タ")), max_size=30),
    st.sampled_from([".", "..", "./..", "%2e%2e", "%2F", "a/../b", "?", "#", "//", "\\..\\"]),
    st.builds(lambda s, n: s * n, st.sampled_from(["a", "/", "%", "é"]), st.integers(1, 10_000)),
)
task_ids = st.one_of(hostile_text, st.uuids())


class Capture:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"result": "success"})


def client(capture: Capture) -> WorkflowClient:
    http = httpx.Client(transport=httpx.MockTransport(capture))
    return WorkflowClient(api_key=KEY, base_url="https://h.example/base/v1/", http_client=http, max_retries=0)


def check(task_id: object, user: object) -> None:
    capture = Capture()
    try:
        client(capture).stop_task(task_id, user=user)  # type: ignore[arg-type]
    except ValueError:
        assert capture.requests == []
        return
    (request,) = capture.requests
    match = SEGMENT.match(request.url.raw_path.decode("ascii"))
    assert match, request.url.raw_path
    expected = str(task_id) if isinstance(task_id, uuid.UUID) else task_id
    assert httpx.URL("/" + match["seg"]).path[1:] == expected  # decodes back to the same id
    assert request.url.host == "h.example"
    body = json.loads(request.content)
    assert list(BODY_SCHEMA.iter_errors(body)) == [] and body == {"user": user}


@PROFILE
@given(task_id=task_ids)
def test_any_task_id_is_rejected_or_one_encoded_segment(task_id: object) -> None:
    check(task_id, "user_workflow_123")


@PROFILE
@given(user=hostile_text)
def test_any_user_is_rejected_or_sent_as_valid_json(user: str) -> None:
    check("c3800678-a077-43df-a102-53f23ed20b88", user)


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(key=st.text(min_size=1, max_size=80))
def test_any_environment_key_is_refused_or_sent_as_one_clean_header(key: str) -> None:
    capture = Capture()
    http = httpx.Client(transport=httpx.MockTransport(capture))
    assume("\x00" not in key)  # the OS cannot hold it in an environment variable
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIFY_API_KEY", key)
        try:
            WorkflowClient(http_client=http).stop_task("t", user="u")
        except DifyError as exc:
            if len(key.strip()) >= 6:  # a short key can occur in any sentence by chance
                assert key not in str(exc)
            assert capture.requests == []
            return
    (request,) = capture.requests
    assert request.headers["authorization"] == f"Bearer {key}"
    assert re.fullmatch(r"[\x21-\x7e]+", key)


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(
    url=st.one_of(st.text(max_size=60), st.builds(lambda s: "https://h.example/" + s, st.text(max_size=30)))
)
def test_any_environment_base_url_is_refused_or_used_cleanly(url: str) -> None:
    capture = Capture()
    http = httpx.Client(transport=httpx.MockTransport(capture))
    assume("\x00" not in url)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIFY_BASE_URL", url)
        try:
            client_ = WorkflowClient(api_key=KEY, http_client=http, max_retries=0)
        except DifyError as exc:
            assert "DIFY_BASE_URL" in str(exc) or "spec's default" in str(exc)
            return
        client_.stop_task("t", user="u")
    (request,) = capture.requests
    assert request.url.scheme in ("http", "https")
    assert request.url.raw_path.endswith(b"/workflows/tasks/t/stop")
    assert not any(c in request.url.raw_path for c in b" \n\r\t")
