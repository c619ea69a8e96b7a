"""Authority answers: who decides on the purchase.

Order of evidence (first that applies wins):

1. an explicit first-person decision ("решаю я", "я ЛПР", "I make the decisions", "сам") ->
   ``decision_maker``;
2. deferral to someone else or negated authority ("решает руководитель", "согласую с
   директором", "я не директор", "need approval", "committee", "I recommend") -> ``influencer``,
   or ``researcher`` when the person also says they only collect information;
3. a decision-maker role about oneself ("я директор", "собственник", "CEO", "founder", "ИП")
   -> ``decision_maker``; the head named alone ("директор", "CEO") is the one who decides,
   someone else (``influencer``);
4. collecting information ("собираю информацию", "просто изучаю", "collecting options for my
   boss") -> ``researcher``;
5. a non-deciding role ("я менеджер", "маркетолог", "employee") or shared decision ("решаем
   вместе") -> ``influencer``;
6. "не знаю" / "not sure", non-committal answers ("обсудим позже", "не скажу",
   ``_text.NONCOMMITTAL_RE``) and a question back with no role in it ("а это важно?", "why do
   you ask?") -> ``unknown``; anything else -> ``None``.

A decision shared with others ("my cofounder and I decide together", "решаем вместе с
партнёром", "я + финдир", "everyone votes") is ``influencer`` even when it says "I decide", also
when the writer corrects a claim of their own to it ("my call... okay, me and my brother").
Deferral is read from who does the deciding: a third person or a body as the verb's subject
("подпишут юристы", "she runs the show", "the board can veto"), the decider described and then
named ("whoever pays, which is my boss"), options brought to them ("приношу им варианты"), a
boss not asked yet ("директору ещё не говорил", which outranks "пока никто"). "But" before the
writer's own verb ("а решаю я", "but she leaves it to me to decide") is no deferral.

Signing and holding the budget are deciding ("я подписываю", "бюджет мой", "I sign off", "I
hold the budget"), also with a limit ("sign-off authority up to $250k", "могу сам утвердить до
500к": the deal is within it unless the writer says otherwise or the limit is below the
smallest deal, ``SMALL_LIMIT``), and they outrank a non-deciding role in the same answer ("head
of marketing, I sign off"); someone else signing is deferral ("подписывает генеральный", "I need
sign-off from the CFO", "my boss has the final say", "it's above my signing limit").

Students are not an authority level: they are a disqualifier (see ``detect_disqualifier``); a
student answering this question has no role in a decision (``researcher``).

The rules are backed by the authority classifier (``classifier.py``): see ``_combine``.
"""

from __future__ import annotations

import re
from typing import Literal

from . import classifier
from ._text import (
    BOSS_EN,
    BOSS_RU,
    NOT_KNOWING_FIRST_RE,
    detransliterate,
    is_noncommittal,
    normalize,
    now_start,
    reading_cache,
)
from .budget import parse_budget
from .questions import detect_own_questions

Authority = Literal["decision_maker", "influencer", "researcher", "unknown"]

_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"

# Nominative decision-maker roles (a person naming their own role).
_DM_ROLE = (
    r"директор(?:ша)?|директриса|гендир[а-я]*|генеральный|гендиректор|ген\.? ?директор|"
    r"собственни(?:к|ца)|владел(?:ец|ица)|совладел(?:ец|ица)|основател(?:ь|ьница)|"
    r"сооснователь|учредител(?:ь|ьница)|соучредитель|руководител(?:ь|ьница)|начальни(?:к|ца)|"
    r"хозя(?:ин|йка)|глава (?:компании|фирмы|бизнеса|отдела)|президент|"
    r"(?<!контрактный )(?<!контрактная )управляющ(?:ий|ая)|"
    r"заведующ(?:ий|ая)|"
    r"партнер-?основатель|управляющий партнер|предприниматель|бизнесмен|"
    # not a project's "business owner" or "product owner"
    r"ип|самозанят(?:ый|ая)|ceo|cto|cmo|coo|cfo|cio|cpo|proprietress|"
    # "the director" without a department is the head ("director of marketing" is not)
    r"(?:(?<=the )|(?<=as ))director(?! of [a-z])|"
    r"(?<!business )(?<!product )(?<!process )"
    r"owner(?! of (?:the |this |our )?(?:project|process|product|initiative))|co-?owner|founder|"
    r"co-?founder|"
    r"фаундер|ко-?фаундер|кофаундер|"
    r"president|managing director|managing partner|general manager|md|head of [a-z]+|"
    r"vp|vice president|chief [a-z]+ officer|proprietor|entrepreneur|principal|headmaster|"
    r"head ?teacher|rector|ректор|"
    r"business owner(?! of (?:the |this |our )?(?:project|process|product|initiative))|"
    # the chair of a board or a cooperative heads it: "председатель правления НКО"
    r"председател(?:ь|ьница)(?: (?:правления|совета|кооператива|тсж|снт|фонда))?|"
    r"sole trader|self-employed|chairman|board member|директор по [а-я]+|коммерческий директор|"
    r"исполнительный директор|финансовый директор|технический директор|топ-?менеджер|лпр|"
    r"финдир|комдир|(?:коммерческий |финансовый |технический |исполнительный )?дир"
)
# Third-party context: the role belongs to someone else.
_THIRD_PARTY_BEFORE = re.compile(
    r"(?:решает|решать будет|будет решать|решит|решение (?:принимает|принимают|за)|за|"
    r"согласу[а-я]*|согласова[а-я]*|с|со|для|мой|моя|моему|моим|наш|наша|нашему|нашим|у|"
    r"покажу|передам|спрошу|уточню у|утверждает|my|our|the|with|to|by|for|ask|asks|tell|"
    r"approve[sd]?|decides?|his|her|their|"
    # the role said of someone else: "чекаю для друга, он владелец", "she's the owner"
    r"он|она|они|he'?s|she'?s|he is|she is|"
    # roles the company has: "у нас есть финансовый директор", "there's a CEO and a COO"
    r"есть|have|has|there'?s|there is|there are|and an?) (?:[a-zа-я-]+ )?$"
)
_SELF_BEFORE = re.compile(
    r"(?:^|[.,;!?:-] ?|(?:я|i'?m|i am|im|as|as a|as the|я тут|я здесь|я как|являюсь|работаю) )"
    r"(?:the |a |an |сам |же |тут |здесь |и |и есть )?$"
)
_THIRD_PARTY_AFTER = re.compile(
    # "the VP of sales picks": the role's own complement first
    r"^(?: of (?:the )?[a-z]+)? ?(?:(?:[а-я]+ )?у нас (?!я(?![а-я]))|"
    r"решает|решит|будет решать|принимает|утверждает|одобряет|"
    r"подписывает|согласует|"
    r"поручил[а-я]*|попросил[а-я]*|сказал[а-я]*|велел[а-я]*|посмотрит|выберет|хочет|ставит|"
    # "the founder asked me to get quotes", "the owner's nephew": someone else's role
    r"asked|asks|told|tells|wants|wanted|'s(?![a-z])|"
    r"decides|will decide|approves|signs off|makes the (?:final )?(?:calls?|decisions?)|"
    r"picks|chooses|will pick|will choose|gets the final word|"
    r"has the final say|must approve|needs to approve)"
)
_DM_ROLE_RE = re.compile(rf"{_B}(?:{_DM_ROLE}){_E}")

# "business" or "company" as the first half of a compound ("I own the business case", "my
# company card") names a document or a task, not the firm the writer owns.
_NOT_BIZ = (
    r"(?! (?:case|plan|side|requirements?|process(?:es)?|logic|analysis|goals?|needs|unit|line|"
    r"development|relationship|email|account|card|phone|policy|rules|strategy|objectives?))"
)

# The boss or the client trusts the writer's choice: "шеф во всём полагается на мой выбор",
# "the client goes with my judgement"; a trusted opinion alone is advice (no "мнению"). A
# claim of its own, unless someone else is named with the last word (``_parse_authority``).
_TRUSTS_MY_CHOICE = (
    r"(?:доверя[а-я]*|полага[а-я]*(?: на)?) (?:[а-я]+ )?(?:моему|мой|мне в) "
    r"(?:выбор[а-я]*|решени[а-я]*|вкус[а-я]*)|"
    # ("usually goes with my pick" leaves the final say where the writer put it)
    r"(?<!usually )(?<!often )(?<!mostly )(?<!generally )"
    r"(?:trusts?|relies on|goes with|defers to) my (?:choice|judge?ment|call|decision|pick)"
)
_EXPLICIT_DM_RE = re.compile(
    rf"{_B}(?:решаю (?:я|сам|сама|все я)|я (?:сам |сама |и )?решаю|сам решаю|сама решаю|"
    # the writer's signature; "за мной." as the whole first sentence; the business run alone:
    # "дела веду я одна", "I've run the farm stand alone since Dad retired"; a limit that covers
    # it: "so this is mine"
    r"подпись (?:под договором |под контрактом )?(?:моя|за мной)|"
    r"in the end,? (?:it'?s |it is )?(?:me|mine|my call)|в (?:итоге|конечном (?:счете|итоге)),? "
    r"(?:решаю )?(?:я|мне решать)|"
    r"^(?:решение )?за мной(?=[.!]| -)|(?:дела|хозяйство|бизнес) веду (?:я )?(?:одна|один|сам|"
    r"сама)|"
    r"(?:i'?ve|i have) (?:run|managed) (?:the|this|our|my) (?:[a-z-]+ ){0,2}(?:alone|on my own|"
    r"by myself|solo)|so (?:this|it|that) (?:one )?is (?:mine|my call|my decision)|"
    r"(?:я )?(?:сам |сама )?(?<!не )(?:даю|дам) добро|добро (?:даю|дам) (?:я|сам|сама)|"
    # the decisions handed to the writer: "все вопросы по сайту он отдал мне", "he left the
    # website decisions to me"
    r"(?:вопросы|решения|решение) (?:по [а-я]+ )?(?:он |она |они )?(?:отдал[аи]?|поручил[аи]?|"
    r"доверил[аи]?|передал[аи]?) мне|(?:handed|delegated|left|gave) (?:the )?(?:website |site |"
    r"project )?(?:decisions?|calls?) (?:over )?to me|"
    # "the board delegated this fully to me", "совет делегировал это мне полностью"
    r"(?:handed|delegated|left|passed) (?:it|this|that|the (?:project|website|site|whole "
    r"thing))(?: (?:fully|entirely|completely|over|wholly))? to me|"
    r"делегировал[аи]? (?:это |этот проект |проект |решение )?(?:полностью |целиком )?мне|"
    # the last word, in a calque: "last word is behind me"; "I am the main"
    r"(?:last|final) word is (?:behind|with|on|for|after) me|(?:i am|i'?m) (?:the )?main(?: one| "
    r"person| boss)?(?= *(?:$|[,.;!)]))|"
    # "я и есть шеф", "I am the boss here"
    rf"я (?:же )?и есть (?:{_DM_ROLE}|шеф|босс|начальник|хозяин|хозяйка)|"
    r"решение (?:(?:по|о|об|насчет|насчёт) [а-я0-9-]+ )?(?:принимаю|за) (?:я|мной)|"
    # "решение уже принято мной", "утверждаю проекты сам", "мной, в одиночку"
    r"решение (?:уже )?принято мной|утверждаю (?:[а-я]+ )?(?:сам|сама)(?![а-я])|"
    r"(?:сам|сама) утверждаю|в одиночку|^мной(?![а-я])|"
    # the deciding vote: "мой голос решающий", "my vote is the deciding one"
    r"(?:мой|мо[её]) (?:голос|слово|мнение)(?: тут| здесь| у нас)?[ —–-]*(?:и )?(?:решающ|"
    r"последн|главн|закон|окончательн|финальн)[а-я]*|"
    r"решающ[а-я]* (?:голос|слово) (?:за мной|мой|у меня)|my (?:vote|word|say) is (?:the )?"
    r"(?:deciding|final|decisive)|i have the (?:deciding|casting) vote|"
    # "мне решать, больше никому", "без меня тут ничего не решается"
    r"(?<!не )мне (?:и )?решать(?! не)|без меня (?:[а-я]+ ){0,3}не (?:решается|решаются|"
    r"делается|принимается)|"
    # the passive with the writer as the agent: "решение о заключении договора принимается мной
    # как директором"
    r"(?<!не )(?:принимается|принимаются|будет принято|будут приняты|утверждается|"
    r"подписывается) (?:только |лично |единолично )?мной|"
    # choosing the contractor is deciding ("пока выбираю" is still looking)
    r"(?<!пока )(?:я (?:сам |сама )?выбираю|выбираю (?:я|сам|сама))(?= *(?:$|[,;.:]| "
    r"подрядчик| исполнител| студи| агентств))|"
    r"решение (?:(?:по|о|об|насчет|насчёт) [а-я0-9-]+ )?принимаю (?:сам|сама|лично)|"
    r"(?:я )?принимаю решени[ея]|принимаю (?:все )?решения|"
    r"(?<!не )(?:последнее )?слово за мной(?! не)|(?:последнее|финальное|решающее) слово "
    r"(?:у меня|мо[её])|"
    # the writer's word settles it: "уже решено, делаем — я так сказала", "решения мои"
    r"(?:я )?так сказал[аи]?|(?:я|сам|сама) так решил[аи]?|(?:because )?i said so|"
    r"решени[ея] (?:тоже |все |всё )?(?:мо[иеё]|за мной)|решение и подпись[ ,—–-]*мо[иеё]|"
    r"sign (?:the (?:contract|deal) )?alone|"
    # the only one who decides: "the only one who decides", "единственный, кто решает"
    r"(?:the )?only (?:one|person) who (?:decides|signs|approves|makes (?:the )?(?:call|"
    r"decisions?))|(?:единственн[а-я]*|только я),? (?:кто )?(?:решает|решаю|подписывает|"
    r"принимает решени[ея])|"
    r"(?:the )?decisions? (?:is|are) (?:all )?mine|"
    # the writer is their own client: "делаю для себя, сам себе заказчик", "I'm my own boss"
    r"сам(?:а)? себе (?:заказчик|заказчица|начальник|хозяин|хозяйка|босс)|"
    # "заказчик — я лично, никого спрашивать не надо"
    r"заказчи(?:к|ца) ?[—:-]? ?(?:это )?я(?: лично| сам| сама)?(?![а-я])|"
    r"никого (?:спрашивать|согласовывать|ждать) не (?:надо|нужно)|"
    # the project itself is the writer's own ("сайт делаю для себя"), not the prices looked up
    # "для себя"
    r"(?:сайт|лендинг|магазин|бот|проект)[а-я]* (?:[а-я]+ )?для себя|"
    r"(?:делаю|делаем|заказываю|строю) (?:[а-я]+ )?для себя|"
    r"(?:i'?m|i am|im) my own (?:boss|client|customer)|"
    r"главн(?:ый|ая) (?:здесь |тут )?[-—–:]? ?я|я (?:здесь |тут )?главн(?:ый|ая)(?! [а-я])|"
    r"(?<!not )(?<!outside )within my (?:remit|authority|mandate|competence)|"
    r"(?<![a-z])i (?:take|make) (?:the |all )?(?:final |last )?decisions?|"
    # "final approval is with me", "I only will decide", "myself only"
    r"(?:final |last )?(?:approval|say|decision|call|word) (?:is|rests|lies|sits|stays) with me|"
    r"i (?:only|alone) (?:will )?decide|i will decide alone|(?:myself|me) only|only myself|"
    # the whole area or the budget the writer's own: "всё цифровое веду я", "сам распоряжаюсь
    # бюджетом филиала", "the budget is mine"
    r"(?:вс[её]|все) (?:[а-я]+ )?(?:веду|решаю|контролирую) (?:я|сам|сама)(?![а-я])|"
    r"(?:делаю|занимаюсь|рулю|веду)(?: этим| всем)? (?:сам|сама)(?![а-я])|"
    r"(?:сам |сама )?распоряжаюсь (?:[а-я]+ ){0,2}бюджет[а-я]*|the budget is mine|"
    r"(?:бюджет[а-я]*|деньг[а-я]*|средств[а-я]*) (?:[а-я]+ ){0,2}(?:распоряжаюсь|трачу|"
    r"управляю|рулю) (?:я|сам|сама)(?![а-я])|"
    r"i (?:spend|manage) (?:the |our |my )?(?:[a-z]+ )?budget (?:myself|alone|on my own)|"
    r"(?:i )?(?:control|hold) the budget|"
    r"(?<!не )в (?:моей|моих) (?:компетенции|полномочиях)|"
    # the choice named as the writer's, emphatically ("выбираю я", "I'm the one choosing"); a
    # plain "I pick the supplier" beside someone else's contract or title is influence
    r"за мной (?:последнее слово|решение)|выбираю (?:я|сам|сама)|выбор (?:за мной|мой)|"
    r"i'?m the one choosing|(?:i'?m|i am) the (?:one|person) who (?:signs|approves|decides)|"
    r"(?:approved|signed off|signed|decided) by me(?![a-z])|"
    r"(?:^|it'?s |it is )my (?:own )?(?:shop|store|company|business|firm|salon|cafe|studio)"
    r"(?= ?(?:$|[,.;!?]| lol| haha))|"
    r"i (?:handle|do|run|manage) everything (?:myself|alone|on my own)|"
    # the one who pays, the future tense, the idiom: "I'll be the one writing the cheque", "I
    # will decide", "сам с усам"
    r"(?:i'?ll be |i will be |i'?m )?the one (?:writing|signing) the (?:cheque|check)|"
    r"i(?:'ll| will) (?:decide|make the (?:call|decision))|сам с усам|"
    r"(?:решу|решать буду) (?:я|сам|сама)|(?:я|сам|сама) (?:и )?(?:решу|буду решать)|"
    # the only director of the company: "the only director on the Companies House record"
    r"(?:i'?m|i am) the (?:only|sole) (?:director|owner|shareholder|officer)|"
    # "I, as the Managing Partner, am the sole authority to approve this expenditure"
    r"(?:i'?m|i am|i,? as (?:the |a |an |our )?[a-z -]{2,60},? am) the (?:sole|only|final|"
    r"ultimate|single) (?:authority|approver|approving authority|decision[- ]maker|signatory)|"
    r"(?:я )?единственный (?:директор|учредитель|владелец|собственник)|"
    # every contract of the kind the writer's own: "I handle every vendor contract myself",
    # "все договоры с подрядчиками подписываю сама"
    r"i (?:handle|sign|approve|manage|negotiate) (?:every|all|each) (?:[a-z]+ ){0,2}"
    r"(?:contracts?|deals?|purchases?|suppliers?|vendors?)(?: [a-z]+){0,4} "
    r"(?:myself|alone|on my own|personally)|(?:все|любые|каждый) (?:[а-я]+ ){0,3}"
    r"(?:договор[а-я]*|контракт[а-я]*|закупк[а-я]*) (?:[а-я]+ ){0,3}(?:подписываю|заключаю|"
    r"утверждаю|согласую) (?:сам|сама|лично|единолично)|"
    r"вс[её] (?:решаю|делаю) (?:сам|сама)|"
    # the company the writer's own, nobody to answer to: "компания моя, отчитываться не перед
    # кем", "фирма моя", "ни перед кем не отчитываюсь"
    r"(?:^|это |, )(?:компания|фирма|бизнес|магазин|клиника|студия) (?:у меня )?(?:моя|мой|мое)"
    r"(?= ?(?:$|[,.;!?]))|(?:^|это )(?:моя|мой|мое) (?:компания|фирма|бизнес)(?= ?(?:$|[,.;!?]))|"
    r"(?:отчитываться|подчиняться) (?:мне )?не перед кем|ни перед кем не отчитыва[а-я]*|"
    r"никому не (?:подчиняюсь|отчитываюсь)|"
    r"(?:последнее|финальное|решающее) слово\W{0,3}(?:мо[её]|за мной)|"
    r"(?:the )?(?:final|last) (?:say|word|call|decision)\W{0,3}(?:is )?(?:mine|me)(?![a-z])|"
    r"it'?s (?:all )?on me|(?:it'?s|it is) (?:all )?up to me|"
    r"я (?:и есть )?лпр|я лицо,? принимающее решени[ея]|лпр (?:это )?я|"
    r"все решения (?:принимаю )?(?:я|за мной)|решаю единолично|(?<!не )единолично|мое решение|"
    r"i decide|i decied|i desided|i'm the decision[- ]maker|i am the decision[- ]maker|"
    r"i make (?:the |all )?"
    r"(?:final )?decisions?|i make the (?:call|decision)|it'?s my (?:call|decision)|my call|"
    r"my decision|i have (?:the )?(?:final|full) (?:say|authority)|i (?:sign|approve) (?:off )?"
    r"(?:the )?(?:budget|contracts?|deals?)|"
    rf"i own (?:the|this|a|my) (?:company|business){_NOT_BIZ}|"
    r"i own (?:the|this) (?:place|shop|store|restaurant|cafe|salon|clinic|studio|hotel|firm|"
    r"(?:franchise )?(?:unit|outlet|branch|location|franchise))|"
    rf"my (?:own )?(?:company|business)(?! partner){_NOT_BIZ}|"
    r"(?:у меня )?(?:свой|собственный) бизнес|"
    r"моя компания|моя фирма|мой бизнес|decision maker is me|it'?s up to me|up to me|"
    r"i run (?:the|this|my|our|a) (?:company|business|firm|agency|shop|store|startup|studio)|"
    r"(?:я )?(?:руковожу|управляю) (?:компанией|фирмой|бизнесом|организацией|агентством)|"
    r"(?:компанией|фирмой|бизнесом|организацией|всем) (?:руковожу|управляю|рулю) (?:я|сам|сама)|"
    r"final say is mine|(?:the )?buck stops (?:with me|here)|как (?:я )?скажу,? так и будет|"
    r"(?:апрув|approval|одобрение|подпись|утверждение|финальное слово|выбор|решение)"
    r"(?: (?!не )[а-я]+)? за мной|подпись (?:тоже |всё равно |все равно )?моя|моя подпись|"
    r"(?:the )?signature (?:is )?mine|"
    r"(?:доверил[а-я]*|делегировал[а-я]*|поручил[а-я]*) (?:[а-я]+ )?(?:решение|выбор) мне|"
    r"(?:delegated|left|entrusted) (?:the )?(?:decision|choice) to me|i green-?light|"
    rf"{_TRUSTS_MY_CHOICE}|"
    r"(?:hold|holding|control|controlling) the purse strings|yours truly|that'?d be me|"
    r"(?:т\.? ?е\.?|то есть|значит|i\.e\.) я(?![а-я])|that'?s me|that would be me|"
    r"(?:which|who) is me|(?:которым|которой|которая|который) являюсь я|"
    # the title is someone else's, the running is left to the writer: "he lets me run it",
    # "отец доверяет мне решать", "по факту решаю я"
    r"(?:lets|let|allows|leaves it to) me (?:to )?(?:run|decide|call the shots|make the "
    r"(?:calls?|decisions?)|handle everything)|(?:дает|позволяет|доверяет|оставляет) мне "
    r"(?:рулить|решать|управлять|всем (?:рулить|управлять|заниматься)|принимать решения)|"
    r"(?:по факту|по сути|фактически|на деле|де-?факто|in practice|de facto|day to day)"
    r",? (?:решаю|рулю|управляю) (?:всем )?(?:я|сам|сама)|"
    r"what i say goes|my word is (?:final|law)|(?:within|under) my (?:sign-?off|approval|"
    r"spending|signing) (?:limit|authority)|my (?:sign-?off|approval|spending) limit|"
    r"в (?:пределах|рамках) (?:моего|моих) (?:лимит|полномочи)[а-я]*|"
    # signing and holding the budget
    r"(?:я )?(?:сам |сама |лично )?подписываю(?: я| сам| сама)?(?! (?:у|с|только после))|"
    r"подпис(?:ь|ываю) (?:моя|мой|за мной|на мне|ставлю я)|подпись ставлю я|"
    r"я (?:сам |сама |лично )?утверждаю|утверждаю (?:я|сам|сама)|"
    r"бюджет (?:мой|у меня|за мной|на мне|в моих руках)|мой бюджет|"
    r"(?:я )?распоряжаюсь (?:бюджетом|деньгами|средствами)|я держу бюджет|"
    r"(?:я )?(?:уполномочен[а-я]*|имею полномочия)|(?:у меня|в моих) полномочи[а-я]*|"
    r"в моей компетенции|решающий голос (?:- )?(?:у меня|за мной|мой)|больше некому|"
    r"(?:последнее|финальное|окончательное) (?:слово|решение) (?:мое|моё|за мной|мною)|"
    # "я тут главный", not the title "я главный инженер" (a chief engineer is staff)
    r"я (?:тут |здесь )?(?:главн[а-я]*|хозя[а-я]*)(?! [а-я]{4,}(?<!тут)(?<!здесь))|"
    r"я (?:сам |сама |и |все |всё |тут |здесь |лично |же )+решаю|"
    r"за мной (?:последнее |финальное |окончательное |решающее )?(?:слово|решение|выбор)|"
    r"(?:выбор|решение|решать|бюджет|ответственность)(?: (?!не )[а-я]+){0,2} на мне|"
    # heading a department is no claim to decide: "департамента, который я возглавляю"
    r"на мне (?:выбор|решение)|(?<!котор[а-я]{2} )я (?:его |ее |их )?возглавляю|"
    r"(?:согласовывать|согласовать|утверждать) ни с кем (?:не )?(?:нужно|надо)|"
    r"ни с кем (?:не )?(?:согласовываю|согласую|нужно согласовывать)|"
    r"no (?:further |other |additional |extra )?(?:one|approvals?|sign-?offs?) (?:else )?"
    r"(?:is |are )?(?:needed|required)|don'?t need (?:anyone'?s )?approval|"
    # "это моя зона ответственности, согласования не требуются"
    r"(?:согласовани[яей]|одобрени[яей]|утверждени[яей]) (?:[а-я]+ )?не (?:требу[а-я]+|нужн[оы])|"
    # "I'm the managing director and approve it myself"
    r"(?:approve|sign(?: off)?|decide)(?: on)?(?: it| this| that)? myself|"
    # done already: "I've already approved up to $15k for this", "I signed off the budget"
    r"i(?:'?ve| have)? (?:already |just |personally )?(?:approved|signed off|green-?lit|"
    r"greenlit)(?! by)|"
    r"i (?:personally )?(?:sign|approve)(?: off)?(?: on)?(?: (?:it|this|that|the|all|purchases|"
    r"invoices|spend|budget|contracts?|deals?))*|i'?m the one who (?:signs|decides|approves)|"
    r"i (?:hold|own|control|manage) (?:the |our |this )?budget|budget (?:holder|owner) is me|"
    r"i'?m (?:the )?budget (?:holder|owner)|i'?m authori[sz]ed|i have (?:the )?(?:authority|"
    r"sign-?off|signing authority|final call)|(?:the )?final (?:call|say|word) is mine|"
    r"the decision is mine|i call the shots|i have the (?:final|last) word|"
    r"(?:100 ?%|only|just|all) me|me and only me|one[- ]man (?:shop|band|show)|solopreneur|"
    # working alone: "я ж одна работаю", "работаю один, без сотрудников"
    r"(?<!не )(?:(?:ж|же) )?(?:один|одна) работаю|(?<!не )работаю (?:один|одна)(?! из)|"
    r"(?:the |my )?(?:final )?(?:decision|call|say|word)(?:'s| is) (?:all )?mine|"
    r"i have the (?:deciding|casting|final) vote|(?:the )?(?:deciding|casting) vote is mine|"
    r"(?:i'?m|i am) (?:the )?(?:boss|owner|one who pays)(?!')|"
    # "I'll be the one signing", "да я же, кто ещё — одна на всю лавку", "ain't nobody telling
    # me what to do"
    r"i'?ll be the (?:one|person) (?:signing|deciding|approving|paying|making the call)|"
    # "Я, кто же ещё в пекарне решает?"; "the answer is me"; "sole proprietor here"
    r"я,? кто (?:ж|же) ещ[её]|(?:the )?answer is me|sole (?:proprietor|trader|owner|founder)|"
    r"мне доверили (?:выбрать|выбор|решать|решить|решение)(?!,? но)|"
    r"я же,? кто (?:ещ[её]|же)|(?:один|одна) на вс[юе] (?:лавку|фирму|контору|компанию|магазин)|"
    r"(?:nobody|no one|no-one) (?:tells|is telling|telling|tell) me what to do|"
    r"(?:мне )?никто (?:мне )?не указ(?:ывает)?|"
    r"(?:я|i'?m|i am)(?: -)? (?:the )?(?:последняя|высшая|конечная|final|last|highest) "
    r"(?:инстанция|authority|instance)|"
    r"(?:and )?the budget (?:holder|owner)|"
    # the role said first, the writer after it: "the owner is me", "ЛПР по ИТ-бюджету — я"
    r"(?:the )?(?:owner|boss|decision[- ]maker|лпр|владел[а-я]*|собственни[а-я]*|хозя[а-я]*)"
    r"(?: [a-zа-я-]+){0,3} (?:-|is|=) (?:я|me)(?= *(?:$|[,.;!]))|"
    # the payer decides, in any word form: "I'm the one paying", "за свои деньги"
    r"i'?m (?:the one )?(?:(?:who'?s )?paying|footing the bill)|"
    r"i'?m the one (?:who )?(?:pays|funds|funding)|"
    r"i (?:personally )?(?:pay|fund|finance) (?:for )?(?:it|this|everything|the (?:project|work))|"
    r"(?:it'?s|it is) (?:all )?my (?:own )?money|out of my (?:own )?pocket|"
    r"(?:за|на) (?:мои|свои) (?:деньги|средства)|за (?:мой|свой) счет|"
    r"из (?:своего|моего) кармана|(?:плачу|оплачиваю|финансирую) (?:всё |все )?(?:из своих|"
    r"со своего|сам|сама)|"
    r"(?:no ?body|no one|no-one) else (?:needs to |has to |must )?(?:approve|sign|decide)|"
    r"no (?:further |other |additional |extra )?(?:approvals?|sign-?offs?) (?:is |are )?"
    r"(?:needed|required)|full authority|"
    r"(?:дополнительн[а-я]* )?согласовани[ея] не (?:требуется|нужно|нужны)|"
    r"(?:согласовываю|согласую|утверждаю|решаю|подписываю) (?:все |всё )?(?:сам|сама)|"
    r"(?:все |всё )?решения принимаю (?:я|сам|сама)|решаю только я|только я решаю|"
    r"я и есть (?:весь |вся |все )?(?:руководств[а-я]*|бизнес|компани[а-я]*|владел[а-я]*|"
    r"собственни[а-я]*|директор|лпр|начальство|фирм[а-я]*)|"
    r"(?:у меня )?(?:полные|все) полномочия|полномочий (?:у меня )?(?:достаточно|хватает)|"
    r"(?:плачу|оплачиваю) (?:я|сам|сама)|я (?:и )?(?:плачу|оплачиваю)|"
    r"всё на мне|все на мне|на мне (?:всё|все)|я,? конечно|конечно,? я|"
    # the writer's approval ahead: "айтишники выберут, я утвержу"; "me 100%"
    r"я (?:сам |сама |потом )?(?:утвержу|подпишу|одобрю)(?! (?:у|с|со) )|"
    # or done already: "бюджет я уже утвердил"
    r"я (?:уже |сам |сама |лично )*(?:утвердил|одобрил)а?(?! (?:у|с|со) )|"
    r"(?:утвержу|подпишу|одобрю) (?:я|сам|"
    r"сама)|"
    r"me,? (?:100 ?%|for sure|definitely|obviously|of course)|"
    r"(?:and|&) approve (?:the )?(?:spend|spending|budget|invoices?|purchases?)|"
    r"i can (?:green-?light|sign off on|approve) (?:this|it|projects|the project|such projects)|"
    r"(?:апрув|согласование|одобрение|approval|sign-?off)[а-я]* (?:мне |нам )?(?:ни от кого |"
    r"ничье |ничьё |from anyone )?(?:не (?:нужен|нужно|нужна|требуется)|(?:is )?not needed)|"
    # the choice or the decision the writer's own in other words: "решение моё", "сама решу",
    # "сам выбираю из трёх предложений", "подрядчика выбираю и веду проект сам", "это на мне"
    r"решение (?:мое|моё)(?!,? (?:но )?не)|(?:мне |нам )?не (?:нужен|нужно|нужна|требуется) "
    r"(?:ничей|ничье|ничьё|ничья|ничьи|ничьего|ничьей) (?:апрув|согласовани|одобрени|ок)[а-я]*|"
    r"(?:но |а )?решать (?:мне|буду я|мне самому|мне самой)(?! не)|(?:сам|сама) (?:и )?(?:решу|"
    r"выбираю|выберу)|(?:решу|"
    r"выберу) (?:сам|сама)|"
    r"(?:выбираю|веду проект|веду его)(?: [а-я]+){0,4} (?:сам|сама)(?![а-я])|"
    r"(?:^|так что |значит |поэтому |, )это (?:всё |все )?на мне(?! не)|"
    r"(?:^|это |вопрос[а-я]* )ко мне(?! не)"
    rf"){_E}"
)
# A term asked back ("ЛПР?", "decision maker?"), or the question echoed with a filler
_TERM_ASKED_BACK_RE = re.compile(r"^[a-zа-я]+(?: [a-zа-я]+)?\?+$|^(?:хм+|эм+|hmm+|um+)[.!?]*$")
# A name or a handle alone ("Сергей", "Петров А.В.", "@ivan_petrov", "Mr. Smith"): someone
# named, but not whether that is the writer or someone above them
_BARE_NAME_RE = re.compile(
    r"^@[A-Za-z0-9_]{3,}$|^(?:(?:[Mm]rs?|[Mm]s|[Dd]r|[Гг]-(?:н|жа))\.? )?[A-ZА-ЯЁ][a-zа-яё'-]+"
    r"(?<![оеём])(?<!ly)(?: [A-ZА-ЯЁ][a-zа-яё'-]+| [A-ZА-ЯЁ]\.(?: ?[A-ZА-ЯЁ]\.)?){0,2}\.?$"
)
_PRONOUNS = frozenset("я мы сам сама сами все мне нам me we us i myself ourselves".split())
# Answers that name no one: declined ("pass", "n/a") or the firm as a whole ("the company")
_EXACT_UNKNOWN = frozenset(
    "n a|na|pass|i pass|i'll pass|skip that|rather not say|prefer not to say|the company|"
    "the firm|the organisation|the organization|компания|организация|фирма|пас".split("|")
)
_EXACT_DM = frozenset(
    {
        "я босс",
        "я главный",
        "я главная",
        "i'm the boss",
        "im the boss",
        "i am the boss",
        "я",
        "сам",
        "сама",
        "я сам",
        "я сама",
        "me",
        "myself",
        "i do",
        "i",
        "me myself",
        "я лично",
        "лично я",
        "мной",
        "за мной",
        "мое",
        "mine",
        "i decide",
        "решаю я",
        "я решаю",
    }
)
_EXACT_SOMEONE_ELSE = frozenset(
    {
        "шеф",
        "босс",
        "руководство",
        "начальство",
        "правление",
        "учредители",
        "собственники",
        "the boss",
        "my boss",
        "management",
        "the board",
        "our board",
        "жена",
        "муж",
        "супруга",
        "супруг",
        "wife",
        "my wife",
        "husband",
        "my husband",
        "boss",
        "совет дир",
        "совет директоров",
    }
)
# The head of the company named alone as the one who decides ("директор", "ген дир", "CEO"):
# the question asks who decides, and the writers of the calibration sets read such an answer as
# someone else's decision (or as unclear), never as the writer's own role; "я директор",
# "директор, решаю сам" say whose it is. (An owner named alone, "владелец", "owner", they read
# as the writer, a sole trader's answer.)
_BARE_HEAD_RE = re.compile(
    r"(?:(?:наш|наша|мой|моя|our|my|the) )?(?:ген ?дир|дир|директор|директриса|гендиректор|"
    r"генеральный(?: директор)?|ген директор|учредитель|основатель|руководитель|начальник|"
    r"президент|управляющий|ceo|cfo|coo|md|gm|founder|president|director|general manager|"
    r"managing director)"
)
# "хз, наверное я", "ну я вроде", "me i think": unsure words around a "me" alone
_HEDGE = (
    r"(?:наверное|видимо|скорее всего|скорее|вроде(?: бы| как)?|пожалуй|походу|кажется|типа|"
    r"получается|probably|i guess|i think|i suppose|i believe|guess|"
    # the conclusion: "партнёр вышел из бизнеса. так что я", "so it's me"
    r"так что|значит|выходит|so|so it'?s|"
    # "pretty much me", "по сути я": a qualified "me" is still "me"
    r"pretty much|mostly|basically|essentially|по сути|в основном|фактически|по факту|"
    r"prob|probs|prolly|"
    # "ultimately me", "в итоге я": where the decision ends up is still "me"
    r"ultimately|in the end|at the end of the day|в итоге|в конечном (?:сч[её]те|итоге)|"
    r"в конце концов|по итогу|допустим|let'?s say|"
    # an assured "me" ("definitely me", "конечно я"), misspelt too
    r"definitely|definately|definetly|defo|certainly|surely|obviously|of course|конечно|точно|"
    r"разумеется|в общем|короче|in short|one hundred percent|a hundred percent|100 ?%|"
    r"на все сто|стопроцентно)"
)
_PROBABLY_ME_RE = re.compile(
    rf"(?:^|{_HEDGE} )(?:ну |да |так )?(?:я|me)$|^(?:ну |да |так )?(?:я|me) {_HEDGE}$"
)
# A deciding role, then the writer marks it as their own: "The owner (me)", "владелец — я".
_ROLE_IS_ME_RE = re.compile(
    # "but the owner is me", "владелец — это я"
    rf"{_B}(?:the |our )?(?:{_DM_ROLE}) is (?:actually |really )?me(?![a-z])|"
    rf"{_B}(?:{_DM_ROLE}) ?(?:\(|,|—|–|-|:)? ?"
    r"(?:me|myself|that'?s me|i\.e\. me|я|это я|т\.? ?е\.? я)"
    r"(?:\)|$|[.!;])|"
    rf"{_B}(?:{_DM_ROLE})[.!,]? (?:а|ой|ах|хотя|ну|oh|ah|wait|well),? "
    r"(?:это|that'?s|that is|it'?s) "
    r"(?:же |ж |ведь |now |actually |теперь )?(?:я|me)(?![a-zа-я])"
)
_NEG_DM_RE = re.compile(
    rf"{_B}(?:не (?:я|мне|моя|мое|моё)(?: решаю| решать| решение)?|решаю не я|решать не мне|"
    r"не то чтобы (?:я )?(?:решаю|решаю я|всё решаю)|"
    r"решени[йея] (?:я )?(?:никаких |никакие |особо )?не принимаю|"
    # "никакой роли в решении у меня нет", "no say in the decision"
    r"(?:никакой |никакого )?(?:роли|влияния|права голоса) (?:в [а-я]+ )?(?:у меня )?нет|"
    r"(?:no|not any) (?:role|say|vote) in (?:the |this )?(?:decision|choice)|"
    r"(?<!if )(?<!but )not me|"
    rf"не (?:{_DM_ROLE}|лпр)|не принимаю решени|не решаю|не я принимаю|"
    r"не могу решить сам|не могу сам решить|сам не решаю|"
    r"not (?:the |a )?(?:decision[- ]maker|owner|ceo|founder|boss|director|one who decides)|"
    r"i don'?t (?:make|decide|have)|i do not (?:make|decide|have)|not my (?:call|decision)|"
    r"not up to me|i can'?t decide|i cannot decide|i'?m not (?:the one|in charge)|"
    r"i (?:can'?t|cannot|don'?t|do not) (?:sign|approve)|не подписываю|не утверждаю|"
    rf"не могу (?:подписать|утвердить)|бюджет не (?:мой|у меня)|"
    r"not the final (?:one|say|word|call|decision)|(?:but )?not (?:the )?final|"
    r"не (?:последнее|окончательное|решающее) (?:слово|решение)|"
    r"(?:решение|слово) (?:мое|моё),? (?:но )?не (?:последнее|окончательное|решающее)|"
    r"решаю не (?:один|"
    r"одна|я один)|"
    r"не (?:один|одна) решаю|signature no|above my pay ?grade|выше моих полномочий|"
    r"не (?:за мной|на мне|ко мне)|(?:is|'s) not (?:mine|on me)|"
    r"isn'?t (?:mine|on me|my (?:call|decision))|"
    r"не в моей компетенции|решений не принимаю|"
    # signing off small things only: "I can approve small things only, under 1000 dollar"
    r"(?:approve|sign(?: off)?|decide on) (?:only )?(?:small|minor|petty) (?:things|stuff|"
    r"purchases|amounts|expenses)|(?:только|лишь) (?:мелочи|мелкие (?:покупки|расходы|суммы))"
    rf"){_E}"
)
_DEFER_RE = re.compile(
    rf"{_B}(?:реша(?:ет|ют|ть будет|ть будут)|будет решать|будут решать|решит|"
    # to be discussed with those above: "с учредителями обсудим, я лично за"
    r"(?:с|со) (?:учредител|собственник|директор|руковод|партн[её]р|совет|правлени)[а-я]* "
    r"(?:обсудим|решим|согласуем|посоветуемся)|"
    # the one who will say: "хозяин скажет", "это не ко мне, директор скажет"
    rf"(?:{_DM_ROLE}|шеф|начальство|руководство|босс) (?:скажет|подскажет|назовет|назовёт)|"
    # choosing is deciding: "выбирать будет директор", "выберет шеф", "the CMO will pick"
    r"(?:выбирать|выбор делать) будет|будет (?:выбирать|делать выбор)|выберет|"
    r"(?:will|is going to|gets to) (?:pick|choose)|(?:he|she|they)'?ll (?:pick|choose)|"
    # sign-offs the writer needs: "нужна виза ИБ и юристов", "needs security review sign-off"
    r"нужн[аоы] (?:виза|визы|подпись|подписи|согласовани[ея]|одобрени[ея]|согласи[ея]|"
    r"разрешени[ея]|апрув|благословени[ея]|добро)|"
    r"needs? (?:a )?(?:security|legal|compliance|architecture) (?:review|sign-?off|approval)|"
    # the English passive and "X does": "the decision will be taken by our Director", "the
    # principal does"
    r"decision (?:itself |here )?(?:will be|is|gets|shall be|would be) "
    r"(?:(?:taken|made|signed off) )?by"
    r"(?! me(?![a-z]))|"
    r"(?:decision|final say|call) (?:rests|lies|sits|stays) with(?! me(?![a-z]))|"
    r"^(?!(?:why|what|how|who|when|where|which|it|this|that) )(?:the |our |my )?[a-z]+"
    r"(?: [a-z]+)? does(?![a-z])(?! (?:it|this|that|not|he|she|they|the|your)(?![a-z]))|"
    # to be asked of the boss: "это надо у начальства спросить"
    r"(?:надо|нужно|придется|придётся) (?:у|с) (?:начальств|руковод|директор|шеф|собственник|"
    r"владел|босс)[а-я]* (?:спросить|уточнить|согласовать)|(?:спросить|уточнить) у "
    r"(?:начальств|руковод|директор|шеф|босс)[а-я]*|"
    # sent elsewhere: "это к головному офису", "вопрос не ко мне, а к директору"
    r"^(?:это|вопрос|решение|это вопрос),? (?:не ко мне,? )?(?:а )?к (?!сожалени|счастью|примеру|"
    r"слову|тому|вам|нам|мне|делу)[а-я]+|"
    # naming the decision maker: "лпр наш коммерческий", "ЛПР — гендир"
    r"лпр(?: у нас)?,? (?:[-—:] )?(?:наш[а-я]* |мой |моя |это )?(?!я(?![а-я])|это я)[а-я]+|"
    # the passive names someone else: "решение принимается генеральным директором"
    r"(?:принима[её]тся|решается)(?! мной| мною| лично)|"
    r"решение (?:принимает|принимают|принимает|за|будет за|будет у)(?! мной| мною| мне)|"
    r"решение за (?:руковод|директор|шеф|начальств|"
    r"собственник|владел|босс)|согласу[юе][а-я]*|согласова[а-я]*|на согласовани[ея]|"
    r"утвержда[а-я]*|утверд[а-я]*|одобр[а-я]*|одобрени[ея]|подписывает|"
    r"покажу (?:руководств|директор|шеф|начальств|боссу|собственник)[а-я]*|"
    # the writer pitches it to the one who decides: "буду защищать проект перед гендиром"
    r"(?:защищать|защищу|защитить|защищаю) (?:[а-я]+ )?перед|(?:презентовать|презентую|"
    r"представлю|представить|вынесу|вынести) (?:[а-я]+ )?(?:руководств|директор|шеф|начальств|"
    r"гендир|собственник|боссу|правлени|учредител|на (?:совет|правлени|собрани|комисси|"
    r"педсовет))[а-я]*|"
    r"(?:pitch|sell|present|make the case(?: for)?|making the case(?: for)?)(?:ing)? "
    r"(?:it |this |the (?:idea|project) )?to "
    r"(?:my|our|the|him|her|them)(?![a-z])|"
    # someone above wants to see it first: "our lead investor wants to see the quote before we
    # commit"; the writer in someone's team: "our CMO; I'm on her team"
    r"wants? to see (?:the |your |a )?(?:quote|proposal|estimate|numbers|figures|it|this) "
    r"(?:first|before)|(?:i'?m|i am) (?:on|in) (?:his|her|their|the [a-z]+'s) team|"
    # the decision named after a dash and someone else's: "решение — за главой"; discussed with
    # the one above: "с собственником надо обсудить", "решать будем с мужем"
    r"решени[ея] ?[—–:-] ?за (?!мной|мною|мне|нами|вами)[а-я]+|"
    r"(?:с|со) (?:[а-я]+ )?(?:собственник|владел|директор|гендир|шеф|руковод|начальств|учредител|"
    r"партн[её]р|муж|жен|инвестор)[а-я]* (?:[а-я]+ )?(?:надо|нужно|будем|придется|придётся) "
    r"(?:обсудить|согласовать|решать|посоветоваться)|решать будем с|"
    r"передам (?:руководств|директор|шеф|начальств|боссу|собственник)[а-я]*|"
    r"совет директоров|правлени[а-я]*|комисси[яи]|тендер[а-я]*|закупочн[а-я]*|"
    r"рекоменд[а-я]*|влия[а-я]*|предлага[а-я]* (?:руководств|директор|шеф|начальств)[а-я]*|"
    r"(?:последнее|финальное|окончательное|решающее) (?:слово|решение) (?:за|у)"
    r"(?! мной| мною| меня)|"
    r"(?:[а-я]+ )?и я$|\+ ?(?:генеральн|директор|собственник|учредител|ceo|owner)[а-я]*|"
    r"(?:me|i) (?:and|\+) (?:the|my|our) [a-z]+|(?:^|, )(?:the |my |our )?[a-z]+ and (?:me|i)$|"
    r"решаем (?:вместе|совместно|коллегиально|с [а-я]+)|совместно|коллегиальн[а-я]*|"
    # a general meeting decides: "председатель СНТ, решаем на общем собрании"
    r"(?:на )?общ(?:ем|ее|его) собрани[а-я]*|"
    r"коллективн[а-я]*|голосу[а-я]*|голосовани[а-я]*|jointly|collectively|by consensus|"
    r"we vote|one of (?:them|the (?:partners|owners|founders))|"
    r"нас (?:двое|трое|четверо|несколько|\d+) (?:учредител|партнер|собственник|совладел)[а-я]*|"
    r"(?:шеф|начальств|руковод|директор|босс|собственник|учредител|гендир|финдир)[а-я]* "
    r"(?:скаж|реш|одобр|утверд|соглас|подпиш)[а-я]*|(?:только|просто) переда[а-я]*|"
    # the one above named first, with what it heads between: "our museum director, I'm head
    # of digital", "наш художественный руководитель"
    r"^(?:my|our|the) (?:(?!own )[a-z]+(?:'s)? )?(?:boss|ceo|owner|founder|director|manager|"
    r"board|management|cfo|partners?|trustees|governors|shareholders|investors|council)|"
    r"^(?:мой|моя|наш|наша|наше) (?:[а-я]+ )?(?:шеф|начальни|"
    r"руковод|директор|босс|собственник|учредител|владел|партнер|правлени)[а-я]*|вместе с "
    r"(?:партнер|руковод|директор|шеф|собственник)[а-я]*|с партнером решаем|"
    r"committee|board|approval|approve[sd]?|sign[- ]off|sign off|recommend[a-z]*|"
    # the writer's opinion heard by those who decide: "к моему мнению прислушиваются"
    r"к (?:моему|моим) (?:мнени|совет|рекомендаци)[а-я]* прислушива[а-я]*|"
    r"прислушива[а-я]* к (?:моему|моим) (?:мнени|совет|рекомендаци)[а-я]*|"
    # the writer consulted, someone else deciding: "шеф без меня такие вещи не решает", "one
    # vote of twenty", "after me the lawyers and IT", "I'll put in a good word", "he holds the
    # purse strings", "I advise the family", "решать буду я, если жена не против"
    r"без меня (?:[а-я]+ ){0,3}не (?:решает|решают|решит|подписывает|подпишет)|"
    r"(?:won'?t|doesn'?t|never) decides? (?:[a-z]+ ){0,3}without me|"
    r"голос (?:у меня )?один из|(?:i have |i'?ve got )?one vote (?:of|out of|among)|"
    r"(?:а )?если (?:[а-я]+ )?(?:директор|шеф|учредител[ьи]|собственник[а-я]*|руководств[а-я]*|"
    r"жена|муж|партн[её]р[а-я]*) (?:против|не согласится|не согласятся|откажет)|"
    r"решени[еяю] (?:[а-я0-9]+ )?(?:сособственник|совладел|учредител|партн[её]р)[а-я]*|"
    r"после меня (?:ещ[её]|будут|идут|смотрят)|put in a good word|замолв[а-я]* словечко|"
    r"(?:holds?|controls?) the purse ?strings|(?:i|we) advise (?:the|my|our)|"
    r"(?:i'?m|i am|я) (?:an? |their |его |её |их )?(?:advis[oe]r|советник)|"
    # someone else's consent in a word: "need my boss's ok", "after the partners' go-ahead"
    # or a yes to be said: "my investor must say yes first", "he will say yes or no", "он
    # окей даёт"
    r"(?:he|she|they|(?:my|our|the) [a-z]+) (?:must|has to|needs to|need to|have to|will|'ll) "
    r"(?:first )?"
    r"(?:say yes|agree|give (?:the |their |his |her )?(?:ok|okay|go-?ahead|yes))|"
    r"(?:он|она|они) (?:и )?(?:окей|ок|добро|согласие|апрув) (?:да[её]т|дают)|"
    r"(?!(?:it|that|what|everything|all|he|she|there|here|who|one)'s)"
    r"[a-z]+(?:'s|s') (?:ok|okay|go-?ahead|nod|blessing|green ?light|thumbs up)(?![a-z])|"
    r"influence[a-z]*|decides|will decide|makes the (?:final )?(?:calls?|decisions?)|"
    rf"final (?:say|decision) is (?:with|on|up to)|up to {BOSS_EN}|up to (?:my|our|the) team|"
    # the question sent to someone above: "решать директору", "это к шефу", "вопрос к учредителю"
    rf"решать {BOSS_RU}|(?:это|вопрос|все|всё) (?:к|ко) {BOSS_RU}|"
    r"check with (?:my|our|the)|run it by|"
    r"present (?:it )?to (?:my|our|the)|i'?ll (?:pass|forward) (?:it|this) (?:on|to)|"
    r"decide together|(?:joint|shared|group|collective|team) decision|we decide|"
    r"(?:коллективн|коллегиальн|совместн)[а-я]* решени[а-я]*|"
    r"решаем (?:коллективно|коллегиально)|part of the (?:team|group|"
    r"committee)|buying (?:team|group)|стейкхолдер[а-я]*|stakeholders?|"
    r"согласовыва[а-я]*|согласовать|подпис(?:ывает|ывают|ает|ать будет|ь за)|"
    r"(?:has|have|gets?) (?:the )?(?:final|last) (?:say|word|call)|final (?:say|word|call) "
    r"(?:rests|lies|sits|is) with|(?:need|needs|get|getting|require[sd]?) (?:a )?sign-?off|"
    r"(?:is|are) (?:made|signed|approved) by|"
    r"частично|partially|partly|вдвоем|втроем|50 ?(?:на|/|-|to) ?50|both of us|"
    r"подписывать будет|будет подписывать|подпишет|co-?op|кооператив|"
    # a decision put to a vote in any form ("vote on stuff", "we all vote"); "the casting vote
    # is mine" is read first as the writer's own
    r"(?:vote|votes|voting|voted) (?:on|about|for|together)|(?:we|members|partners|team) "
    r"(?:[a-z]+ )?vote|"
    r"вопрос (?:к|ко) (?:собственник|владел|учредител|директор|руковод|шеф|начальств)[а-я]*|"
    r"green-?light[a-z]*|signs? off on|okays|"
    # the role is someone else's: "владелец — отец", "the owner is my uncle"
    r"(?:owner|владел[а-я]*|собственни[а-я]*|хозя[а-я]*|директор[а-я]*|учредител[а-я]*)"
    r"(?: [а-я]+)? ?(?:[-—–:]|это|is) ?(?:мой |моя |наш |наша |my |our )?(?:отец|папа|мать|мама|"
    r"брат|сестра|муж|жена|сын|дочь|тесть|свекор|свекровь|дядя|тетя|father|dad|mother|mom|"
    r"brother|sister|husband|wife|son|daughter|uncle|aunt|father-in-law)|"
    # deciding or checking jointly with anyone but the studio: "смету смотрим вместе с главбухом"
    r"(?:вместе|совместно) с (?!вами|тобой|нами)[а-я]+|together with (?!you)[a-z]+|"
    r"(?:[a-z]+'ll|will|is going to|gonna) (?:decide|take the (?:final |last )?(?:call|decision))|"
    r"takes? the (?:final|last) (?:call|decision|say)|"
    r"(?:my |мой |моя )?(?:dad|father|mom|mum|mother|brother|sister|wife|husband|uncle|папа|"
    r"отец|мама|брат|сестра|жена|муж)[а-я]* (?:owns|runs|decides|signs|владеет|руководит|"
    r"решает|подписывает)|"
    r"(?:me|i) ?(?:\+|and|&) (?:my |our )?(?:wife|husband|partner|co-?founders?|business partner|"
    r"boss|manager|team|brother|sister|dad|father|mom|mother)|"
    r"(?:my|our) (?:wife|husband|partner|co-?founders?|business partner|brother|sister)"
    r"(?: and i)?|"
    r"(?:с|без) (?:мужем|мужа|женой|жены|партнер[а-я]*|компаньон[а-я]*|брат[а-я]*|сестр[а-я]*|"
    r"совладельц[а-я]*|отц[а-я]*|мам[а-я]*|инвестор[а-я]*)|shared between|alongside|"
    r"part of the decision|(?:two|2|both) signatures|апрув|виз[аыу] |визиру[а-я]*|"
    r"подпись ставит|ставит подпись|(?:ему|ей|им) и решать|"
    r"(?:пере)?шл[юе] (?:это |информацию |вам )?(?:шефу|директору|начальству|руководству|боссу|"
    r"собственнику)|продвигаю|от нас зависит|big say|влияни[ея]|"
    r"(?:the )?(?:owner|ceo|founder|director|board|"
    rf"boss|cfo|management) (?:signs|approves|owns the budget|holds the budget)){_E}"
)
# The start of a clause: the text's or after a comma, colon or full stop.
_CLAUSE = r"(?:^|(?<=[,;:.])|(?<=[,;:.] ))"
# People named next to the writer in a decision ("я + комдир", "я, юрист и гендир").
# The relatives a family business may belong to ("my dad's the owner", "it's my mum's salon")
_RELATIVE_EN = r"(?:dad|father|mom|mum|mother|brother|sister|husband|wife|uncle|aunt)"
# A small business, in English: whose it is decides ("it's my dad's store", "it's my salon").
_BUSINESS_EN = r"(?:store|shop|business|company|bakery|salon|restaurant|cafe|firm|studio|clinic)"
_PERSON = (
    rf"(?:{_DM_ROLE}|юрист[а-я]*|бухгалтер[а-я]*|главбух[а-я]*|партнер[а-я]*|компаньон[а-я]*|"
    r"жена|муж|брат|сестра|отец|папа|мама|wife|husband|partners?|accountant|lawyer|cofounder)"
)
_BRING_RU = (
    r"приношу|принесу|несу|показываю|покажу|представляю|представлю|выношу|вынесу|предлагаю|"
    r"предложу|докладываю|доложу"
)
# Others decide, in the forms the rules above miss: the subject of the deciding verb is a
# third person or a body, or the writer is one of several.
_OTHERS_DECIDE_RE = re.compile(
    rf"{_B}(?:"
    # as the one above says: "как скажет инвестор", "как решит муж"
    r"как (?:скажет|решит) (?:наш |мой |моя )?(?:инвестор|директор|шеф|собственник|учредител|муж|"
    r"жена|партн[её]р|руководств|начальств|босс)[а-я]*|"
    # "апрувит CFO"; others named as the answer: "the pastor and the church council decide; ..."
    r"апрув(?:ит|ят)|^(?!i |we |me )(?:the |our |my )?[a-z]+(?: [a-z]+)?(?: and (?:the |our |my )?"
    r"[a-z]+(?: [a-z]+)?)? (?:decide|decides|approve|approves|signs? off)(?=[;,.]| on | after |$)|"
    # third-person plural and future: "подписывать будут юрист и гендир", "подпишут они"
    r"подпишут|(?:подписывать|утверждать|одобрять|визировать) будут|"
    # the one above waits for the writer's options, or will want to see them: "директор ждёт
    # от меня варианты", "the CEO will want to see my shortlist", "it goes to the parish council"
    r"(?:директор|руководител|шеф|начальни|собственник|владел|учредител|правлени)[а-я]* "
    r"(?:ждет|ждут|ожидает|ожидают) от (?:меня|нас)|"
    r"(?:ceo|director|boss|board|owner|founder|principal|trustees|head|council|committee|chair|"
    r"gm|md|sir|madam) "
    r"(?:will|would|'ll) (?:want to |need to |have to )?(?:see|review|approve|sign off|sign|"
    r"check|look at|okay|ok|sanction)(?![a-z])|"
    # the final say given to another: "овнер, но финалит всё ко-фаундер"
    r"финал(?:ит|ят|изирует|изируют)|"
    # the question put before a body: "выношу вопрос на ректорат", "вынесем на правление"
    r"(?:вынош|вынес|вынос)[а-я]* (?:[а-я]+ )?на (?:[а-я]+ )?(?:ректорат|совет|правлени|"
    r"собрани|комисси|коллеги|педсовет|заседани|рассмотрени)[а-я]*|"
    r"(?:it|this|that|the decision) goes (?:up )?to (?:the |our )?(?:[a-z]+ )?(?:council|board|"
    r"committee|trustees|director|ceo|owner|founder|principal)|"
    # the decision named as another's: "the final decision is the Director's"
    r"(?:final |last )?(?:decision|say|call|word) (?:is|rests|lies|stays) (?:with )?(?:the |our )?"
    r"(?:[a-z]+ )?(?:director|ceo|owner|founder|boss|board|md|principal|head|chair)(?:'s)?"
    r"(?![a-z])|"
    # the decision taken by someone named after it: "решение примет попечительский совет"
    r"решени[ея] (?:примет|примут|принимает|принимают|будет принимать|будут принимать) "
    r"(?!меня|мной|мы|я)(?:[а-я-]+ ){0,2}(?:совет|правлени|комисси|собрани|учредител|директор|"
    r"генеральн|руковод|собственник|владел|партн[её]р|шеф|начальств|началь|инвестор|"
    r"акционер|попечител|фонд|ректор|глав)[а-я]*|"
    # a public tender picks the contractor: "победителя определяют торги", "the tender decides"
    r"(?:победител[яье]|подрядчик[а-я]*|исполнител[яье]) (?:определ|выбира|выбер)[а-я]* "
    r"(?:торги|тендер|конкурс|аукцион|площадк[а-я]*)|(?:торги|тендер|конкурс|аукцион) "
    r"(?:определ|выбира|выбер|решает|решит)[а-я]*|(?:the )?(?:tender|auction|bidding) "
    r"(?:decides|picks|chooses|determines)|(?:the )?winner is (?:decided|picked|chosen|"
    r"determined) (?:by|through|via) (?:the |a |an )?(?:tender|auction|bidding)|"
    # the group above the writer's company named as the answer: "the parent company in
    # Germany, I'm the local manager", "решает головной офис в Москве"
    r"^(?:the |our )?(?:parent company|head office|headquarters|hq|group management)|"
    r"^(?:наш[а-я]* )?(?:материнск[а-я]* компани[а-я]*|головн[а-я]* (?:компани|офис)[а-я]*)|"
    r"будут (?:подписывать|утверждать|одобрять|визировать)|"
    # in the end someone else: "ultimately my father, it's a family business"
    r"ultimately (?:my|our|the) (?:[a-z]+ )?(?:father|mother|dad|mum|mom|wife|husband|boss|"
    r"owner|ceo|md|board|partner|investors?|founder)|в (?:итоге|конечном (?:счете|итоге)) "
    r"(?:[а-я]+ )?(?:отец|папа|мама|муж|жена|шеф|директор|собственник|владелец)|"
    # bodies: "комитет", "акционеры", "shareholders", the family ("вынесем на семейный совет")
    r"комитет[а-я]*|акционер(?:ы|ов|ам|ами|ах)|shareholders|семейн[а-я]* совет[а-я]*|"
    r"family (?:meeting|council)|"
    # someone else's word as the outcome: "как дочка скажет", "я предложу, а там Лариса
    # Ивановна посмотрит", "the vets decide"
    r"как (?:[а-я]+ ){1,2}(?:скажет|решит|скажут|решат)(?![а-я])|"
    r"а (?:там|дальше|потом) (?:[а-я]+ ){1,3}(?:посмотрит|решит|скажет|утвердит|одобрит)|"
    r"(?:the|our) (?:[a-z]+ )?[a-z]+s (?:decide|approve|sign off|have the final say)(?![a-z])|"
    # the decision goes through someone above: "всё, что больше 500к, через учредителей",
    # "it goes through the board"; not a payment "через бухгалтерию"
    r"через (?:наш[а-я]* |мо[ейюя] |сво[а-я]* )?(?:учредител|собственник|владельц|акционер|"
    r"правлени|совет директоров|инвестор|головн[а-я]* офис|генеральн|гендир|директор|шеф|"
    r"руководств|начальств|отдел[а-я]* закуп|закупк|закупщик)[а-я]*|"
    r"(?:goes|go|has to go|must go|runs) through (?:the |our |my )?"
    r"(?:board|founders?|owners?|shareholders|investors|head office|hq|parent company|ceo|cfo|"
    r"md|coo|directors?|finance|procurement)|"
    # a role above the writer picks: "I'll shortlist, the VP picks"
    rf"(?:the|our|my) (?:[a-z]+ )?(?:{_DM_ROLE}|boss|manager|head) (?:picks|chooses|decides|"
    r"signs(?: off)?|approves|makes the call)|"
    # others make the final call, a role or not: "procurement and the CEO make the final call"
    r"(?<!\bi )(?<!\bi'll )(?<!\bwe )(?<!\bwe'll )(?<!\bme who )(?<!\bi who )"
    r"(?:make|makes|have|has) the (?:final|last) (?:call|say|word|decision)|"
    # the decision taken by a third party: "решение по итогам конкурса принимает отдел закупок"
    r"решени[ея] (?:[а-я]+ ){0,4}принима(?:ет|ют)(?! (?:сам|сама|лично))|"
    # everyone decides: "everyone votes", "решаем всей командой"
    r"(?:everyone|everybody|all of us|the whole team|whole team|each of us) (?:gets a |has a )?"
    r"(?:votes?|decides?|say|vote)|всей (?:командой|семьей)|всем (?:коллективом|составом)|"
    r"(?:все|каждый) (?:голосуют|голосует|решают|имеет голос)|"
    # "we" with a named person decide: "решать будем мы с коммерческим директором"
    r"мы с (?:[а-я]+(?:им|ым|ой|ей) )?(?:директор|финдир|комдир|гендир|собственник|владельц|"
    r"учредител|партнер|компаньон|бухгалтер|главбух|юрист|руководител|начальник|шеф|босс|"
    r"замом|заместител|коллег|отц|папой|мамой|братом|сестрой|мужем|женой|супруг|кум|"
    r"друг|подруг|зят|тест|свекр|свёкр|шурин|сват)[а-я]*|"
    # a relative holds the title ("мама владелица", "my dad's the owner"): the role is theirs
    rf"{_CLAUSE}(?:мой |моя |наш |наша )?(?:папа|отец|мама|мать|брат|сестра|муж|жена|сын|дочь|"
    rf"дядя|тетя|тесть|свекор|свекровь)(?: у нас| тут|,)? ?(?:[-—–] )?(?:{_DM_ROLE}){_E}|"
    rf"(?:my )?{_RELATIVE_EN}(?:'s| is) "
    r"(?:the )?(?:owner|boss|ceo|director|founder|one in charge)|"
    # a title answered first, then the writer's own other role: "собственник, я операционный
    # директор", "the founder; I'm the office manager": the title is the decider's
    # (only a role under the owner: "собственник, я ИП" is one person)
    rf"^(?:наш |наша |мой |моя |our |my |the )?(?:{_DM_ROLE})(?: [а-я]+)?(?:[,;:.] ?| [-—–] )"
    r"(?:а |and |but )?(?:я|i'?m|i am) "
    r"(?:the |a |an |its |их |его |ее |её )?(?:[a-zа-я]+(?:ий|ый|ой|ая|al) )?"
    r"(?:директор по [а-я]+|директор|руководител[а-я]* [а-я]+|head of [a-z]+|director|"
    r"[a-z]+ (?:director|manager|coordinator|lead|specialist|administrator|admin)|coo|cto|cmo|"
    r"cfo|cio|менеджер[а-я]*|маркетолог|manager|marketer|"
    rf"assistant|помощни[а-я]*|зам|заместител[а-я]*)(?! too| тоже| also| as well| и ){_E}|"
    # ... or the writer's own part only ("директор, я лишь собираю цены", "the owner and the
    # CMO; I'm only gathering options"); "я просто ИП" is the same person again
    rf"^(?:наш |наша |наши |мой |моя |our |my |the )?(?:[a-zа-я]+ (?:и|and) (?:the )?)?"
    rf"(?:{_DM_ROLE})(?: [а-я]+)?(?:[,;:.] ?| [-—–] )(?:а |and |but )?(?:я|i'?m|i am|i) "
    rf"(?:только|просто|лишь|всего лишь|just|only|merely)(?= (?!(?:{_DM_ROLE}){_E}))|"
    # the writer is one of several: "я + комдир", "я и юрист", "me, the CMO and the CFO"
    rf"{_CLAUSE}(?:я|me|i) ?(?:\+|&|и|and) (?:мой |моя |наш |наша |my |our |the )?"
    # not both roles the writer's own: "я и владелец, и директор", "я и учредитель в одном лице"
    rf"(?:[а-я]+(?:ий|ый|ой|ая) )?{_PERSON}(?!,? и (?:{_DM_ROLE})| в одном лице)|"
    rf"{_CLAUSE}(?:я|me|i), (?:the |our )?{_PERSON}(?: [a-zа-я]+)? (?:и|and|&|\+)|"
    # a third person is the boss: "жена, она у нас главная", "he's in charge"
    rf"{_CLAUSE}(?:он|она|они|he|she|they)(?:'s| is| are)? (?:у нас |тут |здесь |here |"
    r"really |всем ){0,2}(?:главн(?:ый|ая|ые)(?! [а-я]{4,})|решает|решают|рулит|рулят|командует|"
    r"the boss|in charge|calls the shots|runs the show|has the final say|decides|signs|"
    r"signs off|approves|picks|chooses|the ones? who (?:actually |really |ultimately |finally )?"
    r"(?:says? yes|decides?|signs?|approves?|has the final say|makes the call|calls the shots))|"
    # someone else gives the go-ahead: "они смотрят бюджет и потом дают добро"
    r"(?<!банк )(?:да[её]т|дают|дадут|даст) (?:[а-я]+ )?(?:добро|зел[её]ный свет|отмашку)|"
    # the business is a relative's: "it's my dad's jewellery store", "это мамина пекарня"
    rf"(?:it'?s|it is|this is) (?:my|our) (?:{_RELATIVE_EN}|parents)(?:'s|s') (?:[a-z]+ ){{0,2}}"
    rf"{_BUSINESS_EN}|"
    r"(?:это )?(?:папин|мамин|отцовск|мужнин|братов)[а-я]* (?:[а-я]+ )?(?:бизнес|магазин|"
    r"пекарн|салон|ресторан|кафе|компани|фирм|студи|клиник|ателье)[а-я]*|"
    # the decider described, then named: "whoever pays, which is my boss", "то есть шеф"
    rf"(?:which|who|that|and that)(?:'s| is| would be| will be) {BOSS_EN}|"
    rf"(?:то есть|т\.? ?е\.?|а это|и это|а именно) (?:мой |моя |наш |наша )?{BOSS_RU}|"
    # the writer brings the options to them: "приношу им варианты", "I take them options"
    rf"(?:{_BRING_RU})(?: [а-я]+)? (?:им|ему|ей)|(?:им|ему|ей) (?:[а-я]+ )?(?:{_BRING_RU})|"
    r"(?:bring|take|show|present|pitch)(?: the)?(?: options| it)? to (?:them|him|her)|"
    r"(?:bring|take|show) (?:them|him|her) (?:the |a )?(?:options|proposals|quotes|shortlist|"
    r"choices|list)|"
    rf"доклад[а-я]* {BOSS_RU}|(?:report|briefing|memo) (?:for|to) {BOSS_EN}|"
    # someone of a group above the writer, not named yet: "кто-то из руководства, уточню кто",
    # "one of the founders", "someone in management"
    r"(?:кто-то|кто-нибудь|один|одна|кто) из (?:наш[а-я]* )?(?:руководств|начальств|учредител|"
    r"собственник|владельц|совладельц|директор|партнер|акционер|топ-?менеджмент|топов|правлени)"
    r"[а-я]*|(?:someone|somebody|one) (?:of|from|in|at|on) (?:the |our |my )?(?:management|"
    r"leadership|founders|owners|directors|partners|board|top (?:management|brass)|c-suite|"
    r"upstairs|higher-?ups|execs|executives)|"
    # someone else can veto: "the investors can veto", "у совета право вето"
    r"(?<!nobody )(?<!no one )(?<!никто не )(?:can|could|may|will|might|can still) veto|"
    r"(?:has|have|hold|holds|with) (?:a |the )?veto|(?<!без )право (?:вето|veto)|"
    r"(?<!никто не )(?:может|могут) (?:наложить )?вето|ветир[а-я]*|заветир[а-я]*"
    rf"){_E}"
)
# The writer has not asked the boss yet ("директору ещё не говорил", "haven't pitched it to my
# boss"): someone else will decide, however open the rest of the answer ("пока никто").
_NOT_YET_ASKED_RE = re.compile(
    rf"{_B}(?:{BOSS_RU}(?: [а-я]+)? (?:еще |пока )?не (?:говорил|сказал|показывал|предлагал|"
    r"рассказывал|спрашивал)[а-я]*|(?:еще |пока )?не (?:говорил|сказал|показывал|предлагал|"
    rf"рассказывал)[а-я]* (?:еще |пока )?{BOSS_RU}|(?:haven'?t|have not|didn'?t|did not) "
    r"(?:yet )?(?:told|asked|pitched (?:it |this )?to|shown (?:it |this )?to|run (?:it|this) "
    rf"(?:by|past)|talked to|mentioned (?:it |this )?to) {BOSS_EN}){_E}"
)
_RESEARCH_RE = re.compile(
    rf"{_B}(?:собира(?:ю|ем)|сбор информации|изуча(?:ю|ем)|исследу(?:ю|ем)|монитор(?:ю|им)|"
    # a price wanted for its own sake: "хочу понять, сколько на самом деле стоит городской портал"
    r"хочу (?:понять|узнать|разобраться),? сколько (?:[а-я]+ ){0,3}стои[тл]|"
    # asking for oneself: "а я так, от себя спрашиваю", "just asking for myself"
    r"(?:от себя|для себя) спрашива[а-я]*|спрашива[а-я]* (?:от себя|для себя)|"
    r"(?:just |only )?asking for myself|"
    # only curious about prices: "мне интересно, сколько сейчас стоят сайты, не более"
    r"(?:мне )?(?:просто )?интересно,? сколько (?:сейчас |вообще )?(?:стоят|стоит)|"
    r"look(?:ing)? (?:at )?what(?:'s| is) (?:on|in) the market|смотрю,? что есть на рынке|"
    r"monitoring the market|мониторинг рынка|"
    # a researcher curious how things are made: "я исследователь, интересует, как устроены боты"
    r"(?:я|i'?m|i am) (?:a |an )?(?:[a-zа-я-]+ )?(?:исследователь|исследовательница|researcher)|"
    r"интересует,? как (?:устроен|работа|сделан)[а-я]*|curious (?:about )?how (?:these|such|your|"
    r"the) [a-z]+ (?:work|are (?:built|made))|"
    # an overview for others: "compiling an overview of vendors for our analysts"
    r"compil(?:ing|e) (?:an? )?(?:[a-z]+ )?(?:overview|list|comparison|shortlist|options)|"
    # sent to find out the prices and nothing more: "начальство велело узнать расценки"
    r"(?:велел[аио]?|сказал[аио]?|попросил[аио]?|поручил[аио]?) (?:мне )?(?:узнать|собрать|"
    r"выяснить|прицениться) (?:[а-я]+ )?(?:цен|расценк|стоимост|предложени|кп)[а-я]*|"
    # "велели обзвонить студии и записать цены": calls made to note the prices down
    r"(?:велел[аио]?|сказал[аио]?|попросил[аио]?|поручил[аио]?) (?:мне )?обзвонить "
    r"(?:[а-я]+ ){1,3}(?:записать|собрать|узнать) (?:[а-я]+ )?(?:цен|расценк|стоимост)[а-я]*|"
    r"(?:poking|nosing|looking) around|asking for a friend|"
    # "they asked me to put together a list of agencies"
    r"(?:asked|told|tasked) me (?:to|with) (?:put together|putting together|compile|compiling|"
    r"collect|collecting|gather|gathering|find|finding) (?:a |some )?(?:list|options|prices|"
    r"quotes|shortlist)|"
    r"ознакомительн[а-я]*|for (?:information|reference) only|сбор данных|собираю данные|"
    # "составляю для начальства сравнительную таблицу подрядчиков"
    r"(?:составля|готовл|свож|дела)[а-я]* (?:[а-я]+ ){0,3}(?:сравнительн[а-я]* (?:таблиц|анализ)|"
    r"таблиц[а-я]* (?:подрядчик|сравнени|цен))[а-я]*|"
    r"overview of (?:vendors|agencies|suppliers|studios)|ballpark (?:numbers|figures|prices)|"
    r"list (?:a few|some) (?:agencies|vendors|studios)|"
    # asking around what things cost: "тётя попросила поспрашивать, что почём"
    r"поспрашивать|поспрашиваю|разузнать|прицениться|приценива(?:юсь|емся)|что почем|"
    r"смотр(?:ю|им) варианты|ищу варианты|подбираю варианты|сравнива(?:ю|ем)|"
    r"(?:собрать|подобрать|найти|набрать) (?:несколько |пару )?(?:вариант|предложени)[а-я]*|"
    # only passing it on, or chosen without the writer: "моё дело — передать ваше КП",
    # "выбирать будут без меня"
    r"(?:мо[её]|моя|my) (?:дело|задача|job|role)\W{0,3}(?:is )?"
    r"(?:только |просто |just |only |to )*"
    r"(?:передать|переслать|собрать|pass|forward|collect)[a-zа-я]*|"
    r"(?:выбирать|решать|выберут|решат) (?:будут )?без меня|(?:decide|choose|pick) without me|"
    r"обзваниваю (?:[а-я]+ ){0,2}(?:студи|агентств|подрядчик|компани|исполнител)[а-я]*|"
    r"calling (?:around|a list of|agencies|studios|vendors)|"
    r"(?:gather(?:ing)?|collect(?:ing)?|shortlist(?:ing)?|pull(?:ing)? together) (?:a few |some )?"
    r"(?:options|quotes|proposals)|"
    # sent to fetch a few quotes for someone: "asked me to get a few quotes", "шеф велел найти
    # пару студий и прислать ему"
    r"(?:get|getting|fetch|request|requesting) "
    r"(?:a few |some |a couple of |two or three |several )(?:quotes|options|proposals|prices)|"
    r"(?:найти|подобрать|собрать|обзвонить) (?:пару|несколько|"
    r"два-три|2-3|три-четыре) (?:студи|агентств|подрядчик|исполнител|компани|вариант)[а-я]*|"
    r"присматрива(?:юсь|емся)|прицениваюсь|узна(?:ю|ть) (?:цены|стоимость|варианты)|"
    r"на разведке|shopping around|just scouting|scouting (?:around|options)|window[- ]shopping|"
    r"just browsing|"
    # a comparison prepared for whoever decides: "делаю сводную таблицу подрядчиков для
    # директора", "doing some homework for my boss, I won't be part of the decision"
    r"(?:делаю|готовлю|составляю|собираю) (?:[а-я]+ )?(?:таблиц|сравнени|подборк|список|обзор|"
    r"сводк)[а-я]* (?:[а-я]+ )?(?:для (?:директор|руководств|начальник|шеф|собственник)[а-я]*)?|"
    # the market compared, not the contractors ("готовлю сравнение подрядчиков" is a part in
    # the choice): "я аналитик, делаю сравнение рынка"
    r"(?:сравнени|анализ|обзор)[а-я]* рынка|"
    r"(?:doing|putting together) (?:some |a )?(?:homework|comparison|spreadsheet|shortlist) "
    r"for (?:my|the|our) (?:boss|ceo|director|manager|owner)|"
    r"(?:won'?t|will not|don'?t|do not) (?:be )?(?:part of|take part in|have a say in) the "
    r"decision|(?:в решении|в выборе) не участвую|не участвую в (?:решении|выборе)|"
    # asked to find out the price for someone: "директор попросил прицениться"
    r"(?:asked|told|sent|wants) me to (?:check|get|find out|look up|collect|compare) "
    r"(?:the |some )?(?:prices?|quotes?|costs?|rates?)|"
    r"(?:попросил[а-я]*|поручил[а-я]*|велел[а-я]*) (?:[а-я]+ )?(?:прицениться|узнать цен[а-я]*|"
    r"узнать стоимость|собрать цен[а-я]*)|"
    # only finding out, in any form: "я только узнаю", "пока лишь уточняю", "just enquiring"
    # seeing what exists at all: "смотрю, что вообще есть", "checking what's out there"
    r"(?:смотр(?:ю|им)|гляжу|изуча(?:ю|ем)),? что (?:вообще |сейчас )?(?:есть|бывает|предлагают)|"
    r"(?:see|seeing|check(?:ing)?|look(?:ing)? at) what(?:'s| is) (?:out there|available|"
    r"on offer)|"
    r"(?:просто|только|лишь|всего лишь) (?:смотрю|интересуюсь|спрашиваю|изучаю|узна(?:ю|ем)|"
    r"уточня(?:ю|ем)|выясня(?:ю|ем)|прицениваюсь|посмотреть|глянуть|узнать|спросить)|для (?:себя|"
    r"общего развития)|"
    r"(?:just|only|merely) (?:asking|enquiring|inquiring|finding out|checking prices)|"
    # only helping to find or pick someone ("просто помогаю подобрать студию", "just helping
    # look for an agency"): the search is the writer's, the choice is not
    r"(?:просто|только|лишь) помога(?:ю|ем) (?:[а-я]+ )?(?:найти|искать|подобрать|собрать|"
    r"узнать|с поиском)|(?:just|only) help(?:ing)? (?:[a-z]+ ){0,2}(?:to )?(?:find|look for|"
    r"search for|source)|"
    r"(?:только|просто) переда(?:ю|м|ем)|просто интересно|из любопытства|"
    r"just (?:curious|passing (?:it |this )?on)|only passing (?:it |this )?on|no project yet|"
    r"(?:just |only )?scoping (?:out )?the market|"
    r"(?:just |only )?passing (?:messages|notes|things)(?: on| along)?|"
    r"поручил[аи]? (?:мне )?(?:найти|собрать|узнать|подобрать|изучить|сравнить)|"
    # a messenger or a clerk for the one who decides: "мне сказали написать вам", "я только
    # готовлю для него документы", "just doing the legwork", "writing on behalf of our director"
    r"(?:мне )?(?:сказали|велели) (?:написать|узнать|спросить)|"
    r"только (?:готовлю|собираю|оформляю) (?:[а-я]+ ){0,3}(?:документ|бумаг|материал)[а-я]*|"
    r"(?:just|only) doing the legwork|(?:writing|messaging|reaching out) on behalf of|"
    # finding out and passing it on: "узнаю и передам руководителю"
    r"(?:узна(?:ю|ем)|уточн(?:ю|им)|выясн(?:ю|им)|собер(?:у|ём|ем)|спрош(?:у|им)) (?:[а-я]+ )?и "
    r"(?:передам|перешлю|передадим|доложу)|(?:find out|collect|gather) (?:[a-z]+ )?and "
    r"(?:pass (?:it |them )?on|report back)|"
    r"попросили (?:найти|собрать|узнать|подобрать|изучить)|анализирую рынок|изучаю рынок|"
    r"collect(?:ing)?|gather(?:ing)?|research(?:ing)?|compar(?:ing|e)|explor(?:ing|e)|"
    r"looking around|browsing|just looking|shortlist(?:ing)?|scouting|"
    r"market (?:scan|overview|review)|scanning the market|"
    r"asked me to (?:find|collect|look|research|gather)|doing (?:some )?research|"
    rf"putting together (?:a list|options|a comparison)|fact[- ]finding|"
    r"asking (?:for|on behalf of) (?:a |my )?(?:friend|client|relative|colleague)|"
    r"для (?:друга|подруги|знакомого|знакомой|статьи|курсовой|диплома|учебы|универа)|ищу для|"
    r"(?:only|just) the messenger|(?:^|i have |i'?ve got |i'?ve |i got |me: )no (?:say|role)|"
    r"не при делах|любопытн[а-я]*|пишу курсовую|"
    r"попросил[аи]? (?:меня )?(?:найти|собрать|узнать|подобрать|изучить|прислать|спросить)|"
    r"сказали (?:найти|собрать|узнать|подобрать|прислать)|"
    r"asked (?:me )?to (?:find|collect|look|research|gather|get|pull)|"
    r"передам (?:информацию |все |всё )?дальше|(?:прислать|составить) список|"
    # relaying what the studio says ("передам ему информацию", "перешлю шефу ваши условия",
    # "I'll pass your answers on to him"): no part of one's own; "перешлю это шефу" stays a
    # deferral, and a recommendation of one's own is active (``_ACTIVE_RE``)
    r"(?:передам|передаю|перешлю|пересылаю|отправлю|переписываю|записываю)(?: [а-я]+){0,2} "
    r"(?:информаци[а-я]*|"
    r"ваш[а-я]* (?:услови|ответ|цен|расцен|предложени|кп|контакт|материал|презентаци)[а-я]*|"
    r"(?:ваши )?(?:условия|расценки|ответы|цены))|"
    r"(?:i'?ll|i will|will) (?:pass|forward|relay|send)(?: on)? (?:the |your )?"
    r"(?:info|information|details|answers|quotes?|prices|pricing|terms|proposal)|"
    r"(?:все|всё) (?:ему|ей|им) передам|(?:все|всё) передам (?:руковод|шеф|начальств|директор)"
    r"[а-я]*|"
    r"(?:just|only) (?:run|do|handle) the paperwork|comparison table|benchmark[a-z]*|"
    r"(?:всего лишь|просто|только) (?:секретар|ассистент|помощни)[а-я]*|"
    r"(?:just|only) (?:the |an? )?(?:[a-z]+ ){0,3}(?:sending|forwarding|collecting) (?:out )?"
    r"(?:the )?(?:requests|enquiries|inquiries|quotes|emails)|(?:просто|только) (?:рассылаю|"
    r"отправляю|собираю) (?:запросы|заявки)|"
    rf"for (?:an? |my )?(?:article|thesis|class|study)|"
    # collecting quotes is research; picking a couple of options to show the boss shapes the
    # shortlist and stays influencing (the training writers' labels)
    r"(?:pulling|putting) together (?:a few |some )?(?:quotes|prices|offers|options)|"
    # collecting offers or facts in any form ("мне поручено собрать предложения"); finding
    # the contractor itself is more than collecting (the labels: influencer)
    # a count or range may stand before the object ("собрать 3-4 предложения", "5-6 quotes")
    r"(?:собрать|собираю|собираем|соберу|запросить|запрашиваю) (?:[а-я0-9-]+ ){0,2}"
    r"(?:предложени[а-я]*|варианты|цены|расценки|информаци[а-я]*|сведени[а-я]*)|"
    r"(?:tasked|asked|told) (?:me )?(?:with|to) (?:collect|gather|get|pull)[a-z]*|"
    # a brief or a report for the boss is research ("готовлю справку руководству")
    r"(?:для|готовлю|составляю|пишу|делаю) (?:доклад|справк|обзор|сводк)[а-я]*|"
    r"(?:writing|preparing|putting together|doing) (?:a |the )?(?:report|briefing|memo)|"
    # a student has no role in a decision
    r"(?:i'?m|i am) (?:a |an )?(?:student|undergrad)|student project|case study|"
    r"я студент(?:ка)?|учебн[а-я]* (?:проект|кейс|задани)[а-я]*|"
    r"ресерч[а-я]*|рисерч[а-я]*|(?:собрать|собираю|собираем) (?:[а-я0-9]+ )?"
    r"(?:кп|коммерческ[а-я]* предложени[а-я]*)|"
    rf"(?:gather|collect|get)(?:ing)? (?:a few |some |[0-9-]+ |two |three |four |five )?"
    r"(?:quotes|offers|proposals)|"
    # finding out on someone's behalf ("узнаю для него", "asking for my boss"): the person
    # named decides, the writer only brings back answers
    r"(?:узна(?:ю|ем)|выясня(?:ю|ем)|уточня(?:ю|ем)|спрашиваю|интересуюсь|приценива(?:юсь|емся))"
    r" (?:[а-я]+ )?(?:для|за) (?:него|нее|неё|них|мужа|жены|папы|отца|мамы|брата|сестры|"
    rf"{BOSS_RU})|(?:asking|enquiring|inquiring|finding out|checking) (?:[a-z]+ )?for "
    r"(?:him|her|them|my (?:husband|wife|dad|father|mom|mum|mother|boss|manager|partner))|"
    # relaying whatever the studio sends ("передам ему всё, что пришлёте", "I'll forward
    # whatever you send"): nothing of one's own is added
    r"(?:передам|передаю|перешлю|пересылаю|отправлю)(?: [а-я]+)? (?:все|всё),? (?:что|что вы) "
    r"(?:[а-я]+ )?(?:пришлете|пришлёте|скинете|отправите|напишете|дадите|предложите)|"
    r"(?:pass|forward|send|relay)(?: on| along)? (?:whatever|everything|all) (?:you )?"
    rf"(?:send|share|give|provide)){_E}"
)
_INFLUENCER_ROLE_RE = re.compile(
    rf"{_B}(?:менеджер[а-я]*|маркетолог[а-я]*|специалист[а-я]*|сотрудни(?:к|ца)|"
    r"контрактн[а-я]* управляющ[а-я]*|закупщи(?:к|ца)|procurement (?:officer|manager|lead)|"
    r"помощни(?:к|ца)|ассистент[а-я]*|секретар[ья]|аналитик|администратор|админ|"
    r"продукт(?:овый)? ?менеджер|проджект[а-я]*|пм|смм-?щик|"
    r"работаю (?:в|на)|наемный|закупк[а-я]*|закупщи[а-я]*|снабжени[а-я]*|снабженец|бухгалтер|"
    r"procurement|purchasing|buyer|admin|administrator|receptionist|supervisor|"
    r"manager|marketer|marketing|sales|specialist|employee|assistant|analyst|coordinator|"
    r"coordinating|координир[а-я]*|координатор[а-я]*|teacher|учител[а-я]*|"
    # the one who started it is not the one who decides: "так что я скорее инициатор"
    r"инициатор[а-я]*|initiator|"
    # a seat on the panel that scores the bids: "I'm on the evaluation panel", "я член тендерной
    # комиссии" (one vote among several)
    r"on the (?:evaluation|selection|tender|bid) (?:panel|committee|board)|"
    r"член[а-я]* (?:тендерной|конкурсной|закупочной) комиссии|"
    # the one who carries out what others decide: "учредители, я только исполнитель"
    r"исполнител[ья]|исполнительниц[аы]|"
    rf"consultant|team lead|staff|intern|pm|product manager|project manager){_E}"
)
_SHARED_RE = re.compile(
    rf"{_B}(?:мы|we|вместе|together|с партнером|with my (?:partner|co-?founder)){_E}"
)

# What "it depends" depends on may be someone: "depends on the board of trustees", "зависит от
# шефа" say who decides (the one above: influence), "depends on the amount" says nothing.
_ON_SOMEONE = (
    r" (?:on|upon|от) (?:the |my |our |a |нашего |нашей |моего |моей )?(?:[a-zа-я]+ )?"
    r"(?:board|trustees|owner|boss|ceo|director|founder|management|committee|council|"
    r"директор|руководств|собственник|владел|учредител|шеф|начальств|совет|правлени|"
    r"попечител|босс)"
)
_NOT_ON_SOMEONE = rf"(?!{_ON_SOMEONE})"
_DEPENDS_ON_SOMEONE_RE = re.compile(rf"{_B}(?:зависит|depends){_ON_SOMEONE}")
_UNKNOWN_RE = re.compile(
    rf"{_B}(?:вопрос открытый|открытый вопрос|без комментариев|(?:пока )?не важно|hard to tell|"
    r"couldn'?t (?:tell|say)|can'?t (?:tell|say)(?: you)?$|как получится|без разницы|"
    r"^(?:давайте )?(?:это )?опустим|"
    # a joke that names no one: "тот, у кого деньги 😄", "whoever holds the purse"
    r"^(?:тот|та),? у кого (?:деньги|бюджет|кошел[её]к|касса)(?!.*(?:я|меня|мой|моя)(?![а-я]))|"
    r"^(?:whoever|the one who) (?:has|holds|controls) the (?:money|budget|purse|cash)"
    r"(?!.*(?:me|i|mine)(?![a-z]))|"
    r"^решим[,.!]* ?(?:ч[её]|что|как-нибудь|разберемся)?[.!)]*$|"
    r"(?:let'?s |lets )?skip (?:that|this|it)(?: one| question)?(?: for now)?|"
    # "Хороший вопрос. Я бы и сам хотел это знать", "wish I knew"
    r"хороший вопрос|good question|(?:и )?(?:сам|сама) (?:бы )?хотел[а]? (?:бы )?(?:это )?знать|"
    r"wish i knew|i'?d like to know (?:that )?(?:myself|too)|"
    r"can'?t (?:tell|say) who|cannot (?:tell|say) who|не могу сказать,? кто|"
    r"пропустим (?:этот )?вопрос|"
    r"unclear|все сложно|всё сложно|сложно все|предстоит выяснить|(?:will |i'?ll )?let you know|"
    r"уточню|вернусь|none of us|кто-нибудь|кто-то да|не могу раскрыв[а-я]*|ну такое|"
    r"долгая история|не скажу|no comment|не знаю|незнаю|хз|не уверен[а-я]*|сложно сказать|"
    # not understanding it oneself yet: "сама пока не понимаю", "can't tell yet"
    r"(?:сам |сама |пока |еще |ещё )*не (?:понимаю|понимаем|могу понять)|can'?t tell|"
    r"трудно сказать|пока неясно|"
    rf"непонятно|не понятно|зависит{_NOT_ON_SOMEONE}|по-разному|по разному|как когда|"
    rf"not sure|unsure|don'?t know|do not know|no idea|dunno|idk|depends{_NOT_ON_SOMEONE}|"
    rf"hard to say|it'?s complicated|complicated|"
    # evasive: "угадай с трёх раз", "nice try, bot", "пусть останется между мной и руководством"
    r"угада[йи][а-я]*|guess (?:who|what)|nice try|останется между|stays between|"
    r"(?:а )?вы (?:проверьте|угадайте)|"
    # not now: "ask me after the holidays", "спросите после праздников"
    r"ask (?:me |us )?(?:again )?(?:after|later|in|next)|спросите (?:меня )?(?:после|позже|через)|"
    r"неважно|doesn'?t matter|no matter|"
    # the organisation as a whole names nobody: "компания", "the company"
    r"^(?:the |our |наша )?(?:company|firm|organi[sz]ation|компания|фирма|организация)$|"
    # the usual, unnamed: "ну как обычно", "the usual people"
    r"как (?:обычно|всегда|у всех)|(?:the )?usual (?:people|suspects|folks|guys|way)|as usual|"
    # a refusal to say: "не ваше дело", "none of your business"
    rf"не (?:ваше|твое|твоё|вашего ума) дело|none of your business|not your business){_E}"
)


# Choosing the contractor: "отбираю исполнителя", "I'm vetting agencies".
_CHOOSING = (
    r"(?:выбираю|отбираю|подбираю|выберу|отберу|подберу) (?:[а-я]+ )?(?:подрядчик|исполнител|"
    r"студи|агентств)[а-я]*|"
    r"(?:i'?m |i am )?(?:selecting|choosing|picking|vetting) (?:the |a )?(?:vendor|contractor|"
    r"agency|studio)s?"
)
# Active parts in the buying decision: more than collecting information.
_ACTIVE_RE = re.compile(
    # preparing the project or its spec, or choosing the contractor, shapes the decision:
    # "я готовлю проект и сравниваю подрядчиков", "I'm drafting the brief", "отбираю исполнителя"
    rf"{_B}(?:(?:готовлю|составляю|пишу|веду|курирую|формирую) (?!учебн|курсов|дипломн)"
    r"(?:[а-я]+ )?(?:тз|техзадани[а-я]*|"
    r"проект[а-я]*|бриф[а-я]*|требовани[а-я]*)|инициатор[а-я]*|"
    rf"{_CHOOSING}|"
    r"(?:i'?m |i am )?(?:drafting|writing|preparing|scoping|running|leading|managing|driving) "
    r"(?:the |this |our )?(?:project|spec|specs|brief|requirements)|"
    r"предложу (?:руководств|директор|шеф|начальств)[а-я]*|рекоменд[а-я]*|"
    r"(?:собираю|готовлю) (?:[а-я]+ ){0,2}и (?:предлагаю|рекомендую|защищаю)|"
    # "соберу предложения, выберу лучшее и понесу на утверждение собственнику"
    r"(?:выберу|отберу) (?:лучш|подходящ|оптимальн)[а-я]*|(?:понесу|вынесу|вынести|отнесу|"
    r"представлю|представить) (?:[а-я]+ )?на (?:[а-я]+ )?(?:утверждение|согласование|"
    r"комисси[а-я]*|педсовет|совет|правлени[а-я]*)|"
    r"(?:collect|gather|prepare) (?:[a-z]+ ){0,2}and (?:propose|recommend|pitch)|"
    # the writer's view weighs in the decision: "моё мнение учитывают", "my input counts"
    r"(?:мо[её]|моему) (?:мнени[а-я]*|слов[а-я]*|голос[а-я]*) (?:учитыва[а-я]*|важн[а-я]*|"
    r"весом[а-я]*|решающ[а-я]*|влия[а-я]*|прислушива[а-я]*)|(?:прислушива[а-я]*|учитыва[а-я]*) "
    r"(?:к )?(?:мо[её]му|мо[её]) (?:мнени[а-я]*|слов[а-я]*)|my (?:opinion|input|view|vote|voice|"
    r"recommendation) (?:counts|matters|carries weight|is (?:taken into account|heard|"
    r"considered|important))|"
    rf"shortlist(?:ing)?|sponsor|recommend[a-z]*|champion){_E}"
)
# Choosing the contractor, with no claim to decide: "подбираю подрядчика для своего клиента"
_CHOOSING_RE = re.compile(rf"{_B}(?:{_CHOOSING}){_E}")
# The writer and co-owners or another deciding role as the answer: "я и ещё два совладельца",
# "me and my two co-founders", "myself and the finance director"
_ME_AND_COOWNERS_RE = re.compile(
    # another named first: "мама и я, у нас семейный бизнес", "my wife and I"
    r"^(?:мама|папа|муж|жена|брат|сестра|партн[её]р|сооснователь|co-?founder|mom|mum|dad|wife|"
    r"husband|brother|sister|partner|my (?:wife|husband|partner|brother|sister|mom|dad)) "
    r"(?:и|and|\+|&) (?:я|i|me)(?![a-zа-я])|"
    r"(?<![a-zа-я])(?:я|i|me|myself|сам|сама) (?:и|and|\+|&) (?:ещ[её] |another |my |our |the "
    r"|two |three |two other |два |двое |три |трое |наш[а-я]* |мой |моя |\d+ )*(?:[a-zа-я]+ )?"
    r"(?:финдиректор|гендиректор|директор|руководител|director|ceo|cfo|coo|cto|boss|"
    r"sisters|brothers|сестр|брат|"
    r"совладел|партн[её]р|учредител|"
    # ("я и учредитель, и гендиректор": both titles the writer's own)
    r"сооснован|акционер|co-?owner|co-?founder|partner|shareholder)[a-zа-я]*(?![a-zа-я])(?!,? и )"
    r"(?! в одном лице)"
)
# Two deciders listed as the answer, with no verb: "the IT director and the CEO together"
_LISTED_TOGETHER_RE = re.compile(
    r"(?<![a-zа-я])(?:and|и|&|\+) (?:[a-zа-я'-]+,? ){0,3}(?:together|jointly|вместе|совместно|"
    r"сообща)(?![a-zа-я])"
)
# Only finding the candidates for someone else to choose from: "я только ищу исполнителей",
# "I'm just shortlisting agencies". Choosing or vetting them shapes the decision
# (``_ACTIVE_RE``); "only" says the writer does no more than search.
_ONLY_SEARCHING_RE = re.compile(
    rf"{_B}(?:только|просто|лишь|всего лишь) (?:ищу|подыскиваю|подбираю|отбираю|нахожу) "
    r"(?:[а-я]+ )?(?:исполнител|подрядчик|студи|агентств|вариант|компани|кандидат)[а-я]*|"
    r"(?:i'?m|i am) (?:just|only) (?:looking for|sourcing|finding|searching for|shortlisting|"
    r"lining up) (?:[a-z]+ ){0,2}(?:agenc|vendor|contractor|studio|option|candidate|compan)[a-z]*"
)
# The writer only relays for the one who decides: translates, helps, prepares options or a
# brief ("папа решает, я просто помогаю ему с компьютером", "перевожу для господина Ли", "my boss
# decides, I just put the options together", "he wants three options on his desk").
_RELAY_ONLY_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:чекаю|узнаю|спрашиваю|смотрю|checking|asking|looking into it) (?:для|за|"
    r"for) (?:друга|подруги|знакомого|знакомой|брата|сестры|коллеги|a friend|my friend|a mate|"
    r"a colleague|my colleague)|"
    r"(?:just|only) putting (?:the |some )?options together|"
    r"(?:i'?m|i am) (?:just )?(?:writing|putting|drawing) (?:up|together) a "
    r"(?:comparison|shortlist|list of options) for|"
    rf"(?:просто|только|лишь) (?:пересылаю|помогаю|перевожу|передаю|ищу контакты|"
    rf"собираю (?:варианты|"
    r"информаци|предложения|кп)|готовлю (?:варианты|справку|сравнение))|"
    r"присматриваю (?:варианты|подрядчиков) для (?:руководства|начальства|директора|шефа)|"
    r"(?:найти|собрать|поискать) контакты|"
    r"(?:найти|собрать) подрядчиков и (?:выложить|составить|дать) (?:список|перечень)|"
    r"(?:моя задача|от меня)\s*(?:[-—–:]\s*)?(?:только )?(?:подготовить|собрать|найти) (?:справку|"
    r"варианты|информаци|сравнение|предложения)|перевожу (?:для|за)|"
    r"(?:меня )?попросили (?:подыскать|собрать|поискать) варианты|"
    r"(?:что|как) (?:он|она|они) (?:решит|решат)\s*(?:[-—–:,]\s*)?(?:понятия не имею|не знаю|"
    r"без понятия)|"
    r"i (?:just|only) (?:put|pull|get) (?:the )?options together|translating for|"
    r"i interpret for|(?:i'?m|i am) (?:his|her|their|the) (?:translator|interpreter)|"
    r"wants (?:three|two|a few|some|\d+) (?:options|quotes|proposals) on (?:his|her|their) desk|"
    rf"(?:i'?m|i am) (?:only|just) the (?:intern|assistant|secretary|translator)){_E}"
)
# (a recommendation is a say: "подготовить сравнение и рекомендацию")
_RECOMMENDS_RE = re.compile(r"рекоменд|recommend")
# The one who decides left the choice to the writer: "шеф разрешил мне самой выбрать подрядчика",
# "хозяин сказал: кого найдёшь, того и берём", "he gave me full authority".
_DELEGATED_RE = re.compile(
    rf"{_B}(?:(?:разрешил[а]?|доверил[а]?|поручил[а]?) мне (?:сам[а-я]* )?(?:выбрать|выбирать|"
    r"решить|решать)|сказал[а]?,? чтобы я (?:всё |все )?(?:решал[а]?|выбирал[а]?) сам[а]?|"
    r"кого (?:найд[её]шь|выберешь),? (?:того|тот) и (?:берем|возьмем|будет)|"
    r"(?:gave|given|has given) me (?:full|complete) (?:authority|say|control)|"
    r"(?:left|leaves) (?:it|the choice|the decision) (?:entirely |completely )?(?:to|up to) me|"
    # "директор сказал: как решишь, так и будет"; the owner who stays out of it: "бизнес отца, но
    # цифровым занимаюсь я, и он не вмешивается"; "he's retired; I make all the calls now"
    r"как (?:решишь|скажешь|выберешь),? так и (?:будет|сделаем)|(?:делай|решай|выбирай),? как "
    r"(?:считаешь нужным|сочтешь нужным|сочтёшь нужным|хочешь)|я тебе доверяю|"
    r"(?:он|она|они) (?:в это |туда )?(?:не вмешива[а-я]*|не лез[а-я]*)|"
    r"(?:he|she|they) (?:doesn'?t|don'?t|never) (?:interfere|get involved|meddle)|"
    r"i make all (?:the )?(?:calls|decisions)|"
    # "my partners trust me on tech stuff", "учредители мне доверяют"
    r"(?:partners?|board|boss|owner|co-?founders?|founders?) (?:fully |completely )?trusts? me|"
    r"(?:учредител|партн[её]р|собственник|шеф|директор)[а-я]* (?:полностью )?мне доверя[а-я]*)"
    rf"{_E}"
)


# "Who decides is not clear yet": unknown, whatever verbs of deciding follow.
_UNCLEAR_WHO_RE = re.compile(
    rf"{_B}(?:^(?:not|nothing|не) (?:decided|решено|решили)(?: yet| пока| еще)?[.!]?$|"
    r"(?:haven'?t|have not) (?:yet )?decided(?: yet)?,? who|"
    r"(?:непонятно|неясно|не знаю|не решили|не определились|не понятно|хз|без понятия|"
    r"понятия не имею|not sure|unclear|not clear|no clue|don'?t know|no idea|idk|dunno|"
    r"не в курсе)"
    r"(?: пока| еще| yet)?,? "
    rf"(?:кто|who)|^(?:смотря|зависит|it depends|depends){_NOT_ON_SOMEONE}|"
    r"^(?:неизвестно|unknown)|"
    r"кто (?:будет |у нас )?(?:решать|решает|принимать решение)\s*(?:[-—–:,]\s*)?(?:без понятия|"
    r"не знаю|хз|понятия не имею|неизвестно|(?:пока )?неясно|непонятно)|"
    r"(?:еще |ещё |пока )?не назначи[а-я]*|(?:not|n'?t) (?:yet )?(?:been )?(?:appointed|hired|"
    r"assigned)|haven'?t (?:assigned|appointed|figured out)|пока никто|никто пока|"
    # the owner itself about to change: "компанию сейчас продают, кто подпишет — сказать не могу"
    r"кто (?:подпишет|будет (?:решать|подписывать)|решит)[^.]{0,20}(?:не могу сказать|сказать не "
    r"могу|неизвестно|непонятно)|(?:is )?anyone'?s guess|(?:we'?re|we are|the company is) being "
    r"(?:acquired|sold|taken over)|компани[юя] (?:сейчас )?продают|"
    r"(?:no ?body|no one) yet|"
    r"кто-нибудь(?! из)|кто-то да|не могу раскрыв[а-я]*|^no clue|^без понятия|"
    r"(?:no ?body|no one) has decided|(?:no ?body|no one) has (?:the )?(?:final )?(?:say|word|"
    r"call) yet|(?:еще|ещё|пока) никто не (?:решил|решал)|"
    # not knowing, then only a guess at a function: "хз, кто там счета подписывает",
    # "no idea, whoever signs the cheques"; a guess at a person ("хз, наверное я") is an answer
    r"(?:^|, )(?:не знаю|хз|без понятия|idk|dunno|no idea|don'?t know|not sure)[,.]? "
    r"(?:[a-zа-я]+ )?(?:whoever|whichever|кто там|кто бы (?:там )?ни|тот,? кто)|"
    r"(?:а )?кто (?:[а-я]+ ){0,3}решает[^.!]*\?|who (?:[a-z]+ ){0,3}decides[^.!]*\?|"
    rf"холакрати[а-я]*){_E}"
)
# After "I decide": but someone else approves, signs or has the last word.
# A decision shared with others: "my cofounder and I decide together", "решаю я вместе с
# партнёром", "we both sign". Jointly deciding is influencing (README's labels).
_JOINT_RE = re.compile(
    rf"{_B}(?:together|jointly|between us|both of us|we both|the two of us|as a team|"
    # the writer plus another: "ЛПР + финдир", "me + our CFO"
    r"(?:лпр|я|me|i) ?\+ ?[a-zа-я]+|"
    # "so together": the conclusion
    r"(?:так что|значит|so|so it'?s) (?:мы )?(?:вместе|сообща|together|jointly)|"
    # the money someone else's: "ну я, но бабки у партнёра"
    r"(?:бабки|деньги|финансы|бюджет|money|the money) (?:у|is with|sits with) (?:моего |нашего "
    r"|my |our )?(?:партн[её]р|инвестор|муж|жен|брат|отц|мам|partner|investor|husband|wife|dad|"
    r"mom)[a-zа-я]*|"
    # "not just me", "не только я": someone else decides too
    r"not (?:just|only|solely) (?:me|mine|my (?:call|decision))|не только (?:я|мне|мо[её] "
    r"решение)|не (?:один|одна) (?:я )?решаю|"
    # deciding with someone named: "I decide with the CEO", "решаю с директором"
    r"(?:i |we )?decide (?:it |this |that )?(?:together )?with (?:the |my |our )?(?:ceo|cfo|coo|"
    r"cto|boss|owner|founder|co-?founder|partner|board|director|wife|husband|manager|head|"
    r"president|chairman|md|gm|vp|dad|father|mom|mother|brother|sister)|"
    r"(?:решаю|решаем) (?:это |вместе )?с (?:нашим |моим |моей |нашей )?(?:директор|шеф|"
    r"руководител|начальник|собственник|учредител|партн[её]р|совладел|жен|муж|супруг|"
    r"генеральн|финдиректор|бухгалтер|отц|отцом|мам|брат|сестр)[а-я]*|"
    r"team decision|a team call|командн[а-я]* решени[а-я]*|коллективн[а-я]* решени[а-я]*|"
    r"co-?decision|коллегиально|i sit on (?:it|the (?:board|committee|exec[a-z]*|steerco|"
    r"council))|"
    # "joint call with our CFO", "совместное решение с финдиректором"
    r"(?:joint|shared) (?:call|decision|sign-?off) with|совместн[а-я]* решени[а-я]* с|"
    # "procurement runs an RFP; I ... score the bids with two colleagues"
    r"(?:score|evaluate|assess|review|rank) (?:the |all )?(?:bids|proposals|offers|quotes) with|"
    r"(?:оцениваю|оцениваем|выбираю|выбираем) (?:[а-я]+ )?(?:заявки|предложения|кп )?(?:вместе )?"
    r"с (?:двумя |тремя |несколькими )?коллег[а-я]*|"
    # ("the managing partner and I sign" is one person: the writer's own title)
    # ("I am the CEO and I take the decision": the writer's own title)
    r"(?<!i am the )(?<!i'm the )(?<!i am )(?<!i'm )"
    r"(?:(?<!managing )(?<!senior )(?<!founding )(?<!general )(?<!equity )partner|co-?founder|"
    r"wife|husband|boss|(?<!managing )(?<!executive )director|ceo|board) and i|"
    # the writer and someone close named after "I decide": "I decide... well, me and my
    # brother", "the missus and me", "решаю я... точнее, мы с супругой"
    r"(?:me|я) ?\+ ?[a-zа-я]|"  # "prob me + the finance guy", "я + коммерческий"
    r"(?:me|myself|i) plus (?:the |my |our )?[a-z]+|"
    r"(?:me|i) ?(?:and|&|\+) (?:the |my |our )?(?:two |three |both )?(?:wife|husband|missus|hubby|"
    r"spouse|other half|"
    r"partners?|business partner|co-?founders?|brother|sister|dad|father|mom|mum|mother|son|"
    r"daughter)|(?:the |my |our )(?:wife|husband|missus|hubby|spouse|other half|business partner|"
    r"co-?founder|brother|sister|dad|father|mom|mum|mother|son|daughter) (?:and|&|\+) me|"
    r"я (?:и|\+) (?:моя |мой |мои )?(?:жена|муж|супруг[а]?|партнер[а-я]*|компаньон|брат|сестра|"
    r"отец|папа|мама|сын|дочь)|"
    # "решение за мной и за ИТ-отделом", "it's on me and the CFO"
    r"(?<!не )за мной и (?:за |у )?(?!только|всё|все|точка)[а-я-]+|"
    r"(?:on|with|up to) me and (?:the |my |our )?(?!only|nobody|no one)[a-z-]+|"
    r"mine and (?:the |my |our )?[a-z-]+'s|"
    # "мы с Ольгой, моим замом, решаем": anyone named in the instrumental, not "мы с вами"
    r"мы с (?!вами|тобой)[а-я]+(?:ой|ом|ем|ей|ёй|ами|ями)(?![а-я])|"
    r"как договоримся|как (?:вместе )?решим|"
    r"вместе|совместно|сообща|вдвоем|втроем|пополам|на пару|мы с (?:ним|ней|партнер[а-я]*|"
    r"компаньон[а-я]*|женой|мужем|супруг[а-я]*|братом|сестрой|отцом|папой|мамой|сыном|дочерью|"
    rf"директор[а-я]*|учредител[а-я]*|совладел[а-я]*)){_E}"
)
_BUT_APPROVES_RE = re.compile(
    # the verb's subject or object is not the writer: "но решаю я", "she leaves it to me to decide"
    rf"{_B}(?:но|а|but|however|though)(?: [a-zа-я'-]+){{0,8}} "
    # ("but I own this budget and decide": the verb after "and" has the writer's subject)
    r"(?<! я )(?<! i )(?<! мне )(?<! me )(?<! to )(?<! and )(?:согласуют|согласует|"
    r"согласовывает|согласовывают|визирует|визируют|"
    # ("но подпись моя": the signature named as the writer's own)
    r"виз[ау]|апрув|"
    r"подпис(?!ываю|ь(?: под (?:договором|контрактом))?[ ,—–-]*(?:тоже |всё равно |все равно |"
    r"будет |всё равно будет )?мо|"
    r"ь за мной)[а-я]*|"
    r"утвержда(?!ю)[а-я]*|"
    r"одобря(?!ю)[а-я]*|реша(?!ю|ть (?:(?:все|всё) равно |в итоге |в любом случае )?(?:мне|"
    r"буду я))[а-я]*|решит|"
    r"поговорить|посоветоваться|approval|"
    r"approves?|sign(?!ature)s?|sign-?off|ha(?:s|ve) (?:the )?(?:final|last) (?:say|word|call)|"
    r"decides?|confirms?|ratif(?:y|ies)|подтвержда(?!ю)[а-я]*|подтвердит|"
    r"veto(?:es)?|вето|добро (?:да[её]т|дают)|(?:да[её]т|дают) добро|"
    # someone else chooses: "оплачиваю я, но выбирает отдел маркетинга"
    r"выбира(?!ю)[а-я]*|выберут|выберет|chooses|picks)|"
    # nothing signed without the others' approval: "подпишу я, но сначала покажу команде — без
    # их одобрения не стану"; "she'd have to agree"; "after my tech lead gives a thumbs up"
    r"без (?:их |его |е[её] |[а-я]+ )?(?:одобрени|согласи|разрешени|апрув|виз|"
    r"благословени)[а-я]* (?:[а-я]+ ){0,4}(?:ничего )?(?:не|нельзя|никак)(?![а-я])|"
    r"без (?:учредител|собственник|владельц|партн[её]р|совет)[а-я]* (?:[а-я]+ ){0,3}не "
    r"(?:трогаю|решаю|подписываю|подпишу|решу|трачу)|"
    r"(?:she|he|they)(?:'d| would|'ll| will)? (?:have|has|need|needs) to (?:agree|approve|"
    r"sign off|ok it|okay it|say yes)|(?:gives?|giving) (?:a |the |"
    r"their |his |her )?(?:thumbs up|green light|go-ahead|nod)|"
    # an approval needed or nothing done without it: "директор, но нужно решение педсовета",
    # "владелец точки, но без согласия франчайзера сайт не запустить"
    r"(?:но|а|однако)(?: [а-я]+){0,2} (?:нужн[оаы]|нужен|требуется|необходим[оа]?|без) "
    r"(?:[а-я]+ )?(?:решени|согласи|одобрени|разрешени|подпис|виз[аыу]|согласовани|"
    r"утверждени|санкци|благословени)[а-я]*|"
    # the money given by someone else, after a "but": "подрядчика выбираю я, но деньги даёт
    # гендир" ("решаю я, деньги даёт отец" is the writer's own decision on family money)
    r"(?:но|а|однако) (?:[а-я]+ )?(?:деньги|бюджет|финансирование|оплату) (?:[а-я]+ )?"
    r"(?:дает|даёт|дают|выделяет|"
    r"выделяют|платит|платят|утверждает|одобряет)(?! (?:мне|нам) не)|"
    # a clause of its own in which a body above the writer approves: "I own the unit, the
    # franchisor approves all sites", "решаю я, совет директоров утверждает бюджет"
    # a clause of its own in which someone else signs: "procurement signs, I pick the supplier"
    r"(?:^|[,;.] )(?:the |our |my )?(?!i |nobody|no one|noone|we )[a-z]+"
    r"(?: (?!just|only|merely|simply)[a-z]+)? "
    r"(?:signs(?: off)?|approves|okays)(?=[,;.]| (?:it|off|the|all|everything)(?![a-z]))|"
    # the verb first: "я выбираю подрядчика, утверждает директор"
    r"[,;.] (?:а |но )?(?:утверждает|утверждают|подписывает|подписывают|визирует|согласовывает|"
    rf"одобряет|одобряют) (?:[а-я]+ )?(?:{_DM_ROLE}|совет директоров|правление|учредител[а-я]*|"
    r"собственник[а-я]*|инвестор[а-я]*|руководств[а-я]*|начальств[а-я]*|шеф[а-я]*)(?![а-я])|"
    rf"[,;.] (?:the |our |my |наш[а-я]* )?(?:{_DM_ROLE}|franchisor|board|head office|hq|parent "
    r"company|investors|owners|франчайзер|совет директоров|правление|головн[а-я]* (?:офис|"
    r"компани[а-я]*)|учредители|собственники|инвесторы) (?:[a-zа-я]+ )?(?:approves|signs(?: off)?|"
    r"утверждает|утверждают|согласовывает|согласовывают|визирует|подписывает|одобряет|"
    r"одобряют)(?![a-zа-я])|"
    # the last word of someone named after "but": "I run the shop day to day, but my in-laws
    # own it and have the last word"; the final say once someone has looked: "решаю я, но
    # окончательно — когда жена посмотрит смету"
    r"(?:but|но) (?:my |our |the )?(?:in-laws|parents|wife|husband|partner|owner|boss|board|"
    r"father|mother|dad|mum|mom|family|жена|муж|супруг[а-я]*|родител[а-я]*|отец|мать|партн[её]р|"
    r"собственник|владел[а-я]*)[a-z'-]* (?:[a-zа-я]+ ){0,4}(?:have|has|за ним|за ней) (?:the )?"
    r"(?:last|final) (?:say|word|call)|"
    r"(?:but|но) (?:окончательно|finally|the final (?:say|word|decision))[ ,—–-]*(?:решим |решу "
    r")?(?:когда|после того как|после|when|once|after) |"
    # the writer's own approval asked above: "бюджет на мне, но проект согласую с генеральным"
    r"(?:согласую|согласуем|согласовываю|согласовываем) (?:[а-я]+ )?(?:с|со) (?:генеральн|гендир|"
    r"директор|шеф|руковод|собственник|учредител|владел|правлени|совет|начальств)[а-я]*|"
    # the money is someone else's say: "деньги — собственник", "бюджет за владельцем", "the
    # money is the owner's call", "но платит головной офис"
    r"(?:деньги|бюджет|финансы|оплата|финансов[а-я]* (?:часть|сторона|вопрос)) ?[-:]? (?:за |у |"
    r"решает |решают |дает |даёт |дают )?(?:наш[а-я]* |мо[йяи] )?(?:собственник|владел|"
    r"учредител|директор|гендир|генеральн|шеф|руковод|головн|акционер|инвестор|совет|"
    r"финдир|правлени)[а-я]*|"
    r"(?:но|а|однако) (?:платит|платят|оплачивает|оплачивают|финансирует|финансируют) "
    r"(?:наш[а-я]* )?(?:головн|собственник|владел|учредител|инвестор|акционер|холдинг|"
    r"управляющ[а-я]* компани|материнск)[а-я]*|"
    r"(?:business|money|budget|financial|commercial) (?:part|side) (?:decides|is decided by|is up "
    r"to|is for|belongs to|is with) (?:the |our |my )?(?:owner|ceo|boss|director|founder|board|"
    r"cfo)|"
    r"(?:the )?(?:money|budget|spend(?:ing)?|payment|purse strings|funding|finance)(?: side|"
    r" part)?"
    r" (?:is|are|lies|sits|rests|comes) (?:with |on |up to |from )?(?:the |our |my )?(?:owner|"
    r"ceo|cfo|boss|board|finance|head office|founder|director|investors?|parent company|hq)|"
    # a deciding role pays: "мне эта CRM нужнее всех, но платит владелец", "but the owner pays"
    rf"(?:но|а|but) (?:платит|платят|оплачивает|оплачивают|pays?) (?:the |our |наш[а-я]* )?"
    rf"(?:{_DM_ROLE}){_E}|(?:но|а|but) (?:the |our |наш[а-я]* )?(?:{_DM_ROLE}) (?:платит|"
    r"оплачивает|pays)(?![a-zа-я])|"
    # a deciding role approves besides the writer: "то есть я, ну и директор, конечно, визирует"
    rf"(?:ну и|и|а|and|plus) (?:the |our |наш[а-я]* )?(?:{_DM_ROLE})(?:,? [a-zа-я]+,?){{0,2}} "
    r"(?:визирует|подписывает|утверждает|одобряет|согласовывает|approves|signs(?: off)?|has the "
    r"(?:final|last) (?:say|word))(?![a-zа-я])|"
    # the writer chooses, a third person pays: "я выбираю, он платит", "I pick, she pays"
    r"[,;] (?:а |но |but |and )?(?:он|она|они|he|she|they) (?:и )?(?:платит|платят|оплачивает|"
    r"оплачивают|pays?|foots? the bill)(?![a-zа-я])|"
    # nothing decided without someone: "без учредителей такие вещи не решаются"
    r"без (?!меня |нас )(?:[а-я]+ ){1,3}не (?:решается|решаются|делается|делаются|принимается|"
    r"принимаются)|"
    # the final word after "а": "вношу предложение, а окончательно — владелец"
    r"(?:а|но) окончательн[а-я]*[ ,—–-]*(?:решает |решение за |слово за |за )?(?:наш[а-я]* )?"
    rf"(?:{_DM_ROLE}|шеф|руководство|начальство|совет|правление)|"
    # "ну я и гендир, но без собственника никак"
    r"без (?:[а-я]+ )?(?:собственник|учредител|владел|инвестор|совет|правлени|партн[её]р|"
    r"директор|шеф|начальств|руководств|жены|мужа|супруг)[а-я]* (?:[а-я]+ )?(?:никак|нельзя|"
    r"не обойтись|ничего не)|"
    # the contract or the budget agreed with someone: "договор согласую с управляющей компанией"
    r"(?:но |а )?(?:договор|бюджет|смету|оплату)[а-я]* (?:[а-я]+ )?согласу(?:ю|ем) с (?!вами)|"
    # someone else may overturn the writer's decision: "пока директор в отпуске, решаю я;
    # вернётся — может и переиграть", "I decide, though the owner can always overrule me"
    r"(?<!не )(?<!я )(?:может|могут|вправе) (?:и |всё |все |потом |это |его |её |ее |моё |мое )*"
    r"(?:переиграть|отменить|развернуть|пересмотреть|перерешить|отыграть)|"
    r"(?<!\bi )(?<!\bwe )(?<!nobody )(?<!no one )(?<!\bno )(?:can|could|may|might|will|would) "
    r"(?:still |always |later )?(?:overrule|override|overturn|reverse|veto)(?![a-z])|"
    # a no from someone else is final: "если она скажет нет, значит нет", "if he says no it's no"
    r"(?:если|if) (?:[a-zа-я']+ ){1,2}(?:скажет|скажут|says?) (?:нет|no)(?![a-zа-я])|"
    rf"по (?:деньгам|финансовой(?: части)?|финансам|бюджету|оплате)\s*[-—–:,]?\s*"
    rf"(?:решает |решают )?(?:за |у )?(?:наш[а-я]* |мой |моя )?(?:{BOSS_RU}|генеральный|cfo)|"
    # the final word elsewhere, with or without "but": "я руководитель проекта, финальное ок
    # за собственником", "final sign-off sits with the owner"
    r"(?:финальн|окончательн|последн|итогов)[а-я]* (?:ок|окей|слово|решение|добро|одобрение|"
    rf"согласование|подпись|виза|апрув)[а-я]* (?:[-—–] )?(?:за|у) {BOSS_RU}|"
    r"(?:final|last) (?:ok|okay|say|word|call|sign-?off|approval|decision) (?:is |sits |rests |"
    rf"stays )?(?:with|on) {BOSS_EN}|"
    # nothing without someone's approval: "менять сайт без одобрения франчайзера не могу", "I
    # can't sign without the board's OK"
    r"без (?!моего |моей |нашего |нашей )(?:[а-я]+ )?(?:одобрени|согласи|согласовани|разрешени|"
    r"подпис|виз|добро|[^ а-я]?ок[^ а-я]?(?= )|окей|апрув)[а-я]*[^ а-я]? (?:[а-я]+ ){0,3}"
    r"(?:не могу|не можем|нельзя|никак|не получится|не имею права|ничего не [а-я]+|"
    r"не запуска[а-я]*|не начина[а-я]*|не стартует|не стартуем|не двинемся|не сдвинемся|"
    r"не тронемся|никуда)|"
    r"(?:can'?t|cannot|can not|couldn'?t) (?:[a-z]+ ){0,4}without (?:the |my |our |a )?"
    r"(?:[a-z']+ )?(?:approval|sign-?off|ok|okay|consent|go-?ahead|blessing)|"
    # "но надо согласовать с собственником", "but it needs the owner's approval"
    # "но любой сайт под брендом должен одобрить франчайзер": what needs it, in a few words
    # someone signs after the writer decides: "сначала решаю я, потом Анна Сергеевна
    # подписывает"
    r"потом (?:[а-я]+ ){1,3}(?:подписывает|утверждает|визирует|согласует|одобряет)|"
    # "but our investors need to okay it"
    r"(?:but|though) (?:[a-z']+ ){0,4}(?:needs?|has|have|must) (?:to )?(?:okay|ok|greenlight|"
    r"green-?light|bless|sign off on|rubber-?stamp) (?:it|this|that|the)(?![a-z])|"
    r"(?:но|а|только|однако|but|though|just) (?:[a-zа-я']+ ){0,6}(?:надо|нужно|придется|придётся|"
    r"должен|должна|обязан[а-я]*|"
    r"needs?|has to|have to|must|need to) (?:[a-zа-я']+ )?(?:согласовать|согласовывать|утвердить|"
    r"одобрить|подписать|get (?:it )?(?:approved|signed off)|be approved|approval|sign-?off|"
    # the approval as a noun: "но нужно согласие попечительского совета"
    r"согласи[ея]|одобрени[ея]|разрешени[ея]|подпись|виз[ау]|добро|consent|blessing)|"
    # nothing starts without a named person: "но без второго учредителя не запустим"
    r"без (?:[а-я]+ )?(?:учредител|партн[её]р|совет|правлени|инвестор|собственник|директор|"
    r"шеф|начальств|руководств|жены|мужа|супруг)[а-я]* (?:[а-я]+ ){0,2}не (?:запусти[мт]|"
    r"начн[её][мт]|сделаем|подпишем|стартуем|решим|двинемся|получится)|"
    # the decision split, the money's part with someone else: "техническое решение за мной,
    # финансовое — за шефом", "I pick the stack, the budget side is up to the CFO"
    r"(?:финанс[а-я]*|денежн[а-я]*|деньг[а-я]*|бюджет[а-я]*|оплат[а-я]*)(?: [а-я]+)?\s*[-—–:,]?"
    rf"\s*(?:решение |решают |решает )?(?:за|у) {BOSS_RU}|(?:financial|money|budget|spending) "
    rf"(?:[a-z]+ )?(?:is |are |sits |lies |stays )?(?:with|up to) {BOSS_EN}|"
    rf"my (?:wife|husband|partner|co-?founder) on(?!ly)|"
    # "Actually I decide, but I will ask my partner also"
    r"(?:but|though) (?:i'?ll|i will|i'?d|i need to|i have to|i must) (?:also )?(?:ask|consult|"
    r"check with|run it by|talk to) (?:my |the |our )?(?:partner|wife|husband|co-?founder|boss|"
    r"board|investor|team|cfo|ceo|director)|"
    # someone else has to nod too: "Well, Tom has to nod too", "the board must sign it off"
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!nobody )(?<!no one )(?:has to|needs to|must|"
    r"will have to) (?:also )?"
    r"(?:nod|okay|ok|approve|sign(?: it)? off|sign|bless|green-?light|agree)|"
    # "but actually my partner has a say too"
    r"(?<!\bi )(?<!\bwe )(?<!nobody )(?<!no one )(?:has|have) (?:a |the )?(?:say|vote|veto)"
    r"(?: too| as well| in (?:it|this|that))|"
    # approval after the writer's signature: "подписываю я, но после одобрения инвестора"
    r"(?:но )?после (?:одобрени|согласовани|утверждени|визы|апрува)[а-я]* (?!мной|мною)[а-я]+|"
    r"(?:budget|money|spend|spending|payments?) (?:goes|go|has to go|must go|runs) through|"
    # the budget approved elsewhere after a comma: "подрядчика выбираю я, бюджет утверждает
    # директор"
    r"[,;] (?:а )?(?:бюджет|оплату|смету|деньги) (?:[а-я]+ )?(?:утверждает|одобряет|подписывает|"
    r"согласовывает) |"
    # the money held elsewhere: "проджект я, а бюджет держит CEO"
    r"(?:но|а) (?:бюджет|деньги|кошел[её]к) (?:держит|держат|контролиру[а-я]+) |"
    # a third party's okay of the money: "the CFO okays the spend", "finance signs off on the PO"
    r"(?<!\bi )(?<!\bwe )(?<!one who )(?<!person who )(?<!just )(?<!only )(?<!merely )"
    r"(?:okays|oks|approves|signs off on|signs|green-?lights|releases|(?:has to|needs to|must) "
    r"(?:okay|approve|sign off on|release)) "
    r"(?:the |our |all )?(?:spend(?:ing)?|budget|money|funds|invoices?|payments?|purchases?|"
    r"contracts?|po|purchase orders?)|"
    # the word on another part of the project is someone else's: "по сайту решаю я, а по
    # интеграции с 1С слово за Игорем"
    r"(?:но|а) по (?:[а-я0-9]+ ){1,4}(?:слово|решение|выбор) за (?!мной|мною|нами|собой)[а-я]+|"
    # the decision still someone else's: "я его замещаю, но такое решение всё равно за ним"
    r"(?:но|однако) (?:[а-я]+ ){0,3}(?:решени[ея]|слово|выбор) (?:[а-я]+ ){0,2}за "
    r"(?!мной|мною|нами|собой)[а-я]+"
)
# A filler before a bare "me" ("ну я, а что?", "well, me. why?") changes nothing: the answer
# is still "me", whatever question back follows it.
_FILLER = r"(?:ну|да|так|дак|эм+|well|um+|uh+|oh|eh|er+)"
_BARE_ME_RE = re.compile(
    rf"^(?:{_FILLER},? )?(?:{_HEDGE} )?(?:я|сам|сама|me|myself|i do)(?: лично| сам| сама)?"
    r"(?:[,.!;]| но | but | (?:lol|haha|хах|хаха|ахах|ахаха|ну да)[.!)]*$)"
)


# The writer names themselves as someone's assistant or deputy ("Директор, я его помощница",
# "I'm PA to the MD"): a decision-maker role in the same answer is the boss's, not theirs.
_SUBORDINATE_RE = re.compile(
    rf"{_B}(?:(?:его|ее|её|их|директора|шефа|руководителя|владельца|собственника) "
    r"(?:личн[а-я]+ )?(?:помощни[а-я]*|ассистент[а-я]*|секретар[а-я]*|заместител[а-я]*|зам)|"
    r"(?:his|her|their|the boss'?s?|the director'?s?|the owner'?s?) (?:personal )?(?:pa|ea|"
    r"assistant|secretary|deputy)|(?:pa|ea|personal assistant|executive assistant|secretary) "
    rf"to){_E}"
)


# Owning the whole project or purchase ("я отвечаю за проект целиком", "вся закупка на мне",
# "I'm responsible for the entire project") is deciding when nobody else is named: it is read
# after deferral, so "отвечаю за проект, подписывает генеральный" stays influence, and a part
# of it ("отвечаю за маркетинг", "за техническую часть") is no claim to the whole.
_OWN_WHOLE_RE = re.compile(
    # a one-person business: "i'm the only one, it's a one-person amazon fba biz"
    rf"{_B}(?:(?:i'?m|i am) the only one|one-(?:person|man|woman) (?:business|biz|shop|company|"
    r"operation|show|band|team)|solo (?:founder|business|biz|operation)|"
    r"(?:я )?(?:полностью |целиком |единолично )?отвечаю за (?:весь |всю |все |этот |эту |"
    r"наш |нашу )?(?:проект|закупк[а-я]*|бюджет|все|всё|выбор подрядчика)"
    r"(?: (?:целиком|полностью|от и до|под ключ))?(?! [а-я]+ (?:часть|сторону))|"
    r"(?:весь |вся |этот |эта )?(?:проект|закупка) (?:целиком |полностью )?(?:на мне|мой|моя)|"
    # the whole business is the writer's: "фермер, хозяйство моё", "магазин мой"
    r"(?:хозяйство|ферма|бизнес|магазин|салон|компания|фирма|кафе|точка|дело|контора|клиника|"
    r"студия|мастерская|аптека|практика|агентство) (?:целиком |"
    r"полностью )?(?:мо[йяеё]|на мне)(?![а-я])|"
    r"это (?:мо[йяеё]) (?:собственн[а-я]+ )?(?:клиника|компания|фирма|студия|салон|магазин|бизнес|"
    r"кафе|ресторан|школа|агентство|пекарня|ферма|мастерская|гостиница|отель|хостел)(?![а-я])|"
    rf"(?:it'?s|this is) my (?:own )?(?:{_BUSINESS_EN}|school|agency|hotel|hostel|farm)"
    r"(?![a-z])|"
    r"(?:i'?m|i am) (?:fully |solely |wholly )?(?:responsible|accountable) for "
    r"(?:the |this |our )?(?:whole |entire )?(?:project|purchase|budget|everything)|"
    r"i own (?:the |this )?(?:whole |entire )?(?:project|purchase)|"
    rf"(?:the |this )?(?:whole |entire )?project is (?:all )?mine){_E}"
)


_WRITER_WORD_RE = re.compile(r"(?<![a-zа-я])(?:я|i|i'?m|me|my|мой|моя)(?![a-zа-я])")
# A rhetorical "who else?" after the writer's own claim (see `_parse_authority`).
_WHO_ELSE_RE = re.compile(
    r"(?:,? ?а )?кто (?:ж |же )?ещ[её] (?:должен |может |будет )?(?:решать|решает|подписывать|"
    r"подписывает)(?: [а-я]+){0,3}\?|who else (?:would|could|will|is going to) (?:decide|sign|"
    r"approve)[^?]{0,40}\?"
)


# A role answered first, then the writer's own smaller part or the role's holder as "he":
# "Вообще директор, но я тоже участвую", "Генеральный, но он всегда соглашается со мной",
# "the CEO, but I'm also on the committee".
_ROLE_FIRST_RE = re.compile(
    r"^(?:(?:вообще|формально|официально|ну|well|formally|officially),? )?(?:the |our |наш )?"
)
# ...or right after it, the writer as its holder's assistant: "директор, я у неё помощница"
_ROLE_ASSISTANT_AFTER_RE = re.compile(
    r",? (?:я|i'?m) (?:у (?:неё|нее|него) |her |his )?(?:помощни|ассистент|секретар|зам|"
    r"assistant|pa|secretary|deputy)"
)
_ROLE_WAS_ANOTHER_RE = re.compile(
    r"(?<![a-zа-я])(?:но|а|but|хотя|though)(?: [a-zа-я]+){0,4} (?:я (?:тоже|также)|i'?m? "
    r"(?:also|too)|(?:он|она|he|she) (?:[a-zа-я]+ ){0,2}(?:соглаша|слушает|прислушива|"
    r"доверяет|agrees|listens|trusts))"
)


def _role_was_another(t: str) -> bool:
    """A role answered first was the one above the writer, who has a part of their own."""
    start = _ROLE_FIRST_RE.match(t)
    role = _DM_ROLE_RE.match(t, start.end() if start else 0)
    return bool(
        role
        and (
            _ROLE_ASSISTANT_AFTER_RE.match(t, role.end())
            or _ROLE_WAS_ANOTHER_RE.search(t, role.end())
        )
    )


def _self_role(t: str) -> bool:
    """A decision-maker role named as the writer's own (not someone they defer to)."""
    if _SUBORDINATE_RE.search(t):
        return False
    for m in _DM_ROLE_RE.finditer(t):
        before = t[max(0, m.start() - 40) : m.start()]
        after = t[m.end() : m.end() + 30]
        if re.search(r"(?:не|not|no longer) (?:[a-zа-я]+ )?$", before):
            continue
        if _THIRD_PARTY_AFTER.match(after):
            continue
        if (
            _own_influencer_role(t)
            and not _WRITER_WORD_RE.search(before)
            and not after.startswith((" here", " тут", " здесь"))
        ):
            continue  # "CEO/CFO, я PM": the writer named another role of their own
        if _SELF_BEFORE.search(before):
            return True
        if _THIRD_PARTY_BEFORE.search(before):
            continue
        return True
    return False


_ROLE_SELF_BEFORE_RE = re.compile(
    r"(?:^|[.,;!?:] ?|(?:я|i'?m|i am|im|as|as a|as an|as the|работаю|работаю в|работаю на|"
    r"(?:i )?work(?:ing)? (?:in|at|for|as)|являюсь|my (?:role|title|"
    r"position) is|я тут|я здесь|я просто|я всего лишь|я лишь) )"
    # ("I'm more the initiator here": a hedge before the article)
    r"(?:(?:more|rather|basically|kind of|sort of) )?(?:the |a |an |just |only |просто |"
    r"простой |обычный |junior |senior |старший |младший |[a-zа-я-]+ )?$"
)


# The others asked before it goes ahead: "I'll run it past my two business partners"
_RUN_PAST_RE = re.compile(
    r"(?<![a-z])run (?:it|this|that) (?:past|by) (?:my |our |the )?(?:[a-z]+ ){0,2}(?:partners?|"
    r"board|co-?founders?|wife|husband|investors?)"
)
# The writer as the one who decides, said outright: "я и есть тот, кто решает", "me lol who else"
_I_AM_THE_ONE_RE = re.compile(
    r"(?<![а-я])я и есть (?:тот|та)?,? (?:кто|который|которая) (?:решает|принимает решени[а-я]*)|"
    r"^(?:me|я)(?: lol| haha| ха-?ха| лол| ахах)?,? (?:who else|кто ж(?:е)? ещ[её])\??$"
)
_DECISION_WORD_RE = re.compile(r"decid|decision|say|word|call|реша|решени|слово")
# Nothing decided without the others: "мне надо показать всё партнёрам, без них не решу"
_WITHOUT_THEM_RE = re.compile(
    r"(?<![а-я])без (?:них|него|нее|неё|партн[её]р[а-я]*|жены|мужа|директора|совета|"
    r"учредител[а-я]*)"
    r" (?:я |мы )?не (?:решу|решаю|решим|подпишу|подпишем|начну|начнем|начнём)"
)
# The writer's part named: advising the one who decides, or one seat among several, or the case
# put forward to them ("I'm in the digital team that will put the case forward"): "жена у нас
# главная, я так, подсказываю", "the vicar and the churchwardens, I'm just one of the wardens".
_A_PART_RE = re.compile(
    rf"{_B}(?:я|i)(?: так,?| just| only| simply| лишь| только| просто)? (?:подсказываю|советую|"
    r"advise|suggest)|(?:i'?m|i am|я) (?:just |only |simply |лишь |только |просто )?(?:one of "
    r"(?:the )?[a-z]+|один из [а-я]+|одна из [а-я]+)|(?:put|make|bring) (?:the|a|our) "
    r"(?:business )?case (?:forward|to)"
)


def _own_influencer_role(t: str) -> bool:
    """A non-deciding role named as the writer's own ("я менеджер", "marketing manager here"),
    not someone asked for ("подключите живого менеджера")."""
    for m in _INFLUENCER_ROLE_RE.finditer(t):
        if _ROLE_SELF_BEFORE_RE.search(t[max(0, m.start() - 40) : m.start()]):
            if _ROLE_CALLS_RE.match(t, m.end()):
                continue  # "пусть менеджер позвонит": the studio's manager, asked to call
            return True
    return False


_ROLE_CALLS_RE = re.compile(
    r" (?:мне |нам )?(?:позвонит|перезвонит|свяжется|напишет|наберет|calls?|will call|"
    r"contacts?|gets? in touch|reaches out)(?![a-zа-я])"
)


# Signing authority of the writer's own, often with a limit: "full sign-off up to €80k", "I
# can approve anything under 50k", "могу сам утвердить до 500к", "лимит подписи у меня 3 млн",
# "подписываю без согласований". A limit is still deciding alone (the deal is within it unless
# the writer says otherwise, ``_SIGNOFF_OTHERS_RE``).
_OWN_SIGNOFF_RE = re.compile(
    rf"{_B}(?:(?:full|complete|my|own|sole) (?:sign[- ]?off|signing|signature|approval|spending)"
    r"(?: authority| powers?| rights| limit)?|(?:sign-?off|signing|signature|approval|spending) "
    r"(?:authority|powers?|rights|limit)|(?:sign-?off|signature|approval)(?: [a-z0-9$€£.,]+){0,4}"
    r" (?:is|'s) (?:all )?mine|i (?:can|could|may|am allowed to|'m allowed to|am able to|'m able "
    r"to) (?:personally )?(?:sign|approve)(?: off)?|"
    # every big purchase goes through the writer: "I sign off on anything above $500"
    r"i (?:personally )?(?:sign off on|approve) (?:everything|anything|all purchases|all spend)|"
    r"(?:могу|вправе|имею право|уполномочен[а-я]*) (?:сам |сама |лично |самостоятельно )?"
    r"(?:подписать|подписывать|утвердить|утверждать|одобрить|одобрять)|"
    r"(?:лимит|право|полномочи[а-я]*) (?:на )?подпис[а-я]*|(?:у меня|мой) лимит|"
    r"без (?:дополнительн[а-я]* |лишних |чьих-?либо |каких-?либо )?(?:согласовани[яй]|"
    r"одобрени[яй]|апрува|виз[ыа])(?! (?:с|со|у|от|не|нельзя|никак|никто|руковод|директор|шеф|"
    rf"начальств|собственник|учредител))){_E}"
)
# ... unless someone else signs or approves, or the deal is above the writer's limit.
_SIGNOFF_OTHERS_RE = re.compile(
    rf"{_B}(?:(?:need|needs|require[sd]?|get|getting|awaiting|wait(?:ing)? for|seek(?:ing)?) "
    r"(?:a |the |his |her |their )?(?:full )?(?:sign-?off|approval|signature)|"
    r"(?:sign-?off|approval|signature) (?:from|by|of) (?:the |my |our |a )|"
    r"(?:above|beyond|over|exceeds?|outside|больше|выше|сверх|свыше|превышает) (?:my |моего |"
    r"моих |мой )?(?:signing |sign-?off |approval |spending )?(?:limit|authority|лимит[а-я]*|"
    rf"полномочи[а-я]*)|(?:only|только|лишь) (?:after|после)|"
    rf"[a-z]+'s (?:sign-?off|approval|signing|signature|spending)){_E}"
)


# A signing limit with its amount: "I can approve up to $2k", "подписываю до 300 тысяч",
# "лимит подписи 3 млн", "my signing limit is $50k".
_SIGN_LIMIT_RE = re.compile(
    rf"{_B}(?:sign|approv|утвер|подпис|одобр|лимит|limit|spend|реша|decid|сам[аи]? мог)[a-zа-я-]*"
    r"(?: [a-zа-я'-]+){0,4}? "
    r"(?:(?:up to|under|below|within|of up to|of|is|до|в пределах|в рамках|не больше|не более|"
    r"на сумму до|на сумму|at) )?(?=(?:[$€£] ?)?\d|(?:полу?)?миллион|лям)"
)
# The limit said first: "до 300к подписываю я", "up to $5k I approve myself"
_LIMIT_FIRST_RE = re.compile(
    r"(?<![a-zа-я])(?:до|не больше|up to|under|below) (?P<amount>(?:[$€£] ?)?\d[\d ,.]*"
    r"(?:к|k|тыс[а-я.]*|тысяч[а-я]*|млн[а-я.]*|миллион[а-я]*|m|mln)?(?: (?:руб[а-я.]*|р\.?|"
    r"рублей|usd|eur|dollars|euros))?),? (?:[а-яa-z]+ )?(?:подписываю|утверждаю|решаю|"
    r"согласовываю|могу|i sign|i approve|i decide|i can)(?![a-zа-я])"
)
_ABOVE_WORD_END_RE = re.compile(r"(?:above|over|more than|beyond|свыше|больше|выше) $")
_I_BEFORE_RE = re.compile(r"(?<![a-zа-я])(?:i|я)(?: personally| лично| сам| сама)? $")
_I_SIGN_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:i|я)(?: personally| лично| сам| сама)? (?:sign(?:s)?(?: off)?(?: on)?|"
    r"approve|подписываю|утверждаю|одобряю|согласовываю) $"
)
_CURRENCY_NAMED_RE = re.compile(
    r"[$€£₽]|руб|usd|eur|gbp|долл|евро|dollar|euro|pound|(?<![a-zа-я])р\."
)
#: The smallest deal of the company profile the parsers know (300,000 RUB, about $3,300 or
#: EUR 3,000; the classifiers' training labels assume it too): a signing limit below it does
#: not cover a project, so someone above the writer signs (``influencer``).
SMALL_LIMIT = {"RUB": 300_000.0, "USD": 3_300.0, "EUR": 3_000.0, "GBP": 2_600.0}
#: A signing limit this many times the smallest deal covers a whole project of ours.
LIMIT_COVERS = 10


# What goes above the writer from an amount on: "anything over $50k goes to the board",
# "всё, что дороже миллиона, согласую с акционерами"
_ABOVE_LIMIT_RE = re.compile(
    # "если выйдем за миллион — к учредителю"
    r"(?<![a-zа-я])(?:если )?(?:выйдем|выходим|выйдет|перевалит|превысим) за "
    r"(?=(?:[$€£] ?)?\d|(?:полу?)?миллион|лям|[а-я]+ (?:тысяч|миллион))|"
    rf"{_B}(?:anything|everything|all|whatever|всё|все|что|что-то|то,? что|deals?|contracts?|"
    r"projects?|purchases?|spend(?:ing)?|сделки|договор[аы]|контракты|проекты|закупки|суммы)"
    r"(?: [a-zа-я]+)?,? (?:over|above|beyond|more than|bigger than|больше|свыше|выше|дороже|"
    r"крупнее|от) (?=(?:[$€£] ?)?\d|(?:полу?)?миллион|лям|[а-яa-z]+ (?:тысяч|миллион|thousand|"
    r"million|grand))"
)


def _signing_limit(t: str) -> bool | None:
    """The writer's own signing limit against the smallest deal: False when it is named at or
    below it ("I can approve up to $2k on my own": the deal goes to someone above them), True
    when a whole project surely fits under it (``LIMIT_COVERS`` times the smallest deal:
    "anything over $50k goes to the board"), None when no limit is named with an amount or
    one in between ("over $20k goes to the board": a real project may well go there)."""
    for limit_re in (_SIGN_LIMIT_RE, _ABOVE_LIMIT_RE, _LIMIT_FIRST_RE):
        for m in limit_re.finditer(t):
            if (
                limit_re is _SIGN_LIMIT_RE
                and _ABOVE_WORD_END_RE.search(m.group(0))
                and _I_BEFORE_RE.search(t, max(0, m.start() - 16), m.start())
            ) or (
                limit_re is _ABOVE_LIMIT_RE
                and _I_SIGN_BEFORE_RE.search(t, max(0, m.start() - 30), m.start())
            ):
                return True  # "I sign off on everything above €1,000": the big ones are mine
            after = t[m.end() : m.end() + 30]
            window = (
                m.group("amount")
                if limit_re is _LIMIT_FIRST_RE
                else re.split(r"[;!?]|[,.] (?=[a-zа-я])", after, maxsplit=1)[0]
            )
            found = parse_budget(window)
            if found is None or found.status != "amount":
                continue
            amount = found.max if found.max is not None else found.min
            currency = found.currency
            if not _CURRENCY_NAMED_RE.search(window):
                # a bare "50k": roubles in a Russian answer, dollars in an English one
                currency = "RUB" if re.search(r"[а-я]", t) else "USD"
            floor = SMALL_LIMIT.get(currency or "")
            if amount is None or floor is None:
                continue
            # the writer says where this project falls: "and this will be well over that",
            # "so it's within my limit", "which covers this"
            if _PROJECT_ABOVE_RE.search(t, m.end()):
                return False
            if _PROJECT_WITHIN_RE.search(t, m.end()):
                return True
            if amount <= floor:
                return False  # a limit at the smallest deal leaves most deals above it
            if amount >= LIMIT_COVERS * floor:
                return True
    return None


# The project named as above the writer's own limit: "and this will be above", "этот проект
# больше"
_PROJECT_ABOVE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:this|it|the project|this one) (?:will be|is|'s|would be|goes|will go) "
    r"(?:well |way |much |far |likely |probably )?(?:above|over|beyond|more)|"
    r"(?:этот проект|это|проект|наш)[, а-я]{0,25}? (?:будет |выйдет |обойд[её]тся )?(?:больше|"
    r"выше|дороже)|"
    r"не влез(?:ает|ет|ем)|"
    # "тут явно выше", "у вас, судя по ценам, больше", "at your prices it'll be more"
    r"(?:тут|здесь|у вас|в нашем случае|here|in this case|at your prices)[, а-яa-z']{0,25}? "
    r"(?:явно |точно |наверняка |скорее )?(?:выше|больше|дороже|above|over|more|higher))"
    r"(?![a-zа-я])"
)


_PROJECT_WITHIN_RE = re.compile(
    r"(?<![a-zа-я])(?:within my (?:limit|authority|budget|sign-?off)|which covers (?:this|it)|"
    r"(?:that|this|it) covers (?:this|it)|"
    # "I sign off on anything under our approval threshold, and this is under it"
    r"(?:this|it) (?:one )?is (?:under|below|within) (?:it|that|the (?:threshold|limit))|"
    r"в пределах (?:моего|моих) (?:лимит|полномочи)[а-я]*|"
    r"(?:это|проект) (?:[а-я]+ )?(?:укладывается|влезает|входит) в (?:мой )?лимит)(?![a-zа-я])"
)


def _own_signoff(t: str) -> re.Match[str] | None:
    """The writer's own signing authority, with nobody else's sign-off needed."""
    if _SIGNOFF_OTHERS_RE.search(t):
        return None
    return _OWN_SIGNOFF_RE.search(t)


# A self-correction after the writer's own claim: "я решаю... точнее, мы с сестрой", "my
# call, well, me and my partner". What follows it is what the writer settles on.
_CORRECTION_RE = re.compile(
    rf"{_B}(?:ну|хотя нет|хотя|точнее|вернее|то есть|скорее|well|actually|or rather|i mean|"
    rf"okay|ok|rather|hm+|эм+|i should (?:say|have said)){_E}"
)


# A claim taken back: "решаю я. Хотя нет, договор подписывает генеральный", "my call... actually
# no, the board signs". Only these words retract: after "хотя формально подписывает совет" the
# writer still decides.
_RETRACT_RE = re.compile(
    rf"{_B}(?:хотя нет|нет,? (?:вернее|точнее|стоп)|вернее|точнее|actually,? no|no,? wait|"
    rf"wait,? no|scratch that|or rather|i mean,? (?:no|not)|(?<=- )well(?=,)|не совсем (?:я|мне)|"
    rf"not (?:entirely|just|only) (?:me|mine)){_E}"
)


# A co-owner named after a claim taken back: "я, хотя нет — есть ещё сооснователь".
_CO_OWNER_RE = re.compile(
    rf"{_B}(?:сооснователь|совладел[а-я]+|компаньон|co-?founder|co-?owner|business partner|"
    r"(?:муж|жена|супруг[а]?|партн[её]р|husband|wife|partner) (?:тоже|also|too))"
    rf"{_E}"
)


def _claimed(head: str) -> bool:
    """The writer's own claim before a correction: "решаю я", or just "я"."""
    return bool(_EXPLICIT_DM_RE.search(head) or _BARE_ME_RE.match(head.strip() + ","))


def _corrected_away(text: str) -> bool:
    """The writer's own claim, then a self-correction to a decision shared with someone close
    ("сам решаю... хотя нет, мы с братом") or taken back for someone else's ("хотя нет,
    подписывает генеральный"): the classifier's bag of words cannot see which came last."""
    t = detransliterate(normalize(text))
    for m in _CORRECTION_RE.finditer(t):
        if _claimed(t[: m.start()]) and _JOINT_RE.search(t[m.end() :]):
            return True
    for m in _RETRACT_RE.finditer(t):
        tail = t[m.end() :]
        if _claimed(t[: m.start()]) and any(
            r.search(tail) for r in (_DEFER_RE, _OTHERS_DECIDE_RE, _NEG_DM_RE, _CO_OWNER_RE)
        ):
            return True
    return False


# Nothing decided without the writer: "без меня точно не решат", "they won't decide without me".
_NOT_WITHOUT_ME_RE = re.compile(
    r"(?<![a-zа-я])(?:без меня (?:точно |никак |ничего )?не (?:решат|решится|примут|подпишут)|"
    r"(?:won'?t|will not|can'?t) (?:decide|sign) (?:anything )?without me)(?![a-zа-я])"
)
# Deciding together with an equal: "я партнёр бюро, решаем вдвоём с коллегой", "my co-founder
# and I decide together", "мы с совладельцем решаем".
_CO_DECIDE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:решаем|решать будем|будем решать|decide|we decide)(?: [a-zа-я]+){0,2} "
    r"(?:вдвоем|втроем|вместе|сообща|совместно|together|jointly|between us)|(?:вдвоем|втроем|"
    r"вместе|сообща|together|jointly) (?:решаем|decide)|(?:я|i|me) (?:и|and|\+|&) (?:мой |моя |my "
    r"|our )?(?:партн[её]р|совладел|сооснователь|компаньон|co-?founder|co-?owner|partner)|"
    r"(?:мы|we) (?:с|and) (?:моим |моей |my )?(?:партн[её]р|совладел|сооснователь|компаньон|"
    r"co-?founder|co-?owner|partner)[а-яa-z]*)(?![a-zа-я])"
)


@reading_cache()
def decides_jointly(text: str, reading: Authority | None = None) -> bool:
    """The writer decides together with an equal (a partner, a co-owner), with nobody above
    them approving: a co-decider, not an adviser. Both read ``influencer`` (README's labels);
    the scoring model may weigh them apart (``authority_joint``). ``reading``: the text's
    ``parse_authority``, when the caller has it already."""
    t = detransliterate(normalize(text))
    return (
        (reading or parse_authority(text)) == "influencer"
        and bool(_CO_DECIDE_RE.search(t) or _OTHERS_AGREE_RE.search(t))
        and not (_BUT_APPROVES_RE.search(t) or _OTHERS_DECIDE_RE.search(t) or _ABOVE_RE.search(t))
    )


# Someone above the writer in the same answer: "решаем вместе с директором, он утверждает".
_ABOVE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:с|with) (?:нашим |моим |моей |the |my |our )?(?:директор|шеф|руковод|"
    r"начальник|начальств|босс|собственник|учредител|владел|boss|director|ceo|owner|manager|"
    r"board)|утвержда|подписыва|визиру|approves|signs|sign-?off)"
)


def parse_authority(text: str) -> Authority | None:
    """Map an answer about decision-making to an authority level; ``None`` if not understood."""
    return read_authority(text)[1]


@reading_cache()
def read_authority(text: str) -> tuple[Authority | None, Authority | None]:
    """The rules' reading of ``text`` and the final one (``parse_authority``), the rules run
    once: extraction trusts a reading the rules share more than the classifier's alone."""
    try:
        now = now_start(normalize(text))
        if now:
            # "раньше решал директор, теперь я": who decides now is the answer
            later = read_authority(normalize(text)[now:])
            if later[1] is not None:
                return later
        rules = _parse_authority(text)
        return rules, _with_classifier(text, rules)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None, None


def _with_classifier(text: str, rules: Authority | None) -> Authority | None:
    """The rules' reading weighed against the classifier's (see ``_combine``)."""
    # (the text the checks below read; none of them applies to the other readings)
    t = detransliterate(normalize(text)) if rules in ("influencer", "decision_maker") else ""
    if rules == "influencer" and (
        _corrected_away(text) or _BUT_APPROVES_RE.search(t) or _signing_limit(t) is False
    ):
        # the approval or the last word named as someone else's ("последнее слово у
        # собственника, я управляющий"), a limit the project is above ("решаю сам до
        # миллиона, а этот выйдет дороже"): the classifier's words cannot see whose it is
        return rules
    if rules == "decision_maker" and _PROJECT_WITHIN_RE.search(t):
        # "...but anything over $20k goes to the founder; this is $10k, within my limit":
        # the classifier reads the approval, not that this project is under it
        return rules
    if rules == "decision_maker" and (
        _DELEGATED_RE.search(t)
        or _claim_after_contrast(text)
        or _FORMALITY_RE.search(normalize(text))
        or _ADVICE_AFTER_RE.search(t)
    ):
        # "формально утверждает совет, но выбор за мной": the clause after "but" is what
        # the writer asserts; the classifier's bag of words cannot see which came last
        return rules
    pred = classifier.predict("authority", text, _signals(rules))
    if rules == "researcher" and pred is not None and pred.label in ("influencer", "unknown"):
        # the rules read research only after weighing the deferral in the same answer
        # ("собрать варианты для директора"); the classifier's "influencer" is that
        # deferral's words again, with no sight of whether the writer does more than collect,
        # and its "unknown" the boss not told yet ("я только посмотреть, руководство не в курсе")
        return rules
    combined = _combine(rules, pred)
    # The classifier's "not an answer" does not overturn the rules' "unknown" (a question
    # back, "не знаю"): interpret_text answers a question and asks again either way.
    return "unknown" if combined is None and rules == "unknown" else combined


# Advice asked after the claim, of someone who does not decide: "моё решение, но посоветуюсь с
# нашим программистом", "mine, but I'll ask our developer's opinion".
_ADVICE_AFTER_RE = re.compile(
    r"(?:но|but) (?:с (?:мужем|женой|семьей|семьёй|командой|партнером|партнёром|мамой|папой) )?"
    r"(?:конечно )?(?:посоветуюсь|посоветуемся)|"
    r"(?:но|but) (?:я |i'?ll |i will )?(?:посоветуюсь|посоветуемся|спрошу мнени[ея]|ask (?:for )?"
    r"(?:the )?(?:advice|opinion)) (?:[a-zа-я]+ )?(?:с |of |from )?"
    r"(?:нашим |своим |моим |our |my )?"
    r"(?!директор|шеф|руковод|собственник|учредител|совет|инвестор|партн|boss|owner|ceo|board|"
    r"investor|partner)[a-zа-я]+|"
    # a technical check by the writer's own staff: "даю добро я, но техническую часть проверит
    # наш айтишник", "but our CTO will review the technical side"
    r"(?:но|but) (?:[a-zа-я]+ ){0,3}(?:проверит|посмотрит|оценит|will (?:check|review|vet|look "
    r"at)) (?:[a-zа-я]+ ){0,2}(?:айтишник|технар|программист|разработчик|developer|it (?:guy|"
    r"team|department)|cto|techie)|(?:но|but) (?:наш |our |my )?(?:айтишник|технарь|программист|"
    r"cto|it guy|developer) (?:проверит|посмотрит|will (?:check|review|vet|look at)) "
    r"(?:[a-zа-я]+ ){0,2}(?:техническ|technical|tech)"
)
_NOT_MINE_AFTER_RE = re.compile(r" ?(?:у меня )?(?:нет|не было|отсутствует)(?![а-я])")
_TRUSTS_MY_RE = re.compile(_TRUSTS_MY_CHOICE)
_CONCLUDED_UNSURE_RE = re.compile(
    r"(?<![a-zа-я])(?:так что|в общем|короче|в итоге|поэтому|so|in short|all in all|bottom line)"
    # ("так что и кто решит, не знаю": who it will be, not known)
    r",? (?:и )?(?:кто (?:решит|будет решать|подпишет),? )?(?:я |i )?(?:честно |honestly )?"
    r"(?:не знаю|хз|сложно сказать|трудно сказать|"
    r"не могу сказать|don'?t know|dunno|hard to say|not sure|no idea|can'?t say)(?![a-zа-я])"
    # not which of the others, nor why the bot asks: "так что не знаю, кто из них подпишет"
    r"(?!,? (?:кто из|которая из|который из|which of|зачем|почему|why|what for))"
)
_CONTRAST_RE = re.compile(rf"{_B}(?:но|а|but|however|though|yet){_E}")


def _claim_after_contrast(text: str) -> bool:
    """An explicit first-person claim in the last clause after a contrast ("formally X, but I
    decide"), with no one approving after it (the rules read ``decision_maker``)."""
    t = detransliterate(normalize(text))
    contrasts = list(_CONTRAST_RE.finditer(t))
    if not contrasts:
        return False
    tail = t[contrasts[-1].start() :]
    return bool(_EXPLICIT_DM_RE.search(tail) or _own_signoff(tail)) and not _NEG_DM_RE.search(tail)


def _signals(rules: Authority | None) -> tuple[str, ...]:
    return ("nothing",) if rules is None else (rules,)


def rule_signals(text: str) -> tuple[str, ...]:
    """The rules' reading of ``text`` as the classifier's extra features (``classifier.predict``);
    training computes them with this function too."""
    return _signals(_parse_authority(text))


#: The classifier answers for the rules when they found nothing, at this probability or more.
AUTHORITY_FILL = 0.4
#: The classifier overrides the rules at this probability or more.
AUTHORITY_VETO = 0.6


def _combine(rules: Authority | None, pred: classifier.Prediction | None) -> Authority | None:
    """Rules and classifier: the rules' level stands unless the classifier is sure of another
    (``AUTHORITY_VETO``); when the rules find nothing, the classifier's level at
    ``AUTHORITY_FILL``. "Not an answer" gives ``None`` (the bot asks again)."""
    if pred is None:
        return rules
    label, p = pred.label, pred.confidence
    if rules is None and p >= AUTHORITY_FILL:
        return None if label == "not_answer" else label  # type: ignore[return-value]
    if rules is not None and label != rules and p >= AUTHORITY_VETO:
        return None if label == "not_answer" else label  # type: ignore[return-value]
    return rules


# Tasked by the one who decides with finding the contractor, and...
_TASKED_TO_PICK_RE = re.compile(
    r"(?<![а-яa-z])(?:поручил[аи]?|попросил[аи]?|велел[аи]?|доверил[аи]?|сказали)(?: меня| мне)? "
    r"(?:найти|подобрать|выбрать)(?: и (?:найти|подобрать|выбрать|нанять))? (?:[а-я]+ )?"
    r"(?:подрядчик|исполнител|студи|агентств|разработчик|компани)[а-я]*|"
    # to find and to propose: "мне поручили найти и предложить"
    r"(?:поручил[аи]?|попросил[аи]?|велел[аи]?) (?:меня |мне )?(?:найти|подобрать) и "
    r"(?:предложить|порекомендовать|посоветовать)|"
    r"(?:asked|tasked) (?:me )?(?:with |to )?(?:find|pick|choos|select|hir)[a-z]*"
    r"(?: and (?:find|pick|choos|select|hir|shortlist)[a-z]*)? (?:a |the |an )?(?:[a-z]+ )?"
    r"(?:contractor|vendor|agency|studio|developer|supplier|partner)"
)
# ...unless only to bring back options: "поручили найти подрядчика и принести три КП"
_ONLY_OPTIONS_RE = re.compile(
    r"принест|принести|собрать (?:кп|предложени|вариант)|(?:два|три|пар[уы]|несколько|\d)"
    r"(?:-три)? (?:вариант|кп|предложени)|bring (?:back )?(?:options|quotes|proposals)|"
    r"(?:просто|только|лишь) помога"
)
# Someone else denied, then the writer: "не совет директоров, а лично я", "not the board, me"
# (read as what follows: "я — компания моя").
_NOT_THEM_BUT_ME_RE = re.compile(
    r"^(?:не|not) (?:[a-zа-я-]+ ){0,3}[a-zа-я-]+ ?[,—–-]+ ?(?:а |but )?"
    r"(?:лично |именно |сам[аи]? |only |just )?(?=(?:я|me|i)(?![a-zа-я']))"
)
# "Who else, if not me?" answers "me" ("а кто ещё, если не владелец? я и есть владелец", "who
# else but me"): read as the plain "я" before the negation rules see "не я".
# "я и X, и Y": every role is the writer's ("и ..., и ..."), not "me and X".
_EVERY_ROLE_RE = re.compile(
    r"^я и (?!жен|муж|сын|доч|брат|сестр|мам|пап|отец|мать|партн|компаньон|сооснов|совладел|"
    r"друг|подруг)(?=[а-я-]+(?: [а-я-]+)?,? и [а-я])"
)
_WHO_ELSE_BUT_ME_RE = re.compile(
    rf"{_B}(?:а )?кто(?: же| ж| ещё| еще){{0,2}},? (?:как |если )?не (?:я|мне|{_DM_ROLE})"
    rf"(?: же)?{_E}|who else (?:but|if not|than) (?:me|i|the owner|the boss)|"
    r"(?:if not me|if not i),? (?:then )?who|"
    # "Я — а кто же ещё?", "me, who else?"
    r"(?<=я )-? ?а кто (?:же |ж )?(?:ещ[её]|другой)\??|(?<=me)[,.]? who else\??|"
    # asked back after the writer's own business: "это моя клиника, кто ж ещё решает"
    r"(?<=[,.] )кто (?:же |ж )(?:ещ[её] )?(?:реша[а-я]*|может решать)\??|"
    # nobody else: "никто, кроме меня", "nobody needs to approve it but me", "ни с кем ничего
    # согласовывать не надо"
    r"никто,? кроме меня(?:,? (?:тут |здесь |у нас |в компании |больше )?(?:ничего )?не "
    r"(?:реша[а-я]*|принима[а-я]* решени[а-я]*|подписыва[а-я]*|утвержда[а-я]*|одобря[а-я]*))?|"
    r"(?:nobody|no one|none)(?: [a-z]+){0,5},? (?:but|except|other than) "
    r"(?:me|myself)|ни с кем (?:ничего )?(?:согласовывать|советоваться|обсуждать) "
    r"(?:ничего )?не (?:надо|нужно|буду|требуется)"
)


# Asking whether the answer changes the price ("это на цену влияет?", "does that affect the
# price?"): a question back, not the influence of the writer.
_PRICE_QUESTION_RE = re.compile(
    r"(?<![a-zа-я])(?:влия[а-я]* (?:ли )?(?:это )?на (?:цен|стоимост|смет)[а-я]*|"
    r"на (?:цен|стоимост|смет)[а-я]* (?:это )?(?:как-?то )?влия[а-я]*|"
    r"(?:affect|change|influence|impact)s? (?:the |your )?(?:price|cost|quote|estimate))"
)
# No one's approval needed, said of the writer: "I don't need anyone's approval".
_NEED_NO_APPROVAL_RE = re.compile(
    r"(?<![a-z])(?:i )?(?:don'?t|do not) need (?:anyone'?s|anybody'?s|any) (?:approval|"
    r"sign-?off|permission)|мне (?:ничье|ничьё|ничьего) (?:одобрени|согласи|разрешени)[а-я]* не "
    r"(?:нужн|требу)[а-я]*"
)
# Others ruled out as deciders ("I do. No committee.", "без всяких согласований"): no body to
# defer to, the rest of the answer stands.
_NO_OTHER_DECIDER_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:никого|ни с кем|ничего) (?:ни с кем |ничего )?(?:не )?(?:согласовывать|"
    r"согласовать|спрашивать)(?: не)? (?:надо|нужно|требуется)|(?:nobody|no one|no-one) (?:else )?"
    r"(?:needs|has|is needed) to (?:approve|sign(?: off)?|okay|ok)(?: it| this| anything)?)|"
    r"(?<![a-zа-я])(?:no|without|never any|without any|без|никаких|безо всяких|без всяких|нет "
    r"никаких)(?: [a-zа-я-]+)? (?:committees?|boards?|approvals?|sign-?offs?|bosses|bureaucracy|"
    r"комитет[а-я]*|совет[а-я]*|согласовани[а-я]*|начальник[а-я]*|бюрократи[а-я]*)(?![a-zа-я])"
    # not "без согласования с учредителем никак": that names the one who approves
    r"(?! (?:с|со|with|from|от) )(?!.*(?:никак|нельзя|не обойтись|no way|can'?t|cannot))|"
    # "комитетов у нас нет"
    r"(?<![a-zа-я])(?:комитет|совет|согласовани|бюрократи)[а-я]* (?:у нас |тут |здесь )?(?:нет|"
    r"не бывает)(?![a-zа-я])|"
    # a third party excluded: "the franchisor has no say on our website"
    r"(?<![a-zа-я])(?:the |our |my )?(?!i )[a-z]+ (?:has|have|gets?) no (?:say|vote)"
    r"(?: (?:on|in|over) (?:the |our |this |that )?[a-z]+)?|"
    # the rhetorical "with whom else?": "я владелец, с кем ещё согласовывать"
    r"(?<![а-я])с кем (?:ещ[её] |же )?(?:согласовывать|советоваться|решать)\??|"
    r"(?<![a-z])who else would (?:decide|sign|approve)\??|"
    # nobody to agree with: "партнёров нет, согласовывать не с кем", "no co-founders"
    r"(?<![a-z])no ?(?:one|body) else (?:is )?involved|"
    r"(?<![a-zа-я])(?:(?:согласовывать|согласовать|советоваться|спрашивать) не с кем|не с кем "
    r"(?:согласовывать|согласовать|советоваться)|нет (?:[а-я]+ )?(?:партн[её]р|совладел|"
    r"учредител|сооснов|компаньон)[а-я]*|"
    r"(?:партн[её]р|совладел|учредител|сооснов|компаньон)[а-я]* "
    r"(?:у меня |у нас )?нет|no (?:other )?(?:partners?|co-?founders?|co-?owners?|shareholders?)|"
    r"nobody (?:else )?to (?:ask|check with|consult))(?![a-zа-я])|"
    # a third party that keeps out of it: "франчайзер это не регулирует", "отец в это не лезет",
    # "I don't need anyone's sign-off"
    r"(?<![a-zа-я])(?:[а-я]+ )(?:это |тут |здесь |в это |в это дело |туда )?не (?:регулирует|"
    r"регулируют|контролирует|контролируют|лезет|лезут|вмешивается|вмешиваются)(?![а-я])|"
    r"(?<![a-z])(?:i )?(?:don'?t|do not) need (?:anyone|anybody|any|their|his|her)"
    r"(?:'s| else'?s)? "
    r"(?:sign-?off|approval|permission|ok|okay)(?![a-z])|"
    # a co-decider who has left: "партнёр вышел из бизнеса", "my co-founder left last year"
    r"(?<![a-zа-я])(?:(?:мой |моя |наш |наша |my |our )?(?:партн[её]р|сооснователь|совладел[а-я]*|"
    r"компаньон|co-?founder|partner|co-?owner)|он|она|he|she) (?:[a-zа-я]+ ){0,2}(?:вышел|вышла|"
    r"ушел|ушёл|ушла|left|quit|retired|is gone|has gone)(?: из (?:бизнеса|компании|дела))?"
    r"(?![a-zа-я])"
)
# What the writer was going to say and did not: "хотел написать «мы с партнёром», но..."
_RETRACTED_QUOTE_RE = re.compile(
    r"(?:хотел[а]? (?:бы )?(?:написать|сказать|ответить)|was going to (?:say|write)|wanted to "
    r'(?:say|write))[: ]*"[^"]*"'
)
# Someone else's words quoted: "как сказал наш генеральный: «... я подпишу»"; a claim of
# deciding in them is the speaker's, not the writer's
_THEIR_QUOTE_RE = re.compile(
    r"(?:сказал[аи]?|говорит|говорят|велел[аи]?|said|says|told (?:me|us))(?: [a-zа-я-]+){0,3}"
    r'[: ]*"(?P<quote>[^"]+)"'
)


# "кто-кто, начальство, конечно": words around a bare answer that change nothing
_FILLERS_RE = re.compile(
    r"(?<![a-zа-я])(?:кто кто|ну|конечно|естественно|разумеется|of course|obviously|well)"
    r"(?![a-zа-я]) ?"
)
# The bot's question repeated before the answer: "Кто решает? — я, собственник", "Вопрос «кто
# решает» — ко мне"
_QUOTED_QUESTION_RE = re.compile(
    r"^(?:вопрос )?[\"']?(?:кто (?:решает|принимает решение|у вас решает)|who decides|"
    r"who makes the decision)[\"']?\?? ?(?:[-:] ?)?"
)
_DEPARTMENT_ALONE_RE = re.compile(
    r"^(?:наш |наша |the |our )?(?:отдел [а-я]+|[а-я]+ отдел|закупк[аи]|бухгалтерия|финотдел|"
    r"юристы|юротдел|правление|совет директоров|procurement|purchasing|finance|legal|"
    r"(?:the )?board of directors)(?: department| team| dept)?$"
)
_GATHERING_RE = re.compile(
    r"(?:putting|put|pulling|pull|getting|get) (?:(?:the|all the|some) )?(?:[a-z]+ )?together"
)
_DECIDING_RE = re.compile(
    rf"{_B}(?:реша[а-я]*|решени[а-я]*|выбира[а-я]*|выберем|решим|договорим[а-я]*|decid[a-z]*|"
    r"decision|choos[a-z]*|pick|picks|picking|оценива[а-я]*|(?:score|evaluate|assess|rank)[a-z]* "
    r"(?:the |all )?(?:bids|proposals|offers|quotes))"
)


# The money approved already, a fact about the budget, not about who decides: "EUR 120k,
# approved in the FY27 capex plan", "бюджет уже утверждён" ("approved by the board" names who).
_MONEY_APPROVED_RE = re.compile(
    rf"{_B}(?:(?:budget|funding|money|funds)(?:'s| is| was| has been)? (?:already |fully )?"
    r"(?:approved|allocated|signed off)(?! by)|(?:already |fully )?(?:approved|allocated|signed "
    r"off) (?:in|for|as part of|within|under) (?:the |our |this )?(?:fy ?'?\d+|\d{4}|capex|opex|"
    r"budget|plan|annual plan)(?: [a-z]+){0,2}|"
    r"(?:бюджет|деньги|средства|сумма)[а-я]* (?:уже )?(?:утвержд[её]н|одобрен|согласован)[а-я]*"
    r"(?! (?:директор|руковод|совет|собственник|учредител|правлени)[а-я]*)(?: в (?:плане|бюджете)"
    rf"(?: на [0-9]+ год)?)?){_E}"
)


# The team asked for advice by the one who decides: "с командой, конечно, обсужу", "I'll talk
# it over with my team".
_CONSULTED_RE = re.compile(
    rf"{_B}(?:с (?:командой|коллегами|замом|сотрудниками)(?:,? [а-я]+,?){{0,2}} (?:обсужу|"
    r"посоветуюсь|поговорю)|(?:обсужу|посоветуюсь|поговорю|советуюсь|обсуждаю)(?: [а-я]+){0,2} "
    r"с (?:командой|коллегами|замом|сотрудниками)|(?:discuss|talk) (?:it |this )?(?:over )?with "
    r"(?:my|the) team|"
    # kept informed, not asked: "ultimately me but I'll loop in my partner"
    r"(?:loop|looping) in (?:my |the |our )?(?:[a-z-]+ )?(?:partner|team|co-?founder|wife|"
    r"husband|colleagues?|accountant)|keep (?:my |the |our )?(?:[a-z-]+ )?(?:partner|team|"
    rf"co-?founder|wife|husband|colleagues?|accountant|him|her|them) in the loop){_E}"
)


# Everyone's agreement needed, or another co-owner named beside the writer: "я за, но надо,
# чтобы все согласились", "как бы я, но ещё сестра у нас соучредитель", "we all have to agree"
_OTHERS_AGREE_RE = re.compile(
    rf"{_B}(?:(?:надо|нужно|должны|важно),? (?:чтобы |что бы )?(?:все|вся команда|обе стороны|"
    r"оба|обе|каждый) (?:[а-я]+ )?(?:согласил[а-я]*|одобрил[а-я]*|был[аи]? за|соглас[а-я]*)|"
    r"все должны (?:быть )?(?:согласиться|согласны|одобрить|быть за)|"
    # (someone named between: "я директор, а также учредитель" is the writer's own titles)
    r"(?:(?:ещ[её]|тоже|также) (?:[а-я]+ ){1,2}|(?:он|она|они|жена|муж|супруг[а]?|брат|сестра|"
    r"отец|папа|мама|сын|дочь|партнер|друг|подруга) (?:тоже|также|ещ[её]) )"
    r"(?:у нас |у меня )?(?:со)?(?:учредител|совладел|сооснователь|компаньон)[а-я]*|"
    r"(?:we|everyone|all of us) (?:all )?(?:have|need|has) to (?:agree|sign off|be on board)|"
    r"мы (?:оба |обе |вдвоем |двое |трое )?(?:со)?(?:учредители|совладельцы|сооснователи)|"
    r"we(?:'re| are) (?:both |all )?(?:the )?(?:co-?)?(?:founders|owners)|"
    rf"(?:also|too) (?:a |an )?co-?(?:owner|founder)|"
    # the writer's decision on someone's consent: "решать буду я, если жена не против", "if the
    # board approves, I sign"
    r"если (?:[а-я]+ )?(?:жена|муж|супруг[а-я]*|партн[её]р[а-я]*|шеф|директор|учредител[ьия]|"
    r"собственник[а-я]*|совет|правление|мама|папа|отец) (?:не (?:против|возражает|возражают|"
    r"будет против|будут против)|(?:одобр|соглас|утверд|подпиш)[а-я]*|(?:дадут|даст) добро)|"
    r"if (?:my |the |our )?(?:wife|husband|partners?|boss|father|dad|board|owners?|founders?) "
    r"(?:doesn'?t mind|don'?t mind|agrees?|approves?|signs? off|is ok with it|"
    rf"are ok with it)){_E}"
)
# Your manager asked to call, as the whole answer: "пусть менеджер ваш позвонит, там
# разберёмся", "have your rep call me": no one named (read without that request)
_CALL_ME_RE = re.compile(
    rf"{_B}(?:(?:пусть|пускай) (?:ваш |мне )?(?:менеджер|специалист|консультант|кто-нибудь|"
    r"кто-то|сотрудник)(?: ваш)? (?:мне )?(?:позвонит|перезвонит|наберет|свяжется|напишет)|"
    r"(?:have|let) your (?:manager|rep|sales rep|salesperson|someone|guy) (?:call|ring|contact|"
    rf"email) me){_E}"
)


# The decision taken without the writer: "а решать она будет без меня".
_WITHOUT_ME_RE = re.compile(
    # ("без меня он не подпишет" is the opposite: nothing is signed without the writer)
    rf"{_B}(?:без меня(?! (?:[а-я]+ ){{0,3}}(?:не|ничего|никак))|без моего участия|without me|"
    r"without my (?:input|say|vote)|меня не спрос(?:ит|ят)|(?:won'?t|will not) ask me|"
    r"without (?:any|a|my) recommendation|без (?:своей |моей |каких-либо )?рекомендаци[а-я]*|"
    r"(?:nobody|no one) will (?:pick|choose|decide|buy)|someone else takes it from there|"
    r"(?:дальше|а дальше) (?:уже )?(?:не я|без меня|решают другие)|"
    # "a shortlist at my director's request, and I won't be involved beyond that"
    r"(?:won'?t|will not|am not|i'?m not) (?:be )?involved (?:beyond|after|further|past|in the "
    r"(?:decision|choice))|(?:дальше|в решении|в выборе) (?:я )?(?:не участвую|"
    r"участвовать не буду)|"
    rf"никто не будет (?:выбирать|решать|покупать)){_E}"
)
# The gatherer's own say in it: "передам им ваше предложение со своим мнением", "потом голосует
# всё руководство, я тоже", "I'll pass it on with my recommendation".
_OWN_SAY_RE = re.compile(
    rf"{_B}(?:со? (?:своим|моим) (?:мнением|комментари[а-я]*)|"
    r"со? (?:своей|моей) рекомендаци[а-я]*|"
    r"голос[а-я]*(?: [а-я]+){0,3},? (?:и )?я тоже|я тоже голосую|with my (?:recommendation|"
    rf"opinion|input|view)|i (?:also )?(?:get|have) a vote|my vote counts){_E}"
)


# Who decides not known: two guesses ("it might be me, it might be the board", "может, я, а
# может, совет"), "I don't know by whom exactly".
_UNSURE_WHO_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:might|may|could) be me,? (?:or )?(?:it )?(?:might|may|could) be|"
    r"(?:может|возможно),? я,? (?:а )?(?:может|возможно)|(?:don'?t|do not) know (?:by )?(?:who|"
    r"whom)(?: exactly)?|(?:не знаю|не в курсе),? кто (?:именно|конкретно)|"
    # who decides still to be found out: "а там разберёмся, кто решает", "hard to say who decides"
    r"разбер[её]мся,? кто|(?:hard|difficult|tough) to say who|сложно сказать,? кто|"
    # who decides not known to the writer, after naming a body or not: "у нас всё через совет
    # учредителей, а кто там за что голосует — понятия не имею", "кто у нас решает — сам не
    # знаю", "я тут новенькая, ещё не разобралась, кто у нас что решает", "каждый тянет в
    # свою сторону, не знаю, чем кончится"
    r"кто (?:там |у нас )?(?:за что |что )?(?:голосует|решает|подписывает)\W{0,3}(?:сам[аи]? )?"
    r"(?:не знаю|понятия не имею|без понятия|не в курсе)|(?:не знаю|не в курсе|понятия не имею|"
    r"не разобрал(?:ся|ась|ись)?),? кто (?:у нас |там )?(?:что|за что) (?:решает|голосует)|"
    r"не знаю,? чем (?:это |всё |все )?(?:кончится|закончится)|"
    # not decided yet who: "that hasn't been decided yet", "это ещё не решено"
    r"^(?:that|it|this) (?:hasn'?t|has not) been decided(?: yet)?|^(?:это )?(?:ещ[её] |пока )?не "
    r"решено|"
    # who signs a riddle: "кто там в итоге подписывает — загадка", "who signs is a mystery"
    r"кто (?:там |у нас )?(?:в итоге |конкретно |именно )?(?:подписывает|решает|утверждает|"
    r"принимает решени[ея])\W{0,3}(?:загадка|тайна)|"
    r"who (?:actually |finally )?(?:signs|decides)(?: off)? is (?:a )?(?:mystery|unclear|"
    r"anyone'?s guess)|"
    # the one who decides is changing, or nobody in particular: "у нас меняется владелец",
    # "ну кто-то решит", "someone on the team"
    r"запутанно|it'?s complicated|"
    r"(?:меняется|сменится|поменяется|меняем|сменили) (?:[а-я]+ )?(?:владелец|собственник|"
    r"директор|руководство|гендиректор)|(?:the )?(?:owner|ceo|director|management) is changing|"
    r"кто-то (?:из [а-я]+ )?(?:решит|решает|скажет)|someone (?:on|in|from) the (?:team|office)|"
    r"someone (?:will decide|decides)|somebody (?:will decide|decides))(?![a-zа-я])"
)
# An approval that is a formality: "договор визирует юрист — это формальность"
_FORMALITY_RE = re.compile(
    r"(?<![a-zа-я])(?:формальност[ьи]|чистая формальность|(?:just |only |merely |purely )?(?:a "
    r"|a mere )?formality|rubber[- ]stamp[a-z]*|"
    # an approval that never comes into play: "формально, он никогда не спорит", "если только
    # акционеры не наложат вето, а они этого не делают", "but I don't need their sign-off"
    # someone who only pays the invoice: "бухгалтерия просто оплачивает счёт"
    r"(?:просто|только|лишь|just|only|merely) (?:оплачива[а-я]*|плат[яи]т|pays?|processes) "
    r"(?:the |our |мой |наш )?(?:сч[её]т[а-я]*|invoices?|bills?|payments?)|"
    r"формально,? (?:[а-я]+ )?никогда не|(?:а )?(?:они|он|она) (?:этого |так )?(?:не делают|не "
    r"делает|никогда не (?:спорит|спорят|возражает|возражают|против))|(?:don'?t|do not) need "
    r"(?:their|his|her|anyone'?s|any) (?:sign-?off|approval|ok|okay))(?![a-zа-я])"
)


_ONLY_CURIOUS_RE = re.compile(
    r"(?<![a-zа-я])(?:просто|пока только|только) (?:интересуюсь|интересуемся|смотрю|смотрим|"
    r"посмотреть|узнаю|узнать)|(?:just|only) (?:curious|looking|browsing|asking)(?![a-zа-я])"
)


_JOKE_TAKEN_BACK_RE = re.compile(
    r"(?<![a-zа-я])(?:если серь[её]зно|seriously(?: though)?|joking aside|шутки в сторону)"
    r"(?![a-zа-я])"
)


# The question put aside, not answered: who decides "does not matter", "not important now", "let
# me not answer", "даже не думал об этом".
_DECLINED_RE = re.compile(
    rf"{_B}(?:(?:не важно|неважно|какая разница|не имеет значения),? кто (?:решает|принимает|"
    r"подписывает)|who decides (?:doesn'?t|does not) matter|(?:it'?s|it is|this is) not "
    r"important|let me not answer|i'?d rather not (?:say|answer)|prefer not to (?:say|answer)|"
    r"no comment|без комментариев|не (?:хочу|буду) (?:на это )?(?:отвечать|говорить)|"
    # "I'll tell that to a human being", "not telling until I know who I'm talking to"
    r"(?:i'?ll|i will) (?:tell|say) (?:that|it|this) (?:only )?to a (?:human|person|real person|"
    r"manager)|not telling(?: you)?(?: until| till| before|$)|скажу (?:только )?(?:живому )?"
    r"(?:человеку|менеджеру)|"
    r"(?:это )?(?:вас|тебя) не касается|не ваше дело|none of your business|"
    r"(?:даже )?не (?:думал|думала|задумывал[а-я]*) (?:об этом|над этим)|"
    rf"(?:haven'?t|have not|never) thought about (?:it|that|this)){_E}"
)


# Someone above approves, said after the writer's own part: "на мне выбор подрядчика,
# утверждает совет" (no "но" before it, unlike _BUT_APPROVES_RE).
_OTHERS_APPROVE_AFTER_RE = re.compile(
    r"[,;] (?:а )?(?:утверждает|утверждают|подписывает|подписывают|согласует|визирует|одобряет) "
    r"(?:[а-я]+ )?(?:совет|директор|гендиректор|руководств|собственник|учредител|правлени|шеф|"
    r"начальств|владел)|"
    # the money given by another: "за мной выбор подрядчика, деньги выделяет директор"
    r"[,;] (?:а |но )?(?:деньги|бюджет)[а-я]* (?:выделяет|выделяют|дает|даёт|утверждает|"
    r"согласует) (?:[а-я]+ )?(?:директор|гендиректор|руководств|собственник|учредител|"
    r"правлени|шеф|начальств|владел|совет)|"
    # ...or before it: "бухгалтерия утверждает, я выбираю подрядчика"
    r"^(?:[а-я]+ )?(?:бухгалтери|финотдел|совет|директор|руковод|собственник|учредител|правлени|"
    r"шеф|начальств|владел)[а-я]* (?:утверждает|утверждают|подписывает|согласует|одобряет|"
    r"визирует)[,;] (?:а )?я "
)
# The say split by area or amount, the writer holding one part: "смотря что: по деньгам инвестор,
# по продукту я", "depends on the cost: small stuff me, big stuff the partners"
_SPLIT_SAY_RE = re.compile(r"(?:смотря|зависит|it depends|depends)(?: [a-zа-я]+){0,3}[:,-]")
_SOMEONE_ABOVE_RE = re.compile(
    r"(?<![a-zа-я])(?:инвестор|партн[её]р|директор|совет|руковод|шеф|собственник|учредител|"
    r"board|partners?|boss|owner|ceo|founders?|investors?)[a-zа-я]*"
)
# The answer said last, after a description of who decides: "тот, кто платит. это я"
_FINALLY_ME_RE = re.compile(
    r"(?:^|[.!?,;:] ?|- )(?:и |а )?(?:это|то есть|значит|так что|it'?s|that'?s|which is) "
    r"(?:я|me)(?: и есть| сам[а]?| myself)?[.!)]*$"
)


def _parse_authority(text: str) -> Authority | None:
    t = _QUOTED_QUESTION_RE.sub("", detransliterate(normalize(text)))
    if not t:
        return None
    if _I_AM_THE_ONE_RE.search(t):
        return "decision_maker"  # "я и есть тот, кто решает", "me lol who else"
    if _BARE_HEAD_RE.fullmatch(" ".join(re.findall(r"[0-9a-zа-я']+", t))):
        return "influencer"  # "директор", "CEO": the head decides (see _BARE_HEAD_RE)
    if _FINALLY_ME_RE.search(t) and not re.search(r"(?<![а-я])не (?:я|меня)(?![а-я])", t):
        return "decision_maker"  # "кто решает? тот, кто платит. это я"
    asked = _PRICE_QUESTION_RE.search(t)
    if asked and len(re.sub(r"[^a-zа-я]", "", t.replace(asked.group(0), ""))) <= 10:
        return "unknown"  # "это на цену влияет?": only a question back about why we ask
    serious = _JOKE_TAKEN_BACK_RE.search(t)
    if serious and re.search(r"[a-zа-я]", t[serious.end() :]):
        return _parse_authority(t[serious.end() :])  # "жена решает 😄 а если серьёзно — я"
    if _DECLINED_RE.search(t) and not (_EXPLICIT_DM_RE.search(t) or _own_signoff(t)):
        return "unknown"  # "не важно, кто решает, скажите цену", "let me not answer this"
    first = NOT_KNOWING_FIRST_RE.match(t)
    if first and not (_EXPLICIT_DM_RE.search(t, first.end()) or _own_signoff(t[first.end() :])):
        # "Not sure yet. We might hire a head of digital, and it would be their decision."
        return "unknown"
    if _UNSURE_WHO_RE.search(t) and not _RESEARCH_RE.search(t):
        # ("делаю ресерч для руководства, кто решает — без понятия": the writer's own part is
        # research, whoever decides)
        return "unknown"  # "it might be me, it might be the board"
    if _SPLIT_SAY_RE.match(t) and _WRITER_WORD_RE.search(t) and _SOMEONE_ABOVE_RE.search(t):
        return "influencer"  # "смотря что: по деньгам инвестор, по продукту я": a part of it
    concluded = _CONCLUDED_UNSURE_RE.search(t)
    if concluded and not (
        _EXPLICIT_DM_RE.search(t, concluded.end()) or _PROBABLY_ME_RE.search(t, concluded.end())
    ):
        # "салон вроде на мне, но аренду платит бывший муж, деньги даёт сестра, так что не
        # знаю": the roles told, then the writer's own conclusion that it is not clear
        return "unknown"
    t = _RETRACTED_QUOTE_RE.sub(" ", t)
    t = _MONEY_APPROVED_RE.sub(" ", t)
    quoted = _THEIR_QUOTE_RE.search(t)
    if quoted:
        if _DELEGATED_RE.search(quoted.group("quote")):
            return "decision_maker"  # "директор сказал: «как решишь, так и будет»"
        if _parse_authority(quoted.group("quote")) == "decision_maker":
            return "influencer"  # the speaker signs: the writer acts for them
        t = t[: quoted.start("quote")] + t[quoted.end("quote") :]
    t = _EVERY_ROLE_RE.sub("я ", t)  # "я и директор, и бухгалтер, и уборщица": all mine
    if _WRITER_WORD_RE.search(t):
        # the writer named, then "who else?": "Я директор клиники, а кто ещё должен решать?",
        # "Who else would decide at a two-person bakery? Me"
        t = _WHO_ELSE_RE.sub(" ", t)
    t = _WHO_ELSE_BUT_ME_RE.sub("я", t)
    t = _NOT_THEM_BUT_ME_RE.sub("", t)
    t, asked_to_call = _CALL_ME_RE.subn(" ", t)
    t = _NEED_NO_APPROVAL_RE.sub(" я сам решаю ", t)
    t = _NO_OTHER_DECIDER_RE.sub(" ", t)
    simple = " ".join(re.findall(r"[0-9a-zа-я']+", t))
    # the others have a say too: "я за, но надо, чтобы все согласились", "жена тоже совладелица"
    others_agree = bool(_OTHERS_AGREE_RE.search(t))
    # a role denied, then the decision claimed after "but": "я не директор, но этот проект
    # решаю я", "I'm not the CEO but I own this budget and decide"
    negated = bool(_NEG_DM_RE.search(t)) and not _claim_after_contrast(t)
    if simple in _EXACT_UNKNOWN or _TERM_ASKED_BACK_RE.match(t.strip()):
        return "unknown"  # "n/a", "pass", "the company", "ЛПР?": no one named
    if simple in _EXACT_DM:
        return "decision_maker"
    if _DEPARTMENT_ALONE_RE.match(simple):
        return "influencer"  # "отдел закупок", "procurement": a department decides
    if simple in _EXACT_SOMEONE_ELSE or _FILLERS_RE.sub("", simple).strip() in _EXACT_SOMEONE_ELSE:
        return "influencer"  # "шеф", "руководство", "the boss": someone else decides
    if _PROBABLY_ME_RE.search(simple) and not others_agree:
        return "decision_maker"  # "хз, наверное я": unsure words, but the answer is "me"
    if _NOT_YET_ASKED_RE.search(t):
        if _ONLY_CURIOUS_RE.search(t):
            return "researcher"  # "просто интересуюсь, начальству ещё не говорил"
        return "influencer"  # "пока никто, директору ещё не говорил": the boss will decide
    if _UNCLEAR_WHO_RE.search(t):
        # "nobody yet, I'm just browsing": the writer is only looking
        if _RESEARCH_RE.search(t) and not _ACTIVE_RE.search(t):
            return "researcher"
        return "unknown"
    explicit = (
        None
        if negated
        else (_EXPLICIT_DM_RE.search(t) or _own_signoff(t) or _ROLE_IS_ME_RE.search(t))
    )
    if explicit and _NOT_MINE_AFTER_RE.match(t, explicit.end()):
        # "решения за мной нет": the claim denied right after it
        explicit, negated = None, True
    if explicit and _TRUSTS_MY_RE.search(explicit.group(0)) and _OTHERS_DECIDE_RE.search(t):
        return "influencer"  # "our GM has the last word but she trusts my pick"
    if explicit:
        consulted = _CONSULTED_RE.sub(" ", t)  # "с командой, конечно, обсужу": advice, not a vote
        # (working together, then the claim after "but": "работаем вдвоём с мужем, но бизнес мой
        # и решения мои")
        joint = _JOINT_RE.search(consulted) and not _claim_after_contrast(t)
        # (an approval that is "a formality" takes nothing from the writer's own decision)
        approved = (
            _BUT_APPROVES_RE.search(t) or _OTHERS_APPROVE_AFTER_RE.search(t)
        ) and not _FORMALITY_RE.search(t)
        if approved or joint or others_agree or _corrected_away(t):
            # "решаю я, но окончательно визирует учредитель"; unless the writer says this
            # project is within their limit ("...so it's within my limit")
            return "decision_maker" if _PROJECT_WITHIN_RE.search(t) else "influencer"
        if _signing_limit(t) is False:
            return "influencer"  # "I can approve up to $2k on my own": not a whole project
        if _RUN_PAST_RE.search(t) and not _DECISION_WORD_RE.search(explicit.group(0)):
            # "I'm the owner but I'll run it past my partners" ("the final decision is mine,
            # though I'll run it past my partner" claims the decision itself)
            return "influencer"
        return "decision_maker"
    if _DELEGATED_RE.search(t):
        return "decision_maker"  # the choice left to the writer by the one above
    if _role_was_another(t):
        return "influencer"  # "генеральный, но он всегда соглашается со мной"
    if _NOT_WITHOUT_ME_RE.search(t):
        return "influencer"  # "без меня точно не решат": a say, not the decision
    relays = _RELAY_ONLY_RE.search(t) and not _RECOMMENDS_RE.search(t)
    research = bool(_ONLY_SEARCHING_RE.search(t) or relays) or (
        bool(_RESEARCH_RE.search(t)) and not _ACTIVE_RE.search(t)
    )
    advised = _CONSULTED_RE.sub(" ", t)  # (the team kept informed defers nothing)
    defer = any(
        r.search(advised)
        for r in (_DEFER_RE, _OTHERS_DECIDE_RE, _SUBORDINATE_RE, _BUT_APPROVES_RE, _WITHOUT_ME_RE)
    )
    if not negated and not defer and not others_agree and _BARE_ME_RE.match(t):
        # "я, но прислушиваюсь к мнению команды"; "я, хотя нет — есть ещё сооснователь"
        return "influencer" if _corrected_away(t) or _JOINT_RE.search(t) else "decision_maker"
    if defer and not negated and _self_role(t) and _signing_limit(t):
        return "decision_maker"  # "I'm the CEO; anything over $50k goes to the board"
    if negated or defer:
        # "мне поручили найти подрядчика, выбирать будем вместе с директором": a part in it
        joint = _JOINT_RE.search(_GATHERING_RE.sub(" ", t)) and _DECIDING_RE.search(t)
        # "я главбух, мне поручили найти подрядчика, решает директор": the writer picks the
        # contractor for the one who decides (bringing back options alone is research)
        # ("...решение не за мной": no part in the choice)
        picks = _TASKED_TO_PICK_RE.search(t) and not (
            negated or _ONLY_OPTIONS_RE.search(t) or relays
        )
        if _WITHOUT_ME_RE.search(t) or (
            research and not (joint or picks or _OWN_SAY_RE.search(t))
        ):
            return "researcher"
        return "influencer"
    if others_agree:
        return "influencer"
    if _ME_AND_COOWNERS_RE.search(t) or (
        _JOINT_RE.search(t)
        # a short answer is the decision itself: "мы с сооснователем, пополам"
        and (_DECIDING_RE.search(t) or _LISTED_TOGETHER_RE.search(t) or len(simple.split()) <= 5)
    ):
        return "influencer"  # "мы с Ольгой, моим замом, решаем, директор в курсе": jointly
    if _self_role(t) or _OWN_WHOLE_RE.search(t):
        # "я директор филиала, сам могу до 500к, у вас больше": a limit below this project;
        # "I'm the owner but I'll run it past my partners": the others have a say (an explicit
        # "the final decision is mine" keeps it: see `explicit` above)
        if _signing_limit(t) is False or _RUN_PAST_RE.search(t):
            return "influencer"
        return "decision_maker"
    if research:
        return "researcher"
    if _CHOOSING_RE.search(t):
        return "influencer"  # "подбираю подрядчика для своего клиента": a part in the choice
    if (
        _own_influencer_role(t)
        or _DEPENDS_ON_SOMEONE_RE.search(t)
        or _A_PART_RE.search(t)
        or _WITHOUT_THEM_RE.search(t)
    ):
        return "influencer"
    if _UNKNOWN_RE.search(t) or is_noncommittal(t):
        return "unknown"
    if _SHARED_RE.search(t) and len(simple.split()) <= 3:
        return "influencer"
    if detect_own_questions(t):
        return "unknown"  # "а это важно?", "why do you ask?": a question back tells nothing
    if _BARE_NAME_RE.match(text.strip()) and simple not in _PRONOUNS:
        return "unknown"  # "Сергей", "Петров А.В.", "@ivan_petrov": who is that to the writer?
    return "unknown" if asked_to_call else None
