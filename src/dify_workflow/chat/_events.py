"""The typed events of a chat stream (POST /chat-messages, and the events of a Chatflow
run replayed by GET /workflow/{id}/events).

A Chatflow streams the workflow engine's events (`workflow_started`, `node_finished`,
`human_input_required`, `workflow_finished`, ...) as a workflow does: they are the same
classes (`dify_workflow.WorkflowFinishedEvent`, ...), with the chat's `conversation_id`
and `message_id` in `raw`. The chat API adds its own events, each a `ChatEvent` here:
`message` chunks of the answer, `message_end` (usage), `message_file`, `message_replace`
(moderation), `agent_message` / `agent_thought` (Agent apps) and `tts_message[_end]`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from .._events import EVENT_CLASSES, MalformedEvent, StreamEvent
from .._events import parse_event as parse_workflow_event
from .._results import (
    AgentLogData,
    JSONObject,
    Malformed,
    ReasoningChunkData,
    TextChunkData,
    _frozen,
    _Result,
    builder,
    maker,
)

__all__ = [
    "AgentMessageEvent",
    "AgentThoughtData",
    "AgentThoughtEvent",
    "ChatAgentLogEvent",
    "ChatEvent",
    "ChatReasoningChunkEvent",
    "ChatTextChunkEvent",
    "ChatTtsMessageEndEvent",
    "ChatTtsMessageEvent",
    "MessageData",
    "MessageEndData",
    "MessageEndEvent",
    "MessageEvent",
    "MessageFileData",
    "MessageFileEvent",
    "MessageReplaceData",
    "MessageReplaceEvent",
    "parse_chat_event",
]

log = logging.getLogger("dify_workflow")

D = TypeVar("D")


@_frozen
class MessageData(_Result):
    """A `message` (or `agent_message`) event: `answer` is the next piece of the answer."""

    answer: str
    id: str | None = None
    created_at: int | None = None
    from_variable_selector: list[str] | None = None


@_frozen
class MessageEndData(_Result):
    """`message_end`: the answer is complete; `metadata` holds `usage` and
    `retriever_resources`, `files` the files the answer carries."""

    id: str | None = None
    metadata: JSONObject = attrs.field(factory=dict)
    files: list[JSONObject] | None = None


@_frozen
class MessageFileData(_Result):
    """`message_file`: a file a tool made for the answer."""

    id: str
    type: str | None = None
    belongs_to: str | None = None
    url: str | None = None


@_frozen
class MessageReplaceData(_Result):
    """`message_replace`: moderation replaced the whole answer with `answer`."""

    answer: str
    reason: str | None = None


@_frozen
class AgentThoughtData(_Result):
    """`agent_thought`: a step of an Agent app (its thought, tool call and observation)."""

    id: str
    position: int | None = None
    thought: str | None = None
    observation: str | None = None
    tool: str | None = None
    tool_input: str | None = None
    message_files: list[str] | None = None


@_frozen
class _TtsData(_Result):
    audio: str = ""
    created_at: int | None = None


@attrs.frozen
class ChatEvent(StreamEvent, Generic[D]):
    """An event of the chat API's own (not a workflow engine event): its ids and typed
    `data`, which is the event object itself (chat events carry no `data` member)."""

    task_id: str
    message_id: str
    conversation_id: str | None
    data: D

    # The class of `data`, and whether it is built from the event itself (most chat
    # events) or from its `data` member (the chunks a Chatflow's nodes stream).
    _data_class: ClassVar[type[Any]]
    _whole: ClassVar[bool] = True


class MessageEvent(ChatEvent[MessageData]):
    """A piece of the answer (`data.answer`); the stream's `answer` joins them."""

    _data_class = MessageData


class AgentMessageEvent(ChatEvent[MessageData]):
    """A piece of an Agent app's answer."""

    _data_class = MessageData


class MessageEndEvent(ChatEvent[MessageEndData]):
    """The answer is complete (a Chatflow's `workflow_finished` follows it)."""

    _data_class = MessageEndData

    @property
    def usage(self) -> JSONObject:
        """Token counts, prices and latency (`{}` when not sent)."""
        usage = self.data.metadata.get("usage")
        return usage if isinstance(usage, dict) else {}


class MessageFileEvent(ChatEvent[MessageFileData]):
    """A file made for the answer."""

    _data_class = MessageFileData


class MessageReplaceEvent(ChatEvent[MessageReplaceData]):
    """Moderation replaced the answer: the stream's `answer` becomes `data.answer`."""

    _data_class = MessageReplaceData


class AgentThoughtEvent(ChatEvent[AgentThoughtData]):
    """A step of an Agent app."""

    _data_class = AgentThoughtData


class ChatTtsMessageEvent(ChatEvent[_TtsData]):
    """A piece of synthesized speech of the answer (`data.audio`, base64 MP3)."""

    _data_class = _TtsData


class ChatTtsMessageEndEvent(ChatEvent[_TtsData]):
    """The end of the answer's synthesized speech."""

    _data_class = _TtsData


class ChatReasoningChunkEvent(ChatEvent[ReasoningChunkData]):
    """A piece of a model's reasoning (`data.reasoning`), apart from the answer."""

    _data_class = ReasoningChunkData
    _whole = False


class ChatTextChunkEvent(ChatEvent[TextChunkData]):
    """A piece of text a node streams (`data.text`)."""

    _data_class = TextChunkData
    _whole = False


class ChatAgentLogEvent(ChatEvent[AgentLogData]):
    """A step of an agent node of a Chatflow (`data`); in the chat stream it carries the
    message's ids, not the run's."""

    _data_class = AgentLogData
    _whole = False


# The chat API's own events; the workflow engine's come from dify_workflow._events.
CHAT_EVENT_CLASSES: dict[str, type[ChatEvent[Any]]] = {
    "message": MessageEvent,
    "agent_message": AgentMessageEvent,
    "message_end": MessageEndEvent,
    "message_file": MessageFileEvent,
    "message_replace": MessageReplaceEvent,
    "agent_thought": AgentThoughtEvent,
    "tts_message": ChatTtsMessageEvent,
    "tts_message_end": ChatTtsMessageEndEvent,
    "reasoning_chunk": ChatReasoningChunkEvent,
    "text_chunk": ChatTextChunkEvent,
    "agent_log": ChatAgentLogEvent,
}

_PLANS: dict[str, tuple[Any, Any, bool]] = {}
# Events whose `id` is the message's (for the others it is the file's or the thought's).
_ID_IS_THE_MESSAGE = frozenset({"message", "agent_message", "message_end", "message_replace"})


def parse_chat_event(raw: Mapping[str, Any]) -> StreamEvent:
    """The event for one decoded JSON object of a chat stream; never raises."""
    name = raw.get("event")
    name = name if name.__class__ is str else ""
    plan = _PLANS.get(name)
    if plan is None:
        cls = CHAT_EVENT_CLASSES.get(name)
        if cls is None:
            # A workflow engine event (typed as in a workflow stream), or an unknown one.
            return parse_workflow_event(raw)
        make = maker(cls, ("event", "raw", "task_id", "message_id", "conversation_id", "data"))
        plan = _PLANS[name] = (make, builder(cls._data_class), cls._whole)
    make, build_data, whole = plan
    task_id, message_id, conversation_id = (
        raw.get("task_id"),
        raw.get("message_id"),
        raw.get("conversation_id"),
    )
    if message_id.__class__ is not str and name in _ID_IS_THE_MESSAGE:
        # Chatbot apps' events may name the message by `id` alone.
        message_id = raw.get("id")
    try:
        if task_id.__class__ is not str or message_id.__class__ is not str:
            missing = "task_id" if type(task_id) is not str else "message_id"
            raise Malformed(missing, "missing or not a string")
        if conversation_id is not None and conversation_id.__class__ is not str:
            raise Malformed("conversation_id", "not a string")
        if whole:
            data = build_data(raw, "")
        else:
            payload = raw.get("data")
            data = build_data({} if payload is None else payload, "data")
    except Malformed as exc:
        log.debug("chat stream event %r does not match the spec (%s)", name, exc)
        return MalformedEvent(
            event=name,
            raw=raw,
            task_id=task_id if isinstance(task_id, str) else None,
            workflow_run_id=None,
            reason=str(exc),
        )
    return make(name, raw, task_id, message_id, conversation_id, data)  # type: ignore[no-any-return]


# Names the chat stream types, for the contract suite to hold against the spec's union.
TYPED_NAMES = frozenset(CHAT_EVENT_CLASSES) | frozenset(EVENT_CLASSES)
