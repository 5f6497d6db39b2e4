"""Typed client for Dify's Workflow App API.

    from dify_workflow import WorkflowClient

    with WorkflowClient() as client:            # DIFY_API_KEY, DIFY_BASE_URL
        client.stop_task(task_id, user="user_workflow_123")

The request and response models are generated from the vendored OpenAPI specs
(package `dify_workflow_api`); the names exported here are the stable contract.
"""

from dify_workflow_api._spec_index import SPEC_SHA256

from ._async_client import AsyncWorkflowClient
from ._client import WorkflowClient
from ._config import InsecureTransportWarning
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DifyError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    RequestTooLargeError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._retry import RetryPolicy
from ._types import StopTaskResult
from ._version import __version__

__all__ = [
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWorkflowClient",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DifyError",
    "InsecureTransportWarning",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RequestTooLargeError",
    "RetryPolicy",
    "StopTaskResult",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WorkflowClient",
    "__version__",
]
