"""A Dify DSL export (the YAML the console's "Export DSL" writes) read into what the
stand-in needs: the Start node's variables, the graph, the End outputs, the features.

Only `kind: app`, `version` 0.1.x to 0.6.x and `app.mode` `workflow` or `advanced-chat`
(a Chatflow: Answer nodes instead of End nodes, conversation variables) are taken;
anything else is a ValueError that says what was found and what is expected.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["App", "Edge", "Node", "Variable", "load_app"]

_VERSION = re.compile(r"0\.[1-6](\.\d+)?")


@dataclass(frozen=True)
class Variable:
    """One input of the Start node."""

    name: str
    type: str
    label: str
    required: bool
    max_length: int | None
    options: tuple[str, ...]
    raw: Mapping[str, Any]


@dataclass(frozen=True)
class Node:
    """One node of the graph: its DSL id, type, title and whole `data`."""

    id: str
    type: str
    title: str
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    handle: str


@dataclass(frozen=True)
class App:
    """What the stand-in plays."""

    name: str
    description: str
    start: Node
    variables: tuple[Variable, ...]
    nodes: Mapping[str, Node]
    edges: tuple[Edge, ...]
    features: Mapping[str, Any] = field(default_factory=dict)
    mode: str = "workflow"
    # A Chatflow's conversation variables (the DSL's `conversation_variables` entries).
    conversation_variables: tuple[Mapping[str, Any], ...] = ()

    @property
    def chat(self) -> bool:
        """True for a Chatflow (`advanced-chat`): it answers through the chat API."""
        return self.mode == "advanced-chat"

    def next_edges(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node_id]


def load_app(source: str | os.PathLike[str] | Mapping[str, Any]) -> App:
    """The app of a DSL export: YAML text, a path to it, or the parsed mapping."""
    document = _document(source)
    if not isinstance(document, Mapping):
        raise ValueError("a Dify DSL export is a YAML mapping (kind, version, app, workflow)")
    if document.get("kind", "app") != "app":
        raise ValueError(f"kind is {document.get('kind')!r}: only app exports (kind: app) can be played")
    version = str(document.get("version", ""))
    if not _VERSION.fullmatch(version):
        raise ValueError(f"DSL version {version!r} is not supported: exports of version 0.1.x to 0.6.x are")
    app = document.get("app") or {}
    mode = app.get("mode")
    if mode not in ("workflow", "advanced-chat"):
        raise ValueError(
            f"app.mode is {mode!r}: the stand-in plays Workflow apps (mode: workflow) and Chatflow "
            "apps (mode: advanced-chat) only"
        )
    workflow = document.get("workflow") or {}
    graph = workflow.get("graph") or {}
    nodes: dict[str, Node] = {}
    for raw in graph.get("nodes") or []:
        data = raw.get("data") or {}
        if data.get("type") in (None, "custom-note"):
            continue
        nodes[str(raw["id"])] = Node(
            str(raw["id"]), str(data["type"]), str(data.get("title", raw["id"])), data
        )
    starts = [n for n in nodes.values() if n.type == "start"]
    if len(starts) != 1:
        raise ValueError(f"the workflow has {len(starts)} Start nodes; a workflow app has exactly one")
    if mode == "workflow" and not any(n.type == "end" for n in nodes.values()):
        raise ValueError("the workflow has no End node")
    if mode == "advanced-chat" and not any(n.type == "answer" for n in nodes.values()):
        raise ValueError("the Chatflow has no Answer node")
    edges = tuple(
        Edge(str(e["source"]), str(e["target"]), str(e.get("sourceHandle") or "source"))
        for e in graph.get("edges") or []
        if str(e.get("source")) in nodes and str(e.get("target")) in nodes
    )
    return App(
        name=str(app.get("name", "")),
        description=str(app.get("description", "")),
        start=starts[0],
        variables=tuple(variable(v) for v in starts[0].data.get("variables") or []),
        nodes=nodes,
        edges=edges,
        features=workflow.get("features") or {},
        mode=str(mode),
        conversation_variables=tuple(
            dict(v) for v in workflow.get("conversation_variables") or [] if isinstance(v, Mapping)
        ),
    )


def _document(source: str | os.PathLike[str] | Mapping[str, Any]) -> Any:
    if isinstance(source, Mapping):
        return source
    text: str
    if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source.strip()):
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"{str(source)[:80]!r} is neither DSL text nor a readable file")
        text = path.read_text("utf-8")
    else:
        text = source
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML comes with the `testing` extra
        raise ValueError(
            "reading DSL YAML needs PyYAML: pip install 'dify-workflow-client[testing]' "
            "(or pass the parsed mapping)"
        ) from None
    return yaml.safe_load(text)


def variable(raw: Mapping[str, Any]) -> Variable:
    """A Start variable from its DSL entry (or a `user_input_form` control's body)."""
    options = raw.get("options") or []
    limit = raw.get("max_length")
    return Variable(
        name=str(raw["variable"]),
        type=str(raw.get("type", "text-input")),
        label=str(raw.get("label", raw["variable"])),
        required=bool(raw.get("required", False)),
        max_length=int(limit) if isinstance(limit, int) and limit > 0 else None,
        options=tuple(str(o) for o in options) if isinstance(options, Sequence) else (),
        raw=raw,
    )


def prepare_inputs(app: App, inputs: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The inputs as Dify 1.15.0 keeps them for a run (every input the Start node declares,
    None or the default for one not sent, numbers given as text converted, the others
    dropped), or Dify's message for the first that fails its Start variable."""
    stored: dict[str, Any] = {}
    for var in app.variables:
        value = inputs.get(var.name)
        if value is None:
            # Only a missing value or null is missing: "" is a value (a required text
            # input takes it; a select refuses it as not one of its options).
            if var.required:
                return f"{var.name} is required in input form", {}
            value = var.raw.get("default")
            if value is None:
                stored[var.name] = None
                continue
        try:
            stored[var.name] = _checked(var, value)
        except ValueError as exc:
            return str(exc), {}
    wrong = [
        k for k, v in stored.items() if isinstance(v, dict) and _kind(app, k) not in ("file", "json_object")
    ]
    if wrong:
        return f"Invalid input type for {wrong}", {}
    return None, stored


def _kind(app: App, name: str) -> str:
    return next((v.type for v in app.variables if v.name == name), "")


def _checked(var: Variable, value: Any) -> Any:
    """One input as Dify checks and converts it (ValueError with Dify's message)."""
    name, kind = var.name, var.type
    if kind in ("file", "file-list") and not var.required and isinstance(value, str) and not value:
        return None
    if kind in ("text-input", "select", "paragraph") and not isinstance(value, str):
        raise ValueError(f"(type '{kind}') {name} in input form must be a string")
    if kind == "number":
        if isinstance(value, int | float):
            return value
        if not isinstance(value, str):
            raise ValueError(f"expected value type int, float or str, got {type(value)}, value: {value}")
        if not value.strip():
            return None
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            raise ValueError(f"{name} in input form must be a valid number") from None
    if kind == "select" and value not in var.options:
        raise ValueError(f"{name} in input form must be one of the following: {list(var.options)}")
    if kind in ("text-input", "paragraph") and var.max_length and len(value) > var.max_length:
        raise ValueError(f"{name} in input form must be less than {var.max_length} characters")
    if kind == "file":
        if not isinstance(value, dict):
            raise ValueError(f"{name} in input form must be a file")
        return stored_file(value)
    if kind == "file-list":
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError(f"{name} in input form must be a list of files")
        if var.max_length and len(value) > var.max_length:
            raise ValueError(f"{name} in input form must be less than {var.max_length} files")
        return [stored_file(item) for item in value]
    if kind == "checkbox":
        if isinstance(value, str):
            lowered = value.strip().lower()
            value = (
                True
                if lowered in ("true", "1", "yes", "on")
                else False
                if lowered in ("false", "0", "no", "off")
                else value
            )
        elif isinstance(value, int | float) and value in (0, 1):
            value = bool(value)
    if kind == "json_object" and value and not isinstance(value, dict):
        raise ValueError(f"{name} in input form must be a dict")
    return value.replace("\x00", "") if isinstance(value, str) else value


def stored_file(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """A file input as Dify stores it in a run's inputs: a file object that names the
    upload (`related_id`) or the URL (`remote_url`)."""
    local = mapping.get("transfer_method") == "local_file"
    return {
        "dify_model_identity": "__dify__file__",
        "id": None,
        "type": mapping.get("type", "document"),
        "transfer_method": mapping.get("transfer_method"),
        "remote_url": None if local else mapping.get("url"),
        "related_id": mapping.get("upload_file_id") if local else None,
        "filename": None,
        "extension": None,
        "mime_type": None,
        "size": -1,
    }


def user_input_form(app: App) -> list[dict[str, Any]]:
    """The `user_input_form` of `/parameters`: one control per Start variable."""
    form = []
    for var in app.variables:
        body: dict[str, Any] = {
            "label": var.label,
            "variable": var.name,
            "required": var.required,
            "type": var.type,
            "options": list(var.options),
        }
        if var.max_length is not None:
            body["max_length"] = var.max_length
        if "default" in var.raw:
            body["default"] = var.raw["default"]
        for key in ("allowed_file_types", "allowed_file_extensions", "allowed_file_upload_methods"):
            if key in var.raw:
                body[key] = var.raw[key]
        form.append({var.type: body})
    return form
