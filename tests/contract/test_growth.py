"""The suite grows with the spec: new examples and operations become cases by themselves."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.contract._cases import SPECS, example_cases, operation_cases, params


def test_cases_grow_with_the_spec(tmp_path: Path) -> None:
    copies = {}
    for lang, path in SPECS.items():
        copies[lang] = tmp_path / f"{lang}.yaml"
        shutil.copy(path, copies[lang])
    before_examples, before_ops = len(example_cases(copies)), len(operation_cases(copies))

    doc = yaml.safe_load(copies["en"].read_text("utf-8"))
    stop = doc["paths"]["/workflows/tasks/{task_id}/stop"]["post"]
    stop["responses"]["400"]["content"]["application/json"]["examples"]["app_unavailable"] = {
        "value": {"status": 400, "code": "app_unavailable", "message": "App unavailable."}
    }
    doc["paths"]["/new-audio-operation"] = {
        "post": {
            "responses": {"200": {"description": "audio", "content": {"audio/mpeg": {"example": "bytes"}}}}
        }
    }
    copies["en"].write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")

    after = example_cases(copies)
    assert len(after) == before_examples + 2
    assert len(operation_cases(copies)) == before_ops + 1
    # The audio example is a case that is skipped with its reason, never passed.
    audio = [p for p in params(after, "response") if "new-audio-operation" in p.id]
    assert len(audio) == 1
    (mark,) = audio[0].marks
    assert mark.name == "skip" and "audio/mpeg" in mark.kwargs["reason"]
