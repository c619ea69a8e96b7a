"""Pure free-text parsers for the lead-qualifier dialogue (Russian first, English too).

Every function here is pure (no I/O, no clock: pass ``today``), accepts any ``str`` (empty,
emoji, HTML, 10,000 characters) and never raises. ``None`` means "not understood, ask again".
The implementation lives in ``bot.dialogs.parsing``; module docstrings there document the
interpretation choices (ranges, approximations, horizons, precedence).

The rules are backed by small classifiers (``bot/dialogs/parsing/classifier.py``, trained by
``python -m bot.dialogs.parsing.train``); each parser's ``_combine`` says how the two are
weighed. ``names_no_task`` tells the need step to ask again when the text names no task.

``extract_facts`` reads every slot a free-text message fills at once (need, budget, authority,
timeline, company, position, contacts, brief, disqualifier), each with a confidence and the
fragment it came from; ``render_acknowledgement`` summarises it ("бюджет около 2 млн ₽, старт в
феврале, решение за вами").

Measured accuracy over the phrasing tables: ``python -m tests.unit.parser_tables``; over the
independent development phrasings: ``python -m tests.calibration.measure_phrasings
tests/calibration/phrasings_dev.toml``; speed: ``python -m tests.calibration.speed_parsers``.
"""

from __future__ import annotations

from bot.dialogs.parsing.authority import Authority, decides_jointly, parse_authority
from bot.dialogs.parsing.budget import APPROX_SPREAD, Budget, names_currency, parse_budget
from bot.dialogs.parsing.contacts import (
    Email,
    is_free_mail_domain,
    parse_email,
    parse_name,
    parse_phone,
)
from bot.dialogs.parsing.disqualifier import (
    SERVED_NEEDS,
    Disqualifier,
    DisqualifierKind,
    detect_disqualifier,
    introduces_only,
    names_a_trade,
)
from bot.dialogs.parsing.extract import (
    Extraction,
    SlotFact,
    extract_facts,
    render_acknowledgement,
)
from bot.dialogs.parsing.freemail import FREE_MAIL_DOMAINS
from bot.dialogs.parsing.options import (
    NEED_PATTERNS,
    match_option,
    names_no_task,
    names_only_an_app,
    parse_need_category,
    takes_back_the_need,
)
from bot.dialogs.parsing.questions import (
    QUESTION_TOPICS,
    detect_own_questions,
    is_greeting,
    is_negative_or_none,
    is_skip,
    refers_back,
)
from bot.dialogs.parsing.timeline import (
    SOON_DAYS,
    URGENT_DAYS,
    Timeline,
    parse_timeline,
)

NEED_CATEGORIES = tuple(NEED_PATTERNS)

__all__ = [
    "APPROX_SPREAD",
    "FREE_MAIL_DOMAINS",
    "NEED_CATEGORIES",
    "QUESTION_TOPICS",
    "SERVED_NEEDS",
    "SOON_DAYS",
    "URGENT_DAYS",
    "Authority",
    "Budget",
    "Disqualifier",
    "DisqualifierKind",
    "Email",
    "Extraction",
    "SlotFact",
    "Timeline",
    "decides_jointly",
    "detect_disqualifier",
    "detect_own_questions",
    "extract_facts",
    "introduces_only",
    "is_free_mail_domain",
    "is_greeting",
    "is_negative_or_none",
    "is_skip",
    "match_option",
    "names_a_trade",
    "names_currency",
    "names_no_task",
    "names_only_an_app",
    "parse_authority",
    "parse_budget",
    "parse_email",
    "parse_name",
    "parse_need_category",
    "parse_phone",
    "parse_timeline",
    "refers_back",
    "render_acknowledgement",
    "takes_back_the_need",
]
