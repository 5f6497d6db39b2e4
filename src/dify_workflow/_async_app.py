"""AsyncAppClient: what every app kind Dify builds on its workflow engine shares, for
asyncio (and trio) code: the connection pool, the one retry loop, and the operations that
serve Workflow and Chatflow apps alike (app settings, files, audio, end users, run detail
and its events, logs, human-input forms). `AsyncWorkflowClient` (`_async_client.py`) and
`AsyncChatClient` (`chat/_async_client.py`) add what is their app kind's own.

This file is the source of `_app.py` (scripts/unasync.py writes the sync twin).
"""

from __future__ import annotations

import functools
import math
import os
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Hashable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _config
from ._backends import AsyncPool, _async_backend_http
from ._base_client import (
    DEADLINE,
    MAX_CONNECTIONS,
    STREAM_IDLE_TIMEOUT,
    STREAM_QUIET_TIMEOUT,
    BaseClient,
    R,
    Wire,
    as_httpx,
    deadline_of,
    invalid,
    is_not_found,
    log,
    optional_seconds,
    parse_json,
    parse_result,
    past,
    read_limit_reached,
    transport_error,
)
from ._base_client import async_sleep as _async_sleep
from ._exceptions import (
    ConfigurationError,
    UnsupportedMediaTypeError,
)
from ._inputs import (
    check_path_id,
    check_task_id,
    check_user,
    check_uuid_id,
    form_actions,
    form_submission,
    log_query,
)
from ._operations import (
    AUDIO_TO_TEXT,
    GET_APP_INFO,
    GET_APP_META,
    GET_APP_PARAMETERS,
    GET_APP_SITE,
    GET_END_USER,
    GET_FORM,
    GET_WORKFLOW_RUN,
    LIST_WORKFLOW_LOGS,
    SUBMIT_FORM,
    TEXT_TO_AUDIO,
    UPLOAD_FILE,
    WORKFLOW_EVENTS,
    Operation,
)
from ._retry import never_sent
from ._types import AsyncHttpBackend

K = TypeVar("K", bound=Hashable)

if TYPE_CHECKING:
    import datetime
    import uuid

    from dify_workflow_api.client import Client as GeneratedClient

    from . import _results as results
    from ._async_audio import AsyncAudioResponse
    from ._async_batch import AsyncBatch
    from ._async_streaming import AsyncWorkflowStream
    from ._multipart import FileSource
    from ._results import (
        AppInfo,
        AppMeta,
        AppParameters,
        AppSite,
        EndUser,
        HumanInputForm,
        UploadedFile,
        WorkflowLog,
        WorkflowLogPage,
        WorkflowRunDetail,
    )
else:
    from ._lazy import LazyModule

    # The result classes load with the first result: code that only stops tasks never needs them.
    results = LazyModule("dify_workflow._results")

__all__ = ["AsyncAppClient"]


def _own_http(
    timeout: httpx.Timeout, limits: httpx.Limits, backend: AsyncHttpBackend
) -> tuple[httpx.AsyncClient, bool]:
    """The client's own pool, and whether it bounds each socket read by DEADLINE."""
    other = _async_backend_http(backend, timeout, limits)
    if other is not None:
        return other, True
    # With a proxy configured in the environment, httpx's own transport (which honours
    # it) is used; its timeouts bound each read rather than the whole attempt.
    # urllib.request (with http.client and email) is imported here, not with the package.
    import urllib.request

    if urllib.request.getproxies():
        return httpx.AsyncClient(timeout=timeout, follow_redirects=False, limits=limits), False
    from ._async_transport import AsyncBudgetClient  # imports httpcore: only when needed

    return AsyncBudgetClient(limits, timeout), True


def _quiet(value: float | None) -> float | None:
    return optional_seconds(value, "quiet_timeout")


def _queue(client: BaseClient, value: float | None) -> float | None:
    """A call's queue_timeout: None is the client's; infinity no bound."""
    chosen = client.queue_timeout if value is None else optional_seconds(value, "queue_timeout")
    return None if chosen is None or math.isinf(chosen) else chosen


class _AsyncDelegate(httpx.AsyncBaseTransport):
    """Sends the generated client's requests through the facade's pool, unchanged."""

    def __init__(self, pool: AsyncPool) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.send(request)


class AsyncAppClient(BaseClient):
    """Asynchronous client of what every Dify app built on the workflow engine serves:
    the base of `AsyncWorkflowClient` and `AsyncChatClient`, not made on its own.

    `api_key` falls back to DIFY_API_KEY; `base_url` to DIFY_BASE_URL, then to the
    spec's default server. `timeout` is the budget of one attempt in seconds (5 s of it
    at most to connect; for a stream, until its headers arrive; default 30 s, and 110 s
    for blocking runs unless given); `max_retries` bounds retries of what is safe to
    retry. `stream_idle_timeout` is how long a started run's stream may go without a byte
    (Dify pings every 10 s) before APITimeoutError; `queue_timeout` how long a run may
    wait for a Dify worker before it is given up (default None: as long as the
    connection lives).
    `max_connections` caps the client's own connection pool (default 1000: a stream
    holds its connection for the run's whole life, so a small pool would make the next
    stream wait silently). `http_backend` is the library of that pool (the choices
    are `AsyncHttpBackend`'s), with the same timeouts and retry rules on each.
    `http_client` is used as it is and never modified (its own limits apply): the key, base URL and the no-redirect rule travel with each request.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        lang: str = "en",
        stream_idle_timeout: float = STREAM_IDLE_TIMEOUT,
        queue_timeout: float | None = None,
        max_connections: int = MAX_CONNECTIONS,
        http_backend: AsyncHttpBackend = "httpx",
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            lang=lang,
            stream_idle_timeout=stream_idle_timeout,
            queue_timeout=queue_timeout,
        )
        self._owns_http = http_client is None
        self._own_pool = http_client is None  # kept by with_options copies, unlike _owns_http
        # Actions of the forms fetched through this client, to check a submit's action.
        self._form_actions: dict[str, frozenset[str] | None] = {}
        limits = _config.resolve_limits(max_connections)
        if http_client is not None and http_backend != "httpx":
            raise ConfigurationError(
                "Pass http_client or http_backend, not both: http_client is used as it is."
            )
        if http_client is None:
            http, self._budgeted = _own_http(self.timeout, limits, http_backend)
            self._pool = AsyncPool(http, lambda: _own_http(self.timeout, limits, http_backend)[0])
        else:
            self._pool = AsyncPool(http_client, None)

    @functools.cached_property
    def generated(self) -> GeneratedClient:
        """The generated client (package `dify_workflow_api`) on this client's connection
        pool, key, base URL and timeouts, for what the facade does not wrap."""
        from dify_workflow_api.client import Client

        wrapper = httpx.AsyncClient(
            base_url=self.base_url,
            headers=self._request_headers,
            timeout=self.timeout,
            follow_redirects=False,
            transport=_AsyncDelegate(self._pool),
        )
        return Client(base_url=str(self.base_url)).set_async_httpx_client(wrapper)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        return self._copy_with(timeout=timeout, max_retries=max_retries)

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
    ) -> AsyncWorkflowStream:
        """Follow a run's events (GET /workflow/{workflow_run_id}/events); use with `async with`.

        `user` must be the run's own (else NotFoundError). Without
        `include_state_snapshot` only events after the connection opens arrive; with it,
        the run's past events are replayed first. `continue_on_pause=True` keeps the
        stream open across human-input pauses; it still ends at `workflow_finished`
        (Dify keeps the connection open after it). Entering does not wait for an event
        (a paused run sends none until its form is submitted). After `quiet_timeout`
        seconds of pings only, run detail is asked whether the run ended; if so, the
        stream ends with a `workflow_finished` built from it (`from_run_detail`).
        `task_id`: the run's task id, when you know it (from the stream that started the
        run, or your own records): `stop()` can then stop the run before a live event
        has told the stream (replayed events carry the run id where the task id goes).
        """
        return self._events_stream(
            workflow_run_id,
            user=user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            timeout=timeout,
            stream_idle_timeout=stream_idle_timeout,
            quiet_timeout=quiet_timeout,
            task_id=None if task_id is None else check_task_id(task_id),
        )

    def _events_stream(
        self,
        workflow_run_id: str | uuid.UUID,
        *,
        user: str,
        include_state_snapshot: bool,
        continue_on_pause: bool,
        timeout: float | None = None,
        stream_idle_timeout: float | None = None,
        task_id: str | None = None,
        quiet_timeout: float | None = STREAM_QUIET_TIMEOUT,
    ) -> AsyncWorkflowStream:
        request = self._events_request(
            workflow_run_id,
            user=user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            idle=stream_idle_timeout,
        )
        return self._stream_type()(
            self,
            WORKFLOW_EVENTS,
            request,
            user=check_user(user),
            replays=True,
            timeout=timeout,
            task_id=task_id,
            workflow_run_id=str(workflow_run_id),
            continue_on_pause=continue_on_pause,
            quiet_timeout=_quiet(quiet_timeout),
            idle=stream_idle_timeout,
        )

    def _new_stream(
        self,
        op: Operation,
        request: httpx.Request,
        sent: dict[str, Any],
        *,
        timeout: float | None,
        stream_idle_timeout: float | None,
        queue_timeout: float | None,
        quiet_timeout: float | None,
    ) -> AsyncWorkflowStream:
        """The stream of a new run (or chat message) whose request is `request` and body
        `sent`, of this client's app kind; not sent until entered."""
        return self._stream_type()(
            self,
            op,
            request,
            user=sent["user"],
            replays=False,
            timeout=timeout,
            quiet_timeout=_quiet(quiet_timeout),
            idle=stream_idle_timeout,
            queue_timeout=_queue(self, queue_timeout),
            sent=sent,
        )

    def _stream_type(self) -> type[AsyncWorkflowStream]:
        """The stream class of this client's app kind (imported on first use)."""
        from ._async_streaming import AsyncWorkflowStream

        return AsyncWorkflowStream

    async def _stop_for_stream(self, task_id: str, user: str, timeout: float) -> bool:
        """Stop a task the way this client's app kind stops one (a stream's `stop()`)."""
        raise NotImplementedError

    async def get_workflow_run(
        self, workflow_run_id: str | uuid.UUID, *, timeout: float | httpx.Timeout | None = None
    ) -> WorkflowRunDetail:
        """A run's status, outputs and timing (GET /workflows/run/{workflow_run_id}).

        `status` is "running", "succeeded", "failed", "stopped", "partial-succeeded" or
        "paused". Raises NotFoundError for an unknown id or another app's run.
        """
        request = self._detail_request(workflow_run_id, timeout)
        response, body = await self._send(GET_WORKFLOW_RUN, request)
        return self._detail_result(response, body)

    # -- app settings, end users, logs, human-input forms ---------------------------------

    async def get_app_info(self, *, timeout: float | httpx.Timeout | None = None) -> AppInfo:
        """The app's name, description, tags and mode (GET /info)."""
        return await self._call(GET_APP_INFO, results.AppInfo, timeout=timeout)

    async def get_app_parameters(self, *, timeout: float | httpx.Timeout | None = None) -> AppParameters:
        """The app's input form (`user_input_form`), upload limits and features (GET /parameters)."""
        return await self._call(GET_APP_PARAMETERS, results.AppParameters, timeout=timeout)

    async def get_app_meta(self, *, timeout: float | httpx.Timeout | None = None) -> AppMeta:
        """The app's tool icons (GET /meta)."""
        return await self._call(GET_APP_META, results.AppMeta, timeout=timeout)

    async def get_app_site(self, *, timeout: float | httpx.Timeout | None = None) -> AppSite:
        """The app's web-app settings (GET /site)."""
        return await self._call(GET_APP_SITE, results.AppSite, timeout=timeout)

    async def get_end_user(
        self, end_user_id: str | uuid.UUID, *, timeout: float | httpx.Timeout | None = None
    ) -> EndUser:
        """An end user by id (GET /end-users/{end_user_id}); NotFoundError
        (`end_user_not_found`) when unknown."""
        path = {"end_user_id": check_uuid_id(end_user_id, "end_user_id")}
        return await self._call(GET_END_USER, results.EndUser, path=path, timeout=timeout)

    async def list_workflow_logs(
        self,
        *,
        keyword: str | None = None,
        status: str | None = None,
        page: int = 1,
        limit: int = 20,
        created_at__before: str | datetime.datetime | None = None,
        created_at__after: str | datetime.datetime | None = None,
        created_by_end_user_session_id: str | None = None,
        created_by_account: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WorkflowLogPage:
        """One page of workflow logs, newest first (GET /workflows/logs).

        `status` filters by "succeeded", "failed" or "stopped" (the server refuses
        others); `keyword` matches the end user's `user` string or a run id; the
        `created_at__*` bounds take datetimes (sent as ISO 8601) or strings.
        """
        params = log_query(
            keyword=keyword,
            status=status,
            page=page,
            limit=limit,
            created_at__before=created_at__before,
            created_at__after=created_at__after,
            created_by_end_user_session_id=created_by_end_user_session_id,
            created_by_account=created_by_account,
        )
        return await self._call(LIST_WORKFLOW_LOGS, results.WorkflowLogPage, params=params, timeout=timeout)

    async def iter_workflow_logs(
        self,
        *,
        keyword: str | None = None,
        status: str | None = None,
        limit: int = 20,
        created_at__before: str | datetime.datetime | None = None,
        created_at__after: str | datetime.datetime | None = None,
        created_by_end_user_session_id: str | None = None,
        created_by_account: str | None = None,
    ) -> AsyncIterator[WorkflowLog]:
        """Every log entry, page after page; a page is fetched only when the previous
        one is used up, and the last page (`has_more` false) ends it."""
        page = 1
        while True:
            result = await self.list_workflow_logs(
                keyword=keyword,
                status=status,
                page=page,
                limit=limit,
                created_at__before=created_at__before,
                created_at__after=created_at__after,
                created_by_end_user_session_id=created_by_end_user_session_id,
                created_by_account=created_by_account,
            )
            for item in result.data:
                yield item
            if not result.has_more or not result.data:
                return
            page += 1

    async def get_human_input_form(
        self, form_token: str, *, timeout: float | httpx.Timeout | None = None
    ) -> HumanInputForm:
        """The form a paused run waits for (GET /form/human_input/{form_token}).

        NotFoundError for an unknown token; PreconditionFailedError
        (`human_input_form_submitted` / `human_input_form_expired`) once it was
        submitted or expired: forms are one-shot.
        """
        path = {"form_token": check_path_id(form_token, "form_token")}
        form = await self._call(GET_FORM, results.HumanInputForm, path=path, timeout=timeout)
        self._form_actions[path["form_token"]] = form_actions(form)
        return form

    async def submit_human_input_form(
        self,
        form_token: str,
        *,
        inputs: Mapping[str, Any],
        action: str,
        user: str,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Submit a human-input form; the paused run resumes on the server.

        When the form was fetched through this client, `action` must be one of its
        actions (InvalidInputError otherwise, nothing sent). Follow the resumed run with
        `stream_workflow_events(run_id, user=..., continue_on_pause=True)`, opened
        before submitting. Not repeated after a lost answer (forms are one-shot).
        """
        token = check_path_id(form_token, "form_token")
        body = form_submission(inputs, action, user, self._form_actions.get(token))
        request = self._build(SUBMIT_FORM, {"form_token": token}, json_body=body, timeout=timeout)
        response, raw = await self._send(SUBMIT_FORM, request)
        # Dify answers `{}`: a 2xx that is not a JSON object is still an error.
        if not isinstance(parse_json(response, raw), dict):
            raise invalid(response, raw, "expected a JSON object")

    # -- batches -----------------------------------------------------------------------------

    def run_batch(
        self,
        rows: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        user: str,
        concurrency: int = 4,
        rate: float | None = None,
        journal: str | os.PathLike[str] | None = None,
        input_id: str | None = None,
        resend_unknown: bool = False,
        retry_failed: bool = False,
        timeout: float | None = None,
        reconcile_timeout: float = 600.0,
    ) -> AsyncBatch:
        """Run the app once per row of `rows` (mappings, read lazily); use with `async with`
        and iterate for `BatchResult`s as rows finish (`batch.summary` at the end). On a
        workflow client a row is the run's inputs; on a chat client a row is a message: its
        `query`, an optional `conversation_id` to continue, and the app's inputs (the
        result's `answer` and `conversation_id` say what came of it; a message whose ids
        never arrived is looked for among the user's messages, never sent again).

        Each row runs as a stream. At most `concurrency` run at once and at most `rate`
        start per second; a 429 halves the concurrency (honouring Retry-After) and a calm
        period raises it again. `timeout` bounds each run from its start (a run past it is
        stopped and its row failed); the wait for a Dify worker before it is not bounded.
        With `journal` (a SQLite file; `input_id` names the input), a batch resumes without
        a second billed run: finished rows are skipped, rows whose run id is known are
        followed, and a row sent without its ids arriving is looked for on the server (by
        user, send time and inputs) and followed once found; only one of which no run
        appears within `reconcile_timeout` seconds is `unknown` (re-sent only with
        `resend_unknown`). Failed rows re-run only with `retry_failed`. A local path given
        for a file input is uploaded once per distinct content. Leaving the block early
        stops every run of the batch on the server, the waiting ones as they start.
        """
        from ._async_batch import AsyncBatch

        return AsyncBatch(
            self,
            rows,
            user=check_user(user),
            concurrency=concurrency,
            rate=rate,
            journal=journal,
            input_id=input_id,
            resend_unknown=resend_unknown,
            retry_failed=retry_failed,
            timeout=timeout,
            reconcile_timeout=reconcile_timeout,
        )

    # -- files and audio -------------------------------------------------------------------

    async def upload_file(
        self,
        file: FileSource,
        *,
        user: str,
        filename: str | None = None,
        mime_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        on_progress: Callable[[int, int | None], object] | None = None,
    ) -> UploadedFile:
        """Upload a file for later runs (POST /files/upload); pass `FileInput.local(result.id)`.

        `file` is a path, bytes, or a binary file object; it is streamed, never read
        whole. The name comes from `filename`, else the path or the file object's name;
        the MIME type from `mime_type`, else the name, else the first bytes. `timeout`
        bounds each read and write, not the whole upload. The upload is sent again only
        when the connection was refused (nothing sent). RequestTooLargeError
        (`file_too_large`) and UnsupportedMediaTypeError (`unsupported_file_type`) carry
        the spec's description. `on_progress(sent, size)` is called as the file's bytes
        go out (`size` is None for a stream of unknown length).
        """
        body = self._multipart(
            file, user=user, filename=filename, mime_type=mime_type, on_progress=on_progress
        )
        request = self._build(
            UPLOAD_FILE, {}, content=body.aiter_chunks(), headers=body.headers, timeout=timeout
        )
        response, raw = await self._send(UPLOAD_FILE, request, whole=False)
        return parse_result(results.UploadedFile, response, raw)

    async def audio_to_text(
        self,
        file: FileSource,
        *,
        user: str,
        filename: str | None = None,
        mime_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> str:
        """Transcribe speech (POST /audio-to-text); `file` as for `upload_file`. The app
        must have speech-to-text on (else BadRequestError, `invalid_param`). Without
        `mime_type`, the type is mapped to one Dify accepts (`audio/x-wav` is sent as
        `audio/wav`, `audio/mpeg` as `audio/mp3`, ...); UnsupportedMediaTypeError
        (`unsupported_audio_type`) names the type that was sent."""
        body = self._multipart(file, user=user, filename=filename, mime_type=mime_type, audio=True)
        request = self._build(
            AUDIO_TO_TEXT, {}, content=body.aiter_chunks(), headers=body.headers, timeout=timeout
        )
        try:
            response, raw = await self._send(AUDIO_TO_TEXT, request, whole=False)
        except UnsupportedMediaTypeError as exc:
            self._audio_type_error(exc, body.mime_type)
            raise
        payload = parse_json(response, raw)
        text = payload.get("text") if isinstance(payload, dict) else None
        if not isinstance(text, str):
            raise invalid(response, raw, "the answer has no 'text' string")
        return text

    async def text_to_audio(
        self,
        text: str | None = None,
        *,
        user: str,
        message_id: str | None = None,
        voice: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncAudioResponse:
        """Synthesize speech (POST /text-to-audio). The answer's body is not read yet:

            async with await client.text_to_audio("Hello", user="u-1") as audio:
                await audio.write_to("hello.mp3")     # streamed to disk

        The app must have text-to-speech on (else BadRequestError, `invalid_param`).
        """
        request = self._text_to_audio_request(
            text, user=user, message_id=message_id, voice=voice, timeout=timeout
        )
        response, _ = await self._send(TEXT_TO_AUDIO, request, stream=True)
        from ._async_audio import AsyncAudioResponse

        return AsyncAudioResponse(response)

    async def _call(
        self,
        op: Operation,
        model: type[R],
        *,
        path: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> R:
        """Build, send (with the retry rule of `op`) and parse one JSON operation."""
        request = self._build_whole(op, path or {}, params=params, json_body=json_body, timeout=timeout)
        response, body = await self._send(op, request)
        return parse_result(model, response, body)

    # -- sending: the one retry loop ------------------------------------------------

    async def _send(
        self, op: Operation, request: httpx.Request | Wire, *, stream: bool = False, whole: bool = True
    ) -> tuple[httpx.Response, bytes]:
        """Send with retries. With `stream`, a 2xx response comes back unread and open."""
        policy = self._policy(op)
        attempt = 0
        acted = False  # an earlier attempt may have reached the server and done its work
        while True:
            started = time.monotonic()
            try:
                response, body = await self._attempt(request, stream=stream, whole=whole)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                if attempt < policy.max_retries and policy.retries_error(exc):
                    acted = acted or not never_sent(exc)
                    await _async_sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise transport_error(exc, as_httpx(request)) from exc
            status = response.status_code
            self._log_attempt(request, attempt, started, str(status))
            if response.is_success:
                return response, body
            if status == 404 and acted and op.gone_is_done and is_not_found(body):
                log.info(
                    "%s %s: gone on a retry after an unanswered attempt, taken as done", op.method, op.path
                )
                return response, b""
            if attempt < policy.max_retries and policy.retries_status(status):
                delay = policy.delay_for(response, attempt)
                if delay is not None:
                    acted = acted or status >= 500 or status == 408
                    await _async_sleep(delay)
                    attempt += 1
                    continue
            raise self._status_error(op, response, body)

    async def _attempt(
        self, request: httpx.Request | Wire, *, stream: bool = False, whole: bool = True
    ) -> tuple[httpx.Response, bytes]:
        """One request/response, bounded as a whole by the attempt's timeout (for a
        stream: up to its headers; its body is read by the caller). Without `whole`
        (uploads, whose size has no bound) each socket read and write is bounded instead."""
        deadline = (self._head_deadline() if stream else deadline_of(request)) if whole else None
        token = DEADLINE.set(deadline)
        try:
            if whole and not stream:
                answered: tuple[httpx.Response, bytes] | None = await self._pool.exchange(request)
                if answered is not None:
                    return answered
            request = as_httpx(request)
            response = await self._pool.send(request)
            if stream and response.is_success:
                return response, b""
            try:
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    # A chunk that arrives after the deadline means the answer was not
                    # complete in time; one that completes it in time is kept.
                    if past(deadline):
                        raise httpx.ReadTimeout("overall timeout reached", request=request)
                    chunks.append(chunk)
                    size += len(chunk)
                    if read_limit_reached(size):
                        break
            finally:
                await response.aclose()
        finally:
            DEADLINE.reset(token)
        body = b"".join(chunks)
        # A closed streamed response cannot be read again; the exceptions and results
        # carry a twin that holds the body, so `.text` and `.json()` work on it.
        kept = httpx.Response(response.status_code, headers=response.headers, content=body, request=request)
        return kept, body

    # -- lifecycle --------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in or belongs to the original)."""
        if self._owns_http:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
