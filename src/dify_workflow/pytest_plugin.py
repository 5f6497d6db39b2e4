"""The `dify_fake` pytest fixture: a stand-in for Dify and clients wired to it.

Registered through the `pytest11` entry point, so installing the package is enough:

    def test_a_run_succeeds(dify_fake):
        with dify_fake.client.stream_workflow({"seconds": "1"}, user="u") as stream:
            assert stream.outcome().succeeded

By default the stand-in plays the recorded app (`FakeDify()`); mark a test (or a module,
with `pytestmark`) to play your own app from its DSL export, with a scenario:

    @pytest.mark.dify_app("tests/app.yml", outputs={"llm": {"text": "Hi"}})
    def test_my_app(dify_fake): ...

A Chatflow's DSL (`mode: advanced-chat`) is played the same way; use `dify_fake.chat` and
`dify_fake.async_chat` (a `ChatClient` and an `AsyncChatClient` on the stand-in):

    @pytest.mark.dify_app("tests/chatflow.yml")
    def test_two_turns(dify_fake):
        first = dify_fake.chat.send_message("Hi", user="u")
        ...

`time_scale` is 0.01 unless the marker says otherwise. The clients talk to the stand-in
in-process (`transport()`); `dify_fake.server()` starts a loopback server for code that
needs a URL (a CLI, another process, many sockets).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from ._async_client import AsyncWorkflowClient
from ._client import WorkflowClient
from .chat._async_client import AsyncChatClient
from .chat._client import ChatClient
from .testing import FakeDify, FakeServer, server, transport

__all__ = ["DifyFake"]

DEFAULT_TIME_SCALE = 0.01
KEY = "app-dify-fake-fixture"


@dataclass
class DifyFake:
    """What the `dify_fake` fixture gives: the stand-in, and a sync and an async client of
    each app kind on it (`client`/`async_client` for a Workflow app, `chat`/`async_chat`
    for a Chatflow)."""

    fake: FakeDify
    client: WorkflowClient
    async_client: AsyncWorkflowClient
    chat: ChatClient
    async_chat: AsyncChatClient

    def server(self) -> FakeServer:
        """A loopback server for the same stand-in; use it with `with` (its `url` ends in /v1)."""
        return server(self.fake)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "dify_app(source, **scenario): the dify_fake fixture plays this DSL export (FakeDify.from_dsl)",
    )


@pytest.fixture
def dify_fake(request: pytest.FixtureRequest) -> Iterator[DifyFake]:
    """A `FakeDify` (the recorded app, or the one of a `dify_app` marker) with a
    `WorkflowClient`, an `AsyncWorkflowClient`, a `ChatClient` and an `AsyncChatClient`
    on it; closed after the test."""
    marker = request.node.get_closest_marker("dify_app")
    if marker is None:
        fake = FakeDify(time_scale=DEFAULT_TIME_SCALE)
    else:
        options: dict[str, Any] = {"time_scale": DEFAULT_TIME_SCALE, **marker.kwargs}
        fake = FakeDify.from_dsl(*marker.args, **options)
    sync_http = httpx.Client(transport=transport(fake))
    async_http = httpx.AsyncClient(transport=transport(fake))
    client = WorkflowClient(api_key=KEY, http_client=sync_http)
    async_client = AsyncWorkflowClient(api_key=KEY, http_client=async_http)
    chat = ChatClient(api_key=KEY, http_client=sync_http)
    async_chat = AsyncChatClient(api_key=KEY, http_client=async_http)
    try:
        yield DifyFake(fake=fake, client=client, async_client=async_client, chat=chat, async_chat=async_chat)
    finally:
        sync_http.close()
        asyncio.run(async_http.aclose())  # teardown runs outside the test's event loop
