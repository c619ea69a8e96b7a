"""Pure lead scoring: facts + events + model + now -> Score. No aiogram, no SQL, no clock."""

from bot.scoring.edit import model_diff, set_model_value
from bot.scoring.engine import (
    Event,
    Reason,
    RescoreDiff,
    Score,
    explain,
    rescore,
    score,
)
from bot.scoring.model import (
    Condition,
    DecayGroup,
    EngagementRule,
    FitRule,
    ModelError,
    ScoringModel,
    SilenceRule,
    load_default_model,
    load_model,
)

__all__ = [
    "Condition",
    "DecayGroup",
    "EngagementRule",
    "Event",
    "FitRule",
    "ModelError",
    "Reason",
    "RescoreDiff",
    "Score",
    "ScoringModel",
    "SilenceRule",
    "explain",
    "load_default_model",
    "load_model",
    "model_diff",
    "rescore",
    "score",
    "set_model_value",
]
