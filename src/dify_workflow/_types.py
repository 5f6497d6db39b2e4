"""The facade's own result and argument types: stable however the spec's generated names change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from ._events import WorkflowFinishedEvent, WorkflowPausedEvent
    from ._results import AppParameters

__all__ = [
    "AsyncHttpBackend",
    "FileInput",
    "HttpBackend",
    "InputField",
    "RunHandle",
    "RunOutcome",
    "StopOutcome",
    "StopTaskResult",
    "input_fields",
]

AsyncHttpBackend = Literal["httpx", "aiohttp"]
AsyncHttpBackend.__doc__ = """The connection pools `AsyncWorkflowClient(http_backend=...)` can make
for itself: httpx's (the default) or aiohttp's (extra `aiohttp`; faster with many calls in
flight, asyncio only)."""
HttpBackend = Literal["httpx"]
HttpBackend.__doc__ = """The connection pool `WorkflowClient(http_backend=...)` makes: httpx's
(aiohttp's is for asyncio code, `AsyncHttpBackend`)."""

# Run statuses after which nothing more happens to a run (run detail's names).
ENDED_STATUSES = frozenset({"succeeded", "failed", "stopped", "partial-succeeded"})


def file_type(name: str) -> str:
    """The `type` a run's file input takes for a file of this name: image, audio, video or
    document."""
    import mimetypes  # with the first file, not with the package

    kind = (mimetypes.guess_type(name)[0] or "").split("/", 1)[0]
    return kind if kind in ("image", "audio", "video") else "document"


@attrs.frozen
class StopTaskResult:
    """Outcome of `stop_task`: `result` is "success" when the stop was requested.

    `request_id` is the server's request id header when it sends one, else None.
    """

    result: str
    request_id: str | None = None


@attrs.frozen
class StopOutcome:
    """What `stream.stop()` learned.

    `requested`: the server accepted the stop (Dify accepts any id, so this alone
    proves nothing). `confirmed`: the run ended because of the stop. `status`: the run's
    status as run detail names it ("stopped", never the stream's "failed" alias;
    "paused" for a paused run, which a stop ends only when it resumes; None when it
    could not be learned). `final_event`: the terminal event the stream gave, if any.
    """

    requested: bool
    confirmed: bool
    status: str | None
    final_event: WorkflowFinishedEvent | WorkflowPausedEvent | None = None


@attrs.frozen
class RunOutcome:
    """How a run ended, from its terminal event (`stream.outcome()`), one object whatever
    the end was.

    `status`: "succeeded", "failed", "stopped", "partial-succeeded", or "paused" (at a
    human-input form: `form_token` is the first form's token). `outputs`: the End
    outputs by name (`{}` when there are none). `error`: the run's error text, or None.
    `from_run_detail`: the stream gave no end and run detail did (see `quiet_timeout`).
    `final_event` is the terminal event itself.
    """

    status: str
    outputs: dict[str, Any]
    error: str | None
    workflow_run_id: str
    elapsed_time: float
    total_tokens: int
    form_token: str | None
    from_run_detail: bool
    final_event: WorkflowFinishedEvent | WorkflowPausedEvent = attrs.field(repr=False)

    @property
    def succeeded(self) -> bool:
        """True when the run succeeded (partial success is not success)."""
        return self.status == "succeeded"


_HANDLE_VERSION = 1


@attrs.frozen(kw_only=True)
class RunHandle:
    """A run started in the background (`client.submit`), or one whose request was sent
    but whose ids never arrived (`err.pending_run`): enough to find it, follow it, wait
    for it and stop it later, from this process or another (`to_json` / `from_json`).

    `task_id` and `workflow_run_id` are None while the run is *pending*: sent, but no
    worker has taken it yet (a busy Dify queues runs silently), or the answer that
    carried its ids was lost. `client.resolve(handle)` finds such a run on the server by
    what identifies it without ids: its `user`, the time it was sent (`sent_at`, Unix
    seconds on the server's clock when the server's Date header told it) and
    `inputs_digest` (a hash of each input's value, so that no input value is kept).
    `workflow_id` is the published workflow version it runs, when one was named. A
    handle holds no key: it can be written to a file or a queue.
    """

    user: str
    sent_at: float
    inputs_digest: Mapping[str, str] = attrs.field(factory=dict, hash=False, repr=False)
    task_id: str | None = None
    workflow_run_id: str | None = None
    workflow_id: str | None = None

    @property
    def pending(self) -> bool:
        """True while the run's id is not known (`client.resolve` finds it)."""
        return self.workflow_run_id is None

    def with_ids(self, workflow_run_id: str, task_id: str | None = None) -> RunHandle:
        """The same handle, with the run's ids."""
        return attrs.evolve(self, workflow_run_id=workflow_run_id, task_id=task_id or self.task_id)

    def to_json(self) -> str:
        """The handle as one line of JSON (`RunHandle.from_json` reads it back)."""
        import json  # with the first handle written, not with the package

        return json.dumps(
            {
                "dify_run_handle": _HANDLE_VERSION,
                "task_id": self.task_id,
                "workflow_run_id": self.workflow_run_id,
                "user": self.user,
                "sent_at": self.sent_at,
                "workflow_id": self.workflow_id,
                "inputs_digest": dict(self.inputs_digest),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> RunHandle:
        """A handle from `to_json`'s text; ValueError (`InvalidInputError`) saying what is
        wrong otherwise."""
        import json

        from ._exceptions import InvalidInputError

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InvalidInputError(f"a run handle is one JSON object (RunHandle.to_json); {exc}") from None
        if not isinstance(data, dict) or data.get("dify_run_handle") != _HANDLE_VERSION:
            raise InvalidInputError(
                "not a run handle: expected the JSON object RunHandle.to_json() writes "
                f'(with "dify_run_handle": {_HANDLE_VERSION})'
            )
        user, sent_at, digest = data.get("user"), data.get("sent_at"), data.get("inputs_digest")
        if not isinstance(user, str) or not user:
            raise InvalidInputError("the run handle has no 'user'")
        if isinstance(sent_at, bool) or not isinstance(sent_at, int | float):
            raise InvalidInputError("the run handle has no 'sent_at' time")
        if not isinstance(digest, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in digest.items()
        ):
            raise InvalidInputError("the run handle's 'inputs_digest' is not an object of strings")
        ids: dict[str, str | None] = {}
        for name in ("task_id", "workflow_run_id", "workflow_id"):
            value = data.get(name)
            if value is not None and (not isinstance(value, str) or not value):
                raise InvalidInputError(f"the run handle's {name!r} is not a string")
            ids[name] = value
        return cls(user=user, sent_at=float(sent_at), inputs_digest=digest, **ids)


@attrs.frozen
class FileInput:
    """A file passed to a run: an uploaded file (`FileInput.local(upload_file_id)`) or a
    URL (`FileInput.remote(url)`). `type` is the spec's file type: image, document,
    audio, video or custom."""

    type: str
    transfer_method: str
    upload_file_id: str | None = None
    url: str | None = None

    @classmethod
    def local(cls, upload_file_id: str, *, type: str = "document") -> FileInput:
        """A file uploaded with `upload_file` (its `id`)."""
        return cls(type=type, transfer_method="local_file", upload_file_id=upload_file_id)

    @classmethod
    def remote(cls, url: str, *, type: str = "image") -> FileInput:
        """A file the server fetches from `url`."""
        return cls(type=type, transfer_method="remote_url", url=url)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the API takes."""
        out: dict[str, Any] = {"type": self.type, "transfer_method": self.transfer_method}
        if self.upload_file_id is not None:
            out["upload_file_id"] = self.upload_file_id
        if self.url is not None:
            out["url"] = self.url
        return out


@attrs.frozen
class InputField:
    """One input of the app's form, as a UI would render it (see `input_fields`).

    `kind` is the control's key ("text-input", "paragraph", "select", "number", "file",
    ... including kinds newer than the spec); `name` is the variable to pass in `inputs`;
    `raw` is the control's whole JSON object.
    """

    name: str
    kind: str
    label: str
    required: bool
    default: Any
    options: tuple[str, ...]
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False)


def input_fields(parameters: AppParameters | Mapping[str, Any]) -> list[InputField]:
    """The inputs of `get_app_parameters()` (its `user_input_form`) as a flat list.

    Each control is an object with one key naming its kind; controls the spec does not
    know are listed too, read from their JSON, never dropped.
    """
    data = parameters.raw if hasattr(parameters, "raw") else dict(parameters)
    fields: list[InputField] = []
    for control in data.get("user_input_form") or []:
        if not isinstance(control, Mapping) or len(control) != 1:
            continue
        ((kind, body),) = control.items()
        if not isinstance(body, Mapping):
            continue
        options = body.get("options")
        fields.append(
            InputField(
                name=str(body.get("variable", "")),
                kind=str(body.get("type") or kind),
                label=str(body.get("label", body.get("variable", ""))),
                required=body.get("required") is True,
                default=body.get("default"),
                options=tuple(str(o) for o in options) if isinstance(options, list) else (),
                raw=body,
            )
        )
    return fields
