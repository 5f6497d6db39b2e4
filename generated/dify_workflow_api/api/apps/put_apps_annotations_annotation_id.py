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
from ...models.annotation_item import AnnotationItem
from ...models.update_annotation_request import UpdateAnnotationRequest
from ...types import Response


def _get_kwargs(
    annotation_id: UUID,
    *,
    body: UpdateAnnotationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/apps/annotations/{annotation_id}".format(
            annotation_id=quote(str(annotation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotationItem | Any | None:
    if response.status_code == 200:
        response_200 = AnnotationItem.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotationItem | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    annotation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAnnotationRequest,
) -> Response[AnnotationItem | Any]:
    """Update Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates an annotation's question and answer.

    Args:
        annotation_id (UUID):
        body (UpdateAnnotationRequest): Request body for updating an annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationItem | Any]
    """

    kwargs = _get_kwargs(
        annotation_id=annotation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAnnotationRequest,
) -> AnnotationItem | Any | None:
    """Update Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates an annotation's question and answer.

    Args:
        annotation_id (UUID):
        body (UpdateAnnotationRequest): Request body for updating an annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationItem | Any
    """

    return sync_detailed(
        annotation_id=annotation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    annotation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAnnotationRequest,
) -> Response[AnnotationItem | Any]:
    """Update Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates an annotation's question and answer.

    Args:
        annotation_id (UUID):
        body (UpdateAnnotationRequest): Request body for updating an annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationItem | Any]
    """

    kwargs = _get_kwargs(
        annotation_id=annotation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAnnotationRequest,
) -> AnnotationItem | Any | None:
    """Update Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Updates an annotation's question and answer.

    Args:
        annotation_id (UUID):
        body (UpdateAnnotationRequest): Request body for updating an annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationItem | Any
    """

    return (
        await asyncio_detailed(
            annotation_id=annotation_id,
            client=client,
            body=body,
        )
    ).parsed
