"""Per-call cost of the parsers on typical answers, import time and memory.

    .venv/bin/python -m tests.calibration.speed_parsers

The dialogue's whole update should cost under 3 ms, so a parser call must stay well under 1 ms.
Timings are the best of several rounds (a shared machine is noisy). ``repeated`` calls a parser
on the same text again and again (the parsers keep a text's whole reading, its classifier features
and need category); ``new text`` clears those per-text caches before every call, which is what a
new message costs (per-word caches stay warm, as they do in a running bot).
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from datetime import date


def _per_text_caches() -> list[Callable[[], None]]:
    from bot.dialogs.parsing import _text, classifier, options

    return [
        _text.forget_readings,
        classifier.features.cache_clear,
        classifier._vector.cache_clear,
        options.need_category_by_rules.cache_clear,
    ]


def _best(fn: Callable[[], object], clear: list[Callable[[], None]], n: int = 300) -> float:
    best = float("inf")
    for _ in range(5):
        total = 0.0
        for _ in range(n):
            for c in clear:
                c()
            start = time.perf_counter()
            fn()
            total += time.perf_counter() - start
        best = min(best, total / n)
    return best


def main() -> None:
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from bot.dialogs import parsers as p

    import_ms = 1000 * (time.perf_counter() - t0)
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    today = date(2026, 11, 25)
    keywords = ("smm", "мобильн", "mobile app")
    first = (
        "Здравствуйте, нужен интернет-магазин, бюджет около 2 млн, решаю сам, хотим к февралю, "
        "я Анна из ООО Ромашка, +7 999 123-45-67"
    )
    cases = {
        "parse_budget('около 2 млн руб')": lambda: p.parse_budget("около 2 млн руб"),
        "parse_budget('between $5k and $10k')": lambda: p.parse_budget("between $5k and $10k"),
        "parse_timeline('через 2 недели')": lambda: p.parse_timeline("через 2 недели", today),
        "parse_timeline('хотим запуститься к февралю')": lambda: p.parse_timeline(
            "хотим запуститься к февралю", today
        ),
        "parse_authority('я директор, решаю сам')": lambda: p.parse_authority(
            "я директор, решаю сам"
        ),
        "detect_disqualifier(need answer)": lambda: p.detect_disqualifier(
            "Нужен интернет-магазин для продажи мебели", keywords
        ),
        "parse_need_category(need answer)": lambda: p.parse_need_category(
            "Нужен интернет-магазин для продажи мебели"
        ),
    }
    if hasattr(p, "extract_facts"):
        cases["extract_facts(first message, 7 slots)"] = lambda: p.extract_facts(
            first, today=today
        )
    print(
        f"import bot.dialogs.parsers: {import_ms:.0f} ms, max RSS +{(rss1 - rss0) / 1024:.1f} MB"
    )
    clear = _per_text_caches() if hasattr(p, "extract_facts") else []
    load0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t1 = time.perf_counter()
    p.parse_budget("500к")  # the first call loads the classifiers
    load_ms = 1000 * (time.perf_counter() - t1)
    load_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - load0) / 1024
    print(f"first call (loads the classifiers): {load_ms:.0f} ms, max RSS +{load_mb:.1f} MB")
    print(f"{'':<48} {'repeated':>10} {'new text':>10}")
    for name, fn in cases.items():
        fn()
        repeated = _best(fn, [])
        fresh = _best(fn, clear)
        print(f"{name:<48} {1e6 * repeated:8.1f} us {1e6 * fresh:8.1f} us")


if __name__ == "__main__":
    sys.exit(main())
