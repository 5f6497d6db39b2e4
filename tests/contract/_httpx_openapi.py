"""An openapi-core request adapter for httpx (openapi-core ships none)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class HttpxOpenAPIRequest:
    """Presents an `httpx.Request` through openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        # URL.path is percent-decoded, which would turn an encoded '/' inside a path
        # parameter into a separator; the raw path is what went over the wire.
        raw = request.url.raw_path.decode("ascii")
        self._path, _, query = raw.partition("?")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        url = self.request.url
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.host}{port}"

    @property
    def path(self) -> str:
        return self._path

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type", "").lower()
