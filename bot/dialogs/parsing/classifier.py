"""Small linear text classifiers that back up the rule-based parsers.

The rules (``budget.py``, ``timeline.py``, ...) are precise on the phrasings they were written
for and silent or wrong on many others. One classifier per dialogue step reads the same text and
says what kind of answer it is, with a probability; each parser combines the two (see the
``_combine`` function of each parser module for its policy).

``predict(section, text)`` gives a ``Prediction`` for a section:

============  ======================================================================
section       labels
============  ======================================================================
need          website, crm, bot, other, not_answer
authority     decision_maker, influencer, researcher, unknown, not_answer
disqualifier  none, job_seeker, partner, vendor, student, spam, researcher, off_profile
budget        amount, none, unknown, not_answer (the amount itself comes from the rules)
timeline      within30, within90, far, no_plans, unknown, not_answer
============  ======================================================================

Features (``features``): the normalized text (``_text.normalize``) transliterated to Latin (so
"srochno" meets "срочно" and a Cyrillic "С" in "СRМ" meets the Latin one), digits collapsed to
``0``; word unigrams and bigrams, character 2-4-grams inside each word, and a few markers (a
question mark, a link, a currency sign, the number of words). Every feature is a string looked up
in the vocabulary stored with the model: nothing is hashed, so there are no collisions and no
dependence on Python's per-process string hashing. The parser also passes what its rules found
(``predict(section, text, rules)``, e.g. ``("amount",)``): each finding is one more feature,
worth ``rule_weight``, so the classifier has learnt where the rules can be trusted. A text's
vector holds each present feature's idf (the rules' findings their weight), L2-normalised; a
section's scores are ``x @ W + b`` and its probabilities their softmax (multinomial logistic
regression, trained by ``python -m bot.dialogs.parsing.train``, which writes
``data/classifiers.npz``). Words and texts seen before are cached: a new message costs about
0.06 ms, a message of only unseen words about 0.1 ms.

The artifact is loaded once, lazily, on the first prediction (numpy is imported then too, so
importing the parsers stays fast); nothing is ever trained at run time. A missing or unreadable
artifact makes every prediction ``None`` and the parsers fall back to their rules alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._text import fold_to_latin, forget_readings, normalize

#: Bump when ``features`` changes: the artifact records the version it was trained with and is
#: refused (predictions become ``None``) when it differs.
FEATURE_VERSION = 2
ARTIFACT = Path(__file__).with_name("data") / "classifiers.npz"
SECTIONS = ("need", "authority", "disqualifier", "budget", "timeline")

_TOKEN_RE = re.compile(r"[0-9a-zа-я]+")
_CYR_RE = re.compile(r"[а-я]")
_LAT_RE = re.compile(r"[a-z]")
_DIGITS_RE = re.compile(r"\d+")
_URL_RE = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|ru|io|net|org|me|рф)\b|t\.me/|@\w")
_CURRENCY_RE = re.compile(r"[$€₽]")
_EMOJI_RE = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")
_NGRAMS = (2, 3, 4)
# Negation scope: the words after a negated request up to a punctuation mark or a contrast ("we
# do NOT need an app or SMM, just the store", "без приложения") are read as negated words
# ("n app"), without their character n-grams, so that "app" in "no app" does not count as asking
# for one. A negated verb other than wanting keeps its words ("чтобы не терялись заявки").
_NEGATIONS = frozenset("без ни no without nor neither".split())
_NEGATED_VERB = frozenset("не not dont don't never".split())
_WANTING = ("нуж", "надо", "need", "want", "хот", "треб", "интерес", "планир", "plan", "requir")
_SCOPE_ENDS = frozenset("but а но however just only только лишь зато except кроме".split())
_SCOPE_BREAK_RE = re.compile(r"[.,;:!?()\n—–-]")


def _digits(match: re.Match[str]) -> str:
    return "0" * min(len(match.group(0)), 4)


def _length_bucket(n: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (12, "7-12")):
        if n <= limit:
            return name
    return "13+"


@functools.lru_cache(maxsize=16384)
def _token(tok: str) -> tuple[str, tuple[str, ...]]:
    """A token folded to Latin with its digits collapsed, and its own features (the word and
    its character n-grams); cached, because words repeat from one message to the next."""
    folded = tok if tok.isascii() else fold_to_latin(tok)
    if not folded.isalpha():
        folded = _DIGITS_RE.sub(_digits, folded)
    padded = f" {folded} "
    grams = tuple(padded[i : i + n] for n in _NGRAMS for i in range(len(padded) - n + 1))
    return folded, ("w " + folded, *grams)


def _parts(text: str) -> tuple[list[str], list[str]]:
    """A text's words (as typed, normalized) and its features that are not a single word's:
    the markers and the word bigrams."""
    t = normalize(text)
    raw, negated = _scoped_tokens(t)
    if not raw:
        return [], []  # punctuation or emoji only: nothing to read
    out = [f"#len {_length_bucket(len(raw))}"]
    if "?" in t:
        out.append("#?")
    if "!" in t:
        out.append("#!")
    if _URL_RE.search(t):
        out.append("#url")
    if _CURRENCY_RE.search(t):
        out.append("#cur")
    if _EMOJI_RE.search(t):
        out.append("#emoji")
    if _CYR_RE.search(t):
        out.append("#cyr")
    if _LAT_RE.search(t):
        out.append("#lat")
    previous = "^"
    for tok in raw:
        folded = _token(tok)[0]
        out.append(f"b {previous} {folded}")
        previous = folded
    out.append(f"b {previous} $")
    out.extend(f"n {_token(tok)[0]}" for tok in negated)
    return raw, out


def _scoped_tokens(t: str) -> tuple[list[str], list[str]]:
    """The text's words outside a negation's scope, and those inside it (see ``_NEGATIONS``)."""
    plain: list[str] = []
    negated: list[str] = []
    in_scope = False
    last_end = 0
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(t)]
    for i, (tok, start, end) in enumerate(tokens):
        if in_scope and (_SCOPE_BREAK_RE.search(t, last_end, start) or tok in _SCOPE_ENDS):
            in_scope = False
        last_end = end
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if tok in _NEGATIONS or (tok in _NEGATED_VERB and following.startswith(_WANTING)):
            plain.append(tok)
            in_scope = True
        elif in_scope:
            negated.append(tok)
        else:
            plain.append(tok)
    return plain, negated


@functools.lru_cache(maxsize=2048)
def features(text: str) -> frozenset[str]:
    """The feature strings of a text (see the module docstring)."""
    raw, out = _parts(text)
    found = set(out)
    for tok in raw:
        found.update(_token(tok)[1])
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A section's most probable label and its probability; ``probs`` has every label's."""

    label: str
    confidence: float
    probs: dict[str, float]

    def p(self, label: str) -> float:
        return self.probs.get(label, 0.0)


@dataclass(frozen=True, slots=True)
class _Model:
    vocab: dict[str, int]
    idf: Any  # float64 (n_features,): a text feature's value before normalisation
    weights: dict[str, Any]  # section -> float64 (n_features, n_labels)
    bias: dict[str, Any]
    labels: dict[str, tuple[str, ...]]
    rule_weight: float
    meta: dict[str, Any]


def read_artifact(path: Path = ARTIFACT) -> tuple[dict[str, Any], dict[str, Any]]:
    """The arrays and the metadata of an artifact file (``allow_pickle`` is off)."""
    import json

    import numpy as np

    with np.load(path, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = json.loads(bytes(arrays.pop("meta")).decode("utf-8"))
    return arrays, meta


def build_model(arrays: dict[str, Any], meta: dict[str, Any]) -> _Model | None:
    """A model from an artifact's arrays and metadata; ``None`` if they do not fit this code."""
    import numpy as np

    if meta.get("feature_version") != FEATURE_VERSION:
        return None
    vocab_list = bytes(arrays["vocab"]).decode("utf-8").split("\n")
    weights, bias, labels = {}, {}, {}
    for section in meta["sections"]:
        # int8 weights with one scale per label, widened once at load time (float64: the
        # product with the float64 feature values then takes numpy's fast path)
        scale = np.asarray(arrays[f"scale.{section}"], dtype=np.float64)
        weights[section] = arrays[f"weights.{section}"].astype(np.float64) * scale
        bias[section] = np.asarray(arrays[f"bias.{section}"], dtype=np.float64)
        labels[section] = tuple(meta["labels"][section])
    return _Model(
        vocab={f: i for i, f in enumerate(vocab_list)},
        idf=np.asarray(arrays["idf"], dtype=np.float64),
        weights=weights,
        bias=bias,
        labels=labels,
        rule_weight=float(meta["rule_weight"]),
        meta=meta,
    )


_installed: list[_Model | None] = []


def install(model: _Model | None) -> None:
    """Use ``model`` instead of the shipped artifact (``None``: no classifier, the rules alone)
    for cross-validation and tests; ``uninstall`` goes back to the artifact."""
    _installed[:] = [model]
    _forget_predictions()


def uninstall() -> None:
    _installed.clear()
    _forget_predictions()


def _forget_predictions() -> None:
    forget_readings()  # the parsers' readings were made with the classifier's predictions
    _vector.cache_clear()
    _token_ids.cache_clear()
    _predict.cache_clear()


@functools.cache
def _load() -> _Model | None:
    try:
        return build_model(*read_artifact())
    except Exception:
        return None


def _model() -> _Model | None:
    return _installed[0] if _installed else _load()


def model_meta() -> dict[str, Any] | None:
    """The loaded artifact's metadata (training-data hash, sizes, settings), or ``None``."""
    model = _model()
    return None if model is None else dict(model.meta)


def rule_feature(section: str, signal: str) -> str:
    """The feature string of one of the rules' findings (see ``predict``)."""
    return f"R {section} {signal}"


@functools.lru_cache(maxsize=16384)
def _token_ids(tok: str) -> tuple[int, ...]:
    """The vocabulary ids of a word's own features (cleared with the model)."""
    model = _model()
    assert model is not None
    get = model.vocab.get
    return tuple(i for f in _token(tok)[1] if (i := get(f)) is not None)


@functools.lru_cache(maxsize=1024)
def _vector(text: str) -> tuple[Any, Any, float]:
    """A text's feature ids, their values and the sum of their squares, once per text."""
    import numpy as np

    model = _model()
    assert model is not None
    get = model.vocab.get
    raw, others = _parts(text)
    found = {i for f in others if (i := get(f)) is not None}
    for tok in raw:
        found.update(_token_ids(tok))
    ids = np.fromiter(found, dtype=np.intp, count=len(found))
    values = model.idf[ids]
    return ids, values, float(values @ values)


def predict(section: str, text: str, rules: tuple[str, ...] = ()) -> Prediction | None:
    """The classifier's reading of ``text`` as an answer to ``section``.

    ``rules`` are the section's rule-based findings as short strings (e.g. ``("amount",)`` for
    a budget the rules read); the classifier was trained with them as features, each worth
    ``rule_weight`` text features, so it learns where the rules can be trusted. ``None`` when
    the artifact is unavailable or ``section`` unknown. Never raises. Cached: an answer is read
    for several slots, each asking the same sections again."""
    if not isinstance(text, str):
        return None
    return _predict(section, text[:1000], tuple(rules))


@functools.lru_cache(maxsize=4096)
def _predict(section: str, text: str, rules: tuple[str, ...]) -> Prediction | None:
    try:
        model = _model()
        if model is None or section not in model.weights:
            return None
        import numpy as np

        weights = model.weights[section]
        ids, values, sumsq = _vector(text)
        if not len(ids):
            return None  # nothing the classifier knows (empty text, an unknown script)
        scores = values @ weights[ids]
        for signal in rules:
            i = model.vocab.get(rule_feature(section, signal))
            if i is not None:
                scores = scores + model.rule_weight * weights[i]
                sumsq += model.rule_weight**2
        if sumsq > 0:
            scores = scores / sumsq**0.5
        scores = scores + model.bias[section]
        exp = np.exp(scores - scores.max())
        shares = (exp / exp.sum()).tolist()
        best = max(range(len(shares)), key=shares.__getitem__)
        labels = model.labels[section]
        return Prediction(labels[best], shares[best], dict(zip(labels, shares, strict=True)))
    except Exception:  # pragma: no cover - a classifier must never break the dialogue
        return None


def evidence(section: str, text: str, label: str) -> str | None:
    """The word of ``text`` that speaks most for ``label`` (for ``Disqualifier.matched``)."""
    try:
        model = _model()
        if model is None or label not in model.labels.get(section, ()):
            return None
        column = model.labels[section].index(label)
        weights = model.weights[section]
        best, best_weight = None, 0.0
        for feature in features(text):
            i = model.vocab.get(feature) if feature.startswith("w ") else None
            if i is not None and weights[i, column] > best_weight:
                best, best_weight = feature[2:], float(weights[i, column])
        if best is None:
            return None
        # the folded token back to the words of the text
        for word in _TOKEN_RE.findall(normalize(text)):
            if _DIGITS_RE.sub(_digits, fold_to_latin(word)) == best:
                return word
        return best
    except Exception:  # pragma: no cover
        return None
