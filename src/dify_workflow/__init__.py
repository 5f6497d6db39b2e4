"""Typed client for Dify's Workflow App API.

    from dify_workflow import WorkflowClient

    with WorkflowClient() as client:            # DIFY_API_KEY, DIFY_BASE_URL
        client.stop_task(task_id, user="user_workflow_123")

The request and response models are generated from the vendored OpenAPI specs
(package `dify_workflow_api`); the names exported here are the stable contract.
"""

from dify_workflow_api._spec_index import SPEC_SHA256

from ._client import AsyncWorkflowClient, WorkflowClient
from ._config import InsecureTransportWarning
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DifyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
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
    "ConflictError",
    "DifyError",
    "InsecureTransportWarning",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "StopTaskResult",
    "UnprocessableEntityError",
    "WorkflowClient",
    "__version__",
]
