"""Vendor the Workflow App API spec of one language from Dify docs pages or OpenAPI files.

    python scripts/vendor_spec.py --lang en UPSTREAM.json PAGE...
    python scripts/vendor_spec.py --lang en --from-manifest [--check] [--allow-stale-overlays]

The inputs of one run make the whole document, in order: where two inputs define the same
operation or component, the later one wins (the manifest records each such override).
The operations listed in openapi/cut.yaml are cut out with every component they need
and the stream event schemas; the overlays in openapi/overlays/ repair upstream defects.
The result replaces openapi/<lang>/workflow.yaml; the inputs are copied to
openapi/sources/<lang>/ and recorded with their sha256, with the cut's and each
overlay's, in openapi/<lang>/manifest.json. Nothing is written unless every input is good
and the result is valid OpenAPI 3.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cut import Cut, cut
from _overlay import Overlay
from _overlay import apply as apply_overlays
from _speclib import (
    SpecError,
    atomic_write,
    dump_yaml,
    extract_page_blocks,
    looks_japanese,
    parse_document,
    read_text,
    sha256_bytes,
)

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ja")


class Input:
    """One input file, read once, and the documents it contributes."""

    def __init__(self, path: Path, lang: str) -> None:
        self.path = path
        self.raw, text = read_text(path)
        self.docs = self._documents(text, lang)

    def _documents(self, text: str, lang: str) -> list[dict[str, Any]]:
        blocks = extract_page_blocks(text)
        where = str(self.path)
        if blocks:
            docs = []
            for source, body in blocks:
                source_lang = source.strip("/").split("/", 1)[0]
                if source_lang in LANGS and source_lang != lang:
                    raise SpecError(
                        f"{where}: the embedded document is {source} ({source_lang}), "
                        f"but this run vendors --lang {lang}"
                    )
                docs.append(self._check_doc(parse_document(body, where), lang))
            return docs
        doc = parse_document(text, where)
        if not isinstance(doc, dict) or "openapi" not in doc:
            raise SpecError(
                f"{where}: no embedded OpenAPI block (a ```yaml <source> <method> <path> fence) "
                "and not an OpenAPI document either"
            )
        return [self._check_doc(doc, lang)]

    def _check_doc(self, doc: Any, lang: str) -> dict[str, Any]:
        where = str(self.path)
        if not isinstance(doc, dict):
            raise SpecError(f"{where}: the document is a {type(doc).__name__}, not an OpenAPI object")
        version = str(doc.get("openapi", ""))
        if not version.startswith("3."):
            raise SpecError(f"{where}: 'openapi: {version or '<missing>'}' is not an OpenAPI 3 document")
        if lang == "en" and looks_japanese(doc):
            raise SpecError(f"{where}: the document's text is Japanese, but this run vendors --lang en")
        if lang == "ja" and not looks_japanese(doc):
            raise SpecError(f"{where}: the document has no Japanese text, but this run vendors --lang ja")
        return doc


def merge(inputs: list[Input]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Unite paths and components, later inputs winning; return the overrides made."""
    merged: dict[str, Any] | None = None
    origin: dict[tuple[str, ...], Path] = {}
    overrides: list[dict[str, str]] = []

    def unite(target: dict[str, Any], key: tuple[str, ...], name: str, value: Any, src: Path) -> None:
        full = (*key, name)
        if name in target and target[name] != value:
            overrides.append({"what": "/".join(full), "from": src.name, "over": origin[full].name})
        target[name] = value
        origin[full] = src

    for item in inputs:
        for doc in item.docs:
            if merged is None:
                merged = json.loads(json.dumps(doc))
                for path, ops in (merged.get("paths") or {}).items():
                    for method in ops:
                        origin[("paths", path, method)] = item.path
                for section, entries in (merged.get("components") or {}).items():
                    for name in entries or {}:
                        origin[("components", section, name)] = item.path
                continue
            paths = merged.setdefault("paths", {})
            for path, ops in (doc.get("paths") or {}).items():
                target = paths.setdefault(path, {})
                for method, op in (ops or {}).items():
                    unite(target, ("paths", path), method, op, item.path)
            components = merged.setdefault("components", {})
            for section, entries in (doc.get("components") or {}).items():
                target = components.setdefault(section, {})
                for name, value in (entries or {}).items():
                    unite(target, ("components", section), name, value, item.path)
            known = {t.get("name") for t in merged.get("tags") or []}
            for tag in doc.get("tags") or []:
                if tag.get("name") not in known:
                    merged.setdefault("tags", []).append(tag)
                    known.add(tag.get("name"))
    assert merged is not None
    return merged, overrides


def validate(doc: dict[str, Any], names: str) -> None:
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate_spec(doc)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{names}: not valid OpenAPI 3: {exc.message}") from None
    except RecursionError:
        raise SpecError(f"{names}: not valid OpenAPI 3: nesting too deep to validate") from None


def check_required(doc: Any, where: str = "$", dropped: list[str] | None = None) -> None:
    """Every `required` name must be one of its schema's `properties`.

    Overlay 004 marks fields Dify always sends as required; when upstream drops such a
    field from `properties`, the name would be left required with no type, and the
    facade's typed result would lose it silently. Vendoring fails instead; with `dropped`
    (scripts/update_spec.py, which reports the loss as a breaking change) the names are
    taken out of `required` and listed there."""
    if isinstance(doc, dict):
        required, properties = doc.get("required"), doc.get("properties")
        if isinstance(required, list) and isinstance(properties, dict):
            missing = [name for name in required if name not in properties]
            if missing and dropped is not None:
                doc["required"] = [name for name in required if name in properties]
                dropped.extend(f"{where}.{name}" for name in missing)
            elif missing:
                raise SpecError(
                    f"{where}: required {missing} not among its properties: upstream dropped or renamed "
                    "a field that an overlay (openapi/overlays/004-*) or the facade relies on; update "
                    "the overlay and the facade's result class, then re-vendor"
                )
        for key, value in doc.items():
            check_required(value, f"{where}.{key}", dropped)
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            check_required(value, f"{where}[{index}]", dropped)


class Build:
    """The outcome of one vendoring run, before anything is written."""

    def __init__(self, inputs: list[Input], spec: bytes, record: dict[str, Any], warnings: list[str]) -> None:
        self.inputs = inputs
        self.spec = spec
        self.record = record
        self.warnings = warnings


def overlay_files(root: Path) -> list[Path]:
    folder = root / "openapi" / "overlays"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def build(
    paths: list[Path],
    lang: str,
    root: Path,
    *,
    allow_stale: bool = False,
    drop_missing_required: bool = False,
) -> Build:
    if not paths:
        raise SpecError("no INPUT given: pass docs pages or OpenAPI files")
    inputs = [Input(p, lang) for p in paths]
    names = {p.name for p in paths}
    if len(names) != len(paths):
        raise SpecError("two inputs share a file name; the sources folder keeps inputs by name")
    doc, overrides = merge(inputs)
    warnings: list[str] = []
    record: dict[str, Any] = {"overrides": overrides}
    cut_file = root / "openapi" / "cut.yaml"
    unions: dict[str, str] = {}
    if cut_file.exists():
        spec = Cut.load(cut_file)
        unions = spec.unions
        doc, cut_warnings = cut(doc, spec)
        warnings += cut_warnings
        record["cut"] = {"path": "openapi/cut.yaml", "sha256": sha256_bytes(cut_file.read_bytes())}
    overlays = [Overlay(p) for p in overlay_files(root)]
    warnings += apply_overlays(doc, overlays, allow_stale=allow_stale, unions=unions)
    record["overlays"] = [{"path": f"openapi/overlays/{o.path.name}", "sha256": o.sha256} for o in overlays]
    validate(doc, ", ".join(str(p) for p in paths))
    dropped: list[str] | None = [] if drop_missing_required else None
    check_required(doc, dropped=dropped)
    warnings += [
        f"{name} is required by an overlay but gone upstream: taken out of `required`"
        for name in dropped or []
    ]
    return Build(inputs, dump_yaml(doc).encode("utf-8"), record, warnings)


def write(root: Path, lang: str, result: Build) -> None:
    inputs, spec = result.inputs, result.spec
    sources = root / "openapi" / "sources" / lang
    staged = Path(tempfile.mkdtemp(dir=sources.parent if sources.parent.exists() else None))
    try:
        for item in inputs:
            (staged / item.path.name).write_bytes(item.raw)
        manifest = {
            "generated_by": f"python scripts/vendor_spec.py --lang {lang} --from-manifest",
            "output": {"path": f"openapi/{lang}/workflow.yaml", "sha256": sha256_bytes(spec)},
            "inputs": [
                {"path": f"openapi/sources/{lang}/{i.path.name}", "sha256": sha256_bytes(i.raw)}
                for i in inputs
            ],
            **result.record,
        }
        old = sources.with_name(f".{lang}.old")
        shutil.rmtree(old, ignore_errors=True)
        sources.parent.mkdir(parents=True, exist_ok=True)
        if sources.exists():
            sources.rename(old)
        shutil.move(str(staged), sources)
        shutil.rmtree(old, ignore_errors=True)
        atomic_write(
            root / "openapi" / lang / "manifest.json",
            (json.dumps(manifest, indent=2) + "\n").encode(),
        )
        atomic_write(root / "openapi" / lang / "workflow.yaml", spec)
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def manifest_inputs(root: Path, lang: str) -> list[Path]:
    path = root / "openapi" / lang / "manifest.json"
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(f"{path}: cannot read the manifest: {exc}") from None
    paths = []
    for entry in manifest["inputs"]:
        file = root / entry["path"]
        raw, _ = read_text(file)
        if sha256_bytes(raw) != entry["sha256"]:
            raise SpecError(f"{file}: sha256 differs from the one recorded in {path}")
        paths.append(file)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Vendor the OpenAPI spec of one language from docs pages or OpenAPI files.",
        epilog="example: python scripts/vendor_spec.py --lang ja ../shared/seeds/000_*.txt",
    )
    parser.add_argument("--lang", choices=LANGS, required=True, help="language of the inputs")
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="docs page (markdown with an embedded ```yaml block) or OpenAPI JSON/YAML",
    )
    parser.add_argument(
        "--from-manifest",
        action="store_true",
        help="take the inputs recorded in openapi/<lang>/manifest.json",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the result differs from the vendored file",
    )
    parser.add_argument(
        "--allow-stale-overlays",
        action="store_true",
        help="an overlay action that matches nothing is a warning, not an error "
        "(for replaying older upstream versions)",
    )
    parser.add_argument(
        "--drop-missing-required",
        action="store_true",
        help="a required field gone from its schema is taken out of `required` with a warning, not an error "
        "(scripts/update_spec.py reports it as a breaking change)",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")
    args = parser.parse_args(argv)
    if bool(args.inputs) == args.from_manifest:
        parser.error("give either INPUT files or --from-manifest")
    try:
        paths = manifest_inputs(args.root, args.lang) if args.from_manifest else args.inputs
        result = build(
            paths,
            args.lang,
            args.root,
            allow_stale=args.allow_stale_overlays,
            drop_missing_required=args.drop_missing_required,
        )
        for warning in result.warnings:
            print(f"vendor_spec: warning: {warning}", file=sys.stderr)
        target = args.root / "openapi" / args.lang / "workflow.yaml"
        if args.check:
            current = target.read_bytes() if target.exists() else b""
            if current != result.spec:
                print(
                    f"vendor_spec: {target} differs from what its inputs produce; "
                    f"run: python scripts/vendor_spec.py --lang {args.lang} --from-manifest",
                    file=sys.stderr,
                )
                return 1
            print(f"vendor_spec: {target} matches its recorded inputs")
            return 0
        write(args.root, args.lang, result)
    except SpecError as exc:
        print(f"vendor_spec: error: {exc}", file=sys.stderr)
        return 2
    print(f"vendor_spec: wrote {target} from {len(result.inputs)} input(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
