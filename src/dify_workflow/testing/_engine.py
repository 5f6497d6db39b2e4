"""Runs of an app read from its DSL export, played as Dify 1.15.0 plays them.

Each run executes on a thread of its own along the graph: it goes on when no client
reads it (as on the server), and writes its events to a log that the live stream and any
number of followers (`GET /workflow/{id}/events`) read at their own pace. What no DSL
says (an LLM's text, a code node's result, which branch an LLM classifier takes, how long
a node takes, whether it fails) comes from the scenario, else type-correct defaults.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
import urllib.parse
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._chat import USAGE, ChatTurn
from ._dsl import App, Node, prepare_inputs
from ._wire import PING, Reply, Wait, _error, _frame, _json

ABORTED = "Aborted: User requested stop"
STOPPED_WHILE_PAUSED = "Stopped by user."
# Seconds (scaled) before a worker picks up a resumption after a form submit.
RESUME_PICKUP = 2.0
# Seconds (scaled) Dify's engine takes between one node's end and the next one's start,
# and from the last node's end to workflow_finished (recording 01: 9-10 ms and 15 ms). A
# stop lands in them as well: a stop sent at a short run's first event stops it.
NODE_GAP = 0.01
FINISH_GAP = 0.015
SSE = [("Content-Type", "text/event-stream; charset=utf-8"), ("X-Version", "1.15.0")]
HTTP_MAX_READ_TIMEOUT = 600.0
_TEMPLATE = re.compile(r"\{\{#([$\w-]+)\.([\w.-]+)#\}\}")
END_USER_ID = "73c949c2-5476-45c1-a2c9-63e6f0c8abd2"

NodeOutputs = Mapping[str, Any] | Callable[[Mapping[str, Any]], Mapping[str, Any]]


@dataclass(frozen=True)
class Scenario:
    """What the user's app produces in one test (see `FakeDify.from_dsl`)."""

    outputs: Mapping[str, NodeOutputs] = field(default_factory=dict)
    durations: Mapping[str, float | Callable[[Mapping[str, Any]], float]] = field(default_factory=dict)
    fail: Mapping[str, str] = field(default_factory=dict)
    branch: Mapping[str, str] = field(default_factory=dict)
    chunks: Mapping[str, Sequence[str]] = field(default_factory=dict)
    speech_text: str | None = None
    speech_audio: bytes | None = None
    remote_urls: frozenset[str] = frozenset()  # the file URLs the server can fetch


@dataclass
class Form:
    token: str
    form_id: str
    run: DslRun
    node: Node
    content: str
    expiration: int
    submitted: bool = False
    after_branch: bool = False  # an if-else ran before the run paused here

    def body(self) -> dict[str, Any]:
        return {
            "form_content": self.content,
            "inputs": list(self.node.data.get("inputs") or []),
            "resolved_default_values": {},
            "user_actions": list(self.node.data.get("user_actions") or []),
            "expiration_time": self.expiration,
        }


@dataclass
class DslRun:
    """One run: its state as run detail and the logs report it, and its event log."""

    run_id: str
    task_id: str
    user: str
    inputs: dict[str, Any]
    workflow_id: str
    created_at: int
    status: str = "running"
    error: str | None = None
    outputs: dict[str, Any] = field(default_factory=dict)
    finished_at: int | None = None
    elapsed: float = 0.0
    steps: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    exec_ids: dict[str, str] = field(default_factory=dict)
    took: dict[str, float] = field(default_factory=dict)  # seconds each node took (scenario)
    end_cursor: dict[str, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)
    form: Form | None = None
    chat: ChatTurn | None = None  # a Chatflow's run: the message it answers
    live_end: int | None = None  # index of the event that ends the live stream
    time_scale: float = 1.0
    # False while the run waits for a worker slot (see `worker_slots`): it has no record
    # on the server yet, and its stream is silent after the first ping.
    begun: bool = True
    # Set (and replaced) at each new event: readers wait on it without blocking an event
    # loop (the transport's async side polls it).
    changed: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def emit(self, event: dict[str, Any], *, ends_live: bool = False) -> None:
        with self._lock:
            self.events.append(event)
            if ends_live:
                self.live_end = len(self.events) - 1
            changed, self.changed = self.changed, threading.Event()
        changed.set()

    def finish(self, status: str, error: str | None = None, outputs: Mapping[str, Any] | None = None) -> None:
        self.status, self.error = status, error
        if outputs is not None:
            self.outputs = dict(outputs)
        # The time the app would take: the scenario's (unscaled) node durations, plus the
        # stand-in's own overhead.
        planned = sum(self.took.values())
        self.elapsed = planned + max(time.monotonic() - self.started - planned * self.time_scale, 0.0)
        self.finished_at = self.created_at + int(self.elapsed)

    def refresh(self) -> None:
        """The logs ask each run to catch up; a run here advances on its own thread."""

    @property
    def ended(self) -> bool:
        return self.status in ("succeeded", "failed", "stopped", "partial-succeeded")


class DslEngine:
    """The runs, forms and answers of one app; `FakeDify` routes requests here."""

    def __init__(self, app: App, scenario: Scenario, *, time_scale: float, ping_interval: float) -> None:
        self.app = app
        self.scenario = scenario
        self.time_scale = time_scale
        self.ping_interval = ping_interval
        self.workflow_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"dify-workflow-testing/{app.name}"))
        self.runs: dict[str, Any] = {}  # shared with FakeDify: logs list every kind of run
        self.max_active_runs: int | None = None
        self.throttled = 0
        self.forms: dict[str, Form] = {}
        self._lock = threading.Lock()
        # Dify runs each workflow in a Celery worker slot; with every slot busy a run
        # waits (recordings 98-101). None: as many slots as runs.
        self.worker_slots: int | None = None
        self._busy: set[str] = set()
        self._queue: deque[tuple[DslRun, str, tuple[str, dict[str, Any]] | None]] = deque()
        self.app_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"dify-workflow-testing/app/{app.name}"))

    # -- starting a run ------------------------------------------------------------------

    def start(
        self,
        inputs: dict[str, Any],
        user: str,
        *,
        streaming: bool,
        files: Sequence[Any] = (),
        chat: Callable[[dict[str, Any]], ChatTurn] | None = None,
    ) -> Reply:
        limit = self.max_active_runs
        if limit is not None and sum(1 for r in list(self.runs.values()) if r.status == "running") >= limit:
            # Dify's answer past the app's limit of active requests, with a hint of when to retry.
            self.throttled += 1
            reply = _error(429, "too_many_requests", "Too many requests. Please try again later.")
            reply.headers.append(("Retry-After", f"{max(self.time_scale, 0.01):g}"))
            return reply
        error, stored = prepare_inputs(self.app, inputs)
        if error is None:
            error = self._unfetchable(stored, files)
        run_id = str(uuid.uuid4())
        if error is not None:
            if not streaming:
                return _error(400, "invalid_param", error)
            return Reply(200, list(SSE), frames=self._invalid_frames(run_id, inputs, error))
        run = DslRun(
            run_id=run_id,
            task_id=str(uuid.uuid4()),
            user=user,
            inputs=stored,
            workflow_id=self.workflow_id,
            created_at=int(time.time()),
            time_scale=self.time_scale,
            begun=False,
            chat=None if chat is None else chat(stored),
        )
        self._dispatch(run, self.app.start.id, None)
        if streaming:
            return Reply(200, list(SSE), frames=self.follow(run, live=True))
        if run.chat is not None:
            return self._chat_blocking(run)
        return self._blocking(run)

    def _unfetchable(self, stored: Mapping[str, Any], files: Sequence[Any]) -> str | None:
        """Dify fetches a remote file when the run is prepared; one it cannot reach fails the
        request as an input error does (seen in a user's trial against Dify 1.15.0, issue 27).
        The stand-in reaches no network: the scenario's `remote_urls` are the reachable ones."""
        found: list[Any] = list(files or ())
        for value in stored.values():
            found.extend(value if isinstance(value, list) else [value])
        for item in found:
            if not isinstance(item, Mapping) or item.get("transfer_method") != "remote_url":
                continue
            url = item.get("url") or item.get("remote_url")
            if url not in self.scenario.remote_urls:
                return f"Reached maximum retries (3) for URL {url}"
        return None

    # -- worker slots ---------------------------------------------------------------------

    def _dispatch(self, run: DslRun, node_id: str, resume: tuple[str, dict[str, Any]] | None) -> None:
        """Give the run (or its resumption) a worker slot now, or queue it for the next
        free one. A run that waits has no record yet: the logs and run detail do not know
        it, and its record's created_at is the moment a worker takes it."""
        with self._lock:
            slots = self.worker_slots
            if slots is not None and len(self._busy) >= slots:
                self._queue.append((run, node_id, resume))
                return
            self._busy.add(run.run_id)
        self._begin(run, node_id, resume)

    def _begin(self, run: DslRun, node_id: str, resume: tuple[str, dict[str, Any]] | None) -> None:
        if resume is None:
            run.created_at = int(time.time())
            run.started = time.monotonic()
            with self._lock:
                self.runs[run.run_id] = run
            run.emit(self._event(run, "workflow_started", self._started_data(run, "initial")))
            run.begun = True
            if run.chat is not None:
                # An Answer's text streams as soon as what it shows is known: before the node
                # events of the nodes ahead of it (recordings 102, 128).
                self._answer_chunks(run, self.app.start, "source")
        else:
            run.status = "running"
            run.emit(self._event(run, "workflow_started", self._started_data(run, "resumption")))
            if run.chat is not None:
                # A resumed Chatflow re-sends the message chunks of before the pause (132).
                for event in list(run.chat.streamed):
                    run.emit(dict(event))
        threading.Thread(target=self._work, args=(run, node_id, resume), daemon=True).start()

    def _work(self, run: DslRun, node_id: str, resume: tuple[str, dict[str, Any]] | None) -> None:
        """A worker's part: play the run until it ends or pauses, then free the slot."""
        try:
            self._execute(run, node_id, resume)
        finally:
            with self._lock:
                self._busy.discard(run.run_id)
                following = self._queue.popleft() if self._queue else None
                if following is not None:
                    self._busy.add(following[0].run_id)
            if following is not None:
                self._begin(*following)

    @property
    def waiting(self) -> int:
        """How many runs (or resumptions) wait for a worker slot now."""
        return len(self._queue)

    def _invalid_frames(self, run_id: str, inputs: Mapping[str, Any], error: str) -> Iterator[bytes | Wait]:
        # Dify validates inside the run in this mode: started, then failed; the run is
        # never stored and its task id is the run id (recordings 67-69).
        now = int(time.time())
        base = {"task_id": run_id, "workflow_run_id": run_id}
        yield PING
        data = {"id": run_id, "workflow_id": self.workflow_id, "inputs": dict(inputs), "created_at": now}
        yield _frame({"event": "workflow_started", **base, "data": {**data, "reason": "initial"}})
        finished: dict[str, Any] = {
            "id": run_id,
            "workflow_id": self.workflow_id,
            "status": "failed",
            "outputs": None,
            "error": error,
            "elapsed_time": 0.0,
            "total_tokens": 0,
            "total_steps": 0,
            "created_by": {},
            "created_at": now,
            "finished_at": now,
            "exceptions_count": 1,
            "files": [],
        }
        yield _frame({"event": "workflow_finished", **base, "data": finished})

    def _blocking(self, run: DslRun) -> Reply:
        def answer() -> Iterator[bytes | Wait]:
            while not (run.ended or run.status == "paused"):
                yield Wait(1.0, run.changed)
            data = self._finished_data(run)
            body: dict[str, Any] = {"task_id": run.task_id, "workflow_run_id": run.run_id, "data": data}
            del (
                data["created_by"],
                data["exceptions_count"],
                data["files"],
            )  # not in a blocking answer (06, 52)
            if run.status == "paused" and run.form is not None:
                data.update(paused_nodes=[run.form.node.id], reasons=[self._reason(run.form)])
            yield json.dumps(body, separators=(",", ":")).encode() + b"\n"

        return Reply(200, [("Content-Type", "application/json; charset=utf-8")], frames=answer())

    # -- the graph ---------------------------------------------------------------------------

    def _execute(self, run: DslRun, node_id: str, resume: tuple[str, dict[str, Any]] | None) -> None:
        try:
            self._walk(run, node_id, resume)
        except Exception as exc:
            # A scenario function that raises must end the run, or every stream of it
            # would wait for an end that never comes.
            run.finish("failed", f"the stand-in's scenario raised {type(exc).__name__}: {exc}", {})
            run.emit(self._event(run, "workflow_finished", self._finished_data(run)), ends_live=True)

    def _walk(self, run: DslRun, node_id: str, resume: tuple[str, dict[str, Any]] | None) -> None:
        app, node = self.app, self.app.nodes[node_id]
        first = True
        while True:
            if not first and self._wait(run, NODE_GAP):
                self._stopped(run)
                return
            first = False
            exec_id = run.exec_ids.setdefault(node.id, str(uuid.uuid4()))
            run.steps += 1
            run.emit(self._event(run, "node_started", self._node_data(run, node, exec_id)))
            if node.type == "human-input":
                if resume is None:
                    self._pause(run, node)
                    return
                action, submitted = resume
                resume = None
                if run.stop.is_set():  # stopped while paused: the submit ends it (recordings 87-91)
                    run.finish("stopped", ABORTED)
                    data = {**self._finished_data(run), "status": "stopped", "error": STOPPED_WHILE_PAUSED}
                    data["outputs"] = {}
                    run.emit(self._event(run, "workflow_finished", data), ends_live=True)
                    return
                values = self._filled(run, node, action, submitted)
                handle = action
            else:
                seconds, timed_out = self._duration(run, node), None
                if node.type == "http-request":
                    seconds, timed_out = _read_timeout(node, seconds)
                    run.took[node.id] = seconds
                if self._wait(run, seconds, node):
                    self._stopped(run)
                    return
                error = self.scenario.fail.get(node.id, timed_out)
                if error is not None:
                    self._failed(run, node, exec_id, error)
                    return
                values = self._outputs(run, node)
                handle = self._branch(run, node, values)
            run.values[node.id] = values
            if run.chat is not None:
                self._answer_chunks(run, node, handle)
            else:
                self._end_chunks(run, node, handle)
            run.emit(self._event(run, "node_finished", self._node_data(run, node, exec_id, values)))
            if node.type == "end":
                self._succeeded(run, values)
                return
            edges = app.next_edges(node.id)
            chosen = [e for e in edges if e.handle == handle] or [e for e in edges if e.handle == "source"]
            if not chosen:
                self._succeeded(run, {})
                return
            node = app.nodes[chosen[0].target]

    def _duration(self, run: DslRun, node: Node) -> float:
        given = self.scenario.durations.get(node.id, 0.0)
        seconds = float(given(dict(run.inputs)) if callable(given) else given)
        run.took[node.id] = seconds
        return seconds

    def _wait(self, run: DslRun, seconds: float, node: Node | None = None) -> bool:
        """Sleep a node's (scaled) duration; True when a stop arrived meanwhile (the node's
        time is then the time it really ran, not the planned one)."""
        if seconds <= 0:
            return run.stop.is_set()
        started = time.monotonic()
        stopped = run.stop.wait(seconds * self.time_scale)
        if stopped and node is not None:
            run.took[node.id] = (time.monotonic() - started) / max(self.time_scale, 1e-9)
        return stopped

    def _stopped(self, run: DslRun) -> None:
        time.sleep(0.2 * min(self.time_scale, 1.0))  # Dify ends a stopped stream ~0.2 s later
        self._store_answer(run)
        run.finish("stopped", ABORTED)
        data = {**self._finished_data(run), "status": "failed", "error": ABORTED, "outputs": {}}
        run.emit(self._event(run, "workflow_finished", data), ends_live=True)

    def _failed(self, run: DslRun, node: Node, exec_id: str, error: str) -> None:
        data = self._node_data(run, node, exec_id, {})
        data.update(status="failed", error=error, outputs=None)
        run.emit(self._event(run, "node_finished", data))
        self._store_answer(run, error=error)
        run.finish("failed", error, {})
        run.emit(self._event(run, "workflow_finished", self._finished_data(run)), ends_live=True)

    def _succeeded(self, run: DslRun, outputs: Mapping[str, Any]) -> None:
        if self._wait(run, FINISH_GAP):
            self._stopped(run)
            return
        chat = run.chat
        if chat is not None:
            # A Chatflow's run outputs its whole answer; `message_end` comes before the
            # run's end (recording 102).
            outputs = {"answer": "".join(chat.answers.values()), "files": []}
            self._store_answer(run)
            run.emit(
                self._chat_event(
                    run, "message_end", {"id": chat.message_id, "metadata": _metadata(), "files": []}
                )
            )
        run.finish("succeeded", None, outputs)
        run.emit(self._event(run, "workflow_finished", self._finished_data(run)), ends_live=True)

    def _outputs(self, run: DslRun, node: Node) -> dict[str, Any]:
        given = self.scenario.outputs.get(node.id)
        defaults = self._default_outputs(run, node)
        if callable(given):
            given = given(dict(run.inputs))
        return {**defaults, **dict(given or {})}

    def _default_outputs(self, run: DslRun, node: Node) -> dict[str, Any]:
        data, kind = node.data, node.type
        if kind == "start":
            return {v.name: run.inputs[v.name] for v in self.app.variables if v.name in run.inputs}
        if kind == "end":
            return {
                o["variable"]: self._value(run, o.get("value_selector") or [])
                for o in data.get("outputs") or []
            }
        if kind == "llm":
            return {
                "text": "".join(self.scenario.chunks.get(node.id, ())),
                "usage": {},
                "finish_reason": "stop",
            }
        if kind == "http-request":
            return {"status_code": 200, "body": "", "headers": {}, "files": []}
        if kind == "code":
            specs = data.get("outputs") or {}
            return {name: _default_of((spec or {}).get("type", "string")) for name, spec in specs.items()}
        if kind == "template-transform":
            return {"output": ""}
        if kind == "answer":
            text = self._render(run, str(data.get("answer", "")))
            if run.chat is not None:
                run.chat.answers[node.id] = text
            return {"answer": text, "files": []}
        if kind == "assigner":
            self._assign(run, node)
            return {}
        if kind == "knowledge-retrieval":
            return {"result": []}
        if kind == "parameter-extractor":
            return {p["name"]: _default_of(p.get("type", "string")) for p in data.get("parameters") or []}
        if kind == "question-classifier":
            return {"class_name": ""}
        return {}

    def _branch(self, run: DslRun, node: Node, values: dict[str, Any]) -> str:
        chosen = self.scenario.branch.get(node.id)
        if node.type == "if-else":
            if chosen is None:
                chosen = next(
                    (
                        str(case.get("case_id"))
                        for case in node.data.get("cases") or []
                        if self._holds(run, case)
                    ),
                    "false",
                )
            values.update(result=chosen != "false", selected_case_id=chosen)
            return chosen
        if node.type == "question-classifier":
            classes = node.data.get("classes") or [{}]
            if chosen is None:
                chosen = str(classes[0].get("id", "1"))
            values["class_name"] = next(
                (str(c.get("name", "")) for c in classes if str(c.get("id")) == chosen), ""
            )
            return chosen
        return chosen or "source"

    def _holds(self, run: DslRun, case: Mapping[str, Any]) -> bool:
        results = [self._condition(run, c) for c in case.get("conditions") or []]
        return any(results) if case.get("logical_operator") == "or" else bool(results) and all(results)

    def _condition(self, run: DslRun, condition: Mapping[str, Any]) -> bool:
        value = self._value(run, condition.get("variable_selector") or [])
        expected, op = condition.get("value"), condition.get("comparison_operator")
        text = "" if value is None else str(value)
        checks: dict[str, Callable[[], bool]] = {
            "is": lambda: text == str(expected),
            "is not": lambda: text != str(expected),
            "contains": lambda: str(expected) in text,
            "not contains": lambda: str(expected) not in text,
            "start with": lambda: text.startswith(str(expected)),
            "end with": lambda: text.endswith(str(expected)),
            "empty": lambda: value in (None, "", [], {}),
            "not empty": lambda: value not in (None, "", [], {}),
            "=": lambda: _number(value) == _number(expected),
            "≠": lambda: _number(value) != _number(expected),
            ">": lambda: _number(value) > _number(expected),
            "<": lambda: _number(value) < _number(expected),
            "≥": lambda: _number(value) >= _number(expected),
            "≤": lambda: _number(value) <= _number(expected),
        }
        check = checks.get(str(op))
        return bool(check and check())

    def _value(self, run: DslRun, selector: Sequence[Any]) -> Any:
        if len(selector) < 2:
            return None
        node, name = str(selector[0]), str(selector[1])
        chat = run.chat
        if node == "sys":
            known: dict[str, Any] = {
                "user_id": run.user,
                "workflow_run_id": run.run_id,
                "workflow_id": run.workflow_id,
            }
            if chat is not None:
                known.update(
                    query=chat.query,
                    conversation_id=chat.conversation.id,
                    dialogue_count=chat.dialogue_count,
                    files=[],
                )
            return known.get(name)
        if node == "conversation":
            found = chat.conversation.variables.get(name) if chat is not None else None
            return None if found is None else found["value"]
        if node == self.app.start.id and node not in run.values:
            return run.inputs.get(name)
        return run.values.get(node, {}).get(name)

    # -- End outputs streamed as text_chunk, as Dify streams them -----------------------------

    def _end_chunks(self, run: DslRun, node: Node, handle: str) -> None:
        end = self._certain_end(node, handle)
        if end is None:
            return
        if run.form is not None and run.form.submitted and run.form.after_branch:
            # Dify 1.15.0 streams no End text_chunk after a resume when an if-else came before
            # the human-input node (seen in a user's trial, issue 27; without an if-else it
            # does, recording 47): the outputs are in node_finished / workflow_finished only.
            return
        outputs = list(end.data.get("outputs") or [])
        index = run.end_cursor.get(end.id, 0)
        while index < len(outputs):
            selector = [str(s) for s in outputs[index].get("value_selector") or []]
            if len(selector) < 2 or not self._available(run, selector):
                break
            if index > 0:
                run.emit(
                    self._event(
                        run, "text_chunk", {"text": "\n", "from_variable_selector": [end.id, "answer"]}
                    )
                )
            pieces = list(self.scenario.chunks.get(selector[0], ())) if selector[1] == "text" else []
            for piece in pieces or [_text(self._value(run, selector))]:
                run.emit(self._event(run, "text_chunk", {"text": piece, "from_variable_selector": selector}))
            index += 1
        run.end_cursor[end.id] = index

    def _available(self, run: DslRun, selector: Sequence[str]) -> bool:
        node = selector[0]
        return node in ("sys", "conversation") or node in run.values or node == self.app.start.id

    def _certain_end(self, node: Node, handle: str) -> Node | None:
        """The End node the run reaches for sure from `node` (the branch `handle` taken),
        or None while a node with several ways out lies ahead."""
        current: Node | None = node
        first = True
        while current is not None:
            if current.type == "end":
                return current
            edges = self.app.next_edges(current.id)
            if first and len(edges) > 1:
                edges = [e for e in edges if e.handle == handle]
            first = False
            if len(edges) != 1:
                return None
            current = self.app.nodes.get(edges[0].target)
        return None

    # -- a Chatflow's answer ------------------------------------------------------------------

    def _render(self, run: DslRun, template: str) -> str:
        return _TEMPLATE.sub(lambda m: _text(self._value(run, [m.group(1), m.group(2)])), template)

    def _answer_chunks(self, run: DslRun, node: Node, handle: str) -> None:
        """Stream, as `message` events, what the Answer nodes the run reaches for sure can
        show by now, in graph order, piece by piece of their templates (text as the node's
        own, variables by their selector: recording 102). After a human-input resume Dify
        streams none (recording 132): that text is only in the node and run outputs."""
        chat = run.chat
        if chat is None or (run.form is not None and run.form.submitted):
            return
        for answer in self._certain_answers(node, handle):
            template = str(answer.data.get("answer", ""))
            pieces: list[tuple[str, list[str]]] = []
            last = 0
            for match in _TEMPLATE.finditer(template):
                if match.start() > last:
                    pieces.append((template[last : match.start()], [answer.id, "answer"]))
                pieces.append(("", [match.group(1), match.group(2)]))
                last = match.end()
            if last < len(template):
                pieces.append((template[last:], [answer.id, "answer"]))
            index = chat.cursor.get(answer.id, 0)
            while index < len(pieces):
                text, selector = pieces[index]
                if selector[0] != answer.id:
                    if not self._available(run, selector):
                        break
                    text = _text(self._value(run, selector))
                event = self._chat_event(
                    run,
                    "message",
                    {"id": chat.message_id, "answer": text, "from_variable_selector": selector},
                )
                chat.streamed.append(event)
                run.emit(event)
                index += 1
            chat.cursor[answer.id] = index
            if index < len(pieces):
                return  # a later Answer waits for this one

    def _certain_answers(self, node: Node, handle: str) -> list[Node]:
        """The Answer nodes the run reaches for sure from `node` (the branch `handle` taken),
        in order, up to the first node with several ways out."""
        found: list[Node] = []
        current: Node | None = node
        first = True
        while current is not None:
            if current.type == "answer":
                found.append(current)
            edges = self.app.next_edges(current.id)
            if first and len(edges) > 1:
                edges = [e for e in edges if e.handle == handle]
            first = False
            if len(edges) != 1:
                break
            current = self.app.nodes.get(edges[0].target)
        return found

    def _assign(self, run: DslRun, node: Node) -> None:
        """A Variable Assigner (v2) writing conversation variables."""
        chat = run.chat
        if chat is None:
            return
        for item in node.data.get("items") or []:
            target = [str(s) for s in item.get("variable_selector") or []]
            if len(target) != 2 or target[0] != "conversation":
                continue
            variable = chat.conversation.variables.get(target[1])
            if variable is None:
                continue
            operation = item.get("operation") or item.get("write_mode")
            if operation == "clear":
                value: Any = "" if variable["value_type"] == "string" else None
            elif item.get("input_type") == "constant":
                value = item.get("value")
            else:
                value = self._value(run, [str(s) for s in item.get("value") or []])
            variable.update(value=value, updated_at=int(time.time()))

    def _store_answer(self, run: DslRun, error: str | None = None) -> None:
        """Keep the message's answer as Dify stores it. For a message resumed after human
        input Dify 1.15.0 stores the text of before the pause twice and drops the rest
        (recording 133); the stand-in stores it that way too."""
        chat = run.chat
        if chat is None:
            return
        streamed = "".join(e["answer"] for e in chat.streamed)
        resumed = run.form is not None and run.form.submitted
        chat.message.update(
            answer=streamed * 2 if resumed else "".join(chat.answers.values()) or streamed,
            status="error" if error else "normal",
            error=error,
        )

    def _chat_blocking(self, run: DslRun) -> Reply:
        """A blocking chat message's answer (recordings 104, 134)."""
        chat = run.chat
        assert chat is not None

        def answer() -> Iterator[bytes | Wait]:
            while not (run.ended or run.status == "paused"):
                yield Wait(1.0, run.changed)
            streamed = "".join(e["answer"] for e in chat.streamed)
            body: dict[str, Any] = {
                "event": "message",
                "task_id": run.task_id,
                "id": chat.message_id,
                "message_id": chat.message_id,
                "conversation_id": chat.conversation.id,
                "mode": "advanced-chat",
                "answer": "".join(chat.answers.values()) if run.ended else streamed,
                "metadata": _metadata(),
                "created_at": run.created_at,
            }
            if run.status == "paused":
                body["event"] = "workflow_paused"
                body["metadata"]["usage"] = None
                body["workflow_run_id"] = run.run_id
                body["data"] = {k: v for k, v in body.items() if k not in ("event", "task_id")}
            yield json.dumps(body).encode()

        return Reply(200, [("Content-Type", "application/json")], frames=answer())

    # -- human input ---------------------------------------------------------------------------

    def _pause(self, run: DslRun, node: Node) -> None:
        content = _TEMPLATE.sub(
            lambda m: (
                m.group(0) if m.group(1) == "$output" else _text(self._value(run, [m.group(1), m.group(2)]))
            ),
            str(node.data.get("form_content", "")),
        )
        timeout = float(node.data.get("timeout", 1) or 1)
        unit = {"day": 86400, "hour": 3600, "minute": 60}.get(
            str(node.data.get("timeout_unit", "day")), 86400
        )
        form = Form(
            token=secrets.token_urlsafe(16)[:22],
            form_id=str(uuid.uuid4()),
            run=run,
            node=node,
            content=content,
            expiration=int(time.time() + timeout * unit),
            after_branch=any(self.app.nodes[n].type == "if-else" for n in run.values if n in self.app.nodes),
        )
        with self._lock:
            self.forms[form.token] = form
        run.form = form
        run.status = "paused"
        if run.chat is not None:
            run.chat.message.update(answer="".join(e["answer"] for e in run.chat.streamed), status="paused")
        reason = self._reason(form)
        required = {k: v for k, v in reason.items() if k != "TYPE"}
        required["display_in_ui"] = True
        run.emit(self._event(run, "human_input_required", required))
        paused = {
            "workflow_run_id": run.run_id,
            "paused_nodes": [node.id],
            "outputs": {},
            "reasons": [reason],
            "status": "paused",
            "created_at": run.created_at,
            "elapsed_time": time.monotonic() - run.started,
            "total_tokens": 0,
            "total_steps": run.steps,
        }
        run.emit(self._event(run, "workflow_paused", paused), ends_live=True)

    @staticmethod
    def _reason(form: Form) -> dict[str, Any]:
        return {
            "TYPE": "human_input_required",
            "form_id": form.form_id,
            "form_content": form.content,
            "inputs": list(form.node.data.get("inputs") or []),
            "actions": list(form.node.data.get("user_actions") or []),
            "node_id": form.node.id,
            "node_title": form.node.title,
            "resolved_default_values": {},
            "form_token": form.token,
            "approval_channels": ["console"],
            "expiration_time": form.expiration,
        }

    def _filled(self, run: DslRun, node: Node, action: str, submitted: dict[str, Any]) -> dict[str, Any]:
        title = next(
            (str(a.get("title")) for a in node.data.get("user_actions") or [] if a.get("id") == action),
            action,
        )
        form = run.form
        rendered = _TEMPLATE.sub(
            lambda m: _text(submitted.get(m.group(2))) if m.group(1) == "$output" else m.group(0),
            form.content if form is not None else "",
        )
        run.emit(
            self._event(
                run,
                "human_input_form_filled",
                {
                    "node_id": node.id,
                    "node_title": node.title,
                    "rendered_content": rendered,
                    "action_id": action,
                    "action_text": title,
                    "submitted_data": dict(submitted),
                },
            )
        )
        return {**submitted, "__action_id": action, "__rendered_content": rendered, "__action_value": title}

    def get_form(self, token: str) -> Reply:
        form = self.forms.get(token)
        if form is None:
            return _unknown_form(token)
        if form.submitted:
            return _submitted(form)
        return _json(200, form.body())

    def submit_form(self, token: str, payload: Any) -> Reply:
        form = self.forms.get(token)
        if form is None:
            return _unknown_form(token)
        if form.submitted:
            return _submitted(form)
        if not isinstance(payload, dict):
            return _error(400, "invalid_param", "The request body must be a JSON object.")
        action, inputs = payload.get("action"), payload.get("inputs") or {}
        actions = [a.get("id") for a in form.node.data.get("user_actions") or []]
        if action not in actions:
            return _error(400, "invalid_form_data", f"Invalid action: {action}")
        names = [str(i.get("output_variable_name")) for i in form.node.data.get("inputs") or []]
        missing = [n for n in names if n not in inputs]
        if missing:
            return _error(400, "invalid_form_data", f"Missing required inputs: {', '.join(missing)}")
        form.submitted = True
        run = form.run
        resume = (str(action), {n: inputs[n] for n in names})
        # The resumption goes through a worker, as on the server: it is picked up about 2 s
        # later (run detail still says paused then, seen against Dify 1.15.0), later still
        # when every worker slot is busy (46 s in a user's trial).
        pickup = threading.Timer(RESUME_PICKUP * self.time_scale, self._dispatch, (run, form.node.id, resume))
        pickup.daemon = True
        pickup.start()
        return _json(200, {})

    # -- stop, detail, events, logs ----------------------------------------------------------

    def stop(self, task_id: str, user: str) -> None:
        for run in list(self.runs.values()):
            if run.task_id == task_id and run.user == user and not run.ended:
                run.stop.set()

    def detail(self, run_id: str) -> Reply:
        run = self.runs.get(run_id)
        if run is None:
            return _error(404, "not_found", "Workflow run not found.")
        # As Dify stores them: the declared inputs, then its own sys values (recording 05).
        inputs = {
            **run.inputs,
            "sys.files": [],
            "sys.user_id": run.user,
            "sys.app_id": self.app_id,
            "sys.timestamp": run.created_at,
            "sys.workflow_id": run.workflow_id,
            "sys.workflow_run_id": run.run_id,
        }
        return _json(
            200,
            {
                "id": run.run_id,
                "workflow_id": run.workflow_id,
                "status": run.status,
                "inputs": json.dumps(inputs),
                "outputs": run.outputs,
                "error": run.error,
                "total_steps": run.steps,
                "total_tokens": 0,
                "created_at": run.created_at,
                "finished_at": run.finished_at,
                "elapsed_time": run.elapsed if run.finished_at is not None else 0.0,
            },
        )

    def events(self, run_id: str, query: Mapping[str, str]) -> Reply:
        run = self.runs.get(run_id)
        if run is None or query.get("user") != run.user:
            return _error(404, "not_found", "Workflow run not found")  # no period here (36)
        snapshot = query.get("include_state_snapshot") == "true"
        keep_open = query.get("continue_on_pause") == "true"
        return Reply(
            200,
            [*SSE, ("Cache-Control", "no-cache")],
            frames=self.follow(run, live=False, snapshot=snapshot, continue_on_pause=keep_open),
        )

    def follow(
        self, run: DslRun, *, live: bool, snapshot: bool = False, continue_on_pause: bool = False
    ) -> Iterator[bytes | Wait]:
        """The frames of a run's stream: the live one from its start, or a follower from
        the moment of its request (with `snapshot`, from the start, ids replayed as Dify
        replays them). Where it starts is decided now, not when the body is first read."""
        if not live and run.ended:
            # A finished run: the final event rebuilt, task id = run id (recording 34), with
            # or without a snapshot (Dify replays nothing else of a finished run).
            final = self._event(run, "workflow_finished", self._finished_data(run))
            final["task_id"] = run.run_id
            return iter([_frame(final)])
        start = 0 if (live or snapshot) else len(run.events)
        return self._frames(run, start, live=live, snapshot=snapshot, continue_on_pause=continue_on_pause)

    def _frames(
        self, run: DslRun, cursor: int, *, live: bool, snapshot: bool, continue_on_pause: bool
    ) -> Iterator[bytes | Wait]:
        yield PING
        replayed_until = len(run.events) if snapshot else 0
        ping_every = max(self.ping_interval * self.time_scale, 0.001)
        quiet_since = time.monotonic()
        finished_at: float | None = None
        while True:
            changed = run.changed  # taken before looking, so no event slips between
            if not run.begun:
                # Waiting for a worker: after the first ping, silence (recording 98).
                yield Wait(1.0, changed)
                quiet_since = time.monotonic()
                continue
            if cursor < len(run.events):
                event = run.events[cursor]
                if snapshot and cursor < replayed_until and run.status == "running":
                    event = {**event, "task_id": run.run_id}  # a replay carries the run id there (41)
                cursor += 1
                quiet_since = time.monotonic()
                yield _frame(event)
                if live and run.live_end is not None and cursor > run.live_end:
                    return
                name = event["event"]
                if name == "workflow_finished" or (name == "workflow_paused" and not continue_on_pause):
                    if not continue_on_pause:
                        return
                    # Dify keeps a continue_on_pause stream open after the end, pinging,
                    # for about 300 s (recording 96).
                    finished_at = time.monotonic()
                continue
            now = time.monotonic()
            if finished_at is not None and now - finished_at > 300 * self.time_scale:
                return
            if now - quiet_since >= ping_every:
                quiet_since = now
                yield PING
            yield Wait(max(ping_every - (now - quiet_since), 0.001), changed)

    # -- logs and app ------------------------------------------------------------------------

    def parameters(self, recorded: Mapping[str, Any]) -> dict[str, Any]:
        from ._dsl import user_input_form

        features = self.app.features
        body = dict(recorded)
        body["user_input_form"] = user_input_form(self.app)
        for name in (
            "speech_to_text",
            "text_to_speech",
            "suggested_questions_after_answer",
            "retriever_resource",
        ):
            if isinstance(features.get(name), Mapping):
                body[name] = dict(features[name])
        body["opening_statement"] = str(features.get("opening_statement") or "")
        body["suggested_questions"] = list(features.get("suggested_questions") or [])
        body["file_upload"] = dict(features.get("file_upload") or {"enabled": False})
        return body

    def speech_on(self, feature: str) -> bool:
        value = self.app.features.get(feature)
        return isinstance(value, Mapping) and value.get("enabled") is True

    # -- event shapes ---------------------------------------------------------------------------

    @staticmethod
    def _event(run: DslRun, name: str, data: dict[str, Any]) -> dict[str, Any]:
        chat = run.chat
        if chat is not None:
            # A Chatflow's workflow events carry the chat's ids too (recording 102).
            return {
                "event": name,
                "conversation_id": chat.conversation.id,
                "message_id": chat.message_id,
                "created_at": int(time.time()),
                "task_id": run.task_id,
                "workflow_run_id": run.run_id,
                "data": data,
            }
        return {"event": name, "workflow_run_id": run.run_id, "task_id": run.task_id, "data": data}

    @staticmethod
    def _chat_event(run: DslRun, name: str, fields: dict[str, Any]) -> dict[str, Any]:
        """An event of the chat API's own (`message`, `message_end`): no run id, no `data`."""
        chat = run.chat
        assert chat is not None
        return {
            "event": name,
            "conversation_id": chat.conversation.id,
            "message_id": chat.message_id,
            "created_at": int(time.time()),
            "task_id": run.task_id,
            **fields,
        }

    def _started_data(self, run: DslRun, reason: str) -> dict[str, Any]:
        inputs = {
            **run.inputs,
            "sys.files": [],
            "sys.user_id": run.user,
            "sys.workflow_id": run.workflow_id,
            "sys.workflow_run_id": run.run_id,
        }
        return {
            "id": run.run_id,
            "workflow_id": run.workflow_id,
            "inputs": inputs,
            "created_at": int(time.time()),
            "reason": reason,
        }

    def _node_data(
        self, run: DslRun, node: Node, exec_id: str, values: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        now = int(time.time())
        base: dict[str, Any] = {
            "id": exec_id,
            "node_id": node.id,
            "node_type": node.type,
            "title": node.title,
            "index": 1,
            "predecessor_node_id": None,
            "inputs": None,
            "inputs_truncated": False,
            "created_at": now,
            "extras": {},
            "iteration_id": None,
            "loop_id": None,
        }
        if values is None:
            return {**base, "agent_strategy": None}
        del base["extras"]
        inputs = dict(run.inputs) if node.type == "start" else dict(values) if node.type == "end" else {}
        process: dict[str, Any] = {}
        if node.type == "http-request":
            process["request"] = self._http_request_line(run, node)
        return {
            **base,
            "inputs": inputs,
            "process_data": process,
            "process_data_truncated": False,
            "outputs": dict(values),
            "outputs_truncated": False,
            "status": "succeeded",
            "error": None,
            "elapsed_time": run.took.get(node.id, 0.0001),
            "execution_metadata": None,
            "finished_at": now,
            "files": [],
        }

    def _http_request_line(self, run: DslRun, node: Node) -> str:
        """The request an HTTP node sent, as Dify shows it in `process_data.request`
        (recording 01: `GET /slow?s=1 HTTP/1.1` and the Host header), from the node's
        method and URL with its variables filled in."""
        url = _TEMPLATE.sub(
            lambda m: _text(self._value(run, [m.group(1), m.group(2)])), str(node.data.get("url", ""))
        )
        parts = urllib.parse.urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        method = str(node.data.get("method", "get")).upper()
        return f"{method} {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n"

    def _finished_data(self, run: DslRun) -> dict[str, Any]:
        return {
            "id": run.run_id,
            "workflow_id": run.workflow_id,
            "status": run.status,
            "outputs": dict(run.outputs),
            "error": run.error,
            "elapsed_time": run.elapsed,
            "total_tokens": 0,
            "total_steps": run.steps,
            "created_by": {"id": END_USER_ID, "user": run.user},
            "created_at": run.created_at,
            "finished_at": run.finished_at,
            "exceptions_count": 0,
            "files": [],
        }


def _unknown_form(token: str) -> Reply:
    # Flask appends its "did you mean" text to the message (recording 55).
    return _error(
        404,
        "not_found",
        f"Form not found. You have requested this URI [/v1/form/human_input/{token}] but did you mean "
        "/v1/form/human_input/<string:form_token> or /api/form/human_input/<string:form_token>/upload-token "
        "or /api/form/human_input/<string:form_token> ?",
    )


def _submitted(form: Form) -> Reply:
    return _error(
        412,
        "human_input_form_submitted",
        f"This form has already been submitted by another user, form_id={form.form_id}",
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _read_timeout(node: Node, seconds: float) -> tuple[float, str | None]:
    """An HTTP node whose (scenario) duration is over the read timeout its DSL sets
    fails once that timeout is up, as the node's request would; Dify's own ceiling
    (HTTP_REQUEST_MAX_READ_TIMEOUT, 600 s by default) applies where the DSL sets none."""
    timeouts = node.data.get("timeout")
    read = timeouts.get("read") if isinstance(timeouts, Mapping) else None
    limit = float(read) if isinstance(read, (int, float)) and read > 0 else HTTP_MAX_READ_TIMEOUT
    if seconds <= limit:
        return seconds, None
    return limit, f"Request timed out: the read timeout of {limit:g} s passed (the stand-in's words)"


def _default_of(kind: str) -> Any:
    kind = str(kind)
    if kind.startswith("array"):
        return []
    return {"number": 0, "integer": 0, "object": {}, "boolean": False}.get(kind, "")


def _metadata() -> dict[str, Any]:
    return {"annotation_reply": None, "retriever_resources": [], "usage": dict(USAGE), "reasoning": {}}
