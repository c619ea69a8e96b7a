"""The synthetic prospects end to end: every clear buyer reaches sales, no clear non-buyer does.

Every `prospects*.toml` here was written from the definitions, not from the parsers; the test
prints precision and recall of "reaches sales" over each and fails on any clear case the bot
gets wrong. Borderline prospects are reported, not enforced (`python -m
tests.calibration.play tests/calibration/FILE` prints them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.calibration.play import HERE, load_prospects, play_all, report

ENFORCED = sorted(p.name for p in HERE.glob("prospects*.toml"))


@pytest.mark.parametrize("name", ENFORCED)
async def test_clear_buyers_reach_sales_and_clear_non_buyers_do_not(
    name: str, tmp_path: Path
) -> None:
    outcomes = await play_all(load_prospects(HERE / name), tmp_path)
    text, numbers = report(outcomes)
    print(text)
    wrong = [o.prospect["id"] for o in outcomes if not o.right and o.prospect.get("clear", True)]
    assert wrong == [], text
    assert numbers["clear_hot_recall"] == 1.0 and numbers["clear_cold_specificity"] == 1.0
