"""Check that the installed runtime dependencies are the lowest versions pyproject declares.

    python scripts/check_lowest.py   # run inside the lowest-versions venv (make test-lowest)

Exit 1, naming the package, when an installed version differs from the `>=` bound in
pyproject.toml's [project.dependencies], so `make test-lowest` really tests the minimums.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9][^,;\s]*)")


def declared_minimums(pyproject: Path) -> dict[str, str]:
    """name -> lowest version, for every runtime dependency with a `>=` bound."""
    project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    found = {}
    for requirement in project["dependencies"]:
        match = _REQUIREMENT.match(requirement)
        if match is None:
            raise SystemExit(f"check_lowest: {requirement!r} has no '>=' lower bound; declare one")
        found[match[1]] = match[2]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml")
    args = parser.parse_args(argv)
    wrong = []
    for name, lowest in declared_minimums(args.pyproject).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != lowest:
            wrong.append(f"{name} {installed} (declared minimum {lowest})")
    if wrong:
        print("check_lowest: not the declared minimums: " + "; ".join(wrong), file=sys.stderr)
        return 1
    print("check_lowest: runtime dependencies are at their declared minimums")
    return 0


if __name__ == "__main__":
    sys.exit(main())
