"""Questions per dialogue, the form of before against the conversation, on the synthetic
prospects.

Plays `tests/calibration/prospects.toml` through the real dispatcher twice in the same run:
"form": the script as it was (company, position, phone and e-mail asked one by one) and no
slot filling (no fact taken from a message that answers another question); "conversation":
as shipped (slot filling, "company and role" and "phone and e-mail" asked together). For
each it prints the average number of questions a prospect is asked in a completed dialogue
(re-asks included), and the share of prospects who would have finished if they gave up
after N questions.

    .venv/bin/python bench/bench_conversation.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.dialogs.script import load_script  # noqa: E402
from tests.calibration.play import Outcome, load_prospects, play_all, report  # noqa: E402

GIVE_UP_AFTER = (5, 6, 7, 8, 10)


def questions_asked(outcome: Outcome, prompts: tuple[str, ...]) -> int:
    """Bot messages that ask the prospect something: a step's question or a re-ask."""
    said = [line[2:] for line in outcome.transcript if line.startswith("< ")]
    return sum(any(p in text for p in prompts) for text in said)


def prompts() -> tuple[str, ...]:
    script = load_script()
    questions = [q for s in script.steps for q in (s.question.ru, s.question.en)]
    names = ("reask", "reask_bad_phone", "reask_bad_email")
    reasks = [script.texts[k].get(lang).split("{")[0] for k in names for lang in ("ru", "en")]
    return tuple(q[:40] for q in questions + reasks)


def form_script(folder: Path) -> Path:
    """The shipped script with the questions of before: one thing per question."""
    text = (ROOT / "bot/dialogs/default_script.toml").read_text("utf-8")
    text = text.replace('parser = "profile"', 'parser = "text"\nfact = "company"')
    text = text.replace('when = { fact = "position", missing = true }\n', "")
    path = folder / "form_script.toml"
    path.write_text(text, "utf-8")
    return path


async def run(conversation: bool) -> list[Outcome]:
    prospects = load_prospects()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if conversation:
            return await play_all(prospects, folder)
        with mock.patch("bot.services.conversation.EXTRACTED_CONFIDENCE", 2.0):
            return await play_all(
                prospects, folder, together=False, script_path=form_script(folder)
            )


def summary(name: str, outcomes: list[Outcome], marks: tuple[str, ...]) -> list[str]:
    finished = [o for o in outcomes if o.stage not in ("qualifying", "new")]
    counts = [questions_asked(o, marks) for o in finished]
    lines = [
        f"{name}: {len(finished)} of {len(outcomes)} dialogues completed, "
        f"questions per completed dialogue: mean {statistics.mean(counts):.2f}, "
        f"median {statistics.median(counts):g}, max {max(counts)}"
    ]
    for n in GIVE_UP_AFTER:
        share = sum(c <= n for c in counts) / len(outcomes)
        lines.append(f"  a prospect who gives up after {n} questions finishes: {share:.0%}")
    lines.append("  " + report(outcomes)[0].splitlines()[2])
    return lines


def main() -> None:
    marks = prompts()
    before = asyncio.run(run(conversation=False))
    after = asyncio.run(run(conversation=True))
    print("\n".join(summary("form", before, marks)))
    print("\n".join(summary("conversation", after, marks)))


if __name__ == "__main__":
    main()
