"""Contract cases derived from the vendored specs: nothing here lists a case by hand.

A spec update that adds an example, a response or an operation adds cases by itself.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._support import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from _speclib import default_server_url, operations, resolve_refs

SPECS = {"en": ROOT / "openapi/en/workflow.yaml", "ja": ROOT / "openapi/ja/workflow.yaml"}
# Media types the facade parses (JSON into the generated models, event streams into typed
# events); a case of any other type is skipped with that reason rather than passed.
MODELLED = ("application/json", "text/event-stream")
SAMPLE_ID = "c3800678-a077-43df-a102-53f23ed20b88"


@dataclass(frozen=True)
class OperationCase:
    lang: str
    method: str
    path: str
    op: dict[str, Any] = field(repr=False, compare=False)
    spec: dict[str, Any] = field(repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.lang}-{self.method} {self.path}"

    def path_values(self) -> dict[str, str]:
        values = {}
        for param in self.op.get("parameters") or []:
            if param.get("in") == "path":
                schema = param.get("schema") or {}
                sample = (
                    param.get("example") or schema.get("example") or (schema.get("enum") or [SAMPLE_ID])[0]
                )
                values[param["name"]] = str(sample)
        return values

    def request_example(self) -> Any:
        for media in ((self.op.get("requestBody") or {}).get("content") or {}).values():
            for example in (media.get("examples") or {}).values():
                return example.get("value")
            if "example" in media:
                return media["example"]
        return None


@dataclass(frozen=True)
class ExampleCase:
    operation: OperationCase
    kind: str  # "request" or "response"
    status: int | None
    media_type: str
    name: str
    value: Any = field(repr=False, compare=False)
    schema: Any = field(repr=False, compare=False)
    description: str = field(default="", repr=False, compare=False)

    @property
    def id(self) -> str:
        status = f"-{self.status}" if self.status is not None else ""
        return f"{self.operation.id}-{self.kind}{status}-{self.name}"


def load(path: Path) -> dict[str, Any]:
    return resolve_refs(yaml.safe_load(path.read_text("utf-8")))


def operation_cases(specs: dict[str, Path] = SPECS) -> list[OperationCase]:
    found = []
    for lang, path in specs.items():
        spec = load(path)
        found += [OperationCase(lang, m, p, op, spec) for m, p, op in operations(spec)]
    return found


def _examples(media: dict[str, Any]) -> list[tuple[str, Any]]:
    named = [(name, (ex or {}).get("value")) for name, ex in (media.get("examples") or {}).items()]
    if "example" in media:
        named.append(("example", media["example"]))
    return named


def example_cases(specs: dict[str, Path] = SPECS) -> list[ExampleCase]:
    found = []
    for case in operation_cases(specs):
        for media_type, media in ((case.op.get("requestBody") or {}).get("content") or {}).items():
            for name, value in _examples(media):
                found.append(ExampleCase(case, "request", None, media_type, name, value, media.get("schema")))
        for status, response in (case.op.get("responses") or {}).items():
            for media_type, media in ((response or {}).get("content") or {}).items():
                for name, value in _examples(media):
                    found.append(
                        ExampleCase(
                            case,
                            "response",
                            int(status),
                            media_type,
                            name,
                            value,
                            media.get("schema"),
                            str(response.get("description") or ""),
                        )
                    )
    return found


def params(cases: list[Any], kind: str | None = None) -> list[Any]:
    """pytest params with readable ids; unmodelled media types skipped with the reason."""
    out = []
    for case in cases:
        if kind is not None and case.kind != kind:
            continue
        marks = []
        media = getattr(case, "media_type", "application/json")
        if media not in MODELLED:
            marks.append(pytest.mark.skip(reason=f"{media}: no example the facade could check"))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def documented_line(code: str) -> re.Pattern[str]:
    return re.compile(rf"`{re.escape(code)}`\s*[:：]\s*(.+)")


def default_servers() -> dict[str, str | None]:
    return {lang: default_server_url(yaml.safe_load(p.read_text("utf-8"))) for lang, p in SPECS.items()}
