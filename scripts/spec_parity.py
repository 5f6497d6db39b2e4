"""Check that the EN and JA specs describe the same contract.

    python scripts/spec_parity.py EN_SPEC JA_SPEC

Exit 0 when they agree, 1 when they drift (each drift printed on one short line: the JSON
pointer to the first differing leaf, the EN and the JA value cut to 80 characters, then a
count), 2 when an input cannot be read. Compared: paths, methods, parameters, request
bodies, responses (codes, content types, schemas, after resolving $refs), security, the
effective default server URL, and every schema in `components` (names matched after
removing the language suffixes upstream adds, such as `Jp`; a schema in one language only
is drift; discriminator mappings and $refs compared by those names; lists element by
element). Ignored: human text, tag names, operationIds, summaries and example wording;
instead every example must validate against its own schema (a separate gate).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cut import base_name
from _speclib import (
    SpecError,
    default_server_url,
    load_spec_file,
    operations,
    resolve_refs,
)

SCHEMA_KEYS = (
    "type",
    "format",
    "required",
    "enum",
    "nullable",
    "items",
    "properties",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "readOnly",
    "writeOnly",
    "discriminator",
    "$ref",
)
CUT = 80
ABSENT = "<absent>"


def schema(node: Any) -> Any:
    """The contract part of a schema: validation keywords, no human text."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key in SCHEMA_KEYS:
        if key not in node:
            continue
        value = node[key]
        if key == "properties":
            value = {name: schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            value = schema(value)
        elif key in ("oneOf", "anyOf", "allOf"):
            value = [schema(sub) for sub in value]
        elif key == "required":
            value = sorted(value)
        elif key == "$ref":
            value = _ref_name(value)
        elif key == "discriminator" and isinstance(value, dict):
            mapping = {k: _ref_name(v) for k, v in (value.get("mapping") or {}).items()}
            value = {"propertyName": value.get("propertyName"), "mapping": mapping}
        out[key] = value
    return out


def _ref_name(ref: Any) -> Any:
    """A $ref compared by its component's language-neutral name."""
    if isinstance(ref, str) and ref.startswith("#/components/"):
        head, _, name = ref.rpartition("/")
        return f"{head}/{base_name(name)}"
    return ref


def components(doc: dict[str, Any]) -> dict[str, Any]:
    """Every schema of `components`, by its language-neutral name."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    return {base_name(name): schema(node) for name, node in schemas.items()}


def content(node: dict[str, Any] | None) -> dict[str, Any]:
    media_types = ((node or {}).get("content") or {}).items()
    return {media: {"schema": schema((body or {}).get("schema"))} for media, body in media_types}


def security_scheme(node: dict[str, Any]) -> dict[str, Any]:
    keys = ("type", "scheme", "bearerFormat", "in", "name", "openIdConnectUrl", "flows")
    return {k: node[k] for k in keys if k in node}


def contract(doc: dict[str, Any]) -> dict[str, Any]:
    """Normalise a resolved document to the parts that make the contract."""
    paths: dict[str, Any] = {}
    global_security = doc.get("security")
    for method, path, op in operations(doc):
        item = doc["paths"][path]
        params = {}
        for param in list(item.get("parameters") or []) + list(op.get("parameters") or []):
            params[f"{param.get('in')}:{param.get('name')}"] = {
                "required": bool(param.get("required", False)),
                "schema": schema(param.get("schema")),
            }
        body = op.get("requestBody")
        paths.setdefault(path, {})[method.lower()] = {
            "parameters": params,
            "requestBody": None
            if body is None
            else {
                "required": bool(body.get("required", False)),
                "content": content(body),
            },
            "responses": {
                str(code): {
                    "content": content(resp),
                    "headers": sorted((resp or {}).get("headers") or {}),
                }
                for code, resp in (op.get("responses") or {}).items()
            },
            "security": op.get("security", global_security),
        }
    schemes = ((doc.get("components") or {}).get("securitySchemes")) or {}
    return {
        "servers": {"default": default_server_url(doc)},
        "paths": paths,
        "securitySchemes": {name: security_scheme(s) for name, s in schemes.items()},
    }


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def diff(en: Any, ja: Any, pointer: str = "") -> list[tuple[str, Any, Any]]:
    if isinstance(en, list) and isinstance(ja, list):
        found = []
        for index in range(max(len(en), len(ja))):
            sub = f"{pointer}/{index}"
            if index >= len(ja):
                found.append((sub, en[index], ABSENT))
            elif index >= len(en):
                found.append((sub, ABSENT, ja[index]))
            else:
                found.extend(diff(en[index], ja[index], sub))
        return found
    if isinstance(en, dict) and isinstance(ja, dict):
        found = []
        for key in list(en) + [k for k in ja if k not in en]:
            sub = f"{pointer}/{_escape(str(key))}"
            if key not in ja:
                found.append((sub, en[key], ABSENT))
            elif key not in en:
                found.append((sub, ABSENT, ja[key]))
            else:
                found.extend(diff(en[key], ja[key], sub))
        return found
    return [] if en == ja else [(pointer or "/", en, ja)]


def example_errors(doc: dict[str, Any], lang: str) -> list[str]:
    """Every example in the document must validate against its own schema."""
    from openapi_schema_validator import OAS30Validator

    problems = []

    def check(media: dict[str, Any], where: str) -> None:
        schema_node = media.get("schema")
        if schema_node is None:
            return
        validator = OAS30Validator(schema_node)
        samples = {name: (ex or {}).get("value") for name, ex in (media.get("examples") or {}).items()}
        if "example" in media:
            samples["example"] = media["example"]
        for name, value in samples.items():
            for error in validator.iter_errors(value):
                problems.append(f"{lang} {where}/examples/{_escape(name)}: {error.message}")

    for method, path, op in operations(doc):
        base = f"/paths/{_escape(path)}/{method.lower()}"
        for media_type, media in ((op.get("requestBody") or {}).get("content") or {}).items():
            check(media, f"{base}/requestBody/content/{_escape(media_type)}")
        for code, resp in (op.get("responses") or {}).items():
            for media_type, media in ((resp or {}).get("content") or {}).items():
                check(media, f"{base}/responses/{code}/content/{_escape(media_type)}")
    return problems


def compare(en_doc: dict[str, Any], ja_doc: dict[str, Any]) -> tuple[list[tuple[str, Any, Any]], list[str]]:
    drifts = diff({"components": components(en_doc)}, {"components": components(ja_doc)})
    en_doc, ja_doc = resolve_refs(en_doc), resolve_refs(ja_doc)
    drifts = diff(contract(en_doc), contract(ja_doc)) + drifts
    return drifts, example_errors(en_doc, "en") + example_errors(ja_doc, "ja")


def short(value: Any) -> str:
    text = value if value == ABSENT else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= CUT else text[: CUT - 3] + "..."


def drift_line(pointer: str, en_value: Any, ja_value: Any) -> str:
    return f"drift {pointer}  en={short(en_value)}  ja={short(ja_value)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Exit 1 when the EN and JA OpenAPI specs describe different contracts.",
        epilog="example: python scripts/spec_parity.py openapi/en/workflow.yaml openapi/ja/workflow.yaml",
    )
    parser.add_argument("en_spec", type=Path)
    parser.add_argument("ja_spec", type=Path)
    args = parser.parse_args(argv)
    try:
        en_doc, ja_doc = load_spec_file(args.en_spec), load_spec_file(args.ja_spec)
        drifts, bad_examples = compare(en_doc, ja_doc)
    except SpecError as exc:
        print(f"spec_parity: error: {exc}", file=sys.stderr)
        return 2
    for pointer, en_value, ja_value in drifts:
        print(drift_line(pointer, en_value, ja_value))
    for problem in bad_examples:
        print(f"invalid example: {problem}")
    if drifts or bad_examples:
        print(
            f"spec_parity: {len(drifts)} drift(s), {len(bad_examples)} invalid example(s)",
            file=sys.stderr,
        )
        return 1
    print(f"spec_parity: {args.en_spec} and {args.ja_spec} describe the same contract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
