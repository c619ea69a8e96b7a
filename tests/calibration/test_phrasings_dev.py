"""The parsers on the development phrasings (written by someone who never saw them): every
section must stay at 98% or better. ``python -m tests.calibration.measure_phrasings FILE``
prints the misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.calibration.measure_phrasings import SECTIONS, measure, report

DEV = Path(__file__).with_name("phrasings_dev.toml")
THRESHOLD = 0.98


@pytest.fixture(scope="module")
def results():
    return measure(DEV)


@pytest.mark.parametrize("section", SECTIONS)
def test_section_accuracy(results, section: str) -> None:
    result = results[section]
    assert result.total >= 30
    assert result.accuracy >= THRESHOLD, report({section: result})
