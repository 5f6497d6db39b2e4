# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_list_item import ConversationListItem
from ...models.conversation_rename_request import ConversationRenameRequest
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationRenameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/name".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationListItem | None:
    if response.status_code == 200:
        response_200 = ConversationListItem.from_dict(response.json())

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
) -> Response[Any | ConversationListItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationRenameRequest,
) -> Response[Any | ConversationListItem]:
    """Rename Conversation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Renames a conversation, or auto-generates a name from its messages when `auto_generate` is `true`.
    The name is what clients display in a multi-conversation list.

    Args:
        conversation_id (str):
        body (ConversationRenameRequest): Request body for renaming a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationListItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationRenameRequest,
) -> Any | ConversationListItem | None:
    """Rename Conversation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Renames a conversation, or auto-generates a name from its messages when `auto_generate` is `true`.
    The name is what clients display in a multi-conversation list.

    Args:
        conversation_id (str):
        body (ConversationRenameRequest): Request body for renaming a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationListItem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationRenameRequest,
) -> Response[Any | ConversationListItem]:
    """Rename Conversation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Renames a conversation, or auto-generates a name from its messages when `auto_generate` is `true`.
    The name is what clients display in a multi-conversation list.

    Args:
        conversation_id (str):
        body (ConversationRenameRequest): Request body for renaming a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationListItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationRenameRequest,
) -> Any | ConversationListItem | None:
    """Rename Conversation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Renames a conversation, or auto-generates a name from its messages when `auto_generate` is `true`.
    The name is what clients display in a multi-conversation list.

    Args:
        conversation_id (str):
        body (ConversationRenameRequest): Request body for renaming a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationListItem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
