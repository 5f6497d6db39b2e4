"""Mock-transport clients for the unit tests, sync and async behind one interface."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from dify_workflow import AsyncWorkflowClient, StopTaskResult, WorkflowClient
from tests._support import KEY

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a script."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return step


def ok(**headers: str) -> httpx.Response:
    return httpx.Response(200, json={"result": "success"}, headers=headers)


class Runner:
    """Runs stop_task on a sync or an async client built on a MockTransport."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def client(self, handler: Handler, **kwargs: Any) -> WorkflowClient | AsyncWorkflowClient:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", "https://api.dify.ai/v1")
        if self.kind == "sync":
            return WorkflowClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)
        return AsyncWorkflowClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs
        )

    def stop(
        self, client: WorkflowClient | AsyncWorkflowClient, task_id: Any, **kwargs: Any
    ) -> StopTaskResult:
        kwargs.setdefault("user", "user_workflow_123")
        if isinstance(client, WorkflowClient):
            return client.stop_task(task_id, **kwargs)
        return asyncio.run(client.stop_task(task_id, **kwargs))

    def call(
        self, client: WorkflowClient | AsyncWorkflowClient, method: str, *args: Any, **kwargs: Any
    ) -> Any:
        """Call a client method by name, awaiting it on the async client."""
        result = getattr(client, method)(*args, **kwargs)
        if asyncio.iscoroutine(result):
            return asyncio.run(result)
        return result
