# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload_response import FileUploadResponse
from ...models.post_files_upload_body import PostFilesUploadBody
from ...types import Response


def _get_kwargs(
    *,
    body: PostFilesUploadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FileUploadResponse | None:
    if response.status_code == 201:
        response_201 = FileUploadResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 413:
        response_413 = cast(Any, None)
        return response_413

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FileUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostFilesUploadBody,
) -> Response[Any | FileUploadResponse]:
    """Upload File

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Uploads a file and returns its `id` for later requests to reference. The file belongs to the
    uploading end user: only requests carrying the same `user` can reference it.

    Which file types an app actually consumes depends on its file-upload settings; read them from [Get
    App Parameters](/en/api-reference/applications/get-app-parameters).

    Args:
        body (PostFilesUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileUploadResponse]
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
    body: PostFilesUploadBody,
) -> Any | FileUploadResponse | None:
    """Upload File

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Uploads a file and returns its `id` for later requests to reference. The file belongs to the
    uploading end user: only requests carrying the same `user` can reference it.

    Which file types an app actually consumes depends on its file-upload settings; read them from [Get
    App Parameters](/en/api-reference/applications/get-app-parameters).

    Args:
        body (PostFilesUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostFilesUploadBody,
) -> Response[Any | FileUploadResponse]:
    """Upload File

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Uploads a file and returns its `id` for later requests to reference. The file belongs to the
    uploading end user: only requests carrying the same `user` can reference it.

    Which file types an app actually consumes depends on its file-upload settings; read them from [Get
    App Parameters](/en/api-reference/applications/get-app-parameters).

    Args:
        body (PostFilesUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostFilesUploadBody,
) -> Any | FileUploadResponse | None:
    """Upload File

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Uploads a file and returns its `id` for later requests to reference. The file belongs to the
    uploading end user: only requests carrying the same `user` can reference it.

    Which file types an app actually consumes depends on its file-upload settings; read them from [Get
    App Parameters](/en/api-reference/applications/get-app-parameters).

    Args:
        body (PostFilesUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
