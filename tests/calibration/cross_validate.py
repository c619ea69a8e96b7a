"""Cross-validation of the parsers' classifiers and of the hybrid parsers, on the training data.

    .venv/bin/python -m tests.calibration.cross_validate            # 5 folds by text
    .venv/bin/python -m tests.calibration.cross_validate --persona  # leave one writer out
    .venv/bin/python -m tests.calibration.cross_validate --misses budget

Each fold trains the classifiers (``bot.dialogs.parsing.train.fit``) on the other folds and
measures, on the texts of its own fold:

* ``clf``: the classifier alone, given the rules' findings as it is at run time (its most
  probable label is one of the row's labels);
* ``rules``: the rules alone (the parsers without a classifier);
* ``hybrid``: the parsers as shipped (rules and classifier combined by each parser's
  ``_combine``), judged like ``measure_phrasings`` (budget amounts and currencies, timeline
  bands, need category and off-profile); a ``not_answer`` row is right only when the parser
  gives ``None`` (need: no category and no button matched).

``--persona`` holds out one training file (one writer's phrasings, or the dev set) at a time,
which is closer to meeting a new writer; texts it shares with other files are dropped from
training. ``--sweep`` also prints the hybrid's accuracy for other thresholds of ``_combine``
(fill: the rules found nothing; veto: the classifier overrides them). ``--misses SECTION``
prints that section's hybrid misses (training data only).
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.dialogs import parsers
from bot.dialogs.parsing import (
    authority,
    budget,
    classifier,
    disqualifier,
    options,
    timeline,
    train,
)
from tests.calibration import measure_phrasings as mp

KFOLDS = 5
KEYWORDS = mp.DEFAULT_OFF_PROFILE
# Each parser's thresholds: (module, fill constant, veto constant).
THRESHOLDS = {
    "budget": (budget, "BUDGET_FILL", "BUDGET_VETO"),
    "timeline": (timeline, "TIMELINE_FILL", "TIMELINE_VETO"),
    "authority": (authority, "AUTHORITY_FILL", "AUTHORITY_VETO"),
    "need": (options, "NEED_FILL", "NEED_VETO"),
    "disqualifier": (disqualifier, "DISQUALIFIER_FILL", "DISQUALIFIER_VETO"),
}


@dataclass
class Case:
    """A held-out row with what the rules found and what the fold's classifier predicted."""

    row: train.Row
    rules: Any
    pred: classifier.Prediction | None
    disq_rules: Any = None  # need rows: the disqualifier's findings on the same text
    disq_pred: classifier.Prediction | None = None


def _fold_of_text(text: str) -> int:
    return hashlib.sha256(train.norm_text(text).encode()).digest()[0] % KFOLDS


def _case(r: train.Row) -> Case:
    text = r.text
    if r.section == "budget":
        rules: Any = budget._parse_budget(text)
        return Case(r, rules, classifier.predict("budget", text, budget._signals(rules)))
    if r.section == "timeline":
        rules = timeline._parse_timeline(text, mp.TODAY)
        return Case(r, rules, classifier.predict("timeline", text, timeline._signals(rules)))
    if r.section == "authority":
        rules = authority._parse_authority(text)
        return Case(r, rules, classifier.predict("authority", text, authority._signals(rules)))
    disq_rules = disqualifier._rules(text, KEYWORDS)
    disq_pred = classifier.predict("disqualifier", text, disqualifier._signals(disq_rules, text))
    if r.section == "disqualifier":
        return Case(r, disq_rules, disq_pred)
    rules = options.need_category_by_rules(text)
    pred = classifier.predict("need", text, options._signals(rules))
    return Case(r, rules, pred, disq_rules, disq_pred)


def judge(case: Case, use_classifier: bool = True) -> tuple[bool, Any]:
    """Is the combined answer right? (see the module docstring)"""
    r, text = case.row, case.row.text
    pred = case.pred if use_classifier else None
    if r.section == "budget":
        got: Any = budget._combine(case.rules, pred)
    elif r.section == "timeline":
        got = timeline._combine(case.rules, pred)
    elif r.section == "authority":
        got = authority._combine(case.rules, pred)
    elif r.section == "disqualifier":
        got = disqualifier._combine(case.rules, pred, text, KEYWORDS)
    else:
        got = options._combine(case.rules, pred)
    if "not_answer" in r.labels:
        if r.section == "need":
            got = got or parsers.match_option(text, mp.NEED_BUTTONS)
        return got is None, got
    if r.section == "budget":
        return mp.judge_budget(r.row, got)[:2]
    if r.section == "timeline":
        return mp.judge_timeline(r.row, got)[:2]
    if r.section == "authority":
        return got == r.labels[0], got
    if r.section == "disqualifier":
        kind = got.kind if got else "none"
        return kind == r.labels[0], got
    disq_pred = case.disq_pred if use_classifier else None
    found = disqualifier._combine(case.disq_rules, disq_pred, text, KEYWORDS)
    row = {"off_profile": False, **r.row}
    ok, got_need, _ = mp.judge_need(row, got, found)
    return ok, got_need


def collect(persona: bool) -> list[Case]:
    rows = train.load_rows(train.training_files(), exclude=train.holdout_texts())
    if persona:
        folds: list[Any] = sorted({r.source for r in rows})
        fold_of: Callable[[train.Row], Any] = lambda r: r.source  # noqa: E731
    else:
        folds = list(range(KFOLDS))
        fold_of = lambda r: _fold_of_text(r.text)  # noqa: E731
    cases: list[Case] = []
    try:
        for fold in folds:
            test = [r for r in rows if fold_of(r) == fold]
            test_texts = {train.norm_text(r.text) for r in test}
            training = [r for r in rows if train.norm_text(r.text) not in test_texts]
            classifier.install(classifier.build_model(*train.fit(training)))
            cases.extend(_case(r) for r in test)
    finally:
        classifier.uninstall()
    return cases


def score(cases: list[Case]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        c = counts[case.row.section]
        c["n"] += 1
        c["clf"] += case.pred is not None and case.pred.label in case.row.labels
        c["rules"] += judge(case, use_classifier=False)[0]
        c["hybrid"] += judge(case)[0]
    return counts


def report(counts: dict[str, Counter[str]]) -> str:
    columns = ("clf", "rules", "hybrid")
    lines = [f"{'section':<14}{'n':>6}" + "".join(f"{k:>9}" for k in columns)]
    total: Counter[str] = Counter()
    for section in classifier.SECTIONS:
        c = counts[section]
        total.update(c)
        lines.append(
            f"{section:<14}{c['n']:>6}" + "".join(f"{c[k] / c['n']:>9.1%}" for k in columns)
        )
    lines.append(
        f"{'TOTAL':<14}{total['n']:>6}"
        + "".join(f"{total[k] / total['n']:>9.1%}" for k in columns)
    )
    return "\n".join(lines)


def sweep(cases: list[Case]) -> str:
    """The hybrid's accuracy per section for a grid of (fill, veto) thresholds."""
    lines = []
    grid = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
    for section, (module, fill_name, veto_name) in THRESHOLDS.items():
        mine = [c for c in cases if c.row.section == section]
        saved = getattr(module, fill_name), getattr(module, veto_name)
        results = []
        for fill, veto in itertools.product(grid, grid):
            setattr(module, fill_name, fill)
            setattr(module, veto_name, veto)
            results.append((sum(judge(c)[0] for c in mine) / len(mine), fill, veto))
        setattr(module, fill_name, saved[0])
        setattr(module, veto_name, saved[1])
        best = sorted(results, reverse=True)[:5]
        current = next(a for a, f, v in results if (f, v) == saved) if saved[0] in grid else None
        lines.append(
            f"{section:<14} now {saved} -> "
            + (f"{current:.1%}" if current is not None else "?")
            + "; best: "
            + ", ".join(f"{a:.1%} (fill {f}, veto {v})" for a, f, v in best)
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    persona = "--persona" in argv
    cases = collect(persona)
    print(("leave one writer out" if persona else f"{KFOLDS}-fold by text") + ":")
    print(report(score(cases)))
    if "--sweep" in argv:
        print(sweep(cases))
    if "--misses" in argv:
        section = argv[argv.index("--misses") + 1]
        for case in cases:
            if case.row.section == section:
                ok, got = judge(case)
                if not ok:
                    pred = case.pred
                    shown = f"{pred.label} {pred.confidence:.2f}" if pred else None
                    print(
                        f"    MISS [{case.row.source}] {case.row.text!r}: got {got!r}, "
                        f"want {case.row.labels}, rules {case.rules!r}, clf {shown}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
