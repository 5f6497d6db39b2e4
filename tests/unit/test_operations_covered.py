"""Every operation of the vendored spec has a facade method on both clients, and the
facade's operation table matches the spec's (method, path) identities."""

from __future__ import annotations

import inspect

from dify_workflow_api._spec_index import OPERATIONS

from dify_workflow import (
    AppClient,
    AsyncAppClient,
    AsyncChatClient,
    AsyncWorkflowClient,
    ChatClient,
    WorkflowClient,
    _operations,
)

FACADE = {
    ("POST", "/workflows/run"): ("run_workflow", "stream_workflow"),
    ("POST", "/workflows/{workflow_id}/run"): ("run_workflow", "stream_workflow"),
    ("POST", "/workflows/tasks/{task_id}/stop"): ("stop_task",),
    ("GET", "/workflows/run/{workflow_run_id}"): ("get_workflow_run",),
    ("GET", "/workflow/{workflow_run_id}/events"): ("stream_workflow_events",),
    ("GET", "/workflows/logs"): ("list_workflow_logs", "iter_workflow_logs"),
    ("POST", "/files/upload"): ("upload_file",),
    ("POST", "/audio-to-text"): ("audio_to_text",),
    ("POST", "/text-to-audio"): ("text_to_audio",),
    ("GET", "/info"): ("get_app_info",),
    ("GET", "/parameters"): ("get_app_parameters",),
    ("GET", "/meta"): ("get_app_meta",),
    ("GET", "/site"): ("get_app_site",),
    ("GET", "/end-users/{end_user_id}"): ("get_end_user",),
    ("GET", "/form/human_input/{form_token}"): ("get_human_input_form",),
    ("POST", "/form/human_input/{form_token}"): ("submit_human_input_form",),
    ("POST", "/chat-messages"): ("send_message", "stream_message"),
    ("POST", "/chat-messages/{task_id}/stop"): ("stop_message",),
    ("GET", "/messages/{message_id}/suggested"): ("get_suggested_questions",),
    ("GET", "/files/{file_id}/preview"): ("preview_file",),
    ("POST", "/messages/{message_id}/feedbacks"): ("send_feedback",),
    ("GET", "/app/feedbacks"): ("list_feedbacks",),
    ("GET", "/conversations"): ("list_conversations", "iter_conversations"),
    ("GET", "/messages"): ("list_messages", "iter_messages"),
    ("GET", "/conversations/{conversation_id}/variables"): ("list_conversation_variables",),
    ("POST", "/conversations/{conversation_id}/name"): ("rename_conversation",),
    ("PUT", "/conversations/{conversation_id}/variables/{variable_id}"): ("update_conversation_variable",),
    ("DELETE", "/conversations/{conversation_id}"): ("delete_conversation",),
    ("GET", "/apps/annotations"): ("list_annotations",),
    ("POST", "/apps/annotations"): ("create_annotation",),
    ("PUT", "/apps/annotations/{annotation_id}"): ("update_annotation",),
    ("DELETE", "/apps/annotations/{annotation_id}"): ("delete_annotation",),
    ("POST", "/apps/annotation-reply/{action}"): ("set_annotation_reply",),
    ("GET", "/apps/annotation-reply/{action}/status/{job_id}"): ("get_annotation_reply_job",),
}
# The operations of Workflow apps alone and of chat apps alone; the rest serve both and are
# written once, on the shared base (AppClient).
WORKFLOW_ONLY = {
    ("POST", "/workflows/run"),
    ("POST", "/workflows/{workflow_id}/run"),
    ("POST", "/workflows/tasks/{task_id}/stop"),
}
CHAT_ONLY = {
    op
    for op in FACADE
    if op[1].startswith(("/chat-messages", "/messages", "/conversations", "/app", "/files/{"))
}


def test_all_34_operations_have_facade_methods_on_the_clients_of_their_app_kinds() -> None:
    assert set(FACADE) == set(OPERATIONS) and len(OPERATIONS) == 34
    assert len(CHAT_ONLY) == 18
    for op, names in FACADE.items():
        if op in WORKFLOW_ONLY:
            kinds = [(WorkflowClient, AsyncWorkflowClient)]
        elif op in CHAT_ONLY:
            kinds = [(ChatClient, AsyncChatClient)]
        else:
            kinds = [
                (AppClient, AsyncAppClient),
                (WorkflowClient, AsyncWorkflowClient),
                (ChatClient, AsyncChatClient),
            ]
        for pair in kinds:
            for name in names:
                for cls in pair:
                    method = getattr(cls, name)
                    assert method.__doc__, f"{cls.__name__}.{name} has no docstring"
                    assert inspect.signature(method).return_annotation is not inspect.Signature.empty
        # What one app kind has, the other does not: a workflow key on a chat route (or
        # the reverse) is refused by the server (recording 117), so no method invites it.
        for name in names:
            if op in WORKFLOW_ONLY:
                assert not hasattr(ChatClient, name), name
            if op in CHAT_ONLY:
                assert not hasattr(WorkflowClient, name), name
        # Shared operations are written once: the clients inherit the base's method.
        if op not in WORKFLOW_ONLY | CHAT_ONLY:
            for name in names:
                assert WorkflowClient.__dict__.get(name) is None, f"{name} written twice"


def test_the_operation_table_names_only_spec_operations() -> None:
    table = {
        (op.method, op.path) for op in vars(_operations).values() if isinstance(op, _operations.Operation)
    }
    assert table == set(OPERATIONS)
