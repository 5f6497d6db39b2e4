"""The operations the facade calls: one table entry each, identified by method and path.

Tags, operationIds and component names are translated and renamed upstream; method and
path are not. The generated `_spec_index` maps (METHOD, path) to the documented error
codes of each operation; everything else about a call (URL, encoding, retry safety,
error mapping, logging) is decided once in `_base_client`.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import attrs
from dify_workflow_api._spec_index import OPERATIONS

from ._retry import RetryPolicy

_PARAM = re.compile(r"\{([^}]+)\}")


@attrs.frozen
class Operation:
    """One API operation: its identity and whether repeating it is harmless.

    `idempotent` operations are retried after timeouts and retryable statuses; the
    others only when the request provably never reached the server. `result` names the
    public result class of its answer, when it has one. `gone_is_done`: a delete, whose
    retry after an attempt that may have reached the server is done when it finds nothing
    left to delete (404): that attempt deleted it, or it was gone already.
    """

    method: str
    path: str
    idempotent: bool
    # The result class (by its public name) the facade reads the 2xx answer into: what a
    # spec update is judged against (scripts/update_spec.py).
    result: str | None = None
    gone_is_done: bool = False

    def url(self, **params: str) -> str:
        """The path with each parameter percent-encoded as exactly one segment."""
        return _PARAM.sub(lambda m: quote(params[m.group(1)], safe=""), self.path)

    def description(self, code: str | None, lang: str) -> str | None:
        """The documented meaning of an error code in `lang`, None when undocumented."""
        if code is None:
            return None
        spec = OPERATIONS.get((self.method, self.path))
        entry = spec["errors"].get(code) if spec is not None else None
        if entry is None:
            return None
        text = entry["ja"] if lang == "ja" else entry["en"]
        return text or entry["en"]

    def policy(self, max_retries: int) -> RetryPolicy:
        return RetryPolicy(max_retries=max_retries, idempotent=self.idempotent)


# Stopping a task twice is harmless: the second stop is a no-op on the server.
STOP_TASK = Operation("POST", "/workflows/tasks/{task_id}/stop", idempotent=True, result="StopTaskResult")

# A run bills and acts on the server: it is repeated only when it provably never left.
RUN_WORKFLOW = Operation("POST", "/workflows/run", idempotent=False, result="WorkflowRunResult")
RUN_WORKFLOW_BY_ID = Operation(
    "POST", "/workflows/{workflow_id}/run", idempotent=False, result="WorkflowRunResult"
)
GET_WORKFLOW_RUN = Operation(
    "GET", "/workflows/run/{workflow_run_id}", idempotent=True, result="WorkflowRunDetail"
)
# Opening an events stream only reads: repeating the open is harmless.
WORKFLOW_EVENTS = Operation("GET", "/workflow/{workflow_run_id}/events", idempotent=True)
GET_APP_INFO = Operation("GET", "/info", idempotent=True, result="AppInfo")
GET_APP_PARAMETERS = Operation("GET", "/parameters", idempotent=True, result="AppParameters")
GET_APP_META = Operation("GET", "/meta", idempotent=True, result="AppMeta")
GET_APP_SITE = Operation("GET", "/site", idempotent=True, result="AppSite")
GET_END_USER = Operation("GET", "/end-users/{end_user_id}", idempotent=True, result="EndUser")
LIST_WORKFLOW_LOGS = Operation("GET", "/workflows/logs", idempotent=True, result="WorkflowLogPage")
GET_FORM = Operation("GET", "/form/human_input/{form_token}", idempotent=True, result="HumanInputForm")
# A form is one-shot: a repeated submit after a lost answer would be refused (412) or,
# worse, be the first to arrive; it follows the rule of runs.
SUBMIT_FORM = Operation("POST", "/form/human_input/{form_token}", idempotent=False)
# Uploads are not repeated once bytes may have reached the server (the rule of runs):
# only a refused connection, which sent nothing, is retried.
UPLOAD_FILE = Operation("POST", "/files/upload", idempotent=False, result="UploadedFile")
AUDIO_TO_TEXT = Operation("POST", "/audio-to-text", idempotent=False)
TEXT_TO_AUDIO = Operation("POST", "/text-to-audio", idempotent=False)

# -- the chat API (Chatflow, Chatbot and Agent apps) ------------------------------------------

# A message bills and adds a turn to the conversation: never sent twice (the rule of runs).
SEND_MESSAGE = Operation("POST", "/chat-messages", idempotent=False, result="ChatMessageResult")
STOP_MESSAGE = Operation("POST", "/chat-messages/{task_id}/stop", idempotent=True, result="StopTaskResult")
GET_SUGGESTED = Operation("GET", "/messages/{message_id}/suggested", idempotent=True)
PREVIEW_FILE = Operation("GET", "/files/{file_id}/preview", idempotent=True)
# A message has one feedback per user: sending it again replaces it with the same.
SEND_FEEDBACK = Operation("POST", "/messages/{message_id}/feedbacks", idempotent=True)
LIST_FEEDBACKS = Operation("GET", "/app/feedbacks", idempotent=True, result="FeedbackPage")
LIST_CONVERSATIONS = Operation("GET", "/conversations", idempotent=True, result="ConversationPage")
LIST_MESSAGES = Operation("GET", "/messages", idempotent=True, result="MessagePage")
LIST_VARIABLES = Operation(
    "GET", "/conversations/{conversation_id}/variables", idempotent=True, result="ConversationVariablePage"
)
# Renaming to a given name twice is harmless; an auto-generated name asks a model once
# more at worst.
RENAME_CONVERSATION = Operation(
    "POST", "/conversations/{conversation_id}/name", idempotent=True, result="Conversation"
)
UPDATE_VARIABLE = Operation(
    "PUT",
    "/conversations/{conversation_id}/variables/{variable_id}",
    idempotent=True,
    result="ConversationVariable",
)
DELETE_CONVERSATION = Operation(
    "DELETE", "/conversations/{conversation_id}", idempotent=True, gone_is_done=True
)
LIST_ANNOTATIONS = Operation("GET", "/apps/annotations", idempotent=True, result="AnnotationPage")
# A second create would make a second annotation.
CREATE_ANNOTATION = Operation("POST", "/apps/annotations", idempotent=False, result="Annotation")
UPDATE_ANNOTATION = Operation(
    "PUT", "/apps/annotations/{annotation_id}", idempotent=True, result="Annotation"
)
DELETE_ANNOTATION = Operation(
    "DELETE", "/apps/annotations/{annotation_id}", idempotent=True, gone_is_done=True
)
# Each call starts a job (embedding every annotation): not repeated after a lost answer.
SET_ANNOTATION_REPLY = Operation(
    "POST", "/apps/annotation-reply/{action}", idempotent=False, result="AnnotationJob"
)
GET_ANNOTATION_REPLY_JOB = Operation(
    "GET", "/apps/annotation-reply/{action}/status/{job_id}", idempotent=True, result="AnnotationJob"
)
