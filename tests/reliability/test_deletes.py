"""A delete whose answer was lost is retried (deleting twice is harmless); when the retry
finds nothing left to delete, the delete is done, not a NotFoundError: the lost attempt
deleted it. Over real loopback sockets, on every pool."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from dify_workflow import AsyncChatClient, ChatClient, NotFoundError
from tests._fault_server import FaultServer, reply, reset_mid_response
from tests._support import KEY, KINDS, backend

CONVERSATION = "2f30709f-d9f7-401e-a66a-f918149b3d37"
ANNOTATION = "0e9c7c3a-6a0f-4b8e-9d2c-5b8f1d2a3c4e"
GONE = {"code": "not_found", "message": "Conversation Not Exists.", "status": 404}


def delete(kind: str, url: str, what: str) -> Any:
    """Delete a conversation or an annotation on a fresh chat client of `kind`: None when
    done, else the exception."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": url, "max_retries": 2, "timeout": 0.3}

    def args(client: Any) -> Any:
        if what == "conversation":
            return client.delete_conversation(CONVERSATION, user="u")
        return client.delete_annotation(ANNOTATION)

    try:
        if kind == "sync":
            with ChatClient(**options) as client:
                return args(client)

        async def run() -> Any:
            async with AsyncChatClient(**options, **backend(kind)) as client:
                return await args(client)

        return asyncio.run(run())
    except Exception as exc:  # returned for the test to check its class
        return exc


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("what", ["conversation", "annotation"])
def test_a_delete_whose_answer_was_lost_is_done_when_the_retry_finds_it_gone(
    kind: str, what: str, caplog: pytest.LogCaptureFixture
) -> None:
    with FaultServer() as server, caplog.at_level(logging.INFO, logger="dify_workflow"):
        # The first answer comes after the client gave up: it may have deleted.
        server.script(reply(204, "", delay=0.8), default=reply(404, GONE))
        outcome = delete(kind, server.url, what)
        seen = [(r.method, r.raw_path) for r in server.requests]
    assert outcome is None
    path = (
        f"/v1/conversations/{CONVERSATION}"
        if what == "conversation"
        else f"/v1/apps/annotations/{ANNOTATION}"
    )
    assert seen == [("DELETE", path), ("DELETE", path)]
    assert any("taken as done" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_of_something_that_never_was_is_not_found(kind: str) -> None:
    with FaultServer() as server:
        server.script(default=reply(404, GONE))
        outcome = delete(kind, server.url, "conversation")
        attempts = len(server.requests)
    assert type(outcome) is NotFoundError
    assert (outcome.status_code, outcome.code, outcome.message) == (
        404,
        "not_found",
        "Conversation Not Exists.",
    )
    assert attempts == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_answered_by_a_routes_404_is_still_an_error(kind: str) -> None:
    # An HTML 404 is a wrong base URL or route, not a thing that is gone.
    with FaultServer() as server:
        html = reply(404, "<html>Not Found</html>", {"Content-Type": "text/html"})
        server.script(reply(204, "", delay=0.8), default=html)
        outcome = delete(kind, server.url, "conversation")
    assert type(outcome) is NotFoundError and outcome.status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_turned_away_with_429_and_then_gone_is_not_found(kind: str) -> None:
    # A 429 means the server did not act: a 404 after it is the truth about the thing.
    with FaultServer() as server:
        server.script(
            reply(429, {"code": "too_many_requests"}, {"Retry-After": "0"}), default=reply(404, GONE)
        )
        outcome = delete(kind, server.url, "conversation")
    assert type(outcome) is NotFoundError


def test_aiohttp_resends_a_delete_on_a_dropped_connection_itself() -> None:
    # aiohttp re-sends a DELETE (an idempotent method) once when the connection drops
    # before the answer (RFC 9112's retry of requests), inside one call of the facade: the
    # facade sees only the second answer. Where that finds the thing gone, the caller gets
    # NotFoundError although the first send may have deleted it (README, deletes).
    with FaultServer() as server:
        server.script(reset_mid_response(), default=reply(404, GONE))
        outcome = delete("aiohttp", server.url, "conversation")
        attempts = len(server.requests)
    assert type(outcome) is NotFoundError and attempts == 2
