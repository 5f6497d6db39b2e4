# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 beda6e7451031516...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Stable names of the generated models: `<Method><Path>Body`, `<Method><Path>Response<status>`
and `Event<Name>` for each stream event, whatever the spec names the schemas."""

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
from .models.stream_event_text_chunk import StreamEventTextChunk as EventTextChunk
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
from .models.workflow_logs_response import (
    WorkflowLogsResponse as GetWorkflowsLogsResponse200,
)
from .models.workflow_run_detail_response import (
    WorkflowRunDetailResponse as GetWorkflowsRunWorkflowRunIdResponse200,
)
from .models.workflow_stream_event_agent_log import (
    WorkflowStreamEventAgentLog as EventAgentLog,
)
from .models.workflow_stream_event_human_input_form_filled import (
    WorkflowStreamEventHumanInputFormFilled as EventHumanInputFormFilled,
)
from .models.workflow_stream_event_human_input_form_timeout import (
    WorkflowStreamEventHumanInputFormTimeout as EventHumanInputFormTimeout,
)
from .models.workflow_stream_event_human_input_required import (
    WorkflowStreamEventHumanInputRequired as EventHumanInputRequired,
)
from .models.workflow_stream_event_iteration_completed import (
    WorkflowStreamEventIterationCompleted as EventIterationCompleted,
)
from .models.workflow_stream_event_iteration_next import (
    WorkflowStreamEventIterationNext as EventIterationNext,
)
from .models.workflow_stream_event_iteration_started import (
    WorkflowStreamEventIterationStarted as EventIterationStarted,
)
from .models.workflow_stream_event_loop_completed import (
    WorkflowStreamEventLoopCompleted as EventLoopCompleted,
)
from .models.workflow_stream_event_loop_next import (
    WorkflowStreamEventLoopNext as EventLoopNext,
)
from .models.workflow_stream_event_loop_started import (
    WorkflowStreamEventLoopStarted as EventLoopStarted,
)
from .models.workflow_stream_event_node_finished import (
    WorkflowStreamEventNodeFinished as EventNodeFinished,
)
from .models.workflow_stream_event_node_retry import (
    WorkflowStreamEventNodeRetry as EventNodeRetry,
)
from .models.workflow_stream_event_node_started import (
    WorkflowStreamEventNodeStarted as EventNodeStarted,
)
from .models.workflow_stream_event_workflow_finished import (
    WorkflowStreamEventWorkflowFinished as EventWorkflowFinished,
)
from .models.workflow_stream_event_workflow_paused import (
    WorkflowStreamEventWorkflowPaused as EventWorkflowPaused,
)
from .models.workflow_stream_event_workflow_started import (
    WorkflowStreamEventWorkflowStarted as EventWorkflowStarted,
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
    "EventError",
    "EventHumanInputFormFilled",
    "EventHumanInputFormTimeout",
    "EventHumanInputRequired",
    "EventIterationCompleted",
    "EventIterationNext",
    "EventIterationStarted",
    "EventLoopCompleted",
    "EventLoopNext",
    "EventLoopStarted",
    "EventNodeFinished",
    "EventNodeRetry",
    "EventNodeStarted",
    "EventPing",
    "EventReasoningChunk",
    "EventTextChunk",
    "EventTtsMessage",
    "EventTtsMessageEnd",
    "EventWorkflowFinished",
    "EventWorkflowPaused",
    "EventWorkflowStarted",
    "GetEndUsersEndUserIdResponse200",
    "GetFormHumanInputFormTokenResponse200",
    "GetInfoResponse200",
    "GetMetaResponse200",
    "GetParametersResponse200",
    "GetSiteResponse200",
    "GetWorkflowsLogsResponse200",
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
