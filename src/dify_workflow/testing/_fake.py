"""FakeDify: the behaviour of a Dify workflow app, without I/O.

It plays the app the recordings were made with (Start with a text input `seconds` →
an HTTP node that takes that many seconds → End), answering every operation the way
Dify 1.15.0 did: stream framing (a first `event: ping`, then `data:` frames, pings after
10 s of silence), a stop that ends the live stream ~0.2 s later with a `failed`
workflow_finished ("Aborted: User requested stop") while run detail says "stopped",
success for any stop, JSON error bodies `{"code", "message", "status"}`.
"""

from __future__ import annotations

import copy
import json
import os
import re
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, unquote

from ._dsl import load_app
from ._engine import DslEngine, NodeOutputs, Scenario
from ._wire import PING, Reply, Wait, _error, _frame, _json

__all__ = ["FakeDify", "FakeRun", "Reply", "Wait"]

_RECORDED: dict[str, Any] = json.loads(
    resources.files("dify_workflow.testing").joinpath("recorded.json").read_text("utf-8")
)
ABORTED = "Aborted: User requested stop"


@dataclass
class FakeRun:
    """One run of the fake app, as run detail and the logs report it."""

    run_id: str
    task_id: str
    user: str
    inputs: dict[str, Any]
    seconds: float
    created_at: int
    status: str = "running"
    error: str | None = None
    outputs: dict[str, Any] = field(default_factory=dict)
    finished_at: int | None = None
    elapsed: float = 0.0
    stop_requested: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)
    duration: float = 0.0  # how long the run takes on the server, scaled

    def finish(self, status: str, error: str | None = None) -> None:
        if self.finished_at is not None:
            return
        self.status, self.error = status, error
        self.elapsed = time.monotonic() - self.started
        self.finished_at = self.created_at + int(self.elapsed)

    def refresh(self) -> None:
        """A run goes on on the server when its client goes away: it ends on time."""
        if self.status == "running" and time.monotonic() - self.started >= self.duration:
            self.outputs = _outputs(self.seconds)
            self.finish("succeeded")


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
]
# Two bytes of an MP3 frame header and padding: what `text_to_audio` answers by default.
_DEFAULT_AUDIO = b"\xff\xfb\x90\x64" + b"\x00" * 412


class FakeDify:
    """A stand-in for a Dify workflow app, shared by `transport()` and `server()`.

    `time_scale` multiplies every duration of a run (0.01 makes a 30 s run last 0.3 s);
    `api_key`, when given, is the only key accepted (others get Dify's 401).
    `requests` records (method, path, query, JSON body or None) of each request and
    `stops` the task id of each stop, for assertions in your tests. `extra_inputs` adds
    controls (Dify's `user_input_form` entries, such as
    `{"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}`) to
    the input form `/parameters` answers with.
    """

    def __init__(
        self,
        *,
        time_scale: float = 1.0,
        api_key: str | None = None,
        ping_interval: float = 10.0,
        extra_inputs: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        self.extra_inputs = [dict(control) for control in extra_inputs]
        self._engine: DslEngine | None = None
        self.time_scale = time_scale
        self.api_key = api_key
        self.ping_interval = ping_interval
        self.runs: dict[str, FakeRun] = {}
        self.uploads: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []
        self.stops: list[str] = []
        self._lock = threading.Lock()

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
        time_scale: float = 1.0,
        ping_interval: float = 10.0,
        api_key: str | None = None,
    ) -> FakeDify:
        """A stand-in that plays your app from its DSL export (YAML text, a path, or the
        parsed mapping), with the scenario of one test, keyed by the DSL's node ids:

            fake = FakeDify.from_dsl("app.yml", outputs={"llm": {"text": "Hi"}}, time_scale=0.01)

        `outputs`: a node's outputs (a mapping, or a function of the run's inputs);
        `durations`: seconds a node takes; `fail`: node id -> the error it fails with;
        `branch`: an if-else case id / question-classifier class id / to take (if-else
        conditions on inputs are evaluated when not given); `chunks`: the text an LLM
        node streams; `speech_text` / `speech_audio`: what audio-to-text and
        text-to-audio answer when the app has them on. Unspecified outputs get
        type-correct defaults. A ValueError says what is wrong with the DSL.
        """
        fake = cls(time_scale=time_scale, api_key=api_key, ping_interval=ping_interval)
        scenario = Scenario(
            outputs=dict(outputs or {}),
            durations=dict(durations or {}),
            fail=dict(fail or {}),
            branch=dict(branch or {}),
            chunks={k: list(v) for k, v in (chunks or {}).items()},
            speech_text=speech_text,
            speech_audio=speech_audio,
        )
        engine = DslEngine(load_app(source), scenario, time_scale=time_scale, ping_interval=ping_interval)
        engine.runs = fake.runs  # one table: the logs read it
        fake._engine = engine
        return fake

    @property
    def forms(self) -> list[str]:
        """The tokens of the human-input forms the runs asked for, oldest first."""
        return list(self._engine.forms) if self._engine is not None else []

    # -- the one entry point -------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """The reply to one request (`target` is the path and query as sent)."""
        raw_path, _, raw_query = target.partition("?")
        query = {k: v[-1] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        path = raw_path[raw_path.index("/v1") + 3 :] if "/v1/" in raw_path + "/" else raw_path
        lowered = {k.lower(): v for k, v in headers.items()}
        payload = self._payload(lowered, body)
        with self._lock:
            self.requests.append((method, path, query, payload if not isinstance(payload, bytes) else None))
        auth = lowered.get("authorization", "")
        if not auth.startswith("Bearer ") or (self.api_key is not None and auth[7:] != self.api_key):
            return _error(
                401,
                "unauthorized",
                "Invalid Authorization header format. Expected 'Bearer <api-key>' format.",
            )
        for verb, pattern, name in _ROUTES:
            match = pattern.fullmatch(path)
            if match and verb == method:
                params = {k: unquote(v) for k, v in match.groupdict().items()}
                handler = getattr(self, "_" + name)
                return handler(query=query, payload=payload, **params)  # type: ignore[no-any-return]
        if any(p.fullmatch(path) for _, p, _ in _ROUTES):
            return _error(405, "method_not_allowed", "The method is not allowed for the requested URL.")
        return Reply(
            404,
            [("Content-Type", "text/html; charset=utf-8")],
            b"<!doctype html><title>404 Not Found</title>",
        )

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
        if not isinstance(inputs, dict):
            return _error(
                400,
                "invalid_param",
                "1 validation error for WorkflowRunPayload\ninputs\n  Input should be a valid dictionary",
            )
        if not isinstance(user, str) or not user:
            return _error(
                400, "invalid_param", "1 validation error for WorkflowRunPayload\nuser\n  Field required"
            )
        if workflow_id is not None and not _is_uuid(workflow_id):
            return _error(400, "bad_request", "Invalid workflow_id format")
        if workflow_id is not None:
            return _error(404, "not_found", "Workflow not found")
        if self._engine is not None:
            return self._engine.start(inputs, user, streaming=payload.get("response_mode") == "streaming")
        seconds_text = inputs.get("seconds", "1")
        run = FakeRun(
            run_id=str(uuid.uuid4()),
            task_id=str(uuid.uuid4()),
            user=user,
            inputs=inputs,
            seconds=_seconds(seconds_text),
            created_at=int(time.time()),
        )
        run.duration = run.seconds * self.time_scale
        invalid = (
            None
            if isinstance(seconds_text, str)
            else "(type 'text-input') seconds in input form must be a string"
        )
        if invalid is None and len(seconds_text) > 10:
            invalid = "seconds in input form must be less than 10 characters"
        streaming = payload.get("response_mode") == "streaming"
        if invalid is not None and not streaming:
            return _error(400, "invalid_param", invalid)
        if invalid is None:
            with self._lock:
                self.runs[run.run_id] = run
        if streaming:
            frames = self._failed_frames(run, invalid) if invalid else self._run_frames(run)
            return Reply(
                200,
                [("Content-Type", "text/event-stream; charset=utf-8"), ("X-Version", "1.15.0")],
                frames=frames,
            )
        run.outputs = _outputs(run.seconds)
        run.finish("succeeded")
        run.elapsed = run.seconds
        run.finished_at = run.created_at + int(run.seconds)
        blocking = copy.deepcopy(_RECORDED["blocking"])
        blocking.update(task_id=run.task_id, workflow_run_id=run.run_id)
        blocking["data"].update(
            id=run.run_id,
            outputs=run.outputs,
            created_at=run.created_at,
            finished_at=run.finished_at,
            elapsed_time=run.elapsed,
        )
        reply = _json(200, blocking)
        reply.headers[0] = ("Content-Type", "application/json; charset=utf-8")
        reply.delay = run.seconds * self.time_scale
        return reply

    def _event(self, run: FakeRun, template: Mapping[str, Any]) -> dict[str, Any]:
        event = copy.deepcopy(dict(template))
        event["workflow_run_id"], event["task_id"] = run.run_id, run.task_id
        data = event.get("data")
        if isinstance(data, dict):
            if event["event"] in ("workflow_started", "workflow_finished"):
                data["id"] = run.run_id
            if "created_at" in data:
                data["created_at"] = run.created_at
        return event

    def _run_frames(self, run: FakeRun) -> Iterator[bytes | Wait]:
        recorded = _RECORDED["run_events"]
        yield PING
        for template in recorded[:4]:  # workflow_started, Start node, the HTTP node starts
            event = self._event(run, template)
            if event["event"] == "workflow_started":
                event["data"]["inputs"] = {**run.inputs, "sys.user_id": run.user}
            yield _frame(event)
        # The HTTP node takes `seconds`: Dify pings after every 10 s of silence, and a stop
        # ends the run at once.
        left = run.seconds * self.time_scale
        while left > 0 and not run.stop_requested.is_set():
            step = min(left, self.ping_interval * self.time_scale)
            yield Wait(step, run.stop_requested)
            left -= step
            if left > 0 and not run.stop_requested.is_set():
                yield PING
        if run.stop_requested.is_set():
            yield Wait(0.2 * min(self.time_scale, 1.0))
            run.finish("stopped", ABORTED)
            finished = self._event(run, _RECORDED["stopped_finish"])
            finished["data"].update(finished_at=run.finished_at, elapsed_time=run.elapsed)
            yield _frame(finished)
            return
        run.outputs = _outputs(run.seconds)
        text = {"status_code": str(run.outputs["status_code"]), "body": run.outputs["body"]}
        for template in recorded[4:]:
            event = self._event(run, template)
            if event["event"] == "text_chunk":
                selector = event["data"].get("from_variable_selector") or []
                if selector and selector[-1] in text:
                    event["data"]["text"] = text[selector[-1]]
            if event["event"] == "node_finished" and event["data"].get("node_id") == "http_node":
                event["data"]["elapsed_time"] = run.seconds
            if event["event"] == "workflow_finished":
                run.finish("succeeded")
                event["data"].update(
                    outputs=run.outputs, finished_at=run.finished_at, elapsed_time=run.elapsed
                )
            yield _frame(event)

    def _failed_frames(self, run: FakeRun, error: str) -> Iterator[bytes | Wait]:
        # In streaming mode Dify validates inside the run: started, then failed; the run
        # id is never stored (run detail answers 404), and task_id equals the run id.
        run.task_id = run.run_id
        yield PING
        started = self._event(run, _RECORDED["run_events"][0])
        yield _frame(started)
        finished = self._event(run, _RECORDED["failed_finish"])
        finished["data"]["error"] = error
        yield _frame(finished)

    def _stop(self, *, query: dict[str, str], payload: Any, task_id: str) -> Reply:
        if not isinstance(payload, dict) or not isinstance(payload.get("user"), str):
            return _error(400, "invalid_param", "1 validation error for StopPayload\nuser\n  Field required")
        with self._lock:
            self.stops.append(task_id)
            if self._engine is not None:
                self._engine.stop(task_id, payload["user"])
            for run in self.runs.values() if self._engine is None else ():
                if run.task_id == task_id and run.user == payload["user"] and run.status == "running":
                    run.stop_requested.set()
        return _json(200, {"result": "success"})

    def _detail(self, *, query: dict[str, str], payload: Any, run_id: str) -> Reply:
        if self._engine is not None:
            return self._engine.detail(run_id)
        run = self.runs.get(run_id)
        if run is None:
            return _error(404, "not_found", "Workflow run not found.")
        run.refresh()
        detail = copy.deepcopy(_RECORDED["detail"])
        detail.update(
            id=run.run_id,
            status=run.status,
            inputs=json.dumps({**run.inputs, "sys.user_id": run.user}),
            outputs=run.outputs,
            error=run.error,
            created_at=run.created_at,
            finished_at=run.finished_at,
            elapsed_time=run.elapsed if run.finished_at else None,
        )
        return _json(200, detail)

    def _events(self, *, query: dict[str, str], payload: Any, run_id: str) -> Reply:
        if self._engine is not None:
            return self._engine.events(run_id, query)
        run = self.runs.get(run_id)
        if run is None or query.get("user") != run.user:
            return _error(404, "not_found", "Workflow run not found.")

        def frames() -> Iterator[bytes | Wait]:
            if run.status == "running":
                yield PING
                while run.status == "running":
                    yield Wait(0.05)
            # A finished run is replayed as one rebuilt workflow_finished (task id = run id).
            finished = self._event(run, _RECORDED["stopped_finish"])
            finished["task_id"] = run.run_id
            finished["data"].update(status=run.status, error=run.error, outputs=run.outputs)
            yield _frame(finished)

        return Reply(
            200,
            [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache")],
            frames=frames(),
        )

    # -- reads -----------------------------------------------------------------------------

    def _logs(self, *, query: dict[str, str], payload: Any) -> Reply:
        status = query.get("status")
        if status is not None and status not in ("succeeded", "failed", "stopped"):
            return _error(
                400,
                "invalid_param",
                "1 validation error for WorkflowLogQuery\nstatus\n  Input should be 'succeeded', 'failed' or 'stopped'",
            )
        try:
            page, limit = int(query.get("page", "1")), int(query.get("limit", "20"))
        except ValueError:
            return _error(400, "invalid_param", "page and limit must be integers")
        keyword = query.get("keyword")
        for run in list(self.runs.values()):
            run.refresh()
        runs = list(reversed(self.runs.values()))  # newest first (runs are kept in start order)
        runs = [
            r
            for r in runs
            if (status is None or r.status == status) and (keyword is None or keyword in (r.user, r.run_id))
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
        if self._engine is not None:
            app = self._engine.app
            return _json(
                200,
                {
                    "name": app.name,
                    "description": app.description,
                    "tags": [],
                    "mode": "workflow",
                    "author_name": "admin",
                },
            )
        return _json(200, _RECORDED["info"])

    def _parameters(self, **_: Any) -> Reply:
        if self._engine is not None:
            return _json(200, self._engine.parameters(_RECORDED["parameters"]))
        parameters = dict(_RECORDED["parameters"])
        parameters["user_input_form"] = [*parameters["user_input_form"], *self.extra_inputs]
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
        if self._engine is None:
            return _error(404, "not_found", "Form not found.")
        return self._engine.get_form(token)

    def _form_submit(self, *, query: dict[str, str], payload: Any, token: str) -> Reply:
        if self._engine is None:
            return _error(404, "not_found", "Form not found.")
        return self._engine.submit_form(token, payload)

    def _audio_to_text(self, *, query: dict[str, str], payload: Any) -> Reply:
        # As Dify answers for an app whose speech feature is off (the recorded app's is).
        if self._engine is None or not self._engine.speech_on("speech_to_text"):
            return _error(400, "invalid_param", "Speech to text is not enabled")
        if not isinstance(payload, bytes) or _multipart_file(payload)[0] is None:
            return _error(400, "no_audio_uploaded", "Please upload your audio.")
        return _json(200, {"text": self._engine.scenario.speech_text or ""})

    def _text_to_audio(self, *, query: dict[str, str], payload: Any) -> Reply:
        if self._engine is None or not self._engine.speech_on("text_to_speech"):
            return _error(400, "invalid_param", "Text to speech is not enabled")
        audio = self._engine.scenario.speech_audio or _DEFAULT_AUDIO
        return Reply(200, [("Content-Type", "audio/mpeg"), ("X-Version", "1.15.0")], audio)

    def _upload(self, *, query: dict[str, str], payload: Any) -> Reply:
        if not isinstance(payload, bytes):
            return _error(400, "no_file_uploaded", "Please upload your file.")
        name, kind, size = _multipart_file(payload)
        if name is None:
            return _error(400, "no_file_uploaded", "Please upload your file.")
        if kind is None:
            return _error(415, "unsupported_file_type", "File type not allowed.")
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


def _outputs(seconds: float) -> dict[str, Any]:
    return {"status_code": 200, "body": json.dumps({"slept": seconds})}


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
