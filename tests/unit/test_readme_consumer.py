"""The example consumer test file of the README runs, as a consumer would run it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests._support import ROOT


def test_the_readmes_consumer_test_file_passes(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    [block] = [
        b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if b.startswith("# test_my_service.py")
    ]
    (tmp_path / "test_my_service.py").write_text(block, "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "test_my_service.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
