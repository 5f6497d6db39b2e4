# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 0e420163e9fa92d2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Contains all the data models used in inputs/outputs"""

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
from .app_parameters_response_more_like_this import AppParametersResponseMoreLikeThis
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
from .app_parameters_response_speech_to_text import AppParametersResponseSpeechToText
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
from .app_parameters_response_text_to_speech import AppParametersResponseTextToSpeech
from .audio_to_text_request import AudioToTextRequest
from .audio_to_text_response import AudioToTextResponse
from .chunk_workflow_event import ChunkWorkflowEvent
from .chunk_workflow_event_event import ChunkWorkflowEventEvent
from .emoji_icon import EmojiIcon
from .end_user_detail import EndUserDetail
from .end_user_summary import EndUserSummary
from .file_upload_response import FileUploadResponse
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
from .input_file_object_type_0 import InputFileObjectType0
from .input_file_object_type_0_transfer_method import InputFileObjectType0TransferMethod
from .input_file_object_type_1 import InputFileObjectType1
from .input_file_object_type_1_transfer_method import InputFileObjectType1TransferMethod
from .post_files_upload_body import PostFilesUploadBody
from .post_form_human_input_form_token_body import PostFormHumanInputFormTokenBody
from .post_form_human_input_form_token_body_inputs import (
    PostFormHumanInputFormTokenBodyInputs,
)
from .post_form_human_input_form_token_response_200 import (
    PostFormHumanInputFormTokenResponse200,
)
from .post_workflows_tasks_task_id_stop_body import PostWorkflowsTasksTaskIdStopBody
from .post_workflows_tasks_task_id_stop_response_200 import (
    PostWorkflowsTasksTaskIdStopResponse200,
)
from .post_workflows_tasks_task_id_stop_response_200_result import (
    PostWorkflowsTasksTaskIdStopResponse200Result,
)
from .stream_event_error import StreamEventError
from .stream_event_ping import StreamEventPing
from .stream_event_reasoning_chunk import StreamEventReasoningChunk
from .stream_event_reasoning_chunk_data import StreamEventReasoningChunkData
from .stream_event_text_chunk import StreamEventTextChunk
from .stream_event_text_chunk_data import StreamEventTextChunkData
from .stream_event_tts_message import StreamEventTtsMessage
from .stream_event_tts_message_end import StreamEventTtsMessageEnd
from .text_to_audio_request import TextToAudioRequest
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
from .workflow_finished_data_files_type_0_item import WorkflowFinishedDataFilesType0Item
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
from .workflow_stream_event_iteration_started import WorkflowStreamEventIterationStarted
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
from .workflow_stream_event_loop_started_data import WorkflowStreamEventLoopStartedData
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
from .workflow_stream_event_node_started_data import WorkflowStreamEventNodeStartedData
from .workflow_stream_event_node_started_data_extras import (
    WorkflowStreamEventNodeStartedDataExtras,
)
from .workflow_stream_event_node_started_data_inputs_type_0 import (
    WorkflowStreamEventNodeStartedDataInputsType0,
)
from .workflow_stream_event_workflow_finished import WorkflowStreamEventWorkflowFinished
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
from .workflow_stream_event_workflow_started import WorkflowStreamEventWorkflowStarted
from .workflow_stream_event_workflow_started_data import (
    WorkflowStreamEventWorkflowStartedData,
)
from .workflow_stream_event_workflow_started_data_inputs import (
    WorkflowStreamEventWorkflowStartedDataInputs,
)

__all__ = (
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
    "ChunkWorkflowEvent",
    "ChunkWorkflowEventEvent",
    "EmojiIcon",
    "EndUserDetail",
    "EndUserSummary",
    "FileUploadResponse",
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
    "InputFileObjectType0",
    "InputFileObjectType0TransferMethod",
    "InputFileObjectType1",
    "InputFileObjectType1TransferMethod",
    "PostFilesUploadBody",
    "PostFormHumanInputFormTokenBody",
    "PostFormHumanInputFormTokenBodyInputs",
    "PostFormHumanInputFormTokenResponse200",
    "PostWorkflowsTasksTaskIdStopBody",
    "PostWorkflowsTasksTaskIdStopResponse200",
    "PostWorkflowsTasksTaskIdStopResponse200Result",
    "StreamEventError",
    "StreamEventPing",
    "StreamEventReasoningChunk",
    "StreamEventReasoningChunkData",
    "StreamEventTextChunk",
    "StreamEventTextChunkData",
    "StreamEventTtsMessage",
    "StreamEventTtsMessageEnd",
    "TextToAudioRequest",
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
