# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflows_logs_status import GetWorkflowsLogsStatus
from ...models.workflow_logs_response import WorkflowLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keyword: str | Unset = UNSET,
    status: GetWorkflowsLogsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_by_end_user_session_id: str | Unset = UNSET,
    created_by_account: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["limit"] = limit

    json_created_at_before: str | Unset = UNSET
    if not isinstance(created_at_before, Unset):
        json_created_at_before = created_at_before.isoformat()
    params["created_at__before"] = json_created_at_before

    json_created_at_after: str | Unset = UNSET
    if not isinstance(created_at_after, Unset):
        json_created_at_after = created_at_after.isoformat()
    params["created_at__after"] = json_created_at_after

    params["created_by_end_user_session_id"] = created_by_end_user_session_id

    params["created_by_account"] = created_by_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WorkflowLogsResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowLogsResponse.from_dict(response.json())

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
) -> Response[Any | WorkflowLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    status: GetWorkflowsLogsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_by_end_user_session_id: str | Unset = UNSET,
    created_by_account: str | Unset = UNSET,
) -> Response[Any | WorkflowLogsResponse]:
    """List Workflow Logs

     **Available for**: Chatflow, Workflow apps.

    List past workflow runs with optional filters. Each entry is a run-level summary (status, token
    usage, step count, and timing), not a node-by-node execution log.

    To follow a run's node-level events, stream it instead:

    - **A run you start**: use [Run Workflow](/en/api-reference/workflow-runs/run-workflow) in streaming
    mode, which emits `node_started` and `node_finished` as the run executes.
    - **A run already in progress**: call [Stream Workflow Events](/en/api-reference/workflow-
    runs/stream-workflow-events) with `include_state_snapshot=true` to replay each executed node's
    status, then stream the rest.

    A finished run's node-level logs aren't available through the Service API.

    Args:
        keyword (str | Unset):
        status (GetWorkflowsLogsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        created_by_end_user_session_id (str | Unset):
        created_by_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowLogsResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        status=status,
        page=page,
        limit=limit,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        created_by_end_user_session_id=created_by_end_user_session_id,
        created_by_account=created_by_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    status: GetWorkflowsLogsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_by_end_user_session_id: str | Unset = UNSET,
    created_by_account: str | Unset = UNSET,
) -> Any | WorkflowLogsResponse | None:
    """List Workflow Logs

     **Available for**: Chatflow, Workflow apps.

    List past workflow runs with optional filters. Each entry is a run-level summary (status, token
    usage, step count, and timing), not a node-by-node execution log.

    To follow a run's node-level events, stream it instead:

    - **A run you start**: use [Run Workflow](/en/api-reference/workflow-runs/run-workflow) in streaming
    mode, which emits `node_started` and `node_finished` as the run executes.
    - **A run already in progress**: call [Stream Workflow Events](/en/api-reference/workflow-
    runs/stream-workflow-events) with `include_state_snapshot=true` to replay each executed node's
    status, then stream the rest.

    A finished run's node-level logs aren't available through the Service API.

    Args:
        keyword (str | Unset):
        status (GetWorkflowsLogsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        created_by_end_user_session_id (str | Unset):
        created_by_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowLogsResponse
    """

    return sync_detailed(
        client=client,
        keyword=keyword,
        status=status,
        page=page,
        limit=limit,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        created_by_end_user_session_id=created_by_end_user_session_id,
        created_by_account=created_by_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    status: GetWorkflowsLogsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_by_end_user_session_id: str | Unset = UNSET,
    created_by_account: str | Unset = UNSET,
) -> Response[Any | WorkflowLogsResponse]:
    """List Workflow Logs

     **Available for**: Chatflow, Workflow apps.

    List past workflow runs with optional filters. Each entry is a run-level summary (status, token
    usage, step count, and timing), not a node-by-node execution log.

    To follow a run's node-level events, stream it instead:

    - **A run you start**: use [Run Workflow](/en/api-reference/workflow-runs/run-workflow) in streaming
    mode, which emits `node_started` and `node_finished` as the run executes.
    - **A run already in progress**: call [Stream Workflow Events](/en/api-reference/workflow-
    runs/stream-workflow-events) with `include_state_snapshot=true` to replay each executed node's
    status, then stream the rest.

    A finished run's node-level logs aren't available through the Service API.

    Args:
        keyword (str | Unset):
        status (GetWorkflowsLogsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        created_by_end_user_session_id (str | Unset):
        created_by_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowLogsResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        status=status,
        page=page,
        limit=limit,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        created_by_end_user_session_id=created_by_end_user_session_id,
        created_by_account=created_by_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    status: GetWorkflowsLogsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_by_end_user_session_id: str | Unset = UNSET,
    created_by_account: str | Unset = UNSET,
) -> Any | WorkflowLogsResponse | None:
    """List Workflow Logs

     **Available for**: Chatflow, Workflow apps.

    List past workflow runs with optional filters. Each entry is a run-level summary (status, token
    usage, step count, and timing), not a node-by-node execution log.

    To follow a run's node-level events, stream it instead:

    - **A run you start**: use [Run Workflow](/en/api-reference/workflow-runs/run-workflow) in streaming
    mode, which emits `node_started` and `node_finished` as the run executes.
    - **A run already in progress**: call [Stream Workflow Events](/en/api-reference/workflow-
    runs/stream-workflow-events) with `include_state_snapshot=true` to replay each executed node's
    status, then stream the rest.

    A finished run's node-level logs aren't available through the Service API.

    Args:
        keyword (str | Unset):
        status (GetWorkflowsLogsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        created_by_end_user_session_id (str | Unset):
        created_by_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            status=status,
            page=page,
            limit=limit,
            created_at_before=created_at_before,
            created_at_after=created_at_after,
            created_by_end_user_session_id=created_by_end_user_session_id,
            created_by_account=created_by_account,
        )
    ).parsed
