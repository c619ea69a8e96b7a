"""The pure parts of the lifecycle: the end-of-dialogue decision and the transition table."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.db.models import Lead, Stage
from bot.lifecycle import (
    ALLOWED,
    TransitionRefused,
    _move,
    can_move,
    decide_end_of_dialogue,
)
from bot.scoring import Score

CLOSE_ON = ("job_seeker", "student", "spam", "partner")
BASE = Score(
    fit=0, engagement=0, grade="C", level=4, cell="C4", total=10, tier="cold",
    sales_ready=False, model_version=1,
)  # fmt: skip


def scored(**changes: Any) -> Score:
    return replace(BASE, **changes)


@pytest.mark.parametrize(
    ("facts", "score", "action", "sequence", "closing"),
    [
        ({}, scored(), "nurture", "cold", "closing_cold"),
        ({}, scored(tier="warm", total=40), "nurture", "warm", "closing_warm"),
        ({}, scored(tier="hot", total=80), "nurture", "warm", "closing_warm"),
        ({}, scored(tier="hot", sales_ready=True, cell="A2"), "hand_off", None, "closing_hot"),
        ({}, scored(tier="disqualified"), "disqualify", None, "closing_disqualified"),
        ({"disqualifier": "job_seeker"}, scored(), "disqualify", None, "closing_job_seeker"),
        ({"disqualifier": "partner"}, scored(sales_ready=True), "disqualify", None,
         "closing_disqualified"),
        # A disqualifier the script does not close on only costs points.
        ({"disqualifier": "off_profile"}, scored(tier="warm"), "nurture", "warm",
         "closing_warm"),
        # Partner words next to a task we do with a budget: a person checks, not the bot.
        ({"disqualifier_suspect": "partner", "need_category": "crm", "budget_status": "amount",
          "timeline_status": "days"}, scored(budget_fits=True), "hand_off", None, "closing_hot"),
        # ...but without a budget that fits and a date the bot closes it after all.
        ({"disqualifier_suspect": "partner", "need_category": "crm", "budget_status": "amount",
          "timeline_status": "days"}, scored(budget_fits=False), "disqualify", None,
         "closing_disqualified"),
        ({"disqualifier_suspect": "student", "need_category": "bot"}, scored(), "disqualify",
         None, "closing_disqualified"),
    ],
)  # fmt: skip
def test_end_of_dialogue(
    facts: dict[str, Any], score: Score, action: str, sequence: str | None, closing: str
) -> None:
    decision = decide_end_of_dialogue(facts, score, CLOSE_ON)
    assert (decision.action, decision.sequence, decision.closing) == (action, sequence, closing)


def test_every_stage_has_a_row_and_forgotten_is_final() -> None:
    assert set(ALLOWED) == set(Stage)
    assert ALLOWED[Stage.FORGOTTEN] == frozenset()
    assert all(Stage.FORGOTTEN in ALLOWED[s] for s in Stage if s is not Stage.FORGOTTEN)


@pytest.mark.parametrize(
    ("start", "to", "allowed"),
    [
        (Stage.QUALIFYING, Stage.SALES_READY, True),
        (Stage.SALES_READY, Stage.IN_SALES, True),
        (Stage.IN_SALES, Stage.WON, True),
        (Stage.WON, Stage.QUALIFYING, False),
        (Stage.LOST, Stage.SALES_READY, False),
        (Stage.SALES_READY, Stage.WON, False),  # a card is taken before it is won
        (Stage.IN_SALES, Stage.QUALIFYING, False),
    ],
)
def test_transition_table(start: Stage, to: Stage, allowed: bool) -> None:
    lead = Lead(id=1, stage=start)
    assert can_move(lead, to) is allowed


class _Session:
    def __init__(self) -> None:
        self.added: list[Any] = []

    def add(self, row: Any) -> None:
        self.added.append(row)


def test_a_refused_move_changes_nothing() -> None:
    lead, session = Lead(id=1, stage=Stage.WON), _Session()
    with pytest.raises(TransitionRefused):
        _move(session, lead, Stage.QUALIFYING)  # type: ignore[arg-type]
    assert lead.stage == Stage.WON and session.added == []


def test_a_move_records_who_and_why() -> None:
    lead, session = Lead(id=1, stage=Stage.SALES_READY), _Session()
    assert _move(session, lead, Stage.IN_SALES, actor_id=5, reason="taken")  # type: ignore[arg-type]
    (change,) = session.added
    assert (change.from_stage, change.to_stage, change.actor_id) == ("sales_ready", "in_sales", 5)
    assert not _move(session, lead, Stage.IN_SALES)  # type: ignore[arg-type]


def test_only_the_lifecycle_changes_a_stage() -> None:
    """No module but bot/lifecycle.py assigns `.stage` or records a StageChange."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in [*root.joinpath("bot").rglob("*.py"), *root.joinpath("admin").rglob("*.py")]:
        if path.name == "lifecycle.py" or "emulator" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr == "stage" for t in targets):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StageChange":
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
