"""Per-call cost of the parsers on typical answers, import time and memory.

    .venv/bin/python -m tests.calibration.speed_parsers

The dialogue's whole update should cost under 3 ms, so a parser call must stay well under 1 ms.
Timings are the best of several rounds (a shared machine is noisy).
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import date


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
    for name, fn in cases.items():
        fn()
        best = float("inf")
        for _ in range(5):
            n = 300
            start = time.perf_counter()
            for _ in range(n):
                fn()
            best = min(best, (time.perf_counter() - start) / n)
        print(f"{name:<48} {1e6 * best:8.1f} us")


if __name__ == "__main__":
    sys.exit(main())
