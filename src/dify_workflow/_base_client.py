"""What the sync and async clients share: settings, request building, response mapping.

The two clients differ only in how they send and wait; every decision (which URL, which
exception, whether to retry, what to log) is made here once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any, Self, TypeVar

import httpx

from . import _config
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._inputs import check_task_id, check_user
from ._operations import STOP_TASK, Operation
from ._retry import RetryPolicy
from ._types import StopTaskResult
from ._version import __version__

log = logging.getLogger("dify_workflow")

MAX_BODY_BYTES = 1024 * 1024
MAX_KEPT_BODY_CHARS = 2000
_REQUEST_ID_HEADERS = (b"x-request-id", b"request-id", b"x-dify-request-id")
_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)


class BearerAuth(httpx.Auth):
    """Adds the API key to each request; its repr never shows the key."""

    def __init__(self, api_key: str) -> None:
        self.header = f"Bearer {api_key}"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = self.header
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<redacted>)"


def mask(api_key: str) -> str:
    """At most the key's last 4 characters, and none of a short key."""
    return "****" + api_key[-4:] if len(api_key) >= 16 else "****"


class BaseClient:
    """Settings and per-request logic shared by WorkflowClient and AsyncWorkflowClient."""

    _http: Any
    _owns_http: bool

    def __init__(
        self,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        *,
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        lang: str,
    ) -> None:
        self._api_key = _config.resolve_api_key(api_key)
        self.base_url: httpx.URL = _config.resolve_base_url(base_url)
        self.timeout: httpx.Timeout = _config.resolve_timeout(timeout)
        self.max_retries = _check_retries(max_retries)
        self.lang = _config.resolve_lang(lang)
        self._auth = BearerAuth(self._api_key)
        self._headers = {
            "User-Agent": f"dify-workflow-client/{__version__}",
            "Accept": "application/json",
            **(default_headers or {}),
        }
        # The generated path is already percent-encoded segment by segment; appending it
        # to the base as text lets httpx parse the URL once, leaving the escapes intact.
        self._base_text = str(self.base_url).rstrip("/")
        self._policies: dict[Operation, RetryPolicy] = {}

    def _adopt(self, http: _HttpT | None, factory: type[_HttpT]) -> _HttpT:
        """Use the caller's httpx client, or make one; either way it carries base URL and
        auth, so `generated` works on the same pool with the same key."""
        self._owns_http = http is None
        # Our own client carries the key and default headers itself (cheaper than an
        # auth flow per request; httpx shows Authorization as [secure] in reprs). A
        # caller's client gets them with each request instead.
        key_header = {"Authorization": self._auth.header}
        self._request_headers = {} if http is None else {**self._headers, **key_header}
        if http is None:
            return factory(
                base_url=self.base_url,
                timeout=self.timeout,
                follow_redirects=False,
                headers={**self._headers, **key_header},
            )
        if not str(http.base_url):
            http.base_url = self.base_url
        if http.auth is None:
            http.auth = self._auth
        return http

    def _copy_with(self, *, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False
        if timeout is not None:
            clone.timeout = _config.resolve_timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _check_retries(max_retries)
        clone.__dict__.pop("generated", None)
        clone._policies = {}
        return clone

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, "
            f"api_key={mask(self._api_key)!r}, lang={self.lang!r}, "
            f"max_retries={self.max_retries}, timeout={self.timeout.read})"
        )

    # -- request building ---------------------------------------------------------

    def _stop_request(
        self, task_id: object, user: object, timeout: float | httpx.Timeout | None
    ) -> httpx.Request:
        task = check_task_id(task_id)
        body = STOP_TASK.body_model(user=check_user(user))
        return self._build(STOP_TASK, STOP_TASK.module._get_kwargs(task, body=body), timeout)

    def _build(
        self, op: Operation, kwargs: dict[str, Any], timeout: float | httpx.Timeout | None
    ) -> httpx.Request:
        url = self._base_text + kwargs["url"]
        chosen = self.timeout if timeout is None else _config.resolve_timeout(timeout)
        request: httpx.Request = self._http.build_request(
            kwargs["method"].upper(),
            url,
            json=kwargs.get("json"),
            headers={**self._request_headers, **kwargs.get("headers", {})},
            timeout=chosen,
        )
        return request

    def _policy(self, op: Operation) -> RetryPolicy:
        policy = self._policies.get(op)
        if policy is None or policy.max_retries != self.max_retries:
            policy = self._policies[op] = op.policy(self.max_retries)
        return policy

    # -- response handling --------------------------------------------------------

    def _log_attempt(self, request: httpx.Request, attempt: int, started: float, outcome: str) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.1f ms (attempt %d of %d)",
                request.method,
                request.url,
                outcome,
                (time.monotonic() - started) * 1000.0,
                attempt + 1,
                self.max_retries + 1,
            )

    def _status_error(self, op: Operation, response: httpx.Response, body: bytes) -> APIStatusError:
        text = body.decode("utf-8", errors="replace")
        code: str | None = None
        message: str | None = None
        try:
            payload = json.loads(text) if text else None
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            code = payload["code"] if isinstance(payload.get("code"), str) else None
            message = payload["message"] if isinstance(payload.get("message"), str) else None
        if message is None:
            message = response.reason_phrase or "error"
            if response.is_redirect:
                message += " (redirects are not followed, so the key is never sent elsewhere)"
        kept = text if len(text) <= MAX_KEPT_BODY_CHARS else text[:MAX_KEPT_BODY_CHARS] + "...[truncated]"
        return status_error_class(response.status_code)(
            message,
            response=response,
            code=code,
            body=kept,
            request_id=request_id(response),
            description=op.description(code, self.lang),
        )

    def _stop_result(self, response: httpx.Response, body: bytes) -> StopTaskResult:
        parsed = parse_success(STOP_TASK, response, body)
        result = getattr(parsed, "result", None)
        value = getattr(result, "value", None)
        if not isinstance(value, str):
            raise _invalid(response, body, "the stop response has no 'result'")
        return StopTaskResult(result=value, request_id=request_id(response))


def _check_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


def request_id(response: httpx.Response) -> str | None:
    # One pass over the raw headers: Headers.get decodes every header on each lookup,
    # which showed up as the facade's largest per-call cost.
    found: dict[bytes, bytes] = {}
    for name, value in response.headers.raw:
        lowered = name.lower()
        if lowered in _REQUEST_ID_HEADERS and value:
            found.setdefault(lowered, value)
    for name in _REQUEST_ID_HEADERS:
        if name in found:
            return found[name].decode("latin-1")
    return None


def _invalid(response: httpx.Response, body: bytes, why: str) -> APIResponseValidationError:
    text = body.decode("utf-8", errors="replace")[:MAX_KEPT_BODY_CHARS]
    return APIResponseValidationError(
        f"HTTP {response.status_code} response does not match the spec: {why}",
        response=response,
        body=text,
    )


def parse_success(op: Operation, response: httpx.Response, body: bytes) -> Any:
    """The generated model of a 2xx body; every failure is APIResponseValidationError."""
    if read_limit_reached(len(body)):
        raise _invalid(response, body, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        parsed = op.module._parse_response(client=_NO_RAISE, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _invalid(response, body, f"{type(exc).__name__}: {exc}") from exc
    if parsed is None:
        raise _invalid(response, body, "the status or body is not the documented one")
    return parsed


class _NoRaise:
    """Stands in for the generated client in `_parse_response`: only this flag is read."""

    raise_on_unexpected_status = False


_NO_RAISE = _NoRaise()


def read_limit_reached(size: int) -> bool:
    return size > MAX_BODY_BYTES


def transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The facade's exception for an httpx transport failure (the key is never in it)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", request=request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc}).", request=request)


def deadline_of(request: httpx.Request) -> float | None:
    """When the whole attempt must be over: the overall timeout from now."""
    read = request.extensions.get("timeout", {}).get("read")
    return None if read is None else time.monotonic() + float(read)


def past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline
