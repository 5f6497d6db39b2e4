"""A stand-in for Dify, for your tests and demos: no account, no network beyond loopback.

    import httpx
    from dify_workflow import WorkflowClient
    from dify_workflow.testing import FakeDify, transport

    fake = FakeDify(time_scale=0.01)          # a 30 s run lasts 0.3 s
    client = WorkflowClient(api_key="test", http_client=httpx.Client(transport=transport(fake)))
    with client.stream_workflow({"seconds": "30"}, user="u") as stream:
        outcome = stream.stop()               # confirmed=True, status="stopped"
    assert fake.stops == [stream.task_id]

It plays the workflow app the package's recordings were made with (Dify 1.15.0): a
Start node with a text input `seconds`, an HTTP node that takes that many seconds, an
End node with `status_code` and `body`. Streams are framed as Dify frames them (a first
ping, `data:` frames, pings after 10 s of silence); a stop ends the live stream 0.2 s
later with the `failed` workflow_finished ("Aborted: User requested stop") while run
detail says "stopped"; any stop answers success; input errors fail inside the stream in
streaming mode and are 400 `invalid_param` in blocking mode; runs appear in the logs;
uploads, app settings and end users answer with recorded bodies; errors are Dify's JSON
bodies. `transport()` serves sync and async clients in-process; `server()` listens on a
loopback port for subprocesses (a CLI) and other languages.
"""

from __future__ import annotations

from ._adapters import FakeServer, FakeTransport
from ._fake import FakeDify, FakeRun

__all__ = ["FakeDify", "FakeRun", "FakeServer", "FakeTransport", "server", "transport"]


def transport(fake: FakeDify | None = None) -> FakeTransport:
    """An httpx transport (for `httpx.Client` and `httpx.AsyncClient`) answering like Dify."""
    return FakeTransport(fake or FakeDify())


def server(fake: FakeDify | None = None, *, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
    """A loopback HTTP server answering like Dify; use it with `with` and its `url`."""
    return FakeServer(fake or FakeDify(), host=host, port=port)
