# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_chat_messages_task_id_stop_body import (
    PostChatMessagesTaskIdStopBody,
)
from ...models.post_chat_messages_task_id_stop_response_200 import (
    PostChatMessagesTaskIdStopResponse200,
)
from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: PostChatMessagesTaskIdStopBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat-messages/{task_id}/stop".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostChatMessagesTaskIdStopResponse200 | None:
    if response.status_code == 200:
        response_200 = PostChatMessagesTaskIdStopResponse200.from_dict(response.json())

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
) -> Response[Any | PostChatMessagesTaskIdStopResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostChatMessagesTaskIdStopBody,
) -> Response[Any | PostChatMessagesTaskIdStopResponse200]:
    """Stop Chat Message Generation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Stops a chat message generation task. Only supported in `streaming` mode.

    Args:
        task_id (str):
        body (PostChatMessagesTaskIdStopBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostChatMessagesTaskIdStopResponse200]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostChatMessagesTaskIdStopBody,
) -> Any | PostChatMessagesTaskIdStopResponse200 | None:
    """Stop Chat Message Generation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Stops a chat message generation task. Only supported in `streaming` mode.

    Args:
        task_id (str):
        body (PostChatMessagesTaskIdStopBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostChatMessagesTaskIdStopResponse200
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostChatMessagesTaskIdStopBody,
) -> Response[Any | PostChatMessagesTaskIdStopResponse200]:
    """Stop Chat Message Generation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Stops a chat message generation task. Only supported in `streaming` mode.

    Args:
        task_id (str):
        body (PostChatMessagesTaskIdStopBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostChatMessagesTaskIdStopResponse200]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostChatMessagesTaskIdStopBody,
) -> Any | PostChatMessagesTaskIdStopResponse200 | None:
    """Stop Chat Message Generation

     **Available for**: Chatflow, New Agent, Chatbot, Agent apps.

    Stops a chat message generation task. Only supported in `streaming` mode.

    Args:
        task_id (str):
        body (PostChatMessagesTaskIdStopBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostChatMessagesTaskIdStopResponse200
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
