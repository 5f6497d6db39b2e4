# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversations_list_response import ConversationsListResponse
from ...models.get_conversations_sort_by import GetConversationsSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    sort_by: GetConversationsSortBy | Unset = GetConversationsSortBy.VALUE_3,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params["last_id"] = last_id

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationsListResponse | None:
    if response.status_code == 200:
        response_200 = ConversationsListResponse.from_dict(response.json())

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
) -> Response[Any | ConversationsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    sort_by: GetConversationsSortBy | Unset = GetConversationsSortBy.VALUE_3,
) -> Response[Any | ConversationsListResponse]:
    """List Conversations

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Lists an end user's conversations, most recently active first.

    Args:
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        sort_by (GetConversationsSortBy | Unset):  Default: GetConversationsSortBy.VALUE_3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationsListResponse]
    """

    kwargs = _get_kwargs(
        user=user,
        last_id=last_id,
        limit=limit,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    sort_by: GetConversationsSortBy | Unset = GetConversationsSortBy.VALUE_3,
) -> Any | ConversationsListResponse | None:
    """List Conversations

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Lists an end user's conversations, most recently active first.

    Args:
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        sort_by (GetConversationsSortBy | Unset):  Default: GetConversationsSortBy.VALUE_3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationsListResponse
    """

    return sync_detailed(
        client=client,
        user=user,
        last_id=last_id,
        limit=limit,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    sort_by: GetConversationsSortBy | Unset = GetConversationsSortBy.VALUE_3,
) -> Response[Any | ConversationsListResponse]:
    """List Conversations

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Lists an end user's conversations, most recently active first.

    Args:
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        sort_by (GetConversationsSortBy | Unset):  Default: GetConversationsSortBy.VALUE_3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationsListResponse]
    """

    kwargs = _get_kwargs(
        user=user,
        last_id=last_id,
        limit=limit,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    sort_by: GetConversationsSortBy | Unset = GetConversationsSortBy.VALUE_3,
) -> Any | ConversationsListResponse | None:
    """List Conversations

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Lists an end user's conversations, most recently active first.

    Args:
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        sort_by (GetConversationsSortBy | Unset):  Default: GetConversationsSortBy.VALUE_3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user=user,
            last_id=last_id,
            limit=limit,
            sort_by=sort_by,
        )
    ).parsed
