"""Typed stream events: one class per event name of the spec's event union.

Every typed event carries what every Dify data event carries (`event`, `task_id`,
`workflow_run_id`, all `str`), its `data` as a facade result class (`_results`: plain
types for what Dify always sends, dicts for arbitrary objects) and the `raw` JSON object.

A stream is never killed by one odd event: a payload its class cannot read becomes a
`MalformedEvent` (with `raw` and the reason), an event name the spec does not know an
`UnknownEvent`. So `data` is never None on a typed event.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from ._results import (
    AgentLogData,
    HumanInputFormFilledData,
    HumanInputFormTimeoutData,
    HumanInputRequiredData,
    IterationCompletedData,
    IterationNextData,
    IterationStartedData,
    LoopCompletedData,
    LoopNextData,
    LoopStartedData,
    Malformed,
    NodeFinishedData,
    NodeRetryData,
    NodeStartedData,
    ReasoningChunkData,
    TextChunkData,
    TtsMessageData,
    WorkflowFinishedData,
    WorkflowPausedData,
    WorkflowStartedData,
    all_optional,
    builder,
    maker,
)

__all__ = [
    "AgentLogEvent",
    "HumanInputFormFilledEvent",
    "HumanInputFormTimeoutEvent",
    "HumanInputRequiredEvent",
    "IterationCompletedEvent",
    "IterationNextEvent",
    "IterationStartedEvent",
    "LoopCompletedEvent",
    "LoopNextEvent",
    "LoopStartedEvent",
    "MalformedEvent",
    "NodeFinishedEvent",
    "NodeRetryEvent",
    "NodeStartedEvent",
    "ReasoningChunkEvent",
    "StreamEvent",
    "TextChunkEvent",
    "TtsMessageEndEvent",
    "TtsMessageEvent",
    "TypedEvent",
    "UnknownEvent",
    "WorkflowFinishedEvent",
    "WorkflowPausedEvent",
    "WorkflowStartedEvent",
]

log = logging.getLogger("dify_workflow")

D = TypeVar("D")

# The error text of a workflow_finished that a stop caused. The live stream calls such a
# run "failed"; run detail and replays call it "stopped" (recordings 02, 04, 35).
ABORTED_BY_STOP = "Aborted: User requested stop"
# The key marking a workflow_finished the client built from run detail.
FROM_RUN_DETAIL = "x_dify_workflow_from_run_detail"


@attrs.frozen
class StreamEvent:
    """One event of a workflow stream: `event` is its name, `raw` the whole JSON object.

    Iterating a stream yields the subclasses: a `TypedEvent` subclass per event name of
    the spec (check with `isinstance`), `UnknownEvent` for a name the spec does not know,
    `MalformedEvent` for a payload its class cannot read.
    """

    event: str
    raw: Mapping[str, Any] = attrs.field(repr=False)


@attrs.frozen
class TypedEvent(StreamEvent, Generic[D]):
    """An event of the spec with its typed `data` (never None)."""

    task_id: str
    workflow_run_id: str
    data: D

    # The class of `data`, and whether it is the `data` member or the event itself.
    _data_class: ClassVar[type[Any]]
    _whole: ClassVar[bool] = False


@attrs.frozen
class UnknownEvent(StreamEvent):
    """An event whose name the vendored spec does not know; `data` is its raw `data`."""

    task_id: str | None
    workflow_run_id: str | None
    data: object


@attrs.frozen
class MalformedEvent(StreamEvent):
    """An event of the spec whose payload its class cannot read (a field missing or of
    the wrong type): `reason` says which; `raw` has everything the server sent. The
    stream goes on after it."""

    task_id: str | None
    workflow_run_id: str | None
    reason: str


class WorkflowStartedEvent(TypedEvent[WorkflowStartedData]):
    """The run started (or resumed: `data.reason` is then "resumption")."""

    _data_class = WorkflowStartedData


class WorkflowFinishedEvent(TypedEvent[WorkflowFinishedData]):
    """The run ended; the server closes the stream after it.

    `status` is the run's status as run detail names it: a run ended by a stop is
    "stopped" here although the live stream says "failed".
    """

    _data_class = WorkflowFinishedData

    @property
    def stopped(self) -> bool:
        """True when the run ended because it was stopped."""
        return self.status == "stopped"

    @property
    def status(self) -> str:
        """`succeeded`, `failed`, `stopped`, `partial-succeeded`, ..."""
        data = self.data
        if data.status == "failed" and data.error == ABORTED_BY_STOP:
            return "stopped"
        return data.status

    @property
    def error(self) -> str | None:
        """The run's error text, None when it has none."""
        return self.data.error

    @property
    def outputs(self) -> dict[str, Any]:
        """The run's outputs by End-node variable name (`{}` for a failed run)."""
        return self.data.outputs

    @property
    def from_run_detail(self) -> bool:
        """True when the stream did not deliver this event and it was built from run
        detail (the stream went quiet after the run had ended; see `quiet_timeout`)."""
        return self.raw.get(FROM_RUN_DETAIL) is True


class WorkflowPausedEvent(TypedEvent[WorkflowPausedData]):
    """The run paused (at a human-input node); the stream closes after it unless the
    events stream was opened with `continue_on_pause=True`."""

    _data_class = WorkflowPausedData


class NodeStartedEvent(TypedEvent[NodeStartedData]):
    """A node started."""

    _data_class = NodeStartedData


class NodeFinishedEvent(TypedEvent[NodeFinishedData]):
    """A node finished (or failed)."""

    _data_class = NodeFinishedData


class NodeRetryEvent(TypedEvent[NodeRetryData]):
    """A node is being retried."""

    _data_class = NodeRetryData


class TextChunkEvent(TypedEvent[TextChunkData]):
    """A piece of text output (a workflow streams its End outputs this way)."""

    _data_class = TextChunkData


class ReasoningChunkEvent(TypedEvent[ReasoningChunkData]):
    """A piece of a model's reasoning text."""

    _data_class = ReasoningChunkData


class HumanInputRequiredEvent(TypedEvent[HumanInputRequiredData]):
    """A human-input node waits for its form (`data.form_token`)."""

    _data_class = HumanInputRequiredData


class HumanInputFormFilledEvent(TypedEvent[HumanInputFormFilledData]):
    """A human-input form was submitted and the run goes on."""

    _data_class = HumanInputFormFilledData


class HumanInputFormTimeoutEvent(TypedEvent[HumanInputFormTimeoutData]):
    """A human-input form expired."""

    _data_class = HumanInputFormTimeoutData


class IterationStartedEvent(TypedEvent[IterationStartedData]):
    """An iteration node started."""

    _data_class = IterationStartedData


class IterationNextEvent(TypedEvent[IterationNextData]):
    """An iteration node moved to its next item."""

    _data_class = IterationNextData


class IterationCompletedEvent(TypedEvent[IterationCompletedData]):
    """An iteration node completed."""

    _data_class = IterationCompletedData


class LoopStartedEvent(TypedEvent[LoopStartedData]):
    """A loop node started."""

    _data_class = LoopStartedData


class LoopNextEvent(TypedEvent[LoopNextData]):
    """A loop node moved to its next round."""

    _data_class = LoopNextData


class LoopCompletedEvent(TypedEvent[LoopCompletedData]):
    """A loop node completed."""

    _data_class = LoopCompletedData


class AgentLogEvent(TypedEvent[AgentLogData]):
    """A step of an agent node."""

    _data_class = AgentLogData


class TtsMessageEvent(TypedEvent[TtsMessageData]):
    """A piece of synthesized speech; `data` is the event itself (`audio`, `created_at`)."""

    _data_class = TtsMessageData
    _whole = True


class TtsMessageEndEvent(TypedEvent[TtsMessageData]):
    """The end of the synthesized speech."""

    _data_class = TtsMessageData
    _whole = True


# Event names with a class. `ping` is never yielded and `error` raises StreamError; the
# pipeline tests check this table against the spec's event union.
EVENT_CLASSES: dict[str, type[TypedEvent[Any]]] = {
    "workflow_started": WorkflowStartedEvent,
    "workflow_finished": WorkflowFinishedEvent,
    "workflow_paused": WorkflowPausedEvent,
    "node_started": NodeStartedEvent,
    "node_finished": NodeFinishedEvent,
    "node_retry": NodeRetryEvent,
    "text_chunk": TextChunkEvent,
    "reasoning_chunk": ReasoningChunkEvent,
    "human_input_required": HumanInputRequiredEvent,
    "human_input_form_filled": HumanInputFormFilledEvent,
    "human_input_form_timeout": HumanInputFormTimeoutEvent,
    "iteration_started": IterationStartedEvent,
    "iteration_next": IterationNextEvent,
    "iteration_completed": IterationCompletedEvent,
    "loop_started": LoopStartedEvent,
    "loop_next": LoopNextEvent,
    "loop_completed": LoopCompletedEvent,
    "agent_log": AgentLogEvent,
    "tts_message": TtsMessageEvent,
    "tts_message_end": TtsMessageEndEvent,
}
NOT_YIELDED = frozenset({"ping", "error"})


# Per event name: the maker of its class (event, raw, task_id, workflow_run_id, data),
# the builder of its data, whether the data is the whole object, and whether a missing
# data object builds from `{}`. Filled on first use.
_PLANS: dict[str, tuple[Any, Any, bool, bool]] = {}
TYPED_FIELDS = ("event", "raw", "task_id", "workflow_run_id", "data")


def _plan_of(name: str) -> tuple[Any, Any, bool, bool] | None:
    cls = EVENT_CLASSES.get(name)
    if cls is None:
        return None
    make = maker(cls, TYPED_FIELDS)
    plan = _PLANS[name] = (make, builder(cls._data_class), cls._whole, all_optional(cls._data_class))
    return plan


def parse_event(raw: Mapping[str, Any]) -> StreamEvent:
    """The event for one decoded JSON object; never raises (a payload that does not fit
    gives a MalformedEvent)."""
    name = raw.get("event")
    name = name if name.__class__ is str else ""
    task_id, run_id = raw.get("task_id"), raw.get("workflow_run_id")
    plan = _PLANS.get(name) or _plan_of(name)
    if plan is None:
        log.debug("stream event %r is not in the spec, yielded as UnknownEvent", name)
        return UnknownEvent(
            event=name,
            raw=raw,
            task_id=task_id if isinstance(task_id, str) else None,
            workflow_run_id=run_id if isinstance(run_id, str) else None,
            data=raw.get("data"),
        )
    make, build_data, whole, optional = plan
    try:
        if task_id.__class__ is not str or run_id.__class__ is not str:
            missing = "task_id" if type(task_id) is not str else "workflow_run_id"
            raise Malformed(missing, "missing or not a string")
        if whole:
            data = build_data(raw, "")
        else:
            payload = raw.get("data")
            if payload is None and optional:
                payload = {}  # events no recording shows have every field optional
            data = build_data(payload, "data")
    except Malformed as exc:
        log.debug("stream event %r does not match the spec (%s)", name, exc)
        return MalformedEvent(
            event=name,
            raw=raw,
            task_id=task_id if isinstance(task_id, str) else None,
            workflow_run_id=run_id if isinstance(run_id, str) else None,
            reason=str(exc),
        )
    return make(name, raw, task_id, run_id, data)  # type: ignore[no-any-return]
