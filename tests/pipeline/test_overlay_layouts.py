"""Overlays that follow their schema: the ones that name an operation and a place (001-003)
fix the same schema whatever layout upstream gives the document (today's consolidated one,
the per-app layout with the schema inline or behind a chain of `$ref`s, components renamed
with a language suffix). Each layout is built from today's document, vendored into a copy
of the project, and the fix is looked for in the result."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._support import run_script
from tests.pipeline.test_vendor import EN_PAGE, EN_UPSTREAM

Doc = dict[str, Any]
FOLLOWING = (
    "001-parameters-form-controls",
    "002-parameters-other-controls",
    "003-site-optional-texts-nullable",
)


def _response(doc: Doc, path: str) -> dict[str, Any]:
    return doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]  # type: ignore[no-any-return]


def today(doc: Doc) -> None:
    """The consolidated document as it is."""


def inlined(doc: Doc) -> None:
    """The per-app layout: each answer's schema written out in its operation."""
    schemas = doc["components"]["schemas"]
    for path in ("/parameters", "/site"):
        media = _response(doc, path)
        name = media["schema"]["$ref"].rsplit("/", 1)[-1]
        media["schema"] = copy.deepcopy(schemas[name])


def renamed_with_a_suffix(doc: Doc) -> None:
    """Every component renamed `...Jp`, and every reference to it (`$ref`s and discriminator
    mappings), as upstream's translated documents name them."""
    for section in doc["components"].values():
        for name in list(section):
            section[name + "Jp"] = section.pop(name)
    text = re.sub(r'"(#/components/[^/"]+/[^"]+)"', r'"\1Jp"', json.dumps(doc))
    doc.clear()
    doc.update(json.loads(text))


def behind_a_chain(doc: Doc) -> None:
    """The answer is a component that is itself a reference to another."""
    for path in ("/parameters", "/site"):
        media = _response(doc, path)
        target = media["schema"]["$ref"]
        alias = "Alias" + target.rsplit("/", 1)[-1]
        doc["components"]["schemas"][alias] = {"$ref": target}
        media["schema"] = {"$ref": f"#/components/schemas/{alias}"}


LAYOUTS: dict[str, Callable[[Doc], None]] = {
    "today": today,
    "inlined": inlined,
    "renamed_with_a_suffix": renamed_with_a_suffix,
    "behind_a_chain": behind_a_chain,
}


def _resolve(doc: Doc, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        section, name = node["$ref"].split("/")[2:4]
        node = doc["components"][section][name]
    return node


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_overlays_that_name_their_operation_fix_every_layout(
    layout: str, project_copy: Path, tmp_path: Path
) -> None:
    doc = json.loads(EN_UPSTREAM.read_text("utf-8"))
    LAYOUTS[layout](doc)
    source = tmp_path / EN_UPSTREAM.name
    source.write_text(json.dumps(doc), "utf-8")
    # The overlays that still aim at component names (004-006) may miss a renamed layout.
    done = run_script(
        "vendor_spec.py", "--lang", "en", source, EN_PAGE, "--allow-stale-overlays", "--root", project_copy
    )
    assert done.returncode == 0, done.stderr
    for name in FOLLOWING:
        assert f"overlay {name}.yaml" not in done.stderr, f"{name} missed the {layout} layout"
    vendored = yaml.safe_load((project_copy / "openapi" / "en" / "workflow.yaml").read_text("utf-8"))
    parameters = _resolve(vendored, _response(vendored, "/parameters")["schema"])
    branches = [
        _resolve(vendored, b)
        for b in _resolve(vendored, parameters["properties"]["user_input_form"]["items"])["oneOf"]
    ]
    by_title = {b.get("title"): b for b in branches}
    assert (
        by_title["Text Input"]["required"],
        by_title["Paragraph"]["required"],
        by_title["Select"]["required"],
    ) == (
        ["text-input"],
        ["paragraph"],
        ["select"],
    )
    assert by_title["Other Control"]["additionalProperties"] is True
    site = _resolve(vendored, _response(vendored, "/site")["schema"])
    assert all(
        site["properties"][f]["nullable"]
        for f in ("chat_color_theme", "description", "copyright", "privacy_policy")
    )


def test_a_place_the_document_does_not_have_is_stale_and_named(project_copy: Path, tmp_path: Path) -> None:
    doc = json.loads(EN_UPSTREAM.read_text("utf-8"))
    del doc["paths"]["/site"]
    source = tmp_path / EN_UPSTREAM.name
    source.write_text(json.dumps(doc), "utf-8")
    done = run_script("vendor_spec.py", "--lang", "en", source, EN_PAGE, "--root", project_copy)
    assert done.returncode == 2
    assert (
        "overlay 003-site-optional-texts-nullable.yaml action 1 (GET /site response 200 at properties.chat_color_theme) matches nothing"
        in done.stderr
    )


def test_a_bad_place_is_refused_with_what_is_wrong(project_copy: Path, tmp_path: Path) -> None:
    bad = project_copy / "openapi" / "overlays" / "099-bad.yaml"
    bad.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - operation: GET /info\n    schema: answer\n    description: why\n    update: {x: 1}\n",
        "utf-8",
    )
    done = run_script("vendor_spec.py", "--lang", "en", "--from-manifest", "--root", project_copy)
    assert done.returncode == 2
    assert "099-bad.yaml: action 1: schema must be 'request' or 'response NNN', not 'answer'" in done.stderr
