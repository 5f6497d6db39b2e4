"""Each spec operation called through its public facade method, with arguments taken from
the operation's request example (or documented defaults), on either client.

The table is keyed by (METHOD, path), the identity that survives upstream renames; a new
operation without an entry fails `test_every_operation_has_a_facade_call`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from dify_workflow import WorkflowClient
from tests.contract._cases import OperationCase
from tests.contract.known_differences import sse_from_example

USER = "user_workflow_123"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"


def _example(case: OperationCase) -> dict[str, Any]:
    value = case.request_example()
    return value if isinstance(value, dict) else {}


def _run(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    kwargs: dict[str, Any] = {"user": example.get("user", USER)}
    if example.get("files"):
        kwargs["files"] = example["files"]
    if "{workflow_id}" in case.path:
        kwargs["workflow_id"] = case.path_values()["workflow_id"]
    inputs = example.get("inputs", {})
    if not streaming:
        return client.run_workflow(inputs, **kwargs)
    with client.stream_workflow(inputs, **kwargs) as stream:
        return list(stream)


def _events(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    with client.stream_workflow_events(case.path_values()["workflow_run_id"], user=USER) as stream:
        return list(stream)


def _upload(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    return client.upload_file(b"hello from the contract suite\n", user=USER, filename="notes.txt")


def _audio_to_text(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    return client.audio_to_text(WAV, user=USER, filename="hello.wav")


def _text_to_audio(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    with client.text_to_audio(
        example.get("text", "Hello"),
        user=example.get("user", USER),
        message_id=example.get("message_id"),
        voice=example.get("voice"),
    ) as audio:
        return audio.read()


def _submit(client: WorkflowClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    return client.submit_human_input_form(
        case.path_values()["form_token"],
        inputs=example.get("inputs", {}),
        action=example.get("action", "approve"),
        user=example.get("user", USER),
    )


CALLS: dict[tuple[str, str], Callable[[WorkflowClient, OperationCase, bool], Any]] = {
    ("POST", "/workflows/run"): _run,
    ("POST", "/workflows/{workflow_id}/run"): _run,
    ("POST", "/workflows/tasks/{task_id}/stop"): lambda c, case, s: c.stop_task(
        case.path_values()["task_id"], user=_example(case).get("user", USER)
    ),
    ("GET", "/workflows/run/{workflow_run_id}"): lambda c, case, s: c.get_workflow_run(
        case.path_values()["workflow_run_id"]
    ),
    ("GET", "/workflow/{workflow_run_id}/events"): _events,
    ("GET", "/workflows/logs"): lambda c, case, s: c.list_workflow_logs(),
    ("POST", "/files/upload"): _upload,
    ("POST", "/audio-to-text"): _audio_to_text,
    ("POST", "/text-to-audio"): _text_to_audio,
    ("GET", "/info"): lambda c, case, s: c.get_app_info(),
    ("GET", "/parameters"): lambda c, case, s: c.get_app_parameters(),
    ("GET", "/meta"): lambda c, case, s: c.get_app_meta(),
    ("GET", "/site"): lambda c, case, s: c.get_app_site(),
    ("GET", "/end-users/{end_user_id}"): lambda c, case, s: c.get_end_user(case.path_values()["end_user_id"]),
    ("GET", "/form/human_input/{form_token}"): lambda c, case, s: c.get_human_input_form(
        case.path_values()["form_token"]
    ),
    ("POST", "/form/human_input/{form_token}"): _submit,
}


def invoke(client: WorkflowClient, case: OperationCase, *, streaming: bool = False) -> Any:
    """The facade's answer for `case`'s operation (events as a list for streams)."""
    return CALLS[(case.method, case.path)](client, case, streaming)


def served(status: int, media_type: str, value: Any) -> tuple[int, dict[str, str], bytes]:
    """What a server sends for a documented response example."""
    if media_type == "text/event-stream":
        return status, {"Content-Type": "text/event-stream; charset=utf-8"}, sse_from_example(value)
    if media_type.startswith("application/json"):
        return status, {"Content-Type": "application/json"}, json.dumps(value).encode()
    body = value.encode() if isinstance(value, str) else bytes(value or b"")
    return status, {"Content-Type": media_type}, body
