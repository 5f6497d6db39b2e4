# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_to_text_request import AudioToTextRequest
from ...models.audio_to_text_response import AudioToTextResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AudioToTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio-to-text",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AudioToTextResponse | None:
    if response.status_code == 200:
        response_200 = AudioToTextResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 413:
        response_413 = cast(Any, None)
        return response_413

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AudioToTextResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioToTextRequest,
) -> Response[Any | AudioToTextResponse]:
    """Convert Audio to Text

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Transcribes an uploaded audio file to text using the app's configured speech-to-text model.

    Args:
        body (AudioToTextRequest): Request body for audio-to-text conversion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AudioToTextResponse]
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
    body: AudioToTextRequest,
) -> Any | AudioToTextResponse | None:
    """Convert Audio to Text

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Transcribes an uploaded audio file to text using the app's configured speech-to-text model.

    Args:
        body (AudioToTextRequest): Request body for audio-to-text conversion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AudioToTextResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioToTextRequest,
) -> Response[Any | AudioToTextResponse]:
    """Convert Audio to Text

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Transcribes an uploaded audio file to text using the app's configured speech-to-text model.

    Args:
        body (AudioToTextRequest): Request body for audio-to-text conversion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AudioToTextResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AudioToTextRequest,
) -> Any | AudioToTextResponse | None:
    """Convert Audio to Text

     **Available for**: Chatflow, Workflow, New Agent, Chatbot, Agent, Text Generator apps.

    Transcribes an uploaded audio file to text using the app's configured speech-to-text model.

    Args:
        body (AudioToTextRequest): Request body for audio-to-text conversion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AudioToTextResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
