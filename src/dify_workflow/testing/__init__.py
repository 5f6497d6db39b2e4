"""A stand-in for Dify, for your tests and demos: no account, no network beyond loopback.

    import httpx
    from dify_workflow import WorkflowClient
    from dify_workflow.testing import FakeDify

    fake = FakeDify.from_dsl("my_app.yml", outputs={"llm": {"text": "Hi"}}, time_scale=0.01)
    client = WorkflowClient(api_key="test", http_client=httpx.Client(transport=fake.transport()))
    with client.stream_workflow({"question": "?"}, user="u") as stream:
        outcome = stream.outcome()            # status "succeeded", outputs from the scenario

It plays a workflow app from its Dify DSL export, as Dify 1.15.0 plays it (see
`FakeDify.from_dsl`); `FakeDify()` plays the app the package's recordings were made
with (an input `seconds`, an HTTP node that takes that long, outputs `status_code` and
`body`). Streams are framed as Dify frames them (a first ping, `data:` frames, pings
after `ping_interval` s of silence); a stop ends a live run 0.2 s later with the `failed`
workflow_finished ("Aborted: User requested stop") while run detail says "stopped"; any
stop answers success; input errors fail inside the stream in streaming mode and are 400
`invalid_param` in blocking mode; runs appear in the logs; uploads, app settings and end
users answer with recorded bodies; errors are Dify's JSON bodies. `transport()` serves
sync and async clients in-process; `server()` listens on a loopback port for
subprocesses (a CLI) and other languages. This package imports none of the clients.
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
