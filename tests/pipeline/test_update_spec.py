"""`scripts/update_spec.py` (make update-spec): an upstream revision vendored as one
reviewed change, with a report for consumers, on a copy of the project. The verification
step (the contract suite) is replaced by a quick command here: the suite runs in its own
right in `make test`."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests._support import ROOT

SOURCES = ROOT / "openapi" / "sources"
PASS = f"{sys.executable} -c pass"


def tree_digest(root: Path) -> str:
    """One digest of everything an update may touch."""
    digest = hashlib.sha256()
    for part in ("openapi", "generated", "CHANGELOG.md", "docs", "pyproject.toml", "src"):
        base = root / part
        files = (
            sorted(p for p in base.rglob("*") if p.is_file())
            if base.is_dir()
            else [base]
            if base.exists()
            else []
        )
        for path in files:
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def project(project_copy: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", project_copy / "pyproject.toml")
    (project_copy / "src" / "dify_workflow").mkdir(parents=True)
    shutil.copy(
        ROOT / "src" / "dify_workflow" / "_version.py", project_copy / "src" / "dify_workflow" / "_version.py"
    )
    return project_copy


def upstream(tmp_path: Path, change: Callable[[dict[str, Any], str], None] | None = None) -> Path:
    """A checkout of upstream's docs holding today's documents, changed by `change`."""
    checkout = tmp_path / "dify-docs"
    for lang in ("en", "ja"):
        doc = json.loads((SOURCES / lang / f"{lang}_openapi_service.json").read_text("utf-8"))
        if change is not None:
            change(doc, lang)
        target = checkout / lang / "api-reference" / "openapi_service.json"
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return checkout


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    """A component of either language (the Japanese one may carry a suffix)."""
    schemas = doc["components"]["schemas"]
    found = [k for k in schemas if re.sub(r"(?:Jp|JP|Ja|JA)$", "", k) == name]
    return schemas[found[0]]  # type: ignore[no-any-return]


def update(project: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(project / "scripts" / "update_spec.py"),
            "--root",
            str(project),
            *map(str, args),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_an_update_to_the_same_documents_changes_nothing_and_says_so(project: Path, tmp_path: Path) -> None:
    before = tree_digest(project)
    done = update(project, "--from", upstream(tmp_path), "--verify", PASS)
    assert done.returncode == 0, done.stderr
    assert "No change to the contract this package serves." in done.stdout
    assert "already these; nothing to do" in done.stderr
    assert tree_digest(project) == before


def test_a_dropped_field_a_result_class_reads_is_refused_and_named(project: Path, tmp_path: Path) -> None:
    def drop_mode(doc: dict[str, Any], lang: str) -> None:
        del schema(doc, "AppInfoResponse")["properties"]["mode"]

    before = tree_digest(project)
    done = update(project, "--from", upstream(tmp_path, drop_mode), "--json", "--verify", PASS)
    assert done.returncode == 2, done.stderr
    found = json.loads(done.stdout)
    assert {"operation": "GET /info", "change": "response field `mode` removed; AppInfo reads it"} in found[
        "breaking"
    ]
    assert "nothing applied" in done.stderr
    assert tree_digest(project) == before


def _additions(doc: dict[str, Any], lang: str) -> None:
    schema(doc, "ChatRequest")["properties"]["new_flag"] = {"type": "boolean"}
    for param in doc["paths"]["/conversations"]["get"]["parameters"]:
        if param.get("name") == "sort_by":
            param["schema"]["enum"].append("name")
    union = schema(doc, "ChunkWorkflowEvent")["discriminator"]["mapping"]
    union["brand_new"] = union["ping"]


def test_added_optional_field_enum_value_and_event_are_applied_as_non_breaking(
    project: Path, tmp_path: Path
) -> None:
    checked = update(project, "--from", upstream(tmp_path, _additions), "--check", "--verify", PASS)
    assert checked.returncode == 0, checked.stderr
    before = tree_digest(project)
    assert tree_digest(project) == before and "--check: nothing changed" in checked.stderr
    done = update(
        project,
        "--from",
        upstream(tmp_path / "again", _additions),
        "--json",
        "--verify",
        PASS,
        "--revision",
        "abc1234",
        "--date",
        "2026-12-01",
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["breaking"] == []
    assert {
        "operation": "POST /chat-messages",
        "change": "request field `new_flag` added, optional",
    } in found["non_breaking"]
    assert {
        "operation": "GET /conversations",
        "change": "parameter `query sort_by`: enum value `name` added",
    } in found["non_breaking"]
    assert {
        "operation": "workflow stream",
        "change": "event `brand_new` added (yielded as UnknownEvent until the facade types it)",
    } in found["non_breaking"]
    assert {
        "operation": "public API (dify_workflow_api.stable_names)",
        "change": "`EventBrandNew` added",
    } in found["non_breaking"]
    assert tree_digest(project) != before
    # Where the specs came from moves with them.
    assert "revision: abc1234" in (project / "openapi" / "provenance.yaml").read_text()
    index = (project / "generated" / "dify_workflow_api" / "_spec_index.py").read_text()
    assert "'revision': 'abc1234'" in index.replace('"', "'") and "2026-12-01" in index
    assert "EventBrandNew" in (project / "generated" / "dify_workflow_api" / "stable_names.py").read_text()
    changes = list((project / "docs" / "spec-changes").glob("*.md"))
    assert (
        len(changes) == 1
        and "`POST /chat-messages`: request field `new_flag` added" in changes[0].read_text()
    )
    changelog = (project / "CHANGELOG.md").read_text()
    assert "non-breaking" in changelog and "new_flag" in changelog
    pattern = re.compile(r'__version__ = "(\d+)\.(\d+)\.(\d+)"')
    major, minor, patch = pattern.findall((ROOT / "src" / "dify_workflow" / "_version.py").read_text())[0]
    bumped = f"{major}.{minor}.{int(patch) + 1}"
    assert f'__version__ = "{bumped}"' in (project / "src" / "dify_workflow" / "_version.py").read_text()
    assert f'version = "{bumped}"' in (project / "pyproject.toml").read_text(), (
        "a non-breaking update is a patch"
    )


def test_renamed_components_tags_and_operation_ids_are_documentation_only(
    project: Path, tmp_path: Path
) -> None:
    def rename(doc: dict[str, Any], lang: str) -> None:
        schemas = doc["components"]["schemas"]
        old = next(k for k in schemas if k.startswith("SuggestedQuestionsResponse"))
        schemas[old + "V2"] = schemas.pop(old)
        op = doc["paths"]["/messages/{message_id}/suggested"]["get"]
        op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] += "V2"
        op["operationId"] += "V2"
        op["tags"] = ["Renamed"]

    done = update(project, "--from", upstream(tmp_path, rename), "--json", "--verify", PASS)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["breaking"] == [] and found["non_breaking"] == []
    assert found["documentation_only"] > 0


def test_a_failure_half_way_leaves_the_tree_as_it_was(project: Path, tmp_path: Path) -> None:
    checkout = upstream(tmp_path, _additions)
    broken = checkout / "ja" / "api-reference" / "openapi_service.json"
    broken.write_text(broken.read_text("utf-8")[:-10], "utf-8")  # invalid JSON in the JA document
    before = tree_digest(project)
    done = update(project, "--from", checkout, "--verify", PASS)
    assert done.returncode == 1 and "vendoring the JA document failed" in done.stderr
    assert "nothing was changed" in done.stderr and tree_digest(project) == before
    # A verification that fails after regenerating puts everything back too.
    failing = update(
        project,
        "--from",
        upstream(tmp_path / "b", _additions),
        "--verify",
        f"{sys.executable} -c 'raise SystemExit(3)'",
    )
    assert failing.returncode == 1 and "the verification" in failing.stderr
    assert tree_digest(project) == before


def test_a_revision_without_the_whole_document_takes_the_per_app_ones(project: Path, tmp_path: Path) -> None:
    checkout = upstream(tmp_path)
    for lang in ("en", "ja"):
        folder = checkout / lang / "api-reference"
        (folder / "openapi_service.json").rename(folder / "openapi_workflow.json")
    done = update(project, "--from", checkout, "--check", "--verify", PASS)
    assert done.returncode == 0, done.stderr
    empty = tmp_path / "empty"
    (empty / "en" / "api-reference").mkdir(parents=True)
    missing = update(project, "--from", empty, "--check")
    assert missing.returncode == 1 and "no en/api-reference/openapi_service.json" in missing.stderr
