"""Every phrasings file's readings before and after a change: what a parser edit or a retrain
of the classifier gained and lost.

    .venv/bin/python -m tests.calibration.replay save before.json
    ... change a parser, or retrain: .venv/bin/python -m bot.dialogs.parsing.train ...
    .venv/bin/python -m tests.calibration.replay save after.json
    .venv/bin/python -m tests.calibration.replay diff before.json after.json

``save`` measures every ``tests/calibration/phrasings*.toml`` (or the files named after the
output) with ``measure_phrasings`` and keeps each file's misses per section. ``diff`` prints
every phrasing read wrong that was read right before (NEW MISS) and the reverse (FIXED), for
the files in both runs, and exits 1 when any file has more misses than before: a retrain moves
readings nobody asked it to move, and only a replay of everything shows which.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.calibration.measure_phrasings import measure

HERE = Path(__file__).parent

#: file name -> section -> [correct, total, misses (their repr)]
Run = dict[str, dict[str, list]]


def save(paths: list[Path]) -> Run:
    return {
        path.name: {
            section: [result.correct, result.total, sorted(repr(miss) for miss in result.misses)]
            for section, result in measure(path).items()
        }
        for path in paths
    }


def diff(before: Run, after: Run) -> tuple[list[str], list[str]]:
    """The lines to print, and the files with more misses than before."""
    lines: list[str] = []
    lower: list[str] = []
    for name in sorted(before.keys() & after.keys()):
        for section in sorted(before[name].keys() | after[name].keys()):
            was = set(before[name].get(section, [0, 0, []])[2])
            now = set(after[name].get(section, [0, 0, []])[2])
            lines += [f"NEW MISS {name} {section} {miss}" for miss in sorted(now - was)]
            lines += [f"FIXED    {name} {section} {miss}" for miss in sorted(was - now)]
        if _correct(after[name]) < _correct(before[name]):
            lower.append(name)
    return lines, lower


def _correct(run: dict[str, list]) -> int:
    return sum(section[0] for section in run.values())


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "save":
        paths = [Path(p) for p in argv[2:]] or sorted(HERE.glob("phrasings*.toml"))
        run = save(paths)
        Path(argv[1]).write_text(json.dumps(run, ensure_ascii=False, indent=0), encoding="utf-8")
        correct = sum(_correct(sections) for sections in run.values())
        total = sum(s[1] for sections in run.values() for s in sections.values())
        print(f"{len(run)} files, {correct} / {total} read right")
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        lines, lower = diff(before, after)
        print("\n".join(lines) or "no reading changed")
        if lower:
            print(f"lower than before: {', '.join(lower)}")
        return 1 if lower else 0
    print(__doc__.split("\n\n")[1])
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
