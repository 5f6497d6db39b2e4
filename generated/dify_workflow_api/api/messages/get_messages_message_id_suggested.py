# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.suggested_questions_response import SuggestedQuestionsResponse
from ...types import UNSET, Response


def _get_kwargs(
    message_id: UUID,
    *,
    user: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{message_id}/suggested".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SuggestedQuestionsResponse | None:
    if response.status_code == 200:
        response_200 = SuggestedQuestionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SuggestedQuestionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user: str,
) -> Response[Any | SuggestedQuestionsResponse]:
    """Get Next Suggested Questions

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns the follow-up questions suggested for a message.

    Args:
        message_id (UUID):
        user (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SuggestedQuestionsResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user: str,
) -> Any | SuggestedQuestionsResponse | None:
    """Get Next Suggested Questions

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns the follow-up questions suggested for a message.

    Args:
        message_id (UUID):
        user (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SuggestedQuestionsResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        user=user,
    ).parsed


async def asyncio_detailed(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user: str,
) -> Response[Any | SuggestedQuestionsResponse]:
    """Get Next Suggested Questions

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns the follow-up questions suggested for a message.

    Args:
        message_id (UUID):
        user (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SuggestedQuestionsResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user: str,
) -> Any | SuggestedQuestionsResponse | None:
    """Get Next Suggested Questions

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns the follow-up questions suggested for a message.

    Args:
        message_id (UUID):
        user (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SuggestedQuestionsResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            user=user,
        )
    ).parsed
