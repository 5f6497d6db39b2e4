"""Real mock server layer: the facade against Prism serving each vendored spec."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from dify_workflow import APIStatusError, AuthenticationError, StopTaskResult, WorkflowClient
from tests._support import KEY
from tests.contract._cases import SAMPLE_ID, example_cases, operation_cases
from tests.contract.test_examples import call, expected_class, same_json

# Each error example goes through its own operation's facade method.
ERROR_EXAMPLES = [
    pytest.param(c, id=c.id)
    for c in example_cases()
    if c.kind == "response" and c.status is not None and c.status >= 400 and c.operation.lang == "en"
]
# Every operation whose success answer is JSON (streams and audio are checked in-process).
ALL_OPERATIONS = operation_cases()
JSON_OPERATIONS = [
    pytest.param((c.method, c.path), id=f"{c.method} {c.path}")
    for c in ALL_OPERATIONS
    if c.lang == "en"
    and any(
        "application/json" in ((r or {}).get("content") or {})
        for status, r in (c.op.get("responses") or {}).items()
        if str(status).startswith("2")
    )
]


class Violations:
    """Collects Prism's sl-violations headers: the client sent what the spec forbids."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            self.found.append(f"{response.request.url}: {response.headers['sl-violations']}")


@pytest.fixture
def violations() -> Iterator[Violations]:
    seen = Violations()
    yield seen
    assert seen.found == [], seen.found


def client_for(url: str, lang: str, violations: Violations, **kwargs: object) -> WorkflowClient:
    http = httpx.Client(event_hooks={"response": [violations]})
    return WorkflowClient(api_key=KEY, base_url=url, http_client=http, lang=lang, max_retries=0, **kwargs)


def test_stop_task_succeeds(prism: tuple[str, str], violations: Violations) -> None:
    lang, url = prism
    with client_for(url, lang, violations) as client:
        assert client.stop_task(SAMPLE_ID, user="user_workflow_123") == StopTaskResult("success", None)


@pytest.mark.parametrize("operation", JSON_OPERATIONS)
def test_every_json_operation_succeeds_against_prism(
    prism: tuple[str, str], violations: Violations, operation: tuple[str, str]
) -> None:
    lang, url = prism
    case = next(c for c in ALL_OPERATIONS if c.lang == lang and (c.method, c.path) == operation)
    with client_for(url, lang, violations) as client:
        outcome = call(client, case)
    # Prism answers with the first example of the first 2xx; the typed result holds it.
    responses = case.op["responses"]
    status = next(s for s in responses if str(s).startswith("2"))
    media = responses[status]["content"]["application/json"]
    example = next(iter((media.get("examples") or {}).values()), {}).get("value", media.get("example"))
    if isinstance(outcome, StopTaskResult):
        assert outcome.result == example["result"]
    elif outcome is None:
        assert example in ({}, {"result": "success"})
    elif isinstance(outcome, list):  # suggested questions: the `data` list itself
        assert outcome == example["data"]
    elif isinstance(outcome, str):
        assert outcome == example["text"]
    else:
        assert same_json(outcome.to_dict(), example)


@pytest.mark.parametrize("case", ERROR_EXAMPLES)
def test_documented_error_examples(prism: tuple[str, str], violations: Violations, case: object) -> None:
    lang, url = prism
    prefer = {"Prefer": f"code={case.status}, example={case.name}"}  # type: ignore[attr-defined]
    with client_for(url, lang, violations, default_headers=prefer) as client:
        with pytest.raises(APIStatusError) as caught:  # type: ignore[attr-defined]
            call(client, case.operation)  # type: ignore[attr-defined]
    assert type(caught.value).__name__ == expected_class(case.status)  # type: ignore[attr-defined]
    assert caught.value.code == case.value["code"]  # type: ignore[attr-defined]
    assert caught.value.description is not None


def test_a_request_without_the_key_is_an_authentication_error(prism: tuple[str, str]) -> None:
    lang, url = prism

    def strip_key(request: httpx.Request) -> None:  # a proxy that drops the header
        del request.headers["authorization"]

    http = httpx.Client(event_hooks={"request": [strip_key]})
    with WorkflowClient(api_key=KEY, base_url=url, http_client=http, lang=lang, max_retries=0) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.stop_task(SAMPLE_ID, user="user_workflow_123")
    assert caught.value.status_code == 401


def test_the_violation_check_can_fail(prism: tuple[str, str]) -> None:
    _, url = prism
    seen = Violations()
    with httpx.Client(event_hooks={"response": [seen]}) as http:
        http.post(f"{url}/workflows/tasks/x/stop", json={"usr": 1}, headers={"Authorization": "Bearer k"})
    assert len(seen.found) == 1 and "user" in seen.found[0]
