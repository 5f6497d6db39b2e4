"""Cut the Workflow App API out of a whole Service API document.

The operations kept are the committed list in openapi/cut.yaml (method and path); the
components kept are those the kept operations reference, transitively, plus the stream
event union and everything its discriminator mapping reaches.
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

    def __init__(self, operations: list[tuple[str, str]], union: str | None) -> None:
        self.operations = operations
        self.union = union

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
        union = data.get("stream_event_union")
        return cls(ops, str(union) if union else None)


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


def workflow_prose_ops(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """Operations whose prose says they are available for Workflow apps."""
    found = set()
    for op_path, item in (doc.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if method in HTTP_METHODS and isinstance(op, dict):
                line = _AVAILABLE.search(str(op.get("description") or ""))
                if line and re.search(r"(?<![A-Za-z])Workflow(?![A-Za-z])", line.group(0)):
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
    for method, op_path in sorted(workflow_prose_ops(doc) - listed):
        warnings.append(
            f"{method} {op_path} is marked as available for Workflow apps but is not in the cut; "
            "add it to openapi/cut.yaml if it belongs to the Workflow App API"
        )
    components = doc.get("components") or {}
    wanted = _refs(kept_paths) | _refs({k: v for k, v in doc.items() if k not in ("paths", "components")})
    if spec.union:
        name = find_union(components, spec.union)
        if name is None:
            warnings.append(
                f"the stream event union {spec.union!r} (openapi/cut.yaml) is not among the schemas, "
                "so no stream event schema is kept; if upstream renamed it, update stream_event_union"
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
