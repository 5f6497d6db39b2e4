"""Settings taken from arguments and the environment, checked before any request."""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping

import httpx
from dify_workflow_api._spec_index import DEFAULT_BASE_URL

from ._exceptions import ConfigurationError

__all__ = ["InsecureTransportWarning"]

API_KEY_ENV = "DIFY_API_KEY"
BASE_URL_ENV = "DIFY_BASE_URL"
LANGS = ("en", "ja")
CONNECT_TIMEOUT = 5.0


class InsecureTransportWarning(UserWarning):
    """The base URL is plain http to a host that is not loopback: the key travels unencrypted."""


def resolve_api_key(api_key: str | None, *, source: str = "api_key") -> str:
    """The key from the argument or DIFY_API_KEY; `source` names the argument in errors
    (the CLI passes its own option name)."""
    if api_key is None:
        api_key, source = os.environ.get(API_KEY_ENV), API_KEY_ENV
    if api_key is None or api_key == "":
        raise ConfigurationError(
            f"No API key: pass api_key=... or set the {API_KEY_ENV} environment variable "
            "(the workflow app's API key from Dify's API Access page)."
        )
    if not isinstance(api_key, str):
        raise ConfigurationError(f"{source} must be a str, not {type(api_key).__name__}.")
    # A key with whitespace or control characters would corrupt or split the
    # Authorization header; the message never repeats the key itself.
    for char in api_key:
        if char.isspace() or not char.isprintable() or ord(char) > 0x7E:
            raise ConfigurationError(
                f"{source} contains {_describe(char)}, which no Dify API key has and which would "
                "corrupt the Authorization header; copy the key again without it."
            )
    return api_key


def _describe(char: str) -> str:
    names = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}
    return names.get(char, f"the character U+{ord(char):04X}")


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    """The API root, from the argument, DIFY_BASE_URL or the spec's default server.

    Accepts `https://host/v1` (trailing slash or not), `http://...` (with a warning
    unless the host is loopback) and the JA spec's variable form `host/v1` (https).
    """
    source = "base_url"
    if base_url is None:
        base_url, source = os.environ.get(BASE_URL_ENV) or None, BASE_URL_ENV
    if base_url is None:
        base_url, source = DEFAULT_BASE_URL, "the spec's default server"
    text = str(base_url)
    shown = redact_url(text)
    if not text or any(c.isspace() or not c.isprintable() for c in text):
        raise ConfigurationError(
            f"{source} {shown!r} is empty or contains whitespace or control characters; "
            "give a URL such as https://api.dify.ai/v1"
        )
    if "://" not in text:
        text = "https://" + text
        shown = redact_url(text)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(
            f"{source} {shown!r} is not a valid URL ({exc}); give one such as https://api.dify.ai/v1"
        ) from None
    if url.scheme not in ("https", "http"):
        raise ConfigurationError(
            f"{source} {shown!r} uses the scheme {url.scheme!r}; use https:// (or http:// for a local server)"
        )
    if not url.host:
        raise ConfigurationError(f"{source} {shown!r} has no host; give one such as https://api.dify.ai/v1")
    if url.query or url.fragment or url.userinfo or "?" in text or "#" in text:
        raise ConfigurationError(
            f"{source} {shown!r} has a query, fragment or credentials; give only scheme, host, port and path"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        warnings.warn(
            f"{source} uses plain http to {url.host}: the API key travels unencrypted; "
            "use https:// for anything but a local server",
            InsecureTransportWarning,
            stacklevel=4,
        )
    return url.copy_with(raw_path=url.raw_path.rstrip(b"/") or b"")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress  # only plain-http URLs get here

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ConfigurationError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A number is the overall budget of one attempt, with at most 5 s to connect."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(CONNECT_TIMEOUT, float(timeout)))


def resolve_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


def redact_url(text: str) -> str:
    """`text` with any password and query or fragment replaced by `***`: error messages
    about a bad base URL must not repeat a secret put in it."""
    import re

    text = re.sub(r"(//[^/@:]*):[^/@]*@", r"\1:***@", text)
    text = re.sub(r"\?.*$", "?***", text)
    return re.sub(r"#.*$", "#***", text)


def merge_headers(base: Mapping[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    """`base` updated by `extra`, header names compared without case (one header per
    name is sent). `Authorization` may not come from `extra`: the key is `api_key`'s."""
    merged = dict(base)
    for name, value in (extra or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("default_headers must map header names (str) to values (str)")
        if name.lower() == "authorization":
            raise ConfigurationError(
                "default_headers may not set Authorization: the key is sent from api_key "
                "(or DIFY_API_KEY), and only to the base URL"
            )
        for known in [k for k in merged if k.lower() == name.lower()]:
            del merged[known]
        merged[name] = value
    return merged


def resolve_limits(max_connections: object) -> httpx.Limits:
    """The pool limits of the client's own connection pool."""
    if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
        raise ConfigurationError(f"max_connections must be an int >= 1, not {max_connections!r}")
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(100, max_connections))
