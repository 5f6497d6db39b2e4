# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_variables_response import ConversationVariablesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    variable_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params["last_id"] = last_id

    params["limit"] = limit

    params["variable_name"] = variable_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/variables".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationVariablesResponse | None:
    if response.status_code == 200:
        response_200 = ConversationVariablesResponse.from_dict(response.json())

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
) -> Response[Any | ConversationVariablesResponse]:
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
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    variable_name: str | Unset = UNSET,
) -> Response[Any | ConversationVariablesResponse]:
    """List Conversation Variables

     **Available for**: Chatflow, Chatbot, Agent apps.

    Lists the variables stored in a conversation.

    Args:
        conversation_id (str):
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        variable_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationVariablesResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        user=user,
        last_id=last_id,
        limit=limit,
        variable_name=variable_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    variable_name: str | Unset = UNSET,
) -> Any | ConversationVariablesResponse | None:
    """List Conversation Variables

     **Available for**: Chatflow, Chatbot, Agent apps.

    Lists the variables stored in a conversation.

    Args:
        conversation_id (str):
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        variable_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationVariablesResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        user=user,
        last_id=last_id,
        limit=limit,
        variable_name=variable_name,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    variable_name: str | Unset = UNSET,
) -> Response[Any | ConversationVariablesResponse]:
    """List Conversation Variables

     **Available for**: Chatflow, Chatbot, Agent apps.

    Lists the variables stored in a conversation.

    Args:
        conversation_id (str):
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        variable_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationVariablesResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        user=user,
        last_id=last_id,
        limit=limit,
        variable_name=variable_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
    last_id: str | Unset = UNSET,
    limit: int | Unset = 20,
    variable_name: str | Unset = UNSET,
) -> Any | ConversationVariablesResponse | None:
    """List Conversation Variables

     **Available for**: Chatflow, Chatbot, Agent apps.

    Lists the variables stored in a conversation.

    Args:
        conversation_id (str):
        user (str | Unset):
        last_id (str | Unset):
        limit (int | Unset):  Default: 20.
        variable_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationVariablesResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            user=user,
            last_id=last_id,
            limit=limit,
            variable_name=variable_name,
        )
    ).parsed
