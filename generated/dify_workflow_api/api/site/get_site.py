# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.web_app_settings_response import WebAppSettingsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/site",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WebAppSettingsResponse | None:
    if response.status_code == 200:
        response_200 = WebAppSettingsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WebAppSettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | WebAppSettingsResponse]:
    """Get App WebApp Settings

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the branding and display settings for the app's hosted WebApp, such as its title, icon,
    theme colors, and default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WebAppSettingsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | WebAppSettingsResponse | None:
    """Get App WebApp Settings

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the branding and display settings for the app's hosted WebApp, such as its title, icon,
    theme colors, and default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WebAppSettingsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | WebAppSettingsResponse]:
    """Get App WebApp Settings

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the branding and display settings for the app's hosted WebApp, such as its title, icon,
    theme colors, and default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WebAppSettingsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | WebAppSettingsResponse | None:
    """Get App WebApp Settings

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the branding and display settings for the app's hosted WebApp, such as its title, icon,
    theme colors, and default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WebAppSettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
