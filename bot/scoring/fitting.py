"""Weights from outcomes: an L2-regularised logistic regression of won vs not-won on the rules'
features, cross-validated, its coefficients turned into points on the model's scale.

Pure and CPU-bound: callers run it in a worker thread. numpy and scikit-learn are imported
on first use, so the bot does not pay their start-up time until an admin asks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.scoring.model import ScoringModel
from bot.scoring.outcomes import (
    OutcomeRecord,
    Predictor,
    auc,
    coef_to_points,
    feature_matrix,
    feature_names,
    linear_scores,
    stratified_folds,
    usable_features,
)

# Inverse regularisation strength. Features are firings (0/1, a few for engagement rules), so
# 1.0 shrinks a coefficient seen on a handful of leads towards 0 and leaves one seen on
# hundreds nearly alone.
C = 1.0
FOLDS = 5
MIN_SUPPORT = 5


@dataclass(frozen=True, slots=True)
class Suggestion:
    outcomes: int
    won: int
    fitted: list[str]  # rules the fit re-weighted
    kept: list[str]  # rules kept as they are (too few leads with or without them)
    coef: dict[str, float]  # log-odds per firing, fitted on every outcome
    intercept: float
    points: dict[str, float]  # suggested points of the fitted rules
    folds: int  # cross-validation folds (0: too few of one kind to validate)
    auc_current: float | None  # the current points, on the held-out folds
    auc_suggested: float | None  # points fitted without the fold, on the fold
    auc_probability: float | None  # the logistic model's probability, on the fold

    @property
    def predictor(self) -> Predictor:
        return Predictor(self.intercept, dict(self.coef))


def fit_logistic(
    rows: Sequence[Sequence[float]], labels: Sequence[int], c: float = C
) -> tuple[float, list[float]]:
    """(intercept, coefficients) of an L2-regularised logistic regression."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=int)
    if x.shape[1] == 0:  # nothing to fit on: the base rate alone
        rate = min(max(float(y.mean()), 1e-6), 1 - 1e-6)
        return math.log(rate / (1 - rate)), []
    # lbfgs with the default L2 penalty (the `penalty` argument is deprecated in new versions).
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return float(model.intercept_[0]), [float(v) for v in model.coef_[0]]


def fit_points(
    records: Sequence[OutcomeRecord], model: ScoringModel, names: Sequence[str], c: float = C
) -> tuple[float, dict[str, float], dict[str, float]]:
    """Fit on `records`: (intercept, coefficients by rule, suggested points by rule)."""
    rows, labels = feature_matrix(records, names)
    intercept, values = fit_logistic(rows, labels, c)
    coef = dict(zip(names, values, strict=True))
    return intercept, coef, coef_to_points(model, coef)


def fit_suggestion(
    records: Sequence[OutcomeRecord],
    model: ScoringModel,
    *,
    c: float = C,
    folds: int = FOLDS,
    seed: int = 0,
    min_support: int = MIN_SUPPORT,
) -> Suggestion:
    """Suggested points for `model`'s rules from sales decisions, and how well each ranks.

    The AUCs are cross-validated: each fold is scored by points fitted without it, and by
    the current points, on the same features (`linear_scores`), so the two compare fairly.
    """
    won = sum(r.won for r in records)
    fitted, kept = usable_features(records, feature_names(model), min_support)
    intercept, coef, points = fit_points(records, model, fitted, c)
    labels = [r.won for r in records]
    k = min(folds, won, len(records) - won)
    current_aucs: list[float] = []
    suggested_aucs: list[float] = []
    probability_aucs: list[float] = []
    if k >= 2:
        for fold in stratified_folds(labels, k, seed):
            held = set(fold)
            train = [r for i, r in enumerate(records) if i not in held]
            test = [records[i] for i in fold]
            test_labels = [r.won for r in test]
            b0, fold_coef, fold_points = fit_points(train, model, fitted, c)
            predictor = Predictor(b0, fold_coef)
            for sink, scores in (
                (current_aucs, linear_scores(test, model, {})),
                (suggested_aucs, linear_scores(test, model, fold_points)),
                (probability_aucs, [predictor.predict(r.rules).probability for r in test]),
            ):
                value = auc(scores, test_labels)
                if value is not None:
                    sink.append(value)
    return Suggestion(
        outcomes=len(records),
        won=won,
        fitted=fitted,
        kept=kept,
        coef=coef,
        intercept=intercept,
        points=points,
        folds=k if k >= 2 else 0,
        auc_current=_mean(current_aucs),
        auc_suggested=_mean(suggested_aucs),
        auc_probability=_mean(probability_aucs),
    )


def _mean(values: list[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None
