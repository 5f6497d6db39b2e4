# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (PEP 562): importing the
package (and the facade) does not import every model of the spec.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_thought_item import AgentThoughtItem
    from .agent_thought_item_tool_labels_type_0 import AgentThoughtItemToolLabelsType0
    from .annotation_item import AnnotationItem
    from .annotation_list_response import AnnotationListResponse
    from .app_feedbacks_response import AppFeedbacksResponse
    from .app_info_response import AppInfoResponse
    from .app_meta_response import AppMetaResponse
    from .app_meta_response_tool_icons import AppMetaResponseToolIcons
    from .app_parameters_response import AppParametersResponse
    from .app_parameters_response_annotation_reply import (
        AppParametersResponseAnnotationReply,
    )
    from .app_parameters_response_file_upload import AppParametersResponseFileUpload
    from .app_parameters_response_file_upload_image import (
        AppParametersResponseFileUploadImage,
    )
    from .app_parameters_response_more_like_this import (
        AppParametersResponseMoreLikeThis,
    )
    from .app_parameters_response_other_control import AppParametersResponseOtherControl
    from .app_parameters_response_paragraph import AppParametersResponseParagraph
    from .app_parameters_response_paragraph_paragraph import (
        AppParametersResponseParagraphParagraph,
    )
    from .app_parameters_response_retriever_resource import (
        AppParametersResponseRetrieverResource,
    )
    from .app_parameters_response_select import AppParametersResponseSelect
    from .app_parameters_response_select_select import AppParametersResponseSelectSelect
    from .app_parameters_response_sensitive_word_avoidance import (
        AppParametersResponseSensitiveWordAvoidance,
    )
    from .app_parameters_response_speech_to_text import (
        AppParametersResponseSpeechToText,
    )
    from .app_parameters_response_suggested_questions_after_answer import (
        AppParametersResponseSuggestedQuestionsAfterAnswer,
    )
    from .app_parameters_response_system_parameters import (
        AppParametersResponseSystemParameters,
    )
    from .app_parameters_response_text_input import AppParametersResponseTextInput
    from .app_parameters_response_text_input_text_input import (
        AppParametersResponseTextInputTextInput,
    )
    from .app_parameters_response_text_to_speech import (
        AppParametersResponseTextToSpeech,
    )
    from .audio_to_text_request import AudioToTextRequest
    from .audio_to_text_response import AudioToTextResponse
    from .chat_completion_response import ChatCompletionResponse
    from .chat_completion_response_metadata import ChatCompletionResponseMetadata
    from .chat_request import ChatRequest
    from .chat_request_files_item import ChatRequestFilesItem
    from .chat_request_files_item_transfer_method import (
        ChatRequestFilesItemTransferMethod,
    )
    from .chat_request_files_item_type import ChatRequestFilesItemType
    from .chat_request_inputs import ChatRequestInputs
    from .chat_request_response_mode import ChatRequestResponseMode
    from .chunk_chat_event import ChunkChatEvent
    from .chunk_chat_event_event import ChunkChatEventEvent
    from .chunk_workflow_event import ChunkWorkflowEvent
    from .chunk_workflow_event_event import ChunkWorkflowEventEvent
    from .conversation_history_response import ConversationHistoryResponse
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_inputs import ConversationListItemInputs
    from .conversation_message_item import ConversationMessageItem
    from .conversation_message_item_feedback_type_0 import (
        ConversationMessageItemFeedbackType0,
    )
    from .conversation_message_item_inputs import ConversationMessageItemInputs
    from .conversation_rename_request import ConversationRenameRequest
    from .conversation_variable_item import ConversationVariableItem
    from .conversation_variable_update_request import ConversationVariableUpdateRequest
    from .conversation_variables_response import ConversationVariablesResponse
    from .conversations_list_response import ConversationsListResponse
    from .create_annotation_request import CreateAnnotationRequest
    from .delete_conversations_conversation_id_body import (
        DeleteConversationsConversationIdBody,
    )
    from .emoji_icon import EmojiIcon
    from .end_user_detail import EndUserDetail
    from .end_user_summary import EndUserSummary
    from .feedback_item import FeedbackItem
    from .file_upload_response import FileUploadResponse
    from .form_input import FormInput
    from .form_input_default import FormInputDefault
    from .get_apps_annotation_reply_action_status_job_id_action import (
        GetAppsAnnotationReplyActionStatusJobIdAction,
    )
    from .get_conversations_sort_by import GetConversationsSortBy
    from .get_form_human_input_form_token_response_200 import (
        GetFormHumanInputFormTokenResponse200,
    )
    from .get_form_human_input_form_token_response_200_inputs_item import (
        GetFormHumanInputFormTokenResponse200InputsItem,
    )
    from .get_form_human_input_form_token_response_200_inputs_item_allowed_file_types_item import (
        GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem,
    )
    from .get_form_human_input_form_token_response_200_inputs_item_allowed_file_upload_methods_item import (
        GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem,
    )
    from .get_form_human_input_form_token_response_200_inputs_item_default_type_0 import (
        GetFormHumanInputFormTokenResponse200InputsItemDefaultType0,
    )
    from .get_form_human_input_form_token_response_200_inputs_item_option_source import (
        GetFormHumanInputFormTokenResponse200InputsItemOptionSource,
    )
    from .get_form_human_input_form_token_response_200_inputs_item_option_source_type import (
        GetFormHumanInputFormTokenResponse200InputsItemOptionSourceType,
    )
    from .get_form_human_input_form_token_response_200_resolved_default_values import (
        GetFormHumanInputFormTokenResponse200ResolvedDefaultValues,
    )
    from .get_form_human_input_form_token_response_200_user_actions_item import (
        GetFormHumanInputFormTokenResponse200UserActionsItem,
    )
    from .get_workflows_logs_status import GetWorkflowsLogsStatus
    from .human_input_content import HumanInputContent
    from .human_input_form_definition import HumanInputFormDefinition
    from .human_input_form_definition_resolved_default_values import (
        HumanInputFormDefinitionResolvedDefaultValues,
    )
    from .human_input_form_submission_data import HumanInputFormSubmissionData
    from .initial_annotation_reply_settings_request import (
        InitialAnnotationReplySettingsRequest,
    )
    from .initial_annotation_reply_settings_response import (
        InitialAnnotationReplySettingsResponse,
    )
    from .initial_annotation_reply_settings_status_response import (
        InitialAnnotationReplySettingsStatusResponse,
    )
    from .input_file_object_type_0 import InputFileObjectType0
    from .input_file_object_type_0_transfer_method import (
        InputFileObjectType0TransferMethod,
    )
    from .input_file_object_type_1 import InputFileObjectType1
    from .input_file_object_type_1_transfer_method import (
        InputFileObjectType1TransferMethod,
    )
    from .message_feedback_request import MessageFeedbackRequest
    from .message_feedback_request_rating_type_1 import (
        MessageFeedbackRequestRatingType1,
    )
    from .message_feedback_request_rating_type_2_type_1 import (
        MessageFeedbackRequestRatingType2Type1,
    )
    from .message_feedback_request_rating_type_3_type_1 import (
        MessageFeedbackRequestRatingType3Type1,
    )
    from .message_file_item import MessageFileItem
    from .post_apps_annotation_reply_action_action import (
        PostAppsAnnotationReplyActionAction,
    )
    from .post_chat_messages_task_id_stop_body import PostChatMessagesTaskIdStopBody
    from .post_chat_messages_task_id_stop_response_200 import (
        PostChatMessagesTaskIdStopResponse200,
    )
    from .post_chat_messages_task_id_stop_response_200_result import (
        PostChatMessagesTaskIdStopResponse200Result,
    )
    from .post_files_upload_body import PostFilesUploadBody
    from .post_form_human_input_form_token_body import PostFormHumanInputFormTokenBody
    from .post_form_human_input_form_token_body_inputs import (
        PostFormHumanInputFormTokenBodyInputs,
    )
    from .post_form_human_input_form_token_response_200 import (
        PostFormHumanInputFormTokenResponse200,
    )
    from .post_messages_message_id_feedbacks_response_200 import (
        PostMessagesMessageIdFeedbacksResponse200,
    )
    from .post_messages_message_id_feedbacks_response_200_result import (
        PostMessagesMessageIdFeedbacksResponse200Result,
    )
    from .post_workflows_tasks_task_id_stop_body import PostWorkflowsTasksTaskIdStopBody
    from .post_workflows_tasks_task_id_stop_response_200 import (
        PostWorkflowsTasksTaskIdStopResponse200,
    )
    from .post_workflows_tasks_task_id_stop_response_200_result import (
        PostWorkflowsTasksTaskIdStopResponse200Result,
    )
    from .retriever_resource import RetrieverResource
    from .stream_event_agent_log import StreamEventAgentLog
    from .stream_event_agent_log_data import StreamEventAgentLogData
    from .stream_event_agent_log_data_data import StreamEventAgentLogDataData
    from .stream_event_agent_log_data_metadata import StreamEventAgentLogDataMetadata
    from .stream_event_base import StreamEventBase
    from .stream_event_chat_agent_message import StreamEventChatAgentMessage
    from .stream_event_chat_agent_thought import StreamEventChatAgentThought
    from .stream_event_chat_error import StreamEventChatError
    from .stream_event_chat_message import StreamEventChatMessage
    from .stream_event_chat_message_end import StreamEventChatMessageEnd
    from .stream_event_chat_message_end_metadata import (
        StreamEventChatMessageEndMetadata,
    )
    from .stream_event_chat_message_file import StreamEventChatMessageFile
    from .stream_event_chat_message_replace import StreamEventChatMessageReplace
    from .stream_event_chat_ping import StreamEventChatPing
    from .stream_event_chat_reasoning_chunk import StreamEventChatReasoningChunk
    from .stream_event_chat_reasoning_chunk_data import (
        StreamEventChatReasoningChunkData,
    )
    from .stream_event_chat_text_chunk import StreamEventChatTextChunk
    from .stream_event_chat_text_chunk_data import StreamEventChatTextChunkData
    from .stream_event_chat_tts_message import StreamEventChatTtsMessage
    from .stream_event_chat_tts_message_end import StreamEventChatTtsMessageEnd
    from .stream_event_error import StreamEventError
    from .stream_event_human_input_form_filled import StreamEventHumanInputFormFilled
    from .stream_event_human_input_form_filled_data import (
        StreamEventHumanInputFormFilledData,
    )
    from .stream_event_human_input_form_filled_data_submitted_data_type_0 import (
        StreamEventHumanInputFormFilledDataSubmittedDataType0,
    )
    from .stream_event_human_input_form_timeout import StreamEventHumanInputFormTimeout
    from .stream_event_human_input_form_timeout_data import (
        StreamEventHumanInputFormTimeoutData,
    )
    from .stream_event_human_input_required import StreamEventHumanInputRequired
    from .stream_event_human_input_required_data import (
        StreamEventHumanInputRequiredData,
    )
    from .stream_event_human_input_required_data_actions_item import (
        StreamEventHumanInputRequiredDataActionsItem,
    )
    from .stream_event_human_input_required_data_inputs_item import (
        StreamEventHumanInputRequiredDataInputsItem,
    )
    from .stream_event_human_input_required_data_inputs_item_default_type_0 import (
        StreamEventHumanInputRequiredDataInputsItemDefaultType0,
    )
    from .stream_event_human_input_required_data_resolved_default_values import (
        StreamEventHumanInputRequiredDataResolvedDefaultValues,
    )
    from .stream_event_iteration_completed import StreamEventIterationCompleted
    from .stream_event_iteration_completed_data import StreamEventIterationCompletedData
    from .stream_event_iteration_completed_data_outputs_type_0 import (
        StreamEventIterationCompletedDataOutputsType0,
    )
    from .stream_event_iteration_next import StreamEventIterationNext
    from .stream_event_iteration_next_data import StreamEventIterationNextData
    from .stream_event_iteration_next_data_extras import (
        StreamEventIterationNextDataExtras,
    )
    from .stream_event_iteration_started import StreamEventIterationStarted
    from .stream_event_iteration_started_data import StreamEventIterationStartedData
    from .stream_event_iteration_started_data_extras import (
        StreamEventIterationStartedDataExtras,
    )
    from .stream_event_iteration_started_data_inputs import (
        StreamEventIterationStartedDataInputs,
    )
    from .stream_event_iteration_started_data_metadata import (
        StreamEventIterationStartedDataMetadata,
    )
    from .stream_event_loop_completed import StreamEventLoopCompleted
    from .stream_event_loop_completed_data import StreamEventLoopCompletedData
    from .stream_event_loop_completed_data_outputs_type_0 import (
        StreamEventLoopCompletedDataOutputsType0,
    )
    from .stream_event_loop_next import StreamEventLoopNext
    from .stream_event_loop_next_data import StreamEventLoopNextData
    from .stream_event_loop_next_data_extras import StreamEventLoopNextDataExtras
    from .stream_event_loop_started import StreamEventLoopStarted
    from .stream_event_loop_started_data import StreamEventLoopStartedData
    from .stream_event_loop_started_data_extras import StreamEventLoopStartedDataExtras
    from .stream_event_loop_started_data_inputs import StreamEventLoopStartedDataInputs
    from .stream_event_loop_started_data_metadata import (
        StreamEventLoopStartedDataMetadata,
    )
    from .stream_event_node_finished import StreamEventNodeFinished
    from .stream_event_node_finished_data import StreamEventNodeFinishedData
    from .stream_event_node_finished_data_execution_metadata_type_0 import (
        StreamEventNodeFinishedDataExecutionMetadataType0,
    )
    from .stream_event_node_finished_data_files_type_0_item import (
        StreamEventNodeFinishedDataFilesType0Item,
    )
    from .stream_event_node_finished_data_inputs_type_0 import (
        StreamEventNodeFinishedDataInputsType0,
    )
    from .stream_event_node_finished_data_outputs_type_0 import (
        StreamEventNodeFinishedDataOutputsType0,
    )
    from .stream_event_node_finished_data_process_data_type_0 import (
        StreamEventNodeFinishedDataProcessDataType0,
    )
    from .stream_event_node_retry import StreamEventNodeRetry
    from .stream_event_node_retry_data import StreamEventNodeRetryData
    from .stream_event_node_retry_data_execution_metadata_type_0 import (
        StreamEventNodeRetryDataExecutionMetadataType0,
    )
    from .stream_event_node_retry_data_files_type_0_item import (
        StreamEventNodeRetryDataFilesType0Item,
    )
    from .stream_event_node_retry_data_inputs_type_0 import (
        StreamEventNodeRetryDataInputsType0,
    )
    from .stream_event_node_retry_data_outputs_type_0 import (
        StreamEventNodeRetryDataOutputsType0,
    )
    from .stream_event_node_retry_data_process_data_type_0 import (
        StreamEventNodeRetryDataProcessDataType0,
    )
    from .stream_event_node_started import StreamEventNodeStarted
    from .stream_event_node_started_data import StreamEventNodeStartedData
    from .stream_event_node_started_data_extras import StreamEventNodeStartedDataExtras
    from .stream_event_node_started_data_inputs_type_0 import (
        StreamEventNodeStartedDataInputsType0,
    )
    from .stream_event_ping import StreamEventPing
    from .stream_event_reasoning_chunk import StreamEventReasoningChunk
    from .stream_event_reasoning_chunk_data import StreamEventReasoningChunkData
    from .stream_event_text_chunk import StreamEventTextChunk
    from .stream_event_text_chunk_data import StreamEventTextChunkData
    from .stream_event_tts_message import StreamEventTtsMessage
    from .stream_event_tts_message_end import StreamEventTtsMessageEnd
    from .stream_event_workflow_finished import StreamEventWorkflowFinished
    from .stream_event_workflow_finished_data import StreamEventWorkflowFinishedData
    from .stream_event_workflow_finished_data_files_type_0_item import (
        StreamEventWorkflowFinishedDataFilesType0Item,
    )
    from .stream_event_workflow_finished_data_outputs_type_0 import (
        StreamEventWorkflowFinishedDataOutputsType0,
    )
    from .stream_event_workflow_paused import StreamEventWorkflowPaused
    from .stream_event_workflow_paused_data import StreamEventWorkflowPausedData
    from .stream_event_workflow_paused_data_outputs import (
        StreamEventWorkflowPausedDataOutputs,
    )
    from .stream_event_workflow_paused_data_reasons_item import (
        StreamEventWorkflowPausedDataReasonsItem,
    )
    from .stream_event_workflow_started import StreamEventWorkflowStarted
    from .stream_event_workflow_started_data import StreamEventWorkflowStartedData
    from .stream_event_workflow_started_data_inputs import (
        StreamEventWorkflowStartedDataInputs,
    )
    from .suggested_questions_response import SuggestedQuestionsResponse
    from .text_to_audio_request import TextToAudioRequest
    from .update_annotation_request import UpdateAnnotationRequest
    from .usage import Usage
    from .user_action import UserAction
    from .web_app_settings_response import WebAppSettingsResponse
    from .workflow_blocking_response import WorkflowBlockingResponse
    from .workflow_execution_request import WorkflowExecutionRequest
    from .workflow_execution_request_inputs import WorkflowExecutionRequestInputs
    from .workflow_execution_request_inputs_additional_property_type_3 import (
        WorkflowExecutionRequestInputsAdditionalPropertyType3,
    )
    from .workflow_execution_request_response_mode import (
        WorkflowExecutionRequestResponseMode,
    )
    from .workflow_finished_data import WorkflowFinishedData
    from .workflow_finished_data_created_by import WorkflowFinishedDataCreatedBy
    from .workflow_finished_data_files_type_0_item import (
        WorkflowFinishedDataFilesType0Item,
    )
    from .workflow_finished_data_outputs_type_0 import WorkflowFinishedDataOutputsType0
    from .workflow_log_item import WorkflowLogItem
    from .workflow_log_item_created_by_account_type_0 import (
        WorkflowLogItemCreatedByAccountType0,
    )
    from .workflow_log_item_details_type_0 import WorkflowLogItemDetailsType0
    from .workflow_logs_response import WorkflowLogsResponse
    from .workflow_run_detail_response import WorkflowRunDetailResponse
    from .workflow_run_detail_response_outputs import WorkflowRunDetailResponseOutputs
    from .workflow_run_summary import WorkflowRunSummary
    from .workflow_stream_event_agent_log import WorkflowStreamEventAgentLog
    from .workflow_stream_event_agent_log_data import WorkflowStreamEventAgentLogData
    from .workflow_stream_event_agent_log_data_data import (
        WorkflowStreamEventAgentLogDataData,
    )
    from .workflow_stream_event_agent_log_data_metadata import (
        WorkflowStreamEventAgentLogDataMetadata,
    )
    from .workflow_stream_event_base import WorkflowStreamEventBase
    from .workflow_stream_event_human_input_form_filled import (
        WorkflowStreamEventHumanInputFormFilled,
    )
    from .workflow_stream_event_human_input_form_filled_data import (
        WorkflowStreamEventHumanInputFormFilledData,
    )
    from .workflow_stream_event_human_input_form_filled_data_submitted_data_type_0 import (
        WorkflowStreamEventHumanInputFormFilledDataSubmittedDataType0,
    )
    from .workflow_stream_event_human_input_form_timeout import (
        WorkflowStreamEventHumanInputFormTimeout,
    )
    from .workflow_stream_event_human_input_form_timeout_data import (
        WorkflowStreamEventHumanInputFormTimeoutData,
    )
    from .workflow_stream_event_human_input_required import (
        WorkflowStreamEventHumanInputRequired,
    )
    from .workflow_stream_event_human_input_required_data import (
        WorkflowStreamEventHumanInputRequiredData,
    )
    from .workflow_stream_event_human_input_required_data_actions_item import (
        WorkflowStreamEventHumanInputRequiredDataActionsItem,
    )
    from .workflow_stream_event_human_input_required_data_inputs_item import (
        WorkflowStreamEventHumanInputRequiredDataInputsItem,
    )
    from .workflow_stream_event_human_input_required_data_inputs_item_default_type_0 import (
        WorkflowStreamEventHumanInputRequiredDataInputsItemDefaultType0,
    )
    from .workflow_stream_event_human_input_required_data_resolved_default_values import (
        WorkflowStreamEventHumanInputRequiredDataResolvedDefaultValues,
    )
    from .workflow_stream_event_iteration_completed import (
        WorkflowStreamEventIterationCompleted,
    )
    from .workflow_stream_event_iteration_completed_data import (
        WorkflowStreamEventIterationCompletedData,
    )
    from .workflow_stream_event_iteration_completed_data_execution_metadata import (
        WorkflowStreamEventIterationCompletedDataExecutionMetadata,
    )
    from .workflow_stream_event_iteration_completed_data_extras_type_0 import (
        WorkflowStreamEventIterationCompletedDataExtrasType0,
    )
    from .workflow_stream_event_iteration_completed_data_inputs_type_0 import (
        WorkflowStreamEventIterationCompletedDataInputsType0,
    )
    from .workflow_stream_event_iteration_completed_data_outputs_type_0 import (
        WorkflowStreamEventIterationCompletedDataOutputsType0,
    )
    from .workflow_stream_event_iteration_next import WorkflowStreamEventIterationNext
    from .workflow_stream_event_iteration_next_data import (
        WorkflowStreamEventIterationNextData,
    )
    from .workflow_stream_event_iteration_next_data_extras import (
        WorkflowStreamEventIterationNextDataExtras,
    )
    from .workflow_stream_event_iteration_started import (
        WorkflowStreamEventIterationStarted,
    )
    from .workflow_stream_event_iteration_started_data import (
        WorkflowStreamEventIterationStartedData,
    )
    from .workflow_stream_event_iteration_started_data_extras import (
        WorkflowStreamEventIterationStartedDataExtras,
    )
    from .workflow_stream_event_iteration_started_data_inputs import (
        WorkflowStreamEventIterationStartedDataInputs,
    )
    from .workflow_stream_event_iteration_started_data_metadata import (
        WorkflowStreamEventIterationStartedDataMetadata,
    )
    from .workflow_stream_event_loop_completed import WorkflowStreamEventLoopCompleted
    from .workflow_stream_event_loop_completed_data import (
        WorkflowStreamEventLoopCompletedData,
    )
    from .workflow_stream_event_loop_completed_data_execution_metadata import (
        WorkflowStreamEventLoopCompletedDataExecutionMetadata,
    )
    from .workflow_stream_event_loop_completed_data_extras_type_0 import (
        WorkflowStreamEventLoopCompletedDataExtrasType0,
    )
    from .workflow_stream_event_loop_completed_data_inputs_type_0 import (
        WorkflowStreamEventLoopCompletedDataInputsType0,
    )
    from .workflow_stream_event_loop_completed_data_outputs_type_0 import (
        WorkflowStreamEventLoopCompletedDataOutputsType0,
    )
    from .workflow_stream_event_loop_next import WorkflowStreamEventLoopNext
    from .workflow_stream_event_loop_next_data import WorkflowStreamEventLoopNextData
    from .workflow_stream_event_loop_next_data_extras import (
        WorkflowStreamEventLoopNextDataExtras,
    )
    from .workflow_stream_event_loop_started import WorkflowStreamEventLoopStarted
    from .workflow_stream_event_loop_started_data import (
        WorkflowStreamEventLoopStartedData,
    )
    from .workflow_stream_event_loop_started_data_extras import (
        WorkflowStreamEventLoopStartedDataExtras,
    )
    from .workflow_stream_event_loop_started_data_inputs import (
        WorkflowStreamEventLoopStartedDataInputs,
    )
    from .workflow_stream_event_loop_started_data_metadata import (
        WorkflowStreamEventLoopStartedDataMetadata,
    )
    from .workflow_stream_event_node_finished import WorkflowStreamEventNodeFinished
    from .workflow_stream_event_node_finished_data import (
        WorkflowStreamEventNodeFinishedData,
    )
    from .workflow_stream_event_node_finished_data_execution_metadata_type_0 import (
        WorkflowStreamEventNodeFinishedDataExecutionMetadataType0,
    )
    from .workflow_stream_event_node_finished_data_files_type_0_item import (
        WorkflowStreamEventNodeFinishedDataFilesType0Item,
    )
    from .workflow_stream_event_node_finished_data_inputs_type_0 import (
        WorkflowStreamEventNodeFinishedDataInputsType0,
    )
    from .workflow_stream_event_node_finished_data_outputs_type_0 import (
        WorkflowStreamEventNodeFinishedDataOutputsType0,
    )
    from .workflow_stream_event_node_finished_data_process_data_type_0 import (
        WorkflowStreamEventNodeFinishedDataProcessDataType0,
    )
    from .workflow_stream_event_node_retry import WorkflowStreamEventNodeRetry
    from .workflow_stream_event_node_retry_data import WorkflowStreamEventNodeRetryData
    from .workflow_stream_event_node_retry_data_execution_metadata_type_0 import (
        WorkflowStreamEventNodeRetryDataExecutionMetadataType0,
    )
    from .workflow_stream_event_node_retry_data_files_item import (
        WorkflowStreamEventNodeRetryDataFilesItem,
    )
    from .workflow_stream_event_node_retry_data_inputs_type_0 import (
        WorkflowStreamEventNodeRetryDataInputsType0,
    )
    from .workflow_stream_event_node_retry_data_outputs_type_0 import (
        WorkflowStreamEventNodeRetryDataOutputsType0,
    )
    from .workflow_stream_event_node_retry_data_process_data_type_0 import (
        WorkflowStreamEventNodeRetryDataProcessDataType0,
    )
    from .workflow_stream_event_node_started import WorkflowStreamEventNodeStarted
    from .workflow_stream_event_node_started_data import (
        WorkflowStreamEventNodeStartedData,
    )
    from .workflow_stream_event_node_started_data_extras import (
        WorkflowStreamEventNodeStartedDataExtras,
    )
    from .workflow_stream_event_node_started_data_inputs_type_0 import (
        WorkflowStreamEventNodeStartedDataInputsType0,
    )
    from .workflow_stream_event_workflow_finished import (
        WorkflowStreamEventWorkflowFinished,
    )
    from .workflow_stream_event_workflow_paused import WorkflowStreamEventWorkflowPaused
    from .workflow_stream_event_workflow_paused_data import (
        WorkflowStreamEventWorkflowPausedData,
    )
    from .workflow_stream_event_workflow_paused_data_outputs import (
        WorkflowStreamEventWorkflowPausedDataOutputs,
    )
    from .workflow_stream_event_workflow_paused_data_reasons_item import (
        WorkflowStreamEventWorkflowPausedDataReasonsItem,
    )
    from .workflow_stream_event_workflow_started import (
        WorkflowStreamEventWorkflowStarted,
    )
    from .workflow_stream_event_workflow_started_data import (
        WorkflowStreamEventWorkflowStartedData,
    )
    from .workflow_stream_event_workflow_started_data_inputs import (
        WorkflowStreamEventWorkflowStartedDataInputs,
    )

_MODULES = {
    "AgentThoughtItem": ".agent_thought_item",
    "AgentThoughtItemToolLabelsType0": ".agent_thought_item_tool_labels_type_0",
    "AnnotationItem": ".annotation_item",
    "AnnotationListResponse": ".annotation_list_response",
    "AppFeedbacksResponse": ".app_feedbacks_response",
    "AppInfoResponse": ".app_info_response",
    "AppMetaResponse": ".app_meta_response",
    "AppMetaResponseToolIcons": ".app_meta_response_tool_icons",
    "AppParametersResponse": ".app_parameters_response",
    "AppParametersResponseAnnotationReply": ".app_parameters_response_annotation_reply",
    "AppParametersResponseFileUpload": ".app_parameters_response_file_upload",
    "AppParametersResponseFileUploadImage": ".app_parameters_response_file_upload_image",
    "AppParametersResponseMoreLikeThis": ".app_parameters_response_more_like_this",
    "AppParametersResponseOtherControl": ".app_parameters_response_other_control",
    "AppParametersResponseParagraph": ".app_parameters_response_paragraph",
    "AppParametersResponseParagraphParagraph": ".app_parameters_response_paragraph_paragraph",
    "AppParametersResponseRetrieverResource": ".app_parameters_response_retriever_resource",
    "AppParametersResponseSelect": ".app_parameters_response_select",
    "AppParametersResponseSelectSelect": ".app_parameters_response_select_select",
    "AppParametersResponseSensitiveWordAvoidance": ".app_parameters_response_sensitive_word_avoidance",
    "AppParametersResponseSpeechToText": ".app_parameters_response_speech_to_text",
    "AppParametersResponseSuggestedQuestionsAfterAnswer": ".app_parameters_response_suggested_questions_after_answer",
    "AppParametersResponseSystemParameters": ".app_parameters_response_system_parameters",
    "AppParametersResponseTextInput": ".app_parameters_response_text_input",
    "AppParametersResponseTextInputTextInput": ".app_parameters_response_text_input_text_input",
    "AppParametersResponseTextToSpeech": ".app_parameters_response_text_to_speech",
    "AudioToTextRequest": ".audio_to_text_request",
    "AudioToTextResponse": ".audio_to_text_response",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatCompletionResponseMetadata": ".chat_completion_response_metadata",
    "ChatRequest": ".chat_request",
    "ChatRequestFilesItem": ".chat_request_files_item",
    "ChatRequestFilesItemTransferMethod": ".chat_request_files_item_transfer_method",
    "ChatRequestFilesItemType": ".chat_request_files_item_type",
    "ChatRequestInputs": ".chat_request_inputs",
    "ChatRequestResponseMode": ".chat_request_response_mode",
    "ChunkChatEvent": ".chunk_chat_event",
    "ChunkChatEventEvent": ".chunk_chat_event_event",
    "ChunkWorkflowEvent": ".chunk_workflow_event",
    "ChunkWorkflowEventEvent": ".chunk_workflow_event_event",
    "ConversationHistoryResponse": ".conversation_history_response",
    "ConversationListItem": ".conversation_list_item",
    "ConversationListItemInputs": ".conversation_list_item_inputs",
    "ConversationMessageItem": ".conversation_message_item",
    "ConversationMessageItemFeedbackType0": ".conversation_message_item_feedback_type_0",
    "ConversationMessageItemInputs": ".conversation_message_item_inputs",
    "ConversationRenameRequest": ".conversation_rename_request",
    "ConversationVariableItem": ".conversation_variable_item",
    "ConversationVariableUpdateRequest": ".conversation_variable_update_request",
    "ConversationVariablesResponse": ".conversation_variables_response",
    "ConversationsListResponse": ".conversations_list_response",
    "CreateAnnotationRequest": ".create_annotation_request",
    "DeleteConversationsConversationIdBody": ".delete_conversations_conversation_id_body",
    "EmojiIcon": ".emoji_icon",
    "EndUserDetail": ".end_user_detail",
    "EndUserSummary": ".end_user_summary",
    "FeedbackItem": ".feedback_item",
    "FileUploadResponse": ".file_upload_response",
    "FormInput": ".form_input",
    "FormInputDefault": ".form_input_default",
    "GetAppsAnnotationReplyActionStatusJobIdAction": ".get_apps_annotation_reply_action_status_job_id_action",
    "GetConversationsSortBy": ".get_conversations_sort_by",
    "GetFormHumanInputFormTokenResponse200": ".get_form_human_input_form_token_response_200",
    "GetFormHumanInputFormTokenResponse200InputsItem": ".get_form_human_input_form_token_response_200_inputs_item",
    "GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem": ".get_form_human_input_form_token_response_200_inputs_item_allowed_file_types_item",
    "GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem": ".get_form_human_input_form_token_response_200_inputs_item_allowed_file_upload_methods_item",
    "GetFormHumanInputFormTokenResponse200InputsItemDefaultType0": ".get_form_human_input_form_token_response_200_inputs_item_default_type_0",
    "GetFormHumanInputFormTokenResponse200InputsItemOptionSource": ".get_form_human_input_form_token_response_200_inputs_item_option_source",
    "GetFormHumanInputFormTokenResponse200InputsItemOptionSourceType": ".get_form_human_input_form_token_response_200_inputs_item_option_source_type",
    "GetFormHumanInputFormTokenResponse200ResolvedDefaultValues": ".get_form_human_input_form_token_response_200_resolved_default_values",
    "GetFormHumanInputFormTokenResponse200UserActionsItem": ".get_form_human_input_form_token_response_200_user_actions_item",
    "GetWorkflowsLogsStatus": ".get_workflows_logs_status",
    "HumanInputContent": ".human_input_content",
    "HumanInputFormDefinition": ".human_input_form_definition",
    "HumanInputFormDefinitionResolvedDefaultValues": ".human_input_form_definition_resolved_default_values",
    "HumanInputFormSubmissionData": ".human_input_form_submission_data",
    "InitialAnnotationReplySettingsRequest": ".initial_annotation_reply_settings_request",
    "InitialAnnotationReplySettingsResponse": ".initial_annotation_reply_settings_response",
    "InitialAnnotationReplySettingsStatusResponse": ".initial_annotation_reply_settings_status_response",
    "InputFileObjectType0": ".input_file_object_type_0",
    "InputFileObjectType0TransferMethod": ".input_file_object_type_0_transfer_method",
    "InputFileObjectType1": ".input_file_object_type_1",
    "InputFileObjectType1TransferMethod": ".input_file_object_type_1_transfer_method",
    "MessageFeedbackRequest": ".message_feedback_request",
    "MessageFeedbackRequestRatingType1": ".message_feedback_request_rating_type_1",
    "MessageFeedbackRequestRatingType2Type1": ".message_feedback_request_rating_type_2_type_1",
    "MessageFeedbackRequestRatingType3Type1": ".message_feedback_request_rating_type_3_type_1",
    "MessageFileItem": ".message_file_item",
    "PostAppsAnnotationReplyActionAction": ".post_apps_annotation_reply_action_action",
    "PostChatMessagesTaskIdStopBody": ".post_chat_messages_task_id_stop_body",
    "PostChatMessagesTaskIdStopResponse200": ".post_chat_messages_task_id_stop_response_200",
    "PostChatMessagesTaskIdStopResponse200Result": ".post_chat_messages_task_id_stop_response_200_result",
    "PostFilesUploadBody": ".post_files_upload_body",
    "PostFormHumanInputFormTokenBody": ".post_form_human_input_form_token_body",
    "PostFormHumanInputFormTokenBodyInputs": ".post_form_human_input_form_token_body_inputs",
    "PostFormHumanInputFormTokenResponse200": ".post_form_human_input_form_token_response_200",
    "PostMessagesMessageIdFeedbacksResponse200": ".post_messages_message_id_feedbacks_response_200",
    "PostMessagesMessageIdFeedbacksResponse200Result": ".post_messages_message_id_feedbacks_response_200_result",
    "PostWorkflowsTasksTaskIdStopBody": ".post_workflows_tasks_task_id_stop_body",
    "PostWorkflowsTasksTaskIdStopResponse200": ".post_workflows_tasks_task_id_stop_response_200",
    "PostWorkflowsTasksTaskIdStopResponse200Result": ".post_workflows_tasks_task_id_stop_response_200_result",
    "RetrieverResource": ".retriever_resource",
    "StreamEventAgentLog": ".stream_event_agent_log",
    "StreamEventAgentLogData": ".stream_event_agent_log_data",
    "StreamEventAgentLogDataData": ".stream_event_agent_log_data_data",
    "StreamEventAgentLogDataMetadata": ".stream_event_agent_log_data_metadata",
    "StreamEventBase": ".stream_event_base",
    "StreamEventChatAgentMessage": ".stream_event_chat_agent_message",
    "StreamEventChatAgentThought": ".stream_event_chat_agent_thought",
    "StreamEventChatError": ".stream_event_chat_error",
    "StreamEventChatMessage": ".stream_event_chat_message",
    "StreamEventChatMessageEnd": ".stream_event_chat_message_end",
    "StreamEventChatMessageEndMetadata": ".stream_event_chat_message_end_metadata",
    "StreamEventChatMessageFile": ".stream_event_chat_message_file",
    "StreamEventChatMessageReplace": ".stream_event_chat_message_replace",
    "StreamEventChatPing": ".stream_event_chat_ping",
    "StreamEventChatReasoningChunk": ".stream_event_chat_reasoning_chunk",
    "StreamEventChatReasoningChunkData": ".stream_event_chat_reasoning_chunk_data",
    "StreamEventChatTextChunk": ".stream_event_chat_text_chunk",
    "StreamEventChatTextChunkData": ".stream_event_chat_text_chunk_data",
    "StreamEventChatTtsMessage": ".stream_event_chat_tts_message",
    "StreamEventChatTtsMessageEnd": ".stream_event_chat_tts_message_end",
    "StreamEventError": ".stream_event_error",
    "StreamEventHumanInputFormFilled": ".stream_event_human_input_form_filled",
    "StreamEventHumanInputFormFilledData": ".stream_event_human_input_form_filled_data",
    "StreamEventHumanInputFormFilledDataSubmittedDataType0": ".stream_event_human_input_form_filled_data_submitted_data_type_0",
    "StreamEventHumanInputFormTimeout": ".stream_event_human_input_form_timeout",
    "StreamEventHumanInputFormTimeoutData": ".stream_event_human_input_form_timeout_data",
    "StreamEventHumanInputRequired": ".stream_event_human_input_required",
    "StreamEventHumanInputRequiredData": ".stream_event_human_input_required_data",
    "StreamEventHumanInputRequiredDataActionsItem": ".stream_event_human_input_required_data_actions_item",
    "StreamEventHumanInputRequiredDataInputsItem": ".stream_event_human_input_required_data_inputs_item",
    "StreamEventHumanInputRequiredDataInputsItemDefaultType0": ".stream_event_human_input_required_data_inputs_item_default_type_0",
    "StreamEventHumanInputRequiredDataResolvedDefaultValues": ".stream_event_human_input_required_data_resolved_default_values",
    "StreamEventIterationCompleted": ".stream_event_iteration_completed",
    "StreamEventIterationCompletedData": ".stream_event_iteration_completed_data",
    "StreamEventIterationCompletedDataOutputsType0": ".stream_event_iteration_completed_data_outputs_type_0",
    "StreamEventIterationNext": ".stream_event_iteration_next",
    "StreamEventIterationNextData": ".stream_event_iteration_next_data",
    "StreamEventIterationNextDataExtras": ".stream_event_iteration_next_data_extras",
    "StreamEventIterationStarted": ".stream_event_iteration_started",
    "StreamEventIterationStartedData": ".stream_event_iteration_started_data",
    "StreamEventIterationStartedDataExtras": ".stream_event_iteration_started_data_extras",
    "StreamEventIterationStartedDataInputs": ".stream_event_iteration_started_data_inputs",
    "StreamEventIterationStartedDataMetadata": ".stream_event_iteration_started_data_metadata",
    "StreamEventLoopCompleted": ".stream_event_loop_completed",
    "StreamEventLoopCompletedData": ".stream_event_loop_completed_data",
    "StreamEventLoopCompletedDataOutputsType0": ".stream_event_loop_completed_data_outputs_type_0",
    "StreamEventLoopNext": ".stream_event_loop_next",
    "StreamEventLoopNextData": ".stream_event_loop_next_data",
    "StreamEventLoopNextDataExtras": ".stream_event_loop_next_data_extras",
    "StreamEventLoopStarted": ".stream_event_loop_started",
    "StreamEventLoopStartedData": ".stream_event_loop_started_data",
    "StreamEventLoopStartedDataExtras": ".stream_event_loop_started_data_extras",
    "StreamEventLoopStartedDataInputs": ".stream_event_loop_started_data_inputs",
    "StreamEventLoopStartedDataMetadata": ".stream_event_loop_started_data_metadata",
    "StreamEventNodeFinished": ".stream_event_node_finished",
    "StreamEventNodeFinishedData": ".stream_event_node_finished_data",
    "StreamEventNodeFinishedDataExecutionMetadataType0": ".stream_event_node_finished_data_execution_metadata_type_0",
    "StreamEventNodeFinishedDataFilesType0Item": ".stream_event_node_finished_data_files_type_0_item",
    "StreamEventNodeFinishedDataInputsType0": ".stream_event_node_finished_data_inputs_type_0",
    "StreamEventNodeFinishedDataOutputsType0": ".stream_event_node_finished_data_outputs_type_0",
    "StreamEventNodeFinishedDataProcessDataType0": ".stream_event_node_finished_data_process_data_type_0",
    "StreamEventNodeRetry": ".stream_event_node_retry",
    "StreamEventNodeRetryData": ".stream_event_node_retry_data",
    "StreamEventNodeRetryDataExecutionMetadataType0": ".stream_event_node_retry_data_execution_metadata_type_0",
    "StreamEventNodeRetryDataFilesType0Item": ".stream_event_node_retry_data_files_type_0_item",
    "StreamEventNodeRetryDataInputsType0": ".stream_event_node_retry_data_inputs_type_0",
    "StreamEventNodeRetryDataOutputsType0": ".stream_event_node_retry_data_outputs_type_0",
    "StreamEventNodeRetryDataProcessDataType0": ".stream_event_node_retry_data_process_data_type_0",
    "StreamEventNodeStarted": ".stream_event_node_started",
    "StreamEventNodeStartedData": ".stream_event_node_started_data",
    "StreamEventNodeStartedDataExtras": ".stream_event_node_started_data_extras",
    "StreamEventNodeStartedDataInputsType0": ".stream_event_node_started_data_inputs_type_0",
    "StreamEventPing": ".stream_event_ping",
    "StreamEventReasoningChunk": ".stream_event_reasoning_chunk",
    "StreamEventReasoningChunkData": ".stream_event_reasoning_chunk_data",
    "StreamEventTextChunk": ".stream_event_text_chunk",
    "StreamEventTextChunkData": ".stream_event_text_chunk_data",
    "StreamEventTtsMessage": ".stream_event_tts_message",
    "StreamEventTtsMessageEnd": ".stream_event_tts_message_end",
    "StreamEventWorkflowFinished": ".stream_event_workflow_finished",
    "StreamEventWorkflowFinishedData": ".stream_event_workflow_finished_data",
    "StreamEventWorkflowFinishedDataFilesType0Item": ".stream_event_workflow_finished_data_files_type_0_item",
    "StreamEventWorkflowFinishedDataOutputsType0": ".stream_event_workflow_finished_data_outputs_type_0",
    "StreamEventWorkflowPaused": ".stream_event_workflow_paused",
    "StreamEventWorkflowPausedData": ".stream_event_workflow_paused_data",
    "StreamEventWorkflowPausedDataOutputs": ".stream_event_workflow_paused_data_outputs",
    "StreamEventWorkflowPausedDataReasonsItem": ".stream_event_workflow_paused_data_reasons_item",
    "StreamEventWorkflowStarted": ".stream_event_workflow_started",
    "StreamEventWorkflowStartedData": ".stream_event_workflow_started_data",
    "StreamEventWorkflowStartedDataInputs": ".stream_event_workflow_started_data_inputs",
    "SuggestedQuestionsResponse": ".suggested_questions_response",
    "TextToAudioRequest": ".text_to_audio_request",
    "UpdateAnnotationRequest": ".update_annotation_request",
    "Usage": ".usage",
    "UserAction": ".user_action",
    "WebAppSettingsResponse": ".web_app_settings_response",
    "WorkflowBlockingResponse": ".workflow_blocking_response",
    "WorkflowExecutionRequest": ".workflow_execution_request",
    "WorkflowExecutionRequestInputs": ".workflow_execution_request_inputs",
    "WorkflowExecutionRequestInputsAdditionalPropertyType3": ".workflow_execution_request_inputs_additional_property_type_3",
    "WorkflowExecutionRequestResponseMode": ".workflow_execution_request_response_mode",
    "WorkflowFinishedData": ".workflow_finished_data",
    "WorkflowFinishedDataCreatedBy": ".workflow_finished_data_created_by",
    "WorkflowFinishedDataFilesType0Item": ".workflow_finished_data_files_type_0_item",
    "WorkflowFinishedDataOutputsType0": ".workflow_finished_data_outputs_type_0",
    "WorkflowLogItem": ".workflow_log_item",
    "WorkflowLogItemCreatedByAccountType0": ".workflow_log_item_created_by_account_type_0",
    "WorkflowLogItemDetailsType0": ".workflow_log_item_details_type_0",
    "WorkflowLogsResponse": ".workflow_logs_response",
    "WorkflowRunDetailResponse": ".workflow_run_detail_response",
    "WorkflowRunDetailResponseOutputs": ".workflow_run_detail_response_outputs",
    "WorkflowRunSummary": ".workflow_run_summary",
    "WorkflowStreamEventAgentLog": ".workflow_stream_event_agent_log",
    "WorkflowStreamEventAgentLogData": ".workflow_stream_event_agent_log_data",
    "WorkflowStreamEventAgentLogDataData": ".workflow_stream_event_agent_log_data_data",
    "WorkflowStreamEventAgentLogDataMetadata": ".workflow_stream_event_agent_log_data_metadata",
    "WorkflowStreamEventBase": ".workflow_stream_event_base",
    "WorkflowStreamEventHumanInputFormFilled": ".workflow_stream_event_human_input_form_filled",
    "WorkflowStreamEventHumanInputFormFilledData": ".workflow_stream_event_human_input_form_filled_data",
    "WorkflowStreamEventHumanInputFormFilledDataSubmittedDataType0": ".workflow_stream_event_human_input_form_filled_data_submitted_data_type_0",
    "WorkflowStreamEventHumanInputFormTimeout": ".workflow_stream_event_human_input_form_timeout",
    "WorkflowStreamEventHumanInputFormTimeoutData": ".workflow_stream_event_human_input_form_timeout_data",
    "WorkflowStreamEventHumanInputRequired": ".workflow_stream_event_human_input_required",
    "WorkflowStreamEventHumanInputRequiredData": ".workflow_stream_event_human_input_required_data",
    "WorkflowStreamEventHumanInputRequiredDataActionsItem": ".workflow_stream_event_human_input_required_data_actions_item",
    "WorkflowStreamEventHumanInputRequiredDataInputsItem": ".workflow_stream_event_human_input_required_data_inputs_item",
    "WorkflowStreamEventHumanInputRequiredDataInputsItemDefaultType0": ".workflow_stream_event_human_input_required_data_inputs_item_default_type_0",
    "WorkflowStreamEventHumanInputRequiredDataResolvedDefaultValues": ".workflow_stream_event_human_input_required_data_resolved_default_values",
    "WorkflowStreamEventIterationCompleted": ".workflow_stream_event_iteration_completed",
    "WorkflowStreamEventIterationCompletedData": ".workflow_stream_event_iteration_completed_data",
    "WorkflowStreamEventIterationCompletedDataExecutionMetadata": ".workflow_stream_event_iteration_completed_data_execution_metadata",
    "WorkflowStreamEventIterationCompletedDataExtrasType0": ".workflow_stream_event_iteration_completed_data_extras_type_0",
    "WorkflowStreamEventIterationCompletedDataInputsType0": ".workflow_stream_event_iteration_completed_data_inputs_type_0",
    "WorkflowStreamEventIterationCompletedDataOutputsType0": ".workflow_stream_event_iteration_completed_data_outputs_type_0",
    "WorkflowStreamEventIterationNext": ".workflow_stream_event_iteration_next",
    "WorkflowStreamEventIterationNextData": ".workflow_stream_event_iteration_next_data",
    "WorkflowStreamEventIterationNextDataExtras": ".workflow_stream_event_iteration_next_data_extras",
    "WorkflowStreamEventIterationStarted": ".workflow_stream_event_iteration_started",
    "WorkflowStreamEventIterationStartedData": ".workflow_stream_event_iteration_started_data",
    "WorkflowStreamEventIterationStartedDataExtras": ".workflow_stream_event_iteration_started_data_extras",
    "WorkflowStreamEventIterationStartedDataInputs": ".workflow_stream_event_iteration_started_data_inputs",
    "WorkflowStreamEventIterationStartedDataMetadata": ".workflow_stream_event_iteration_started_data_metadata",
    "WorkflowStreamEventLoopCompleted": ".workflow_stream_event_loop_completed",
    "WorkflowStreamEventLoopCompletedData": ".workflow_stream_event_loop_completed_data",
    "WorkflowStreamEventLoopCompletedDataExecutionMetadata": ".workflow_stream_event_loop_completed_data_execution_metadata",
    "WorkflowStreamEventLoopCompletedDataExtrasType0": ".workflow_stream_event_loop_completed_data_extras_type_0",
    "WorkflowStreamEventLoopCompletedDataInputsType0": ".workflow_stream_event_loop_completed_data_inputs_type_0",
    "WorkflowStreamEventLoopCompletedDataOutputsType0": ".workflow_stream_event_loop_completed_data_outputs_type_0",
    "WorkflowStreamEventLoopNext": ".workflow_stream_event_loop_next",
    "WorkflowStreamEventLoopNextData": ".workflow_stream_event_loop_next_data",
    "WorkflowStreamEventLoopNextDataExtras": ".workflow_stream_event_loop_next_data_extras",
    "WorkflowStreamEventLoopStarted": ".workflow_stream_event_loop_started",
    "WorkflowStreamEventLoopStartedData": ".workflow_stream_event_loop_started_data",
    "WorkflowStreamEventLoopStartedDataExtras": ".workflow_stream_event_loop_started_data_extras",
    "WorkflowStreamEventLoopStartedDataInputs": ".workflow_stream_event_loop_started_data_inputs",
    "WorkflowStreamEventLoopStartedDataMetadata": ".workflow_stream_event_loop_started_data_metadata",
    "WorkflowStreamEventNodeFinished": ".workflow_stream_event_node_finished",
    "WorkflowStreamEventNodeFinishedData": ".workflow_stream_event_node_finished_data",
    "WorkflowStreamEventNodeFinishedDataExecutionMetadataType0": ".workflow_stream_event_node_finished_data_execution_metadata_type_0",
    "WorkflowStreamEventNodeFinishedDataFilesType0Item": ".workflow_stream_event_node_finished_data_files_type_0_item",
    "WorkflowStreamEventNodeFinishedDataInputsType0": ".workflow_stream_event_node_finished_data_inputs_type_0",
    "WorkflowStreamEventNodeFinishedDataOutputsType0": ".workflow_stream_event_node_finished_data_outputs_type_0",
    "WorkflowStreamEventNodeFinishedDataProcessDataType0": ".workflow_stream_event_node_finished_data_process_data_type_0",
    "WorkflowStreamEventNodeRetry": ".workflow_stream_event_node_retry",
    "WorkflowStreamEventNodeRetryData": ".workflow_stream_event_node_retry_data",
    "WorkflowStreamEventNodeRetryDataExecutionMetadataType0": ".workflow_stream_event_node_retry_data_execution_metadata_type_0",
    "WorkflowStreamEventNodeRetryDataFilesItem": ".workflow_stream_event_node_retry_data_files_item",
    "WorkflowStreamEventNodeRetryDataInputsType0": ".workflow_stream_event_node_retry_data_inputs_type_0",
    "WorkflowStreamEventNodeRetryDataOutputsType0": ".workflow_stream_event_node_retry_data_outputs_type_0",
    "WorkflowStreamEventNodeRetryDataProcessDataType0": ".workflow_stream_event_node_retry_data_process_data_type_0",
    "WorkflowStreamEventNodeStarted": ".workflow_stream_event_node_started",
    "WorkflowStreamEventNodeStartedData": ".workflow_stream_event_node_started_data",
    "WorkflowStreamEventNodeStartedDataExtras": ".workflow_stream_event_node_started_data_extras",
    "WorkflowStreamEventNodeStartedDataInputsType0": ".workflow_stream_event_node_started_data_inputs_type_0",
    "WorkflowStreamEventWorkflowFinished": ".workflow_stream_event_workflow_finished",
    "WorkflowStreamEventWorkflowPaused": ".workflow_stream_event_workflow_paused",
    "WorkflowStreamEventWorkflowPausedData": ".workflow_stream_event_workflow_paused_data",
    "WorkflowStreamEventWorkflowPausedDataOutputs": ".workflow_stream_event_workflow_paused_data_outputs",
    "WorkflowStreamEventWorkflowPausedDataReasonsItem": ".workflow_stream_event_workflow_paused_data_reasons_item",
    "WorkflowStreamEventWorkflowStarted": ".workflow_stream_event_workflow_started",
    "WorkflowStreamEventWorkflowStartedData": ".workflow_stream_event_workflow_started_data",
    "WorkflowStreamEventWorkflowStartedDataInputs": ".workflow_stream_event_workflow_started_data_inputs",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AgentThoughtItem",
    "AgentThoughtItemToolLabelsType0",
    "AnnotationItem",
    "AnnotationListResponse",
    "AppFeedbacksResponse",
    "AppInfoResponse",
    "AppMetaResponse",
    "AppMetaResponseToolIcons",
    "AppParametersResponse",
    "AppParametersResponseAnnotationReply",
    "AppParametersResponseFileUpload",
    "AppParametersResponseFileUploadImage",
    "AppParametersResponseMoreLikeThis",
    "AppParametersResponseOtherControl",
    "AppParametersResponseParagraph",
    "AppParametersResponseParagraphParagraph",
    "AppParametersResponseRetrieverResource",
    "AppParametersResponseSelect",
    "AppParametersResponseSelectSelect",
    "AppParametersResponseSensitiveWordAvoidance",
    "AppParametersResponseSpeechToText",
    "AppParametersResponseSuggestedQuestionsAfterAnswer",
    "AppParametersResponseSystemParameters",
    "AppParametersResponseTextInput",
    "AppParametersResponseTextInputTextInput",
    "AppParametersResponseTextToSpeech",
    "AudioToTextRequest",
    "AudioToTextResponse",
    "ChatCompletionResponse",
    "ChatCompletionResponseMetadata",
    "ChatRequest",
    "ChatRequestFilesItem",
    "ChatRequestFilesItemTransferMethod",
    "ChatRequestFilesItemType",
    "ChatRequestInputs",
    "ChatRequestResponseMode",
    "ChunkChatEvent",
    "ChunkChatEventEvent",
    "ChunkWorkflowEvent",
    "ChunkWorkflowEventEvent",
    "ConversationHistoryResponse",
    "ConversationListItem",
    "ConversationListItemInputs",
    "ConversationMessageItem",
    "ConversationMessageItemFeedbackType0",
    "ConversationMessageItemInputs",
    "ConversationRenameRequest",
    "ConversationVariableItem",
    "ConversationVariableUpdateRequest",
    "ConversationVariablesResponse",
    "ConversationsListResponse",
    "CreateAnnotationRequest",
    "DeleteConversationsConversationIdBody",
    "EmojiIcon",
    "EndUserDetail",
    "EndUserSummary",
    "FeedbackItem",
    "FileUploadResponse",
    "FormInput",
    "FormInputDefault",
    "GetAppsAnnotationReplyActionStatusJobIdAction",
    "GetConversationsSortBy",
    "GetFormHumanInputFormTokenResponse200",
    "GetFormHumanInputFormTokenResponse200InputsItem",
    "GetFormHumanInputFormTokenResponse200InputsItemAllowedFileTypesItem",
    "GetFormHumanInputFormTokenResponse200InputsItemAllowedFileUploadMethodsItem",
    "GetFormHumanInputFormTokenResponse200InputsItemDefaultType0",
    "GetFormHumanInputFormTokenResponse200InputsItemOptionSource",
    "GetFormHumanInputFormTokenResponse200InputsItemOptionSourceType",
    "GetFormHumanInputFormTokenResponse200ResolvedDefaultValues",
    "GetFormHumanInputFormTokenResponse200UserActionsItem",
    "GetWorkflowsLogsStatus",
    "HumanInputContent",
    "HumanInputFormDefinition",
    "HumanInputFormDefinitionResolvedDefaultValues",
    "HumanInputFormSubmissionData",
    "InitialAnnotationReplySettingsRequest",
    "InitialAnnotationReplySettingsResponse",
    "InitialAnnotationReplySettingsStatusResponse",
    "InputFileObjectType0",
    "InputFileObjectType0TransferMethod",
    "InputFileObjectType1",
    "InputFileObjectType1TransferMethod",
    "MessageFeedbackRequest",
    "MessageFeedbackRequestRatingType1",
    "MessageFeedbackRequestRatingType2Type1",
    "MessageFeedbackRequestRatingType3Type1",
    "MessageFileItem",
    "PostAppsAnnotationReplyActionAction",
    "PostChatMessagesTaskIdStopBody",
    "PostChatMessagesTaskIdStopResponse200",
    "PostChatMessagesTaskIdStopResponse200Result",
    "PostFilesUploadBody",
    "PostFormHumanInputFormTokenBody",
    "PostFormHumanInputFormTokenBodyInputs",
    "PostFormHumanInputFormTokenResponse200",
    "PostMessagesMessageIdFeedbacksResponse200",
    "PostMessagesMessageIdFeedbacksResponse200Result",
    "PostWorkflowsTasksTaskIdStopBody",
    "PostWorkflowsTasksTaskIdStopResponse200",
    "PostWorkflowsTasksTaskIdStopResponse200Result",
    "RetrieverResource",
    "StreamEventAgentLog",
    "StreamEventAgentLogData",
    "StreamEventAgentLogDataData",
    "StreamEventAgentLogDataMetadata",
    "StreamEventBase",
    "StreamEventChatAgentMessage",
    "StreamEventChatAgentThought",
    "StreamEventChatError",
    "StreamEventChatMessage",
    "StreamEventChatMessageEnd",
    "StreamEventChatMessageEndMetadata",
    "StreamEventChatMessageFile",
    "StreamEventChatMessageReplace",
    "StreamEventChatPing",
    "StreamEventChatReasoningChunk",
    "StreamEventChatReasoningChunkData",
    "StreamEventChatTextChunk",
    "StreamEventChatTextChunkData",
    "StreamEventChatTtsMessage",
    "StreamEventChatTtsMessageEnd",
    "StreamEventError",
    "StreamEventHumanInputFormFilled",
    "StreamEventHumanInputFormFilledData",
    "StreamEventHumanInputFormFilledDataSubmittedDataType0",
    "StreamEventHumanInputFormTimeout",
    "StreamEventHumanInputFormTimeoutData",
    "StreamEventHumanInputRequired",
    "StreamEventHumanInputRequiredData",
    "StreamEventHumanInputRequiredDataActionsItem",
    "StreamEventHumanInputRequiredDataInputsItem",
    "StreamEventHumanInputRequiredDataInputsItemDefaultType0",
    "StreamEventHumanInputRequiredDataResolvedDefaultValues",
    "StreamEventIterationCompleted",
    "StreamEventIterationCompletedData",
    "StreamEventIterationCompletedDataOutputsType0",
    "StreamEventIterationNext",
    "StreamEventIterationNextData",
    "StreamEventIterationNextDataExtras",
    "StreamEventIterationStarted",
    "StreamEventIterationStartedData",
    "StreamEventIterationStartedDataExtras",
    "StreamEventIterationStartedDataInputs",
    "StreamEventIterationStartedDataMetadata",
    "StreamEventLoopCompleted",
    "StreamEventLoopCompletedData",
    "StreamEventLoopCompletedDataOutputsType0",
    "StreamEventLoopNext",
    "StreamEventLoopNextData",
    "StreamEventLoopNextDataExtras",
    "StreamEventLoopStarted",
    "StreamEventLoopStartedData",
    "StreamEventLoopStartedDataExtras",
    "StreamEventLoopStartedDataInputs",
    "StreamEventLoopStartedDataMetadata",
    "StreamEventNodeFinished",
    "StreamEventNodeFinishedData",
    "StreamEventNodeFinishedDataExecutionMetadataType0",
    "StreamEventNodeFinishedDataFilesType0Item",
    "StreamEventNodeFinishedDataInputsType0",
    "StreamEventNodeFinishedDataOutputsType0",
    "StreamEventNodeFinishedDataProcessDataType0",
    "StreamEventNodeRetry",
    "StreamEventNodeRetryData",
    "StreamEventNodeRetryDataExecutionMetadataType0",
    "StreamEventNodeRetryDataFilesType0Item",
    "StreamEventNodeRetryDataInputsType0",
    "StreamEventNodeRetryDataOutputsType0",
    "StreamEventNodeRetryDataProcessDataType0",
    "StreamEventNodeStarted",
    "StreamEventNodeStartedData",
    "StreamEventNodeStartedDataExtras",
    "StreamEventNodeStartedDataInputsType0",
    "StreamEventPing",
    "StreamEventReasoningChunk",
    "StreamEventReasoningChunkData",
    "StreamEventTextChunk",
    "StreamEventTextChunkData",
    "StreamEventTtsMessage",
    "StreamEventTtsMessageEnd",
    "StreamEventWorkflowFinished",
    "StreamEventWorkflowFinishedData",
    "StreamEventWorkflowFinishedDataFilesType0Item",
    "StreamEventWorkflowFinishedDataOutputsType0",
    "StreamEventWorkflowPaused",
    "StreamEventWorkflowPausedData",
    "StreamEventWorkflowPausedDataOutputs",
    "StreamEventWorkflowPausedDataReasonsItem",
    "StreamEventWorkflowStarted",
    "StreamEventWorkflowStartedData",
    "StreamEventWorkflowStartedDataInputs",
    "SuggestedQuestionsResponse",
    "TextToAudioRequest",
    "UpdateAnnotationRequest",
    "Usage",
    "UserAction",
    "WebAppSettingsResponse",
    "WorkflowBlockingResponse",
    "WorkflowExecutionRequest",
    "WorkflowExecutionRequestInputs",
    "WorkflowExecutionRequestInputsAdditionalPropertyType3",
    "WorkflowExecutionRequestResponseMode",
    "WorkflowFinishedData",
    "WorkflowFinishedDataCreatedBy",
    "WorkflowFinishedDataFilesType0Item",
    "WorkflowFinishedDataOutputsType0",
    "WorkflowLogItem",
    "WorkflowLogItemCreatedByAccountType0",
    "WorkflowLogItemDetailsType0",
    "WorkflowLogsResponse",
    "WorkflowRunDetailResponse",
    "WorkflowRunDetailResponseOutputs",
    "WorkflowRunSummary",
    "WorkflowStreamEventAgentLog",
    "WorkflowStreamEventAgentLogData",
    "WorkflowStreamEventAgentLogDataData",
    "WorkflowStreamEventAgentLogDataMetadata",
    "WorkflowStreamEventBase",
    "WorkflowStreamEventHumanInputFormFilled",
    "WorkflowStreamEventHumanInputFormFilledData",
    "WorkflowStreamEventHumanInputFormFilledDataSubmittedDataType0",
    "WorkflowStreamEventHumanInputFormTimeout",
    "WorkflowStreamEventHumanInputFormTimeoutData",
    "WorkflowStreamEventHumanInputRequired",
    "WorkflowStreamEventHumanInputRequiredData",
    "WorkflowStreamEventHumanInputRequiredDataActionsItem",
    "WorkflowStreamEventHumanInputRequiredDataInputsItem",
    "WorkflowStreamEventHumanInputRequiredDataInputsItemDefaultType0",
    "WorkflowStreamEventHumanInputRequiredDataResolvedDefaultValues",
    "WorkflowStreamEventIterationCompleted",
    "WorkflowStreamEventIterationCompletedData",
    "WorkflowStreamEventIterationCompletedDataExecutionMetadata",
    "WorkflowStreamEventIterationCompletedDataExtrasType0",
    "WorkflowStreamEventIterationCompletedDataInputsType0",
    "WorkflowStreamEventIterationCompletedDataOutputsType0",
    "WorkflowStreamEventIterationNext",
    "WorkflowStreamEventIterationNextData",
    "WorkflowStreamEventIterationNextDataExtras",
    "WorkflowStreamEventIterationStarted",
    "WorkflowStreamEventIterationStartedData",
    "WorkflowStreamEventIterationStartedDataExtras",
    "WorkflowStreamEventIterationStartedDataInputs",
    "WorkflowStreamEventIterationStartedDataMetadata",
    "WorkflowStreamEventLoopCompleted",
    "WorkflowStreamEventLoopCompletedData",
    "WorkflowStreamEventLoopCompletedDataExecutionMetadata",
    "WorkflowStreamEventLoopCompletedDataExtrasType0",
    "WorkflowStreamEventLoopCompletedDataInputsType0",
    "WorkflowStreamEventLoopCompletedDataOutputsType0",
    "WorkflowStreamEventLoopNext",
    "WorkflowStreamEventLoopNextData",
    "WorkflowStreamEventLoopNextDataExtras",
    "WorkflowStreamEventLoopStarted",
    "WorkflowStreamEventLoopStartedData",
    "WorkflowStreamEventLoopStartedDataExtras",
    "WorkflowStreamEventLoopStartedDataInputs",
    "WorkflowStreamEventLoopStartedDataMetadata",
    "WorkflowStreamEventNodeFinished",
    "WorkflowStreamEventNodeFinishedData",
    "WorkflowStreamEventNodeFinishedDataExecutionMetadataType0",
    "WorkflowStreamEventNodeFinishedDataFilesType0Item",
    "WorkflowStreamEventNodeFinishedDataInputsType0",
    "WorkflowStreamEventNodeFinishedDataOutputsType0",
    "WorkflowStreamEventNodeFinishedDataProcessDataType0",
    "WorkflowStreamEventNodeRetry",
    "WorkflowStreamEventNodeRetryData",
    "WorkflowStreamEventNodeRetryDataExecutionMetadataType0",
    "WorkflowStreamEventNodeRetryDataFilesItem",
    "WorkflowStreamEventNodeRetryDataInputsType0",
    "WorkflowStreamEventNodeRetryDataOutputsType0",
    "WorkflowStreamEventNodeRetryDataProcessDataType0",
    "WorkflowStreamEventNodeStarted",
    "WorkflowStreamEventNodeStartedData",
    "WorkflowStreamEventNodeStartedDataExtras",
    "WorkflowStreamEventNodeStartedDataInputsType0",
    "WorkflowStreamEventWorkflowFinished",
    "WorkflowStreamEventWorkflowPaused",
    "WorkflowStreamEventWorkflowPausedData",
    "WorkflowStreamEventWorkflowPausedDataOutputs",
    "WorkflowStreamEventWorkflowPausedDataReasonsItem",
    "WorkflowStreamEventWorkflowStarted",
    "WorkflowStreamEventWorkflowStartedData",
    "WorkflowStreamEventWorkflowStartedDataInputs",
)
