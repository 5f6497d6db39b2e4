"""The spec scripts under hostile files: a clear error within seconds, bounded memory, no change."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests._support import EN_SPEC, ROOT, tree_bytes
from tests.pipeline.test_vendor import BAD_INPUTS

HOSTILE = ["huge_file", "deep_nesting", "alias_bomb", "not_utf8", "json_array"]
MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space: an expanded bomb would not fit


def limited(*args: object) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, timeout=60, preexec_fn=cap
    )


@pytest.mark.parametrize("case", HOSTILE)
def test_parity_script_refuses_hostile_files(case: str, tmp_path: Path) -> None:
    bad = BAD_INPUTS[case][0](tmp_path)
    started = time.monotonic()
    result = limited(ROOT / "scripts/spec_parity.py", EN_SPEC, bad)
    assert time.monotonic() - started < 20
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert str(bad) in line and "MemoryError" not in line and "Traceback" not in result.stderr


@pytest.mark.parametrize("case", HOSTILE)
def test_vendor_script_refuses_hostile_files_with_bounded_memory(
    case: str, project_copy: Path, tmp_path: Path
) -> None:
    bad = BAD_INPUTS[case][0](tmp_path)
    before = tree_bytes(project_copy / "openapi")
    result = limited(ROOT / "scripts/vendor_spec.py", "--lang", "en", bad, "--root", project_copy)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert BAD_INPUTS[case][1] in result.stderr
    assert tree_bytes(project_copy / "openapi") == before
