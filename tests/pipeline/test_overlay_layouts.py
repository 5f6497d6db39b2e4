"""Overlays that follow their schema: every overlay names what it fixes by operation and
place (or by stream and event), so it fixes the same schema whatever layout upstream gives
the document (today's consolidated one; the per-app layout with every answer written out
in its operation; answers behind a chain of `$ref`s; components renamed with a language
suffix). Each layout is built from today's document and vendored into a copy of the
project with no stale overlay allowed; the fixes are looked for in the result."""

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


def _response(doc: Doc, path: str) -> dict[str, Any]:
    return doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]  # type: ignore[no-any-return]


def today(doc: Doc) -> None:
    """The consolidated document as it is."""


def inlined(doc: Doc) -> None:
    """The per-app layout: every answer's schema written out in its operation."""
    schemas = doc["components"]["schemas"]
    for item in doc["paths"].values():
        for op in item.values():
            responses = op.get("responses") or {} if isinstance(op, dict) else {}
            for response in responses.values():
                media = (response.get("content") or {}).get("application/json") or {}
                ref = (media.get("schema") or {}).get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    media["schema"] = copy.deepcopy(schemas[ref.rsplit("/", 1)[-1]])


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
def test_every_overlay_fixes_every_layout(layout: str, project_copy: Path, tmp_path: Path) -> None:
    doc = json.loads(EN_UPSTREAM.read_text("utf-8"))
    LAYOUTS[layout](doc)
    source = tmp_path / EN_UPSTREAM.name
    source.write_text(json.dumps(doc), "utf-8")
    done = run_script("vendor_spec.py", "--lang", "en", source, EN_PAGE, "--root", project_copy)
    assert done.returncode == 0, done.stderr
    assert "matches nothing" not in done.stderr
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
    texts = ("chat_color_theme", "description", "copyright", "privacy_policy")
    assert all(site["properties"][f]["nullable"] for f in texts)
    # 004 and 005: what Dify always sends, in a workflow answer and in a chat one.
    info = _resolve(vendored, _response(vendored, "/info")["schema"])
    assert info["required"] == ["name", "description", "tags", "mode", "author_name"]
    conversations = _resolve(vendored, _response(vendored, "/conversations")["schema"])
    item = _resolve(vendored, conversations["properties"]["data"]["items"])
    assert conversations["required"] == ["limit", "has_more", "data"] and "updated_at" in item["required"]
    # 004 and 006: the stream events, found through their unions whatever their names.
    schemas = vendored["components"]["schemas"]
    for union, event in (("ChunkWorkflowEvent", "node_finished"), ("ChunkChatEvent", "message")):
        name = next(n for n in schemas if n.startswith(union))
        node = _resolve(vendored, {"$ref": schemas[name]["discriminator"]["mapping"][event]})
        fixed = node["allOf"][2]
        if event == "message":
            assert fixed["required"] == ["answer"]
        else:
            assert "elapsed_time" in _resolve(vendored, fixed["properties"]["data"])["required"]


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
