"""Event triggers, modality markers and the roles that make a meeting a summit.

A trigger carries its kind and the tense its form implies:

- ``fact``: reported (signed, signs, подписали, вышла);
- ``future``: a future form (подпишут, проведут, встретятся, ратифицирует);
- ``base``: an infinitive or bare form whose modality comes from the words before it
  ("to sign", "will sign", "may join", "намерена продлить"); bare, it reads as fact;
- ``noun``: a noun (summit, drills, accession) that takes the modality of its clause.

Kinds that only mean a summit when leaders meet (visit, talks, meets, call) are GATED:
"Lavrov to visit Iran" is relevant diplomacy but not a summit; "Putin meets Orban" is.
"""

from __future__ import annotations

from typing import Final

# kind → {tense: (English phrases, Russian phrases)}
TRIGGERS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "sign": {
        "fact": (
            ("signs", "signed", "inks", "inked", "formalize", "formalizes", "formalized",
             "formalise", "formalises", "formalised", "concluded ~ agreement",
             "concluded ~ treaty", "concluded ~ deal", "concludes ~ agreement",
             # a deal sealed or clinched is signed (an act needs its object: see
             # eventing._has_object, so "police seal off the area" is no event)
             "seals", "sealed", "clinches", "clinched", "put pen to", "puts pen to",
             # a partnership declared at a higher level is a document agreed between
             # the two: "China, Azerbaijan elevate ties to strategic partnership"
             "elevates ~ ties to", "elevated ~ ties to", "elevates ~ relations to",
             "elevated ~ relations to", "upgrades ~ ties to", "upgraded ~ ties to",
             "upgrades ~ relations to", "upgraded ~ relations to"),
            ("подписал*", "подписыва*", "подписан", "подписана", "подписано",
             "скрепил* подпис*",  # «скрепили подписями договор»
             "поставил* подпис*",  # «поставили подписи под соглашением»
             "подписаны", "заключил* ~ соглашени*",
             "заключил* ~ договор*", "заключил* ~ сделк*",
             # the kind of agreement between the verb and the noun, past a venue:
             # «заключили в Ашхабаде трехстороннее соглашение»
             "заключил* ~ трехсторонн* соглашени*", "заключил* ~ двусторонн* соглашени*",
             "заключил* ~ межправительственн* соглашени*",
             "заключил* ~ рамочн* соглашени*",
             # «установили отношения всеобъемлющего стратегического партнерства»
             "установил* ~ стратегическ* партнерств*",
             "установлени* ~ стратегическ* партнерств*",
             "повысил* ~ до уровня ~ партнерств*"),
        ),
        # a deal within reach is a signing ahead: "Baku and Yerevan near peace deal",
        # «стороны близки к соглашению» (the deal noun alone is no act)
        "future": (tuple(f"{near} ~ {deal}" for near in (
            "nears", "near", "nearing", "neared", "close to", "closer to", "on the verge of",
        ) for deal in ("deal", "agreement", "treaty", "accord")),
                   ("подпишут", "подпишет", "подпишем", "заключат",
                    "близк* к ~ соглашени*", "близк* к ~ сделк*", "близк* к ~ договор*",
                    "близок к ~ соглашени*", "близок к ~ сделк*", "близок к ~ договор*")),
        "base": (("sign", "ink", "conclude", "seal", "clinch", "elevate ~ ties to",
                  "elevate ~ relations to", "upgrade ~ ties to", "upgrade ~ relations to"),
                 ("подписать", "заключить", "установить ~ стратегическ* партнерств*")),
        "noun": (("signing", "signing ceremony"), ("подписани*",)),
    },
    "ratify": {
        "fact": (
            ("ratifies", "ratified", "approves ~ treaty", "approved ~ treaty",
             "approves ~ agreement", "approved ~ agreement", "endorses ~ treaty",
             "endorsed ~ treaty", "endorses ~ agreement", "endorsed ~ agreement",
             "signs law ratifying", "signs law on", "signed law on",
             "approves ~ memorandum", "approved ~ memorandum", "approves ~ accord",
             "approved ~ accord", "approves ~ pact", "approved ~ pact", "approves ~ protocol",
             "approved ~ protocol", "approves ~ convention", "approved ~ convention",
             "signed law ratifying", "signs law on ratification",
             # the laws that enact a treaty: "Mirziyoyev, Japarov sign laws on border"
             "sign law on", "sign laws on", "signs laws on", "signed laws on",
             "signed into law", "signs into law",
             # a legislature backing a pact (feeds/eventing.py: only a legislature)
             "backs ~ treaty", "backed ~ treaty", "backs ~ agreement", "backed ~ agreement",
             "backs ~ protocol", "backed ~ protocol", "backs ~ accord", "backed ~ accord",
             "backs ~ pact", "backed ~ pact",
             # the ratification's last step, between the two: "exchange instruments of
             # ratification", «обменялись ратификационными грамотами»
             "exchanged ~ instruments of ratification",
             "exchanges ~ instruments of ratification"),
            ("обменял* ~ ратификационн* грамот*",
             "ратифицировал*", "ратифицирован", "ратифицирована", "ратифицировано",
             "ратифицированы",
             # the participle of an act done: «Узбекистан, ратифицировавший соглашение, …»
             "ратифицировавш*",
             "одобрил* ~ соглашени*", "одобрил* ~ договор*",
             "одобрил* ~ протокол*", "утвердил* ~ соглашени*", "утвердил* ~ договор*",
             "утвердил* ~ протокол*", "подписал* закон* о ратификац*", "подписал* закон о",
             "подписал* закон об", "одобрил* ~ меморандум*",
             "одобрил* ~ конвенци*"),
        ),
        "future": ((), ("ратифицирует", "ратифицируют", "рассмотрит ~ соглашени*",
                        "рассмотрит ~ договор*", "рассмотрят ~ соглашени*",
                        # a parliament's approval ahead, as «одобрил договор» done
                        "одобрит ~ соглашени*", "одобрит ~ договор*", "одобрит ~ протокол*",
                        "одобрят ~ соглашени*", "одобрят ~ договор*")),
        # a legislature's review ahead, as «рассмотрит договор»: "Senate to consider treaty"
        "base": (("ratify", "exchange ~ instruments of ratification",
                  "consider ~ treaty", "consider ~ agreement", "consider ~ accord",
                  "consider ~ protocol", "consider ~ ratification",
                  # a plural subject: "Kazakh senators approve EAEU e-commerce agreement"
                  "approve ~ treaty", "approve ~ agreement", "approve ~ accord",
                  "approve ~ pact", "approve ~ protocol", "approve ~ convention"),
                 ("ратифицировать",)),
        "noun": (("ratification", "ratifying"), ("ратификац*",)),
    },
    "extend": {
        "fact": (
            ("extends", "extended", "prolongs", "prolonged", "renews", "renewed",
             "rolls over", "rolled over"),
            ("продлил*", "пролонгировал*", "продлева*", "продлен", "продлена", "продлено",
             "продлены", "продлён", "продлёна"),
        ),
        "future": ((), ("продлит", "продлят", "продлим")),
        "base": (("extend", "prolong", "renew", "roll over"), ("продлить", "пролонгировать")),
        "noun": (("extension", "renewal", "prolongation", "extending", "renewing", "prolonging",
                  "rollover"),
                 ("продлени*", "пролонгац*")),
    },
    "suspend": {
        "fact": (
            ("suspends", "suspended", "freezes", "froze", "frozen", "halts ~ participation",
             "halted ~ participation", "pauses ~ participation", "paused ~ participation",
             # a body's or two states' joint work put on hold: "Arctic Council nations are
             # pausing work", "halts cooperation with Russia"
             "pausing ~ work", "pauses ~ work", "paused ~ work", "halts ~ cooperation",
             "halted ~ cooperation", "pauses ~ cooperation", "paused ~ cooperation",
             "pausing ~ cooperation",
             # a member's dues withheld: "refuses to pay CSTO dues", «отказалась
             # финансировать ОДКБ»
             "refuses to pay ~ dues", "refused to pay ~ dues", "stops paying ~ dues",
             "stopped paying ~ dues", "withholds ~ dues", "withheld ~ dues",
             "refuses to fund", "refused to fund", "refuses to finance", "refused to finance",
             # a pact or talks put on hold: "US pauses strategic partnership charter",
             # "NATO allies put CFE treaty on hold", "Georgia halts EU accession talks"
             "pauses", "paused", "puts ~ on hold", "put ~ on hold", "halts ~ accession talks",
             "halted ~ accession talks", "stops taking part", "stopped taking part",
             "halts ~ implementation", "halted ~ implementation", "stops implementing",
             "stopped implementing"),
            ("отказал* финансировать", "отказал* платить ~ взнос*", "перестал* платить ~ взнос*",
             "перестал* финансировать", "прекратил* участи*",
             "прекратил* выплат* ~ взнос*", "прекратил* финансирование",
             "прекратил* выплачивать ~ взнос*", "остановил* участи*",
             # as "halts cooperation": «прекратил сотрудничество с ПАСЕ»
             "прекратил* сотрудничеств*",
             # taken off the agenda: «вопрос о переговорах с ЕС снят с повестки»
             "снят* с повестк*", "снял* с повестк*",
             "приостановил*", "заморозил*", "приостанавлива*", "приостановлен",
             "приостановлена", "приостановлено", "приостановлены", "заморожен", "заморожена",
             "заморожено", "заморожены"),
        ),
        "future": ((), ("приостановит", "приостановят", "заморозит", "заморозят",
                        "прекратит участи*", "прекратят участи*")),
        "base": (("suspend", "freeze", "halt ~ participation", "pause ~ participation", "pause",
                  "halt ~ accession talks",
                  "halt ~ cooperation", "pause ~ cooperation"),
                 ("приостановить", "заморозить", "замораживать", "прекратить участи*")),
        "noun": (("suspension", "suspending", "freezing ~ participation", "freezing ~ membership",
                  "freezing ~ cooperation", "halting ~ participation", "pausing ~ participation"),
                 ("приостановк*", "приостановлени*", "заморозк*", "остановк* процесс*")),
    },
    "withdraw": {
        "fact": (
            ("withdraws", "withdrew", "withdrawn", "leaves", "left", "quits", "exits", "pulls out",
             "cuts ~ ties", "severs ~ ties", "severed ~ ties", "severs ~ agreement",
             "severed ~ agreement", "severs ~ treaty", "severed ~ treaty",
             "pulled out", "denounces", "denounced", "revokes", "revoked", "revoking",
             "de-ratifies", "de-ratified", "terminates", "terminated",
             "scraps", "scrapped", "signs law revoking", "signed law revoking",
             "walks out", "walked out", "tears up", "tore up", "abandons", "abandoned",
             # a foreign base removed or closed
             "removes ~ base", "removed ~ base", "closes ~ base", "closed ~ base",
             "evicted ~ base", "evicts ~ base", "closes ~ airbase", "closed ~ airbase",
             "vacates ~ base", "vacated ~ base", "vacates ~ airbase", "vacated ~ airbase",
             "ditches", "ditched", "pulls ~ out", "pulled ~ out",
             # a formal request to leave is the act of leaving (as a request to join is
             # an application): "Georgia officially asks to leave CIS"
             "asks to leave", "asked to leave", "asks to withdraw", "asked to withdraw",
             "request to leave", "request to withdraw", "requests to leave",
             "requests to withdraw",
             # part of a force sent home: "US reduces its troops on Nato's eastern flank"
             "reduces ~ troops", "reduced ~ troops", "cuts ~ troops", "cut ~ troops",
             # a state's part in a treaty ended: "law ending Ukraine's participation in…"
             "ends ~ participation", "ended ~ participation", "ending ~ participation",
             "ends ~ membership", "ended ~ membership", "ending ~ membership",
             "ends ~ agreement", "ended ~ agreement", "ends ~ treaty", "ended ~ treaty"),
            ("вышл*", "вышел", "выходит из", "денонсировал*", "покинул*", "покидает",
             "покидают", "расторг*",
             "ушл* с ~ баз*", "закрыл* ~ баз*",
             "прекратил* действи*", "разорвал* ~ договор*", "разорвал* ~ соглашени*",
             "вывел* войск*", "подписал* закон* о денонсац*", "подписал* закон* о выход*",
             "подписал* закон* об отзыв*",
             "выводит", "выводят", "ушли из", "прекратил* членств*",
             # an agreement given up: «отказалась от соглашения о базе»
             "отказал* от соглашени*", "отказал* от договор*",
             # a ratification revoked is the treaty left: «Россия отозвала ратификацию ДВЗЯИ»
             "отозвал* ратификац*",
             # a host removing foreign forces: «Армения убрала российских пограничников» (the
             # present, «убирает», is left to the lead: often a plan under way)
             "убрал* ~ пограничник*", "убрал* ~ миротворц*"),
        ),
        "future": ((), ("выйдет", "выйдут", "выйдем", "денонсирует", "покинет", "покинут",
                        # forces on their way out: «пограничники уходят из Таджикистана»
                        # (plural only: «Nestle уходит из России» is a company's exit)
                        "уходят из", "уйдут из", "уходят с", "уйдут с",
                        "выведет", "выведут", "закроет ~ баз*", "закроют ~ баз*",
                        "уберет ~ пограничник*", "уберут ~ пограничник*")),
        "base": (
            ("withdraw", "leave", "quit", "exit", "pull out", "denounce", "revoke",
             "remove ~ base", "close ~ base", "reduce ~ troops", "pull ~ out",
             "close ~ airbase", "vacate ~ base", "vacate ~ airbase",
             "de-ratify", "terminate", "scrap", "cut ~ ties", "sever ~ ties",
             # a membership put in question: "will reconsider its participation in PACE"
             "reconsider ~ participation", "reconsider ~ membership", "end ~ participation",
             "end ~ membership", "end ~ agreement", "end ~ treaty"),
            ("выйти", "денонсировать", "покинуть", "закрыть ~ баз*", "разорвать ~ договор*",
             "пересмотреть ~ участи*", "пересмотреть ~ членств*", "прекратить членств*",
             "отозвать ратификац*", "отказаться от соглашени*", "отказаться от договор*",
             "разорвать ~ соглашени*", "расторгнуть", "вывести", "убрать ~ пограничник*",
             "убрать ~ миротворц*"),
        ),
        "noun": (
            ("withdrawal", "denunciation", "termination", "withdrawing", "pulling out",
             "pullout", "pull-out", "denouncing",
             "exiting", "quitting", "leaving", "removal of ~ base", "closure of ~ base"),
            ("выход* ~ из", "денонсац*", "прекращени* действи*", "вывод* войск*",
             # a foreign force or base taken out: «вывод российских пограничников»
             "вывод* ~ баз*", "вывод* ~ пограничник*", "вывод* ~ миротворц*",
             "вывод* ~ контингент*",
             "отзыв* ратификац*", "разрыв* ~ отношени*", "разрыв* ~ договор*",
             "разрыв* ~ соглашени*", "расторжени*"),
        ),
    },
    "join": {
        "fact": (
            ("joins", "joined", "accedes", "acceded", "becomes ~ member", "became ~ member",
             "becomes ~ partner", "became ~ partner", "becomes ~ observer",
             "became ~ observer",
             # several states at once: "Indonesia, Malaysia, Thailand became BRICS partners"
             "became ~ partners", "became ~ members", "became ~ observers",
             "admitted to", "granted ~ observer status", "granted ~ partner status",
             "admitted as ~ member", "admits ~ as ~ member", "admitted ~ as ~ member",
             "signs up to", "signed up to", "signs up as", "signed up as",
             # with the bloc right after (feeds/eventing.py): "Egypt, Iran formally enter BRICS",
             # "became part of the EAEU"
             "enters", "entered", "becomes part of", "became part of",
             # a copula left out: "Uzbekistan now a BRICS partner country"
             "now ~ member", "now ~ partner", "now ~ observer",
             # the bloc takes the new member in: "SCO welcomes Belarus as full member",
             # "BRICS expands to include Egypt, Ethiopia, Iran and UAE"
             "welcomes ~ as ~ member", "welcomed ~ as ~ member", "welcomes ~ as ~ partner",
             "welcomed ~ as ~ partner", "expands to include", "expanded to include"),
            ("вступил*", "присоединил*", "получил* статус*", "получила статус*",
             "принял* ~ в свои ряды", "принят* в члены", "принят* в состав",
             "стал* ~ член*", "вернул* в", "вошл* в состав", "вошел в состав",
             # with the bloc right after (feeds/eventing.py): «Белоруссию приняли в ШОС»
             "вошл* в", "вошел в", "вошёл в", "приняли в", "принят* в",
             "стал* ~ партнер*", "стал* ~ партнёр*", "стал* ~ наблюдател*"),
        ),
        "future": (
            ("accession talks", "membership talks", "accession negotiations",
             "membership negotiations", "candidate status",
             # the EU's accession vocabulary: chapters and clusters are opened
             "chapters of negotiations", "negotiating chapters", "negotiation chapters",
             "negotiating clusters", "negotiation clusters", "accession chapters",
             "candidate for membership", "candidate for ~ membership",
             "membership candidate", "candidate country",
             "negotiating chapter", "negotiating cluster", "negotiation cluster"),
            ("вступит", "вступят", "вступим", "присоединится", "присоединятся", "станет ~ член*",
             "вернется в", "вернётся в", "вернутся в", "войдет в состав", "войдёт в состав",
             "станет ~ партнер*", "станет ~ партнёр*", "станет ~ наблюдател*",
             "станут ~ член*", "станут ~ наблюдател*", "получит статус*",
             "войдет в", "войдёт в", "войдут в",
             # a candidate for membership is on the way in (as "candidate status")
             "кандидат* на вступлени*", "кандидат* в члены", "кандидат* на членств*",
             "получил* статус* кандидат*",
             "получат статус*",
             "переговор* о вступлени*", "переговор* по вступлени*",
             "переговор* о членств*", "переговорн* процесс* о членств*",
             "переговор* по присоединени*", "статус* кандидат*",
             "переговорн* глав*", "глав* переговор*", "переговорн* кластер*",
             "кластер* переговор*",
             "примет ~ в свои ряды", "примут ~ в свои ряды", "примет ~ в члены",
             "примут ~ в члены"),
        ),
        "base": (
            ("join", "accede", "become ~ member", "become ~ partner", "become ~ observer",
             "become ~ partners", "become ~ members", "become ~ observers",
             "rejoin", "sign up to", "sign up as", "enter", "become part of", "be part of",
             "admit ~ as ~ member"),
            ("вступить", "вступать", "присоединиться", "присоединяться", "стать ~ член*",
             "принять ~ в свои ряды", "принять ~ в члены", "принять ~ в состав",
             "вернуться в", "войти в состав", "войти",
             # a state seen or made a member: «рад видеть Узбекистан членом ЕАЭС»,
             # «сделать Армению членом Союзного государства»
             "видеть ~ членом", "увидеть ~ членом", "сделать ~ членом",
             "стать ~ партнер*", "стать ~ партнёр*", "стать ~ наблюдател*",
             "становиться ~ член*", "становиться ~ партнер*", "становиться ~ партнёр*",
             "становиться ~ наблюдател*"),
        ),
        "noun": (
            ("joining", "accession", "observer status", "partner status", "membership",
             # "Egypt, Iran among new BRICS members"
             "new ~ members", "new ~ partners",
             # a bloc's growth, with the bloc right before (feeds/eventing.py)
             "expansion", "enlargement",
             "dialogue partner", "dialog partner", "admission of", "admission to",
             "member status", "status of ~ observer", "status of ~ member",
             "observer nation", "observer member", "observer state", "observer country"),
            ("вступлени*", "присоединени*", "принятия ~ в нато", "членств*",
             "расширени*",  # «расширение НАТО», with the bloc right after
             "получени* статус*",  # «приглашение для получения статуса партнера БРИКС»
             "возвращени* ~ в",
             "статус* партнер*", "статус* партнёр*", "статус* страны-партнер*",
             "статус* наблюдател*"),
        ),
    },
    "apply": {
        "fact": (
            ("applies", "applied", "submits ~ bid", "submitted ~ bid",
             "submits ~ application", "submitted ~ application", "files ~ application",
             "filed ~ application", "lodges ~ application", "lodged ~ application",
             "files ~ bid", "filed ~ bid", "requests membership",
             "requested membership", "launches ~ accession", "launch ~ accession",
             "starts ~ accession", "begins ~ accession",
             "launches ~ process of joining", "launched ~ process of joining",
             "starts ~ process of joining", "started ~ process of joining",
             "begins ~ process of joining", "began ~ process of joining",
             # a membership request made formal: "Bolivia formalizes request for BRICS membership"
             "formalizes ~ request", "formalized ~ request", "formalises ~ request",
             "formalised ~ request", "submits ~ request", "submitted ~ request",
             # a state asking to be let in has applied: «обратилась с просьбой о статусе»
             "asks to join", "asked to join", "requests to join", "requested to join",
             "request to join",
             # an application signed is an application made: "signs application to join EU"
             "signs ~ application", "signed ~ application", "signing ~ application",
             # a request filed, or a status requested: "files membership request",
             # "requested observer status"
             "files ~ request", "filed ~ request", "requests ~ status", "requested ~ status",
             # a bid lodged, sent or handed in, as an application filed
             "lodges ~ bid", "lodged ~ bid", "lodges ~ request", "lodged ~ request",
             "sends ~ application", "sent ~ application", "sends ~ request", "sent ~ request",
             "hands in ~ application", "handed in ~ application"),
            ("подписал* заявк*", "подал* заявк*", "подала заявк*", "обратил* с просьб*",
             "передал* заявк*", "направил* заявк*",
             "запросил* статус*",
             "попросил* принять", "просит принять", "просят принять",
             "попросил* о вступлени*", "просит о вступлени*", "просят о вступлени*",
             "просьб* о вступлени*", "просьб* о принятии",
             # a request sent, as "submits request"; an accession process begun, as
             # "launches accession"
             "направил* запрос*", "запрос* на получени* статус*", "запрос* на вступлени*",
             "начал* ~ процесс* присоединени*", "начал* ~ процесс* вступлени*",
             "начал* ~ процедур* вступлени*", "начал* ~ процедур* присоединени*",
             # asked for a status: «обратилась за статусом наблюдателя»
             "обратил* за статус*", "попросил* статус*", "просит статус*", "просят статус*",
             "заявк* подан*",
             # asked in: «Турция попросилась в БРИКС» (feeds/eventing.py: the bloc right
             # after, as «вошла в»)
             "попросил* в", "просит* в", "просят* в"),
        ),
        "future": ((), ("подаст заявк*", "подадут заявк*", "передаст заявк*", "передадут заявк*",
                        "направит заявк*", "направят заявк*", "запросит статус*",
                        "запросят статус*", "обратится за статус*", "обратятся за статус*")),
        "base": (("apply", "file ~ request", "request ~ status"),
                 ("подать заявк*", "запросить статус*", "обратиться за статус*")),
        "noun": (("application", "bid", "membership bid", "applying for", "membership request",
                  "request for ~ membership", "request for ~ status"),
                 ("заявк*", "подач* заявк*", "заявлени* о вступлени*")),
    },
    "exercise": {
        "noun": (
            ("drills", "drill", "exercise", "exercises", "war games", "wargames",
             "maneuvers", "manoeuvres", "naval drills", "joint drills", "joint exercise",
             "joint exercises", "military drills", "military exercise", "military exercises",
             "naval exercise", "naval exercises", "joint military exercise",
             "joint military exercises",
             # two states' forces patrolling together
             "joint patrol", "joint patrols", "joint naval patrol", "joint air patrol",
             "joint bomber patrol", "joint training", "joint military training",
             # two states' forces training side by side
             "train together", "trained together", "training together",
             "counterterrorism training", "counter-terrorism training",
             "anti-terrorist training", "anti-terror training"),
            ("учения", "учений", "учениях", "учениям", "учениями", "учение", "учению",
             "учении", "маневр*", "манёвр*",
             "совместн* учени*", "военн* учени*", "военно-морск* учени*",
             "совместн* патрулировани*", "совместн* патрул*", "совместн* тренировк*",
             # «совместное морское патрулирование», «совместную воздушную тренировку»
             "совместн* ~ патрулировани*", "совместн* ~ тренировк*"),
        ),
    },
    "summit": {
        "noun": (
            ("summit", "summits", "state visit", "official visit", "working visit",
             "state visits", "official visits",
             # a session of the body the bloc's summit is (not a mere mention of it)
             "session of ~ collective security council",
             "meeting of ~ collective security council",
             "session of ~ supreme eurasian economic council",
             "meeting of ~ supreme eurasian economic council",
             "meeting of ~ council of heads of state",
             "session of ~ council of heads of state", "supreme state council",
             # two cabinets in joint session: their heads of government meet
             "joint session of ~ governments", "joint meeting of ~ governments",
             "joint sitting of ~ governments", "joint government session",
             "joint cabinet meeting", "joint cabinet session"),
            ("саммит*", "государственн* визит*", "официальн* визит*", "госвизит*",
             "рабоч* визит*",
             "сесси* ~ совет* коллективн* безопасност*",
             "заседани* ~ совет* коллективн* безопасност*",
             "заседани* ~ высш* евразийск* экономическ* совет*", "заседани* ~ ВЕЭС",
             "заседани* ~ совет* глав государств*", "сесси* ~ совет* глав государств*",
             "высш* госсовет*", "высш* государственн* совет*",
             "совместн* заседани* ~ правительств*", "совместн* заседани* ~ кабмин*",
             "заседани* кабминов"),
        ),
    },
}

# Meeting words: a summit only when a leader is the actor (see GATED above).
# Russian perfective gerunds tell an act done before the clause's own: «Подписав договор,
# Баку и Ташкент перешли к транзиту», «Продлив соглашение, …», «Подав заявку в БРИКС, …»
GERUNDS: Final = {
    "sign": ("подписав",),
    "ratify": ("ратифицировав",),
    "extend": ("продлив",),
    "join": ("вступив", "присоединившись"),
    "apply": ("подав ~ заявк*",),
    "withdraw": ("выйдя из", "денонсировав"),
    "suspend": ("приостановив", "заморозив"),
}
for _kind, _gerunds in GERUNDS.items():
    _english, _russian = TRIGGERS[_kind]["fact"]
    TRIGGERS[_kind]["fact"] = (_english, _russian + _gerunds)

MEETINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fact": (
        ("visits", "visited", "visiting", "meets", "met", "held talks", "holds talks",
         "holding talks", "speaks to", "speaks with", "spoke to", "spoke with", "speaking to",
         "speaking with",
         "hosts", "hosted", "welcomes", "welcomed",
         "arrives in", "arrived in", "lands in", "landed in", "attends", "attended",
         "discussed", "discusses", "discuss", "headed to", "travels to",
         "travelled to", "traveled to", "flies to", "flew to", "left for", "departed for",
         # a leader received or greeted (feeds/eventing.py: only a leader as the guest)
         "receives", "received", "greets", "greeted", "convenes", "convened",
         # "pays state visit to Seoul": the visit is under way
         "pays ~ visit", "paid ~ visit", "paying ~ visit",
         "calls to congratulate", "called to congratulate",
         # a leader called (feeds/eventing.py: only with a leader right after), a sit-down,
         # a handshake, a red carpet
         "calls", "called", "phones", "phoned", "sits down with", "sat down with",
         "confers", "conferred", "confer", "shake hands", "shakes hands", "shook hands",
         "red carpet",
         # a council of leaders chaired (feeds/eventing.py: only such a council after it)
         "chairs", "chaired", "co-chairs", "co-chaired"),
        ("встретил*", "провел* переговор*", "провели ~ разговор*", "прибыл*", "посетил*",
         "обсудил*", "принял* участи*", "принял* ~ в саммит*", "побывал*", "собрались",
         "отправился", "отправилась", "вылетел", "вылетела", "направился", "направилась",
         "приехал*", "поговорил* по телефону", "созвонил*", "встречались", "встречаются",
         "прилетел*", "принял", "приняла", "принимает", "пообщались", "отбыл*", "собрался",
         "позвонил*", "провел* бесед*", "провели бесед*",
         "собралась"),
    ),
    "future": (
        # on the way, as «отправляется»: "Putin heads to Astana"
        ("heads to", "leaves for", "departs for"),
        ("встретятся", "встретится", "проведут ~ переговор*", "проведет ~ переговор*",
         "прибудет", "посетит", "обсудят", "обсудит", "примет участи*", "поедет",
         "соберутся", "едет", "едут", "летит", "летят", "полетит", "отправится",
         "вылетит", "приедет", "направится", "прилетит", "примет", "соберется",
         "соберётся"),
    ),
    "base": (
        ("visit", "meet", "attend", "attending", "host", "call", "talk", "chair", "co-chair",
         "welcome", "phone",
         # "Iranian President to arrive in Islamabad", "Putin will fly to Astana"
         "arrive in", "fly to", "land in", "convene"),
        ("встретиться", "посетить", "обсудить", "провести ~ переговор*", "принять участи*",
         "приехать"),
    ),
    "noun": (
        ("meeting", "talks", "phone call", "telephone conversation", "video call",
         "phone talks", "trip", "phone conversation", "telephone call", "telephone talks",
         # the cue phrases of feeds/topics.py would swallow the meeting noun in them
         "bilateral talks", "bilateral meeting", "bilateral meetings", "leaders' meeting",
         "working lunch", "working dinner", "working breakfast", "tour", "tete a tete",
         "bear hug",
         "tête à tête",
         # leaders who "trade New Year wishes by phone" have talked
         "by phone", "by video link", "via video link", "by videolink", "over the phone",
         "video conference", "videoconference", "video summit", "virtual summit"),
        ("визит*", "встреч*", "переговор*", "телефонн* разговор*", "разговор*",
         "поездк*", "приезд*", "двусторонн* встреч*", "двусторонн* переговор*",
         "телефонн* переговор*", "рабоч* обед*", "рабоч* ужин*", "рабоч* завтрак*", "турне",
         "по телефону", "по видеосвязи", "видеоконференц*", "видеосаммит*"),
    ),
}

# modality → (English, Russian) phrases. "hypothetical" and "future" words govern a trigger
# a few words after them in the same clause; a "condition" anywhere in the clause makes it
# hypothetical; "expect" marks a preview ("what to expect from the summit?"), which stays
# future even as a question; "negation" right before a trigger denies it.
MODALS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hypothetical": (
        ("may", "might", "could", "would", "considering", "considers", "consider", "mulls",
         "mull", "mulling", "weighs", "weigh", "weighing", "hopes", "hope", "hoping",
         "possible", "possibly", "possibility", "potential", "potentially", "open to",
         "ready to", "ready for", "not ready", "calls for", "call for", "called for", "urges",
         "urge", "urged",
         "proposes", "proposed", "propose", "proposing", "suggests", "suggested",
         "rules out", "ruled out",
         "no plans", "not planning", "not plan", "refuses", "refused", "postpones",
         "postponed", "postpone", "postponing", "cancels", "cancelled", "canceled", "cancel",
         "cancelling", "canceling", "called off", "call off", "calls off", "calling off",
         # a summit or drills scrapped are called off (feeds/eventing.py); a treaty
         # scrapped is left, a fact
         "scraps", "scrapped", "scrapping",
         "unlikely", "improbable",
         # judged against: "EEU accession unfavorable for Uzbekistan"
         "unfavorable", "unfavourable", "not beneficial", "disadvantageous",
         # an aim, as a hope: "aims to join WTO within a year"
         "aims to", "aim to", "aiming to",
         # still being worked on: "works toward joining BRICS"
         "working on", "works on", "working toward", "works toward", "working towards",
         "works towards",
         "speculation", "rumors", "rumours", "hardly", "eyes", "seeks", "seek", "wants",
         "want", "holds off", "hold off", "held off", "shelves", "shelved", "defers",
         "deferred", "no date", "no date yet", "not yet scheduled", "eyed", "stalls",
         "stalling", "on hold", "offers to", "offered to", "offer to",
         # negotiated, pushed for or sounded out, not decided: "in talks to sign",
         # "pushes for EU membership", "looks to meet Putin"
         "in talks to", "in talks on", "in talks over", "in talks about", "in talks with ~ on",
         "in talks with ~ over", "in talks with ~ about", "pushes for", "push for",
         # turned down: "declines to host CSTO drills"
         "declines to", "declined to", "decline to", "declining to",
         "pushing for", "pushed for", "lobbies for", "lobby for", "lobbying for", "lobbied for",
         "looks to", "looking to", "prepared to",
         # plans dropped, denied or rejected: "drops plans to quit CIS", "denies plans to
         # meet", "rejects proposal to sign"
         "drops plans", "dropped plans", "drop plans", "abandons plans", "abandoned plans",
         "scraps plans", "scrapped plans", "shelves plans", "no longer plans",
         "backs away from", "backed away from", "backtracks on", "denies", "denied", "deny",
         "denying", "rejects", "rejected", "reject", "rejecting",
         # the status stays as it is: "will remain an observer", "bid remains in limbo"
         "remain", "remains", "retain", "retains", "keep", "keeps", "in limbo", "stalled",
         # a threat or a wish is not the act: "threatens to quit", "desire to sign"
         "threatens", "threaten", "threatened", "threatening", "desire", "wish", "wishes",
         "willing", "willingness", "keen to", "aspires", "aspire", "readiness",
         # called for, offered or blocked, not done: "demands that Russia withdraw"
         "demands", "demand", "demanded", "demanding", "called on", "calls on", "call on",
         "invitation to", "receives ~ invitation", "received ~ invitation", "invited",
         "invites", "invite", "inviting", "blocks", "blocked", "blocking", "veto",
         "vetoes", "vetoed", "prevents", "prevented", "refusal", "should", "must",
         # rumoured or uncertain: "is said to plan", "likely to visit", "premature to say"
         "is said to", "are said to", "reportedly", "likely", "probably", "premature",
         "too early", "explores", "exploring", "studies", "studying", "explore",
         # hinted at, pondered, doubted or in the balance: "hints at ratification",
         # "questions hang over ratification", "signing hinges on price terms"
         "hints at", "hinted at", "hint at", "hinting at", "ponders", "pondering",
         "ponder", "pondered", "hinges on", "hinge on", "hinged on", "depends on",
         "depend on", "questions over", "questions hang over", "questions remain over",
         "question mark over", "doubts", "doubt", "doubtful", "uncertain",
         "uncertainty", "under discussion", "under consideration", "in the works",
         "on the table",
         "door open", "doors open", "prospect", "prospects", "floats", "floated",
         # still far ahead: "NATO membership still way off", "years away"
         "way off", "far off", "years away", "decades away",
         "floating", "mooted", "moots",
         # pressed to act, turned down or scrapped, not done
         "under pressure to", "pressed to", "pressured to", "turns down", "turned down",
         "turn down", "turning down", "scraps", "scrapped", "scrap", "scrapping", "axed",
         "not excluding", "not exclude", "ruling out", "rule out",
         # delayed with no new date (a new date makes it future: see eventing)
         "delayed", "delays", "delay", "delaying",
         # agreed only in principle, proposed ("let's sign"), off the agenda
         "in principle", "let's", "let us", "not on agenda", "not on the agenda",
         "off the agenda", "off agenda", "off the table",
         # a call, not the act: "It's time to sign the agreement", «пора подписать»
         "it's time to", "it is time to", "high time to", "time has come to",
         # an interest, not the act: "interested in joining BRICS"
         "interested in",
         # sought, pursued, hoped or dreamt of, not done: "seeking SCO membership"
         "seeking", "pursues", "pursue", "pursuing", "eager to", "keen on", "hopeful",
         "aspiration", "aspirations", "in no hurry", "no rush",
         # put off, with no date (a new date makes it future: see eventing)
         "pushes back", "pushed back", "push back", "puts off", "put off",
         # proposed, floated or talked up: "proposal to hold a summit", "idea of a union"
         "proposal", "proposals", "idea of", "the idea", "rumored", "rumoured", "allegedly",
         "speculate", "speculates",
         # under review; planned once, so not done: "had planned to sign"
         "being considered", "under review", "had planned", "had intended", "had hoped",
         "had been expected", "had been scheduled",
         # tried, not done: "attempts to make Armenia a member"
         "attempt to", "attempts to", "attempted to", "attempting to", "tries to",
         "tried to", "trying to",
         # shunned, not held: "Putin avoids meeting Saakashvili"
         "avoids", "avoid", "avoiding", "avoided",
         # warned off, not done: "Iran warns US against quitting JCPOA"
         "warns ~ against", "warned ~ against", "warning ~ against"),
        ("может", "могут", "мог", "могла", "могли", "сможет", "смогут", "возможн*",
         "не исключ*", "допуст*", "допуска*", "надеет*", "надеют*", "изуч* возможност*",
         "обсужда* возможност*", "отложил*", "отложен*", "перенос*",
         "отменил*", "отменен*", "перенес*", "отказал*", "вряд ли", "призвал*",
         # no plans for it: «об отсутствии планов вступления в ЕАЭС», «планов нет»
         "отсутстви* план*", "нет план*", "планов нет",
         "призыва*", "предложил*", "не планиру*", "не намерен*", "не собира*", "готов",
         "готова", "готово", "готовы", "пора", "заинтересован*", "заинтересованност*",
         "исключает", "исключают",  # rules out: as hypothetical as "не исключает"
         "исключил", "исключила", "исключили",
         # under consideration, thought about: «приступила к рассмотрению вопроса выхода»,
         # «думает о выходе»
         "рассмотрени* вопрос*", "думает о", "думают о", "думает об", "думают об",
         "сохранит", "сохранят", "сохраняет", "сохраняют", "останется", "останутся",
         "остается", "остаётся",
         "пригрозил*", "грозит*", "грозят*", "угрожа*", "желани*", "желает", "желают",
         "стремит*", "стремлени*", "потребовал*", "требу*", "попросил*",
         "получил* приглашени*", "приглашени* к", "приглашени* стать",
         "приглашени* присоедин*", "приглашени* вступ*", "приглашени* для", "пригласил*",
         "пригласят", "пригласит", "пригласить", "приглашает", "приглашают",
         "заблокировал*",
         "блокиру*", "вето", "готовност*", "задума*",
         "скорее всего", "вероятно", "якобы", "по слухам", "преждевременн*", "должн*", "должен",
         # the question is being studied, the decision not yet taken
         "изуча* вопрос*", "изучит вопрос*", "рассмотрит вопрос*",
         "обсудят возможност*", "обсудит возможност*", "обсудили возможност*",
         "обсудил возможност*", "маловероятн*", "маловероятен",
         # judged against: «вступление в ЕАЭС невыгодно»
         "невыгодн*", "нецелесообразн*", "не выгодн*",
         # still being worked on: «работает над вступлением», «ведет работу по»
         "работает над", "работают над", "ведет работу", "ведёт работу", "ведут работу",
         # considering a step, as "considering": «рассматривает выход из ОДКБ» (the
         # perfective «рассмотрит» is a scheduled reading: future)
         "рассматрива*", "обдумыва*",
         "обсужда* вопрос*", "обсуждается", "обсуждаются", "не принято", "не принят", "не принята",
         "отказ", "отказа", "отказе", "отказом",
         # denied, rejected, reconsidered, only talked about
         "опроверг*", "опроверга*", "отверг*", "отверга*", "отрица*", "передумал*",
         "заговорил* о",
         # a wish, as "wants": «Узбекистан хочет вступить», «хотел бы» («захотел
         # обсудить», the decision taken, is future)
         "хочет", "хотят", "хотел", "хотела", "хотели", "хотело",
         # doubted, merely open to, in prospect, called for, insisted on, advised or
         # being worked through; fallen through or off the agenda
         "сомнева*", "сомнени*", "открыт* для", "открыт* к", "перспектив*",
         "выступил* за", "выступа* за", "настаива*", "посоветовал*", "советует",
         "прорабатыва*", "добива*", "сорвал*", "сорвался", "сорвалась", "сорван*",
         "снят* с повестк*", "снял* с повестк*",
         # hoped for, its probability weighed, proposed: «выразил надежду на встречу»,
         # «оценили вероятность учений», «давайте подпишем»
         "надежд*", "вероятност*", "давайте", "не на повестк*", "нет в повестк*",
         # counted on, dreamt of, proposed, refused, put off, unhurried:
         # «рассчитывает вступить», «предлагает провести саммит», «откладывает выход»
         "рассчитыва*", "мечта*", "предлага*", "предложени*", "отказыва*", "откладыва*",
         "не спеш*", "идея", "идею", "идеи", "отклон*",
         # tried, not done: «о попытках сделать Армению членом Союзного государства»
         "попытк*", "пытает*", "пытают*", "пытал*",
         # shunned, not held: «Путин избегает встречи с Саакашвили»
         "избега*",
         # warned off, not done: «предостерег США от выхода из СВПД»
         "предостерег*", "предостереж*"),
    ),
    "condition": (
        ("if", "whether", "unless", "only after", "only if", "provided", "referendum",
         "conditional", "condition", "when the time comes", "eventually", "someday",
         "in exchange for", "in return for"),
        ("если", "бы", "случае", "при условии", "только после", "только при", "референдум*",
         # the noun's forms only: «услови*» also matched «условились» (they agreed)
         # («на условиях наблюдателя» is the terms, not a condition)
         "условие", "условия", "условии", "условию", "условием", "условий",
         "как только", "ли",  # whether: «решит, примет ли он участие в саммите»
         "когда-нибудь", "рано или поздно"),
    ),
    "unsettled": (  # not settled yet, or not known: anywhere in the act's clause
        ("conditions for", "conditions are not", "not yet in place", "unclear",
         "remains to be seen",
         "not yet agreed", "yet to be agreed", "not yet confirmed", "yet to be confirmed",
         "not been agreed", "not been confirmed", "in doubt", "no decision", "not decided",
         "not yet decided", "undecided", "yet to decide", "yet to be decided",
         "has not decided", "hasn't decided", "have not decided", "haven't decided"),
        ("неясн*", "не согласован*", "не подтвержд*", "под вопросом", "не определен*",
         # not on the agenda: «вопрос о приостановке членства не стоит»
         "не стоит",
         "не определён*",
         # undecided about it, not about its date: «сроки еще не определили» is no doubt
         "не определил* с", "не решил*", "не решен*", "не решён*", "не решено",
         "не принял* решени*", "не приняли решени*"),
    ),
    "future": (
        ("will", "set to", "plans", "plan", "planned", "planning", "intends", "intend",
         "intention", "expected", "expects", "scheduled", "schedules", "ahead of",
         # the day before: "denounces … on eve of China visit"
         "on eve of", "on the eve of", "eve of",
         "moves to", "move to", "moved to",
         # a formal procedure started: "initiates exit from IPA CIS", "launches withdrawal
         # procedure", "starts process of leaving"
         "initiates", "initiated", "initiating",
         "begins ~ procedure", "began ~ procedure", "starts ~ procedure", "started ~ procedure",
         "launches ~ procedure", "launched ~ procedure", "begins ~ process of",
         # an exit begun is a procedure started: "Yerevan starts formal exit from CSTO"
         # (a withdrawal of troops begun is under way)
         "starts ~ exit", "started ~ exit", "begins ~ exit", "began ~ exit",
         "launches ~ exit", "launched ~ exit",
         "began ~ process of", "starts ~ process of", "started ~ process of",
         "launches ~ process of", "launched ~ process of",
         "prepares",
         "preparing", "soon", "later this", "vows to", "pledges to",
         "announces plans", "nears", "looms", "approaches", "approaching", "imminent",
         "preparations", "prepare", "agreed to", "agree to", "agrees to",
         "agreed on", "agree on", "agrees on",
         # scheduled or prepared for: "drills slated for October", "gears up for exercises"
         "slated", "pencilled in", "penciled in", "gears up", "gear up", "gearing up",
         "geared up", "readies for", "readying for",
         # an invitation accepted is a visit ahead (an invitation alone: hypothetical)
         "accepts ~ invitation", "accepted ~ invitation", "accepts ~ invitation to",
         "accepted ~ invitation to",
         "braces for", "bracing for",
         # on the way to it: "Putin heads to Astana for CSTO summit", "due in Dushanbe"
         "heading to", "headed to", "en route to", "leaves for", "departs for", "set for",
         # the act is waiting for its turn: "agreement awaits ratification"
         "awaits", "awaiting", "pending", "awaited",
         # a bill is not yet the law: "draft law on ratifying", «в первом чтении»
         "draft law", "draft", "bill", "first reading", "second reading",
         "due in", "poised to", "on track to",
         # a date fixed for it: "GUAM summit date defined", "summit dates set"
         "date set", "dates set", "date defined", "dates defined", "date announced",
         "dates announced", "date fixed", "date agreed", "dates agreed",
         # promised, or due: "promises to sign", "is due to visit"
         "promises to", "promised to", "pledged to", "vowed to", "is due to", "are due to",
         # its dates named: "names timeline for signing peace treaty"
         "timeline for", "timeframe for", "time frame for"),
        ("будет", "будут", "планиру*", "намерен*", "намерева*", "собира*", "готовит*",
         "ожида*", "ждут", "ждет", "ждёт", "скоро", "вскоре", "захотел*",
         "пройдет", "пройдут", "пройдёт", "состоится", "состоятся",
         "проведут", "проведет", "проведёт", "рассмотрит", "рассмотрят", "запретит",
         "изучит", "намечен*", "грядущ*", "примет участи*", "примут участи*", "станет",
         "станут", "готовят*", "подготов*", "начнутся", "начнется", "начнётся", "стартует",
         "стартуют", "продолжат", "продолжит", "договорились о", "договорились провести",
         "согласил*", "запланирован*",
         # negotiating it: «договариваются о ратификации»
         "договарива* о", "договарива* об",
         # perfective verbs: the form itself is the future («расширят программу учений»,
         # «саммит примет Россия»); the imperfective present differs (расширяют, принимает)
         "примет", "примут", "расширят", "расширит", "обсудят", "обсудит", "посетит",
         "посетят", "встретятся", "встретится", "укрепят", "укрепит", "создадут", "создаст",
         "откроют", "откроет", "начнут", "начнет", "начнёт", "возобновят", "возобновит",
         "договорятся", "договорится", "обменяются", "определят", "определит",
         "назначат", "назначит", "дата ~ определен*", "дата ~ назначен*",
         "принял* приглашени*",  # the stem covers «приняла», «приняли»
         # heading for it: «взяла курс на выход»
         "взял* курс на", "берет курс на", "берёт курс на",
         # on the way to it: «Лукашенко отправляется в Бишкек на саммит ОДКБ»
         "отправляется", "отправится", "направляется", "направится", "едет", "поедет",
         "летит", "полетит", "прибудет", "прибудут",
         # to be completed: «выход из соглашений завершится к концу года»
         "завершится", "завершатся",
         # announced ahead: «анонсировал саммит»
         "анонсирова*",
         # a formal procedure started: «инициировал выход», «начала процедуру выхода»
         "инициирова*", "начал* процедур*", "приступил* к процедур*", "запустил* процедур*",
         "начал* процесс*", "запустил* процесс*",
         # a bill is not yet the law: «законопроект о денонсации», «в первом чтении»
         "законопроект*", "проект закон*", "в первом чтении", "во втором чтении",
         # sent to parliament: «внес в Госдуму на ратификацию»
         "внес", "внесла", "внесли", "внесен", "внесён", "внесено",
         # more perfective verbs: «проголосует за ратификацию», «предоставят статус»,
         # «направит военных на учения», «совершит визит»
         "проголосует", "проголосуют", "предоставит", "предоставят", "направит",
         "направят", "совершит", "совершат",
         # plans (the plural: «планы вступить»; «план сотрудничества» is a document),
         # a promise, a date fixed: «саммит назначен на 5 мая»
         "планы", "планах", "планами", "обещал*", "пообещал*", "назначен на", "назначена на",
         "назначено на",
         # its dates named: «назвали сроки подписания мирного договора»
         "сроки", "назвал* срок*"),
    ),
    "when": (  # a date ahead governs its whole clause: "Tokayev to pay state visit next week"
        ("next week", "next month", "next year", "tomorrow", "later this year",
         "later this month", "upcoming", "forthcoming", "in the coming days",
         "in the coming weeks", "in the coming months", "in coming days", "in coming weeks",
         "in coming months"),
        ("следующ*", "завтра", "грядущ*", "предстоящ*",
         # the nearest time, not the closest ally: «в ближайшие дни», not «ближайшим союзником»
         "в ближайш*", "на ближайш*", "ближайш* время", "ближайш* дни", "ближайш* недел*",
         "ближайш* месяц*", "ближайш* год*"),
    ),
    # the headline says the event is under way: its noun keeps "fact" (see eventing)
    "now": (
        ("begins", "begin", "began", "starts", "started", "kicks off", "kick off", "kicked off",
         "opens", "opened", "underway", "under way", "held", "ends", "ended", "wraps up",
         "concludes", "concluded", "day one", "last day", "wrap up", "wrapped up",
         "completes", "completed", "complete",
         # told as over: "First Meeting with Putin Went Well", "talks took place"
         "took place", "went well", "went smoothly", "went ahead"),
        ("начина*", "начал*", "стартовал*", "проход*", "прошл*", "прошел", "прошёл",
         "состоял*",
         "проводит", "проводят",  # "is holding": under way
         "открыл*", "завершил*", "завершен*", "идут"),
    ),
    # approval of a step still to be taken: "approves start of talks", «одобрило продление
    # соглашения»: that act is future (a treaty approved is a ratification: see eventing)
    "approve": (
        ("approves", "approved", "approve", "endorses", "endorsed", "greenlights",
         "greenlighted", "green light", "backs", "backed",
         # a legislature's vote on an accession is its ratification (feeds/eventing.py)
         "vote on", "votes on", "voted on", "voting on"),
        ("одобрил*", "одобри*", "одобрен*", "утвердил*", "утверди*", "поддержал*"),
    ),
    # nearly there: governs only what follows ("close to joining"), never a noun before
    # it ("drills close to the border")
    "near": (
        ("close to", "closer to", "on the verge of", "on the brink of"),
        ("близк* к", "близок к", "на пороге", "на грани"),
    ),
    # announced: a summit or drills announced lie ahead ("announce joint naval drills");
    # an announced withdrawal or accession is the decision itself (see eventing)
    "announce": (
        ("announces", "announced", "announce", "announcing", "unveils", "unveiled",
         "confirms", "confirmed", "confirm"),
        ("объявил*", "объявля*", "подтвердил*", "подтвержда*"),
    ),
    "expect": (
        ("what to expect", "preview", "what to watch", "what's at stake", "what is at stake",
         "what's on the agenda", "what is on the agenda"),
        ("чего ждать", "чего ожидать", "что ждать", "что на кону", "что обсудят"),
    ),
    "negation": (
        ("not", "no", "won't", "never", "doesn't", "didn't", "don't", "isn't", "aren't",
         "skips", "skip", "skipped", "miss", "misses", "missed", "snubs", "snubbed",
         "snubbing", "boycott", "boycotts",
         "boycotted", "stays away", "stayed away", "sit out", "sits out", "sat out"),
        ("не", "нет", "без"),
    ),
}
# An act named as the occasion of a commemoration is history, not news: "on the
# anniversary of the signing of the CSTO Charter", «в годовщину подписания».
COMMEMORATION: Final = ("anniversary", "anniversaries", "commemorat", "годовщин", "юбиле")

# Headline infinitives: "Putin to take part in…", "Belarus, Russia to hold drills".
FUTURE_AFTER_TO: Final = frozenset({
    "take", "hold", "host", "stage", "attend", "join", "sign", "visit", "meet", "begin",
    "start", "launch", "open", "send", "deploy", "resume", "discuss", "skip", "boycott", "sit",
    "become", "leave", "quit", "exit", "ratify", "extend", "suspend", "apply", "travel",
    "conduct", "receive", "welcome", "formally", "officially", "jointly", "pay", "make",
    "cut", "sever", "finally", "miss", "drill", "gather", "convene", "vote", "ink", "seal",
    "put", "shut", "exchange",
    "finalize", "finalise", "establish", "set", "expand", "deepen", "upgrade", "restore",
    "renew", "negotiate", "debate", "review", "approve", "endorse", "formalize", "co-host",
    "participate", "partake", "head", "fly", "arrive", "withdraw", "pull", "end", "terminate",
    "denounce", "rejoin", "accede", "station", "hand",
    # an application handed in ahead: "Kyiv to file NATO application on Friday"
    "file", "submit", "lodge", "request",
    # an adverb before the act: "EU to partially suspend visa deal"
    "partially", "fully", "temporarily", "partly",
})

# Who is acting: heads of state or government make a meeting a summit.
LEADER_ROLES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("president", "presidents", "prime minister", "prime ministers", "premier", "pm",
     "leader", "leaders", "chancellor", "king", "emir", "crown prince", "junta chief",
     "junta leader", "head of state", "heads of state", "head of government", "sultan"),
    ("президент*", "премьер*", "премьер-министр*", "лидер*", "глав* государств*",
     "глав* правительств*", "канцлер*", "король", "эмир*", "наследн* принц*",
     "председател* кнр",
     # the plurals as written, since the summit cue spells them out (feeds/topics.py) and
     # the lexicon's exact word beats its stem
     "глав* государств", "глав* правительств"),
)
OFFICIAL_ROLES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("minister", "ministers", "foreign minister", "defense minister", "defence minister",
     "deputy prime minister", "deputy", "security chief", "security council secretary",
     "envoy", "ambassador", "delegation", "officials", "official", "spokesman",
     "spokeswoman", "spokesperson", "top diplomat", "lawmakers", "parliament",
     "parliaments", "general", "chief of staff", "defense chief", "navy chief"),
    ("министр*", "вице-премьер*", "замминистр*", "глав* мид*", "глав* минобороны",
     "секретар* совбез*", "посол", "посла", "делегаци*", "чиновник*", "спикер*",
     "депутат*", "парламент*", "генерал*", "представител*", "пресс-секретар*"),
)
# Office-holders by surname: heads of state and government, then ministers and envoys.
LEADERS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Putin", "Mishustin", "Lukashenko", "Lukashenka", "Zelensky", "Zelenskyy", "Sandu",
     "Kavelashvili", "Kobakhidze", "Pashinyan", "Khachaturyan", "Aliyev", "Tokayev",
     "Toqayev", "Japarov", "Zhaparov", "Rahmon", "Berdimuhamedov", "Berdymukhamedov",
     "Mirziyoyev", "Mirziyoev", "Xi Jinping", "Xi", "Li Qiang", "Pezeshkian", "Raisi",
     "Khamenei", "Erdogan", "Erdoğan", "Khurelsukh", "Trump", "Biden", "Kim Jong Un",
     "Kim Jong-un", "Modi", "Zardari", "Shehbaz Sharif", "Steinmeier", "Merz", "Scholz",
     "Macron", "Starmer", "Sunak", "Takaichi", "Netanyahu", "Herzog", "Orban", "Orbán",
     "Nawrocki", "Duda", "Tusk", "Maduro", "Lula", "Ramaphosa", "al-Sharaa", "Sharaa",
     "Abbas", "Mohammed bin Salman", "Mohamed bin Zayed", "Recean", "Munteanu", "Vucic",
     "Vučić", "Fico", "Meloni", "Stubb", "Pope",
     # former heads of state and government, in archives and still in the news
     "Poroshenko", "Yanukovych", "Yatsenyuk", "Groysman", "Nazarbayev", "Islam Karimov",
     "Atambayev", "Atambaev", "Jeenbekov", "Zheenbekov", "Saakashvili", "Margvelashvili",
     "Zourabichvili", "Zurabishvili", "Garibashvili", "Serzh Sargsyan", "Kocharyan", "Dodon",
     "Elbegdorj", "Battulga", "Rouhani", "Imran Khan", "Nawaz Sharif", "Merkel", "Hollande",
     "Sarkozy", "Boris Johnson", "Theresa May", "David Cameron", "Liz Truss", "Shinzo Abe",
     "Kishida", "Ishiba", "Yoshihide Suga", "Moon Jae-in", "Moon Jae In", "Yoon Suk Yeol",
     "Yoon Suk-yeol", "Obama", "Assad", "Li Keqiang", "Morawiecki"),
    ("Путин*", "Мишустин*", "Лукашенко", "Зеленск*", "Санду", "Кавелашвили", "Кобахидзе",
     "Пашинян*", "Хачатурян*", "Алиев*", "Токаев*", "Жапаров*", "Рахмон*",
     "Бердымухамедов*", "Мирзиёев*", "Мирзиеев*", "Цзиньпин*", "Си!", "Ли Цян",
     "Пезешкиан*", "Раиси", "Хаменеи", "Эрдоган*", "Хурэлсух*", "Хурелсух*", "Трамп*",
     "Байден*", "Ким Чен Ын*", "Моди", "Штайнмайер*", "Мерц*", "Шольц*", "Макрон*",
     "Стармер*", "Нетаньяху", "Нетанияху", "Орбан*", "Туск*", "Мадуро", "Лула", "Аббас*", "Речан*",
     "Вучич*", "Фицо!", "Мелони!", "Стубб*", "Папа Римск*", "Понтифик*",
     "Порошенко", "Янукович*", "Яценюк*", "Гройсман*", "Назарбаев*", "Ислам* Каримов*",
     "Атамбаев*", "Жээнбеков*", "Саакашвили", "Маргвелашвили", "Зурабишвили",
     "Гарибашвили", "Серж* Саргсян*", "Кочарян*", "Додон*", "Элбэгдорж*", "Баттулг*",
     "Роухани", "Рухани", "Имран* Хан*", "Наваз* Шариф*", "Меркель", "Олланд*", "Саркози",
     "Борис* Джонсон*", "Терез* Мэй", "Дэвид* Кэмерон*", "Лиз Трасс", "Синдзо Абэ",
     "Кисид*", "Исиб*", "Ёсихидэ Суг*", "Мун Чжэ Ин*", "Юн Сок Ёль", "Обам*", "Асад*",
     "Ли Кэцян*", "Моравецк*"),
)
OFFICIALS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Lavrov", "Belousov", "Shoigu", "Peskov", "Zakharova", "Ushakov", "Sybiha", "Kuleba",
     "Yermak", "Umerov", "Mirzoyan", "Papikyan", "Bayramov", "Saidov", "Wang Yi",
     "Araghchi", "Fidan", "Rubio", "Hegseth", "Witkoff", "Blinken", "Jaishankar",
     "Sikorski", "Szijjarto", "Szijjártó", "Wadephul", "Barrot", "Motegi", "Popsoi",
     "Popșoi", "Khrenin", "Ryzhenkov", "Kosherbayev", "Kulubaev", "Meredov",
     "Kholmukhamedov", "Overchuk", "Medvedev", "Zarif", "Pompeo", "John Kerry", "Cavusoglu",
     "Çavuşoğlu"),
    ("Лавров*", "Белоусов*", "Шойгу", "Песков*", "Захаров*", "Ушаков*", "Сибиг*",
     "Кулеб*", "Ермак*", "Умеров*", "Мирзоян*", "Папикян*", "Байрамов*", "Саидов*",
     "Ван И", "Аракчи", "Фидан*", "Рубио", "Хегсет*", "Уиткофф*", "Блинкен*",
     "Хренин*", "Рыженков*", "Кошербаев*", "Кулубаев*", "Мередов*", "Холмухамедов*",
     "Оверчук*", "Медведев*", "Попшо*", "Зариф*", "Помпео", "Джон* Керри", "Чавушоглу"),
)
