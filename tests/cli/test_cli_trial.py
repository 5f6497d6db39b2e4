"""Defects a new user's trial found (issue 27), each pinned: a single `file` input gets one
object, ids Dify routes only as UUIDs are refused before sending, messages that fit the
case and say things once, a BOM in --inputs-file, a directory given as a file, the task id
of a finished run's events, a file name that is not UTF-8."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dify_workflow import InvalidInputError, JournalMismatchError, WorkflowClient
from dify_workflow.testing import FakeDify, FakeServer, server
from tests._support import KEY, ROOT
from tests.cli.test_cli import run

FILE_LIST = {"file-list": {"variable": "docs", "label": "docs", "type": "file-list", "required": False}}
ONE_FILE = {"file": {"variable": "doc", "label": "doc", "type": "file", "required": False}}


@pytest.fixture
def fake() -> Iterator[tuple[FakeDify, FakeServer]]:
    dify = FakeDify(time_scale=0.01, extra_inputs=[ONE_FILE, FILE_LIST])
    with server(dify) as srv:
        yield dify, srv


def env_of(srv: FakeServer) -> dict[str, str]:
    return {"DIFY_API_KEY": KEY, "DIFY_BASE_URL": srv.url}


def test_a_file_list_input_gets_a_list_and_a_file_input_one_object(
    fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = fake
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    result = run(
        "run", "--file", f"doc={tmp_path / 'a.txt'}", "--file", f"docs={tmp_path / 'a.txt'}",
        "--file", f"docs={tmp_path / 'b.txt'}", "--user", "ops", env=env_of(srv),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sent = next(r[3] for r in dify.requests if r[1] == "/workflows/run")["inputs"]
    assert (
        isinstance(sent["doc"], dict) and [f["transfer_method"] for f in sent["docs"]] == ["local_file"] * 2
    )
    twice = run(
        "run", "--file", f"doc={tmp_path / 'a.txt'}", "--file", f"doc={tmp_path / 'b.txt'}",
        "--user", "ops", env=env_of(srv),
    )  # fmt: skip
    assert (
        twice.returncode == 2 and "'doc' is a single-file input (type file); give it one file" in twice.stderr
    )


def test_a_directory_given_as_a_file_says_so(fake: tuple[FakeDify, FakeServer], tmp_path: Path) -> None:
    _, srv = fake
    result = run("run", "--file", f"doc={tmp_path}", "--user", "ops", env=env_of(srv))
    assert result.returncode == 2 and f"--file {tmp_path}: is a directory, not a file" in result.stderr


def test_an_inputs_file_with_a_bom_is_read(fake: tuple[FakeDify, FakeServer], tmp_path: Path) -> None:
    dify, srv = fake
    (tmp_path / "in.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"seconds": "1"}).encode())
    result = run("run", "--inputs-file", str(tmp_path / "in.json"), "--user", "ops", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    assert next(r[3] for r in dify.requests if r[1] == "/workflows/run")["inputs"] == {"seconds": "1"}


def test_unrecognized_arguments_are_said_once() -> None:
    result = run("app", "info", "stray-value")
    assert result.returncode == 2
    assert result.stderr.count("not shown") == 1 and "(values not shown)" not in result.stderr


def test_events_of_a_finished_run_do_not_print_the_run_id_as_the_task_id(
    fake: tuple[FakeDify, FakeServer],
) -> None:
    dify, srv = fake
    assert run("run", "--input", "seconds=1", "--user", "ops", env=env_of(srv)).returncode == 0
    [the_run] = dify.runs.values()
    result = run("events", the_run.run_id, "--user", "ops", env=env_of(srv))
    assert result.returncode == 0, result.stderr
    assert f"task {the_run.run_id}" not in result.stdout
    assert (
        result.stdout.splitlines()[0]
        == f"run {the_run.run_id} (task id not known yet: it comes with the first live event)"
    )


@pytest.mark.parametrize(
    ("command", "what"),
    [(["runs", "get", "nope"], "workflow_run_id"), (["events", "nope", "--user", "u"], "workflow_run_id")],
)
def test_a_malformed_run_id_is_refused_before_sending(
    fake: tuple[FakeDify, FakeServer], command: list[str], what: str
) -> None:
    # Dify 1.15.0 answers a run id that is not a UUID with a 500 (found in the trial; the
    # client used to retry it twice and say "HTTP 500 unknown").
    dify, srv = fake
    result = run(*command, env=env_of(srv))
    assert result.returncode == 2 and f"{what} 'nope' is not a UUID" in result.stderr
    assert not [r for r in dify.requests if "nope" in r[1]]


def test_library_ids_that_dify_routes_only_as_uuids_are_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(sent.append)))  # type: ignore[arg-type]
    for call, name in ((lambda: client.get_workflow_run("nope"), "workflow_run_id"),
                       (lambda: client.get_end_user("nope"), "end_user_id"),
                       (lambda: client.stream_workflow_events("nope", user="u"), "workflow_run_id")):  # fmt: skip
        with pytest.raises(InvalidInputError) as caught:
            call()
        assert f"{name} 'nope' is not a UUID" in str(caught.value)
    assert sent == []


def test_a_file_name_that_is_not_utf8_is_an_input_error() -> None:
    client = WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    )
    with pytest.raises(InvalidInputError) as caught:
        client.upload_file(b"x", user="u", filename="caf\udce9.txt")
    assert "is not valid text" in str(caught.value) and "pass filename=" in str(caught.value)


def test_journal_mismatch_is_a_dify_error_exported_and_a_usage_error_in_the_cli(
    fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    from dify_workflow import DifyError

    assert issubclass(JournalMismatchError, DifyError) and issubclass(JournalMismatchError, ValueError)
    _, srv = fake
    (tmp_path / "rows.jsonl").write_text('{"seconds": "1"}\n')
    (tmp_path / "rows.jsonl.journal.db").write_text("this is not SQLite")
    result = run("batch", str(tmp_path / "rows.jsonl"), "--user", "b", "--resume", env=env_of(srv))
    assert result.returncode == 2, result.stderr
    assert "is not a batch journal" in result.stderr and "Traceback" not in result.stderr


# -- the stand-in beside the real server (issue 27's differences) ------------------------


def _client_of(fake: FakeDify) -> httpx.Client:
    from dify_workflow.testing import transport

    return httpx.Client(
        transport=transport(fake), base_url="http://dify.test/v1", headers={"Authorization": "Bearer k"}
    )


def test_the_stand_in_refuses_keys_it_was_not_given_with_difys_401s() -> None:
    from dify_workflow import AuthenticationError
    from dify_workflow.testing import transport
    from tests._replay import recording

    fake = FakeDify(time_scale=0.01, api_key=["good-1", "good-2"])
    bad = WorkflowClient(api_key="wrong", http_client=httpx.Client(transport=transport(fake)))
    with pytest.raises(AuthenticationError) as caught:
        bad.get_app_info()
    assert (
        caught.value.message == json.loads(recording("62-error-401-bad-key")["response"]["body"])["message"]
    )
    for key in ("good-1", "good-2"):
        assert WorkflowClient(api_key=key, http_client=httpx.Client(transport=transport(fake))).get_app_info()
    bare = httpx.Client(transport=transport(fake)).get("http://dify.test/v1/info")
    assert bare.json() == json.loads(recording("63-error-401-no-auth")["response"]["body"])


@pytest.mark.parametrize(
    ("name", "path", "body"),
    [
        ("11-workflow-run-by-id-unknown", None, None),
        ("12-workflow-run-by-id-malformed", None, None),
        ("64-error-400-missing-inputs", None, None),
        ("65-error-400-bad-response-mode", None, None),
        ("66-error-400-missing-user", None, None),
        ("78-error-400-null-inputs", None, None),
        ("33-text-to-audio", None, None),
        ("55-hi-form-get-unknown-token", None, None),
        ("27-files-upload-too-large", None, None),
    ],
)
def test_the_stand_in_answers_errors_with_difys_words(name: str, path: object, body: object) -> None:
    from tests._replay import recording

    exchange = recording(name)
    request = exchange["request"]
    fake = FakeDify(time_scale=0.01)
    with _client_of(fake) as client:
        if name.startswith("27"):
            content = b"A" * (15 * 1024 * 1024 + 1)
            answer = client.post(
                "/files/upload", files={"file": ("big.txt", content, "text/plain")}, data={"user": "u"}
            )
        elif request["method"] == "GET":
            answer = client.get(request["path"][3:], params=request.get("query"))
        else:
            answer = client.post(request["path"][3:], json=request["body"])
    recorded = json.loads(exchange["response"]["body"])
    assert (answer.status_code, answer.json()) == (exchange["response"]["status"], recorded)


def test_the_stand_in_answers_a_malformed_run_id_with_a_500_and_replays_only_the_end_of_a_finished_run() -> (
    None
):
    from tests._replay import data_events

    fake = FakeDify(time_scale=0.01)
    with _client_of(fake) as client:
        assert client.get("/workflows/run/nope").status_code == 500  # the trial's finding on 1.15.0
        run_id = client.post("/workflows/run", json={"inputs": {"seconds": "1"}, "user": "u"}).json()[
            "workflow_run_id"
        ]
        replay = client.get(
            f"/workflow/{run_id}/events", params={"user": "u", "include_state_snapshot": "true"}
        )
    events = [json.loads(line[6:]) for line in replay.text.splitlines() if line.startswith("data: ")]
    # As the real server does for a finished run, snapshot or not (34; the trial's finding).
    assert [e["event"] for e in events] == [
        e["event"] for e in data_events("34-workflow-events-finished-run")
    ]


def test_https_to_the_stand_in_fails_at_once_with_the_tls_hint() -> None:
    import time as clock

    from dify_workflow import APIConnectionError

    with server(FakeDify(time_scale=0.01)) as srv:
        started = clock.monotonic()
        with WorkflowClient(
            api_key=KEY, base_url=srv.url.replace("http://", "https://"), max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError) as caught:
                client.get_app_info()
    assert clock.monotonic() - started < 3
    assert "does not speak TLS" in caught.value.message


# -- rows checked before a batch, and inputs it could not read --------------------------


BATCH_INPUTS = [
    {
        "text-input": {
            "variable": "topic",
            "label": "Topic",
            "type": "text-input",
            "required": True,
            "max_length": 5,
        }
    },
    {"number": {"variable": "count", "label": "Count", "type": "number", "required": False}},
    {"file": {"variable": "doc", "label": "Doc", "type": "file", "required": False}},
]


@pytest.fixture
def batch_fake() -> Iterator[tuple[FakeDify, FakeServer]]:
    dify = FakeDify(time_scale=0.01, extra_inputs=BATCH_INPUTS)
    with server(dify) as srv:
        yield dify, srv


def test_rows_are_checked_for_what_dify_would_refuse_before_anything_is_sent(
    batch_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = batch_fake
    (tmp_path / "rows.jsonl").write_text(
        '{"topic": 5}\n{"topic": "too long"}\n{"topic": "ok", "count": "many"}\n'
        '{"topic": "ok", "doc": "missing.pdf"}\n{"topic": ""}\n'
    )
    result = run("batch", str(tmp_path / "rows.jsonl"), "--user", "b", env=env_of(srv))
    assert result.returncode == 2 and "nothing was sent" in result.stderr
    assert "row 1: topic must be text, not int 5" in result.stderr
    assert "row 2: topic is 8 characters long; the app takes at most 5 (max_length)" in result.stderr
    assert "row 3: count must be a number, not 'many'" in result.stderr
    assert "row 4: doc: no such file 'missing.pdf'" in result.stderr
    assert "row 5" not in result.stderr, "Dify takes an empty text"
    assert [r for r in dify.requests if r[1] == "/workflows/run"] == []


def test_csv_rows_with_extra_fields_or_a_header_twice_are_refused(
    batch_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    _, srv = batch_fake
    (tmp_path / "extra.csv").write_text("topic,count\nab,1,oops\n")
    extra = run("batch", str(tmp_path / "extra.csv"), "--user", "b", env=env_of(srv))
    assert extra.returncode == 2 and "row 1: 3 fields, but the header has 2 columns" in extra.stderr
    (tmp_path / "twice.csv").write_text("topic,Topic\nab,cd\n")
    twice = run("batch", str(tmp_path / "twice.csv"), "--user", "b", env=env_of(srv))
    assert twice.returncode == 2 and "the header names topic more than once" in twice.stderr


def test_an_input_that_is_not_utf8_says_so_and_encoding_reads_it(
    batch_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    dify, srv = batch_fake
    (tmp_path / "latin.csv").write_bytes("topic\ncaf\xe9\n".encode("latin-1"))
    refused = run("batch", str(tmp_path / "latin.csv"), "--user", "b", env=env_of(srv))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "not utf-8 text (byte 0xe9" in refused.stderr and "--encoding latin-1" in refused.stderr
    read = run("batch", str(tmp_path / "latin.csv"), "--user", "b", "--encoding", "latin-1", env=env_of(srv))
    assert read.returncode == 0, read.stderr
    assert next(r[3] for r in dify.requests if r[1] == "/workflows/run")["inputs"]["topic"] == "café"


def test_a_csv_field_longer_than_the_csv_modules_limit_is_read(
    batch_fake: tuple[FakeDify, FakeServer], tmp_path: Path
) -> None:
    _, srv = batch_fake
    long = "x" * 200_000
    (tmp_path / "long.csv").write_text(f"topic\n{long}\n")
    result = run("batch", str(tmp_path / "long.csv"), "--user", "b", env=env_of(srv))
    # Read (no traceback), and checked: over the input's max_length of 5.
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "row 1: topic is 200000 characters long" in result.stderr


def test_an_html_404_on_a_route_with_an_id_names_the_id_not_only_the_base_url() -> None:
    from dify_workflow import NotFoundError

    page = httpx.Response(404, headers={"Content-Type": "text/html"}, content=b"<title>404 Not Found</title>")
    client = WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(lambda r: page))
    )
    with pytest.raises(NotFoundError) as with_id:
        client.get_workflow_run("3f3e51d4-9a01-4d99-8b20-e5994bbb7ed0")
    assert "the workflow_run_id is not one it routes, or the base URL is wrong" in with_id.value.message
    with pytest.raises(NotFoundError) as route:
        client.get_app_info()
    assert "no such API route" in route.value.message


def test_speech_on_without_a_provider_answers_as_dify_does() -> None:
    from dify_workflow import BadRequestError
    from dify_workflow.testing import transport
    from tests._replay import recording

    fake = FakeDify.from_dsl(
        ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml"
    )
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with pytest.raises(BadRequestError) as speech:
        client.text_to_audio("Hello", user="u")
    recorded = json.loads(recording("61-hi-text-to-audio-no-provider")["response"]["body"])
    assert (speech.value.code, speech.value.message) == (recorded["code"], recorded["message"])
    with pytest.raises(BadRequestError) as text:
        client.audio_to_text(b"RIFF....WAVEfmt ", user="u", filename="a.wav")
    assert (
        text.value.message
        == json.loads(recording("60-hi-audio-to-text-no-provider")["response"]["body"])["message"]
    )


def test_a_stopped_run_reports_the_time_it_ran_not_the_planned_one() -> None:
    import time as clock

    fake = FakeDify(time_scale=0.01)  # a 600 s run would last 6 s
    with server(fake) as srv, WorkflowClient(api_key=KEY, base_url=srv.url) as client:
        with client.stream_workflow({"seconds": "600"}, user="u") as stream:
            clock.sleep(0.5)
            assert stream.stop().confirmed
        detail = client.get_workflow_run(stream.workflow_run_id)
    assert detail.elapsed_time is not None and 30 < detail.elapsed_time < 200, detail.elapsed_time


def test_a_resumption_goes_through_a_worker_so_run_detail_says_paused_for_a_while() -> None:
    # Seen against Dify 1.15.0 in a user's trial (issue 27): run detail still said `paused`
    # 2 s after the submit; the stand-in picks a resumption up 2 s (scaled) later.
    import time as clock

    from dify_workflow.testing import transport

    fake = FakeDify.from_dsl(
        ROOT / "tests" / "data" / "dify-recordings" / "apps" / "human_input_workflow.yml", time_scale=0.5
    )
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with client.stream_workflow({"topic": "t"}, user="u") as stream:
        paused = stream.outcome()
    assert paused.status == "paused" and paused.form_token is not None
    client.submit_human_input_form(paused.form_token, inputs={"comment": "ok"}, action="approve", user="u")
    assert client.get_workflow_run(paused.workflow_run_id).status == "paused"
    clock.sleep(0.6)
    assert client.get_workflow_run(paused.workflow_run_id).status == "paused"
    deadline = clock.monotonic() + 5
    while client.get_workflow_run(paused.workflow_run_id).status == "paused" and clock.monotonic() < deadline:
        clock.sleep(0.05)
    assert client.get_workflow_run(paused.workflow_run_id).status in ("running", "succeeded")


def test_argument_bytes_that_are_not_utf8_are_a_usage_error() -> None:
    import os
    import subprocess

    from tests.cli.test_cli import CLI

    base = {k: v for k, v in os.environ.items() if not k.startswith("DIFY_")}
    done = subprocess.run(
        [os.fsencode(CLI), b"run", b"--input", b"topic=caf\xe9", b"--user", b"u"],
        capture_output=True,
        env={**base, "DIFY_API_KEY": KEY, "DIFY_BASE_URL": "http://127.0.0.1:9/v1"},
        timeout=60,
    )
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert b"--input: a value holds bytes that are not UTF-8 text" in done.stderr


def _resumed_events(app: Path, inputs: dict[str, str]) -> list[str]:
    from dify_workflow.testing import transport

    fake = FakeDify.from_dsl(app, time_scale=0.01)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with client.stream_workflow(inputs, user="u") as stream:
        paused = stream.outcome()
    assert paused.form_token is not None
    with client.stream_workflow_events(paused.workflow_run_id, user="u", continue_on_pause=True) as resumed:
        client.submit_human_input_form(
            paused.form_token, inputs={"comment": "ok"}, action="approve", user="u"
        )
        names = [event.event for event in resumed]
        assert resumed.outcome().status == "succeeded"
    return names


def test_after_a_resume_past_an_if_else_no_end_text_chunks_are_streamed() -> None:
    # Seen against Dify 1.15.0 in a user's trial (issue 27): with an if-else before the
    # human-input node, the resumed run streams no text_chunk for the End outputs; without
    # one it does (recording 47).
    apps = ROOT / "tests" / "data"
    branched = _resumed_events(apps / "apps" / "triage_workflow.yml", {"question": "?", "route": "review"})
    plain = _resumed_events(apps / "dify-recordings" / "apps" / "human_input_workflow.yml", {"topic": "t"})
    assert "text_chunk" not in branched and branched[-1] == "workflow_finished"
    assert "text_chunk" in plain


def test_a_remote_file_the_server_cannot_fetch_is_refused_as_dify_does() -> None:
    # Seen against Dify 1.15.0 in a user's trial (issue 27): 400 "Reached maximum retries
    # (3) for URL ...". The stand-in reaches no network: the scenario names the URLs it can.
    from dify_workflow import BadRequestError, FileInput
    from dify_workflow.testing import transport

    app = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_workflow.yml"
    url = "https://files.example/photo.png"
    unreachable = WorkflowClient(
        api_key=KEY, http_client=httpx.Client(transport=transport(FakeDify.from_dsl(app)))
    )
    with pytest.raises(BadRequestError) as caught:
        unreachable.run_workflow({"seconds": "0"}, user="u", files=[FileInput.remote(url)])
    assert (caught.value.code, caught.value.message) == (
        "invalid_param",
        f"Reached maximum retries (3) for URL {url}",
    )
    reachable = FakeDify.from_dsl(app, remote_urls=[url], time_scale=0.01)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(reachable)))
    assert (
        client.run_workflow({"seconds": "0"}, user="u", files=[FileInput.remote(url)]).data.status
        == "succeeded"
    )


def test_an_http_node_shows_the_request_its_dsl_makes_and_fails_past_its_read_timeout() -> None:
    # Issue 27, 16: where the scenario is silent, the DSL drives the HTTP node: the request
    # Dify shows in process_data (recording 01), and the node's read timeout (300 s here).
    from dify_workflow import NodeFinishedEvent
    from dify_workflow.testing import transport
    from tests._replay import recording

    app = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_workflow.yml"
    recorded = next(
        json.loads(chunk["raw"][len("data: ") :])["data"]
        for chunk in recording("01-workflow-run-streaming-succeeded")["response"]["sse"]
        if '"node_type":"http-request"' in chunk["raw"] and '"node_finished"' in chunk["raw"]
    )
    fake = FakeDify.from_dsl(app, time_scale=0.001)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(fake)))
    with client.stream_workflow({"seconds": "1"}, user="u") as stream:
        http = [e.data for e in stream if isinstance(e, NodeFinishedEvent) and e.data.node_id == "http_node"]
    assert http[0].process_data == recorded["process_data"]
    slow = FakeDify.from_dsl(app, durations={"http_node": 301}, time_scale=0.001)
    client = WorkflowClient(api_key=KEY, http_client=httpx.Client(transport=transport(slow)))
    with client.stream_workflow({"seconds": "1"}, user="u") as stream:
        events = [e.data for e in stream if isinstance(e, NodeFinishedEvent)]
        outcome = stream.outcome()
    assert outcome.status == "failed"
    assert outcome.error == "Request timed out: the read timeout of 300 s passed (the stand-in's words)"
    assert [(e.node_id, e.status, e.elapsed_time) for e in events][-1] == ("http_node", "failed", 300.0)


def test_a_stop_sent_at_a_short_runs_first_event_stops_it() -> None:
    # Issue 27, 12: against Dify 1.15.0 a stop sent at the first live event of a run whose
    # nodes take no time stopped it, as Dify's engine spends ~10 ms between nodes and 15 ms
    # before workflow_finished (recording 01's event times); the stand-in let it succeed.
    from dify_workflow import WorkflowStartedEvent

    app = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_workflow.yml"
    fake = FakeDify.from_dsl(app)  # the HTTP node takes no time: the run is all gaps
    with server(fake) as srv, WorkflowClient(api_key=KEY, base_url=srv.url) as client:
        with client.stream_workflow({"seconds": "0"}, user="u") as stream:
            assert isinstance(next(iter(stream)), WorkflowStartedEvent)
            outcome = stream.stop()
        assert (outcome.status, outcome.confirmed) == ("stopped", True)
        unstopped = client.run_workflow({"seconds": "0"}, user="u").data
    assert unstopped.status == "succeeded" and unstopped.elapsed_time is not None
