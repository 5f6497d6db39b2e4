# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    file_id: UUID,
    *,
    as_attachment: bool | Unset = False,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["as_attachment"] = as_attachment

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/preview".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_attachment: bool | Unset = False,
    user: str | Unset = UNSET,
) -> Response[Any | File]:
    """Download File

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Returns the raw bytes of a file previously returned by [Upload File](/en/api-reference/files/upload-
    file). A file is reachable only through the app whose messages reference it.

    Args:
        file_id (UUID):
        as_attachment (bool | Unset):  Default: False.
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        as_attachment=as_attachment,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_attachment: bool | Unset = False,
    user: str | Unset = UNSET,
) -> Any | File | None:
    """Download File

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Returns the raw bytes of a file previously returned by [Upload File](/en/api-reference/files/upload-
    file). A file is reachable only through the app whose messages reference it.

    Args:
        file_id (UUID):
        as_attachment (bool | Unset):  Default: False.
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        as_attachment=as_attachment,
        user=user,
    ).parsed


async def asyncio_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_attachment: bool | Unset = False,
    user: str | Unset = UNSET,
) -> Response[Any | File]:
    """Download File

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Returns the raw bytes of a file previously returned by [Upload File](/en/api-reference/files/upload-
    file). A file is reachable only through the app whose messages reference it.

    Args:
        file_id (UUID):
        as_attachment (bool | Unset):  Default: False.
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        as_attachment=as_attachment,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    as_attachment: bool | Unset = False,
    user: str | Unset = UNSET,
) -> Any | File | None:
    """Download File

     **Available for**: Chatflow, Chatbot, Agent, Text Generator apps.

    Returns the raw bytes of a file previously returned by [Upload File](/en/api-reference/files/upload-
    file). A file is reachable only through the app whose messages reference it.

    Args:
        file_id (UUID):
        as_attachment (bool | Unset):  Default: False.
        user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            as_attachment=as_attachment,
            user=user,
        )
    ).parsed
