"""Spec evolution: each change upstream makes is applied to a temp copy of the vendored
specs, the client is regenerated there, and the public behaviour (stop_task on every shape
of its answer, errors, stable model names) is checked unchanged against the same answers."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._support import ROOT, run_script

STOP = "/workflows/tasks/{task_id}/stop"
RUN_DETAIL = "/workflows/run/{workflow_run_id}"
Doc = dict[str, Any]

CONSUMER = textwrap.dedent(
    """
    import json, httpx
    from dify_workflow import WorkflowClient, BadRequestError
    from dify_workflow_api import stable_names

    answers = {"enum": {"result": "success"}, "plain": {"result": "stopped-by-now"}}

    def handler(request):
        task = request.url.path.split("/")[-2]
        if task == "bad":
            return httpx.Response(400, json={"status": 400, "code": "invalid_param", "message": "m"})
        return httpx.Response(200, json=answers[task])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    out = {}
    with WorkflowClient(api_key="app-consumer-key-000000", http_client=http, lang="ja") as client:
        out["enum"] = client.stop_task("enum", user="u").result
        out["plain"] = client.stop_task("plain", user="u").result
        try:
            client.stop_task("bad", user="u")
        except BadRequestError as err:
            out["error"] = [err.code, err.description]
    out["names"] = sorted(n for n in stable_names.__all__)
    out["events"] = sorted(stable_names.EVENT_MODELS)
    detail = stable_names.GetWorkflowsRunWorkflowRunIdResponse200.from_dict(
        {"id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156", "workflow_id": "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345", "status": "succeeded", "inputs": "{}", "outputs": {},
         "error": None, "total_steps": 1, "total_tokens": 0, "created_at": 1, "finished_at": 2,
         "elapsed_time": 0.5}
    )
    out["detail"] = detail.to_dict()["status"]
    print(json.dumps(out, sort_keys=True, ensure_ascii=False))
    """
)


def _load(root: Path, lang: str) -> Doc:
    return yaml.safe_load((root / "openapi" / lang / "workflow.yaml").read_text("utf-8"))


def _save(root: Path, lang: str, doc: Doc) -> None:
    (root / "openapi" / lang / "workflow.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=4096), "utf-8"
    )


def _stop_ok_schema(doc: Doc) -> Doc:
    response = doc["paths"][STOP]["post"]["responses"]["200"]
    if "$ref" in response:
        response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return response["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def result_enum_removed(doc: Doc, lang: str) -> None:
    _stop_ok_schema(doc)["properties"]["result"].pop("enum", None)


def result_enum_added(doc: Doc, lang: str) -> None:
    _stop_ok_schema(doc)["properties"]["result"]["enum"] = ["success"]


def enum_added_to_a_response_field(doc: Doc, lang: str) -> None:
    schema = doc["components"]["schemas"]["WorkflowRunDetailResponse"]
    schema["properties"]["status"]["enum"] = ["running", "succeeded"]


def uuid_format_added(doc: Doc, lang: str) -> None:
    for param in doc["paths"][STOP]["post"].get("parameters", []):
        param["schema"]["format"] = "uuid"


def uuid_format_removed(doc: Doc, lang: str) -> None:
    for param in doc["paths"][RUN_DETAIL]["get"].get("parameters", []):
        param.get("schema", {}).pop("format", None)


def components_renamed_with_a_suffix(doc: Doc, lang: str) -> None:
    schemas = doc["components"]["schemas"]
    renamed = {name: name + "Jp" for name in schemas}
    doc["components"]["schemas"] = {renamed[n]: v for n, v in schemas.items()}
    text = json.dumps(doc, ensure_ascii=False)
    text = re.sub(
        r'"#/components/schemas/([A-Za-z0-9_]+)"', lambda m: f'"#/components/schemas/{renamed[m[1]]}"', text
    )
    doc.clear()
    doc.update(json.loads(text))


def response_inlined(doc: Doc, lang: str) -> None:
    response = doc["paths"][STOP]["post"]["responses"]["200"]
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        doc["paths"][STOP]["post"]["responses"]["200"] = copy.deepcopy(doc["components"]["responses"][name])


def server_as_url_variable(doc: Doc, lang: str) -> None:
    doc["servers"] = [
        {"url": "{api_base_url}", "variables": {"api_base_url": {"default": "https://api.dify.ai/v1"}}}
    ]


def server_as_host_variable(doc: Doc, lang: str) -> None:
    doc["servers"] = [
        {"url": "https://{api_base_url}", "variables": {"api_base_url": {"default": "api.dify.ai/v1"}}}
    ]


def tags_translated(doc: Doc, lang: str) -> None:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "tags" in op:
                op["tags"] = [f"{t} ({lang} 翻訳)" for t in op["tags"]]


def operation_ids_suffixed(doc: Doc, lang: str) -> None:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                op["operationId"] += "Jp" if lang == "ja" else "Ja"


MUTATIONS: dict[str, Callable[[Doc, str], None]] = {
    f.__name__: f
    for f in (
        result_enum_removed,
        result_enum_added,
        enum_added_to_a_response_field,
        uuid_format_added,
        uuid_format_removed,
        components_renamed_with_a_suffix,
        response_inlined,
        server_as_url_variable,
        server_as_host_variable,
        tags_translated,
        operation_ids_suffixed,
    )
}


def _copy(tmp: Path) -> Path:
    for part in ("openapi", "scripts", "generated", "src"):
        shutil.copytree(ROOT / part, tmp / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp


def _consume(root: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{root / 'generated'}"}
    proc = subprocess.run(
        [sys.executable, "-c", CONSUMER], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _consume(_copy(tmp_path_factory.mktemp("baseline")))


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_public_behaviour_survives(name: str, tmp_path: Path, baseline: dict[str, Any]) -> None:
    root = _copy(tmp_path)
    for lang in ("en", "ja"):
        doc = _load(root, lang)
        MUTATIONS[name](doc, lang)
        _save(root, lang, doc)
    result = run_script("generate.py", "--root", root)
    assert result.returncode == 0, result.stderr
    assert _consume(root) == baseline


def test_baseline_covers_both_stop_answers_and_every_public_name(baseline: dict[str, Any]) -> None:
    assert (baseline["enum"], baseline["plain"]) == ("success", "stopped-by-now")
    assert baseline["error"] == ["invalid_param", "必須パラメータが不足しているか無効です。"]
    assert "PostWorkflowsRunResponse200" in baseline["names"] and "workflow_finished" in baseline["events"]
    assert baseline["detail"] == "succeeded"
