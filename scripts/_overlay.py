"""Apply OpenAPI Overlay 1.0.0 documents (openapi/overlays/*.yaml) to a vendored spec.

An action names what it fixes in one of two ways. By operation and place, which follows
the schema wherever the document keeps it (inline, a component, a component renamed with
a `Jp` suffix, behind `$ref` chains):

    operation: GET /parameters
    schema: response 200            # or: request
    at: properties.user_input_form.items.oneOf[?title == 'Text Input']

(`at` is a dotted path into that schema, `$ref`s followed at every step; `name[?key ==
'value']` keeps the items of a list whose `key` is that value.) A schema several operations
answer with lists them all (`places:`, each an operation, schema and at), so that a layout
that writes it out in each operation is fixed in each. Stream events, which no operation
reaches, are named by their stream and event (`stream: workflow`, `events: [node_finished]`,
`at: ...` into each event's schema, found through the stream's event union of
openapi/cut.yaml). Or by an RFC 9535 JSONPath `target` into the document (python-jsonpath
in strict mode). `update` is merged recursively into every node
selected, `remove: true` deletes them.
An action whose target selects nothing means upstream fixed or moved what the overlay
repairs: that is an error naming the overlay (retire or update it), or a warning with
`allow_stale`.
"""

from __future__ import annotations

import copy
import re
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
            if isinstance(action, dict) and (
                "operation" in action or "places" in action or "stream" in action
            ):
                _check_place(path, number, action)
                continue
            if not isinstance(action, dict) or not isinstance(action.get("target"), str):
                raise SpecError(f"{path}: action {number} has no 'target' (nor 'operation' and 'schema')")
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


_STEP = re.compile(r"([^.\[\]]+)(?:\[(?:\?\s*([\w-]+)\s*==\s*'([^']*)'|(\d+))\s*\])?")
_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _steps(at: str) -> list[tuple[str, str | None, str | None, int | None]]:
    """`a.b[?k == 'v'].c[2]` as (name, key, value, index) steps; ValueError when it is not that."""
    steps, position = [], 0
    while position < len(at):
        match = _STEP.match(at, position)
        if match is None:
            raise ValueError(f"cannot read {at[position:]!r}")
        index = match.group(4)
        steps.append((match.group(1), match.group(2), match.group(3), None if index is None else int(index)))
        position = match.end()
        if position < len(at):
            if at[position] != ".":
                raise ValueError(f"expected '.' at {at[position:]!r}")
            position += 1
    return steps


def _check_place(path: Path, number: int, action: dict[str, Any]) -> None:
    places = action.get("places", [action])
    if not isinstance(places, list) or not places:
        raise SpecError(f"{path}: action {number}: 'places' must be a non-empty list")
    for place in places:
        if not isinstance(place, dict):
            raise SpecError(f"{path}: action {number}: a place is a mapping (operation, schema, at)")
        if "stream" in place:
            events = place.get("events")
            if not isinstance(events, list) or not events or not all(isinstance(e, str) for e in events):
                raise SpecError(
                    f"{path}: action {number}: a stream place needs an 'events' list of event names"
                )
        else:
            method, _, op_path = str(place.get("operation", "")).partition(" ")
            if method not in _METHODS or not op_path.startswith("/"):
                raise SpecError(
                    f"{path}: action {number}: operation {place.get('operation')!r} is not 'METHOD /path'"
                )
            where = str(place.get("schema", ""))
            if where != "request" and not re.fullmatch(r"response \d{3}", where):
                raise SpecError(
                    f"{path}: action {number}: schema must be 'request' or 'response NNN', not {where!r}"
                )
        try:
            _steps(str(place.get("at") or ""))
        except ValueError as exc:
            raise SpecError(f"{path}: action {number}: bad 'at' path: {exc}") from None
    if not str(action.get("description") or "").strip():
        raise SpecError(f"{path}: action {number} has no 'description' saying why it is needed")
    if ("update" in action) == bool(action.get("remove")):
        raise SpecError(f"{path}: action {number} needs exactly one of 'update' or 'remove: true'")


Place = tuple[Any, Any]  # (container, key): the node is container[key]


def _deref(doc: dict[str, Any], parent: Any, key: Any) -> Place:
    """The place of the node at parent[key], after following its `$ref`s (to a component
    of any name: the reference says which)."""
    seen: set[str] = set()
    node = parent[key]
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/components/")
    ):
        ref = node["$ref"]
        if ref in seen:
            raise SpecError(f"a $ref cycle at {ref}")
        seen.add(ref)
        parts = ref.split("/", 3)
        if len(parts) != 4:
            break
        section = (doc.get("components") or {}).get(parts[2]) or {}
        name = parts[3].replace("~1", "/").replace("~0", "~")
        if name not in section:
            break
        parent, key, node = section, name, section[name]
    return parent, key


def _places(doc: dict[str, Any], action: dict[str, Any], unions: dict[str, str]) -> list[Place]:
    """The nodes an operation-and-place (or stream-and-event) action fixes, wherever the
    document keeps them."""
    found: list[Place] = []
    for place in action.get("places", [action]):
        found += _event_places(doc, place, unions) if "stream" in place else _operation_places(doc, place)
    return found


def _event_places(doc: dict[str, Any], action: dict[str, Any], unions: dict[str, str]) -> list[Place]:
    from _cut import find_union

    union = unions.get(str(action["stream"]))
    name = find_union(doc.get("components") or {}, union) if union else None
    schemas = (doc.get("components") or {}).get("schemas") or {}
    mapping = ((schemas.get(name) or {}).get("discriminator") or {}).get("mapping") or {}
    found: list[Place] = []
    for event in action["events"]:
        ref = mapping.get(event)
        if isinstance(ref, str):
            found += _walk(
                doc, [_deref(doc, {"schema": {"$ref": ref}}, "schema")], str(action.get("at") or "")
            )
    return found


def _operation_places(doc: dict[str, Any], action: dict[str, Any]) -> list[Place]:
    method, _, op_path = str(action["operation"]).partition(" ")
    item = (doc.get("paths") or {}).get(op_path) or {}
    op = item.get(method.lower())
    if not isinstance(op, dict):
        return []
    where = str(action["schema"])
    holder: Any
    if where == "request":
        if "requestBody" not in op:
            return []
        parent, key = _deref(doc, op, "requestBody")
        holder = parent[key]
    else:
        responses = op.get("responses") or {}
        status = where.split()[1]
        if status not in responses:
            return []
        parent, key = _deref(doc, responses, status)
        holder = parent[key]
    media = (
        ((holder or {}).get("content") or {}).get("application/json") if isinstance(holder, dict) else None
    )
    if not isinstance(media, dict) or "schema" not in media:
        return []
    return _walk(doc, [_deref(doc, media, "schema")], str(action.get("at") or ""))


def _walk(doc: dict[str, Any], current: list[Place], at: str) -> list[Place]:
    """The places `at` leads to from `current`, `$ref`s followed at every step."""
    for name, field, value, position in _steps(at):
        following: list[Place] = []
        for parent, key in current:
            node = parent[key]
            if not isinstance(node, dict) or name not in node:
                continue
            if position is not None:
                if isinstance(node[name], list) and position < len(node[name]):
                    following.append(_deref(doc, node[name], position))
                continue
            if field is None:
                following.append(_deref(doc, node, name))
                continue
            items = node[name]
            for index in range(len(items) if isinstance(items, list) else 0):
                place = _deref(doc, items, index)
                target = place[0][place[1]]
                if isinstance(target, dict) and str(target.get(field)) == value:
                    following.append(place)
        current = following
    return current


def _describe(action: dict[str, Any]) -> str:
    if "stream" in action:
        at = f" at {action['at']}" if action.get("at") else ""
        return f"{action['stream']} stream events {', '.join(action['events'])}{at}"
    if "places" in action:
        return "; ".join(_describe(place) for place in action["places"])
    if "operation" in action:
        at = f" at {action['at']}" if action.get("at") else ""
        return f"{action['operation']} {action['schema']}{at}"
    return str(action["target"])


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def _order(match: Any) -> tuple[int, list[tuple[int, int, str]]]:
    return len(match.parts), [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in match.parts]


def apply(
    doc: dict[str, Any],
    overlays: list[Overlay],
    *,
    allow_stale: bool = False,
    unions: dict[str, str] | None = None,
) -> list[str]:
    """Apply every overlay to `doc` in place; return the warnings (stale actions)."""
    warnings = []
    for overlay in overlays:
        for number, action in enumerate(overlay.actions, 1):
            if "operation" in action or "places" in action or "stream" in action:
                places = _places(doc, action, unions or {})
                if places:
                    _apply_at(places, action)
                    continue
                matches = []
            else:
                matches = list(_ENV.finditer(action["target"], doc))
            if not matches:
                message = (
                    f"overlay {overlay.path.name} action {number} ({_describe(action)}) matches nothing: "
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


def _apply_at(places: list[Place], action: dict[str, Any]) -> None:
    """Apply one action at the places it found (the same place once, however reached)."""
    done: set[tuple[int, Any]] = set()
    for parent, key in sorted(places, key=lambda p: (str(type(p[1])), p[1]), reverse=True):
        if (id(parent), key) in done:
            continue
        done.add((id(parent), key))
        if action.get("remove"):
            del parent[key]
        elif isinstance(parent[key], list):
            # Overlay 1.0: an update whose target is an array is appended to it.
            parent[key].append(copy.deepcopy(action["update"]))
        else:
            parent[key] = _merge(parent[key], action["update"])
