"""Typed text -> button value (``match_option``) and task phrasing -> need category."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz.fuzz import ratio as indel_ratio

from . import classifier
from ._text import (
    CONCLUSION_RE,
    REFUSED_AFTER,
    REFUSED_AFTER_LIST,
    SELF_CORRECTION_RE,
    THEN_NOW_RE,
    blank,
    detransliterate,
    fold_to_latin,
    normalize,
    reading_cache,
    simplify,
)

# ------------------------------------------------------------------------------ match_option

_NEGATORS = frozenset({"не", "нет", "без", "not", "no", "without", "кроме", "except"})
_FILLER = frozenset(
    "а и в на для с мне нам нужен нужна нужно нужны хочу хотим хотелось бы я мы наверное "
    "думаю пожалуйста плиз ну вот это скорее всего вариант пункт the a an i we need want "
    "please probably maybe think option it is like would что то пока просто just уже".split()
)


def _fold(text: str) -> str:  # "СRМ телеграм бот" meets "crm telegram bot"
    return " ".join(fold_to_latin(tok) for tok in text.split())


_FILLER_FOLDED = frozenset(_fold(w) for w in _FILLER)
_NEGATORS_FOLDED = frozenset(_fold(w) for w in _NEGATORS)


def _edit_distance_le1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        # one transposition: "сйат" / "сайт"
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# What may follow a word's stem in another form of it: a Russian ending or an English suffix
# ("сайт"/"сайта", "store"/"stores"), not another word ("chat"/"chatbot").
_INFLECTION_RE = re.compile(r"[а-я]{1,3}|s|es|ed|ing|'s")


def _tok_match(a: str, b: str) -> bool:
    """Word equality tolerant of inflection ("сайта"/"сайт") and small typos."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3:
        return False
    if (
        len(short) >= 4
        and long_.startswith(short)
        and _INFLECTION_RE.fullmatch(long_[len(short) :])
    ):
        return True
    if len(short) >= 4 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 2:
        return True  # "сайт"/"сайты", "неделя"/"недели"
    if len(short) >= 4 and _edit_distance_le1(a, b):
        return True
    return len(short) >= 6 and _similarity(a, b, 0.8) >= 0.8


def _similarity(a: str, b: str, floor: float) -> float:
    """difflib's ratio of `a` and `b` when it can reach `floor`, else an upper bound below it.

    difflib's ratio counts the characters of its matching blocks, a common subsequence, so it
    is at most rapidfuzz's Indel ratio (the longest common subsequence): that C bound, about
    20x cheaper, rules most pairs out, and difflib's own figure decides the rest, so every
    reading is the one difflib gives."""
    bound = indel_ratio(a, b) / 100
    if bound < floor - 1e-9:
        return bound
    return SequenceMatcher(None, a, b).ratio()


def _meaningful(tokens: list[str]) -> list[str]:
    kept = [t for t in tokens if t not in _FILLER_FOLDED]
    return kept or tokens


def match_option(text: str, options: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    """Match a typed answer to one of the button values.

    ``options`` is ``[(value, [labels and synonyms...]), ...]``; the value itself also counts as
    a label. Case-, ``ё``-, punctuation- and emoji-insensitive; tolerant of inflection, small
    typos and Cyrillic/Latin look-alike letters; a negated word ("не сайт, а бот") is ignored.
    Returns ``None`` when nothing matches or when different values match equally well."""
    try:
        return _match_option(text, options)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _unique(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _conflicts(winner: str, tokens: list[str], labels: list[tuple[str, str]]) -> bool:
    """True when a typed word belongs only to other options ("сайт и бот": "бот")."""
    for tok in tokens:
        owners = {v for v, label in labels if any(_tok_match(tok, lt) for lt in label.split())}
        if owners and winner not in owners:
            return True
    return False


def _match_option(text: str, options: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    typed = _fold(simplify(text))
    if not typed or not options:
        return None
    labels: list[tuple[str, str]] = []
    for option in options:
        try:
            value, synonyms = option
        except (TypeError, ValueError):
            continue
        if isinstance(synonyms, str):
            synonyms = [synonyms]
        for label in [str(value), *[str(s) for s in synonyms or ()]]:
            simple = _fold(simplify(label))
            if simple:
                labels.append((str(value), simple))
    if not labels:
        return None

    # 1. exact (normalized) match
    exact = {value for value, label in labels if label == typed}
    if exact:
        return _unique(exact)

    all_tokens = typed.split()
    negators = _NEGATORS_FOLDED
    free_tokens = [
        tok
        for i, tok in enumerate(all_tokens)
        if tok not in negators and not (i and all_tokens[i - 1] in negators)
    ]

    # 2. every meaningful word of a label appears in the text (more label words = better)
    best: dict[str, int] = {}
    for value, label in labels:
        ltoks_all = label.split()
        pool = all_tokens if any(t in negators for t in ltoks_all) else free_tokens
        ltoks = _meaningful(ltoks_all)
        if all(any(_tok_match(lt, tok) for tok in pool) for lt in ltoks):
            best[value] = max(best.get(value, 0), sum(len(lt) for lt in ltoks))
    if best:
        top = max(best.values())
        winners = {v for v, s in best.items() if s == top}
        runner_up = max((s for v, s in best.items() if v not in winners), default=0)
        if len(winners) == 1 and runner_up * 1.5 <= top:
            winner = winners.pop()
            if not _conflicts(winner, _meaningful(free_tokens), labels):
                return winner
        return None

    # 3. every meaningful typed word belongs to the labels of a single value
    typed_meaningful = [t for t in _meaningful(free_tokens) if not t.isdigit() or len(t) > 1]
    if typed_meaningful:
        owners: set[str] = set()
        for value, label in labels:
            ltoks = label.split()
            if all(any(_tok_match(tok, lt) for lt in ltoks) for tok in typed_meaningful):
                owners.add(value)
        if owners:
            return _unique(owners)

    # 4. whole-string fuzzy match (typos in short answers)
    scored: dict[str, float] = {}
    for value, label in labels:
        # exact from 0.7 up: the best needs 0.8 and a lead of 0.1 over the runner-up
        ratio = _similarity(typed, label, 0.7)
        scored[value] = max(scored.get(value, 0.0), ratio)
    ranked = sorted(scored.items(), key=lambda kv: kv[1], reverse=True)
    if ranked and ranked[0][1] >= 0.8:
        if len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 0.1:
            return ranked[0][0]
    return None


# ------------------------------------------------------------------------ need categories

_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"

# A shop's physical sign: "вывеску на магазин" is no online store (see parse_need_category)
_SIGNS = r"вывеск[а-я]*|signage|shop signs?"
# Work off the web: a sign, a video, print ("вывеску на магазин", "ролик к открытию магазина").
_OFF_WEB_JOB_RE = re.compile(
    rf"{_B}(?:{_SIGNS}|store ?front signs?|(?:рекламн[а-я]* )?(?:видео)?ролик[а-я]*|"
    r"(?:promo |ad |advert )?video|(?:на|рас)печата[а-я]*|print(?:ed|ing)?|фотосесси[а-я]*|"
    r"камер[а-я]*|видеонаблюдени[а-я]*|cctv|касс[аеуы]|эквайринг[а-я]*|pos-?терминал[а-я]*|"
    rf"point of sale|photo ?shoot){_E}"
)
# Goods shown elsewhere than on a site of the writer's: photos, signs, marketplace cards. A task
# of its own ("other"), and a service around the site it is named with ("_SERVICE_RE").
_GOODS_SHOWN_ELSEWHERE = (
    rf"фотк[а-я]*|{_SIGNS}|карточ[а-я]* товар[а-я]*|"
    r"(?:amazon|ebay|etsy|marketplace|ozon|wildberries|product) listings?|"
    r"product (?:cards|photos)|инфографик[а-я]*"
)
NEED_PATTERNS: dict[str, str] = {
    "website": (
        r"сайт[а-я]*|саит|веб-?сайт[а-я]*|лендинг[а-я]*|лэндинг[а-я]*|л[еэ]нд[оа]с|"
        # a job board is a site: "джоб-борд для IT-специалистов: вакансии, резюме"
        r"джоб-? ?борд[а-я]*|job ?boards?|(?:сайт|портал)[а-я]* (?:вакансий|с вакансиями)|"
        # a business-card site, also in the diminutive ("визиточку для массажного кабинета")
        r"визиточк[а-я]*|визитк[аиуе](?= для)|"
        # a redesign or a web version, the site's words ("редизайн", "веб-версия, не апп"; not a
        # logo's or a package's redesign)
        r"(?<!logo )(?<!brand )(?<!label )(?<!packaging )(?:редизайн|redesign)[a-zа-я]*"
        r"(?![^.!?]{0,30}(?:логотип|упаковк|фирменн|бренд|визит|logo|packag|brand|label))|"
        r"веб-? ?верси[а-я]*|web[- ]?version|"
        # a site in everyday words: "что-нибудь в интернете, чтобы люди видели наши ворота",
        # "страница для нашего рынка", "заказывали с телефона прямо в браузере, без скачивания"
        r"(?:что-?(?:нибудь|то)|something|a (?:little )?(?:web ?)?page) (?:в интернете|on the "
        r"internet|online)(?=[^.!?]{0,40}(?:чтобы|чтоб|so|where|где|to show|with))|"
        r"(?<!вести )(?<!ведение )(?:страничк|страниц)[а-я]* (?:в интернете|для наш[а-я]*|нашего|"
        r"нашей)(?![^.!?]{0,40}(?:инст|вк|vk|вконтакт|фейсбук|facebook|одноклассник|телеграм|"
        r"соцсет))|(?:прямо )?в браузере,? без (?:скачивания|"
        r"установки)|"
        r"landing(?: page)?|"
        # the pages of a site reworked: "rework the pages of the research centre"
        r"(?:rework|redo|redesign|refresh|update|переделать|обновить) (?:the |our |all )?"
        r"(?:web ?)?(?:pages|страницы)(?= of | on |$)|"
        # a portal to read, not to log in to: "информационный портал муниципалитета"
        r"(?:информационн|новостн|городск|туристическ|справочн)[а-я]* портал[а-я]*|"
        r"(?:news|information|info|city|tourist) portals?|"
        # a site kept up: "support of our old site"
        r"(?:support|maintenance|upkeep) (?:of|for) (?:our |the |an? )?(?:old |existing |"
        r"current )?"
        r"(?:web ?site|site|web ?shop|online store)|"
        # a store or a site moved off a site builder: "перенести магазин с конструктора"
        r"(?:перенести|перенос|переехать|мигрировать|миграци[а-я]*) (?:наш[а-я]* |сво[йеюя] )?"
        r"(?:интернет-)?(?:магазин|сайт|каталог)[а-я]*|(?:migrat|mov)[a-z]* (?:our |the |my )?"
        r"(?:online )?(?:store|shop|site|website) (?:off|from|to)|re-?platform[a-z]*|"
        # a portfolio for someone's work ("портфолио для фотографа"), not the writer's own CV
        r"(?<!мое )(?<!my )портфолио(?= (?:для|фотограф|художни|архитектор|дизайнер|визажист|"
        r"стилист|мастер|работ))|"
        r"одностраничн[а-я]*|многостраничн[а-я]*|интернет[- ]?магазин[а-я]*|"
        r"онлайн[- ]?магазин[а-я]*|"
        r"1с-?битрикс|woocommerce|opencart|magento|wix|webflow|headless commerce|storefronts?|"
        r"one-?pagers?|microsites?|промо-?страниц[а-я]*|онлайн-?витрин[а-я]*|"
        r"магазин (?:в интернете|онлайн)|online (?:store|shop)|e-?commerce|web ?shop|webshop|"
        r"e-?com(?= (?:для|сайт|платформ|магазин|for|site|platform|store))|e-?com$|"
        r"(?:перезапуск|запуск|relaunch|launch) (?:[a-zа-я]+ )?e-?com|екомм?(?:ерс)?[а-я]*|"
        # what the store sells named in between: "an online merch store", "web tea shop"
        r"(?:online|web) (?:[a-z-]+ ){1,2}(?:store|shop)(?! (?:assistant|staff|floor|owners?))|"
        # a page that sells by itself: "one page that sells our tours and collects requests"
        r"(?:one|a single|single) page (?:that|which|to) (?:sells?|collects?|presents?|explains?|"
        r"promotes?)|одн[ау] страниц[ау],? (?:котор[а-я]+|чтобы) (?:продава|собира|рассказыва)|"
        # selling online is a store: "хотим продавать чай онлайн", "want to sell candles online"
        # ("we already sell online" is where they sell today)
        r"продавать(?: [а-я]+){0,2} (?:онлайн|в интернете|через интернет)|"
        r"to sell(?: [a-z]+){0,2} online|"
        r"web ?site|website|веб-?страниц[а-я]*|web ?page|визитк[а-я]*|магаз|"
        # a building site is no website: "site managers", "on site", "construction site"
        r"(?<!building )(?<!construction )(?<!job )(?<![^a-z]on )(?<!^on )(?<![^a-z]on-)(?<!^on-)"
        r"(?<!work )(?<!off )"
        r"site(?! (?:managers?|foreman|foremen|supervisors?|engineers?|workers?|visits?|crews?))|"
        r"адаптивн[а-я]* (?:верстк[а-я]*|дизайн[а-я]*)|responsive (?:design|layout)|"
        r"корпоративн[а-я]* сайт[а-я]*|tilda|тильд[а-я]*|wordpress|вордпресс[а-я]*|shopify|"
        r"битрикс-?сайт|каталог товаров|маркетплейс[а-я]*|job ?boards?|jobs? (?:portal|site)s?|"
        r"(?:типа|как|вроде|аналог[а-я]*) (?:авито|озон[а-я]*|ozon|wildberries|вайлдберриз|юл[аы]|"
        r"avito|амазон[а-я]*)|(?:like|similar to|an?) (?:amazon|ebay|etsy|avito)(?: for| clone)?|"
        r"доск[а-я]* (?:объявлений|вакансий)|агрегатор[а-я]* вакансий|сайт[а-я]* вакансий|"
        # a careers portal is a site to read: "карьерный портал с вакансиями"
        r"карьерн[а-я]* (?:портал|сайт)[а-я]*|портал[а-я]* (?:с )?ваканси[а-я]*|"
        r"marketplace|careers? (?:page|section)s?|"
        r"(?:страниц|раздел)[а-я]* (?:с )?(?:ваканси|карьер)[а-я]*|"
        # the parts of a site named without the word: "a pricing page plus checkout"
        r"(?:pricing|product|sales|checkout|order|category|booking|sign-?up|location|store|branch|"
        r"city|service|donation|donations|fundraising|registration|event|events) pages?"
        r"(?: templates?)?|page templates?|checkout|home ?page|"
        r"(?:страниц[а-я]*|форм[а-я]*) (?:для |сбора |приема |приёма )?пожертвовани[а-я]*|"
        # the site's own pages redesigned: "редизайн главной и карточек товаров"
        r"(?:редизайн[а-я]*|переделк[а-я]*|переделать|обновить|обновлени[а-я]*) (?:нашей )?"
        r"(?:главн(?:ой|ую)|сайт[а-я]*|страниц[а-я]*|интернет-магазин[а-я]*|карточ[а-я]* товар)|"
        r"redesign (?:of )?(?:the |our )?(?:home ?page|website|site|store|web ?shop)|"
        r"страниц[а-я]* (?:тарифов|с тарифами|с ценами|цен|оплаты|товар[а-я]*|оформления заказа)"
    ),
    "crm": (
        # records kept by a program, in everyday words: "программу, чтобы записи не терялись",
        # "программа, где видно, какой заказ на каком этапе", "заказы из интернета и из магазина
        # в одном месте", "something to keep track of our hives"
        r"(?<!игровую )(?<!игровая )программ[а-я]*(?! лояльност),? (?:[а-я]+ ){0,3}?(?:чтобы|"
        r"чтоб|где|которая|в которой)[^.!?]{0,60}?(?:запис[а-я]*|заказ[а-я]*|учет|учёт|этап[а-я]*|"
        r"считал[а-я]*|считалось|терял[а-я]*|путал[а-я]*|склад[а-я]*|остатк[а-я]*|свобод[а-я]*|"
        r"расписани[а-я]*|график[а-я]*)|"
        r"(?:дашборд|dashboard)[а-яa-z]*|"
        # accounts for the buyer's own people: "student accounts for our driving school"
        r"(?:student|pupil|member|client|customer|patient|parent)s?'? (?:accounts?|portal|area|"
        r"cabinet|logins?)|"
        r"(?:заказы|заявки|клиенты|записи|orders|requests|bookings)[^.!?]{0,50}? (?:в одном месте|"
        r"in one place)|keep(?:ing)? track of|(?:вести|вёл|вела) (?:[а-я]+ )?уч[её]т[а-я]*|"
        r"(?:log in|logs in|войти|входили|заходили|заходить)[^.!?]{0,60}?(?:see what they "
        r"ordered|their (?:orders|history)|видели (?:свои )?заказ[а-я]*|историю заказ[а-я]*)|"
        # an account customers log into; data flowing from 1C; less manual work in a department
        r"(?:customers|clients|users|members|partners|dealers) (?:can )?log (?:in|into|on)|"
        r"(?:flow|sync|synced|pulled|imported|exported)[a-z]* (?:automatically )?(?:from|with|"
        r"into) 1c|меньше ручной работы|less manual work|"
        # a loyalty programme keeps the customers' accounts: "программа лояльности с кабинетом"
        r"программ[а-я]* лояльност[а-я]*|loyalty (?:program(?:me)?|system|scheme|platform)|"
        r"бонусн[а-я]* (?:программ|систем)[а-я]*|"
        # clients forgotten: "менеджеры забывают перезванивать клиентам"
        r"(?:забыва[а-я]*|не успева[а-я]*) (?:[а-я]+ )?(?:перезвани[а-я]*|позвонить|"
        r"ответить|написать) (?:[а-я]+ )?(?:клиент[а-я]*|заказчик[а-я]*|покупател[а-я]*)|"
        r"forget (?:to )?(?:call|follow up with|get back to|reply to) (?:our |the )?(?:clients|"
        r"customers|leads)|"
        # jobs, quotes and orders kept track of: "something to track jobs and quotes"
        r"track(?:ing)? (?:of )?(?:our |my |the |all )?(?:[a-z]+ )?(?:jobs|quotes|orders|leads|"
        r"customers|"
        r"clients|enquiries|inquiries|deals|invoices)|"
        r"crms?|crm[а-я]*|црм[а-я]*|срм[а-я]*|си ?-?ар ?-?эм[а-я]*|amo ?crm|амо ?срм|амо ?црм|амо|"
        r"amo|"
        r"битрикс ?24|bitrix ?24|"
        # a partners' single window with deals registered: "единое окно для дистрибьюторов:
        # материалы и регистрация сделок"
        r"регистраци[а-я]* сдел[а-я]*|deal registration|единое окно для (?:дилер|дистрибь|партн|"
        r"агент|поставщик)[а-я]*|"
        # ("магазин на Битриксе" is built on the CMS, no CRM asked for)
        r"(?<!1с-)(?<!1с )(?<!на )битрикс[а-я]*|(?:перейти|переехать|переход|перевести "
        r"[а-я]+|внедрить|внедрение) на битрикс[а-я]*|"
        r"bitrix|retail ?crm|мегаплан|salesforce|hubspot|pipedrive|zoho|"
        r"автоматизаци[а-я]*|автоматизир[а-я]*|automation|automate|воронк[а-я]* продаж|"
        r"sales funnel|учет клиентов|учета клиентов|учет заявок|учета заявок|"
        r"(?<!продам )(?<!продаю )(?<!продаем )(?<!куплю )(?<!купим )"
        r"баз[аеуы] (?:данных )?(?:клиентов|покупателей|заказчиков)|"
        # accounting software joined to something: "hook our QuickBooks up to the web shop"
        r"quickbooks|xero|netsuite|odoo|freshbooks|hook(?:ed|ing)? (?:[a-z]+ ){0,3}up (?:to|with)|"
        r"клиентск[а-я]* баз[а-я]*|customer database|"
        # integration and automation are sold under CRM: 1C, ERP, portals, accounts, web apps
        r"интеграци[а-я]*|интегрир[а-я]*|integrat[a-z]*|sync(?:hroni[sz]e)?|синхрониз[а-я]*|"
        r"erp|ерп|1с(?!-?битрикс)|1c|мой ?склад[а-я]*|моим ?склад[а-я]*|документооборот[а-я]*|эдо|"
        r"intranet|интранет[а-я]*|b2b-?кабинет[а-я]*|[а-я]+ский кабинет|кабинет[а-я]* для|лк|"
        r"систем[а-я]* (?:управления|учета|для|где|заявок)|(?:нужна|хочу|хотим) систем[а-я]*|"
        r"(?:inventory|management|booking|ordering) system|self-service account|"
        r"deal registration|pipeline tool|синк[а-я]*|сквозн[а-я]* аналитик[а-я]*|"
        r"портал[а-я]*|portals?|extranets?|экстранет[а-я]*|intranets?|интранет[а-я]*|"
        r"кабинет[а-я]* (?:на|в) (?:нашем |сво[её]м )?(?:сайте|портале)|"
        r"members?[- ]only (?:area|section|zone|part)|members'? (?:area|section|portal)|"
        r"automat(?:e|es|ing) (?:our |the )?(?:[a-z]+ ){0,2}(?:notifications?|orders?|"
        r"invoic[a-z]*|dispatch|scheduling|reminders?|reports?|payroll|inventory|processes|"
        r"workflows?)|"
        # users who see their own records: "дилеры видят свои заказы, отгрузки и долги"
        r"(?:клиенты|дилеры|партнеры|пациенты|арендаторы|поставщики|покупатели|сотрудники) "
        r"(?:сами |смогут |будут |могут )?(?:видят|видели|видеть|смотрят|отслеживают|скачивают|"
        r"оформляют|загружают|проверяют) (?:[а-я]+ )?сво[иейю][а-я]*|"
        r"личн[а-я]* кабинет[а-я]*|кабинет (?:клиента|партнера|дилера|поставщика|продавца|агента|"
        r"сотрудника|покупателя|арендатора)|"
        r"personal (?:account|area|cabinet|dashboard)s?|service ?desk|help ?desk|"
        r"ticketing system|сервис-? ?деск[а-я]*|хелп-? ?деск[а-я]*|"
        r"(?:client|customer|patient|member|student|parent|tenant|dealer|partner|user)s?'? "
        r"(?:portal|area|account(?: area)?|cabinet|dashboard)|account area|members? area|"
        # (what a startup or an app tracks is its business: "a habit-tracking startup")
        r"веб-?приложени[а-я]*|web ?app(?:lication)?s?|учет[а-я]*|"
        # a feature tied to the writer's own software: "online booking tied to our practice
        # software", "запись, связанная с нашей медицинской программой"
        r"(?:tied|linked|connected|synced|integrated|hooked up) (?:in)?to (?:our |the |their )?"
        r"(?:[a-z-]+ ){0,2}(?:software|system|erp|crm|database|pms|tms|wms|accounting)|"
        r"(?:связан|привязан|интегрирован|подключен|синхронизирован)[а-я]* (?:с|к) (?:нашей |"
        r"нашим |нашему |нашей же )?(?:[а-я]+ ){0,2}(?:программ|систем|баз|1с|црм|crm)[а-я]*|"
        # a place where the writer's own clients do things themselves: "a web platform where
        # our clients track their shipments", "сервис, где дилеры сами смотрят остатки"
        r"(?:platform|service|system|tool|space|area|portal)s? (?:where|for|so|that lets) "
        r"(?:our |my |the )?(?:clients|customers|dealers|partners|users|members|patients|"
        r"tenants|drivers|suppliers|resellers) (?:can )?(?:track|see|view|download|order|book|"
        r"log in|manage|check|upload|pay|sign|submit)|"
        r"(?:платформ|сервис|систем|площадк|портал)[а-я]*,? (?:где|чтобы|через который|"
        r"через которую|в котором|в которой) (?:наши |мои )?(?:клиенты|покупатели|заказчики|"
        r"дилеры|партнеры|партнёры|пользователи|пациенты|арендаторы|водители|поставщики) "
        r"(?:сами |могли |смогут |будут |могут )?(?:бы )?(?:отслежива|видел|видят|видеть|смотр|"
        r"скачива|заказыва|записыва|оплачива|загружа|управля|провер|подписыва)[а-я]*|"
        r"tracking(?! (?:startup|app|company|business|brand|product|bot)s?(?![a-z]))|invoic[a-z]*|"
        r"выставлени[а-я]* счетов|счета|акты|workflow|"
        r"(?:внедр[а-я]*|настро[а-я]*) (?:воронк[а-я]*|амо|битрикс[а-я]*)"
    ),
    "bot": (
        # a bot in everyday words: "робота, который в ВК на сообщения отвечает", "программа
        # сама клиента расспрашивала", "one of those WhatsApp robots", "a chat window on our site
        # that answers questions", "an automatic reply thing on Messenger"
        r"робот[а-я]*(?=,? [^.!?]{0,40}(?:отвеча|расспрашива|спрашива|сообщени|переписк))|"
        r"(?:whatsapp|вотсап|ватсап|messenger|мессенджер|telegram|телеграм|вк|vk)[а-я]*[- ]"
        r"(?:robots?|роботы?)|robots? (?:that|which|to) (?:answers?|replies|reply|tells?|chats?|"
        r"talks?)|(?:программ[а-я]*|робот[а-я]*|помощник[а-я]*|something|a thing|program(?:me)?)"
        r"(?: [a-zа-я',]+){0,6}? (?:сама? |itself )?(?:расспрашивал[а-я]*|расспрашивает|"
        r"asks (?:people |customers |them )?questions)|(?:automatic|auto|автоматическ)[a-zа-я-]* "
        r"(?:reply|replies|ответ[а-я]*)(?: thing)?|chat (?:window|box)s?(?= [^.!?]{0,40}"
        r"(?:answer|repl|respond))|окошк[а-я]*(?=[^.!?]{0,40}вопрос)|"
        r"(?:электронн|виртуальн)[а-я]* помощник[а-я]*|"
        # a recogniser's "chat bot": "чат бок для сайта", "chat but for our website"
        r"чат[- ]?бок[а-я]*|chat but(?= (?:for|to|that|which) )|"
        # a chat on the site that answers by itself: "чат на сайт, чтобы круглосуточно отвечал
        # на частые вопросы без оператора"
        r"(?:онлайн-?)?чат (?:на|для) сайт[а-я]*(?=[^.!?]{0,60}(?:отвеча|без оператор|"
        r"круглосуточн|автоматическ|(?:который|которая|чтобы) (?:бы )?(?:сам|сама)))|"
        r"chat (?:on|for) (?:the |our )?(?:site|website)(?=[^.!?]{0,40}(?:answers?|replies|"
        r"automatic|24/7|without (?:an? )?(?:operator|agent|human)))|"
        r"(?:чат|телеграм|телеграмм|тг|tg|вк|vk|whatsapp|ватсап|вацап|инста|viber|вайбер)?-? ?"
        r"бот(?:а|ы|ов|у|ом|е|ик|ика|ики|ам|ами)?|чатбот[а-я]*|"
        r"(?:chat|telegram|tg|whatsapp|discord|viber|slack)?-? ?bots?|chatbots?|"
        # "AI chat assistant for our online store", "ИИ-ассистент на сайт"
        r"(?:ai )?chat ?assistants?|ai (?:assistant|agent)s?|(?:ии|ai)-? ?"
        r"(?:ассистент|агент|консультант)[а-я]*|чат-? ?(?:ассистент|консультант)[а-я]*|"
        # "виджет-консультант с ИИ", "an assistant powered by AI"
        r"(?:консультант|ассистент|помощник)[а-я]* (?:с|на) (?:ии|ai|gpt|нейросет[а-я]*|"
        r"искусственн[а-я]* интеллект[а-я]*)|(?:consultant|assistant|advisor|helper)s? "
        r"(?:with|using|powered by) (?:ai|gpt|an llm)|"
        r"mini[- ]?apps?|мини-? ?апп?[а-я]*|мини-?приложени[а-я]*|web ?apps? (?:in|for) telegram|"
        # answers given by themselves in a chat: "пусть робот в чате отвечает", "чтобы гости
        # писали в мессенджер, а им автоматически отвечали"
        # a robot that talks on the phone: "голосовой робот для обзвона должников"
        r"голосов[а-я]* (?:робот|бот|ассистент|помощник)[а-я]*|voice ?(?:bot|robot|assistant)s?|"
        r"(?:робот|автоответчик)[а-я]*(?: [а-я]+){0,2} (?:в чате|в мессенджер[а-я]*|в whatsapp|"
        r"в телеграм[а-я]*|в директ[а-я]*)|автоматически (?:отвечал[аи]?|отвечать|отвечает)(?! "
        r"на (?:письма|почт))|"
        # an assistant living in a messenger: "помощник в Telegram для сотрудников"
        r"(?:помощник|ассистент)[а-я]* (?:в|для) (?:telegram|телеграм[а-я]*|тг|whatsapp|"
        r"ватсап[а-я]*|вк|vk|мессенджер[а-я]*)|(?:assistant|helper) (?:in|on|for) (?:telegram|"
        r"whatsapp|slack|teams)|"
        # an assistant that lives on the site and talks: "an assistant in the corner of our site
        # that explains the options", "помощник в углу сайта, который отвечает"
        r"(?:assistant|helper|помощник[а-я]*|ассистент[а-я]*|консультант[а-я]*) (?:in the corner "
        r"of|в углу|in the bottom corner of) (?:our |the |нашего )?(?:site|website|сайт[а-я]*)|"
        # the same questions answered all day: "support answers the same ten questions"
        r"(?:отвеча[а-я]*|answer(?:s|ing)?) (?:на )?(?:одни и те же|the same)"
        r"(?: [a-zа-я0-9]+){0,2} (?:вопрос[а-я]*|questions)|"
        r"ai-?ассистент[а-я]*|ai[- ]agents?|ии[- ]?агент[а-я]*|"
        r"ии[- ]?ассистент[а-я]*|голосов[а-я]* помощни[а-я]*|ai[- ]?assistants?|"
        # someone or something that answers at night: "чтобы на сайте кто-то отвечал ночью. Не
        # человек", "something that replies to customers at 3am"
        r"(?:кто-то|кто-нибудь|что-то|something|someone|somebody)(?: [a-zа-я]+){0,2} "
        r"(?:отвечал[а-я]*|отвечает|отвечать|replies|answers|responds)(?: [a-zа-я]+){0,3} "
        r"(?:ночью|по ночам|круглосуточно|24/7|at night|at \d{1,2} ?(?:am|pm)|overnight|"
        r"round the clock|while we sleep)|"
        # answering by itself: "консультант отвечал автоматически", "auto-replies to enquiries"
        r"(?:консультант|оператор|менеджер|чат)[а-я]* (?:[а-я]+ ){0,2}отвечал[а-я]* "
        r"автоматически|автоответ(?:чик)?[а-я]*|auto-?repl(?:y|ies)|answers? (?:questions )?"
        r"automatically|"
        r"(?:gpt|ai|llm)[- ](?:powered |based )?assistants?|auto-?repl(?:y|ies)|автоответ[а-я]*|"
        r"нейросет[а-я]*,? (?:чтобы |которая )?(?:отвечал|в чате|консультировал)[а-я]*|"
        # a program that talks to customers is a bot, wherever it lives ("на сайт")
        r"(?:нейро|ии|ai|gpt)-? ?(?:консультант|продав[е]?ц|менеджер|оператор|сотрудник|"
        r"помощник)[а-я]*|(?:виртуальн|цифров)[а-я]* (?:консультант|ассистент|помощник|оператор|"
        r"менеджер|продав[е]?ц|сотрудник)[а-я]*|"
        r"(?:virtual|digital) (?:assistant|consultant|agent|sales ?rep|employee)s?|"
        # a "smart" assistant that answers: "a smart assistant on our site that answers FAQs"
        r"(?:smart|умн[а-я]*|онлайн-?|online)[\"'»”]? (?:assistant|ассистент|помощник)[а-я]*"
        r"(?=[^.!?]{0,40}(?:answers?|answering|replies|responds?|отвеча))|"
        r"ai[- ](?:operator|sales ?rep|salesperson)s?|"
        r"(?:отвечал[аио]?|отвечать|отвечает|answers?|answering|repl(?:y|ies)|responds?) "
        r"(?:[a-zа-я]+ ){0,3}(?:как|like) (?:бы )?(?:an? |a real |живой |живая |настоящий )?"
        r"(?:менеджер|оператор|человек|продав[е]?ц|консультант|сотрудник|manager|operator|"
        r"human|person|sales ?rep|salesperson)[а-я]*"
    ),
    "smm": (
        r"smm|смм|соц\.? ?сет[а-я]*|соцсет[а-я]*|социальн[а-я]* сет[а-я]*|social[- ]media|"
        # more followers wanted: "чтобы подписчиков в инсте стало больше", "grow our followers"
        r"подписчик[а-я]* (?:[а-я]+ ){0,2}стало больше|(?:больше|набрать|нарастить|увеличить) "
        r"подписчик[а-я]*|(?:more|grow|gain|get more) followers|"
        r"social networks?|"
        r"socials|инстаграм[а-я]*|инстаграмм[а-я]*|инст[аеуы]|инстой|instagram|insta|"
        r"вконтакте|вк|vk|тикток[а-я]*|tiktok|tik tok|фейсбук[а-я]*|facebook|youtube|ютуб[а-я]*|"
        r"одноклассник[а-я]*|(?:групп[а-я]*|паблик[а-я]*|сообществ[а-я]*) (?:в|во) (?:[а-я]+ )?"
        r"(?:вести|ведени[а-я]*)|"
        r"телеграм-?канал[а-я]*|telegram channel|ведени[а-я]* (?:групп[а-я]*|аккаунт[а-я]*|"
        r"страниц[а-я]*|канал[а-я]*|блог[а-я]*)|таргет[а-я]*|targeting|контент-?план[а-я]*|"
        r"content plan|reels|рилс[а-я]*|постинг[а-я]*|сторис|stories|"
        # ads in the social networks and their posting plan: "run our paid social ads and
        # content calendar"
        r"paid social|social ads|content calendar|контент-?календар[а-я]*|"
        r"(?:реклам[а-я]*|интеграци[а-я]*|работ[а-я]*) (?:у|с) блогер[а-я]*|"
        r"influencer marketing|social[- ]media (?:growth|management|marketing)|"
        r"community management|комьюнити-?менеджмент[а-я]*|тик ?ток[а-я]*|"
        r"(?:grow|growing|increase) (?:our|my) (?:[a-z]+ )?(?:following|followers)|"
        r"(?:вести|ведени[а-я]*|вела|вел) (?:наш[а-я]* |мой |мою |моих )?(?:инстаграм[а-я]*|"
        r"инст[ау]|тикток[а-я]*|вк|соцсет[а-я]*|групп[а-я]*|канал[а-я]*)|"
        r"продвижени[а-я]* в (?:соцсет[а-я]*|социальных сет[а-я]*|"
        r"инстаграм[а-я]*|инст[аеуы]|вк|телеграм[а-я]*)"
    ),
    "mobile_app": (
        r"мобильн[а-я]* приложени[а-я]*|мобильн[а-я]* прилож[а-я]*|приложени[а-я]* (?:для|под|на) "
        r"(?:ios|android|андроид[а-я]*|айфон[а-я]*|iphone|телефон[а-я]*|смартфон[а-я]*)|"
        # a store's app is one thing, refused as one: "not an App Store app"
        r"(?:app ?store|google ?play|play ?market)(?: apps?| applications?)?|"
        # "прогу на телефон, чтоб из гугл плея качали"
        r"гугл ?пле[йяюе][а-я]*|плей ?маркет[а-я]*|прог[аиуе] (?:на|для|под) (?:телефон|"
        r"смартфон|айфон|андроид)[а-я]*|"
        r"ios|android|андроид[а-я]*|айос|айфон[а-я]*|iphone|ipad|"
        r"mobile (?:app|application)s?|apps? for (?:ios|android|iphone)|"
        r"(?:игр[а-я]*|игрушк[а-я]*|games?) (?:[а-я]+ ){0,2}(?:на|для|под|for|on) (?:андроид|"
        r"android|ios|айфон|"
        r"iphone|телефон|смартфон|phones?)[а-я]*|"
        r"приложуха|приложеньк[а-я]*|прилаг[аиуе]|прилажк[а-я]*|апп?стор[а-я]*|"
        r"магазин[а-я]* приложений|программ[а-я]* (?:на|для|под) (?:айфон|андроид|iphone|"
        r"android)[а-я]*|"
        # "мобилка для клуба, в сторах" (the app stores; "на мобилку" is a phone: see
        # disqualifier._PHONE_WORD_RE)
        r"мобилк[а-я]*|(?:в|из) стор(?:ах|ы|ов)(?![а-я])|"
        r"приложени[а-я]*|прилож[а-я]*|апк[аиу]|апп|apps?|application|flutter|react native|swift|"
        r"kotlin"
    ),
    "design": (
        r"дизайн[а-я]*|редизайн[а-я]*|логотип[а-я]*|лого|logo(?:type)?s?|брендинг[а-я]*|"
        r"branding|brand identity|фирменн[а-я]* стил[а-я]*|айдентик[а-я]*|design(?:er)?|"
        r"redesign|ui/ux|ux/ui|ui|ux|макет[а-я]*|mock-?ups?|баннер[а-я]*|banners?|"
        r"иллюстраци[а-я]*|illustrations?|визуал[а-я]*|фигм[а-я]*|figma|брендбук[а-я]*|"
        r"brandbook|презентаци[а-я]*|"
        # the design of a package, not the writer's trade in packaging ("manufacturer of
        # packaging machines", "производим упаковку")
        r"(?<!of )(?<!производим )(?<!производитель )(?<!производство )(?:упаковк[а-я]*|packaging)"
        r"(?! (?:machines?|machinery|equipment|lines?|materials?|оборудовани[а-я]*|машин[а-я]*|"
        r"лини[а-я]*|материал[а-я]*|станк[а-я]*))"
    ),
    "other": (
        r"desktop (?:app|application|software)s?|десктоп[а-я]*(?: приложени[а-я]*)?|"
        # teaching the writer's people a tool is training: "обучить кладовщиков работать в Excel"
        # ("we teach people to drive" is the writer's trade)
        r"(?:обучить|научить|обучать) (?:наш[а-я]* )?(?:[а-я]+ )?(?:сотрудник|персонал|кладовщик|"
        r"менеджер|продавц|бухгалтер|операторов|работник|водител)[а-я]*|"
        r"(?:train|teach) (?:our|my) (?:[a-z]+ )?(?:staff|team|employees|people|workers|managers|"
        r"drivers)|"
        # the till of a shop, not a site's checkout: "поставить кассу и эквайринг в магазин"
        r"касс[аеуы]|онлайн-?касс[а-я]*|кассов[а-я]* (?:аппарат|оборудовани)[а-я]*|"
        r"эквайринг[а-я]*|pos[- ]?(?:терминал|систем)[а-я]*|(?:pos|card) terminals?|card readers?|"
        r"pos[- ](?:systems?|software)|"
        r"point of sale|till system|"
        r"перевод[а-я]*|перевести|translat[a-z]*|локализ[а-я]*|locali[sz][a-z]*|"
        r"pen(?:etration)?[- ]?test[a-z]*|пентест[а-я]*|power bi|data warehouse|"
        r"хранилищ[а-я]* данных|нейминг[а-я]*|naming|пошив[а-я]*|смарт-?контракт[а-я]*|"
        r"smart contracts?|help ?desk|dropshipping|deliverability|корпоративн[а-я]* почт[а-я]*|"
        r"seo|сео|продвижени[а-я]* сайт[а-я]*|поисков[а-я]* продвижени[а-я]*|продвижени[а-я]*|"
        # hardware bought: "закупить компьютеры для кабинета информатики", "buy laptops"
        r"(?:закупить|купить|закупка|поставить|поставка|поставку|buy|purchase|"
        r"supply) (?:[a-zа-я]+ )?"
        r"(?:компьютер|ноутбук|принтер|мфу|оргтехник|laptops|computers|printers|pcs)[a-zа-я]*|"
        # writing the tender papers, not building: "help writing the tender documentation"
        r"(?:writing|write|prepare|preparing|draft|drafting|составить|написать|подготовить) "
        r"(?:the )?(?:tender documentation|rfp|техническ[а-я]* задани[а-я]*|тендерн[а-я]* "
        r"документаци[а-я]*)|"
        # raising a site in search is SEO in any words: "поднять магазин в топ выдачи",
        # "get our site on the first page of Google"
        r"(?:вывести|вывод|выведени[а-я]*|поднять|подняти[а-я]*|продвинуть)(?: [а-я]+){0,3} "
        r"(?:в топ|на первую страниц|в поиск|в выдач)[а-я]*|"
        r"(?:в|на) (?:яндекс|гугл|google|yandex)[а-яa-z]* (?:на )?(?:перв[а-я]* (?:страниц|мест)|"
        r"в топ)[а-я]*|(?:на перв[а-я]* страниц[а-я]*|в топе?) (?:в )?(?:яндекс|гугл|google|"
        r"поиск)[а-яa-z]*|"
        r"(?:rank|ranking|get|push)(?: [a-z]+){0,3} (?:to |on |in |at )?(?:the )?(?:top|first "
        r"page|page one)(?: \d+)? (?:of|on|in) (?:google|yandex|search)|"
        r"раскрутк[а-я]*|контекст[а-я]*|яндекс[ .-]?директ[а-я]*|"
        # (Instagram's direct messages are no ads: "продаём через инстаграм и директ")
        r"(?<!инстаграм и )(?<!инсту и )(?<!инста и )(?<!в )директ|google ads|adwords|"
        # infrastructure work: "set up our AWS infrastructure with Terraform"
        r"aws|terraform|kubernetes|k8s|devops|девопс[а-я]*|инфраструктур[а-я]*|infrastructure|"
        # the office network: "настроить локальную сеть в кабинете информатики"
        r"локальн[а-я]* сет[а-я]*|local network|lan setup|wi-?fi|вай-?фай[а-я]*|роутер[а-я]*|"
        r"ppc|реклам[а-я]*|ads|advertising|парсер[а-я]*|"
        r"парсинг[а-я]*|scraper|scraping|программ[а-я]*|софт[а-я]*|software|по на заказ|"
        r"игр[аыуе]|игры|игрушк[а-я]*|game|нейросет[а-я]*|neural|ии|ai|gpt|chatgpt|"
        r"машинн[а-я]* обучени[а-я]*|"
        r"machine learning|аналитик[а-я]*|analytics|копирайтинг[а-я]*|copywriting|тексты|"
        r"камер[а-я]* (?:видеонаблюдени[а-я]*|поставить|установить)|(?:поставить|установить) "
        r"камер[а-я]*|видеонаблюдени[а-я]*|cctv|security cameras?|"
        # (equipment sold is goods: "магазин фототехники")
        r"видео(?!техник|камер|оборудован)[а-я]*|video|монтаж[а-я]*|с?монтир[а-я]*|ролик[а-я]*|"
        r"фото(?!техник|аппарат|оборудован|товар)[а-я]*|photo(?:s|graphy|"
        r"shoots?)?|photograph[a-z]*|хостинг[а-я]*|"
        r"hosting|домен[а-я]*|"
        # ("our support team answers the same questions": the team, not a service asked for)
        r"техподдержк[а-я]*|поддержк[а-я]* сайта|support(?! (?:team|staff|agents?|department|"
        r"people|reps?))|консультаци[а-я]*|consulting|аудит[а-я]*|"
        r"audit|advice|api|сервис[а-я]*|платформ[а-я]*|platform|разработк[а-я]*|development|"
        r"email-?рассылк[а-я]*|рассылк[а-я]*|newsletter|email marketing|маркетинг[а-я]*|marketing|"
        # printed matter for a shop is no site: "printing flyers for the flower shop"
        r"листовк[а-я]*|флаер[а-я]*|визитк[а-я]*|буклет[а-я]*|брошюр[а-я]*|вывеск[а-я]*|"
        r"полиграфи[а-я]*|flyers?|leaflets?|business cards?|brochures?|signage|"
        + _GOODS_SHOWN_ELSEWHERE
    ),
}
_NEED_RES = {k: re.compile(rf"{_B}(?:{v}){_E}") for k, v in NEED_PATTERNS.items()}
# When two categories start at the same word, the more specific one wins.
_PRIORITY = ["bot", "mobile_app", "crm", "smm", "website", "design", "other"]
# A feature delivered as a store app: "в виде приложения для Android", "inside our iOS app"
_INSIDE_AN_APP_RE = re.compile(
    r"(?<![a-zа-я])(?:в виде|в|внутри|через) (?:нашего |нашем |[а-я]+ого |[а-я]+ом )?"
    r"(?:мобильн[а-я]* )?приложени[а-я]*|(?<![a-z-])(?:as|in|inside|within|via|through) (?:an? |"
    r"the |our )?(?:[a-z]+ )?(?:mobile )?app(?![a-z])(?! ?store)"
)
# A feature that lives in a bot ("программа лояльности в телеграм-боте", "a booking flow inside
# our WhatsApp bot"): the bot is the product, whatever the feature's own category.
_INSIDE_A_BOT_RE = re.compile(
    r"(?<![a-zа-я])(?:в|внутри) (?:нашем |нашего |своем |своём |[а-я]+ом )?(?:телеграм|telegram|"
    r"тг|вотсап|whatsapp|чат)?-? ?бот[еуа](?![a-zа-я])|(?<![a-z-])(?:in|inside|within) (?:a |the |"
    r"our )?(?:telegram |whatsapp |tg |chat ?)?bot(?![a-z])"
)
# A network left, or only a channel orders come through, is no SMM request: "stop relying on
# Instagram", "orders come in by phone, Facebook, text", "заказы приходят в инстаграм".
_CHANNEL_OR_LEFT = (
    r"stop (?:relying on|depending on|using)|(?:rely|relying|depend|depending) (?:only )?on|"
    r"уйти (?:из|с|от)|перестать зависеть от|(?:come|comes|coming) in (?:by|via|through|from|on)|"
    r"(?:приходят|пишут|поступают) (?:в|из|через)"
)
# not knowing is no refusal: "no idea who phoned which customer", "не знаю, кто звонил"
_NOT_KNOWING = r"(?!no idea|no clue|не знаю|not sure|не уверен)"
_NEGATED_RE = re.compile(
    rf"{_NOT_KNOWING}(?:не|без|кроме|not|no|without|except|but not|вместо|instead of|rather than|"
    r"не нуж[а-я]*|никакого|никакой|никаких|никакое|никакие|"
    r"instead of [a-z]+ing|вместо того,? чтобы [а-я]+|"
    r"don'?t need|do not need|не надо|не нужно|"
    # left out: "skip the SMM part", "forget the mobile app"
    r"skip(?: the)?|drop(?: the)?|leave out(?: the)?|forget(?: about)?(?: the)?|"
    # kept out of a place: "nothing on Google Play", "not in the stores"
    r"nothing (?:in|on|for)|not (?:in|on)|"
    # "feels like an app" compares; "I'd like an app" asks for one
    # (a spoken filler is no comparison: "so basically like a WhatsApp bot")
    r"(?<!'d )(?<!would )(?<!basically )(?<!so )(?<!um )(?<!uh )(?<!just )(?<!kinda )"
    r"(?<!literally )(?:feels |looks )?like an?|как будто|"
    # not wanted is not asked for: "we don't want an app", "не хотим приложение"
    rf"don'?t want|do not want|не хотим|не хочу|{_CHANNEL_OR_LEFT}) "
    r"(?:[a-zа-я-]+ )?$"
)
# The later items of a negated list: "we do NOT need an app or social media management",
# "без приложения и SMM". A new clause ("..., we need a site", "..., нужен сайт") ends the list.
_NEGATED_LIST_RE = re.compile(
    rf"(?<![a-zа-я]){_NOT_KNOWING}(?:не|без|ни|not|no|without|don'?t need|do not need|"
    r"не нуж[а-я]*|не надо|"
    rf"don'?t want|do not want|{_CHANNEL_OR_LEFT}) "
    r"[^.;!?:]{0,40}?(?:,|(?<![a-zа-я])(?:or|and|nor|и|или|ни))"
    r"(?! (?:we|i|мы|я|а|но|but|зато|только|just|only|need|нуж[а-я]*|хотим|want) ) "
    r"(?:[a-zа-я-]+ )?$"
)


# What the prospect already has is no request: "we already have an iOS app, now we need ..."
_ALREADY_HAVE_RE = re.compile(
    r"(?<![a-zа-я])(?:already have|already got|уже есть|у нас есть)(?: [a-zа-я-]+){0,3} $"
)


def is_negated(t: str, start: int) -> bool:
    """The words at ``t[start:]`` are negated (right after a negation, or later in its list) or
    named as something the writer already has."""
    return bool(
        _NEGATED_RE.search(t[max(0, start - 32) : start])
        or _NEGATED_LIST_RE.search(t[max(0, start - 60) : start])
        or _ALREADY_HAVE_RE.search(t[max(0, start - 40) : start])
    )


# what the prospect refuses or already has is no request: "SMM не предлагайте", "our app is fine"
# Asked about, then withdrawn: "вы соцсетями занимаетесь? Хотя неважно, они нам не нужны", "do
# you do SMM? never mind", "CRM? Нет, ..." (right after the category word).
WITHDRAWN_AFTER = (
    r"[^.!?]{0,30}\? ?(?:хотя |впрочем |а впрочем |ну |well,? |ok,? )?(?:неважно|не важно|"
    r"не суть|never ?mind|forget (?:it|that)|doesn'?t matter|no matter|"
    # a service asked about and answered at once: "CRM? Нет, нам нужно приложение"
    r"(?:нет|неа|no|nope)(?![a-zа-я]))|"
    # the kind taken back right after the word: "приложение — нет, не мобильное, а кабинет"
    r"[ ,—–-]*(?:нет|no)[ ,—–-]+(?:не|not) (?:an? )?(?:мобильн|нативн|mobile|native)"
)
_NEGATED_AFTER_RE = re.compile(
    rf"^[a-zа-я-]*[?!]* ?(?:[a-zа-я][a-zа-я-]* )?(?:{REFUSED_AFTER})|^(?:{WITHDRAWN_AFTER})"
    rf"|^{REFUSED_AFTER_LIST}"
)
# Not a task: the bot asked whether it is one ("are you a bot? fine. a website"), a network the
# writer runs alone ("инстаграм веду сама, а вот сайт хочу заказать"), a room called "кабинет"
# ("массажный кабинет": a place, not a personal account).
_NOT_A_TASK_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:are you|r u) (?:a |an |just a )?(?:bot|robot)\??|(?:ты|вы|"
    r"это) (?:что,? )?"
    r"(?:бот|робот)[а-я]*\?|(?:инстаграм|инст[ауы]|соцсет|вк|smm|смм|тикток)[а-я]* (?:[а-я]+ )?"
    r"(?:веду|ведем|ведём|делаю|делаем) (?:сам|сама|сами)|(?:массажн|стоматологическ|"
    r"косметологическ|процедурн|медицинск|зубн|врачебн)[а-я]* кабинет[а-я]*|кабинет[а-я]* "
    r"(?:информатики|физики|химии|биологии|истории|математики|директора|врача|психолога|"
    r"логопеда))(?![a-zа-я])"
)


# An app that lives in Telegram (a mini app, a web app opened from a bot) is built like a bot,
# not for the app stores: "мини-приложение в телеграме для кофейни", "a Telegram mini app for
# orders". Read as a bot before the categories are matched (never as a mobile-app request).
TELEGRAM_APP_RE = re.compile(
    rf"{_B}(?:(?:мини-? ?)?(?:приложени|прилож|апп?)[а-я]* (?:в|во|внутри|для|под|на базе) "
    r"(?:телеграм[а-я]*|телег[аеиу]|тг|tg|telegram)|(?:телеграм|telegram|tg|тг)-? ?"
    r"(?:мини-? ?|mini[- ]?|web[- ]?|веб-? ?)(?:приложени[а-я]*|apps?)|"
    r"телеграм-? ?приложени[а-я]*|"
    r"мини-? ?(?:приложени|апп)[а-я]*|mini[- ]?apps?|(?:web ?apps?|apps?|applications?) "
    rf"(?:in|inside|within|for|on) (?:the )?(?:telegram|tg)|twa){_E}"
)
# A site that must work on phones is a website, not a mobile app: these phrases are read as
# "adaptive website" before the categories are matched (and never as a mobile-app request).
MOBILE_WEB_RE = re.compile(
    rf"{_B}(?:мобильн[а-я]* (?:верси[а-я]*|адаптаци[а-я]*|верстк[а-я]*|вид[а-я]*|сайт[а-я]*|"
    r"лендинг[а-я]*)|"
    r"адаптив[а-я]*(?: (?:под|для|на) (?:мобильн[а-я]*|мобилк[а-я]*|телефон[а-я]*|"
    r"смартфон[а-я]*|планшет[а-я]*)(?: (?:устройств[а-я]*|экран[а-я]*|телефон[а-я]*))?)?|"
    r"(?:под|для|на|с|со|c) (?:мобильн[а-я]*|мобилк[а-я]*|телефон[а-я]*|смартфон[а-я]*|"
    r"планшет[а-я]*)"
    r"(?: (?:устройств[а-я]*|экран[а-я]*|телефон[а-я]*|гаджет[а-я]*))?|"
    r"(?:работа|открыва|откро|отображ|смотр|выгляд|груз|тормоз|гляд)[а-я]* "
    r"(?:[а-я]+ )?(?:на|с|со|в) (?:мобильн[а-я]*|мобилк[а-я]*|телефон[а-я]*|смартфон[а-я]*|"
    r"айфон[а-я]*|андроид[а-я]*|планшет[а-я]*)(?: (?:устройств[а-я]*|телефон[а-я]*))?|"
    r"(?:на|с|со) (?:мобилк[а-я]*|айфон[а-я]*|андроид[а-я]*)|"
    r"pwa(?:-? ?приложени[а-я]*| app)?|progressive web apps?|"
    r"прогрессивн[а-я]* (?:веб-? ?)?приложени[а-я]*|"
    r"mobile[- ](?:version|friendly|responsive|first|ready|optimi[sz]ed|layout|view|"
    r"devices?|phones?|screens?|browsers?|users?|traffic|web)|responsive|"
    r"(?:on|for|from) (?:mobile|phones?|smartphones?|tablets?|iphones?|android)(?: (?:devices?|"
    r"phones?|screens?))?|мобильн[а-я]* (?:телефон[а-я]*|номер[а-я]*|связ[а-я]*|оператор[а-я]*|"
    r"интернет[а-я]*|трафик[а-я]*|пользовател[а-я]*|устройств[а-я]*|аудитори[а-я]*|"
    r"посетител[а-я]*|покупател[а-я]*|клиент[а-я]*|заказ[а-я]*)|"
    # the share of visitors on phones: "80% трафика мобильный", "половина заказов с мобильных"
    r"(?:трафик|пользовател|посетител|покупател|клиент|заказ|аудитори)[а-я]* "
    r"(?:[а-я%0-9]+ ){0,2}(?:мобильн[а-я]*|с мобильн[а-я]*)|"
    rf"mobile (?:number|phone|operator|internet|visitors|customers|audience|orders|share)){_E}"
)


_SITE_AS_SOURCE_RE = re.compile(r"(?<![a-zа-я])(?:с|со|из|from) (?:our |my |наш[а-я]* )?$")
_SITE_AS_PLACE_RE = re.compile(
    r"(?<![a-zа-я])(?:с|со|из|from|on|на) (?:our |my |наш[а-я]* |мо[йеёи][а-я]* )?$"
)
# Work on a site that is not building it: moving it to another host or renewing its domain,
# or advice alone ("help choosing between two builders, just advice") is that service's
# ("other"), unless building is asked for too ("нужен сайт и хостинг", "разработка под ключ").
_SITE_OPERATION_RE = re.compile(
    rf"{_B}(?:(?:перенест|перенос|переех|переезд|продл|migrat|mov|transfer|renew)[a-zа-я]*"
    r"(?: [a-zа-я-]+){0,5} (?:хостинг|домен|сервер|hosting|host|domain|server)[a-zа-я]*|"
    r"(?:хостинг|домен|hosting|domain)[a-zа-я]* (?:[a-zа-я-]+ ){0,2}(?:перенест|перенос|продл|"
    r"migrat|mov|transfer|renew)[a-zа-я]*|"
    r"(?:just|only|просто|только) (?:an? )?(?:advice|consultation|консультаци[а-я]*|"
    r"совет[а-я]*)|help (?:me |us )?(?:choos|pick|decid)[a-z]*|choosing between|"
    r"(?:помо(?:чь|гите)|подсказать|подскажите) (?:нам |мне )?(?:выбрать|определиться|с выбором)|"
    rf"выбрать между|посоветуйте,? (?:что|какой|какую|какая|на чем)){_E}"
)
_BUILD_RE = re.compile(
    rf"{_B}(?:сделать|сделайте|создать|создание|разработ[а-я]*|с нуля|под ключ|"
    r"запуст[а-я]*|собрать|сверстать|переделать|редизайн[а-я]*|доработ[а-я]*|"
    r"(?:нуж(?:ен|на|но)|нов[а-я]*) (?:[а-я]+ )?(?:сайт|магазин|лендинг)[а-я]*|build|create|"
    r"make|develop[a-z]*|from scratch|launch|turnkey|redesign|"
    rf"(?:need|new) (?:an? )?(?:[a-z]+ )?(?:web ?site|site|store|shop)){_E}"
)


@reading_cache()
def parse_need_category(text: str) -> str | None:
    """Map a task description to one of ``website``, ``crm``, ``bot``, ``smm``, ``mobile_app``,
    ``design`` or ``other`` (a recognisable task we have no category for: SEO, ads, 1C, ...).

    When several categories are mentioned the first one in the text wins ("сайт и чат-бот" ->
    ``website``); a category that is negated ("не сайт, а бот", "SMM не нужен") is skipped. A
    site that must work on phones ("мобильная версия", "адаптив", "работал на телефонах",
    "mobile-friendly") is a website, never a mobile app. A self-correction or a task marked to
    come first names the answer ("бот, хотя нет, сначала лендинг", "a CRM, but a store first":
    ``corrected_start``), and a network naming the kind of some data next to a task we build is
    no SMM ("инстаграм-заявки складывать в CRM": ``qualifies_data``). ``None`` when no task is
    recognisable.

    The rules above are backed by the need classifier (``classifier.py``), see ``_combine``."""
    try:
        rules = need_category_by_rules(text)
        if rules == "website" and only_a_device(text):
            # "клиенты жалуются, что с телефона неудобно заказывать": a site for phones or an
            # app? Asked again, not guessed (an app is off profile, a site is ours)
            return None
        if rules is None and _only_own_work(text):
            return "other"  # "мы веб-студия, делаем лендинги и сайты": who they are, no task yet
        if rules is None and _NO_IDEA_OF_NEED_RE.search(normalize(text)):
            # "не знаю, что нам нужно... магазинчик у нас маленький": no task named, and the
            # classifier's "магазин" is the writer's shop
            return None
        if rules == "other" and _OFF_WEB_JOB_RE.search(normalize(text)):
            # "вывеску на магазин", "ролик к открытию магазина": the shop is where the sign goes
            # or what the video is for, and the classifier's bag of words reads "магазин" as an
            # online store
            return rules
        if rules == "mobile_app" and _NATIVE_RE.search(detransliterate(normalize(text))):
            # an app named with its store or platform ("an app on the App Store for our
            # magazine's subscribers"): the classifier's "magazine" is a shop's word
            return rules
        if rules == "bot" and TELEGRAM_APP_RE.search(normalize(text)):
            return rules  # "приложение в телеграме": the classifier's "приложение" is a store app
        if rules is not None and corrected_start(detransliterate(normalize(text))):
            # "a CRM, no wait, a bot": the classifier's bag of words cannot see
            # which task the writer settled on
            return rules
        return _combine(rules, classifier.predict("need", text, _signals(rules)))
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _signals(rules: str | None) -> tuple[str, ...]:
    return ("nothing",) if rules is None else (rules,)


def rule_signals(text: str) -> tuple[str, ...]:
    """The rules' reading of ``text`` as the classifier's extra features (``classifier.predict``);
    training computes them with this function too."""
    return _signals(need_category_by_rules(text))


#: The classifier names a category the rules found nothing for at this probability or more
#: (``NEED_FILL_OTHER`` for "other": a vague text the step records as "other" anyway).
NEED_FILL = 0.4
NEED_FILL_OTHER = 0.6
#: The classifier overrides the rules' category at this probability or more.
NEED_VETO = 0.7
# The rules' finer categories that the classifier knows only as "other".
_OTHER_KINDS = frozenset({"smm", "mobile_app", "design", "other"})


def _combine(rules: str | None, pred: classifier.Prediction | None) -> str | None:
    """Rules and classifier: the rules' category stands unless the classifier is sure of
    another (``NEED_VETO``); when the rules find nothing, the classifier's category at
    ``NEED_FILL``. "Not an answer" (a greeting, a question back) gives ``None``."""
    if pred is None:
        return rules
    label, p = pred.label, pred.confidence
    if rules is None:
        if p < (NEED_FILL_OTHER if label == "other" else NEED_FILL) or label == "not_answer":
            return None
        return label
    coarse = "other" if rules in _OTHER_KINDS else rules
    if label != coarse and p >= NEED_VETO:
        return None if label == "not_answer" else label
    return rules


#: The need step asks again when the classifier is this sure that the text names no task.
NEED_NOT_ANSWER = 0.7


_PLATFORM_RE = re.compile(
    rf"{_B}(?:мобильн[а-я]*|ios|android|андроид[а-я]*|айос|стор[а-я]*|store|google play|"
    r"play market|плей ?маркет[а-я]*|app ?store|эпп ?стор[а-я]*|айфон[а-я]*|iphone|смартфон[а-я]*|"
    rf"smartphones?|native|нативн[а-я]*|телефон[а-я]*|phones?|mobile){_E}"
)


# The task itself taken back in a later answer: "well, actually it's an app we need, not a
# website", "на самом деле нужен не сайт, а CRM".
_NEED_TAKEN_BACK_RE = re.compile(
    r"(?<![a-zа-я])(?:на самом деле|in fact|actually)(?![a-zа-я])|"
    r"(?<![a-zа-я])(?:не|not) (?:a |an |the )?(?:сайт|лендинг|магазин|интернет-магазин|crm|црм|"
    r"бот|чат-бот|приложение|website|site|landing page|store|shop|bot|chatbot|app)"
    r"(?:[а-я]*)(?:[,.!]|$| (?:а|but|нужен|нужна|нужно)(?![a-zа-я]))"
)


def takes_back_the_need(text: str) -> bool:
    """True when a later answer corrects the task named before ("actually it's an app we
    need, not a website"): then its need replaces the earlier one."""
    t = normalize(text)
    return bool(SELF_CORRECTION_RE.search(t) or _NEED_TAKEN_BACK_RE.search(t))


def names_only_an_app(text: str) -> bool:
    """The task is "an app" with no platform named ("нам нужно приложение для клиентов"): a
    mobile app we do not build, or a web app or a client account we do; worth asking once
    more before it is recorded as off-profile."""
    t = normalize(text)
    return bool(_APP_RE.search(t)) and not _PLATFORM_RE.search(t)


def names_no_task(text: str) -> bool:
    """True when a text answers "what task do you want to solve?" with no task at all (a
    greeting, a question back, "хочу узнать подробнее"): the rules find no category and the
    classifier reads "not an answer" with ``NEED_NOT_ANSWER`` or more. The need step then asks
    again instead of recording the need as "other"."""
    try:
        rules = need_category_by_rules(text)
        if rules is not None:
            return False
        pred = classifier.predict("need", text, _signals(rules))
        return (
            pred is not None
            and pred.label == "not_answer"
            and pred.p(pred.label) >= (NEED_NOT_ANSWER)
        )
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return False


@functools.lru_cache(maxsize=1024)
def need_category_by_rules(text: str) -> str | None:
    """``parse_need_category`` by the rules alone (no classifier); cached, because the
    disqualifier asks for it too."""
    try:
        return _parse_need(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


# Weaker words, read only when no category is named: "магазин сантехники", "каталог станков"
# (website); "кабинет", "склад", "заявки", "отчётность" (CRM and automation).
_WEAK_NEEDS = (
    (
        "website",
        re.compile(
            rf"{_B}(?:магазин[а-я]*|магаз|шоп|shop|store|витрин[а-я]*|каталог[а-я]*|listings?|"
            # a menu or orders taken online: "чтоб меню было онлайн и заказ на вынос"
            r"меню(?: [а-я]+){0,2} онлайн|онлайн-?меню|онлайн-?заказ[а-я]*|"
            r"заказ[а-я]* (?:на вынос|онлайн|с сайта|через сайт)|online (?:menu|ordering|orders)|"
            r"order (?:online|ahead)|take-?away orders?|"
            # customers who pay or get a price on the site themselves: "upload designs, get a
            # price instantly and pay online", "чтобы клиент сам считал цену и оплачивал онлайн"
            r"pay (?:for (?:it|them|orders?) )?online|"
            r"(?:оплатить|оплачивать|оплачивали|оплачивал) (?:[а-я]+ )?онлайн|online payments?|"
            r"онлайн-?оплат[а-я]*|get a price instantly|"
            r"instant (?:price|quote)s?|"
            # customers booking or buying by themselves, the problem told without a product:
            # "чтобы сами могли записаться, без звонка", "something that lets them book
            # themselves", "чтобы люди сами выбирали и оплачивали"
            r"(?:сами|самостоятельно) (?:могли |смогли |бы )*(?:записыва|записат|записал|"
            r"заказыва|заказат|заказал|выбирал|выбират|выбрат|оплачива|оплатит)[а-я]*|"
            r"(?:выбира|выбрал|выбрат)[а-я]* (?:[а-я]+ ){0,3}(?:и )?(?:сразу )?(?:оплач|оплат|"
            r"плати|плат[ия]|заказыва|заказа)[а-я]*|"
            r"онлайн-?запис[а-я]*|запис[а-я]* (?:онлайн|через сайт|через интернет|"
            r"круглосуточно)|(?:book|order|pay)(?:ing)? (?:by )?themselves|(?:lets?|let|allows?) "
            r"(?:them|customers|clients|patients|people|guests) (?:to )?(?:book|order)|"
            r"(?:online|self-?service|web) ?-?(?:booking|ordering)|book (?:appointments? )?online|"
            # "residents should book rooms and sign up for events online"
            r"(?:book|reserve|sign up|register|enrol)[a-z]*(?: (?!online)[a-z']+){1,8} online|"
            r"(?:записыва|записат|бронирова|заброниров|регистрирова|зарегистриров)[а-я]*"
            r"(?: (?!онлайн)[а-я]+){1,5} онлайн|"
            r"catalog(?:ue)?s?|blog|блог[а-я]*|верстк[а-я]*|вёрстк[а-я]*|web ?design|"
            # selling one's goods on the internet, in any word order: "чтобы товар продавался
            # в интернете", "продавать торты онлайн", "sell our candles online"
            r"прода(?:вать|вал(?:ись|ось|ся|ась)|вались)(?: [а-я]+){0,3} (?:в интернете|"
            r"через интернет|онлайн)|(?:в интернете|через интернет|онлайн)(?: [а-я]+){0,3} "
            rf"прода(?:вать|вал(?:ись|ось|ся|ась)|вались)|sell(?: [a-z]+){{0,3}} online|"
            # what the site is for, in the owner's words: "чтоб нас в интернете находили",
            # "чтобы туристы могли посмотреть номера и цены", "страничку с ценами и адресом",
            # "somewhere online people can see our opening times", "order our honey online"
            # a page or a section asked for: "нужна страница «Карьера» с откликами"
            r"(?:нужна|нужен|сделать|создать|новая|новый) (?:[а-я]+ )?(?:страниц[а-я]*|"
            r"раздел[а-я]*)|"
            # "чтобы про мою стоматологию можно было почитать в интернете", "a page where
            # people can see our renovation projects"
            r"(?:почитать|прочитать|узнать) (?:[а-я]+ ){0,3}(?:в интернете|в сети|онлайн)|"
            r"(?:page|site|place|somewhere) (?:online )?where (?:people|customers|clients|"
            r"visitors|folks|anyone) can (?:see|read|look at|find|browse)|"
            r"(?:в интернете|в сети|онлайн|в гугле|в яндексе)(?: [а-я]+){0,2} (?:находили|нашли|"
            r"видели|увидели)|(?:находили|нашли|видели) (?:нас )?(?:в интернете|в сети|онлайн)|"
            r"(?:люди|клиенты|покупатели|туристы|гости|родители|заказчики|пациенты)"
            r"(?: [а-я]+){0,2} (?:могли )?(?:видели|видеть|посмотреть|смотреть|увидеть|выбрать)"
            r"(?: [а-я]+){0,3} "
            r"(?:наш[а-я]*|цен[а-я]*|номер[а-я]*|меню|торт[а-я]*|работ[а-я]*|товар[а-я]*|фото|"
            r"прайс[а-я]*|ассортимент[а-я]*)|страничк[а-я]*|"
            r"(?:somewhere|a place|a page|a site) online|(?:people|customers|clients|parents|"
            r"guests|tourists)(?: [a-z]+){0,3} (?:can |could |should |to )?(?:be able to )?(?:see|"
            r"find|view|browse|look at)"
            r"(?: [a-z']+){0,4} online|put (?:our |the |my )?(?:[a-z]+ ){0,2}(?:menu|prices|price "
            r"list|catalogue|catalog|products|range|cakes|work) online|"
            rf"a page for (?:my|our) [a-z]+|(?:order|buy)(?: [a-z]+){{1,4}} online){_E}"
        ),
    ),
    (
        "crm",
        re.compile(
            rf"{_B}(?:систем[а-я]*|system|кабинет[а-я]*|logins?|inventory|склад[а-я]*|"
            rf"остатк[а-я]*|"
            r"warehouses?|накладн[а-я]*|отчетност[а-я]*|dashboards?|бронир[а-я]*|bookings?|"
            r"spreadsheets?|excel|таблиц[а-я]*|production planning|"
            r"планировани[а-я]* производств[а-я]*|"
            r"заявк[а-я]*|reminders?|напоминани[а-я]*|pipeline|track(?:ing)? (?:shipments|orders)|"
            r"(?:в|in) (?:экселе|excel)|роялти|комисси[а-я]*|"
            r"(?:one|a single) (?:place|system|database|tool) to (?:log|track|record|see|keep)|"
            # the customer following the order's stage: "чтобы клиент видел, на каком этапе
            # ремонт", "customers can track the status of their repair"
            r"(?:клиент|заказчик|покупател|customer|client)[а-яa-z]* (?:[a-zа-я]+ ){0,2}"
            r"(?:видел|видеть|отслежива|следил|следить|see|track|follow|check)[a-zа-я]*,? "
            r"(?:[a-zа-я]+ ){0,4}(?:статус|этап|стади|ход|прогресс|status|stage|progress)"
            r"[a-zа-я]*|"
            # the writer's customers logging in themselves: "I want them to log in and see the
            # status", "чтобы дилеры заходили под своим логином"
            r"(?:them|customers?|clients?|users?|dealers?|partners?|patients?|members?|tenants?|"
            r"resellers?|agents?|franchisees?|distributors?) "
            r"(?:can |could |to |will )?(?:be able to )?log ?in|"
            # "resellers need a place to log in, register deals and see commissions"
            r"(?:a|one|their own) (?:place|page|area|space|portal) (?:for (?:[a-z]+ ){1,3})?"
            r"(?:where (?:they|[a-z]+) (?:can )?|to )(?:log ?in|sign in)|"
            r"(?:клиент|покупател|дилер|партн[её]р|пациент|арендатор)[а-я]* (?:[а-я]+ )?"
            r"(?:заходил|заходить|входил|входить)[а-я]* (?:под|по) (?:сво|личн)[а-я]* "
            r"(?:логин|парол|аккаунт)[а-я]*|"
            # a sales process in disorder, described without the word CRM: "в продажах хаос",
            # "deals keep falling through the cracks", "кто обещал перезвонить — не помнит никто"
            r"(?:бардак|хаос|каша|неразбериха|беспорядок|mess|chaos|messy|chaotic|disorgani[sz]ed)"
            r"[а-я]*(?: [a-zа-я]+){0,3} (?:в |in |with |of )?(?:our )?(?:продаж|заявк|клиент|лид|"
            r"сделк|"
            r"sales|leads|deals|pipeline|follow)[a-zа-я-]*|"
            r"(?:продаж|заявк|лид|сделк|sales|leads|deals|pipeline)[a-zа-я]*(?: [a-zа-я]+){0,3} "
            r"(?:is |are |—|-|:|в )? ?(?:an? |sort of |total |complete )?(?:бардак|хаос|каша|mess|"
            r"chaos|messy|chaotic|disorgani[sz]ed|all over the place)[а-я]*|"
            r"(?:заявки|лиды|клиенты|сделки|обращения|leads|deals|clients|customers|enquiries|"
            r"inquiries)(?: [a-zа-я]+){0,2} (?:теряются|теряем|пропадают|забываются|пропускаем|"
            r"get lost|are lost|go missing|(?:fall|slip)(?:s|ing)? through|"
            r"(?:fell|slipped) through)|"
            r"(?:нет|никакого|навести|наводить) порядк?[а-я]* (?:в|с) (?:продаж|заявк|клиент|"
            r"сделк|лид)[а-я]*|(?:get|keep|bring) (?:our )?(?:sales|leads|deals|clients|"
            r"customers) (?:in order|organi[sz]ed|under control)|"
            r"(?:теряем|теряются|теряют|терять|lose|losing|lost)(?: track of)? (?:[а-я]+ )?"
            r"(?:заявки|клиентов|лидов|сделки|обращения|leads|deals|clients|customers)|"
            r"who (?:called|rang|phoned|emailed|contacted|spoke to|talked to|followed up with) "
            r"(?:whom|which|what|who)|"
            r"кто кому (?:звонил|перезвонил|писал|ответил|обещал)|"
            r"кто (?:когда )?(?:звонил|перезвонил|обещал перезвонить)|"
            r"(?:менеджер[а-я]*|продаж[а-я]*|мы|я) (?:[а-я]+ )?вед(?:ут|ем|у|ет) (?:[а-я]+ )?"
            r"(?:клиентов|заявки|сделки|лидов)|"
            # the problem alone: calls forgotten, deals' stages unknown, orders lost between
            # departments, tasks and reports without control
            r"забыва[а-я]* (?:[а-я]+ )?(?:перезвон|позвон|ответ|связ|написа)[а-я]*|"
            r"forget(?:s|ting)? to (?:follow up|call back|reply|respond|get back)|"
            r"(?:(?:не знаем|не понятно|непонятно|не видно|nobody knows|no idea),? )?"
            r"(?:на каком|what|which) (?:этапе|стадии|stage)(?: [a-zа-я]+){0,3} (?:сделк|заказ|"
            r"клиент|deal|order)[a-zа-я]*|deals? (?:are |is )?stuck|"
            r"контрол[а-я]* (?:задач|сотрудник|менеджер|исполнени)[а-я]*|task (?:tracking|"
            r"control)|"
            r"отчет[а-я]* (?:для|директору|руководств)[а-я]*|"
            r"(?:половина|часть|half|some) (?:[а-я]+ )?(?:теря[а-я]*|пропада[а-я]*)|"
            r"(?:не )?теря(?:ются|лись|ется|ем|ют) (?:[а-я]+ )?между|"
            r"(?:lose|losing|lost) (?:half|some|most|many) of them|"
            # the records of a small business, in its owner's words: "кто сколько заплатил",
            # "расписание учеников", "кто из постоянных гостей когда приезжал", "keep track of
            # every car that comes in", "stop losing orders between WhatsApp and a notebook"
            r"кто (?:сколько|когда|чем) (?:заплатил|оплатил|приезжал|приходил|покупал|должен)|"
            r"(?:кто|какие) из (?:наших )?(?:постоянных |старых )?(?:гостей|клиентов|покупателей|"
            r"учеников|пациентов)|расписани[а-я]* (?:учеников|занятий|мастеров|смен|записей|"
            r"приемов|приёмов)|(?:в одной|в единой) (?:программ|систем|баз)[а-я]*|а не в "
            r"(?:[а-я]+ )?(?:таблиц|тетрад|блокнот|экселе)[а-я]*|"
            r"(?:мастер|сотрудник|курьер|водител|механик)[а-я]* (?:[а-я]+ ){0,2}(?:видел|видели|"
            r"видеть)(?: [а-я]+){0,3} (?:список|задани|заказ|заявк|машин|расписани|запис)[а-я]*|"
            # "журнал записи вместо тетрадки", "чтобы на складе ничего не путалось", "чтобы я
            # видела выручку каждого мастера", "из нашей программы записи"
            r"журнал[а-я]* (?:записи|учета|клиентов)|вместо (?:тетрад|блокнот|бумаж|журнал)[а-я]*|"
            r"(?:ничего|ничто) не (?:путал|путает|терял|теряет)[а-я]*|(?:видел[аи]?|видеть|видно) "
            r"(?:[а-я]+ )?(?:выручк|продаж|остатк|выработк|доход)[а-я]*|"
            r"(?:из|в) (?:нашей |своей )?"
            r"(?:программ|систем)[а-я]* (?:записи|учета)|"
            r"keep track of (?:every|all|each|our|the) (?:[a-z]+ ){0,2}(?:cars?|orders?|jobs?|"
            r"clients?|customers?|guests?|patients?|students?|bookings?|repairs?|payments?)|"
            r"(?:stop )?(?:losing|lose|lost) (?:orders|bookings|jobs|appointments)|know (?:which|"
            r"who|what) (?:of our )?(?:guests|customers|clients|regulars|patients)|who (?:paid|"
            r"owes) (?:what|how much)|instead of (?:[a-z]+ )?(?:spreadsheets|notebooks?|paper)|"
            # one place to see the work, replacing a board: "one place where we see which car is
            # on which lift... right now it's a whiteboard and sticky notes"
            r"(?:one|a single|a central) (?:place|screen|system|dashboard) (?:where|to|for) "
            r"(?:we|i|everyone|the team|staff|all of us) (?:can )?(?:see|track|know)|"
            r"which (?:car|order|job|client|customer|patient|truck|room) is (?:on|at|in) which|"
            # the same kept on paper in Russian: "сейчас муж всё в тетрадку пишет"
            r"(?:вс[её] |все )?(?:в|на) (?:тетрад|блокнот|бумажк|бумаг|листочк|журнал|ежедневник)"
            r"[а-я]* (?:пишет|пишем|пишут|записыва[а-я]*|вед[её]м|ведут|вед[её]т)|"
            r"(?:пишет|пишем|пишут|записыва[а-я]*|вед[её]м|ведут) (?:вс[её] |все )?(?:в|на) "
            r"(?:тетрад|блокнот|бумажк|листочк|журнал|ежедневник)[а-я]*|"
            # "записи в тетрадке ... чтобы понятно, кто наш клиент"
            r"запис[иьей]* (?:в|на) (?:тетрад|блокнот|бумажк|листочк|ежедневник)[а-я]*|"
            r"(?:понятно|знать|видеть|видно),? кто (?:наш[а-я]* )?(?:клиент|постоянн)[а-я]*|"
            r"(?:right now|currently|at the moment|today)(?: it'?s| we use| we have|"
            r" everything'?s| everything is)?(?: all)? (?:on |in )?(?:a |our )?(?:whiteboard|"
            r"sticky notes|post-?its|paper|"
            r"notebooks?|spreadsheets?|excel)|"
            # the customers' own login: "a page where each student logs in and sees what they owe"
            r"(?:each|every|our|the) (?:students?|clients?|customers?|patients?|members?|parents?|"
            r"tenants?|dealers?|drivers?|guests?) (?:can )?(?:logs? in|signs? in)"
            rf"){_E}"
        ),
    ),
    (
        # a task done through a messenger is a bot's: "напоминалки в телеге", "via WhatsApp"
        "bot",
        re.compile(
            rf"{_B}(?:"
            # the same questions all day, messages piling up: "ученики пишут одно и то же",
            # "утонули в переписке", "drowning in DMs"
            r"(?:пишут|спрашивают|задают|присылают) (?:[а-я]+ ){0,3}(?:одно и то же|одни и те "
            r"же)|(?:ask|asking|send|sending) (?:us )?the same (?:questions|things)|"
            r"(?:утонул[аи]?|тонем|тону|не справля[а-я]*|зашива[а-я]*) (?:[а-я]+ )?(?:в |с )?"
            r"(?:переписк|сообщени|директ|личк|вопрос)[а-я]*|drowning in (?:messages|dms|chats|"
            r"questions|enquiries|inquiries)|"
            r"(?:через|в|во) (?:телег[а-я]*|телеграм[а-я]*|тг|ватсап[а-я]*|вотсап[а-я]*|"
            r"whatsapp|вайбер[а-я]*|viber|мессенджер[а-я]*)|(?:via|in|on|through) (?:telegram|"
            r"whatsapp|viber|a messenger|messenger)|"
            # "a Telegram helper that tells clients when their car is ready"
            r"(?:telegram|whatsapp|viber|телеграм[а-я]*|ватсап[а-я]*|вотсап[а-я]*) (?:helper|"
            rf"assistant|notifier|помощник[а-я]*|ассистент[а-я]*|уведомлени[а-я]*)){_E}"
        ),
    ),
)
_GENERIC_RE = re.compile(
    r"платформ|сервис|решени|инструмент|программ|platform|service|solution|tool|program"
)
# Connecting systems is integration (CRM and automation), whichever system is named first:
# "связать склад, бухгалтерию и сайт в единую систему", "обмен заказами сайт-1с".
_INTEGRATION_RE = re.compile(
    rf"{_B}(?:связать|связка|объединить|синхронизир[а-я]*|синхрониз[а-я]*|синк[а-я]*|"
    r"интегрир[а-я]*|обмен[а-я]* (?:заказ|данн|остатк)[а-я]*|в (?:одн[оу]|едину[юя]|одной) "
    r"(?:систем[а-я]*|место|базу|программ[а-я]*)|(?:сами |автоматически )?падал[аи]|connect|"
    r"integrate|sync|"
    r"hook (?:up|into)|plug (?:in|into)|tie (?:in|into)|link (?:up )?(?:to|with)|"
    r"подключить (?:[а-я0-9]+ )?(?:к|с)|подружить|связать с|"
    r"match the warehouse|never match|"
    # "чтобы сайт сам заказы в 1С кидал", "get the till, the orders and the stock talking to
    # each other"
    rf"заказ[а-я]* (?:[а-я]+ )?(?:в|из) 1с|(?:get|make|have) [a-z ,']+ talking to each other){_E}"
)
# A category named as the source of something ("лиды с таргета", "заявки из инсты") or as the
# writer's own trade ("мы смм-щики", "our SMM agency") is not the job.
_SOURCE_BEFORE_RE = re.compile(r"(?<![a-zа-я])(?:с|со|из|from|via) (?:[a-zа-я-]+ )?$")
# ...unless "с" means "with": the instrumental case after it ("платформа с личными кабинетами")
_WITH_AFTER_RE = re.compile(r"(?:[а-я]+(?:ыми|ими|ым|им) )?[а-я]+(?:ами|ями|ом|ем|ой|ей)(?![а-я])")
# Where the writer sells or talks to customers today ("we sell only through Instagram DMs",
# "сейчас продаём через инсту", "у нас всё в директе"): a channel they have, not SMM asked for.
# Requests that arrive from a network ("заявки из инсты", "bookings come via phone and
# Instagram") name it as a source in the same way.
_CHANNEL_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:sell|selling|sold|sales|orders?|take orders|trade|work|торгу[а-я]*|"
    r"прода[её]м|продаем|продаж[а-я]*|заказ[а-я]*|работаем|общаемся|переписываемся|всё|все|"
    r"everything|all|заявк[а-я]*|лид[а-я]*|обращени[а-я]*|запис[а-я]*|bookings?|requests?|"
    r"enquir[a-z]*|inquir[a-z]*|leads?|messages?|"
    # the writer's shop or audience is there: "у нас магазин одежды в инсте", "our store on IG"
    r"магазин[а-я]*|бутик[а-я]*|шоурум[а-я]*|shop|store|boutique|клиент[а-я]*|покупател[а-я]*|"
    r"аудитори[а-я]*|customers|clients|audience)(?: [a-zа-я]+){0,2} (?:only |только |пока )?"
    r"(?:through|via|in|on|over|from|by|через|в|во|на|из|с|со)(?: [a-zа-я]+)?"
    r"(?: (?:and|и|or|или))? $"
)


def _named_as_channel(t: str, start: int) -> bool:
    """The network at ``t[start]`` is where the writer sells or orders come from."""
    return bool(_CHANNEL_BEFORE_RE.search(t[max(0, start - 40) : start]))


_TRADE_AFTER_RE = re.compile(
    r"^-?(?:щик[а-я]*|щиц[а-я]*| ?агентств[а-я]*| ?agency| ?agencies| ?специалист[а-я]*|er|"
    r"(?: (?:apps? )?(?:development|dev|design|marketing))? ?(?:production |продакшн )?"
    r"(?:studio|студи[а-я]*|company|компани[а-я]*|firm|фирм[а-я]*))"
)
# The trade noun before its line of work: "мы студия мобильной разработки", "we're an agency
# of SMM"
_TRADE_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|we'?re|we are|i'?m|i am|я|наш[а-я]*|our) (?:an? )?(?:студи[а-я]*|"
    r"агентств[а-я]*|компани[а-я]*|команд[а-я]*|studio|agency|company|team|shop) "
    r"(?:[a-zа-я-]+ )?$"
)
_IDENTITY_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|we'?re|we are|i'?m|i am|я|наш[а-я]*|our|my|мой|моя|мое|as an?|"
    r"(?:we|i) (?:run|own|manage)|у нас|у меня|руковожу|владею) "
    r"(?:[a-zа-я-]+ ){0,2}$"
)


_PRINT_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:printed|print|paper|печатн[а-я]*|бумажн[а-я]*|полиграфическ[а-я]*) "
    r"(?:[a-zа-я-]+ )?$"
)


# Business cards (plural) beside a design or print job are paper: "брендбук и визитки",
# "логотип, визитки, листовки" (a "сайт-визитка" is one site).
_CARDS_RE = re.compile(r"визит(?:ки|ок|кам|ками)(?![а-я])")
_PRINT_JOB_RE = re.compile(
    r"(?<![a-zа-я])(?:брендбук|логотип|лого|фирменн[а-я]* стил|айдентик|листовк|буклет|флаер|"
    r"бланк|(?:на|рас|от)?печат|полиграф|типограф|print|"
    # drawn on paper: "нарисовать меню и визитки"
    r"нарис[а-я]*|рисова[а-я]*|меню(?! (?:сайт|на сайт)))"
)


# Photos or videos the writer's users send as part of a process ("clients upload claims with
# photos", "водители отправляют фото накладных"): content of the system, no production job.
_MEDIA_SENT_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:upload[a-z]*|send(?:s|ing)?|attach[a-z]*|submit[a-z]*|отправля[а-я]*|"
    r"отправ(?:ить|ит|ят|ил[а-я]*)|загружа[а-я]*|загруз(?:ить|ит|ят|ил[а-я]*)|прикрепля[а-я]*|"
    r"прикреп(?:ить|ит|ят|ил[а-я]*)|присыла[а-я]*|присл(?:ать|ал[а-я]*)|скидыва[а-я]*|"
    r"кида(?:ть|ют|ли))(?: [a-zа-я]+){0,3} $|"
    # what a catalogue shows: "каталог продукции с ценами и фото", "listings with photos"
    r"(?<![a-zа-я])(?:с|со|with) (?:[a-zа-я]+,? (?:и|and) )?$"
)
_MEDIA_RE = re.compile(r"фото|photo|видео|video")


def _sent_media(t: str, start: int) -> bool:
    """The "other" word at ``t[start]`` is a photo or video the writer's users send."""
    return bool(
        _MEDIA_RE.match(t, start) and _MEDIA_SENT_BEFORE_RE.search(t, max(0, start - 40), start)
    )


# A site word right before "bot": the site is where the bot lives ("website chatbot").
_BOT_AFTER_RE = re.compile(r"[ -](?:chat ?bot|bot|чат-?бот|бот)(?![a-zа-я])")


def _printed(t: str, start: int) -> bool:
    """The site word at ``t[start]`` is printed matter: "a printed catalogue layout",
    "брендбук и визитки"."""
    if _CARDS_RE.match(t, start) and _PRINT_JOB_RE.search(t):
        return True
    return bool(_PRINT_BEFORE_RE.search(t, 0, start))


def is_trade(t: str, start: int, end: int) -> bool:
    """The words at ``t[start:end]`` name the writer's own trade ("мы смм-щики", "our SMM
    agency", "Наш SMM-щик ушёл"), not a request ("нужен смм-щик")."""
    before = t[max(0, start - 30) : start]
    return bool(
        _TRADE_AFTER_RE.match(t[end : end + 30]) and _IDENTITY_BEFORE_RE.search(before)
    ) or bool(_TRADE_BEFORE_RE.search(before))


# Services around a site that we do not sell: "копирайтинг для сайта", "translate our site".
_SERVICE_RE = re.compile(
    r"desktop|десктоп|копирайт|текст|перевод|перевест|translat|локализ|locali[sz]|консультац|"
    r"consult|аудит|"
    r"audit|пентест|pen(?:etration)?[- ]?test|тестир|testing|поддержк|support|хостинг|hosting|"
    # making a video or photos for a channel is production, not running the channel (SMM)
    rf"видео|video|ролик|с?монтаж|с?монтир|фото|photo|{_GOODS_SHOWN_ELSEWHERE}"
)
# An app named with a platform is an app ("апка на андроид"), not a site for phones.
_APP_RE = re.compile(
    rf"{_B}(?:прилож[а-я]*|апк[аиу]|апп|apps?|application|игр[аыуе]|игрушк[а-я]*|games?|"
    rf"прог[аиуе] (?:на|для|под) (?:телефон|смартфон|айфон|андроид)[а-я]*){_E}"
)


# Coding a design up into pages: the markup of a site, whoever drew the design.
_MARKUP_RE = re.compile(
    rf"{_B}(?:верстк[а-я]*|вёрстк[а-я]*|сверста[а-я]*|верста[а-я]*|html|css|front-?end|"
    rf"фронтенд[а-я]*|фронт|markup|(?:code|build|turn) (?:it |them |this )?(?:up )?into pages){_E}"
)


_PROGRAM_FOR_PLATFORM_RE = re.compile(
    rf"{_B}(?:прог[аиуе]|программ[а-я]*) (?:на|для|под) (?:айфон|андроид|iphone|android|ios)"
)


def _names_app(t: str) -> bool:
    """An app is asked for: not the "app" of a web phrase ("progressive web app", "PWA-
    приложение") and not a negated one ("no app store", "без приложения")."""
    platform = _PROGRAM_FOR_PLATFORM_RE.search(t)
    if platform and not is_negated(t, platform.start()):
        return True  # "программа на айфон и на андроид": the platforms name an app
    blanked = blank(MOBILE_WEB_RE, t)
    return any(
        not is_negated(blanked, m.start())
        and not _NEGATED_AFTER_RE.match(blanked[m.end() : m.end() + 60])  # "app not required"
        for m in _APP_RE.finditer(blanked)
    )


# The task to be done first, named after another ("a CRM, but a store first", "бот, но в
# первую очередь лендинг"): the one the writer starts with is the answer.
_FIRST_BEFORE = (
    r"сначала|сперва|для начала|в первую очередь|начн[её]м с|начать с|first(?: of all)?|"
    r"to start with|to begin with|start with|for starters"
)
_FIRST_AFTER = (
    r"first|to start(?: with)?|to begin with|for starters|для начала|сначала|сперва|"
    r"в первую очередь"
)
_FIRST_BEFORE_RE = re.compile(rf"(?<![a-zа-я])(?:{_FIRST_BEFORE}) (?:[a-zа-я-]+ ){{0,2}}$")
_FIRST_AFTER_RE = re.compile(rf"^,? (?:{_FIRST_AFTER})(?![a-zа-я])")
# Any word either rule above needs, built from their own lists: most answers have none, and
# the rules cost a search per category (a quarter of the need parser's time without this gate).
# "думали про сайт, но нет — нужна CRM": taken back before the task settled on
_BUT_NO_RE = re.compile(r"(?<![a-zа-я])(?:но|а|but) (?:нет|no|nope)(?= ?[,.;:—–-])")
# "сначала думали про приложение, но наверно лучше сайт", "we considered an app, but a site is
# better": a task only thought of gives way to the better choice
_BUT_BETTER_RE = re.compile(
    r"(?<![a-zа-я])(?:но|а|but)(?= (?:наверно[е]? |скорее (?:всего )?|вс[её]-?таки |probably |"
    r"maybe |actually )?(?:лучше|better|rather)(?![a-zа-я])|"
    # "we thought about a site, but actually we need an app"
    r" (?:actually|really|на самом деле) (?:we |i |нам |мне )?(?:need|want|нуж)| (?:a |an )?"
    r"(?:[a-z-]+ ){1,3}"
    r"(?:would be|is|seems|might be|makes more sense|works better)(?![a-z])|"
    # "думали про приложение, но если кабинет на сайте откроется с телефона — нам хватит"
    r"[^.!?]{1,80}(?:нам )?(?:этого |его |е[её] )?(?:хватит|хватает|будет достаточно|will do|"
    r"is enough|would be enough|suffices)(?![a-zа-я]))"
)
_THOUGHT_RE = re.compile(
    r"(?<![a-zа-я])(?:думал[а-я]*|хотел[а-я]*|планировал[а-я]*|рассматривал[а-я]*|thought|"
    r"considered|were thinking|was thinking|wanted|i'?d say|сказал[аи]? бы)(?![a-zа-я])"
)
# What is wanted now, after a project told in the past: "Прошлый подрядчик сделал нам сайт.
# Теперь нужно приложение в App Store", "we tried an app, nobody installed it; now we just want
# a good site" (the past project is not the request).
_NOW_WANTED_RE = re.compile(
    r"(?<![a-zа-я])(?:теперь|а теперь|now)(?:,)? (?:нам |мы |we |i )?(?:(?:уже )?(?:нуж[а-я]*|"
    r"хотим|хочу|need|want|would like|'d like)|(?:покупатели|клиенты|customers|clients) "
    r"(?:просят|хотят|ask for|want))(?![a-zа-я])"
)
_PAST_PROJECT_RE = re.compile(
    r"(?<![a-zа-я])(?:сделал[аи]?|делали|пробовали|запустили|заказывали|был[аио]?|работает|есть|"
    r"built|made|tried|launched|had|did|works|have|already)(?![a-zа-я])"
)
# A change of mind after a task thought of: "хотели приложение, но поняли, что хватит сайта",
# "we thought we needed an app, but really a web store will do", "сайт хотели, но он у нас
# есть", "I wanted SMM, but I know you don't do it"
_CHANGED_MIND_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:но|а|but) (?:потом |then )?(?:поняли|понял[аи]?|решили|решил[аи]?|"
    r"оказалось|разработчик сказал|нам сказали|realized|realised|decided|figured|found out)|"
    r"(?:but|но) (?:really|actually|на самом деле)(?=[ ,])|(?:но|а|but) (?:он|она|оно|it|one) "
    r"(?:у нас |we )?(?:уже )?(?:есть|exists|already have)[^.!?;]*[.!?;]|(?:but|но) (?:i know|"
    r"знаю,? что) (?:you|вы)[^.!?;]*[.!?;])"
)
# The task named again in other words: "магазин в Инстаграме вести — в смысле SMM"
_I_MEAN_RE = re.compile(r"(?<![a-zа-я])(?:в смысле|то есть)(?![a-zа-я])")
_CORRECTION_OR_FIRST_RE = re.compile(
    rf"{SELF_CORRECTION_RE.pattern}|{_BUT_NO_RE.pattern}|{_BUT_BETTER_RE.pattern}|"
    rf"{_CHANGED_MIND_RE.pattern}|{CONCLUSION_RE.pattern}|{_I_MEAN_RE.pattern}|"
    rf"(?<![a-zа-я])(?:{_FIRST_BEFORE}|{_FIRST_AFTER})|{_NOW_WANTED_RE.pattern}|"
    rf"{THEN_NOW_RE.pattern}"
)


def corrected_start(t: str) -> int:
    """Where the task the writer settles on starts in the normalized ``t``: after a
    self-correction ("бот, хотя нет, сначала лендинг") or at a task marked to come first ("a CRM,
    but a store first"), when another task is named before it; 0 when there is none."""
    if not _CORRECTION_OR_FIRST_RE.search(t):
        return 0
    cut = 0
    # a self-correction: the task named after it replaces the one before ("бот, хотя нет,
    # лендинг", "a CRM, no wait, a bot", "a store, or rather a catalogue site")
    better = [m for m in _BUT_BETTER_RE.finditer(t) if _THOUGHT_RE.search(t, 0, m.start())]
    now = [m for m in _NOW_WANTED_RE.finditer(t) if _PAST_PROJECT_RE.search(t, 0, m.start())]
    changed = [m for m in _CHANGED_MIND_RE.finditer(t) if _THOUGHT_RE.search(t, 0, m.start())]
    for m in (
        *SELF_CORRECTION_RE.finditer(t),
        *_BUT_NO_RE.finditer(t),
        *better,
        *now,
        *changed,
    ):
        if m.end() > cut and _parse_need(t[: m.start()]) and _parse_need(t[m.end() :]):
            cut = m.end()
    # what was done before, then what is wanted now ("в прошлом году SMM нам вела другая
    # фирма, а сейчас нужен магазин")
    for m in THEN_NOW_RE.finditer(t):
        now = m.start("but")
        if now > cut and _parse_need(t[:now]) and _parse_need(t[now:]):
            cut = now
    # a conclusion or the task said again ("..., so a CRM", "в смысле SMM") names a task of its
    # own, not "other" ("..., so sales and support see everything" is a purpose)
    for m in (*CONCLUSION_RE.finditer(t), *_I_MEAN_RE.finditer(t)):
        if (
            m.end() > cut
            and _parse_need(t[: m.start()])
            and _parse_need(t[m.end() :])
            not in (
                None,
                "other",
            )
        ):
            cut = m.end()
    for pattern in _NEED_RES.values():
        for m in pattern.finditer(t):
            before = _FIRST_BEFORE_RE.search(t[max(0, m.start() - 40) : m.start()])
            if before:
                start = max(0, m.start() - 40) + before.start()
            elif _FIRST_AFTER_RE.match(t[m.end() : m.end() + 25]):
                start = m.start()
            else:
                continue
            if start > cut and _parse_need(t[:start]) and _parse_need(t[start:]):
                cut = start
    return cut


# A category word that only qualifies the data of another job ("инстаграм-заявки складывать в CRM",
# "TikTok ad reports into HubSpot"): next to a task we build, that task is the job.
_DATA_AFTER_RE = re.compile(
    r"^(?:-| )?(?:ad |ads |campaign |рекламн[а-я]* )?(?:отчет|статистик|аналитик|данн|метрик|"
    r"заявк|лид|комментари|сообщени|переписк|обращени|report|stat|data|metric|analytic|lead|"
    r"message|dm|comment|inquir|enquir|insight)[a-zа-я]*"
)
_SERVED = frozenset({"website", "crm", "bot"})
# A request right before a task we build: "нужен", "хотим", "need", "what we need from you is a"
_ASKED_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:нуж(?:ен|на|но|ны)|хотим|хочу|хочется|требуется|need|want|looking for|"
    r"would like|we'?d like)(?: [a-zа-я'-]+){0,4} $"
)


_THEIRS_BEFORE_RE = re.compile(
    r"(?:клиент[а-я]*|заказчик[а-я]*|им|их|clients?|customers?|they|them)(?: [a-zа-я]+){0,2} $"
)


def _asked_for(t: str, start: int, found: list[tuple[int, int, str]]) -> bool:
    """The task at ``start`` is the first one named after a request ("нужен сайт", not "нужно
    SMM и сайт")."""
    m = _ASKED_BEFORE_RE.search(t, max(0, start - 60), start)
    if m is None or _THEIRS_BEFORE_RE.search(t, max(0, m.start() - 25), m.start()):
        return False  # "нашим клиентам постоянно нужны сайты": the clients' need
    return not any(m.start() < f[0] < start for f in found)


def qualifies_data(t: str, end: int) -> bool:
    """The category word ending at ``t[end]`` names the kind of some data ("инстаграм-заявки",
    "TikTok ad reports"), not a job of its own."""
    return bool(_DATA_AFTER_RE.match(t[end : end + 30]))


_NO_IDEA_OF_NEED_RE = re.compile(
    r"(?<![a-zа-я])(?:не знаю|не знаем|не понимаю|не понимаем|без понятия),? (?:даже )?что "
    r"(?:нам |мне )?"
    r"(?:нужно|надо)|"
    r"(?:don'?t|do not) (?:even )?know what (?:we|i) need"
)


def _weak_hits(t: str) -> list[tuple[int, int, str]]:
    """The weak cues of ``t`` (position, priority, category), but a negated one or a printed
    site ("печатный каталог")."""
    if _NO_IDEA_OF_NEED_RE.search(t):
        return []  # "не знаю, что нам нужно... магазинчик у нас маленький": no task named
    hits = []
    for cat, pattern in _WEAK_NEEDS:
        # the first cue that counts: "print shop ... pay online" has one after the printed one
        for m in pattern.finditer(t):
            if is_negated(t, m.start()) or (cat == "website" and _printed(t, m.start())):
                continue
            hits.append((m.start(), _PRIORITY.index(cat), cat))
            break
    return hits


# An app that runs in the browser or stays out of the stores is a web app (a client account, a
# portal): "приложение, но не для сторов — пусть открывается в браузере", "a browser-based app".
_WEB_APP_RE = re.compile(
    rf"{_B}(?:(?<!не )(?:в|через) браузер[а-я]*|(?<!not )in (?:the |a )?browser|browser-based|"
    r"не (?:для|в|через) (?:стор|сторов|сторы|сторах|app ?store|google play|плей ?маркет)[а-я]*|"
    r"not (?:for|in|on|through) (?:the )?(?:stores?|app ?stores?|google play)|"
    # the stores avoided: "веб-версию, чтобы не возиться с App Store", "to skip the app stores"
    r"(?:не возиться|не связываться|не заморачиваться|обойтись без|без возни) (?:со? )?"
    r"(?:стор[а-я]*|app ?store|google play|плей ?маркет[а-я]*)|(?:avoid(?:ing)?|skip(?:ping)?|"
    r"bypass(?:ing)?|without) (?:the )?(?:app ?stores?|google play|store review)|"
    rf"без (?:сторов|стора|app ?store|публикации в стор[а-я]*)){_E}"
)

_PWA_RE = re.compile(r"pwa|progressive web|прогрессивн")
_ACCOUNT_RE = re.compile(r"кабинет|портал|аккаунт|account|portal|dashboard|crm|црм|срм")
# A store or native platform named: the app is a store app, whatever its features
_NATIVE_RE = re.compile(
    rf"{_B}(?:native|нативн[а-я]*|app ?store|google play|play market|плей ?маркет[а-я]*|ios|"
    rf"android|айос|андроид[а-я]*){_E}"
)


# A site whose users see their own data in an account is the account ("сайт для школы, чтобы
# родители видели оценки в личном кабинете"): CRM, as the portals are.
_ACCOUNT_PURPOSE_RE = re.compile(
    r"(?<![a-zа-я])(?:чтобы|чтоб|где|so that|so|where) (?:[a-zа-я]+ ){0,3}(?:видел[аи]?|видят|"
    r"смотрел[аи]?|смотрят|отслеживал[аи]?|see|view|check|track)(?: [a-zа-я]+){0,4} (?:в|in|on) "
    r"(?:сво[её]м |their |a |the )?(?:личн[а-я]* )?(?:кабинет[а-я]*|account|portal)(?![a-zа-я])|"
    # "a site where every parent logs in and sees the attendance"
    r"(?<![a-z])(?:where|so that|so) (?:each|every|our|the) (?:[a-z]+ )?(?:logs? in|signs? in|"
    r"can log in|can sign in)(?![a-z])"
)
# "ИМ" in capitals is an online store ("ИМ для одежды"); in small letters it is "them".
_STORE_ABBREVIATION_RE = re.compile(r"(?<![А-ЯЁа-яёA-Za-z])ИМ(?![А-ЯЁа-яёA-Za-z])")


def _parse_need(text: str) -> str | None:
    if "ИМ" in text:
        text = _STORE_ABBREVIATION_RE.sub("интернет-магазин", text)
    t = detransliterate(normalize(text))
    found = _read_need(t)
    if found == "website" and _ACCOUNT_PURPOSE_RE.search(t):
        return "crm"
    web = _WEB_APP_RE.search(t)
    # ("нужен не сайт и не кабинет в браузере, а нативное приложение": the browser refused)
    if found == "mobile_app" and web and not is_negated(t, web.start()) and not _PWA_RE.search(t):
        # a client account if it is one, a site otherwise (a PWA is a site: MOBILE_WEB_RE)
        return "crm" if _ACCOUNT_RE.search(t) else "website"
    return found


# What the writer makes for others, named before a category: "мы делаем лендинги и небольшие
# сайты", "we build booking sites for hotels" (their trade, not a request; "делаем ремонт, нужен
# сайт" names no category after the verb).
_OWN_WORK_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:мы|я) )?(?:делаем|разрабатываем|создаем|создаём|верстаем|собираем|"
    r"занимаемся|специализируемся на|we build|we make|we develop|we design|we do|i build|"
    r"i make|i develop|i design)(?: [a-zа-я-]+){0,3} $"
)


# The product the writer sells and installs for others: "мы региональный партнёр 1С", "we're
# a HubSpot partner" ("портал для наших дилеров 1С" names the buyer's own dealers).
_VENDOR_OF_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|я|we are|we'?re|i'?m|i am)(?: [a-zа-я-]+){0,2} (?:партнер|франчайзи|"
    r"интегратор|реселлер|внедренц|partner|franchisee|reseller|integrator|implementer)"
    r"[а-яa-z]*(?: [a-zа-я-]+)? $|"
    # or the Russian trade noun in apposition, after the firm's name, before the product it
    # sells: "«Альфа-Софт», интегратор 1С" ("нужен интегратор 1С" asks for one; in English the
    # noun after it is what the site is for: "reseller portal")
    # ("партнёрский портал" is the portal's users, not the writer's trade)
    r"(?:^|[,;:—–] |\. )(?:официальн[а-я]* |сертифицированн[а-я]* )?(?:партнер(?!ск)|франчайзи|"
    r"интегратор|реселлер|внедренц)[а-я]* $"
)


def own_work(t: str, m: re.Match[str]) -> bool:
    """The category at ``m`` is what the writer makes for others: a plural after a verb of
    making ("делаем лендинги и сайты"; "делаем маркетплейс, нужен MVP" is their own product),
    or the product they are a partner of ("мы партнёр 1С")."""
    before = max(0, m.start() - 40)
    return (
        bool(_PLURAL_RE.search(m.group(0)) and _OWN_WORK_BEFORE_RE.search(t, before, m.start()))
        or bool(_TRADE_VERB_BEFORE_RE.search(t, before, m.start()))
        or bool(_VENDOR_OF_BEFORE_RE.search(t, before, m.start()))
    )


# A line of work named after a verb of trade, plural or not: "мы занимаемся SMM, а себе сайт
# сделать не можем", "we specialise in SEO" (a service is no plural noun).
_TRADE_VERB_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:мы|я) (?:занимаемся|занимаюсь|специализируемся на|специализируюсь на|"
    r"оказываем услуги)(?: [а-я-]+)?|(?:we|i) (?:do|specialise in|specialize in|offer|provide)) $"
)


# (plural nouns and adjectives: "лендинги", "мобильные приложения")
_PLURAL_RE = re.compile(r"(?:[а-я](?:ы|и)|ые|ие|ия|[a-z]s)$")


def _only_own_work(text: str) -> bool:
    """A category is named, each time as the writer's own work (``own_work``)."""
    t = detransliterate(normalize(text))
    hits = [m for pattern in _NEED_RES.values() for m in pattern.finditer(t)]
    return bool(hits) and all(own_work(t, m) for m in hits)


# The channel the writer sells through has become too small: "we've outgrown selling through
# Instagram DMs", "переросли продажи через директ".
_OUTGROWN_RE = re.compile(
    r"(?<![a-zа-я])(?:outgr[eo]wn|(?:are|is) too small|переросл[а-я]*|(?:нам )?(?:стало )?тесно|"
    r"уже не хватает|"
    # orders taken by hand there are too many: "продаём через инсту, устали вручную заказы
    # принимать", "can't keep up with the DMs"
    r"устали|не справля[а-я]*|утонули|tired of|can'?t keep up)(?![a-zа-я])"
)


_BARE_DEVICE_RE = re.compile(
    r"(?:под|для|на|с|со|c) (?:мобильн[а-я]*|телефон[а-я]*|смартфон[а-я]*|планшет[а-я]*|"
    r"мобилк[а-я]*|айфон[а-я]*|андроид[а-я]*)(?: (?:устройств[а-я]*|экран[а-я]*|телефон[а-я]*))?"
)


_PAGE_VERB_RE = re.compile(
    r"(?<![а-я])(?:открыва|откро|отображ|грузи|загружа|выгляд|листа|адаптир|верст)[а-я]*"
)


def only_a_device(text: str) -> bool:
    """Phones named with no site and no app ("с телефона неудобно заказывать"): which one the
    writer means is not said."""
    t = detransliterate(normalize(text))
    hits = list(MOBILE_WEB_RE.finditer(t))
    if not hits or not all(_BARE_DEVICE_RE.fullmatch(m.group(0)) for m in hits):
        return False
    if _PAGE_VERB_RE.search(t):
        return False  # "чтобы на телефоне нормально открывалось": pages that open are a site's
    blanked = blank(MOBILE_WEB_RE, t)
    return not any(p.search(blanked) for p in _NEED_RES.values()) and not _weak_hits(blanked)


# A funding programme is no software: "в рамках муниципальной программы «Цифровая
# администрация»", "under the state programme"
_FUNDING_PROGRAMME_RE = re.compile(
    r"(?<![а-я])(?:(?:муниципальн|государственн|федеральн|региональн|национальн|целев|"
    r"областн|краев)[а-я]* |гос|в рамках (?:реализации )?)программ[а-я]*|"
    r"(?<![a-z])(?:government|state|federal|municipal|national|regional|grant|funding) "
    r"program(?:me)?s?(?![a-z])"
)


def _read_need(t: str) -> str | None:
    if not t:
        return None
    cut = corrected_start(t)
    if cut:
        return _read_need(t[cut:])
    t = blank(_FUNDING_PROGRAMME_RE, t)
    t = blank(_NOT_A_TASK_RE, t)
    telegram_app = TELEGRAM_APP_RE.search(t)
    if telegram_app and not is_negated(t, telegram_app.start()):
        return _read_need(blank(TELEGRAM_APP_RE, t)[: telegram_app.start()]) or "bot"
    mobile_web = False
    if MOBILE_WEB_RE.search(t) and not (_names_app(t) and not _NEED_RES["website"].search(t)):
        mobile_web = True
        t = blank(MOBILE_WEB_RE, t)
    found: list[tuple[int, int, str]] = []
    data_kind: tuple[int, int, str] | None = None
    for cat, pattern in _NEED_RES.items():
        for m in pattern.finditer(t):
            if is_negated(t, m.start()) or _NEGATED_AFTER_RE.match(t[m.end() : m.end() + 60]):
                continue
            if cat in ("smm", "other") and is_trade(t, m.start(), m.end()):
                continue
            if cat == "other" and _sent_media(t, m.start()):
                continue
            if cat == "website" and _BOT_AFTER_RE.match(t, m.end()):
                continue  # "website chatbot", "сайт-бот": the bot is the job, the site its place
            if own_work(t, m):
                continue  # "мы веб-студия, делаем лендинги и сайты": the writer's trade
            if cat == "website" and _printed(t, m.start()):
                continue
            if cat == "smm" and qualifies_data(t, m.end()):
                data_kind = data_kind or (m.start(), _PRIORITY.index(cat), cat)
                continue
            found.append((m.start(), _PRIORITY.index(cat), cat))
            break
    if data_kind and _named_as_channel(t, data_kind[0]):
        data_kind = None  # "orders come by phone and Instagram DMs": where messages come from
    if data_kind and not any(f[2] in _SERVED or f[2] == "smm" for f in found):
        found.append(data_kind)  # "нужны SMM-отчёты для клиента": nothing else is asked for
    # The channel the writer sells through today ("продаём через инсту, нужен свой магазин")
    # is not SMM asked for, when anything else is asked for; alone, it stays the request.
    channels = [f for f in found if f[2] == "smm" and _named_as_channel(t, f[0])]
    found = [f for f in found if f not in channels]
    if channels and not found and _OUTGROWN_RE.search(t):
        return "website"  # "we've outgrown selling through Instagram DMs": a store of their own
    if len(found) == 1 and found[0][2] == "other" and _GENERIC_RE.match(t, found[0][0]):
        # "сервис для клиник: пациенты ... видят анализы в кабинете": what the generic word is
        # ...or in a purpose clause: "программа, чтобы на складе ничего не путалось"
        colon = t.find(":", found[0][0])
        purpose = re.search(r"(?<![а-я])чтоб[ы]?(?![а-я])|(?<![a-z])so (?:that )?", t)
        explained = _weak_hits(t[colon + 1 :]) if colon >= 0 else _weak_hits(t) if purpose else []
        if explained:
            return min(explained)[2]
    if (
        found
        and all(f[2] == "website" for f in found)
        and all(_SITE_AS_SOURCE_RE.search(t[max(0, f[0] - 12) : f[0]]) for f in found)
        and any(h[2] == "crm" for h in _weak_hits(t))
    ):
        return "crm"  # "заявки с сайта падают на почту, и половина теряется"
    if not found:
        if mobile_web:
            return "website"
        found = _weak_hits(t) or channels
        if not found:
            return None
        if any(f[2] == "bot" for f in found):
            return "bot"  # "напоминания клиентам через вотсап": the messenger makes it a bot
    found.sort()
    if any(f[2] == "bot" for f in found) and _INSIDE_A_BOT_RE.search(t):
        return "bot"  # "программа лояльности в телеграм-боте": the bot is what gets built
    if (
        any(f[2] == "mobile_app" for f in found)
        and _INSIDE_AN_APP_RE.search(t)
        and _NATIVE_RE.search(t)
        and not _WEB_APP_RE.search(t)
    ):
        return "mobile_app"  # "программа лояльности в виде приложения для Android"
    if found[0][2] not in _SERVED:
        # who the writer is comes first, then the request: "мы SMM-агентство... нужен сайт
        # агентства", "a mobile game studio; what we need from you is a website"
        asked = [f for f in found if f[2] in _SERVED and _asked_for(t, f[0], found)]
        if asked:
            found = [asked[0], *(f for f in found if f is not asked[0])]
    cats = {f[2] for f in found}
    if len(found) > 1:
        # a category named as a source ("лиды с таргета в CRM") is not the job
        kept = [
            f for f in found
            if not _SOURCE_BEFORE_RE.search(t[max(0, f[0] - 12) : f[0]])
            or _WITH_AFTER_RE.match(t, f[0])
        ]  # fmt: skip
        found = kept or found
        cats = {f[2] for f in found}
    if found[0][2] == "mobile_app" and _NATIVE_RE.search(t):
        return "mobile_app"  # "a native iOS app: class booking, Apple Health sync": the app
    if _INTEGRATION_RE.search(t) and cats & {"website", "crm", "other"} and "bot" not in cats:
        return "crm"
    if "bot" in cats and found[0][2] == "smm":
        return "bot"  # "Instagram DM auto-reply bot": the bot is the job, Instagram its channel
    # the design of a site is a website job ("адаптивная вёрстка + новый дизайн сайта"), and so
    # is coding a design up into pages ("сверстать страницы по макету", "HTML from our Figma")
    if found[0][2] == "design" and ("website" in cats or _MARKUP_RE.search(t)):
        return "website"
    # a site as the source or place of something else ("заявки с сайта в CRM") is not the job
    if found[0][2] == "website" and len(cats - {"other"}) > 1:
        start = found[0][0]
        if _SITE_AS_PLACE_RE.search(t[max(0, start - 12) : start]):
            found = [f for f in found if f[2] != "website"]
    first = found[0]
    if (
        first[2] == "website"
        and cats <= {"website", "other"}
        and _SITE_OPERATION_RE.search(t)
        and not _BUILD_RE.search(t)
    ):
        return "other"
    if first[2] == "other":
        # "разработка нового официального сайта": the job named a few adjectives later, in the
        # same clause; a generic word explained after a colon ("платформа для школы: ученики
        # заходят в личный кабинет")
        stops = r"[.;!?]" if _GENERIC_RE.match(t, first[0]) else r"[.;:!?]"
        specific = [
            f for f in found
            if f[2] != "other" and f[0] - first[0] <= 60
            and not re.search(stops, t[first[0] : f[0]])
        ]  # fmt: skip
        promotion = (
            r"seo|сео|контекст|директ|реклам|продвижени|раскрутк|ads|advertis|promot|вывест|"
            r"google ads|adwords|ppc|яндекс[. ]?директ|"
            r"вывод|выведени|подня|продвинуть|rank|get|push"
        )
        if specific and re.match(promotion, t[first[0] :]):
            # promoting a site is SEO ("other"); promoting a VK group or Instagram is SMM
            smm = [f for f in specific if f[2] == "smm"]
            return "smm" if smm else "other"
        if specific and specific[0][2] != "bot" and _SERVICE_RE.match(t[first[0] :]):
            return "other"  # "копирайтинг для сайта": a service around the site
        if specific:
            return specific[0][2]
    return first[2]
