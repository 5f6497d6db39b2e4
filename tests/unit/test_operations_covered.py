"""Every operation of the vendored spec has a facade method on both clients, and the
facade's operation table matches the spec's (method, path) identities."""

from __future__ import annotations

import inspect

from dify_workflow_api._spec_index import OPERATIONS

from dify_workflow import AsyncWorkflowClient, WorkflowClient, _operations

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
}


def test_all_16_operations_have_facade_methods_on_both_clients_with_docstrings() -> None:
    assert set(FACADE) == set(OPERATIONS) and len(OPERATIONS) == 16
    for names in FACADE.values():
        for name in names:
            for cls in (WorkflowClient, AsyncWorkflowClient):
                method = getattr(cls, name)
                assert method.__doc__, f"{cls.__name__}.{name} has no docstring"
                assert inspect.signature(method).return_annotation is not inspect.Signature.empty


def test_the_operation_table_names_only_spec_operations() -> None:
    table = {
        (op.method, op.path) for op in vars(_operations).values() if isinstance(op, _operations.Operation)
    }
    assert table == set(OPERATIONS)
