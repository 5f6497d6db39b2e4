"""`dify-workflow chat`, `conversations` and `messages` as an operator runs them, against
the stand-in playing the recorded Chatflow app over loopback."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from dify_workflow.testing import FakeDify, FakeServer, server
from tests._support import KEY
from tests.cli.test_cli import CLI, run
from tests.contract.test_stand_in_chat import APPS, chatflow
from tests.reliability.test_batch_busy import env_for

USER = "cli-user"


@pytest.fixture
def echo() -> Iterator[tuple[FakeDify, FakeServer]]:
    fake = chatflow(0.05)
    with server(fake) as srv:
        yield fake, srv


def test_one_question_streams_its_answer(echo: tuple[FakeDify, FakeServer]) -> None:
    fake, srv = echo
    done = run("chat", "hello there", "--user", USER, env=env_for(srv.url))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "echo: hello there (before: )\n"
    assert KEY not in done.stdout + done.stderr
    (posted,) = [r for r in fake.requests if r[1] == "/chat-messages"]
    assert posted[3]["query"] == "hello there" and posted[3]["response_mode"] == "streaming"


def test_json_gives_the_answer_and_its_ids_and_a_later_call_continues(
    echo: tuple[FakeDify, FakeServer],
) -> None:
    _, srv = echo
    first = run("chat", "one", "--user", USER, "--json", "--input", "seconds=0", env=env_for(srv.url))
    record = json.loads(first.stdout)
    assert (record["status"], record["answer"]) == ("succeeded", "echo: one (before: )")
    again = run(
        "chat",
        "two",
        "--user",
        USER,
        "--conversation",
        record["conversation_id"],
        "--json",
        env=env_for(srv.url),
    )
    assert json.loads(again.stdout)["answer"] == "echo: two (before: one)"
    assert json.loads(again.stdout)["conversation_id"] == record["conversation_id"]


def test_a_session_keeps_the_conversation_until_end_of_input(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    done = run("chat", "--user", USER, stdin="first\n\nsecond\n", env=env_for(srv.url))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["echo: first (before: )", "echo: second (before: first)"]
    assert "conversation " in done.stderr and "--conversation" in done.stderr


def test_an_unknown_conversation_is_said(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    unknown = "00000000-0000-0000-0000-000000000000"
    done = run("chat", "hi", "--user", USER, "--conversation", unknown, env=env_for(srv.url))
    assert done.returncode == 0
    assert f"warning: the message was sent to conversation {unknown} but the server answered" in done.stderr


def test_ctrl_c_stops_the_answer_on_the_server_and_the_session_goes_on(
    echo: tuple[FakeDify, FakeServer],
) -> None:
    fake, srv = echo
    proc = subprocess.Popen(
        [CLI, "chat", "--user", USER, "--input", "seconds=60"],  # 3 s per answer at this time scale
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(srv.url),
    )
    assert proc.stdin is not None
    proc.stdin.write("slow one\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 20
    while not any(not r.ended and r.status == "running" for r in fake.runs.values()):
        assert time.monotonic() < deadline, "the message never started"
        time.sleep(0.02)
    time.sleep(0.3)  # the first event has reached the CLI
    proc.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 20
    while not fake.stops:
        assert time.monotonic() < deadline, "no stop arrived"
        time.sleep(0.02)
    out, err = proc.communicate(input="after\n", timeout=60)
    assert proc.returncode == 0, err
    assert "stopped (confirmed)" in err
    (stopped,) = [r for r in fake.runs.values() if r.status == "stopped"]
    assert fake.stops == [stopped.task_id]
    assert out.splitlines()[-1] == "echo: after (before: )", (
        "the stopped turn wrote no memory; the session went on"
    )


def test_conversations_and_messages(echo: tuple[FakeDify, FakeServer]) -> None:
    _, srv = echo
    env = env_for(srv.url)
    first = json.loads(run("chat", "one", "--user", USER, "--json", env=env).stdout)
    conversation = first["conversation_id"]
    run("chat", "two", "--user", USER, "--conversation", conversation, env=env)
    listed = run("conversations", "list", "--user", USER, env=env)
    assert conversation in listed.stdout and "1 conversations" in listed.stdout
    renamed = run("conversations", "rename", conversation, "Numbers", "--user", USER, env=env)
    assert renamed.stdout == f"renamed {conversation} to 'Numbers'\n"
    variables = run("conversations", "variables", conversation, "--user", USER, "--json", env=env)
    assert json.loads(variables.stdout)["value"] == "two"
    history = run("messages", conversation, "--user", USER, env=env)
    lines = history.stdout.splitlines()
    assert [line.split("] ", 1)[1] for line in lines[::2]] == [f"{USER}: one", f"{USER}: two"], "oldest first"
    assert lines[3] == "  answer: echo: two (before: one)"
    deleted = run("conversations", "delete", conversation, "--user", USER, env=env)
    assert deleted.returncode == 0
    gone = run("messages", conversation, "--user", USER, env=env)
    assert gone.returncode == 1 and "not_found" in gone.stderr


def test_chat_help_has_examples_and_a_workflow_key_is_explained() -> None:
    helped = run("chat", "--help")
    assert "examples:" in helped.stdout and "Ctrl-D leaves" in helped.stdout
    fake = FakeDify.from_dsl(APPS / "slow_workflow.yml", time_scale=0.01)
    with server(fake) as srv:
        refused = run("chat", "hi", "--user", USER, env=env_for(srv.url))
    assert refused.returncode == 1
    assert "not_chat_app" in refused.stderr and KEY not in refused.stderr
