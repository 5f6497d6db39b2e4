# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 a2d0769995a4cadb...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (PEP 562): importing the
package (and the facade) does not import every model of the spec.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .input_file_object_type_0_transfer_method import (
        InputFileObjectType0TransferMethod,
    )
    from .input_file_object_type_1 import InputFileObjectType1
    from .input_file_object_type_1_transfer_method import (
        InputFileObjectType1TransferMethod,
    )
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
    "ChunkWorkflowEvent": ".chunk_workflow_event",
    "ChunkWorkflowEventEvent": ".chunk_workflow_event_event",
    "EmojiIcon": ".emoji_icon",
    "EndUserDetail": ".end_user_detail",
    "EndUserSummary": ".end_user_summary",
    "FileUploadResponse": ".file_upload_response",
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
    "InputFileObjectType0": ".input_file_object_type_0",
    "InputFileObjectType0TransferMethod": ".input_file_object_type_0_transfer_method",
    "InputFileObjectType1": ".input_file_object_type_1",
    "InputFileObjectType1TransferMethod": ".input_file_object_type_1_transfer_method",
    "PostFilesUploadBody": ".post_files_upload_body",
    "PostFormHumanInputFormTokenBody": ".post_form_human_input_form_token_body",
    "PostFormHumanInputFormTokenBodyInputs": ".post_form_human_input_form_token_body_inputs",
    "PostFormHumanInputFormTokenResponse200": ".post_form_human_input_form_token_response_200",
    "PostWorkflowsTasksTaskIdStopBody": ".post_workflows_tasks_task_id_stop_body",
    "PostWorkflowsTasksTaskIdStopResponse200": ".post_workflows_tasks_task_id_stop_response_200",
    "PostWorkflowsTasksTaskIdStopResponse200Result": ".post_workflows_tasks_task_id_stop_response_200_result",
    "StreamEventError": ".stream_event_error",
    "StreamEventPing": ".stream_event_ping",
    "StreamEventReasoningChunk": ".stream_event_reasoning_chunk",
    "StreamEventReasoningChunkData": ".stream_event_reasoning_chunk_data",
    "StreamEventTextChunk": ".stream_event_text_chunk",
    "StreamEventTextChunkData": ".stream_event_text_chunk_data",
    "StreamEventTtsMessage": ".stream_event_tts_message",
    "StreamEventTtsMessageEnd": ".stream_event_tts_message_end",
    "TextToAudioRequest": ".text_to_audio_request",
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
