"""Update the vendored specs from a new upstream revision, as one reviewed change.

    python scripts/update_spec.py --from DIR            # DIR: a checkout of upstream's docs
    python scripts/update_spec.py --en FILE... --ja FILE...
    python scripts/update_spec.py --from DIR --check    # report what it would do; change nothing

DIR holds `{en,ja}/api-reference/openapi_service.json`, or, for a revision without one, the
per-app documents (`openapi_workflow.json`, `openapi_chatflow.json`) that hold the cut's
operations. The seed pages of the current manifests are kept after them (they override).

Steps: vendor both languages into a scratch copy of `openapi/`; check EN/JA parity; compare
the new contract with the vendored one and say, per operation, what changes for a user of
this package, each change **breaking** or **non-breaking** as judged against what the
facade reads and sends (`src/dify_workflow/_operations.py` names each operation's result
class); then, unless `--check`: apply, regenerate, run the verification (the contract
suite), write `docs/spec-changes/<date>-<hash>.md`, a `CHANGELOG.md` entry and the new
package version (breaking: minor while 0.x; otherwise patch). A failure at any step leaves
the tree as it was.

Exit status: 0 applied (or nothing to do), 2 breaking changes found (nothing applied
without `--accept-breaking`), 1 any other failure.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cut import Cut, base_name, find_union
from _speclib import SpecError, load_spec_file, operations, resolve_refs, sha256_bytes
from generate import documented_errors

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ja")
PER_APP = ("openapi_workflow.json", "openapi_chatflow.json")
# What a spec update may touch; everything is put back as it was when a step fails.
TOUCHED = (
    "openapi",
    "generated",
    "CHANGELOG.md",
    "docs/spec-changes",
    "pyproject.toml",
    "src/dify_workflow/_version.py",
)
DEFAULT_VERIFY = f"{shlex.quote(sys.executable)} -m pytest -q -p no:cacheprovider -x tests/contract"
_DEPTH = 5


class UpdateError(Exception):
    """A step failed; the tree is left as it was."""


@dataclass(frozen=True)
class Change:
    operation: str  # "METHOD /path", or "stream" for the event unions
    what: str
    breaking: bool

    def to_dict(self) -> dict[str, str]:
        return {"operation": self.operation, "change": self.what}


# -- inputs ----------------------------------------------------------------------------------


def inputs_from(directory: Path, lang: str) -> list[Path]:
    base = directory / lang / "api-reference"
    whole = base / "openapi_service.json"
    if whole.is_file():
        return [whole]
    found = [base / name for name in PER_APP if (base / name).is_file()]
    if not found:
        raise UpdateError(
            f"{directory}: no {lang}/api-reference/openapi_service.json, nor the per-app documents "
            f"({', '.join(PER_APP)}); name the files with --{lang}"
        )
    return found


def seed_pages(root: Path, lang: str) -> list[Path]:
    """The docs pages the current manifest vendors after the upstream document (the stop
    operation's seed): kept, in their order, so that they still override."""
    manifest = json.loads((root / "openapi" / lang / "manifest.json").read_text("utf-8"))
    return [root / entry["path"] for entry in manifest["inputs"] if entry["path"].endswith(".txt")]


# -- what changed, for a consumer -------------------------------------------------------------


def _fields_read(class_name: str) -> set[str]:
    """The JSON fields (dotted, `[]` for list items) a public result class reads."""
    import attrs

    import dify_workflow

    found: set[str] = set()

    def walk(cls: Any, prefix: str, depth: int) -> None:
        if depth > _DEPTH or not attrs.has(cls):
            return
        module = sys.modules[cls.__module__].__dict__
        hints = typing.get_type_hints(cls, globalns={**vars(sys.modules["dify_workflow._results"]), **module})
        for field in attrs.fields(cls):
            if field.name == "raw":
                continue
            name = prefix + field.name
            found.add(name)
            for inner in _classes_in(hints.get(field.name)):
                walk(inner, name + ("[]." if _is_list(hints.get(field.name)) else "."), depth + 1)

    walk(getattr(dify_workflow, class_name), "", 0)
    return found


def _classes_in(hint: Any) -> Iterator[type]:
    for arg in (hint, *typing.get_args(hint)):
        if isinstance(arg, type):
            yield arg
        for inner in typing.get_args(arg):
            if isinstance(inner, type):
                yield inner


def _is_list(hint: Any) -> bool:
    return any(typing.get_origin(a) is list for a in (hint, *typing.get_args(hint)))


def _properties(schema: Any, prefix: str = "", depth: int = 0) -> dict[str, dict[str, Any]]:
    """Dotted field -> {type, nullable, required, enum} of a resolved schema."""
    out: dict[str, dict[str, Any]] = {}
    if not isinstance(schema, dict) or depth > _DEPTH:
        return out
    parts = [schema, *[p for p in schema.get("allOf") or [] if isinstance(p, dict)]]
    required = {r for p in parts for r in p.get("required") or []}
    for part in parts:
        for name, prop in (part.get("properties") or {}).items():
            if not isinstance(prop, dict):
                continue
            key = prefix + name
            out[key] = {
                "type": prop.get("type"),
                "nullable": bool(prop.get("nullable")),
                "required": name in required,
                "enum": tuple(map(str, prop.get("enum") or ())),
            }
            if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
                out.update(_properties(prop["items"], key + "[].", depth + 1))
            else:
                out.update(_properties(prop, key + ".", depth + 1))
    return out


def _success_schema(op: dict[str, Any]) -> Any:
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            media = (response.get("content") or {}).get("application/json") or {}
            return media.get("schema")
    return None


def _request_schema(op: dict[str, Any]) -> Any:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or content.get("multipart/form-data") or {}
    return media.get("schema")


def _params(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for param in op.get("parameters") or []:
        if isinstance(param, dict) and "name" in param:
            schema = param.get("schema") or {}
            out[f"{param.get('in')} {param['name']}"] = {
                "required": bool(param.get("required")),
                "enum": tuple(map(str, schema.get("enum") or ())),
                "type": schema.get("type"),
            }
    return out


def contract_changes(old_doc: dict[str, Any], new_doc: dict[str, Any], cut: Cut) -> tuple[list[Change], int]:
    """What the new document changes for a user of this package, and how many changes
    reach no consumer (descriptions, examples, tags, operationIds, component names, ...)."""
    from dify_workflow import _operations

    results = {
        (op.method, op.path): op.result
        for op in vars(_operations).values()
        if isinstance(op, _operations.Operation)
    }
    old, new = resolve_refs(old_doc), resolve_refs(new_doc)
    old_ops = {(m, p): op for m, p, op in operations(old)}
    new_ops = {(m, p): op for m, p, op in operations(new)}
    changes: list[Change] = []
    for key in sorted(set(old_ops) | set(new_ops)):
        name = f"{key[0]} {key[1]}"
        if key not in new_ops:
            changes.append(Change(name, "operation removed (the facade's method for it fails)", True))
            continue
        if key not in old_ops:
            changes.append(
                Change(name, "operation added (the facade has no method for it yet: client.generated)", False)
            )
            continue
        before, after = old_ops[key], new_ops[key]
        changes += _request_changes(name, _params(before), _params(after), "parameter")
        changes += _request_changes(
            name,
            _properties(_request_schema(before)),
            _properties(_request_schema(after)),
            "request field",
        )
        result = results.get(key)
        read = _fields_read(result) if result else set()
        changes += _response_changes(
            name, _properties(_success_schema(before)), _properties(_success_schema(after)), read, result
        )
        old_codes, new_codes = set(documented_errors(before)), set(documented_errors(after))
        changes += [
            Change(name, f"documented error code `{c}` added", False) for c in sorted(new_codes - old_codes)
        ]
        changes += [
            Change(name, f"documented error code `{c}` removed", False) for c in sorted(old_codes - new_codes)
        ]
    changes += _event_changes(old, new, cut)
    documentation = _documentation_only(old_doc, new_doc)
    return changes, documentation


def _request_changes(name: str, before: dict[str, Any], after: dict[str, Any], kind: str) -> list[Change]:
    out = []
    for field in sorted(set(before) - set(after)):
        out.append(Change(name, f"{kind} `{field}` removed (calls that send it are refused)", True))
    for field in sorted(set(after) - set(before)):
        required = after[field]["required"]
        out.append(
            Change(name, f"{kind} `{field}` added, {'required' if required else 'optional'}", required)
        )
    for field in sorted(set(before) & set(after)):
        b, a = before[field], after[field]
        if a["required"] and not b["required"]:
            out.append(Change(name, f"{kind} `{field}` made required", True))
        if b["required"] and not a["required"]:
            out.append(Change(name, f"{kind} `{field}` made optional", False))
        for value in sorted(set(b["enum"]) - set(a["enum"])):
            if a["enum"]:
                out.append(Change(name, f"{kind} `{field}`: enum value `{value}` removed", True))
        for value in sorted(set(a["enum"]) - set(b["enum"])):
            if b["enum"]:
                out.append(Change(name, f"{kind} `{field}`: enum value `{value}` added", False))
        if a["type"] != b["type"]:
            out.append(Change(name, f"{kind} `{field}` retyped {b['type']} -> {a['type']}", True))
    return out


def _response_changes(
    name: str, before: dict[str, Any], after: dict[str, Any], read: set[str], result: str | None
) -> list[Change]:
    out = []
    for field in sorted(set(before) - set(after)):
        if field in read:
            out.append(Change(name, f"response field `{field}` removed; {result} reads it", True))
        else:
            out.append(Change(name, f"response field `{field}` removed (no result class reads it)", False))
    for field in sorted(set(after) - set(before)):
        out.append(Change(name, f"response field `{field}` added (in the result's `raw`)", False))
    for field in sorted(set(before) & set(after)):
        b, a, reads = before[field], after[field], field in read
        if a["type"] != b["type"]:
            out.append(Change(name, f"response field `{field}` retyped {b['type']} -> {a['type']}", reads))
        if a["nullable"] and not b["nullable"]:
            out.append(Change(name, f"response field `{field}` made nullable", reads and b["required"]))
        if b["required"] and not a["required"]:
            why = f"; {result} reads it as always sent" if reads else ""
            out.append(Change(name, f"response field `{field}` no longer always sent{why}", reads))
        for value in sorted(set(a["enum"]) - set(b["enum"])):
            if b["enum"]:
                out.append(Change(name, f"response field `{field}`: enum value `{value}` added", False))
        for value in sorted(set(b["enum"]) - set(a["enum"])):
            if a["enum"]:
                out.append(Change(name, f"response field `{field}`: enum value `{value}` removed", False))
    return out


def _event_changes(old: dict[str, Any], new: dict[str, Any], cut: Cut) -> list[Change]:
    from dify_workflow._events import EVENT_CLASSES
    from dify_workflow.chat._events import CHAT_EVENT_CLASSES

    typed = {"workflow": set(EVENT_CLASSES), "chat": set(CHAT_EVENT_CLASSES) | set(EVENT_CLASSES)}
    out = []
    for kind, union in cut.unions.items():
        before, after = _event_names(old, union), _event_names(new, union)
        where = f"{kind} stream"
        for event in sorted(after - before):
            out.append(
                Change(
                    where, f"event `{event}` added (yielded as UnknownEvent until the facade types it)", False
                )
            )
        for event in sorted(before - after):
            out.append(Change(where, f"event `{event}` removed", event in typed.get(kind, set())))
    return out


def _event_names(doc: dict[str, Any], union: str) -> set[str]:
    schemas = (doc.get("components") or {}).get("schemas") or {}
    name = find_union(doc.get("components") or {}, union)
    mapping = ((schemas.get(name) or {}).get("discriminator") or {}).get("mapping") or {}
    return set(mapping)


_PROSE = {
    "description",
    "summary",
    "example",
    "examples",
    "tags",
    "operationId",
    "title",
    "x-dify-operation-id",
}


def _documentation_only(old: Any, new: Any) -> int:
    """How many leaves differ that no consumer sees (prose, examples, names, servers)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in _PROSE}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    def leaves(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from leaves(value, f"{path}/{base_name(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from leaves(value, f"{path}/{index}")
        else:
            yield path, node

    all_old, all_new = dict(leaves(old)), dict(leaves(new))
    contract_old, contract_new = (
        dict(leaves(strip(resolve_refs(old)))),
        dict(leaves(strip(resolve_refs(new)))),
    )
    differing = {k for k in set(all_old) | set(all_new) if all_old.get(k) != all_new.get(k)}
    contract = {
        k for k in set(contract_old) | set(contract_new) if contract_old.get(k) != contract_new.get(k)
    }
    return max(len(differing) - len(contract), 0) if differing else 0


# -- the public Python API, before and after ---------------------------------------------------

_PROBE = """
import json, sys, attrs
sys.path.insert(0, sys.argv[1])
import dify_workflow_api.stable_names as names
out = {}
for name in names.__all__:
    value = getattr(names, name)
    if attrs.has(value):
        out[name] = sorted(f.name for f in attrs.fields(value))
    elif isinstance(value, dict):
        out[name] = sorted(value)
    else:
        out[name] = []
print(json.dumps(out))
"""


def public_api(generated: Path) -> dict[str, list[str]]:
    """The stable names of a generated package (`dify_workflow_api.stable_names`): each
    name with its fields (a model) or keys (an event table)."""
    env = {**os.environ, "PYTHONPATH": str(generated) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(generated)], capture_output=True, text=True, env=env, timeout=120
    )
    if proc.returncode != 0:
        raise UpdateError(f"reading the public API of {generated} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def api_changes(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[Change]:
    """How `dify_workflow_api.stable_names` changes: a name or a field a consumer may use
    that goes away is breaking; what is added is not."""
    where = "public API (dify_workflow_api.stable_names)"
    out = [Change(where, f"`{n}` removed", True) for n in sorted(set(before) - set(after))]
    out += [Change(where, f"`{n}` added", False) for n in sorted(set(after) - set(before))]
    for name in sorted(set(before) & set(after)):
        gone, new = set(before[name]) - set(after[name]), set(after[name]) - set(before[name])
        out += [Change(where, f"`{name}.{f}` removed", True) for f in sorted(gone)]
        out += [Change(where, f"`{name}.{f}` added", False) for f in sorted(new)]
    return out


def _provenance(scratch: Path, revision: str | None, date: str | None) -> None:
    """Record the upstream revision (and its date) the new specs were cut from."""
    path = scratch / "openapi" / "provenance.yaml"
    if revision is None or not path.exists():
        return
    text = path.read_text("utf-8")
    text = re.sub(r"^(  revision: ).*$", lambda m: f"{m.group(1)}{revision}", text, count=1, flags=re.M)
    if date is not None:
        text = re.sub(r"^(  date: ).*$", lambda m: f'{m.group(1)}"{date}"', text, count=1, flags=re.M)
    path.write_text(text, "utf-8")


def _git_revision(directory: Path | None) -> tuple[str | None, str | None]:
    """The short commit and its date of a checkout, when it is one and git is at hand."""
    if directory is None or not (directory / ".git").exists() or shutil.which("git") is None:
        return None, None
    proc = subprocess.run(
        ["git", "-C", str(directory), "log", "-1", "--format=%h %cs"], capture_output=True, text=True
    )
    parts = proc.stdout.split()
    return (parts[0], parts[1]) if proc.returncode == 0 and len(parts) == 2 else (None, None)


# -- the report ---------------------------------------------------------------------------------


def report(changes: list[Change], documentation: int, digest: str) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"# Spec update {digest[:12]}", ""]
    if not changes:
        lines.append("No change to the contract this package serves.")
    for title, group in (("Breaking", breaking), ("Non-breaking", other)):
        if group:
            lines += [f"## {title}", ""] + [f"- `{c.operation}`: {c.what}" for c in group] + [""]
    if documentation:
        lines.append(
            f"Documentation only: {documentation} change(s) no consumer sees (descriptions, examples, names)."
        )
    return "\n".join(lines).rstrip() + "\n"


# -- applying it, all or nothing ---------------------------------------------------------------


def _run(cmd: list[str], root: Path, what: str) -> None:
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    if proc.returncode != 0:
        raise UpdateError(f"{what} failed:\n{(proc.stdout + proc.stderr).strip()[-4000:]}")


def _snapshot(root: Path, keep: Path) -> None:
    for part in TOUCHED:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, keep / part)
        elif source.is_file():
            (keep / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, keep / part)


def _restore(root: Path, keep: Path) -> None:
    for part in TOUCHED:
        target, saved = root / part, keep / part
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        if saved.is_dir():
            shutil.copytree(saved, target)
        elif saved.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(saved, target)


def _bump(root: Path, breaking: bool) -> str | None:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return None
    text = pyproject.read_text("utf-8")
    match = re.search(r'^version = "(\d+)\.(\d+)\.(\d+)"', text, re.M)
    if match is None:
        return None
    major, minor, patch = map(int, match.groups())
    if breaking:
        major, minor, patch = (major, minor + 1, 0) if major == 0 else (major + 1, 0, 0)
    else:
        patch += 1
    version = f"{major}.{minor}.{patch}"
    pyproject.write_text(text[: match.start()] + f'version = "{version}"' + text[match.end() :], "utf-8")
    version_file = root / "src" / "dify_workflow" / "_version.py"
    if version_file.is_file():
        version_file.write_text(
            re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"', version_file.read_text("utf-8")),
            "utf-8",
        )
    return version


def update(args: argparse.Namespace) -> int:
    root: Path = args.root
    sources = {
        lang: [Path(p) for p in getattr(args, lang)]
        if getattr(args, lang)
        else inputs_from(args.from_dir, lang)
        for lang in LANGS
    }
    for lang, paths in sources.items():
        for path in paths:
            if not path.is_file():
                raise UpdateError(f"--{lang} {path}: no such file")
    cut = Cut.load(root / "openapi" / "cut.yaml")
    with tempfile.TemporaryDirectory(prefix="dify-update-") as scratch_dir:
        scratch = Path(scratch_dir)
        shutil.copytree(root / "openapi", scratch / "openapi")
        for lang in LANGS:
            inputs = [*sources[lang], *seed_pages(root, lang)]
            _run(
                [sys.executable, str(root / "scripts" / "vendor_spec.py"), "--lang", lang, *map(str, inputs),
                 "--root", str(scratch), "--drop-missing-required"],
                root,
                f"vendoring the {lang.upper()} document",
            )  # fmt: skip
        new_en, new_ja = (
            scratch / "openapi" / "en" / "workflow.yaml",
            scratch / "openapi" / "ja" / "workflow.yaml",
        )
        _run(
            [sys.executable, str(root / "scripts" / "spec_parity.py"), str(new_en), str(new_ja)],
            root,
            "the EN/JA parity check",
        )
        old_bytes = b"".join((root / "openapi" / lang / "workflow.yaml").read_bytes() for lang in LANGS)
        new_bytes = new_en.read_bytes() + new_ja.read_bytes()
        digest = sha256_bytes(new_bytes)
        changes, documentation = contract_changes(
            load_spec_file(root / "openapi" / "en" / "workflow.yaml"), load_spec_file(new_en), cut
        )
        revision, date = args.revision, args.date
        if revision is None:
            revision, date = _git_revision(args.from_dir)
        _provenance(scratch, revision, date)
        if old_bytes != new_bytes:
            # Generated in the scratch copy: the public API before and after is compared
            # before anything is applied (and --check reports it too).
            shutil.copytree(
                root / "scripts", scratch / "scripts", ignore=shutil.ignore_patterns("__pycache__")
            )
            _run(
                [sys.executable, str(scratch / "scripts" / "generate.py"), "--root", str(scratch)],
                root,
                "regenerating",
            )
            changes += api_changes(public_api(root / "generated"), public_api(scratch / "generated"))
        text = report(changes, documentation, digest)
        breaking = [c for c in changes if c.breaking]
        if args.json:
            print(
                json.dumps(
                    {
                        "breaking": [c.to_dict() for c in breaking],
                        "non_breaking": [c.to_dict() for c in changes if not c.breaking],
                        "documentation_only": documentation,
                        "sha256": digest,
                    }
                )
            )
        else:
            print(text, end="")
        if old_bytes == new_bytes:
            print("update_spec: the vendored specs are already these; nothing to do", file=sys.stderr)
            return 0
        if breaking and not args.accept_breaking:
            print(
                f"update_spec: {len(breaking)} breaking change(s) for consumers: nothing applied "
                "(review them; --accept-breaking applies them with a new minor version)",
                file=sys.stderr,
            )
            return 2
        if args.check:
            print("update_spec: --check: nothing changed", file=sys.stderr)
            return 0
        with tempfile.TemporaryDirectory(prefix="dify-keep-") as keep_dir:
            keep = Path(keep_dir)
            _snapshot(root, keep)
            try:
                for part in ("openapi", "generated"):
                    shutil.rmtree(root / part)
                    shutil.copytree(scratch / part, root / part)
                if args.verify:
                    proc = subprocess.run(args.verify, shell=True, cwd=root, capture_output=True, text=True)  # noqa: S602 - the maintainer's own command
                    if proc.returncode != 0:
                        raise UpdateError(
                            f"the verification ({args.verify}) failed:\n{(proc.stdout + proc.stderr)[-4000:]}"
                        )
                version = _bump(root, bool(breaking))
                _write_changelog(root, text, digest, version, bool(breaking))
            except BaseException:
                _restore(root, keep)
                raise
    print(f"update_spec: applied{f'; version {version}' if version else ''}", file=sys.stderr)
    return 0


def _write_changelog(root: Path, text: str, digest: str, version: str | None, breaking: bool) -> None:
    today = datetime.date.today().isoformat()
    folder = root / "docs" / "spec-changes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{today}-{digest[:8]}.md").write_text(text, "utf-8")
    changelog = root / "CHANGELOG.md"
    old = changelog.read_text("utf-8") if changelog.exists() else "# Changelog\n"
    head, _, rest = old.partition("\n")
    kind = "breaking" if breaking else "non-breaking"
    entry = (
        f"\n## {version or 'unreleased'} ({today}): spec update {digest[:8]}, {kind}\n\n"
        + "\n".join(line for line in text.splitlines()[2:])
        + f"\n\nDetails: docs/spec-changes/{today}-{digest[:8]}.md\n"
    )
    changelog.write_text(head + "\n" + entry + rest, "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument("--from", dest="from_dir", type=Path, help="a checkout of upstream's docs")
    parser.add_argument("--en", nargs="+", help="the English document(s), instead of --from")
    parser.add_argument("--ja", nargs="+", help="the Japanese document(s), instead of --from")
    parser.add_argument(
        "--check", action="store_true", help="report what the update would do; change nothing"
    )
    parser.add_argument("--json", action="store_true", help="the report as JSON (breaking, non_breaking)")
    parser.add_argument("--accept-breaking", action="store_true", help="apply breaking changes too")
    parser.add_argument(
        "--verify",
        default=os.environ.get("UPDATE_SPEC_VERIFY", DEFAULT_VERIFY),
        help="the command that must pass after regenerating (default: the contract suite; '' for none)",
    )
    parser.add_argument(
        "--revision",
        help="the upstream revision the documents are of (default: the --from checkout's commit)",
    )
    parser.add_argument("--date", help="that revision's date (YYYY-MM-DD)")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")
    args = parser.parse_args(argv)
    if args.from_dir is None and not (args.en and args.ja):
        parser.error("pass --from DIR, or both --en FILE... and --ja FILE...")
    try:
        return update(args)
    except (UpdateError, SpecError) as exc:
        print(f"update_spec: error: {exc}\nupdate_spec: nothing was changed", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
