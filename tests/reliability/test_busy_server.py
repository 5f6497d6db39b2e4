"""A busy Dify queues runs silently (recordings 98-101): one ping, then nothing until a
worker takes the run, no ids and no log entry until then, and closing the stream does not
cancel it. Waiting is not a fault, a run given up on is found (never guessed), and
detached runs (submit / resolve / attach / wait) work across processes. Every test runs
the stand-in with `worker_slots=1` over a real loopback socket."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from dify_workflow import (
    APITimeoutError,
    AsyncWorkflowClient,
    InvalidInputError,
    RunHandle,
    WorkflowClient,
)
from dify_workflow.testing import FakeDify, FakeServer, server
from tests._support import KEY, KINDS, ROOT, backend

SCALE = 0.1  # the recorded app's `seconds` input, times this, is how long a run takes


def occupy(fake: FakeDify, seconds: float, user: str = "someone-else") -> None:
    """Take the stand-in's worker slot with a run of `seconds` (scaled) of another user."""
    body = {"inputs": {"seconds": str(seconds / SCALE)}, "response_mode": "blocking", "user": user}
    fake.handle(
        "POST",
        "/v1/workflows/run",
        {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
        json.dumps(body).encode(),
    )


@pytest.fixture
def busy() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = FakeDify(worker_slots=1, time_scale=SCALE)
    with server(fake) as dify:
        yield fake, dify


def run_kind(kind: str, url: str, body: Any, **options: Any) -> Any:
    """Run `body(client)` (a coroutine function for the async kinds) on a client of `kind`."""
    settings = {"api_key": KEY, "base_url": url, **options}
    if kind == "sync":
        with WorkflowClient(**settings) as client:
            return body(client)

    async def main() -> Any:
        async with AsyncWorkflowClient(**settings, **backend(kind)) as client:
            return await body(client)

    return asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_a_run_that_waits_longer_than_the_idle_timeout_streams_to_its_outcome(
    kind: str, busy: tuple[FakeDify, FakeServer]
) -> None:
    fake, dify = busy
    occupy(fake, 2.0)  # the new run waits about 2 s: four times the idle timeout

    def sync(client: WorkflowClient) -> tuple[str, float, bool]:
        with client.stream_workflow({"seconds": "1"}, user="u") as stream:
            return stream.outcome().status, stream.waited, stream.waiting

    async def asynchronous(client: AsyncWorkflowClient) -> tuple[str, float, bool]:
        async with client.stream_workflow({"seconds": "1"}, user="u") as stream:
            return (await stream.outcome()).status, stream.waited, stream.waiting

    status, waited, waiting = run_kind(
        kind, dify.url, sync if kind == "sync" else asynchronous, stream_idle_timeout=0.5
    )
    assert status == "succeeded"
    assert waited > 1.0 and waiting is False
    assert len(fake.runs) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_wait_given_up_names_the_pending_run_which_then_resolves(
    kind: str, busy: tuple[FakeDify, FakeServer]
) -> None:
    fake, dify = busy
    occupy(fake, 1.5)

    def sync(client: WorkflowClient) -> tuple[APITimeoutError, Any]:
        with pytest.raises(APITimeoutError) as caught:
            with client.stream_workflow({"seconds": "1"}, user="u", queue_timeout=0.3):
                pass
        assert caught.value.pending_run is not None
        return caught.value, client.wait(caught.value.pending_run, timeout=20)

    async def asynchronous(client: AsyncWorkflowClient) -> tuple[APITimeoutError, Any]:
        with pytest.raises(APITimeoutError) as caught:
            async with client.stream_workflow({"seconds": "1"}, user="u", queue_timeout=0.3):
                pass
        assert caught.value.pending_run is not None
        return caught.value, await client.wait(caught.value.pending_run, timeout=20)

    error, detail = run_kind(kind, dify.url, sync if kind == "sync" else asynchronous)
    assert "waited" in error.message and "queue_timeout 0.3 s" in error.message
    assert "may still start and be billed" in error.message
    assert error.workflow_run_id is None
    pending = error.pending_run
    assert pending is not None and pending.pending and pending.user == "u"
    # The run went on after the stream was given up, and the handle found it.
    assert detail.status == "succeeded"
    ours = [r for r in fake.runs.values() if r.user == "u"]
    assert [r.run_id for r in ours] == [detail.id]


def test_queue_timeout_set_on_the_client_applies_to_every_stream(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    occupy(fake, 1.5)
    with WorkflowClient(api_key=KEY, base_url=dify.url, queue_timeout=0.3) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            with client.stream_workflow({"seconds": "1"}, user="u"):
                pass
        assert time.monotonic() - started < 1.2
        assert caught.value.pending_run is not None
        # math.inf on a call lifts the client's bound.
        with client.stream_workflow({"seconds": "1"}, user="u", queue_timeout=float("inf")) as stream:
            assert stream.outcome().status == "succeeded"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_blocking_run_that_times_out_while_waiting_resolves_through_wait(
    kind: str, busy: tuple[FakeDify, FakeServer]
) -> None:
    fake, dify = busy
    occupy(fake, 1.5)

    def sync(client: WorkflowClient) -> tuple[APITimeoutError, Any]:
        with pytest.raises(APITimeoutError) as caught:
            client.run_workflow({"seconds": "2"}, user="blocking-user", timeout=0.5)
        assert caught.value.pending_run is not None
        return caught.value, client.wait(caught.value.pending_run, timeout=20)

    async def asynchronous(client: AsyncWorkflowClient) -> tuple[APITimeoutError, Any]:
        with pytest.raises(APITimeoutError) as caught:
            await client.run_workflow({"seconds": "2"}, user="blocking-user", timeout=0.5)
        assert caught.value.pending_run is not None
        return caught.value, await client.wait(caught.value.pending_run, timeout=20)

    error, detail = run_kind(kind, dify.url, sync if kind == "sync" else asynchronous)
    ours = [r for r in fake.runs.values() if r.user == "blocking-user"]
    assert [r.run_id for r in ours] == [detail.id] and detail.status == "succeeded"
    assert error.pending_run is not None and error.pending_run.inputs_digest.keys() == {"seconds"}


def test_with_your_own_http_client_the_wait_is_bounded_by_the_idle_timeout(
    busy: tuple[FakeDify, FakeServer],
) -> None:
    fake, dify = busy
    occupy(fake, 1.5)
    with WorkflowClient(
        api_key=KEY, base_url=dify.url, http_client=httpx.Client(), stream_idle_timeout=0.4
    ) as client:
        with pytest.raises(APITimeoutError) as caught:
            with client.stream_workflow({"seconds": "1"}, user="u"):
                pass
        assert "while the run waited for a Dify worker" in caught.value.message
        assert "stream_idle_timeout" in caught.value.message
        pending = caught.value.pending_run
        assert pending is not None
        assert client.wait(pending, timeout=20).status == "succeeded"


def test_a_run_given_up_on_is_never_confused_with_one_the_client_saw_start(
    busy: tuple[FakeDify, FakeServer],
) -> None:
    fake, dify = busy
    occupy(fake, 1.0)
    with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        # Two runs of the same user and inputs: the first is given up on while it waits,
        # the second is followed to its end; the first's handle must find the other run.
        with pytest.raises(APITimeoutError) as caught:
            with client.stream_workflow({"seconds": "1"}, user="twin", queue_timeout=0.2):
                pass
        with client.stream_workflow({"seconds": "1"}, user="twin") as second:
            seen = second.outcome().workflow_run_id
        pending = caught.value.pending_run
        assert pending is not None
        found = client.resolve(pending, timeout=20)
    twins = {r.run_id for r in fake.runs.values() if r.user == "twin"}
    assert len(twins) == 2 and found.workflow_run_id in twins and found.workflow_run_id != seen


def test_a_handle_that_finds_no_run_times_out_with_the_handle(busy: tuple[FakeDify, FakeServer]) -> None:
    _fake, dify = busy
    lost = RunHandle(user="nobody", sent_at=time.time(), inputs_digest={"seconds": "0" * 24})
    with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.wait(lost, timeout=0.8)
    assert time.monotonic() - started < 3
    assert caught.value.pending_run == lost and "no run of this handle appeared" in caught.value.message


def test_submit_returns_the_ids_of_a_run_that_starts_at_once(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        handle = client.submit({"seconds": "5"}, user="u")
        assert not handle.pending and handle.task_id is not None
        assert fake.runs[handle.workflow_run_id].status == "running"  # it goes on without us
        assert client.wait(handle, timeout=20).status == "succeeded"


def test_submit_refuses_inputs_dify_refuses(busy: tuple[FakeDify, FakeServer]) -> None:
    from dify_workflow import BadRequestError

    fake = FakeDify.from_dsl(
        ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml"
    )
    with server(fake) as dify, WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        with pytest.raises(BadRequestError) as caught:
            client.submit({}, user="u")
    assert caught.value.code == "invalid_param" and caught.value.message == "topic is required in input form"


def test_stop_task_takes_a_handle(busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        handle = client.submit({"seconds": "50"}, user="u")
        assert client.stop_task(handle).result == "success"
        assert fake.stops == [handle.task_id]
        assert client.wait(handle, timeout=20).status == "stopped"
        with pytest.raises(InvalidInputError) as caught:
            client.stop_task(RunHandle(user="u", sent_at=0.0))
        assert "no task id yet" in str(caught.value)


def test_attach_follows_a_pending_handle_and_gives_a_finished_run_its_end(
    busy: tuple[FakeDify, FakeServer],
) -> None:
    fake, dify = busy
    occupy(fake, 1.0)

    async def main() -> tuple[str, str]:
        async with AsyncWorkflowClient(api_key=KEY, base_url=dify.url) as client:
            handle = await client.submit({"seconds": "3"}, user="u", wait_for_ids=0.2)
            assert handle.pending
            async with await client.attach(handle) as stream:
                live = (await stream.outcome()).status
            async with await client.attach(handle) as stream:  # the same run, now over
                again = (await stream.until_done()).status
            return live, again

    assert asyncio.run(main()) == ("succeeded", "succeeded")


_SUBMITTER = """
import sys
from dify_workflow import WorkflowClient
with WorkflowClient(api_key=sys.argv[1], base_url=sys.argv[2]) as client:
    print(client.submit({"seconds": sys.argv[3]}, user="detached", wait_for_ids=float(sys.argv[4])).to_json())
"""


@pytest.mark.parametrize("pending", [False, True], ids=["with-ids", "pending"])
def test_submit_in_one_process_wait_in_another(pending: bool, busy: tuple[FakeDify, FakeServer]) -> None:
    fake, dify = busy
    if pending:
        occupy(fake, 1.5)
    submitted = subprocess.run(
        [sys.executable, "-c", _SUBMITTER, KEY, dify.url, "3", "0.3"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    handle = RunHandle.from_json(submitted.stdout)
    assert handle.pending is pending
    waiter = textwrap.dedent(
        """
        import sys
        from dify_workflow import RunHandle, WorkflowClient
        with WorkflowClient(api_key=sys.argv[1], base_url=sys.argv[2]) as client:
            detail = client.wait(RunHandle.from_json(sys.argv[3]), timeout=30)
            print(detail.status, detail.id)
        """
    )
    waited = subprocess.run(
        [sys.executable, "-c", waiter, KEY, dify.url, submitted.stdout],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    status, run_id = waited.stdout.split()
    ours = [r.run_id for r in fake.runs.values() if r.user == "detached"]
    assert status == "succeeded" and ours == [run_id]
    assert KEY not in submitted.stdout


def test_a_handle_round_trips_through_json_and_refuses_what_is_not_one() -> None:
    handle = RunHandle(
        user="u", sent_at=1796522010.0, inputs_digest={"topic": "ab" * 12}, task_id="t", workflow_run_id="r"
    )
    assert RunHandle.from_json(handle.to_json()) == handle
    assert RunHandle.from_json(handle.to_json()).inputs_digest == {"topic": "ab" * 12}
    for text, says in [
        ("not json", "one JSON object"),
        ('{"user": "u"}', "not a run handle"),
        ('{"dify_run_handle": 1, "sent_at": 1, "inputs_digest": {}}', "no 'user'"),
        ('{"dify_run_handle": 1, "user": "u", "inputs_digest": {}}', "no 'sent_at'"),
        ('{"dify_run_handle": 1, "user": "u", "sent_at": 1, "inputs_digest": {"a": 1}}', "inputs_digest"),
        ('{"dify_run_handle": 1, "user": "u", "sent_at": 1, "inputs_digest": {}, "task_id": 5}', "'task_id'"),
    ]:
        with pytest.raises(InvalidInputError) as caught:
            RunHandle.from_json(text)
        assert says in str(caught.value)


_SILENT_DEATH = """
import asyncio, json, sys, threading, time
sys.path.insert(0, sys.argv[2])
from tests import _netns
_netns.enter()
from dify_workflow import _deadline
# Keepalive in seconds instead of tens of seconds: 1 s idle, 2 probes 1 s apart.
_deadline.KEEPALIVE_IDLE, _deadline.KEEPALIVE_INTERVAL, _deadline.KEEPALIVE_COUNT = 1, 1, 2
from dify_workflow import APIConnectionError, AsyncWorkflowClient, WorkflowClient
from dify_workflow.testing import FakeDify, server
from tests.reliability.test_busy_server import KEY, occupy

kind = sys.argv[1]
fake = FakeDify(worker_slots=1, time_scale=0.1)
with server(fake) as dify:
    occupy(fake, 60.0)
    def cut():
        time.sleep(1.0)  # the run waits for a worker by now: no byte is due
        _netns.loopback(up=False)
    threading.Thread(target=cut, daemon=True).start()
    started = time.monotonic()
    try:
        if kind == "sync":
            with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
                with client.stream_workflow({"seconds": "1"}, user="u"):
                    pass
        else:
            async def main():
                options = {"http_backend": "aiohttp"} if kind == "aiohttp" else {}
                async with AsyncWorkflowClient(api_key=KEY, base_url=dify.url, **options) as client:
                    async with client.stream_workflow({"seconds": "1"}, user="u"):
                        pass
            asyncio.run(main())
        print(json.dumps({"error": None}))
    except APIConnectionError as exc:
        print(json.dumps({
            "error": type(exc).__name__,
            "message": exc.message,
            "after": time.monotonic() - started,
            "pending": exc.pending_run is not None and exc.pending_run.pending,
        }))
"""


@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_that_dies_silently_while_waiting_is_reported(kind: str) -> None:
    # A private network namespace whose loopback goes down mid-wait: no FIN, no RST, the
    # packets just stop. TCP keepalive (scaled down here to 1 s + 2 x 1 s) must notice.
    probe = subprocess.run(
        [sys.executable, "-c", "from tests import _netns; _netns.enter()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"this system gives no private network namespace: {probe.stderr.strip()[-200:]}")
    done = subprocess.run(
        [sys.executable, "-c", _SILENT_DEATH, kind, str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["error"] == "APIConnectionError", result
    assert result["pending"] is True and "may still start and be billed" in result["message"]
    # Cut at 1 s; noticed after 1 s of silence and 2 unanswered probes: about 4 s.
    assert 2.5 < result["after"] < 8.0, result


def test_the_clients_own_sockets_keep_alive_with_the_documented_settings(
    busy: tuple[FakeDify, FakeServer],
) -> None:
    import socket

    from dify_workflow._base_client import KEEPALIVE_COUNT, KEEPALIVE_IDLE, KEEPALIVE_INTERVAL

    _fake, dify = busy
    with WorkflowClient(api_key=KEY, base_url=dify.url) as client:
        with client.stream_workflow({"seconds": "1"}, user="u") as stream:
            assert stream.response is not None
            sock = stream.response.extensions["network_stream"].get_extra_info("socket")
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == KEEPALIVE_IDLE
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == KEEPALIVE_INTERVAL
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == KEEPALIVE_COUNT
            stream.outcome()
    assert (KEEPALIVE_IDLE + KEEPALIVE_INTERVAL * KEEPALIVE_COUNT) == 40  # what the README promises
