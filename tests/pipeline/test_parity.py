"""scripts/spec_parity.py: synthetic drift is caught with its pointer; translation is not."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._support import EN_SPEC, JA_SPEC, ROOT, run_script

sys.path.insert(0, str(ROOT / "scripts"))
from spec_parity import short

_LINE = re.compile(r"^drift (?P<pointer>\S+)  en=(?P<en>.*)  ja=(?P<ja>.*)$")

OP = "/paths/~1workflows~1tasks~1{task_id}~1stop/post"
BODY = f"{OP}/requestBody/content/application~1json/schema"
OK = f"{OP}/responses/200/content/application~1json/schema"


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text("utf-8"))


def stop(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/workflows/tasks/{task_id}/stop"]["post"]


def success_schema(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["responses"]["SuccessResult"]["content"]["application/json"]["schema"]


def ja_extra_property(en: dict[str, Any], ja: dict[str, Any]) -> None:
    stop(ja)["requestBody"]["content"]["application/json"]["schema"]["properties"]["reason"] = {
        "type": "string"
    }


def en_only_required(en: dict[str, Any], ja: dict[str, Any]) -> None:
    success_schema(en)["required"] = ["result"]


def changed_enum(en: dict[str, Any], ja: dict[str, Any]) -> None:
    success_schema(ja)["properties"]["result"]["enum"] = ["success", "stopped"]


def changed_format(en: dict[str, Any], ja: dict[str, Any]) -> None:
    stop(en)["parameters"][0]["schema"]["format"] = "uuid"


def missing_response(en: dict[str, Any], ja: dict[str, Any]) -> None:
    del stop(ja)["responses"]["400"]


def renamed_path_parameter(en: dict[str, Any], ja: dict[str, Any]) -> None:
    op = ja["paths"].pop("/workflows/tasks/{task_id}/stop")
    op["post"]["parameters"][0]["name"] = "taskId"
    ja["paths"]["/workflows/tasks/{taskId}/stop"] = op


def other_default_server(en: dict[str, Any], ja: dict[str, Any]) -> None:
    ja["servers"][0]["variables"]["api_base_url"]["default"] = "api.dify.example/v1"


def _event_part(doc: dict[str, Any]) -> int:
    parts = doc["components"]["schemas"]["WorkflowStreamEventNodeFinished"]["allOf"]
    return next(i for i, part in enumerate(parts) if "data" in (part.get("properties") or {}))


def event_schema(doc: dict[str, Any]) -> dict[str, Any]:
    """The `data` object of the node_finished stream event: reachable from no operation."""
    part = doc["components"]["schemas"]["WorkflowStreamEventNodeFinished"]["allOf"][_event_part(doc)]
    return part["properties"]["data"]  # type: ignore[no-any-return]


EVENT_DATA = f"/components/WorkflowStreamEventNodeFinished/allOf/{_event_part(load(EN_SPEC))}/properties/data"
EN_EVENT_REQUIRED = event_schema(load(EN_SPEC)).get("required") or []

DRIFTS: dict[str, tuple[Callable[[dict[str, Any], dict[str, Any]], None], str, Any, Any]] = {
    "property_only_in_ja": (
        ja_extra_property,
        f"{BODY}/properties/reason",
        "<absent>",
        {"type": "string"},
    ),
    "required_only_in_en": (en_only_required, f"{OK}/required", ["result"], "<absent>"),
    "changed_enum": (
        changed_enum,
        f"{OK}/properties/result/enum/1",
        "<absent>",
        "stopped",
    ),
    "event_schema_required_only_in_ja": (
        lambda en, ja: event_schema(ja).setdefault("required", []).append("zz_ja_only_field"),
        EVENT_DATA + (f"/required/{len(EN_EVENT_REQUIRED)}" if EN_EVENT_REQUIRED else "/required"),
        "<absent>",
        "zz_ja_only_field" if EN_EVENT_REQUIRED else ["zz_ja_only_field"],
    ),
    "component_only_in_ja": (
        lambda en, ja: ja["components"]["schemas"].update({"ExtraThingJp": {"type": "object"}}),
        "/components/ExtraThing",
        "<absent>",
        {"type": "object"},
    ),
    "changed_format": (
        changed_format,
        f"{OP}/parameters/path:task_id/schema/format",
        "uuid",
        "<absent>",
    ),
    "missing_response": (
        missing_response,
        f"{OP}/responses/400",
        {
            "content": {"application/json": {"schema": None}},
            "headers": [],
        },
        "<absent>",
    ),
    "renamed_path_parameter": (
        renamed_path_parameter,
        "/paths/~1workflows~1tasks~1{task_id}~1stop",
        "*",
        "<absent>",
    ),
    "other_default_server": (
        other_default_server,
        "/servers/default",
        "https://api.dify.ai/v1",
        "https://api.dify.example/v1",
    ),
}


def run_parity(tmp: Path, en: dict[str, Any], ja: dict[str, Any]) -> tuple[int, list[dict[str, Any]], str]:
    en_file, ja_file = tmp / "en.yaml", tmp / "ja.yaml"
    en_file.write_text(yaml.safe_dump(en, allow_unicode=True, sort_keys=False), "utf-8")
    ja_file.write_text(yaml.safe_dump(ja, allow_unicode=True, sort_keys=False), "utf-8")
    result = run_script("spec_parity.py", en_file, ja_file)
    drifts = [m.groupdict() for m in map(_LINE.match, result.stdout.splitlines()) if m]
    return result.returncode, drifts, result.stdout + result.stderr


def test_vendored_pair_agrees() -> None:
    result = run_script("spec_parity.py", EN_SPEC, JA_SPEC)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(DRIFTS))
def test_synthetic_drift_is_caught_with_its_pointer(name: str, tmp_path: Path) -> None:
    mutate, pointer, en_value, ja_value = DRIFTS[name]
    en, ja = load(EN_SPEC), load(JA_SPEC)
    mutate(en, ja)
    code, drifts, output = run_parity(tmp_path, en, ja)
    assert code == 1, output
    found = {d["pointer"]: d for d in drifts}
    assert pointer in found, output
    if en_value != "*":
        assert found[pointer]["en"] == short(en_value)
    assert found[pointer]["ja"] == short(ja_value)
    # One short line a drift, then the count.
    assert all(
        len(line) <= 2 * 80 + len(pointer) + 20 for line in output.splitlines() if line.startswith("drift")
    )
    assert f"{len(drifts)} drift(s)" in output


def test_translation_alone_is_not_flagged(tmp_path: Path) -> None:
    en, ja = load(EN_SPEC), load(JA_SPEC)
    # Everything a translation or a routine upstream edit touches.
    ja["info"]["title"] = "全く別のタイトル"
    stop(ja)["summary"] = "別の要約"
    stop(ja)["description"] = "別の説明"
    stop(ja)["tags"] = ["改名されたタグ"]
    stop(ja)["operationId"] = "stopWorkflowTaskGenerationJa"
    stop(ja)["parameters"][0]["description"] = "翻訳"
    stop(ja)["responses"]["400"]["content"]["application/json"]["examples"] = {
        "改名": {
            "summary": "別名",
            "value": {"status": 400, "code": "invalid_param", "message": "翻訳済み"},
        }
    }
    ja["tags"] = [{"name": "別のタグ", "description": "説明"}]
    ja["components"]["responses"]["SuccessResultJa"] = ja["components"]["responses"].pop("SuccessResult")
    for item in ja["paths"].values():  # every operation that answers it (both stops, feedback)
        for op in item.values():
            if isinstance(op, dict) and op.get("responses", {}).get("200", {}).get("$ref", "").endswith(
                "/SuccessResult"
            ):
                op["responses"]["200"]["$ref"] = "#/components/responses/SuccessResultJa"
    code, drifts, output = run_parity(tmp_path, en, ja)
    assert code == 0, output
    assert drifts == []


def test_an_example_that_breaks_its_own_schema_is_reported(tmp_path: Path) -> None:
    en, ja = load(EN_SPEC), load(JA_SPEC)
    ja["components"]["responses"]["SuccessResult"]["content"]["application/json"]["examples"]["success"][
        "value"
    ] = {"result": "done"}
    code, _, output = run_parity(tmp_path, en, ja)
    assert code == 1
    assert "invalid example: ja" in output and "examples/success" in output


def test_whole_multi_operation_specs_are_compared(tmp_path: Path) -> None:
    en, ja = load(EN_SPEC), load(JA_SPEC)
    extra = {"get": {"responses": {"200": {"description": "ok"}}}}
    en["paths"]["/info"] = extra
    ja["paths"]["/info"] = json.loads(json.dumps(extra))
    ja["paths"]["/info"]["get"]["responses"]["404"] = {"description": "なし"}
    code, drifts, output = run_parity(tmp_path, en, ja)
    assert code == 1
    assert [d["pointer"] for d in drifts] == ["/paths/~1info/get/responses/404"], output


def test_unreadable_input_is_exit_2_with_the_file_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe not utf-8")
    result = run_script("spec_parity.py", EN_SPEC, bad)
    assert result.returncode == 2
    assert str(bad) in result.stderr and "not UTF-8" in result.stderr
