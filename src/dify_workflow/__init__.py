"""Typed client for Dify's Workflow App API.

    from dify_workflow import WorkflowClient

    with WorkflowClient() as client:            # DIFY_API_KEY, DIFY_BASE_URL
        with client.stream_workflow({"topic": "x"}, user="user-1") as stream:
            for event in stream:                 # typed events
                ...
            outcome = stream.stop()              # or stop and confirm mid-way

The request and response models are generated from the vendored OpenAPI specs
(package `dify_workflow_api`); the names exported here are the stable contract.
"""

from typing import TYPE_CHECKING, Any

from dify_workflow_api._spec_index import SPEC_SHA256

from ._async_audio import AsyncAudioResponse
from ._async_client import AsyncWorkflowClient
from ._async_streaming import AsyncWorkflowStream
from ._audio import AudioResponse
from ._client import WorkflowClient
from ._config import InsecureTransportWarning
from ._events import (
    AgentLogEvent,
    HumanInputFormFilledEvent,
    HumanInputFormTimeoutEvent,
    HumanInputRequiredEvent,
    IterationCompletedEvent,
    IterationNextEvent,
    IterationStartedEvent,
    LoopCompletedEvent,
    LoopNextEvent,
    LoopStartedEvent,
    NodeFinishedEvent,
    NodeRetryEvent,
    NodeStartedEvent,
    ReasoningChunkEvent,
    StreamEvent,
    TextChunkEvent,
    TtsMessageEndEvent,
    TtsMessageEvent,
    UnknownEvent,
    WorkflowFinishedEvent,
    WorkflowPausedEvent,
    WorkflowStartedEvent,
)
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
    StreamError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._retry import RetryPolicy
from ._streaming import WorkflowStream
from ._types import FileInput, InputField, StopOutcome, StopTaskResult, input_fields
from ._version import __version__

# The generated models behind these names are imported on first use (PEP 562), so that
# `import dify_workflow` stays cheap for code that never touches them.
_MODELS = (
    "AppInfo",
    "AppMeta",
    "AppParameters",
    "AppSite",
    "EndUser",
    "HumanInputForm",
    "UploadedFile",
    "WorkflowLog",
    "WorkflowLogPage",
    "WorkflowRunDetail",
    "WorkflowRunResult",
)

if TYPE_CHECKING:
    from ._models import (
        AppInfo,
        AppMeta,
        AppParameters,
        AppSite,
        EndUser,
        HumanInputForm,
        UploadedFile,
        WorkflowLog,
        WorkflowLogPage,
        WorkflowRunDetail,
        WorkflowRunResult,
    )


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        from . import _models

        value = getattr(_models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AgentLogEvent",
    "AppInfo",
    "AppMeta",
    "AppParameters",
    "AppSite",
    "AsyncAudioResponse",
    "AsyncWorkflowClient",
    "AsyncWorkflowStream",
    "AudioResponse",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DifyError",
    "EndUser",
    "FileInput",
    "HumanInputForm",
    "HumanInputFormFilledEvent",
    "HumanInputFormTimeoutEvent",
    "HumanInputRequiredEvent",
    "InputField",
    "InsecureTransportWarning",
    "InternalServerError",
    "InvalidInputError",
    "IterationCompletedEvent",
    "IterationNextEvent",
    "IterationStartedEvent",
    "LoopCompletedEvent",
    "LoopNextEvent",
    "LoopStartedEvent",
    "NodeFinishedEvent",
    "NodeRetryEvent",
    "NodeStartedEvent",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ReasoningChunkEvent",
    "RequestTooLargeError",
    "RetryPolicy",
    "StopOutcome",
    "StopTaskResult",
    "StreamError",
    "StreamEvent",
    "TextChunkEvent",
    "TtsMessageEndEvent",
    "TtsMessageEvent",
    "UnknownEvent",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "UploadedFile",
    "WorkflowClient",
    "WorkflowFinishedEvent",
    "WorkflowLog",
    "WorkflowLogPage",
    "WorkflowPausedEvent",
    "WorkflowRunDetail",
    "WorkflowRunResult",
    "WorkflowStartedEvent",
    "WorkflowStream",
    "__version__",
    "input_fields",
]
