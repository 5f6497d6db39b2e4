"""ChatClient: the chat API of Chatflow, Chatbot and Agent apps, for asyncio (and
trio) code, on the same core as the workflow client (`AppClient`).

GENERATED from _async_client.py by scripts/unasync.py: edit that file, then run `make unasync`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._app import AppClient
from .._audio import AudioResponse
from .._base_client import STREAM_QUIET_TIMEOUT, invalid, parse_json, parse_result
from .._exceptions import APIConnectionError, ConversationMismatchWarning, InvalidInputError
from .._inputs import check_files, check_inputs, check_int_in, check_optional_id, check_path_id, check_user
from .._operations import (
    CREATE_ANNOTATION,
    DELETE_ANNOTATION,
    DELETE_CONVERSATION,
    GET_ANNOTATION_REPLY_JOB,
    GET_SUGGESTED,
    LIST_ANNOTATIONS,
    LIST_CONVERSATIONS,
    LIST_FEEDBACKS,
    LIST_MESSAGES,
    LIST_VARIABLES,
    PREVIEW_FILE,
    RENAME_CONVERSATION,
    SEND_FEEDBACK,
    SEND_MESSAGE,
    SET_ANNOTATION_REPLY,
    STOP_MESSAGE,
    UPDATE_ANNOTATION,
    UPDATE_VARIABLE,
    Operation,
)
from .._retry import never_sent
from .._types import StopTaskResult

if TYPE_CHECKING:
    import uuid

    from .._streaming import WorkflowStream
    from . import _results as results
    from ._results import (
        Annotation,
        AnnotationJob,
        AnnotationPage,
        ChatMessageResult,
        Conversation,
        ConversationPage,
        ConversationVariable,
        ConversationVariablePage,
        FeedbackPage,
        Message,
        MessagePage,
    )
    from ._streaming import ChatStream
else:
    from .._lazy import LazyModule

    results = LazyModule("dify_workflow.chat._results")

__all__ = ["ChatClient", "FileResponse"]

_SORTS = ("created_at", "-created_at", "updated_at", "-updated_at")
LOST_MESSAGE = (
    " The message may still be answered (and billed): client.list_messages(conversation_id, user=...) "
    "shows it; it was not sent again."
)


class FileResponse(AudioResponse):
    """The answer of `preview_file`: the file's bytes, not read until asked for (`read()`,
    `iter_bytes()`, `write_to(path)`); `mime_type` is the file's type."""


def _limit(value: object, high: int = 100) -> int:
    return check_int_in(value, "limit", 1, high)


def _page(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(f"page must be an int of at least 1, not {value!r}")
    return value


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a str, not {type(value).__name__}")
    return value


class ChatClient(AppClient):
    """Synchronous client of a Dify chat app: Chatflow (advanced-chat), Chatbot and Agent.

    Messages (blocking, streamed, stopped), conversations and their variables, message
    history, feedback, suggested questions, annotations and file previews, besides every
    operation `AppClient` shares with workflow apps (app settings, files, audio, end
    users; for a Chatflow also run detail, its events and human-input forms). Settings as
    `AppClient`'s. A message is never sent twice: only a connection refused before
    anything was sent is retried.
    """

    # -- messages ---------------------------------------------------------------------------

    def _message_request(
        self,
        query: object,
        *,
        user: object,
        inputs: object,
        conversation_id: object,
        files: object,
        auto_generate_name: object,
        workflow_id: object,
        streaming: bool,
        timeout: float | httpx.Timeout | None,
        idle: float | None = None,
    ) -> tuple[httpx.Request, dict[str, Any]]:
        body: dict[str, Any] = {
            "query": _text(query, "query"),
            "inputs": check_inputs({} if inputs is None else inputs),
            "response_mode": "streaming" if streaming else "blocking",
            "user": check_user(user),
        }
        conversation = check_optional_id(conversation_id, "conversation_id")
        if conversation is not None:
            body["conversation_id"] = conversation
        checked_files = [] if files is None else check_files(files)
        if checked_files:
            body["files"] = checked_files
        if auto_generate_name is not None:
            if not isinstance(auto_generate_name, bool):
                raise InvalidInputError("auto_generate_name must be a bool")
            body["auto_generate_name"] = auto_generate_name
        workflow = check_optional_id(workflow_id, "workflow_id")
        if workflow is not None:
            body["workflow_id"] = workflow
        if streaming:
            request = self._build(
                SEND_MESSAGE, {}, json_body=body, timeout=self._stream_timeout(idle), stream=True
            )
        else:
            request = self._build(SEND_MESSAGE, {}, json_body=body, timeout=self._run_timeout(timeout))
        return request, body

    def send_message(
        self,
        query: str,
        *,
        user: str,
        inputs: Mapping[str, Any] | None = None,
        conversation_id: str | uuid.UUID | None = None,
        files: list[Any] | None = None,
        auto_generate_name: bool | None = None,
        workflow_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ChatMessageResult:
        """Send a message and wait for the whole answer (POST /chat-messages, blocking).

        `conversation_id` continues a conversation (None starts one); `inputs` are the
        app's input variables (read at a conversation's first turn); `files` as for runs.
        Returns the answer, ids and `metadata` (usage). A Chatflow that reaches a
        human-input node answers at once with `paused` True. The timeout defaults to 110 s,
        as for blocking runs. When the server answers in another conversation than
        `conversation_id` (it starts a new one for an id it does not know), a
        `ConversationMismatchWarning` is issued and the result carries the new id.
        """
        request, body = self._message_request(
            query,
            user=user,
            inputs=inputs,
            conversation_id=conversation_id,
            files=files,
            auto_generate_name=auto_generate_name,
            workflow_id=workflow_id,
            streaming=False,
            timeout=timeout,
        )
        try:
            response, raw = self._send(SEND_MESSAGE, request)
        except APIConnectionError as exc:
            self._lost_run(exc, body, 0.0)
            raise
        result = parse_result(results.ChatMessageResult, response, raw)
        _check_conversation(body.get("conversation_id"), result.conversation_id)
        return result

    def stream_message(
        self,
        query: str,
        *,
        user: str,
        inputs: Mapping[str, Any] | None = None,
        conversation_id: str | uuid.UUID | None = None,
        files: list[Any] | None = None,
        auto_generate_name: bool | None = None,
        workflow_id: str | None = None,
        timeout: float | None = None,
        stream_idle_timeout: float | None = None,
        queue_timeout: float | None = None,
        quiet_timeout: float | None = STREAM_QUIET_TIMEOUT,
    ) -> ChatStream:
        """Send a message and read the answer as it is made (POST /chat-messages,
        streaming); use with `with`:

            with client.stream_message("Hi", user="u-1") as stream:
                for event in stream:
                    if isinstance(event, MessageEvent):
                        print(event.data.answer, end="")
            print(stream.conversation_id)      # continue with it next turn

        Entering sends the message and waits for the first event (a busy server's wait for
        a worker is bounded only by `queue_timeout`), so the ids are known inside the
        block. `stream.answer` is the text so far; `stream.outcome()` reads to the
        end. `stream.stop()` stops the answer on the server and confirms it (for a
        Chatflow). Timeouts as for `stream_workflow`. A `ConversationMismatchWarning` is
        issued on entering when the server answered in another conversation.
        """
        request, body = self._message_request(
            query,
            user=user,
            inputs=inputs,
            conversation_id=conversation_id,
            files=files,
            auto_generate_name=auto_generate_name,
            workflow_id=workflow_id,
            streaming=True,
            timeout=None,
            idle=stream_idle_timeout,
        )
        stream = self._new_stream(
            SEND_MESSAGE,
            request,
            body,
            timeout=timeout,
            stream_idle_timeout=stream_idle_timeout,
            queue_timeout=queue_timeout,
            quiet_timeout=quiet_timeout,
        )
        from ._streaming import ChatStream  # streams load with the first one

        assert isinstance(stream, ChatStream)
        stream._expected_conversation = body.get("conversation_id")
        return stream

    def stop_message(
        self, task_id: str | uuid.UUID, *, user: str, timeout: float | httpx.Timeout | None = None
    ) -> StopTaskResult:
        """Ask the server to stop generating a streamed answer (POST
        /chat-messages/{task_id}/stop) with the message's own `user`. `result` is
        "success" for any id: it proves nothing; `stream.stop()` confirms."""
        path = {"task_id": check_path_id(task_id, "task_id")}
        request = self._build_whole(STOP_MESSAGE, path, json_body={"user": check_user(user)}, timeout=timeout)
        response, body = self._send(STOP_MESSAGE, request)
        return self._stop_result(response, body)

    def _lost_run(self, exc: APIConnectionError, sent: Mapping[str, Any], sent_at: float) -> None:
        """A message's connection error after it may have been sent says where to look:
        the message is never sent again (it may have been answered, and billed)."""
        if never_sent(exc.__cause__) or LOST_MESSAGE in exc.message:
            return
        exc.message = f"{exc.message.rstrip('.')}.{LOST_MESSAGE}"
        exc.args = (exc.message,)

    def _stop_for_stream(self, task_id: str, user: str, timeout: float) -> bool:
        result = self.stop_message(task_id, user=user, timeout=timeout)
        return result.result == "success"

    def _stream_type(self) -> type[WorkflowStream]:
        from ._streaming import ChatStream

        return ChatStream

    def stream_workflow_events(
        self,
        workflow_run_id: str | uuid.UUID,
        *,
        user: str,
        include_state_snapshot: bool = False,
        continue_on_pause: bool = False,
        timeout: float | None = None,
        stream_idle_timeout: float | None = None,
        quiet_timeout: float | None = STREAM_QUIET_TIMEOUT,
        task_id: str | uuid.UUID | None = None,
    ) -> ChatStream:
        """Follow a Chatflow run's events (GET /workflow/{workflow_run_id}/events), typed
        as a chat stream (`answer`, `conversation_id`, ...); the options are those of
        `WorkflowClient.stream_workflow_events`. After a human-input form is
        submitted, this carries the rest of the message; its `answer` is the whole
        answer, though the server streams no chunks for the text after the pause."""
        stream = super().stream_workflow_events(
            workflow_run_id,
            user=user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            timeout=timeout,
            stream_idle_timeout=stream_idle_timeout,
            quiet_timeout=quiet_timeout,
            task_id=task_id,
        )
        from ._streaming import ChatStream

        assert isinstance(stream, ChatStream)
        return stream

    def get_suggested_questions(
        self, message_id: str | uuid.UUID, *, user: str, timeout: float | httpx.Timeout | None = None
    ) -> list[str]:
        """Questions the user might ask next (GET /messages/{message_id}/suggested); the
        app must have the feature on (else BadRequestError, "Suggested Questions Is
        Disabled.")."""
        path = {"message_id": check_path_id(message_id, "message_id")}
        request = self._build_whole(GET_SUGGESTED, path, params={"user": check_user(user)}, timeout=timeout)
        response, raw = self._send(GET_SUGGESTED, request)
        payload = parse_json(response, raw)
        data = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(data, list) or not all(isinstance(q, str) for q in data):
            raise invalid(response, raw, "the answer has no 'data' list of strings")
        return list(data)

    def preview_file(
        self,
        file_id: str | uuid.UUID,
        *,
        user: str | None = None,
        as_attachment: bool = False,
        timeout: float | httpx.Timeout | None = None,
    ) -> FileResponse:
        """A file of a message (GET /files/{file_id}/preview): the body is not read yet
        (`read()`, `iter_bytes()`, `write_to(path)`)."""
        params: dict[str, Any] = {}
        if user is not None:
            params["user"] = check_user(user)
        if as_attachment:
            params["as_attachment"] = "true"
        request = self._build(
            PREVIEW_FILE,
            {"file_id": check_path_id(file_id, "file_id")},
            params=params or None,
            timeout=timeout,
        )
        response, _ = self._send(PREVIEW_FILE, request, stream=True)
        return FileResponse(response)

    # -- feedback ---------------------------------------------------------------------------

    def send_feedback(
        self,
        message_id: str | uuid.UUID,
        *,
        user: str,
        rating: Literal["like", "dislike"] | None,
        content: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Like or dislike a message (POST /messages/{message_id}/feedbacks); `rating`
        None takes the user's feedback back."""
        if rating not in ("like", "dislike", None):
            raise InvalidInputError(f"rating must be 'like', 'dislike' or None, not {rating!r}")
        body: dict[str, Any] = {"rating": rating, "user": check_user(user)}
        if content is not None:
            body["content"] = _text(content, "content")
        self._json(SEND_FEEDBACK, {"message_id": check_path_id(message_id, "message_id")}, body, timeout)

    def list_feedbacks(
        self, *, page: int = 1, limit: int = 20, timeout: float | httpx.Timeout | None = None
    ) -> FeedbackPage:
        """One page of the app's feedback, newest first (GET /app/feedbacks)."""
        params = {"page": _page(page), "limit": _limit(limit, 101)}
        return self._call(LIST_FEEDBACKS, results.FeedbackPage, params=params, timeout=timeout)

    # -- conversations ----------------------------------------------------------------------

    def list_conversations(
        self,
        *,
        user: str,
        last_id: str | None = None,
        limit: int = 20,
        sort_by: str = "-updated_at",
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationPage:
        """One page of a user's conversations (GET /conversations), by `sort_by`
        (`created_at`, `updated_at`, `-` for newest first); the next page starts after
        `last_id`."""
        if sort_by not in _SORTS:
            raise InvalidInputError(f"sort_by must be one of {', '.join(_SORTS)}, not {sort_by!r}")
        params: dict[str, Any] = {"user": check_user(user), "limit": _limit(limit), "sort_by": sort_by}
        if last_id is not None:
            params["last_id"] = check_path_id(last_id, "last_id")
        return self._call(LIST_CONVERSATIONS, results.ConversationPage, params=params, timeout=timeout)

    def iter_conversations(
        self, *, user: str, limit: int = 20, sort_by: str = "-updated_at"
    ) -> Iterator[Conversation]:
        """Every conversation of a user, page after page (a page is fetched only when the
        previous one is used up)."""
        last_id: str | None = None
        while True:
            page = self.list_conversations(user=user, last_id=last_id, limit=limit, sort_by=sort_by)
            yield from page.data
            if not page.has_more or not page.data:
                return
            last_id = page.data[-1].id

    def rename_conversation(
        self,
        conversation_id: str | uuid.UUID,
        name: str | None = None,
        *,
        user: str,
        auto_generate: bool = False,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conversation:
        """Rename a conversation (POST /conversations/{id}/name): to `name`, or with
        `auto_generate=True` to a name the app's model makes."""
        if (name is None) == (not auto_generate):
            raise InvalidInputError("pass a name, or auto_generate=True (not both)")
        body: dict[str, Any] = {"auto_generate": auto_generate, "user": check_user(user)}
        if name is not None:
            body["name"] = _text(name, "name")
        path = {"conversation_id": check_path_id(conversation_id, "conversation_id")}
        return self._call(
            RENAME_CONVERSATION, results.Conversation, path=path, json_body=body, timeout=timeout
        )

    def delete_conversation(
        self, conversation_id: str | uuid.UUID, *, user: str, timeout: float | httpx.Timeout | None = None
    ) -> None:
        """Delete a conversation and its messages (DELETE /conversations/{id}); the
        server answers 204."""
        path = {"conversation_id": check_path_id(conversation_id, "conversation_id")}
        self._json(DELETE_CONVERSATION, path, {"user": check_user(user)}, timeout, empty=True)

    def list_conversation_variables(
        self,
        conversation_id: str | uuid.UUID,
        *,
        user: str,
        last_id: str | None = None,
        limit: int = 20,
        variable_name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationVariablePage:
        """One page of a conversation's variables (GET /conversations/{id}/variables)."""
        params: dict[str, Any] = {"user": check_user(user), "limit": _limit(limit)}
        if last_id is not None:
            params["last_id"] = check_path_id(last_id, "last_id")
        if variable_name is not None:
            params["variable_name"] = _text(variable_name, "variable_name")
        path = {"conversation_id": check_path_id(conversation_id, "conversation_id")}
        return self._call(
            LIST_VARIABLES, results.ConversationVariablePage, path=path, params=params, timeout=timeout
        )

    def update_conversation_variable(
        self,
        conversation_id: str | uuid.UUID,
        variable_id: str | uuid.UUID,
        value: Any,
        *,
        user: str,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConversationVariable:
        """Set a conversation variable's value (PUT /conversations/{id}/variables/{vid});
        the value must fit the variable's type (else BadRequestError)."""
        path = {
            "conversation_id": check_path_id(conversation_id, "conversation_id"),
            "variable_id": check_path_id(variable_id, "variable_id"),
        }
        body = {"value": value, "user": check_user(user)}
        return self._call(
            UPDATE_VARIABLE, results.ConversationVariable, path=path, json_body=body, timeout=timeout
        )

    # -- messages of a conversation --------------------------------------------------------

    def list_messages(
        self,
        conversation_id: str | uuid.UUID,
        *,
        user: str,
        first_id: str | None = None,
        limit: int = 20,
        timeout: float | httpx.Timeout | None = None,
    ) -> MessagePage:
        """One page of a conversation's messages (GET /messages): the newest `limit`,
        oldest first within the page; `first_id` (the oldest message of the page before)
        pages back in time. NotFoundError for an unknown or deleted conversation."""
        params: dict[str, Any] = {
            "conversation_id": check_path_id(conversation_id, "conversation_id"),
            "user": check_user(user),
            "limit": _limit(limit),
        }
        if first_id is not None:
            params["first_id"] = check_path_id(first_id, "first_id")
        return self._call(LIST_MESSAGES, results.MessagePage, params=params, timeout=timeout)

    def iter_messages(
        self, conversation_id: str | uuid.UUID, *, user: str, limit: int = 20
    ) -> Iterator[Message]:
        """Every message of a conversation, newest first, page after page (the server
        pages from the newest back)."""
        first_id: str | None = None
        while True:
            page = self.list_messages(conversation_id, user=user, first_id=first_id, limit=limit)
            yield from reversed(page.data)
            if not page.has_more or not page.data:
                return
            first_id = page.data[0].id

    # -- annotations ------------------------------------------------------------------------

    def list_annotations(
        self,
        *,
        page: int = 1,
        limit: int = 20,
        keyword: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AnnotationPage:
        """One page of the app's annotations (GET /apps/annotations)."""
        params: dict[str, Any] = {"page": _page(page), "limit": _limit(limit)}
        if keyword is not None:
            params["keyword"] = _text(keyword, "keyword")
        return self._call(LIST_ANNOTATIONS, results.AnnotationPage, params=params, timeout=timeout)

    def create_annotation(
        self, question: str, answer: str, *, timeout: float | httpx.Timeout | None = None
    ) -> Annotation:
        """Add an annotation (POST /apps/annotations); not sent again after a lost answer
        (a second would be a duplicate)."""
        body = {"question": _text(question, "question"), "answer": _text(answer, "answer")}
        return self._call(CREATE_ANNOTATION, results.Annotation, json_body=body, timeout=timeout)

    def update_annotation(
        self,
        annotation_id: str | uuid.UUID,
        question: str,
        answer: str,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Annotation:
        """Change an annotation (PUT /apps/annotations/{id})."""
        body = {"question": _text(question, "question"), "answer": _text(answer, "answer")}
        path = {"annotation_id": check_path_id(annotation_id, "annotation_id")}
        return self._call(UPDATE_ANNOTATION, results.Annotation, path=path, json_body=body, timeout=timeout)

    def delete_annotation(
        self, annotation_id: str | uuid.UUID, *, timeout: float | httpx.Timeout | None = None
    ) -> None:
        """Delete an annotation (DELETE /apps/annotations/{id}; the server answers 204)."""
        path = {"annotation_id": check_path_id(annotation_id, "annotation_id")}
        self._json(DELETE_ANNOTATION, path, None, timeout, empty=True)

    def set_annotation_reply(
        self,
        action: Literal["enable", "disable"],
        *,
        embedding_provider_name: str,
        embedding_model_name: str,
        score_threshold: float,
        timeout: float | httpx.Timeout | None = None,
    ) -> AnnotationJob:
        """Turn annotation reply on or off (POST /apps/annotation-reply/{action}); a job
        does it: poll `get_annotation_reply_job(action, job.job_id)`."""
        if action not in ("enable", "disable"):
            raise InvalidInputError(f"action must be 'enable' or 'disable', not {action!r}")
        if isinstance(score_threshold, bool) or not isinstance(score_threshold, int | float):
            raise InvalidInputError("score_threshold must be a number")
        body = {
            "embedding_provider_name": _text(embedding_provider_name, "embedding_provider_name"),
            "embedding_model_name": _text(embedding_model_name, "embedding_model_name"),
            "score_threshold": score_threshold,
        }
        return self._call(
            SET_ANNOTATION_REPLY,
            results.AnnotationJob,
            path={"action": action},
            json_body=body,
            timeout=timeout,
        )

    def get_annotation_reply_job(
        self,
        action: Literal["enable", "disable"],
        job_id: str | uuid.UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> AnnotationJob:
        """The state of an annotation-reply job (GET
        /apps/annotation-reply/{action}/status/{job_id})."""
        if action not in ("enable", "disable"):
            raise InvalidInputError(f"action must be 'enable' or 'disable', not {action!r}")
        path = {"action": action, "job_id": check_path_id(job_id, "job_id")}
        return self._call(GET_ANNOTATION_REPLY_JOB, results.AnnotationJob, path=path, timeout=timeout)

    # -- helpers ----------------------------------------------------------------------------

    def _json(
        self,
        op: Operation,
        path: Mapping[str, str],
        body: Any,
        timeout: float | httpx.Timeout | None,
        *,
        empty: bool = False,
    ) -> None:
        """Send an operation whose answer carries nothing to return: `{"result":
        "success"}`, or (`empty`) no body at all (204)."""
        request = self._build_whole(op, path, json_body=body, timeout=timeout)
        response, raw = self._send(op, request)
        if empty and not raw.strip():
            return
        payload = parse_json(response, raw)
        if not isinstance(payload, dict):
            raise invalid(response, raw, "expected a JSON object")


def _check_conversation(sent: str | None, used: str | None) -> None:
    if sent is not None and used is not None and used != sent:
        warnings.warn(ConversationMismatchWarning(sent, used), stacklevel=3)
