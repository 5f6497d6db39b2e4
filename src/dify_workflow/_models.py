"""The generated models under the facade's stable names (through the aliases of
`dify_workflow_api.stable_names`, which only method, path and status decide).

Imported on first use of one of these names (see `__init__`): importing the package does
not import the generated models.
"""

from __future__ import annotations

from typing import TypeAlias

from dify_workflow_api import stable_names as sn

__all__ = [
    "AppInfo",
    "AppMeta",
    "AppParameters",
    "AppSite",
    "AudioToText",
    "EndUser",
    "FormSubmitResult",
    "HumanInputForm",
    "UploadedFile",
    "WorkflowLog",
    "WorkflowLogPage",
    "WorkflowRunDetail",
    "WorkflowRunResult",
]

WorkflowRunResult: TypeAlias = sn.PostWorkflowsRunResponse200
"""The answer of a blocking run: `task_id`, `workflow_run_id` and `data` (status, outputs, ...)."""

WorkflowRunDetail: TypeAlias = sn.GetWorkflowsRunWorkflowRunIdResponse200
"""A run as `get_workflow_run` reports it (`status` is "stopped" for a stopped run)."""

AppInfo: TypeAlias = sn.GetInfoResponse200
"""The app's name, description, tags and mode (GET /info)."""

AppParameters: TypeAlias = sn.GetParametersResponse200
"""The app's input form and features (GET /parameters)."""

AppMeta: TypeAlias = sn.GetMetaResponse200
"""The app's tool icons (GET /meta)."""

AppSite: TypeAlias = sn.GetSiteResponse200
"""The app's web-app settings (GET /site)."""

EndUser: TypeAlias = sn.GetEndUsersEndUserIdResponse200
"""An end user of the app (GET /end-users/{end_user_id})."""

WorkflowLogPage: TypeAlias = sn.GetWorkflowsLogsResponse200
"""One page of workflow logs: `page`, `limit`, `total`, `has_more`, `data`."""

WorkflowLog: TypeAlias = sn.GetWorkflowsLogsResponse200DataItem
"""One workflow log entry (`workflow_run`, `created_by_end_user`, ...)."""

HumanInputForm: TypeAlias = sn.GetFormHumanInputFormTokenResponse200
"""A human-input form: `form_content`, `inputs`, `user_actions`, `expiration_time`."""

FormSubmitResult: TypeAlias = sn.PostFormHumanInputFormTokenResponse200
"""The answer to a form submission (an empty object today)."""

AudioToText: TypeAlias = sn.PostAudioToTextResponse200
"""The answer of audio-to-text (its `text` is what `audio_to_text` returns)."""

UploadedFile: TypeAlias = sn.PostFilesUploadResponse201
"""An uploaded file: pass its `id` as `FileInput.local(id)` to a run."""
