"""FakeDify: the behaviour of a Dify workflow app, without I/O.

It plays a workflow app from its DSL export (`FakeDify.from_dsl`; by default the app the
recordings were made with: Start with a text input `seconds` → an HTTP node that takes
that many seconds → End), answering every operation the way Dify 1.15.0 did: stream
framing (a first `event: ping`, then `data:` frames, pings after 10 s of silence), a
stop that ends the live stream ~0.2 s later with a `failed` workflow_finished ("Aborted:
User requested stop") while run detail says "stopped", success for any stop, JSON error
bodies `{"code", "message", "status"}`. The runs themselves are `_engine`'s.
"""

from __future__ import annotations

import copy
import dataclasses
import email.utils
import json
import os
import re
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

from ._chat import ChatState
from ._dsl import load_app, variable
from ._engine import DslEngine, DslRun, NodeOutputs, Scenario
from ._wire import Reply, Wait, _error, _json, pydantic_error

if TYPE_CHECKING:
    from ._adapters import FakeTransport

__all__ = ["FakeDify", "FakeRun", "Reply", "Wait"]

_RECORDED: dict[str, Any] = json.loads(
    resources.files("dify_workflow.testing").joinpath("recorded.json").read_text("utf-8")
)
# The DSL export of the recorded app (apps/slow_workflow.yml, kept as JSON: no YAML parser
# is needed for the default app).
_RECORDED_APP: dict[str, Any] = json.loads(
    resources.files("dify_workflow.testing").joinpath("recorded_app.json").read_text("utf-8")
)
FakeRun = DslRun  # the name the runs had before the DSL engine
ABORTED = "Aborted: User requested stop"


_ROUTES = [
    ("POST", re.compile(r"/workflows/run"), "run"),
    ("POST", re.compile(r"/workflows/(?P<workflow_id>[^/]+)/run"), "run"),
    ("POST", re.compile(r"/workflows/tasks/(?P<task_id>[^/]+)/stop"), "stop"),
    ("GET", re.compile(r"/workflows/run/(?P<run_id>[^/]+)"), "detail"),
    ("GET", re.compile(r"/workflow/(?P<run_id>[^/]+)/events"), "events"),
    ("GET", re.compile(r"/workflows/logs"), "logs"),
    ("POST", re.compile(r"/files/upload"), "upload"),
    ("GET", re.compile(r"/info"), "info"),
    ("GET", re.compile(r"/parameters"), "parameters"),
    ("GET", re.compile(r"/meta"), "meta"),
    ("GET", re.compile(r"/site"), "site"),
    ("GET", re.compile(r"/end-users/(?P<end_user_id>[^/]+)"), "end_user"),
    ("GET", re.compile(r"/form/human_input/(?P<token>[^/]+)"), "form_get"),
    ("POST", re.compile(r"/form/human_input/(?P<token>[^/]+)"), "form_submit"),
    ("POST", re.compile(r"/audio-to-text"), "audio_to_text"),
    ("POST", re.compile(r"/text-to-audio"), "text_to_audio"),
    # The chat API (a Chatflow app's; a workflow app answers `not_chat_app`)
    ("POST", re.compile(r"/chat-messages"), "chat"),
    ("POST", re.compile(r"/chat-messages/(?P<task_id>[^/]+)/stop"), "chat_stop"),
    ("GET", re.compile(r"/conversations"), "conversations"),
    ("GET", re.compile(r"/messages"), "messages"),
    ("GET", re.compile(r"/conversations/(?P<conversation_id>[^/]+)/variables"), "variables"),
    (
        "PUT",
        re.compile(r"/conversations/(?P<conversation_id>[^/]+)/variables/(?P<variable_id>[^/]+)"),
        "variable",
    ),
    ("POST", re.compile(r"/conversations/(?P<conversation_id>[^/]+)/name"), "rename"),
    ("DELETE", re.compile(r"/conversations/(?P<conversation_id>[^/]+)"), "delete_conversation"),
    ("POST", re.compile(r"/messages/(?P<message_id>[^/]+)/feedbacks"), "feedback"),
    ("GET", re.compile(r"/app/feedbacks"), "feedbacks"),
    ("GET", re.compile(r"/messages/(?P<message_id>[^/]+)/suggested"), "suggested"),
    ("GET", re.compile(r"/apps/annotations"), "annotations"),
    ("POST", re.compile(r"/apps/annotations"), "annotation_create"),
    ("PUT", re.compile(r"/apps/annotations/(?P<annotation_id>[^/]+)"), "annotation_update"),
    ("DELETE", re.compile(r"/apps/annotations/(?P<annotation_id>[^/]+)"), "annotation_delete"),
]
# Routes of the chat API: a workflow app refuses them (recording 117).
_CHAT_ROUTES = frozenset(
    {
        "chat",
        "chat_stop",
        "conversations",
        "messages",
        "variables",
        "variable",
        "rename",
        "delete_conversation",
        "feedback",
        "feedbacks",
        "suggested",
        "annotations",
        "annotation_create",
        "annotation_update",
        "annotation_delete",
    }
)
_WORKFLOW_ROUTES = frozenset({"run", "stop", "logs"})
_WRONG_MODE = "Please check if your app mode matches the right API route."


class FakeDify:
    """A stand-in for a Dify workflow app, shared by `transport()` and `server()`.

    `time_scale` multiplies every duration of a run (0.01 makes a 30 s run last 0.3 s);
    `api_key`, when given (a key, or several), is what is accepted: any other key gets
    Dify's 401 `Access token is invalid`, a request without a Bearer header Dify's other 401.
    `requests` records (method, path, query, JSON body or None) of each request and
    `stops` the task id of each stop, for assertions in your tests. `extra_inputs` adds
    controls (Dify's `user_input_form` entries, such as
    `{"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}`) to
    the input form `/parameters` answers with. `max_active_runs`: more runs running at
    once get Dify's 429 `too_many_requests` (with a Retry-After); `throttled` counts them.
    `worker_slots`: how many runs execute at once, as Dify's Celery worker slots (Dify's
    docker default is 4); a run beyond them waits as on a busy server: its stream sends
    one ping and then nothing until a slot frees, it has no record (logs, run detail)
    until then, its `created_at` is the moment it starts, and closing its stream does not
    cancel it (recordings 98-101). A resumption after a form submit waits the same way.
    None (the default): every run starts at once.
    """

    def __init__(
        self,
        *,
        time_scale: float = 1.0,
        api_key: str | Sequence[str] | None = None,
        ping_interval: float = 10.0,
        extra_inputs: Sequence[Mapping[str, Any]] = (),
        max_active_runs: int | None = None,
        worker_slots: int | None = None,
    ) -> None:
        self.extra_inputs = [dict(control) for control in extra_inputs]
        self.time_scale = time_scale
        self.api_key = api_key
        self.ping_interval = ping_interval
        self.runs: dict[str, FakeRun] = {}
        self._engine = DslEngine(
            load_app(_RECORDED_APP), _recorded_scenario(), time_scale=time_scale, ping_interval=ping_interval
        )
        self._base_app = self._engine.app
        self._extra_played = 0
        self._engine.runs = self.runs
        self._engine.max_active_runs = max_active_runs
        self._engine.worker_slots = _slots(worker_slots)
        self.uploads: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []
        self.stops: list[str] = []
        self._lock = threading.Lock()
        # A Chatflow's conversations, feedback and annotations (empty for a workflow app).
        self.chat = ChatState((), "")

    @classmethod
    def from_dsl(
        cls,
        source: str | os.PathLike[str] | Mapping[str, Any],
        *,
        outputs: Mapping[str, NodeOutputs] | None = None,
        durations: Mapping[str, float] | None = None,
        fail: Mapping[str, str] | None = None,
        branch: Mapping[str, str] | None = None,
        chunks: Mapping[str, Sequence[str]] | None = None,
        speech_text: str | None = None,
        speech_audio: bytes | None = None,
        remote_urls: Sequence[str] = (),
        time_scale: float = 1.0,
        ping_interval: float = 10.0,
        api_key: str | Sequence[str] | None = None,
        max_active_runs: int | None = None,
        worker_slots: int | None = None,
    ) -> FakeDify:
        """A stand-in that plays your app from its DSL export (YAML text, a path, or the
        parsed mapping), with the scenario of one test, keyed by the DSL's node ids:

            fake = FakeDify.from_dsl("app.yml", outputs={"llm": {"text": "Hi"}}, time_scale=0.01)

        `outputs`: a node's outputs (a mapping, or a function of the run's inputs);
        `durations`: seconds a node takes; `fail`: node id -> the error it fails with;
        `branch`: an if-else case id / question-classifier class id / to take (if-else
        conditions on inputs are evaluated when not given); `chunks`: the text an LLM
        node streams; `speech_text` / `speech_audio`: what audio-to-text and
        text-to-audio answer when the app has them on; `remote_urls`: the remote file URLs
        the server can fetch (any other is Dify's "Reached maximum retries (3) for URL
        ..."). Unspecified outputs get
        type-correct defaults. A ValueError says what is wrong with the DSL.
        """
        fake = cls(time_scale=time_scale, api_key=api_key, ping_interval=ping_interval)
        max_active = max_active_runs
        scenario = Scenario(
            outputs=dict(outputs or {}),
            durations=dict(durations or {}),
            fail=dict(fail or {}),
            branch=dict(branch or {}),
            chunks={k: list(v) for k, v in (chunks or {}).items()},
            speech_text=speech_text,
            speech_audio=speech_audio,
            remote_urls=frozenset(remote_urls),
        )
        engine = DslEngine(load_app(source), scenario, time_scale=time_scale, ping_interval=ping_interval)
        engine.runs = fake.runs  # one table: the logs read it
        engine.max_active_runs = max_active
        engine.worker_slots = _slots(worker_slots)
        fake._engine = engine
        fake._base_app = engine.app
        fake.chat = ChatState(
            engine.app.conversation_variables, str(engine.app.features.get("opening_statement") or "")
        )
        return fake

    def transport(self) -> FakeTransport:
        """An httpx transport (for `httpx.Client` and `httpx.AsyncClient`) answering as this app."""
        from ._adapters import FakeTransport

        return FakeTransport(self)

    @property
    def throttled(self) -> int:
        """How many run requests were answered 429 (see `max_active_runs`)."""
        return self._engine.throttled

    @property
    def waiting(self) -> int:
        """How many runs (or resumptions) wait for a worker slot now (see `worker_slots`)."""
        return self._engine.waiting

    @property
    def forms(self) -> list[str]:
        """The tokens of the human-input forms the runs asked for, oldest first."""
        return list(self._engine.forms)

    # -- the one entry point -------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """The reply to one request (`target` is the path and query as sent)."""
        raw_path, _, raw_query = target.partition("?")
        query = {k: v[-1] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        path = raw_path[raw_path.index("/v1") + 3 :] if "/v1/" in raw_path + "/" else raw_path
        lowered = {k.lower(): v for k, v in headers.items()}
        payload = self._payload(lowered, body)
        if len(self.extra_inputs) != self._extra_played:
            self._play_extra_inputs()
        with self._lock:
            self.requests.append((method, path, query, payload if not isinstance(payload, bytes) else None))
        auth = lowered.get("authorization", "")
        # Dify's two 401s (recordings 62, 63): no Bearer header, and a key it does not know.
        if not auth.startswith("Bearer "):
            return _error(
                401, "unauthorized", "Authorization header must be provided and start with 'Bearer'"
            )
        if self.api_key is not None and auth[7:] not in self._keys:
            return _error(401, "unauthorized", "Access token is invalid")
        for verb, pattern, name in _ROUTES:
            match = pattern.fullmatch(path)
            if match and verb == method:
                params = {k: unquote(v) for k, v in match.groupdict().items()}
                chat_app = self._engine.app.chat
                if name in _CHAT_ROUTES and not chat_app:
                    return _error(400, "not_chat_app", _WRONG_MODE)
                if name in _WORKFLOW_ROUTES and chat_app and name != "logs":
                    return _error(400, "not_workflow_app", _WRONG_MODE)
                handler = getattr(self, "_" + name)
                reply: Reply = handler(query=query, payload=payload, **params)
                # Every answer of Dify's server carries its clock (it was removed from the
                # recordings); a client learns the server's time from it.
                reply.headers.append(("Date", email.utils.formatdate(usegmt=True)))
                return reply
        if any(p.fullmatch(path) for _, p, _ in _ROUTES):
            return _error(405, "method_not_allowed", "The method is not allowed for the requested URL.")
        return Reply(
            404,
            [("Content-Type", "text/html; charset=utf-8")],
            b"<!doctype html><title>404 Not Found</title>",
        )

    @property
    def _keys(self) -> frozenset[str]:
        key = self.api_key
        return frozenset([key] if isinstance(key, str) else key or ())

    def _play_extra_inputs(self) -> None:
        """`extra_inputs` are inputs of the Start node too: checked and kept as Dify keeps them."""
        extra = tuple(variable(body) for control in self.extra_inputs for body in control.values())
        self._engine.app = dataclasses.replace(self._base_app, variables=(*self._base_app.variables, *extra))
        self._extra_played = len(self.extra_inputs)

    @staticmethod
    def _payload(headers: Mapping[str, str], body: bytes) -> Any:
        kind = headers.get("content-type", "")
        if kind.startswith("application/json"):
            try:
                return json.loads(body or b"null")
            except ValueError:
                return ValueError
        return body

    # -- runs ------------------------------------------------------------------------------

    def _run(self, *, query: dict[str, str], payload: Any, workflow_id: str | None = None) -> Reply:
        if payload is ValueError:
            return _error(
                400,
                "bad_request",
                "The browser (or proxy) sent a request that this server could not understand.",
            )
        if not isinstance(payload, dict):
            return _error(
                415,
                "unsupported_media_type",
                "Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
            )
        inputs, user = payload.get("inputs"), payload.get("user")
        if "inputs" not in payload:
            message = pydantic_error("WorkflowRunPayload", "inputs", "Field required", "missing", payload)
            return _error(400, "invalid_param", message)
        if not isinstance(inputs, dict):
            message = pydantic_error(
                "WorkflowRunPayload", "inputs", "Input should be a valid dictionary", "dict_type", inputs
            )
            return _error(400, "invalid_param", message)
        mode = payload.get("response_mode", "blocking")
        if mode not in ("blocking", "streaming"):
            message = pydantic_error(
                "WorkflowRunPayload",
                "response_mode",
                "Input should be 'blocking' or 'streaming'",
                "literal_error",
                mode,
            )
            return _error(400, "invalid_param", message)
        if not isinstance(user, str) or not user:
            return _error(400, "invalid_param", "Arg user must be provided.")  # recording 66
        if workflow_id is not None and not _is_uuid(workflow_id):
            return _error(400, "bad_request", f"Invalid workflow_id format: '{workflow_id}'. ")  # 12
        if workflow_id is not None:
            return _error(404, "not_found", f"Workflow not found with id: {workflow_id}")  # 11
        sent_files = payload.get("files")
        files: list[Any] = sent_files if isinstance(sent_files, list) else []
        return self._engine.start(inputs, user, streaming=mode == "streaming", files=files)

    def _stop(self, *, query: dict[str, str], payload: Any, task_id: str) -> Reply:
        if not isinstance(payload, dict) or not isinstance(payload.get("user"), str):
            return _error(400, "invalid_param", "1 validation error for StopPayload\nuser\n  Field required")
        with self._lock:
            self.stops.append(task_id)
            self._engine.stop(task_id, payload["user"])
        return _json(200, {"result": "success"})

    def _detail(self, *, query: dict[str, str], payload: Any, run_id: str) -> Reply:
        if not _is_uuid(run_id):
            return _server_error()
        return self._engine.detail(run_id)

    def _events(self, *, query: dict[str, str], payload: Any, run_id: str) -> Reply:
        if not _is_uuid(run_id):
            return _server_error()
        return self._engine.events(run_id, query)

    # -- reads -----------------------------------------------------------------------------

    def _logs(self, *, query: dict[str, str], payload: Any) -> Reply:
        status = query.get("status")
        if status is not None and status not in ("succeeded", "failed", "stopped"):
            message = pydantic_error(
                "WorkflowLogQuery",
                "status",
                "Input should be 'succeeded', 'failed' or 'stopped'",
                "literal_error",
                status,
            )
            return _error(400, "invalid_param", message)
        try:
            page, limit = int(query.get("page", "1")), int(query.get("limit", "20"))
        except ValueError:
            return _error(400, "invalid_param", "page and limit must be integers")
        keyword = query.get("keyword")
        session = query.get("created_by_end_user_session_id")
        after, before = _stamp(query.get("created_at__after")), _stamp(query.get("created_at__before"))
        for run in list(self.runs.values()):
            run.refresh()
        runs = list(reversed(self.runs.values()))  # newest first (runs are kept in start order)
        runs = [
            r
            for r in runs
            if (status is None or r.status == status)
            and (keyword is None or keyword in (r.user, r.run_id))
            and (session is None or r.user == session)
            and (after is None or r.created_at >= after)
            and (before is None or r.created_at <= before)
        ]
        chosen = runs[(page - 1) * limit : page * limit]
        items = []
        for run in chosen:
            item = copy.deepcopy(_RECORDED["log_item"])
            item["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, run.run_id))
            item["workflow_run"].update(
                id=run.run_id,
                status=run.status,
                error=run.error,
                elapsed_time=run.elapsed,
                created_at=run.created_at,
                finished_at=run.finished_at,
            )
            item["created_by_end_user"]["session_id"] = run.user
            item["created_at"] = run.created_at
            items.append(item)
        return _json(
            200,
            {
                "page": page,
                "limit": limit,
                "total": len(runs),
                "has_more": page * limit < len(runs),
                "data": items,
            },
        )

    def _info(self, **_: Any) -> Reply:
        if self._engine.app.name != _RECORDED["info"]["name"]:
            app = self._engine.app
            return _json(
                200,
                {
                    "name": app.name,
                    "description": app.description,
                    "tags": [],
                    "mode": app.mode,
                    "author_name": "admin",
                },
            )
        return _json(200, _RECORDED["info"])

    def _parameters(self, **_: Any) -> Reply:
        parameters = self._engine.parameters(_RECORDED["parameters"])
        return _json(200, parameters)

    def _meta(self, **_: Any) -> Reply:
        return _json(200, _RECORDED["meta"])

    def _site(self, **_: Any) -> Reply:
        return _json(200, _RECORDED["site"])

    def _end_user(self, *, query: dict[str, str], payload: Any, end_user_id: str) -> Reply:
        if not _is_uuid(end_user_id):
            return Reply(
                404,
                [("Content-Type", "text/html; charset=utf-8")],
                b"<!doctype html><title>404 Not Found</title>",
            )
        if end_user_id != _RECORDED["end_user"]["id"]:
            return _error(404, "end_user_not_found", "End user not found.")
        return _json(200, _RECORDED["end_user"])

    def _form_get(self, *, query: dict[str, str], payload: Any, token: str) -> Reply:
        return self._engine.get_form(token)

    def _form_submit(self, *, query: dict[str, str], payload: Any, token: str) -> Reply:
        return self._engine.submit_form(token, payload)

    def _audio_to_text(self, *, query: dict[str, str], payload: Any) -> Reply:
        # As Dify answers for an app whose speech feature is off (the recorded app's is).
        if not self._engine.speech_on("speech_to_text"):
            return _error(400, "invalid_param", "Speech to text is not enabled")
        if not isinstance(payload, bytes) or _multipart_file(payload)[0] is None:
            return _error(400, "no_audio_uploaded", "Please upload your audio.")
        if self._engine.scenario.speech_text is None:
            return _no_provider()
        return _json(200, {"text": self._engine.scenario.speech_text})

    def _text_to_audio(self, *, query: dict[str, str], payload: Any) -> Reply:
        if not self._engine.speech_on("text_to_speech"):
            return _error(400, "invalid_param", "TTS is not enabled")  # recording 33
        audio = self._engine.scenario.speech_audio
        if audio is None:
            return _no_provider()
        return Reply(200, [("Content-Type", "audio/mpeg"), ("X-Version", "1.15.0")], audio)

    def _upload(self, *, query: dict[str, str], payload: Any) -> Reply:
        if not isinstance(payload, bytes):
            return _error(400, "no_file_uploaded", "Please upload your file.")
        name, kind, size = _multipart_file(payload)
        if name is None:
            return _error(400, "no_file_uploaded", "Please upload your file.")
        if kind is None:
            return _error(415, "unsupported_file_type", "File type not allowed.")
        limit = int(_RECORDED["parameters"]["system_parameters"]["file_size_limit"]) * 1024 * 1024
        if size > limit:
            return _error(413, "file_too_large", "")  # over /parameters' file_size_limit (MB): 27
        record = copy.deepcopy(_RECORDED["upload"])
        record.update(
            id=str(uuid.uuid4()),
            name=name,
            size=size,
            mime_type=kind,
            extension=name.rsplit(".", 1)[-1] if "." in name else None,
            created_at=int(time.time()),
        )
        self.uploads.append(record)
        return _json(201, record)

    # -- the chat API (a Chatflow app) ---------------------------------------------------

    def _chat(self, *, query: dict[str, str], payload: Any) -> Reply:
        if not isinstance(payload, dict):
            return _error(
                415,
                "unsupported_media_type",
                "Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
            )
        text = payload.get("query")
        if not isinstance(text, str):
            message = pydantic_error("ChatRequestPayload", "query", "Field required", "missing", payload)
            return _error(400, "invalid_param", message)  # recording 118
        inputs, user = payload.get("inputs", {}), payload.get("user")
        if not isinstance(inputs, dict):
            message = pydantic_error(
                "ChatRequestPayload", "inputs", "Input should be a valid dictionary", "dict_type", inputs
            )
            return _error(400, "invalid_param", message)
        if not isinstance(user, str) or not user:
            return _error(400, "invalid_param", "Arg user must be provided.")
        mode = payload.get("response_mode", "blocking")
        conversation = payload.get("conversation_id")
        chat = self.chat

        def turn(stored: dict[str, Any]) -> Any:
            return chat.turn(user, text, stored, conversation if isinstance(conversation, str) else None)

        sent_files = payload.get("files")
        files: list[Any] = sent_files if isinstance(sent_files, list) else []
        return self._engine.start(inputs, user, streaming=mode == "streaming", files=files, chat=turn)

    def _chat_stop(self, *, query: dict[str, str], payload: Any, task_id: str) -> Reply:
        return self._stop(query=query, payload=payload, task_id=task_id)

    def _conversations(self, *, query: dict[str, str], payload: Any) -> Reply:
        return self.chat.list_conversations(query)

    def _messages(self, *, query: dict[str, str], payload: Any) -> Reply:
        return self.chat.list_messages(query)

    def _variables(self, *, query: dict[str, str], payload: Any, conversation_id: str) -> Reply:
        return self.chat.variables(conversation_id, query)

    def _variable(
        self, *, query: dict[str, str], payload: Any, conversation_id: str, variable_id: str
    ) -> Reply:
        return self.chat.update_variable(conversation_id, variable_id, payload)

    def _rename(self, *, query: dict[str, str], payload: Any, conversation_id: str) -> Reply:
        return self.chat.rename(conversation_id, payload)

    def _delete_conversation(self, *, query: dict[str, str], payload: Any, conversation_id: str) -> Reply:
        return self.chat.delete(conversation_id, payload)

    def _feedback(self, *, query: dict[str, str], payload: Any, message_id: str) -> Reply:
        return self.chat.feedback(message_id, payload, self._engine.app_id)

    def _feedbacks(self, *, query: dict[str, str], payload: Any) -> Reply:
        return self.chat.list_feedbacks(query)

    def _suggested(self, *, query: dict[str, str], payload: Any, message_id: str) -> Reply:
        if not self._engine.speech_on("suggested_questions_after_answer"):
            return _error(400, "bad_request", "Suggested Questions Is Disabled.")  # recording 114
        if self.chat.message(message_id) is None:
            return _error(404, "not_found", "Message Not Exists.")
        return _json(200, {"result": "success", "data": []})

    def _annotations(self, *, query: dict[str, str], payload: Any) -> Reply:
        return self.chat.list_annotations(query)

    def _annotation_create(self, *, query: dict[str, str], payload: Any) -> Reply:
        return self.chat.create_annotation(payload)

    def _annotation_update(self, *, query: dict[str, str], payload: Any, annotation_id: str) -> Reply:
        return self.chat.update_annotation(annotation_id, payload)

    def _annotation_delete(self, *, query: dict[str, str], payload: Any, annotation_id: str) -> Reply:
        return self.chat.delete_annotation(annotation_id)


def _no_provider() -> Reply:
    """A speech feature that is on, with no model provider behind it (the scenario gave no
    speech_text / speech_audio): Dify 1.15.0's answer (recordings 60, 61)."""
    return _error(
        400,
        "invalid_param",
        "Failed to request plugin daemon, url: plugin/102c02b5-3cbf-4d79-b7b0-f7993d531b5b/management/models",
    )


def _server_error() -> Reply:
    """What Dify 1.15.0 answers a run id that is not a UUID (seen in a user's trial: a 500,
    which the client called "HTTP 500 unknown")."""
    return _error(500, "unknown", "Internal Server Error")


def _slots(value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"worker_slots must be an int >= 1 or None, not {value!r}")
    return value


def _stamp(text: str | None) -> float | None:
    """A logs filter's ISO 8601 time as Unix seconds (naive times are UTC, as Dify reads them)."""
    if text is None:
        return None
    import datetime

    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _seconds(text: object) -> float:
    try:
        return max(float(str(text)), 0.0)
    except ValueError:
        return 0.0


def _recorded_scenario() -> Scenario:
    """The recorded app's HTTP node: it takes `seconds` and answers what the loopback
    server answered (`{"slept": seconds}`)."""

    def slept(inputs: Mapping[str, Any]) -> dict[str, Any]:
        return {"status_code": 200, "body": json.dumps({"slept": _seconds(inputs.get("seconds", "1"))})}

    return Scenario(
        outputs={"http_node": slept},
        durations={"http_node": lambda inputs: _seconds(inputs.get("seconds", "1"))},
    )


def _multipart_file(body: bytes) -> tuple[str | None, str | None, int]:
    """(filename, content type, size) of the `file` part of a multipart body."""
    boundary = body.split(b"\r\n", 1)[0]
    for part in body.split(boundary):
        head, _, content = part.partition(b"\r\n\r\n")
        if b'name="file"' not in head:
            continue
        text = head.decode("utf-8", "replace")
        name = re.search(r'filename="([^"]*)"', text)
        kind = re.search(r"(?im)^content-type:\s*(\S+)", text)
        size = len(content) - 2 if content.endswith(b"\r\n") else len(content)
        return (name.group(1) if name else None), (kind.group(1) if kind else None), size
    return None, None, 0
