"""The synthetic prospects end to end: every clear buyer reaches sales, no clear non-buyer does.

The set (`prospects.toml`) was written from the definitions, not from the parsers; the test
prints precision and recall of "reaches sales" over all of it and fails on any clear case
the bot gets wrong. Borderline prospects are reported, not enforced.
"""

from __future__ import annotations

from pathlib import Path

from tests.calibration.play import load_prospects, play_all, report


async def test_clear_buyers_reach_sales_and_clear_non_buyers_do_not(tmp_path: Path) -> None:
    outcomes = await play_all(load_prospects(), tmp_path)
    text, numbers = report(outcomes)
    print(text)
    wrong = [o.prospect["id"] for o in outcomes if not o.right and o.prospect.get("clear", True)]
    assert wrong == [], text
    assert numbers["clear_hot_recall"] == 1.0 and numbers["clear_cold_specificity"] == 1.0
