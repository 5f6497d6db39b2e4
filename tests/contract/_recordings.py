"""The recorded exchanges (tests/data/dify-recordings) matched to spec operations, and
where each disagrees with the spec: found by validating, never listed by hand here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator

from tests._replay import RECORDINGS
from tests._support import ROOT
from tests.contract._cases import OperationCase, operation_cases

FILES = sorted(RECORDINGS.glob("*.json"))


@dataclass(frozen=True)
class Recorded:
    name: str
    exchange: dict[str, Any]

    @property
    def request(self) -> dict[str, Any]:
        return self.exchange["request"]  # type: ignore[no-any-return]

    @property
    def response(self) -> dict[str, Any]:
        return self.exchange["response"]  # type: ignore[no-any-return]

    @property
    def path(self) -> str:
        raw = str(self.request["path"])
        return raw[3:] if raw.startswith("/v1/") else raw

    @property
    def is_stream(self) -> bool:
        return "sse" in self.response

    def data_events(self) -> list[dict[str, Any]]:
        out = []
        for chunk in self.response.get("sse", []):
            for line in chunk["raw"].split("\n"):
                if line.startswith("data: "):
                    out.append(json.loads(line[6:]))
        return out

    def json_body(self) -> Any:
        try:
            return json.loads(self.response.get("body") or "null")
        except ValueError:
            return None


def recordings() -> list[Recorded]:
    return [Recorded(p.stem, json.loads(p.read_text("utf-8"))) for p in FILES]


_EN = [c for c in operation_cases() if c.lang == "en"]


def operation_of(recorded: Recorded) -> OperationCase | None:
    """The spec operation whose method and path template match the recorded request."""
    for case in _EN:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(case.path)) + "$"
        if case.method == recorded.request["method"] and re.match(pattern, recorded.path):
            return case
    return None


def disagreements(recorded: Recorded) -> list[str]:
    """How the recorded answer departs from what the spec documents for it."""
    case = operation_of(recorded)
    if case is None:
        return [f"{recorded.request['method']} {recorded.path} is no operation of the spec"]
    status = str(recorded.response["status"])
    responses = case.op.get("responses") or {}
    if status not in responses:
        return [f"status {status} is not documented for {case.method} {case.path}"]
    content = responses[status].get("content") or {}
    kind = dict(recorded.response["headers"]).get("Content-Type", "").split(";")[0]
    media = content.get(kind)
    if media is None:
        return [f"{kind} is not a documented media type of {status}"]
    schema = media.get("schema")
    if schema is None:
        return []
    found = []
    if recorded.is_stream:
        # The stream body is documented as a string; each event is checked against the
        # schema the event union maps its name to.
        schemas = event_schemas(case)
        for event in recorded.data_events():
            event_schema = schemas.get(event.get("event"))
            if event_schema is None:
                found.append(f"event {event.get('event')!r} is not in the spec's event union")
                continue
            for error in OAS30Validator(event_schema).iter_errors(event):
                where = "/".join(map(str, error.absolute_path))
                found.append(f"{event.get('event')} {where}: {error.message[:120]}")
        return sorted(set(found))
    body = recorded.json_body()
    for error in OAS30Validator(schema).iter_errors(body):
        found.append(f"{'/'.join(map(str, error.absolute_path))}: {error.message[:160]}")
    return sorted(set(found))[:5]


STREAM_UNIONS: dict[str, str] = yaml.safe_load((ROOT / "openapi" / "cut.yaml").read_text("utf-8"))[
    "stream_event_unions"
]


def stream_kind(path: str) -> str:
    """The stream an operation answers with: the chat API's or the workflow engine's."""
    return "chat" if path.startswith("/chat-messages") else "workflow"


def event_schemas(case: OperationCase, kind: str | None = None) -> dict[str, Any]:
    """Event name -> its schema, from the event union of the operation's stream kind
    (openapi/cut.yaml names each union; a language suffix on the name is accepted)."""
    union = STREAM_UNIONS[kind or stream_kind(case.path)]
    schemas = (case.spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if re.sub(r"(?:Jp|Ja|JP|JA)$", "", name) != union:
            continue
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if discriminator and discriminator.get("propertyName") == "event":
            return {
                name: schemas[ref.rsplit("/", 1)[-1]]
                for name, ref in (discriminator.get("mapping") or {}).items()
                if ref.rsplit("/", 1)[-1] in schemas
            }
    return {}
