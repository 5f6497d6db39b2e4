"""The facade's result classes: what users type against.

Each is a small frozen class whose fields are the ones the spec (with overlay
`004-fields-dify-always-sends`, which marks what Dify 1.15.0 always sends as required)
documents: a required field is a plain type, a nullable one `X | None`, an object of
arbitrary keys (`outputs`, `inputs`, `process_data`, metadata) a plain `dict`, ids are
`str`. `raw` keeps the whole JSON object as the server sent it (fields the classes do
not name, too), and `to_dict()` returns a copy of it.

Results are built from the decoded JSON by one small interpreter of the classes' own
type hints (`build`), so a field is declared once. A payload that does not fit raises
`Malformed` naming the field; the clients turn that into APIResponseValidationError, the
streams into a `MalformedEvent`. `tests/contract/test_results.py` holds every class to
its schema: a plain field must be required (and not nullable) there, and every field a
property, so a field upstream drops fails the contract suite (and vendoring, which
refuses a required name that is not a property).
"""

from __future__ import annotations

import datetime
import json
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar

import attrs

__all__ = [
    "AgentLogData",
    "AppInfo",
    "AppMeta",
    "AppParameters",
    "AppSite",
    "EndUser",
    "EndUserSummary",
    "FormAction",
    "HumanInputForm",
    "HumanInputFormFilledData",
    "HumanInputFormTimeoutData",
    "HumanInputRequiredData",
    "IterationCompletedData",
    "IterationNextData",
    "IterationStartedData",
    "LoopCompletedData",
    "LoopNextData",
    "LoopStartedData",
    "Malformed",
    "NodeFinishedData",
    "NodeRetryData",
    "NodeStartedData",
    "ReasoningChunkData",
    "TextChunkData",
    "TtsMessageData",
    "UploadedFile",
    "WorkflowFinishedData",
    "WorkflowLog",
    "WorkflowLogPage",
    "WorkflowPausedData",
    "WorkflowRunDetail",
    "WorkflowRunResult",
    "WorkflowRunSummary",
    "WorkflowStartedData",
    "all_optional",
    "build",
    "builder",
    "construction",
    "maker",
]

R = TypeVar("R")
JSONObject = dict[str, Any]


class Malformed(ValueError):
    """A JSON value that does not fit a result class; `path` names the field."""

    def __init__(self, path: str, why: str) -> None:
        super().__init__(f"{path}: {why}" if path else why)
        self.path = path
        self.why = why


def _frozen(cls: type[R]) -> type[R]:
    return attrs.frozen(kw_only=True)(cls)


@_frozen
class _Result:
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    def to_dict(self) -> JSONObject:
        """The JSON object as the server sent it (a copy)."""
        return dict(self.raw)

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> Self:
        """The result read from a decoded JSON object (Malformed, a ValueError, when it
        does not fit): for cached answers and tests."""
        return build(cls, payload)


def _json_text() -> Any:
    # Marks a dict field that the server sends as a JSON string (run detail's `inputs`).
    return attrs.field(factory=dict, metadata={"json_text": True})


# -- runs -------------------------------------------------------------------------------


@_frozen
class WorkflowFinishedData(_Result):
    """A finished (or, for a blocking run, paused) run: the `data` of `workflow_finished`
    and of a blocking run's answer. `outputs` is `{}` when Dify sends null (a failed
    run); `status` is as the server sent it (see `WorkflowFinishedEvent.status`)."""

    id: str
    workflow_id: str
    status: str
    outputs: JSONObject = attrs.field(factory=dict)
    error: str | None = None
    elapsed_time: float
    total_tokens: int
    total_steps: int
    created_at: int
    finished_at: int | None = None
    exceptions_count: int | None = None
    created_by: JSONObject = attrs.field(factory=dict)
    files: list[JSONObject] = attrs.field(factory=list)


@_frozen
class WorkflowRunResult(_Result):
    """The answer of a blocking run: `data.status`, `data.outputs`, ..."""

    task_id: str
    workflow_run_id: str
    data: WorkflowFinishedData


@_frozen
class WorkflowRunDetail(_Result):
    """A run as `get_workflow_run` reports it. `status`: "running", "succeeded",
    "failed", "stopped", "partial-succeeded" or "paused". `inputs` is parsed from the
    JSON text Dify sends."""

    id: str
    workflow_id: str
    status: str
    inputs: JSONObject = _json_text()
    outputs: JSONObject = attrs.field(factory=dict)
    error: str | None = None
    total_steps: int
    total_tokens: int
    created_at: int
    finished_at: int | None = None
    elapsed_time: float | None = None


# -- logs -------------------------------------------------------------------------------


@_frozen
class WorkflowRunSummary(_Result):
    """The run of a log entry."""

    id: str
    version: str
    status: str
    error: str | None = None
    elapsed_time: float
    total_tokens: int
    total_steps: int
    created_at: int
    finished_at: int | None = None
    exceptions_count: int
    triggered_from: str


@_frozen
class EndUserSummary(_Result):
    """The end user who started a logged run."""

    id: str
    type: str
    is_anonymous: bool
    session_id: str


@_frozen
class WorkflowLog(_Result):
    """One workflow log entry. `created_by_end_user` is None for a run an account
    started (then `created_by_account` holds it)."""

    id: str
    workflow_run: WorkflowRunSummary
    created_from: str
    created_by_role: str
    created_by_account: JSONObject | None = None
    created_by_end_user: EndUserSummary | None = None
    created_at: int
    details: JSONObject | None = None


@_frozen
class WorkflowLogPage(_Result):
    """One page of workflow logs."""

    page: int
    limit: int
    total: int
    has_more: bool
    data: list[WorkflowLog]


# -- app, end users, files, forms ------------------------------------------------------


@_frozen
class AppInfo(_Result):
    """The app's name, description, tags and mode (GET /info)."""

    name: str
    description: str
    tags: list[str]
    mode: str
    author_name: str


@_frozen
class AppParameters(_Result):
    """The app's input form and features (GET /parameters). `user_input_form` holds the
    controls as Dify sends them; `input_fields(parameters)` flattens them."""

    opening_statement: str | None = None
    suggested_questions: list[str] = attrs.field(factory=list)
    suggested_questions_after_answer: JSONObject
    speech_to_text: JSONObject
    text_to_speech: JSONObject
    retriever_resource: JSONObject
    annotation_reply: JSONObject
    more_like_this: JSONObject
    sensitive_word_avoidance: JSONObject
    user_input_form: list[JSONObject]
    file_upload: JSONObject
    system_parameters: JSONObject


@_frozen
class AppMeta(_Result):
    """The app's tool icons (GET /meta)."""

    tool_icons: JSONObject


@_frozen
class AppSite(_Result):
    """The app's web-app settings (GET /site); texts not configured are None."""

    title: str
    chat_color_theme: str | None = None
    chat_color_theme_inverted: bool
    icon_type: str | None = None
    icon: str | None = None
    icon_background: str | None = None
    icon_url: str | None = None
    description: str | None = None
    copyright: str | None = None
    privacy_policy: str | None = None
    input_placeholder: str | None = None
    custom_disclaimer: str | None = None
    default_language: str
    show_workflow_steps: bool
    use_icon_as_answer_icon: bool


@_frozen
class EndUser(_Result):
    """An end user of the app (GET /end-users/{id})."""

    id: str
    tenant_id: str
    app_id: str | None = None
    type: str
    external_user_id: str | None = None
    name: str | None = None
    is_anonymous: bool
    session_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime


@_frozen
class UploadedFile(_Result):
    """An uploaded file: pass `FileInput.local(uploaded.id)` to a run."""

    id: str
    name: str
    size: int
    extension: str | None = None
    mime_type: str | None = None
    created_by: str | None = None
    created_at: int
    source_url: str
    preview_url: str | None = None
    original_url: str | None = None


@_frozen
class FormAction(_Result):
    """A button of a human-input form: submit with `action=<id>`."""

    id: str
    title: str
    button_style: str


@_frozen
class HumanInputForm(_Result):
    """A human-input form (GET /form/human_input/{token}). `inputs` are the form's
    fields as Dify sends them (`type`, `output_variable_name`, `default`)."""

    form_content: str
    inputs: list[JSONObject]
    resolved_default_values: JSONObject
    user_actions: list[FormAction]
    expiration_time: int | None = None


# -- stream event payloads -----------------------------------------------------------


@_frozen
class WorkflowStartedData(_Result):
    """The `data` of `workflow_started`; `reason` is "resumption" for a resumed run."""

    id: str
    workflow_id: str
    inputs: JSONObject
    created_at: int
    reason: str | None = None


@_frozen
class NodeStartedData(_Result):
    """The `data` of `node_started`."""

    id: str
    node_id: str
    node_type: str
    title: str
    index: int
    predecessor_node_id: str | None = None
    inputs: JSONObject = attrs.field(factory=dict)
    created_at: int
    extras: JSONObject = attrs.field(factory=dict)
    iteration_id: str | None = None
    loop_id: str | None = None


@_frozen
class NodeFinishedData(_Result):
    """The `data` of `node_finished`; `status` "succeeded", "failed", "exception", ...
    with `error` set when it failed."""

    id: str
    node_id: str
    node_type: str
    title: str
    index: int
    predecessor_node_id: str | None = None
    inputs: JSONObject = attrs.field(factory=dict)
    process_data: JSONObject = attrs.field(factory=dict)
    outputs: JSONObject = attrs.field(factory=dict)
    status: str
    error: str | None = None
    elapsed_time: float
    execution_metadata: JSONObject = attrs.field(factory=dict)
    created_at: int
    finished_at: int
    files: list[JSONObject] = attrs.field(factory=list)
    iteration_id: str | None = None
    loop_id: str | None = None


@_frozen
class NodeRetryData(_Result):
    """The `data` of `node_retry` (no recording shows one: every field may be None)."""

    id: str | None = None
    node_id: str | None = None
    node_type: str | None = None
    title: str | None = None
    status: str | None = None
    error: str | None = None
    retry_index: int | None = None
    outputs: JSONObject = attrs.field(factory=dict)


@_frozen
class TextChunkData(_Result):
    """The `data` of `text_chunk`: a piece of an End output (`from_variable_selector`
    names it, e.g. `["end", "answer"]`)."""

    text: str
    from_variable_selector: list[str] = attrs.field(factory=list)


@_frozen
class ReasoningChunkData(_Result):
    """The `data` of `reasoning_chunk`."""

    reasoning: str | None = None
    node_id: str | None = None
    is_final: bool | None = None


@_frozen
class WorkflowPausedData(_Result):
    """The `data` of `workflow_paused`: `reasons` hold the forms the run waits for.
    Dify 1.15.0 always sends every field; the spec's own example only the ids, status
    and times, so the others have defaults (empty, 0)."""

    workflow_run_id: str
    paused_nodes: list[str] = attrs.field(factory=list)
    outputs: JSONObject = attrs.field(factory=dict)
    reasons: list[JSONObject] = attrs.field(factory=list)
    status: str
    created_at: int
    elapsed_time: float
    total_tokens: int = 0
    total_steps: int = 0


@_frozen
class HumanInputRequiredData(_Result):
    """The `data` of `human_input_required`: `form_token` opens the form."""

    form_id: str
    node_id: str
    node_title: str
    form_content: str
    inputs: list[JSONObject]
    actions: list[FormAction]
    display_in_ui: bool
    form_token: str | None = None
    resolved_default_values: JSONObject
    expiration_time: int


@_frozen
class HumanInputFormFilledData(_Result):
    """The `data` of `human_input_form_filled`: which action was chosen, with what."""

    node_id: str
    node_title: str
    rendered_content: str
    action_id: str
    action_text: str
    submitted_data: JSONObject = attrs.field(factory=dict)


@_frozen
class HumanInputFormTimeoutData(_Result):
    """The `data` of `human_input_form_timeout`."""

    node_id: str | None = None
    node_title: str | None = None
    expiration_time: int | None = None


# Iteration and loop events carry the same payloads (no recording shows one: every field
# may be None); one private body each, under the two public names.


@_frozen
class _GroupStarted(_Result):
    id: str | None = None
    node_id: str | None = None
    node_type: str | None = None
    title: str | None = None
    inputs: JSONObject = attrs.field(factory=dict)


@_frozen
class _GroupNext(_Result):
    id: str | None = None
    node_id: str | None = None
    title: str | None = None
    index: int | None = None


@_frozen
class _GroupCompleted(_Result):
    id: str | None = None
    node_id: str | None = None
    title: str | None = None
    outputs: JSONObject = attrs.field(factory=dict)
    status: str | None = None
    error: str | None = None
    elapsed_time: float | None = None
    steps: int | None = None


@_frozen
class IterationStartedData(_GroupStarted):
    """The `data` of `iteration_started` (not in the recordings: fields may be None)."""


@_frozen
class IterationNextData(_GroupNext):
    """The `data` of `iteration_next`."""


@_frozen
class IterationCompletedData(_GroupCompleted):
    """The `data` of `iteration_completed`."""


@_frozen
class LoopStartedData(_GroupStarted):
    """The `data` of `loop_started`."""


@_frozen
class LoopNextData(_GroupNext):
    """The `data` of `loop_next`."""


@_frozen
class LoopCompletedData(_GroupCompleted):
    """The `data` of `loop_completed`."""


@_frozen
class AgentLogData(_Result):
    """The `data` of `agent_log`."""

    id: str | None = None
    node_id: str | None = None
    label: str | None = None
    status: str | None = None
    error: str | None = None
    data: JSONObject = attrs.field(factory=dict)


@_frozen
class TtsMessageData(_Result):
    """`tts_message` / `tts_message_end`: the event itself (`audio` is base64 MP3)."""

    audio: str = ""
    created_at: int | None = None


# -- the interpreter ----------------------------------------------------------------------

_MISSING: Any = object()
Convert = Callable[[Any, str], Any]
_BUILDERS: dict[type, Callable[[Any, str], Any]] = {}


def build(cls: type[R], payload: Any, path: str = "") -> R:
    """An instance of result class `cls` from a decoded JSON object; Malformed otherwise."""
    return builder(cls)(payload, path)  # type: ignore[no-any-return]


def builder(cls: type) -> Callable[[Any, str], Any]:
    """The function `build` uses for `cls` (for callers that build many of one class)."""
    found = _BUILDERS.get(cls)
    if found is None:
        found = _BUILDERS[cls] = _compile(cls)
    return found


_ALL_OPTIONAL: dict[type, bool] = {}


def all_optional(cls: type) -> bool:
    """True when every field of `cls` has a default (`{}` builds it)."""
    found = _ALL_OPTIONAL.get(cls)
    if found is None:
        found = _ALL_OPTIONAL[cls] = all(
            f.default is not attrs.NOTHING for f in attrs.fields(cls) if f.name != "raw"
        )
    return found


def _at(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _hints(cls: type) -> dict[str, Any]:
    """The field types of a result class, its names resolved in its own module (result
    classes of other modules, the chat API's, name their own classes) and in this one."""
    own = sys.modules[cls.__module__].__dict__
    return typing.get_type_hints(cls, globalns=globals() if own is globals() else {**globals(), **own})


def _compile(cls: type) -> Callable[[Any, str], Any]:
    """A builder for `cls` written out as one function (as attrs writes its __init__):
    a value of exactly the expected type is taken as it is; anything else (null, a
    missing key, an int for a float, a nested object, a wrong type) goes through the
    field's converter, which applies defaults or raises Malformed. A stream builds one
    of these per event, so the common case takes one type check per field."""
    hints = _hints(cls)
    namespace: dict[str, Any] = {
        "cls": cls, "M": _MISSING, "Mapping": Mapping, "Malformed": Malformed, "_kind": _kind, "_at": _at,
    }  # fmt: skip
    lines = [
        "def build(p, path):",
        "    if p.__class__ is not dict and not isinstance(p, Mapping):",
        "        raise Malformed(path, f'expected a JSON object, got {_kind(p)}')",
        "    g = p.get",
    ]
    names: list[tuple[str, str]] = []
    for index, (name, convert, null_kept) in enumerate(_plan(cls)):
        exact = _json_type(hints[name], attrs.fields_dict(cls)[name].metadata.get("json_text", False))
        namespace[f"C{index}"], namespace[f"T{index}"] = convert, exact
        lines.append(f"    v{index} = g({name!r}, M)")
        checks = [f"v{index}.__class__ is not T{index}"] if exact is not None else []
        if null_kept:  # Dify sends many nullable fields as null: no call for those
            checks.append(f"v{index} is not None")
        lines.append(
            f"    if {' and '.join(checks) or 'True'}: v{index} = C{index}(v{index}, _at(path, {name!r}))"
        )
        names.append((name, f"v{index}"))
    lines += construction(cls, [("raw", "p"), *names], namespace)
    exec("\n".join(lines), namespace)  # noqa: S102 - source written above from the class's own fields
    return namespace["build"]  # type: ignore[no-any-return]


def maker(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """A function taking the values of `names` (in order) that makes an instance of the
    frozen attrs class `cls` with `construction`'s shortcut (events are made per event)."""
    namespace: dict[str, Any] = {}
    values = [(name, f"a{index}") for index, name in enumerate(names)]
    lines = [f"def make({', '.join(expr for _, expr in values)}):", *construction(cls, values, namespace)]
    exec("\n".join(lines), namespace)  # noqa: S102 - source written above from the field names
    return namespace["make"]  # type: ignore[no-any-return]


def construction(cls: type, values: list[tuple[str, str]], namespace: dict[str, Any]) -> list[str]:
    """Source lines that make an instance of the frozen attrs class `cls` from `values`
    (field name, expression) and return it.

    attrs' frozen `__init__` sets each slot through `object.__setattr__`, which is most
    of what building an event costs; the slots' own descriptors set them at a fraction of
    that. The instance is the same when `values` names every field and `__init__` would
    only store them; a class with anything more (a validator, a converter, a post-init,
    a field that is not a plain slot, one not named) is made through its `__init__`."""
    namespace["cls"] = cls
    keywords = ", ".join(f"{name}={expr}" for name, expr in values)
    fields = attrs.fields(cls)
    if (
        {f.name for f in fields} != {name for name, _ in values}
        or any(f.validator is not None or f.converter is not None for f in fields)
        or hasattr(cls, "__attrs_post_init__")
    ):
        return [f"    return cls({keywords})"]
    setters = {}
    for name, _ in values:
        slot = getattr(cls, name, None)
        if type(slot) is not types.MemberDescriptorType:
            return [f"    return cls({keywords})"]
        setters[name] = slot.__set__
    namespace["_new"] = object.__new__
    lines = ["    o = _new(cls)"]
    for index, (name, expr) in enumerate(values):
        namespace[f"S{index}"] = setters[name]
        lines.append(f"    S{index}(o, {expr})")
    lines.append("    return o")
    return lines


def _json_type(hint: Any, json_text: bool) -> type | None:
    """The one JSON type a field's value takes as it is, or None when it is converted."""
    if json_text:
        return None
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        hint = others[0] if len(others) == 1 else None
    if hint in (str, int, float, bool):
        return hint  # type: ignore[no-any-return]
    if typing.get_origin(hint) is dict or hint is dict:
        return dict
    return None


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _plan(cls: type) -> list[tuple[str, Convert, bool]]:
    """Per field: its name, its converter, and whether a null is kept as it is (a nullable
    field whose default, if any, is None)."""
    hints = _hints(cls)
    plan = []
    for field in attrs.fields(cls):
        if field.name == "raw":
            continue
        default: Callable[[], Any] | None = None
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            default = field.default.factory
        elif field.default is not attrs.NOTHING:
            value = field.default
            default = lambda value=value: value  # noqa: E731
        hint = hints[field.name]
        nullable = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(
            None
        ) in typing.get_args(hint)
        null_kept = nullable and (field.default is attrs.NOTHING or field.default is None)
        convert = _field(hint, default, field.metadata.get("json_text", False))
        plan.append((field.name, convert, null_kept))
    return plan


def _field(hint: Any, default: Callable[[], Any] | None, json_text: bool) -> Convert:
    args = typing.get_args(hint)
    nullable = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args
    inner = next(a for a in args if a is not type(None)) if nullable else hint
    convert = _converter(inner)
    if json_text:
        plain = convert

        def convert(value: Any, path: str) -> Any:
            if isinstance(value, str):
                try:
                    value = json.loads(value) if value else {}
                except ValueError as exc:
                    raise Malformed(path, f"not JSON text ({exc})") from None
            return plain(value, path)

    # `X | None` without a default: the key is required, its value may be null.
    def field(value: Any, path: str) -> Any:
        if value is _MISSING or value is None:
            if default is not None:
                return default()
            if nullable and value is None:
                return None
            raise Malformed(path, "missing" if value is _MISSING else "null where the spec requires a value")
        return convert(value, path)

    return field


def _converter(hint: Any) -> Convert:
    origin = typing.get_origin(hint)
    if hint is str:
        return _exact(str)
    if hint is bool:
        return _exact(bool)
    if hint is int:
        return _integer
    if hint is float:
        return _number
    if hint is datetime.datetime:
        return _datetime
    if origin is dict or hint is dict:
        return _object
    if origin is list:
        (item,) = typing.get_args(hint)
        one = _object if typing.get_origin(item) is dict else _converter(item)
        exact = _json_type(item, False)

        def many(value: Any, path: str) -> list[Any]:
            if type(value) is not list:
                raise Malformed(path, f"expected a list, got {_kind(value)}")
            if exact is not None:
                # The common case (a list of strings, say): checked without a call per item.
                for v in value:
                    if v.__class__ is not exact:
                        break
                else:
                    return list(value)
            return [one(v, f"{path}[{i}]") for i, v in enumerate(value)]

        return many
    if isinstance(hint, type) and attrs.has(hint):
        return lambda value, path: build(hint, value, path)
    raise TypeError(f"no converter for {hint!r}")  # a programming error in a class above


def _exact(kind: type) -> Convert:
    def check(value: Any, path: str) -> Any:
        if type(value) is not kind:
            raise Malformed(path, f"expected {kind.__name__}, got {_kind(value)}")
        return value

    return check


def _integer(value: Any, path: str) -> int:
    if type(value) is not int:
        raise Malformed(path, f"expected int, got {_kind(value)}")
    return value


def _number(value: Any, path: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise Malformed(path, f"expected a number, got {_kind(value)}")


def _object(value: Any, path: str) -> JSONObject:
    if type(value) is not dict:
        raise Malformed(path, f"expected a JSON object, got {_kind(value)}")
    return value


def _datetime(value: Any, path: str) -> datetime.datetime:
    if type(value) is not str:
        raise Malformed(path, f"expected an ISO 8601 date-time, got {_kind(value)}")
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        raise Malformed(path, f"not an ISO 8601 date-time: {value[:40]!r}") from None
