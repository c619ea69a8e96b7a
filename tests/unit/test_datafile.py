"""One error format for every data file: '<file>: <dotted path>: <problem>'."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.datafile import DataFileError
from bot.dialogs.script import load_script
from bot.nurture.sequences import load_sequences
from bot.scoring.model import load_model
from bot.texts import team_texts


def _copy_with(tmp_path: Path, shipped: Path, old: str, new: str) -> Path:
    text = shipped.read_text("utf-8")
    assert old in text
    target = tmp_path / shipped.name
    target.write_text(text.replace(old, new, 1), "utf-8")
    return target


ROOT = Path(__file__).resolve().parents[2] / "bot"


@pytest.mark.parametrize(
    ("loader", "shipped", "old", "new", "where"),
    [
        (load_script, ROOT / "dialogs/default_script.toml", 'parser = "budget"',
         'parser = "magic"', "steps.budget.parser: "),
        (load_sequences, ROOT / "nurture/sequences.toml", "delay = ", "delay = -",
         "sequences.cold.steps.0.delay: "),
    ],
)  # fmt: skip
def test_a_broken_file_names_the_file_and_the_field(
    tmp_path: Path, loader, shipped: Path, old: str, new: str, where: str
) -> None:
    path = _copy_with(tmp_path, shipped, old, new)
    with pytest.raises(DataFileError) as error:
        loader(path)
    assert str(error.value).startswith(f"{path}: {where}")


def test_a_model_error_names_the_rule_by_its_id() -> None:
    with pytest.raises(DataFileError) as error:
        load_model({"fit": {"max": 1, "rules": [{"id": "phone", "points": "x", "reason": "r",
                    "all_of": [{"key": "phone"}]}]}, "engagement": {"max": 1}})  # fmt: skip
    assert str(error.value).startswith("model: fit.rules.phone.points: ")


def test_unreadable_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "script.toml"
    bad.write_text("[[steps]\nkey=", "utf-8")
    with pytest.raises(DataFileError, match=r"script\.toml"):
        load_script(bad)


def test_team_texts_cover_every_stage_in_both_languages() -> None:
    texts = team_texts()
    assert {str(stage) for stage in texts.stages} == {
        "new", "qualifying", "nurturing", "sales_ready", "in_sales", "recycled", "won", "lost",
        "disqualified", "unreachable", "forgotten",
    }  # fmt: skip
    assert all(entry.ru and entry.en for entry in texts.stages.values())
