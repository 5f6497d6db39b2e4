# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_form_human_input_form_token_body import (
    PostFormHumanInputFormTokenBody,
)
from ...models.post_form_human_input_form_token_response_200 import (
    PostFormHumanInputFormTokenResponse200,
)
from ...types import Response


def _get_kwargs(
    form_token: str,
    *,
    body: PostFormHumanInputFormTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/form/human_input/{form_token}".format(
            form_token=quote(str(form_token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostFormHumanInputFormTokenResponse200 | None:
    if response.status_code == 200:
        response_200 = PostFormHumanInputFormTokenResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PostFormHumanInputFormTokenResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostFormHumanInputFormTokenBody,
) -> Response[Any | PostFormHumanInputFormTokenResponse200]:
    """Submit Human Input Form

     **Available for**: Chatflow, Workflow apps.

    Submits the recipient's response to a paused Human Input form. On acceptance the workflow resumes;
    follow the resumed run via [Stream Workflow Events](/en/api-reference/workflow-runs/stream-workflow-
    events). Requires WebApp delivery.

    Args:
        form_token (str):
        body (PostFormHumanInputFormTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostFormHumanInputFormTokenResponse200]
    """

    kwargs = _get_kwargs(
        form_token=form_token,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    form_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostFormHumanInputFormTokenBody,
) -> Any | PostFormHumanInputFormTokenResponse200 | None:
    """Submit Human Input Form

     **Available for**: Chatflow, Workflow apps.

    Submits the recipient's response to a paused Human Input form. On acceptance the workflow resumes;
    follow the resumed run via [Stream Workflow Events](/en/api-reference/workflow-runs/stream-workflow-
    events). Requires WebApp delivery.

    Args:
        form_token (str):
        body (PostFormHumanInputFormTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostFormHumanInputFormTokenResponse200
    """

    return sync_detailed(
        form_token=form_token,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostFormHumanInputFormTokenBody,
) -> Response[Any | PostFormHumanInputFormTokenResponse200]:
    """Submit Human Input Form

     **Available for**: Chatflow, Workflow apps.

    Submits the recipient's response to a paused Human Input form. On acceptance the workflow resumes;
    follow the resumed run via [Stream Workflow Events](/en/api-reference/workflow-runs/stream-workflow-
    events). Requires WebApp delivery.

    Args:
        form_token (str):
        body (PostFormHumanInputFormTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostFormHumanInputFormTokenResponse200]
    """

    kwargs = _get_kwargs(
        form_token=form_token,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostFormHumanInputFormTokenBody,
) -> Any | PostFormHumanInputFormTokenResponse200 | None:
    """Submit Human Input Form

     **Available for**: Chatflow, Workflow apps.

    Submits the recipient's response to a paused Human Input form. On acceptance the workflow resumes;
    follow the resumed run via [Stream Workflow Events](/en/api-reference/workflow-runs/stream-workflow-
    events). Requires WebApp delivery.

    Args:
        form_token (str):
        body (PostFormHumanInputFormTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostFormHumanInputFormTokenResponse200
    """

    return (
        await asyncio_detailed(
            form_token=form_token,
            client=client,
            body=body,
        )
    ).parsed
