"""A consumer program written from the README only: it must pass `mypy --strict` with no
`cast`, no None assertion and no import of the generated types (tests/unit/test_readme_types.py),
and its functions run against `dify_workflow.testing`."""

from __future__ import annotations

import asyncio
import datetime
import json

from dify_workflow import (
    APIConnectionError,
    AppInfo,
    AsyncWorkflowClient,
    HumanInputRequiredEvent,
    MalformedEvent,
    NodeFinishedEvent,
    NodeStartedEvent,
    RunOutcome,
    StopOutcome,
    TextChunkEvent,
    UnknownEvent,
    WorkflowClient,
    WorkflowFinishedEvent,
    WorkflowLog,
    WorkflowRunDetail,
    input_fields,
)


def blocking_summary(client: WorkflowClient, seconds: str) -> str:
    result = client.run_workflow({"seconds": seconds}, user="consumer")
    data = result.data
    outputs: dict[str, object] = data.outputs
    took: float = data.elapsed_time
    return (
        f"{result.workflow_run_id} {data.status} {json.dumps(outputs)} {took:.2f}s {data.total_tokens} tokens"
    )


def live_run(client: WorkflowClient, seconds: str) -> tuple[list[str], RunOutcome]:
    seen: list[str] = []
    with client.stream_workflow({"seconds": seconds}, user="consumer") as stream:
        run_id: str = stream.workflow_run_id
        task_id: str = stream.task_id
        seen.append(f"run {run_id} task {task_id}")
        for event in stream:
            if isinstance(event, NodeStartedEvent):
                seen.append(f"> {event.data.title} ({event.data.node_type}, #{event.data.index})")
            elif isinstance(event, NodeFinishedEvent):
                outputs = event.data.outputs
                seen.append(
                    f"  {event.data.status} {event.data.title} {event.data.elapsed_time:.2f}s {sorted(outputs)}"
                )
            elif isinstance(event, TextChunkEvent):
                seen.append(event.data.text)
            elif isinstance(event, HumanInputRequiredEvent):
                seen.append(f"form {event.data.form_token} {[a.id for a in event.data.actions]}")
            elif isinstance(event, WorkflowFinishedEvent):
                seen.append(f"finished {event.status} {event.error or ''}".strip())
            elif isinstance(event, MalformedEvent):
                seen.append(f"unreadable {event.event}: {event.reason}")
            elif isinstance(event, UnknownEvent):
                seen.append(f"new event {event.event}")
        outcome = stream.outcome()
    return seen, outcome


def stop_soon(client: WorkflowClient) -> tuple[StopOutcome, WorkflowRunDetail]:
    with client.stream_workflow({"seconds": "30"}, user="consumer") as stream:
        stopped = stream.stop(timeout=10)
    detail = client.get_workflow_run(stream.workflow_run_id)
    inputs: dict[str, object] = detail.inputs
    finished: int | None = detail.finished_at
    print(stopped.confirmed, stopped.status, detail.status, inputs, finished)
    return stopped, detail


def recent_failures(client: WorkflowClient) -> list[str]:
    page = client.list_workflow_logs(status="failed", limit=10)
    lines = [f"page {page.page}: {len(page.data)} of {page.total} (more: {page.has_more})"]
    log: WorkflowLog
    for log in client.iter_workflow_logs(limit=5):
        run = log.workflow_run
        who = log.created_by_end_user.session_id if log.created_by_end_user else "an account"
        when = datetime.datetime.fromtimestamp(run.created_at, tz=datetime.UTC).isoformat()
        lines.append(f"{run.id} {run.status} {run.elapsed_time:.1f}s {run.total_tokens} by {who} at {when}")
    return lines


def describe_app(client: WorkflowClient) -> list[str]:
    info: AppInfo = client.get_app_info()
    lines = [f"{info.name} ({info.mode}) by {info.author_name}: {', '.join(info.tags)}"]
    parameters = client.get_app_parameters()
    for field in input_fields(parameters):
        lines.append(f"input {field.name}: {field.kind} required={field.required} options={field.options}")
    lines.append(f"upload limit {parameters.system_parameters.get('file_size_limit')} MB")
    site = client.get_app_site()
    lines.append(f"site {site.title} {site.default_language} steps={site.show_workflow_steps}")
    lines.append(f"icons {sorted(client.get_app_meta().tool_icons)}")
    return lines


def upload_and_describe(client: WorkflowClient, content: bytes) -> str:
    uploaded = client.upload_file(content, user="consumer", filename="notes.txt")
    user = client.get_end_user(uploaded.created_by) if uploaded.created_by else None
    since = user.created_at.isoformat() if user else "?"
    return f"{uploaded.id} {uploaded.name} {uploaded.size} bytes {uploaded.mime_type} since {since}"


def answer_form(client: WorkflowClient, token: str) -> list[str]:
    form = client.get_human_input_form(token)
    actions = [f"{a.id}:{a.title}" for a in form.user_actions]
    expires = form.expiration_time or 0
    client.submit_human_input_form(token, inputs={"comment": "ok"}, action=form.user_actions[0].id, user="c")
    return [form.form_content, *actions, str(expires)]


async def follow_async(client: AsyncWorkflowClient, seconds: str) -> str:
    async with client.stream_workflow({"seconds": seconds}, user="consumer") as stream:
        try:
            outcome = await stream.outcome()
        except APIConnectionError as exc:
            return f"lost {exc.workflow_run_id}"
    return f"{outcome.status} {outcome.outputs} {outcome.total_tokens} {outcome.from_run_detail}"


def run_async(client: AsyncWorkflowClient, seconds: str) -> str:
    return asyncio.run(follow_async(client, seconds))
