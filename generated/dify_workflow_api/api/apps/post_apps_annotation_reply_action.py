# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initial_annotation_reply_settings_request import (
    InitialAnnotationReplySettingsRequest,
)
from ...models.initial_annotation_reply_settings_response import (
    InitialAnnotationReplySettingsResponse,
)
from ...models.post_apps_annotation_reply_action_action import (
    PostAppsAnnotationReplyActionAction,
)
from ...types import Response


def _get_kwargs(
    action: PostAppsAnnotationReplyActionAction,
    *,
    body: InitialAnnotationReplySettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/annotation-reply/{action}".format(
            action=quote(str(action), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InitialAnnotationReplySettingsResponse | None:
    if response.status_code == 200:
        response_200 = InitialAnnotationReplySettingsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InitialAnnotationReplySettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action: PostAppsAnnotationReplyActionAction,
    *,
    client: AuthenticatedClient | Client,
    body: InitialAnnotationReplySettingsRequest,
) -> Response[InitialAnnotationReplySettingsResponse]:
    """Configure Annotation Reply

     **Available for**: Chatflow, Chatbot, Agent apps.

    Enables or disables annotation reply for the app. Runs asynchronously; track progress with [Get
    Annotation Reply Job Status](/en/api-reference/annotations/get-annotation-reply-job-status).

    The body is validated before the action runs, so `score_threshold`, `embedding_provider_name`, and
    `embedding_model_name` are required even for `disable`.

    Args:
        action (PostAppsAnnotationReplyActionAction):
        body (InitialAnnotationReplySettingsRequest): Request body for configuring annotation
            reply settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InitialAnnotationReplySettingsResponse]
    """

    kwargs = _get_kwargs(
        action=action,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action: PostAppsAnnotationReplyActionAction,
    *,
    client: AuthenticatedClient | Client,
    body: InitialAnnotationReplySettingsRequest,
) -> InitialAnnotationReplySettingsResponse | None:
    """Configure Annotation Reply

     **Available for**: Chatflow, Chatbot, Agent apps.

    Enables or disables annotation reply for the app. Runs asynchronously; track progress with [Get
    Annotation Reply Job Status](/en/api-reference/annotations/get-annotation-reply-job-status).

    The body is validated before the action runs, so `score_threshold`, `embedding_provider_name`, and
    `embedding_model_name` are required even for `disable`.

    Args:
        action (PostAppsAnnotationReplyActionAction):
        body (InitialAnnotationReplySettingsRequest): Request body for configuring annotation
            reply settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InitialAnnotationReplySettingsResponse
    """

    return sync_detailed(
        action=action,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    action: PostAppsAnnotationReplyActionAction,
    *,
    client: AuthenticatedClient | Client,
    body: InitialAnnotationReplySettingsRequest,
) -> Response[InitialAnnotationReplySettingsResponse]:
    """Configure Annotation Reply

     **Available for**: Chatflow, Chatbot, Agent apps.

    Enables or disables annotation reply for the app. Runs asynchronously; track progress with [Get
    Annotation Reply Job Status](/en/api-reference/annotations/get-annotation-reply-job-status).

    The body is validated before the action runs, so `score_threshold`, `embedding_provider_name`, and
    `embedding_model_name` are required even for `disable`.

    Args:
        action (PostAppsAnnotationReplyActionAction):
        body (InitialAnnotationReplySettingsRequest): Request body for configuring annotation
            reply settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InitialAnnotationReplySettingsResponse]
    """

    kwargs = _get_kwargs(
        action=action,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action: PostAppsAnnotationReplyActionAction,
    *,
    client: AuthenticatedClient | Client,
    body: InitialAnnotationReplySettingsRequest,
) -> InitialAnnotationReplySettingsResponse | None:
    """Configure Annotation Reply

     **Available for**: Chatflow, Chatbot, Agent apps.

    Enables or disables annotation reply for the app. Runs asynchronously; track progress with [Get
    Annotation Reply Job Status](/en/api-reference/annotations/get-annotation-reply-job-status).

    The body is validated before the action runs, so `score_threshold`, `embedding_provider_name`, and
    `embedding_model_name` are required even for `disable`.

    Args:
        action (PostAppsAnnotationReplyActionAction):
        body (InitialAnnotationReplySettingsRequest): Request body for configuring annotation
            reply settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InitialAnnotationReplySettingsResponse
    """

    return (
        await asyncio_detailed(
            action=action,
            client=client,
            body=body,
        )
    ).parsed
