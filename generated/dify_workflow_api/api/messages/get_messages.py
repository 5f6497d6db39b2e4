# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_history_response import ConversationHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    conversation_id: str,
    user: str | Unset = UNSET,
    first_id: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params["user"] = user

    params["first_id"] = first_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationHistoryResponse | None:
    if response.status_code == 200:
        response_200 = ConversationHistoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ConversationHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    user: str | Unset = UNSET,
    first_id: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Any | ConversationHistoryResponse]:
    """List Conversation Messages

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns a conversation's message history, newest first. Pass `first_id` to page backward into older
    messages.

    Args:
        conversation_id (str):
        user (str | Unset):
        first_id (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationHistoryResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        user=user,
        first_id=first_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    user: str | Unset = UNSET,
    first_id: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Any | ConversationHistoryResponse | None:
    """List Conversation Messages

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns a conversation's message history, newest first. Pass `first_id` to page backward into older
    messages.

    Args:
        conversation_id (str):
        user (str | Unset):
        first_id (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationHistoryResponse
    """

    return sync_detailed(
        client=client,
        conversation_id=conversation_id,
        user=user,
        first_id=first_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    user: str | Unset = UNSET,
    first_id: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Any | ConversationHistoryResponse]:
    """List Conversation Messages

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns a conversation's message history, newest first. Pass `first_id` to page backward into older
    messages.

    Args:
        conversation_id (str):
        user (str | Unset):
        first_id (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationHistoryResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        user=user,
        first_id=first_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    user: str | Unset = UNSET,
    first_id: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Any | ConversationHistoryResponse | None:
    """List Conversation Messages

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Returns a conversation's message history, newest first. Pass `first_id` to page backward into older
    messages.

    Args:
        conversation_id (str):
        user (str | Unset):
        first_id (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            conversation_id=conversation_id,
            user=user,
            first_id=first_id,
            limit=limit,
        )
    ).parsed
