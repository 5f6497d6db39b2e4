"""Where the real server (Dify 1.15.0, tests/data/dify-recordings) or the spec's own
examples disagree with the vendored spec: the one place that lists them, each with a
sentence. The contract suite finds disagreements by validation and fails when one is
missing here or one listed here no longer disagrees; the facade handles what the server
sends in every case.
"""

from __future__ import annotations

import re

RECORDINGS: dict[str, str] = {
    "31-end-user-not-uuid": (
        "An end-user id that is not a UUID matches no route, and Dify answers with its HTML "
        "404 page, not the documented JSON; the facade raises NotFoundError with code None "
        "and a message naming the URL called."
    ),
    "62-error-401-bad-key": (
        "A wrong key gives 401 `unauthorized` (with WWW-Authenticate), a status the spec does "
        "not document for POST /workflows/run; the facade raises AuthenticationError."
    ),
    "63-error-401-no-auth": (
        "No Authorization header gives the same undocumented 401; the facade always sends "
        "the key, so only a proxy that strips it can cause this."
    ),
    "70-error-415-no-body": (
        "A request without a JSON body gives 415 `unsupported_media_type`, undocumented for "
        "POST /workflows/run; the facade always sends a JSON body, and maps 415 to "
        "UnsupportedMediaTypeError."
    ),
    "74-error-405-get-workflows-run": (
        "GET /workflows/run (the wrong method) gives a JSON 405 `method_not_allowed`; no spec "
        "operation covers it, and the facade never sends it; 405 maps to APIStatusError."
    ),
    "125-chatflow-conversation-delete": (
        "DELETE /conversations/{id} answers 204 with an empty body but a `Content-Type: "
        "application/json` header, which the spec does not document for 204; the facade reads "
        "no body from it and returns None."
    ),
    "130-hichat-messages-while-paused": (
        "A message waiting at a human-input form lists its form in `extra_contents` (a field "
        "the spec leaves open) with `form_submission_data: null`, which the spec's item schema "
        "does not allow; the facade keeps `extra_contents` in `Message.raw` and reads none of it."
    ),
    "132-hichat-events-after-submit": (
        "GET /workflow/{id}/events of a Chatflow run streams the chat stream's events (`message`, "
        "`message_end`, with `conversation_id`), which the spec documents only for "
        "POST /chat-messages; the ChatClient reads such a stream with the chat events, the "
        "WorkflowClient yields them as UnknownEvent."
    ),
    "134-hichat-chat-blocking-paused": (
        "A blocking chat message that pauses at human input answers `event: workflow_paused` "
        "with `metadata.usage: null` (no model ran to the end), which the spec does not allow; "
        "`ChatMessageResult.usage` is then `{}` and `paused` is True."
    ),
    "76-error-404-unknown-route": (
        "An unknown route gives Dify's HTML 404 page; the facade raises NotFoundError whose "
        "message says that Dify's API base URL usually ends in /v1."
    ),
}

# Operations no recording shows (the recorded apps have no annotation reply model, no file
# of a message); the other three sources (spec examples, generated bodies, Prism) cover them.
NOT_RECORDED: dict[tuple[str, str], str] = {
    ("GET", "/files/{file_id}/preview"): "no recorded message carries a file",
    ("POST", "/apps/annotation-reply/{action}"): "needs an embedding model the recording server had not",
    ("GET", "/apps/annotation-reply/{action}/status/{job_id}"): "needs a job of the operation above",
    ("PUT", "/apps/annotations/{annotation_id}"): "not recorded (create and list are, 123-124)",
    ("DELETE", "/apps/annotations/{annotation_id}"): "not recorded (create and list are, 123-124)",
}

EXAMPLES: dict[str, str] = {
    "text/event-stream": (
        "The spec's event-stream examples hold every frame on one line (`... }} data: {...`): "
        "the YAML folded scalar that carries them dropped the blank lines that end SSE events. "
        "The suite serves them as the server frames streams (one `data: {json}` line and a "
        "blank line per event, recordings 01-95) before the facade parses them."
    ),
    "chatflow events": (
        "The events example `resumedRunChatflow` shows an advanced-chat app's stream, whose "
        "`reasoning_chunk` carries no `workflow_run_id`; every workflow app event does "
        "(recordings 01-96, and overlay 004 makes it required). The workflow facade yields it "
        "as a MalformedEvent naming the missing id, and the stream goes on."
    ),
    "node execution ids": (
        "The node events of the spec's stream examples carry ids like `node_exec_1`, while the "
        "schema (and the server, recordings 01-95) make `data.id` a UUID; the facade keeps ids "
        "as the strings the server sent (it checks types, not formats), so those events parse."
    ),
}

# Fields the spec leaves optional but the facade needs, because the server always sends
# them: (method, path) -> (field, sentence).
REQUIRED_BY_THE_FACADE: dict[tuple[str, str], tuple[str, str]] = {
    ("POST", "/workflows/tasks/{task_id}/stop"): (
        "result",
        "The spec does not mark the stop answer's `result` required, but Dify always sends it "
        "(recordings 03, 09, 83, 84, 87) and it is what stop_task returns; a 200 without it is "
        "APIResponseValidationError.",
    ),
    ("POST", "/chat-messages/{task_id}/stop"): (
        "result",
        "As for the workflow stop: Dify sends `result` (recording 106) and stop_message returns "
        "it; a 200 without it is APIResponseValidationError.",
    ),
    ("GET", "/messages/{message_id}/suggested"): (
        "data",
        "The spec leaves `data` optional; it is what get_suggested_questions returns, so a 200 "
        "without it is APIResponseValidationError (no recording has a successful answer: the "
        "recorded app has the feature off, 114).",
    ),
    ("POST", "/audio-to-text"): (
        "text",
        "The spec leaves `text` optional in the audio-to-text answer; it is the answer's only "
        "field and what audio_to_text returns, so a 200 without it is APIResponseValidationError "
        "(the recordings have no successful transcription to compare with).",
    ),
}


def as_the_server_sends(method: str, path: str, value: object) -> object:
    """A schema-generated answer made as Dify sends it where the spec cannot say so (see
    RUN_DETAIL_INPUTS)."""
    if (method, path) == ("GET", "/workflows/run/{workflow_run_id}") and isinstance(value, dict):
        inputs = value.get("inputs")
        if isinstance(inputs, str):
            import json

            return {**value, "inputs": json.dumps({"text": inputs})}
    return value


RUN_DETAIL_INPUTS = (
    "Run detail's `inputs` is a string in the spec (OpenAPI 3.0 cannot say 'JSON text of an "
    "object'); Dify sends the run's inputs as JSON text (recordings 04, 05, 44, 51, 59, 79, 88, "
    "91, 95). The facade parses it into a dict, and text that is not a JSON object is "
    "APIResponseValidationError; schema-generated answers carry JSON text there."
)

_FRAME = re.compile(r"(?:^|\s)data: ")


def sse_from_example(value: object) -> bytes:
    """A spec event-stream example as the server would send it (see EXAMPLES)."""
    text = str(value)
    if "\n\n" in text:
        return text.encode("utf-8")
    parts = [p.strip() for p in _FRAME.split(text) if p.strip()]
    return "".join(f"data: {p}\n\n" for p in parts).encode("utf-8")


def chatflow_event_without_run_id(case_id: str, event: dict[str, object]) -> bool:
    """True for an event of the "chatflow events" difference."""
    return "Chatflow" in case_id and "workflow_run_id" not in event
