"""Train the parsers' classifiers and write ``data/classifiers.npz`` (see ``classifier.py``).

    .venv/bin/python -m bot.dialogs.parsing.train          # train and write the artifact
    .venv/bin/python -m bot.dialogs.parsing.train --check  # is the artifact up to date?

Training data: ``data/train_*.toml`` (phrasings by three writers who never saw the parsers)
and the development phrasings ``tests/calibration/phrasings_dev.toml``; the label meanings are
in ``tests/calibration/README.md``, plus ``not_answer`` for texts that answer nothing. A
training text that also appears in a measurement set (``phrasings_holdout.toml``,
``phrasings_fresh.toml``, ``phrasings_blind*.toml``, compared ignoring case and punctuation)
is left out, so they measure only unseen phrasings; only the texts are compared, their labels
are never read. (The rules were revised after the fresh and
the blind sets were first measured: ``tests/calibration/README.md`` says which figures are
clean.)

Per section one multinomial logistic regression on idf-weighted, L2-normalised binary features
over one shared vocabulary (features seen in at least ``min_df`` training texts), plus the
rules' findings for that section (``rule_signals``: what the parsers pass at run time).
Extra examples:

* a timeline phrase labelled with several acceptable bands counts once, split evenly between
  them;
* the disqualifier classifier also learns from the need phrasings (the same question, "what
  task do you want to solve?"): an off-profile need is ``off_profile``, any other real need
  ``none``; and from the budget, timeline and authority answers (the parsers check those for
  disqualifiers too): an answer other than ``not_answer`` and ``researcher`` is ``none``.

Weights are quantised to int8 (one scale per label) and written with fixed zip timestamps, so
the same inputs give the same bytes. The artifact records a SHA-256 of its inputs (these files,
the settings below and ``FEATURE_VERSION``); ``--check`` and a unit test compare it.

scikit-learn is needed here only; the parsers run the model with numpy.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import tomllib
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import classifier
from .classifier import ARTIFACT, FEATURE_VERSION, SECTIONS, features

DATA_DIR = Path(__file__).with_name("data")
_CALIBRATION = Path(__file__).resolve().parents[3] / "tests" / "calibration"
DEV_FILE = _CALIBRATION / "phrasings_dev.toml"
#: The measurement sets (every phrasings file but the dev set, so that a new one is never
#: forgotten): a training text found in any of them is left out of training.
HOLDOUT_FILES = tuple(p for p in sorted(_CALIBRATION.glob("phrasings_*.toml")) if p != DEV_FILE)

LABELS: dict[str, tuple[str, ...]] = {
    "need": ("website", "crm", "bot", "other", "not_answer"),
    "authority": ("decision_maker", "influencer", "researcher", "unknown", "not_answer"),
    "disqualifier": (
        "none",
        "job_seeker",
        "partner",
        "vendor",
        "student",
        "spam",
        "researcher",
        "off_profile",
    ),
    "budget": ("amount", "none", "unknown", "not_answer"),
    "timeline": ("within30", "within90", "far", "no_plans", "unknown", "not_answer"),
}
_LABEL_KEY = {
    "need": "category",
    "authority": "label",
    "disqualifier": "label",
    "budget": "status",
    "timeline": "band",
}

#: Training settings (part of the artifact's input hash), chosen by cross-validation on the
#: training phrasings before the rules were revised against them: ``C`` the inverse
#: regularisation strength per section, ``class_weight`` balanced classes, ``rule_weight`` what
#: one finding of the rules weighs against the text's idf-weighted features, and
#: ``other_answers_weight`` the weight of the budget/timeline/authority answers among the
#: disqualifier's "none" examples (so that they do not drown the few non-buyers).
CONFIG: dict[str, Any] = {
    "min_df": 2,
    "C": {"need": 30.0, "authority": 30.0, "disqualifier": 30.0, "budget": 30.0, "timeline": 30.0},
    "class_weight": "balanced",
    "rule_weight": 5.0,
    "other_answers_weight": 0.3,
    "max_iter": 3000,
}
#: The date the training labels were written for, and the off-profile keywords of the company
#: profile they describe (``OFF_PROFILE_KEYWORDS``' default).
TODAY = date(2026, 11, 25)
DEFAULT_OFF_PROFILE = ("smm", "мобильн", "mobile app")


@dataclass(frozen=True, slots=True)
class Row:
    section: str
    text: str
    labels: tuple[str, ...]  # acceptable labels (several only for timeline bands)
    source: str  # the file it came from ("corporate", ..., "dev")
    row: dict[str, Any]  # the TOML entry as written


def training_files() -> list[Path]:
    return [*sorted(DATA_DIR.glob("train_*.toml")), DEV_FILE]


def _source(path: Path) -> str:
    return "dev" if path == DEV_FILE else path.stem.removeprefix("train_")


def norm_text(text: str) -> str:
    """The comparison key for duplicate texts (case and punctuation ignored)."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def load_rows(files: Iterable[Path], exclude: frozenset[str] = frozenset()) -> list[Row]:
    """Every labelled entry of ``files``, except texts whose ``norm_text`` is in ``exclude``."""
    rows: list[Row] = []
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for section in SECTIONS:
            for entry in data.get(section, []):
                if norm_text(entry["text"]) in exclude:
                    continue
                value = entry[_LABEL_KEY[section]]
                labels = tuple(value) if isinstance(value, list) else (value,)
                unknown = set(labels) - set(LABELS[section])
                if unknown:
                    raise ValueError(f"{path.name}: {section}: unknown label {unknown}")
                rows.append(Row(section, entry["text"], labels, _source(path), entry))
    return rows


def holdout_texts() -> frozenset[str]:
    texts: set[str] = set()
    for path in HOLDOUT_FILES:
        if path.exists():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            texts.update(norm_text(e["text"]) for items in data.values() for e in items)
    return frozenset(texts)


# Answers to the other steps that may come from a non-buyer (a student "collecting information")
# or answer nothing (gibberish): not taken as examples of "none" for the disqualifier.
_NOT_BUYER_ANSWERS = frozenset({"not_answer", "researcher"})


def examples(rows: Sequence[Row], section: str) -> list[tuple[str, str, float]]:
    """(text, label, weight) training examples of a section, with the extras described in the
    module docstring."""
    out: list[tuple[str, str, float]] = []
    for r in rows:
        if r.section == section:
            out.extend((r.text, label, 1.0 / len(r.labels)) for label in r.labels)
        elif section == "disqualifier" and r.section == "need" and r.labels[0] != "not_answer":
            label = "off_profile" if r.row.get("off_profile") else "none"
            out.append((r.text, label, 1.0))
        elif section == "disqualifier" and not set(r.labels) & _NOT_BUYER_ANSWERS:
            # the parsers check every answer for disqualifiers: a budget, a date or a role
            # is an ordinary answer
            out.append((r.text, "none", CONFIG["other_answers_weight"]))
    return out


def input_hash(files: Sequence[Path] | None = None, config: dict[str, Any] = CONFIG) -> str:
    """SHA-256 of the training inputs: file names and bytes, settings, feature version."""
    digest = hashlib.sha256()
    digest.update(json.dumps({"config": config, "fv": FEATURE_VERSION}, sort_keys=True).encode())
    paths = [*(training_files() if files is None else files), *HOLDOUT_FILES]
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"")
        digest.update(b"\0")
    return digest.hexdigest()


def rule_signals(section: str, text: str) -> tuple[str, ...]:
    """The rules' findings that the parsers pass to ``classifier.predict`` for ``section``."""
    from . import authority, budget, disqualifier, options, timeline

    if section == "budget":
        return budget.rule_signals(text)
    if section == "timeline":
        return timeline.rule_signals(text, TODAY)
    if section == "authority":
        return authority.rule_signals(text)
    if section == "need":
        return options.rule_signals(text)
    return disqualifier.rule_signals(text, DEFAULT_OFF_PROFILE)


def fit(rows: Sequence[Row], config: dict[str, Any] = CONFIG) -> tuple[dict[str, Any], dict]:
    """Train every section's classifier; the artifact's arrays and metadata."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    rule_weight = float(config["rule_weight"])
    texts = sorted({r.text for r in rows})
    df = Counter(f for text in texts for f in features(text))
    text_features = sorted(f for f, n in df.items() if n >= config["min_df"])
    signals = {s: {t: rule_signals(s, t) for t, _, _ in examples(rows, s)} for s in SECTIONS}
    rule_features = sorted(
        {classifier.rule_feature(s, x) for s in SECTIONS for xs in signals[s].values() for x in xs}
    )
    vocab_list = text_features + rule_features
    vocab = {f: i for i, f in enumerate(vocab_list)}
    # smoothed idf of the text features; a rule feature is worth ``rule_weight``
    idf = np.array(
        [np.log((1 + len(texts)) / (1 + df[f])) + 1 for f in text_features]
        + [rule_weight] * len(rule_features)
    )

    def matrix(section: str, batch: Sequence[str]) -> Any:
        indptr, indices, data = [0], [], []
        for text in batch:
            ids = [i for i in map(vocab.get, features(text)) if i is not None]
            ids += [vocab[classifier.rule_feature(section, x)] for x in signals[section][text]]
            values = idf[ids]
            indices.extend(ids)
            data.extend(values / (np.sqrt(values @ values) or 1.0))
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(batch), len(vocab)))

    arrays: dict[str, Any] = {}
    labels: dict[str, list[str]] = {}
    with threadpool_limits(1):  # deterministic sums, and polite on a shared machine
        for section in SECTIONS:
            ex = examples(rows, section)
            names = [n for n in LABELS[section] if any(lab == n for _, lab, _ in ex)]
            model = LogisticRegression(
                C=config["C"][section],
                class_weight=config["class_weight"],
                max_iter=config["max_iter"],
            )
            model.fit(
                matrix(section, [t for t, _, _ in ex]),
                [names.index(lab) for _, lab, _ in ex],
                sample_weight=[w for _, _, w in ex],
            )
            w = model.coef_.T
            scale = np.abs(w).max(axis=0) / 127.0
            scale[scale == 0] = 1.0
            arrays[f"weights.{section}"] = np.round(w / scale).astype(np.int8)
            arrays[f"scale.{section}"] = scale.astype(np.float32)
            arrays[f"bias.{section}"] = model.intercept_.astype(np.float32)
            labels[section] = names
    arrays["vocab"] = np.frombuffer("\n".join(vocab_list).encode("utf-8"), dtype=np.uint8)
    arrays["idf"] = idf.astype(np.float32)
    meta = {
        "feature_version": FEATURE_VERSION,
        "sections": list(SECTIONS),
        "labels": labels,
        "config": config,
        "rule_weight": rule_weight,
        "vocabulary": len(vocab_list),
        "examples": {s: len(examples(rows, s)) for s in SECTIONS},
    }
    return arrays, meta


def write_artifact(path: Path, arrays: dict[str, Any], meta: dict[str, Any]) -> None:
    """An ``.npz`` whose bytes depend only on its contents (fixed timestamps and order)."""
    import numpy as np

    arrays = {**arrays, "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), "u1")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            data = io.BytesIO()
            np.lib.format.write_array(data, np.asarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.getvalue(), compresslevel=9)
    path.write_bytes(buffer.getvalue())


def train(path: Path = ARTIFACT) -> dict[str, Any]:
    held_out = holdout_texts()
    rows = load_rows(training_files(), exclude=held_out)
    arrays, meta = fit(rows)
    all_rows = load_rows(training_files())
    meta["input_sha256"] = input_hash()
    meta["left_out_as_holdout_duplicates"] = len(all_rows) - len(rows)
    write_artifact(path, arrays, meta)
    return meta


def main(argv: list[str]) -> int:
    if "--check" in argv:
        try:
            _, meta = classifier.read_artifact()
        except FileNotFoundError:
            print(f"{ARTIFACT} is missing: run python -m bot.dialogs.parsing.train")
            return 1
        if meta.get("input_sha256") != input_hash():
            print("the classifiers are out of date: run python -m bot.dialogs.parsing.train")
            return 1
        print("the classifiers are up to date")
        return 0
    meta = train()
    size = ARTIFACT.stat().st_size
    print(
        f"wrote {ARTIFACT} ({size / 1024:.0f} KiB): vocabulary {meta['vocabulary']}, "
        f"examples {meta['examples']}, left out as holdout duplicates "
        f"{meta['left_out_as_holdout_duplicates']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
