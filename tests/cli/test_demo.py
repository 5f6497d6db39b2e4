"""`make demo` runs the whole cycle end to end against the package's stand-in."""

from __future__ import annotations

import re
import subprocess
import sys

from tests._support import ROOT


def test_demo_shows_the_whole_run_cycle() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/demo.py"), "--speed", "0.5"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "local stand-in for Dify" in out and "DIFY_BASE_URL=https://your-dify/v1" in out
    assert "seconds  text-input  optional  seconds" in out
    stopped = re.search(r"stopped ([0-9a-f-]{36}) \(confirmed\)", out)
    assert stopped, out
    assert f"$ dify-workflow runs get {stopped.group(1)}" in out and "status: stopped" in out
    assert re.search(rf"{stopped.group(1)}\s+stopped", out), "the logs table lists the stopped run"
    assert "uploaded notes.txt as file" in result.stderr
    assert "exit statuses: parameters 0, run 0, stopped 130, detail 0, logs 0, upload 0" in out
    assert "the stand-in received 1 upload(s) and 1 stop(s)" in out
