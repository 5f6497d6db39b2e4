# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 a2d0769995a4cadb...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Stable names of the generated models: `<Method><Path>Body`, `<Method><Path>Response<status>`
`Event<Name>` for each stream event and `Event<Name>Data` for its `data`, whatever the
spec names the schemas."""

from typing import Any, Final

from .models.app_info_response import AppInfoResponse as GetInfoResponse200
from .models.app_meta_response import AppMetaResponse as GetMetaResponse200
from .models.app_parameters_response import (
    AppParametersResponse as GetParametersResponse200,
)
from .models.audio_to_text_request import AudioToTextRequest as PostAudioToTextBody
from .models.audio_to_text_response import (
    AudioToTextResponse as PostAudioToTextResponse200,
)
from .models.end_user_detail import EndUserDetail as GetEndUsersEndUserIdResponse200
from .models.file_upload_response import (
    FileUploadResponse as PostFilesUploadResponse201,
)
from .models.get_form_human_input_form_token_response_200 import (
    GetFormHumanInputFormTokenResponse200 as GetFormHumanInputFormTokenResponse200,
)
from .models.get_form_human_input_form_token_response_200_inputs_item import (
    GetFormHumanInputFormTokenResponse200InputsItem as GetFormHumanInputFormTokenResponse200InputsItem,
)
from .models.get_form_human_input_form_token_response_200_user_actions_item import (
    GetFormHumanInputFormTokenResponse200UserActionsItem as GetFormHumanInputFormTokenResponse200UserActionsItem,
)
from .models.post_files_upload_body import PostFilesUploadBody as PostFilesUploadBody
from .models.post_form_human_input_form_token_body import (
    PostFormHumanInputFormTokenBody as PostFormHumanInputFormTokenBody,
)
from .models.post_form_human_input_form_token_response_200 import (
    PostFormHumanInputFormTokenResponse200 as PostFormHumanInputFormTokenResponse200,
)
from .models.post_workflows_tasks_task_id_stop_body import (
    PostWorkflowsTasksTaskIdStopBody as PostWorkflowsTasksTaskIdStopBody,
)
from .models.post_workflows_tasks_task_id_stop_response_200 import (
    PostWorkflowsTasksTaskIdStopResponse200 as PostWorkflowsTasksTaskIdStopResponse200,
)
from .models.stream_event_error import StreamEventError as EventError
from .models.stream_event_ping import StreamEventPing as EventPing
from .models.stream_event_reasoning_chunk import (
    StreamEventReasoningChunk as EventReasoningChunk,
)
from .models.stream_event_reasoning_chunk_data import (
    StreamEventReasoningChunkData as EventReasoningChunkData,
)
from .models.stream_event_text_chunk import StreamEventTextChunk as EventTextChunk
from .models.stream_event_text_chunk_data import (
    StreamEventTextChunkData as EventTextChunkData,
)
from .models.stream_event_tts_message import StreamEventTtsMessage as EventTtsMessage
from .models.stream_event_tts_message_end import (
    StreamEventTtsMessageEnd as EventTtsMessageEnd,
)
from .models.text_to_audio_request import TextToAudioRequest as PostTextToAudioBody
from .models.web_app_settings_response import (
    WebAppSettingsResponse as GetSiteResponse200,
)
from .models.workflow_blocking_response import (
    WorkflowBlockingResponse as PostWorkflowsRunResponse200,
)
from .models.workflow_blocking_response import (
    WorkflowBlockingResponse as PostWorkflowsWorkflowIdRunResponse200,
)
from .models.workflow_execution_request import (
    WorkflowExecutionRequest as PostWorkflowsRunBody,
)
from .models.workflow_execution_request import (
    WorkflowExecutionRequest as PostWorkflowsWorkflowIdRunBody,
)
from .models.workflow_finished_data import (
    WorkflowFinishedData as EventWorkflowFinishedData,
)
from .models.workflow_log_item import (
    WorkflowLogItem as GetWorkflowsLogsResponse200DataItem,
)
from .models.workflow_logs_response import (
    WorkflowLogsResponse as GetWorkflowsLogsResponse200,
)
from .models.workflow_run_detail_response import (
    WorkflowRunDetailResponse as GetWorkflowsRunWorkflowRunIdResponse200,
)
from .models.workflow_stream_event_agent_log import (
    WorkflowStreamEventAgentLog as EventAgentLog,
)
from .models.workflow_stream_event_agent_log_data import (
    WorkflowStreamEventAgentLogData as EventAgentLogData,
)
from .models.workflow_stream_event_human_input_form_filled import (
    WorkflowStreamEventHumanInputFormFilled as EventHumanInputFormFilled,
)
from .models.workflow_stream_event_human_input_form_filled_data import (
    WorkflowStreamEventHumanInputFormFilledData as EventHumanInputFormFilledData,
)
from .models.workflow_stream_event_human_input_form_timeout import (
    WorkflowStreamEventHumanInputFormTimeout as EventHumanInputFormTimeout,
)
from .models.workflow_stream_event_human_input_form_timeout_data import (
    WorkflowStreamEventHumanInputFormTimeoutData as EventHumanInputFormTimeoutData,
)
from .models.workflow_stream_event_human_input_required import (
    WorkflowStreamEventHumanInputRequired as EventHumanInputRequired,
)
from .models.workflow_stream_event_human_input_required_data import (
    WorkflowStreamEventHumanInputRequiredData as EventHumanInputRequiredData,
)
from .models.workflow_stream_event_iteration_completed import (
    WorkflowStreamEventIterationCompleted as EventIterationCompleted,
)
from .models.workflow_stream_event_iteration_completed_data import (
    WorkflowStreamEventIterationCompletedData as EventIterationCompletedData,
)
from .models.workflow_stream_event_iteration_next import (
    WorkflowStreamEventIterationNext as EventIterationNext,
)
from .models.workflow_stream_event_iteration_next_data import (
    WorkflowStreamEventIterationNextData as EventIterationNextData,
)
from .models.workflow_stream_event_iteration_started import (
    WorkflowStreamEventIterationStarted as EventIterationStarted,
)
from .models.workflow_stream_event_iteration_started_data import (
    WorkflowStreamEventIterationStartedData as EventIterationStartedData,
)
from .models.workflow_stream_event_loop_completed import (
    WorkflowStreamEventLoopCompleted as EventLoopCompleted,
)
from .models.workflow_stream_event_loop_completed_data import (
    WorkflowStreamEventLoopCompletedData as EventLoopCompletedData,
)
from .models.workflow_stream_event_loop_next import (
    WorkflowStreamEventLoopNext as EventLoopNext,
)
from .models.workflow_stream_event_loop_next_data import (
    WorkflowStreamEventLoopNextData as EventLoopNextData,
)
from .models.workflow_stream_event_loop_started import (
    WorkflowStreamEventLoopStarted as EventLoopStarted,
)
from .models.workflow_stream_event_loop_started_data import (
    WorkflowStreamEventLoopStartedData as EventLoopStartedData,
)
from .models.workflow_stream_event_node_finished import (
    WorkflowStreamEventNodeFinished as EventNodeFinished,
)
from .models.workflow_stream_event_node_finished_data import (
    WorkflowStreamEventNodeFinishedData as EventNodeFinishedData,
)
from .models.workflow_stream_event_node_retry import (
    WorkflowStreamEventNodeRetry as EventNodeRetry,
)
from .models.workflow_stream_event_node_retry_data import (
    WorkflowStreamEventNodeRetryData as EventNodeRetryData,
)
from .models.workflow_stream_event_node_started import (
    WorkflowStreamEventNodeStarted as EventNodeStarted,
)
from .models.workflow_stream_event_node_started_data import (
    WorkflowStreamEventNodeStartedData as EventNodeStartedData,
)
from .models.workflow_stream_event_workflow_finished import (
    WorkflowStreamEventWorkflowFinished as EventWorkflowFinished,
)
from .models.workflow_stream_event_workflow_paused import (
    WorkflowStreamEventWorkflowPaused as EventWorkflowPaused,
)
from .models.workflow_stream_event_workflow_paused_data import (
    WorkflowStreamEventWorkflowPausedData as EventWorkflowPausedData,
)
from .models.workflow_stream_event_workflow_started import (
    WorkflowStreamEventWorkflowStarted as EventWorkflowStarted,
)
from .models.workflow_stream_event_workflow_started_data import (
    WorkflowStreamEventWorkflowStartedData as EventWorkflowStartedData,
)

EVENT_MODELS: Final[dict[str, Any]] = {
    "agent_log": EventAgentLog,
    "error": EventError,
    "human_input_form_filled": EventHumanInputFormFilled,
    "human_input_form_timeout": EventHumanInputFormTimeout,
    "human_input_required": EventHumanInputRequired,
    "iteration_completed": EventIterationCompleted,
    "iteration_next": EventIterationNext,
    "iteration_started": EventIterationStarted,
    "loop_completed": EventLoopCompleted,
    "loop_next": EventLoopNext,
    "loop_started": EventLoopStarted,
    "node_finished": EventNodeFinished,
    "node_retry": EventNodeRetry,
    "node_started": EventNodeStarted,
    "ping": EventPing,
    "reasoning_chunk": EventReasoningChunk,
    "text_chunk": EventTextChunk,
    "tts_message": EventTtsMessage,
    "tts_message_end": EventTtsMessageEnd,
    "workflow_finished": EventWorkflowFinished,
    "workflow_paused": EventWorkflowPaused,
    "workflow_started": EventWorkflowStarted,
}

__all__ = [
    "EVENT_MODELS",
    "EventAgentLog",
    "EventAgentLogData",
    "EventError",
    "EventHumanInputFormFilled",
    "EventHumanInputFormFilledData",
    "EventHumanInputFormTimeout",
    "EventHumanInputFormTimeoutData",
    "EventHumanInputRequired",
    "EventHumanInputRequiredData",
    "EventIterationCompleted",
    "EventIterationCompletedData",
    "EventIterationNext",
    "EventIterationNextData",
    "EventIterationStarted",
    "EventIterationStartedData",
    "EventLoopCompleted",
    "EventLoopCompletedData",
    "EventLoopNext",
    "EventLoopNextData",
    "EventLoopStarted",
    "EventLoopStartedData",
    "EventNodeFinished",
    "EventNodeFinishedData",
    "EventNodeRetry",
    "EventNodeRetryData",
    "EventNodeStarted",
    "EventNodeStartedData",
    "EventPing",
    "EventReasoningChunk",
    "EventReasoningChunkData",
    "EventTextChunk",
    "EventTextChunkData",
    "EventTtsMessage",
    "EventTtsMessageEnd",
    "EventWorkflowFinished",
    "EventWorkflowFinishedData",
    "EventWorkflowPaused",
    "EventWorkflowPausedData",
    "EventWorkflowStarted",
    "EventWorkflowStartedData",
    "GetEndUsersEndUserIdResponse200",
    "GetFormHumanInputFormTokenResponse200",
    "GetFormHumanInputFormTokenResponse200InputsItem",
    "GetFormHumanInputFormTokenResponse200UserActionsItem",
    "GetInfoResponse200",
    "GetMetaResponse200",
    "GetParametersResponse200",
    "GetSiteResponse200",
    "GetWorkflowsLogsResponse200",
    "GetWorkflowsLogsResponse200DataItem",
    "GetWorkflowsRunWorkflowRunIdResponse200",
    "PostAudioToTextBody",
    "PostAudioToTextResponse200",
    "PostFilesUploadBody",
    "PostFilesUploadResponse201",
    "PostFormHumanInputFormTokenBody",
    "PostFormHumanInputFormTokenResponse200",
    "PostTextToAudioBody",
    "PostWorkflowsRunBody",
    "PostWorkflowsRunResponse200",
    "PostWorkflowsTasksTaskIdStopBody",
    "PostWorkflowsTasksTaskIdStopResponse200",
    "PostWorkflowsWorkflowIdRunBody",
    "PostWorkflowsWorkflowIdRunResponse200",
]
