# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation_item import AnnotationItem
from ...models.create_annotation_request import CreateAnnotationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAnnotationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/annotations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotationItem | None:
    if response.status_code == 201:
        response_201 = AnnotationItem.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotationItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationRequest,
) -> Response[AnnotationItem]:
    """Create Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Creates an annotation. Annotations are predefined question-answer pairs the app returns directly on
    a match, instead of generating a fresh response.

    Args:
        body (CreateAnnotationRequest): Request body for creating a new annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationRequest,
) -> AnnotationItem | None:
    """Create Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Creates an annotation. Annotations are predefined question-answer pairs the app returns directly on
    a match, instead of generating a fresh response.

    Args:
        body (CreateAnnotationRequest): Request body for creating a new annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationItem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationRequest,
) -> Response[AnnotationItem]:
    """Create Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Creates an annotation. Annotations are predefined question-answer pairs the app returns directly on
    a match, instead of generating a fresh response.

    Args:
        body (CreateAnnotationRequest): Request body for creating a new annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationRequest,
) -> AnnotationItem | None:
    """Create Annotation

     **Available for**: Chatflow, Chatbot, Agent apps.

    Creates an annotation. Annotations are predefined question-answer pairs the app returns directly on
    a match, instead of generating a fresh response.

    Args:
        body (CreateAnnotationRequest): Request body for creating a new annotation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationItem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
