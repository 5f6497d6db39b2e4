"""`FakeDify.from_dsl`: the DSL is read strictly, inputs are validated with Dify's
messages, branches follow the conditions or the scenario, the scenario's outputs,
failures and audio answers come through, and runs live on their own."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from dify_workflow import (
    BadRequestError,
    HumanInputRequiredEvent,
    NodeStartedEvent,
    WorkflowClient,
    input_fields,
)
from dify_workflow.testing import FakeDify
from tests._support import ROOT

TRIAGE = ROOT / "tests" / "data" / "apps" / "triage_workflow.yml"
HUMAN = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml"
DSL: dict[str, Any] = yaml.safe_load(TRIAGE.read_text("utf-8"))


def client_of(fake: FakeDify) -> WorkflowClient:
    return WorkflowClient(
        api_key="k", base_url="https://dify.test/v1", http_client=httpx.Client(transport=fake.transport())
    )


def with_changes(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(DSL)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = document
        for part in parents:
            target = target[part]
        target[last] = value
    return document


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (with_changes(kind="dataset"), "kind is 'dataset': only app exports (kind: app) can be played"),
        (
            with_changes(version="0.7.0"),
            "DSL version '0.7.0' is not supported: exports of version 0.1.x to 0.6.x are",
        ),
        (
            with_changes(app__mode="agent-chat"),
            "app.mode is 'agent-chat': the stand-in plays Workflow apps (mode: workflow) and Chatflow apps",
        ),
        (
            # A Chatflow answers through Answer nodes: the triage workflow has none.
            with_changes(app__mode="advanced-chat"),
            "the Chatflow has no Answer node",
        ),
        ("no-such-file.yml", "'no-such-file.yml' is neither DSL text nor a readable file"),
    ],
)
def test_a_dsl_that_cannot_be_played_is_a_clear_error(document: Any, message: str) -> None:
    with pytest.raises(
        ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")
    ):
        FakeDify.from_dsl(document)


def test_yaml_text_a_path_and_the_mapping_give_the_same_app() -> None:
    for source in (TRIAGE.read_text("utf-8"), TRIAGE, str(TRIAGE), DSL):
        fields = input_fields(client_of(FakeDify.from_dsl(source)).get_app_parameters())
        assert [(f.name, f.kind, f.required, f.options) for f in fields] == [
            ("question", "paragraph", True, ()),
            ("route", "select", True, ("fast", "review")),
        ]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ({"route": "fast"}, "question is required in input form"),
        (
            {"question": "q", "route": "slow"},
            "route in input form must be one of the following: ['fast', 'review']",
        ),
        ({"question": 5, "route": "fast"}, "(type 'paragraph') question in input form must be a string"),
        ({"question": "q" * 201, "route": "fast"}, "question in input form must be less than 200 characters"),
    ],
)
def test_inputs_are_validated_with_difys_messages_in_both_modes(inputs: dict[str, Any], message: str) -> None:
    client = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01))
    with pytest.raises(BadRequestError) as caught:
        client.run_workflow(inputs, user="u")
    assert (caught.value.code, caught.value.message) == ("invalid_param", message)
    with client.stream_workflow(inputs, user="u") as stream:
        events = [e.event for e in stream]
        outcome = stream.outcome()
    assert events == ["workflow_started", "workflow_finished"]
    assert (outcome.status, outcome.error) == ("failed", message)


def test_if_else_conditions_on_the_inputs_choose_the_branch_unless_the_scenario_does() -> None:
    client = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01, chunks={"draft": ["A", "B"]}))
    with client.stream_workflow({"question": "q", "route": "fast"}, user="u") as stream:
        titles = [e.data.title for e in stream if isinstance(e, NodeStartedEvent)]
        assert stream.outcome().outputs == {"answer": "AB"}
    assert titles == ["Start", "Fast?", "Draft", "Answer"]
    forced = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01, branch={"route_check": "false"}))
    with forced.stream_workflow({"question": "q", "route": "fast"}, user="u") as stream:
        asked = [e for e in stream if isinstance(e, HumanInputRequiredEvent)]
        assert stream.outcome().status == "paused"
    assert asked[0].data.form_content == "Question: q\n\nComment: {{#$output.comment#}}"


def test_a_question_classifier_takes_the_scenarios_class_and_outputs_its_name() -> None:
    document = with_changes()
    nodes = document["workflow"]["graph"]["nodes"]
    checker = next(n for n in nodes if n["id"] == "route_check")
    checker["data"] = {
        "type": "question-classifier",
        "title": "Classify",
        "classes": [{"id": "1", "name": "simple"}, {"id": "2", "name": "hard"}],
    }
    for edge in document["workflow"]["graph"]["edges"]:
        if edge["source"] == "route_check":
            edge["sourceHandle"] = "1" if edge["target"] == "draft" else "2"
    first = client_of(FakeDify.from_dsl(document, time_scale=0.01))
    assert first.run_workflow({"question": "q", "route": "fast"}, user="u").data.status == "succeeded"
    second = client_of(FakeDify.from_dsl(document, time_scale=0.01, branch={"route_check": "2"}))
    assert second.run_workflow({"question": "q", "route": "fast"}, user="u").data.status == "paused"


def test_outputs_may_be_a_function_of_the_inputs_and_unsaid_ones_are_type_correct() -> None:
    fake = FakeDify.from_dsl(
        TRIAGE, time_scale=0.01, outputs={"draft": lambda inputs: {"text": inputs["question"].upper()}}
    )
    result = client_of(fake).run_workflow({"question": "loud", "route": "fast"}, user="u")
    assert result.data.outputs == {"answer": "LOUD"}
    default = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01)).run_workflow(
        {"question": "q", "route": "fast"}, user="u"
    )
    assert default.data.outputs == {"answer": ""}


def test_a_failing_node_fails_the_run_in_difys_shape() -> None:
    client = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01, fail={"draft": "quota"}))
    with client.stream_workflow({"question": "q", "route": "fast"}, user="u") as stream:
        events = list(stream)
    failed_node = events[-2]
    assert failed_node.raw["data"]["status"] == "failed" and failed_node.raw["data"]["error"] == "quota"
    assert (
        stream.outcome().status == "failed"
        and client.get_workflow_run(stream.workflow_run_id).status == "failed"
    )


def test_audio_answers_as_dify_does_with_the_feature_off_and_on() -> None:
    off = client_of(FakeDify.from_dsl(TRIAGE))
    with pytest.raises(BadRequestError) as caught:
        off.audio_to_text(b"RIFF....WAVEfmt ", user="u", filename="a.wav")
    assert (caught.value.code, caught.value.message) == ("invalid_param", "Speech to text is not enabled")
    on = client_of(FakeDify.from_dsl(HUMAN, speech_text="hello there", speech_audio=b"\xff\xfbMP3"))
    assert on.audio_to_text(b"RIFF....WAVEfmt ", user="u", filename="a.wav") == "hello there"
    with on.text_to_audio("Hi", user="u") as audio:
        assert audio.read() == b"\xff\xfbMP3"


def test_runs_go_on_when_the_client_goes_away_and_the_reads_reflect_them() -> None:
    fake = FakeDify.from_dsl(TRIAGE, time_scale=0.01, durations={"draft": 10})
    client = client_of(fake)
    with client.stream_workflow({"question": "q", "route": "fast"}, user="user-7") as stream:
        pass  # leave at once: the run goes on on the server
    assert client.get_workflow_run(stream.workflow_run_id).status == "running"
    deadline = time.monotonic() + 5
    while client.get_workflow_run(stream.workflow_run_id).status == "running" and time.monotonic() < deadline:
        time.sleep(0.02)
    detail = client.get_workflow_run(stream.workflow_run_id)
    assert (detail.status, detail.inputs["question"], detail.elapsed_time is not None) == (
        "succeeded",
        "q",
        True,
    )
    [log] = client.list_workflow_logs().data
    assert (log.workflow_run.id, log.workflow_run.status) == (stream.workflow_run_id, "succeeded")
    assert log.created_by_end_user is not None and log.created_by_end_user.session_id == "user-7"
    with client.stream_workflow_events(stream.workflow_run_id, user="user-7") as finished:
        [final] = list(finished)
    assert final.task_id == stream.workflow_run_id, "a finished run's final event, rebuilt as Dify does"


def test_a_snapshot_follower_replays_the_run_so_far_then_follows_it() -> None:
    fake = FakeDify.from_dsl(TRIAGE, time_scale=0.01, durations={"draft": 20})
    client = client_of(fake)
    with client.stream_workflow({"question": "q", "route": "fast"}, user="u") as stream:
        with client.stream_workflow_events(
            stream.workflow_run_id, user="u", include_state_snapshot=True
        ) as follower:
            names = [e.event for e in follower]
        live = [e.event for e in stream]
    assert names[0] == "workflow_started" and names[-1] == "workflow_finished"
    assert live == names


def test_the_dsl_of_the_recorded_app_is_what_the_default_stand_in_plays() -> None:
    import json
    from importlib import resources

    packaged = json.loads(
        resources.files("dify_workflow.testing").joinpath("recorded_app.json").read_text("utf-8")
    )
    shared = yaml.safe_load(
        (ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_workflow.yml").read_text("utf-8")
    )
    assert packaged == shared
    assert Path(ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml").is_file()


def test_a_scenario_function_that_raises_fails_the_run_instead_of_hanging_its_streams() -> None:
    def broken(inputs: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("answer")

    client = client_of(FakeDify.from_dsl(TRIAGE, time_scale=0.01, outputs={"draft": broken}))
    with client.stream_workflow({"question": "q", "route": "fast"}, user="u") as stream:
        outcome = stream.outcome()
    assert (outcome.status, outcome.error) == ("failed", "the stand-in's scenario raised KeyError: 'answer'")
    assert client.get_workflow_run(stream.workflow_run_id).status == "failed"
