"""A consumer program of the chat clients, written from the README only: it uses every
chat result type and must pass `mypy --strict` with no `cast`, no None assertion and no
import of the generated types (tests/pipeline/test_readme_types.py); its functions run
against the stand-in playing a Chatflow."""

from __future__ import annotations

import asyncio
import warnings

from dify_workflow import (
    Annotation,
    AnnotationJob,
    AnnotationPage,
    AsyncChatClient,
    ChatClient,
    ChatMessageResult,
    ChatOutcome,
    Conversation,
    ConversationMismatchWarning,
    ConversationPage,
    ConversationVariable,
    ConversationVariablePage,
    Feedback,
    FeedbackPage,
    Message,
    MessageEndEvent,
    MessageEvent,
    MessagePage,
    NodeFinishedEvent,
    StopOutcome,
)


def ask(client: ChatClient, question: str, conversation_id: str | None = None) -> ChatMessageResult:
    result = client.send_message(question, user="consumer", conversation_id=conversation_id)
    usage: dict[str, object] = result.usage
    tokens = usage.get("total_tokens", 0)
    print(f"{result.message_id} in {result.conversation_id} ({tokens} tokens): {result.answer}")
    return result


def live_answer(client: ChatClient, question: str) -> tuple[str, list[str], ChatOutcome]:
    pieces: list[str] = []
    nodes: list[str] = []
    with client.stream_message(question, user="consumer", inputs={"seconds": "0"}) as stream:
        conversation: str | None = stream.conversation_id
        for event in stream:
            if isinstance(event, MessageEvent):
                pieces.append(event.data.answer)
            elif isinstance(event, NodeFinishedEvent):
                nodes.append(f"{event.data.title}: {event.data.status}")
            elif isinstance(event, MessageEndEvent):
                nodes.append(f"usage {event.usage.get('currency')}")
        outcome = stream.outcome()
    return f"{conversation} {''.join(pieces)}", nodes, outcome


def stop_midway(client: ChatClient) -> StopOutcome:
    with client.stream_message("slow one", user="consumer", inputs={"seconds": "30"}) as stream:
        stopped = stream.stop()
    return stopped


def continue_or_warn(client: ChatClient, conversation_id: str) -> tuple[str, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConversationMismatchWarning)
        result = client.send_message("still there?", user="consumer", conversation_id=conversation_id)
    notes = [
        f"{w.message.sent} -> {w.message.used}"
        for w in caught
        if isinstance(w.message, ConversationMismatchWarning)
    ]
    return result.conversation_id, notes


def history(client: ChatClient, conversation_id: str) -> list[str]:
    page: MessagePage = client.list_messages(conversation_id, user="consumer", limit=10)
    lines = [f"page of {len(page.data)} (more: {page.has_more})"]
    for message in client.iter_messages(conversation_id, user="consumer"):
        item: Message = message
        lines.append(f"{item.created_at} {item.query!r} -> {item.answer!r} [{item.status}]")
    return lines


def conversations(client: ChatClient) -> list[str]:
    page: ConversationPage = client.list_conversations(user="consumer", sort_by="-updated_at")
    lines = []
    for conversation in page.data:
        item: Conversation = conversation
        variables: ConversationVariablePage = client.list_conversation_variables(item.id, user="consumer")
        for variable in variables.data:
            one: ConversationVariable = variable
            lines.append(f"{item.name}: {one.name}={one.value!r} ({one.value_type})")
    first = page.data[0]
    renamed: Conversation = client.rename_conversation(first.id, "Renamed", user="consumer")
    lines.append(f"renamed to {renamed.name}")
    return lines


def feedback_and_annotations(client: ChatClient, message_id: str) -> list[str]:
    client.send_feedback(message_id, user="consumer", rating="like", content="useful")
    feedbacks: FeedbackPage = client.list_feedbacks()
    lines = []
    for feedback in feedbacks.data:
        item: Feedback = feedback
        lines.append(f"{item.rating} on {item.message_id}: {item.content}")
    created: Annotation = client.create_annotation("What is this?", "A test.")
    page: AnnotationPage = client.list_annotations(keyword="What")
    lines.append(f"{page.total} annotation(s), first {page.data[0].question} ({created.id})")
    client.delete_annotation(created.id)
    return lines


def annotation_job_state(job: AnnotationJob) -> str:
    return f"{job.job_id or '-'}: {job.job_status or 'unknown'} {job.error_msg or ''}".strip()


async def ask_async(client: AsyncChatClient, question: str) -> ChatOutcome:
    async with client.stream_message(question, user="consumer") as stream:
        outcome = await stream.outcome()
    conversations_seen = [c.name async for c in client.iter_conversations(user="consumer")]
    print(conversations_seen)
    return outcome


def run_async(client: AsyncChatClient, question: str) -> str:
    outcome = asyncio.run(ask_async(client, question))
    return f"{outcome.status} {outcome.answer}"
