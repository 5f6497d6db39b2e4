"""AsyncWorkflowClient: the public, stable face of the API for asyncio (and trio) code.

This file is the source of `_client.py` (scripts/unasync.py writes the sync twin).
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
    optional_seconds,
    parse_json,
    parse_result,
    past,
    read_limit_reached,
    transport_error,
)
from ._base_client import async_sleep as _async_sleep
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
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
    STOP_TASK,
    SUBMIT_FORM,
    TEXT_TO_AUDIO,
    UPLOAD_FILE,
    WORKFLOW_EVENTS,
    Operation,
)
from ._types import ENDED_STATUSES, AsyncHttpBackend, FileInput, RunHandle, StopTaskResult

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
    from ._reconcile import Reconciler
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
        WorkflowRunResult,
    )
else:
    from ._lazy import LazyModule

    # The result classes load with the first result: code that only stops tasks never needs them.
    results = LazyModule("dify_workflow._results")

__all__ = ["AsyncWorkflowClient"]


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


class AsyncWorkflowClient(BaseClient):
    """Asynchronous client of the Dify Workflow App API.

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
    are `AsyncHttpBackend`'s), with the same timeouts and retry rules on each. `http_client` is used as it is and never modified (its own
    limits apply): the key, base URL and the no-redirect rule travel with each request.
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

    async def stop_task(
        self,
        task_id: str | uuid.UUID | RunHandle,
        *,
        user: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> StopTaskResult:
        """Ask Dify to stop a running workflow task.

        Only tasks started in `streaming` response mode can be stopped, and `user` must
        be the same user identifier the run was started with. Dify answers success even
        when the task is unknown, already finished, or belongs to another user, so a
        result of "success" means "stop requested", not "a task was stopped".

        Args:
            task_id: the task id from the run's streaming chunks (str or uuid.UUID), or
                a `RunHandle` that knows it (its user is then the default `user`). A
                handle known only by its run id: `attach(handle)` and `stop()` the stream,
                which learns the task id from the run's next event.
            user: the end-user identifier passed when the run was started.
            timeout: this call's timeout in seconds (overrides the client's).

        Raises:
            InvalidInputError: task_id or user is not acceptable; nothing was sent.
            APIStatusError: (or a subclass) the server answered with an error.
            APIConnectionError: (or APITimeoutError) no answer could be had.
            APIResponseValidationError: a 2xx whose body does not match the spec.
        """
        task, who = self._stop_target(task_id, user)
        request = self._stop_request(task, who, timeout)
        response, body = await self._send(STOP_TASK, request)
        return self._stop_result(response, body)

    async def run_workflow(
        self,
        inputs: Mapping[str, Any],
        *,
        user: str,
        files: Iterable[FileInput | Mapping[str, Any]] = (),
        workflow_id: str | uuid.UUID | None = None,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WorkflowRunResult:
        """Run the workflow in blocking mode and return its result.

        The connection is held until the run ends, and such a run cannot be stopped
        (its task id arrives with the result). Proxies cut long requests (about 100 s
        on dify.ai), so the default `timeout` here is 110 s: stream long runs with
        `stream_workflow` instead. The request is sent at most once unless the
        connection was refused (nothing sent): a timed-out run may still be running, and
        the APITimeoutError's `pending_run` finds it (`wait(err.pending_run)`).

        Args:
            inputs: the workflow's input variables (see `get_app_parameters`).
            user: your end-user identifier; the same one later calls about this run need.
            files: FileInput objects (or dicts) for the run's file inputs.
            workflow_id: run this published workflow version (POST /workflows/{id}/run).
            trace_id: sent as the X-Trace-Id header, for distributed tracing.
            timeout: this call's timeout in seconds.

        Raises:
            InvalidInputError: an argument is not acceptable; nothing was sent.
            BadRequestError: e.g. `invalid_param` for a missing or wrong input.
            APIStatusError, APIConnectionError, APIResponseValidationError: as for every call.
        """
        op, request, sent = self._run_request(
            inputs,
            user=user,
            files=files,
            workflow_id=workflow_id,
            trace_id=trace_id,
            streaming=False,
            timeout=timeout,
        )
        sent_at = self._now_on_server()
        try:
            response, body = await self._send(op, request)
        except APIConnectionError as exc:
            self._lost_run(exc, sent, sent_at)
            raise
        result = self._run_result(response, body)
        self._saw_run(result.workflow_run_id)
        return result

    def stream_workflow(
        self,
        inputs: Mapping[str, Any],
        *,
        user: str,
        files: Iterable[FileInput | Mapping[str, Any]] = (),
        workflow_id: str | uuid.UUID | None = None,
        trace_id: str | None = None,
        timeout: float | None = None,
        stream_idle_timeout: float | None = None,
        quiet_timeout: float | None = STREAM_QUIET_TIMEOUT,
        queue_timeout: float | None = None,
    ) -> AsyncWorkflowStream:
        """Run the workflow in streaming mode; use the result with `async with`.

            async with client.stream_workflow({"topic": "x"}, user="u-1") as stream:
                print(stream.task_id)           # known on entering the block
                async for event in stream:      # typed events, ping never
                    ...

        The arguments are checked at once (InvalidInputError, nothing sent); the request
        is sent on entering the block, at most once unless the connection was refused.
        A stream has no overall deadline unless `timeout` (seconds from the run's start)
        is given; it fails with APITimeoutError after `stream_idle_timeout` seconds without
        a byte once the run has started. Until then the run may wait for a Dify worker (`stream.waiting`):
        that wait is bounded by `queue_timeout` (None: the client's; `math.inf`: no
        bound), and the APITimeoutError of a wait given up has the `pending_run`. Input
        errors come as a `failed` workflow_finished event (the server validates inside
        the run in this mode). The stream ends at the run's terminal event; after
        `quiet_timeout` seconds of pings only, run detail is asked whether the run ended
        (None: never). Leaving the block closes the connection but does not stop the run:
        `await stream.stop()` does, and confirms it.
        """
        op, request, sent = self._run_request(
            inputs,
            user=user,
            files=files,
            workflow_id=workflow_id,
            trace_id=trace_id,
            streaming=True,
            timeout=None,
            idle=stream_idle_timeout,
        )
        from ._async_streaming import AsyncWorkflowStream  # streams load with the first one

        return AsyncWorkflowStream(
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

    # -- detached runs -------------------------------------------------------------------

    async def submit(
        self,
        inputs: Mapping[str, Any],
        *,
        user: str,
        files: Iterable[FileInput | Mapping[str, Any]] = (),
        workflow_id: str | uuid.UUID | None = None,
        trace_id: str | None = None,
        wait_for_ids: float = 10.0,
    ) -> RunHandle:
        """Start a run and let go of it: returns its `RunHandle` as soon as its ids are
        known, or after `wait_for_ids` seconds with a *pending* handle (a busy Dify has
        not given the run to a worker yet); the connection is closed and the run goes on
        on the server. Later, from this process or another (`handle.to_json()`):
        `wait(handle)` for its end, `attach(handle)` for its events, `stop_task(handle)`.

        The run is a streaming one (sent at most once unless the connection was refused).
        Inputs Dify refuses raise BadRequestError (`invalid_param`), as for a blocking run:
        in streaming mode Dify answers them with a failed run it never stores.
        """
        limit = optional_seconds(wait_for_ids, "wait_for_ids")
        stream = self.stream_workflow(
            inputs,
            user=user,
            files=files,
            workflow_id=workflow_id,
            trace_id=trace_id,
            queue_timeout=math.inf if limit is None else limit,
            quiet_timeout=None,
        )
        try:
            async with stream:
                if stream.known_task_id == stream.workflow_run_id:
                    # Dify's streamed refusal of the inputs: started, then failed (67-69).
                    final = await stream.until_done()
                    raise self._refused_inputs(stream, final)
                return stream.handle
        except APITimeoutError as exc:
            # The run waited wait_for_ids seconds for a worker: it goes on, pending.
            if exc.pending_run is not None and exc.workflow_run_id is None and stream.waited > 0:
                return exc.pending_run
            raise

    async def resolve(self, handle: RunHandle, *, timeout: float | None = None) -> RunHandle:
        """The handle with its run's id: a pending one is found on the server once a worker
        takes its run (by user, send time and inputs; runs this client saw start are never
        taken for it). Returns a handle that already has its id at once. APITimeoutError
        (with `pending_run`) when no such run appeared within `timeout` seconds (None: no
        bound): the run may not exist (its request may never have arrived) or may not
        have started yet."""
        if not handle.pending:
            return handle
        known = self._resolved.get(handle)
        if known is not None:
            return known
        limit = optional_seconds(timeout, "timeout")
        found = await self.find_runs({0: handle}, timeout=limit)
        if 0 not in found:
            raise self._not_found(handle, limit)
        return self._remember(handle, found[0])

    async def attach(
        self,
        handle: RunHandle,
        *,
        include_state_snapshot: bool = False,
        continue_on_pause: bool = False,
        resolve_timeout: float | None = None,
    ) -> AsyncWorkflowStream:
        """The typed event stream of a handle's run (resolving a pending handle first, see
        `resolve`); enter it with `async with await client.attach(handle) as stream`. A
        finished run gives its terminal event; `stream.stop()` stops a running one."""
        run = await self.resolve(handle, timeout=resolve_timeout)
        assert run.workflow_run_id is not None  # resolve returns a handle with the run id
        return self.stream_workflow_events(
            run.workflow_run_id,
            user=run.user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            task_id=run.task_id,
        )

    async def wait(self, handle: RunHandle, *, timeout: float | None = None) -> WorkflowRunDetail:
        """Wait for a handle's run to end (resolving a pending handle first) and return its
        run detail: status "succeeded", "failed", "stopped", "partial-succeeded", or
        "paused" (a human-input form waits for a person: the run is not over, but nothing
        happens until the form is submitted). Run detail can lag a stop for about 0.5 s;
        this waits it out. APITimeoutError (with `pending_run`) after `timeout` seconds."""
        limit = optional_seconds(timeout, "timeout")
        until = None if limit is None else time.monotonic() + limit
        run = await self.resolve(handle, timeout=limit)
        assert run.workflow_run_id is not None
        delay = 0.2
        while True:
            detail = await self.get_workflow_run(run.workflow_run_id)
            if detail.status in ENDED_STATUSES or detail.status == "paused":
                return detail
            if until is not None and time.monotonic() + delay > until:
                raise self._not_found(run, limit)
            await _async_sleep(delay)
            delay = min(delay * 1.5, 2.0)

    async def find_runs(
        self,
        handles: Mapping[K, RunHandle],
        *,
        timeout: float | None = None,
        exclude: Callable[[str], bool] | None = None,
    ) -> dict[K, RunHandle]:
        """Find the runs of several pending handles at once (see `resolve`), polling
        `/workflows/logs` until each is found or `timeout` seconds pass (0: look once; None:
        no bound). Runs are claimed one to one: the oldest run goes to the earliest sent
        handle it fits, and a run this client saw start, one found before, or one for which
        `exclude(run_id)` is true is never taken. A run is claimed once it has been listed
        for 2 s (a stream of this client waiting for it takes it first), unless `timeout`
        is 0. Returns the handles found (with their run ids) under their keys; the others
        were not found (yet)."""
        from ._reconcile import SETTLE, Reconciler

        limit = None if timeout is None else max(float(timeout), 0.0)
        until = None if limit is None else time.monotonic() + limit
        seen = self._seen_runs
        reconciler: Reconciler[K] = Reconciler(
            known=lambda run_id: run_id in seen or (exclude is not None and exclude(run_id)),
            settle=0.0 if limit == 0 else SETTLE,
        )
        for key, handle in handles.items():
            if handle.pending:
                reconciler.add(key, handle)
        found: dict[K, RunHandle] = {key: h for key, h in handles.items() if not h.pending}
        poll = 0.5
        while reconciler.pending:
            found.update(await self._scan_logs(reconciler))
            if not reconciler.pending or (until is not None and time.monotonic() + poll > until):
                break
            await _async_sleep(poll)
            poll = min(poll * 1.5, 5.0)
        return found

    async def _scan_logs(self, reconciler: Reconciler[K]) -> dict[K, RunHandle]:
        """One look at the logs for a reconciler's pending handles: the runs of their users
        since their sends are offered (with their stored inputs), and the claims returned."""
        from ._reconcile import TOLERANCE, Candidate

        for user, since in reconciler.since().items():
            async for log in self.iter_workflow_logs(created_by_end_user_session_id=user, limit=100):
                run = log.workflow_run
                if run.created_at + TOLERANCE < since:
                    break  # newest first: the rest is older than every send
                if log.created_by_end_user is None or log.created_by_end_user.session_id != user:
                    continue
                if reconciler.needs(run.id):
                    detail = await self.get_workflow_run(run.id)
                    reconciler.offer(
                        Candidate(run.id, run.created_at, user, detail.inputs, detail.workflow_id)
                    )
        found: dict[K, RunHandle] = {}
        for key, handle in reconciler.match():
            assert handle.workflow_run_id is not None
            self._saw_run(handle.workflow_run_id)
            found[key] = handle
        return found

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
        from ._async_streaming import AsyncWorkflowStream

        return AsyncWorkflowStream(
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
        """Run the workflow once per row of `rows` (input mappings, read lazily); use with
        `async with` and iterate for `BatchResult`s as runs finish (`batch.summary` at the end).

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
        while True:
            started = time.monotonic()
            try:
                response, body = await self._attempt(request, stream=stream, whole=whole)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                if attempt < policy.max_retries and policy.retries_error(exc):
                    await _async_sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise transport_error(exc, as_httpx(request)) from exc
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
                answered = await self._pool.exchange(request)
                if answered is not None:
                    return answered, answered.content
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
