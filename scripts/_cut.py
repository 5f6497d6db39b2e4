"""Cut the API of the apps Dify builds on its workflow engine (Workflow and Chatflow apps)
out of a whole Service API document.

The operations kept are the committed list in openapi/cut.yaml (method and path); the
components kept are those the kept operations reference, transitively, plus the stream
event unions (one per stream kind) and everything their discriminator mappings reach.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from _speclib import HTTP_METHODS, SpecError, parse_document, read_text

# Suffixes upstream appends to names in translated documents.
LANG_SUFFIX = re.compile(r"(?:Jp|Ja|JP|JA)$")
_AVAILABLE = re.compile(r"\*\*(?:Available for|対象アプリ)\*\*[^\n]*")


def base_name(name: str) -> str:
    """A component name without the language suffix upstream adds (`FooJp` -> `Foo`)."""
    stripped = LANG_SUFFIX.sub("", name)
    return stripped or name


class Cut:
    """The committed description of what to keep."""

    def __init__(self, operations: list[tuple[str, str]], unions: dict[str, str]) -> None:
        self.operations = operations
        # stream kind ("workflow", "chat") -> the name of its event union
        self.unions = unions

    @classmethod
    def load(cls, path: Path) -> Cut:
        _, text = read_text(path)
        data = parse_document(text, str(path))
        if not isinstance(data, dict) or not isinstance(data.get("operations"), list):
            raise SpecError(f"{path}: expected a mapping with an 'operations' list of 'METHOD /path'")
        ops = []
        for entry in data["operations"]:
            method, _, op_path = str(entry).partition(" ")
            if method.lower() not in HTTP_METHODS or not op_path.startswith("/"):
                raise SpecError(f"{path}: {entry!r} is not 'METHOD /path'")
            ops.append((method.upper(), op_path.strip()))
        unions = data.get("stream_event_unions")
        if unions is None and data.get("stream_event_union"):
            # The cut's first form named the workflow stream's union only.
            unions = {"workflow": data["stream_event_union"]}
        if not isinstance(unions, dict | None) or not all(
            isinstance(k, str) and k.isidentifier() and isinstance(v, str) for k, v in (unions or {}).items()
        ):
            raise SpecError(f"{path}: 'stream_event_unions' must map a stream kind (a word) to a schema name")
        return cls(ops, dict(unions or {}))


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                    found.add(value)
                elif key == "mapping" and isinstance(value, dict):
                    found.update(v for v in value.values() if isinstance(v, str) and v.startswith("#/"))
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _pointer_parts(ref: str) -> tuple[str, str]:
    parts = ref[2:].split("/")
    if len(parts) != 3:
        raise SpecError(f"unsupported $ref {ref!r}")
    return parts[1], parts[2].replace("~1", "/").replace("~0", "~")


# The app kinds this package serves, as the prose names them (the same in every language).
SERVED_KINDS = re.compile(r"(?<![A-Za-z])(?:Workflow|Chatflow)(?![A-Za-z])")


def served_prose_ops(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """Operations whose prose says they are available for Workflow or Chatflow apps."""
    found = set()
    for op_path, item in (doc.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if method in HTTP_METHODS and isinstance(op, dict):
                line = _AVAILABLE.search(str(op.get("description") or ""))
                if line and SERVED_KINDS.search(line.group(0)):
                    found.add((method.upper(), op_path))
    return found


def find_union(components: dict[str, Any], union: str) -> str | None:
    schemas = components.get("schemas") or {}
    if union in schemas:
        return union
    matches = [name for name in schemas if base_name(name) == union]
    return matches[0] if len(matches) == 1 else None


def cut(doc: dict[str, Any], spec: Cut) -> tuple[dict[str, Any], list[str]]:
    """The document with only the listed operations and what they need; and warnings."""
    warnings = []
    paths = doc.get("paths") or {}
    kept_paths: dict[str, Any] = {}
    for method, op_path in spec.operations:
        item = paths.get(op_path) or {}
        op = item.get(method.lower())
        if op is None:
            warnings.append(f"{method} {op_path} is listed in the cut but no input has it")
            continue
        target = kept_paths.setdefault(op_path, {k: v for k, v in item.items() if k not in HTTP_METHODS})
        target[method.lower()] = op
    listed = set(spec.operations)
    for method, op_path in sorted(served_prose_ops(doc) - listed):
        warnings.append(
            f"{method} {op_path} is marked as available for Workflow or Chatflow apps but is not in the cut; "
            "add it to openapi/cut.yaml if this package should serve it"
        )
    components = doc.get("components") or {}
    wanted = _refs(kept_paths) | _refs({k: v for k, v in doc.items() if k not in ("paths", "components")})
    for kind, union in spec.unions.items():
        name = find_union(components, union)
        if name is None:
            warnings.append(
                f"the {kind} stream's event union {union!r} (openapi/cut.yaml) is not among the schemas, "
                "so none of its event schemas is kept; if upstream renamed it, update stream_event_unions"
            )
        else:
            wanted.add(f"#/components/schemas/{name}")
    kept: dict[str, dict[str, Any]] = {}
    todo = sorted(wanted)
    while todo:
        ref = todo.pop()
        section, name = _pointer_parts(ref)
        if name in kept.get(section, {}):
            continue
        try:
            value = components[section][name]
        except KeyError:
            raise SpecError(f"{ref} is referenced but not defined in the inputs") from None
        kept.setdefault(section, {})[name] = value
        todo.extend(sorted(_refs(value)))
    if "securitySchemes" in components:
        kept["securitySchemes"] = components["securitySchemes"]
    ordered = {
        section: {name: kept[section][name] for name in components[section] if name in kept.get(section, {})}
        for section in components
        if section in kept
    }
    result = {k: v for k, v in doc.items() if k not in ("paths", "components", "tags")}
    used_tags = {
        t
        for item in kept_paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for t in op.get("tags") or []
    }
    tags = [t for t in doc.get("tags") or [] if t.get("name") in used_tags]
    if tags:
        result["tags"] = tags
    result["paths"] = kept_paths
    result["components"] = ordered
    return result, warnings
