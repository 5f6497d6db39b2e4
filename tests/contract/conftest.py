"""Contract fixtures: a Prism mock per language, started from the vendored specs."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests._support import ROOT
from tests.contract._cases import SPECS, example_cases, operation_cases

sys.path.insert(0, str(ROOT / "scripts"))
from prism import PrismUnavailable, running_prism


@pytest.fixture(scope="session", params=sorted(SPECS))
def prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(lang, base URL) of a running `prism mock --errors` for that language's spec."""
    lang = request.param
    try:
        with running_prism(SPECS[lang]) as url:
            yield lang, url
    except PrismUnavailable as exc:
        # Never a silent skip: the Prism layer is part of the contract suite.
        pytest.fail(f"the Prism contract layer cannot run: {exc}", pytrace=False)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    counts = {lang: 0 for lang in SPECS}
    for case in example_cases():
        counts[case.operation.lang] += 1
    for case in operation_cases():
        counts[case.lang] += 1
    summary = ", ".join(f"{lang}={n}" for lang, n in counts.items())
    terminalreporter.write_line(f"contract cases derived from the specs: {summary}")
