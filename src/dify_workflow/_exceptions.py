"""Exceptions raised by the Dify workflow client.

The tree::

    DifyError                          configuration problems, and the root of all below
    └── APIError                       message, request
        ├── APIConnectionError         the server could not be reached or the connection broke
        │   └── APITimeoutError        no complete answer within the timeout
        ├── APIResponseValidationError a 2xx whose body does not match the spec
        └── APIStatusError             status_code, code, body, response,
                                       request_id, description
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        >= 500

Any other status >= 300 raises `APIStatusError` itself. No exception text or argument ever
contains the API key.
"""

from __future__ import annotations

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DifyError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class DifyError(Exception):
    """Base class of every error this package raises, and of configuration errors."""


class APIError(DifyError):
    """A request to the API failed; `request` is the request that was sent."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full answer."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No complete answer arrived within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


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


class BadRequestError(APIStatusError):
    """400: the request was malformed or a parameter is invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


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
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for a status code; any integer works."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)
