"""Every recorded exchange with Dify 1.15.0, replayed over a loopback socket through the
facade method of its operation: JSON answers parse into their typed results, errors map
to their classes, streams arrive chunk for chunk with their recorded gaps (scaled down)."""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest

import dify_workflow
from dify_workflow import (
    APIConnectionError,
    APIStatusError,
    ChatClient,
    ChatEvent,
    ConversationMismatchWarning,
    InvalidInputError,
    StopTaskResult,
    StreamEvent,
    TypedEvent,
    WorkflowClient,
)
from tests._fault_server import Action, FaultServer, reply
from tests._replay import Stream
from tests._support import KEY
from tests.contract import known_differences
from tests.contract._cases import example_cases, operation_cases
from tests.contract._facade import CHAT_CALLS, WAV, as_chat
from tests.contract._recordings import Recorded, disagreements, operation_of, recordings
from tests.contract.test_examples import expected_class, same_json

RECORDED = recordings()
GAP_SCALE = 0.02  # a 10 s silence between pings replays in 0.2 s
_DROPPED = {"content-length", "transfer-encoding", "date", "connection"}


def answer(recorded: Recorded) -> Action:
    response = recorded.response
    headers = {k: v for k, v in response["headers"] if k.lower() not in _DROPPED}
    if recorded.is_stream:
        frames = [(c["t"], c["raw"].encode("utf-8")) for c in response["sse"]]
        return Stream(frames=frames, scale=GAP_SCALE, headers=headers).action()
    return reply(response["status"], response["body"].encode("utf-8"), headers, reason=response["reason"])


CHAT_ROUTES = frozenset(CHAT_CALLS)


def call(client: WorkflowClient, recorded: Recorded) -> Any:
    """The recorded request, made through the public method of its operation. The facade
    refuses some recorded requests outright (no user, no body): those send a valid request
    of the same operation, and the recorded answer is what is checked."""
    request, path = recorded.request, recorded.path
    body = request.get("body") if isinstance(request.get("body"), dict) else {}
    query = request.get("query") or {}
    segments = path.strip("/").split("/")
    case = operation_of(recorded)
    if case is None:
        return client.get_app_info()
    route = (case.method, case.path)
    user = body.get("user") if isinstance(body.get("user"), str) and body.get("user") else "user-1"
    if route in (("POST", "/workflows/run"), ("POST", "/workflows/{workflow_id}/run")):
        inputs = body.get("inputs") if isinstance(body.get("inputs"), dict) else {}
        workflow_id = segments[1] if len(segments) == 3 else None
        if body.get("response_mode") == "streaming":
            with client.stream_workflow(inputs, user=user, workflow_id=workflow_id) as stream:
                return list(stream)
        return client.run_workflow(inputs, user=user, workflow_id=workflow_id)
    if route == ("POST", "/workflows/tasks/{task_id}/stop"):
        return client.stop_task(segments[2], user=user)
    if route == ("GET", "/workflows/run/{workflow_run_id}"):
        return client.get_workflow_run(segments[2])
    if route in CHAT_ROUTES or (
        route == ("GET", "/workflow/{workflow_run_id}/events")
        and any("conversation_id" in e for e in recorded.data_events())
    ):
        with as_chat(client) as chat, warnings.catch_warnings():
            # An unknown conversation warns (test_chat checks it); the answer is what is checked here.
            warnings.simplefilter("ignore", ConversationMismatchWarning)
            return call_chat(chat, route, segments, body, query, user)
    if route == ("GET", "/workflow/{workflow_run_id}/events"):
        with client.stream_workflow_events(
            segments[1],
            user=query.get("user", "user-1"),
            include_state_snapshot=query.get("include_state_snapshot") == "true",
            continue_on_pause=query.get("continue_on_pause") == "true",
        ) as stream:
            return list(stream)
    if route == ("GET", "/workflows/logs"):
        numbers = {k: int(v) for k, v in query.items() if k in ("page", "limit")}
        return client.list_workflow_logs(
            **numbers, **{k: v for k, v in query.items() if k in ("status", "keyword")}
        )
    if route == ("POST", "/files/upload"):
        return client.upload_file(b"hello from the recorder\n", user="rec-user-1", filename="hello.txt")
    if route == ("POST", "/audio-to-text"):
        return client.audio_to_text(WAV, user=user)
    if route == ("POST", "/text-to-audio"):
        with client.text_to_audio(body.get("text", "Hello"), user=user) as audio:
            return audio.read()
    if route == ("GET", "/end-users/{end_user_id}"):
        return client.get_end_user(segments[1])
    if route == ("GET", "/form/human_input/{form_token}"):
        return client.get_human_input_form(segments[2])
    if route == ("POST", "/form/human_input/{form_token}"):
        return client.submit_human_input_form(
            segments[2],
            inputs=body.get("inputs") or {},
            action=str(body.get("action") or "approve"),
            user=user,
        )
    return getattr(
        client,
        {
            "/info": "get_app_info",
            "/parameters": "get_app_parameters",
            "/meta": "get_app_meta",
            "/site": "get_app_site",
        }[case.path],
    )()


@pytest.mark.parametrize("recorded", RECORDED, ids=[r.name for r in RECORDED])
def test_recording_through_the_facade(recorded: Recorded) -> None:
    response = recorded.response
    if recorded.name == "31-end-user-not-uuid":
        # Dify answers an end-user id that is not a UUID with an HTML 404 that reads like a
        # wrong base URL: the facade refuses such an id before sending.
        with WorkflowClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:
            with pytest.raises(InvalidInputError) as refused:
                call(client, recorded)
        assert "end_user_id 'rec-user-1' is not a UUID" in str(refused.value)
        return
    with FaultServer() as server:
        server.route = lambda seen: answer(recorded)  # type: ignore[assignment]
        with WorkflowClient(api_key=KEY, base_url=server.url, max_retries=0) as client:
            if response["status"] >= 300:
                with pytest.raises(APIStatusError) as caught:
                    call(client, recorded)
                check_error(caught.value, recorded)
                return
            if recorded.is_stream and not _ends(recorded):
                with pytest.raises(APIConnectionError) as broken:
                    call(client, recorded)
                assert type(broken.value) is APIConnectionError
                events = recorded.data_events()
                if not events:
                    # A run that waited for a worker until its stream closed (100): no ids,
                    # so the error carries what finds the run (it went on, 101).
                    pending = broken.value.pending_run
                    assert broken.value.workflow_run_id is None and pending is not None and pending.pending
                    assert pending.user == recorded.request["body"]["user"]
                    return
                assert broken.value.workflow_run_id == events[0]["workflow_run_id"]
                return
            outcome = call(client, recorded)
    check_success(outcome, recorded)


def call_chat(
    chat: ChatClient,
    route: tuple[str, str],
    segments: list[str],
    body: dict[str, Any],
    query: dict[str, str],
    user: str,
) -> Any:
    """A recorded chat API request, through the ChatClient's public method."""
    quser = query.get("user", user)
    if route == ("POST", "/chat-messages"):
        kwargs: dict[str, Any] = {"user": user, "inputs": body.get("inputs") or {}}
        if body.get("conversation_id"):
            kwargs["conversation_id"] = body["conversation_id"]
        text = body.get("query") if isinstance(body.get("query"), str) else "hi"
        if body.get("response_mode") == "streaming":
            with chat.stream_message(text, **kwargs) as stream:
                return list(stream)
        return chat.send_message(text, **kwargs)
    if route == ("GET", "/workflow/{workflow_run_id}/events"):
        with chat.stream_workflow_events(
            segments[1],
            user=quser,
            include_state_snapshot=query.get("include_state_snapshot") == "true",
            continue_on_pause=query.get("continue_on_pause") == "true",
        ) as stream:
            return list(stream)
    calls: dict[tuple[str, str], Any] = {
        ("POST", "/chat-messages/{task_id}/stop"): lambda: chat.stop_message(segments[1], user=user),
        ("GET", "/conversations"): lambda: chat.list_conversations(user=quser),
        ("GET", "/messages"): lambda: chat.list_messages(query["conversation_id"], user=quser),
        ("GET", "/conversations/{conversation_id}/variables"): lambda: chat.list_conversation_variables(
            segments[1], user=quser
        ),
        ("PUT", "/conversations/{conversation_id}/variables/{variable_id}"): lambda: (
            chat.update_conversation_variable(segments[1], segments[3], body.get("value"), user=user)
        ),
        ("POST", "/conversations/{conversation_id}/name"): lambda: chat.rename_conversation(
            segments[1], body.get("name") or "renamed", user=user
        ),
        ("DELETE", "/conversations/{conversation_id}"): lambda: chat.delete_conversation(
            segments[1], user=user
        ),
        ("POST", "/messages/{message_id}/feedbacks"): lambda: chat.send_feedback(
            segments[1], user=user, rating=body.get("rating"), content=body.get("content")
        ),
        ("GET", "/app/feedbacks"): lambda: chat.list_feedbacks(),
        ("GET", "/messages/{message_id}/suggested"): lambda: chat.get_suggested_questions(
            segments[1], user=quser
        ),
        ("GET", "/apps/annotations"): lambda: chat.list_annotations(),
        ("POST", "/apps/annotations"): lambda: chat.create_annotation(
            body.get("question", "Q?"), body.get("answer", "A.")
        ),
    }
    return calls[route]()


def _ends(recorded: Recorded) -> bool:
    return any(e["event"] in ("workflow_finished", "workflow_paused") for e in recorded.data_events())


def check_error(error: APIStatusError, recorded: Recorded) -> None:
    status = recorded.response["status"]
    assert type(error) is getattr(dify_workflow, expected_class(status))
    assert error.status_code == status
    body = recorded.json_body()
    if isinstance(body, dict):
        # Dify's message can be empty (27): the facade keeps it as sent.
        assert (error.code, error.message) == (body.get("code"), body.get("message"))
    else:
        assert error.code is None and "/v1" in error.message  # the HTML 404's hint


def check_success(outcome: Any, recorded: Recorded) -> None:
    if recorded.is_stream:
        assert all(isinstance(e, StreamEvent) for e in outcome)
        assert [dict(e.raw) for e in outcome] == recorded.data_events(), "every data event, in order"
        typed = (TypedEvent, ChatEvent)
        assert all(isinstance(e, typed) for e in outcome), "each event parses into its class"
        return
    body = recorded.json_body()
    if isinstance(outcome, StopTaskResult):
        assert outcome.result == body["result"]
    elif outcome is None:
        # A form submission answers {}, a feedback a success result, a delete 204 (no body).
        assert body in ({}, {"result": "success"}, None), body
    else:
        assert same_json(outcome.to_dict(), body)


def test_every_operation_has_a_recording() -> None:
    covered = {(c.method, c.path) for c in map(operation_of, RECORDED) if c is not None}
    every = {(c.method, c.path) for c in operation_cases() if c.lang == "en"}
    assert covered == every - set(known_differences.NOT_RECORDED)
    assert not covered & set(known_differences.NOT_RECORDED), "a recorded operation is listed as not recorded"


@pytest.mark.parametrize("recorded", RECORDED, ids=[r.name for r in RECORDED])
def test_known_differences_list_exactly_the_recordings_that_disagree(recorded: Recorded) -> None:
    found = disagreements(recorded)
    if recorded.name in known_differences.RECORDINGS:
        assert found, f"{recorded.name} no longer disagrees with the spec: drop it from known_differences"
    else:
        assert not found, f"{recorded.name} disagrees with the spec ({found}): record it in known_differences"


def test_the_event_stream_example_difference_is_still_there() -> None:
    streams = [c for c in example_cases() if c.media_type == "text/event-stream"]
    assert streams and all("\n\n" not in str(c.value) and "} data: {" in str(c.value) for c in streams)
    rebuilt = known_differences.sse_from_example(streams[0].value)
    frames = [f for f in rebuilt.decode().split("\n\n") if f]
    assert all(f.startswith("data: {") and json.loads(f[6:]) for f in frames)
    assert len(frames) == str(streams[0].value).count("data: ")


def test_the_replay_checks_can_fail() -> None:
    """A facade that dropped one event kind, or misread an error code, fails these checks."""
    stream = next(r for r in RECORDED if r.name.startswith("01-"))
    with FaultServer() as server:
        server.route = lambda seen: answer(stream)  # type: ignore[assignment]
        with WorkflowClient(api_key=KEY, base_url=server.url, max_retries=0) as client:
            events = [e for e in call(client, stream) if e.event != "text_chunk"]
    with pytest.raises(AssertionError, match="every data event"):
        check_success(events, stream)
    error = next(r for r in RECORDED if r.name.startswith("72-"))
    with FaultServer() as server:
        server.route = lambda seen: answer(error)  # type: ignore[assignment]
        with (
            WorkflowClient(api_key=KEY, base_url=server.url, max_retries=0) as client,
            pytest.raises(APIStatusError) as caught,
        ):
            call(client, error)
    caught.value.code = "something_else"
    with pytest.raises(AssertionError):
        check_error(caught.value, error)
