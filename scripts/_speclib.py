"""Helpers shared by the spec scripts: bounded loading, page extraction, atomic writes.

Every loader here refuses input that could exhaust memory or time (huge files, alias
bombs, pathological nesting) with a `SpecError` whose text names the file and the
problem, so each script can print one line and exit non-zero.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

MAX_INPUT_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64

# A docs page embeds its document in a fence such as
# ````yaml /en/api-reference/openapi_workflow.json post /workflows/tasks/{task_id}/stop
_FENCE_OPEN = re.compile(r"^(?P<fence>`{3,})yaml[ \t]+(?P<source>\S+)(?P<rest>[^\n]*)$", re.M)
_KANA = re.compile(r"[\u3040-\u30ff]")


class SpecError(Exception):
    """A problem with one input file; its text is the whole user-facing message."""


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that rejects aliases and deep nesting instead of expanding them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"YAML alias '*{event.anchor}' at line {event.start_mark.line + 1}: "
                "aliases are not allowed in specs (they can expand without bound)"
            )
        depth = getattr(self, "_depth", 0) + 1
        if depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise yaml.YAMLError(f"nesting deeper than {MAX_DEPTH} levels at line {mark.line + 1}")
        self._depth = depth
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth - 1


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_text(path: Path) -> tuple[bytes, str]:
    """Read a file as strict UTF-8 within the size limit; return raw bytes and text."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from None
    if not path.is_file():
        raise SpecError(f"{path}: not a regular file")
    if size > MAX_INPUT_BYTES:
        raise SpecError(
            f"{path}: {size} bytes is larger than the {MAX_INPUT_BYTES} byte limit for a spec input"
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(
            f"{path}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None
    return raw, text


def _check_depth(value: Any, where: str, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise SpecError(f"{where}: nesting deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        for item in value.values():
            _check_depth(item, where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_depth(item, where, depth + 1)


def parse_document(text: str, where: str) -> Any:
    """Parse JSON or YAML text with the safety limits; `where` names it in errors."""
    stripped = text.lstrip()
    try:
        if stripped.startswith(("{", "[")):
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise SpecError(f"{where}: broken JSON: {exc.msg} at line {exc.lineno}") from None
            _check_depth(value, where)
            return value
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())
        raise SpecError(f"{where}: broken YAML: {detail}") from None
    except RecursionError:
        raise SpecError(f"{where}: nesting too deep to parse") from None


def extract_page_blocks(text: str) -> list[tuple[str, str]]:
    """Return (source, yaml_text) for every embedded OpenAPI block of a docs page."""
    blocks = []
    for match in _FENCE_OPEN.finditer(text):
        fence = match.group("fence")
        start = match.end() + 1
        close = re.compile(rf"^{fence}[ \t]*$", re.M).search(text, start)
        if close is None:
            raise SpecError(f"embedded block '{match.group(0)[:60]}' is never closed")
        blocks.append((match.group("source"), text[start : close.start()]))
    return blocks


def looks_japanese(value: Any) -> bool:
    """True when any string in the document contains kana (translated human text)."""
    if isinstance(value, str):
        return bool(_KANA.search(value))
    if isinstance(value, dict):
        return any(looks_japanese(k) or looks_japanese(v) for k, v in value.items())
    if isinstance(value, list):
        return any(looks_japanese(v) for v in value)
    return False


def load_spec_file(path: Path) -> Any:
    """Load a vendored (whole) spec file with the safety limits."""
    _, text = read_text(path)
    doc = parse_document(text, str(path))
    if not isinstance(doc, dict):
        raise SpecError(f"{path}: the document is a {type(doc).__name__}, not an OpenAPI object")
    return doc


def dump_yaml(doc: Any) -> str:
    """The one serialisation of vendored specs: key order kept, unicode kept, no folding."""
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=4096)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def resolve_refs(doc: Any) -> Any:
    """Return `doc` with local `$ref`s replaced by their targets (cycles left as refs)."""

    def lookup(ref: str) -> Any:
        node = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[part]
        return node

    def walk(node: Any, active: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                if ref in active:
                    return {"$ref": ref}
                try:
                    target = lookup(ref)
                except (KeyError, IndexError, TypeError):
                    raise SpecError(f"unresolvable $ref {ref!r}") from None
                return walk(target, (*active, ref))
            return {k: walk(v, active) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, active) for v in node]
        return node

    return walk(doc, ())


def default_server_url(doc: dict[str, Any]) -> str | None:
    """The first server's URL with its variables at their defaults, https assumed."""
    servers = doc.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return None
    url = str(servers[0].get("url", ""))
    for name, var in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + str(name) + "}", str((var or {}).get("default", "")))
    if "://" not in url:
        url = "https://" + url.lstrip("/")
    return url.rstrip("/")


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in document order."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if method in HTTP_METHODS and isinstance(op, dict):
                found.append((method.upper(), path, op))
    return found
