"""Disqualifiers: job seekers, would-be partners/resellers, vendors, researchers, students, spam,
off-profile requests.

Checked in this order: spam, job seeker, student, vendor, partner, researcher, off-profile.

* ``job_seeker``: wants to work for us, also without the word "работа" (a designer offering to
  join, a junior asking about internships, a portfolio sent, "ищу команду", "могу делать сайты
  для вас", a test task offered, a code profile or a stack named);
* ``vendor``: agencies and freelancers selling THEIR services or goods to us (SEO, ads,
  outsourcing, outstaffing, subcontracting, lead generation, software, licences, databases,
  spare developers, "we can take your overflow", "могу забрать вёрстку", an hourly rate or any
  price of the writer's own work ("рисую баннеры, цены демократичные", "my rates are modest",
  also next to a portfolio, unless a job is wanted: ``_freelance_offer``), a paid article
  about us, "our agency runs ads for X", "I can translate your site"; running our social
  networks in any modal ("возьмём ваш ВК на ведение", "I'd love to look after your LinkedIn")
  is a service sold to us, checked before the off-profile keyword "SMM"; sending US their
  overflow is a partner);
* ``partner``: partnership, cooperation, reselling, affiliate and referral programmes, a joint
  venture ("we have the clients, you build"), clients of the writer's who need what we build
  with cooperation offered ("знаю владельцев кафе, которым нужны боты, давайте сотрудничать":
  the need is theirs, the writer brings them);
* ``researcher``: market research, surveys (a survey offered is research even "for a
  university", checked before the student words), journalists, analysts writing a report;
* ``student``, ``spam``; ``off_profile``: a task we do not do (``off_profile_keywords``).

A buyer is never discarded on one word:

* "weak" words ("вакансия", "резюме", "студент", "дилер", "крипто", "опрос") disqualify only
  when the message does not also describe a project of the kind we build;
* a word naming the AUDIENCE of the project ("портал для дилеров", "интеграция для
  реселлеров", "бот для студентов нашей школы", "сайт ... с вакансиями") is not about the writer;
* an off-profile keyword that is negated ("без SMM", "no mobile app needed", "не мобильное
  приложение") or is part of a website phrase ("мобильная версия", "адаптив", "mobile-friendly",
  "мобильный телефон"), names the kind of some data for a task we build ("инстаграм-заявки в CRM")
  or comes before a self-correction ("SMM, хотя нет, давайте лендинг") is not a request
  (keywords stay plain words, matched by prefix, so an admin can list them in
  ``OFF_PROFILE_KEYWORDS``; the context rules live here);
* ``Disqualifier.buyer_evidence`` is True when the writer ALSO asks for a project we serve in
  their own words: a need word ("нужен", "хотим", "ищем", "need", "looking for") next to a
  website, CRM/automation/integration or bot ("Мы SEO-агентство, и нам самим нужен сайт"), so
  the caller can hand a mixed case to a human instead of closing it. A technology named in an
  offer ("Предлагаем аутстаф разработчиков: PHP, Python, React, 1С"), the recipient's site
  ("SEO вашего сайта") or someone else's need ("вам нужен сайт?") is no evidence;
* the writer's own trade is no off-profile request ("we're an SMM agency ourselves and need a
  website"), what the prospect already has neither ("приложение у нас уже есть").

The rules are backed by the disqualifier classifier (``classifier.py``): see ``_combine``. It
knows the company profile of its training data (no SMM, no mobile apps): its ``off_profile``
is used only when ``off_profile_keywords`` names one of those, and an admin's other keyword is
left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from . import classifier
from ._text import (
    REFUSED_AFTER,
    REFUSED_AFTER_LIST,
    SELF_CORRECTION_RE,
    as_text,
    blank,
    detransliterate,
    drop_joke,
    normalize,
    reading_cache,
    words,
)
from .options import (
    MOBILE_WEB_RE,
    NEED_PATTERNS,
    TELEGRAM_APP_RE,
    WITHDRAWN_AFTER,
    corrected_start,
    is_negated,
    is_trade,
    need_category_by_rules,
    own_work,
    qualifies_data,
)

DisqualifierKind = Literal[
    "job_seeker", "partner", "vendor", "researcher", "student", "spam", "off_profile"
]

#: Need categories we build: a request for one of them is buying evidence.
SERVED_NEEDS = frozenset({"website", "crm", "bot"})


@dataclass(frozen=True, slots=True)
class Disqualifier:
    kind: DisqualifierKind
    matched: str
    #: The text also asks for a project we serve: a mixed case for a human, not a close.
    buyer_evidence: bool = False
    #: Only a word that may be the writer's own business ("партнёрская программа", "дилеры"),
    #: no offer or request phrase: not enough to close the dialogue on.
    weak: bool = False


_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"

# Working for the studio as a job; not "does that work for you?" (does it suit you), nor "work with
# you on a new store" (a project)
_WORK_FOR_YOU = (
    r"(?:(?<![a-z])(?:i|we|to|me))(?: [a-z']+){0,2} work (?:for|with) you(?: guys)?"
    r"(?! on | to build| to create| to make)"
)
# The staff a job seeker offers by asking whether the studio needs them.
_STAFF_RU = (
    r"(?:программист|разработчик|дизайнер|верстальщик|1с-?ник|сотрудник|специалист|помощник)[а-я]*"
)
_JOB_STRONG = re.compile(
    # work asked for in everyday words: "могу у вас подрабатывать", "пишу насчёт работы",
    # "are you taking anyone on?", "if you needed someone to answer the phones part-time"
    rf"{_B}(?:(?:могу|мог бы|могла бы|хочу|хотел[а]? бы|готов[а]?) (?:у вас |к вам |вам )?"
    r"(?:на полставки |на пол ставки |удал[её]нно )?(?:подрабатывать|подработать|поработать у вас|"
    r"работать у вас|верстать|программировать|стажироваться|пройти "
    r"стажировку)|(?:можно|могу)(?: ли)? (?:я |мне )?(?:у вас |к вам )?(?:стажироваться|пройти "
    r"(?:у вас )?стажировку|на стажировку)|(?:пишу|пишем|обращаюсь) "
    r"(?:вам )?(?:насч[её]т|по поводу) (?:работы|вакансии|подработки)|are you taking "
    r"(?:anyone|anybody|people|staff) on|(?:if|whether) you (?:need|needed) (?:someone|somebody|"
    r"an extra pair of hands) (?:to|for)(?: [a-z-]+){1,4} (?:part-?time|full-?time)|"
    r"ищу (?:работу|работа|подработку|подработка|вакансию|место|заказы|проекты|"
    r"работодателя)|нужна (?:мне )?работа|"
    # "программист 1С, ищу проектную занятость"; "kindly consider my profile for any opening"
    r"ищу (?:проектную |частичную |постоянную |полную |удал[её]нную |удаленную )?занятость|"
    r"consider (?:my|me) (?:profile|cv|resume|candidature|candidacy)|"
    # "возьмёте к себе?", "куда резюме отправить?", "looking for remote part-time work"
    r"(?:возьмете|возьмите|примете) (?:меня )?к себе|"
    # between jobs, as the company answer: "пока в поиске, последние два года фриланс"
    r"(?:пока |сейчас )в поиске(?: работы)?(?= *(?:$|[,.;!]))|"
    # staff offered by asking: "вам программисты не нужны? я 1С знаю"
    rf"вам (?:случайно )?(?:не )?(?:нужн[ыа]|требу[а-я]+) (?:[а-я]+ )?{_STAFF_RU}"
    r"(?: не нужн[ыа])?\?|"
    rf"вам (?:[а-я]+ )?{_STAFF_RU} не (?:нужн[ыа]|требу[а-я]+)|"
    r"вам (?:не )?(?:нужен|нужна|нужны) (?:кто-?то|кто-?нибудь|еще кто-?то) в (?:штат|команду)|"
    # an opening asked for a trade: "есть места для дизайнера?", "any openings for a QA?"
    r"(?:есть|будут|найдется|найдутся) (?:ли )?(?:у вас )?(?:свободн[а-я]+ )?(?:места|место|"
    r"вакансии|позиции) (?:для|на) (?:[а-я-]+ )?(?:дизайнер|разработчик|программист|маркетолог|"
    r"копирайтер|тестировщик|аналитик|верстальщик|стаж[её]р|джун|менеджер)[а-я]*|"
    r"куда (?:можно )?(?:отправить|прислать|"
    r"скинуть|кинуть) (?:свое |своё |мое |моё )?резюме|резюме (?:куда|кому) (?:отправить|"
    r"прислать|скинуть)|куда (?:[а-я]+ )?резюме (?:отправить|прислать|скинуть|кинуть)|"
    r"where (?:can i|do i|should i|to) send (?:my )?(?:cv|resume)|"
    r"looking for (?:some )?(?:(?:remote|part-time|full-time|seasonal|freelance|winter|summer) )+"
    r"(?:work|jobs?)|"
    r"в поиске работы|в поисках работы|ищу удаленн[а-я]* работ[а-я]*|ищу удаленк[а-я]*|"
    # the studio found on a job site, asked about remote work and its stack: "увидел вашу
    # студию на hh — как у вас с удалёнкой и какой стек?"
    r"(?:на|с|via|on) (?:hh|хх|headhunter|хедхантер|хэдхантер)(?:\.ru)?(?![a-zа-я])[^.!?]{0,40}"
    r"(?:удал[её]нк|удаленн|стек|вакан|remote|stack)|как у вас с удал[её]нкой|"
    # a job as the task: "the task I want to solve is finding a remote backend position"
    r"(?<!to )(?:finding|looking for|seeking) (?:me )?(?:a |an )?(?:new )?(?:remote |part-time |"
    r"full-time )?(?:[a-z-]+ )?(?:position|job|role)(?! (?:board|portal|site|listing|posting))"
    r"(?! for (?:our|my|the|their))|"
    # "возьмёте на удалёнку?", "do you need anyone on your team?", "remote work available?"
    r"(?:any )?(?:remote|part-time|freelance|full-time) (?:work|jobs?|positions?|roles?) "
    r"(?:available|open|going)|"
    r"(?:возьмете|возьмите|берете|примете) (?:[а-я]+ )?на удаленк[а-я]*|"
    r"(?:do|would|could) you (?:guys )?(?:need|use|want) (?:any |extra |more |additional )?"
    r"(?:developers|devs|programmers|designers|coders)(?= ?(?:\?|$|on |for |to help|[,.!]))|"
    r"(?:do|would|could) you (?:guys )?(?:need|use|want) (?:(?:anyone|someone|somebody) (?:on|in|"
    r"for|to join) your team|an extra pair of hands|extra hands|(?:another|an extra|one more) "
    r"(?:developer|dev|designer|coder|programmer|pair of hands))|"
    r"(?:возьмете|возьмите|возьмешь|примете|берете) (?:меня )?(?:на работу|в команду|в штат|"
    r"стажер[а-я]*)|хочу (?:работать|устроиться) (?:у вас|к вам|в вашей|в вашу|на вас)|"
    # not the writer's own: "у нас есть вакансии, нужен сайт с их списком"
    r"(?:у вас )?(?<!у нас )(?<!у меня )есть (?:ли )?(?:вакансии|вакансия|свободные места|"
    r"работа для)|"
    r"(?:нужны ли|вам нужны|вам не нужны|нужны вам) (?:вам )?(?:сотрудники|разработчики|дизайнеры|"
    r"программисты|"
    r"специалисты|менеджеры(?: проектов)?|верстальщики|тестировщики)|"
    r"(?:могу|готов[а]?) выйти (?:на работу )?(?:с|со|в|во|уже|завтра|хоть)|"
    # a season's job asked for, the writer put at the studio's disposal
    r"(?:возьмете|возьмите|берете|примете) (?:меня )?на (?:сезон|лето|зиму|подработку)|"
    r"(?:я )?(?:полностью |целиком )?в вашем (?:полном )?распоряжении|"
    r"(?:вам )?не нужен (?:разработчик|дизайнер|программист|менеджер|сотрудник|смм-?щик)|"
    r"рассматриваете (?:ли )?(?:кандидатов|соискателей)|трудоустр[а-я]*|устроиться|"
    r"(?:рассматриваете|берете|возьмете|ищете|нужны) (?:ли )?(?:вам )?(?:junior|джун|стажер|"
    r"начинающ|новичк|выпускник)[а-яa-z-]*|хочу (?:к вам )?в (?:вашу )?команду|"
    r"хочу к вам работать|возьмите меня|"
    r"отправ(?:ил|ила|ляю|лю) (?:вам )?(?:свое |мое )?резюме|прикладываю резюме|мое резюме|"
    r"моё резюме|резюме во вложении|по поводу вакансии|на вакансию|откликаюсь|отклик на|"
    r"стажировк[а-я]*|стажер(?:ом|а)?|практик[уа] (?:у вас|пройти)|пройти практику|"
    r"кандидат на должность|открыт[а-я]* (?:к|для) (?:предложени|вакансий|работ|"
    r"сотрудничеств)[а-я]*|open to (?:remote |new |part-time |full-time |freelance )?(?:work|"
    r"offers|opportunities|roles|positions|jobs)|"
    r"are you hiring|r u hiring|you hiring|hiring\?|looking for (?:a |an )?(?:job|work|position|"
    r"internship|employment|role)|job (?:opening|opportunit[a-z]+|application|offer|"
    # (not the buyer's own, posted on the site: "a site where we post open positions")
    r"seeker)|(?<!post )(?<!list )(?<!publish )(?<!our )open (?:positions?|roles?|vacanc[a-z]+)|"
    r"my (?:cv|resume)|"
    r"attached (?:my |is my )?(?:cv|resume)|(?:apply|applying) for (?:a |"
    r"the )?(?:[a-z-]+ )?(?:job|position|"
    rf"role|internship)|hire me|{_WORK_FOR_YOU}|join your team|internships?|"
    # a job interview asked for: "когда можно прийти на собеседование?"
    r"(?:прийти|приехать|записаться|пригласите|позовите) (?:меня )?на собеседовани[а-я]*|"
    r"когда (?:можно )?(?:на )?собеседовани[а-я]*|when can i (?:come (?:in )?for|have) an "
    r"interview|"
    # the writer offered as the studio's own staff: "I could be your next project manager",
    # "могу стать вашим новым дизайнером"
    # "I'd love to bring that public-sector experience to your team", "готов привнести свой опыт
    # в вашу команду"
    r"(?:bring|add|contribute) (?:my |that |this |the |our )?(?:[a-z-]+ ){0,3}(?:experience|"
    r"skills|expertise) to your (?:team|company|studio|agency)|(?:привнести|принести) (?:свой |"
    r"мой "
    r")?(?:опыт|навыки) (?:в )?(?:вашу|вашей) (?:команд|студи|компани)[а-я]*|"
    r"(?:i|я) (?:could|can|would|'d) (?:be|become) your (?:next |new )?(?:[a-z-]+ ){0,2}"
    r"(?:manager|developer|designer|engineer|pm|intern|assistant|specialist|copywriter|tester)s?|"
    r"(?:могу|мог бы|могла бы|готов[а]?) стать ваш[а-я]* (?:нов[а-я]+ )?(?:[а-я-]+ )?"
    r"(?:менеджер|разработчик|дизайнер|программист|стажер|стажёр|ассистент|тестировщик)[а-я]*|"
    r"looking for (?:freelance )?(?:gigs|clients|orders)|"
    # without the word "работа": joining, internships, portfolios, offering to make things
    r"(?:хочу|хотел[а-я]* бы|мечтаю|готов[а-я]*) (?:бы )?(?:присоединиться|попасть|влиться) "
    r"(?:к вам|в вашу|к вашей)?|"
    r"присоедин(?:иться|ился|илась|юсь) (?:бы )?к (?:вашей |вам в )?команд[а-я]*|"
    r"ищу (?:команду|стажировку|наставника|ментора|первых заказчиков|первый опыт|заказчиков|"
    r"подработку|проекты для портфолио)|в поиске (?:команды|стажировки|проектов)|"
    r"(?:отправляю|отправил[а-я]*|прикладываю|прикрепил[а-я]*|скидываю|высылаю|посмотрите) "
    r"(?:вам )?(?:свое |мое |моё )?портфолио|(?:мое|моё|свое) портфолио|"
    r"портфолио (?:во вложении|по ссылке|прилагаю|прикреплено)|ссылка на (?:мое |моё )?портфолио|"
    r"(?:могу|можем|готов[а-я]*|умею) (?:делать|сделать|разрабатывать|разработать|верстать|"
    r"сверстать|рисовать|нарисовать|писать|программировать|делать вам) (?:[а-яa-z-]+ ){0,3}"
    r"(?:для вас|вам|у вас|на вас|за (?:отзыв|портфолио|опыт))|"
    r"(?:могу|готов[а-я]*) (?:поработать|работать|сотрудничать|помогать) (?:у вас|с вами|на вас|"
    r"удаленно|за опыт|бесплатно)|рассмотрите (?:мою кандидатуру|меня)|моя кандидатура|"
    r"я (?:начинающ[а-я]* |junior |джун[а-я]* |молод[а-я]* )?(?:веб-?|web-?|ux/ui-?|ui/ux-?|"
    r"графическ[а-я]* |frontend-?|front-end-?|backend-?|фронтенд-?|бэкенд-?)?(?:дизайнер[а-я]*|"
    r"разработчи[а-я]*|программист[а-я]*|верстальщи[а-я]*|тестировщи[а-я]*|копирайтер[а-я]*|"
    r"фрилансер[а-я]*|джун[а-я]*|junior[a-z-]*),? (?:[а-яa-z-]+ ){0,4}(?:ищу|"
    r"хочу(?! (?:заказать|купить|сделать себе|order|buy))|могу|"
    r"готов[а-я]*|предлагаю|рассматриваете|возьмете|нужен ли|нужны ли|интересно|буду рад[а-я]*)|"
    r"(?:вам )?(?:нужен|нужна|нужны) (?:ли )?(?:вам )?(?:[а-я]+ )?(?:дизайнер|разработчик|"
    r"программист|верстальщик|джун|junior)[а-я]*\?|"
    r"open to work|looking to join|join your (?:team|company|studio|agency)|"
    # a freelancer asking for work: "Freelance designer here, would love to work on your
    # projects" (taking overflow work is subcontracting, a vendor's offer)
    r"(?:would|'?d) love to (?:work on|help with|contribute to) "
    r"your (?:projects|clients|team)|portfolio (?:at|via|in|behind) the link|"
    r"(?:be|become) (?:a )?part of your (?:team|company|studio|agency)|"
    r"(?:стать|быть) частью (?:вашей )?команды|"
    r"(?:i'?m|i am) (?:a |an )?(?:junior|young|aspiring|freelance|self-taught)[a-z -]{0,30}"
    r"(?:looking|seeking|hoping|interested)|(?:i'?m|i am) (?:a |an )?(?:[a-z-]+ )?(?:designer|"
    r"developer|programmer|coder)[a-z ,-]{0,30}(?:looking|seeking|hoping|available|want)|"
    r"(?:here is|attached is|sending|check out) my portfolio|my portfolio|portfolio attached|"
    r"i (?:can|could) (?:build|make|design|develop|create|code) (?:[a-z-]+ ){0,3}for you|"
    r"(?:are you|do you) (?:need|looking for) (?:a |an )?(?:junior|designer|developer|intern)|"
    rf"do you take (?:interns|juniors|trainees)|(?:any )?internship (?:openings|positions)){_E}"
)
# An internship asked of us, whatever the writer studies ("возьмёте на стажировку? учусь на
# 4 курсе"): a job seeker; one that counts for college credit is a student's (see students).
_ASKS_INTERNSHIP_RE = re.compile(
    rf"{_B}(?:(?:возьм[её]те|берете|берёте|примете) (?:меня |к себе )?(?:на )?стажировк[а-я]*|"
    rf"(?:можно|хочу|хотел[аи]? бы|прошусь) (?:к вам )?на стажировку){_E}"
)
_JOB_WEAK = re.compile(
    rf"{_B}(?:вакансии|вакансия|вакансий|вакансию|резюме|cv|resume|hiring|работу ищу|"
    r"available (?:immediately|right away|from monday|to start)|"
    r"ищу работу|соискател[а-я]*|vacanc(?:y|ies)|career|карьер[а-я]*|зарплат[а-я]*|salary|job|"
    r"портфолио|portfolio|"
    rf"джуниор[а-я]*|джун|junior|стажер[а-я]*|intern|trainee){_E}"
)

# a contractor sought to make the writer's clients' projects under the writer's name ("ищем
# подрядчика под белую метку"); white-label work offered to us is a vendor's
_WHITE_LABEL = (
    r"(?:ищем|ищу|нужен|нужна|need|looking for|seeking)[^.!?]{0,40}"
    r"(?:под (?:белую метку|белой меткой)|white[- ]label[a-z]*)"
)
_PARTNER_STRONG = re.compile(
    # clients sent to each other: "будем советовать друг друга", "we could cross-refer"
    rf"{_B}(?:(?:советовать|рекомендовать|передавать клиентов) друг (?:друга|другу)|"
    r"(?:приведу|приведем|привести|bring you) (?:вам )?(?:[a-zа-я]+ )?(?:клиент[а-я]*|clients|"
    r"customers)[^.!?]{0,25}(?:\d+ ?%|процент|комисси|commission)|"
    r"взаимн[а-я]* (?:передач[а-я]*|обмен[а-я]*) (?:заказ|клиент|проект)[а-я]*|"
    # projects shared between two studios: "could share projects", "делиться заказами"
    r"(?:share|exchange|swap|pass each other) (?:our )?(?:projects|clients|orders|overflow)|"
    r"(?:делиться|обмениваться|поделимся|обменяемся) (?:друг с другом )?(?:проектами|заказами|"
    r"клиентами)|"
    # a cut per client brought: "% за клиентов", "процент за каждого приведённого"
    r"(?:(?:\d+ ?)?%|процент[а-я]*|комисси[а-я]*) за (?:каждого )?(?:клиент|заказ|привед[её]нн|"
    r"сделк)"
    r"[а-я]*|"
    # work split between two studios: "я делаю дизайн, вы разработку, и вместе берём заказы",
    # "давайте дружить студиями", "want to team up? you do dev, we do branding"
    r"вместе (?:берем|брать|возьмем|будем брать|сможем брать) (?:заказы|проекты)|"
    r"дружить (?:студиями|агентствами|компаниями)|(?:want to|let'?s|shall we) team up|"
    r"you do (?:dev|development|the dev|code|coding), we do|"
    # tenders bid for together: "let's bid jointly", "совместно участвовать в тендерах"
    r"bid jointly|joint (?:bid|tender)s?|(?:совместно|вместе) участвовать в (?:тендер|торг|закупк)"
    r"[а-я]*|консорциум[а-я]*|"
    # an agency passing its client's project on: "у нашего клиента горит магазин, хотим отдать
    # разработку вам"
    r"(?:наш[а-я]* клиент[а-я]*|у клиента|для клиента|our client'?s?)[^.!?]{0,80}?(?:хотим|готовы|"
    r"можем|хотели бы) (?:отдать|передать) (?:[а-я]+ )?(?:разработку|проект|заказ)[а-я]* "
    r"(?:вам|на субподряд)|"
    # forces joined: "если объединимся, сможем брать заказы крупнее", "let's join forces"
    r"объедин(?:имся|иться|яться|им усилия|ить усилия)|join forces|team up with you|"
    # the studio's work resold: "вы делаете сайты, а мы перепродаём их нашим гостиницам"
    r"(?:мы )?перепрода[а-я]* (?:их|ваши (?:сайты|услуги|решения|продукты))|"
    r"joint (?:gtm|go-to-market)|co-?marketing|совместн[а-я]* (?:выход на рынок|маркетинг)|"
    r"cross-?refer(?:ral)?s?|refer (?:clients|customers|work) to each other|"
    # "want to cross-promote and share clients?", "обменяться клиентами"
    # ("обмен клиентами с 1С" is data)
    r"cross-?promot[a-z]*|cross-?sell[a-z]*|share (?:our |each other'?s )?clients|"
    r"(?:обменяться|обмениваться|"
    r"обменяемся|делиться|поделимся|делимся) (?:[а-я]+ )?клиент[а-я]*|"
    r"обмен клиентами(?! (?:с|из|в|между) )|"
    r"(?:предлага(?:ю|ем)|хочу предложить|хотим предложить|хотели бы предложить|"
    r"предложить) (?:вам )?(?:сотрудничеств[а-я]*|партнерств[а-я]*|взаимовыгодн[а-я]*|"
    r"обмен[а-я]*|кооперац[а-я]*|коллаборац[а-я]*|партн[её]рк[а-я]*)|"
    # the work split and the orders shared: "мы дизайн, вы программирование, заказы делим"
    # ("делим клиентов по менеджерам" is a CRM's job)
    r"(?:заказы|проекты|прибыль|доход) (?:делим|поделим)(?! по )|"
    r"(?:делим|поделим) (?:заказы|проекты|прибыль|доход)(?! по )|"
    r"стать (?:вашим |вашими |вам )?партнер[а-я]*|"
    r"стать (?:вашим |вашими |вам )(?:дилер|реселл?ер|дистрибь?ютор|представител|агент)[а-я]*|"
    # working together on bids: "an agency to partner with on joint bids", "совместные тендеры"
    r"(?:agency|studio|company|firm|partner) to (?:partner|team up|collaborate) with|"
    r"joint (?:bids|tenders|proposals|pitches|offers?|solutions?|packages?|products?)|"
    r"совместн[а-я]* (?:тендер|участи[а-я]* в тендер)"
    r"[а-я]*|(?:вместе|совместно) (?:зайти|зайд[её]м|участвовать|участвуем|пойти|пойд[её]м|"
    r"выйти|податься|подадимся)[а-я]* (?:в |на )?"
    r"(?:тендер|конкурс|торги|госзакупк|закупк|аукцион)[а-я]*|"
    r"(?:become|be) (?:your|a) (?:[a-z]+ )?(?:dealer|reseller|distributor|agent|affiliate)s?|"
    r"партнерств[а-я]* с вами|сотрудничеств[а-я]* с вами|"
    r"ваш[а-я]* партнерск[а-я]* программ[а-я]*|"
    r"(?:я|мы|стать|быть) (?:вашим |вашими )?реселл?ер[а-я]*|перепрода(?:вать|ем|жа) ваш[а-я]*|"
    r"продавать ваш[а-я]* (?:услуг|продукт|решени|сайт|разработк|бот|crm|црм)[а-я]*|"
    r"агентский договор|"
    r"агентское вознаграждение|white[- ]?label|вайт ?лейбл|уайт ?лейбл|бел(?:ый|ым) лейбл[а-я]*|"
    r"(?:за|с) откат[а-я]*|откат \d+|"
    r"partnership (?:proposal|offer|opportunit[a-z]+)|partner with you|"
    r"your (?:partner|affiliate|referral|reseller) program|"
    r"become (?:a |your )?(?:partner|reseller)|"
    r"resell (?:your|it)|reselling your|collaborat(?:e|ion) with you|"
    r"(?:приводить|привожу|приведу|приводим|приводить вам) (?:вам )?клиент[а-я]*|"
    r"(?:работать|работаю|работаем|приводить|приведу|передавать|передаем|передаём|передадим|"
    r"отдавать|направлять|рекомендовать)(?: [а-я]+){0,4} за (?:процент|\d+ ?%|комисси|"
    r"вознагражден|долю)[а-я]*|"
    r"обмен[а-я]* (?:клиент|лид|заказ|проект)[а-я]*(?! (?:и |с |между |из |в |на )?(?:остатк|"
    r"1с|сайт|crm|црм|товар|цен|склад|систем|бухгалтер|erp|ерп|маркетплейс|озон|wb))|"
    r"send each other (?:clients|leads|work|referrals|projects)|(?:refer|pass|send) "
    r"(?:clients|customers|leads|work) (?:to )?each other|передавать друг другу (?:клиент|заказ|"
    r"проект)[а-я]*|"
    r"exchange (?:clients|leads|referrals)|refer (?:clients|customers) (?:to you|for a)|"
    r"for a commission|"
    rf"guest post|гостевой пост|link exchange|обмен ссылками){_E}"
)
_PARTNER_WEAK = re.compile(
    rf"{_B}(?:партнерств[а-я]*|партнерск[а-я]*|партнерк[а-я]*|сотрудничеств[а-я]*|"
    r"реселл?ер[а-я]*|reseller[a-z]*|дилер[а-я]*|дистрибьют[а-я]*|affiliate[a-z]*|аффилиат[а-я]*|"
    r"реферал[а-я]*|"
    rf"реферальн[а-я]*|referral|partnership|partner program|cooperation|collaboration){_E}"
)

# A count of years, spelled too: "7 yrs PHP", "seven years of Laravel".
_YEARS_COUNT = (
    r"(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
)

_SERVICES = (
    r"(?:seo|сео|поисков[а-я]* продвижени[а-я]*|продвижени[а-я]*|раскрутк[а-я]*|реклам[а-я]*|"
    r"контекст[а-я]*|таргет[а-я]*|директ[а-я]*|лид[а-я]*|лидогенераци[а-я]*|трафик[а-я]*|"
    r"аутсорс[а-я]*|аутстаф[а-я]*|субподряд[а-я]*|разработчик[а-я]*|программист[а-я]*|"
    r"команд[а-я]* разработ[а-я]*|выделенн[а-я]* команд[а-я]*|баз[аыуе]? (?:данных|клиентов|"
    r"контактов|компаний|email|e-mail)|баз[аыуе]|лицензи[а-я]*|ключ[а-я]* (?:windows|office|"
    r"активации)|софт[а-я]*|по\b|программн[а-я]* обеспечени[а-я]*|хостинг[а-я]*|сервер[а-я]*|"
    r"размещени[а-я]*|ссылк[а-я]*|пиар[а-я]*|смм|smm|email-?рассылк[а-я]*|рассылк[а-я]*|"
    r"колл-?центр[а-я]*|услуг[а-я]* (?:по|колл|call)[а-я -]*|"
    # bids won for the recipient: "тендерное сопровождение: найдём и выиграем закупки за вас"
    r"тендерн[а-я]* сопровождени[а-я]*|сопровождени[а-я]* (?:в )?(?:тендер|закупк|торг)[а-я]*)"
)
_SERVICES_EN = (
    r"(?:seo(?: audits?)?|ads|advertising|ppc|lead ?gen(?:eration)?|leads|traffic|backlinks|"
    r"links|link building|audits?|"
    r"outsourc(?:e|ing)|outstaff(?:ing)?|dedicated (?:team|developers)|developers|"
    r"(?:our |a )?(?:dev |development |offshore )?team|subcontract(?:ing|ors?)?|"
    r"(?:email |e-mail |contact |b2b |lead |leads |mailing |prospect |company |customer )?"
    r"(?:databases?|lists?)|verified (?:e-?mails?|contacts|leads|phone numbers)|"
    r"licen[cs]es?|software|hosting|servers?|"
    r"marketing services|pr services|smm|social[- ]media management)"
)
_VENDOR_STRONG = re.compile(
    # "Selling hosting plans with a 40% agency discount", "Can we run paid ads for your studio?"
    # an agency promising the recipient results: "Our SEO agency can double your traffic"
    rf"{_B}(?:"
    # "предлагаем разместить рекламу в нашей газете", "would your company like some extra leads?
    # we have a list of 5,000 businesses", "happy to do product photos for your clients", "our
    # devs for rent", "sell u leads", "we do SEO"
    r"(?:предлагаем|предлагаю|предлагает) (?:вам )?разместить (?:[а-я]+ )?реклам[а-я]*|"
    r"реклам[а-я]* в (?:нашей|нашем|нашу) (?:[а-я]+ )?(?:газет|журнал|канал|паблик|издани)[а-я]*|"
    # a service for the studio's own people offered: "корпоративный английский... хотите для своих
    # разработчиков?"; a discount on licences: "we're HubSpot resellers, can get you a discount"
    r"(?:хотите|хотели бы|нужно ли|надо ли) (?:[а-я]+ )?для (?:своих|ваших) (?:сотрудник|"
    r"разработчик|команд|менеджер|программист)[а-я]*|(?:get|give|offer) you (?:a |an )?"
    r"(?:[a-z]+ )?discount on (?:[a-z]+ )?(?:licen[cs]es|subscriptions|seats|plans)|"
    # an audit of the recipient offered: "проведём аудит вашей компании на соответствие 152-ФЗ"
    r"(?:проведем|проведём|проводим|сделаем|подготовим) (?:[а-я]+ )?(?:аудит|проверку|экспертизу)"
    r" (?:[а-я]+ )?(?:вашей|вашего|ваших|вашу|вам)|"
    # the writer's own work, then offered: "делаю фотки для сайтов... могу вам?", "настраиваю
    # Директ, могу приводить вам заявки"
    r"(?:делаю|делаем|снимаю|снимаем|настраиваю|настраиваем|пишу|пишем|рисую|рисуем) "
    r"[^.!?]{1,60}(?:могу|можем) (?:и )?(?:вам|для вас)\?|(?:могу|можем) (?:приводить|привести|"
    r"приводим) вам (?:заявки|клиентов|лиды|лидов|трафик)(?![^.!?]{0,30}(?:%|процент|комисси))|"
    # (a buyer's "we need more leads" is a goal, not an offer)
    r"(?:would|do) you(?:r company)? (?:like|want|need) (?:some )?(?:extra |more |new )?leads|"
    r"(?:we|i) have a (?:list|database|base) of [\d,.]+ ?k? [a-z]+(?=[^.!?]{0,40}(?:leads|for "
    r"sale|to sell|for you))|"
    r"(?:happy|glad|ready) to do (?:[a-z-]+ ){1,3}for your (?:clients|customers)|"
    r"(?:our|my) (?:devs|developers|engineers|designers|coders) (?:for rent|for hire|available "
    r"for hire)|sell (?:u|you) (?:[a-z]+ )?leads|^(?:we|i) do (?:seo|smm|ppc|ads|backlinks)$|"
    r"(?:we|i) (?:do|offer|provide|sell) (?:seo|smm|ppc|link building|backlinks|"
    rf"lead gen[a-z]*)"
    r"(?: and [a-z ]{2,20})?,? (?:double|triple|boost|grow|increase) your|"
    r"(?:our|my) (?:[a-z-]+ )?(?:agency|studio|team) (?:can|will) (?:double|triple|boost|"
    r"grow|increase|bring|get) your|"
    r"(?:selling|we sell|offering|we offer|reselling) (?:[a-z]+ )?(?:hosting|domains?|"
    r"servers?|licen[cs]es?|leads|traffic|backlinks)(?![a-z])|(?:can|could|shall|may) (?:we|i) "
    r"(?:run|manage|do|set up|handle|take over) (?:your |the )?(?:paid )?(?:ads|advertising|seo|"
    r"ppc|campaigns?|marketing|social media) (?:for|of) (?:you|your)|"
    r"(?:we|i) can (?:run|manage|do|set up|handle|take over) (?:your |the )?(?:paid )?(?:ads|"
    r"advertising|seo|ppc|campaigns?|marketing|social media)(?: [a-z]+)? (?:for|of) (?:you|your)|"
    r"(?:предлага(?:ю|ем)|хочу предложить|хотим предложить|хотели бы предложить|"
    r"можем предложить|могу предложить|готовы предложить|предложить) (?:вам |ваш[а-я]* "
    r"(?:компании|студии|агентству|команде|бизнесу) )?"
    r"(?:свои |наши |услуги |свои услуги |наши услуги )*(?:по |в |на )?"
    rf"{_SERVICES}|"
    r"(?:предлага(?:ю|ем)|хочу предложить|хотим предложить|можем предложить) (?:вам )?"
    r"(?:свои |наши )?услуги|"
    r"(?:продаем|продаю|реализуем|поставляем|продадим|предоставляем|оказываем услуги по) "
    r"(?:[а-я]+ )?(?:лиц[а-я]*|лид[а-я]*|баз[а-я]*|лицензи[а-я]*|ключ[а-я]*|софт[а-я]*|"
    r"программ[а-я]*|трафик[а-я]*|подписк[а-я]*|сервер[а-я]*|хостинг[а-я]*|реклам[а-я]*|"
    r"seo|сео|продвижени[а-я]*|аутсорс[а-я]*|разработчик[а-я]*)|"
    r"(?:выведем|выведу|продвинем|поднимем|настроим|настрою|сделаем вам|приведем|приведу|"
    # the firm in the third person: "наше агентство настроит вам контекстную рекламу"
    r"настроит|приведет|выведет|продвинет|раскрутит|"
    r"привлечем|увеличим|раскрутим|запустим вам|возьмем на себя) (?:вам|ваш[а-я]*|для вас)|"
    r"(?:вывод|выведем|выведу) (?:[а-я]+ )?в топ|"
    # services offered for the reader or the reader's clients: "можем вести соцсети ваших
    # клиентов", "I provide Google Ads setup for your agency"
    r"(?:можем|могу|готовы) (?:вести|делать|настраивать|настроить|продвигать|взять на себя) "
    r"(?:[а-я-]+ ){0,2}(?:ваш[а-я]*|для вас)|"
    r"(?:i|we) (?:provide|offer|deliver|sell) (?:[a-z0-9-]+ ){0,4}(?:for|to) your (?:agency|"
    r"company|studio|team|business|clients|firm)|"
    # a service sold to firms like the reader's: "we do Google Ads management for dev shops"
    r"(?:i|we) (?:do|provide|offer|run|handle) (?:[a-z0-9-]+ ){0,4}for (?:dev shops|agencies|"
    r"web studios|studios|developers|it companies|software houses|local (?:outfits|businesses))|"
    r"(?:could|can) (?:handle|run|do|manage|take care of) yours|"
    # meetings or leads booked for the reader: "We'd book 10-15 sales calls a month for your
    # team", "приведём 20 заявок в месяц для вашего отдела продаж"
    r"(?:we'?d|we will|we'?ll|we can|we could|i can|i'?d) (?:book|bring|deliver|generate|set up|"
    r"get) (?:you )?(?:[0-9-]+ )?(?:qualified |warm |new )?(?:sales )?(?:calls|meetings|"
    r"appointments|leads|clients|demos)(?: a month| per month| monthly| a week)? (?:for|to) "
    r"(?:you|your)|"
    # an offer as a question: "Would you like us to improve your Google rankings?"
    r"(?:would you like|do you want|want) us to (?:improve|boost|increase|grow|fix|optimi[sz]e|"
    r"run|manage|handle|take over) your|"
    r"(?:могу|можем|готов[аы]?) (?:вам|для вас) (?:[a-zа-я-]+ ){0,2}(?:вести|делать|настроить|"
    r"настраивать|продвигать)|"
    r"(?:our|my) (?:[a-z-]+ )?(?:agency|studio|team|company|firm) (?:can|could|will) (?:make|"
    r"create|shoot|produce|build|write|design|film) (?:[a-z-]+ ){0,3}for (?:you|your)|"
    r"(?:seo|ppc|ads|smm|audit|copywriting|backlinks) for your (?:agency|studio|company|site|"
    r"website|business)|"
    r"(?:make|put|get|bring|take) your (?:site|website) (?:in|to|on|into) (?:the )?top|"
    # a ranking promised by a date, a licence on sale: "top-3 on Google in 90 days", "Bitrix24
    # licenses, 20% off"
    r"(?:top|топ)[- ]?\d{1,2} (?:on|in|в|на) (?:google|yandex|гугл[а-я]*|яндекс[а-я]*) "
    r"(?:in|за) \d+ (?:days|weeks|months|дней|недел[а-я]*|месяц[а-я]*)|"
    r"(?:licen[cs]es?|лицензи[а-я]*|подписк[а-я]*|subscriptions?)(?: [a-zа-я0-9]+)?,? "
    r"(?:\d+ ?% (?:off|discount)|(?:со )?скидк[а-я]* \d+ ?%)|"
    # the writer's own work offered to the reader: "печатаем визитки и буклеты для вашей
    # компании"; an ad set-up promised in the first person: "настрою таргет и директ недорого"
    r"(?:печатаем|напечатаем|изготовим|изготавливаем|производим|поставляем|шьем|сошьем|"
    r"разработаем|разрабатываем|напишем|пишем|снимем|снимаем|организуем|предоставим) "
    r"(?:[а-я-]+ ){0,5}для (?:вас|ваш[а-я]*)|"
    r"(?<!мы )(?<!я )(?:настрою|настроим) (?:[а-я]+ ){0,2}"
    r"(?:таргет|директ|контекст|реклам|seo|сео|smm|смм|продвижени)[а-я]*(?! сам)|"
    # the recipient's site judged and raised: "посмотрели ваш сайт — он почти не виден в
    # поиске, можем вывести его в топ", "your site barely ranks — we can fix that"
    r"(?:можем|могу|готовы) (?:[а-я]+ ){0,4}(?:вывести|поднять|продвинуть) (?:его |ваш[а-я]* "
    r"(?:сайт )?)?в топ|ваш сайт,? (?:[—–-] )?(?:он )?(?:почти |совсем |практически )?не "
    r"(?:виден|видно|находится|ранжируется)|your (?:site|website) (?:barely|hardly|doesn'?t|does "
    r"not|isn'?t) (?:ranks?|ranking|visible|show(?:ing)? up)|"
    # "ваш сайт на 4-й странице поиска. хотите в топ - пишите, продвинем", "your site ranks
    # poorly. if you want page one on google, we can help"
    r"ваш сайт (?:[а-я]+ ){0,2}на \d+-?[а-я]* страниц[а-я]*|your (?:site|website) (?:ranks|is "
    r"ranking|sits|is) (?:poorly|badly|low|on page \d+)|(?:хотите|want) (?:[a-zа-я]+ )?(?:в топ|"
    r"page one|the first page|(?:to )?the top)[^.!?]{0,30}(?:продвинем|поможем|we can help|we'll "
    r"get you there)|"
    r"(?:от|from) \$?\d+ ?(?:\$|₽|р|руб|usd|eur|€)?\.? ?/ ?(?:hour|hr|h|час)|"
    r"dedicated (?:[a-z]+ )?(?:engineers|developers|team|designers|testers|specialists)|"
    # ("I can send clients your way" is a referral: a partner's)
    r"(?:we|i) can (?:send|provide|supply) (?:you )?[a-z0-9+ -]{0,30}leads|"
    r"(?:we|i) can (?:generate|bring|deliver|get) (?:you )?[a-z0-9+ -]{0,30}"
    r"(?:leads|clients|"
    r"customers|traffic)|"
    # more business promised to the reader: "outreach to get you more B2B clients"
    r"(?:get|bring|drive|win|land|generate)s? you (?:more |new |extra )?(?:[a-z0-9-]+ ){0,2}"
    r"(?:leads|clients|customers|traffic|sales|bookings)|"
    r"(?:мы )?(?:занимаемся|специализируемся на) (?:[а-я]+ )?(?:лидогенераци[а-я]*|seo|сео|"
    r"продвижени[а-я]*|аутсорс[а-я]*|аутстаф[а-я]*|контекстн[а-я]*|таргет[а-я]*|"
    r"поисков[а-я]*)|"
    r"мы (?:[а-яa-z]+-|[а-я]+[ыи]й |[а-я]+ое )?(?:агентство|студия|компания|команда)"
    # (what a studio offers is its service, unless it offers a partnership: see partners)
    r"(?: [а-я-]+){0,4}?,? (?:ищем (?:заказ|клиент|проект)[а-я]*|"
    r"предлага[а-я]*(?! (?:вам )?(?:сотрудничеств|партнерств|взаимовыгодн|обмен|вместе|"
    r"совместно))|возьмем|берем|"
    r"готовы|оказываем|поможем|можем|сделаем|настроим|ведем)|"
    r"(?:возьмем|берем|готовы взять) (?:ваши |ваш )?(?:заказ|проект)[а-я]* (?:на субподряд|"
    r"на аутсорс)|(?:хотим|хотели бы|готовы) (?:взять )?(?:на )?субподряд|на субподряд|"
    # the noun offered, not the writer's own subcontractors ("работает до 30 субподрядчиков")
    r"(?<![0-9] )(?<!наших )(?<!своих )(?<!нашим )субподрядчик[а-я]*|"
    r"аутсорс[а-я]* (?:разработк|команд)[а-я]*|"
    # work taken on for us, or idle people on offer: "можем зааутсорсить вам разработку",
    # "20 мидлов на бенче", "devs on the bench"
    r"(?:за)?аутсорс[а-я]* (?:вам|для вас|ваш[а-я]*)|на бенче|(?:devs?|developers|engineers|"
    r"people|team) on (?:the |our )?bench|"
    # a team with free hands: "мы команда из 15 разработчиков, у нас освободились ресурсы",
    # "our team of 12 devs has spare capacity"
    r"(?:команд[а-я]*|разработчик[а-я]*|программист[а-я]*|devs|developers|engineers|team)"
    r"[^.!?]{0,60}[.!?]? ?(?:освободил[а-я]*|свободн[а-я]*|простаива[а-я]*) (?:[а-я]+ )?"
    r"(?:ресурс|мощност|руки|люди|разработчик|специалист)[а-я]*|(?:devs|developers|engineers|"
    r"team)[^.!?]{0,60}(?:spare|free|available|idle) (?:capacity|hands|resources|bandwidth)|"
    r"(?:we|i) (?:offer|provide|sell|deliver|supply|can offer|can provide|can supply) "
    r"(?:you |your company )?(?:our |affordable |cheap |quality |top |premium |high-quality |"
    r"verified |targeted |fresh |b2b |b2c )*"
    rf"{_SERVICES_EN}|"
    r"(?:we|i) (?:offer|provide|sell|can offer) (?:you )?(?:our )?services|"
    r"offering (?:you )?(?:our )?(?:[a-z-]+ )?(?:services|team|developers|outsourcing|seo|"
    r"leads|licen[cs]es|databases?)|(?:we|i) sell [a-z0-9 -]{0,30}(?:licen[cs]es|software|keys|"
    r"databases?|leads|lists)|outsourcing (?:services|team|partner)|"
    r"(?:we are|we'?re) an? (?:seo|digital|marketing|advertising|outsourcing|web|design|dev|"
    r"development|software) (?:agency|studio|company|team)[a-z ,]{0,40}(?:offer|provide|help|"
    r"looking for (?:clients|projects)|can)|we can (?:bring|generate|get) you (?:leads|"
    # not the people a buyer's tool serves: "a login area for our subcontractors"
    r"clients|traffic|customers)|(?:we|i) generate (?:[a-z0-9-]+ ){0,2}leads|"
    r"(?:генерируем|генерирую|приводим|привожу) (?:[a-zа-я0-9-]+ ){0,2}(?:[a-z0-9]+-)?(?:лид|"
    r"заявк)"
    r"[а-я]*|"
    r"(?:could|can|may) (?:i|we) pitch (?:you|your)|"
    # "would you be interested in our social media management services?"
    r"interested in (?:our|my) (?:[a-z-]+ ){0,3}(?:services|hosting|software|platform|tool|"
    r"product|solution|servers?|licen[cs]es?|leads|database)|"
    r"(?:интересны|нужны|интересуют) (?:ли )?(?:вам )?(?:наши|мои) (?:[а-я-]+ ){0,3}услуги|"
    # "вам не интересен наш хостинг?": the writer's own product offered
    r"(?:(?:(?:вам )?не )?интерес[а-я]+ (?:ли )?(?:вам )?|нуж(?:ен|на|но) (?:ли )?вам )"
    r"(?:наш|наша|наше|мой|моя|мое|моё) "
    r"(?:[а-я-]+ ){0,2}(?:хостинг|сервис|продукт|платформ[аы]|софт|сервер|облак[оа]|"
    r"программ[аы]|лицензи[ия])[а-я]*(?: [а-я-]+){0,3} ?\?|"
    r"subcontracting|(?<!for )(?<!our )(?<!the )(?<!their )"
    r"(?<!for our )subcontractors?|"
    # the writer's own agency and its service: "our studio runs Google Ads for clinics"
    r"(?:our|my) (?:[a-z-]+ )?(?:agency|studio|company|team|firm) (?:does|runs|handles|"
    rf"provides|offers|sells|specializes in|focuses on) (?:[a-z-]+ ){{0,2}}{_SERVICES_EN}|"
    r"(?:наше|мое|моё|наша|моя) (?:[а-я-]+ )?(?:агентство|студия|компания|команда) "
    r"(?:делает|ведет|настраивает|занимается|оказывает|продает|предоставляет) "
    rf"(?:[а-я-]+ ){{0,2}}{_SERVICES}|"
    # a freelancer offering to make something for us: "could write case studies for your site"
    r"(?:could|can|would love to|happy to) (?:write|design|translate|edit|shoot|film|"
    r"illustrate|draw|produce|record|voice) (?:[a-z-]+ ){0,3}(?:for )?(?:you|your)|"
    r"(?:могу|можем|готов[а-я]*) (?:писать|написать|снять|снимать|перевести|переводить|"
    r"нарисовать|рисовать|оформить|монтировать|озвучить) (?:[а-я-]+ ){0,3}(?:для )?"
    r"(?:вас|ваш[а-я]*)"
    rf"){_E}"
)
_RESEARCH_STRONG = re.compile(
    # "я краевед, собираю сведения для книги", "researching the history of small IT firms, would
    # you answer some questions?", "статистика по рынку"
    rf"{_B}(?:краевед(?:ы|ом|а|у)?(?![а-я])|(?:для|в|составляем|делаем) рейтинг[а-я]* (?:веб-?)?"
    r"(?:студий|агентств|компаний|подрядчиков)|дадите (?:нам |мне )?интервью|(?:снимаю|снимаем|"
    r"записываю|записываем) (?:выпуск|ролик|видео|подкаст|эпизод)[а-я]* (?:про|о|об)|"
    r"(?:give|do) (?:me |us )?an interview|(?:веду|ведём|ведем) (?:[а-я]+ )?блог[^.!?]{0,40}"
    r"собира[а-я]* (?:инф|информ|данн|материал|цен)[а-я]*|собираю (?:сведения|материал[а-я]*|"
    r"информацию|"
    rf"данные) (?:для|к) "
    r"(?:книг|стать|исследовани|диссертаци|доклад)[а-я]*|researching the history of|"
    r"(?:would|could) you answer (?:some|a few) (?:short )?questions|^статистик[а-я]* по рынку|"
    r"(?:провожу|проводим|проводится|делаю|делаем) (?:[а-я]+ )?(?:исследовани[а-я]*|"
    r"опрос[а-я]*|анкетировани[а-я]*|интервью)|исследовани[а-я]* рынка|маркетингов[а-я]* "
    r"исследовани[а-я]*|(?:я|мы) (?:[а-я]+ )?(?:журналист[а-я]*|корреспондент[а-я]*|"
    # (journalists as the audience of the buyer's site: "пресс-центр для журналистов")
    r"редактор[а-я]*|аналитик[а-я]* (?:рынка|агентства|компании))|(?<!для )журналист[а-я]*|"
    r"корреспондент[а-я]*|(?:готовим|готовлю|составляем|составляю|делаем|собираем) "
    r"(?:[а-я]+ )?(?:отчет|обзор|исследование|рейтинг)[а-я]*|отчет[а-я]* по рынку|"
    r"(?:compiling|preparing|putting together) (?:a |an )?(?:[a-z]+ )?(?:survey|report|study|"
    r"overview|ranking)|пиш(?:у|ем) (?:[а-я]+ )?(?:статью|статьи|материал|отчет|обзор|"
    r"исследование|заметку|колонку|пост о рынке)|отчет[а-я]* о рынке|обзор[а-я]* рынка|"
    r"для (?:статьи|публикации|издания|журнала|подкаста|репортажа|нашего исследования|отчета|"
    r"обзора рынка|доклада)|(?:пройти|заполнить|ответить на) (?:наш[а-я]* |короткий |небольшой )?"
    r"(?:опрос|анкету)|ответить на (?:пару|несколько) (?:наших )?вопросов|"
    r"market (?:research|study|survey|report)|industry (?:report|survey|study)|"
    r"(?:i'?m|i am|we are|we'?re) (?:a |an )?(?:(?:tech|business|freelance|staff|trade) )?"
    r"(?:journalist|reporter|researcher|editor|"
    r"(?:market |industry )?analyst)|(?:conducting|running|doing) (?:a |an )?(?:survey|study|"
    r"research|interview)|(?:writing|working on) (?:an? |the )?(?:article|story|piece|report|"
    r"review) (?:on|about)|for (?:an?|our|my) (?:article|story|publication|report|podcast|"
    r"study(?! participants| subjects| volunteers))|(?:take|fill (?:in|out)) (?:a |our |"
    r"this )?(?:short )?"
    r"(?:survey|questionnaire)|"
    r"answer a (?:few|couple of) questions|(?:a |our |short |quick )?survey (?:about|on|of) "
    rf"[a-z]+){_E}"
)
_RESEARCH_WEAK = re.compile(
    rf"{_B}(?:опрос[а-я]*|анкет[а-я]*|исследовани[а-я]*|интервью|survey|questionnaire|"
    rf"interview|research){_E}"
)

_STUDENT_STRONG = re.compile(
    # a pupil with a project set: "я школьница, нам задали проект про IT-компании"
    rf"{_B}(?:(?:я )?школьни(?:к|ца)(?![а-я])|нам задали (?:проект|доклад|реферат|сочинение)|"
    # a thesis or homework, the writer's or a relative's: "внучка пишет диплом про сайты",
    # "диплом пишу", "дз по html", "my son's homework"
    r"(?:пишу|пишет|пишем|пишут|готовлю|готовит|делаю|делает) (?:[а-я]+ )?"
    r"(?:диплом|дипломн|курсов[ау]ю|курсач|реферат|выпускн[а-я]* работ)[а-я]*|(?:диплом|"
    r"курсов[а-я]*|"
    r"курсач|реферат)[а-я]* (?:пишу|пишет|делаю|делает)|^(?:дз|домашк[а-я]*|домашнее задание) "
    r"(?:по|на)(?= )|(?:my|our) (?:son|daughter|grandson|granddaughter|kid)'?s? (?:homework|"
    r"thesis|"
    r"school project)|"
    r"i'?m in (?:high |middle )?school|i'?m a (?:high school |school )?(?:student|pupil)|"
    r"(?:mba|master'?s|bachelor'?s|phd|undergrad(?:uate)?) student|"
    r"(?:i'?m|i am) an? (?:[a-z]+ )?undergrad(?:uate)?|кейс-?чемпионат[а-я]*|case (?:championship|"
    r"competition)|делаю (?:диплом|дипломную|курсовую|курсач)[а-я]*|for (?:my|our) (?:semester|"
    r"term|class|course|uni|university|college) project|"
    r"high school (?:senior|junior|sophomore|student)|high ?schooler|"
    r"(?:i'?m )?at community college|"
    r"я (?:в|учусь в) (?:\d+[а-я-]* )?(?:школе|классе)|"
    r"я студент(?:ка)?|мы студенты|студент(?:ка)? (?:\d|[а-я]+ курса|вуза|универа|"
    r"колледжа)|учусь (?:в|на)|для (?:диплома|дипломной|курсовой|курсача|учебы|учебного "
    r"проекта|универа|реферата|дипломки)|"
    r"пиш(?:у|ем) (?:диплом|дипломную|дипломку|курсовую|курсач|реферат|диссертацию|"
    r"магистерскую|выпускную)|"
    r"дипломн[а-я]*|диплом(?:ный|ная)? проект|курсов(?:ая|ую|ой) (?:работ[а-я]*|проект)|"
    r"(?:перво|второ|третье|четверто)курсни(?:к|ца|ки)|freshman|sophomore|first-year student|"
    r"курсов(?:ая|ую|ой)|курсач[а-я]*|реферат[а-я]*|домашн[а-я]* задани[а-я]*|домашк[а-я]*|"
    r"лабораторн[а-я]*|лабу|лаба|лабы|учебн(?:ый|ого|ому) проект[а-я]*|научн[а-я]* руковод[а-я]*|"
    r"задали (?:в|на) (?:универе|вузе|школе|паре|колледже|техникуме|курсах)|сессия|сессию|зачет|"
    r"экзамен[а-я]*|"
    r"(?:university|uni|school|college|class|course) (?:assignment|task|project)|"
    r"i'?m a student|i am a student|we are students|student project|for (?:my |a )?(?:school|"
    r"university|uni|college|class|course|thesis|dissertation|diploma|homework|assignment|"
    # ...but "for class bookings", "for course sign-ups": a school's or a studio's business
    r"coursework)(?! (?:booking|schedul|registr|sign|enrol|timetabl|member|attend|admission|"
    r"pass|ticket|payment|website|site|portal|crm|bot|district|suppl|board|children|kids|pupils|"
    r"students|teachers|parents|canteen|uniform))|"
    r"(?<!about )(?<!with )(?<!their )(?<!students' )homework|thesis|dissertation|coursework|"
    r"school project|uni project|"
    # a business school's final project, graded by a teacher: "an MBA capstone", "my professor
    # will grade it", "магистерская по кейсу"
    r"capstone|mba (?:project|case|assignment)|my (?:professor|prof|lecturer) (?:will )?"
    r"(?:grade|mark|assess)s?|(?:преподаватель|препод) (?:будет )?"
    r"(?:оценивать|проверять|ставить оценку)|магистерск[а-я]*|"
    rf"university project|college project|class project|term paper){_E}"
)
_STUDENT_HELP_RE = re.compile(
    rf"{_B}(?:(?:помощь|помочь|помогите|поможете|help) (?:мне )?(?:с|with) (?:my |our )?"
    r"(?:[a-z-]+ ){0,2}(?:дипломом|"
    r"дипломной|"
    r"курсовой|курсачом|диссертацией|домашкой|домашним заданием|лабой|рефератом|thesis|"
    rf"homework|assignment|diploma|coursework)){_E}"
)
_STUDENT_WEAK = re.compile(rf"{_B}(?:студент[а-я]*|student|students|школьник[а-я]*){_E}")

_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|(?<![@\w])(?:[a-z0-9-]+\.)+(?:com|ru|net|org|io|xyz|top|"
    r"info|biz|online|site|club|pro|me|cc|tk|ml|ga|cf|gq|ly|to|link|click|win|bet|casino|vip|"
    r"рф|su|ua|by|kz)(?:/[^\s<>\"']*)?(?![\w.])|t\.me/[\w+/-]+"
)
_SPAM_DOMAIN_RE = re.compile(
    r"casino|kazino|казино|vulkan|vulcan|1xbet|1win|pinup|pin-up|joycasino|azino|slot|"
    r"bet|poker|porn|xxx|sex|crypto|bitcoin|btc|binance|airdrop|nft|forex|loan|viagra|"
    r"earn|profit|money|bonus|promo|bit\.ly|tinyurl|goo\.gl|clck\.ru|cutt\.ly"
)
_PORTFOLIO_RE = re.compile(r"dribbble|behance|github|linkedin|artstation|hh\.ru|figma\.com")
_SPAM_STRONG = re.compile(
    # (what the studio's people earn is a job seeker's question: "сколько у вас зарабатывают")
    rf"{_B}(?:"
    # loans pushed, cheap goods and "DM me": "кредиты онлайн, без справок", "дёшево!!! пишите в лс"
    r"кредит[а-я]* онлайн|(?:займ|кредит)[а-я]* без справок|одобрени[а-я]* \d+ ?%|"
    r"дешево ?!{2,}|пишите в (?:лс|личку|личные)|"
    # a return promised, a link in the profile: "криптобот приносит 300% в месяц, переходи по
    # ссылке в профиле"
    r"(?:приносит|приносят|дает|даёт|brings|makes|returns?|earns?) (?:до |up to )?\d+ ?% (?:в "
    r"(?:месяц|неделю|день)|a (?:month|week|day)|per (?:month|week|day)|monthly|weekly|daily)|"
    r"переход(?:и|ите) по ссылке|ссылк[аи] в (?:профиле|шапке|био)|link in (?:my )?(?:bio|"
    r"profile)|"
    # money from home in a day: "make $5000 a day from home, DM me"
    r"(?:make|earn) \$? ?\d[\d,]* (?:a|per) (?:day|week)|(?:make|earn) money (?:from|at) home|"
    # chain letters: "перешлите это 10 друзьям"
    r"(?:перешлите|отправьте|разошлите) (?:[а-я]+ ){0,2}(?:\d+|десяти|пяти|семи|двадцати) "
    r"(?:друзьям|людям|контактам|знакомым)|"
    r"forward (?:[a-z]+ ){0,2}to (?:\d+|ten|five|seven|twenty) (?:friends|people|contacts)|"
    # ("кто сколько заработал": a report of the writer's staff earnings)
    # (the buyer's staff's pay is no "easy money": "кабинет курьера: смены, заработок за день")
    r"(?<!сколько )заработ(?:ок|ка|ай|ать|аете|ал)(?! (?:за|курьер|сотрудник|водител|мастер|"
    r"персонал)[а-я]*)|(?<!у вас )(?<!сколько )зарабатыва[а-я]*|"
    r"пассивн[а-я]* доход[а-я]*|"
    r"доход от \d+|доход \d+|доходом от|инвестици[а-я]* под|под \d+ ?% (?:в|годовых)|"
    r"\d+ ?% (?:в день|в месяц|в неделю|годовых|ежедневно|daily|per day|a day|monthly)|"
    r"быстрые деньги|легкие деньги|легкий заработок|без вложений|без опыта работы и вложений|"
    r"бинарн[а-я]* опцион[а-я]*|финансов[а-я]* пирамид[а-я]*|млм|mlm|"
    # (not what the writer won: "мы выиграли грант", "выиграли тендер, ищем подрядчика")
    r"(?<!мы )выигр(?:ал|али|ыш|ыши|ать)(?! (?:грант|тендер|конкурс|субсиди|закупк|финансировани|"
    r"контракт|аукцион))|вы выиграли|приз[а-я]* ждет|"
    # licences sold in days and drugs without prescription: "ЛИЦЕНЗИЯ МЧС за 3 дня!!!"
    r"лицензи[а-я]*(?: [а-яa-z]+){0,3} за \d+ (?:дн|час|день)[а-я]*|no prescription|без рецепта|"
    # a prize "won" by the reader: "you are selected as winner of $1,000,000 lottery"
    r"(?:you are|you'?ve been|you have been) (?:selected|chosen) as (?:a |the )?winner|"
    r"(?:поздравляем,? )?вы (?:стали )?победител[а-я]* (?:розыгрыш|лотере)[а-я]*|"
    r"розыгрыш[а-я]* (?:айфон|iphone|приз|денег|деньг|машин|квартир|\d)[а-я]*|"
    r"участву[а-я]* в розыгрыше|"
    # (slots of a schedule are a booking's: "чтобы свободные слоты брались из 1С")
    r"казино|casino|ставки на спорт|букмекер[а-я]*|игровые автоматы|"
    r"(?<!свободные )(?<!свободных )(?<!временные )(?<!пустые )(?<!ближайшие )слоты"
    r"(?! (?:для записи|записи|врачей|мастеров|времени|в расписании|брались|подтягивались))|"
    r"интим[а-я]*|секс[а-я]*|порно[а-я]*|эротик[а-я]*|знакомства для взрослых|"
    r"viagra|виагр[а-я]*|займ(?:ы)? без|кредит без|микрозайм[а-я]*|"
    r"make money|earn money|earn \$?\d+|passive income|get rich|easy money|double your|"
    r"earn \$\$|\$\$\$|(?:earn|make) (?:[^ ]+ )?from home|"
    r"(?:продам|продаю|продаем|продаём) (?:[а-я]+ )?аккаунт[а-я]*|"
    r"(?:selling|sell|buy) (?:[a-z]+ )?"
    r"(?:accounts|followers|likes)|"
    r"guaranteed (?:profit|income|returns?)|investment opportunity|crypto signals|"
    r"free bitcoin|free crypto|airdrop|you (?:have )?won|claim your (?:prize|reward)|"
    r"lose \d+ ?(?:kg|kilos?|lbs|pounds)|похуде[а-я]* на \d+|сбрось(?:те)? \d+ ?кг|"
    r"купить дешево|дешево купить|купите (?:[а-я]+ ){0,2}(?:дешев|недорог)[а-я]*|"
    # a goods advert with a call to phone: "CHEAP FIREWOOD seasoned oak 200 a cord call Earl"
    r"^(?:cheap|дешев[а-я]*|недорог[а-я]*) [^.!?]{3,60} (?:call|text|звоните|пишите)"
    r"(?: [a-zа-я]+)?$|"
    # goods offered at a price, no project named: "продаю б/у айфоны дёшево", "selling used
    # laptops cheap"
    r"(?:продаю|продаем|продаём|продам) (?:[а-яa-z0-9/-]+ ){0,3}(?:дешево|недорого|по низк[а-я]* "
    r"цен[а-я]*|за полцены)|(?:selling|sell) (?:[a-z0-9/-]+ ){0,3}(?:cheap|for cheap|at low "
    r"prices?|for half price)|"
    # betting tips, loans without checks, follow-for-follow
    r"(?:бесплатн[а-я]* )?прогноз[а-я]* на (?:спорт|матч[а-я]*|футбол|хоккей|теннис)|"
    r"(?:(?:free )?(?:sports? )?(?:betting )?(?:tips|predictions) (?:on|for) (?:sports?|matches|"
    r"football)|(?:football|soccer|sports?|betting|match) (?:tips|predictions))|"
    r"betting tips|fixed matches|sure bets|instant loans?|loans? without (?:documents|"
    r"paperwork|credit check)|sub ?4 ?sub|sub for sub|follow ?4 ?follow|follow for follow|"
    r"f4f|l4l|like for like|взаимн[а-я]* подписк[а-я]*|"
    r"click (?:here|the link)|перейд(?:и|ите) по ссылке|жми на ссылку|подпишись на канал|"
    rf"подписывайтесь|buy followers|накрутк[а-я]*|porn|sex|xxx|nsfw|onlyfans|18\+){_E}"
)
_SPAM_WEAK = re.compile(
    rf"{_B}(?:крипт[а-я]*|crypto[a-z]*|bitcoin|биткоин[а-я]*|биткойн[а-я]*|btc|usdt|"
    # a giveaway is spam alone, a part of the job in "контент, посты, розыгрыши", "a chatbot for
    # our customers' spring giveaway"
    r"розыгрыш[а-я]*|giveaways?|"
    # an ad of the writer's goods: "Акция! Натяжные потолки за 1 день -50%"
    r"^акция|скидк[а-я]* до -?\d+ ?%|-\d{1,2} ?%|"
    # an advert's shipping line, only without a project ("магазин с доставкой по РФ" asks)
    r"доставка по (?:рф|россии|всей россии|снг|миру|всему миру)|"
    r"(?:worldwide|free|fast|discreet) shipping|"
    r"eth|nft|forex|форекс|трейдинг[а-я]*|(?:crypto|forex|day|binary|options|stock) trading|"
    r"trading (?:signals|bots?|platform|course|strateg[a-z]+|accounts?|robots?)|инвестиц[а-я]*|"
    r"invest[a-z]*|"
    r"(?<!у вас )ставк[а-я]*(?! (?:от |до |в )?\d)|bet|"
    # a call to subscribe or join, in any imperative ("подписывайся на канал", "вступай в чат",
    # "join our channel"); only without a project, which may quote its own bot's call
    r"(?:подписыва(?:йся|йтесь)|подпиши(?:сь|тесь)|вступа(?:й|йте)|вступи(?:те)?|"
    r"заходи(?:те)?|присоединя(?:йся|йтесь)) (?:на |в |к )(?:наш[а-я]* |мо[йюеи] |мо[её]м )?"
    r"(?:канал|групп|паблик|чат|сообществ|телеграм|блог)[а-я]*|"
    r"(?:subscribe|join|follow) (?:to )?(?:my|our) (?:[a-z]+ )?(?:channel|group|chat|page|blog)|"
    # an advertisement of goods or services: discounts and sales
    r"со скидкой|скидк[а-я]* (?:на [а-я]+ (?:[а-я]+ )?)?(?:до )?-?\d+ ?%|"
    r"скидк[а-я]* на (?:[а-я-]+ ){1,3}до конца (?:недели|месяца|дня|года|акции)|"
    r"\d+ ?% (?:скидк[а-я]*|off)|распродаж[а-я]*|"
    rf"(?:discount|sale)s? (?:on [a-z]+ (?:[a-z]+ )?)?(?:up to )?-?\d+ ?%){_E}"
)
_REPEAT_RE = re.compile(r"(\S)\1{9,}")
# Gibberish: a run along one keyboard row ("ывапролдж", "asdfgh") or a repeated syllable.
_NO_RUSSIAN_WORD_RE = re.compile(r"[аеёиоуэюя]ы|^ы|[ьъ]{2}|^[ьъ]")
_KEYBOARD_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm")
# ("вапвапвапр": the last one may be cut short)
_SYLLABLE_REPEAT_RE = re.compile(r"^(\w{1,3})\1{2,}\w{0,2}$")
_SELLING_JUNK_RE = re.compile(
    r"^(?:продам|продаю|продаем|куплю|купим|покупаем|скупаем|скупка|отдам|сдам|сниму|selling|"
    r"for sale|we buy|buying|will buy|cash for) |"
    # a classified ad for goods, a price per unit and a call: "дрова колотые, машина 6 кубов,
    # недорого, звоните", "fresh eggs, £3 a dozen, collection only"
    r".*(?:недорого,? звоните|звоните(?: по номеру)?$|самовывоз$|collection only|"
    r"[£$€] ?\d+(?:[.,]\d+)? (?:a|per) (?:dozen|kg|box|bag|load|bundle)|\d+ (?:руб|р)[а-я.]* за "
    r"(?:кг|штуку|мешок|куб|десяток))"
)
_REPEAT_WORD_RE = re.compile(r"(?<!\w)(\w{2,})(?:\W+\1(?!\w)){5,}")


# More phrasings of each kind, written against the training phrasings (the patterns above were
# written against the development set): checked after the ones above, in the same order.
# The writer's own services offered to the studio: marketing ("We run SMM for IT studios",
# "ведём таргет для веб-студий", "helping agencies like yours get more clients"), white-label
# work, an SEO agency's proof, running the reader's social networks.
_OFFERED_TO_STUDIO_RE = re.compile(
    rf"{_B}(?:(?:we|мы) (?:run|do|provide|offer|handle|делаем|ведем|ведём|оказываем|настраиваем) "
    r"(?:smm|seo|сео|ads|ppc|таргет[а-я]*|контекст[а-я]*|рекламу|социальные сети|social media)"
    r"(?: [a-zа-я-]+){0,2} (?:for|для) (?:[a-zа-я-]+ |[a-zа-я]+-)?(?:studios|agencies|companies|"
    r"businesses|"
    r"студий|агентств|компаний|бизнеса)|"
    # "we offer white-label development, you put your name on it"
    r"(?:we |мы )?(?:offer|provide|do|предлагаем|делаем) white[- ]label(?: [a-z]+)?|"
    # an SEO agency's proof and offer: "вывели в топ три сайта ... сделать то же для вашего"
    r"(?:готовы|можем|предлагаем) (?:[а-я]+ ){0,4}для ваш(?:его|ей|их) (?:сайт|компани|бизнес|"
    r"магазин)[а-я]*|"
    # "хотим вести ваши соцсети", "we'd love to run your Instagram"
    r"(?:вести|ведение|продвигать|продвижение) ваш[а-я]* (?:соцсет|инстаграм|инсту|аккаунт|"
    r"страниц|сообществ|канал|паблик)[а-я]*|(?:run|manage|grow|handle) your (?:social|socials|"
    r"instagram|ig|accounts?|channels?|pages?)|"
    # the writer's own work made for the studio: "сделаю деловые портреты вашей команды",
    # "напишу тексты для вашего блога", "I'll shoot headshots of your team" (a buyer's
    # "подготовлю для вас тексты" hands over content: no "your" after it)
    r"(?:сделаю|сделаем|сниму|снимем|сфотографирую|напишу|напишем|нарисую|смонтирую|создам|"
    r"проведу|напечатаю|напечатаем|переведу|переведем) "
    r"(?:[а-я]+ ){0,2}(?:портрет|фото|съемк|видео|ролик|текст|стать|логотип|баннер|иллюстрац|"
    r"контент|аудит|seo|сео|визитк|буклет|листовк|мерч|сайт)[а-я]* (?:[а-я]+ ){0,2}"
    r"ваш(?:ей|его|их|ему|им)|(?:переведу|переведем|локализую|локализуем) ваш[а-я]* "
    r"(?:сайт|текст|контент|материал)[а-я]*|"
    r"(?:i'?ll|i will|i can|i could|happy to|let me|we'?ll|we will|we can|we could|"
    r"(?:our|my) [a-z]+(?: [a-z]+)? can) (?:shoot|film|photograph|write|draw|design|produce|"
    r"create|make|do|run|print|translate|locali[sz]e) (?:[a-z]+ ){0,2}(?:headshots?|portraits?|"
    r"photos?|photoshoots?|videos?|reels?|texts?|copy|articles?|posts?|logos?|banners?|"
    r"illustrations?|content|audits?|cards|merch|brochures?|flyers?|leaflets?|translations?)"
    r" (?:[a-z]+ ){0,2}(?:of|for|on) your (?:team|staff|site|website|blog|company|studio|agency|"
    r"office|brand|socials?|pages?)|"
    # a service sold for the reader's site: "cheap translation services for localization of
    # your website", "professional translation of your site" (a buyer's is "of our site")
    r"(?:translation|locali[sz]ation|proofreading|copywriting|printing|photography|video) "
    r"(?:services? )?(?:[a-z]+ ){0,2}(?:of|for) your (?:site|website|studio|agency|company|"
    r"team|content|blog)|"
    r"help(?:ing)? (?:[a-z]+ ){0,2}(?:agencies|studios|companies|businesses|firms)"
    r"(?: like yours)? (?:to )?(?:get|win|land|find|attract) (?:more )?(?:clients|customers|"
    r"leads|deals|projects)|"
    r"помога(?:ем|ю) (?:[а-я]+ ){0,2}(?:агентствам|студиям|компаниям|бизнесу) (?:[а-я]+ )?"
    rf"(?:получать|находить|привлекать) (?:больше )?(?:клиентов|заявок|лидов|заказов)){_E}"
)
_JOB_MORE = re.compile(
    rf"{_B}(?:(?:вакансии|вакансия|места) (?:у вас )?(?:есть|имеются|открыты)\?|есть (?:ли )?"
    r"(?:у вас )?(?:вакансии|места)\?|any (?:open )?(?:vacancies|positions)\?|(?:ищу|жду|"
    r"рассмотрю|рассматриваю) (?:[а-я]+ )?оффер[а-я]*|"
    rf"оффер[а-я]* (?:на )?(?:джун|"
    r"мидл|сеньор|стаж)[а-я]*|(?:работу|позицию|место) (?:джуном|мидлом|стажером)|"
    # a place for the writer: "может у вас есть для меня место на постоянку", "возьмёте к себе?",
    # "a spot for me on your team"
    r"(?:есть|найдется|будет) (?:ли )?(?:у вас )?(?:для меня (?:какое-нибудь |какое-то )?"
    r"(?:место|местечко|работ[а-я]*|позици[а-я]*|вакансия)|мне (?:работ[а-я]*|вакансия))|"
    r"(?:возьмете|возьмешь|берете|примете) (?:меня )?(?:к себе|в штат|на постоянку|в команду)|"
    r"(?:a |any )?(?:spot|place|room|position|opening) for me (?:on|in|at) your|(?:any |"
    r"have any |do you have (?:any )?)?openings? (?:for|at)|any openings|"
    # what the studio pays its people: "сколько у вас получают мидлы?", "what do you pay juniors"
    r"сколько (?:у вас |в студии )?(?:получают|платят|зарабатывают)|сколько (?:вы )?платите "
    r"(?:своим |вашим )?(?:сотрудник|разработчик|программист|дизайнер|джун|мидл|сеньор)[а-я]*|"
    r"what do you pay (?:your )?(?:juniors?|middles?|mid|seniors?|devs?|developers?|designers?|"
    r"staff|people)|how much do (?:your )?(?:devs?|developers?|designers?|juniors?|seniors?|"
    r"people|employees) (?:make|earn|get)|"
    # ("so people can apply for store jobs": the writer's careers page)
    r"(?:do|are) you hir(?:e|ing)|you hiring|can i apply|"
    r"(?<!people can )(?<!they can )(?<!candidates can )(?<!applicants can )apply for|"
    r"consider me|"
    r"(?:join|be one of) your (?:[a-z]+ )?(?:team|devs|developers|designers)|"
    # working with the studio on the writer's project is buying: "work with you on a portal"
    rf"{_WORK_FOR_YOU}|"
    r"could i be one of your|"
    r"looking for (?:my next|a new|a full-?time|a part-?time|a remote|remote|a junior|a senior|"
    r"a trainee|an? (?:[a-z-]+ ){0,2})?(?:role|position|job|gig|trainee spot|internship)s?|"
    r"open to (?:remote |new )?(?:roles|work|opportunities|offers)|remote (?:roles|opportunities)|"
    # a steady place for the writer: "I've been freelancing for years and I'm after something
    # permanent now", "ищу что-то постоянное"
    r"(?:i'?m|i am|i)(?: now)? (?:after|looking for|seeking|hoping for|want) something (?:more )?"
    r"(?:permanent|full-?time|in-?house)|(?:ищу|хочу) (?:что-то|что-нибудь) "
    r"(?:постоянное|на постоянку)|хочу на постоянку|"
    # "хочу к вам проджект-менеджером", "хотел бы к вам в команду"
    r"(?:хочу|хотел[а]? бы|пойду|готов[а]? пойти) к вам (?:в команду|на работу|работать|"
    r"[а-я-]+(?:ом|ем|ой|ей))|"
    # a developer presenting themselves: "I'm a full-stack dev (Node, React), 6 years,
    # currently freelancing", "я фронтенд-разработчик, 4 года опыта"
    r"(?:i'?m|i am|я) (?:a |an )?(?:[a-zа-я-]+ )?(?:dev|developer|programmer|designer|"
    r"разработчик|программист|дизайнер|верстальщик)(?![a-zа-я])[^.!?]{0,60}?(?:\d+ (?:years|"
    r"yrs|лет|года)|freelanc[a-z]*|фрилансер[а-я]*|фрилансю|опыт[а-я]*)|"
    # "my task: land a full-time role at a studio like yours"
    r"land (?:a |an )?(?:[a-z-]+ ){0,2}(?:role|job|position|gig|internship)|"
    r"here'?s my (?:cv|resume|linkedin|portfolio)|my linkedin|i'?m free from|"
    r"(?:i'?m|i am) available (?:full[- ]?time|part[- ]?time|from|immediately)|"
    r"i can start (?:immediately|monday|tomorrow|next week)|trainee spot|"
    r"ищу (?:новое |постоянное )?место(?! для (?:учебной )?практики)|(?:ищу|ищет) работу|"
    # "присматриваюсь к новому месту", "в поиске нового места работы"
    r"(?:присматрива[а-я]*|в поиске|в поисках|поиск[а-я]*) (?:к )?(?:нов[а-я]*|постоянн[а-я]*) "
    r"мест[а-я]*(?! для (?:учебной )?практики)(?! (?:для|под) (?:офис|склад|магазин|точк))|"
    r"работу ищу|rabotu ishu|расширяет штат|расширяете штат|"
    r"(?<!у нас )(?<!у меня )(?:есть ли|есть) (?:у вас )?(?:вакансии|вакансия|место для|"
    r"свободн[а-я]* мест)|"
    # ("где будут наши вакансии для рабочих": the writer's own vacancies, on their site)
    r"(?<!наши )(?<!наших )(?<!свои )(?<!своих )(?:вакансии|вакансия) для|"
    # a side job or a place asked for: "хочу подработку на праздники", "людей берёте?"
    r"(?:хочу|нужна|ищу|возьму) (?:[а-я]+ )?подработ[а-я]*|(?:людей|сотрудников|новичков|"
    r"программистов|дизайнеров) берете\?|берете (?:людей|сотрудников|на работу)|"
    r"looking for (?:a )?side (?:gig|job|hustle)|"
    r"место для (?:тестировщика|разработчика|дизайнера|менеджера|"
    r"программиста|верстальщика|аналитика|стажера|junior|джуна)|"
    # a role's opening asked about: "есть у вас место менеджера проектов?", "по поводу позиции
    # дизайнера — ещё актуально?", "is the project manager opening still available?"
    r"(?:есть|имеется|осталось|остал[аи]сь)(?: ли)?(?: у вас)? (?:место|позиция|вакансия|ставка) "
    r"(?:[а-я-]+(?:ого|его|ой|ей) )?(?:менеджер|разработчик|дизайнер|программист|аналитик|"
    r"тестировщик|маркетолог|копирайтер|верстальщик|бухгалтер|прораб|инженер|водител|оператор|"
    r"проджект|продажник|юрист|секретар|ассистент)[а-я]*|"
    r"(?:по поводу|насчет|насчёт) (?:позиции|вакансии|места) [а-я-]+|"
    r"(?:позици|ваканси)[яи] (?:[а-я-]+ ){0,3}(?:—|-|,)? ?(?:ещ[её] |пока |до сих пор )?актуальн|"
    r"(?:opening|position|vacancy|role) (?:still )?(?:available|open)\?|"
    r"у вас работать|работать у вас|к вам (?:в штат|в команду|работать|[а-я]+ом)|хочу в штат|"
    r"можно к вам\?|стать вашим (?:менеджером|сотрудником|разработчиком|дизайнером|"
    r"программистом|тестировщиком|аккаунтом)|тестовое задание|(?:вы )?нанимаете|"
    r"интересует (?:позиция|вакансия|работа)|позици[яю] у вас|зп от|зарплат[а-я]* от|"
    r"\d+ ?(?:лет|года?) опыта|опыт(?:ом)? (?:работы )?\d+ ?(?:лет|года?)|\d+-летним опытом|"
    rf"{_YEARS_COUNT} (?:years?|yrs) (?:of )?experience|"
    r"вот мои работы|мои работы|dribbble|behance|"
    r"рассматриваю (?:новые )?(?:возможности|предложения|варианты)|"
    r"не нужн(?:ы|а|ен) (?:ли )?(?:вам )?(?:[а-я0-9-]+ )?(?:программист|разработчик|дизайнер|"
    r"верстальщик|тестировщик)[а-я]*|"
    # remote work wanted or considered by the writer: "рассматриваю удалёнку", "ищу только
    # удалённую работу", "considering remote roles"
    r"(?:рассмотрю|рассматриваю|ищу|интересует|хочу на|готов[а-я]* на) (?:только |лишь )?"
    r"(?:удал[её]нк[а-я]*|удал[её]нн[а-я]* (?:работ|позици|формат)[а-я]*)|"
    r"(?:considering|looking for|seeking|prefer|want) (?:only |fully )?remote (?:work|roles?|"
    r"positions?|jobs?|gigs?)|"
    # a candidate's signs without the word "работа": a test task, a code profile, a stack,
    # "do you take people on?", "могу тестировщиком"
    r"(?:открыт|свободн)[а-я]* (?:позици|ваканси)[а-я]*|пройти у вас (?:[а-я]+ )?практик[а-я]*|"
    r"(?:места|вакансии|позиции|место) для (?:джун|стажер|junior|новичк|выпускник|начинающ)"
    r"[а-яa-z]*|"
    r"(?:рассматриваете|набираете|берете|ищете|нанимаете) (?:ли )?(?:вы )?(?:к себе )?"
    # ("вы набираете удалённо пэхапэ программистов": how and which, between)
    r"(?:(?:удаленно|удаленку|на удаленку|на удаленке|в офис|сейчас|еще|опять|снова) )?"
    r"(?:[а-я]+ )?"
    r"(?:людей|сотрудников|удаленщик[а-я]*|фрилансер[а-я]*|специалист[а-я]*|кандидат[а-я]*|"
    r"новых людей|в команду|тестировщик[а-я]*|разработчик[а-я]*|дизайнер[а-я]*|стажер[а-я]*|"
    r"джун[а-я]*|программист[а-я]*|верстальщик[а-я]*)|"
    # roles any firm hires, asked about: "вы сейчас набираете менеджеров по продажам?"
    r"(?:набираете|ищете|нанимаете) (?:ли )?(?:вы )?(?:сейчас )?(?:менеджер|аналитик|маркетолог|"
    r"копирайтер|продажник)[а-я]*(?= [а-я ]{0,30}\?|\?)|"
    r"(?:могу|готов[а-я]*) (?:быть |работать |пойти )?(?:вашим )?"
    r"(?:тестировщик|разработчик|программист|дизайнер|верстальщик|менеджер|аналитик|"
    r"копирайтер|фронтендер|бэкендер)(?:ом|ей)|(?:do|are|would) you (?:take|taking|hire|"
    r"consider|considering) (?:on )?(?:any )?(?:remote |freelance |new |junior |more )?"
    r"(?:[a-z/-]+ )?(?:people|devs|developers|contractors|freelancers|designers|staff|testers|"
    r"engineers|interns|juniors|trainees|analysts|copywriters|marketers|managers)|"
    # a career move: "looking for my next step", "happy to relocate", "готов к переезду"
    r"(?:looking for|seeking|exploring|searching for) (?:my |the )?next (?:move|step|role|"
    r"challenge|position|opportunity)|(?:happy|willing|ready|open|able) to relocate|"
    r"готов[а-я]* (?:к )?(?:переезд[а-я]*|переехать|релокац[а-я]*)|"
    r"(?:сделать|выполнить|пройти|сделаю|выполню|взять) тестов(?:ое|ую|ый)|"
    r"(?:test|take-?home|coding) (?:task|assignment|challenge)|гитхаб[а-я]*|гит в профиле|"
    r"(?:мой|my) (?:стек|stack|github|гит)|(?:github|гитхаб) (?:в|in) (?:профиле|bio|profile)|"
    # a candidate's terms: a first day, full time, the salary, years with a tool ("5 yrs PHP,
    # can join immediately")
    r"can (?:join|start) (?:immediately|asap|right away|from monday)|notice period|"
    # asking to be considered at all: "рассматриваете ли вы людей моего возраста? готов начать с
    # малого", "do you consider people without experience?"
    r"рассматриваете ли (?:вы )?(?:людей|кандидатов|специалистов|новичков|соискателей)|"
    r"готов[а]? начать с (?:малого|нуля|младшей позиции|стажировки)|"
    r"(?:do|would) you (?:consider|take on|hire) (?:people|someone|candidates|juniors) "
    r"(?:of my age|my age|without experience|with no experience)|"
    rf"{_YEARS_COUNT} ?(?:yrs?|years?) (?:of )?(?:experience (?:in|with) |exp (?:in )?)?"
    r"(?:php|python|"
    r"java(?:script)?|js|react|node(?:js)?|laravel|django|wordpress|figma|\.net|c#|golang|ruby|"
    r"swift|kotlin|flutter|1c|1с|bitrix|битрикс)|"
    r"(?:могу|готов[а-я]*) выйти (?:на работу |в офис )?(?:с |со |в |на |завтра|сразу)|"
    r"(?:выйти|работать|устроиться) на (?:полн(?:ый|ую)|полставки|пол ставки)|"
    r"(?:по|насчет|насчёт) (?:зарплат[а-я]*|зп|оклад[а-я]*) (?:договоримся|обсудим)|"
    r"зарплатн[а-я]* ожидани[а-я]*|ожидания по (?:зарплате|зп|доходу)|"
    r"(?:salary|pay) expectations|expected salary|"
    # between jobs, the package asked for, experience brought to the team: "I'm currently between
    # roles and would be glad to bring that experience to your delivery team"
    r"between (?:roles|jobs|positions|contracts)|(?:my )?expected (?:package|compensation|"
    r"monthly rate)|bring (?:my|that|this|these|all that) (?:experience|skills|expertise) to "
    r"your|open to (?:new )?(?:opportunities|roles|positions|offers)|"
    r"(?:сейчас )?(?:между работами|в поиске (?:новой )?(?:работы|позиции|команды))|"
    r"(?:привнести|применить) (?:свой |мой )?опыт в ваш[а-я]* (?:команд|компани)[а-я]*|"
    # the pay asked for, in the candidate's words: "на руки от 120", "оклад от 90 тысяч"
    r"на руки (?:от |не меньше |не ниже )?\d+|(?:оклад|зп|зарплат[а-я]*) (?:от|не ниже) \d+|"
    r"опыт[а-я]* (?:работы )?(?:в|с|на) [a-zа-я0-9+#.-]+(?: [a-zа-я0-9+#.-]+)? \d+ ?(?:лет|года?)|"
    r"(?:i|we) (?:build|make|do) (?!seo|ads|ppc|leads?|link|backlink|smm|audit)[a-z ]{0,20}, "
    r"(?:could|can) i|"
    # asking to be taken on, free from a date: "я верстальщик, свободен с декабря, возьмёте?"
    r"возьм[её]те меня(?! в (?:долю|дело|партн))|"
    r"(?:я|i'?m|i am) (?:(?:an? )?[a-zа-я-]+(?: [a-zа-я-]+)?,? )?"
    r"(?:свобод(?:ен|на)|available|free) (?:с|from|starting) "
    rf"(?:понедельник|январ|феврал|декабр|следующ|monday|january|february|december|next)"
    rf"[a-zа-я]*){_E}"
)
_STUDENT_MORE = re.compile(
    # "could you review my portfolio site for a class?"
    rf"{_B}(?:for (?:a|my) (?:class|coursework|homework|module)(?![a-z])|вкр|"
    # "our class project needs a sample RFP"
    r"(?:our|my) (?:class|course|coursework|uni|university|college) (?:project|assignment)|"
    r"(?:для|for a) (?:студента|студентки|student)(?=[^.!]{0,40}(?:бесплатно|free))|"
    r"(?:бесплатно|for free)[^.!]{0,40}(?:для студента|для студентки|for a student)|"
    r"магистрант[а-я]*|школьн[а-я]* проект[а-я]*|школьник[а-я]*|"
    # a task set by a teacher: "задали сделать проект CRM для учебной клиники"
    r"(?:нам |мне )?задали (?:сделать|написать|разработать|спроектировать|придумать)|"
    r"(?:we were|i was|we'?ve been|i'?ve been) (?:assigned|set|given) (?:a |an )?(?:project|"
    r"task|assignment) to|"
    # "for my MBA assignment I have to interview a web agency"
    r"(?:my|an|our) (?:mba |uni |university |college |course |class )?(?:assignment|coursework|"
    r"capstone)|mba (?:project|thesis|assignment|coursework)|"
    r"(?:в|на) (?:вузе|универе|колледже|школе|курсах) (?:дали|задали)|задали (?:в|на) |"
    # (teachers as a platform's users are no student's teacher: "кабинеты учеников и
    # преподавателей", "для преподавателей")
    r"дали задание|(?<!для )(?<! и )(?<!кабинет )(?<!кабинеты )(?<!кабинета )препод[а-я]*"
    r"(?! и (?:ученик|студент|школьник|родител|сотрудник))|учебн[а-я]* практик[а-я]*|"
    r"практик[уаи] от (?:универа|вуза|колледжа|университета|техникума)|"
    r"место для (?:учебной )?практики|пройти (?:у вас )?(?:[а-я]+ую )?практику|for credits|"
    # the kind of practice a curriculum sets ("производственная", "преддипломная") and the
    # year of study ("3 курс", "на 2-м курсе"); "1 курс английского" is a school's product
    r"(?:производственн|преддипломн|учебн|ознакомительн)[а-я]* практик[а-я]*|"
    r"(?:на )?[1-6](?:-?(?:й|м|ом))? курсе|[1-6](?:-?й)? курс(?= *(?:$|[,.;!)]))|"
    r"(?:на )?(?:перв|втор|трет|четверт|пят|шест)(?:ом|ьем|ем) курсе|"
    r"(?:перв|втор|трет|четверт|пят|шест)(?:ий|ой|ый) курс(?= *(?:$|[,.;!)]))|"
    # an internship for study credit: "internship for college credit", "placement my degree
    # requires"
    r"(?:for|to get|earn) (?:my |some )?(?:uni|university|college|course|academic|"
    r"school) credits?|(?:internship|placement)(?: [a-z]+){0,2} for (?:course )?credits?"
    r"(?! card)|(?:required|needed) (?:by|for) (?:my )?(?:uni|university|college|"
    r"course|degree|program(?:me)?)|(?:my )?(?:degree|course|program(?:me)?) requires|"
    r"(?:internship|placement|practice) (?:for|as part of) (?:my |our )?(?:course|studies|degree|"
    r"university|uni|college)|(?:do|would|will) you take (?:on )?(?:students|student interns)|"
    # interns sent by a college: "do you take interns from our college", "практикантов из
    # нашего техникума"
    r"(?:interns?|trainees?) from (?:our |my |the |a )?(?:colleges?|universit(?:y|ies)|unis?|"
    r"schools?)|стажировк[а-я]* для студентов|"
    r"(?:стаж[её]р|практикант)[а-я]* (?:из|от) (?:нашего |нашей )?(?:колледж|вуз|"
    r"универ|техникум|университет)[а-я]*|"
    r"(?:counts?|count(?:ing)?) (?:toward|towards) (?:my |a |the )?(?:degree|diploma|course|"
    r"credits?|studies)|mandatory internship|проект по (?:информатике|учебе)|учусь на|"
    r"для (?:проекта|учебы) в "
    r"(?:колледже|вузе|универе|школе)|в портфолио\?|для нашего класса|"
    # a task set at college: "у нас в колледже задание сделать сайт"
    r"(?:колледже|вузе|универе|институте|техникуме) (?:[а-я]+ )?задани[а-я]*|"
    r"задали (?:диплом|дипломн[а-я]*|курсов[а-я]*|реферат)|"
    # a learner asking what to learn: "learning web development at a bootcamp", "что дальше учить"
    r"(?:at|in|on|doing) (?:a |an |the )?(?:[a-z]+ )?bootcamp|буткемп[а-я]*|what (?:should i |to )"
    r"(?:study|learn) next|что (?:мне )?(?:дальше )?(?:учить|изучать)|"
    r"задани[а-я]* (?:в|из) (?:колледж|вуз|универ|институт|техникум)[а-я]*|"
    r"(?:university|college|school|class) (?:project|assignment)|"
    # practice asked for someone studying: "дочке нужна практика", "internship for my son"
    r"нужна (?:[а-я]+ )?практика|(?:возьмете|примете|берете)(?: [а-я]+){0,2} на практику|"
    r"(?:internship|work placement|placement) for (?:my |our |an? )?(?:[a-z0-9-]+ ){0,2}(?:son|"
    r"daughter|nephew|niece|kid|student)|(?:take|host) (?:my )?(?:son|daughter) "
    r"(?:as an? |for an? )?intern|"
    # homework in chat words: "hw assignment: build a landing page", "дз: сверстать лендинг"
    rf"(?:my )?hw (?:assignment|task|project|help)|my hw|(?<!about )(?<!with )(?<!their )homework|"
    rf"дз(?= ?[:\-—])|"
    r"домашк[а-я]*|"
    # learning the trade from us: "хочу у вас научиться делать ботов", "teach me to build sites"
    r"(?:научиться|поучиться|обучиться|научите меня) (?:у вас )?(?:делать|создавать|писать|"
    r"верстать|программировать|разрабатывать)|у вас (?:научиться|поучиться)|"
    r"(?:learn|teach me) (?:how )?to (?:make|build|create|code|develop) (?:bots|chatbots|sites|"
    rf"websites|apps|stores)|learn from (?:you|your team)){_E}"
)
# A survey offered is research, whoever runs it (a university too): "Опрос: ...? 5 минут",
# "survey ... takes 10 min"; checked before the student words of "for a university study".
_SURVEY_RE = re.compile(
    # who writes, before what they name: "I'm a reporter covering IT outsourcing"
    rf"{_B}(?:(?:i'?m|i am|we'?re) (?:an? )?(?:reporter|journalist|correspondent|columnist)|"
    # a survey the reader is asked to fill in (not "кандидаты сами заполняли анкету")
    r"(?:заполните|просим заполнить|прошу заполнить),? (?:[а-я]+,? ){0,2}анкет[а-я]*|"
    r"главред[а-я]*|"
    r"для (?:нашего|моего) обзора|"
    r"(?:reporter|journalist)s? (?:covering|writing about)|"
    r"(?:опрос|анкет|survey|questionnaire|poll)[a-zа-я]*(?:[^.!]{0,80}[.?!]?)? "
    r"(?:it )?(?:займет|занимает|займут|всего|only|takes|will take|takes only|just) "
    r"(?:всего |только |около |about |just |only )?\d+ ?(?:мин|min|минут)[a-zа-я]*|"
    rf"^(?:опрос|анкета|анкетирование|survey|poll|questionnaire) ?[:—-]|"
    # someone running a survey of businesses: "администрация проводит опрос", "we're surveying
    # rural businesses for a university report"
    r"(?:провод|провел|организу)[а-я]* (?:[а-я]+ )?(?:опрос|анкетировани)[а-я]*|"
    r"(?:we'?re|we are|i'?m|i am) (?:surveying|polling) (?:[a-z]+ ){0,3}(?:businesses|companies|"
    r"firms|owners|agencies|studios|farms|shops|retailers|people|users)"
    rf"){_E}"
)
_CV_RE = re.compile(r"резюме|\bcvs?\b|r[eé]sum[eé]s?")
_STAFF_RE = re.compile(
    rf"{_STAFF_RU}|{_B}(?:developer|dev|designer|programmer|coder|engineer|specialist)s?{_E}"
)
_OUTSTAFF_RE = re.compile(r"outstaff|outsourc|аутстаф|аутсорс|(?:dedicated|remote) (?:team|devs)")


_CONTRACT_WORK_RE = re.compile(r"outstaff|outsourc|аутстаф|аутсорс|субподряд|subcontract")
_COMPANY_VOICE_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|у нас|наша|наше|наш|нас|we|we'?re|our|us)(?![a-zа-я])"
)


def _their_peoples_cvs(t: str, hit: str) -> bool:
    """CVs next to an outstaffing offer are the offered people's ("аутстафф разработчиков,
    резюме пришлю"), and a firm offering to work for the studio under contract is selling it
    ("у нас студия UI/UX, готовы работать у вас на субподряде"): a vendor, not a job seeker."""
    if (_CV_RE.search(hit) or _STAFF_RE.search(hit)) and _OUTSTAFF_RE.search(t):
        return True  # people offered on outstaff: "нужны вам разработчики на аутстаф?"
    return bool(_CONTRACT_WORK_RE.search(t) and _COMPANY_VOICE_RE.search(t))


# The writer's own work at a price: "сверстаю лендинг за 5к", "I'll do your mockups for $300".
_PRICED_OWN_WORK = (
    r"(?:(?:сделаю|сверстаю|нарисую|напишу|разработаю|настрою|запущу|соберу)(?: вам| для вас)? "
    r"(?!заказ|оплат|предоплат|перевод|плат[её]ж)(?:[а-яa-z-]+ ){0,3}(?:за|по) \d+(?:[.,]\d+)? ?"
    r"(?:к|k|тыс[а-я]*|т\.?р|руб[а-я]*|р(?![а-я])|₽|\$|usd|долл[а-я]*|евро|€)|"
    # a rate per piece: "1500 за экран", "$40 per page"
    r"\d+ ?(?:к|k|тыс[а-я]*|руб[а-я]*|р|₽|\$|usd|eur|€)? ?(?:за|per|a) (?:экран|страниц[уа]|"
    r"макет|пост|статью|час|screen|page|mockup|post|article|hour)(?![a-zа-я])|"
    r"(?:i'?ll|i will|i can|we'?ll|we can) (?:do|design|build|make|write|code|create|develop|"
    r"set up) (?:for you |you )?(?:[a-z-]+ ){0,4}for (?:just |only )?(?:\$ ?\d+|\d+ ?(?:\$|usd|"
    r"dollars?|eur|euros?|€)))"
)
_PRICED_OWN_WORK_RE = re.compile(rf"{_B}{_PRICED_OWN_WORK}{_E}")
_VENDOR_MORE = re.compile(
    # not work handed out by the writer: "SMM на аутсорсе", "we want to outsource our support"
    rf"{_B}(?:{_PRICED_OWN_WORK}|"
    # the recipient's sales fed or its work taken over: "we can fill your pipeline", "our QA
    # outsourcing team can take over your regression testing", licences resold to the studio
    r"(?:наш[а-я]*|мо[её]|мой|our|my) (?:[a-zа-я]+-)?(?:агентство|agency) (?:готово|может|"
    r"предлагает|"
    r"can|could|offers)|"
    r"(?:не )?нужн[оаы] ли вам (?:[a-zа-я]+-)?(?:seo|сео|продвижени|реклам|smm|смм|таргет)|"
    r"(?:fill|grow|build|boost) your (?:sales )?pipeline|(?:our|my) (?:[a-z-]+ ){0,3}team "
    r"(?:can|will|could) (?:take over|handle|run) your|"
    r"(?:we|i) resell (?:[a-z0-9-]+ ){0,2}(?:licen[cs]es|subscriptions|seats)|"
    # the writer's product put into the studio's projects, priced per seat: "we'd love to get
    # it into the CRM projects you build for clients; the licence is $49 per seat"
    r"(?:get|put|include|bundle|build) (?:it|them|our [a-z]+) (?:into|in|with) (?:the |your )?"
    r"(?:[a-z]+ ){0,2}projects you (?:build|do|deliver|make|run)|(?:the )?licen[cs]e (?:is|costs|"
    r"runs) \$? ?\d[^.!?]{0,20}per (?:seat|user)|(?:встраивать|встроить|ставить|внедрять) "
    r"(?:наш[а-я]* [а-я]+ )?(?:в )?ваши (?:проекты|внедрения)|"
    # promotion of the studio offered: "продвижение ваших услуг", "we make SMM for you, first
    # month free"; leads sold; "I can be your subcontractor"
    r"(?:продвижени|раскрутк|реклам)[а-я]* (?:ваш[а-я]*|для вас)|(?:promot|advertis|market)[a-z]* "
    r"(?:your (?:services|business|agency|studio|company)|for you)|"
    r"(?:we|мы) (?:make|do|run|offer|делаем|ведем|ведём|сделаем) (?:[a-zа-я]+ )?(?:smm|смм|seo|"
    r"сео|"
    r"ads|таргет[а-я]*|рекламу|контекст[а-я]*) (?:for you|для вас)|first (?:month|week) (?:is )?"
    r"free|первый месяц бесплатно|"
    r"(?:продаю|продам|продаем|продаём) (?:[а-я]+ ){0,3}(?:заявк|лид|контакт)[а-я]*|(?:заявк|лид)"
    r"[а-я]*(?:,? [а-я]+){0,4},? (?:продаю|продаем|продаём)|selling leads|leads for sale|"
    r"(?:we|i) sell (?:[a-z-]+ )?(?:leads|requests|enquiries|inquiries)|"
    # the studio's own site pushed up or its social media run: "вам нужен сайт в топе?", "we'd
    # like to run your company's social media"
    r"(?:вам|you) (?:нужен|need|want) (?:ваш |your )?(?:сайт|site|website) (?:в топ[а-я]*|in the "
    r"top|at the top|on top|на перв[а-я]*)|(?:run|manage|handle|take over|"
    r"grow) your (?:company'?s "
    r"|business'?s |agency'?s |studio'?s )?(?:social media|socials|instagram|smm|ads|seo)|"
    r"(?:can|could) be your (?:sub-?contractor|outsourc[a-z]*|white-?label)|"
    # services offered with a question: "делаем сео, интересно?", "we do seo, interested?"
    r"(?:we do|we offer|we provide|we run|i do|i offer|делаем|делаю|оказываем|предлагаем|ведем|"
    r"ведём|настраиваем) (?:[a-zа-я-]+ ){0,3}?(?:seo|сео|smm|смм|реклам[а-я]*|таргет[а-я]*|"
    r"контекст[а-я]*|лидогенераци[а-я]*|лиды|ads|ppc|leads|backlinks|outreach|link ?building)"
    r"[,.!]* (?:вам )?(?:интересно|интересует|актуально|надо|нужно|interested|need it|want it|"
    r"keen)|"
    # a service offered in so many words: "we'd like to offer you our SMM services"
    r"(?:we'?d|we would|i'?d|i would) like to offer (?:you )?(?:our|my)|(?:хотим|хотели бы|хочу|"
    r"хотела бы|хотел бы) предложить (?:вам )?(?:наши|свои|мои)|предлагаем (?:вам )?(?:наши|свои) "
    r"услуги|"
    # search rankings promised, a proposal offered: "we can help you rank on the first page"
    r"help you rank|get (?:you|your [a-z]+) (?:to|on|onto) (?:the )?(?:first page|top|page (?:1|"
    r"one))|"
    # rankings guaranteed to the recipient: "guaranteed first-page Google rankings for your site"
    r"guaranteed (?:first[- ]page|top|page[- ]one|#1|top ?\d+) (?:google |search |seo )?rankings?|"
    # the writer as a better supplier than the studio's own: "we're better than your current one"
    r"(?:we'?re|we are|мы) (?:[a-zа-я]+ )?(?:better|cheaper|лучше|дешевле),? (?:than|чем) "
    r"(?:your|ваш)[a-zа-я]* (?:current|present|нынешн|текущ)[a-zа-я]*|"
    r"(?:may|can|could|shall) (?:i|we) "
    r"send you (?:our|a) (?:proposal|offer|deck|rate card|price list)|(?:можно|могу|можем) "
    r"(?:я |мы )?(?:вам )?(?:отправить|прислать|скинуть) (?:наше|свое|своё|наш) (?:коммерческое )?"
    r"(?:предложение|кп|прайс)|"
    # licences sold cheap: "bitrix licenses cheap", "лицензии 1С со скидкой"
    r"licen[cs]es? (?:cheap|for sale|at a discount|with (?:a )?discount|discounted)|(?:cheap|"
    r"discounted) (?:[a-z0-9-]+ )?"
    r"licen[cs]es|лицензи[а-я]* (?:[а-я0-9-]+ )?(?:дешево|недорого|со скидкой)|"
    r"(?:дешевые|недорогие) лицензи[а-я]*|offshore|(?<!to )outsourc(?!e (?:our|the|it|this|all|"
    r"some))"
    rf"[a-z]*|outstaff[a-z]*|(?<!на )(?<!в )аутсорс[а-я]*|аутстаф+[а-я]*|"
    r"субподряд(?!чик)[а-я]*|"  # subcontracting offered; the noun: _VENDOR_STRONG
    # work on the recipient's things offered in Russian: "могу вывести ваш сайт в топ", "веду
    # соцсети, могу и ваши"
    r"(?:поведем|поведём|ведем|ведём|возьмем на себя|возьмём на себя) (?:ваш[а-я]*|вам)|"
    r"(?:могу|можем|могли бы|мог бы|могла бы)(?: также| тоже)? (?:(?:вывести|продвинуть|"
    r"раскрутить|вести|настроить|"
    r"сделать|сверстать|нарисовать|поднять|оптимизировать|ускорить|прокачать|взять на себя|"
    r"взять) (?:и )?|и )ваш[а-я]*|"
    # work taken off the recipient's hands: "можем закрыть вам дизайн на аутсорсе"
    r"(?:могу|можем)(?: также| тоже)? (?:закрыть|закрывать|взять на себя|вести|делать) вам|"
    # a service offered just in case: "если вам нужно SEO-продвижение, мы этим занимаемся",
    # "just in case you need SEO, we do it for agencies"
    r"(?:если|на случай,? если|вдруг|in case|if) (?:вам|you) (?:вдруг |ever )?(?:нужн[а-я]*|"
    r"понадоб[а-я]*|need|needs?)[^.?!]{0,40}?(?:мы|we|я|i) (?:этим |это |тоже )?(?:занимаемся|"
    r"занимаюсь|делаем|делаю|do (?:it|this|that|them)|can help|offer (?:it|this|that))|"
    # the writer's own trade offered: an SMM agency, a course, an ad in their paper
    r"(?:хотим|хочу|хотели бы|можем|могу)? ?предложить (?:вам )?(?:ведение|продвижение|"
    r"настройк[а-я]*|наши услуги|свои услуги|услуги)|"
    r"(?:we|i) do (?:smm|seo|ppc|social media|ads|advertising|copywriting|content) for|"
    r"can i send (?:you )?(?:a |our |my )?(?:proposal|offer|deck|portfolio)|"
    r"(?:предлага[а-я]*|продаю|продаем|продаём) (?:[а-я]+ )?(?:курс|обучени|тренинг|вебинар|"
    r"марафон|мастер-?класс)[а-я]*|(?:i|we) sell (?:a |our |my )?(?:online )?(?:course|training|"
    r"masterclass|workshop)s?|(?:an? )?ad in our (?:[a-z-]+ ){0,3}(?:feature|paper|magazine|"
    r"newsletter|issue|section|podcast|channel|guide)|advertise (?:with|in) (?:us|our)|"
    r"реклам[а-я]* в нашей (?:газете|рассылке|группе)|реклам[а-я]* в нашем (?:журнале|канале|"
    r"подкасте|издании)|"
    # help with public tenders sold: "сопровождаем участие в госзакупках под ключ"
    r"сопровожда(?:ем|ю) (?:[а-я]+ )?(?:участи[а-я]* )?(?:в )?(?:гос)?(?:закупк|тендер|"
    r"конкурс)[а-я]*|сопровождени[а-я]* (?:участия )?(?:в )?(?:гос)?(?:закупк|тендер)[а-я]*|"
    r"(?:поиск|подбор) (?:[а-я]+ )?тендеров|we help (?:companies |businesses |you )?win "
    r"(?:public )?(?:tenders|bids|contracts)|tender (?:support|consulting) services|"
    # advertising sold: "купите рекламу в нашем канале", "want to buy a batch?"
    r"(?:купите|закажите|приобретите) (?:у нас )?(?:рекламу|размещение|пост[а-я]*|"
    r"интеграци[а-я]*)|"
    r"buy (?:an? )?(?:ad|ads|advertising|placement|a post) (?:in|on) our|"
    r"(?:размещени[а-я]* )?реклам[а-я]* в (?:наш|мо)[а-я]* (?:[a-zа-я]+[- ])?(?:канал|паблик|"
    r"групп|"
    r"блог|сообществ|чат)[а-я]*|"
    r"selling (?:[a-z0-9-]+ ){0,2}(?:leads|contacts|databases?|lists|licen[cs]es|backlinks)|"
    # (not the writer's own purchase: "we want to buy the portal")
    r"(?:(?<!we )(?<!i )(?<!we just )(?<!we really )want|would you like|wanna|do you want|"
    r"are you interested) to buy|"
    r"(?:не )?хотите (?:купить|приобрести)|"
    # a service advertised "cheap" with no need of the writer's: "сео продвижение недорого"
    r"^(?![^.!?]*(?:нужн|надо|ищу|ищем|хочу|хотим|need|want|looking))(?:seo|сео|smm|смм|"
    r"продвижени|раскрутк|таргет|контекст|реклам)[^.!?]{0,40}(?:недорого|дешево|cheap)|"
    # work on the recipient's own things offered: "our SMM team can grow your presence", "I
    # noticed your website has broken links", "у вас сайт медленно грузится, могу ускорить"
    r"(?:i|we|and|our [a-z]+(?: [a-z]+)?) (?:can|could|will|would love to|'d love to|"
    r"are happy to) "
    r"(?:help )?(?:[a-z]+ )?(?:grow|boost|increase|improve|fix|speed up|optimi[sz]e|redesign|"
    r"manage|run|handle|audit|rank|scale|take over) your|"
    r"(?:would|'d) love to (?:manage|run|handle|grow|take over|optimi[sz]e) your|"
    r"(?:get|put|bring|rank) your (?:site|website|store|shop|business) (?:to|on|in) (?:page "
    r"(?:one|1)|the first page|the top)|"
    # advertising of the recipient sold in the writer's media: "разместим рекламу вашей студии в
    # нашем канале", "we can feature your agency in our newsletter"
    r"(?:разместим|размещу|опубликуем|опубликую|прорекламируем|прорекламирую|пропиарим|"
    r"покажем|расскажем о|расскажу о) (?:[а-я]+ )?(?:ваш[а-я]*|вас)|"
    r"(?:place|run|feature|promote|advertise|publish|showcase) (?:your|you)(?: (?:ads?|company|"
    r"studio|agency|business|brand|services))?(?: (?:in|on|to) (?:our|the))|"
    r"(?:noticed|saw|checked|looked at|found|audited|analy[sz]ed) (?:that )?your (?:[a-z]+ )?"
    r"(?:website|site|seo|pages?|store|shop|instagram|ads|linkedin|rankings?)|"
    r"(?:у вас|ваш[а-я]*) (?:на )?(?:сайт|страниц|магазин|инстаграм|seo)[а-я]*[^.!?]{0,60}"
    r"(?:(?:могу|можем|готов[а-я]*) (?:[а-я]+ )?(?:ускорить|исправить|починить|поправить|"
    r"улучшить|оптимизировать|переделать|доработать|подтянуть|продвинуть)|ускорю|исправлю|"
    r"починю|поправлю|улучшу|доработаю|продвину|ускорим|исправим|починим|поправим|улучшим|"
    r"доработаем|продвинем)|"
    r"subcontracting|(?<!for )(?<!our )(?<!the )(?<!their )subcontract(?:ors?|ed|s)?(?![a-z])|"
    r"spare capacity|extend your capacity|white-?hat|link building|"
    r"cold (?:email|outreach)|pay per lead|(?:оплата|цена) за (?:заявку|лид)|"
    # leads sold by the piece: "заявки по 500 р за контакт", "$20 per lead"
    r"(?:предлага[а-я]*|продаю|продаем|продаём|поставляем|поставляю) (?:вам )?(?:готов[а-я]* |"
    r"целев[а-я]* |горяч[а-я]* )?(?:заявк|лид|контакт|обращени)[а-я]*|"
    r"\d+ ?(?:₽|р|руб[а-я]*|\$|usd|€)?\.? (?:за|per|a) (?:контакт|заявку|лид|обращение|lead|"
    r"contact|call|appointment)|"
    # search rankings sold to us: "link-building packages", "boost your domain authority"
    r"link[- ]?building|backlink packages?|(?:boost|improve|increase|raise|grow|skyrocket) your "
    r"(?:domain authority|domain rating|(?:search )?rankings?|serp|search positions?|"
    r"organic traffic)|"
    r"(?:поднимем|улучшим|повысим|увеличим|прокачаем) (?:ваш[а-я]* )?(?:позици|трафик|видимост|"
    r"ссылочн|траст)[а-я]*|"
    r"(?:b2b |qualified |warm )?leads? for (?:it |web )?(?:agencies|your)|"
    r"we sell [a-z0-9 ]{0,20}leads|"
    r"(?:services|packages|licen[cs]es|hosting|outreach|leads|audits?|discounts?) (?:[a-z]+ )?"
    r"(?:for|to) (?:web |it |digital )?(?:agencies|dev shops|agencies like yours|your clients)|"
    r"(?:seo|smm|ppc|marketing|ads|qa|testing) services|"
    r"для (?:вашей студии|вашего агентства|ваших клиентов|ваших проектов)|"
    r"(?:сопровождение|аутсорсинг|хостинг|лицензи[а-я]*|vps|vds|сервер[а-я]*|выделенн[а-я]* "
    r"сервер[а-я]*) для (?:веб-студий|веб-агентств|it-компаний|айти|агентств|студий|"
    r"разработчиков)|"
    # a licence on offer, not the writer's own ("лицензия Битрикс24 у нас уже есть")
    r"(?:лицензи[а-я]*|licen[cs]es?) (?:1с|битрикс|bitrix)[а-я0-9-]*(?!,? (?:у нас|у меня|"
    r"уже|есть|купил|куплен|we (?:already )?(?:have|own|bought)|already))|"
    r"(?:discounted|cheap) (?:bitrix|licen[cs]es|hosting)|licen[cs]es? at (?:a )?discount|"
    r"спеццен[а-я]*|по партн[её]рским ценам|at partner prices|платное размещение|"
    r"(?:в|in) нашем (?:каталоге|рейтинге)|разместить кейс|место на стенде|"
    r"(?:we'?re|we are) an? (?:it |tech )?recruit(?:ment|ing) agency|hiring developers\?|"
    r"(?:бухгалтерск|юридическ)[а-я]* "
    r"(?:сопровождение|аутсорсинг)|видеообзор[а-я]*|free (?:trial|audit)|аудит бесплатно|"
    r"первый месяц бесплатно|\$\d+ ?/ ?(?:h|hr|hour)|ставк[а-я]* от|базы? клиентов|"
    r"(?:we|i)(?:'?d love to| would love to| can| could)? (?:run|grow|manage|handle) your|"
    r"(?:we'?re|we are) an? (?:[a-z-]+ )?agency and can|ускорим ваш|продвигаем сайты|"
    r"продвижение сайта в топ|сервис колл-трекинга|давайте покажу демо|показать демо|"
    r"(?:ведем|ведём) (?:smm|смм|соцсети)|предлага(?:ем|ет|ю) (?:настроить|вести|поставку|место)|"
    r"(?:продаем|продаём|продаю) (?:базы|контакт|лиценз|лид|готов|модул|хостинг|сервер)[а-я]*|"
    r"(?:баз[а-уы]|базу) (?:из )?\d+ (?:контакт|адрес|номер|email)[а-я]*[^.!?]{0,40}продад[а-я]*|"
    # (not the buyer's own: "после обращения в колл-центр", "наш колл-центр")
    r"готовые модули|(?<!в )(?<!наш )(?<!нашего )(?<!нашем )(?<!через )колл-центр|"
    # (orders taken together are a partnership's: "вместе берём заказы", "сможем брать заказы")
    r"(?<!вместе )(?<!сможем )(?<!будем )(?:взять|брать|возьм[её]м|берем|берём) (?:на себя )?"
    r"(?:часть )?(?:ваш[а-я]* )?(?:проект|заказ|задач)[а-я]*|"
    r"копирайтер, пишу|пишу тексты для|(?:we|i) offer|offering|"
    r"(?:leads|traffic|clients|customers|appointments) for (?:[a-z0-9-]+ ){0,2}(?:studios|"
    r"agencies|dev shops|developers|companies like yours)|"
    r"(?:лид[а-я]*|заявк[а-я]*|клиент[а-я]*|трафик[а-я]*) для (?:веб-?)?(?:студий|агентств|"
    r"разработчиков|it-компаний)|"
    # leads sold by the piece: "можем поставлять вам заявки, оплата за каждый лид"
    r"(?:поставлять|продавать) (?:вам )?(?:[а-я]+ )?(?:заявки|лиды)|"
    # staff placed with us: "подберём вам разработчиков за месяц", "our recruitment agency can
    # place senior React developers with you"
    r"подбер[её]м вам (?:[а-я]+ )?(?:разработчик|дизайнер|программист|сотрудник|специалист|"
    r"кадр|персонал|тестировщик|аналитик|верстальщик)[а-я]*|"
    r"(?:can|could|will) place (?:[a-z]+ ){0,3}(?:developers|engineers|"
    r"designers|candidates|staff|specialists) with you|"
    # goods offered wholesale: "предлагаем оптовые поставки упаковки", "a wholesale
    # distributor of phone accessories looking for new buyers"
    r"предлага[а-я]* (?:[а-я]+ )?поставк[а-я]*|looking for (?:new )?(?:buyers|"
    r"retailers|stockists|resellers|wholesale (?:clients|customers))|"
    r"(?:оплата|платите|плата) за (?:каждый |каждого )?(?:лид|заявку|клиента)|"
    r"(?:pay|payment|paid) per (?:lead|booked call|appointment)|cost per lead|"
    # spare hands offered: "есть свободные разработчики", "we can take your overflow"
    r"(?:есть|имеются|освободил[а-я]*) (?:[а-я]+ )?свободн[а-я]* (?:разработчик|программист|"
    r"специалист|ресурс|мощност|руки|люди|команд|сеньор|синьор|мидл|джун|разраб|девелопер)[а-я]*|"
    r"(?:помо(?:чь|жем|гу)|разгрузи(?:ть|м)) (?:вам )?(?:с )?(?:загрузк|нагрузк|перегруз|"
    r"пиков|объем)[а-я]*|разгрузить вас|"
    r"(?:take|handle|absorb|cover|pick up) (?:on )?(?:some of )?your (?:[a-z-]+ )?(?:overflow|"
    r"backlog|extra work|excess work|peak load)|your overflow|ваш[а-я]* (?:оверфлоу|overflow)|"
    r"(?:take|handle|do|pick up) (?:on )?(?:some of )?your (?:[a-z-]+ )?(?:work|projects|tasks)|"
    r"competitive rates|team of \d+ (?:devs|developers|engineers|in)|"
    r"free (?:[a-z]+ )?(?:audit|consultation|trial)|boost your (?:studio|agency|business|site)|"
    r"(?:взять|возьм[её]м|берем|берём) (?:на себя )?(?:ваш[а-я]* )?(?:излишк|перегруз|загрузк)"
    r"[а-я]*|"
    # an hourly rate is a price list of someone selling us their hours
    r"\d+ ?(?:₽|р|руб[а-я]*|\$|usd|eur|€)?\.? (?:в|за) час|\d+ ?(?:\$|usd|eur|€) (?:an|per) hour|"
    r"\d+ ?(?:₽|р|руб[а-я]*|\$|usd|eur|€)?\.? ?/ ?(?:час|ч|h|hr|hour)|"
    # people of their own said to be free: "команда из 8 разработчиков свободна с января"
    r"(?:разработчик|программист|специалист|инженер|команд|developer|engineer|team)[a-zа-я]* "
    r"(?:[a-zа-я]+ ){0,2}(?:свободн[а-я]*|освобод[а-я]*|free from|available from)|"
    # running or improving the recipient's own channels is a service sold to us: "ведение ваших
    # соцсетей", "настройка вашей рекламы", "managing your socials" (a buyer says "our")
    r"(?:ведени|продвижени|раскрутк|настройк|наполнени|оформлени|аудит|оптимизаци)[а-я]* "
    r"ваш[а-я]* (?:[а-я-]+ )?(?:соцсет|сайт|аккаунт|инстаграм|групп|канал|страниц|реклам|"
    r"магазин|карточ|профил|паблик)[а-я]*|"
    r"(?:managing|running|growing|handling|boosting|auditing|optimi[sz]ing) your (?:[a-z-]+ )?"
    r"(?:social[- ]media|socials|instagram|facebook|tiktok|linkedin|accounts?|ads|pages?|"
    r"channels?|website|site|store|listings?)|"
    # an offer to run them in any modal: "I'll handle your TikTok", "можем взять на себя ваш
    # вк", "готова вести инстаграм вашей студии", "ваш канал возьму на ведение"
    r"(?:(?:we|i)(?:'ll| will|'d| would|'d love to| would love to| can| could|'?m happy to|"
    r"'?re happy to| am happy to| are happy to|'?m ready to|'?re ready to)?|(?:happy|glad|ready|"
    r"keen|excited) to) (?:run|grow|manage|handle|"
    r"take over|look after|take care of|boost|promote|build up|scale|revive) your (?:[a-z-]+ )?"
    r"(?:social[- ]media|socials|social accounts?|instagram|insta|facebook|tiktok|linkedin|"
    r"youtube|telegram channel|accounts?|pages?|channels?|feeds?|smm|content)|"
    r"(?:we|i) (?:run|manage|handle|grow) (?:social|instagram|tiktok|smm|facebook|linkedin)"
    r"[a-z ]{0,20} for (?:brands|businesses|companies|clients|studios|agencies|shops|cafes|"
    r"restaurants|clinics|startups)|"
    r"(?:могу|можем|готов[а-я]*|возьм(?:у|ем|ём)|берусь|беремся|берёмся|буду|будем) "
    r"(?:[а-я]+ )?(?:вести|ведение|продвигать|раскрутить|раскручивать|наполнять|оформить|"
    r"оформлять|взять(?: на себя)?|забрать) (?:на себя )?(?:ваш[а-я]*|вам|для вас) "
    r"(?:[а-я-]+ )?(?:соцсет|инстаграм|инст[аеуы]|тикток|вк|вконтакте|канал|групп|паблик|"
    r"аккаунт|страниц|телеграм|smm|смм)[а-я]*|"
    r"(?:вести|ведени[а-я]*|продвигать|продвижени[а-я]*|раскрутк[а-я]*|раскрутить|"
    r"(?:взять|возьм[её]м|возьму) на себя) "
    r"(?:соцсет|инстаграм|инст[аеуы]|тикток|вк|канал|групп|паблик|аккаунт|страниц)[а-я]* "
    r"(?:вашей|вашего|ваших) (?:студи|компани|агентств|бренд|бизнес|фирм)[а-я]*|"
    r"ваш[а-я]* (?:[а-я-]+ )?(?:соцсет|инстаграм|инст[аеуы]|тикток|вк|канал|групп|паблик|"
    r"аккаунт|страниц)[а-я]* (?:[а-я]+ )?(?:на ведение|на продвижение|в работу)|"
    # results of the writer's own cases: "кейсы с ростом подписчиков х3", "cases where
    # followers grew 4x" (not "в ваших кейсах", the recipient's)
    r"(?<!ваших )(?<!вашим )(?<!вашем )(?<!your )"
    r"(?:кейс(?:ы|ах|ов|ами)|cases|case studies)"
    r"(?:[^.?!]{0,40}?(?:[xх] ?\d+|\d+ ?(?:[xх]|раза?|times|%)|\+ ?\d+|вдвое|втрое|doubled|"
    r"tripled)[^.?!]{0,20}?(?:подписчик|followers|охват|reach|engagement|вовлеченност)[а-я]*|"
    r"[^.?!]{0,40}?(?:подписчик|followers|охват|reach|engagement|вовлеченност)[а-я]*"
    r"[^.?!]{0,20}?(?:[xх] ?\d+|\d+ ?(?:[xх]|раза?|times|%)|вдвое|втрое|doubled|tripled))|"
    # taking over a part of our work: "могу забрать вёрстку", "I could take overflow work"
    r"(?:могу|можем|готов[а-я]*|можно) (?:забрать|взять|брать|подхватить) (?:на себя )?"
    r"(?:у вас )?(?:часть |ваш[а-я]* )?(?:верстк|дизайн|бэкенд|фронтенд|тестировани|проект|"
    r"задач|заказ|работ|излишк)[а-я]*|"
    r"(?:take|handle|absorb|pick up|help with) (?:on )?(?:some |any )?(?:of )?(?:your )?"
    r"(?:overflow|excess|extra) (?:work|projects|tasks)|"
    # a publication about the recipient sold for a price: "материал о вашей компании — 20 000 ₽"
    r"(?:стать[а-я]*|публикаци[а-я]*|материал|обзор|интервью|пост|размещени[а-я]*|article|"
    r"feature|publication|post|review|interview) (?:о|об|про|about|on|with|с) "
    r"(?:вас|вами|ваш[а-я]*|you|your)[^.?!]{0,50}?"
    r"(?:\d[\d ]*(?:₽|руб[а-я]*|р\.|тыс[а-я.]*|к|\$|€|usd|eur)|[$€]\d+)|"
    r"(?:free|spare|available|bench) (?:developers|engineers|devs|hands|specialists|capacity))"
    rf"{_E}"
)
_PARTNER_MORE = re.compile(
    rf"{_B}(?:{_WHITE_LABEL}|"
    # a firm that implements software itself, introducing itself: "мы франчайзи 1С, внедряем
    # УТ и ERP", "we're a HubSpot partner implementing CRMs" (not "франчайзи пиццерии")
    # a client handed over for a share: "есть клиент на портал, отдам вам, если поделимся
    # прибылью", "we'll pass you the client if we split the profit"
    r"(?:отдам|передам|отдадим|передадим|pass|hand) (?:его |е[её] |проект |заказ |клиента |it |"
    r"them |the (?:client|project|deal) )?(?:вам|you|over to you)[^.!?]{0,40}(?:подел[а-я]* "
    r"(?:прибыл|доход|маржу|деньг)[а-я]*|процент[а-я]*|комисси[а-я]*|split the (?:profit|margin|"
    r"fee)|share the (?:profit|margin|fee))|"
    r"(?:мы|we are|we'?re) (?:[a-zа-я0-9-]+ ){0,2}(?:франчайзи|franchisee|интегратор|integrator|"
    r"реселл?ер|reseller|(?:официальн[а-я]* |certified |official )?партн[её]р|partner) "
    r"(?:[a-zа-я0-9-]+ ){0,2}[^.!?]{0,40}?(?:внедряем|внедряет|внедрени[а-я]*|implement[a-z]*|"
    r"integrat[a-z]+ |deploy[a-z]*)|"
    # clients sent or recommended for a fee: "приводить клиентов в обмен на процент", "recommend
    # your services to our members for a finder's fee"
    r"(?:привод|привож|привед|рекоменд|совет|направл|bring|send|refer|recommend|introduc)"
    r"[a-zа-я]* [^.!?]{0,80}?(?:за (?:процент|комисси|вознагражд|агентск)[а-я]*|в обмен на "
    r"(?:процент|комисси|вознагражд)[а-я]*|for (?:a |an )?(?:finder'?s fee|referral fee|"
    r"commission|cut|percentage|fee))|"
    # cooperation proposed in so many words: "давайте сотрудничать"
    r"(?:давайте|предлагаю|предлагаем|хотим|хотел бы|хотела бы) сотрудничать|"
    r"(?:want|wants|would like|offer|propose)s? (?:a |to )?(?:cooperat[a-z]*|partnership|"
    r"collaborat[a-z]*)|let'?s share (?:[a-z]+ )?projects|"
    r"(?:bring|send|refer)[a-z]* (?:you )?(?:[a-z]+ ){0,3}(?:clients|customers)[^.!?]{0,40}"
    r"(?:give|pay) me (?:a |the )?(?:percent|percentage|commission|cut)|"
    r"let'?s (?:collaborate|partner up)|"
    r"send(?:ing)? (?:them|clients|customers|leads|people|work|projects) (?:your way|to you)|"
    r"(?:in exchange for|for) a (?:share|cut|percentage|slice) of (?:each|every|the) (?:contract|"
    r"deal|project|sale)|(?:возьм[её]те|взять|берете|берёте) (?:нас|меня) в долю|"
    r"(?:дам|дадим|приведу|приведем|приведём) (?:вам )?клиентов|"
    # a go-between's fee for an introduction: "могу свести вас, если договоримся о моём
    # проценте", "I can introduce you for a finder's fee"
    r"(?:могу|можем) (?:вас )?(?:свести|познакомить)|сведу (?:вас|с ними)|"
    r"(?:о |за )?(?:мо[её]м?|мой|мою) (?:процент|комисси|вознагражден)[а-я]*|"
    r"(?:беру|берем|берём) \d+ ?% от|% от (?:суммы )?(?:договора|сделки|контракта)|"
    r"introduce you (?:to (?:them|him|her|the client)|for)|(?:my|a) finder'?s fee|"
    r"my (?:cut|commission)(?![a-z])|"
    r"(?:ищем|набираем) (?:[а-я]+ )?(?:интеграторов|реселлеров|партнеров|агентов|дилеров)"
    r"(?:,| для| котор| чтобы| в )|outsourc[a-z]* (?:[a-z']+ ){0,4}to you|"
    r"(?:hand|pass|give) (?:over )?(?:our |some of our )?(?:clients'? |customers'? )?(?:builds|"
    r"projects|work|orders|jobs) (?:over )?to you|"
    # a go-between's terms: "the client's budget is $40k, we'd need a wholesale rate", "у клиента
    # заложено 1,2 млн, ваша часть обсуждается"
    # (a B2B shop "с оптовыми ценами" is a buyer's: the wholesale price asked of us is not)
    r"wholesale (?:rate|price|pricing) from you|your wholesale (?:rate|price|pricing)|"
    r"(?:agency|reseller|trade) (?:rate|price|discount)|ваш[а-я]* оптов[а-я]* (?:цен|ставк)[а-я]*|"
    r"оптов[а-я]* (?:цен|ставк)[а-я]* (?:от вас|для нас)|агентск[а-я]* (?:цен|скидк|ставк)[а-я]*|"
    # (the client's budget alone is a buying agent's too: "бюджет клиента — 2 млн, уже
    # согласован", said by a consultant who picks the contractor for the client)
    r"(?:(?:the |our )?client'?s budget|бюджет (?:нашего )?(?:клиента|заказчика)|"
    r"у (?:нашего )?(?:клиента|заказчика) (?:заложено|есть|выделено))(?=.{0,80}(?:ваш[а-я]* "
    r"част|your (?:part|share|cut)|наценк|маржа|margin|mark-?up|оптов|wholesale|агентск|"
    r"комисси|commission))|"
    r"(?:become|be) (?:your |a )?(?:exclusive )?reseller|reseller agreement|your reseller|"
    r"resell(?:ing)? your|rev(?:enue)?[- ]share (?:arrangement|basis|deal|agreement|partnership)|"
    r"(?:what'?s|what is) your commission|commission for (?:us|me)|"
    r"(?:за|for a|for) (?:комисси[а-я]*|commission)|сколько (?:платите|заплатите)|"
    r"white-?label(?:ing)? your|co-deliver|joint projects|split projects|"
    # (collaborations with bloggers are social media work: "stories and influencer collabs")
    r"совместн[а-я]* (?:проект|продукт|вебинар)[а-я]*|партнериться|"
    r"(?<!influencer )(?<!blogger )collab[a-z]*(?! with (?:influencers|bloggers))|"
    r"коллаб[а-я]*(?! с (?:блогер|инфлюенсер))|"
    r"cross-?(?:promo|marketing)|кросс-?(?:промо|маркетинг)|взаимные рекомендации|"
    r"(?:стать|быть) (?:вашим |вашими )?(?:региональным )?представител[а-я]*|дистрибут[а-я]*|"
    # representing the studio somewhere: "хотим представлять вас в Казахстане"
    r"представлять (?:вас|ваш[а-я]*(?: [а-я]+)?|ваши интересы)|"
    r"(?:represent|be the face of) (?:you|your (?:studio|company|agency|services|brand))|"
    r"refer (?:clients|customers)|за (?:клиента|рекомендацию)|strategic alliance|консорциум[а-я]*|"
    # a reseller's terms: an agreement between partners, sales volume promised to the studio
    r"(?:подписать|заключить|оформить|подпишем|заключим|оформим|обсудить) (?:с вами )?"
    r"партнерск[а-я]* (?:соглашени|договор)[а-я]*|(?:sign|conclude|discuss) (?:a |the )?"
    r"(?:partnership|partner|reseller|dealer) agreement|"
    r"(?:объем[а-я]* (?:продаж|закупок)|продаж[а-я]*) (?:[а-я]+ )?"
    r"(?:можем|могу|готовы|гарантируем) (?:вам )?(?:дать|обеспечить|гарантировать|давать)|"
    r"(?:можем|могу|готовы) (?:вам )?"
    r"(?:дать|обеспечить|гарантировать) (?:объем[а-я]*|продаж[а-я]*)|(?:we can|we'?ll|we could) "
    r"(?:bring|guarantee|deliver|promise) (?:you )?(?:sales|volume|\d+ (?:deals|clients))|"
    # clients promised, in either order: "клиентов на 3-5 млн в квартал можем приводить"
    r"(?:клиент|заказчик)[а-я]* (?:[^.!?]{0,30} )?(?:можем|могу|будем|готовы) (?:вам )?"
    r"(?:приводить|отправлять|передавать|давать|направлять)|"
    # bidding for public contracts together: "предлагаю вместе заходить в тендеры", "co-bid"
    r"(?:вместе|совместно|в паре) (?:с вами )?(?:заходить|участвовать|идти|подаваться|выходить|"
    r"заходим|участвуем|пойдем|пойдём)(?: [а-я]+){0,2} (?:в |на )?(?:тендер|конкурс|закупк|"
    r"госзаказ)[а-я]*|co-?bid(?:ding)?|bid (?:on [a-z ]{1,30})?together|(?:team|partner) up "
    r"(?:with you )?(?:on|for) (?:public )?(?:tenders|bids|contracts)|"
    # the writer's clients sent to us for a cut: "могу советовать им вас за процент", a margin
    # shared on a package of theirs
    r"(?:советовать|рекомендовать|порекомендовать|советую|рекомендую|советуем|рекомендуем) "
    r"(?:[а-я]+ ){0,2}вас за (?:\d+ ?%|процент[а-я]*|комисси[а-я]*|вознагражден[а-я]*)|"
    r"(?:маржу|маржой|прибыль|доход) (?:[а-я]+ )?(?:делим|поделим|разделим|пополам)|"
    r"(?:делим|поделим|разделим|делить|поделить|разделить) (?:маржу|прибыль|доход|выручку)|"
    r"split the (?:margin|profit|revenue)|(?:share|split) (?:the )?(?:revenue|proceeds)|"
    r"revenue[- ]shar(?:e|ing)|объедин(?:ить|им|яем) усилия|join(?:ing)? forces|"
    r"joint (?:webinars?|events?|podcasts?|content)|co-?host (?:a |an )?(?:webinar|event|stream)|"
    r"включ(?:им|ить|ать) ваш[а-я]* (?:[а-я]+ )?(?:в (?:наш[а-я]* )?(?:пакет|линейк|предложени))|"
    r"overflow|tech(?:nical)? partner|development partner|партн[её]р[а-я]* по (?:разработке|веб)|"
    r"технического партн[её]ра|разработчиков в пару|bundle your|"
    # building for the writer's clients is a partner, one thing their clients use is a buyer's
    # ("подрядчик на разработку для наших клиентов" vs "кабинет для наших клиентов")
    r"(?:разработк[а-я]*|проект[а-я]*|сайты|сайтов|заказ[а-я]*|подряд[а-я]*|субподряд[а-я]*)"
    r" (?:[а-я]+ ){0,2}для (?:наших|своих|наш[а-я]*|сво[а-я]*) (?:клиентов|заказчиков)|"
    # developers looked for to build for them: "ищем разработчиков под проекты наших клиентов"
    r"(?:ищем|ищу|нужны|нужен) (?:[а-я]+ )?(?:разработчик|программист|разраб|подрядчик)[а-я]* "
    r"(?:под|для|на) (?:проект[а-я]* |заказ[а-я]* )?(?:наших|своих) (?:клиентов|заказчиков)|"
    r"(?:передавать|передадим|передаем|передаём|приводить|отдавать) вам (?:наших |своих )?"
    r"(?:клиентов|заказы|лидов|проекты)|буду искать вам заказы|"
    r"агентск[а-я]* (?:вознаграждени|комисси|процент)[а-я]*|(?:agent|finder|referral)'?s? fee|"
    r"(?:платите|выплачиваете|даете) (?:ли )?(?:агентские|комисси[а-я]*|процент|откат)|"
    r"do you pay (?:a )?(?:commission|referral|finder)|"
    # the studio asked whether it works that way: "рассматриваете агентскую схему?"
    r"(?:рассматриваете|практикуете|работаете по|интересует|интересна|возможна|есть ли у вас|"
    r"у вас есть) (?:ли )?(?:вас |вы )?(?:агентск|реферальн)[а-я]* (?:схем|модел|услови|"
    r"сотрудничеств)[а-я]*|(?:агентск|реферальн)[а-я]* (?:схем|модел|услови|сотрудничеств)"
    r"[а-я]* (?:вы )?(?:рассматриваете|практикуете|интересует|интересна|возможн[аы])|"
    r"do you (?:do|offer|have|work (?:on|with)|consider) (?:an? )?"
    r"(?:agency|referral|affiliate|finder'?s?) (?:scheme|model|deal|arrangement|terms)|"
    r"(?:приводить|приведу|приводим|отправлять|направлять|присылать|передавать|передадим|"
    r"передаем|передаём|отдавать|отдадим) (?:вам )?(?:их |клиентов |"
    r"заказчиков |лидов |заказы |проекты )?за (?:\d+ ?%|процент[а-я]*|комисси[а-я]*|долю)|"
    r"send (?:clients|customers|leads|people|them|business) your way|for a (?:cut|percentage|"
    r"\d+ ?% (?:cut|fee|commission))|(?:send|pass|refer|bring) you (?:clients|customers|leads|"
    r"projects|business)|"
    r"(?:we|i) resell|add your (?:services|products|solutions) to (?:our|my) (?:catalog|portfolio|"
    r"offering|lineup)|"
    r"(?:у вас есть|есть ли у вас|do you have) (?:a )?(?:партн[её]рск[а-я]* программ[а-я]*|"
    r"partner(?:ship)? program(?:me)?)|let'?s (?:cooperate|collaborate|partner)|"
    # a partner sought for the writer's clients' work: "looking for a dev partner for our
    # healthcare accounts" ("...a dev partner to build our customer portal" buys)
    r"(?:looking for|seeking|need|want) (?:a |an )?(?:dev|development|tech|technical|delivery|"
    r"implementation|web) partner (?:for|to (?:serve|handle|cover)) (?:our|my) (?:[a-z-]+ )?"
    r"(?:accounts|clients|client (?:projects|work))|(?:ищем|ищу|нужен) (?:[а-я]+ )?"
    r"(?:технического|технологического) партн[её]р[а-я]* (?:для|под) (?:наших|моих) "
    r"(?:[а-я-]+ )?(?:клиент|заказчик|проект)[а-я]*|"
    # (a logo is what a buyer puts on their own app: "a proper phone app with our logo")
    r"под (?:нашим|своим) (?:брендом|именем)|(?:under|with) our (?:own )?(?:brand|"
    r"name)(?![a-z])|white-?label|взаимн[а-я]*(?: обмен[а-я]*| рекомендаци[а-я]*| выгодн[а-я]*)?:|"
    r"предлага[а-я]* взаимн[а-я]*|мы вам (?:клиентов|заказы|лидов|трафик)|вы нам (?:клиентов|"
    r"заказы|лидов)|we send you (?:clients|leads|work)|you send us|co-?sell[a-z]*|"
    r"co-?market[a-z]*|совместн[а-я]* продаж[а-я]*|"
    # a joint venture, or clients of ours for you to build for: "we have the clients, you code"
    r"joint[- ]venture|совместн[а-я]* предприяти[а-я]*|"
    # a reward asked for every client brought: "какие условия за каждого приведённого
    # клиента?", "я беру 10% за сведение", "what do you pay per referred client?"
    # (not what a buyer's system pays its own people: "вознаграждение агентам за каждого
    # приведённого клиента", "...клиента нашими агентами")
    r"(?<!агентам )(?<!партнерам )(?<!менеджерам )(?<!сотрудникам )(?<!рефералам )"
    r"за (?:каждого |каждый |одного )?(?:приведенн|привлеченн|направленн|переданн|"
    r"рекомендованн)[а-я]* (?:мной |нами |вам )?(?:клиент|заказчик|лид|заказ|проект)[а-я]*"
    r"(?! (?:нашими|нашим|их|агентами|партнерами|менеджерами|сотрудниками))|"
    r"(?:беру|берем|возьму|возьмем|получаю|получу|хочу) (?:\d+ ?%|процент[а-я]*|комисси[а-я]*) "
    r"за (?:сведение|знакомство|рекомендаци[а-я]*|привлечение|приведение|каждого|клиента)|"
    r"per (?:referred|introduced) (?:client|customer|lead)|for (?:each|every) (?:client|customer|"
    r"lead|referral) (?:i|we) (?:bring|refer|send|introduce)|(?:i|we)(?:'ll| will)? take "
    r"(?:a |an )?(?:\d+ ?% ?(?:cut |fee |commission )?|cut |percentage |commission |fee )"
    r"(?:for|on) (?:the |each )?"
    r"(?:intro|introduction|referral|deal|client)|"
    r"let'?s team up|(?:you'?ve got|you have) the (?:devs|developers|coders|team|skills)|"
    r"(?:we have|we'?ve got|i'?ve got|i have|у нас(?: есть)?|у меня(?: есть)?)(?: [a-zа-я-]+){0,3}"
    r" (?:clients|customers|"
    r"клиент[а-я]*|заказчик[а-я]*)[^.?!]{0,50}?,? (?:and )?(?:you|а вы|вы) (?:build|do|develop|"
    rf"deliver|make|code|делаете|разрабатываете|сделаете|пишете|делали бы)){_E}"
)
_RESEARCH_MORE = re.compile(
    rf"{_B}(?:(?:нужн[оа]|прошу|провести|взять|дать) (?:[а-я]+ )?интервью|"
    rf"научн[а-я]* сотрудни[а-я]*|"
    r"surveying|(?:\d+|five|ten|two|three)-minute (?:form|survey|questionnaire)|"
    r"(?:fill|take) (?:out|in)? ?(?:a|our|the|this|my) (?:short |quick )?(?:form|survey|"
    r"questionnaire)|podcast|подкаст[а-я]*|(?<!for )journalist|(?<!для )журналист[а-я]*|"
    r"(?:writing|doing|working on) (?:a |an )?(?:piece|post|blog post|story|article|episode)|"
    # (a quote from an expert for a piece, not a price quote: "an old quote from last year")
    r"blog post comparing|newsletter on|quote you|quote from (?:you|your|an? expert|the "
    r"(?:founder|ceo|team))|benchmark[a-z]*|бенчмарк[а-я]*|"
    r"competitor analysis|market intelligence|due diligence|тайный покупатель|mystery shop[a-z]*|"
    r"рейтингов[а-я]* агентств[а-я]*|составляем (?:топ|рейтинг)|(?:делаю|делаем|готовим) обзор|"
    r"обзор (?:подрядчиков|студий|рынка)|отраслев[а-я]* обзор[а-я]*|сравниваю подрядчиков|"
    r"доклад[а-я]* для|редакци[а-я]*|industry survey|"
    r"(?:взять|дать|провести|для|на) интервью|интервью (?:с вами|у вас|для|о)|"
    r"interview (?:you|your)|(?:an|for an?|for the) interview|"
    r"academic|phd(?! (?:students?|candidates?|applicants?|positions?|programs?))|"
    r"research report|landscape study|participants? for|ролик про то|"
    r"(?:статью|статьи) (?:о|об|про)|for (?:an? |my |our )?(?:article|thesis|podcast|"
    r"study(?! participants| subjects| volunteers))|"
    # "я аналитик, исследую рынок, заказывать ничего не буду", "a survey for agencies"
    r"(?:исследую|изучаю|анализирую) рынок|researching the market|market researcher|"
    r"(?:заказывать|покупать) (?:ничего |у вас )?не (?:буду|будем|собираюсь|собираемся)|"
    r"(?:not|n'?t) (?:going|planning) to (?:buy|order) anything|"
    r"survey (?:for|of|among) (?:agencies|studios|companies|developers|vendors)|"
    r"опрос (?:для|среди) (?:агентств|студий|компаний|разработчиков)|"
    # "готовлю материал для vc.ru о том, сколько стоят чат-боты"
    r"(?:готовлю|готовим|пишу|пишем) (?:материал|статью|публикацию|текст|репортаж|колонку|"
    r"подкаст)[а-я]* (?:для|о|об|про)|"
    # statistics or opinions gathered by an analytics firm: "собираем статистику по внедрениям"
    r"(?:собира|собер|сбор)[а-я]* (?:статистик|мнени)[а-я]*|"
    # contractors listed by an outsider: "собираем данные об IT-подрядчиках для рейтинга"
    r"(?:собира|собер|сбор)[а-я]* (?:данны|информаци|сведени)[а-я]* (?:об?|по|про) "
    r"(?:[a-zа-я-]+ |[a-z]+-)?(?:подрядчик|студи|агентств|разработчик|исполнител)[а-я]*|"
    r"для (?:рейтинга|каталога|справочника) (?:[a-zа-я-]+ )?(?:подрядчик|студи|агентств|"
    r"разработчик|компани)[а-я]*|"
    r"маркетингов[а-я]* исследовани[а-я]*|marketing research|"
    r"(?:аналитическ|исследовательск)[а-я]* (?:агентств|компани|центр|групп)[а-я]*|"
    r"(?:collecting|gathering|compiling) (?:statistics|stats|opinions)|"
    r"(?:research|analytics) (?:agency|firm|company)|"
    # rates gathered for a published review: "agency rates for our annual market report"
    r"(?:for|для) (?:our |an? |the |нашего |нашей )?(?:annual |yearly |quarterly |ежегодн[а-я]* )?"
    r"(?:market|industry|рыночн[а-я]*|отраслев[а-я]*) (?:report|review|overview|survey|"
    r"benchmark|обзор[а-я]*|отчет[а-я]*|исследовани[а-я]*)|"
    rf"(?:share|tell me) your (?:rates|pricing|prices)|"
    # a market mapped or sized by an outsider: "mapping the CRM integration market"
    r"(?:mapping|sizing|charting) (?:out )?(?:the|this) (?:[a-z0-9-]+ ){0,3}market|"
    r"(?:analyst|consultant|researcher) (?:at|with|from) (?:a |an )?(?:[a-z]+ )?(?:consulting|"
    r"consultancy|research|advisory|analytics) (?:firm|company|agency|house)|"
    r"(?:составля|строи|рису)[а-я]* карт[а-я]* рынка|"
    rf"(?:оценива|счита)[а-я]* (?:объ[её]м|размер) рынка){_E}"
)
_SPAM_MORE = re.compile(
    rf"{_B}(?:hot singles|singles (?:in your area|near you)|exclusive content|link in bio|"
    r"click (?:here|link|now)|free vpn|vpn|(?:buy|cheap|free)(?: [a-z]+){0,2} followers|"
    r"followers and likes|"
    r"you'?ve won|w[oi]n an? (?:new )?iphone|выиграй[а-я]*|claim (?:now|your)|"
    r"enter your card (?:details|number)|введите данные карты|кредит[а-я]* (?:под|без)|"
    # an advert's offer and call: "выгодные кредиты для бизнеса, звоните прямо сейчас"
    r"(?:выгодн|льготн|дешев|быстр)[а-я]* (?:кредит|займ|ипотек)[а-я]*|звоните (?:прямо )?сейчас|"
    r"кредит[а-я]* за \d+ минут|(?:микро)?займ[а-я]* (?:без|на карту|онлайн|до зарплаты)|"
    r"ловите (?:промо|промокод)|"
    r"без отказа|займы|займов|подпишись|подписывайтесь|перешли (?:это )?сообщение|лох|"
    r"telegram premium|массов[а-я]* рассылк[а-я]*|рассылки по \d|скидка \d+ ?%|sale!|жми сюда|"
    r"арбитраж[а-я]* трафика|пробив[а-я]*|взлом[а-я]*|double it|legit trader|"
    r"ваш аккаунт будет|подтвердите данные|lorem ipsum|inheritance|barrister|next of kin|"
    # (not legacy code: "наследство от прошлого подрядчика, нужен аудит и переписывание")
    r"unclaimed funds|наследств[а-я]*(?! (?:от|после) (?:прошл|предыдущ|старо|бывш)[а-я]* "
    r"(?:подрядчик|разработчик|программист|команд|студи|агентств|фрилансер)[а-я]*)|"
    # the advance-fee letter: "Hello dear, I am Mrs. Williams with a business proposal of $4.5M"
    r"hello dear|dear (?:friend|beloved)|business proposal (?:of|worth) (?:us)?\$? ?\d|"
    # goods advertised: diplomas for sale, replicas
    r"(?:купить|куплю|продам|продаю|продаем|продаём|сделаем) (?:[а-я]+ )?диплом[а-я]*|"
    r"диплом[а-я]* (?:любого|любой|вуза|о высшем)|replicas?|реплик[а-я]*|rolex|"
    # engagement bait: "ставь лайк, если...", "like if you agree", "репост, если"
    r"(?:по)?став(?:ь|ьте) (?:лайк|класс|сердечко)|(?:лайк|репост)[,!]? если|"
    r"(?:like|share|retweet|repost)[,!]? if (?:you|u)|(?:drop|smash|leave) (?:a |that )?like|"
    r"like and (?:share|subscribe)|"
    r"(?:dm|pm|message|text|write) (?:me |us )?for (?:a |the |our )?"
    r"(?:price ?list|prices|pricing)|"
    rf"^(?:test|тест|проверка|check|testing)(?: (?:test|тест|testing|123|\d+))*$){_E}"
)
# Dating spam asks to look at a profile or photos AND flirts: "check my profile" alone is as
# often a job seeker's (LinkedIn, hh.ru).
_DATING_RE = re.compile(
    rf"{_B}(?:(?:check|see|visit|look at|view|open) (?:out )?my (?:profile|page|photos?|pics|"
    r"pictures)|посмотр[а-я]* (?:на )?(?:мой|мою|мои) (?:профил[а-я]*|страничк[а-я]*|"
    rf"анкет[а-я]*|фот[а-я]*)|(?:давай|давайте|хочу) познаком[а-я]*|познакомимся|lonely|"
    r"одинок[а-я]*|"
    # asked about their love life: "are you single?", "ты замужем?"
    r"(?:are )?(?:you|u) single|(?:ты|вы) (?:одна|один|замужем|женат|свободен|свободн[а-я]*)\?|"
    rf"(?:got|have) (?:a )?(?:boyfriend|girlfriend)){_E}"
)
_DATING_MARK_RE = re.compile(
    r"(?<![a-zа-я])(?:dear|darling|honey|sweet[a-z]*|babe|baby|sexy|дорог(?:ой|уша)|милый|"
    r"красавчик|lonely|одинок[а-я]*|познаком[а-я]*)(?![a-zа-я])|💋|😘|😍|❤|💕|🔥"
)
# Gibberish: a Latin "word" with no vowel or five consonants in a row ("ghjdthrf cdzpb" is
# "проверка связи" typed on the wrong layout, "kjdfhgkjdhfg"); a word of one keyboard row.
_NO_VOWEL_RE = re.compile(r"^[bcdfghjklmnpqrstvwxz]{5,}$|[bcdfghjklmnpqrstvwxz]{5,}")
_KNOWN_CLUSTERS = frozenset({"https", "html", "strengths", "twelfths"})


def _mashed(t: str) -> bool:
    """Keyboard mashing: most words of the text are unpronounceable or one keyboard row."""
    tokens = re.findall(r"[a-zа-я]+", t)
    if not tokens or len(tokens) > 4:
        return False
    bad = 0
    for w in tokens:
        if w in _KNOWN_CLUSTERS:
            continue
        if len(w) >= 5 and _NO_VOWEL_RE.search(w):
            bad += 1
        elif len(w) >= 3 and len(set(w)) == 1:
            bad += 1  # "ааааа", "ыыыыыыы"
        elif len(w) >= 4 and _NO_RUSSIAN_WORD_RE.search(w):
            bad += 1  # "аывлоаы": no Russian word puts "ы" after a vowel or first
        elif len(w) >= 3 and w != "про" and any(w in row for row in _KEYBOARD_ROWS):
            bad += 1  # "ыва", "ывапролд", "asdf": keys side by side on one row
    return bad * 2 >= len(tokens) and bad > 0


# A keyword right after these words names the project's audience ("портал для дилеров", "бот
# для студентов нашей школы", "сайт ... с вакансиями"), not the writer.
# "our task is helping agencies...": what the writer does, not whom a project is for
_OUR_WORK = r"our(?! (?:task|job|goal|mission|aim|offer|idea|proposal|business|service) )"
_AUDIENCE_BEFORE_RE = re.compile(
    # (not the manner of the writer's own wish: "я бы с радостью присоединился к команде")
    r"(?<![a-zа-я])(?:для|под|с(?! радостью| удовольствием)|со|между|среди|наших|нашим|нашими|"
    rf"нашей|for|with(?! pleasure)|among|between|of our|{_OUR_WORK}|to our|by our|from our|of|"
    # the applications a tool takes in (plural: "заявку на стажировку" is the writer's own):
    # "бот для приёма заявок на стажировку"
    r"заявок|откликов|applications|applicants|candidates) "
    # (not a duration: "freelancing for five years and I'm after something permanent")
    r"(?!(?:[a-zа-я0-9-]+ )?(?:years?|months?|лет|года?|месяц[а-я]*) )"
    r"(?:[a-zа-я0-9-]+ ){0,3}$|"
    # what the writer has, counted: "у нас постоянно 200+ открытых вакансий", "we have 90
    # dealers" (not "у нас есть предложение о сотрудничестве")
    r"(?<![a-zа-я])(?:у (?:нас|меня)|we (?:have|'ve got|currently have|always have)|we'?ve got) "
    r"(?:[a-zа-я~-]+ ){0,2}(?:\d[\d +]*|много|несколько|сотни|десятки|dozens of|hundreds of|"
    r"several|many|a few) (?:[a-zа-я-]+ ){0,2}$"
)
# A strong phrase is read as the audience only after a possessive ("для наших учеников",
# "for our students"): "для лабораторной работы" is the writer's own.
_POSSESSIVE_AUDIENCE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:для|под|с|со|среди|for|with|among|of|to) "
    r"(?:наш[а-я]*|our|my|мо[иеё][а-я]*|"
    rf"сво[а-я]*|their)|наших|нашим|нашими|нашей|{_OUR_WORK}) (?:[a-zа-я-]+ ){{0,2}}$"
)
# A weak word after "наши"/"our" is the writer's own people: "наши реселлеры скачивают прайс".
_WEAK_AUDIENCE_RE = re.compile(
    rf"{_AUDIENCE_BEFORE_RE.pattern}|(?<![a-zа-я])(?:наши|our) (?:[a-zа-я-]+ )?$"
)
# The recipient's own things are the object of an offer, not a request ("SEO вашего сайта").
# "ваши crm-интеграции", "вашу разработку порталов и CRM": ours, a list of two included
_YOURS_BEFORE_RE = re.compile(
    r"(?:ваш[а-я]*|your) (?:[a-zа-я-]+ ?)?(?:[a-zа-я-]+ (?:и|and|или|or|&) |[a-zа-я-]+, )?$"
)
_NEGATION_BEFORE_RE = re.compile(
    r"(?:не|без|кроме|not|no|without|except|but not|вместо|instead of|rather than|не нуж[а-я]*|"
    r"никакого|никакой|никаких|никакое|никакие|"
    r"не надо|don'?t need|do not need|don'?t want|не хотим|не хочу|не интересует|не делаем) "
    r"(?:[a-zа-я-]+ ){0,1}$"
)
# The service had already, by someone of the writer's: "we have an SMM person", "у нас есть свой
# смм-менеджер" (``REFUSED_AFTER`` reads "SMM у нас свой").
_HAD_BEFORE_RE = re.compile(
    r"(?:(?:we|i) (?:already )?(?:have|'ve got|got)|у (?:нас|меня) (?:уже )?есть) "
    r"(?:an? |our own |our |my own |a dedicated |свой |своя |свои )?$"
)
_HAD_PERSON_AFTER_RE = re.compile(
    r"^(?:-?щик[а-я]*|-?щиц[а-я]*|[- ](?:person|guy|girl|lady|manager|specialist|team|"
    r"freelancer|agency|contractor|менеджер[а-я]*|специалист[а-я]*|агентств[а-я]*|"
    r"фрилансер[а-я]*|человек))(?![a-zа-я])"
)
_GLOSS_RE = re.compile(r" ?[(\[][^()\[\]]{1,30}[)\]]")
_NEGATION_AFTER_RE = re.compile(
    rf"^[a-zа-я-]*[?!]* ?(?:[a-zа-я-]+ ){{0,3}}(?:{REFUSED_AFTER})|^(?:{WITHDRAWN_AFTER})"
    rf"|^{REFUSED_AFTER_LIST}"
)
# A phone number is no request for a mobile app ("мой мобильный 8 999...", "mobile: +1...").
_PHONE_WORD_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:(?:мой|моя|мои|по|на) (?:мобильн[а-я]*|mobile|мобилк[а-я]*)|"
    r"мобильник[а-я]*|"
    r"(?:мобильн[а-я]*|mobile|cell)(?: (?:тел|phone|номер|number)[а-я.]*)?:? ?(?=[+(\d]))"
)
_BUILD_EVIDENCE_RE = re.compile(
    rf"{_B}(?:интеграци[а-я]*|integration|автоматизаци[а-я]*|automation|личн[а-я]* кабинет[а-я]*|"
    rf"портал[а-я]*|portal|доработ(?:ать|ка|ку|ки)|api){_E}"
)

_RU_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ую юю ам ям ах ях ов ев ей ом ем "
    "ия ие ию ии а я о е ы и у ю ь".split(),
    key=len,
    reverse=True,
)
_EN_ENDINGS = ("ing", "es", "ed", "s")


def _stem(word: str) -> str:
    if len(word) < 5:
        return word
    endings = _RU_ENDINGS if re.search(r"[а-я]", word) else _EN_ENDINGS
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _keyword_re(keyword: str) -> re.Pattern[str] | None:
    stems = [_stem(w) for w in words(normalize(keyword))]
    if not stems:
        return None
    body = r"[a-zа-я0-9]*[ -]".join(re.escape(w) for w in stems)
    return re.compile(rf"(?<![0-9a-zа-я]){body}[a-zа-я0-9]*")


# An off-profile keyword that names one of the need categories stands for the whole category:
# "smm" also catches "ведение инстаграма", "мобильн" / "mobile app" also "app for iOS".
_CATEGORY_ALIASES = {"мобильн": "mobile_app", "mobile": "mobile_app", "приложен": "mobile_app"}
_CATEGORY_KEYWORDS = frozenset({"smm", "mobile_app", "design"})


def _keyword_category(keyword: str) -> str | None:
    k = normalize(keyword)
    category = need_category_by_rules(k)
    if category in _CATEGORY_KEYWORDS:
        return category
    return next((c for prefix, c in _CATEGORY_ALIASES.items() if k.startswith(prefix)), None)


# An app that may as well run in the browser is not a native app: "подойдёт и веб-версия",
# "веб или из магазина приложений — не знаем", "a web app would do".
_WEB_WILL_DO_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:веб|web|pwa|браузерн)[а-я-]*(?: ?-? ?(?:верси|version|app|приложени)"
    r"[а-я]*)? (?:или|либо|or) (?:из |в |an? )?(?:магазин|стор|app ?store|"
    r"google play|нативн|native|мобильн|store)|(?:нативн|native|мобильн)[а-я]*(?: [а-я]+)? "
    r"(?:или|либо|or) (?:a )?(?:веб|web|pwa)|(?:подойд[её]т|сойд[её]т|устроит|хватит|годится) "
    r"(?:и |даже |нам |вполне )?(?:веб|web|браузерн)[а-я-]*|(?:web|browser)[- ]?(?:version|"
    r"app) (?:would|will|is|'?d|'ll) (?:also )?(?:do|be fine|be ok|be enough|work)|"
    r"работа[а-я]* в браузере (?:телефона|смартфона)|"
    # "my grandson says an app, but on the internet is fine"
    r"(?:on the internet|online|in the browser|в интернете|в браузере) (?:is|would be|'?s) "
    r"(?:fine|ok|okay|enough)|(?:в интернете|в браузере) (?:тоже )?(?:подойд[её]т|сойд[её]т|"
    r"нормально|хватит))"
)


_DONE_BEFORE_AFTER_RE = re.compile(
    r" ?(?:нам |у нас |нам уже |уже )?\"?(?:делали|вели|сделали|заказывали|пробовали|было|был|"
    r"была)\"?(?![а-я])|(?: we)? (?:already )?(?:had|tried|did) (?:it|that|one)"
)


def _keyword_requested(keyword: str, t: str, masked: str) -> bool:
    """The keyword is asked for: present, not negated, not part of a website phrase."""
    pattern = _keyword_re(keyword)
    if pattern is None:
        return False
    cut = corrected_start(t)  # "SMM, хотя нет, давайте лендинг": the writer settled on a site
    for m in pattern.finditer(masked):
        if m.start() < cut:
            continue
        if qualifies_data(t, m.end()) and need_category_by_rules(t) in SERVED_NEEDS:
            continue  # "инстаграм-заявки складывать в CRM": the requests' kind, the job is the CRM
        before = t[max(0, m.start() - 30) : m.start()]
        # (a gloss in brackets before the refusal: "продвижение в соцсетях (SMM) нам не нужно",
        # "мобильное приложение (iOS) не требуется")
        after = _GLOSS_RE.sub("", t[m.end() : m.end() + 60]).lstrip(")]»\"'")
        negated = _NEGATION_BEFORE_RE.search(before) or is_negated(t, m.start())
        if negated or _NEGATION_AFTER_RE.match(after):
            continue
        if _HAD_BEFORE_RE.search(before) and _HAD_PERSON_AFTER_RE.match(after):
            continue  # "we have an SMM person"
        if _DONE_BEFORE_AFTER_RE.match(after):
            continue  # "SMM нам уже «делали», спасибо": what was done before, not asked for
        if _AUDIENCE_BEFORE_RE.search(before):
            continue  # "сайт для нашего SMM-агентства"
        if is_trade(t, m.start(), m.end()) or own_work(t, m):
            continue  # "we're an SMM agency ourselves", "мы делаем мобильные приложения"
        return True
    return False


# (a dash ends the negated clause: "сам не вытяну - отдам вам, если поделимся прибылью")
_NEGATED_HIT_RE = re.compile(
    r"(?<![a-zа-я])(?:не|not|no|never|isn'?t)(?: [a-zа-я][a-zа-я-]*){0,3} $"
)
_DENIED_AFTER_RE = re.compile(r"\?? ?[-—–,.]? ?(?:no|nope|нет|неа)(?![a-zа-я])")
_BUILT_FOR_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:сайт|лендинг|магазин|портал|бот|чат-бот|site|website|store|portal|bot)"
    r"[а-я]* $"
)
# (a site for coursework stays a student's: "нужен сайт для курсовой")
_PUBLICATION_RE = re.compile(r"журнал|издани|газет|редакци|magazine|newspaper|publication")
_OURS_AFTER_RE = re.compile(r" (?:нашего|нашей|наших|моего|моей|моих|of our|of my)(?![a-zа-я])")
_OF_YOURS_RE = re.compile(r"[a-zа-я]* (?:of |for )?(?:your|ваш)")
# A provider the writer already uses, named as theirs: "наш бухгалтер-аутсорсер посоветовал
# вас", "our outsourcer for IT sent us to you" (an offer says "мы аутсорсер", not "наш").
_PROVIDER_NOUN_RE = re.compile(r"(?:аутсорсер|аутстафер|outsourcer|contractor|подрядчик)[а-яa-z]*")
_RESEARCH_TOPIC_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:survey|study|research|report|article|опрос[а-я]*|исследовани[а-я]*|"
    r"стать[а-я]*) (?:on|about|of|into|о|об|про|по) (?:[a-zа-я-]+ ){0,3}$"
)
_OURS_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:наш|наша|наши|нашего|нашей|нашим|мой|моя|мои|моего|our|my)"
    r"(?:[ -][a-zа-я]+){0,2}[ -]$"
)
_TRADE_NOUN_RE = re.compile(
    r"(?:дистрибь?ютор|дилер|реселл?ер|поставщик|оптовик|distributor|dealer|reseller|"
    r"wholesaler|supplier)"
)
_IDENTITY_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|я|we'?re|we are|i'?m|i am|our company is|наша компания)"
    r"(?: [a-zа-я-]+)?(?: -)? $"
)
_OWN_BRAND_RE = re.compile(r"(?:под (?:нашим|своим)|under our|with our) ")


def _search(
    pattern: re.Pattern[str],
    t: str,
    audience_ok: bool = True,
    audience: re.Pattern[str] = _AUDIENCE_BEFORE_RE,
) -> str | None:
    """The first match that is about the writer (not the project's audience), not negated
    ("это не предложение о сотрудничестве") and not the writer's own trade ("мы дистрибьютор")."""
    for m in pattern.finditer(t):
        if _OWN_BRAND_RE.match(m.group(0)):
            return m.group(0).strip()  # "под нашим брендом" is the writer's, whatever precedes
        before = t[max(0, m.start() - 30) : m.start()]
        if _NEGATED_HIT_RE.search(before):
            continue
        if _PROVIDER_NOUN_RE.fullmatch(m.group(0).strip()) and _OURS_BEFORE_RE.search(before):
            continue
        if _RESEARCH_TOPIC_BEFORE_RE.search(before):
            continue  # "a survey on software outsourcing prices": the topic, not an offer
        if _DENIED_AFTER_RE.match(t, m.end()):
            continue  # "hiring? no - we want to hire you to build our website"
        if _OURS_AFTER_RE.match(t, m.end()):
            continue  # "сайт для редакции нашего журнала": the writer's own office
        if (
            m.group(0).startswith(("для ", "for "))
            and _BUILT_FOR_BEFORE_RE.search(before)
            and _PUBLICATION_RE.search(m.group(0))
        ):
            continue  # "нужен сайт для журнала о недвижимости": the magazine is the client
        if (
            _TRADE_NOUN_RE.match(m.group(0))
            and _IDENTITY_RE.search(before)
            and not _OF_YOURS_RE.match(t[m.end() : m.end() + 20])
        ):
            continue  # "мы дистрибьютор стройматериалов", not "a reseller of your products"
        if audience_ok and audience.search(t[max(0, m.start() - 40) : m.start()]):
            continue
        return m.group(0).strip()
    return None


def _first(pattern: re.Pattern[str], t: str) -> str | None:
    m = pattern.search(t)
    return m.group(0).strip() if m else None


def _blank(t: str, fragment: str | None) -> str:
    if not fragment:
        return t
    i = t.find(fragment)
    return t if i < 0 else t[:i] + " " * len(fragment) + t[i + len(fragment) :]


# The writer's own need: "нужен", "хотим", "ищем", "need", "looking for"... A need of someone
# else ("вам нужен сайт?", "if your clients need a bot") or a negated one is none.
_OWN_NEED_RE = re.compile(
    rf"{_B}(?:нуж(?:ен|на|но|ны|ен нам|на нам|но нам)|надо|необходим[а-я]*|требуется|хочу|хотим|"
    r"хотел[а-я]* бы|хотелось бы|ищу|ищем|подбираем|интересует|планируем|собираемся|заказать|"
    r"закажем|need|needs|needed|want|wants|wanted|looking for|would like|we'?d like|i'?d like|"
    r"require[sd]?|interested in|planning|we are after|"
    # the task named for the writer's own business, without a verb: "a new website for our
    # language school", "портал для наших дилеров"
    r"for (?:our|my) own|for our|for my|для (?:нашей|нашего|наших|моей|моего|моих)|"
    # asked outright: "please integrate HubSpot with our LMS", "сделаете нам нормальный?"
    rf"please|пожалуйста|сделайте|сделаете|can you (?:build|make|do|integrate|set up)){_E}"
)
#: How far before a need word its owner is looked for: "компании, которым прямо сейчас нужен
#: сайт" (the companies', two words away).
_WHOSE_WINDOW = 32
_NOT_OWN_BEFORE_RE = re.compile(
    r"(?:вам|вас|ваш[а-я]*|тебе|если|клиент[а-я]*|кому|которым|не|you|your|if|clients?|customers?|"
    # a third party's need: "ведём 40 ресторанов. Им постоянно нужны сайты"
    r"who|(?<![a-zа-я])(?:им|ему|ей|они|them|they|многим|многие|некоторым|many of them)|"
    r"don'?t|do not|no longer|not) (?:[a-zа-я'-]+ ){0,2}$|"
    # a relative clause right before it: "companies that need sites", "тем, которые хотят бота"
    r"(?<![a-zа-я])(?:that|which|которые|которых|которая|который) $"
)
_NOT_OWN_AFTER_RE = re.compile(
    r"^ ?(?:ли|работ[а-я]*|подработ[а-я]*|удаленк[а-я]*|заказ[а-я]*|клиент[а-я]*|партнер[а-я]*|"
    r"(?:[а-я]+ )?интервью|(?:[а-я]+ )?опрос[а-я]*|(?:an? )?interviews?|(?:a )?survey|"
    r"проект[а-я]*|"
    r"вакан[а-я]*|сотрудничеств[а-я]*|job|work|clients|customers|projects|partners|new clients|"
    r"a job|an? (?:role|position|internship)|"
    # a need word that governs passing someone on, not a request: "сайты и CRM — хотим
    # передавать их вам за процент", "we want to refer them to you"
    r"(?:переда(?:ва)?ть|прив(?:одить|ести)|направ(?:лять|ить)|рекомендовать|перепрода[а-я]*|"
    r"(?:to )?(?:refer|pass|send|resell|recommend))(?![a-zа-я]))"
)


# One client of the writer's (singular) is someone else's project; their clients (plural)
# are the users of their own ("портал для наших клиентов").
_FOR_THEIR_CLIENT_RE = re.compile(
    r"[a-zа-я]* (?:для|for) (?:нашего|своего|наших|своих|одного из наших|our|a|one of our) "
    r"(?:клиент(?:а|ов)|заказчик(?:а|ов)|clients?|customers?)(?![a-zа-я])"
)


# Work the writer did on a thing, not a request for it: "I looked after the website for our county
# council for six years", "вёл сайт нашей администрации".
_LOOKED_AFTER_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:looked after|maintained|ran|managed|built|supported|administered|вел|вела|"
    r"поддерживал[а]?|администрировал[а]?|делал[а]?|сделал[а]?)(?: [a-zа-я]+){0,2} $"
)


def _buyer_evidence(t: str, context: str | None = None) -> bool:
    """The writer asks for a project we build, in their own words: a need word ("нужен",
    "хотим", "need", "looking for") before or right after a served category ("сайт", "CRM",
    "портал", "бот"). A mentioned technology is no request ("Предлагаем аутстаф: PHP, 1С"),
    nor is the recipient's site ("SEO вашего сайта") or someone else's need. `context` is the
    text before the disqualifier's own words were blanked out of `t` (same length): whose
    category it is is read there ("we'd like to resell your chatbot": ours, not theirs)."""
    context = t if context is None else context
    cues = [
        m
        for m in _OWN_NEED_RE.finditer(t)
        if not _NOT_OWN_BEFORE_RE.search(t[max(0, m.start() - _WHOSE_WINDOW) : m.start()])
        and not _NOT_OWN_AFTER_RE.match(t[m.end() : m.end() + 20])
    ]
    if not cues:
        return False
    for pattern in (*_SERVED_RES, _BUILD_EVIDENCE_RE):
        for m in pattern.finditer(t):
            if _YOURS_BEFORE_RE.search(context[max(0, m.start() - 40) : m.start()]):
                continue
            if _FOR_THEIR_CLIENT_RE.match(t, m.end()):
                continue  # "сайт для нашего клиента": the client's need, not the writer's
            if _LOOKED_AFTER_BEFORE_RE.search(t[max(0, m.start() - 30) : m.start()]):
                continue  # "I looked after the website for our council": past work, no request
            for cue in cues:
                gap = (
                    t[cue.end() : m.start()]
                    if cue.end() <= m.start()
                    else t[m.end() : cue.start()]
                )
                limit = 60 if cue.end() <= m.start() else 25
                if len(gap) <= limit and not re.search(r"[.!?;]", gap):
                    return True
    return False


_SERVED_RES = [re.compile(rf"{_B}(?:{NEED_PATTERNS[k]}){_E}") for k in sorted(SERVED_NEEDS)]


# A request or an offer, in any words: what makes a first message more than an introduction.
_ASKS_OR_OFFERS_RE = re.compile(
    rf"{_B}(?:нуж[а-я]*|надо|хоч[а-я]*|хот(?:им|ите|ят|ели|елось|ела|ел)|ищ[уе][а-я]*|требу[а-я]*|"
    r"предла[гж][а-я]*|предложи[а-я]*|мож(?:ем|ете|ешь|но|ет)|могу|могли|готов[а-я]*|"
    r"давай[а-я]*|помоги[а-я]*|помочь|помож[а-я]*|сдела[а-я]*|возьм[её]те|берете|берёте|примете|"
    r"рассмотр[а-я]*|интерес[а-я]*|прода[её]м|продаю|продаем|купи[а-я]*|закаж[а-я]*|заказать|"
    r"подскаж[а-я]*|прошу|пожалуйста|сотрудничеств[а-я]*|партнерств[а-я]*|ваканси[а-я]*|"
    r"резюме|работ[уы]|курсов[а-я]*|диплом[а-я]*|опрос[а-я]*|исследовани[а-я]*|стат[ьейи][а-я]*|"
    # anything addressed to the reader ("выведем ваш сайт в топ", "writing to you")
    r"ваш[а-я]*|вам|вас|your|you|"
    r"need|needs|want|wants|looking|seek[a-z]*|offer[a-z]*|can|could|would|please|let'?s|"
    r"help|interested|sell[a-z]*|buy|order|hire|hiring|join|partner[a-z]*|collab[a-z]*|quote|"
    rf"price|cost|job|internship|cv|resume|portfolio|thesis|survey|research[a-z]*|article){_E}"
)


# The writer speaks of themselves: an introduction, not a bare "мобильное приложение".
_SELF_RE = re.compile(
    rf"{_B}(?:я|мы|меня|нас|мой|моя|мое|моё|мои|наш[а-я]*|у нее|у неё|у него|i|i'?m|me|my|we|"
    rf"we'?re|us|our|he|she){_E}"
)


def introduces_only(text: str) -> bool:
    """A message that says who writes and neither asks for nor offers anything ("Я студентка,
    пишу за маму: у неё три цветочных магазина", "Мы IT-аутсорсинговая компания, обслуживаем
    120 офисов", "We had an app built last year"): an identity that sounds like a non-buyer's
    is no reason to close before the writer has said what they want."""
    t = detransliterate(normalize(as_text(text)))
    return "?" not in t and _SELF_RE.search(t) is not None and not _ASKS_OR_OFFERS_RE.search(t)


_BRINGS_CLIENTS_RE = re.compile(
    r"(?<![a-zа-я])(?:привод|привед|передава|передад|переда[её]м|подгоня|направля|bring|refer|"
    r"send)[a-zа-я]* (?:вам |you |к вам )?(?:[a-zа-я]+ )?(?:заказ[а-я]*|клиент[а-я]*|"
    r"заказчик[а-я]*|покупател[а-я]*|clients|customers|projects|orders|business)(?![a-zа-я])"
    r"[^.!?]{0,80}(?:агентск|комисси|процент|вознагражд|платите за|commission|%|fee|cut)"
)


def _rules(text: str, off_profile_keywords: Sequence[str]) -> Disqualifier | None:
    """The rules' finding: what the patterns detect, with clients or orders brought to the
    studio for a fee read as a referral partner's offer whatever else the writer is ("мы студия
    дизайна, готовы передавать вам заказы, обсудим агентские?", "сколько платите за клиента?")."""
    found = _detect(text, off_profile_keywords)
    if found is not None and found.kind == "vendor" and _BRINGS_CLIENTS_RE.search(normalize(text)):
        return replace(found, kind="partner")
    return found


def detect_disqualifier(
    text: str, off_profile_keywords: Sequence[str] = ()
) -> Disqualifier | None:
    """Return why a message is not a lead, or ``None`` when it may be one.

    The rules below are backed by the disqualifier classifier (``classifier.py``), see
    ``_combine``."""
    return _detect_disqualifier(text, tuple(off_profile_keywords or ()))


@reading_cache()
def _detect_disqualifier(text: str, off_profile_keywords: tuple[str, ...]) -> Disqualifier | None:
    try:
        rules = _rules(text, off_profile_keywords)
        pred = classifier.predict("disqualifier", text, _signals(rules, text))
        return _combine(rules, pred, text, off_profile_keywords)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _signals(rules: Disqualifier | None, text: str) -> tuple[str, ...]:
    need = f"need {need_category_by_rules(text)}"
    if rules is None:
        return ("nothing", need)
    return (rules.kind, need, "evidence") if rules.buyer_evidence else (rules.kind, need)


def rule_signals(text: str, off_profile_keywords: Sequence[str]) -> tuple[str, ...]:
    """The rules' reading of ``text`` as the classifier's extra features (``classifier.predict``);
    training computes them with this function too."""
    return _signals(_rules(text, off_profile_keywords), text)


#: The classifier names a disqualifier the rules did not find at this probability or more.
DISQUALIFIER_FILL = 0.5
#: ...and only on a text of this many words or more: the rules alone judge greetings and
#: one-word replies.
MIN_FILL_WORDS = 3
#: ... and at this probability or more when the writer also asks for a project we build in
#: their own words (``_buyer_evidence``), or, for ``off_profile``, when the rules read a task we
#: build (the classifier does not see "we do NOT need an app"): a buyer is not discarded on a
#: guess.
DISQUALIFIER_FILL_BUYER = 0.85
#: The classifier overrides the rules (another kind, or "a buyer") at this probability or more.
DISQUALIFIER_VETO = 0.8
#: The company profile the classifier learnt: it does no SMM and no mobile apps. Its
#: ``off_profile`` stands for these categories only, and only when ``off_profile_keywords``
#: names them; a keyword of another category is matched by the rules alone.
TRAINED_OFF_PROFILE = frozenset({"smm", "mobile_app"})


# Cooperation proposed with the work split between the writer and the studio: a partner's offer.
_WORK_SPLIT_RE = re.compile(
    r"(?:let'?s|давайте) (?:cooperate|collaborate|partner|team up|сотрудничать|объединимся)"
    r"[^.!?]{0,80}(?:(?<![a-zа-я])you (?:could |can |would )?(?:do|build|make|handle|take)|"
    r"(?<![а-я])вы (?:бы )?(?:делаете|делали|берете|возьмете|займетесь))"
)
_OFFER_MATCH_RE = re.compile(r"(?:we|i) (?:offer|provide)|(?:мы |я )?предлага(?:ем|ю)")


def _combine(
    rules: Disqualifier | None,
    pred: classifier.Prediction | None,
    text: str,
    keywords: Sequence[str],
) -> Disqualifier | None:
    """Rules and classifier. The rules' finding stands unless the classifier is sure of another
    kind or of a buyer (``DISQUALIFIER_VETO``); when the rules find nothing, the classifier's
    kind at ``DISQUALIFIER_FILL``. Its ``matched`` is the word that weighs most for that kind,
    and ``buyer_evidence`` still needs the writer's own request (``_buyer_evidence``)."""
    if pred is None:
        return rules
    label, p = pred.label, pred.confidence
    if rules is not None:
        if (
            rules.kind == "off_profile"
            and _keyword_category(rules.matched) not in TRAINED_OFF_PROFILE
        ):
            return rules  # the admin's own keyword: the classifier knows nothing of it
        if label == rules.kind or p < DISQUALIFIER_VETO:
            return rules
        if {label, rules.kind} == {"vendor", "partner"} and _OFFER_MATCH_RE.match(rules.matched):
            return rules  # "we offer white-label development": the offer read says who sells
        if label == "none":
            return None
        return _from_classifier(label, text, keywords) or rules
    if label == "none" or p < DISQUALIFIER_FILL:
        return None
    if len(words(normalize(text))) < MIN_FILL_WORDS:
        return None  # "yo 👋", "добрый день": too little to tell who writes, let alone close
    if label == "vendor" and _HIRING_A_SUBCONTRACTOR_RE.search(normalize(text)):
        return None  # "we'd engage you as a subcontractor": the rules know who sells to whom
    found = _from_classifier(label, text, keywords)
    if found is not None and p < DISQUALIFIER_FILL_BUYER:
        if found.buyer_evidence:
            return None
        if found.kind == "off_profile" and need_category_by_rules(text) in SERVED_NEEDS:
            return None  # the rules read a task we build and no off-profile request (negations)
    return found


def _from_classifier(label: str, text: str, keywords: Sequence[str]) -> Disqualifier | None:
    t = normalize(text)
    masked = blank(MOBILE_WEB_RE, t)
    masked = blank(_PHONE_WORD_RE, masked)
    if label == "off_profile":
        candidates = [
            k.strip()
            for k in keywords
            if isinstance(k, str) and k.strip() and _keyword_category(k) in TRAINED_OFF_PROFILE
        ]
        if not candidates:
            return None
        category = need_category_by_rules(masked)
        if category in (None, "mobile_app") and _WEB_WILL_DO_RE.search(t):
            return None  # "an app; a web app would do too": no native app asked for
        if category == "bot" and TELEGRAM_APP_RE.search(t):
            return None  # "мини-приложение в телеграме": built like a bot, not for the stores
        keyword = next((k for k in candidates if _keyword_category(k) == category), candidates[0])
        return Disqualifier("off_profile", keyword, _buyer_evidence(masked))
    matched = classifier.evidence("disqualifier", text, label) or t[:40]
    return Disqualifier(label, matched, _buyer_evidence(masked))  # type: ignore[arg-type]


# An internship asked for is a job seeker's ask, whatever the writer wants to learn there (one
# for a student or for credit stays a student's: the student rules say so first).
_INTERNSHIP_ASKED_RE = re.compile(
    r"(?<![а-я])(?:стажироваться|стажировк[а-я]*|стажер[а-я]*|стажёр[а-я]*)|(?<![a-z])internships?"
)


_MORE_PATTERNS = (_STUDENT_MORE, _JOB_MORE, _VENDOR_MORE, _PARTNER_MORE, _RESEARCH_MORE)
_ORDER: tuple[
    tuple[DisqualifierKind, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...
] = (
    ("researcher", (_SURVEY_RE,), None),  # a survey "for a university" is still a survey
    ("student", (_STUDENT_MORE,), None),  # "практика от универа" before "ищу место"
    ("job_seeker", (_JOB_STRONG, _JOB_MORE), _JOB_WEAK),
    ("student", (_STUDENT_STRONG,), _STUDENT_WEAK),
    ("vendor", (_VENDOR_STRONG, _VENDOR_MORE, _OFFERED_TO_STUDIO_RE), None),
    ("partner", (_PARTNER_STRONG, _PARTNER_MORE), _PARTNER_WEAK),
    ("researcher", (_RESEARCH_STRONG, _RESEARCH_MORE), _RESEARCH_WEAK),
)


# A student phrase in a request for the students' own tool is its audience: "Чат-бот для учеников
# нашей школы: расписание и домашние задания".
_STUDENT_AUDIENCE_RE = re.compile(
    rf"{_B}(?:(?:студенты|ученики|школьники|слушатели|students|pupils|learners) (?:будут|смогут|"
    r"могли бы|will|can|could)|(?:бот[а-я]*|чат-?бот[а-я]*|сайт[а-я]*|портал[а-я]*|"
    r"платформ[а-я]*|систем[а-я]*|"
    r"кабинет[а-я]*|crm|bot|chatbot|site|website|portal|platform|system|app|accounts?|"
    r"logins?|dashboards?|area) "
    r"(?:[a-zа-я-]+ ){0,3}"  # "чат-бот в телеге для учеников"
    r"(?:для|for) (?:наших |своих |моих |our |my |the |all )?(?:[a-z'-]+ ){0,2}(?:учеников|"
    r"студентов|школьников|"
    r"слушателей|учащихся|абитуриентов|students|learners|pupils)|"
    # the students of the writer's own school: "учеников нашей онлайн-школы", "students of our"
    r"(?:учени[а-я]*|студент[а-я]*|слушател[а-я]*|учащи[а-я]*|students|learners|pupils) "
    r"(?:нашей|нашего|наших|моей|моего|of our|of my|at our)(?![a-zа-я])|"
    # the pupils' entries the system takes in: "заявки на олимпиады и конкурсы школьников"
    r"(?:заяв[а-я]*|регистраци[а-я]*|олимпиад[а-я]*|конкурс[а-я]*|соревновани[а-я]*) "
    r"(?:[а-я-]+ ){0,3}(?:школьников|учеников|студентов|учащихся)|(?:applications|registrations|"
    r"entries|competitions|olympiads) (?:of|for|from) (?:[a-z-]+ ){0,2}(?:students|pupils)|"
    r"(?:наши|our|my|мои) (?:учени[а-я]*|студент[а-я]*|слушател[а-я]*|students|learners|pupils) "
    r"(?:need|should|will|can|должны|смогут|будут)|"
    # the school's students counted, homework as what its tool takes in: "у нас около 4 тысяч
    # студентов. Хотим бота, который ... принимает домашку"
    # the writer is the school: "Мы частная языковая школа, 900 учеников", "we're a driving
    # school"
    r"(?:мы|we are|we'?re|i run|we run|у нас|у меня) (?:[a-zа-я-]+ ){0,3}(?:(?:онлайн-)?школ[аы]|"
    r"school|academy|"
    r"академи[яю]|колледж|college|курсы|учебный центр|training cent(?:re|er)|tutoring cent(?:re|"
    r"er))|"
    r"(?:у (?:нас|меня)|we have)(?: [a-zа-я~+-]+){0,2} (?:\d[\d +]*|много|несколько|сотни|"
    r"тысячи|hundreds of|thousands of)(?: тысяч| k)? (?:студент|ученик|слушател|students|pupils|"
    r"learners)[а-я]*|(?:принима[а-я]*|провер[а-я]*|собира[а-я]*|сдава[а-я]*|сдают) "
    r"(?:[а-я]+ )?(?:домашк|домашн[а-я]* задани)[а-я]*|(?:submit|track|check|collect)s? "
    r"(?:their |the )?homework|"
    # homework as one item of a school system's contents: "grades, homework, payments",
    # "родительский кабинет: оценки, домашка, оплата"
    r"(?:parent|parents'?|teacher|родительск[а-я]*|учительск[а-я]*) (?:portal|app|area|account|"
    r"dashboard|кабинет|портал|чат)[а-я]*|"
    r"(?:grades|marks|оценк[а-я]*|расписани[а-я]*|schedules?|attendance|посещаемост[а-я]*|"
    r"журнал[а-я]*|дневник[а-я]*|payments?|оплат[а-я]*),? (?:(?:and|и) )?(?:[a-zа-я-]+,? ){0,3}"
    r"(?:homework|домашк[а-я]*|домашн[а-я]* задани[а-я]*)|(?:homework|домашк[а-я]*|домашн[а-я]* "
    r"задани[а-я]*),? (?:(?:and|и) )?(?:[a-zа-я-]+,? ){0,3}(?:grades|marks|оценк[а-я]*|"
    rf"расписани[а-я]*|schedules?|attendance|посещаемост[а-я]*|payments?|оплат[а-я]*)){_E}"
)


_TEST_WORDS = frozenset(
    "hi hello hey привет здравствуйте ok ок test тест testing тестирую проверка связи check 1 2 3 "
    "123 qwerty asdf йцукен lol лол ха хаха haha раз два три one two three "
    # a microphone tried: "ну тест тест раз два", "алло, слышно?"
    "ну так алло слышно меня mic".split()
)
_TEST_MARKERS = frozenset("test тест testing тестирую проверка check".split())
_COLLAB_RE = re.compile(r"коллаб|collab")
# A firm's offer of its people: subcontracting, white label, outstaffing ("аутстафф
# разработчиков... готовы выйти завтра"; an hourly rate alone is a freelancer's too)
_SUBCONTRACT_OFFER_RE = re.compile(
    rf"{_B}(?:на субподряд[а-я]*|субподрядчик[а-я]*|as (?:a |your )?sub-?contractors?|"
    rf"white-?label|аутстаф+[а-я]*|outstaff[a-z]*){_E}"
)
_FOR_A_SHARE_RE = re.compile(
    rf"{_B}(?:в долю|за процент|за комисси[а-я]*|агентск[а-я]* вознагражден[а-я]*|"
    r"в обмен на (?:процент|комисси)[а-я]*|(?:give|pay) me (?:a |the )?(?:percent|percentage|"
    r"commission|cut)|"
    rf"for (?:a )?(?:cut|share|commission)|referral fee|finder'?s fee){_E}"
)
_WE_PAY_RE = re.compile(
    rf"{_B}(?:мы (?:вам )?(?:платим|заплатим|оплатим|оплачиваем)|we(?:'ll|"
    rf" will)? pay(?! you a share)|"
    rf"за наш сч[её]т){_E}"
)
_HIRING_A_SUBCONTRACTOR_RE = re.compile(
    rf"{_B}(?:(?:ищем|ищу|нужен|нужны|нужно|требуется|требуются|подбираем|looking for|need|"
    r"hiring)(?: [a-zа-я0-9-]+){0,3} (?:на субподряд|на аутсорс|субподрядчик[а-я]*|a "
    r"subcontractor|subcontractors|(?:в|на) аутстаф+[а-я]*|outstaff(?:ed)?|on an outstaff basis)|"
    # the writer picks the subcontractors, or hires us as one: "субподрядчиков выбираю я", "I
    # choose subcontractors within the approved line", "we want to hire you as a subcontractor"
    r"(?:выбира|нанима|подбира|привлека|утвержда)[а-я]* (?:[а-я]+ ){0,2}субподрядчик[а-я]*|"
    r"субподрядчик[а-я]* (?:[а-я]+ )?(?:выбира|нанима|подбира|привлека|утвержда)[а-я]*|"
    r"(?:choose|chooses|choosing|pick|picks|select|selects|selecting|hire|hires|engage|engages|"
    r"manage|manages|managing|approve|approves|onboard|onboards|vet|vets) (?:[a-z]+ ){0,2}"
    r"subcontractors?|(?:hire|engage|bring in|contract|take on|use) you (?:on )?as (?:a |our )?"
    r"sub(?:contractor)?|"
    # said outright: "we are not selling you anything", "это не предложение наших услуг"
    r"(?:we'?re|we are|i'?m|i am) not (?:selling|offering|pitching) (?:you )?(?:anything|our "
    r"services)|(?:это )?не предложение (?:наших |своих )?услуг|мы (?:ничего )?не продаем|"
    r"хотим купить (?:разработку|услуг[а-я]*) у вас|"
    # their clients' work passed to us: "want to outsource our clients' websites to you"
    rf"(?:outsourc|subcontract)[a-z]* (?:[a-z']+ ){{0,4}}to you|"
    rf"(?:отдать|передать|отдадим|передадим) (?:вам )?(?:[а-я]+ )?на субподряд|{_WHITE_LABEL}){_E}"
)
_WE_SELL_RE = re.compile(
    r"^(?:продаем|продаю|реализуем|поставляем|перепродаем|we sell|i sell|selling|we resell)"
)
_TO_US_RE = re.compile(rf"{_B}(?:вам|вас|ваш[а-я]*|для вас|you|your){_E}")
_STORE_RE = re.compile(
    rf"{_B}(?:магазин[а-я]*|магаз|shop|store|витрин[а-я]*|каталог[а-я]*|catalog(?:ue)?){_E}"
)


# A commission the writer pays its own agents ("кабинет для агентов, они продают наши туры за
# комиссию", "portal for our reps who work on commission"): their business model, no offer to us.
_THEIR_COMMISSION_RE = re.compile(
    rf"{_B}(?:они|агент[а-я]*|дилер[а-я]*|партн[её]р[а-я]*|менеджер[а-я]*|продавц[а-я]*|"
    r"представител[а-я]*|курьер[а-я]*|they|agents|dealers|resellers|affiliates|partners|reps|"
    r"sales ?people|couriers|drivers)(?: [a-zа-я]+){0,4} (?:за|for a|for|on|за свою) "
    rf"(?:комисси[а-я]*|commission|процент[а-я]*|percentage){_E}"
)


def _their_commission(t: str, hit: str) -> bool:
    """A commission hit that belongs to the writer's own agents, with a request of theirs."""
    if not re.search(r"комисс|commission|процент|percentage", hit):
        return False
    if not _THEIR_COMMISSION_RE.search(t):
        return False
    # a task named before the agents' commission is the request ("кабинет для агентов — они у
    # нас продают туры за комиссию"), with or without a word of wanting
    before = t[: t.find(hit)]
    return _buyer_evidence(_blank(t, hit), t) or need_category_by_rules(before) in SERVED_NEEDS


# A freelancer selling their own work at a price, without the words of a job: "I do Figma
# designs, fair rates", "рисую логотипы, цены умеренные", "беру заказы на вёрстку, недорого".
# A price of one's own work is a vendor's (as an hourly rate is), a portfolio next to it
# changes nothing; wanting a place on the team stays a job seeker's (``_EMPLOYMENT_RE``).
_OWN_PRICE_RE = re.compile(
    rf"{_B}(?:(?:my|our) (?:rates?|prices?|pricing|fees?)|(?:reasonable|affordable|low|fair|"
    r"cheap|modest|friendly|budget|flexible|honest|sensible|decent|moderate) (?:rates?|prices?|"
    r"pricing|fees?)|(?:rates?|prices?|pricing|fees?) (?:are |is )?(?:very |quite |pretty |"
    r"really )?(?:low|reasonable|fair|affordable|modest|cheap|friendly|flexible|moderate)|"
    r"недорого|недорогие|дешево|бюджетно|по (?:доступн|низк|приятн|демократичн|умеренн|адекватн|"
    r"разумн|скромн|небольш)[а-я]* (?:цен|ставк|расценк)[а-я]*|(?:цен[аыу]|расценки|ставк[аи]|"
    r"прайс) (?:у меня |у нас )?(?:очень |вполне )?(?:умеренн|низк|доступн|демократичн|приятн|"
    rf"адекватн|разумн|невысок|скромн|ниже рынка)[а-я]*|(?:мои|мой) (?:цены|расценки|прайс)){_E}"
)
_OWN_WORK_RE = re.compile(
    rf"{_B}(?:i (?:do|make|design|draw|build|code|create|develop|shoot|edit|illustrate|animate|"
    r"craft|offer)|(?:i'?m|i am) (?:a |an )?(?:[a-z-]+ )?(?:freelancer|designer|developer|"
    r"illustrator|copywriter|photographer|videographer|animator|coder)|freelanc[a-z]*|"
    r"(?:open to|open for|taking(?: on)?|available for) (?:new )?(?:freelance|commissions|"
    r"orders|projects|clients)|my portfolio|portfolio (?:on|at|is|here|link)|behance|dribbble|"
    r"(?:беру|принимаю|берусь за|возьмусь за|возьму) (?:[а-я]+ )?(?:заказы|заказ|проекты)|"
    r"фриланс[а-я]*|(?:рисую|верстаю|отрисовываю|иллюстрирую|монтирую|оформляю|разрабатываю|"
    r"программирую|снимаю|делаю (?:дизайн|сайты|лендинги|логотипы|баннеры|верстку|макеты|"
    r"иллюстрации|анимаци|ботов|интерфейсы))|я (?:[а-я-]+ )?(?:дизайнер|иллюстратор|"
    r"верстальщи|разработчи|программист|копирайтер|фотограф|видеограф|монтажер|"
    rf"аниматор)[а-я]*|портфолио){_E}"
)
_EMPLOYMENT_RE = re.compile(
    rf"{_B}(?:ваканси[а-я]*|резюме|cv|resume|в штат|штатн[а-я]*|трудоустр[а-я]*|стажир[а-я]*|"
    r"стажер[а-я]*|internships?|intern|trainee|full-?time|part-?time|полн[а-я]* (?:день|"
    r"занятост[а-я]*)|зарплат[а-я]*|зп|salary|jobs?|positions?|roles?|hire me|hiring|employ[a-z]*|"
    r"join your|в (?:вашу )?команду|relocat[a-z]*|переезд[а-я]*|в офис[а-я]*|"
    rf"(?:опыт|experience) (?:работы )?(?:в|at|in) (?:компани|агентств|студи|companies))"
    rf"{_E}"
)


def _freelance_offer(t: str) -> str | None:
    """A price of the writer's own work next to that work ("I do Figma designs, reasonable
    rates"), with no job wanted and no request of their own: the price phrase, else None."""
    price = _OWN_PRICE_RE.search(t)
    if price is None or not _OWN_WORK_RE.search(t) or _EMPLOYMENT_RE.search(t):
        return None
    for m in _OWN_NEED_RE.finditer(t):
        clause = re.split(r"[.!?]", t[m.start() :], maxsplit=1)
        asks_us = len(clause) > 1 and t[m.start() + len(clause[0])] == "?"
        if asks_us or _NOT_OWN_BEFORE_RE.search(t[max(0, m.start() - 20) : m.start()]):
            continue  # "need an extra pair of hands?": a question to us, no need of the writer's
        if _NOT_OWN_AFTER_RE.match(t[m.end() : m.end() + 20]):
            continue
        return None  # "делаю ремонт, нужен сайт недорого": the writer buys
    return price.group(0)


# Clients of the writer's who need what we build, with cooperation offered: "I know plenty of
# shop owners who want stores built, shall we team up?", "у меня куча заказчиков, которым
# нужны лендинги, давайте работать вместе". The need is the clients', the writer brings them.
_CLIENTS_NEED_RE = re.compile(
    rf"{_B}(?:(?:(?:i|we) (?:have|'ve got|got|know|work with|deal with|serve|represent)|"
    r"(?:my|our) (?:network|contacts|client base|circle|community) (?:has|have|includes|is full "
    r"of)) (?:[a-z-]+ ){0,3}(?:clients|customers|businesses|companies|shops|shop owners|owners|"
    r"people|contacts|entrepreneurs|leads)(?: [a-z-]+){0,2},? (?:who|that|which|all of whom|"
    r"many of whom) (?:[a-z]+ )?(?:need|needs|want|wants|are looking for|look for|ask for|"
    r"are asking for|keep asking for|would need|require)|"
    r"(?:my|our) (?:clients|customers|contacts|network)(?: [a-z-]+){0,2} (?:keep asking for|"
    r"are asking for|ask me for|often need|all need|are looking for)|"
    # "веду бухгалтерию у 60 ИП, многим нужны сайты"
    r"(?:многим|многие|некоторым|кому-то) (?:из (?:них|моих клиентов|наших клиентов) )?"
    r"(?:нужн[а-я]*|требу[а-я]*|хотят|ищут)|"
    r"(?:у меня|у нас)?,? ?(?:есть|много|куча|полно|масса|хватает|несколько|целая база|база) "
    r"(?:[а-я]+ ){0,2}(?:клиент|заказчик|знаком|контакт|предпринимател|компани|владельц)[а-я]*,? "
    r"(?:которым|кому|которые|что) (?:[а-я]+ )?(?:нужн[а-я]*|требу[а-я]*|хотят|ищут|"
    r"интересн[а-я]*|надо|заказывают|просят)|"
    r"(?:мои|наши) (?:клиент|заказчик|знаком)[а-я]* (?:[а-я]+ )?(?:просят|ищут|спрашивают|"
    rf"постоянно спрашивают)){_E}"
)
# Sending the writer's clients on to the studio, in either order: "направлю их к вам", "можно
# их к вам направлять?"
_SEND_ON = (
    r"(?:направлять|передавать|отправлять|приводить|присылать|передам|направлю|направить|"
    r"передать|отправить|привести|прислать)"
)
_COOPERATE_RE = re.compile(
    rf"{_B}(?:cooperat[a-z]*|collaborat[a-z]*|partner(?:ship|ing)?|team up|work together|"
    r"join forces|teaming up|сотруднич[а-я]*|партн[её]р[а-я]*|поработа(?:ем|ть) вместе|"
    r"работать вместе|объединить(?:ся)? усилия|давайте работать|"
    r"(?:send|refer|bring|pass|direct) (?:them|these|those)(?: [a-z]+)? (?:to you|your way)|"
    rf"{_SEND_ON} (?:их )?(?:к )?вам|(?:их )?(?:к )?вам {_SEND_ON}){_E}"
)


# (what many clients need comes in the plural: "websites", "online stores", "bots")
_WEB_PLURAL_RE = re.compile(rf"{_B}(?:web ?sites|sites|(?:online |web )?(?:stores|shops)){_E}")


def _clients_to_bring(t: str) -> str | None:
    """Clients of the writer's who need what we build, and cooperation offered: a partner."""
    m = _CLIENTS_NEED_RE.search(t)
    if m is None or not _COOPERATE_RE.search(t):
        return None
    wanted = t[m.end() : m.end() + 40]
    if not _WEB_PLURAL_RE.search(wanted) and not any(p.search(wanted) for p in _SERVED_RES):
        return None  # "клиенты, которым нужна консультация": nothing we build
    return m.group(0).strip()


# Research already done: "исследование рынка уже провели", "market research is done".
_DONE_AFTER_RE = re.compile(
    r" ?(?:мы )?(?:уже )?(?:провели|сделали|закончили|завершили|заказывали|готово|есть)(?![а-я])|"
    r" ?(?:is |was |has been )?(?:already )?(?:done|finished|complete)(?![a-z])"
)


# The writer's own firm named by its trade: "мы исследовательское агентство", "we're a
# recruiting agency", "у нас SEO-студия", "клиентов нашего бухгалтерского аутсорсинга".
_FIRM_RE = re.compile(
    r"агентств|agency|студи|studio|бюро|bureau|фирм|firm|компани|company|центр|center|centre|"
    r"институт|institute|лаборатори|lab|аутсорс|outsourc|аутстаф|outstaff"
)
# "We sell SEO services and need a CRM for our own sales team": the trade named after "we sell"
_WE_SELL_BEFORE_RE = re.compile(r"(?:we sell|we offer|we do|мы продаем|мы делаем|мы оказываем) $")
_FIRM_OWNER_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:мы|we'?re|we are|we run|i run|we own|i own|наш[а-я]*|our|у нас|у меня) "
    r"(?:[a-zа-я-]+ ){0,4}$"
)


# A request that opens with the thing asked for: "Website for our market research company".
_REQUEST_FIRST_RE = re.compile(
    r"(?:a |an |the |new |нов[а-я]* )?(?:website|site|web ?shop|online store|crm|chat ?bot|bot|"
    r"portal|сайт|интернет-магазин|лендинг|портал|чат-?бот|бот|crm|(?:личн[а-я]+ )?кабинет|"
    r"(?:client|customer|personal) (?:portal|account|area))[a-zа-я]* (?:for|для) "
)


def _own_firm(t: str, hit: str) -> bool:
    i = t.find(hit)
    if not _FIRM_RE.search(t[i : i + len(hit) + 12]):  # "market research firm"
        return False
    return bool(_FIRM_OWNER_BEFORE_RE.search(t[max(0, i - 30) : i] + hit.split(" ")[0] + " "))


# The studio's own work resold under the writer's name: a partner, whatever the writer's trade
_RESELL_YOURS_RE = re.compile(
    r"(?<![a-zа-я])(?:перепродава[а-я]*|перепрода(?:м|ём|ем|дим)) (?:[а-я]+ )?ваш[а-я]*|"
    r"resell(?:ing)? your|под (?:своим|нашим) брендом (?:ваш|вашу|ваши)"
)
# The writer's own site or system asked about: "our own website is ancient, need a redesign"
_OUR_OWN_SYSTEM_RE = re.compile(
    r"(?<![a-zа-я])(?:our own (?:website|site|web ?store|store|crm|bot|portal)|"
    r"наш собственн[а-я]* "
    r"(?:сайт|магазин|crm|срм|бот|портал)|сво(?:й|его) собственн[а-я]* (?:сайт|магазин|crm|"
    r"бот|портал))"
)


def _own_trade_and_need(t: str, hit: str) -> bool:
    """ "We sell X" or "we are an X agency" that describes the writer's own business and is
    followed by a request for a site, a store or a system for it, with nothing offered to us: a
    buyer, not a vendor ("мы исследовательское агентство, нужна CRM для учёта респондентов")."""
    i = t.find(hit)
    sells = _WE_SELL_RE.match(hit) or _WE_SELL_BEFORE_RE.search(t[max(0, i - 16) : i])
    if not (sells or _own_firm(t, hit)) or _TO_US_RE.search(t):
        return False
    rest = _blank(t, hit)
    own_need = _REQUEST_FIRST_RE.match(t) is not None or any(
        not _NOT_OWN_BEFORE_RE.search(rest[max(0, m.start() - _WHOSE_WINDOW) : m.start()])
        for m in _OWN_NEED_RE.finditer(rest)
    )  # "базы собственников, которым нужен сайт": the need is the leads'
    return own_need and (any(p.search(rest) for p in _SERVED_RES) or bool(_STORE_RE.search(rest)))


# Who the writer is, or was, is not why they write when they buy for a business of their own:
# "я студентка, открываю свою кофейню, нужен сайт", "бывший журналист, теперь держу пекарню".
_PERSON_HIT_RE = re.compile(
    r"студент|школьни|журналист|корреспондент|редактор|блогер|student|journalist|reporter|"
    r"editor|blogger"
)
_PAST_IDENTITY_RE = re.compile(
    rf"{_B}(?:был|была|были|бывш[а-я]*|раньше|ранее|когда-то|в прошлом|ex|former(?:ly)?|"
    rf"used to be|retired){_E}"
)
_OWN_BUSINESS_RE = re.compile(
    rf"{_B}(?:(?:открываю|открываем|открыл[аи]?|открыли|запускаю|запустил[аи]?|у меня|у нас|"
    r"держу|держим|владею|веду)(?: [а-я]+)? (?:сво[а-яё]*|собственн[а-я]*)|"
    r"(?:сво[а-яё]*|собственн[а-я]*) (?:[а-я]+ )?(?:бизнес|дело|кофейн|магазин|салон|"
    r"студи|компани|медиа|кафе|ресторан|пекарн|производств|мастерск|клиник|бренд)[а-я]*|"
    r"(?:теперь|сейчас) (?:у меня|у нас|открыл[аи]?|держу|владею|веду)|"
    r"(?:my|our) own (?:[a-z]+ )?(?:business|company|shop|store|cafe|bakery|studio|brand|"
    r"media|salon|clinic)|(?:i|we) (?:now |also |still )?(?:run|own|opened|started|launched) "
    r"(?:a|an|my|our)|"
    # a publication of the writer's own: "a journalist with a small newsletter", "веду свой блог"
    r"(?:with|have|run|own) (?:a|an|my|our) (?:(?:small|own|little|local) ){0,2}"
    r"(?:newsletter|blog|podcast|magazine|channel|zine)|"
    r"(?:у меня|веду|издаю|выпускаю) (?:сво[а-яё]+ )?(?:небольш[а-я]+ )?"
    r"(?:рассылк|блог|подкаст|журнал|газет|издани)[а-я]*|"
    # the family's: "у мамы пекарня", "my mum's salon"
    r"у (?:мамы|папы|отца|матери|мужа|жены|брата|сестры|родителей|тети|тёти|дяди) (?:[а-я]+ )?"
    r"(?:пекарн|магазин|кафе|кофейн|салон|бизнес|студи|клиник|мастерск|ферм|производств)[а-я]*|"
    r"my (?:mum|mom|dad|father|mother|parents|husband|wife|brother|sister)'?s? (?:[a-z]+ )?"
    r"(?:bakery|shop|store|cafe|salon|business|studio|clinic|farm|workshop)"
    rf"){_E}"
)


def _buyer_despite_identity(t: str, hit: str) -> bool:
    """A student or journalist ``hit`` that is a past trade ("журналистом был раньше") or sits
    next to a business of the writer's own, with a request of theirs for a project we build: a
    buyer. A student's course project or a journalist's article has no business of its own."""
    if not _PERSON_HIT_RE.search(hit):
        return False
    rest = _blank(t, hit)
    # "...I also run a candle shop and need a store": a store asked for is a request too
    store = bool(_OWN_NEED_RE.search(rest) and _STORE_RE.search(rest))
    if not (_buyer_evidence(rest) or store):
        return False
    i = t.find(hit)
    around = t[max(0, i - 25) : i + len(hit) + 25]
    return bool(_OWN_BUSINESS_RE.search(rest) or _PAST_IDENTITY_RE.search(around))


def _row_runs(letters: str) -> bool:
    """The word is made of runs of three or more neighbouring keys of one keyboard row
    ("ывапывап", "фывайцук", "asdasdasd"): a hand sliding along the keys, not a word."""
    i = 0
    while i < len(letters):
        j = i + 1
        while j < len(letters) and any(letters[i : j + 1] in row for row in _KEYBOARD_ROWS):
            j += 1
        if j - i < 3:
            return False
        i = j
    return True


def _gibberish(t: str) -> bool:
    letters = re.sub(r"[^a-zа-я]", "", t)
    if len(letters) < 6:
        return False
    if " " in t.strip():
        # several mashes: "ывфаыва олдж", "qwerty zxcv 123" (every word of four letters or more
        # a slide along one keyboard row, and no shorter word but numbers)
        tokens = re.findall(r"[a-zа-я]+", t)
        return len(tokens) >= 2 and all(
            (len(w) >= 4 and _row_runs(re.sub(r"(.)\1+", r"\1", w)))
            or (len(w) >= 5 and any(set(w) <= set(row) for row in _KEYBOARD_ROWS))
            for w in tokens
        )
    if _SYLLABLE_REPEAT_RE.match(letters):
        return True
    # a key pressed twice while sliding along a row ("ыввапрол", "asddfgh") is the same run
    keys = re.sub(r"(.)\1+", r"\1", letters)
    if len(keys) >= 6 and (any(keys[:6] in row for row in _KEYBOARD_ROWS) or _row_runs(keys)):
        return True
    one_row = any(set(letters) <= set(row) for row in _KEYBOARD_ROWS[:3])
    # a few keys of one row hit over and over ("ыфвфыв", "йцйцук"): no word repeats so few letters
    if one_row and len(set(letters)) <= 3:
        return True
    # a long word typed with the letters of one Cyrillic row only, in any order ("ыврапдлоывап",
    # "ываыжлдв"); no Russian word of eight letters fits one row (English ones do: "typewriter")
    return len(letters) >= 8 and one_row


_NO_COMMISSION_RE = re.compile(
    rf"{_B}(?:(?:i|we) (?:don'?t|do not|never|won'?t) (?:take|want|need|ask for|charge|expect) "
    r"(?:any )?(?:referral |finder'?s |agent'?s? |introduction )?(?:fees?|commissions?|cuts?|"
    r"kickbacks?)|no (?:referral |finder'?s )?(?:fees?|commissions?|kickbacks?) (?:for me|wanted|"
    r"needed|involved)|(?:агентск[а-я]*|комисси[а-я]*|откат[а-я]*|вознаграждени[а-я]*)"
    r"(?: [а-я]+){0,3} (?:мне|нам) не (?:нужн[а-я]*|интересн[а-я]*)|(?:мне|нам) не нужн[а-я]* "
    r"(?:агентск[а-я]*|комисси[а-я]*|откат[а-я]*)|"
    rf"без (?:агентск[а-я]*|комисси[а-я]*|откат[а-я]*)){_E}"
)


# A hook asked of the reader before a pitch: "Нужен сайт? 😉 ...", "Need a website? ...": no
# request of the writer's own.
_HOOK_RE = re.compile(
    r"^(?:вам |you )?(?:нужен|нужна|нужны|need|want)(?: an?)? (?:[a-zа-я-]+ )?(?:сайт|website|"
    r"site|"
    r"бот|bot|клиенты|clients|customers|leads)\?"
)


# Subcontractors as what the buyer's tool keeps track of ("CRM для учёта субподрядчиков на
# объектах", "a CRM to manage our cleaning crews and subcontractors"): the buyer's own, no
# subcontracting offered.
_CONTRACTORS_KEPT_RE = re.compile(
    r"(?:уч[её]т[а-я]*|управлени[а-я]*|контрол[а-я]*|реестр[а-я]*|баз[аыуе]|график[а-я]*|"
    r"расч[её]т[а-я]*|выплат[а-я]*)(?: [а-я]+){0,3} субподрядчик[а-я]*|"
    r"(?:manag(?:e|es|ing)|track(?:s|ing)?|coordinat(?:e|es|ing)|schedul(?:e|es|ing)|"
    r"onboard(?:s|ing)?|database of|register of)(?: [a-z-]+){0,4} subcontractors"
)

# The writer's company named by its outsourcing trade, then what it needs or offers ("Мы
# бухгалтерский аутсорс, нужен портал", "мы аутсорс-бухгалтерия в Минске, ... за агентский
# процент"): who writes, read apart from the offer or the request that follows.
_OUTSOURCER_IDENTITY_RE = re.compile(
    r"^(?:мы|we(?:'re| are)(?: an?)?) (?:[a-zа-я0-9-]+ ){0,2}?[a-zа-я-]*(?:аутсорс|outsourc)"
    r"[a-zа-я-]*(?: (?:компания|фирма|агентство|company|firm|agency))?(?=[,.;:—–]| - | в | in )"
)
_TRADE_RE = re.compile(rf"(?:[a-zа-я-]+ )?(?:{_SERVICES}|{_SERVICES_EN})")


def names_a_trade(matched: str) -> bool:
    """The words a vendor was found by are a line of work and nothing more ("бухгалтерский
    аутсорсинг", "SEO"): said with the company's name they tell who writes, not an offer."""
    return _TRADE_RE.fullmatch(normalize(matched)) is not None


_NEED_WORD_RE = re.compile(
    rf"{_B}(?:нуж(?:ен|на|но|ны)|требуется|хотим|хочу|need|needs|want|would like){_E}"
)


def _without_outsourcer_identity(t: str) -> str:
    """``t`` with the outsourcing trade that names the writer blanked out, when what follows
    asks for something or offers a partnership (``_OUTSOURCER_IDENTITY_RE``); "мы аутсорс, ищем
    проекты" stays a vendor's offer."""
    m = _OUTSOURCER_IDENTITY_RE.match(t)
    if m is None:
        return t
    rest = t[m.end() :]
    if _NEED_WORD_RE.search(rest) or _PARTNER_STRONG.search(rest) or _PARTNER_MORE.search(rest):
        return " " * m.end() + rest
    return t


# The writer's own company as the subject of a wish ("Наш HR-аутсорсинг хочет автоматизировать
# подбор", "our outsourcing firm wants a CRM"): its line of work names who buys, no offer.
_OWN_TRADE_WANTS_RE = re.compile(
    # (not the writer's client, "наш клиент хочет сайт", nor a class project)
    r"(?<![a-zа-я])(?:наш[а-я]*|our) (?!клиент|заказчик|client|customer|партн|partner|class|"
    r"course|homework|thesis|diploma|курсов|дипломн|учебн)"
    r"(?:[a-z0-9]+-)?[a-zа-я]+(?: [a-zа-я]+)?"
    r"(?= (?:хочет|планирует|собирается|ищет|wants|needs|plans|is looking for) )"
)
# A company's name in quotes, in an answer that names the company and a position: "«Баланс-
# Аутсорсинг», совладелец и главный бухгалтер" is who writes, no outsourcing offered.
_COMPANY_NAME_RE = re.compile(
    r'^(?:(?:ооо|оао|зао|пао|ао|ип|llc|ltd|inc)\.? )?"[^"]{1,60}"'
    r"(?=[ ,.;—–-]*(?:[a-zа-я-]+[ ,]*){0,3}(?:директор|владел|собственник|совладел|учредител|"
    r"руководител|менеджер|бухгалтер|главбух|партн[её]р|основател|управляющ|маркетолог|"
    r"администратор|юрист|врач|owner|founder|manager|director|ceo|head|partner|accountant)"
    r"[a-zа-я]*(?:[ ,]+[a-zа-я-]+){0,6}[ .!]*$)"
)


def _detect(text: str, off_profile_keywords: Sequence[str]) -> Disqualifier | None:
    raw = as_text(text)
    # "Ищу работу. Шучу, нужен сайт": what comes before a joke taken back is no answer
    t = drop_joke(detransliterate(normalize(raw)))
    # a commission refused is no partner's offer: "агентские от подрядчиков мне не нужны",
    # "I don't take referral fees; the client pays me"
    t = blank(_NO_COMMISSION_RE, t)
    t = blank(_COMPANY_NAME_RE, t)
    t = blank(_CONTRACTORS_KEPT_RE, t)
    t = blank(_OWN_TRADE_WANTS_RE, t)
    t = _without_outsourcer_identity(t)
    if not t:
        return None
    corrections = list(SELF_CORRECTION_RE.finditer(t))
    if corrections and len(t[corrections[-1].end() :].split()) >= 3:
        # what the writer says after correcting themselves ("we need leads... I mean, we sell
        # leads") is read on its own first: a disqualifier there stands
        found = _detect(t[corrections[-1].end() :], off_profile_keywords)
        if found is not None:
            return found
    need = need_category_by_rules(t)
    has_need = need is not None and need != "other"

    # --- spam
    repeat = _REPEAT_RE.search(raw.lower())
    if repeat:
        return Disqualifier("spam", repeat.group(0)[:20])
    urls = _URL_RE.findall(t)
    for url in urls:
        if _PORTFOLIO_RE.search(url):
            t = t.replace(url, " ")  # "dribbble.com/xxx — мои работы": a portfolio, no spam
        if _SPAM_DOMAIN_RE.search(url) and not _PORTFOLIO_RE.search(url):
            return Disqualifier("spam", url[:80])
    if len(urls) >= 3:
        return Disqualifier("spam", f"{len(urls)} links")
    hit = _first(_SPAM_STRONG, t) or _first(_SPAM_MORE, t)
    # (a vendor's pitch in spam words is the vendor's: "we provide SEO services and can double
    # your organic traffic")
    if hit and not _buyer_evidence(_HOOK_RE.sub(" ", t)) and not _VENDOR_STRONG.search(t):
        # (a spam topic as the subject of the writer's own project is a request: "нужен бот
        # для розыгрыша призов среди клиентов", "сайт для микрозаймов нужен")
        return Disqualifier("spam", hit)
    if _mashed(t):
        return Disqualifier("spam", t[:20])
    # (mashed keys among the test words: "ааа ыыы тест тест раз два")
    tokens = {w for w in re.findall(r"[0-9a-zа-я]+", t) if not _mashed(w)}
    if tokens and tokens <= _TEST_WORDS and tokens & _TEST_MARKERS:
        return Disqualifier("spam", t[:20])  # "hi hi hi test test": a test, no prospect
    repeat_word = _REPEAT_WORD_RE.search(t)
    if repeat_word:
        return Disqualifier("spam", repeat_word.group(1))
    if not has_need:
        # ("a market report for an investment fund": the writer's work names the spam word)
        research = _RESEARCH_STRONG.search(t) or _RESEARCH_MORE.search(t)
        hit = None if research else _first(_SPAM_WEAK, t)
        if (
            hit
            and hit.startswith("ставк")
            and (_VENDOR_STRONG.search(t) or _VENDOR_MORE.search(t))
        ):
            hit = None  # an hourly rate in a vendor's offer: "есть свободные сеньоры, ставка норм"
        if hit:
            return Disqualifier("spam", hit)
        hit = _first(_DATING_RE, t)
        if hit and _DATING_MARK_RE.search(t):
            return Disqualifier("spam", hit)  # "hi dear, look at my photos 😘"

    if _gibberish(t):
        return Disqualifier("spam", t[:20])
    if (
        not has_need
        and _SELLING_JUNK_RE.match(t)
        and not _VENDOR_STRONG.search(t)
        and not _VENDOR_MORE.search(t)
    ):
        return Disqualifier("spam", t[:40])

    # --- people who are not buyers: strong phrases anywhere, weak words only without a project
    asks = _first(_ASKS_INTERNSHIP_RE, t)
    if asks:
        return Disqualifier("job_seeker", asks, _buyer_evidence(_blank(t, asks), t))
    hit = _search(_STUDENT_HELP_RE, t, audience_ok=False)
    if hit and not _JOB_STRONG.search(t) and not _STUDENT_AUDIENCE_RE.search(t):
        return Disqualifier("student", hit, _buyer_evidence(_blank(t, hit), t))
    freelance = _freelance_offer(t)
    offered_staff = None
    for kind, strongs, _weak in _ORDER:
        if kind == "job_seeker" and (freelance or _PRICED_OWN_WORK_RE.search(t)):
            continue  # "my rates are low, see my Dribbble": selling work, not seeking a job
        # job phrases after any audience word ("with open vacancies"); others after a possessive
        audience = _AUDIENCE_BEFORE_RE if kind == "job_seeker" else _POSSESSIVE_AUDIENCE_RE
        for strong in strongs:
            hit = _search(strong, t, audience=audience)
            if hit and kind == "student" and _STUDENT_AUDIENCE_RE.search(t):
                continue  # the students are the project's users
            if (
                hit
                and kind == "student"
                and hit.startswith(("научит", "поучит", "обучит"))
                and _INTERNSHIP_ASKED_RE.search(t)
            ):
                continue  # "можно у вас стажироваться? хочу научиться": a job seeker's ask
            if hit and kind in ("student", "researcher") and _buyer_despite_identity(t, hit):
                continue  # "я студентка, открываю свою кофейню, нужен сайт": a buyer
            if hit and kind in ("vendor", "partner", "researcher") and _own_trade_and_need(t, hit):
                continue  # "мы продаём лицензии, нужен магазин для них": their trade
            if hit and kind == "researcher" and _DONE_AFTER_RE.match(t, t.find(hit) + len(hit)):
                continue  # "исследование рынка уже провели, теперь нужен сайт": done, a buyer
            if hit and kind == "partner" and _COLLAB_RE.match(hit) and _WE_PAY_RE.search(t):
                continue  # "хотим коллаб: вы делаете нам бота, мы платим": a purchase
            if hit and kind == "partner" and _their_commission(t, hit):
                continue  # "кабинет для агентов, они работают за комиссию": a buyer
            if hit and kind == "job_seeker" and _their_peoples_cvs(t, hit):
                offered_staff = offered_staff or hit  # a vendor's, if no vendor phrase says so
                continue
            if hit and kind == "job_seeker" and _SUBCONTRACT_OFFER_RE.search(t):
                continue  # "можем сделать вам дизайн на субподряде": a firm's offer, a vendor
            if hit and kind == "vendor" and _RESELL_YOURS_RE.search(t):
                continue  # "мы веб-студия, можем перепродавать ваши CRM-решения": a reseller
            if hit and kind == "vendor" and _OUR_OWN_SYSTEM_RE.search(t):
                continue  # "we do SEO for a living but our own website is ancient": a buyer
            if hit and kind == "vendor" and _WORK_SPLIT_RE.search(t):
                continue  # "let's cooperate: we sell school software, you do the websites"
            if hit and kind == "vendor" and _FOR_A_SHARE_RE.search(t):
                continue  # "приведу вам клиентов, если возьмёте в долю": a partner's terms
            if hit and kind == "vendor" and _HIRING_A_SUBCONTRACTOR_RE.search(t):
                continue  # "ищем кого взять на субподряд": they hire, we would be the vendor
            if hit:
                return Disqualifier(kind, hit, _buyer_evidence(_blank(t, hit), t))
        if kind == "vendor" and freelance:
            return Disqualifier("vendor", freelance, _buyer_evidence(_blank(t, freelance), t))
        brings = _clients_to_bring(t) if kind == "partner" else None
        if brings:
            return Disqualifier("partner", brings, _buyer_evidence(_blank(t, brings), t))
    if offered_staff:
        return Disqualifier("vendor", offered_staff, _buyer_evidence(_blank(t, offered_staff), t))
    # a weak word only when no kind's phrase was found ("Маркетинговое исследование: сколько
    # компаний заказывают дилерские порталы" is research, whatever "дилерские" alone would be)
    for kind, _strongs, weak in _ORDER:
        if kind == "student" and _STUDENT_AUDIENCE_RE.search(t):
            continue  # the pupils are the project's users: "заявки на олимпиады школьников"
        if weak is not None and not has_need:
            # (a possessive names the audience: "каталог, из которого наши реселлеры скачивают
            # прайс")
            hit = _search(weak, t, audience=_WEAK_AUDIENCE_RE)
            if hit and not (kind == "job_seeker" and _their_peoples_cvs(t, hit)):
                return Disqualifier(kind, hit, False, weak=True)

    # --- off-profile: a requested task we do not do
    if off_profile_keywords:
        masked = blank(MOBILE_WEB_RE, t)
        masked = blank(_PHONE_WORD_RE, masked)
        for keyword in off_profile_keywords:
            if not isinstance(keyword, str) or not keyword.strip():
                continue
            if _keyword_category(keyword) == "mobile_app" and _WEB_WILL_DO_RE.search(t):
                continue
            if _keyword_requested(keyword, t, masked) or (
                need is not None and need == _keyword_category(keyword)
            ):
                # (the buyer evidence is read where the writer's settled request starts: "our
                # developer built the website, and now we want an app" asks for no site)
                cut = corrected_start(t)
                evidence = _buyer_evidence(masked[cut:])
                return Disqualifier("off_profile", keyword.strip(), evidence)
    return None
