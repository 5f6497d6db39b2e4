"""scripts/vendor_spec.py: faithful vendoring, merging, reproducibility, bad input."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from tests._support import EN_SPEC, JA_SPEC, ROOT, run_script, tree_bytes


def _manifest_inputs(lang: str) -> list[Path]:
    manifest = json.loads((ROOT / "openapi" / lang / "manifest.json").read_text("utf-8"))
    return [ROOT / entry["path"] for entry in manifest["inputs"]]


# The manifest lists upstream's whole document first and the seed page (stop) last.
EN_UPSTREAM, EN_PAGE = _manifest_inputs("en")
JA_UPSTREAM, JA_PAGE = _manifest_inputs("ja")
STOP = "/workflows/tasks/{task_id}/stop"


def embedded(page: Path) -> str:
    text = page.read_text("utf-8")
    start = text.index("\n", text.index("````yaml")) + 1
    return text[start : text.index("\n````", start) + 1]


@pytest.mark.parametrize(("lang", "page", "spec"), [("en", EN_PAGE, EN_SPEC), ("ja", JA_PAGE, JA_SPEC)])
def test_the_later_input_wins_with_its_keys_values_and_order(lang: str, page: Path, spec: Path) -> None:
    from_page = yaml.safe_load(embedded(page))["paths"][STOP]
    vendored = yaml.safe_load(spec.read_text("utf-8"))["paths"][STOP]
    assert vendored == from_page
    # json.dumps keeps insertion order, so equal dumps mean equal key order at every level.
    assert json.dumps(vendored, ensure_ascii=False) == json.dumps(from_page, ensure_ascii=False)
    manifest = json.loads((ROOT / "openapi" / lang / "manifest.json").read_text("utf-8"))
    assert {
        "what": f"paths/{STOP}/post",
        "from": page.name,
        "over": f"{lang}_openapi_service.json",
    } in manifest["overrides"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_cut_keeps_the_34_operations_and_both_streams_events(lang: str) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from _cut import Cut

    doc = yaml.safe_load((ROOT / "openapi" / lang / "workflow.yaml").read_text("utf-8"))
    methods = ("get", "post", "put", "delete")
    kept = {(m.upper(), p) for p, item in doc["paths"].items() for m in item if m in methods}
    # 16 for Workflow apps and 31 for Chatflow apps, 13 of them the same: 34 (upstream's
    # prose, counted in both languages; the "36" counted 11 shared ones).
    assert kept == set(Cut.load(ROOT / "openapi/cut.yaml").operations) and len(kept) == 34
    schemas = doc["components"]["schemas"]
    mapping = schemas["ChunkWorkflowEvent"]["discriminator"]["mapping"]
    assert {"workflow_started", "node_finished", "text_chunk", "workflow_finished", "error"} <= set(mapping)
    assert all(ref.rsplit("/", 1)[-1] in schemas for ref in mapping.values())
    chat = schemas["ChunkChatEvent"]["discriminator"]["mapping"]
    assert {"message", "message_end", "workflow_finished", "human_input_required"} <= set(chat)
    assert all(ref.rsplit("/", 1)[-1] in schemas for ref in chat.values())
    # Nothing of the knowledge-base routes (another kind of key) comes along.
    assert not any(p.startswith("/datasets") for p in doc["paths"])


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
    # Seed-era inputs lack what today's overlays repair, and fields the facade now requires
    # (which the overlays, following their schema, reach in the old layout too): replay them
    # as an older upstream, as update_spec does to report such losses.
    result = run_script(
        "vendor_spec.py",
        "--lang",
        "en",
        *pages,
        "--allow-stale-overlays",
        "--drop-missing-required",
        "--root",
        project_copy,
    )
    assert result.returncode == 0, result.stderr
    merged = yaml.safe_load((project_copy / "openapi/en/workflow.yaml").read_text())
    assert set(merged["paths"]) == {
        "/workflows/tasks/{task_id}/stop",
        "/workflows/run/{workflow_run_id}",
    }
    # The other 32 listed operations are missing from these inputs: each is a warning.
    assert result.stderr.count("is listed in the cut but no input has it") == 32
    manifest = json.loads((project_copy / "openapi/en/manifest.json").read_text())
    assert [Path(e["path"]).name for e in manifest["inputs"]] == [p.name for p in pages]
    assert sorted(p.name for p in (project_copy / "openapi/sources/en").iterdir()) == sorted(
        p.name for p in pages
    )
    written = (project_copy / "openapi/en/workflow.yaml").read_bytes()
    again = run_script(
        "vendor_spec.py",
        "--lang",
        "en",
        "--from-manifest",
        "--allow-stale-overlays",
        "--drop-missing-required",
        "--root",
        project_copy,
    )
    assert again.returncode == 0, again.stderr
    assert (project_copy / "openapi/en/workflow.yaml").read_bytes() == written


def test_whole_openapi_json_file_is_accepted(project_copy: Path, tmp_path: Path) -> None:
    whole = tmp_path / "openapi_workflow.json"
    whole.write_text(json.dumps(yaml.safe_load(embedded(EN_PAGE))), "utf-8")
    result = run_script(
        "vendor_spec.py", "--lang", "en", whole, "--allow-stale-overlays", "--root", project_copy
    )
    assert result.returncode == 0, result.stderr
    vendored = yaml.safe_load((project_copy / "openapi/en/workflow.yaml").read_text())
    assert vendored["paths"] == yaml.safe_load(embedded(EN_PAGE))["paths"]


def test_a_later_input_overrides_an_earlier_one_and_the_manifest_says_so(
    project_copy: Path, tmp_path: Path
) -> None:
    doc = yaml.safe_load(embedded(EN_PAGE))
    doc["paths"][STOP]["post"]["requestBody"]["required"] = False
    page = tmp_path / "later.txt"
    page.write_text("````yaml /en/x.json post /x\n" + yaml.safe_dump(doc) + "````\n", "utf-8")
    result = run_script(
        "vendor_spec.py", "--lang", "en", EN_PAGE, page, "--allow-stale-overlays", "--root", project_copy
    )
    assert result.returncode == 0, result.stderr
    vendored = yaml.safe_load((project_copy / "openapi/en/workflow.yaml").read_text())
    assert vendored["paths"][STOP]["post"]["requestBody"]["required"] is False
    manifest = json.loads((project_copy / "openapi/en/manifest.json").read_text())
    assert {"what": f"paths/{STOP}/post", "from": "later.txt", "over": EN_PAGE.name} in manifest["overrides"]


def _upstream_without_overlay_target(tmp: Path) -> Path:
    doc = json.loads(EN_UPSTREAM.read_text("utf-8"))
    form = doc["components"]["schemas"]["AppParametersResponse"]["properties"]["user_input_form"]
    form["items"]["oneOf"] = [b for b in form["items"]["oneOf"] if b.get("title") != "Paragraph"]
    path = tmp / EN_UPSTREAM.name
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_an_overlay_whose_target_is_gone_fails_vendoring_and_names_it(
    project_copy: Path, tmp_path: Path
) -> None:
    upstream = _upstream_without_overlay_target(tmp_path)
    before = tree_bytes(project_copy / "openapi")
    result = run_script("vendor_spec.py", "--lang", "en", upstream, EN_PAGE, "--root", project_copy)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "overlay 001-parameters-form-controls.yaml action 2" in line
    assert "retire" in line and "update its target" in line
    assert tree_bytes(project_copy / "openapi") == before
    allowed = run_script(
        "vendor_spec.py", "--lang", "en", upstream, EN_PAGE, "--allow-stale-overlays", "--root", project_copy
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "vendor_spec: warning: overlay 001-parameters-form-controls.yaml action 2" in allowed.stderr


def test_the_manifest_records_cut_and_overlays_by_sha256() -> None:
    import hashlib

    manifest = json.loads((ROOT / "openapi/en/manifest.json").read_text("utf-8"))
    for entry in [manifest["cut"], *manifest["overlays"]]:
        assert hashlib.sha256((ROOT / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    assert [e["path"] for e in manifest["overlays"]] == sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "openapi/overlays").glob("*.yaml")
    )


def test_every_overlay_action_says_why() -> None:
    for overlay in (ROOT / "openapi/overlays").glob("*.yaml"):
        doc = yaml.safe_load(overlay.read_text("utf-8"))
        assert doc["overlay"] == "1.0.0"
        assert all(action["description"].strip() for action in doc["actions"])


def test_unlisted_workflow_and_chatflow_operations_are_reported(project_copy: Path, tmp_path: Path) -> None:
    doc = json.loads(EN_UPSTREAM.read_text("utf-8"))
    for path, kinds in (("/workflows/new-thing", "Workflow"), ("/chat-new-thing", "Chatflow, Chatbot")):
        doc["paths"][path] = {
            "get": {
                "description": f"**Available for**: {kinds} apps.",
                "responses": {"200": {"description": "ok"}},
            }
        }
    doc["paths"]["/completion-only"] = {
        "get": {
            "description": "**Available for**: Text Generator apps.",
            "responses": {"200": {"description": "ok"}},
        }
    }
    upstream = tmp_path / EN_UPSTREAM.name
    upstream.write_text(json.dumps(doc), "utf-8")
    result = run_script("vendor_spec.py", "--lang", "en", upstream, EN_PAGE, "--root", project_copy)
    assert result.returncode == 0, result.stderr
    for path in ("/workflows/new-thing", "/chat-new-thing"):
        assert f"warning: GET {path} is marked as available for Workflow or Chatflow apps" in result.stderr
        assert path not in (project_copy / "openapi/en/workflow.yaml").read_text()
    assert "/completion-only" not in result.stderr, "an app kind this package does not serve is no concern"


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
    before = tree_bytes(project_copy / "openapi")
    started = time.monotonic()
    result = run_script(
        "vendor_spec.py", "--lang", "en", *inputs, "--allow-stale-overlays", "--root", project_copy
    )
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert str(inputs[-1]) in lines[0]
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


def test_an_overlay_update_aimed_at_an_array_appends_to_it(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from _overlay import Overlay, apply
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = tmp_path / "o.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.items\n    description: add one\n    update: {b: 2}\n"
    )
    doc = {"items": [{"a": 1}]}
    apply(doc, [Overlay(path)])
    assert doc == {"items": [{"a": 1}, {"b": 2}]}
