"""The chat clients over loopback against the stand-in playing the recorded Chatflow apps:
conversations carry over, a stop mid-answer confirms, an unknown conversation warns, human
input pauses and resumes with the whole answer, a message is never sent twice, and the
chat stream ends at its terminal event whatever the server does after it."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import warnings
from collections.abc import Iterator

import pytest

from dify_workflow import (
    APIConnectionError,
    AsyncChatClient,
    BadRequestError,
    ChatClient,
    ChatOutcome,
    ConversationMismatchWarning,
    InternalServerError,
    MessageEndEvent,
    MessageEvent,
    NotFoundError,
    StopOutcome,
    WorkflowFinishedEvent,
)
from dify_workflow.testing import FakeDify, FakeServer, server
from tests._fault_server import FaultServer, reply, reset
from tests._support import KEY
from tests.contract.test_stand_in_chat import APPS, chatflow

USER = "chat-user-1"


@pytest.fixture
def echo() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = chatflow(0.01)
    with server(fake) as srv:
        yield fake, srv


@pytest.fixture
def review() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = FakeDify.from_dsl(APPS / "human_input_chatflow.yml", time_scale=0.01)
    with server(fake) as srv:
        yield fake, srv


def chat_posts(fake: FakeDify) -> int:
    return sum(1 for r in fake.requests if r[1] == "/chat-messages")


def test_two_turns_keep_the_conversation(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        with client.stream_message("hello there", user=USER, inputs={"seconds": "1"}) as stream:
            chunks = [e.data.answer for e in stream if isinstance(e, MessageEvent)]
            end = stream.message_end
        assert "".join(chunks) == stream.answer == "echo: hello there (before: )"
        assert isinstance(end, MessageEndEvent) and end.usage["currency"] == "USD"
        second = client.send_message("second question", user=USER, conversation_id=stream.conversation_id)
    assert second.conversation_id == stream.conversation_id
    assert second.answer == "echo: second question (before: hello there)", (
        "the second answer sees the first question"
    )
    assert second.message_id != stream.message_id and not second.paused


def test_the_async_client_keeps_the_conversation_too(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo

    async def main() -> tuple[ChatOutcome, str]:
        async with AsyncChatClient(api_key=KEY, base_url=srv.url) as client:
            async with client.stream_message("hello there", user=USER) as stream:
                first = await stream.outcome()
            async with client.stream_message(
                "again", user=USER, conversation_id=first.conversation_id
            ) as stream:
                second = await stream.outcome()
            names = [c.name async for c in client.iter_conversations(user=USER)]
            return second, names[0]

    second, name = asyncio.run(main())
    assert second.status == "succeeded" and second.answer == "echo: again (before: hello there)"
    assert name == "hello there"


def test_a_stream_stopped_mid_answer_confirms_and_ends(echo: tuple[FakeDify, FakeServer]) -> None:
    fake, srv = echo
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        with client.stream_message("slow one", user=USER, inputs={"seconds": "30"}) as stream:
            assert stream.answer == "", "entering waits for the first event only"
            outcome = stream.stop()
            rest = list(stream)
        assert outcome.requested and outcome.confirmed and outcome.status == "stopped"
        assert (
            isinstance(outcome.final_event, WorkflowFinishedEvent)
            and outcome.final_event.data.status == "failed"
        )
        assert stream.message_end is None, "a stopped Chatflow message has no message_end (105)"
        assert not any(isinstance(e, MessageEndEvent) for e in rest)
        assert fake.stops == [stream.task_id]
        assert [r[1] for r in fake.requests if "/stop" in r[1]] == [f"/chat-messages/{stream.task_id}/stop"]


@pytest.mark.parametrize("blocking", [True, False])
def test_an_unknown_conversation_warns_and_carries_the_servers_id(
    echo: tuple[FakeDify, FakeServer], blocking: bool
) -> None:
    _, srv = echo
    unknown = "00000000-0000-0000-0000-000000000000"
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        with pytest.warns(ConversationMismatchWarning) as caught:
            if blocking:
                used = client.send_message("hi", user=USER, conversation_id=unknown).conversation_id
            else:
                with client.stream_message("hi", user=USER, conversation_id=unknown) as stream:
                    used = stream.conversation_id
    (warning,) = [w.message for w in caught]
    assert isinstance(warning, ConversationMismatchWarning)
    assert (warning.sent, warning.used) == (unknown, used) and used != unknown
    assert unknown in str(warning) and used in str(warning)


def test_a_continued_conversation_does_not_warn(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        first = client.send_message("one", user=USER)
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConversationMismatchWarning)
            client.send_message("two", user=USER, conversation_id=first.conversation_id)


def test_human_input_in_a_chatflow_pauses_and_resumes_with_the_whole_answer(
    review: tuple[FakeDify, FakeServer],
) -> None:
    _, srv = review
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        with client.stream_message("Can we spend 500?", user=USER, inputs={"topic": "the budget"}) as stream:
            paused = stream.outcome()
        assert paused.status == "paused" and paused.form_token is not None
        assert paused.answer == "Asking a reviewer about the budget."
        form = client.get_human_input_form(paused.form_token)
        assert [a.id for a in form.user_actions] == ["approve", "reject"]
        assert paused.workflow_run_id is not None
        with client.stream_workflow_events(paused.workflow_run_id, user=USER) as events:
            client.submit_human_input_form(
                paused.form_token, inputs={"comment": "fine"}, action="approve", user=USER
            )
            resumed = events.outcome()
        # The server streams no chunks for the text after the pause: the answer is whole anyway.
        assert resumed.status == "succeeded"
        assert resumed.answer == "Asking a reviewer about the budget. Decision: approve (fine)"
        assert resumed.conversation_id == paused.conversation_id
        stored = client.list_messages(paused.conversation_id or "", user=USER).data[0]
    assert stored.answer != resumed.answer, "the server stores a wrong answer for a resumed message (133)"


def test_a_blocking_message_that_pauses_says_so(review: tuple[FakeDify, FakeServer]) -> None:
    _, srv = review
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        result = client.send_message("Can we?", user=USER, inputs={"topic": "x"})
    assert result.paused and result.event == "workflow_paused" and result.usage == {}
    assert result.workflow_run_id is not None and result.answer == "Asking a reviewer about x."


def test_conversations_variables_messages_and_feedback(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    with ChatClient(api_key=KEY, base_url=srv.url) as client:
        first = client.send_message("one", user=USER)
        conversation = first.conversation_id
        for text in ("two", "three"):
            client.send_message(text, user=USER, conversation_id=conversation)
        newest_first = [m.query for m in client.iter_messages(conversation, user=USER, limit=2)]
        assert newest_first == ["three", "two", "one"]
        (variable,) = client.list_conversation_variables(conversation, user=USER).data
        assert (variable.name, variable.value) == ("last_query", "three")
        changed = client.update_conversation_variable(conversation, variable.id, "edited", user=USER)
        assert changed.value == "edited"
        assert client.send_message("four", user=USER, conversation_id=conversation).answer.endswith(
            "(before: edited)"
        )
        assert client.rename_conversation(conversation, "Renamed", user=USER).name == "Renamed"
        client.send_feedback(first.message_id, user=USER, rating="like", content="good")
        (feedback,) = client.list_feedbacks().data
        assert (feedback.message_id, feedback.rating, feedback.content) == (first.message_id, "like", "good")
        with pytest.raises(BadRequestError) as off:
            client.get_suggested_questions(first.message_id, user=USER)
        assert (off.value.code, off.value.message) == ("bad_request", "Suggested Questions Is Disabled.")
        made = client.create_annotation("Q?", "A.")
        assert client.update_annotation(made.id, "Q2?", "A2.").question == "Q2?"
        assert [a.id for a in client.list_annotations().data] == [made.id]
        client.delete_annotation(made.id)
        assert client.list_annotations().total == 0
        client.delete_conversation(conversation, user=USER)
        with pytest.raises(NotFoundError) as gone:
            client.list_messages(conversation, user=USER)
    assert gone.value.code == "not_found"


def test_a_chat_client_on_a_workflow_app_is_refused_with_the_servers_code() -> None:
    fake = FakeDify.from_dsl(APPS / "slow_workflow.yml", time_scale=0.01)
    with server(fake) as srv, ChatClient(api_key=KEY, base_url=srv.url) as client:
        with pytest.raises(BadRequestError) as caught:
            client.send_message("hi", user=USER)
    assert (caught.value.status_code, caught.value.code) == (400, "not_chat_app")


def test_a_message_is_never_sent_twice() -> None:
    with FaultServer() as srv:
        srv.script(reply(502, {"code": "x", "message": "bad gateway", "status": 502}))
        with ChatClient(api_key=KEY, base_url=srv.url, max_retries=3) as client:
            with pytest.raises(InternalServerError):
                client.send_message("hi", user=USER)
        assert len(srv.requests) == 1, "a 502 after the message arrived is not a reason to send it again"
    with FaultServer() as srv:
        srv.script(reset())
        with ChatClient(api_key=KEY, base_url=srv.url, max_retries=3) as client:
            with pytest.raises(APIConnectionError) as broken:
                with client.stream_message("hi", user=USER):
                    pass
        assert len(srv.requests) == 1
    assert "list_messages" in broken.value.message and broken.value.pending_run is None


def test_a_message_refused_before_anything_was_sent_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as probe:  # a port nothing listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    caplog.set_level(logging.DEBUG, logger="dify_workflow")
    with ChatClient(api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1", max_retries=1) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.send_message("hi", user=USER)
    attempts = [r.getMessage() for r in caplog.records if "/chat-messages" in r.getMessage()]
    assert [a.split("(attempt ")[1] for a in attempts] == ["1 of 2)", "2 of 2)"], attempts
    assert (
        "could not connect" in caught.value.message.lower()
        and "may still be answered" not in caught.value.message
    )


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_the_async_chat_client_on_either_pool_keeps_the_key_out_of_sight(
    echo: tuple[FakeDify, FakeServer], backend: str
) -> None:
    fake, srv = echo

    async def main() -> tuple[str, str, str]:
        async with AsyncChatClient(api_key=KEY, base_url=srv.url, http_backend=backend) as client:  # type: ignore[arg-type]
            first = await client.send_message("one", user=USER)
            async with client.stream_message(
                "two", user=USER, conversation_id=first.conversation_id
            ) as stream:
                outcome = await stream.outcome()
            try:
                await client.list_messages("00000000-0000-0000-0000-000000000000", user=USER)
            except NotFoundError as exc:
                error = f"{exc!r} {exc}"
            return repr(client) + repr(stream), outcome.answer, error

    shown, answer, error = asyncio.run(main())
    assert answer == "echo: two (before: one)"
    assert KEY not in shown + error and "api_key='****'" in shown
    assert all(r[1] != "/chat-messages" or r[3]["query"] in ("one", "two") for r in fake.requests)


def test_a_chatbot_answer_that_ended_says_nothing_of_a_stop_it_cannot_prove() -> None:
    """A Chatbot (no workflow) ends at `message_end`, which a stop may or may not have cut
    short: the verdict of a stop sent then is unknown, not "succeeded"."""
    import httpx

    from dify_workflow.chat._core import ChatStreamCore

    ids = {"task_id": "t", "message_id": "m", "conversation_id": "c"}
    frames = [{"event": "message", **ids, "answer": "Hel"}, {"event": "message_end", **ids, "metadata": {}}]
    core = ChatStreamCore(httpx.Request("POST", "http://dify.test/v1/chat-messages"), replays=False)
    core.feed(b"".join(b"data: " + json.dumps(f).encode() + b"\n\n" for f in frames))
    assert core.done and core.final is None and core.answer == "Hel"
    assert core.verdict(True) == StopOutcome(requested=True, confirmed=False, status=None)
    assert core.verdict(False) == StopOutcome(requested=False, confirmed=False, status="succeeded")
    assert core.outcome().status == "succeeded" and core.outcome().final_event is core.message_end
