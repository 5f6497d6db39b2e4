"""The stand-in playing the recorded Chatflow apps (`apps/slow_chatflow.yml`,
`apps/human_input_chatflow.yml`) against their recordings (102-134): the same requests
give the same events in the same order (message pieces with their selectors, node events,
message_end before workflow_finished, no message_end after a stop), the same answers,
conversations, variables, messages, feedback and errors (ids and times aside). Raw HTTP
through `transport()`, so that what is compared is what the stand-in sends."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from dify_workflow.testing import FakeDify, transport
from tests._replay import RECORDINGS, data_events, recording
from tests.contract.test_stand_in import _follower, shape

APPS = RECORDINGS / "apps"
USER = "rec-chat-521664"
HI_USER = "rec-hichat-522755"
# What the recorded app's HTTP node answered (its loopback server slept `seconds`).
SLOW = {
    "outputs": {
        "http_node": lambda inputs: {
            "status_code": 200,
            "body": json.dumps({"slept": float(inputs.get("seconds") or 0)}),
        }
    },
}


def chatflow(time_scale: float) -> FakeDify:
    """The recorded Chatflow whose HTTP node takes the `seconds` input's time (scaled), as
    the recorded app's slow loopback server did: for tests of the clients, CLI and batches."""
    return FakeDify.from_dsl(
        APPS / "slow_chatflow.yml",
        time_scale=time_scale,
        durations={"http_node": lambda inputs: float(inputs.get("seconds") or 0)},
        **SLOW,
    )


def echo(seconds: float = 0.0) -> FakeDify:
    durations = {"http_node": seconds} if seconds else {}
    return FakeDify.from_dsl(APPS / "slow_chatflow.yml", time_scale=0.01, durations=durations, **SLOW)


def review() -> FakeDify:
    return FakeDify.from_dsl(APPS / "human_input_chatflow.yml", time_scale=0.01)


def http(fake: FakeDify) -> httpx.Client:
    return httpx.Client(
        transport=transport(fake), base_url="http://dify.test/v1", headers={"Authorization": "Bearer app-k"}
    )


def sse(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]


def chat_shape(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The workflow events' shape, and the chat events' text and selector."""
    rows = shape([e for e in events if "data" in e or e["event"].startswith(("workflow_", "node_"))])
    out: list[tuple[Any, ...]] = []
    it = iter(rows)
    for event in events:
        if event["event"] == "message":
            out.append(("message", event["answer"], tuple(event["from_variable_selector"])))
        elif event["event"] == "message_end":
            out.append(("message_end", tuple(sorted(event["metadata"])), event["files"]))
        else:
            out.append(next(it))
    return out


def stream(client: httpx.Client, body: dict[str, Any]) -> list[dict[str, Any]]:
    with client.stream("POST", "/chat-messages", json=body) as response:
        assert response.status_code == 200
        return sse(response)


def body_of(name: str, **changes: Any) -> dict[str, Any]:
    body = dict(recording(name)["request"]["body"])
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def test_two_turns_stream_as_recorded_and_the_second_sees_the_first() -> None:
    with http(echo(1)) as client:
        first = stream(client, body_of("102-chatflow-chat-streaming-first-turn"))
        assert chat_shape(first) == chat_shape(data_events("102-chatflow-chat-streaming-first-turn"))
        conversation = first[0]["conversation_id"]
        assert all(
            e["conversation_id"] == conversation and e["message_id"] == first[0]["message_id"] for e in first
        )
        second = stream(
            client, body_of("103-chatflow-chat-streaming-second-turn", conversation_id=conversation)
        )
    assert chat_shape(second) == chat_shape(data_events("103-chatflow-chat-streaming-second-turn"))
    assert second[0]["conversation_id"] == conversation and second[0]["message_id"] != first[0]["message_id"]


def test_a_blocking_answer_has_the_recorded_fields() -> None:
    recorded = json.loads(recording("104-chatflow-chat-blocking")["response"]["body"])
    with http(echo()) as client:
        got = client.post(
            "/chat-messages", json=body_of("104-chatflow-chat-blocking", conversation_id=None)
        ).json()
    assert set(got) == set(recorded) and set(got["metadata"]) == set(recorded["metadata"])
    assert (got["event"], got["mode"], got["answer"]) == (
        "message",
        "advanced-chat",
        "echo: blocking please (before: )",
    )
    assert got["id"] == got["message_id"] and set(got["metadata"]["usage"]) == set(
        recorded["metadata"]["usage"]
    )


def test_a_stopped_message_ends_with_a_failed_run_and_no_message_end() -> None:
    fake = echo(30)
    with http(fake) as client:
        with client.stream(
            "POST", "/chat-messages", json=body_of("105-chatflow-chat-streaming-stopped")
        ) as response:
            events: list[dict[str, Any]] = []
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                events.append(json.loads(line[6:]))
                if events[-1]["event"] == "node_started" and events[-1]["data"]["node_id"] == "http_node":
                    stop = client.post(f"/chat-messages/{events[0]['task_id']}/stop", json={"user": USER})
                    assert (stop.status_code, stop.json()) == (200, {"result": "success"})  # 106
    assert chat_shape(events) == chat_shape(data_events("105-chatflow-chat-streaming-stopped"))
    assert fake.stops == [events[0]["task_id"]]


def test_conversations_variables_rename_messages_and_delete_as_recorded() -> None:
    with http(echo()) as client:
        first = stream(client, body_of("102-chatflow-chat-streaming-first-turn"))
        conversation = first[0]["conversation_id"]
        stream(client, body_of("103-chatflow-chat-streaming-second-turn", conversation_id=conversation))
        listed = client.get("/conversations", params={"user": USER}).json()
        recorded = json.loads(recording("107-chatflow-conversations")["response"]["body"])
        assert set(listed) == set(recorded) and set(listed["data"][0]) == set(recorded["data"][0])
        assert (
            listed["data"][0]["name"] == "hello there"
            and listed["data"][0]["introduction"] == recorded["data"][0]["introduction"]
        )
        messages = client.get("/messages", params={"user": USER, "conversation_id": conversation}).json()
        recorded = json.loads(recording("108-chatflow-messages")["response"]["body"])
        assert set(messages["data"][0]) == set(recorded["data"][0])
        # Oldest first within the page, with the answers streamed.
        assert [(m["query"], m["answer"]) for m in messages["data"]] == [
            (m["query"], m["answer"]) for m in recorded["data"][:2]
        ]
        variables = client.get(f"/conversations/{conversation}/variables", params={"user": USER}).json()
        recorded = json.loads(recording("109-chatflow-conversation-variables")["response"]["body"])
        assert set(variables["data"][0]) == set(recorded["data"][0])
        assert (variables["data"][0]["id"], variables["data"][0]["value"]) == (
            recorded["data"][0]["id"],
            "second question",
        )
        variable = variables["data"][0]["id"]
        updated = client.put(
            f"/conversations/{conversation}/variables/{variable}",
            json={"value": "set by the API", "user": USER},
        )
        assert (
            updated.json()["value"]
            == json.loads(recording("110-chatflow-conversation-variable-update")["response"]["body"])["value"]
        )
        third = stream(
            client,
            {
                "inputs": {},
                "query": "third",
                "response_mode": "streaming",
                "user": USER,
                "conversation_id": conversation,
            },
        )
        assert (
            "".join(e["answer"] for e in third if e["event"] == "message")
            == "echo: third (before: set by the API)"
        )
        renamed = client.post(
            f"/conversations/{conversation}/name", json=body_of("111-chatflow-conversation-rename")
        )
        assert renamed.json()["name"] == "Echo test" and set(renamed.json()) == set(
            json.loads(recording("111-chatflow-conversation-rename")["response"]["body"])
        )
        deleted = client.request("DELETE", f"/conversations/{conversation}", json={"user": USER})
        assert (deleted.status_code, deleted.content) == (204, b"")  # 125
        gone = client.get("/messages", params={"user": USER, "conversation_id": conversation})
        assert (gone.status_code, gone.json()) == (
            404,
            json.loads(recording("126-chatflow-messages-deleted-conversation")["response"]["body"]),
        )


def test_feedback_suggestions_and_annotations_as_recorded() -> None:
    with http(echo()) as client:
        first = stream(client, body_of("102-chatflow-chat-streaming-first-turn"))
        message = first[0]["message_id"]
        given = client.post(f"/messages/{message}/feedbacks", json=body_of("112-chatflow-message-feedback"))
        assert given.json() == {"result": "success"}
        listed = client.get("/app/feedbacks", params={"page": 1, "limit": 20}).json()
        recorded = json.loads(recording("113-chatflow-app-feedbacks")["response"]["body"])
        assert set(listed["data"][0]) == set(recorded["data"][0])
        assert (listed["data"][0]["rating"], listed["data"][0]["content"]) == ("like", "good echo")
        off = client.get(f"/messages/{message}/suggested", params={"user": USER})
        assert (off.status_code, off.json()) == (
            400,
            json.loads(recording("114-chatflow-suggested-off")["response"]["body"]),
        )
        empty = client.get("/apps/annotations").json()
        assert empty == json.loads(recording("123-chatflow-annotations-empty")["response"]["body"])
        made = client.post("/apps/annotations", json=body_of("124-chatflow-annotation-create"))
        recorded = json.loads(recording("124-chatflow-annotation-create")["response"]["body"])
        assert made.status_code == 201 and set(made.json()) == set(recorded)


@pytest.mark.parametrize(
    "name", ["119-chatflow-chat-unknown-conversation", "127-chatflow-chat-unknown-conversation-random"]
)
def test_an_unknown_conversation_starts_a_new_one_as_recorded(name: str) -> None:
    sent = recording(name)["request"]["body"]["conversation_id"]
    with http(echo()) as client:
        got = client.post("/chat-messages", json=body_of(name)).json()
    assert got["event"] == "message" and got["conversation_id"] != sent
    assert got["answer"] == json.loads(recording(name)["response"]["body"])["answer"]


@pytest.mark.parametrize(
    "name", ["117-chat-with-workflow-key", "118-chatflow-chat-missing-query", "75-error-400-chat-app-key"]
)
def test_wrong_app_kind_and_missing_query_are_refused_as_recorded(name: str) -> None:
    exchange = recording(name)
    fake = (
        FakeDify.from_dsl(APPS / "slow_workflow.yml", time_scale=0.01) if name.startswith("117") else echo()
    )
    path = exchange["request"]["path"][3:]
    with http(fake) as client:
        got = client.post(path, json=exchange["request"]["body"])
    expected = json.loads(exchange["response"]["body"])
    assert got.status_code == exchange["response"]["status"]
    assert (got.json()["code"], got.json()["status"]) == (expected["code"], expected["status"])
    assert got.json()["message"].split("[")[0] == expected["message"].split("[")[0]


def test_human_input_in_a_chatflow_pauses_resumes_and_stores_the_answer_as_recorded() -> None:
    fake = review()
    with http(fake) as client:
        paused = stream(client, body_of("128-hichat-chat-streaming-paused"))
        assert chat_shape(paused) == chat_shape(data_events("128-hichat-chat-streaming-paused"))
        token = paused[-1]["data"]["reasons"][0]["form_token"]
        conversation, run_id = paused[0]["conversation_id"], paused[0]["workflow_run_id"]
        form = client.get(f"/form/human_input/{token}").json()
        recorded_form = json.loads(recording("129-hichat-form")["response"]["body"])
        assert set(form) == set(recorded_form) and form["form_content"] == recorded_form["form_content"]
        waiting = client.get("/messages", params={"user": HI_USER, "conversation_id": conversation}).json()
        assert (waiting["data"][0]["status"], waiting["data"][0]["answer"]) == (
            "paused",
            "Asking a reviewer about the budget.",
        )
        played, follower = _follower(client, run_id, HI_USER)
        submitted = client.post(f"/form/human_input/{token}", json=body_of("131-hichat-form-submit"))
        assert (submitted.status_code, submitted.json()) == (200, {})
        follower.join(10)
        # The resumed run re-sends the pieces of before the pause, then streams no message
        # for the Answer after it: that text is in the outputs only (132).
        assert chat_shape(played) == chat_shape(data_events("132-hichat-events-after-submit"))
        deadline = time.monotonic() + 5
        while fake.runs[run_id].status != "succeeded" and time.monotonic() < deadline:
            time.sleep(0.01)
        stored = client.get("/messages", params={"user": HI_USER, "conversation_id": conversation}).json()
        recorded = json.loads(recording("133-hichat-messages-after-resume")["response"]["body"])
        assert (stored["data"][0]["status"], stored["data"][0]["answer"]) == (
            recorded["data"][0]["status"],
            recorded["data"][0]["answer"],
        ), "the server's wrong stored answer, as recorded"
        blocking = client.post(
            "/chat-messages", json=body_of("134-hichat-chat-blocking-paused", conversation_id=conversation)
        ).json()
    expected = json.loads(recording("134-hichat-chat-blocking-paused")["response"]["body"])
    assert set(blocking) == set(expected) and blocking["event"] == "workflow_paused"
    assert blocking["metadata"]["usage"] is None and blocking["answer"] == expected["answer"]
