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
from ...models.end_user_detail import EndUserDetail
from ...types import Response


def _get_kwargs(
    end_user_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/end-users/{end_user_id}".format(
            end_user_id=quote(str(end_user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndUserDetail | None:
    if response.status_code == 200:
        response_200 = EndUserDetail.from_dict(response.json())

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
) -> Response[Any | EndUserDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    end_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EndUserDetail]:
    """Get End User Info

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns an end user's details by ID. Useful for resolving an end-user ID returned by another
    endpoint, such as `created_by` in the [Upload File](/en/api-reference/files/upload-file) response.

    Args:
        end_user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndUserDetail]
    """

    kwargs = _get_kwargs(
        end_user_id=end_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    end_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EndUserDetail | None:
    """Get End User Info

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns an end user's details by ID. Useful for resolving an end-user ID returned by another
    endpoint, such as `created_by` in the [Upload File](/en/api-reference/files/upload-file) response.

    Args:
        end_user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndUserDetail
    """

    return sync_detailed(
        end_user_id=end_user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    end_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EndUserDetail]:
    """Get End User Info

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns an end user's details by ID. Useful for resolving an end-user ID returned by another
    endpoint, such as `created_by` in the [Upload File](/en/api-reference/files/upload-file) response.

    Args:
        end_user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndUserDetail]
    """

    kwargs = _get_kwargs(
        end_user_id=end_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    end_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EndUserDetail | None:
    """Get End User Info

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Returns an end user's details by ID. Useful for resolving an end-user ID returned by another
    endpoint, such as `created_by` in the [Upload File](/en/api-reference/files/upload-file) response.

    Args:
        end_user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndUserDetail
    """

    return (
        await asyncio_detailed(
            end_user_id=end_user_id,
            client=client,
        )
    ).parsed
