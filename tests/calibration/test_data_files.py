"""Structure checks for the calibration data files (no parser or scoring is run here)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
SCRIPT = HERE.parents[1] / "bot" / "dialogs" / "default_script.toml"
PHRASING_FILES = tuple(sorted(p.name for p in HERE.glob("phrasings_*.toml")))

LANGS = {"ru", "en"}
KINDS = {
    "hot",
    "warm",
    "cold",
    "junk",
    "job_seeker",
    "partner",
    "vendor",
    "student",
    "researcher",
    "off_profile",
}
STEPS = {
    "need",
    "budget",
    "authority",
    "decider",
    "timeline",
    "company",
    "position",
    "phone",
    "email",
    "brief",
}
PROSPECT_REQUIRED = {
    "id": str,
    "lang": str,
    "kind": str,
    "reaches_sales": bool,
    "clear": bool,
    "why": str,
    "first_name": str,
    "opening": str,
    "answers": dict,
}
PROSPECT_OPTIONAL = {"buttons": dict, "stickers": int, "share_contact": bool, "after": list}

BUDGET_STATUS = {"amount", "none", "unknown"}
CURRENCIES = {"RUB", "USD", "EUR"}
BANDS = {"within30", "within90", "far", "no_plans", "unknown"}
AUTHORITY = {"decision_maker", "influencer", "researcher", "unknown"}
DISQUALIFIERS = {
    "none",
    "job_seeker",
    "partner",
    "vendor",
    "student",
    "spam",
    "researcher",
    "off_profile",
}
NEED_CATEGORIES = {"website", "crm", "bot", "other"}
_DICTATED_EMAIL = re.compile(r"\b(собака|at)\b.+\b(точка|dot)\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"\b(ноль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять"
    r"|\w+(надцать|дцать|десят|сто|ста|сот)|zero|oh|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\w+(teen|ty)|hundred)\b",
    re.IGNORECASE,
)
SECTION_KEYS = {
    "budget": {"lang", "text", "status", "contains", "currency", "min", "max", "note"},
    "timeline": {"lang", "text", "band", "note"},
    "authority": {"lang", "text", "label", "note"},
    "disqualifier": {"lang", "text", "label", "note"},
    "need": {"lang", "text", "category", "off_profile", "note"},
}
MIN_PER_SECTION = 50
MIN_PROSPECTS = 80


def load(name: str) -> dict[str, Any]:
    with open(HERE / name, "rb") as f:
        return tomllib.load(f)


def button_values() -> dict[str, set[str]]:
    with open(SCRIPT, "rb") as f:
        script = tomllib.load(f)
    return {
        step["key"]: {opt["value"] for opt in step.get("options", [])}
        for step in script["steps"]
        if step.get("options")
    }


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


PROSPECT_FILES = tuple(sorted(p.name for p in HERE.glob("prospects*.toml")))
PROSPECTS: list[dict[str, Any]] = [p for n in PROSPECT_FILES for p in load(n)["prospect"]]


def test_prospect_count_ids_and_languages() -> None:
    assert len(load("prospects.toml")["prospect"]) >= MIN_PROSPECTS
    ids = [p["id"] for p in PROSPECTS]
    assert len(ids) == len(set(ids)), "duplicate prospect ids"
    assert {p["lang"] for p in PROSPECTS} == LANGS


@pytest.mark.parametrize("p", PROSPECTS, ids=lambda p: str(p.get("id")))
def test_prospect_structure(p: dict[str, Any]) -> None:
    for key, typ in PROSPECT_REQUIRED.items():
        assert key in p, f"missing {key}"
        assert isinstance(p[key], typ), f"{key} must be {typ.__name__}"
    for key, typ in PROSPECT_OPTIONAL.items():
        if key in p:
            assert isinstance(p[key], typ), f"{key} must be {typ.__name__}"
    assert set(p) <= set(PROSPECT_REQUIRED) | set(PROSPECT_OPTIONAL), "unknown keys"
    assert p["lang"] in LANGS
    assert p["kind"] in KINDS
    assert p["why"].strip()

    answers = p["answers"]
    assert "default" in answers, "answers need a default"
    assert set(answers) <= STEPS | {"default"}, "answers for unknown steps"
    assert all(isinstance(v, str) for v in answers.values())

    values = button_values()
    for step, value in p.get("buttons", {}).items():
        assert step in values, f"step {step} has no buttons"
        assert value in values[step], f"{value!r} is not a button of {step}"
    assert p.get("stickers", 0) >= 0
    assert all(isinstance(m, str) and m for m in p.get("after", []))

    # Only clients can be sales leads; a clear hot lead always goes to sales.
    if p["kind"] not in {"hot", "warm"}:
        assert p["reaches_sales"] is False
    if p["kind"] == "hot" and p["clear"]:
        assert p["reaches_sales"] is True
        phone = answers.get("phone", answers["default"])
        email = answers.get("email", answers["default"])
        # ...at the contact step, in the opening message ("Телефон +7 921 ...") or in another
        # answer ("звоните лучше: 8-927-...", at the brief step); not a budget's digits
        opening = p.get("opening", "")
        texts = (phone, email, opening, *(v for k, v in answers.items() if k != "budget"))
        has_phone = p.get("share_contact", False) or any(
            len(re.sub(r"\D", "", text)) >= 7 for text in texts
        )
        # or dictated: "anna собака yandex точка ru", "john at acme dot com", digits in words
        has_email = any("@" in text or _DICTATED_EMAIL.search(text) for text in texts)
        has_phone = has_phone or any(len(_NUMBER_WORD.findall(text)) >= 7 for text in texts)
        assert has_phone or has_email, "a clear hot lead leaves a phone or an e-mail"


ONE_LANGUAGE = frozenset({"phrasings_blind50.toml"})


@pytest.mark.parametrize("name", PHRASING_FILES)
def test_phrasing_file_structure(name: str) -> None:
    data = load(name)
    assert set(data) == set(SECTION_KEYS)
    texts: list[str] = []
    for section, items in data.items():
        assert len(items) >= MIN_PER_SECTION, f"{section}: {len(items)} < {MIN_PER_SECTION}"
        # both languages, but a set written for one on purpose (phrasings_blind50: all English)
        langs = {it["lang"] for it in items}
        assert langs == LANGS or name in ONE_LANGUAGE, f"{section}: both languages"
        assert langs <= LANGS, f"{section}: unknown language"
        for it in items:
            where = f"{section}: {it.get('text')!r}"
            assert set(it) <= SECTION_KEYS[section], f"{where}: unknown keys"
            assert isinstance(it["text"], str) and it["text"].strip(), where
            assert it["lang"] in LANGS, where
            texts.append(norm(it["text"]))
            check_item(section, it, where)
    assert len(texts) == len(set(texts)), f"{name}: a text appears twice"


def check_item(section: str, it: dict[str, Any], where: str) -> None:
    if section == "budget":
        assert it["status"] in BUDGET_STATUS, where
        if it["status"] == "amount":
            assert isinstance(it["contains"], int | float) and it["contains"] > 0, where
            assert it["currency"] in CURRENCIES, where
            assert it.get("min", it["contains"]) <= it["contains"], where
            assert it["contains"] <= it.get("max", it["contains"]), where
        else:
            assert not {"contains", "currency", "min", "max"} & set(it), where
    elif section == "timeline":
        band = it["band"]
        assert isinstance(band, list) and band, where
        assert set(band) <= BANDS and len(band) == len(set(band)), where
    elif section == "authority":
        assert it["label"] in AUTHORITY, where
    elif section == "disqualifier":
        assert it["label"] in DISQUALIFIERS, where
    elif section == "need":
        assert it["category"] in NEED_CATEGORIES, where
        assert isinstance(it["off_profile"], bool), where


def test_dev_and_holdout_share_no_text() -> None:
    # The fresh and blind sets were written later by writers who saw neither; a short common
    # phrase may repeat there ("no budget, sorry"), which is left as it is.
    dev, holdout = (
        {norm(it["text"]) for items in load(n).values() for it in items}
        for n in ("phrasings_dev.toml", "phrasings_holdout.toml")
    )
    assert not dev & holdout
