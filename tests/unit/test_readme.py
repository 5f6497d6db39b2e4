"""The README's Python examples compile, and every name they import from the package exists."""

from __future__ import annotations

import ast
import re

import pytest

import dify_workflow
from tests._support import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_each_example_compiles_and_imports_only_public_names(block: str) -> None:
    tree = ast.parse(block)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "dify_workflow":
            for alias in node.names:
                assert alias.name in dify_workflow.__all__, (
                    f"README imports {alias.name}, which is not public"
                )
