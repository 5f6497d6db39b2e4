"""Helpers shared by the test folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EN_SPEC = ROOT / "openapi" / "en" / "workflow.yaml"
JA_SPEC = ROOT / "openapi" / "ja" / "workflow.yaml"
SOURCES = ROOT / "openapi" / "sources"
KEY = "app-TESTKEY-0123456789abcdef"


def run_script(name: str, *args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run one of scripts/ the way the Makefile does."""
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def tree_bytes(path: Path) -> dict[str, bytes]:
    """Every file below `path` with its content, for before/after comparisons."""
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
