"""Exceptions raised by the Dify workflow client.

The tree::

    DifyError                          root of everything this package raises
    ├── ConfigurationError             (also ValueError) a bad setting: key, base URL, timeout, ...
    ├── InvalidInputError              (also ValueError) a bad argument to a call; nothing was sent
    ├── ClientClosedError              (also RuntimeError) the client (or its pool) was closed
    ├── StreamStateError               (also RuntimeError) a stream asked for what it does not
    │                                  know yet (its task id before the first live event)
    ├── JournalMismatchError           (also ValueError) a batch journal of another input or
    │                                  app, or a file that is not a journal
    └── APIError                       message, request
        ├── APIConnectionError         the server could not be reached or the connection broke;
        │   │                          workflow_run_id when a stream of that run dropped;
        │   │                          pending_run when a run may exist (a RunHandle)
        │   └── APITimeoutError        no complete answer within the timeout (or, on a stream,
        │                              no byte within the idle timeout, or the wait for a
        │                              worker passed queue_timeout)
        ├── APIResponseValidationError a 2xx whose body does not match the spec
        ├── StreamError                an `error` event in a stream: code, message, status,
        │                              task_id, workflow_run_id
        └── APIStatusError             status_code, code, body, response,
                                       request_id, description
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── PreconditionFailedError    412
            ├── RequestTooLargeError       413
            ├── UnsupportedMediaTypeError  415
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        >= 500

Any other status >= 300 raises `APIStatusError` itself.

One warning, not an error: `ConversationMismatchWarning` (a UserWarning) when a chat
message sent with a `conversation_id` was answered in another conversation (Dify starts
a new one for an id it does not know, instead of refusing it). No exception text or argument ever
contains the API key. Every exception pickles (for process pools and task queues): the
unpickled copy keeps its fields; its `request` and `response` are rebuilt with method,
URL, status and response headers only, never the request's headers or body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._types import RunHandle

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConversationMismatchWarning",
    "DifyError",
    "InternalServerError",
    "InvalidInputError",
    "JournalMismatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RequestTooLargeError",
    "StreamError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
]


class DifyError(Exception):
    """Base class of every error this package raises."""

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.args, _portable_state(self.__dict__)))


class ConfigurationError(DifyError, ValueError):
    """A client setting is missing or not acceptable (API key, base URL, timeout, ...)."""


class InvalidInputError(DifyError, ValueError):
    """An argument of a call is not acceptable; nothing was sent."""


class ClientClosedError(DifyError, RuntimeError):
    """The client was used after `close()` (or after leaving its `with` block)."""


class StreamStateError(DifyError, RuntimeError):
    """A stream was asked for what it does not know yet: its run or task id before the
    first event (enter the `with` block first; `known_task_id` never raises)."""


class JournalMismatchError(DifyError, ValueError):
    """A batch journal belongs to another input or another app (or is not a journal):
    nothing was sent. Use another journal path, or the input and app it was made for."""


class APIError(DifyError):
    """A request to the API failed; `request` is the request that was sent."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full answer.

    `workflow_run_id` is set when the stream of a run broke: the run may go on on the
    server; `stream.resume()` (or `stream_workflow_events`) follows it again.
    `pending_run` is set when a run's request may have reached the server: a `RunHandle`
    to find the run (`client.resolve`), follow it (`client.attach`) or wait for it
    (`client.wait`), with its ids when they had arrived.
    """

    workflow_run_id: str | None
    pending_run: RunHandle | None

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request,
        workflow_run_id: str | None = None,
        pending_run: RunHandle | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.workflow_run_id = workflow_run_id
        self.pending_run = pending_run


class APITimeoutError(APIConnectionError):
    """No complete answer arrived within the timeout (on a stream: no byte, pings
    included, within the idle timeout once the run started, the wait for a worker passed
    `queue_timeout`, or the stream's overall timeout passed). A run given up on may
    still start and be billed: `pending_run` finds it."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request,
        workflow_run_id: str | None = None,
        pending_run: RunHandle | None = None,
    ) -> None:
        super().__init__(message, request=request, workflow_run_id=workflow_run_id, pending_run=pending_run)


class StreamError(APIError):
    """The server sent an `error` event in a stream (under HTTP 200); the stream is closed.

    `code`, `message` and `status` are the event's (match on `code`); `task_id` and
    `workflow_run_id` those of the run when the event named them.
    """

    code: str | None
    status: int | None
    task_id: str | None
    workflow_run_id: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        code: str | None,
        status: int | None,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.code = code
        self.status = status
        self.task_id = task_id
        self.workflow_run_id = workflow_run_id

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"error event{code}: {self.message}"


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the spec."""

    response: httpx.Response
    status_code: int
    body: str

    def __init__(self, message: str, *, response: httpx.Response, body: str) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """The server answered with a status >= 300 (redirects are never followed)."""

    response: httpx.Response
    status_code: int
    code: str | None
    body: str
    request_id: str | None
    description: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None,
        body: str,
        request_id: str | None,
        description: str | None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.body = body
        self.request_id = request_id
        self.description = description

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"HTTP {self.status_code}{code}: {self.message}"

    @property
    def explained(self) -> str:
        """`str(self)` and, when it adds something, the code's documented meaning marked
        as such: the spec documents one meaning per code, while Dify reuses codes (a
        text-to-audio `invalid_param` can say the model provider failed), so the
        description is never presented as the cause, and never repeats the message."""
        if not self.description or same_text(self.description, self.message):
            return str(self)
        return f"{self} ({self.code} is documented as: {self.description})"


def same_text(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.lower().replace("`", "").split()).rstrip(".")

    x, y = norm(a), norm(b)
    return x in y or y in x


class BadRequestError(APIStatusError):
    """400: the request was malformed or a parameter is invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or, with an HTML body, no such route: check the base URL)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PreconditionFailedError(APIStatusError):
    """412: e.g. a human-input form that was already submitted or has expired."""


class RequestTooLargeError(APIStatusError):
    """413: e.g. an uploaded file over the server's limit (`file_too_large`)."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: e.g. an upload of an unsupported file type, or a request without a JSON body.

    From `audio_to_text`, `sent_type` is the MIME type the file was sent as and
    `accepted` the types Dify takes; the message stays Dify's, `str()` names both.
    """

    sent_type: str | None = None
    accepted: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = super().__str__()
        if self.sent_type is None:
            return text
        return (
            f"{text} (the file was sent as {self.sent_type}; Dify accepts {', '.join(self.accepted)}: "
            "pass mime_type= to choose)"
        )


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """A status >= 500: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    413: RequestTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for a status code; any integer works."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


# -- pickling -------------------------------------------------------------------------
# httpx objects hold the request headers (the key) and open streams, so they travel as
# method, URL, status and response headers only, and are rebuilt as bodiless twins.


def _portable_state(state: dict[str, Any]) -> dict[str, Any]:
    portable: dict[str, Any] = {}
    for name, value in state.items():
        if isinstance(value, httpx.Request):
            portable[name] = ("request", value.method, str(value.url))
        elif isinstance(value, httpx.Response):
            request = value.request if _has_request(value) else None
            portable[name] = (
                "response",
                value.status_code,
                list(value.headers.multi_items()),
                None if request is None else (request.method, str(request.url)),
            )
        else:
            portable[name] = value
    return portable


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - the property raises when unset
    except RuntimeError:
        return False
    return True


def _rebuild(cls: type[DifyError], args: tuple[Any, ...], state: dict[str, Any]) -> DifyError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    for name, value in state.items():
        if isinstance(value, tuple) and value and value[0] == "request":
            value = httpx.Request(value[1], value[2])
        elif isinstance(value, tuple) and value and value[0] == "response":
            request = None if value[3] is None else httpx.Request(value[3][0], value[3][1])
            value = httpx.Response(value[1], headers=value[2], request=request)
        setattr(error, name, value)
    return error


class ConversationMismatchWarning(UserWarning):
    """A chat message sent with `conversation_id` was answered in another conversation:
    Dify 1.15.0 starts a new conversation for an id it does not know (recordings 119,
    127) instead of refusing it. `sent` is the id sent, `used` the one the server used
    (the result's and the stream's `conversation_id`)."""

    def __init__(self, sent: str, used: str) -> None:
        super().__init__(
            f"the message was sent to conversation {sent} but the server answered in conversation "
            f"{used}: it did not know {sent} and started a new conversation (the earlier turns are "
            "not in its context)"
        )
        self.sent = sent
        self.used = used
