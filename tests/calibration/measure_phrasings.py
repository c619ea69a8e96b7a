"""Accuracy of the free-text parsers over a labelled phrasings file, per section.

    .venv/bin/python -m tests.calibration.measure_phrasings tests/calibration/phrasings_dev.toml

Sections and what counts as right (labels as written by the calibration set's authors):

* ``[[budget]]``: ``parse_budget`` gives ``status``; for an amount also ``currency``, a range
  that contains ``contains``, and ``min`` / ``max`` exactly when they are given. Labels name
  only RUB, USD or EUR: an amount the parser reads in another currency ("5 млн тенге") is
  converted into the label's at the default model's rates and compared within
  ``RATE_TOLERANCE`` (the writers converted at rates of their own);
* ``[[timeline]]``: ``parse_timeline`` (today = ``TODAY``) falls in one of the acceptable
  ``band`` values: ``within30`` (0-30 days), ``within90`` (31-90), ``far`` (more than 90),
  ``no_plans``, ``unknown``; ``None`` (a re-ask) is always wrong;
* ``[[authority]]``: ``parse_authority`` gives ``label``;
* ``[[disqualifier]]``: ``detect_disqualifier`` with the default ``OFF_PROFILE_KEYWORDS`` gives
  ``label`` (``none`` for a lead);
* ``[[need]]``: the need step's category (``parse_need_category``, then the buttons' words,
  else ``other``; categories without a button of their own count as ``other``) is
  ``category``, and the text is off-profile (a disqualifier of kind ``off_profile``) exactly
  when ``off_profile`` is true.

Prints accuracy per section and every miss; ``--quiet`` prints only the table.
"""

from __future__ import annotations

import math
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.dialogs import parsers
from bot.dialogs.parsing.timeline import band as timeline_band
from bot.scoring.model import load_default_model

#: The date the timeline labels were written for (the file's header says so).
TODAY = date(2026, 11, 25)
#: ``OFF_PROFILE_KEYWORDS``' default (``bot/config.py``).
DEFAULT_OFF_PROFILE = ("smm", "мобильн", "mobile app")
NEED_BUTTONS = [
    ("website", ["Сайт или интернет-магазин", "Website or online store", "сайт", "лендинг"]),
    ("crm", ["CRM и автоматизация", "CRM and automation", "crm", "автоматизация"]),
    ("bot", ["Чат-бот", "Chatbot", "бот", "bot"]),
    ("other", ["Другое", "Something else", "other"]),
]
SECTIONS = ("budget", "timeline", "authority", "disqualifier", "need")


@dataclass
class Result:
    section: str
    total: int = 0
    correct: int = 0
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


#: Labels convert other currencies at their writer's rates, which differ from the model's by up
#: to about 12 % (KZT 0.16 against 0.18 RUB).
RATE_TOLERANCE = 0.15
LABEL_CURRENCIES = ("RUB", "USD", "EUR")


def _close(a: float | None, b: float, rel_tol: float = 1e-6) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=rel_tol, abs_tol=0.01)


def _converted(got: parsers.Budget, currency: str) -> parsers.Budget:
    rates = load_default_model().currency_rates
    factor = rates[str(got.currency)] / rates[currency]
    return parsers.Budget(
        "amount",
        min=None if got.min is None else got.min * factor,
        max=None if got.max is None else got.max * factor,
        currency=currency,  # type: ignore[arg-type]
    )


def judge_budget(row: dict[str, Any], got: parsers.Budget | None) -> tuple[bool, Any, Any]:
    want = {k: row[k] for k in ("status", "currency", "contains", "min", "max") if k in row}
    if got is None or got.status != row["status"]:
        return False, got, want
    if row["status"] != "amount":
        return True, got, want
    tol = 1e-6
    amount = got
    if (
        got.currency not in LABEL_CURRENCIES
        and row.get("currency") in LABEL_CURRENCIES
        and str(got.currency) in load_default_model().currency_rates
    ):
        amount, tol = _converted(got, row["currency"]), RATE_TOLERANCE
    ok = amount.currency == row.get("currency", amount.currency)
    if "contains" in row:
        lo = -math.inf if amount.min is None else amount.min * (1 - tol)
        hi = math.inf if amount.max is None else amount.max * (1 + tol)
        ok = ok and lo - 0.01 <= row["contains"] <= hi + 0.01
    if "min" in row:
        ok = ok and _close(amount.min, row["min"], tol)
    if "max" in row:
        ok = ok and _close(amount.max, row["max"], tol)
    return ok, got, want


def check_budget(row: dict[str, Any]) -> tuple[bool, Any, Any]:
    return judge_budget(row, parsers.parse_budget(row["text"]))


def judge_timeline(row: dict[str, Any], got: parsers.Timeline | None) -> tuple[bool, Any, Any]:
    bands = row["band"] if isinstance(row["band"], list) else [row["band"]]
    band = timeline_band(got)
    return band in bands, f"{band} ({got})", bands


def check_timeline(row: dict[str, Any]) -> tuple[bool, Any, Any]:
    return judge_timeline(row, parsers.parse_timeline(row["text"], TODAY))


def check_authority(row: dict[str, Any]) -> tuple[bool, Any, Any]:
    got = parsers.parse_authority(row["text"])
    return got == row["label"], got, row["label"]


def check_disqualifier(row: dict[str, Any]) -> tuple[bool, Any, Any]:
    found = parsers.detect_disqualifier(row["text"], DEFAULT_OFF_PROFILE)
    got = found.kind if found else "none"
    return got == row["label"], found, row["label"]


def need_step_category(text: str, category: str | None) -> str:
    """The need step's category from ``parse_need_category``'s answer: else the buttons'
    words, else ``other``; categories without a button of their own count as ``other``."""
    category = category or parsers.match_option(text, NEED_BUTTONS)
    return category if category in ("website", "crm", "bot") else "other"


def need_category(text: str) -> str:
    return need_step_category(text, parsers.parse_need_category(text))


def judge_need(
    row: dict[str, Any], category: str | None, found: parsers.Disqualifier | None
) -> tuple[bool, Any, Any]:
    step_category = need_step_category(row["text"], category)
    off_profile = found is not None and found.kind == "off_profile"
    want = (row["category"], bool(row.get("off_profile", False)))
    return (step_category, off_profile) == want, (step_category, off_profile, found), want


def check_need(row: dict[str, Any]) -> tuple[bool, Any, Any]:
    found = parsers.detect_disqualifier(row["text"], DEFAULT_OFF_PROFILE)
    return judge_need(row, parsers.parse_need_category(row["text"]), found)


CHECKS: dict[str, Callable[[dict[str, Any]], tuple[bool, Any, Any]]] = {
    "budget": check_budget,
    "timeline": check_timeline,
    "authority": check_authority,
    "disqualifier": check_disqualifier,
    "need": check_need,
}


def measure(path: Path | str) -> dict[str, Result]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    results: dict[str, Result] = {}
    for section in SECTIONS:
        rows = data.get(section, [])
        if not rows:
            continue
        result = results[section] = Result(section)
        for row in rows:
            ok, got, want = CHECKS[section](row)
            result.total += 1
            if ok:
                result.correct += 1
            else:
                result.misses.append((row["text"], got, want))
    return results


def report(results: dict[str, Result], verbose: bool = True) -> str:
    lines = [f"{'section':<14} {'correct/total':>13}  accuracy"]
    ok = total = 0
    for result in results.values():
        ok += result.correct
        total += result.total
        counts = f"{result.correct}/{result.total}"
        lines.append(f"{result.section:<14} {counts:>13}  {result.accuracy:7.1%}")
        if verbose:
            for text, got, want in result.misses:
                lines.append(f"    MISS {text!r}: got {got!r}, want {want!r}")
    if total:
        lines.append(f"{'TOTAL':<14} {f'{ok}/{total}':>13}  {ok / total:7.1%}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("-")]
    if not paths:
        print(__doc__.split("\n\n")[1])
        return 2
    for path in paths:
        if len(paths) > 1:
            print(f"== {path}")
        print(report(measure(path), verbose="--quiet" not in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
