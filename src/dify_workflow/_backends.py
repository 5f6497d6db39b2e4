"""Which connection pool a client makes for itself: httpx's (the default) or aiohttp's.

The clients' twin files call `_async_backend_http` (async) and `_backend_http` (sync,
the name scripts/unasync.py gives it), so the choice is made here once per client kind.
"""

from __future__ import annotations

import httpx

from ._exceptions import ConfigurationError

__all__ = ["_async_backend_http", "_backend_http"]

_INSTALL = "install the extra (`pip install 'dify-workflow-client[aiohttp]'`) or use the default backend"


def _async_backend_http(
    backend: object, timeout: httpx.Timeout, limits: httpx.Limits
) -> httpx.AsyncClient | None:
    """The async client's own pool for `backend`; None for httpx's default."""
    if backend == "httpx":
        return None
    if backend != "aiohttp":
        raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', not {backend!r}.")
    try:
        from ._aiohttp import AioHttpTransport
    except ImportError as exc:
        raise ConfigurationError(
            f"http_backend='aiohttp' needs aiohttp, which is not installed: {_INSTALL}."
        ) from exc
    return httpx.AsyncClient(transport=AioHttpTransport(limits), timeout=timeout, follow_redirects=False)


def _backend_http(backend: object, timeout: httpx.Timeout, limits: httpx.Limits) -> httpx.Client | None:
    """The sync client's own pool: httpx's only (aiohttp is asyncio-only)."""
    if backend == "httpx":
        return None
    hint = " ('aiohttp' backs only AsyncWorkflowClient)" if backend == "aiohttp" else ""
    raise ConfigurationError(f"WorkflowClient's http_backend must be 'httpx'{hint}, not {backend!r}.")
