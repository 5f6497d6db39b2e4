"""Each spec operation called through its public facade method, with arguments taken from
the operation's request example (or documented defaults), on either client.

The table is keyed by (METHOD, path), the identity that survives upstream renames; a new
operation without an entry fails `test_every_operation_has_a_facade_call`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from dify_workflow import ChatClient, WorkflowClient
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
    """The facade's answer for `case`'s operation (events as a list for streams). A chat
    operation is called on a ChatClient with `client`'s settings and connection pool."""
    key = (case.method, case.path)
    if key in CHAT_CALLS:
        with as_chat(client) as chat:
            return CHAT_CALLS[key](chat, case, streaming)
    return CALLS[key](client, case, streaming)


def as_chat(client: WorkflowClient) -> ChatClient:
    """A ChatClient with the settings of `client` (and its http_client, if it was given one)."""
    http = None if client._own_pool else client._pool.http
    return ChatClient(
        api_key=client._api_key,
        base_url=client.base_url,
        http_client=http,  # type: ignore[arg-type]
        lang=client.lang,
        max_retries=client.max_retries,
        default_headers=client._default_headers,
        timeout=client.timeout,
    )


def served(status: int, media_type: str, value: Any) -> tuple[int, dict[str, str], bytes]:
    """What a server sends for a documented response example."""
    if media_type == "text/event-stream":
        return status, {"Content-Type": "text/event-stream; charset=utf-8"}, sse_from_example(value)
    if media_type.startswith("application/json"):
        return status, {"Content-Type": "application/json"}, json.dumps(value).encode()
    body = value.encode() if isinstance(value, str) else bytes(value or b"")
    return status, {"Content-Type": media_type}, body


# -- the chat API ---------------------------------------------------------------------------


def _message(client: ChatClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    kwargs: dict[str, Any] = {"user": example.get("user", USER), "inputs": example.get("inputs") or {}}
    if example.get("conversation_id"):
        kwargs["conversation_id"] = example["conversation_id"]
    if example.get("files"):
        kwargs["files"] = example["files"]
    query = example.get("query", "Hello")
    if not streaming:
        return client.send_message(query, **kwargs)
    with client.stream_message(query, **kwargs) as stream:
        return list(stream)


def _action(case: OperationCase) -> str:
    value = case.path_values().get("action", "enable")
    return value if value in ("enable", "disable") else "enable"


def _preview(client: ChatClient, case: OperationCase, streaming: bool) -> Any:
    with client.preview_file(case.path_values()["file_id"], user=USER) as preview:
        return preview.read()


def _rename(client: ChatClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    if example.get("auto_generate"):
        return client.rename_conversation(
            case.path_values()["conversation_id"], user=example.get("user", USER), auto_generate=True
        )
    return client.rename_conversation(
        case.path_values()["conversation_id"], example.get("name", "renamed"), user=example.get("user", USER)
    )


def _feedback(client: ChatClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    return client.send_feedback(
        case.path_values()["message_id"],
        user=example.get("user", USER),
        rating=example.get("rating", "like"),
        content=example.get("content"),
    )


def _annotation_reply(client: ChatClient, case: OperationCase, streaming: bool) -> Any:
    example = _example(case)
    return client.set_annotation_reply(
        _action(case),  # type: ignore[arg-type]
        embedding_provider_name=example.get("embedding_provider_name", "openai"),
        embedding_model_name=example.get("embedding_model_name", "text-embedding-3-small"),
        score_threshold=example.get("score_threshold", 0.9),
    )


CHAT_CALLS: dict[tuple[str, str], Callable[[ChatClient, OperationCase, bool], Any]] = {
    ("POST", "/chat-messages"): _message,
    ("POST", "/chat-messages/{task_id}/stop"): lambda c, case, s: c.stop_message(
        case.path_values()["task_id"], user=_example(case).get("user", USER)
    ),
    ("GET", "/messages/{message_id}/suggested"): lambda c, case, s: c.get_suggested_questions(
        case.path_values()["message_id"], user=USER
    ),
    ("GET", "/files/{file_id}/preview"): _preview,
    ("POST", "/messages/{message_id}/feedbacks"): _feedback,
    ("GET", "/app/feedbacks"): lambda c, case, s: c.list_feedbacks(),
    ("GET", "/conversations"): lambda c, case, s: c.list_conversations(user=USER),
    ("GET", "/messages"): lambda c, case, s: c.list_messages(SAMPLE_CONVERSATION, user=USER),
    ("GET", "/conversations/{conversation_id}/variables"): lambda c, case, s: c.list_conversation_variables(
        case.path_values()["conversation_id"], user=USER
    ),
    ("POST", "/conversations/{conversation_id}/name"): _rename,
    ("PUT", "/conversations/{conversation_id}/variables/{variable_id}"): lambda c, case, s: (
        c.update_conversation_variable(
            case.path_values()["conversation_id"],
            case.path_values()["variable_id"],
            _example(case).get("value", "new value"),
            user=_example(case).get("user", USER),
        )
    ),
    ("DELETE", "/conversations/{conversation_id}"): lambda c, case, s: c.delete_conversation(
        case.path_values()["conversation_id"], user=_example(case).get("user", USER)
    ),
    ("GET", "/apps/annotations"): lambda c, case, s: c.list_annotations(),
    ("POST", "/apps/annotations"): lambda c, case, s: c.create_annotation(
        _example(case).get("question", "Q?"), _example(case).get("answer", "A.")
    ),
    ("PUT", "/apps/annotations/{annotation_id}"): lambda c, case, s: c.update_annotation(
        case.path_values()["annotation_id"],
        _example(case).get("question", "Q?"),
        _example(case).get("answer", "A."),
    ),
    ("DELETE", "/apps/annotations/{annotation_id}"): lambda c, case, s: c.delete_annotation(
        case.path_values()["annotation_id"]
    ),
    ("POST", "/apps/annotation-reply/{action}"): _annotation_reply,
    ("GET", "/apps/annotation-reply/{action}/status/{job_id}"): lambda c, case, s: c.get_annotation_reply_job(
        _action(case),  # type: ignore[arg-type]
        case.path_values()["job_id"],
    ),
}
SAMPLE_CONVERSATION = "45701982-8118-4bc5-8e9b-64562b4555f2"
