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
from ...models.message_feedback_request import MessageFeedbackRequest
from ...models.post_messages_message_id_feedbacks_response_200 import (
    PostMessagesMessageIdFeedbacksResponse200,
)
from ...types import Response


def _get_kwargs(
    message_id: UUID,
    *,
    body: MessageFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/{message_id}/feedbacks".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostMessagesMessageIdFeedbacksResponse200 | None:
    if response.status_code == 200:
        response_200 = PostMessagesMessageIdFeedbacksResponse200.from_dict(
            response.json()
        )

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
) -> Response[Any | PostMessagesMessageIdFeedbacksResponse200]:
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
    body: MessageFeedbackRequest,
) -> Response[Any | PostMessagesMessageIdFeedbacksResponse200]:
    """Submit Message Feedback

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Records a `like` or `dislike` rating, plus an optional comment, on a message. Submitting `null` for
    `rating` revokes the message's existing feedback.

    Args:
        message_id (UUID):
        body (MessageFeedbackRequest): Request body for submitting message feedback.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostMessagesMessageIdFeedbacksResponse200]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MessageFeedbackRequest,
) -> Any | PostMessagesMessageIdFeedbacksResponse200 | None:
    """Submit Message Feedback

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Records a `like` or `dislike` rating, plus an optional comment, on a message. Submitting `null` for
    `rating` revokes the message's existing feedback.

    Args:
        message_id (UUID):
        body (MessageFeedbackRequest): Request body for submitting message feedback.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostMessagesMessageIdFeedbacksResponse200
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MessageFeedbackRequest,
) -> Response[Any | PostMessagesMessageIdFeedbacksResponse200]:
    """Submit Message Feedback

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Records a `like` or `dislike` rating, plus an optional comment, on a message. Submitting `null` for
    `rating` revokes the message's existing feedback.

    Args:
        message_id (UUID):
        body (MessageFeedbackRequest): Request body for submitting message feedback.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostMessagesMessageIdFeedbacksResponse200]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MessageFeedbackRequest,
) -> Any | PostMessagesMessageIdFeedbacksResponse200 | None:
    """Submit Message Feedback

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Records a `like` or `dislike` rating, plus an optional comment, on a message. Submitting `null` for
    `rating` revokes the message's existing feedback.

    Args:
        message_id (UUID):
        body (MessageFeedbackRequest): Request body for submitting message feedback.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostMessagesMessageIdFeedbacksResponse200
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
