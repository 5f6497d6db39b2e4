"""scripts/generate.py: deterministic, stamped, stable under retranslation, stale-checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from tests._support import ROOT, run_script, tree_bytes

GENERATED = ROOT / "generated" / "dify_workflow_api"
STOP = "/workflows/tasks/{task_id}/stop"


@pytest.fixture
def with_src(project_copy: Path) -> Path:
    shutil.copytree(ROOT / "src", project_copy / "src", ignore=shutil.ignore_patterns("__pycache__"))
    return project_copy


def test_generation_is_deterministic_and_committed(project_copy: Path) -> None:
    first = run_script("generate.py", "--root", project_copy)
    assert first.returncode == 0, first.stderr
    once = tree_bytes(project_copy / "generated")
    second = run_script("generate.py", "--root", project_copy)
    assert second.returncode == 0, second.stderr
    assert tree_bytes(project_copy / "generated") == once
    # What the repo holds is exactly what generation produces.
    assert once == tree_bytes(ROOT / "generated")
    assert not list((project_copy / "generated").rglob(".ruff_cache"))


def test_every_generated_python_file_says_it_is_generated() -> None:
    files = sorted(GENERATED.rglob("*.py"))
    assert files
    for file in files:
        head = file.read_text("utf-8").splitlines()[:3]
        assert head[0].startswith("# GENERATED FILE - DO NOT EDIT"), file
        assert "openapi/en/workflow.yaml" in head[1] and "make generate" in head[0]
        assert "openapi-python-client 0.29.1" in head[2]


def test_check_fails_clearly_on_a_hand_edit(project_copy: Path) -> None:
    victim = project_copy / "generated/dify_workflow_api/errors.py"
    victim.write_text(victim.read_text() + "\n# hand edit\n", "utf-8")
    result = run_script("generate.py", "--check", "--root", project_copy)
    assert result.returncode == 1
    assert "stale" in result.stderr and "errors.py" in result.stderr and "make generate" in result.stderr


def test_check_fails_when_the_spec_changes_without_regeneration(project_copy: Path) -> None:
    spec = project_copy / "openapi/en/workflow.yaml"
    doc = yaml.safe_load(spec.read_text("utf-8"))
    doc["paths"][STOP]["post"]["parameters"][0]["schema"]["format"] = "uuid"
    spec.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
    result = run_script("generate.py", "--check", "--root", project_copy)
    assert result.returncode == 1
    assert "_spec_index.py" in result.stderr


def retranslate(root: Path) -> None:
    """What upstream does: rename the tag (twice in a year) and suffix the operationId."""
    for lang, tag, suffix in (("en", "Workflow Execution", "Ja"), ("ja", "ワークフロー実行", "Ja")):
        spec = root / "openapi" / lang / "workflow.yaml"
        doc = yaml.safe_load(spec.read_text("utf-8"))
        op = doc["paths"][STOP]["post"]
        op["tags"] = [tag]
        op["operationId"] = "stopWorkflowTaskGeneration" + suffix
        doc["tags"] = [{"name": tag, "description": "renamed"}]
        spec.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")


CONSUMER = textwrap.dedent(
    """
    import httpx
    from dify_workflow import WorkflowClient, BadRequestError, StopTaskResult

    def handler(request):
        if request.url.path.endswith("/bad/stop"):
            return httpx.Response(400, json={"status": 400, "code": "invalid_param", "message": "m"})
        return httpx.Response(200, json={"result": "success"}, headers={"x-request-id": "r-1"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with WorkflowClient(api_key="app-consumer-key-000000", http_client=http, lang="ja") as client:
        result = client.stop_task("c3800678-a077-43df-a102-53f23ed20b88", user="user_workflow_123")
        assert result == StopTaskResult(result="success", request_id="r-1"), result
        try:
            client.stop_task("bad", user="u")
        except BadRequestError as err:
            print(result.result, err.code, err.description)
    """
)


def run_consumer(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{root / 'generated'}"}
    return subprocess.run(
        [sys.executable, "-c", CONSUMER],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_consumer_code_survives_a_retranslated_spec(with_src: Path) -> None:
    before = run_consumer(with_src)
    assert before.returncode == 0, before.stderr
    layout = sorted(tree_bytes(with_src / "generated"))
    retranslate(with_src)
    regenerated = run_script("generate.py", "--root", with_src)
    assert regenerated.returncode == 0, regenerated.stderr
    # The module layout did not move; only the data that records the names changed.
    assert sorted(tree_bytes(with_src / "generated")) == layout
    index = (with_src / "generated/dify_workflow_api/_spec_index.py").read_text("utf-8")
    assert "stopWorkflowTaskGenerationJa" in index
    after = run_consumer(with_src)
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout == "success invalid_param 必須パラメータが不足しているか無効です。\n"


def test_help_explains_usage() -> None:
    for script in ("generate.py", "prepare_spec.py", "spec_parity.py"):
        result = run_script(script, "--help")
        assert result.returncode == 0, script
        assert "usage:" in result.stdout
