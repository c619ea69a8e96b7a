"""Contacts: phone (``phonenumbers``), e-mail (``email-validator``) and a display name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from ._text import CYRILLIC_RE, as_text, normalize
from .freemail import FREE_MAIL_DOMAINS

# ----------------------------------------------------------------------------------- phone


def _e164(number: phonenumbers.PhoneNumber) -> str | None:
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _possible_e164(number: phonenumbers.PhoneNumber) -> str | None:
    """A number of a plausible length for its country, even if it is outside the ranges
    ``phonenumbers`` knows to be assigned (UK drama numbers +44 7700 900xxx, a range opened
    after the library's metadata): a sane length, a known country, not one digit repeated."""
    national = str(number.national_number)
    if (
        phonenumbers.is_possible_number_with_reason(number)
        == phonenumbers.ValidationResult.IS_POSSIBLE
        and 7 <= len(national) <= 12
        and len(set(national)) > 2
        and phonenumbers.region_code_for_country_code(number.country_code) not in ("ZZ", "001")
    ):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


#: Where a number without a country code is read when it is valid nowhere in the default region:
#: the English-speaking prospects' own formats ("(469) 555-0123", "07700 900123").
FALLBACK_REGIONS = ("US", "GB")
_TRUNK_REGIONS = frozenset({"GB"})  # national numbers there start with 0


def parse_phone(text: str, default_region: str = "RU") -> str | None:
    """The first valid phone number in the text, as E.164 (``+79991234567``), else ``None``.

    Numbers without a country code are read in ``default_region`` ("8 999 123-45-67" and
    "9991234567" are Russian mobiles for ``"RU"``), and, when no number is valid there, in
    ``FALLBACK_REGIONS`` ("(469) 555-0123" from an American). A number written with its
    country code ("+44 7700 900123") is also taken when it is merely possible
    (``_possible_e164``): numbering plans change faster than the library's ranges."""
    try:
        return _parse_phone(text, default_region)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_phone(text: str, default_region: str) -> str | None:
    raw = as_text(text)
    if not raw or not any(c.isdigit() for c in raw):
        return None
    region = (default_region or "").upper() if isinstance(default_region, str) else ""
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"  # unknown region: only "+<country code>" numbers can be read
    # full-width digits, NBSP etc. -> ASCII; phonenumbers handles the punctuation
    cleaned = normalize(raw)
    # other regions only for text with no Cyrillic ("ИНН 7701234567" is no British mobile)
    fallbacks = () if CYRILLIC_RE.search(cleaned) else FALLBACK_REGIONS
    for where in dict.fromkeys((region, *fallbacks)):
        found = _valid_in(cleaned, where, trunk=where in _TRUNK_REGIONS and where != region)
        if found:
            return found
    return _first_parsed(re.findall(r"\+\d[\d\s().\-]{5,22}\d", cleaned), region, _possible_e164)


def _valid_in(cleaned: str, region: str, *, trunk: bool = False) -> str | None:
    """The first number of ``cleaned`` valid when read in ``region``; with ``trunk``, only one
    written with the region's trunk prefix ("07700 ..." in Britain)."""
    try:
        matches = phonenumbers.PhoneNumberMatcher(
            cleaned, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
        )
        for match in matches:
            if trunk and not match.raw_string.lstrip("(").startswith("0"):
                continue
            found = _e164(match.number)
            if found:
                return found
    except Exception:
        pass
    # The matcher is strict about surrounding text; a short answer may still be one number
    # ("тел: 8(999)1234567", "+7 999 123 45 67 (Иван)").
    candidates = re.findall(r"\+?\d[\d\s().\-]{5,22}\d", cleaned)
    return _first_parsed((c for c in candidates if not trunk or c.startswith("0")), region, _e164)


def _first_parsed(
    candidates: Iterable[str],
    region: str,
    accept: Callable[[phonenumbers.PhoneNumber], str | None],
) -> str | None:
    """The first candidate that parses in ``region`` and that ``accept`` turns into E.164."""
    for cand in candidates:
        try:
            number = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        found = accept(number)
        if found:
            return found
    return None


# ---------------------------------------------------------------------------------- e-mail


@dataclass(frozen=True, slots=True)
class Email:
    address: str
    corporate: bool


_EMAIL_CANDIDATE_RE = re.compile(r"[^\s<>()\[\]{},;:\"'«»]+@[^\s<>()\[\]{},;:\"'«»]+")
_OBFUSCATED_AT_RE = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}|\(собака\)|\[собака\])\s*")
_OBFUSCATED_DOT_RE = re.compile(r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\(точка\)|\[точка\])\s*")


def is_free_mail_domain(domain: str) -> bool:
    """True for consumer mail providers (gmail.com, yandex.ru, mail.ru, ...) and their
    subdomains; False for everything else (a company's own domain)."""
    d = domain.lower().strip(".")
    parts = d.split(".")
    return any(".".join(parts[i:]) in FREE_MAIL_DOMAINS for i in range(len(parts) - 1))


def parse_email(text: str) -> Email | None:
    """The first syntactically valid e-mail address in the text (no DNS look-ups).

    ``address`` is the ``email_validator`` normalized form, lower-cased (mailbox names are
    case-insensitive in practice); ``corporate`` is False for free-mail domains."""
    try:
        return _parse_email(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_email(text: str) -> Email | None:
    raw = as_text(text)
    if not raw or ("@" not in raw and "at" not in raw.lower() and "собака" not in raw.lower()):
        return None
    t = normalize(raw, strip_tags=False)
    t = _OBFUSCATED_AT_RE.sub("@", t)
    t = _OBFUSCATED_DOT_RE.sub(".", t)
    for cand in _EMAIL_CANDIDATE_RE.findall(t):
        cand = cand.strip(".!?-–—…").removeprefix("mailto:")
        if cand.count("@") != 1:
            continue
        try:
            result = validate_email(cand, check_deliverability=False)
        except (EmailNotValidError, ValueError, UnicodeError):
            continue
        address = result.normalized.lower()
        return Email(address=address, corporate=not is_free_mail_domain(result.domain))
    return None


# ------------------------------------------------------------------------------------ name

_NAME_PREFIX_RE = re.compile(
    r"^(?:(?:меня|мое имя|моё имя|имя|зовут|я|это|my name is|name is|name|i am|i'm|im|"
    r"this is|it's|call me|можно|можно просто|просто)\s*[:,\-—]?\s*)+",
    re.IGNORECASE,
)
_NAME_BAD_RE = re.compile(
    r"https?://|www\.|@|\.(?:com|ru|net|org|io)\b|[<>{}\[\]=_#$%^*|\\]", re.I
)
_NAME_ALLOWED_RE = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?$")
MAX_NAME_LEN = 60


def parse_name(text: str) -> str | None:
    """A person's name as typed ("Иван", "Анна Петрова", "меня зовут Олег" -> "Олег").

    Rejects empty text, links, e-mails, digits, emoji-only answers, skip words and anything
    longer than ``MAX_NAME_LEN`` characters or four words. The first letter of each word is
    upper-cased when the whole name was typed in lower case."""
    try:
        return _parse_name(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_name(text: str) -> str | None:
    from .questions import is_skip

    raw = as_text(text)
    if not raw or len(raw) > 200 or _NAME_BAD_RE.search(raw):
        return None
    cleaned = re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip()
    cleaned = cleaned.strip(" .,!?;:\"'«»()-—👋🙂😊")
    cleaned = _NAME_PREFIX_RE.sub("", cleaned).strip(" .,!?;:\"'«»()-—")
    if not cleaned or len(cleaned) > MAX_NAME_LEN or len(cleaned.split()) > 4:
        return None
    if not _NAME_ALLOWED_RE.match(cleaned) or is_skip(cleaned):
        return None
    if cleaned.lower() in _NOT_NAMES:
        return None
    if cleaned == cleaned.lower():
        cleaned = " ".join(
            "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in cleaned.split()
        )
    return cleaned


_NOT_NAMES = frozenset(
    "привет здравствуйте добрый день hello hi hey да нет yes no ок ok окей спасибо thanks "
    "ага угу test тест сайт бот".split()
) | frozenset({"добрый день", "доброе утро", "добрый вечер", "good morning"})
