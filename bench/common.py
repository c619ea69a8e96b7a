"""Shared helpers for the benchmarks: machine description, percentiles, tables, RESULTS.md."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpus = os.cpu_count() or 0
    return f"{platform.platform()}, {cpus} CPUs, Python {platform.python_version()}"


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an unsorted sequence; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A markdown table (also readable on a terminal), columns padded to their widest cell."""
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    out = [line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in cells[1:]]
    return out


def _fmt(value: object) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.3g}"
    return str(value)


def report(title: str, command: str, lines: Sequence[str]) -> None:
    """Print the lines and append them as a dated section to bench/RESULTS.md (never rewrite)."""
    for text in lines:
        print(text)
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    section = [f"## {title} ({stamp})", "", f"`{command}`", "", f"Machine: {machine()}", ""]
    section += list(lines)
    new = not RESULTS.exists()
    with RESULTS.open("a", encoding="utf-8") as f:
        if new:
            f.write("# Benchmark results\n\nAppended by the bench/*.py scripts, newest last.\n")
        f.write("\n" + "\n".join(section) + "\n")


def command_line() -> str:
    return " ".join([".venv/bin/python", *(a for a in sys.argv)])
