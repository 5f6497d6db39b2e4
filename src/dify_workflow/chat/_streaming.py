"""ChatStream: the typed events of one chat message, read as they arrive.

GENERATED from _async_streaming.py by scripts/unasync.py: edit that file, then run `make unasync`.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Self

from .._exceptions import ClientClosedError, ConversationMismatchWarning
from .._streaming import WorkflowStream
from ._client import LOST_MESSAGE
from ._core import ChatOutcome, ChatStreamCore

if TYPE_CHECKING:
    from ._events import MessageEndEvent

__all__ = ["ChatStream"]


class ChatStream(WorkflowStream):
    """The events of one chat message, typed, in order. Use it with `with`.

    It behaves as a workflow stream does (entering waits for the first event, so the ids
    are known inside the block; a wait for a busy server's worker is not a fault; it ends
    at its terminal event whatever the server does after it; `stop()` confirms), and
    adds what a chat has: `answer` (the text so far), `conversation_id`, `message_id`,
    `message_end`, and `outcome()`.

    Iterating yields the chat API's events (`MessageEvent` chunks, `MessageEndEvent`, ...)
    and, for a Chatflow, the workflow engine's (`NodeFinishedEvent`, `WorkflowFinishedEvent`,
    `HumanInputRequiredEvent`, ...). A Chatflow's stream ends at `workflow_finished` (after
    `message_end`) or `workflow_paused`; a Chatbot's or Agent's at `message_end`. A stopped
    Chatflow message ends with `workflow_finished` and no `message_end`.

    A broken stream of a new message raises APIConnectionError; the message is never sent
    again by the client (it may have been answered: `list_messages` shows it). A
    Chatflow's stream closed after `message_end` (the answer complete) but before its
    run's end asks run detail how the run ended, and ends with that (`from_run_detail`).
    """

    _core_class = ChatStreamCore
    _detachable = False
    # The conversation the message was sent to, to warn when the server used another.
    _expected_conversation: str | None = None
    _lost_hint = LOST_MESSAGE

    def __enter__(self) -> Self:
        super().__enter__()
        expected, used = self._expected_conversation, self._chat.conversation_id
        if expected is not None and used is not None and used != expected:
            self._expected_conversation = None  # once per stream
            warnings.warn(ConversationMismatchWarning(expected, used), stacklevel=2)
        return self

    @property
    def _chat(self) -> ChatStreamCore:
        core = self._core
        assert isinstance(core, ChatStreamCore)
        return core

    @property
    def answer(self) -> str:
        """The answer so far: the `message` chunks joined (a `message_replace` replaces
        them); once a Chatflow's run ended, its outputs' whole `answer`, which also holds
        text the server did not stream (after a human-input resume)."""
        return self._chat.answer

    @property
    def conversation_id(self) -> str | None:
        """The conversation the server used, from the first event (None before it). When
        you sent another id, the server did not continue that conversation."""
        return self._chat.conversation_id

    @property
    def message_id(self) -> str | None:
        """The message's id, from the first event (None before it)."""
        return self._chat.message_id

    @property
    def message_end(self) -> MessageEndEvent | None:
        """The `message_end` event (usage, retriever resources) once it arrived."""
        return self._chat.message_end

    def _ended_meanwhile(self) -> bool:
        # A Chatflow's answer is complete at `message_end`; the run's own end follows it
        # and may be lost with the connection. Run detail tells how the run ended.
        core = self._chat
        if core.message_end is None or core.workflow_run_id is None:
            return False
        self._ask_detail()
        return core.final is not None

    def outcome(self) -> ChatOutcome:  # type: ignore[override]
        """Read the rest of the stream and return how the message ended:

        outcome = stream.outcome()
        print(outcome.status, outcome.answer)   # "succeeded" "..."
        """
        for _ in self:
            pass
        core = self._chat
        if core.final is None and core.message_end is None:
            if core.unreadable_end is not None:
                raise core.no_end_error()
            raise ClientClosedError("the stream was closed before the message's end arrived")
        return core.outcome()

    def resume(self, *, include_state_snapshot: bool = False, continue_on_pause: bool = False) -> ChatStream:
        """A new stream of the same Chatflow run (`GET /workflow/{run}/events`), to enter
        with `with`; after a human-input form is submitted it carries the rest of
        the answer. A Chatbot's message (no run) cannot be resumed (ClientClosedError)."""
        stream = super().resume(
            include_state_snapshot=include_state_snapshot, continue_on_pause=continue_on_pause
        )
        assert isinstance(stream, ChatStream)
        return stream
