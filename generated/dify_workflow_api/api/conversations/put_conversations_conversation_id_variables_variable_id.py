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
from ...models.conversation_variable_item import ConversationVariableItem
from ...models.conversation_variable_update_request import (
    ConversationVariableUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    conversation_id: UUID,
    variable_id: UUID,
    *,
    body: ConversationVariableUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/conversations/{conversation_id}/variables/{variable_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            variable_id=quote(str(variable_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationVariableItem | None:
    if response.status_code == 200:
        response_200 = ConversationVariableItem.from_dict(response.json())

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
) -> Response[Any | ConversationVariableItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: UUID,
    variable_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationVariableUpdateRequest,
) -> Response[Any | ConversationVariableItem]:
    """Update Conversation Variable

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates a conversation variable's value. The new value must match the variable's existing type.

    Args:
        conversation_id (UUID):
        variable_id (UUID):
        body (ConversationVariableUpdateRequest): Request body for updating a conversation
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationVariableItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        variable_id=variable_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    variable_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationVariableUpdateRequest,
) -> Any | ConversationVariableItem | None:
    """Update Conversation Variable

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates a conversation variable's value. The new value must match the variable's existing type.

    Args:
        conversation_id (UUID):
        variable_id (UUID):
        body (ConversationVariableUpdateRequest): Request body for updating a conversation
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationVariableItem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        variable_id=variable_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    variable_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationVariableUpdateRequest,
) -> Response[Any | ConversationVariableItem]:
    """Update Conversation Variable

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates a conversation variable's value. The new value must match the variable's existing type.

    Args:
        conversation_id (UUID):
        variable_id (UUID):
        body (ConversationVariableUpdateRequest): Request body for updating a conversation
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationVariableItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        variable_id=variable_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    variable_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationVariableUpdateRequest,
) -> Any | ConversationVariableItem | None:
    """Update Conversation Variable

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates a conversation variable's value. The new value must match the variable's existing type.

    Args:
        conversation_id (UUID):
        variable_id (UUID):
        body (ConversationVariableUpdateRequest): Request body for updating a conversation
            variable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationVariableItem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            variable_id=variable_id,
            client=client,
            body=body,
        )
    ).parsed
