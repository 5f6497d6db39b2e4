"""Regenerate generated/dify_workflow_api from the vendored specs (make generate).

    python scripts/generate.py           # validate specs, regenerate, write generated/
    python scripts/generate.py --check   # regenerate in a temp dir; exit 1 if generated/ differs

Steps: validate both vendored specs; prepare the English one (scripts/prepare_spec.py);
run the pinned openapi-python-client with scripts/generator_config.yaml; stamp every file
with a do-not-edit header; add `_spec_index.py`, the data the facade looks operations,
documented error codes and the default server up in (by method and path).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import pprint
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cut import Cut, find_union
from _speclib import (
    SpecError,
    atomic_write,
    default_server_url,
    load_spec_file,
    operations,
    resolve_refs,
    sha256_bytes,
)
from prepare_spec import prepare, stable_event_name, stable_group, stable_model_name, stable_operation_id

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "dify_workflow_api"
GENERATOR_VERSION = "0.29.1"
# Dify lists error codes as "- `code` : meaning" lines, and sometimes without the "- ".
_CODE_LINE = re.compile(r"^\s*(?:[-*]\s*)?`(?P<code>[^`]+)`\s*[:：]\s*(?P<text>.+?)\s*$", re.M)


def documented_errors(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """code -> {status, description} from an operation's error responses.

    Dify documents codes as '- `code` : meaning' lines in the response description and
    as the `code` of each example body.
    """
    found: dict[str, dict[str, Any]] = {}
    for status, response in (op.get("responses") or {}).items():
        if not str(status).isdigit() or int(status) < 400:
            continue
        for match in _CODE_LINE.finditer(str(response.get("description") or "")):
            code, text = match["code"], match["text"]
            known = found.get(code)
            if known is not None and known["status"] == int(status) and known["description"]:
                # One code with several documented causes (the chat API's `invalid_param`):
                # every cause is the code's meaning.
                if text not in known["description"].split("; "):
                    known["description"] += "; " + text
                continue
            found[code] = {"status": int(status), "description": text}
        for media in (response.get("content") or {}).values():
            for example in (media.get("examples") or {}).values():
                value = (example or {}).get("value")
                if isinstance(value, dict) and isinstance(value.get("code"), str):
                    found.setdefault(value["code"], {"status": int(status), "description": None})
    return found


def provenance(root: Path) -> dict[str, Any]:
    """openapi/provenance.yaml: the upstream revision and the Dify version checked against."""
    path = root / "openapi" / "provenance.yaml"
    if not path.exists():
        return {"upstream": {}, "checked_against_dify": None}
    data = load_spec_file(path)
    if not isinstance(data, dict) or not isinstance(data.get("upstream", {}), dict):
        raise SpecError(f"{path}: expected a mapping with 'upstream' and 'checked_against_dify'")
    upstream = {
        k: v for k, v in (data.get("upstream") or {}).items() if k in ("repository", "revision", "date")
    }
    checked = data.get("checked_against_dify")
    return {
        "upstream": {k: str(v) for k, v in upstream.items()},
        "checked_against_dify": str(checked) if checked else None,
    }


def spec_index(
    en_doc: dict[str, Any],
    ja_doc: dict[str, Any],
    digests: dict[str, str],
    origin: dict[str, Any] | None = None,
) -> str:
    en_doc, ja_doc = resolve_refs(en_doc), resolve_refs(ja_doc)
    ja_ops = {(m, p): op for m, p, op in operations(ja_doc)}
    index: dict[tuple[str, str], Any] = {}
    for method, path, op in operations(en_doc):
        ja_op = ja_ops.get((method, path), {})
        en_errors, ja_errors = documented_errors(op), documented_errors(ja_op)
        module = f"{PACKAGE}.api.{stable_group(path)}.{stable_operation_id(method, path)}"
        index[(method, path)] = {
            "module": module,
            "operation_id": {"en": op.get("operationId"), "ja": ja_op.get("operationId")},
            "errors": {
                code: {
                    "status": info["status"],
                    "en": info["description"],
                    "ja": (ja_errors.get(code) or {}).get("description"),
                }
                for code, info in en_errors.items()
            },
        }
    en_url, ja_url = default_server_url(en_doc), default_server_url(ja_doc)
    if en_url != ja_url:
        raise SpecError(f"the EN default server {en_url} differs from the JA one {ja_url}")
    return "\n".join(
        [
            '"""Operations of the vendored specs, keyed by (METHOD, path): the stable identity."""',
            "",
            "from typing import Final, TypedDict",
            "",
            "",
            "class DocumentedError(TypedDict):",
            "    status: int",
            "    en: str | None",
            "    ja: str | None",
            "",
            "",
            "class Operation(TypedDict):",
            "    module: str",
            "    operation_id: dict[str, str | None]",
            "    errors: dict[str, DocumentedError]",
            "",
            "",
            "# sha256 of openapi/en/workflow.yaml followed by openapi/ja/workflow.yaml",
            f"SPEC_SHA256: Final = {digests['both']!r}",
            f"SPEC_SHA256_EN: Final = {digests['en']!r}",
            f"SPEC_SHA256_JA: Final = {digests['ja']!r}",
            f"DEFAULT_BASE_URL: Final = {en_url!r}",
            "# Where the specs came from (openapi/provenance.yaml)",
            f"UPSTREAM: Final[dict[str, str]] = {dict((origin or {}).get('upstream') or {})!r}",
            f"CHECKED_AGAINST_DIFY: Final[str | None] = {(origin or {}).get('checked_against_dify')!r}",
            "OPERATIONS: Final[dict[tuple[str, str], Operation]] = "
            + pprint.pformat(index, width=10**6, sort_dicts=True),
            "",
        ]
    )


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class _ModelNames(dict[str, Any]):
    """The generated models by name, for resolving type hints: the models package
    imports each model on first use, so its namespace alone is not enough."""

    def __init__(self, models: Any) -> None:
        super().__init__()
        self._models = models

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._models, name)
        except AttributeError:
            raise KeyError(name) from None


def _list_item(hint: Any) -> type | None:
    """The model of `list[Model]` inside a field's type (`list[Model]`, or within a union
    such as `list[Model] | Unset`), if any."""
    import typing

    members = (hint,) if typing.get_origin(hint) is list else typing.get_args(hint) or (hint,)
    for member in members:
        if typing.get_origin(member) is list:
            (item,) = typing.get_args(member) or (None,)
            if isinstance(item, type) and item.__module__.startswith(f"{PACKAGE}.models"):
                return item
    return None


def _pascal_kind(kind: str) -> str:
    return "".join(part.title() for part in kind.split("_"))


def stable_names(package_dir: Path, en_doc: dict[str, Any], unions: dict[str, str]) -> str:
    """The `stable_names` module: every model a facade user sees, under a name that only
    method, path and status (or an event's name) decide, whatever upstream calls it."""
    import importlib
    import typing

    sys.path.insert(0, str(package_dir.parent))
    try:
        lines: list[str] = []
        exported: list[str] = []
        for method, path, op in operations(en_doc):
            module = importlib.import_module(
                f"{PACKAGE}.api.{stable_group(path)}.{stable_operation_id(method, path)}"
            )
            hints = typing.get_type_hints(module.sync_detailed)
            status = next((c for c in op.get("responses", {}) if str(c).startswith("2")), "200")
            found = {"Body": hints.get("body"), f"Response{status}": None}
            returned = typing.get_args(hints["return"])
            for member in (typing.get_args(returned[0]) or returned[:1]) if returned else ():
                if isinstance(member, type) and member.__module__.startswith(f"{PACKAGE}.models"):
                    found[f"Response{status}"] = member
            for suffix, cls in found.items():
                for one in typing.get_args(cls) or (cls,):
                    if isinstance(one, type) and one.__module__.startswith(f"{PACKAGE}.models"):
                        alias = stable_model_name(method, path, suffix)
                        lines.append(
                            f"from {one.__module__.replace(PACKAGE, '', 1)} import {one.__name__} as {alias}"
                        )
                        exported.append(alias)
                        # List items of a response (log entries, form actions) get a stable
                        # name too: `<Response alias><Field>Item`.
                        if suffix.startswith("Response"):
                            models_ns = _ModelNames(importlib.import_module(f"{PACKAGE}.models"))
                            for field, hint in typing.get_type_hints(one, localns=models_ns).items():
                                item = _list_item(hint)
                                if item is not None:
                                    name = f"{alias}{''.join(p.title() for p in field.split('_'))}Item"
                                    lines.append(
                                        f"from {item.__module__.replace(PACKAGE, '', 1)} import {item.__name__} as {name}"
                                    )
                                    exported.append(name)
                        break
        events: dict[str, dict[str, str]] = {}
        schemas = (en_doc.get("components") or {}).get("schemas") or {}
        models = importlib.import_module(f"{PACKAGE}.models")
        by_normal = {_normal(n): n for n in getattr(models, "__all__", [])}
        for kind, union in unions.items():
            union_name = find_union(en_doc.get("components") or {}, union)
            mapping = ((schemas.get(union_name) or {}).get("discriminator") or {}).get("mapping") or {}
            prefix = "" if kind == "workflow" else _pascal_kind(kind)
            for event, ref in sorted(mapping.items()):
                class_name = by_normal.get(_normal(ref.rsplit("/", 1)[-1]))
                if class_name is None:
                    raise SpecError(f"no generated model for the {kind} stream's {event!r} event ({ref})")
                cls = getattr(models, class_name)
                alias = prefix + stable_event_name(event)
                lines.append(f"from {cls.__module__.replace(PACKAGE, '', 1)} import {class_name} as {alias}")
                exported.append(alias)
                events.setdefault(kind, {})[event] = alias
                # The type of the event's `data`, so that the facade can type it by a stable name.
                data_hint = typing.get_type_hints(cls, localns=_ModelNames(models)).get("data")
                for one in typing.get_args(data_hint) or (data_hint,):
                    if isinstance(one, type) and one.__module__.startswith(f"{PACKAGE}.models"):
                        lines.append(
                            f"from {one.__module__.replace(PACKAGE, '', 1)} import {one.__name__} as {alias}Data"
                        )
                        exported.append(f"{alias}Data")
                        break
    finally:
        sys.path.remove(str(package_dir.parent))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
    tables: list[str] = []
    for kind in unions:
        table = "EVENT_MODELS" if kind == "workflow" else f"{kind.upper()}_EVENT_MODELS"
        exported.append(table)
        tables += [
            f"{table}: Final[dict[str, Any]] = {{",
            *[f"    {event!r}: {alias}," for event, alias in sorted(events.get(kind, {}).items())],
            "}",
            "",
        ]
    body = [
        '"""Stable names of the generated models: `<Method><Path>Body`, `<Method><Path>Response<status>`',
        "`Event<Name>` for each workflow stream event (`ChatEvent<Name>` for the chat stream's) and",
        '`...Data` for its `data`, whatever the spec names the schemas."""',
        "",
        "from typing import Any, Final",
        "",
        *sorted(set(lines)),
        "",
        *tables,
        "__all__ = [",
        *[f"    {name!r}," for name in sorted(set(exported))],
        "]",
        "",
    ]
    return "\n".join(body)


def header(digest: str) -> str:
    return (
        "# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.\n"
        f"# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 {digest[:16]}...)\n"
        f"# by scripts/generate.py with openapi-python-client {GENERATOR_VERSION}.\n"
    )


def _unions(root: Path) -> dict[str, str]:
    cut_file = root / "openapi" / "cut.yaml"
    if not cut_file.exists():
        return {}
    return Cut.load(cut_file).unions


def validate_spec(doc: dict[str, Any], where: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{where}: not valid OpenAPI 3: {exc.message}") from None


def generate_into(out: Path, root: Path) -> None:
    """Generate the package into `out` (which must not exist)."""
    en_path, ja_path = root / "openapi/en/workflow.yaml", root / "openapi/ja/workflow.yaml"
    en_doc, ja_doc = load_spec_file(en_path), load_spec_file(ja_path)
    validate_spec(en_doc, en_path)
    validate_spec(ja_doc, ja_path)
    en_raw, ja_raw = en_path.read_bytes(), ja_path.read_bytes()
    digests = {
        "en": sha256_bytes(en_raw),
        "ja": sha256_bytes(ja_raw),
        "both": sha256_bytes(en_raw + ja_raw),
    }
    with tempfile.TemporaryDirectory(prefix="dify-gen-") as work:
        spec_in = Path(work) / "generator-input.json"
        spec_in.write_text(json.dumps(prepare(en_doc), indent=2, ensure_ascii=False), "utf-8")
        bindir = str(Path(sys.executable).parent)
        env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
        cmd = [
            os.path.join(bindir, "openapi-python-client"),
            "generate",
            "--path",
            str(spec_in),
            "--config",
            str(root / "scripts/generator_config.yaml"),
            "--meta",
            "none",
            # The package and models/__init__.py import their names on first use (see the
            # templates).
            "--custom-template-path",
            str(root / "scripts/templates"),
            "--output-path",
            str(Path(work) / PACKAGE),
            "--fail-on-warning",
        ]
        proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
        if proc.returncode != 0 or "Warning" in proc.stdout + proc.stderr:
            raise SpecError("openapi-python-client failed:\n" + proc.stdout + proc.stderr)
        shutil.copytree(Path(work) / PACKAGE, out)
    stamp = header(digests["both"])
    for file in sorted(out.rglob("*.py")):
        file.write_text(stamp + file.read_text("utf-8"), "utf-8")
    index_file = out / "_spec_index.py"
    index_file.write_text(stamp + spec_index(en_doc, ja_doc, digests, provenance(root)), "utf-8")
    names_file = out / "stable_names.py"
    names_file.write_text(stamp + stable_names(out, en_doc, _unions(root)), "utf-8")
    ruff = os.path.join(str(Path(sys.executable).parent), "ruff")
    for file in (index_file, names_file):
        subprocess.run(
            [
                ruff,
                "check",
                "--isolated",
                "--no-cache",
                "--quiet",
                "--fix-only",
                "--extend-select=I",
                str(file),
            ],
            check=True,
        )
        subprocess.run([ruff, "format", "--isolated", "--no-cache", "--quiet", str(file)], check=True)
    (out / "py.typed").write_text("", "utf-8")
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees."""
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b, ignore=["__pycache__"]), "")
    return sorted(diffs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate generated/dify_workflow_api from openapi/.")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when generated/ is stale")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")
    args = parser.parse_args(argv)
    target = args.root / "generated" / PACKAGE
    with tempfile.TemporaryDirectory(prefix="dify-out-") as tmp:
        fresh = Path(tmp) / PACKAGE
        try:
            generate_into(fresh, args.root)
        except SpecError as exc:
            print(f"generate: error: {exc}", file=sys.stderr)
            return 2
        if args.check:
            stale = differences(target, fresh) if target.exists() else ["(generated/ is missing)"]
            if stale:
                print(
                    "generate: generated/ is stale: it differs from what openapi/ and the "
                    "generator config produce in: "
                    + ", ".join(stale)
                    + ". Run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("generate: generated/ is up to date")
            return 0
        staged = target.with_name(f".{PACKAGE}.new")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(fresh, staged)
    old = target.with_name(f".{PACKAGE}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    atomic_write(args.root / "generated" / "README.md", README.encode())
    print(f"generate: wrote {target}")
    return 0


README = """# generated/

Machine-written by `make generate` (scripts/generate.py, openapi-python-client 0.29.1)
from the vendored specs in `openapi/`. Never edit these files: fix the spec preparation
(`scripts/prepare_spec.py`), the generator config (`scripts/generator_config.yaml`) or the
facade (`src/dify_workflow/`) instead. `make check-generated` fails when this folder is stale.
"""

if __name__ == "__main__":
    sys.exit(main())
