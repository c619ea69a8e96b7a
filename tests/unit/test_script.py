from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from bot.dialogs.script import ScriptError, load_script, parse_script


def raw_default() -> dict:
    text = resources.files("bot.dialogs").joinpath("default_script.toml").read_text("utf-8")
    return tomllib.loads(text)


def test_default_script_loads_with_bant_and_contact_steps() -> None:
    script = load_script()
    dimensions = {s.dimension for s in script.steps}
    assert {"need", "budget", "authority", "timeline", "contact"} <= dimensions
    for step in script.steps:
        assert step.question.ru and step.question.en


@pytest.mark.parametrize(
    ("facts", "answered", "expected"),
    [
        ({}, [], "need"),
        ({}, ["need"], "budget"),
        ({"authority": "decision_maker"}, ["need", "budget", "authority"], "timeline"),
        ({"authority": "influencer"}, ["need", "budget", "authority"], "decider"),
        ({"authority": "unknown"}, ["need", "budget", "authority"], "decider"),
    ],
)
def test_next_step_follows_conditions(facts: dict, answered: list[str], expected: str) -> None:
    step = load_script().next_step(facts, answered)
    assert step is not None and step.key == expected


def test_all_answered_means_done() -> None:
    script = load_script()
    assert script.next_step({}, [s.key for s in script.steps]) is None


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["steps"][1].update(parser="magic"), "steps.budget.parser"),
        (lambda r: r["steps"][2].update(key="need"), "step 'need': the key is used twice"),
        (lambda r: r["steps"][0]["question"].pop("en"), "steps.need.question.en"),
        (lambda r: r["steps"][6].pop("fact"), "steps.position: a text step needs `fact`"),
        (lambda r: r["texts"].pop("help"), "texts: missing help"),
        (lambda r: r["steps"][0]["options"][0].update(value="Bad Value!"), "options.0.value"),
        (
            lambda r: r["steps"][3].update(when={"fact": "authority"}),
            "steps.decider.when",
        ),
    ],
)
def test_broken_scripts_are_refused_naming_the_step(mutate, message: str) -> None:
    raw = raw_default()
    mutate(raw)
    with pytest.raises(ScriptError) as error:
        parse_script(raw)
    assert message in str(error.value)


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "script.toml"
    bad.write_text("[[steps]\nkey=")
    with pytest.raises(ScriptError):
        load_script(bad)
