"""WorkflowClient and AsyncWorkflowClient: the public, stable face of the API."""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._base_client import (
    BaseClient,
    deadline_of,
    past,
    read_limit_reached,
    transport_error,
)
from ._operations import STOP_TASK, Operation
from ._types import StopTaskResult

if TYPE_CHECKING:
    import uuid

    from dify_workflow_api.client import Client as GeneratedClient

__all__ = ["AsyncWorkflowClient", "WorkflowClient"]

# Module-level so that tests can observe backoff without waiting for it.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on first use: sync-only consumers and the CLI's start-up
    # should not pay for it.
    import asyncio

    await asyncio.sleep(seconds)


def _generated_client(base_url: str) -> GeneratedClient:
    from dify_workflow_api.client import Client

    return Client(base_url=base_url)


_STOP_DOC = """Ask Dify to stop a running workflow task.

        Only tasks started in `streaming` response mode can be stopped, and `user` must
        be the same user identifier the run was started with. Dify answers success even
        when the task is unknown, already finished, or belongs to another user, so a
        result of "success" means "stop requested", not "a task was stopped".

        Args:
            task_id: the task id from the run's streaming chunks (str or uuid.UUID).
            user: the end-user identifier passed when the run was started.
            timeout: this call's timeout in seconds (overrides the client's).

        Raises:
            ValueError: task_id or user is not acceptable; nothing was sent.
            APIStatusError: (or a subclass) the server answered with an error.
            APIConnectionError: (or APITimeoutError) no answer could be had.
            APIResponseValidationError: a 2xx whose body does not match the spec.
        """


class WorkflowClient(BaseClient):
    """Synchronous client of the Dify Workflow App API.

    `api_key` falls back to DIFY_API_KEY; `base_url` to DIFY_BASE_URL, then to the
    spec's default server. `timeout` is the budget of one attempt in seconds (5 s of it
    at most to connect); `max_retries` bounds retries of what is safe to retry.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            lang=lang,
        )
        self._http: httpx.Client = self._adopt(http_client, httpx.Client)

    @functools.cached_property
    def generated(self) -> GeneratedClient:
        """The generated client on this client's connection pool, auth and timeouts,
        for operations the facade does not wrap yet."""
        return _generated_client(str(self.base_url)).set_httpx_client(self._http)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        return self._copy_with(timeout=timeout, max_retries=max_retries)

    def stop_task(
        self,
        task_id: str | uuid.UUID,
        *,
        user: str,
        timeout: float | httpx.Timeout | None = None,
    ) -> StopTaskResult:
        request = self._stop_request(task_id, user, timeout)
        response, body = self._send(STOP_TASK, request)
        return self._stop_result(response, body)

    stop_task.__doc__ = _STOP_DOC

    def _send(self, op: Operation, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        policy = self._policy(op)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response, body = self._attempt(request)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                if attempt < policy.max_retries and policy.retries_error(exc):
                    _sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise transport_error(exc, request) from exc
            self._log_attempt(request, attempt, started, str(response.status_code))
            if response.is_success:
                return response, body
            if attempt < policy.max_retries and policy.retries_status(response.status_code):
                delay = policy.delay_for(response, attempt)
                if delay is not None:
                    _sleep(delay)
                    attempt += 1
                    continue
            raise self._status_error(op, response, body)

    def _attempt(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        deadline = deadline_of(request)
        response = self._http.send(request, stream=True)
        try:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if read_limit_reached(size):
                    break
                if past(deadline):
                    raise httpx.ReadTimeout("overall timeout reached", request=request)
        finally:
            response.close()
        body = b"".join(chunks)
        # The body was read by hand (bounded); give it to the response for json().
        response._content = body
        return response, body

    def close(self) -> None:
        """Close the connection pool (unless it was passed in or belongs to the original)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncWorkflowClient(BaseClient):
    """Asynchronous client of the Dify Workflow App API; mirrors WorkflowClient.

    Its waits (backoff, Retry-After) use asyncio.sleep and never block the event loop.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            lang=lang,
        )
        self._http: httpx.AsyncClient = self._adopt(http_client, httpx.AsyncClient)

    @functools.cached_property
    def generated(self) -> GeneratedClient:
        """The generated client on this client's connection pool, auth and timeouts,
        for operations the facade does not wrap yet (use its asyncio functions)."""
        return _generated_client(str(self.base_url)).set_async_httpx_client(self._http)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        return self._copy_with(timeout=timeout, max_retries=max_retries)

    async def stop_task(
        self,
        task_id: str | uuid.UUID,
        *,
        user: str,
        timeout: float | httpx.Timeout | None = None,
    ) -> StopTaskResult:
        request = self._stop_request(task_id, user, timeout)
        response, body = await self._send(STOP_TASK, request)
        return self._stop_result(response, body)

    stop_task.__doc__ = _STOP_DOC

    async def _send(self, op: Operation, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        policy = self._policy(op)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response, body = await self._attempt(request)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                if attempt < policy.max_retries and policy.retries_error(exc):
                    await _async_sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise transport_error(exc, request) from exc
            self._log_attempt(request, attempt, started, str(response.status_code))
            if response.is_success:
                return response, body
            if attempt < policy.max_retries and policy.retries_status(response.status_code):
                delay = policy.delay_for(response, attempt)
                if delay is not None:
                    await _async_sleep(delay)
                    attempt += 1
                    continue
            raise self._status_error(op, response, body)

    async def _attempt(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        deadline = deadline_of(request)
        response = await self._http.send(request, stream=True)
        try:
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if read_limit_reached(size):
                    break
                if past(deadline):
                    raise httpx.ReadTimeout("overall timeout reached", request=request)
        finally:
            await response.aclose()
        body = b"".join(chunks)
        response._content = body
        return response, body

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in or belongs to the original)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
