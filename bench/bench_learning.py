"""Learning from outcomes at scale: /insights and /suggest over many leads.

    .venv/bin/python bench/bench_learning.py [--leads N]

N synthetic leads (default 10,000; deals drawn from the hidden model of
tests/support/synthetic.py): 60 % handed off and decided by sales, 40 % still in nurture. The
commands run through the real dispatcher on a temporary SQLite file (a recording session
instead of Telegram), charts included; the parts are timed on their own too. Times are also
printed as ratios against a baseline measured in the same run (the pure rescore of the same
leads under the active model), so they compare across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from common import command_line, report, table

from admin import scoring_ops as ops
from bot.db.models import Stage, utcnow
from bot.scoring import rescore
from bot.scoring.fitting import fit_suggestion
from bot.scoring.outcomes import insights_table, match_cutoffs, with_points
from bot.services.insights import decision_records, insight_records
from bot.services.reports import render_insights_chart
from tests.support.harness import Harness
from tests.support.outcomes import from_synthetic, insert_leads
from tests.support.synthetic import generate

ADMIN = Harness.user(777, "ru", "Админ")
RUNS = 3


async def timed(coro_factory, runs: int = RUNS) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await coro_factory()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        h = await Harness.create(Path(tmp), admin_ids=str(ADMIN.id))
        started = time.perf_counter()
        seeds = []
        for i, lead in enumerate(generate(n, seed=2026)):
            seed = from_synthetic(lead)
            if i % 5 in (3, 4):  # 40 %: never handed off, waiting in nurture
                seed.handed_off, seed.decision, seed.stage = False, None, Stage.NURTURING
            seeds.append(seed)
        await insert_leads(h.sessionmaker, seeds)
        fill = time.perf_counter() - started

        async with h.sessionmaker() as session:
            active = ops.model_of(await ops.active_row(session))
            inputs = await ops.load_inputs(session)
        now = utcnow()
        started = time.perf_counter()
        rescore(inputs, active, now)
        baseline = time.perf_counter() - started

        rows: list[tuple[str, float, float]] = []

        def add(name: str, seconds: float) -> None:
            rows.append((name, seconds * 1000, seconds / baseline))

        add("baseline: pure rescore of every lead", baseline)

        # --- /insights -------------------------------------------------------------------
        async def insights_command() -> None:
            h.session.clear()
            await h.text(ADMIN, "/insights all")

        median, _ = await timed(insights_command)
        add("/insights all, whole update (queries, table, chart, replies)", median)
        async with h.sessionmaker() as session:
            started = time.perf_counter()
            records = await insight_records(session, None, active)
            add("  load the leads with an outcome", time.perf_counter() - started)
        started = time.perf_counter()
        table_ = insights_table(records, active)
        add("  the table (pure)", time.perf_counter() - started)
        started = time.perf_counter()
        render_insights_chart(table_, "all")
        add("  the chart (matplotlib)", time.perf_counter() - started)

        # --- /suggest --------------------------------------------------------------------
        async def suggest_command() -> None:
            h.session.clear()
            await h.text(ADMIN, "/suggest")

        started = time.perf_counter()
        await suggest_command()  # the first run imports scikit-learn
        add("/suggest, first run (imports scikit-learn)", time.perf_counter() - started)
        median, _ = await timed(suggest_command)
        add("/suggest, whole update (fit, CV, cut-offs, dry-run, draft)", median)
        async with h.sessionmaker() as session:
            started = time.perf_counter()
            decisions = await decision_records(session, active)
            add("  load the sales decisions", time.perf_counter() - started)
        started = time.perf_counter()
        suggestion = fit_suggestion(decisions, active)
        add("  fit + 5-fold cross-validation", time.perf_counter() - started)
        started = time.perf_counter()
        draft = match_cutoffs(
            active,
            with_points(active, suggestion.points),
            [(facts, events) for _, facts, events, _, _ in inputs],
            now,
        )
        add("  cut-offs matched over every lead", time.perf_counter() - started)
        started = time.perf_counter()
        ops.dry_run(inputs, draft, now)
        add("  dry-run of the draft", time.perf_counter() - started)
        await h.close()

    lines = [
        f"{n:,} leads ({len(decisions):,} sales decisions, {suggestion.won:,} won; "
        f"{len(records):,} leads with an outcome), filled in {fill:.1f} s; "
        f"median of {RUNS} runs where repeated",
        "",
        *table(["step", "ms", "x baseline"], rows),
        "",
        f"cross-validated AUC ({suggestion.folds} folds): current weights "
        f"{suggestion.auc_current:.3f}, suggested {suggestion.auc_suggested:.3f}, "
        f"probability {suggestion.auc_probability:.3f}",
    ]
    report("bench_learning", command_line(), lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=10_000)
    args = parser.parse_args()
    asyncio.run(main(args.leads))
