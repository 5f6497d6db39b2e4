# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Stable names of the generated models: `<Method><Path>Body`, `<Method><Path>Response<status>`
`Event<Name>` for each workflow stream event (`ChatEvent<Name>` for the chat stream's) and
`...Data` for its `data`, whatever the spec names the schemas."""

from typing import Any, Final

from .models.annotation_item import (
    AnnotationItem as GetAppsAnnotationsResponse200DataItem,
)
from .models.annotation_item import AnnotationItem as PostAppsAnnotationsResponse201
from .models.annotation_item import (
    AnnotationItem as PutAppsAnnotationsAnnotationIdResponse200,
)
from .models.annotation_list_response import (
    AnnotationListResponse as GetAppsAnnotationsResponse200,
)
from .models.app_feedbacks_response import (
    AppFeedbacksResponse as GetAppFeedbacksResponse200,
)
from .models.app_info_response import AppInfoResponse as GetInfoResponse200
from .models.app_meta_response import AppMetaResponse as GetMetaResponse200
from .models.app_parameters_response import (
    AppParametersResponse as GetParametersResponse200,
)
from .models.audio_to_text_request import AudioToTextRequest as PostAudioToTextBody
from .models.audio_to_text_response import (
    AudioToTextResponse as PostAudioToTextResponse200,
)
from .models.chat_completion_response import (
    ChatCompletionResponse as PostChatMessagesResponse200,
)
from .models.chat_request import ChatRequest as PostChatMessagesBody
from .models.conversation_history_response import (
    ConversationHistoryResponse as GetMessagesResponse200,
)
from .models.conversation_list_item import (
    ConversationListItem as GetConversationsResponse200DataItem,
)
from .models.conversation_list_item import (
    ConversationListItem as PostConversationsConversationIdNameResponse200,
)
from .models.conversation_message_item import (
    ConversationMessageItem as GetMessagesResponse200DataItem,
)
from .models.conversation_rename_request import (
    ConversationRenameRequest as PostConversationsConversationIdNameBody,
)
from .models.conversation_variable_item import (
    ConversationVariableItem as GetConversationsConversationIdVariablesResponse200DataItem,
)
from .models.conversation_variable_item import (
    ConversationVariableItem as PutConversationsConversationIdVariablesVariableIdResponse200,
)
from .models.conversation_variable_update_request import (
    ConversationVariableUpdateRequest as PutConversationsConversationIdVariablesVariableIdBody,
)
from .models.conversation_variables_response import (
    ConversationVariablesResponse as GetConversationsConversationIdVariablesResponse200,
)
from .models.conversations_list_response import (
    ConversationsListResponse as GetConversationsResponse200,
)
from .models.create_annotation_request import (
    CreateAnnotationRequest as PostAppsAnnotationsBody,
)
from .models.delete_conversations_conversation_id_body import (
    DeleteConversationsConversationIdBody as DeleteConversationsConversationIdBody,
)
from .models.end_user_detail import EndUserDetail as GetEndUsersEndUserIdResponse200
from .models.feedback_item import FeedbackItem as GetAppFeedbacksResponse200DataItem
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
from .models.initial_annotation_reply_settings_request import (
    InitialAnnotationReplySettingsRequest as PostAppsAnnotationReplyActionBody,
)
from .models.initial_annotation_reply_settings_response import (
    InitialAnnotationReplySettingsResponse as PostAppsAnnotationReplyActionResponse200,
)
from .models.initial_annotation_reply_settings_status_response import (
    InitialAnnotationReplySettingsStatusResponse as GetAppsAnnotationReplyActionStatusJobIdResponse200,
)
from .models.message_feedback_request import (
    MessageFeedbackRequest as PostMessagesMessageIdFeedbacksBody,
)
from .models.post_chat_messages_task_id_stop_body import (
    PostChatMessagesTaskIdStopBody as PostChatMessagesTaskIdStopBody,
)
from .models.post_chat_messages_task_id_stop_response_200 import (
    PostChatMessagesTaskIdStopResponse200 as PostChatMessagesTaskIdStopResponse200,
)
from .models.post_files_upload_body import PostFilesUploadBody as PostFilesUploadBody
from .models.post_form_human_input_form_token_body import (
    PostFormHumanInputFormTokenBody as PostFormHumanInputFormTokenBody,
)
from .models.post_form_human_input_form_token_response_200 import (
    PostFormHumanInputFormTokenResponse200 as PostFormHumanInputFormTokenResponse200,
)
from .models.post_messages_message_id_feedbacks_response_200 import (
    PostMessagesMessageIdFeedbacksResponse200 as PostMessagesMessageIdFeedbacksResponse200,
)
from .models.post_workflows_tasks_task_id_stop_body import (
    PostWorkflowsTasksTaskIdStopBody as PostWorkflowsTasksTaskIdStopBody,
)
from .models.post_workflows_tasks_task_id_stop_response_200 import (
    PostWorkflowsTasksTaskIdStopResponse200 as PostWorkflowsTasksTaskIdStopResponse200,
)
from .models.stream_event_agent_log import StreamEventAgentLog as ChatEventAgentLog
from .models.stream_event_agent_log_data import (
    StreamEventAgentLogData as ChatEventAgentLogData,
)
from .models.stream_event_chat_agent_message import (
    StreamEventChatAgentMessage as ChatEventAgentMessage,
)
from .models.stream_event_chat_agent_thought import (
    StreamEventChatAgentThought as ChatEventAgentThought,
)
from .models.stream_event_chat_error import StreamEventChatError as ChatEventError
from .models.stream_event_chat_message import StreamEventChatMessage as ChatEventMessage
from .models.stream_event_chat_message_end import (
    StreamEventChatMessageEnd as ChatEventMessageEnd,
)
from .models.stream_event_chat_message_file import (
    StreamEventChatMessageFile as ChatEventMessageFile,
)
from .models.stream_event_chat_message_replace import (
    StreamEventChatMessageReplace as ChatEventMessageReplace,
)
from .models.stream_event_chat_ping import StreamEventChatPing as ChatEventPing
from .models.stream_event_chat_reasoning_chunk import (
    StreamEventChatReasoningChunk as ChatEventReasoningChunk,
)
from .models.stream_event_chat_reasoning_chunk_data import (
    StreamEventChatReasoningChunkData as ChatEventReasoningChunkData,
)
from .models.stream_event_chat_text_chunk import (
    StreamEventChatTextChunk as ChatEventTextChunk,
)
from .models.stream_event_chat_text_chunk_data import (
    StreamEventChatTextChunkData as ChatEventTextChunkData,
)
from .models.stream_event_chat_tts_message import (
    StreamEventChatTtsMessage as ChatEventTtsMessage,
)
from .models.stream_event_chat_tts_message_end import (
    StreamEventChatTtsMessageEnd as ChatEventTtsMessageEnd,
)
from .models.stream_event_error import StreamEventError as EventError
from .models.stream_event_human_input_form_filled import (
    StreamEventHumanInputFormFilled as ChatEventHumanInputFormFilled,
)
from .models.stream_event_human_input_form_filled_data import (
    StreamEventHumanInputFormFilledData as ChatEventHumanInputFormFilledData,
)
from .models.stream_event_human_input_form_timeout import (
    StreamEventHumanInputFormTimeout as ChatEventHumanInputFormTimeout,
)
from .models.stream_event_human_input_form_timeout_data import (
    StreamEventHumanInputFormTimeoutData as ChatEventHumanInputFormTimeoutData,
)
from .models.stream_event_human_input_required import (
    StreamEventHumanInputRequired as ChatEventHumanInputRequired,
)
from .models.stream_event_human_input_required_data import (
    StreamEventHumanInputRequiredData as ChatEventHumanInputRequiredData,
)
from .models.stream_event_iteration_completed import (
    StreamEventIterationCompleted as ChatEventIterationCompleted,
)
from .models.stream_event_iteration_completed_data import (
    StreamEventIterationCompletedData as ChatEventIterationCompletedData,
)
from .models.stream_event_iteration_next import (
    StreamEventIterationNext as ChatEventIterationNext,
)
from .models.stream_event_iteration_next_data import (
    StreamEventIterationNextData as ChatEventIterationNextData,
)
from .models.stream_event_iteration_started import (
    StreamEventIterationStarted as ChatEventIterationStarted,
)
from .models.stream_event_iteration_started_data import (
    StreamEventIterationStartedData as ChatEventIterationStartedData,
)
from .models.stream_event_loop_completed import (
    StreamEventLoopCompleted as ChatEventLoopCompleted,
)
from .models.stream_event_loop_completed_data import (
    StreamEventLoopCompletedData as ChatEventLoopCompletedData,
)
from .models.stream_event_loop_next import StreamEventLoopNext as ChatEventLoopNext
from .models.stream_event_loop_next_data import (
    StreamEventLoopNextData as ChatEventLoopNextData,
)
from .models.stream_event_loop_started import (
    StreamEventLoopStarted as ChatEventLoopStarted,
)
from .models.stream_event_loop_started_data import (
    StreamEventLoopStartedData as ChatEventLoopStartedData,
)
from .models.stream_event_node_finished import (
    StreamEventNodeFinished as ChatEventNodeFinished,
)
from .models.stream_event_node_finished_data import (
    StreamEventNodeFinishedData as ChatEventNodeFinishedData,
)
from .models.stream_event_node_retry import StreamEventNodeRetry as ChatEventNodeRetry
from .models.stream_event_node_retry_data import (
    StreamEventNodeRetryData as ChatEventNodeRetryData,
)
from .models.stream_event_node_started import (
    StreamEventNodeStarted as ChatEventNodeStarted,
)
from .models.stream_event_node_started_data import (
    StreamEventNodeStartedData as ChatEventNodeStartedData,
)
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
from .models.stream_event_workflow_finished import (
    StreamEventWorkflowFinished as ChatEventWorkflowFinished,
)
from .models.stream_event_workflow_finished_data import (
    StreamEventWorkflowFinishedData as ChatEventWorkflowFinishedData,
)
from .models.stream_event_workflow_paused import (
    StreamEventWorkflowPaused as ChatEventWorkflowPaused,
)
from .models.stream_event_workflow_paused_data import (
    StreamEventWorkflowPausedData as ChatEventWorkflowPausedData,
)
from .models.stream_event_workflow_started import (
    StreamEventWorkflowStarted as ChatEventWorkflowStarted,
)
from .models.stream_event_workflow_started_data import (
    StreamEventWorkflowStartedData as ChatEventWorkflowStartedData,
)
from .models.suggested_questions_response import (
    SuggestedQuestionsResponse as GetMessagesMessageIdSuggestedResponse200,
)
from .models.text_to_audio_request import TextToAudioRequest as PostTextToAudioBody
from .models.update_annotation_request import (
    UpdateAnnotationRequest as PutAppsAnnotationsAnnotationIdBody,
)
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

CHAT_EVENT_MODELS: Final[dict[str, Any]] = {
    "agent_log": ChatEventAgentLog,
    "agent_message": ChatEventAgentMessage,
    "agent_thought": ChatEventAgentThought,
    "error": ChatEventError,
    "human_input_form_filled": ChatEventHumanInputFormFilled,
    "human_input_form_timeout": ChatEventHumanInputFormTimeout,
    "human_input_required": ChatEventHumanInputRequired,
    "iteration_completed": ChatEventIterationCompleted,
    "iteration_next": ChatEventIterationNext,
    "iteration_started": ChatEventIterationStarted,
    "loop_completed": ChatEventLoopCompleted,
    "loop_next": ChatEventLoopNext,
    "loop_started": ChatEventLoopStarted,
    "message": ChatEventMessage,
    "message_end": ChatEventMessageEnd,
    "message_file": ChatEventMessageFile,
    "message_replace": ChatEventMessageReplace,
    "node_finished": ChatEventNodeFinished,
    "node_retry": ChatEventNodeRetry,
    "node_started": ChatEventNodeStarted,
    "ping": ChatEventPing,
    "reasoning_chunk": ChatEventReasoningChunk,
    "text_chunk": ChatEventTextChunk,
    "tts_message": ChatEventTtsMessage,
    "tts_message_end": ChatEventTtsMessageEnd,
    "workflow_finished": ChatEventWorkflowFinished,
    "workflow_paused": ChatEventWorkflowPaused,
    "workflow_started": ChatEventWorkflowStarted,
}

__all__ = [
    "CHAT_EVENT_MODELS",
    "EVENT_MODELS",
    "ChatEventAgentLog",
    "ChatEventAgentLogData",
    "ChatEventAgentMessage",
    "ChatEventAgentThought",
    "ChatEventError",
    "ChatEventHumanInputFormFilled",
    "ChatEventHumanInputFormFilledData",
    "ChatEventHumanInputFormTimeout",
    "ChatEventHumanInputFormTimeoutData",
    "ChatEventHumanInputRequired",
    "ChatEventHumanInputRequiredData",
    "ChatEventIterationCompleted",
    "ChatEventIterationCompletedData",
    "ChatEventIterationNext",
    "ChatEventIterationNextData",
    "ChatEventIterationStarted",
    "ChatEventIterationStartedData",
    "ChatEventLoopCompleted",
    "ChatEventLoopCompletedData",
    "ChatEventLoopNext",
    "ChatEventLoopNextData",
    "ChatEventLoopStarted",
    "ChatEventLoopStartedData",
    "ChatEventMessage",
    "ChatEventMessageEnd",
    "ChatEventMessageFile",
    "ChatEventMessageReplace",
    "ChatEventNodeFinished",
    "ChatEventNodeFinishedData",
    "ChatEventNodeRetry",
    "ChatEventNodeRetryData",
    "ChatEventNodeStarted",
    "ChatEventNodeStartedData",
    "ChatEventPing",
    "ChatEventReasoningChunk",
    "ChatEventReasoningChunkData",
    "ChatEventTextChunk",
    "ChatEventTextChunkData",
    "ChatEventTtsMessage",
    "ChatEventTtsMessageEnd",
    "ChatEventWorkflowFinished",
    "ChatEventWorkflowFinishedData",
    "ChatEventWorkflowPaused",
    "ChatEventWorkflowPausedData",
    "ChatEventWorkflowStarted",
    "ChatEventWorkflowStartedData",
    "DeleteConversationsConversationIdBody",
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
    "GetAppFeedbacksResponse200",
    "GetAppFeedbacksResponse200DataItem",
    "GetAppsAnnotationReplyActionStatusJobIdResponse200",
    "GetAppsAnnotationsResponse200",
    "GetAppsAnnotationsResponse200DataItem",
    "GetConversationsConversationIdVariablesResponse200",
    "GetConversationsConversationIdVariablesResponse200DataItem",
    "GetConversationsResponse200",
    "GetConversationsResponse200DataItem",
    "GetEndUsersEndUserIdResponse200",
    "GetFormHumanInputFormTokenResponse200",
    "GetFormHumanInputFormTokenResponse200InputsItem",
    "GetFormHumanInputFormTokenResponse200UserActionsItem",
    "GetInfoResponse200",
    "GetMessagesMessageIdSuggestedResponse200",
    "GetMessagesResponse200",
    "GetMessagesResponse200DataItem",
    "GetMetaResponse200",
    "GetParametersResponse200",
    "GetSiteResponse200",
    "GetWorkflowsLogsResponse200",
    "GetWorkflowsLogsResponse200DataItem",
    "GetWorkflowsRunWorkflowRunIdResponse200",
    "PostAppsAnnotationReplyActionBody",
    "PostAppsAnnotationReplyActionResponse200",
    "PostAppsAnnotationsBody",
    "PostAppsAnnotationsResponse201",
    "PostAudioToTextBody",
    "PostAudioToTextResponse200",
    "PostChatMessagesBody",
    "PostChatMessagesResponse200",
    "PostChatMessagesTaskIdStopBody",
    "PostChatMessagesTaskIdStopResponse200",
    "PostConversationsConversationIdNameBody",
    "PostConversationsConversationIdNameResponse200",
    "PostFilesUploadBody",
    "PostFilesUploadResponse201",
    "PostFormHumanInputFormTokenBody",
    "PostFormHumanInputFormTokenResponse200",
    "PostMessagesMessageIdFeedbacksBody",
    "PostMessagesMessageIdFeedbacksResponse200",
    "PostTextToAudioBody",
    "PostWorkflowsRunBody",
    "PostWorkflowsRunResponse200",
    "PostWorkflowsTasksTaskIdStopBody",
    "PostWorkflowsTasksTaskIdStopResponse200",
    "PostWorkflowsWorkflowIdRunBody",
    "PostWorkflowsWorkflowIdRunResponse200",
    "PutAppsAnnotationsAnnotationIdBody",
    "PutAppsAnnotationsAnnotationIdResponse200",
    "PutConversationsConversationIdVariablesVariableIdBody",
    "PutConversationsConversationIdVariablesVariableIdResponse200",
]
