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
    JournalMismatchError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    RequestTooLargeError,
    StreamError,
    StreamStateError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._retry import RetryPolicy
from ._types import (
    AsyncHttpBackend,
    FileInput,
    HttpBackend,
    InputField,
    RunHandle,
    RunOutcome,
    StopOutcome,
    StopTaskResult,
    input_fields,
)
from ._version import __version__

# These names load their modules on first use (PEP 562): the generated models, the
# stream and audio machinery and the event classes are most of the import time, and code
# that only stops tasks never needs them.
_LAZY: dict[str, str] = {
    "AgentLogEvent": "_events",
    "HumanInputFormFilledEvent": "_events",
    "HumanInputFormTimeoutEvent": "_events",
    "HumanInputRequiredEvent": "_events",
    "IterationCompletedEvent": "_events",
    "IterationNextEvent": "_events",
    "IterationStartedEvent": "_events",
    "LoopCompletedEvent": "_events",
    "LoopNextEvent": "_events",
    "LoopStartedEvent": "_events",
    "NodeFinishedEvent": "_events",
    "NodeRetryEvent": "_events",
    "NodeStartedEvent": "_events",
    "ReasoningChunkEvent": "_events",
    "StreamEvent": "_events",
    "TextChunkEvent": "_events",
    "TtsMessageEndEvent": "_events",
    "TtsMessageEvent": "_events",
    "UnknownEvent": "_events",
    "WorkflowFinishedEvent": "_events",
    "WorkflowPausedEvent": "_events",
    "WorkflowStartedEvent": "_events",
    "AgentLogData": "_results",
    "EndUserSummary": "_results",
    "FormAction": "_results",
    "HumanInputFormFilledData": "_results",
    "HumanInputFormTimeoutData": "_results",
    "HumanInputRequiredData": "_results",
    "IterationCompletedData": "_results",
    "IterationNextData": "_results",
    "IterationStartedData": "_results",
    "LoopCompletedData": "_results",
    "LoopNextData": "_results",
    "LoopStartedData": "_results",
    "NodeFinishedData": "_results",
    "NodeRetryData": "_results",
    "NodeStartedData": "_results",
    "ReasoningChunkData": "_results",
    "TextChunkData": "_results",
    "TtsMessageData": "_results",
    "WorkflowFinishedData": "_results",
    "WorkflowPausedData": "_results",
    "WorkflowRunSummary": "_results",
    "WorkflowStartedData": "_results",
    "MalformedEvent": "_events",
    "TypedEvent": "_events",
    "AsyncWorkflowStream": "_async_streaming",
    "AsyncBatch": "_async_batch",
    "Batch": "_batch",
    "BatchResult": "_batch_core",
    "BatchSummary": "_batch_core",
    "WorkflowStream": "_streaming",
    "AsyncAudioResponse": "_async_audio",
    "AudioResponse": "_audio",
    "AppInfo": "_results",
    "AppMeta": "_results",
    "AppParameters": "_results",
    "AppSite": "_results",
    "EndUser": "_results",
    "HumanInputForm": "_results",
    "UploadedFile": "_results",
    "WorkflowLog": "_results",
    "WorkflowLogPage": "_results",
    "WorkflowRunDetail": "_results",
    "WorkflowRunResult": "_results",
}

if TYPE_CHECKING:
    from ._async_audio import (
        AsyncAudioResponse,
    )
    from ._async_batch import AsyncBatch
    from ._async_streaming import (
        AsyncWorkflowStream,
    )
    from ._audio import (
        AudioResponse,
    )
    from ._batch import Batch
    from ._batch_core import BatchResult, BatchSummary
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
        MalformedEvent,
        NodeFinishedEvent,
        NodeRetryEvent,
        NodeStartedEvent,
        ReasoningChunkEvent,
        StreamEvent,
        TextChunkEvent,
        TtsMessageEndEvent,
        TtsMessageEvent,
        TypedEvent,
        UnknownEvent,
        WorkflowFinishedEvent,
        WorkflowPausedEvent,
        WorkflowStartedEvent,
    )
    from ._results import (
        AgentLogData,
        AppInfo,
        AppMeta,
        AppParameters,
        AppSite,
        EndUser,
        EndUserSummary,
        FormAction,
        HumanInputForm,
        HumanInputFormFilledData,
        HumanInputFormTimeoutData,
        HumanInputRequiredData,
        IterationCompletedData,
        IterationNextData,
        IterationStartedData,
        LoopCompletedData,
        LoopNextData,
        LoopStartedData,
        NodeFinishedData,
        NodeRetryData,
        NodeStartedData,
        ReasoningChunkData,
        TextChunkData,
        TtsMessageData,
        UploadedFile,
        WorkflowFinishedData,
        WorkflowLog,
        WorkflowLogPage,
        WorkflowPausedData,
        WorkflowRunDetail,
        WorkflowRunResult,
        WorkflowRunSummary,
        WorkflowStartedData,
    )
    from ._streaming import (
        WorkflowStream,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AgentLogData",
    "AgentLogEvent",
    "AppInfo",
    "AppMeta",
    "AppParameters",
    "AppSite",
    "AsyncAudioResponse",
    "AsyncBatch",
    "AsyncHttpBackend",
    "AsyncWorkflowClient",
    "AsyncWorkflowStream",
    "AudioResponse",
    "AuthenticationError",
    "BadRequestError",
    "Batch",
    "BatchResult",
    "BatchSummary",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DifyError",
    "EndUser",
    "EndUserSummary",
    "FileInput",
    "FormAction",
    "HttpBackend",
    "HumanInputForm",
    "HumanInputFormFilledData",
    "HumanInputFormFilledEvent",
    "HumanInputFormTimeoutData",
    "HumanInputFormTimeoutEvent",
    "HumanInputRequiredData",
    "HumanInputRequiredEvent",
    "InputField",
    "InsecureTransportWarning",
    "InternalServerError",
    "InvalidInputError",
    "IterationCompletedData",
    "IterationCompletedEvent",
    "IterationNextData",
    "IterationNextEvent",
    "IterationStartedData",
    "IterationStartedEvent",
    "JournalMismatchError",
    "LoopCompletedData",
    "LoopCompletedEvent",
    "LoopNextData",
    "LoopNextEvent",
    "LoopStartedData",
    "LoopStartedEvent",
    "MalformedEvent",
    "NodeFinishedData",
    "NodeFinishedEvent",
    "NodeRetryData",
    "NodeRetryEvent",
    "NodeStartedData",
    "NodeStartedEvent",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ReasoningChunkData",
    "ReasoningChunkEvent",
    "RequestTooLargeError",
    "RetryPolicy",
    "RunHandle",
    "RunOutcome",
    "StopOutcome",
    "StopTaskResult",
    "StreamError",
    "StreamEvent",
    "StreamStateError",
    "TextChunkData",
    "TextChunkEvent",
    "TtsMessageData",
    "TtsMessageEndEvent",
    "TtsMessageEvent",
    "TypedEvent",
    "UnknownEvent",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "UploadedFile",
    "WorkflowClient",
    "WorkflowFinishedData",
    "WorkflowFinishedEvent",
    "WorkflowLog",
    "WorkflowLogPage",
    "WorkflowPausedData",
    "WorkflowPausedEvent",
    "WorkflowRunDetail",
    "WorkflowRunResult",
    "WorkflowRunSummary",
    "WorkflowStartedData",
    "WorkflowStartedEvent",
    "WorkflowStream",
    "__version__",
    "input_fields",
]
