"""WorkflowClient: the public, stable face of the API for blocking code.

GENERATED from _async_client.py by scripts/unasync.py: edit that file, then run `make unasync`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._app import AppClient
from ._base_client import (
    STREAM_QUIET_TIMEOUT,
    optional_seconds,
)
from ._base_client import sleep as _sleep
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
)
from ._operations import (
    STOP_TASK,
)
from ._types import ENDED_STATUSES, FileInput, RunHandle, StopTaskResult

K = TypeVar("K", bound=Hashable)

if TYPE_CHECKING:
    import uuid

    from . import _results as results
    from ._reconcile import Reconciler
    from ._results import (
        WorkflowRunDetail,
        WorkflowRunResult,
    )
    from ._streaming import WorkflowStream
else:
    from ._lazy import LazyModule

    # The result classes load with the first result: code that only stops tasks never needs them.
    results = LazyModule("dify_workflow._results")

__all__ = ["WorkflowClient"]


class WorkflowClient(AppClient):
    """Synchronous client of a Dify Workflow app: runs (blocking, streamed, detached),
    their stop, and batches, besides every operation `AppClient` shares with chat apps.

    The settings (`api_key`, `base_url`, `timeout`, `max_retries`, `stream_idle_timeout`,
    `queue_timeout`, `max_connections`, `http_backend`, `http_client`) are `AppClient`'s.
    """

    def stop_task(
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
        response, body = self._send(STOP_TASK, request)
        return self._stop_result(response, body)

    def _stop_for_stream(self, task_id: str, user: str, timeout: float) -> bool:
        result = self.stop_task(task_id, user=user, timeout=timeout)
        return result.result == "success"

    def run_workflow(
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
            response, body = self._send(op, request)
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
    ) -> WorkflowStream:
        """Run the workflow in streaming mode; use the result with `with`.

            with client.stream_workflow({"topic": "x"}, user="u-1") as stream:
                print(stream.task_id)           # known on entering the block
                for event in stream:      # typed events, ping never
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
        `stream.stop()` does, and confirms it.
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
        return self._new_stream(
            op,
            request,
            sent,
            timeout=timeout,
            stream_idle_timeout=stream_idle_timeout,
            queue_timeout=queue_timeout,
            quiet_timeout=quiet_timeout,
        )

    # -- detached runs -------------------------------------------------------------------

    def submit(
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
            with stream:
                if stream.known_task_id == stream.workflow_run_id:
                    # Dify's streamed refusal of the inputs: started, then failed (67-69).
                    final = stream.until_done()
                    raise self._refused_inputs(stream, final)
                return stream.handle
        except APITimeoutError as exc:
            # The run waited wait_for_ids seconds for a worker: it goes on, pending.
            if exc.pending_run is not None and exc.workflow_run_id is None and stream.waited > 0:
                return exc.pending_run
            raise

    def resolve(self, handle: RunHandle, *, timeout: float | None = None) -> RunHandle:
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
        found = self.find_runs({0: handle}, timeout=limit)
        if 0 not in found:
            raise self._not_found(handle, limit)
        return self._remember(handle, found[0])

    def attach(
        self,
        handle: RunHandle,
        *,
        include_state_snapshot: bool = False,
        continue_on_pause: bool = False,
        resolve_timeout: float | None = None,
    ) -> WorkflowStream:
        """The typed event stream of a handle's run (resolving a pending handle first, see
        `resolve`); enter it with `with client.attach(handle) as stream`. A
        finished run gives its terminal event; `stream.stop()` stops a running one."""
        run = self.resolve(handle, timeout=resolve_timeout)
        assert run.workflow_run_id is not None  # resolve returns a handle with the run id
        return self.stream_workflow_events(
            run.workflow_run_id,
            user=run.user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            task_id=run.task_id,
        )

    def wait(self, handle: RunHandle, *, timeout: float | None = None) -> WorkflowRunDetail:
        """Wait for a handle's run to end (resolving a pending handle first) and return its
        run detail: status "succeeded", "failed", "stopped", "partial-succeeded", or
        "paused" (a human-input form waits for a person: the run is not over, but nothing
        happens until the form is submitted). Run detail can lag a stop for about 0.5 s;
        this waits it out. APITimeoutError (with `pending_run`) after `timeout` seconds."""
        limit = optional_seconds(timeout, "timeout")
        until = None if limit is None else time.monotonic() + limit
        run = self.resolve(handle, timeout=limit)
        assert run.workflow_run_id is not None
        delay = 0.2
        while True:
            detail = self.get_workflow_run(run.workflow_run_id)
            if detail.status in ENDED_STATUSES or detail.status == "paused":
                return detail
            if until is not None and time.monotonic() + delay > until:
                raise self._not_found(run, limit)
            _sleep(delay)
            delay = min(delay * 1.5, 2.0)

    def find_runs(
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
            found.update(self._scan_logs(reconciler))
            if not reconciler.pending or (until is not None and time.monotonic() + poll > until):
                break
            _sleep(poll)
            poll = min(poll * 1.5, 5.0)
        return found

    def _scan_logs(self, reconciler: Reconciler[K]) -> dict[K, RunHandle]:
        """One look at the logs for a reconciler's pending handles: the runs of their users
        since their sends are offered (with their stored inputs), and the claims returned."""
        from ._reconcile import TOLERANCE, Candidate

        for user, since in reconciler.since().items():
            for log in self.iter_workflow_logs(created_by_end_user_session_id=user, limit=100):
                run = log.workflow_run
                if run.created_at + TOLERANCE < since:
                    break  # newest first: the rest is older than every send
                if log.created_by_end_user is None or log.created_by_end_user.session_id != user:
                    continue
                if reconciler.needs(run.id):
                    detail = self.get_workflow_run(run.id)
                    reconciler.offer(
                        Candidate(run.id, run.created_at, user, detail.inputs, detail.workflow_id)
                    )
        found: dict[K, RunHandle] = {}
        for key, handle in reconciler.match():
            assert handle.workflow_run_id is not None
            self._saw_run(handle.workflow_run_id)
            found[key] = handle
        return found
