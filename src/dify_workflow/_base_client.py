"""What the sync and async clients share: settings, request building, response mapping.

The two clients differ only in how they send and wait (and the sync one is generated from
the async one); every decision (which URL, which exception, whether to retry, what to
log) is made here once, without I/O.
"""

from __future__ import annotations

import contextvars
import email.utils
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _config
from ._backends import AsyncExchanger
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    UnsupportedMediaTypeError,
    status_error_class,
)
from ._inputs import (
    check_files,
    check_inputs,
    check_optional_id,
    check_optional_text,
    check_path_id,
    check_task_id,
    check_user,
    check_uuid_id,
)
from ._operations import (
    GET_WORKFLOW_RUN,
    RUN_WORKFLOW,
    RUN_WORKFLOW_BY_ID,
    STOP_TASK,
    TEXT_TO_AUDIO,
    WORKFLOW_EVENTS,
    Operation,
)
from ._retry import RetryPolicy, is_tls_mismatch, never_sent
from ._types import RunHandle, StopTaskResult
from ._version import __version__

if TYPE_CHECKING:
    from . import _results as results
    from ._multipart import MultipartBody
    from ._results import WorkflowRunDetail, WorkflowRunResult
else:
    from ._lazy import LazyModule

    # The result classes load with the first result (see parse_result).
    results = LazyModule("dify_workflow._results")

log = logging.getLogger("dify_workflow")

MAX_BODY_BYTES = 1024 * 1024
# A stream holds its connection for the run's whole life: the pool must fit many at once.
MAX_CONNECTIONS = 1000
# A blocking run holds the connection until the run ends. Proxies in front of Dify
# (Cloudflare on dify.ai) cut such requests at about 100 s and answer with their own
# error; waiting a little longer lets that answer arrive. Stream long runs instead.
BLOCKING_RUN_TIMEOUT = 110.0
# A live stream sends a ping after every 10 s of silence: 60 s without a byte means the
# connection is gone. It applies once the run has started: a run waiting for a worker
# gets one ping and then silence for as long as the queue takes (recording 98).
STREAM_IDLE_TIMEOUT = 60.0
# The attempt timeout when none is given (blocking runs: BLOCKING_RUN_TIMEOUT).
DEFAULT_TIMEOUT = 30.0
# TCP keepalive on the clients' own sockets: a connection that dies without a word while
# a run waits for a worker (no byte is due then) is noticed after KEEPALIVE_IDLE seconds
# of silence and KEEPALIVE_COUNT unanswered probes KEEPALIVE_INTERVAL apart: 40 s.
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 20, 5, 4
# How many run ids a client remembers having seen start, so that finding a pending run
# never takes one of them for it.
SEEN_RUNS = 100_000
MAX_KEPT_BODY_CHARS = 2000
_REQUEST_ID_HEADERS = (b"x-request-id", b"request-id", b"x-dify-request-id")

# When the attempt in progress must be over. The clients set it around each attempt; the
# budget transports cut every socket timeout to what is left of it.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("dify_deadline", default=None)


def mask(api_key: str) -> str:
    """What a repr shows of the key: that there is one, none of its characters."""
    return "****" if api_key else ""


def sleep(seconds: float) -> None:
    """The sync clients' backoff wait."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """The async clients' backoff wait: never blocks the event loop."""
    # asyncio is imported on first use: sync-only consumers and the CLI's start-up
    # should not pay for it.
    import asyncio

    await asyncio.sleep(seconds)


class BaseClient:
    """Settings and per-request logic shared by WorkflowClient and AsyncWorkflowClient.

    A caller's `http_client` is never modified: key, base URL and the no-redirect rule
    travel with each request the facade builds and sends.
    """

    _pool: Any  # AsyncPool / Pool: the connection pool, shared with with_options copies
    _owns_http: bool
    _own_pool: bool

    def __init__(
        self,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        lang: str,
        stream_idle_timeout: float = STREAM_IDLE_TIMEOUT,
        queue_timeout: float | None = None,
    ) -> None:
        self._api_key = _config.resolve_api_key(api_key)
        self.base_url: httpx.URL = _config.resolve_base_url(base_url)
        # A timeout given by the caller bounds blocking runs too; the default does not
        # (they get BLOCKING_RUN_TIMEOUT: proxies cut long requests near 100 s).
        self._timeout_given = timeout is not None
        self.timeout: httpx.Timeout = _config.resolve_timeout(DEFAULT_TIMEOUT if timeout is None else timeout)
        self.max_retries = _config.resolve_max_retries(max_retries)
        self.lang = _config.resolve_lang(lang)
        self.stream_idle_timeout = _positive(stream_idle_timeout, "stream_idle_timeout")
        self.queue_timeout = optional_seconds(queue_timeout, "queue_timeout", ConfigurationError)
        # Whether the pool bounds each socket read by DEADLINE (the clients' own pools):
        # then a stream's idle and queue bounds are kept by the stream itself, phase by
        # phase; through a caller's http_client only the per-read timeout exists.
        self._budgeted = False
        # Server clock minus this machine's, from the last Date header of a run's answer.
        self._clock_offset = 0.0
        self._seen_runs: OrderedDict[str, None] = OrderedDict()
        # Pending handles this client resolved: resolving one again gives the same run.
        self._resolved: OrderedDict[RunHandle, RunHandle] = OrderedDict()
        # The generated path is already percent-encoded segment by segment; appending it
        # to the base as text lets httpx parse the URL once, leaving the escapes intact.
        self._base_text = str(self.base_url).rstrip("/")
        self._default_headers = dict(default_headers or {})
        self._request_headers = _config.merge_headers(
            {"User-Agent": f"dify-workflow-client/{__version__}", "Accept": "application/json"},
            default_headers,
        )
        self._request_headers["Authorization"] = f"Bearer {self._api_key}"
        self._policies: dict[Operation, RetryPolicy] = {}
        # The own pool's headers as build_request would merge them (and as text pairs).
        self._merged_headers: tuple[object, httpx.Headers, tuple[tuple[str, str], ...]] | None = None

    def _copy_with(self, *, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False
        if timeout is not None:
            clone.timeout = _config.resolve_timeout(timeout)
            clone._timeout_given = True
        if max_retries is not None:
            clone.max_retries = _config.resolve_max_retries(max_retries)
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
    ) -> httpx.Request | Wire:
        task = check_task_id(task_id)
        return self._build_whole(
            STOP_TASK, {"task_id": task}, json_body={"user": check_user(user)}, timeout=timeout
        )

    def _run_request(
        self,
        inputs: object,
        *,
        user: object,
        files: object,
        workflow_id: object,
        trace_id: object,
        streaming: bool,
        timeout: float | httpx.Timeout | None,
        idle: float | None = None,
    ) -> tuple[Operation, httpx.Request, dict[str, Any]]:
        body: dict[str, Any] = {
            "inputs": check_inputs(inputs),
            "response_mode": "streaming" if streaming else "blocking",
            "user": check_user(user),
        }
        checked_files = check_files(files)
        if checked_files:
            body["files"] = checked_files
        # The spec has no trace field; Dify reads the X-Trace-Id header (and exposes it).
        trace = check_optional_id(trace_id, "trace_id")
        headers = {"X-Trace-Id": trace} if trace is not None else None
        if workflow_id is None:
            op, params = RUN_WORKFLOW, {}
        else:
            op, params = RUN_WORKFLOW_BY_ID, {"workflow_id": check_path_id(workflow_id, "workflow_id")}
        # What identifies the run later, should its ids never arrive (RunHandle).
        sent = {**body, "workflow_id": params.get("workflow_id")}
        if streaming:
            return (
                op,
                self._build(
                    op,
                    params,
                    json_body=body,
                    timeout=self._stream_timeout(idle),
                    stream=True,
                    headers=headers,
                ),
                sent,
            )
        return (
            op,
            self._build(op, params, json_body=body, timeout=self._run_timeout(timeout), headers=headers),
            sent,
        )

    def _run_timeout(self, timeout: float | httpx.Timeout | None) -> float | httpx.Timeout:
        """A blocking run's budget: the call's, else the client's when one was given,
        else BLOCKING_RUN_TIMEOUT."""
        if timeout is not None:
            return timeout
        return self.timeout if self._timeout_given else BLOCKING_RUN_TIMEOUT

    # -- runs whose ids may never arrive ---------------------------------------------

    def _now_on_server(self) -> float:
        """This moment on the server's clock, as well as the last Date header told it."""
        return time.time() + self._clock_offset

    def _server_time(self, response: httpx.Response) -> float | None:
        """The Date of a response (the server's clock), learning the clock offset."""
        value = response.headers.get("date")
        if value is None:
            return None
        try:
            stamp = email.utils.parsedate_to_datetime(value).timestamp()
        except (TypeError, ValueError):
            return None
        self._clock_offset = stamp - time.time()
        return stamp

    def _handle(
        self,
        sent: Mapping[str, Any],
        sent_at: float,
        *,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
    ) -> RunHandle:
        """The handle of a run sent with the body `sent` (what `_run_request` returned)."""
        from ._reconcile import digest_inputs

        return RunHandle(
            user=sent["user"],
            sent_at=sent_at,
            inputs_digest=digest_inputs(sent["inputs"]),
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            workflow_id=sent.get("workflow_id"),
        )

    def _lost_run(self, exc: APIConnectionError, sent: Mapping[str, Any], sent_at: float) -> None:
        """Give a run's connection error the handle of the run it may have started."""
        if exc.pending_run is None and not never_sent(exc.__cause__):
            exc.pending_run = self._handle(sent, sent_at, workflow_run_id=exc.workflow_run_id)

    @staticmethod
    def _stop_target(task_id: object, user: object) -> tuple[object, object]:
        """What a stop sends: a task id and user, or those of a RunHandle."""
        if not isinstance(task_id, RunHandle):
            return task_id, user
        if task_id.task_id is None:
            raise InvalidInputError(
                "this run handle has no task id yet (the run is pending, or was found by its run id): "
                "stop it through its events stream, which learns the task id from the run's next "
                "event: `stream = client.attach(handle)`, then `stream.stop()`"
            )
        return task_id.task_id, task_id.user if user is None else user

    def _not_found(self, handle: RunHandle, limit: float | None) -> APITimeoutError:
        """The error of a wait for a handle's run that gave up after `limit` seconds."""
        what = (
            "no run of this handle appeared on the server (it may not have started yet, or its "
            "request may never have arrived)"
            if handle.pending
            else f"run {handle.workflow_run_id} had not ended"
        )
        request = httpx.Request("GET", self._base_text + "/workflows/logs")
        return APITimeoutError(
            f"Gave up after {limit:g} s: {what}; the handle still finds it later.",
            request=request,
            workflow_run_id=handle.workflow_run_id,
            pending_run=handle,
        )

    def _refused_inputs(self, stream: Any, final: Any) -> APIStatusError:
        """A streamed run Dify refused for its inputs (a failed run it never stores) as the
        BadRequestError a blocking run gets for the same inputs (recordings 67-69, 80-81)."""
        response = stream.response if stream.response is not None else None
        request = stream._request
        refused = httpx.Response(400, request=request, headers=response.headers if response else None)
        error = getattr(getattr(final, "data", None), "error", None) or "the inputs were refused"
        return status_error_class(400)(
            error,
            response=refused,
            code="invalid_param",
            body=json.dumps({"code": "invalid_param", "message": error, "status": 400}),
            request_id=None,
            description=RUN_WORKFLOW.description("invalid_param", self.lang),
        )

    def _remember(self, pending: RunHandle, found: RunHandle) -> RunHandle:
        resolved = self._resolved
        resolved[pending] = found
        if len(resolved) > SEEN_RUNS:
            resolved.popitem(last=False)
        return found

    def _saw_run(self, run_id: str) -> None:
        """Remember a run this client saw start: finding a pending run never takes it."""
        seen = self._seen_runs
        seen[run_id] = None
        if len(seen) > SEEN_RUNS:
            seen.popitem(last=False)

    def _events_request(
        self,
        workflow_run_id: object,
        *,
        user: object,
        include_state_snapshot: bool,
        continue_on_pause: bool,
        idle: float | None,
    ) -> httpx.Request:
        run = check_uuid_id(workflow_run_id, "workflow_run_id")
        params = {
            "user": check_user(user),
            "include_state_snapshot": _flag(include_state_snapshot, "include_state_snapshot"),
            "continue_on_pause": _flag(continue_on_pause, "continue_on_pause"),
        }
        return self._build(
            WORKFLOW_EVENTS,
            {"workflow_run_id": run},
            params=params,
            timeout=self._stream_timeout(idle),
            stream=True,
        )

    def _detail_request(
        self, workflow_run_id: object, timeout: float | httpx.Timeout | None
    ) -> httpx.Request | Wire:
        run = check_uuid_id(workflow_run_id, "workflow_run_id")
        return self._build_whole(GET_WORKFLOW_RUN, {"workflow_run_id": run}, timeout=timeout)

    def _stream_timeout(self, idle: float | None) -> httpx.Timeout:
        """A stream's socket timeouts: connect and write as the client's. On the clients'
        own pools no read timeout: the stream bounds each read itself (the idle timeout
        once the run started, `queue_timeout` while it waits for a worker). Through a
        caller's http_client every read is bounded by the idle timeout (pings count:
        they are bytes), the wait for a worker included."""
        wait = self._idle(idle)
        return httpx.Timeout(
            connect=self.timeout.connect,
            read=None if self._budgeted else wait,
            write=self.timeout.write,
            pool=self.timeout.pool,
        )

    def _idle(self, idle: float | None) -> float:
        return self.stream_idle_timeout if idle is None else _positive(idle, "stream_idle_timeout")

    def _head_deadline(self) -> float | None:
        """When a stream's status line and headers must have arrived: the client's timeout."""
        budget = self.timeout.read
        return None if budget is None else time.monotonic() + budget

    def _build(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        *,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        stream: bool = False,
        headers: Mapping[str, str] | None = None,
        content: Any = None,
    ) -> httpx.Request:
        http = self._pool.http
        if http.is_closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed (its connection pool was closed); create a new client"
            )
        chosen = self.timeout if timeout is None else _config.resolve_timeout(timeout)
        sent = self._request_headers
        if stream or headers:
            sent = {**sent, **(headers or {})}
            if stream:
                # Errors come as JSON whatever was asked for; saying so keeps content
                # negotiation (proxies, mock servers) from refusing them.
                sent["Accept"] = "text/event-stream, application/json;q=0.9"
        url = self._base_text + op.url(**path_params)
        if self._own_pool and not params and content is None and not http.cookies:
            # The client's own pool adds nothing per request but its default headers,
            # merged once: build_request's merging, re-parsing and cookie handling cost
            # more than the rest of a call's own work (docs/benchmarks.md, row 2).
            return httpx.Request(
                op.method,
                url,
                headers=self._own_headers(http, sent),
                json=json_body,
                extensions={"timeout": chosen.as_dict()},
            )
        request: httpx.Request = http.build_request(
            op.method, url, json=json_body, content=content, params=params, headers=sent, timeout=chosen
        )
        return request

    def _build_whole(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        *,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Request | Wire:
        """A request whose answer is read whole: for a pool that sends `Wire`s (the own
        aiohttp pool), one (no httpx.Request is made unless an error or a log needs one)."""
        http = self._pool.http
        if (
            params
            or not self._own_pool
            or not (isinstance(http, AsyncExchanger) and http.takes_wire)
            or http.is_closed
            or http.cookies
        ):
            return self._build(op, path_params, json_body=json_body, params=params, timeout=timeout)
        chosen = self.timeout if timeout is None else _config.resolve_timeout(timeout)
        pairs = self._merged(http)[1]
        return Wire(op.method, self._base_text + op.url(**path_params), pairs, json_body, chosen)

    def _own_headers(self, http: httpx.Client | httpx.AsyncClient, sent: Mapping[str, str]) -> httpx.Headers:
        """The headers build_request would send through the own pool `http`: its
        defaults, then `sent` (merged once per pool for the client's own header set)."""
        if sent is self._request_headers:
            return self._merged(http)[0]
        merged = httpx.Headers(http.headers)
        merged.update(sent)
        return merged

    def _merged(
        self, http: httpx.Client | httpx.AsyncClient
    ) -> tuple[httpx.Headers, tuple[tuple[str, str], ...]]:
        """The pool's default headers with the client's own, as Headers and as text pairs,
        made once per pool (a pool remade in a new event loop gets them anew)."""
        known = self._merged_headers
        if known is None or known[0] is not http:
            merged = httpx.Headers(http.headers)
            merged.update(self._request_headers)
            known = self._merged_headers = (http, merged, tuple(merged.multi_items()))
        return known[1], known[2]

    def _multipart(
        self,
        file: object,
        *,
        user: object,
        filename: object,
        mime_type: object,
        on_progress: Callable[[int, int | None], object] | None = None,
        audio: bool = False,
    ) -> MultipartBody:
        if filename is not None and not isinstance(filename, str):
            raise InvalidInputError(f"filename must be a str, not {type(filename).__name__}")
        if mime_type is not None and (not isinstance(mime_type, str) or "/" not in mime_type):
            raise InvalidInputError(f"mime_type must look like 'type/subtype', not {mime_type!r}")
        from ._multipart import MultipartBody  # with the first upload

        return MultipartBody(
            file,
            field="file",
            fields={"user": check_user(user)},
            filename=filename,
            mime_type=mime_type,
            on_progress=on_progress,
            audio=audio,
        )

    def _text_to_audio_request(
        self,
        text: object,
        *,
        user: object,
        message_id: object,
        voice: object,
        timeout: float | httpx.Timeout | None,
    ) -> httpx.Request:
        body: dict[str, Any] = {"user": check_user(user)}
        if text is not None:
            if not isinstance(text, str) or not text:
                raise InvalidInputError(f"text must be a non-empty str, not {text!r}")
            body["text"] = text
        message = check_optional_id(message_id, "message_id")
        if message is not None:
            body["message_id"] = message
        if text is None and message is None:
            raise InvalidInputError("pass text (or message_id): there is nothing to voice")
        chosen_voice = check_optional_text(voice, "voice")
        if chosen_voice is not None:
            body["voice"] = chosen_voice
        return self._build(
            TEXT_TO_AUDIO,
            {},
            json_body=body,
            timeout=timeout,
            headers={"Accept": "audio/mpeg, application/json;q=0.9"},
        )

    @staticmethod
    def _audio_type_error(exc: UnsupportedMediaTypeError, sent: str) -> None:
        """Tell the 415 of audio-to-text which type was sent and which Dify accepts."""
        from ._multipart import ACCEPTED_AUDIO

        exc.sent_type, exc.accepted = sent, ACCEPTED_AUDIO

    def _policy(self, op: Operation) -> RetryPolicy:
        policy = self._policies.get(op)
        if policy is None or policy.max_retries != self.max_retries:
            policy = self._policies[op] = op.policy(self.max_retries)
        return policy

    # -- response handling --------------------------------------------------------

    def _log_attempt(self, request: httpx.Request | Wire, attempt: int, started: float, outcome: str) -> None:
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
            elif response.status_code == 404 and "{" in op.path:
                # The route exists; Dify answers a page, not JSON, when an id in the path is
                # not of the form it routes (an end-user id that is not a UUID, 31).
                param = op.path[op.path.index("{") + 1 : op.path.index("}")]
                message += (
                    f" from {response.request.url.copy_with(query=None)}: Dify answered with a page, not "
                    f"its JSON error: the {param} is not one it routes, or the base URL is wrong (it "
                    f"usually ends in /v1; this client's is {self._base_text})"
                )
            elif response.status_code == 404:
                message += (
                    f" from {response.request.url.copy_with(query=None)}: no such API route. Dify's API"
                    " base URL usually ends in /v1 (e.g. https://dify.example.com/v1);"
                    f" this client's is {self._base_text}"
                )
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
        payload = parse_json(response, body)
        result = payload.get("result") if isinstance(payload, dict) else None
        # The spec has published `result` both as an enum and as a plain string; the
        # facade reads the JSON value, which is a string either way.
        if not isinstance(result, str):
            raise invalid(response, body, "the stop response has no 'result' string")
        return StopTaskResult(result=result, request_id=request_id(response))

    def _run_result(self, response: httpx.Response, body: bytes) -> WorkflowRunResult:
        return parse_result(results.WorkflowRunResult, response, body)

    def _detail_result(self, response: httpx.Response, body: bytes) -> WorkflowRunDetail:
        return parse_result(results.WorkflowRunDetail, response, body)


class Wire:
    """A request with a whole-body answer, as the own aiohttp pool sends it: the URL as
    text and the headers as merged once, where an httpx.Request would parse and rebuild
    both on every call. `to_httpx()` makes the httpx.Request that errors and logs hold."""

    __slots__ = ("_request", "body", "extensions", "headers", "method", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: tuple[tuple[str, str], ...],
        json_body: Any,
        timeout: httpx.Timeout,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        # httpx's own JSON encoding, so that both pools send the same bytes.
        self.body = (
            None
            if json_body is None
            else json.dumps(json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        )
        self.extensions: dict[str, Any] = {"timeout": timeout.as_dict()}
        self._request: httpx.Request | None = None

    def to_httpx(self) -> httpx.Request:
        if self._request is None:
            headers = httpx.Headers(self.headers)
            if self.body is not None:
                headers["Content-Type"] = "application/json"
            self._request = httpx.Request(
                self.method, self.url, headers=headers, content=self.body, extensions=self.extensions
            )
        return self._request


class WholeResponse(httpx.Response):
    """A whole answer already in memory (the own pools' `exchange`), read into
    `content` when it is first asked for: a successful call reads its body straight from
    the bytes and never needs the response's copy of it."""

    @property
    def content(self) -> bytes:
        return self.read()


def whole_response(
    status: int,
    headers: Any,
    body: bytes,
    extensions: Mapping[str, Any],
    request: httpx.Request | None = None,
    cls: type[WholeResponse] = WholeResponse,
    **more: Any,
) -> tuple[httpx.Response, bytes]:
    """The response to an answer read whole (raw header pairs, the body as it came) and
    its body decoded: as is, unless a Content-Encoding asks httpx to decode it."""
    response = cls(status, headers=headers, stream=httpx.ByteStream(body), extensions=extensions, **more)
    if request is not None:
        response.request = request
    if any(name.lower() == b"content-encoding" for name, _ in response.headers.raw):
        body = response.read()
    return response, body


def as_httpx(request: httpx.Request | Wire) -> httpx.Request:
    return request.to_httpx() if isinstance(request, Wire) else request


def _positive(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


def optional_seconds(value: object, name: str, error: type[Exception] = InvalidInputError) -> float | None:
    """A positive number of seconds, or None (no bound)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise error(f"{name} must be a positive number of seconds or None, not {value!r}")
    return float(value)


def _flag(value: object, name: str) -> str:
    # The query form Dify reads (recordings 41, 45): lower-case true/false.
    if not isinstance(value, bool):
        raise InvalidInputError(f"{name} must be True or False, not {value!r}")
    return "true" if value else "false"


R = TypeVar("R")
# A stream's quiet period (pings only) after which run detail is asked whether the run
# ended: Dify's events relay sometimes never delivers the end (a snapshot resume pinged
# for 305 s after its run had finished).
STREAM_QUIET_TIMEOUT = 30.0


def parse_result(cls: type[R], response: httpx.Response, body: bytes) -> R:
    """A 2xx JSON object as the facade result class `cls`; APIResponseValidationError
    naming the field when it does not fit."""
    payload = parse_json(response, body)
    try:
        return results.build(cls, payload)
    except results.Malformed as exc:
        raise invalid(response, body, str(exc)) from None


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


def invalid(response: httpx.Response, body: bytes, why: str) -> APIResponseValidationError:
    """The exception for a 2xx whose body is not what the spec documents."""
    text = body.decode("utf-8", errors="replace")[:MAX_KEPT_BODY_CHARS]
    return APIResponseValidationError(
        f"HTTP {response.status_code} response does not match the spec: {why}",
        response=response,
        body=text,
    )


def is_not_found(body: bytes) -> bool:
    """Dify's answer for a thing that does not exist (code `not_found`), not a route's 404."""
    try:
        payload = json.loads(body)
    except ValueError:
        return False
    return isinstance(payload, dict) and payload.get("code") == "not_found"


def parse_json(response: httpx.Response, body: bytes) -> Any:
    """The JSON value of a 2xx body; anything else is APIResponseValidationError."""
    if read_limit_reached(len(body)):
        raise invalid(response, body, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(body)
    except ValueError as exc:
        raise invalid(response, body, f"not JSON ({exc})") from None


def read_limit_reached(size: int) -> bool:
    return size > MAX_BODY_BYTES


def _where(request: httpx.Request) -> str:
    url = request.url
    return f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"


def transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The facade's exception for an httpx transport failure (the key is never in it)."""
    where = _where(request)
    if isinstance(exc, httpx.TimeoutException):
        budget = request.extensions.get("timeout", {}).get("read")
        within = f" within the {budget:g} s timeout" if isinstance(budget, int | float) else ""
        return APITimeoutError(
            f"No complete answer from {where}{within} ({type(exc).__name__}).", request=request
        )
    if is_tls_mismatch(exc):
        return APIConnectionError(
            f"The server at {where} does not speak TLS; use http://{where}/... (the same base "
            "URL with http://) if it is a plain-HTTP server.",
            request=request,
        )
    if isinstance(exc, httpx.ConnectError) and _refused(exc):
        return APIConnectionError(
            f"Could not connect to {where}: connection refused (is the server running, and is the "
            "base URL right?).",
            request=request,
        )
    return APIConnectionError(
        f"Connection error with {where} ({type(exc).__name__}: {exc}).", request=request
    )


def _refused(exc: BaseException) -> bool:
    """Whether a connect failure was a refusal, however deep the cause sits (anyio wraps
    ConnectionRefusedError in "All connection attempts failed")."""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError) or "refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def deadline_of(request: httpx.Request | Wire) -> float | None:
    """When the whole attempt must be over: the overall timeout from now."""
    read = request.extensions.get("timeout", {}).get("read")
    return None if read is None else time.monotonic() + float(read)


def past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline
