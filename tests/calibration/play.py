"""Play the synthetic prospects of `prospects.toml` through the real dispatcher.

Each prospect is simulated as a person: /start, an optional opening message, then an answer
to whatever question the bot asks (typed, or a button press, or the share-contact button),
stickers now and then, at a human pace (a fake clock moves 25 s per message), and messages
after the dialogue. A question asked again gets the same answer again, as a stubborn person
types it, except when the bot took that answer for another question's: then the person gives
the first answer they have not given yet (the one they meant for later). "Reaches sales"
means a sales card was queued for the lead.

`python -m tests.calibration.play` prints precision and recall of "reaches sales" and
every prospect the bot got wrong, with its cell, score and what evidence it missed.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from aiogram.types import User
from sqlalchemy import select

from bot.db.models import OutboxMessage, Stage
from tests.support.harness import Harness

HERE = Path(__file__).parent
PROSPECTS = HERE / "prospects.toml"
START = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # the date the set was written for
PACE = timedelta(seconds=25)
MAX_TURNS = 40


def load_prospects(path: Path = PROSPECTS) -> list[dict[str, Any]]:
    return tomllib.loads(path.read_text("utf-8"))["prospect"]


@dataclass
class Outcome:
    prospect: dict[str, Any]
    reached_sales: bool
    stage: str
    cell: str
    total: float
    missing: tuple[str, ...]
    transcript: list[str]

    @property
    def right(self) -> bool:
        return self.reached_sales == self.prospect["reaches_sales"]


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += PACE


@contextmanager
def human_pace(clock: Clock) -> Iterator[None]:
    with (
        mock.patch("bot.services.conversation.utcnow", clock),
        mock.patch("bot.services.nurture.utcnow", clock),
    ):
        yield


async def _asked_step(h: Harness, user: User) -> tuple[str | None, frozenset[str]]:
    """The step the bot asks now, and the steps it holds an answer to."""
    lead = await h.lead(user.id)
    if lead is None or lead.stage != Stage.QUALIFYING:
        return None, frozenset()
    return (lead.dialogue or {}).get("step"), frozenset(await h.answers(user.id))


# A person whose answer the bot took for another question's, asked the same question again,
# answers it this time: with the first answer they have not given yet ("решаю я" typed at the
# budget question; asked for the budget again, they give the figure they meant to give later).
BANT = ("need", "budget", "authority", "timeline")


async def play_one(
    h: Harness, user: User, prospect: dict[str, Any], clock: Clock, *, together: bool = True
) -> Outcome:
    answers: dict[str, str] = prospect.get("answers", {})
    buttons: dict[str, str] = prospect.get("buttons", {})
    stickers = int(prospect.get("stickers", 0))
    transcript: list[str] = []

    async def say(text: str) -> None:
        clock.tick()
        transcript.append(f"> {text}")
        await h.text(user, text)

    await say("/start")
    if prospect.get("opening"):
        await say(prospect["opening"])
    said: set[str] = set()
    last: tuple[str | None, frozenset[str]] = (None, frozenset())
    for _ in range(MAX_TURNS):
        step, answered = await _asked_step(h, user)
        if step is None:
            break
        # the last answer, given at this step, answered another question instead
        taken_elsewhere = any(key in answered - last[1] for key in BANT if key != step)
        asked_again = step == last[0] and step in BANT and taken_elsewhere
        last = (step, answered)
        if stickers:
            stickers -= 1
            clock.tick()
            await h.sticker(user)
        clock.tick()
        if step in buttons:
            transcript.append(f"> [{buttons[step]}]")
            await _press_option(h, user, step, buttons[step])
        elif step == "phone" and prospect.get("share_contact"):
            # Telegram sends the account's own number; a prospect without a typed one gets one
            transcript.append("> [contact]")
            await h.contact(user, answers.get("phone") or f"+7999{user.id % 10**7:07d}")
        else:
            unsaid = [key for key in BANT if key not in said and key != step and key in answers]
            meant = unsaid[0] if asked_again and unsaid else step
            said.add(meant)
            await say(_answer(meant, answers, together))
    for text in prospect.get("after", []):
        await say(text)
    lead = await h.lead(user.id)
    assert lead is not None
    async with h.sessionmaker() as session:
        card = await session.scalar(
            select(OutboxMessage.id).where(
                OutboxMessage.lead_id == lead.id, OutboxMessage.kind == "sales_card"
            )
        )
    score = lead.score or {}
    transcript += [f"< {t[:200]}" for t in h.session.texts(user.id)]
    transcript += [f"  {r['points']:+g} {r['reason']}" for r in score.get("breakdown", [])]
    return Outcome(
        prospect,
        card is not None,
        str(lead.stage),
        str(score.get("cell", "?")),
        float(score.get("total", 0.0)),
        tuple(score.get("evidence_missing", ())),
        transcript,
    )


# Questions that ask for two things get both, as a person would write them: "X, Y".
ASKED_TOGETHER = {"company": "position", "phone": "email"}
SKIPS = ("пропустить", "skip", "нет", "no", "-", "нету", "nope")


def _answer(step: str, answers: dict[str, str], together: bool) -> str:
    default = answers.get("default", "пропустить")
    text = answers.get(step, default)
    second = ASKED_TOGETHER.get(step) if together else None
    if second and answers.get(second, default).strip().lower() not in SKIPS:
        first = text if text.strip().lower() not in SKIPS else ""
        text = ", ".join(part for part in (first, answers.get(second, default)) if part)
    return text


async def _press_option(h: Harness, user: User, step: str, value: str) -> None:
    from aiogram.types import CallbackQuery, Chat, Message

    from bot.dialogs.keyboards import AnswerCallback

    message = Message(
        message_id=1, date=int(START.timestamp()), chat=Chat(id=user.id, type="private"),
        from_user=User(id=42, is_bot=True, first_name="bot"), text="q",
    )  # fmt: skip
    query = CallbackQuery(
        id="cb", from_user=user, chat_instance="ci", message=message,
        data=AnswerCallback(step=step, value=value).pack(),
    )  # fmt: skip
    await h.feed(h.make_update(callback_query=query))


async def play_all(
    prospects: list[dict[str, Any]], folder: Path, *, together: bool = True, **settings: Any
) -> list[Outcome]:
    """Play every prospect; `together`: answer a question that asks two things with both."""
    h = await Harness.create(folder, **settings)
    clock = Clock()
    outcomes = []
    try:
        with human_pace(clock):
            for index, prospect in enumerate(prospects):
                user = User(
                    id=10_000 + index, is_bot=False, first_name=prospect.get("first_name", "X"),
                    language_code=prospect.get("lang", "ru"), username=None,
                )  # fmt: skip
                outcomes.append(await play_one(h, user, prospect, clock, together=together))
                clock.now += timedelta(hours=1)
    finally:
        await h.close()
    return outcomes


def report(outcomes: list[Outcome]) -> tuple[str, dict[str, float]]:
    tp = sum(o.reached_sales and o.prospect["reaches_sales"] for o in outcomes)
    fp = sum(o.reached_sales and not o.prospect["reaches_sales"] for o in outcomes)
    fn = sum(not o.reached_sales and o.prospect["reaches_sales"] for o in outcomes)
    tn = sum(not o.reached_sales and not o.prospect["reaches_sales"] for o in outcomes)
    clear = [o for o in outcomes if o.prospect.get("clear", True)]
    hot = [o for o in clear if o.prospect["reaches_sales"]]
    cold = [o for o in clear if not o.prospect["reaches_sales"]]
    numbers = {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "clear_hot_recall": sum(o.reached_sales for o in hot) / len(hot) if hot else 1.0,
        "clear_cold_specificity": (
            sum(not o.reached_sales for o in cold) / len(cold) if cold else 1.0
        ),
    }
    lines = [
        f"prospects {len(outcomes)}: reaches sales TP {tp} FP {fp} FN {fn} TN {tn}",
        f"precision {numbers['precision']:.3f} recall {numbers['recall']:.3f}",
        f"clear hot recall {numbers['clear_hot_recall']:.3f} ({len(hot)}), "
        f"clear cold specificity {numbers['clear_cold_specificity']:.3f} ({len(cold)})",
    ]
    for o in outcomes:
        if not o.right:
            tag = "clear" if o.prospect.get("clear", True) else "borderline"
            lines.append(
                f"  WRONG {o.prospect['id']} ({tag}, {o.prospect['kind']}): "
                f"reached={o.reached_sales} stage={o.stage} cell={o.cell} "
                f"total={o.total:.0f} missing={list(o.missing)} | {o.prospect.get('why', '')}"
            )
    return "\n".join(lines), numbers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "path", nargs="?", type=Path, default=PROSPECTS, help="prospects file (prospects.toml)"
    )
    parser.add_argument("--only", help="play the prospects whose id contains this")
    parser.add_argument("-v", action="store_true", help="print the transcripts of wrong ones")
    args = parser.parse_args()
    prospects = [p for p in load_prospects(args.path) if not args.only or args.only in p["id"]]
    with tempfile.TemporaryDirectory() as folder:
        outcomes = asyncio.run(play_all(prospects, Path(folder)))
    text, _ = report(outcomes)
    print(text)
    if args.v:
        for o in outcomes:
            if not o.right or args.only:
                print(f"\n=== {o.prospect['id']}")
                print("\n".join(o.transcript))


if __name__ == "__main__":
    main()
