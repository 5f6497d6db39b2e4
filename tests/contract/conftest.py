"""Contract fixtures: a Prism mock per language, started from the vendored specs."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests._support import ROOT
from tests.contract._cases import SPECS

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


SOURCES = (
    ("tests/contract/test_examples.py", "examples"),
    ("tests/contract/test_recordings.py::test_recording_through_the_facade", "recordings"),
    ("tests/contract/test_generated.py", "generated"),
    ("tests/contract/test_prism.py", "prism"),
)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Case counts per source of the contract suite (passed cases only)."""
    counts: dict[str, int] = {}
    for report in terminalreporter.stats.get("passed", []):
        nodeid = getattr(report, "nodeid", "")
        for prefix, source in SOURCES:
            if nodeid.startswith(prefix):
                if source == "examples":
                    source += " ja" if "[ja-" in nodeid else " en" if "[en-" in nodeid else " (checks)"
                counts[source] = counts.get(source, 0) + 1
    if counts:
        shown = ", ".join(f"{source}: {n}" for source, n in sorted(counts.items()))
        terminalreporter.write_line(f"contract cases passed by source: {shown}")
