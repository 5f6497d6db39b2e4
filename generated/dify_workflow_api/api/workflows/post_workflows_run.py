# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_blocking_response import WorkflowBlockingResponse
from ...models.workflow_execution_request import WorkflowExecutionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowExecutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/run",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WorkflowBlockingResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowBlockingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WorkflowBlockingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[Any | WorkflowBlockingResponse]:
    """Run Workflow

     **Available for**: Workflow apps.

    Run the app's published workflow and return its outputs, either in a single `blocking` response or
    as a `streaming` Server-Sent Events feed. Requires a published workflow.

    Args:
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowBlockingResponse]
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
    body: WorkflowExecutionRequest,
) -> Any | WorkflowBlockingResponse | None:
    """Run Workflow

     **Available for**: Workflow apps.

    Run the app's published workflow and return its outputs, either in a single `blocking` response or
    as a `streaming` Server-Sent Events feed. Requires a published workflow.

    Args:
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowBlockingResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[Any | WorkflowBlockingResponse]:
    """Run Workflow

     **Available for**: Workflow apps.

    Run the app's published workflow and return its outputs, either in a single `blocking` response or
    as a `streaming` Server-Sent Events feed. Requires a published workflow.

    Args:
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowBlockingResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Any | WorkflowBlockingResponse | None:
    """Run Workflow

     **Available for**: Workflow apps.

    Run the app's published workflow and return its outputs, either in a single `blocking` response or
    as a `streaming` Server-Sent Events feed. Requires a published workflow.

    Args:
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowBlockingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
