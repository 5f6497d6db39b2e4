# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_parameters_response import AppParametersResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/parameters",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AppParametersResponse | None:
    if response.status_code == 200:
        response_200 = AppParametersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AppParametersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AppParametersResponse]:
    """Get App Parameters

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the app's front-end configuration: the opening statement and suggested questions, feature
    toggles, the user input form, and file-upload limits. Use it to render the app's inputs and apply
    the correct upload limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppParametersResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | AppParametersResponse | None:
    """Get App Parameters

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the app's front-end configuration: the opening statement and suggested questions, feature
    toggles, the user input form, and file-upload limits. Use it to render the app's inputs and apply
    the correct upload limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppParametersResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AppParametersResponse]:
    """Get App Parameters

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the app's front-end configuration: the opening statement and suggested questions, feature
    toggles, the user input form, and file-upload limits. Use it to render the app's inputs and apply
    the correct upload limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppParametersResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | AppParametersResponse | None:
    """Get App Parameters

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns the app's front-end configuration: the opening statement and suggested questions, feature
    toggles, the user input form, and file-upload limits. Use it to render the app's inputs and apply
    the correct upload limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppParametersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
