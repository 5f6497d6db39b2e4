"""The CLI batch's result file: lines as rows finish, rewritten in input order at the end
(through SQLite, not memory), the last result of a row winning."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dify_workflow import BatchResult
from dify_workflow.cli.batch import _Output


def result(index: int, status: str, error: str | None = None) -> BatchResult:
    return BatchResult(
        index=index, inputs={"n": str(index)}, status=status, error=error, outputs={"o": index}
    )


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_results_are_rewritten_in_input_order_and_the_last_result_of_a_row_wins(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"out{suffix}"
    output = _Output(path, resume=False)
    for item in (result(2, "succeeded"), result(0, "stopped"), result(1, "failed", "line one\nline two")):
        output.write(item)
    output.handle.close()
    # A resumed batch appends; its later result of row 1 replaces the first one.
    output = _Output(path, resume=True)
    output.write(result(0, "succeeded"))
    output.finish()
    if suffix == ".jsonl":
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        got = [(r["row"], r["status"], r["error"]) for r in records]
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = list(csv.reader(handle))
        assert lines[0][:2] == ["row", "status"]
        got = [(int(r[0]), r[1], r[2] or None) for r in lines[1:]]
    assert got == [(1, "succeeded", None), (2, "failed", "line one\nline two"), (3, "succeeded", None)]
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file is left behind"
