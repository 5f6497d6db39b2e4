"""Apply OpenAPI Overlay 1.0.0 documents (openapi/overlays/*.yaml) to a vendored spec.

Each action's `target` is an RFC 9535 JSONPath (python-jsonpath in strict mode); `update`
is merged recursively into every node the target selects, `remove: true` deletes them.
An action whose target selects nothing means upstream fixed or moved what the overlay
repairs: that is an error naming the overlay (retire or update it), or a warning with
`allow_stale`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath
from _speclib import SpecError, parse_document, read_text, sha256_bytes

_ENV = jsonpath.JSONPathEnvironment(strict=True)


class Overlay:
    """One overlay file, read and checked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.raw, text = read_text(path)
        doc = parse_document(text, str(path))
        if not isinstance(doc, dict) or not str(doc.get("overlay", "")).startswith("1."):
            raise SpecError(f"{path}: not an OpenAPI Overlay 1.x document (no 'overlay: 1.0.0')")
        actions = doc.get("actions")
        if not isinstance(actions, list) or not actions:
            raise SpecError(f"{path}: an overlay needs a non-empty 'actions' list")
        for number, action in enumerate(actions, 1):
            if not isinstance(action, dict) or not isinstance(action.get("target"), str):
                raise SpecError(f"{path}: action {number} has no 'target'")
            if not str(action.get("description") or "").strip():
                raise SpecError(f"{path}: action {number} has no 'description' saying why it is needed")
            if ("update" in action) == bool(action.get("remove")):
                raise SpecError(f"{path}: action {number} needs exactly one of 'update' or 'remove: true'")
            try:
                _ENV.compile(action["target"])
            except jsonpath.JSONPathError as exc:
                raise SpecError(
                    f"{path}: action {number}: bad JSONPath {action['target']!r}: {exc}"
                ) from None
        self.actions: list[dict[str, Any]] = actions

    @property
    def sha256(self) -> str:
        return sha256_bytes(self.raw)


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def _order(match: Any) -> tuple[int, list[tuple[int, int, str]]]:
    return len(match.parts), [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in match.parts]


def apply(doc: dict[str, Any], overlays: list[Overlay], *, allow_stale: bool = False) -> list[str]:
    """Apply every overlay to `doc` in place; return the warnings (stale actions)."""
    warnings = []
    for overlay in overlays:
        for number, action in enumerate(overlay.actions, 1):
            matches = list(_ENV.finditer(action["target"], doc))
            if not matches:
                message = (
                    f"overlay {overlay.path.name} action {number} ({action['target']}) matches nothing: "
                    "upstream fixed or moved what it repairs; retire the action (or the overlay) or "
                    "update its target"
                )
                if not allow_stale:
                    raise SpecError(message)
                warnings.append(message)
                continue
            # Deepest first, so that removing a node never shifts a later match's index.
            for match in sorted(matches, key=_order, reverse=True):
                parent = match.parent.obj if match.parent is not None else None
                key = match.parts[-1] if match.parts else None
                if action.get("remove"):
                    if parent is None:
                        raise SpecError(f"overlay {overlay.path.name} action {number} would remove the root")
                    del parent[key]
                elif parent is None:
                    _merge(doc, action["update"])
                elif isinstance(parent[key], list):
                    # Overlay 1.0: an update whose target is an array is appended to it.
                    parent[key].append(copy.deepcopy(action["update"]))
                else:
                    parent[key] = _merge(parent[key], action["update"])
    return warnings
