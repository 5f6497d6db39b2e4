"""The README's example consumer test file runs, as a consumer would run it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests._support import ROOT


def test_the_readmes_stand_in_test_file_passes(tmp_path: Path) -> None:
    """Written only from the README: input validation, own outputs, a failing node, a
    branch, a human-input pause -> form -> submit -> resume, a stop, 200 concurrent
    streams over a real socket, with `from_dsl`, a scenario and the fixture."""
    readme = (ROOT / "README.md").read_text("utf-8")
    [block] = [
        b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if b.startswith("# test_triage.py")
    ]
    (tmp_path / "test_triage.py").write_text(block, "utf-8")
    shutil.copy(ROOT / "tests" / "data" / "apps" / "triage_workflow.yml", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_triage.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout


def test_the_readmes_chatflow_test_file_passes(tmp_path: Path) -> None:
    """The README's chat test file, with the recorded Chatflow's DSL export beside it."""
    readme = (ROOT / "README.md").read_text("utf-8")
    [block] = [
        b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if b.startswith("# test_chatflow.py")
    ]
    (tmp_path / "test_chatflow.py").write_text(block, "utf-8")
    shutil.copy(ROOT / "tests" / "data" / "dify-recordings" / "apps" / "slow_chatflow.yml", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_chatflow.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
