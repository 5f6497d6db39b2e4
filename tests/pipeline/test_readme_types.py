"""Typed in practice (in pipeline/: it needs mypy, which the lowest-versions venv lacks): every ```python block of the README and a consumer program written
from it pass `mypy --strict` (each block its own module; names the README leaves to the
reader, such as `should_give_up`, come from the prelude here, not from the README), and
the blocks that need no more than the stand-in run against `dify_workflow.testing`."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dify_workflow import AsyncChatClient, AsyncWorkflowClient, ChatClient, WorkflowClient
from dify_workflow.testing import FakeDify, server, transport
from tests._support import ROOT
from tests.unit import chat_consumer_program as chat_program
from tests.unit import consumer_program as program

CHATFLOW = ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_chatflow.yml"
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
PRELUDE = "def should_give_up() -> bool:\n    return False\n\n\n"
# Blocks that call what the stand-in does not play yet (human-input forms, speech), name
# their own server, or are a test file of their own (run by test_readme_consumer.py).
NOT_RUNNABLE = (
    "get_human_input_form",
    "audio_to_text",
    "test_my_service.py",
    "test_triage.py",
    "test_chatflow.py",
    "dify.example.com",
)


def test_every_readme_block_and_a_consumer_program_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for index, block in enumerate(BLOCKS):
        path = tmp_path / f"readme_block_{index}.py"
        path.write_text(PRELUDE + block, "utf-8")
        files.append(str(path))
    for consumer in (Path(program.__file__), Path(chat_program.__file__)):
        source = consumer.read_text("utf-8")
        assert len(source.splitlines()) >= 80
        for forbidden in ("cast(", "is not None", "Unset", "type: ignore"):
            assert forbidden not in source, f"the consumer program may not use {forbidden!r}"
        (tmp_path / consumer.name).write_text(source, "utf-8")
        files.append(str(tmp_path / consumer.name))
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT / 'generated'}"}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", "--python-version=3.11", *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no issues found in {len(files)} source files" in result.stdout


def test_no_readme_block_leans_on_the_prelude_or_private_names() -> None:
    for block in BLOCKS:
        tree = ast.parse(block)
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        imported = {
            node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not [m for m in imported if m.startswith("dify_workflow._")], "no private imports"
        assert "should_give_up" not in defined, "placeholders live in the test's prelude"


@pytest.fixture
def live_fake(request: pytest.FixtureRequest) -> Iterator[str]:
    # A block of the chat clients talks to a Chatflow (the recorded one), the others to
    # the recorded workflow app.
    block = request.node.callspec.params.get("block", "")
    fake = (
        FakeDify.from_dsl(CHATFLOW, time_scale=0.005) if "ChatClient" in block else FakeDify(time_scale=0.005)
    )
    with server(fake) as fake_server:
        yield fake_server.url


RUNNABLE = [
    pytest.param(block, id=f"block{i}")
    for i, block in enumerate(BLOCKS)
    if not any(word in block for word in NOT_RUNNABLE)
]


@pytest.mark.parametrize("block", RUNNABLE)
def test_readme_blocks_run_against_the_stand_in(block: str, live_fake: str, tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 a report")
    (tmp_path / "tickets.jsonl").write_text(
        "".join(json.dumps({"seconds": str(i)}) + "\n" for i in range(5)), "utf-8"
    )
    env = {**os.environ, "DIFY_API_KEY": "app-readme-test", "DIFY_BASE_URL": live_fake}
    script = tmp_path / "example.py"
    script.write_text(PRELUDE + block, "utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "app-readme-test" not in result.stdout + result.stderr


def test_the_consumer_program_runs_against_the_stand_in() -> None:
    fake = FakeDify(time_scale=0.005)
    client = WorkflowClient(api_key="test", http_client=httpx.Client(transport=transport(fake)))
    assert " succeeded " in program.blocking_summary(client, "1")
    seen, outcome = program.live_run(client, "1")
    assert seen[0].startswith("run ") and any(line.startswith("> ") for line in seen)
    assert outcome.status == "succeeded" and outcome.outputs["status_code"] == 200
    stopped, detail = program.stop_soon(client)
    assert stopped.confirmed and stopped.status == "stopped" and detail.inputs["seconds"] == "30"
    assert program.recent_failures(client)[0].startswith("page 1:")
    assert program.describe_app(client)[1].startswith("input seconds: text-input")
    assert " notes.txt " in program.upload_and_describe(client, b"hello")
    async_client = AsyncWorkflowClient(
        api_key="test", http_client=httpx.AsyncClient(transport=transport(fake))
    )
    assert program.run_async(async_client, "1").startswith("succeeded {")


def test_the_chat_consumer_program_runs_against_the_stand_in() -> None:
    fake = FakeDify.from_dsl(
        CHATFLOW, time_scale=0.005, durations={"http_node": lambda i: float(i.get("seconds") or 0)}
    )
    client = ChatClient(api_key="test", http_client=httpx.Client(transport=transport(fake)))
    first = chat_program.ask(client, "hello")
    assert first.answer == "echo: hello (before: )" and not first.paused
    text, nodes, outcome = chat_program.live_answer(client, "again")
    assert text.endswith(" echo: again (before: )") and "Answer: succeeded" in nodes and "usage USD" in nodes
    assert outcome.succeeded and outcome.answer == "echo: again (before: )"
    stopped = chat_program.stop_midway(client)
    assert stopped.confirmed and stopped.status == "stopped"
    used, notes = chat_program.continue_or_warn(client, first.conversation_id)
    assert used == first.conversation_id and notes == []
    used, notes = chat_program.continue_or_warn(client, "00000000-0000-0000-0000-000000000000")
    assert notes == [f"00000000-0000-0000-0000-000000000000 -> {used}"]
    lines = chat_program.history(client, first.conversation_id)
    assert lines[0] == "page of 2 (more: False)" and "'still there?'" in lines[1]
    assert any(
        line.endswith("last_query='still there?' (string)") for line in chat_program.conversations(client)
    )
    feedback = chat_program.feedback_and_annotations(client, first.message_id)
    assert feedback[0] == f"like on {first.message_id}: useful" and feedback[1].startswith("1 annotation(s)")
    async_client = AsyncChatClient(api_key="test", http_client=httpx.AsyncClient(transport=transport(fake)))
    assert chat_program.run_async(async_client, "async").startswith("succeeded echo: async")
