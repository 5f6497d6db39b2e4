"""Prepare a vendored spec as generator input, with names that only method and path decide.

    python scripts/prepare_spec.py openapi/en/workflow.yaml OUT.json

openapi-python-client names module folders after an operation's first tag and modules
after its operationId. Upstream translates tags, renames them, and adds language
suffixes to operationIds, so the prepared copy replaces both with names derived from
the operation's HTTP method and path (its stable identity). The originals are kept as
`x-dify-operation-id` and `x-dify-tags`. Nothing else of the contract changes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speclib import SpecError, atomic_write, load_spec_file, operations


def stable_group(path: str) -> str:
    """Module folder of an operation: its path's first literal segment."""
    for segment in path.strip("/").split("/"):
        if segment and not segment.startswith("{"):
            return re.sub(r"[^a-z0-9]+", "_", segment.lower()).strip("_") or "default"
    return "default"


def stable_operation_id(method: str, path: str) -> str:
    """`post_workflows_tasks_task_id_stop` for POST /workflows/tasks/{task_id}/stop."""
    words = re.sub(r"[^a-zA-Z0-9]+", "_", path).strip("_").lower()
    return f"{method.lower()}_{words}" if words else method.lower()


def stable_model_name(method: str, path: str, suffix: str) -> str:
    """`PostWorkflowsRunBody`, `GetWorkflowsRunWorkflowRunIdResponse200`: the alias under
    which generated/dify_workflow_api/stable_names.py exports an operation's model."""
    return _pascal(f"{method.lower()} {path}") + suffix


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


def stable_event_name(event: str) -> str:
    """`EventWorkflowFinished` for the `workflow_finished` stream event."""
    return "Event" + _pascal(event)


def prepare(doc: dict[str, Any]) -> dict[str, Any]:
    prepared: dict[str, Any] = json.loads(json.dumps(doc))
    seen: dict[str, str] = {}
    for method, path, op in operations(prepared):
        op_id = stable_operation_id(method, path)
        if op_id in seen:
            raise SpecError(f"{method} {path} and {seen[op_id]} map to the same name {op_id}")
        seen[op_id] = f"{method} {path}"
        if "operationId" in op:
            op["x-dify-operation-id"] = op["operationId"]
        if "tags" in op:
            op["x-dify-tags"] = op["tags"]
        op["operationId"] = op_id
        op["tags"] = [stable_group(path)]
    # Translated tag descriptions would only add noise to the generator input.
    prepared.pop("tags", None)
    return prepared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", type=Path, help="vendored spec (YAML or JSON)")
    parser.add_argument("out", type=Path, help="where to write the prepared JSON")
    args = parser.parse_args(argv)
    try:
        prepared = prepare(load_spec_file(args.spec))
    except SpecError as exc:
        print(f"prepare_spec: error: {exc}", file=sys.stderr)
        return 2
    atomic_write(args.out, (json.dumps(prepared, indent=2, ensure_ascii=False) + "\n").encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
