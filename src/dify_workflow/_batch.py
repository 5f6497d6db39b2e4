"""The batch of the sync clients (`WorkflowClient.run_batch`, `ChatClient.run_batch`): the async engine
(`_batch_core`) on a thread and event loop of its own, results handed over one by one.

Its runs go through an async twin of the client (same key, base URL, timeouts, retries,
headers); when the client was given its own `http_client`, the twin sends through it,
each blocking call on a worker thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import threading
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._batch_core import AsyncBatch, BatchResult, BatchSummary, check_options

if TYPE_CHECKING:
    from ._app import AppClient
    from ._async_app import AsyncAppClient

__all__ = ["Batch", "BatchResult", "BatchSummary"]

T = TypeVar("T")


class Batch:
    """A running batch of the sync client: iterate it for `BatchResult`s; leave its `with`
    block or `close()` to stop it (runs in flight are stopped, confirmed, journaled)."""

    def __init__(
        self,
        client: AppClient,
        rows: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        **options: Any,
    ) -> None:
        check_options(options.get("concurrency", 1), options.get("rate"))
        self._client = client
        self._rows = rows
        self._options = options
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._batch: AsyncBatch | None = None
        self._closing: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._ready = threading.Event()
        self.summary: BatchSummary | None = None

    @property
    def stopped(self) -> list[int]:
        """Rows whose runs closing the batch stopped (their runs were in flight)."""
        return [] if self._batch is None else list(self._batch.stopped)

    @property
    def unconfirmed(self) -> list[int]:
        """Rows whose stop was sent but never confirmed: their runs may go on (a resume
        stops them before running the rows again)."""
        return [] if self._batch is None else list(self._batch.unconfirmed)

    @property
    def left(self) -> list[int]:
        """Rows the close gave up on (a resume stops or follows their runs)."""
        return [] if self._batch is None else list(self._batch.left)

    @property
    def running(self) -> int:
        """How many rows have a run going on the server now (ids known)."""
        return 0 if self._batch is None else self._batch.running

    @property
    def waiting(self) -> int:
        """How many rows were sent and wait for their run to start, or are looked for."""
        return 0 if self._batch is None else self._batch.waiting

    def __enter__(self) -> Self:
        self._start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[BatchResult]:
        self._start()
        assert self._batch is not None and self._loop is not None  # _start raised otherwise
        results = self._batch.__aiter__()
        while True:
            # Each result is taken from the loop when asked for: nothing piles up between
            # the threads, and a slow reader slows the batch instead of filling memory.
            more, result = asyncio.run_coroutine_threadsafe(_next(results), self._loop).result()
            if not more:
                self.close()
                return
            assert result is not None
            yield result

    def _start(self) -> None:
        """Start the batch (as the async one does on entering): its runs begin now; a batch
        that cannot start (the app's parameters, a journal of another input) raises here."""
        if self._thread is None:
            self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)
            self._thread.start()
            self._ready.wait()
        if self._batch is None:
            raise self._error or RuntimeError("the batch could not start")

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        concurrency = self._options.get("concurrency", 4)
        try:
            async with async_twin(self._client, concurrency) as client:
                batch = AsyncBatch(client, self._rows, **self._options)
                await batch.__aenter__()
                self._closing = asyncio.Event()
                self._batch = batch
                self._ready.set()
                try:
                    await self._closing.wait()
                finally:
                    await batch.aclose()
                    self.summary = batch.summary
        except BaseException as exc:  # __iter__ raises it; nothing may wait forever
            self._error = exc
        finally:
            self._ready.set()

    def close(self) -> None:
        """Stop the batch (runs in flight are stopped on the server) and wait for it."""
        thread, loop, closing = self._thread, self._loop, self._closing
        if thread is None or loop is None:
            return
        if closing is not None and thread.is_alive():
            # The loop may have ended meanwhile: the batch is over either way.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(closing.set)
        thread.join(60)
        if self._batch is not None:
            self.summary = self._batch.summary


async def _next(results: AsyncIterator[BatchResult]) -> tuple[bool, BatchResult | None]:
    try:
        return True, await results.__anext__()
    except StopAsyncIteration:
        return False, None


def async_twin(client: AppClient, concurrency: int) -> AsyncAppClient:
    """The async client of the same app kind with the settings of `client` (and its
    connections, when the caller gave it an http_client)."""
    from ._async_client import AsyncWorkflowClient
    from .chat._async_client import AsyncChatClient
    from .chat._client import ChatClient

    kind: type[AsyncAppClient] = AsyncChatClient if isinstance(client, ChatClient) else AsyncWorkflowClient

    # A thread per run in flight (each blocks reading its stream, quiet for up to 10 s
    # between pings) and room for the stops, run details and uploads beside them.
    http = (
        None
        if client._owns_http
        else httpx.AsyncClient(transport=_ThreadedTransport(client._pool.http, workers=2 * concurrency + 4))
    )
    twin = kind(
        api_key=client._api_key,
        base_url=client.base_url,
        timeout=client.timeout,
        max_retries=client.max_retries,
        default_headers=client._default_headers,
        lang=client.lang,
        stream_idle_timeout=client.stream_idle_timeout,
        queue_timeout=client.queue_timeout,
        http_client=http,
    )
    # The wrapper (and its threads) is the twin's to close; the caller's client is not.
    twin._owns_http = True
    twin._timeout_given = client._timeout_given
    return twin


class _ThreadedTransport(httpx.AsyncBaseTransport):
    """A sync httpx.Client as an async transport: each blocking call on a thread of its
    own pool (asyncio's default pool has as few as 5 threads: streams blocked on their
    next chunk would leave none for the other runs, or for the stops)."""

    def __init__(self, http: httpx.Client, workers: int) -> None:
        self._http = http
        self._threads = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="dify-batch")

    async def _call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, functools.partial(function, *args, **kwargs))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        sync_request = httpx.Request(
            request.method, request.url, headers=request.headers, content=body, extensions=request.extensions
        )
        response = await self._call(
            self._http.send, sync_request, stream=True, follow_redirects=False, auth=None
        )
        if response.is_stream_consumed:
            # Read whole already (an httpx.MockTransport answer, say): pass its bytes on.
            headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
            return httpx.Response(response.status_code, headers=headers, content=response.content)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=_ThreadedStream(response, self._call)
        )

    async def aclose(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)


class _ThreadedStream(httpx.AsyncByteStream):
    def __init__(self, response: httpx.Response, call: Callable[..., Awaitable[Any]]) -> None:
        self._response = response
        self._chunks = response.iter_raw()
        self._call = call

    async def __aiter__(self) -> Any:
        while True:
            chunk = await self._call(next, self._chunks, None)
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await self._call(self._response.close)
