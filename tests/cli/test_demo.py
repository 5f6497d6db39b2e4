"""`make demo` runs end to end against its own Prism mock."""

from __future__ import annotations

import subprocess
import sys

from tests._support import ROOT


def test_demo_shows_a_success_and_a_documented_error() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/demo.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "stopped c3800678-a077-43df-a102-53f23ed20b88" in out
    assert "failed c3800678-a077-43df-a102-53f23ed20b88: invalid_param: Arg user must be provided." in out
    assert "exit statuses: 0 (all stopped), 1 (one failed), 1 (one failed)" in out
    # The JSON-lines step shows the error case its title names.
    json_step = out.split("as JSON lines", 1)[1]
    assert '"error": "status"' in json_step and '"code": "invalid_param"' in json_step
