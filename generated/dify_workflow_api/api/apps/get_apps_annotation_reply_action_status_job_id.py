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
from ...models.get_apps_annotation_reply_action_status_job_id_action import (
    GetAppsAnnotationReplyActionStatusJobIdAction,
)
from ...models.initial_annotation_reply_settings_status_response import (
    InitialAnnotationReplySettingsStatusResponse,
)
from ...types import Response


def _get_kwargs(
    action: GetAppsAnnotationReplyActionStatusJobIdAction,
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/annotation-reply/{action}/status/{job_id}".format(
            action=quote(str(action), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InitialAnnotationReplySettingsStatusResponse | None:
    if response.status_code == 200:
        response_200 = InitialAnnotationReplySettingsStatusResponse.from_dict(
            response.json()
        )

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
) -> Response[Any | InitialAnnotationReplySettingsStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action: GetAppsAnnotationReplyActionStatusJobIdAction,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | InitialAnnotationReplySettingsStatusResponse]:
    """Get Annotation Reply Job Status

     **Available for**: Chatflow, Chatbot, Agent apps.

    Returns the status of an annotation reply configuration job started by [Configure Annotation
    Reply](/en/api-reference/annotations/configure-annotation-reply).

    Args:
        action (GetAppsAnnotationReplyActionStatusJobIdAction):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitialAnnotationReplySettingsStatusResponse]
    """

    kwargs = _get_kwargs(
        action=action,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action: GetAppsAnnotationReplyActionStatusJobIdAction,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | InitialAnnotationReplySettingsStatusResponse | None:
    """Get Annotation Reply Job Status

     **Available for**: Chatflow, Chatbot, Agent apps.

    Returns the status of an annotation reply configuration job started by [Configure Annotation
    Reply](/en/api-reference/annotations/configure-annotation-reply).

    Args:
        action (GetAppsAnnotationReplyActionStatusJobIdAction):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitialAnnotationReplySettingsStatusResponse
    """

    return sync_detailed(
        action=action,
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    action: GetAppsAnnotationReplyActionStatusJobIdAction,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | InitialAnnotationReplySettingsStatusResponse]:
    """Get Annotation Reply Job Status

     **Available for**: Chatflow, Chatbot, Agent apps.

    Returns the status of an annotation reply configuration job started by [Configure Annotation
    Reply](/en/api-reference/annotations/configure-annotation-reply).

    Args:
        action (GetAppsAnnotationReplyActionStatusJobIdAction):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitialAnnotationReplySettingsStatusResponse]
    """

    kwargs = _get_kwargs(
        action=action,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action: GetAppsAnnotationReplyActionStatusJobIdAction,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | InitialAnnotationReplySettingsStatusResponse | None:
    """Get Annotation Reply Job Status

     **Available for**: Chatflow, Chatbot, Agent apps.

    Returns the status of an annotation reply configuration job started by [Configure Annotation
    Reply](/en/api-reference/annotations/configure-annotation-reply).

    Args:
        action (GetAppsAnnotationReplyActionStatusJobIdAction):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitialAnnotationReplySettingsStatusResponse
    """

    return (
        await asyncio_detailed(
            action=action,
            job_id=job_id,
            client=client,
        )
    ).parsed
