"""What a client takes from its environment: proxies (HTTP_PROXY, NO_PROXY, credentials in
the proxy URL) on both pools, and never `~/.netrc`, whose entry for the Dify host would
otherwise put other credentials beside the key; and what it keeps between calls: the
cookie a load balancer sets (stickiness), sent back as httpx and aiohttp do."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest

from dify_workflow import AsyncWorkflowClient, StopTaskResult, WorkflowClient
from tests._fault_server import FaultServer, ok, reply
from tests._support import KEY, KINDS, backend


def stop(kind: str, base_url: str) -> StopTaskResult:
    if kind == "sync":
        with WorkflowClient(api_key=KEY, base_url=base_url, max_retries=0) as client:
            return client.stop_task("t-1", user="u")

    async def main() -> StopTaskResult:
        async with AsyncWorkflowClient(
            api_key=KEY, base_url=base_url, max_retries=0, **backend(kind)
        ) as client:
            return await client.stop_task("t-1", user="u")

    return asyncio.run(main())


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "NETRC"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.filterwarnings("ignore:base_url uses plain http")
@pytest.mark.parametrize("kind", KINDS)
def test_a_proxy_from_the_environment_carries_the_calls(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer(default=ok()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"http://ops:s3cret@127.0.0.1:{proxy.server_address[1]}")
        # The Dify host resolves nowhere: only the proxy can have answered.
        assert stop(kind, "http://dify.invalid/v1").result == "success"
        (seen,) = proxy.requests
    assert (seen.method, seen.raw_path) == ("POST", "http://dify.invalid/v1/workflows/tasks/t-1/stop")
    assert seen.headers["authorization"] == f"Bearer {KEY}"
    assert seen.headers["proxy-authorization"] == "Basic " + base64.b64encode(b"ops:s3cret").decode()


@pytest.mark.parametrize("kind", KINDS)
def test_no_proxy_sends_straight_to_the_host(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer(default=ok()) as proxy, FaultServer(default=ok()) as dify:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert stop(kind, dify.url).result == "success"
        assert proxy.requests == [] and [s.raw_path for s in dify.requests] == [
            "/v1/workflows/tasks/t-1/stop"
        ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_netrc_entry_for_the_host_changes_nothing(
    kind: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password other\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".netrc").write_text(netrc.read_text())
    (tmp_path / ".netrc").chmod(0o600)
    with FaultServer(default=ok()) as dify:
        assert stop(kind, dify.url).result == "success"
        (seen,) = dify.requests
    assert seen.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("kind", KINDS)
def test_a_cookie_the_server_sets_is_sent_back(kind: str) -> None:
    sticky = reply(200, {"result": "success"}, {"Set-Cookie": "lb=node-7; Path=/"})
    with FaultServer(default=ok()) as dify:
        dify.script(sticky)
        if kind == "sync":
            with WorkflowClient(api_key=KEY, base_url=dify.url, max_retries=0) as client:
                client.stop_task("t-1", user="u")
                client.stop_task("t-2", user="u")
        else:

            async def main() -> None:
                async with AsyncWorkflowClient(
                    api_key=KEY, base_url=dify.url, max_retries=0, **backend(kind)
                ) as client:
                    await client.stop_task("t-1", user="u")
                    await client.stop_task("t-2", user="u")

            asyncio.run(main())
        first, second = dify.requests
    assert "cookie" not in first.headers and second.headers["cookie"] == "lb=node-7"
