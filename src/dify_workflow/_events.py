"""Typed stream events: one class per event name of the spec's event union.

Each event keeps what every Dify event carries (`event`, `task_id`, `workflow_run_id`),
its `data` parsed into the generated model (by its stable name, so upstream renames of
the schemas do not reach consumers) and the `raw` JSON object as the server sent it.

A stream is never killed by one odd event: a payload that does not match its schema
gives the event with `data=None` (the ids and `raw` still there), and an event name the
spec does not know gives `UnknownEvent`. `data` is parsed on first access.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs

from ._conform import check

if TYPE_CHECKING:
    # Named in the string type arguments of the classes below (typing only).
    from dify_workflow_api import stable_names as sn  # noqa: F401

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
    "NodeFinishedEvent",
    "NodeRetryEvent",
    "NodeStartedEvent",
    "ReasoningChunkEvent",
    "StreamEvent",
    "TextChunkEvent",
    "TtsMessageEndEvent",
    "TtsMessageEvent",
    "UnknownEvent",
    "WorkflowFinishedEvent",
    "WorkflowPausedEvent",
    "WorkflowStartedEvent",
]

log = logging.getLogger("dify_workflow")

D = TypeVar("D")
_UNREAD: Any = object()  # `data` not parsed yet

# The error text of a workflow_finished that a stop caused. The live stream calls such a
# run "failed"; run detail and replays call it "stopped" (recordings 02, 04, 35).
ABORTED_BY_STOP = "Aborted: User requested stop"


@attrs.frozen
class StreamEvent(Generic[D]):
    """One event of a workflow stream.

    `task_id` and `workflow_run_id` are the strings the server sent (None when absent);
    `raw` is the whole JSON object. `data` is the event's payload as a typed model, read
    on first access (a stream of many events costs little when `data` is not used), or
    None when the server sent none or one that does not match the spec (logged at DEBUG).
    """

    event: str
    task_id: str | None
    workflow_run_id: str | None
    raw: Mapping[str, Any] = attrs.field(repr=False)
    _typed: Any = attrs.field(default=_UNREAD, init=False, repr=False, eq=False)

    # How `data` is read from the JSON object; set by each subclass.
    _parse: ClassVar[Callable[[Mapping[str, Any]], Any]]

    @property
    def data(self) -> D | None:
        """The typed payload (None when absent or unreadable)."""
        value = self._typed
        if value is _UNREAD:
            try:
                value = type(self)._parse(self.raw)
            except Exception as exc:
                log.debug(
                    "stream event %r does not match the spec (%s: %s)", self.event, type(exc).__name__, exc
                )
                value = None
            # A cache, not state: frozen from the outside, filled once from the inside.
            object.__setattr__(self, "_typed", value)
        return value  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(event={self.event!r}, task_id={self.task_id!r}, "
            f"workflow_run_id={self.workflow_run_id!r}, data={self.data!r})"
        )


def _model(name: str) -> Any:
    # The generated models are imported when an event's data is first read, not with
    # the package.
    from dify_workflow_api import stable_names

    return getattr(stable_names, name)


def _data_of(name: str) -> Callable[[Mapping[str, Any]], Any]:
    def parse(raw: Mapping[str, Any]) -> Any:
        payload = raw.get("data")
        if payload is None:
            return None
        parsed = _model(name).from_dict(payload)
        check(parsed)
        return parsed

    return parse


def _whole(name: str) -> Callable[[Mapping[str, Any]], Any]:
    # Events without a `data` object (tts_*): the typed payload is the event itself.
    def parse(raw: Mapping[str, Any]) -> Any:
        parsed = _model(name).from_dict(raw)
        check(parsed)
        return parsed

    return parse


def _raw_data(raw: Mapping[str, Any]) -> Any:
    return raw.get("data")


class WorkflowStartedEvent(StreamEvent["sn.EventWorkflowStartedData"]):
    """The run started (or resumed: `data.reason` is then "resumption")."""

    _parse = _data_of("EventWorkflowStartedData")


class WorkflowFinishedEvent(StreamEvent["sn.EventWorkflowFinishedData"]):
    """The run ended; the server closes the stream after it.

    `status` is the run's status as run detail names it: a run ended by a stop is
    "stopped" here although the live stream says "failed".
    """

    _parse = _data_of("EventWorkflowFinishedData")

    @property
    def stopped(self) -> bool:
        """True when the run ended because it was stopped."""
        return self.status == "stopped"

    @property
    def status(self) -> str | None:
        """`succeeded`, `failed`, `stopped`, `partial-succeeded`, ... (None when absent)."""
        payload = self.raw.get("data")
        if not isinstance(payload, Mapping):
            return None
        status = payload.get("status")
        if status == "failed" and payload.get("error") == ABORTED_BY_STOP:
            return "stopped"
        return status if isinstance(status, str) else None

    @property
    def error(self) -> str | None:
        """The run's error text, None when it has none."""
        payload = self.raw.get("data")
        error = payload.get("error") if isinstance(payload, Mapping) else None
        return error if isinstance(error, str) else None


class WorkflowPausedEvent(StreamEvent["sn.EventWorkflowPausedData"]):
    """The run paused (at a human-input node); the stream closes after it unless the
    events stream was opened with `continue_on_pause=True`."""

    _parse = _data_of("EventWorkflowPausedData")


class NodeStartedEvent(StreamEvent["sn.EventNodeStartedData"]):
    """A node started."""

    _parse = _data_of("EventNodeStartedData")


class NodeFinishedEvent(StreamEvent["sn.EventNodeFinishedData"]):
    """A node finished (or failed)."""

    _parse = _data_of("EventNodeFinishedData")


class NodeRetryEvent(StreamEvent["sn.EventNodeRetryData"]):
    """A node is being retried."""

    _parse = _data_of("EventNodeRetryData")


class TextChunkEvent(StreamEvent["sn.EventTextChunkData"]):
    """A piece of text output (a workflow streams its End outputs this way)."""

    _parse = _data_of("EventTextChunkData")


class ReasoningChunkEvent(StreamEvent["sn.EventReasoningChunkData"]):
    """A piece of a model's reasoning text."""

    _parse = _data_of("EventReasoningChunkData")


class HumanInputRequiredEvent(StreamEvent["sn.EventHumanInputRequiredData"]):
    """A human-input node waits for its form (`data.form_token`)."""

    _parse = _data_of("EventHumanInputRequiredData")


class HumanInputFormFilledEvent(StreamEvent["sn.EventHumanInputFormFilledData"]):
    """A human-input form was submitted and the run goes on."""

    _parse = _data_of("EventHumanInputFormFilledData")


class HumanInputFormTimeoutEvent(StreamEvent["sn.EventHumanInputFormTimeoutData"]):
    """A human-input form expired."""

    _parse = _data_of("EventHumanInputFormTimeoutData")


class IterationStartedEvent(StreamEvent["sn.EventIterationStartedData"]):
    """An iteration node started."""

    _parse = _data_of("EventIterationStartedData")


class IterationNextEvent(StreamEvent["sn.EventIterationNextData"]):
    """An iteration node moved to its next item."""

    _parse = _data_of("EventIterationNextData")


class IterationCompletedEvent(StreamEvent["sn.EventIterationCompletedData"]):
    """An iteration node completed."""

    _parse = _data_of("EventIterationCompletedData")


class LoopStartedEvent(StreamEvent["sn.EventLoopStartedData"]):
    """A loop node started."""

    _parse = _data_of("EventLoopStartedData")


class LoopNextEvent(StreamEvent["sn.EventLoopNextData"]):
    """A loop node moved to its next round."""

    _parse = _data_of("EventLoopNextData")


class LoopCompletedEvent(StreamEvent["sn.EventLoopCompletedData"]):
    """A loop node completed."""

    _parse = _data_of("EventLoopCompletedData")


class AgentLogEvent(StreamEvent["sn.EventAgentLogData"]):
    """A step of an agent node."""

    _parse = _data_of("EventAgentLogData")


class TtsMessageEvent(StreamEvent["sn.EventTtsMessage"]):
    """A piece of synthesized speech; `data` is the event itself (`audio`, `created_at`)."""

    _parse = _whole("EventTtsMessage")


class TtsMessageEndEvent(StreamEvent["sn.EventTtsMessageEnd"]):
    """The end of the synthesized speech."""

    _parse = _whole("EventTtsMessageEnd")


class UnknownEvent(StreamEvent[Any]):
    """An event whose name the vendored spec does not know; `data` is its raw `data`."""

    _parse = _raw_data


# Event names with a class. `ping` is never yielded and `error` raises StreamError; the
# pipeline tests check this table against the spec's event union.
EVENT_CLASSES: dict[str, type[StreamEvent[Any]]] = {
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


def parse_event(raw: Mapping[str, Any]) -> StreamEvent[Any]:
    """The typed event for one decoded JSON object (never raises: `data` is read lazily)."""
    name = raw.get("event")
    name = name if isinstance(name, str) else ""
    task_id, run_id = raw.get("task_id"), raw.get("workflow_run_id")
    return EVENT_CLASSES.get(name, UnknownEvent)(
        event=name,
        task_id=task_id if isinstance(task_id, str) else None,
        workflow_run_id=run_id if isinstance(run_id, str) else None,
        raw=raw,
    )
