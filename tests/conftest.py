"""Fixtures shared by every test folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests._support import ROOT


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of the parts of the repo the scripts read and write."""
    for part in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DIFY_API_KEY", "DIFY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
