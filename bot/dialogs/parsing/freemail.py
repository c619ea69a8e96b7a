"""Consumer ("free") mail domains: an address on one of these is not a corporate contact.

Kept in Python rather than a data file so it ships with the package without package-data
configuration. Subdomains count too (``is_free_mail_domain("mail.yandex.ru")``).
"""

from __future__ import annotations

FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    """
    gmail.com googlemail.com
    yandex.ru yandex.com yandex.by yandex.kz yandex.ua yandex.uz yandex.com.tr ya.ru narod.ru
    mail.ru bk.ru list.ru inbox.ru internet.ru mail.ua xmail.ru
    rambler.ru rambler.ua lenta.ru autorambler.ru myrambler.ru ro.ru
    outlook.com outlook.ru hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.it live.com
    live.ru live.co.uk msn.com passport.com windowslive.com
    yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.it yahoo.es yahoo.co.jp yahoo.ca yahoo.com.au
    ymail.com rocketmail.com
    icloud.com me.com mac.com
    proton.me protonmail.com protonmail.ch pm.me tutanota.com tutanota.de tuta.io tutamail.com
    aol.com aim.com gmx.com gmx.net gmx.de gmx.at gmx.ch web.de freenet.de t-online.de
    mail.com email.com usa.com post.com zoho.com zohomail.com
    qip.ru pochta.ru e1.ru ngs.ru nm.ru mail333.com mail15.com front.ru hotbox.ru pochtamt.ru
    ukr.net i.ua meta.ua bigmir.net tut.by mail.by
    seznam.cz wp.pl o2.pl onet.pl interia.pl libero.it virgilio.it laposte.net orange.fr
    free.fr sfr.fr wanadoo.fr
    qq.com 163.com 126.com sina.com yeah.net naver.com hanmail.net daum.net
    fastmail.com fastmail.fm hushmail.com mailfence.com posteo.de posteo.net runbox.com
    disroot.org riseup.net startmail.com duck.com simplelogin.com anonaddy.me
    mailinator.com guerrillamail.com 10minutemail.com temp-mail.org tempmail.com
    yopmail.com sharklasers.com trashmail.com dispostable.com maildrop.cc getnada.com
    """.split()
)
