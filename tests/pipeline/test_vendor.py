"""scripts/vendor_spec.py: faithful vendoring, merging, reproducibility, bad input."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from tests._support import EN_SPEC, JA_SPEC, ROOT, SOURCES, run_script, tree_bytes

EN_PAGE = next((SOURCES / "en").iterdir())
JA_PAGE = next((SOURCES / "ja").iterdir())


def embedded(page: Path) -> str:
    text = page.read_text("utf-8")
    start = text.index("\n", text.index("````yaml")) + 1
    return text[start : text.index("\n````", start) + 1]


@pytest.mark.parametrize(("lang", "page", "spec"), [("en", EN_PAGE, EN_SPEC), ("ja", JA_PAGE, JA_SPEC)])
def test_vendored_spec_has_the_pages_keys_values_and_order(lang: str, page: Path, spec: Path) -> None:
    from_page = yaml.safe_load(embedded(page))
    vendored = yaml.safe_load(spec.read_text("utf-8"))
    assert vendored == from_page
    # json.dumps keeps insertion order, so equal dumps mean equal key order at every level.
    assert json.dumps(vendored, ensure_ascii=False) == json.dumps(from_page, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_manifest_records_inputs_and_reproduces_bytes(lang: str, project_copy: Path) -> None:
    manifest = json.loads((project_copy / "openapi" / lang / "manifest.json").read_text())
    assert manifest["inputs"], "the manifest names no input"
    for entry in manifest["inputs"]:
        assert (ROOT / entry["path"]).is_file()
    before = (project_copy / "openapi" / lang / "workflow.yaml").read_bytes()
    (project_copy / "openapi" / lang / "workflow.yaml").write_bytes(b"openapi: 3.0.1\n")
    result = run_script("vendor_spec.py", "--lang", lang, "--from-manifest", "--root", project_copy)
    assert result.returncode == 0, result.stderr
    assert (project_copy / "openapi" / lang / "workflow.yaml").read_bytes() == before
    check = run_script("vendor_spec.py", "--lang", lang, "--from-manifest", "--check", "--root", project_copy)
    assert check.returncode == 0, check.stderr


def two_page_update(tmp: Path) -> list[Path]:
    """A later upstream: the stop page plus a new page for another operation."""
    doc = yaml.safe_load(embedded(EN_PAGE))
    doc["paths"] = {
        "/workflows/run/{workflow_run_id}": {
            "get": {
                "tags": ["Workflow Runs"],
                "operationId": "getWorkflowRunDetail",
                "parameters": [
                    {
                        "name": "workflow_run_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        }
    }
    page = tmp / "002_run_detail.txt"
    page.write_text(
        "# Get run\n\n````yaml /en/api-reference/openapi_workflow.json get /workflows/run/{id}\n"
        + yaml.safe_dump(doc, sort_keys=False)
        + "````\n",
        "utf-8",
    )
    return [EN_PAGE, page]


def test_pages_of_one_spec_merge_and_the_new_inputs_reproduce(project_copy: Path, tmp_path: Path) -> None:
    pages = two_page_update(tmp_path)
    result = run_script("vendor_spec.py", "--lang", "en", *pages, "--root", project_copy)
    assert result.returncode == 0, result.stderr
    merged = yaml.safe_load((project_copy / "openapi/en/workflow.yaml").read_text())
    assert set(merged["paths"]) == {
        "/workflows/tasks/{task_id}/stop",
        "/workflows/run/{workflow_run_id}",
    }
    manifest = json.loads((project_copy / "openapi/en/manifest.json").read_text())
    assert [Path(e["path"]).name for e in manifest["inputs"]] == [p.name for p in pages]
    assert sorted(p.name for p in (project_copy / "openapi/sources/en").iterdir()) == sorted(
        p.name for p in pages
    )
    written = (project_copy / "openapi/en/workflow.yaml").read_bytes()
    again = run_script("vendor_spec.py", "--lang", "en", "--from-manifest", "--root", project_copy)
    assert again.returncode == 0, again.stderr
    assert (project_copy / "openapi/en/workflow.yaml").read_bytes() == written


def test_whole_openapi_json_file_is_accepted(project_copy: Path, tmp_path: Path) -> None:
    whole = tmp_path / "openapi_workflow.json"
    whole.write_text(json.dumps(yaml.safe_load(embedded(EN_PAGE))), "utf-8")
    result = run_script("vendor_spec.py", "--lang", "en", whole, "--root", project_copy)
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load((project_copy / "openapi/en/workflow.yaml").read_text()) == yaml.safe_load(
        EN_SPEC.read_text()
    )


def _conflicting_page(tmp: Path) -> Path:
    doc = yaml.safe_load(embedded(EN_PAGE))
    doc["paths"]["/workflows/tasks/{task_id}/stop"]["post"]["requestBody"]["required"] = False
    page = tmp / "conflict.txt"
    page.write_text("````yaml /en/x.json post /x\n" + yaml.safe_dump(doc) + "````\n", "utf-8")
    return page


BAD_INPUTS = {
    "no_block": (
        lambda t: _write(t, "page.txt", "# A page\n\nNo OpenAPI here.\n"),
        "no embedded OpenAPI block",
    ),
    "broken_yaml": (
        lambda t: _write(t, "page.txt", "````yaml /en/x.json post /x\nopenapi: [3.0\n  : :\n````\n"),
        "broken YAML",
    ),
    "not_openapi_3": (
        lambda t: _write(t, "page.txt", "````yaml /en/x.json post /x\nswagger: '2.0'\npaths: {}\n````\n"),
        "is not an OpenAPI 3 document",
    ),
    "invalid_openapi": (
        lambda t: _write(t, "page.txt", "````yaml /en/x.json post /x\nopenapi: 3.0.1\npaths: {}\n````\n"),
        "not valid OpenAPI 3",
    ),
    "other_language": (lambda t: JA_PAGE, "but this run vendors --lang en"),
    "conflicting_duplicate": (lambda t: _conflicting_page(t), "conflicts with the definition in"),
    "not_utf8": (
        lambda t: _write_bytes(t, "page.txt", b"openapi: 3.0.1\ninfo: \xff\xfe\n"),
        "not UTF-8",
    ),
    "json_array": (lambda t: _write(t, "spec.json", "[1, 2, 3]"), "not an OpenAPI document"),
    "huge_file": (
        lambda t: _write_bytes(t, "big.yaml", b"a: " + b"x" * (10 * 1024 * 1024) + b"\n"),
        "byte limit",
    ),
    "deep_nesting": (
        lambda t: _write(t, "deep.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n"),
        "nesting",
    ),
    "alias_bomb": (
        lambda t: _write(
            t,
            "bomb.yaml",
            'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
            + "".join(
                f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
                for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            ),
        ),
        "aliases are not allowed",
    ),
}


def _write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, "utf-8")
    return path


def _write_bytes(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_clear_line_and_changes_nothing(
    case: str, project_copy: Path, tmp_path: Path
) -> None:
    make, expected = BAD_INPUTS[case]
    inputs = [make(tmp_path)]
    if case == "conflicting_duplicate":
        inputs = [EN_PAGE, *inputs]
    before = tree_bytes(project_copy / "openapi")
    started = time.monotonic()
    result = run_script("vendor_spec.py", "--lang", "en", *inputs, "--root", project_copy)
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert str(inputs[-1]) in lines[0]
    if case == "conflicting_duplicate":
        assert str(EN_PAGE) in lines[0]
    assert tree_bytes(project_copy / "openapi") == before


def test_check_mode_reports_a_hand_edited_spec(project_copy: Path) -> None:
    spec = project_copy / "openapi/en/workflow.yaml"
    spec.write_text(spec.read_text().replace("Stop Workflow Task", "Stop It"), "utf-8")
    result = run_script(
        "vendor_spec.py", "--lang", "en", "--from-manifest", "--check", "--root", project_copy
    )
    assert result.returncode == 1
    assert "differs from what its inputs produce" in result.stderr


def test_help_explains_usage() -> None:
    result = run_script("vendor_spec.py", "--help")
    assert result.returncode == 0
    assert "--lang" in result.stdout and "--from-manifest" in result.stdout
