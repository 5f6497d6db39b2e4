"""App settings, end users, logs and human-input forms: requests and typed results,
answered with the recorded Dify 1.15.0 responses."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest

from dify_workflow import (
    AppInfo,
    AppParameters,
    EndUser,
    HumanInputForm,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PreconditionFailedError,
    WorkflowLog,
    WorkflowLogPage,
    input_fields,
)
from tests.unit._helpers import Recorder, Runner
from tests.unit.test_runs import recorded


def test_app_info_parameters_meta_site(runner: Runner) -> None:
    handler = Recorder(
        recorded("19-app-info"),
        recorded("20-app-parameters"),
        recorded("21-app-meta"),
        recorded("22-app-site"),
    )
    client = runner.client(handler)
    info = runner.call(client, "get_app_info")
    parameters = runner.call(client, "get_app_parameters")
    runner.call(client, "get_app_meta")
    site = runner.call(client, "get_app_site")
    assert isinstance(info, AppInfo) and isinstance(parameters, AppParameters)
    assert info.to_dict() == json.loads(recording_body("19-app-info"))
    assert (
        parameters.to_dict()["user_input_form"]
        == json.loads(recording_body("20-app-parameters"))["user_input_form"]
    )
    assert site.to_dict() == json.loads(recording_body("22-app-site"))
    assert [r.url.path for r in handler.requests] == ["/v1/info", "/v1/parameters", "/v1/meta", "/v1/site"]


def recording_body(name: str) -> str:
    from tests._replay import recording

    return str(recording(name)["response"]["body"])


def test_end_user_and_an_unknown_one(runner: Runner) -> None:
    handler = Recorder(recorded("29-end-user"), recorded("30-end-user-unknown"))
    client = runner.client(handler)
    user = runner.call(client, "get_end_user", "0b4d5e9a-0000-4000-8000-000000000000")
    assert isinstance(user, EndUser)
    assert user.to_dict()["session_id"] == json.loads(recording_body("29-end-user"))["session_id"]
    with pytest.raises(NotFoundError) as caught:
        runner.call(client, "get_end_user", "6b4d5e9a-0000-4000-8000-000000000000")
    assert caught.value.code == "end_user_not_found"
    assert caught.value.description == "End user not found."
    assert handler.requests[0].url.path == "/v1/end-users/0b4d5e9a-0000-4000-8000-000000000000"


def test_every_log_filter_goes_into_the_query(runner: Runner) -> None:
    handler = Recorder(recorded("14-workflow-logs-page1-limit2"))
    client = runner.client(handler)
    page = runner.call(
        client,
        "list_workflow_logs",
        keyword="rec-user-1",
        status="succeeded",
        page=1,
        limit=2,
        created_at__before=datetime.datetime(2026, 11, 1, 12, 0, tzinfo=datetime.UTC),
        created_at__after="2026-10-01T00:00:00Z",
        created_by_end_user_session_id="rec-user-1",
        created_by_account="admin@example.com",
    )
    assert isinstance(page, WorkflowLogPage)
    assert (page.page, page.limit, page.has_more) == (1, 2, True)
    assert all(isinstance(item, WorkflowLog) for item in page.data)
    assert dict(handler.requests[0].url.params) == {
        "keyword": "rec-user-1",
        "status": "succeeded",
        "page": "1",
        "limit": "2",
        "created_at__before": "2026-11-01T12:00:00+00:00",
        "created_at__after": "2026-10-01T00:00:00Z",
        "created_by_end_user_session_id": "rec-user-1",
        "created_by_account": "admin@example.com",
    }


def test_unset_filters_are_left_out(runner: Runner) -> None:
    handler = Recorder(recorded("13-workflow-logs-default"))
    runner.call(runner.client(handler), "list_workflow_logs")
    assert dict(handler.requests[0].url.params) == {"page": "1", "limit": "20"}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"page": 0}, "page must be an int from 1"),
        ({"limit": 101}, "limit must be an int from 1 to 100"),
        ({"status": ""}, "status must be a non-empty str"),
        ({"keyword": "a\x00"}, "keyword must be"),
    ],
)
def test_bad_log_filters_send_nothing(runner: Runner, kwargs: dict[str, Any], match: str) -> None:
    handler = Recorder(recorded("13-workflow-logs-default"))
    with pytest.raises(InvalidInputError, match=match):
        runner.call(runner.client(handler), "list_workflow_logs", **kwargs)
    assert handler.requests == []


def _page(number: int, has_more: bool, ids: list[str]) -> httpx.Response:
    # Items as Dify sends them (recording 13), under other ids.
    item = json.loads(recording_body("13-workflow-logs-default"))["data"][0]
    items = [{**item, "id": f"00000000-0000-4000-8000-0000000000{i}"} for i in ids]
    return httpx.Response(
        200, json={"page": number, "limit": 2, "total": 5, "has_more": has_more, "data": items}
    )


def test_iterating_logs_follows_pages_lazily_and_stops_on_the_last(runner: Runner) -> None:
    handler = Recorder(_page(1, True, ["0a", "0b"]), _page(2, True, ["0c", "0d"]), _page(3, False, ["0e"]))
    client = runner.client(handler)
    if runner.kind == "sync":
        iterator = client.iter_workflow_logs(limit=2)
        first = next(iterator)
        assert len(handler.requests) == 1, "no page is fetched before it is needed"
        ids = [str(first.id)[-2:], *(str(log.id)[-2:] for log in iterator)]
    else:
        import asyncio

        async def collect() -> list[str]:
            iterator = client.iter_workflow_logs(limit=2)
            first = await iterator.__anext__()
            assert len(handler.requests) == 1
            return [str(first.id)[-2:], *[str(log.id)[-2:] async for log in iterator]]

        ids = asyncio.run(collect())
    assert ids == ["0a", "0b", "0c", "0d", "0e"]
    assert [r.url.params["page"] for r in handler.requests] == ["1", "2", "3"]


def test_a_form_is_fetched_typed_and_its_actions_are_checked_on_submit(runner: Runner) -> None:
    handler = Recorder(recorded("46-hi-form-get"), recorded("48-hi-form-submit"))
    client = runner.client(handler)
    form = runner.call(client, "get_human_input_form", "mvEeUorT8JFji4JBDvQyft")
    assert isinstance(form, HumanInputForm)
    assert [a.id for a in form.user_actions] == ["approve", "reject"]
    with pytest.raises(InvalidInputError, match="'ship' is not one of this form's actions"):
        runner.call(
            client, "submit_human_input_form", "mvEeUorT8JFji4JBDvQyft", inputs={}, action="ship", user="u"
        )
    assert len(handler.requests) == 1
    result = runner.call(
        client,
        "submit_human_input_form",
        "mvEeUorT8JFji4JBDvQyft",
        inputs={"comment": "ship it"},
        action="approve",
        user="rec-user-hi",
    )
    assert result is None
    sent = handler.requests[1]
    assert (sent.method, sent.url.path) == ("POST", "/v1/form/human_input/mvEeUorT8JFji4JBDvQyft")
    assert json.loads(sent.content) == {
        "inputs": {"comment": "ship it"},
        "action": "approve",
        "user": "rec-user-hi",
    }


def test_a_submitted_form_and_an_unknown_one_map_to_their_errors(runner: Runner) -> None:
    handler = Recorder(recorded("49-hi-form-get-after-submit"), recorded("55-hi-form-get-unknown-token"))
    client = runner.client(handler)
    with pytest.raises(PreconditionFailedError) as caught:
        runner.call(client, "get_human_input_form", "mvEeUorT8JFji4JBDvQyft")
    assert caught.value.code == "human_input_form_submitted"
    assert caught.value.description.startswith("Form already submitted")
    with pytest.raises(NotFoundError) as missing:
        runner.call(client, "get_human_input_form", "nope")
    assert missing.value.code == "not_found"


def test_a_form_submit_is_not_repeated_after_a_5xx(runner: Runner) -> None:
    handler = Recorder(httpx.Response(503, json={"code": "busy", "message": "", "status": 503}))
    client = runner.client(handler)
    with pytest.raises(InternalServerError) as caught:
        runner.call(client, "submit_human_input_form", "t", inputs={}, action="approve", user="u")
    assert (caught.value.status_code, caught.value.code) == (503, "busy")
    assert len(handler.requests) == 1


def test_input_fields_list_every_control_including_kinds_newer_than_the_spec(runner: Runner) -> None:
    body = json.loads(recording_body("20-app-parameters"))
    body["user_input_form"] += [
        {"paragraph": {"label": "Notes", "variable": "notes", "required": True, "default": "n/a"}},
        {"select": {"label": "Tone", "variable": "tone", "required": False, "options": ["dry", "warm"]}},
        {"number": {"label": "Count", "variable": "count", "required": True, "type": "number"}},
        {"file": {"label": "Doc", "variable": "doc", "required": False, "allowed_file_types": ["document"]}},
    ]
    client = runner.client(Recorder(httpx.Response(200, json=body)))
    parameters = runner.call(client, "get_app_parameters")
    fields = input_fields(parameters)
    assert [(f.name, f.kind, f.label, f.required, f.default, f.options) for f in fields] == [
        ("seconds", "text-input", "seconds", False, None, ()),
        ("notes", "paragraph", "Notes", True, "n/a", ()),
        ("tone", "select", "Tone", False, None, ("dry", "warm")),
        ("count", "number", "Count", True, None, ()),
        ("doc", "file", "Doc", False, None, ()),
    ]
    assert fields[4].raw["allowed_file_types"] == ["document"]
    assert parameters.to_dict()["user_input_form"] == body["user_input_form"], "unknown controls are kept"
