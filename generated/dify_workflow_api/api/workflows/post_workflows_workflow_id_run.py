# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_blocking_response import WorkflowBlockingResponse
from ...models.workflow_execution_request import WorkflowExecutionRequest
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowExecutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/run".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
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

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[Any | WorkflowBlockingResponse]:
    """Run Workflow by ID

     **Available for**: Workflow apps.

    Run a specific published workflow version, identified by the `workflow_id` in the path. Request
    body, response, and streaming behavior match [Run Workflow](/en/api-reference/workflow-runs/run-
    workflow); only the executed version differs.

    Args:
        workflow_id (str):
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowBlockingResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Any | WorkflowBlockingResponse | None:
    """Run Workflow by ID

     **Available for**: Workflow apps.

    Run a specific published workflow version, identified by the `workflow_id` in the path. Request
    body, response, and streaming behavior match [Run Workflow](/en/api-reference/workflow-runs/run-
    workflow); only the executed version differs.

    Args:
        workflow_id (str):
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowBlockingResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[Any | WorkflowBlockingResponse]:
    """Run Workflow by ID

     **Available for**: Workflow apps.

    Run a specific published workflow version, identified by the `workflow_id` in the path. Request
    body, response, and streaming behavior match [Run Workflow](/en/api-reference/workflow-runs/run-
    workflow); only the executed version differs.

    Args:
        workflow_id (str):
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowBlockingResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Any | WorkflowBlockingResponse | None:
    """Run Workflow by ID

     **Available for**: Workflow apps.

    Run a specific published workflow version, identified by the `workflow_id` in the path. Request
    body, response, and streaming behavior match [Run Workflow](/en/api-reference/workflow-runs/run-
    workflow); only the executed version differs.

    Args:
        workflow_id (str):
        body (WorkflowExecutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowBlockingResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
