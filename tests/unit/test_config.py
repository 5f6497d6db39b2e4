"""Configuration: API key, base URL, lang and timeouts, from arguments and environment."""

from __future__ import annotations

import warnings

import httpx
import pytest

from dify_workflow import ConfigurationError, DifyError, InsecureTransportWarning, WorkflowClient
from tests._support import KEY


def make(**kwargs: object) -> WorkflowClient:
    return WorkflowClient(**kwargs)  # type: ignore[arg-type]


def test_missing_key_names_the_variable() -> None:
    with pytest.raises(DifyError) as caught:
        make()
    assert type(caught.value) is ConfigurationError
    assert "DIFY_API_KEY" in str(caught.value)


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIFY_API_KEY", KEY)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"result": "success"})

    client = make(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.stop_task("t", user="u")
    assert seen == [f"Bearer {KEY}"]


@pytest.mark.parametrize(
    ("key", "what"),
    [
        ("app-abc\ndef0123456789", "newline"),
        ("app-abc def0123456789", "space"),
        ("app-abc\r\nX-Evil: 1", "carriage return"),
        ("app-ключ0123456789", "U+043A"),
        ("app-key\twith-tab-0123", "tab"),
    ],
)
def test_odd_keys_are_refused_without_echoing_them(
    key: str, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIFY_API_KEY", key)
    with pytest.raises(DifyError) as caught:
        make()
    message = str(caught.value)
    assert what in message and "DIFY_API_KEY" in message
    assert key not in message and key.strip() not in message


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.dify.ai/v1", "https://api.dify.ai/v1"),
        ("https://api.dify.ai/v1/", "https://api.dify.ai/v1"),
        ("api.dify.ai/v1", "https://api.dify.ai/v1"),
        ("dify.internal:8443/api/v1/", "https://dify.internal:8443/api/v1"),
        ("http://127.0.0.1:5001/v1", "http://127.0.0.1:5001/v1"),
        ("http://localhost/v1", "http://localhost/v1"),
        ("http://[::1]:8080/v1", "http://[::1]:8080/v1"),
    ],
)
def test_accepted_base_url_forms(given: str, expected: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert str(make(api_key=KEY, base_url=given).base_url) == expected


def test_base_url_from_environment_then_spec_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(make(api_key=KEY).base_url) == "https://api.dify.ai/v1"
    monkeypatch.setenv("DIFY_BASE_URL", "dify.example.com/v1/")
    assert str(make(api_key=KEY).base_url) == "https://dify.example.com/v1"


def test_plain_http_to_a_remote_host_warns() -> None:
    with pytest.warns(InsecureTransportWarning, match="unencrypted"):
        make(api_key=KEY, base_url="http://dify.example.com/v1")


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("ftp://dify.example.com/v1", "scheme 'ftp'"),
        ("wss://dify.example.com/v1", "scheme 'wss'"),
        ("https://dify.example.com/v1 ", "whitespace"),
        ("https://dify.example.com/\nv1", "whitespace"),
        (" https://dify.example.com/v1", "whitespace"),
        ("https://dify.example.com/v1?x=1", "query"),
        ("https://user:pw@dify.example.com/v1", "credentials"),
        ("https:///v1", "no host"),
    ],
)
def test_bad_base_urls_are_clear_errors(given: str, fragment: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DifyError, match="base_url") as caught:
        make(api_key=KEY, base_url=given)
    assert fragment in str(caught.value)
    monkeypatch.setenv("DIFY_BASE_URL", given)
    with pytest.raises(DifyError, match="DIFY_BASE_URL"):
        make(api_key=KEY)


@pytest.mark.parametrize("lang", ["fr", "EN", ""])
def test_unknown_lang_is_a_configuration_error(lang: str) -> None:
    with pytest.raises(ConfigurationError, match="lang must be one of en, ja") as caught:
        make(api_key=KEY, lang=lang)
    assert type(caught.value) is ConfigurationError
    assert isinstance(caught.value, DifyError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("bad", [0, -1, "30", True])
def test_bad_timeouts_and_retries_are_configuration_errors(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout") as caught:
        make(api_key=KEY, timeout=bad)
    assert type(caught.value) is ConfigurationError
    with pytest.raises(ConfigurationError, match="max_retries") as caught:
        make(api_key=KEY, max_retries=bad if bad != 0 else -5)
    assert type(caught.value) is ConfigurationError
    client = make(api_key=KEY)
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)


def test_default_timeout_is_30_seconds_with_5_to_connect() -> None:
    client = make(api_key=KEY)
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert client._pool.http.timeout == httpx.Timeout(30.0, connect=5.0)


def test_a_closed_client_and_its_copies_raise_client_closed_error() -> None:
    from dify_workflow import AsyncWorkflowClient, ClientClosedError

    client = make(api_key=KEY)
    copy = client.with_options(timeout=5)
    client.close()
    for closed in (client, copy):
        with pytest.raises(ClientClosedError, match="closed") as caught:
            closed.stop_task("t", user="u")
        assert type(caught.value) is ClientClosedError
        assert isinstance(caught.value, DifyError) and isinstance(caught.value, RuntimeError)

    async def use_closed() -> None:
        async with AsyncWorkflowClient(api_key=KEY) as aclient:
            pass
        await aclient.stop_task("t", user="u")

    import asyncio

    with pytest.raises(ClientClosedError):
        asyncio.run(use_closed())
