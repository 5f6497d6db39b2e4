# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
"""Operations of the vendored specs, keyed by (METHOD, path): the stable identity."""

from typing import Final, TypedDict


class DocumentedError(TypedDict):
    status: int
    en: str | None
    ja: str | None


class Operation(TypedDict):
    module: str
    operation_id: dict[str, str | None]
    errors: dict[str, DocumentedError]


# sha256 of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml
SPEC_SHA256: Final = "8cc69d8881ffecf2eae0fb2d6dc73250c60c25b6215e74831e908fa909a42bdc"
SPEC_SHA256_EN: Final = (
    "2a1f30b5ccd0bb2d13bb359e189c065d05bba1cc469276564a48cd9b14faa759"
)
SPEC_SHA256_JA: Final = (
    "75bcf74f145477dc6a98d1b947436efb09119c14e98b2f61fd7de4d534eb62da"
)
DEFAULT_BASE_URL: Final = "https://api.dify.ai/v1"
# Where the specs came from (openapi/provenance.yaml)
UPSTREAM: Final[dict[str, str]] = {
    "repository": "langgenius/dify-docs",
    "revision": "9d8344e7",
    "date": "2026-07-22",
}
CHECKED_AGAINST_DIFY: Final[str | None] = "1.15.0"
OPERATIONS: Final[dict[tuple[str, str], Operation]] = {
    ("DELETE", "/apps/annotations/{annotation_id}"): {
        "errors": {
            "not_found": {
                "en": "Annotation does not exist.",
                "ja": "アノテーションが存在しません。",
                "status": 404,
            }
        },
        "module": "dify_workflow_api.api.apps.delete_apps_annotations_annotation_id",
        "operation_id": {"en": "deleteAnnotation", "ja": "deleteChatAnnotationJa"},
    },
    ("DELETE", "/conversations/{conversation_id}"): {
        "errors": {
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.",
                "ja": "会話が存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.conversations.delete_conversations_conversation_id",
        "operation_id": {
            "en": "deleteConversation",
            "ja": "deleteBasicChatConversationJa",
        },
    },
    ("GET", "/app/feedbacks"): {
        "errors": {},
        "module": "dify_workflow_api.api.app.get_app_feedbacks",
        "operation_id": {
            "en": "getChatAppFeedbacks",
            "ja": "getBasicChatAppFeedbacksJa",
        },
    },
    ("GET", "/apps/annotation-reply/{action}/status/{job_id}"): {
        "errors": {
            "invalid_param": {
                "en": "The specified job does not exist.",
                "ja": "指定されたジョブが存在しません。",
                "status": 400,
            }
        },
        "module": "dify_workflow_api.api.apps.get_apps_annotation_reply_action_status_job_id",
        "operation_id": {
            "en": "getInitialAnnotationReplySettingsStatus",
            "ja": "getChatAnnotationReplyStatusJa",
        },
    },
    ("GET", "/apps/annotations"): {
        "errors": {},
        "module": "dify_workflow_api.api.apps.get_apps_annotations",
        "operation_id": {"en": "getAnnotationList", "ja": "listChatAnnotationsJa"},
    },
    ("GET", "/conversations"): {
        "errors": {
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Last conversation does not exist (invalid `last_id`).",
                "ja": "前の会話が存在しません（無効な `last_id`）。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.conversations.get_conversations",
        "operation_id": {
            "en": "getConversationsList",
            "ja": "getBasicChatConversationsListJa",
        },
    },
    ("GET", "/conversations/{conversation_id}/variables"): {
        "errors": {
            "invalid_param": {
                "en": "The `last_id` does not match any variable in this conversation.",
                "ja": "`last_id` がこの会話のどの変数にも一致しません。",
                "status": 400,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.",
                "ja": "会話が存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.conversations.get_conversations_conversation_id_variables",
        "operation_id": {
            "en": "getConversationVariables",
            "ja": "getBasicChatConversationVariablesJa",
        },
    },
    ("GET", "/end-users/{end_user_id}"): {
        "errors": {
            "end_user_not_found": {
                "en": "End user not found.",
                "ja": "エンドユーザーが見つかりません。",
                "status": 404,
            }
        },
        "module": "dify_workflow_api.api.end_users.get_end_users_end_user_id",
        "operation_id": {"en": "getEndUserChat", "ja": "getEndUserChatJa"},
    },
    ("GET", "/files/{file_id}/preview"): {
        "errors": {
            "file_access_denied": {
                "en": "The file exists but belongs to a different app or workspace.",
                "ja": "ファイルは存在しますが、別のアプリまたはワークスペースに属しています。",
                "status": 403,
            },
            "file_not_found": {
                "en": "No file with this ID is reachable through this app's messages.",
                "ja": "この ID のファイルは、このアプリのメッセージからは参照できません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.files.get_files_file_id_preview",
        "operation_id": {"en": "previewChatFile", "ja": "previewBasicChatFileJa"},
    },
    ("GET", "/form/human_input/{form_token}"): {
        "errors": {
            "human_input_form_expired": {
                "en": "The form's expiration time passed before submission arrived.",
                "ja": "送信が到達する前にフォームの有効期限が切れています。",
                "status": 412,
            },
            "human_input_form_submitted": {
                "en": "Form already submitted. Forms are one-shot; the first response wins regardless of which user submits it.",
                "ja": "フォームは送信済みです。フォームはワンショットで、最初の応答が有効になります（送信したユーザーは問いません）。",
                "status": 412,
            },
            "not_found": {
                "en": "Form not found.",
                "ja": "フォームが見つかりません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.form.get_form_human_input_form_token",
        "operation_id": {
            "en": "getChatflowHumanInputForm",
            "ja": "getChatflowHumanInputForm",
        },
    },
    ("GET", "/info"): {
        "errors": {},
        "module": "dify_workflow_api.api.info.get_info",
        "operation_id": {"en": "getChatAppInfo", "ja": "getBasicChatAppInfoJa"},
    },
    ("GET", "/messages"): {
        "errors": {
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.; First message does not exist (invalid `first_id`).",
                "ja": "会話が存在しません。; 最初のメッセージが存在しません（無効な `first_id`）。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.messages.get_messages",
        "operation_id": {
            "en": "getConversationHistory",
            "ja": "getBasicChatConversationHistoryJa",
        },
    },
    ("GET", "/messages/{message_id}/suggested"): {
        "errors": {
            "bad_request": {
                "en": "Suggested questions feature is disabled.",
                "ja": "推奨質問機能が無効です。",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Message does not exist.",
                "ja": "メッセージが存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.messages.get_messages_message_id_suggested",
        "operation_id": {
            "en": "getSuggestedQuestions",
            "ja": "getBasicChatSuggestedQuestionsJa",
        },
    },
    ("GET", "/meta"): {
        "errors": {},
        "module": "dify_workflow_api.api.meta.get_meta",
        "operation_id": {"en": "getChatAppMeta", "ja": "getBasicChatAppMetaJa"},
    },
    ("GET", "/parameters"): {
        "errors": {
            "agent_not_published": {
                "en": "The app's Agent has no published version yet. (New Agent apps)",
                "ja": "バインドされた Agent が公開されていません。（新しい Agent アプリ）",
                "status": 400,
            },
            "app_unavailable": {
                "en": "The app is unavailable or misconfigured.",
                "ja": "アプリケーションが利用できないか、設定が正しくありません。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.parameters.get_parameters",
        "operation_id": {
            "en": "getChatAppParameters",
            "ja": "getBasicChatAppParametersJa",
        },
    },
    ("GET", "/site"): {
        "errors": {
            "forbidden": {
                "en": "Site not found for this application or the workspace has been archived.",
                "ja": "このアプリケーションのサイトが見つからないか、ワークスペースがアーカイブされています。",
                "status": 403,
            }
        },
        "module": "dify_workflow_api.api.site.get_site",
        "operation_id": {
            "en": "getChatWebAppSettings",
            "ja": "getBasicChatWebAppSettingsJa",
        },
    },
    ("GET", "/workflow/{workflow_run_id}/events"): {
        "errors": {
            "not_found": {
                "en": "Workflow run not found.",
                "ja": "Workflow run not found.",
                "status": 404,
            },
            "not_workflow_app": {
                "en": "Please check if your app mode matches the right API route.",
                "ja": "Please check if your app mode matches the right API route.",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.workflow.get_workflow_workflow_run_id_events",
        "operation_id": {"en": "streamWorkflowEvents", "ja": "streamWorkflowEvents"},
    },
    ("GET", "/workflows/logs"): {
        "errors": {
            "invalid_param": {
                "en": "A query parameter is invalid, such as a `created_by_account` value matching no account, a malformed `created_at__before` or `created_at__after` timestamp, or an out-of-range `page`, `limit`, or `status` value.",
                "ja": "クエリパラメータが無効です。例：どのアカウントにも一致しない `created_by_account`、不正な形式の `created_at__before` や `created_at__after` のタイムスタンプ、範囲外の `page`、`limit`、`status` の値など。",
                "status": 400,
            }
        },
        "module": "dify_workflow_api.api.workflows.get_workflows_logs",
        "operation_id": {"en": "getWorkflowLogs", "ja": "getWorkflowLogsJp"},
    },
    ("GET", "/workflows/run/{workflow_run_id}"): {
        "errors": {
            "not_found": {
                "en": "Workflow run not found.",
                "ja": "ワークフロー実行記録が見つかりません。",
                "status": 404,
            },
            "not_workflow_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.workflows.get_workflows_run_workflow_run_id",
        "operation_id": {"en": "getWorkflowRunDetail", "ja": "getWorkflowRunDetailJp"},
    },
    ("POST", "/apps/annotation-reply/{action}"): {
        "errors": {},
        "module": "dify_workflow_api.api.apps.post_apps_annotation_reply_action",
        "operation_id": {
            "en": "initialAnnotationReplySettings",
            "ja": "setChatAnnotationReplyJa",
        },
    },
    ("POST", "/apps/annotations"): {
        "errors": {},
        "module": "dify_workflow_api.api.apps.post_apps_annotations",
        "operation_id": {"en": "createAnnotation", "ja": "createChatAnnotationJa"},
    },
    ("POST", "/audio-to-text"): {
        "errors": {
            "app_unavailable": {
                "en": "The app is unavailable or misconfigured.",
                "ja": "アプリケーションが利用できないか、設定が正しくありません。",
                "status": 400,
            },
            "audio_too_large": {
                "en": "The audio file exceeds the `30 MB` size limit.",
                "ja": "音声ファイルが `30 MB` のサイズ上限を超えています。",
                "status": 413,
            },
            "completion_request_error": {
                "en": "The speech recognition request failed.",
                "ja": "音声認識リクエストに失敗しました。",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "model_currently_not_support": {
                "en": "The current model does not support this operation.",
                "ja": "現在のモデルはこの操作をサポートしていません。",
                "status": 400,
            },
            "provider_not_initialize": {
                "en": "No valid model provider credentials are configured.",
                "ja": "有効なモデルプロバイダーの認証情報が見つかりません。",
                "status": 400,
            },
            "provider_not_support_speech_to_text": {
                "en": "The model provider does not support speech-to-text.",
                "ja": "モデルプロバイダーが音声認識をサポートしていません。",
                "status": 400,
            },
            "provider_quota_exceeded": {
                "en": "The model provider quota is exhausted.",
                "ja": "モデルプロバイダーのクォータが使い切られました。",
                "status": 400,
            },
            "speech_to_text_disabled": {
                "en": "Speech-to-text is disabled for this app.",
                "ja": "このアプリでは音声からテキストへの変換が無効になっています。",
                "status": 400,
            },
            "unsupported_audio_type": {
                "en": "The file's MIME type is not one of the accepted audio types (see the `file` field).",
                "ja": "ファイルの MIME タイプが、受け付ける音声タイプのいずれでもありません（`file` フィールドを参照）。",
                "status": 415,
            },
        },
        "module": "dify_workflow_api.api.audio_to_text.post_audio_to_text",
        "operation_id": {"en": "audioToText", "ja": "basicChatAudioToTextJa"},
    },
    ("POST", "/chat-messages"): {
        "errors": {
            "agent_not_published": {
                "en": "The bound Agent has no published version. (New Agent apps)",
                "ja": "バインドされた Agent が公開されていません。（新しい Agent アプリ）",
                "status": 400,
            },
            "app_unavailable": {
                "en": "App unavailable or misconfigured.",
                "ja": "アプリケーションが利用できないか、設定が正しくありません。",
                "status": 400,
            },
            "bad_request": {
                "en": "Cannot use draft workflow version.; Invalid `workflow_id` format.; `blocking` response mode with a New Agent app.",
                "ja": "Cannot use draft workflow version.; Invalid `workflow_id` format.; 新しい Agent アプリで `blocking` レスポンスモードが指定されました。",
                "status": 400,
            },
            "completion_request_error": {
                "en": "Text generation failed.",
                "ja": "テキスト生成に失敗しました。",
                "status": 400,
            },
            "conversation_completed": {
                "en": "The conversation has ended; start a new one by omitting `conversation_id`.",
                "ja": "会話は終了しています。`conversation_id` を省略して新しい会話を開始してください。",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "invalid_param": {
                "en": "The New Agent app has no bound Agent.",
                "ja": "新しい Agent アプリに Agent がバインドされていません。",
                "status": 400,
            },
            "model_currently_not_support": {
                "en": "Current model unavailable.",
                "ja": "現在のモデルは利用できません。",
                "status": 400,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "App mode does not match the API route.",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.; Workflow not found with the specified `workflow_id`.",
                "ja": "会話が存在しません。; 指定された `workflow_id` のワークフローが見つかりません。",
                "status": 404,
            },
            "provider_not_initialize": {
                "en": "No valid model provider credentials found.",
                "ja": "有効なモデルプロバイダーの認証情報が見つかりません。",
                "status": 400,
            },
            "provider_quota_exceeded": {
                "en": "Model provider quota exhausted.",
                "ja": "モデルプロバイダーのクォータが使い切られました。",
                "status": 400,
            },
            "rate_limit_error": {
                "en": "The workspace's Dify Cloud quota for workflow executions has been exhausted.",
                "ja": "ワークスペースの Dify Cloud のワークフロー実行クォータを使い切りました。",
                "status": 429,
            },
            "too_many_requests": {
                "en": "Too many concurrent requests for this app.",
                "ja": "このアプリケーションへの同時リクエストが多すぎます。",
                "status": 429,
            },
            "workflow_version_execution_not_allowed": {
                "en": "A Chatflow request pinned a workflow version via `workflow_id` on the Dify Cloud Sandbox plan.",
                "ja": "Dify Cloud の Sandbox プランで、Chatflow リクエストが `workflow_id` によりワークフローバージョンを指定しました。",
                "status": 403,
            },
        },
        "module": "dify_workflow_api.api.chat_messages.post_chat_messages",
        "operation_id": {"en": "sendChatMessage", "ja": "sendBasicChatMessageJa"},
    },
    ("POST", "/chat-messages/{task_id}/stop"): {
        "errors": {
            "invalid_param": {
                "en": "The required `user` field is missing.",
                "ja": "必須の `user` フィールドがありません。",
                "status": 400,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.chat_messages.post_chat_messages_task_id_stop",
        "operation_id": {
            "en": "stopChatMessageGeneration",
            "ja": "stopBasicChatMessageGenerationJa",
        },
    },
    ("POST", "/conversations/{conversation_id}/name"): {
        "errors": {
            "invalid_param": {
                "en": "`auto_generate` is `true` but the conversation has no messages to generate a name from.",
                "ja": "`auto_generate` が `true` ですが、名前を生成するためのメッセージが会話にありません。",
                "status": 400,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.",
                "ja": "会話が存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.conversations.post_conversations_conversation_id_name",
        "operation_id": {
            "en": "renameConversation",
            "ja": "renameBasicChatConversationJa",
        },
    },
    ("POST", "/files/upload"): {
        "errors": {
            "file_too_large": {
                "en": "The file exceeds its category's size limit (see the `file` field). The runtime `message` is currently returned as an empty string (a known backend quirk); rely on the `code` and status.",
                "ja": "ファイルがカテゴリごとのサイズ上限（`file` フィールドを参照）を超えています。現在、実行時の `message` は空文字列で返ります（既知のバックエンドの問題）。`code` とステータスコードで判定してください。",
                "status": 413,
            },
            "filename_not_exists_error": {
                "en": "The uploaded file has no filename.",
                "ja": "アップロードされたファイルにファイル名がありません。",
                "status": 400,
            },
            "invalid_param": {
                "en": "The filename contains `/` or `\\`, or the file's extension is on the deployment's blacklist.",
                "ja": "ファイル名に `/` または `\\` が含まれているか、ファイルの拡張子がデプロイのブラックリストにあります。",
                "status": 400,
            },
            "no_file_uploaded": {
                "en": "No file was provided in the request.",
                "ja": "リクエストにファイルが提供されていません。",
                "status": 400,
            },
            "too_many_files": {
                "en": "Only one file is allowed per request.",
                "ja": "1 回のリクエストにつき 1 ファイルのみ許可されています。",
                "status": 400,
            },
            "unsupported_file_type": {
                "en": "The uploaded `file` part declares no MIME type.",
                "ja": "アップロードされた `file` パートに MIME タイプが宣言されていません。",
                "status": 415,
            },
        },
        "module": "dify_workflow_api.api.files.post_files_upload",
        "operation_id": {"en": "uploadChatFile", "ja": "uploadBasicChatFileJa"},
    },
    ("POST", "/form/human_input/{form_token}"): {
        "errors": {
            "bad_request": {
                "en": "Form recipient type is invalid.",
                "ja": "フォーム受信者のタイプが無効です。",
                "status": 400,
            },
            "human_input_form_expired": {
                "en": "The form's expiration time passed before submission arrived.",
                "ja": "送信が到達する前にフォームの有効期限が切れています。",
                "status": 412,
            },
            "human_input_form_submitted": {
                "en": "Form already submitted. Forms are one-shot; the first response wins regardless of which user submits it.",
                "ja": "フォームは送信済みです。フォームはワンショットで、最初の応答が有効になります（送信したユーザーは問いません）。",
                "status": 412,
            },
            "invalid_form_data": {
                "en": "Submission failed validation against the form definition.",
                "ja": "送信内容がフォーム定義の検証に失敗しました。",
                "status": 400,
            },
            "not_found": {
                "en": "Form not found.",
                "ja": "フォームが見つかりません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.form.post_form_human_input_form_token",
        "operation_id": {
            "en": "submitChatflowHumanInputForm",
            "ja": "submitChatflowHumanInputForm",
        },
    },
    ("POST", "/messages/{message_id}/feedbacks"): {
        "errors": {
            "invalid_param": {
                "en": "The required `user` field is omitted, or `rating` is `null` but there is no existing feedback to revoke.",
                "ja": "必須の `user` フィールドが省略されているか、`rating` が `null` であるにもかかわらず取り消す既存のフィードバックがありません。",
                "status": 400,
            },
            "not_found": {
                "en": "Message does not exist.",
                "ja": "メッセージが存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.messages.post_messages_message_id_feedbacks",
        "operation_id": {
            "en": "postChatMessageFeedback",
            "ja": "postBasicChatMessageFeedbackJa",
        },
    },
    ("POST", "/text-to-audio"): {
        "errors": {
            "app_unavailable": {
                "en": "The app is unavailable or misconfigured.",
                "ja": "アプリケーションが利用できないか、設定が正しくありません。",
                "status": 400,
            },
            "completion_request_error": {
                "en": "The text-to-speech request failed.",
                "ja": "テキスト読み上げリクエストに失敗しました。",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "invalid_param": {
                "en": "Text-to-speech is not enabled, `text` is missing, or no voice is available.",
                "ja": "テキスト読み上げが有効になっていない、`text` が指定されていない、または利用可能な音声がありません。",
                "status": 400,
            },
            "model_currently_not_support": {
                "en": "The current model does not support this operation.",
                "ja": "現在のモデルはこの操作をサポートしていません。",
                "status": 400,
            },
            "provider_not_initialize": {
                "en": "No valid model provider credentials are configured.",
                "ja": "有効なモデルプロバイダーの認証情報が見つかりません。",
                "status": 400,
            },
            "provider_quota_exceeded": {
                "en": "The model provider quota is exhausted.",
                "ja": "モデルプロバイダーのクォータが使い切られました。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.text_to_audio.post_text_to_audio",
        "operation_id": {"en": "textToAudioChat", "ja": "basicChatTextToAudioJa"},
    },
    ("POST", "/workflows/run"): {
        "errors": {
            "completion_request_error": {
                "en": "Workflow execution request failed.",
                "ja": "Workflow execution request failed.",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "invalid_param": {
                "en": "A request parameter is missing or invalid, such as a missing `user` or an unpublished workflow.",
                "ja": "リクエストパラメータが不足または無効です（`user` の欠落や未公開のワークフローなど）。",
                "status": 400,
            },
            "model_currently_not_support": {
                "en": "Current model unavailable.",
                "ja": "現在のモデルは利用できません。",
                "status": 400,
            },
            "not_workflow_app": {
                "en": "App mode does not match the API route.",
                "ja": "App mode does not match the API route.",
                "status": 400,
            },
            "provider_not_initialize": {
                "en": "No valid model provider credentials found.",
                "ja": "有効なモデルプロバイダーの認証情報が見つかりません。",
                "status": 400,
            },
            "provider_quota_exceeded": {
                "en": "Model provider quota exhausted.",
                "ja": "モデルプロバイダーのクォータが使い切られました。",
                "status": 400,
            },
            "rate_limit_error": {
                "en": "The Dify Cloud workflow execution quota for this workspace has been reached.",
                "ja": "このワークスペースの Dify Cloud のワークフロー実行クォータに達しました。",
                "status": 429,
            },
            "too_many_requests": {
                "en": "Too many concurrent requests for this app.",
                "ja": "このアプリケーションへの同時リクエストが多すぎます。",
                "status": 429,
            },
        },
        "module": "dify_workflow_api.api.workflows.post_workflows_run",
        "operation_id": {"en": "executeWorkflow", "ja": "executeWorkflowJp"},
    },
    ("POST", "/workflows/tasks/{task_id}/stop"): {
        "errors": {
            "invalid_param": {
                "en": "Required parameter missing or invalid.",
                "ja": "必須パラメータが不足しているか無効です。",
                "status": 400,
            },
            "not_workflow_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
        },
        "module": "dify_workflow_api.api.workflows.post_workflows_tasks_task_id_stop",
        "operation_id": {
            "en": "stopWorkflowTaskGeneration",
            "ja": "stopWorkflowTaskGenerationJp",
        },
    },
    ("POST", "/workflows/{workflow_id}/run"): {
        "errors": {
            "bad_request": {
                "en": "Workflow is a draft or has an invalid ID format.",
                "ja": "Workflow is a draft or has an invalid ID format.",
                "status": 400,
            },
            "completion_request_error": {
                "en": "Workflow execution request failed.",
                "ja": "Workflow execution request failed.",
                "status": 400,
            },
            "internal_server_error": {
                "en": "Internal server error.",
                "ja": "内部サーバーエラー。",
                "status": 500,
            },
            "invalid_param": {
                "en": "A request parameter is missing or invalid, such as a missing `user`.",
                "ja": "リクエストパラメータが不足または無効です（`user` の欠落など）。",
                "status": 400,
            },
            "model_currently_not_support": {
                "en": "Current model unavailable.",
                "ja": "現在のモデルは利用できません。",
                "status": 400,
            },
            "not_found": {
                "en": "Workflow not found.",
                "ja": "ワークフローが見つかりません。",
                "status": 404,
            },
            "not_workflow_app": {
                "en": "App mode does not match the API route.",
                "ja": "App mode does not match the API route.",
                "status": 400,
            },
            "provider_not_initialize": {
                "en": "No valid model provider credentials found.",
                "ja": "有効なモデルプロバイダーの認証情報が見つかりません。",
                "status": 400,
            },
            "provider_quota_exceeded": {
                "en": "Model provider quota exhausted.",
                "ja": "モデルプロバイダーのクォータが使い切られました。",
                "status": 400,
            },
            "rate_limit_error": {
                "en": "The Dify Cloud workflow execution quota for this workspace has been reached.",
                "ja": "このワークスペースの Dify Cloud のワークフロー実行クォータに達しました。",
                "status": 429,
            },
            "too_many_requests": {
                "en": "Too many concurrent requests for this app.",
                "ja": "このアプリケーションへの同時リクエストが多すぎます。",
                "status": 429,
            },
            "workflow_version_execution_not_allowed": {
                "en": "Executing a specific workflow version is not available on the Dify Cloud Sandbox plan.",
                "ja": "Dify Cloud の Sandbox プランでは、特定のワークフローバージョンを実行できません。",
                "status": 403,
            },
        },
        "module": "dify_workflow_api.api.workflows.post_workflows_workflow_id_run",
        "operation_id": {"en": "runWorkflowById", "ja": "runWorkflowByIdJa"},
    },
    ("PUT", "/apps/annotations/{annotation_id}"): {
        "errors": {
            "not_found": {
                "en": "Annotation does not exist.",
                "ja": "アノテーションが存在しません。",
                "status": 404,
            }
        },
        "module": "dify_workflow_api.api.apps.put_apps_annotations_annotation_id",
        "operation_id": {"en": "updateAnnotation", "ja": "updateChatAnnotationJa"},
    },
    ("PUT", "/conversations/{conversation_id}/variables/{variable_id}"): {
        "errors": {
            "bad_request": {
                "en": "Variable value type mismatch.",
                "ja": "変数値の型が一致しません。",
                "status": 400,
            },
            "not_chat_app": {
                "en": "App mode does not match the API route.",
                "ja": "アプリモードが API ルートと一致しません。",
                "status": 400,
            },
            "not_found": {
                "en": "Conversation does not exist.; Conversation variable does not exist.",
                "ja": "会話が存在しません。; 会話変数が存在しません。",
                "status": 404,
            },
        },
        "module": "dify_workflow_api.api.conversations.put_conversations_conversation_id_variables_variable_id",
        "operation_id": {
            "en": "updateChatConversationVariable",
            "ja": "updateChatConversationVariableJa",
        },
    },
}
