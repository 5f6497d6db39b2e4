"""The chat API's result classes (Chatflow, Chatbot and Agent apps), built as the workflow
results are (`dify_workflow._results`): plain types for what Dify always sends (overlay
`005-chat-fields-dify-always-sends`), `X | None` for what it may leave out, dicts for
objects of arbitrary keys, and `raw` for the whole answer."""

from __future__ import annotations

from .._results import JSONObject, _frozen, _Result

__all__ = [
    "Annotation",
    "AnnotationJob",
    "AnnotationPage",
    "ChatMessageResult",
    "Conversation",
    "ConversationPage",
    "ConversationVariable",
    "ConversationVariablePage",
    "Feedback",
    "FeedbackPage",
    "Message",
    "MessagePage",
]


@_frozen
class ChatMessageResult(_Result):
    """The answer to a blocking chat message (POST /chat-messages).

    `event` is "message" for a finished answer; a Chatflow that reached a human-input
    node answers at once with "workflow_paused" (`paused` is then True, `answer` holds
    the text streamed before the pause, and `raw["data"]` the pause with its form token).
    `conversation_id` is the conversation the server used: when it differs from the one
    sent, the server started a new conversation (see `ConversationMismatchWarning`).
    """

    event: str
    task_id: str
    id: str
    message_id: str
    conversation_id: str
    mode: str
    answer: str
    metadata: JSONObject
    created_at: int
    workflow_run_id: str | None = None

    @property
    def paused(self) -> bool:
        """True when a Chatflow paused at a human-input node instead of answering."""
        return self.event == "workflow_paused"

    @property
    def usage(self) -> JSONObject:
        """Token counts, prices and latency (`metadata.usage`; `{}` when not sent)."""
        usage = self.metadata.get("usage")
        return usage if isinstance(usage, dict) else {}


@_frozen
class Conversation(_Result):
    """A conversation of one user (GET /conversations, POST .../name)."""

    id: str
    name: str
    inputs: JSONObject
    status: str
    introduction: str | None = None
    created_at: int
    updated_at: int


@_frozen
class ConversationPage(_Result):
    """One page of a user's conversations; the next page starts after the last `id`."""

    limit: int
    has_more: bool
    data: list[Conversation]


@_frozen
class Message(_Result):
    """A message of a conversation: the user's `query` and the app's `answer`.

    For a Chatflow message resumed after human input, Dify 1.15.0 stores a wrong `answer`
    (recording 133: the text before the pause twice, the text after it missing); the
    stream's `answer` (`ChatStream.answer`) is the one to trust.
    """

    id: str
    conversation_id: str
    parent_message_id: str | None = None
    inputs: JSONObject
    query: str
    answer: str
    status: str
    error: str | None = None
    feedback: JSONObject | None = None
    message_files: list[JSONObject]
    retriever_resources: list[JSONObject]
    agent_thoughts: list[JSONObject]
    created_at: int


@_frozen
class MessagePage(_Result):
    """One page of a conversation's messages, as the server pages them: the newest
    `limit` messages, oldest first within the page; older pages via `first_id`."""

    limit: int
    has_more: bool
    data: list[Message]


@_frozen
class ConversationVariable(_Result):
    """A conversation variable (what Variable Assigner nodes write); `value` as sent."""

    id: str
    name: str
    value_type: str
    value: str
    description: str | None = None
    created_at: int
    updated_at: int


@_frozen
class ConversationVariablePage(_Result):
    """One page of a conversation's variables."""

    limit: int
    has_more: bool
    data: list[ConversationVariable]


@_frozen
class Feedback(_Result):
    """A like or dislike given to a message (GET /app/feedbacks)."""

    id: str
    app_id: str
    conversation_id: str | None = None
    message_id: str
    rating: str
    content: str | None = None
    from_source: str
    from_end_user_id: str | None = None
    from_account_id: str | None = None
    created_at: str
    updated_at: str


@_frozen
class FeedbackPage(_Result):
    """One page of the app's feedback, newest first."""

    data: list[Feedback]


@_frozen
class Annotation(_Result):
    """A question with the answer the app gives to it when annotation reply is on."""

    id: str
    question: str | None = None
    answer: str | None = None
    hit_count: int | None = None
    created_at: int | None = None


@_frozen
class AnnotationPage(_Result):
    """One page of the app's annotations."""

    data: list[Annotation]
    has_more: bool
    limit: int
    total: int
    page: int


@_frozen
class AnnotationJob(_Result):
    """A job that turns annotation reply on or off; poll it until `job_status` is
    "completed" (or "error", with `error_msg`)."""

    job_id: str | None = None
    job_status: str | None = None
    error_msg: str | None = None
