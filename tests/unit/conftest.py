from __future__ import annotations

import pytest

from tests.unit._helpers import Runner


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Runner:
    """Each test using it runs against WorkflowClient and AsyncWorkflowClient."""
    return Runner(request.param)


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record backoff sleeps instead of sleeping; timing is tested on real sockets."""
    slept: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        slept.append(seconds)

    for sync, async_ in (("_app", "_async_app"), ("_client", "_async_client")):
        monkeypatch.setattr(f"dify_workflow.{sync}._sleep", slept.append)
        monkeypatch.setattr(f"dify_workflow.{async_}._async_sleep", fake_async_sleep)
    return slept
