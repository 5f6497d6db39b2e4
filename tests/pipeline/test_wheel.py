"""The built wheel: what it holds, and that it installs and imports in a fresh venv."""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from tests._support import EN_SPEC, JA_SPEC, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("*.whl")
    return found


def test_wheel_holds_both_packages_markers_and_specs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "dify_workflow/__init__.py",
        "dify_workflow/py.typed",
        "dify_workflow_api/__init__.py",
        "dify_workflow_api/py.typed",
        "dify_workflow_api/_spec_index.py",
        "dify_workflow/specs/en/workflow.yaml",
        "dify_workflow/specs/ja/workflow.yaml",
    ):
        assert required in names, required
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("dify_workflow/specs/en/workflow.yaml") == EN_SPEC.read_bytes()
        assert archive.read("dify_workflow/specs/ja/workflow.yaml") == JA_SPEC.read_bytes()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "Requires-Python: >=3.11" in metadata
    for dep in ("httpx", "httpcore", "attrs"):
        assert f"Requires-Dist: {dep}" in metadata
    # python-dateutil is a runtime dependency exactly when generated or facade code imports it.
    sources = list((ROOT / "generated").rglob("*.py")) + list((ROOT / "src").rglob("*.py"))
    imports_dateutil = any(
        re.search(r"^\s*(import|from) dateutil", p.read_text("utf-8"), re.M) for p in sources
    )
    assert ("Requires-Dist: python-dateutil" in metadata) == imports_dateutil
    assert "License-File: LICENSE" in metadata and "LICENSE" in " ".join(names)
    assert "dify-workflow = dify_workflow.cli:main" in entry_points


def test_wheel_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # The runtime dependencies come from the pinned dev environment, without the
    # project's own editable path (a path added by a .pth file has its .pth files ignored),
    # so nothing is fetched and the package can only come from the wheel.
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (site / "dev_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = (
        "import dify_workflow, dify_workflow_api, pathlib;"
        f"print(pathlib.Path(dify_workflow.__file__).is_relative_to(pathlib.Path(r'{env_dir}')));"
        f"print(pathlib.Path(dify_workflow_api.__file__).is_relative_to(pathlib.Path(r'{env_dir}')));"
        "print(dify_workflow.__version__, dify_workflow.SPEC_SHA256)"
    )
    out = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    import dify_workflow

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert out.stdout.split("\n")[:3] == ["True", "True", f"{version} {dify_workflow.SPEC_SHA256}"]
    cli = subprocess.run(
        [str(env_dir / "bin" / "dify-workflow"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 0, cli.stderr
    assert dify_workflow.SPEC_SHA256 in cli.stdout


def test_license_file_matches_the_metadata() -> None:

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")


def test_make_help_lists_every_target() -> None:

    makefile = (ROOT / "Makefile").read_text("utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    listed = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    shown = {line.split("\t", 1)[0].strip() for line in listed.splitlines() if line.strip()}
    assert targets <= shown, f"missing from make help: {sorted(targets - shown)}"


def test_no_unused_makefile_variables() -> None:

    makefile = (ROOT / "Makefile").read_text("utf-8")
    defined = set(re.findall(r"^([A-Z][A-Z_]*)\s*[:?]?=", makefile, re.M)) - {"SHELL"}
    for name in defined:
        assert f"$({name})" in makefile, f"{name} is defined but never used"


def test_spec_hash_is_reproducible_with_sha256sum() -> None:
    import hashlib

    from dify_workflow import SPEC_SHA256

    data = (ROOT / "openapi/en/workflow.yaml").read_bytes() + (ROOT / "openapi/ja/workflow.yaml").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SPEC_SHA256
