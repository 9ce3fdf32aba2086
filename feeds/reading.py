"""Reading a story: its tokens looked up, and the hits sorted by what they are.

``read`` turns a title and summary into a ``Reading``: the places (states and blocs,
each a party, venue, source, background or water, see feeds/parties.py), the alignment
and domestic cues with their weights, the event triggers, modal words and office-holders,
each with its token position. Ambiguous names are dropped here when the story's context
says they are something else (Georgia with Atlanta).
"""

from __future__ import annotations

import re
from typing import Any, Final

from feeds.lexicon import Hit, Lexicon
from feeds.parties import (
    DASHES,
    STAND_IN,
    WAR_AFTER,
    attribution_start,
    is_attributed,
    place_role,
    preceded_by_locative,
)
from feeds.topics import PAIR_REACH, PAIRS, WEAK
from feeds.vocabulary import MEETING_CUE, Digest

HARD_BOUNDARIES: Final = frozenset({".", ";", ":", "!", "?", "–", "—", "-"})
QUOTE_CHARS: Final = ('"', "«", "»", "“", "”")
SENTENCE_ENDS: Final = frozenset({".", ";", "!", "?"})
# a cue ending in one of these needs a state right after it: "fighting for Russia"
LINKING: Final = frozenset({"for", "of", "into", "against", "за", "стороне"})
# "a scheme against Russia", "… to defend against Russia (over …)": a measure against a
# state, in a title, with the state's name ending the phrase; not "charges against Russian
# Orthodox chief" (a person) nor a summary's "drone attacks against Ukraine" (the war)
AGAINST: Final = "against"  # the cue's label (feeds/topics.py) and its one word
AFTER_AGAINST: Final = frozenset({"over", "in", "amid", "and", "as", "after", "for", "with", "on",
                                  "at", "by", "from", "to", "if", "despite", "s"})
# "Putin ally", "Trump's son", "сын Трампа": the person, not the state
PERSONAL_AFTER: Final = frozenset({
    "ally", "allies", "loyalist", "loyalists", "associate", "associates", "crony", "cronies",
    "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "sister", "family",
    "friend", "friends", "relative", "relatives", "son-in-law",
})
KIN_BEFORE: Final = frozenset({
    "сын", "сына", "сыну", "сыном", "дочь", "дочери", "жена", "жены", "жене", "женой", "брат",
    "брата", "внук", "внука", "внучка", "зять", "зятя", "друг", "друга", "соратник",
    "соратника", "соратники",
})
STATEMENT: Final = "statement"
# "Kremlin: London will have to provide proof", "Peskov: Moscow expects explanations from
# Baku": a state's voice before a colon at the start of the title says what "says" does
COLON: Final = ":"
COLON_REACH: Final = 4
COLON_WEIGHT: Final = 0.4  # a statement verb's (feeds/topics.py, WEAK)
# One state accusing or condemning another is itself an alignment signal (a state's
# accusation of sabotage, meddling, spying; its condemnation of another's strikes), not
# just a voice: the crime or strike it names is what the accusation is about.
ACCUSATION: Final = "accusation"
ACCUSATION_WEIGHT: Final = 0.7  # MEDIUM (feeds/topics.py)
# active forms only: "Bulgarians accused of spying for Russia" is a passive, and a trial
ACCUSING: Final = ("accuses", "blames", "condemns", "обвинил", "обвиня", "осудил", "осужда")
# a state answering another's accusations is in the same row: "China rejects German
# accusations of spying", «Китай ответил на обвинения Германии в шпионаже»
ACCUSATIONS: Final = ("accusation", "allegation", "обвинени")
BEHIND: Final = "behind"  # "says Russia [likely] behind …": an accusation
BEHIND_REACH: Final = 3
# words that may stand between a state and its verb: "Russian MFA condemns", "МИД России
# заявил"; anything else ("Russian State TV hails", "U.S. podcaster says") is not the state
OFFICE: Final = frozenset({
    "mfa", "foreign", "ministry", "office", "officials", "official", "government", "embassy",
    "president", "prime", "minister", "pm", "leader", "leaders", "spokesman", "spokeswoman",
    "spokesperson", "diplomats", "diplomat", "ambassador", "authorities", "defense",
    "defence", "security", "council", "s", "мид", "власти", "посольство", "президент",
    "премьер", "министр", "правительство", "дипломаты", "посол", "постпред", "представитель",
    "официальный", "минобороны", "глава",
})
# a statement between the two warring states is mostly a battlefield claim
WARRING: Final = frozenset({"RU", "UA"})
# A third state's or a bloc's arms in the war ("NATO-supplied missiles", "Iranian-made
# drones") are its involvement, the news of a battlefield report (LABELING.md): a stance
# on the war, with the supplier a party.
SUPPLIED: Final = frozenset({"supplied", "provided", "donated", "delivered", "made", "built",
                             "produced"})
SUPPLIERS_VERB_ONLY: Final = frozenset({"supplied", "provided", "donated", "delivered"})
# the arms as a target ("strike on US-supplied HIMARS", "destroys US-made tanks"): the front
ARMS_HIT: Final = frozenset({"on", "at", "against", "of", "destroys", "destroyed", "destroy",
                             "hits", "hit", "strikes", "struck", "downs", "downed", "intercepts",
                             "intercepted", "captures", "captured", "seizes", "seized",
                             "down"})  # "shoots down US-made missiles"
# words between the verb and the arms' maker: "shoot down five US-made missiles"
COUNT_WORDS: Final = frozenset({
    "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "dozens", "hundreds", "scores", "more",
})
ARMS_REACH: Final = 3
WEAPONS: Final = ("missile", "drone", "weapon", "arms", "tank", "rocket", "shell", "ammunition",
                  "munition", "jet", "fighter", "artillery", "howitzer", "atacms", "himars", "bomb")
WAR_STANCE: Final = "war stance"
OFFICIALS: Final = "officials"  # an office named (feeds/topics.py)
FORMER: Final = frozenset({"former", "ex", "бывший", "экс"})  # tokens drop the hyphen: "ex-FM"
BATTLEFIELD: Final = "battlefield"  # the front's words (feeds/noise.py)
COURT: Final = "court"  # a trial's (feeds/noise.py)
LINKED: Final = frozenset({WAR_STANCE, AGAINST})  # the labels whose cue may need a state after it
# a third state's soldiers named in a title about the war (_troops_in_the_war)
TROOPS: Final = frozenset({
    "soldiers", "troops", "fighters", "servicemen", "военные", "военных", "солдаты",
    "солдат", "бойцы", "бойцов", "военнослужащие", "военнослужащих",
})
WAR_WORDS: Final = frozenset({"war", "front", "frontline", "front-line", "battlefield", "война",
                              "войны", "войне", "войну", "фронт", "фронте", "фронта", "сво"})
TROOP_STEMS: Final = ("oldier", "roops", "ighters", "ervicemen", "оенны", "олдат", "ойц",
                      "оеннослужащ")
KURSK: Final = ("kursk", "курск")  # the Russian region where the third states' soldiers fought
# A state's drones or missiles named with a state outside the war (_arms_abroad): "Russian
# drones shot down over Belarus", "debris of Russian-style drones found in Romania", "Kyiv
# says Russia used North Korean missiles". The front alone ("Ukraine downs 43 Russian
# drones") has only the two at war; a third state is the news (LABELING.md).
HARDWARE: Final = ("drone", "missile", "rocket", "debris", "fragment", "uav", "shahed",
                   "беспилотник", "дрон", "бпла", "ракет", "обломк", "шахед")
HARDWARE_STEMS: Final = ("rone", "issile", "ocket", "ebris", "ragment", "UAV", "еспилот", "рон",
                         "БПЛА", "акет", "бломк")
# a third state's arms of any kind in the war: "Ukraine begins using German weapons to
# strike Russian territory", «удары немецким оружием»
THIRD_STATE_ARMS: Final = ("weapon", "оружи")
THIRD_STATE_ARMS_STEMS: Final = ("eapon", "ружи")
# words between the state and its arms: "Russian-style drones", "Russian attack drones"
HARDWARE_KINDS: Final = frozenset({"style", "type", "attack", "military", "combat", "kamikaze",
                                   "suicide", "cruise", "ballistic", "ударных", "ударные",
                                   "ударный", "ударного", "военных", "военные", "военного",
                                   "военный", "крылатые", "крылатых", "баллистических",
                                   "баллистические"})
# a state outside the war that is a party, not a place: its forces down the arms, or its
# territory is where they came ("Poland scrambles jets as Russian drones enter its airspace")
INTERCEPTING: Final = ("down", "intercept", "scrambl", "сбил", "сбит", "перехват", "поднял")
TERRITORY: Final = ("airspace", "territory", "skies", "воздушн", "территори", "небе")
OVER: Final = frozenset({"over", "above", "into", "над"})
ARMS_PLACE_REACH: Final = 4  # "Russian drones shot down over Belarus": where they came
# «глава Белоруссии»: the head of the state named right after is its leader
HEADS_OF: Final = frozenset(
    spelling
    for word in ("глава", "главы", "главе", "главу", "главой")
    for spelling in (word, word.capitalize())
)
LEADER_ROLE: Final = ("R", "leader")
ADJECTIVE_ENDINGS: Final = ("ого", "ой", "их", "ым", "ую", "ая", "ий", "ые", "ое")
STATE_BODIES: Final = ("государств", "правительств", "кабмин", "республик")
# a third state's aid to one of the two at war ("US aid packages for Ukraine", «пакеты помощи
# США Украине»): the giver named next to the word (_aid_in_the_war)
AID: Final = frozenset({"aid", "assistance", "помощь", "помощи", "помощью"})
AID_REACH: Final = 2
# … and the money it sets aside for one at war, named soon after: "Norway pledges $500m to
# Ukraine", «Канада выделит Украине два миллиона долларов» (not "pledges support for
# Russia's war": a stance, whose war names no party)
PLEDGES: Final = frozenset({"pledges", "pledged", "allocates", "allocated", "выделит",
                            "выделят", "выделил", "выделила", "выделило", "выделили",
                            "выделяет", "выделяют",
                            # handed over: «Власти США передадут … долларов Украине»
                            "передаст", "передадут", "передал", "передала", "передали"})
PLEDGED_REACH: Final = 6
PLEDGED_IN_RUSSIAN: Final = ("выдел", "переда")  # «выделит Украине»: the dative needs no "to"
# … and what one at war gets from another, named after "from": «Украина получит средства ПВО
# от Латвии», "Ukraine to receive air defence systems from Latvia"
RECEIVES: Final = frozenset({"receive", "receives", "received", "receiving", "get", "gets",
                             "got", "получит", "получат", "получил", "получила", "получили",
                             "получает", "получают"})
RECEIVED_FROM: Final = frozenset({"from", "от"})
RECEIVED_REACH: Final = 8  # from the verb to the giver
AID_STEMS: Final = ("aid", "Aid", "AID", "ssistance", "омощ", "ОМОЩ", "ledge", "llocat", "ыдел",
                    "ереда", "eceiv", "get", "got", "олуч")
SUPPLIED_WEIGHT: Final = 1.0
# "российские суда", "торговые суда": ships, not a court's ("решение суда", "здание суда")
PLURAL_ADJECTIVE: Final = ("ые", "кие", "гие", "хие", "жие", "шие", "щие", "чие")
SHIPS_OR_COURT: Final = "суда"
# "an hour-long call on Thursday": the call held that day, not "call on" (urge)
CALL_WORDS: Final = frozenset({"call", "calls"})
WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday"})
# "… as …", "… amid …", «… на фоне …»: what follows may be only the backdrop of the title's
# main clause (_background_clause)
BACKDROP_LINKS: Final = frozenset({"as", "amid", "despite", "несмотря", "фоне"})
# a state's trade figures: "Chinese exports show resilience …", «экспорт российской нефти …»
# (_trade_figures); the cue's label, as feeds/topics.py names it
INTEGRATION: Final = "integration"
TRADE_FIGURES: Final = ("exports", "imports", "экспорт", "импорт")
# a state's act on its trade, not its figures: "China curbs rare earth exports amid US row"
TRADE_ACTS: Final = frozenset({"curb", "curbs", "ban", "bans", "restrict", "restricts", "halt",
                               "halts", "limit", "limits", "suspend", "suspends", "stop", "stops",
                               "block", "blocks", "cut", "cuts", "resume", "resumes", "lift",
                               "lifts", "ease", "eases"})
TRADE_ACT_STEMS: Final = ("запрет", "огранич", "приостанов", "останов", "возобнов", "сократ",
                          "сокращ")
# a lead's dateline: a city in capitals before a dash ("TEHRAN –", "MOSCOW (Sputnik) -",
# "ASTANA. KAZINFORM -"), or a city and a date ("Baku, May 5", «КИШИНЕВ, 21 ноя —»,
# "DUSHANBE, September 14. /TASS/.")
_CAPS: Final = r"[A-ZА-ЯЁ]{3,}(?:[ \-][A-ZА-ЯЁ]{2,})*"
_AGENCY: Final = r"(?:\([^)]{1,40}\)|/[^/]{1,20}/\.?|[.,]\s+[A-ZА-ЯЁ]{3,})?"
_DATE: Final = r"(?:\d{1,2}\s+[^\W\d]{3,}|[^\W\d]{3,}\.?\s+\d{1,2})"
DATELINE: Final = re.compile(
    rf"\s*(?:{_CAPS}\s*{_AGENCY}\s*[-–—]"
    rf"|[A-ZА-ЯЁ][\w.'’\-]*(?: [A-ZА-ЯЁ][\w.'’\-]*)?,\s*{_DATE}[.,]?\s*{_AGENCY}\s*[-–—.])"
)
# an agency named after a dateline's dash: "Sputnik", «РИА Новости»
AGENCY_WORDS: Final = 2
# "Video: …", «Видео МИД Британии – …»: a title's opening word that names the medium, not
# the story's topic (the culture cue "video" is for music videos and bloggers)
MEDIUM_WORDS: Final = frozenset({"video", "видео"})
# Words of travel ("heads to", «прибыл»): a visit when a state, a leader or an office goes
# before them in the title ("Erdogan heads to Baku", "Chinese delegation arrives in
# Tashkent"); a carpet or a ship on its way is no diplomacy.
MOTIONS: Final = ("heads to", "headed to", "arriv", "lands in", "landed in", "flies to", "flew to",
                  "travel", "leaves for", "left for", "depart", "прибыл", "прибуд", "вылетел",
                  "вылетит", "приехал", "приедет", "прилетел", "прилетит", "отбыл")
# Meeting words as common outside diplomacy as in it are a cue only where a state's leader
# is named: a host receiving or calling a guest (a meeting only with a leader as the guest,
# feeds/eventing.py: "Krasnodar airport receives first flight", «принял закон»), «провел
# беседу» (as often a police officer's talk with residents), a concert tour, a hearing by
# video link, a parliament that convenes, a festival's red carpet, an interview sit-down.
RECEIVING: Final = ("receiv", "greet", "принял", "приня", "приним", "примет", "calls", "called",
                    "phones", "phoned", "позвонил")
CHAT: Final = "бесед"
EVERYDAY_MEETINGS: Final = (
    "tour", "турне", "by phone", "over the phone", "by video", "via video",
    "по телефону", "по видеосвяз", "convene", "собрался", "собралась", "соберется",
    "соберётся", "shake", "shook", "red carpet", "sits down", "sat down", "confer", "tete",
    "tête", "пообщал", "bear hug",
)
# "Putin in Beijing: what to expect", «Орбан в Москве», "Modi in Moscow: …": a leader
# heading the title in another state's capital or country is there on a visit, the host
# state its other party
ABROAD: Final = frozenset({"in", "в", "во"})
ABROAD_ENDS: Final = frozenset({":", ".", "—", "–", ",", "-", "for", "on", "to", "as", "amid",
                                "для", "с", "на"})
ABROAD_TRIGGER: Final = ("E", "summit", "fact", True)
# a leader invited to a state: "invites Putin to Turkey" (feeds/eventing.py: hypothetical)
INVITES: Final = frozenset({"invites", "invited", "inviting", "invite", "пригласил",
                            "пригласила", "пригласили", "приглашает", "приглашают",
                            "пригласит", "пригласят", "пригласить"})
INVITED_TO: Final = frozenset({"to", "в", "во"})
INVITE_REACH: Final = 4  # "invites [Russian President Vladimir] Putin to"
INVITATION_TRIGGER: Final = ("E", "summit", "base", False)
BLOC_INVITATION_TRIGGER: Final = ("E", "join", "base", False)  # «пригласят в НАТО»
# a visiting leader, leaders in attendance: a visit under way
PRESENT_TRIGGER: Final = ("E", "summit", "fact", False)
AWAITED_TRIGGER: Final = ("E", "summit", "future", False)
AWAITED: Final = frozenset({"expected", "due", "ожидается"})  # a leader awaited in a state
AWAITED_IN: Final = frozenset({"in", "в", "во"})
BEING: Final = frozenset({"is", "was"})
PRESENT_REACH: Final = 3  # "visiting [Iranian President] Pezeshkian", "Kim [,] in attendance"
ONE_MEMBER: Final = frozenset({"state", "country", "nation"})
# services that report what they see, not a state's stance: "…, U.S. Coast Guard says"
SERVICES: Final = ("coast", "navy", "naval", "army", "military", "police", "border", "customs",
                   "air", "береговая", "пограни", "полици", "таможн", "вмс", "ввс")
WELCOME: Final = "welcome"  # "X and Y welcome the decision": mostly a reaction, no cue at all
# a bloc's council of heads of state or government meets as its leaders do
COUNCILS: Final = ("council", "совет")
TOP_TIERS: Final = ("supreme", "heads", "intergovernmental", "высш", "глав", "межправ")
# a lease of a named site or of a base is a deal between states («аренда Байконура»,
# «аренды военной базы»), not the rent of a flat
RENT: Final = "аренд"
TREATY: Final = "treaty"  # the cue a named site's lease gives (feeds/topics.py)
LEASE_WEIGHT: Final = 0.7
LEASED_SITES: Final = ("космодром", "баз", "военн", "порт", "аэродром", "авиабаз", "полигон",
                       "территори", "участк")
SHIPS: Final = "acts"  # the paired cue of ships detained (feeds/topics.py PAIRS)
# the paired cue of arms handed over: a third state's, not those of the two at war
FORCES: Final = "forces"
# a state's people, not its state: "Poles", «россияне» (the plural nouns of the watched
# states and their neighbours), opening a title alone or after "Most"
PEOPLES: Final = frozenset({
    "russians", "ukrainians", "belarusians", "poles", "americans", "germans", "georgians",
    "armenians", "azerbaijanis", "kazakhs", "uzbeks", "tajiks", "turkmens", "moldovans",
    "latvians", "lithuanians", "estonians", "finns", "britons", "israelis", "iranians",
    "turks",
    "россияне", "украинцы", "белорусы", "поляки", "американцы", "немцы", "грузины", "армяне",
    "азербайджанцы", "казахстанцы", "узбекистанцы", "таджикистанцы", "молдаване", "латыши",
    "литовцы", "эстонцы", "финны", "британцы", "израильтяне", "иранцы", "турки",
})
PEOPLES_OF: Final = frozenset({  # after a share: «большинство поляков», «половина россиян»
    "россиян", "украинцев", "белорусов", "поляков", "американцев", "немцев", "грузин", "армян",
    "азербайджанцев", "казахстанцев", "узбекистанцев", "таджикистанцев", "молдаван", "латышей",
    "литовцев", "эстонцев", "финнов", "британцев", "израильтян", "иранцев", "турок",
})
PUBLIC_SHARE: Final = frozenset({"most", "many", "majority", "half", "большинство", "многие",
                                 "половина"})
# a state's general, a voice from it (_a_general)
GENERALS: Final = frozenset({"general", "генерал", "генерала", "генералу", "генералом"})
# mercenaries (feeds/relevance.py): private fighters, a stance only when a state acts on them
MERCENARIES: Final = ("mercenar", "наемник", "наёмник", "foreign fighter")
# the endings of a Russian adjective that goes with a masculine noun or a plural one; not
# ADJECTIVE_ENDINGS, whose feminine "ой" is also a noun's instrumental («Украиной»)
MASCULINE_ADJECTIVE: Final = ("ий", "ый", "ого", "его", "ому", "ему", "им", "ым", "ом", "ие",
                              "ые", "их", "ых", "ими", "ыми")
# "… to boost Ukraine aid", "… to fund Ukraine": a purpose clause names whom the act is
# for, not a party to it, once two parties act before it (LABELING.md: background states)
PURPOSE_VERBS: Final = frozenset({
    "boost", "fund", "finance", "help", "aid", "support", "arm", "bolster", "strengthen",
    "rebuild", "assist", "protect", "defend", "benefit", "back",
})
# what talks, a summit or obligations are about: "talks on Syria", «обязательства по Сирии»
ABOUT: Final = frozenset({"on", "about", "по", "о", "об"})
TALK_NOUNS: Final = frozenset({
    "talks", "talk", "summit", "meeting", "negotiations", "consultations", "obligations",
    "commitments", "переговоры", "переговорах", "саммит", "встреча", "встречу",
    "консультации", "обязательства", "обязательствах", "договоренности",
})
# "Georgia's pro-EU president", "pro-Russian party", "anti-Western candidate": a label for
# a person or a party, not an act of the state or bloc named in it
LEANING: Final = frozenset({"pro", "anti"})
# "Russia-led CIS", "Moscow-Led Regional Bloc": the state that leads a bloc describes the
# bloc; it is not thereby a party to the story (LABELING.md: parties, not every state named)
# Such a state is a MEMBER: it counts as a party does for relevance (the bloc is the
# counterpart), but it is not one of the story's tags.
MEMBER: Final = "member"
LED: Final = frozenset({"led", "dominated"})
LED_REACH: Final = 4
BLOC_NOUNS: Final = frozenset({"bloc", "blocs", "alliance", "union", "organization", "organisation",
                               "grouping"})
# a bloc's own gathering: "at the Shanghai Cooperation Organisation summit", «на саммите ОДКБ»
BLOC_GATHERINGS: Final = ("summit", "саммит", "drills", "exercise", "учени", "заседани", "meeting")
# "to counter the US-led global order": the order a state leads is the topic, not the state
ORDERS: Final = frozenset({"order", "orders"})
# the members listed after a bloc's name describe it too: «в Таможенном союзе России,
# Белоруссии и Казахстана», «ЕврАзЭС, куда входят также Белоруссия, Казахстан…»
GENITIVE_ENDINGS: Final = ("и", "ы", "ана", "РФ")  # not "-а": «Москва», «Украина» are nominative
# a bloc's own noun, when the bloc has no code of its own («Таможенном союзе», «Единого
# экономического пространства»); not the Union State («Союзного государства России и
# Белоруссии»), whose two members are the parties to all it does
UNION_STATE: Final = "UNION_STATE"
BLOC_STEMS: Final = frozenset({"союз", "сообществ", "пространств"})
# «воздушное пространство Польши»: a state's airspace, not a bloc's members
AIRSPACE: Final = "воздушн"
CASE_ENDINGS: Final = "аеуомы"  # «союза», «союзе», «союзом»; not «союзник», «союзного»
MEMBERS_BEFORE: Final = (("куда", "входят"), ("куда", "входит"), ("которую", "входят"),
                         ("whose", "members"), ("which", "includes"), ("which", "include"))
LIST_JOINS: Final = frozenset({",", "и", "and", "также", "also", "as", "well"})
# "joint drills near the Afghan border", «учения на границе с Афганистаном», "Armenia-Iran
# border": when two other states act, the neighbour named by the border is the place
BORDER_EN, BORDER_RU = "border", "границ"
BORDER_STEMS: Final = (BORDER_EN, BORDER_RU)
BORDER_FORCES: Final = frozenset({"guards", "guard", "troops", "service", "police", "forces"})
BORDER_LIST: Final = frozenset({"и", "and", ","})
AT_THE_BORDER: Final = frozenset({
    "near", "on", "at", "from", "guarding", "guard", "на", "у", "близ", "вблизи", "возле",
    "около", "с", "из", "охраны", "охрану", "участка", "участке", "участок",
})  # not "along": "fences along the border with Belarus" are against Belarus
# "В США заявили…": a voice in a state, unnamed; the verb is a plural past of speech. It
# is no state's statement on another (_unnamed_voice): «В США признали усиление России» is
# mostly a pundit's or a paper's; «Белый дом признал…» is the state's.
UNNAMED_BEFORE: Final = frozenset({"в", "во"})
SPEECH: Final = ("заяв", "назва", "назвал", "оцени", "рассказ", "сообщ", "допуст", "призва",
                 "ответи", "раскры", "предупред", "пригрози", "отреагир", "предрек", "усомни",
                 "высказ", "объясни", "призна", "указа", "увиде", "прокоммент", "предложи",
                 "пообеща", "потребова", "выступи", "напомни", "описа", "спрогнозир", "предсказ",
                 "констатир", "поддержа", "раскритикова", "осуди", "обвини", "похвали")
# how a voice speaks, between it and its verb: «Захарова резко раскритиковала планы
# Польши», "Kremlin again warns Baku"
SPEAKING_ADVERBS: Final = frozenset({
    "резко", "жестко", "жёстко", "вновь", "снова", "публично", "открыто", "официально",
    "также", "again", "sharply", "openly", "publicly", "also", "officially",
})


class Place:
    """A state or bloc named in the story, and the part it plays there.

    A plain class rather than a dataclass: compiled, a dataclass's ``__init__`` stays
    interpreted, and a story makes several places. Equal only to itself.
    """

    __slots__ = ("segment", "start", "end", "code", "is_org", "role", "matched", "is_leader")

    def __init__(self, segment: int, start: int, end: int, code: str, is_org: bool,
                 role: str, matched: str, is_leader: bool = False) -> None:
        self.segment = segment  # 0 title, 1 summary
        self.start = start
        self.end = end
        self.code = code
        self.is_org = is_org
        # "party" | "venue" | "source" | "water" | "background" | "purpose" | MEMBER
        self.role = role
        self.matched = matched
        self.is_leader = is_leader

    def __repr__(self) -> str:
        return (f"Place({self.segment}, {self.start}, {self.end}, {self.code!r}, "
                f"{self.is_org}, {self.role!r}, {self.matched!r}, {self.is_leader})")


class Found:
    """A trigger, a modal word or an office-holder, where it is in the story (a plain
    class, as ``Place``: a NamedTuple's ``__new__`` stays interpreted when compiled)."""

    __slots__ = ("segment", "start", "end", "payload", "matched")

    def __init__(self, segment: int, start: int, end: int, payload: tuple[Any, ...],
                 matched: str) -> None:
        self.segment = segment
        self.start = start
        self.end = end
        self.payload = payload
        self.matched = matched

    def __repr__(self) -> str:
        return (f"Found({self.segment}, {self.start}, {self.end}, {self.payload!r}, "
                f"{self.matched!r})")


class Overview:
    """Who is named where: filled by ``Reading.overview`` (a plain class, as ``Place``)."""

    __slots__ = ("title_parties", "summary_parties", "title_leaders", "blocs", "title_bloc",
                 "lead_bloc", "lead_leaders")

    def __init__(self) -> None:
        self.title_parties: set[str] = set()  # states and blocs the title names (venues too)
        self.summary_parties: set[str] = set()
        self.title_leaders: set[str] = set()  # states whose leaders the title names
        # blocs named as parties anywhere (a later summary sentence is not)
        self.blocs: set[str] = set()
        self.title_bloc = False
        self.lead_bloc = False  # the summary's first sentence names a bloc
        # states whose leaders the summary's first sentence names
        self.lead_leaders: set[str] = set()


class Reading:
    """A story's tokens (as written) and its hits, sorted by what they are and where.

    Each per-segment list is indexed by segment: 0 the title, 1 the summary.
    """

    __slots__ = ("tokens", "texts", "places", "cues", "negatives", "lead", "hits", "_found",
                 "private", "abroad", "awaited")

    def __init__(self, tokens: list[list[str]], texts: tuple[str, str]) -> None:
        self.tokens = tokens
        self.texts = texts
        self.places: list[Place] = []
        # (label, weight, matched text, token)
        self.cues: tuple[list[tuple[str, float, str, int]], ...] = ([], [])
        self.negatives: tuple[list[tuple[str, float, str, int]], ...] = ([], [])
        # every hit: (segment, first token, token after the last, digest, matched text)
        self.hits: list[tuple[int, int, int, Digest, str]] = []
        self._found: tuple[tuple[list[Found], list[Found]], ...] = ()
        # the summary's first sentence ends here: later sentences are background
        self.lead = clause_end(tokens[1], 0, SENTENCE_ENDS)
        # the title reports a private voice (a pundit, a leader's son), not a state's
        self.private = False
        # the title's "in" of a leader abroad ("Putin in Beijing"), or -1
        self.abroad = -1
        # the title's "expected" of a leader awaited abroad ("Tokayev expected in Moscow")
        self.awaited = -1

    @property
    def triggers(self) -> tuple[list[Found], list[Found]]:
        """Event triggers, by segment; worked out only for stories that need an event."""
        return (self._found or self._sort_acts())[0]

    @property
    def modals(self) -> tuple[list[Found], list[Found]]:
        return (self._found or self._sort_acts())[1]

    @property
    def roles(self) -> tuple[list[Found], list[Found]]:
        return (self._found or self._sort_acts())[2]

    def _sort_acts(self) -> tuple[tuple[list[Found], list[Found]], ...]:
        """Triggers, modal words and office-holders, by segment, in one pass."""
        found: tuple[tuple[list[Found], list[Found]], ...] = (([], []), ([], []), ([], []))
        triggers, modals, roles = found
        for segment, start, end, hit, matched in self.hits:
            for payload in hit.triggers:
                triggers[segment].append(Found(segment, start, end, payload, matched))
            for payload in hit.modals:
                modals[segment].append(Found(segment, start, end, payload, matched))
            for payload in hit.roles:
                roles[segment].append(Found(segment, start, end, payload, matched))
        if self.abroad >= 0:
            triggers[0].append(Found(0, self.abroad, self.abroad + 1, ABROAD_TRIGGER,
                                     self.tokens[0][self.abroad]))
            triggers[0].sort(key=_found_start)
        if self.awaited >= 0:
            triggers[0].append(Found(0, self.awaited, self.awaited + 2, AWAITED_TRIGGER,
                                     " ".join(self.tokens[0][self.awaited:self.awaited + 2])))
            triggers[0].sort(key=_found_start)
        # the title's invitations and visiting leaders (searched for in C first: seldom
        # there); a summary's are left to its own words, which cost too much to search
        text = self.texts[0]
        added = [
            offer for modal in modals[0]
            if modal.matched.lower() in INVITES
            and (offer := _invitation(self.tokens[0], self.places, modal)) is not None
        ] if "nvit" in text or "приглас" in text or "приглаш" in text else []
        if "isiting" in text or "attendance" in text:
            added += _leaders_present(self.tokens[0], self.places)
        if added:
            triggers[0].extend(added)
            triggers[0].sort(key=_found_start)
        for place in self.places:
            # «глава Белоруссии», «главу Казахстана»: the head of a state is its leader
            tokens = self.tokens[place.segment]
            if not place.is_org and place.start and tokens[place.start - 1] in HEADS_OF and (
                # «глава казахстанского МИД» heads the ministry; «глава казахстанского
                # государства» the state
                not tokens[place.end - 1].endswith(ADJECTIVE_ENDINGS)
                or lower(tokens, place.end).startswith(STATE_BODIES)
            ):
                roles[place.segment].append(Found(
                    place.segment, place.start - 1, place.end, LEADER_ROLE,
                    " ".join(tokens[place.start - 1:place.end]),
                ))
                roles[place.segment].sort(key=_found_start)
        self._found = found
        return found

    def overview(self) -> Overview:
        """Who is named where, in one pass over the places."""
        overview = Overview()
        for place in self.places:
            role = place.role
            if role in ("party", "venue", "purpose", MEMBER, STAND_IN):
                (overview.summary_parties if place.segment else overview.title_parties).add(
                    place.code
                )
            if place.is_org:
                if not place.segment:
                    overview.title_bloc = True
                if role == "party":
                    overview.blocs.add(place.code)
                    overview.lead_bloc |= place.segment == 1
            elif place.is_leader and not place.segment and role != "source":
                overview.title_leaders.add(place.code)
            elif place.is_leader and place.segment and role == "party" and place.start < self.lead:
                overview.lead_leaders.add(place.code)  # a leader in the summary's lead
        return overview

    def explain_parties(self) -> list[str]:
        lines = []
        for place in self.places:
            line = ("bloc " if place.is_org else "state ") + place.code
            if place.segment:
                line += " in summary"
            line += ": '" + place.matched + "'"
            if place.role != "party":
                line += " (only as " + place.role + ")"
            lines.append(line)
        return lines

    def spans(self) -> list[tuple[str, str, str, int]]:
        """(kind, code, matched, offset) for places and alignment cues, in text order.

        The offset is in f"{title}. {summary}", found by walking the text token by token.
        """
        found: list[tuple[int, int, str, str, str]] = [
            (p.segment, p.start, "org" if p.is_org else "country", p.code, p.matched)
            for p in self.places
        ]
        found.extend(
            (segment, start, "topic", label, matched)
            for segment in (0, 1)
            for label, _, matched, start in self.cues[segment]
            if label not in ("event", "meeting", "leaders")
        )
        found.sort(key=_position)
        spans = []
        cursors = [0, 0]
        where, offset = (-1, -1), 0
        for segment, start, kind, code, matched in found:
            if (segment, start) != where:  # a group ("Baltic states") is several states at once
                where = (segment, start)
                text, first = self.texts[segment], self.tokens[segment][start]
                offset = text.find(first, cursors[segment])
                if offset < 0:
                    offset = 0
                else:
                    cursors[segment] = offset + len(first)
                if segment:
                    offset += len(self.texts[0]) + 2
            spans.append((kind, code, matched, offset))
        return spans


def leaders_council(name: str) -> bool:
    """A bloc's council of heads of state or government: "Supreme Eurasian Economic
    Council", «Совет глав правительств СНГ», "Eurasian Intergovernmental Council"."""
    words = name.lower()
    return any(word in words for word in COUNCILS) and any(word in words for word in TOP_TIERS)


def _a_leader_in(places: list[Place], acts: list[Any], segment: int) -> bool:
    """A state's leader named in the segment: by name, or by office next to the state
    ("Kazakh president", «глава Белоруссии»), or a bloc's council of leaders;
    "President of the Union of Chambers" is none."""
    if any(place.segment == segment and place.is_org and leaders_council(place.matched)
           for place in places):
        return True
    states = [place for place in places if place.segment == segment and not place.is_org]
    if any(place.is_leader for place in states):
        return True
    edges = {place.end for place in states} | {place.start for place in states}
    return any(
        where == segment and (start in edges or end in edges or end + 1 in edges)
        and any(role[1] == "leader" for role in hit.roles)
        for where, start, end, hit, _ in acts
    )


def _found_start(found: Found) -> int:
    return found.start


def _position(item: tuple[int, int, str, str, str]) -> tuple[int, int]:
    return item[0], item[1]


def _someone_before(
    places: list[Place], acts: list[tuple[int, int, int, Digest, str]], start: int
) -> bool:
    """A state, a leader or an office-holder named in the title before token ``start``."""
    return any(not place.segment and place.start < start for place in places) or any(
        not segment and first < start and hit.roles for segment, first, _, hit, _ in acts
    )


def lower(tokens: list[str], index: int) -> str:
    return tokens[index].lower() if 0 <= index < len(tokens) else ""


def read(
    lexicon: Lexicon,
    title: str,
    summary: str,
    known: tuple[list[str], list[Hit], list[str] | None] | None = None,
) -> Reading:
    """Tokenize, look up and sort the hits of a story's title and summary.

    ``known`` is the title's tokens and hits, and the summary's tokens (or None), when the
    caller has them already.
    """
    title_hits: list[Hit] | None = None
    summary_tokens = None
    if known is None:
        title_tokens = tokenize_title(lexicon, title)
    else:
        title_tokens, title_hits, summary_tokens = known
    if summary_tokens is None:
        summary_tokens = lexicon.tokens(summary) if summary else []
    reading = Reading([title_tokens, summary_tokens], (title, summary))
    contexts: set[str] = set()
    doubtful: list[tuple[Place, str, int]] = []
    places = reading.places
    acts = reading.hits
    lead = reading.lead
    sources_from = attribution_start(title_tokens, title)
    statements: list[tuple[int, int, float, str]] = []  # title verbs: (start, end, …)
    ships = False  # the title tells of ships detained: the lead's "суда" are ships
    voices: list[tuple[int, int, tuple[str, ...]]] = []  # (segment, token, kinds)
    for segment, tokens in enumerate(reading.tokens):
        if not tokens:
            continue
        cues, negatives = reading.cues[segment], reading.negatives[segment]
        linked: list[tuple[int, tuple[str, float, str, int]]] = []
        everyday: list[tuple[str, float, str, int]] = []  # meeting words common elsewhere
        paired: list[tuple[int, int, str, str]] = []  # (start, end, label, role)
        leases: list[tuple[int, int, str]] = []  # «аренды …» before a named site
        hit: Digest
        hits = title_hits if segment == 0 and title_hits is not None else lexicon.scan(tokens)
        if "all on" in reading.texts[segment]:  # a C search first: "call on", "calls on"
            hits = _call_on_a_day(lexicon, tokens, hits)
        for start, end, hit in hits:
            matched = tokens[start] if end == start + 1 else " ".join(tokens[start:end])
            if hit.has_acts:  # triggers, modal words, office-holders: for the event, later
                acts.append((segment, start, end, hit, matched))
            for label, role in hit.pairs:
                paired.append((start, end, label, role))
            if hit.voice:
                voices.append((segment, start, hit.voice))
            for code, is_org, ambiguous, stem in hit.places:
                if is_org:
                    role = "party"
                    if segment and start >= lead:
                        role = "background"  # a later sentence of the summary
                    elif (segment and preceded_by_locative(tokens, start - 1)
                          and not lower(tokens, end).startswith(BLOC_GATHERINGS)):
                        role = "venue"  # "…one of the only leaders in the EU…"; "at the
                        # SCO summit" is the bloc's own gathering
                    places.append(Place(segment, start, end, code, True, role, matched))
                    continue
                if segment:
                    role = "source" if is_attributed(tokens, end) else place_role(
                        tokens, start, end
                    )
                else:
                    role = "source" if start >= sources_from else place_role(tokens, start, end)
                if hit.leader and role == "party" and _is_person(tokens, start, end):
                    role = "background"  # "Putin ally", "сын Трампа"
                place = Place(segment, start, end, code, False, role, matched, hit.leader)
                places.append(place)
                if ambiguous:
                    doubtful.append((place, tokens[end - 1], stem))
            if not hit.has_words:
                continue
            if hit.plain_cues:
                for label, weight in hit.topics:
                    cues.append((label, weight, matched, start))
            else:
                for label, weight in hit.topics:
                    if label == STATEMENT:
                        if not segment:
                            statements.append((start, end, weight, matched))
                        continue
                    if label == "alliance" and _is_personal(reading, segment, start):
                        continue  # "Putin ally"
                    cue = (label, weight, matched, start)
                    cues.append(cue)
                    if label in LINKED and tokens[end - 1].lower() in LINKING:
                        linked.append((end, cue))
            for label, weight in hit.trigger_cues:  # an event or a meeting word
                if label == "meeting":
                    lowered = matched.lower()
                    if (not segment and lowered.startswith(MOTIONS)
                            and not _someone_before(places, acts, start)):
                        continue  # "Ottoman-era carpet heads to The Hague": a thing travels
                    if lowered == WELCOME:
                        continue  # "X and Y welcome the decision": mostly a reaction, no cue
                    if (
                        (" " not in lowered and lowered.startswith(RECEIVING))
                        or CHAT in lowered or lowered.startswith(EVERYDAY_MEETINGS)
                    ):
                        everyday.append((label, weight, matched, start))
                        continue
                cues.append((label, weight, matched, start))
            for label, weight in hit.negatives:
                if matched.lower() == SHIPS_OR_COURT and (
                    ships or lower(tokens, start - 1).endswith(PLURAL_ADJECTIVE)
                ):
                    continue  # "российские суда", or ships detained in the title
                if matched.lower().startswith(RENT) and _site_leased(tokens, end):
                    leases.append((start, end, matched))
                    continue
                if not segment and not start and matched.lower() in MEDIUM_WORDS:
                    continue
                negatives.append((label, weight, matched, start))
            if hit.contexts:
                contexts.update(hit.contexts)
        if not segment and any(cue[0] == OFFICIALS for cue in cues):
            cues[:] = [cue for cue in cues if not _office_as_voice(tokens, places, cue,
                                                                   sources_from)]
        if everyday and _a_leader_in(places, acts, segment):
            cues.extend(everyday)  # a meeting word between leaders: "Putin phones Tokayev"
        for end, cue in linked:  # "fighting for" must be followed by a state: "… for Russia"
            if not any(p.start == end and p.segment == segment for p in places) or (
                cue[0] == AGAINST and not _against_a_state(tokens, places, segment, end)
            ):
                cues.remove(cue)
        cues.extend(
            (TREATY, LEASE_WEIGHT, f"{matched} {tokens[end]}", start)
            for start, end, matched in leases  # «аренды Байконура»: a state's site, leased
            if any(p.start == end and p.segment == segment for p in places)
        )
        if len(paired) > 1:
            ships |= _pair_cues(tokens, paired, cues, negatives, _a_third_state(places, segment))
        if statements and not segment:
            cues.extend(_statement_cues(tokens, places, statements, _title_offices(voices)))
        if not segment and COLON in tokens[:COLON_REACH]:
            cues.extend(_colon_statement(tokens, places))
        cues.extend(_arms_supplied(tokens, places, segment))
        if not segment and any(stem in title for stem in TROOP_STEMS):  # a C search first
            cues.extend(_troops_in_the_war(tokens, places))
        if not segment and any(stem in title for stem in AID_STEMS):  # a C search first
            cues.extend(_aid_in_the_war(tokens, places))
        if not segment and any(  # a C search first
            stem in title for stem in HARDWARE_STEMS + THIRD_STATE_ARMS_STEMS
        ):
            cues.extend(_arms_abroad(tokens, places))
    if any(cue[0] == WAR_STANCE for cue in reading.cues[0]):
        _the_war_of_a_stance(title_tokens, places)
        _mercenaries_from(title_tokens, places)
    if reading.negatives[0] and reading.cues[0]:
        _background_clause(title_tokens, reading.cues[0], reading.negatives[0], places)
    if reading.cues[0] and any(word in title for word in ("xports", "mports", "кспорт",
                                                           "мпорт")):  # a C search first
        _trade_figures(title_tokens, reading.cues[0], places)
    if summary_tokens and _may_open_with_dateline(summary):
        _dateline_is_source(lexicon, summary, places, reading)
    for place, token, stem in doubtful:
        if not _ambiguous_holds(place.code, stem, token, contexts):
            places.remove(place)
    reading.cues[0].extend(_voice_on_another(places, title_tokens, not reading.cues[0]))
    reading.cues[0].extend(
        _third_in_a_war(title_tokens, places, reading.negatives[0], _title_offices(voices))
    )
    if "ehind" in title:  # a C search first
        reading.cues[0].extend(_behind_says(title_tokens, places, title))
    reading.abroad = _leader_abroad(title_tokens, places)
    if reading.abroad >= 0:
        reading.cues[0].append(("meeting", MEETING_CUE, title_tokens[reading.abroad],
                                reading.abroad))
    elif "expected" in title or "due" in title or "ожидается" in title:  # a C search first
        reading.awaited = _leader_awaited(title_tokens, places)
        if reading.awaited >= 0:
            reading.cues[0].append(("meeting", MEETING_CUE, title_tokens[reading.awaited],
                                    reading.awaited))
    _descriptive_names(reading)
    _the_public(title_tokens, places)
    if "eneral" in title or "енерал" in title:  # a C search first
        _a_general(title_tokens, places)
    if "order" in title or "раниц" in title:  # "Border", «границе»: cheaper than tokens
        _border_neighbours(title_tokens, places)
    if voices:
        reading.private = _private_voice(reading, voices, statements)
    if "to" in title_tokens or "To" in title_tokens:
        _purpose_clause(title_tokens, places)
    _subject_of_talks(title_tokens, places)
    _leaders_by_office(reading)
    return reading


def _the_war_of_a_stance(tokens: list[str], places: list[Place]) -> None:
    """"Cuba denies participating in Ukraine war": the war a stance is taken on names a
    state at war, a party to the stance as "… in the war in Ukraine" would make it; in
    other titles "Ukraine war" is only the story's background. Not "the Russia-Ukraine
    war": named by both sides, the war leaves the side taken to the rest of the story."""
    ends = {place.end for place in places if not place.segment}
    for place in places:
        if (not place.segment and place.role == "background" and place.code in WARRING
                and lower(tokens, place.end) in WAR_AFTER and place.start not in ends):
            place.role = "party"


def _the_public(tokens: list[str], places: list[Place]) -> None:
    """"Most Poles oppose sending Western troops…", "Israelis reveal their stance…",
    «Россияне столкнулись…»: a people opening the title is its public — a poll, a mood, a
    market — not its state taking a stance."""
    opening, peoples = 0, PEOPLES
    if lower(tokens, 0) in PUBLIC_SHARE:  # "Most Poles", "Majority of Poles", «Большинство поляков»
        opening, peoples = (2 if lower(tokens, 1) == "of" else 1), PEOPLES | PEOPLES_OF
    for place in places:
        if (not place.segment and place.start == opening and not place.is_org
                and place.role == "party" and place.matched.lower() in peoples):
            place.role = "background"


def _a_general(tokens: list[str], places: list[Place]) -> None:
    """"Ukraine's losses 'in the millions' – Polish general", «Польский генерал рассказал…»:
    a state's general is a voice from it, serving or retired, not the state acting."""
    for place in places:
        if (not place.segment and not place.is_org and place.role == "party"
                and lower(tokens, place.end) in GENERALS and _describes(place.matched)):
            place.role = "source"


def _mercenaries_from(tokens: list[str], places: list[Place]) -> None:
    """«Польский наемник рассказал…», «участие шведских наемников в боях»: the state in a
    mercenary's description says where he comes from; it is no party to the story, as a
    state that warns its citizens against fighting as mercenaries is."""
    for place in places:
        if (not place.segment and not place.is_org and place.role == "party"
                and lower(tokens, place.end).startswith(MERCENARIES)
                and _describes(place.matched)):
            place.role = "background"


def _describes(word: str) -> bool:
    """Whether a state's name is an adjective before a noun: "British", «шведских» — not a
    Russian noun's case («вербовке Украиной наемников»: Ukraine recruits them)."""
    lowered = word.lower()
    return lowered.isascii() or lowered.endswith(MASCULINE_ADJECTIVE)


def _against_a_state(tokens: list[str], places: list[Place], segment: int, end: int) -> bool:
    """Whether "against" at ``end`` is followed, in a title, by a state's name that ends
    its phrase (see AGAINST)."""
    if segment or {p.code for p in places if not p.segment} <= WARRING:
        return False  # "Ukraine launches drone attack against Russia": the war itself
    for place in places:
        if place.start == end and place.segment == 0:
            after = lower(tokens, place.end)
            return not after[:1].isalnum() or after in AFTER_AGAINST
    return False


def _background_clause(
    tokens: list[str], cues: list[tuple[str, float, str, int]],
    negatives: list[tuple[str, float, str, int]], places: list[Place],
) -> None:
    """"Bitcoin gains as crypto investors bet on US-China trade talks": when the title's
    main clause is a domestic story with no alignment cue of its own, the clause after
    "as", "amid" or "despite" is its backdrop, and its cues are dropped. Not when a state
    is the subject right after "as": "Oil prices sink as India and China cut purchases"
    tells what the states did."""
    link = next((i for i, token in enumerate(tokens)
                 if i > 1 and token.lower() in BACKDROP_LINKS), None)
    if link is None or not any(n[3] < link for n in negatives):
        return
    if any(cue[3] < link for cue in cues):
        return
    if tokens[link].lower() == "as" and any(
        not place.segment and place.start == link + 1 for place in places
    ):
        return
    cues[:] = [cue for cue in cues if cue[3] < link]


def _trade_figures(
    tokens: list[str], cues: list[tuple[str, float, str, int]], places: list[Place]
) -> None:
    """"Chinese exports show strong resilience despite US tariff war": one state's trade
    figures, with another state only in the backdrop after "as", "amid" or "despite", are
    that state's economy; the backdrop does not make the other state a trading partner.
    Not when the main clause names a partner ("Russia's oil exports to India rise amid
    sanctions") or another cue, nor when the state acts on its trade ("China curbs rare
    earth exports amid US row")."""
    link = next((i for i, token in enumerate(tokens)
                 if i > 1 and token.lower() in BACKDROP_LINKS), None)
    if link is None:
        return
    main = [cue for cue in cues if cue[3] < link]
    if not all(cue[0] == INTEGRATION for cue in main) or not any(
        word.startswith(TRADE_FIGURES) for cue in main for word in cue[2].lower().split()
    ):
        return
    first = min(cue[3] for cue in main)
    if any(token.lower() in TRADE_ACTS or token.lower().startswith(TRADE_ACT_STEMS)
           for token in tokens[:first]):
        return
    title_places = [place for place in places if not place.segment]
    trader = {place.code for place in title_places if place.start < link}
    backdrop = [place for place in title_places if place.start > link]
    if len(trader) != 1 or not any(place.code not in trader for place in backdrop):
        return  # "… as Beijing relaxes controls": the trader's own act
    for place in backdrop:
        place.role = "background"
    cues[:] = main


def _may_open_with_dateline(summary: str) -> bool:
    """A cheap test before the regular expression: "TEHRAN –", "Baku, May 5"."""
    return summary[:2].isupper() or "," in summary[:24]


def _dateline_is_source(
    lexicon: Lexicon, summary: str, places: list[Place], reading: Reading
) -> None:
    """"TEHRAN – …", «МОСКВА, 5 мая. /ТАСС/.», "BISHKEK (AKIpress) -": the place a lead is
    filed from is where the reporter sits, not a party to the story. An agency's name
    closing the dateline («ДУШАНБЕ, 20 мар — Sputnik.») is no sentence of the lead: the
    lead is the sentence after it."""
    found = DATELINE.match(summary)
    if found is None:
        return
    reach = len(lexicon.tokens(summary[:found.end()]))
    for place in places:
        if place.segment and place.start < reach and not place.is_org:
            place.role = "source"
    tokens = reading.tokens[1]
    agency = tokens[reach:reading.lead]
    if reading.lead < len(tokens) and 0 < len(agency) <= AGENCY_WORDS and all(
        word[:1].isupper() for word in agency
    ):
        after = reading.lead + 1
        reading.lead = clause_end(tokens, after, SENTENCE_ENDS)


def _call_on_a_day(lexicon: Lexicon, tokens: list[str], hits: list[Hit]) -> list[Hit]:
    """"A call on Thursday" is a call held; the lexicon's longest match reads "call on"
    (urge), which would lose the call and make its own act a wish."""
    fixed: list[Hit] = []
    for start, end, hit in hits:
        if (end == start + 2 and tokens[start].lower() in CALL_WORDS
                and lower(tokens, start + 1) == "on" and lower(tokens, end) in WEEKDAYS):
            for offset in (start, start + 1):
                fixed.extend((offset + first, offset + last, digest)
                             for first, last, digest in lexicon.scan(tokens[offset:offset + 1]))
        else:
            fixed.append((start, end, hit))
    return fixed


def _colon_statement(
    tokens: list[str], places: list[Place]
) -> list[tuple[str, float, str, int]]:
    """A state or its office named before a title's opening colon, on another state (not
    an election commission's count: «ЦИК Киргизии: …»)."""
    colon = tokens.index(COLON)
    parties = [p for p in places if not p.segment and p.role == "party" and not p.is_org]
    speakers = {p.code for p in parties if p.end == colon
                and all(word.lower() in OFFICE for word in tokens[:p.start])}
    addressed = {p.code for p in parties if p.start > colon} - speakers
    if not speakers or not addressed or speakers | addressed <= WARRING:
        return []
    voice = f"{'/'.join(sorted(speakers))}: {'/'.join(sorted(addressed))}"
    return [(STATEMENT, COLON_WEIGHT, voice, colon)]


def _arms_follow(tokens: list[str], start: int) -> bool:
    """Arms within three words: "US-made missiles", "US-made long-range missiles", and a
    model's name, a letter code and a number ("US-made F-16 jets", "Russian-made Su-35s")."""
    for index in range(start, min(start + ARMS_REACH, len(tokens))):
        token = tokens[index]
        if token.lower().startswith(WEAPONS) or (
            index + 1 < len(tokens) and token[:1].isupper() and len(token) <= 3
            and tokens[index + 1][:1].isdigit()
        ):
            return True
    return False


def _office_as_voice(
    tokens: list[str], places: list[Place], cue: tuple[str, float, str, int], sources_from: int
) -> bool:
    """"… – former defense minister", «Экс-глава МИД Чехии возмутился…»: an office its
    holder holds no more is a private voice; "Russia has seized initiative in Ukraine
    conflict – defense minister": an office in a title's attribution says who speaks, not
    what happened, when the title tells only the war."""
    if cue[0] != OFFICIALS:
        return False
    before = cue[3] - 1
    for place in places:  # "former US envoy"
        if not place.segment and place.start <= before < place.end:
            before = place.start - 1
    if lower(tokens, before) in FORMER:
        return True
    if cue[3] < sources_from:
        return False
    states = {p.code for p in places if not p.segment and p.role == "party" and not p.is_org}
    return bool(states) and states <= WARRING


def _arms_supplied(
    tokens: list[str], places: list[Place], segment: int
) -> list[tuple[str, float, str, int]]:
    """"US-supplied missiles", "Iranian-made drones": a state or bloc other than the two
    at war, named as the maker or the giver of the arms."""
    cues = []
    for place in places:
        if place.segment != segment or place.role != "party" or place.code in WARRING:
            continue
        before = place.start - 1
        while before > 0 and (
            tokens[before].isdigit() or lower(tokens, before) in COUNT_WORDS
            or (lower(tokens, before) == "of" and lower(tokens, before - 1) in COUNT_WORDS)
        ):  # "shoot down five US-made missiles", "fires dozens of Iranian-made drones"
            before -= 1
        if lower(tokens, before) in ARMS_HIT:
            if lower(tokens, place.end) in SUPPLIED:
                place.role = "background"  # the maker of arms hit at the front: no party
            continue
        word = lower(tokens, place.end)
        if word in SUPPLIED and (
            word in SUPPLIERS_VERB_ONLY or _arms_follow(tokens, place.end + 1)
        ):
            matched = f"{place.matched}-{tokens[place.end]}"
            cues.append((WAR_STANCE, SUPPLIED_WEIGHT, matched, place.start))
    return cues


def _aid_in_the_war(
    tokens: list[str], places: list[Place]
) -> list[tuple[str, float, str, int]]:
    """"New US aid packages for Ukraine", «пакеты помощи США Украине»: a third state's aid
    to one of the two at war is its involvement, as its arms and troops are, even where
    the title goes on to the front."""
    states = [p for p in places if not p.segment and p.role == "party" and not p.is_org]
    if not any(p.code in WARRING for p in states):
        return []
    for index, token in enumerate(tokens):
        word = token.lower()
        if word in AID or (word in PLEDGES and any(
            place.code in WARRING and 0 < place.start - index <= PLEDGED_REACH
            and (word.startswith(PLEDGED_IN_RUSSIAN) or lower(tokens, place.start - 1) == "to")
            for place in states
        )):
            for place in states:
                if place.code not in WARRING and (
                    0 <= index - place.end < AID_REACH or 0 <= place.start - index - 1 < AID_REACH
                ):
                    words = (place.matched, token)
                    if place.start > index:
                        words = (token, place.matched)
                    return [(WAR_STANCE, SUPPLIED_WEIGHT, " ".join(words), place.start)]
        if word in RECEIVES and any(p.code in WARRING and p.end <= index for p in states):
            for place in states:
                if (place.code not in WARRING and 0 < place.start - index <= RECEIVED_REACH
                        and lower(tokens, place.start - 1) in RECEIVED_FROM):
                    return [(WAR_STANCE, SUPPLIED_WEIGHT, f"{token} … {place.matched}",
                             place.start)]
    return []


def _troops_in_the_war(
    tokens: list[str], places: list[Place]
) -> list[tuple[str, float, str, int]]:
    """"North Korean soldiers killed in Ukraine war", «северокорейские военные в зоне СВО»:
    a third state's soldiers in the war are its involvement, the news of a battlefield
    report (LABELING.md), as its arms are (``_arms_supplied``)."""
    soldiers = [
        (WAR_STANCE, SUPPLIED_WEIGHT, f"{place.matched} {tokens[place.end]}", place.start)
        for place in places
        if not place.segment and lower(tokens, place.end) in TROOPS
        and not place.is_org and place.role == "party" and place.code not in WARRING
    ]
    if soldiers and any(token.lower() in WAR_WORDS or token.lower().startswith(KURSK)
                        for token in tokens):
        return soldiers
    return []


def _arms_abroad(
    tokens: list[str], places: list[Place]
) -> list[tuple[str, float, str, int]]:
    """A state's drones or missiles with a state outside the war: the one at war's arms
    over, in or downed by a third state ("Russian drones shot down over Belarus"), or a
    third state's arms in the war ("Russia used North Korean missiles"). Either way the
    third state's involvement is the news of a report from the war (LABELING.md)."""
    states = [p for p in places if not p.segment and not p.is_org]
    if not any(p.code in WARRING for p in states):
        return []
    title = " ".join(tokens).lower()
    for place in states:
        index = place.end
        while lower(tokens, index) in HARDWARE_KINDS and index < place.end + 2:
            index += 1
        arms = lower(tokens, index)
        if place.role == "background" or not (arms.startswith(HARDWARE) or (
            place.code not in WARRING and arms.startswith(THIRD_STATE_ARMS)
        )):
            continue
        if place.code not in WARRING:
            if lower(tokens, place.start - 1) in ARMS_HIT:
                continue  # "destroys US tanks": the arms as a target, the front
            if any(other.code in WARRING and other.role in ("party", "venue")
                   for other in states):
                matched = f"{place.matched} {tokens[index]}"
                return [(WAR_STANCE, SUPPLIED_WEIGHT, matched, place.start)]
            continue
        for other in states:
            if other.code in WARRING or other.role not in ("party", "venue", MEMBER) or (
                lower(tokens, other.start).startswith(HARDWARE)  # «Шахеды»: arms, by name
            ):
                continue
            if other.role != "party" and not 0 < other.start - index <= ARMS_PLACE_REACH or (
                any(lower(tokens, between) in BACKDROP_LINKS
                    for between in range(index, other.start))
            ):
                continue  # "… drones attack Russia as …", "… for the war in Iran": elsewhere
            if other.role == "party" and lower(tokens, other.start - 1) not in OVER and not (
                any(word in title for word in TERRITORY + INTERCEPTING)
            ):
                continue  # "Russian drones hit Kyiv as Trump …": the war, with a third voice
            other.role = "party"
            matched = f"{place.matched} {tokens[index]}"
            return [(WAR_STANCE, SUPPLIED_WEIGHT, matched, place.start)]
    return []


def _one_member(tokens: list[str], end: int) -> bool:
    """"EU state jails citizen…", "Kremlin comments on NATO member state's SCO bid": a bloc
    named before "(member) state", "country" or "nation" (one, not "member states") only
    says which of its members, unnamed, acts."""
    following = lower(tokens, end)
    if following == "member":
        following = lower(tokens, end + 1)
    return following in ONE_MEMBER


def _descriptive_names(reading: Reading) -> None:
    """Names that only describe: a label ("pro-EU president") is background; the states
    that say which bloc it is are its members, not parties: its leader ("Russia-led CIS"),
    its members listed after its name («Таможенный союз России, Белоруссии и Казахстана»)."""
    places = reading.places
    blocs = [place for place in places if place.is_org]
    # most stories name no such thing: a substring search in C says whether to look closer
    texts = [text.lower() for text in reading.texts]
    if not blocs and not any(_describing(text) for text in texts):
        return
    for place in places:
        tokens = reading.tokens[place.segment]
        if place.role == "party" and lower(tokens, place.start - 1) in LEANING:
            place.role = "background"  # "pro-EU president": a label
            continue
        if place.is_org and _one_member(tokens, place.end):
            place.role = STAND_IN  # "NATO member state", "EU state": one unnamed member
            continue
        if place.is_org or place.role not in ("party", "venue"):
            continue
        if lower(tokens, place.end) in LED:
            reach = range(place.end + 1, place.end + 1 + LED_REACH)
            if any(lower(tokens, index) in BLOC_NOUNS for index in reach) or any(
                bloc.segment == place.segment and bloc.start in reach for bloc in blocs
            ):
                place.role = MEMBER
            elif any(lower(tokens, index) in ORDERS for index in reach):
                place.role = "background"
    for segment, tokens in enumerate(reading.tokens):
        anchors = [(bloc.end, True) for bloc in blocs
                   if bloc.segment == segment and bloc.code != UNION_STATE]
        text = texts[segment]
        if _bloc_noun_named(text):
            anchors += [(index + 1, True) for index, token in enumerate(tokens)
                        if token.lower().rstrip(CASE_ENDINGS) in BLOC_STEMS
                        and not lower(tokens, index - 1).startswith(AIRSPACE)]
        if _members_named(text):
            anchors += [(index + 2, False) for index in range(len(tokens) - 1)
                        if (tokens[index].lower(), tokens[index + 1].lower()) in MEMBERS_BEFORE]
        for at, genitive in anchors:
            _listed_members(places, tokens, segment, at, genitive)


def _border_neighbours(tokens: list[str], places: list[Place]) -> None:
    """A state named only by a border two other states act at is where they act ("Russia
    and Uzbekistan hold drills near the Afghan border", «учения на границе с
    Афганистаном»), not a third party. A border closed or agreed is the neighbour's too
    ("Latvia and Estonia close their borders with Russia", "Kyrgyz-Uzbek border treaty")."""
    parties = sorted((p for p in places if not p.segment and not p.is_org
                      and p.role == "party"), key=lambda p: p.start)
    on_border: set[int] = set()
    for place in parties:
        start = _border_phrase(tokens, place)
        if start is None:
            if lower(tokens, place.start - 1) in BORDER_LIST and any(
                p.end == place.start - 1 and p.start in on_border for p in parties
            ):
                on_border.add(place.start)  # «с Турцией и Ираном»: the list goes on
            continue
        # "on the Kyrgyz-Tajik border": both sides are on it (with a third state there,
        # the clashes may be theirs)
        side = next((p for p in parties if p.end == start), None)
        if side is not None:
            start = side.start
        if lower(tokens, start - 1) == "the":
            start -= 1
        if lower(tokens, start - 1) in AT_THE_BORDER:
            on_border.add(place.start)
            if side is not None:
                on_border.add(side.start)
    if not on_border:
        return
    neighbours = {p.code for p in parties if p.start in on_border} - {
        p.code for p in parties if p.start not in on_border}
    if len({p.code for p in parties} - neighbours) < 2:
        return
    for place in parties:
        if place.code in neighbours:
            place.role = "background"  # not a venue: a bloc's drills count their host


def _border_phrase(tokens: list[str], place: Place) -> int | None:
    """Where the border phrase that names ``place`` as the neighbour starts, if it does:
    "Afghan border" (not "Russian border guards"), "border with Turkey", «границе с
    Афганистаном», «границу Армении с Турцией» (Armenia's own border: not a neighbour)."""
    if (lower(tokens, place.end).startswith(BORDER_EN)
            and lower(tokens, place.end + 1) not in BORDER_FORCES):
        return place.start
    if lower(tokens, place.start - 1) not in ("with", "с"):
        return None
    if lower(tokens, place.start - 2).startswith(BORDER_STEMS):
        return place.start - 2
    if lower(tokens, place.start - 3).startswith(BORDER_RU):
        return place.start - 3
    return None


def _members_named(text: str) -> bool:
    """«куда входят», "whose members": the lowercased text may list a bloc's members."""
    return ("куда вход" in text or "которую вход" in text or "whose members" in text
            or "which include" in text)


def _bloc_noun_named(text: str) -> bool:
    """«союз», «сообщество», «пространство»: the lowercased text may name a bloc by noun."""
    return "союз" in text or "сообществ" in text or "пространств" in text


def _describing(text: str) -> bool:
    """Whether the lowercased text may hold a label, a bloc's leader or its members."""
    return ("pro-" in text or "anti-" in text or "-led" in text or "-dominated" in text
            or _bloc_noun_named(text) or _members_named(text))


def _listed_members(
    places: list[Place], tokens: list[str], segment: int, at: int, genitive: bool
) -> None:
    """The states listed from token ``at`` on (in the genitive, if ``genitive``): a bloc's
    members, named to say which bloc it is."""
    listed = sorted((p for p in places if p.segment == segment and not p.is_org
                     and p.start >= at), key=lambda p: p.start)
    first = True
    for place in listed:
        if genitive and first and place.start != at:
            return  # «ЕАЭС и Ирана»: a second party, not a member named
        first = False
        if any(lower(tokens, index) not in LIST_JOINS for index in range(at, place.start)):
            return
        if genitive and not tokens[place.end - 1].endswith(GENITIVE_ENDINGS):
            return
        place.role = MEMBER
        at = place.end


def _site_leased(tokens: list[str], end: int) -> bool:
    """«аренду Байконура», «аренды военной базы»: the word after the lease names a site."""
    following = tokens[end] if end < len(tokens) else ""
    return following[:1].isupper() or following.lower().startswith(LEASED_SITES)


def _invitation(tokens: list[str], places: list[Place], modal: Found) -> Found | None:
    """A leader invited to a state ("Erdogan invites Putin to Turkey", «Си Цзиньпин
    пригласил Рахмона в Китай») is a visit offered, and a state invited into a bloc
    («Украину пригласят в НАТО») a membership offered: a trigger from the invitation to its
    "to". Not an invitation to join, to talks or to a summit, which have their own."""
    guest = next((p for p in places if p.segment == modal.segment and not p.is_org
                  and 0 <= p.start - modal.end <= INVITE_REACH
                  and lower(tokens, p.end) in INVITED_TO), None)
    to = -1 if guest is None else guest.end
    if guest is None and lower(tokens, modal.end) in INVITED_TO:
        # the guest before: «Украину пригласят в НАТО», "Georgia invited to …"
        guest = next((p for p in places if p.segment == modal.segment and not p.is_org
                      and 0 <= modal.start - p.end <= 1), None)
        to = modal.end
    if guest is None:
        return None
    at = to + 1 + (lower(tokens, to + 1) == "the")
    host = next((p for p in places if p.segment == modal.segment and p.start == at
                 and p.code != guest.code), None)
    if host is None or not (host.is_org or guest.is_leader):
        return None
    # the trigger is the "to", as a leader abroad's is the "in": the guest stays a party
    return Found(modal.segment, to, to + 1,
                 BLOC_INVITATION_TRIGGER if host.is_org else INVITATION_TRIGGER,
                 " ".join(tokens[min(modal.start, guest.start):to + 1]))


def _leaders_present(tokens: list[str], places: list[Place]) -> list[Found]:
    """A visiting leader in the title ("reassures visiting Iran leader", "Visiting
    Japanese Prime Minister Abe…") or leaders in attendance ("parade with Putin, Kim in
    attendance") are on a visit: a summit under way."""
    leaders = [p for p in places if not p.segment and p.is_leader]
    found = []
    for index, token in enumerate(tokens):
        word = token.lower()
        if word == "visiting" and any(
            0 < p.start - index <= PRESENT_REACH for p in leaders
        ) or (word == "in" and lower(tokens, index + 1) == "attendance" and any(
            0 <= index - p.end < PRESENT_REACH for p in leaders
        )):
            found.append(Found(0, index, index + 1, PRESENT_TRIGGER, token))
    return found


def _leader_awaited(tokens: list[str], places: list[Place]) -> int:
    """The "expected" of a title's named leader awaited in another state ("Tokayev
    expected in Moscow", "Putin is due in Astana", «Токаев ожидается в Москве»): a visit
    ahead, with the host a party; -1 if none. A decision or a rain "expected in" is none."""
    leaders = [p for p in places if not p.segment and p.is_leader]
    for leader in leaders:
        index = leader.end + (lower(tokens, leader.end) in BEING)
        if lower(tokens, index) not in AWAITED or lower(tokens, index + 1) not in AWAITED_IN:
            continue
        host = next((p for p in places if not p.segment and not p.is_org
                     and p.start == index + 2 and p.code != leader.code), None)
        if host is not None:
            host.role = "party"
            return index
    return -1


def _leader_abroad(tokens: list[str], places: list[Place]) -> int:
    """The "in" of a title that opens with a leader in another state ("Putin in Beijing:
    …", "India's Modi in Moscow", «Орбан в Москве»), with nothing after the state but the
    title's end, a colon, a dash or a purpose ("… for talks"); -1 if none. The host state
    becomes a party."""
    leader = next((p for p in places if not p.segment and p.is_leader), None)
    if leader is None or lower(tokens, leader.end) not in ABROAD or not all(
        word[:1].isupper() or word == "s" for word in tokens[:leader.start]
    ):
        return -1
    host = next((p for p in places if not p.segment and not p.is_org
                 and p.start == leader.end + 1), None)
    if host is None or host.code == leader.code or host.end < len(tokens) and (
        lower(tokens, host.end) not in ABROAD_ENDS
    ):
        return -1
    host.role = "party"
    return leader.end


def _voice_on_another(
    places: list[Place], tokens: list[str], bare: bool
) -> list[tuple[str, float, str, int]]:
    """A state quoted on another is the state taking a stance, not a news source.

    "West poses no threat to Russia – UK defense chief", "US has taken UN Security
    Council hostage – Moscow": when the rest of the title names fewer than two parties,
    the state behind the attribution is one (LABELING.md: "the state taking a stance").
    A title with its two parties and an act of its own ("Uzbekistan becomes BRICS partner,
    Kremlin says") keeps its source a source, and so does Moscow on Kyiv (mostly the
    front); a ``bare`` title, with no alignment cue of its own ("Trump likely 'sincere' on
    Ukraine pledge – Putin"), has no news but the voice's stance on the two.

    The stance is the news, as a statement verb's would be ("Kremlin hits out at …"): the
    title gets a statement cue of a colon's weight ("SCO is bedrock of multipolar world –
    Putin", as «Путин: ШОС — …»). Not when the voice is a service that reports what it
    saw ("Russian spy ship spotted near Hawaii, U.S. Coast Guard says"): an observation.
    """
    title = [place for place in places if not place.segment]
    sources = [place for place in title if place.role == "source" and not place.is_org]
    if not sources:
        return []
    named = {place.code for place in title if place.role == "party"}
    voices = {place.code for place in sources} - named
    if not named or (len(named) >= 2 and not bare) or not voices or named | voices <= WARRING:
        return []
    for place in sources:
        place.role = "party"
    return _stance_cue(sources, voices, named, tokens)


def _stance_cue(
    sources: list[Place], voices: set[str], named: set[str], tokens: list[str]
) -> list[tuple[str, float, str, int]]:
    """The statement cue a state's voice on others gives its title; none when the voice is
    a service that reports what it saw ("…, U.S. Coast Guard says")."""
    if any(lower(tokens, place.end).startswith(SERVICES) for place in sources):
        return []
    voice = f"{'/'.join(sorted(voices))} on {'/'.join(sorted(named))}"
    return [(STATEMENT, COLON_WEIGHT, voice, sources[0].start)]


def watched_voice(reading: Reading, watched: frozenset[str]) -> None:
    """A watched state quoted on states the analyst does not watch ("US blocks Syria
    talks on Kurds, Russian diplomat says", «США мешают Дамаску…, заявили в Минобороны
    России») is the state taking a stance: nothing else in the story concerns the watch
    list, so its voice is why the story is here. (``_voice_on_another`` makes the same
    call for any state when the title has only one party.) As there, the stance is the
    news: the title gets a statement cue of a colon's weight ("Palestinian unity crucial
    in face of Zionist regime's war crimes, Iran warns")."""
    if any(place.is_org and place.role == "party" for place in reading.places):
        return
    title = [place for place in reading.places if not place.segment and not place.is_org]
    named = {place.code for place in title if place.role == "party"}
    if not named or not watched.isdisjoint(named):
        return
    voices = []
    for place in title:
        if place.role == "source" and place.code in watched:
            place.role = "party"
            voices.append(place)
    if voices:
        codes = {place.code for place in voices}
        reading.cues[0].extend(_stance_cue(voices, codes, named, reading.tokens[0]))


def _leaders_by_office(reading: Reading) -> None:
    """A state named with its head's office stands for its leader, as a name would:
    "Italian President", "Russia's president", "President of Italy", «лидера Китая».

    An office shared by states listed together is each one's: "Azerbaijani and Turkmen
    presidents", «президенты России и Казахстана»."""
    offices = [(start, end) for segment, start, end, hit, _ in reading.hits
               if not segment and hit.leader and not hit.places]
    if not offices:
        return
    tokens = reading.tokens[0]
    starts = {start for start, _ in offices}
    ends = {end for _, end in offices}
    states = [place for place in reading.places
              if not place.segment and not place.is_org and place.role == "party"]
    by_office: list[Place] = []
    for place in states:
        if place.is_leader:
            continue
        after = place.end + (lower(tokens, place.end) == "s")  # "Russia's president"
        if (
            after in starts
            or place.start in ends  # «лидера Китая», «президента Казахстана»
            or (lower(tokens, place.start - 1) == "of" and place.start - 1 in ends)
        ):
            place.is_leader = True
            by_office.append(place)
    for place in by_office:  # grows as it goes: "Russian, Kazakh and Uzbek presidents"
        for other in states:
            if not other.is_leader and _listed_together(tokens, place, other):
                other.is_leader = True
                by_office.append(other)


LIST_WORDS: Final = frozenset({"and", "и", ",", "&"})


def _listed_together(tokens: list[str], one: Place, other: Place) -> bool:
    """Whether two places stand next to each other with only "and", "и" or a comma between."""
    first, second = (one, other) if one.start < other.start else (other, one)
    between = tokens[first.end:second.start]
    return 0 < len(between) <= 2 and all(token.lower() in LIST_WORDS for token in between)


def _purpose_clause(tokens: list[str], places: list[Place]) -> None:
    """States named after "to <boost/fund/help…>" in the title: whom the act is for.

    "France opposes seizing frozen Russian assets to boost Ukraine military aid": France and
    Russia are the parties; Ukraine is whom the money would be for. Only when two states
    are parties before the clause, so "China sends drones to help Russia" keeps Russia.
    The role "purpose" still counts for relevance (the story is still about aid to a
    watched state) but is no party tag (feeds/parties.py takes parties and venues only).
    """
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() == "to" and tokens[index + 1].lower() in PURPOSE_VERBS:
            before = {
                p.code for p in places
                if not p.segment and not p.is_org and p.role == "party" and p.end <= index
            }
            if len(before) < 2:
                return
            limit = clause_end(tokens, index)
            for place in places:
                if not place.segment and index < place.start < limit and place.code not in before:
                    place.role = "purpose"
            return


def _subject_of_talks(tokens: list[str], places: list[Place]) -> None:
    """A state named as what talks are about, once two other states talk: "Russia, Iran,
    Turkey, Qatar eye talks on Syria", «США … игнорируют обязательства по Сирии». Like a
    purpose clause's state it counts for relevance but is no party tag. "Sanctions on
    Iran", "calls on Hong Kong" name whom an act is aimed at: those stay parties."""
    for place in places:
        if (
            place.segment or place.is_org or place.role != "party" or place.start < 2
            or tokens[place.start - 1].lower() not in ABOUT
            or tokens[place.start - 2].lower() not in TALK_NOUNS
        ):
            continue
        others = {p.code for p in places
                  if not p.segment and not p.is_org and p.role == "party"
                  and p.code != place.code}
        if len(others) >= 2:
            place.role = "purpose"


def _a_third_state(places: list[Place], segment: int) -> bool:
    """Whether the sentence names a state besides the two at war (``WARRING``)."""
    return any(p.segment == segment and not p.is_org and p.code not in WARRING for p in places)


def _third_in_a_war(
    tokens: list[str],
    places: list[Place],
    negatives: list[tuple[str, float, str, int]],
    offices: set[int],
) -> list[tuple[str, float, str, int]]:
    """"Scholz warns Iran against new attack on Israel", «США уничтожили более 80 БПЛА в
    ходе атаки Ирана на Израиль»: three states in a title of strikes are two at war and a
    third one's part in it — its warning, its stance, its own fire — as a third state's
    arms and aid are in Russia's war (``_arms_supplied``). Not an unnamed voice («В США
    заявили о подготовке удара Ирана…»): a pundit's guess at the war."""
    labels = {label for label, _, _, _ in negatives}
    if BATTLEFIELD not in labels or COURT in labels:
        return []  # "Lithuania jails Ukrainian for arson attack blamed on Russia": a trial
    parties = [p for p in places
               if not p.segment and not p.is_org and p.role == "party"
               and not _unnamed_voice(tokens, p, offices)]
    states = {p.code for p in parties}
    if len(states) < 3:
        return []
    first, last = min(p.start for p in parties), max(p.end for p in parties)
    if not BACKDROP_LINKS.isdisjoint(word.lower() for word in tokens[first:last]):
        return []  # "… lands in Baku as Ukrainian drones attack Russia": another story
    return [(WAR_STANCE, WEAK, "/".join(sorted(states)), first)]


def _pair_cues(
    tokens: list[str],
    paired: list[tuple[int, int, str, str]],
    cues: list[tuple[str, float, str, int]],
    negatives: list[tuple[str, float, str, int]],
    third_state: bool,
) -> bool:
    """Cues told by a verb and its object a few words apart (feeds/topics.py PAIRS).

    "Belgium seizes 3 billion euros in Russian central bank assets": the seizure is one
    act; the verb's domestic sense ("задержала" as an arrest) and the object's ("суда" as
    a court) do not count against it. Returns whether ships were detained, so that the
    story's other "суда" are ships too.
    """
    ships = False
    for start, end, label, role in paired:
        if role != "verb" or (label == FORCES and not third_state):
            continue  # arms sent between the two at war are the front: "sends drones at Kyiv"
        for other, other_end, other_label, other_role in paired:
            if (
                other_role == "object" and other_label == label
                and end <= other < end + PAIR_REACH
                and HARD_BOUNDARIES.isdisjoint(tokens[end:other])
            ):
                cues.append(
                    (label, PAIRS[label][0], " ".join(tokens[start:other_end]), start)
                )
                # what the object is (a central bank's assets) is no domestic story either
                negatives[:] = [cue for cue in negatives if not start <= cue[3] < other_end]
                ships |= label == SHIPS
                break
    return ships


def _private_voice(
    reading: Reading,
    voices: list[tuple[int, int, tuple[str, ...]]],
    statements: list[tuple[int, int, float, str]],
) -> bool:
    """Whether the title reports a private person's voice rather than a state's act.

    Two forms. An unnamed voice in a state ("В США заявили…", "В Германии назвали…")
    speaks for the state only when the summary names an office or office-holder
    ("Министерство финансов США заявило…"); when it names only a pundit, a candidate or a
    paper, the state is the voice's place (a source), not a party. A named private speaker
    before the title's first statement verb ("Сын Трампа упрекнул США…", "Russian blogger
    slams China…") is a person: the states in that phrase are nationalities. Either way
    no state takes the stance (LABELING.md: "the state taking a stance").
    """
    tokens = reading.tokens[0]
    title_places = [p for p in reading.places if not p.segment]
    office_at = _title_offices(voices)
    if lower(tokens, 0) in UNNAMED_BEFORE:
        voice = next((p for p in title_places if p.start == 1 and not p.is_org), None)
        if (
            voice is not None and voice.start not in office_at  # "В Кремле заявили": an organ
            and lower(tokens, voice.end).startswith(SPEECH)
            and lower(tokens, voice.end).endswith(("ли", "лись"))
        ):
            kinds = {kind for segment, _, found in voices if segment for kind in found}
            if "private" in kinds and "office" not in kinds and not reading.roles[1]:
                for place in title_places:
                    if place.code == voice.code:
                        place.role = "source"
                return True
    if not statements:
        return False
    verb = min(statements)[0]
    first = clause_start(tokens, verb)
    speaker = [
        kinds for segment, start, kinds in voices if not segment and first <= start < verb
    ]
    if not speaker or any("office" in kinds for kinds in speaker) or not any(
        "private" in kinds for kinds in speaker
    ):
        return False
    if any(
        p.role == "party" and p.is_leader and first <= p.start < verb for p in title_places
    ):
        return False  # "Putin tells bloggers…" is the leader speaking
    for place in title_places:
        if first <= place.start < verb:
            place.role = "background"  # "Russian blogger": a nationality
    return True


def _is_person(tokens: list[str], start: int, end: int) -> bool:
    """A leader's name that stands for a person: "Putin ally", "Trump's son", "сын Трампа"."""
    after = lower(tokens, end)
    if after == "s":
        after = lower(tokens, end + 1)
    return after in PERSONAL_AFTER or lower(tokens, start - 1) in KIN_BEFORE


def _statement_cues(
    tokens: list[str],
    places: list[Place],
    statements: list[tuple[int, int, float, str]],
    offices: set[int],
) -> list[tuple[str, float, str, int]]:
    """One state's voice on another: a state speaks before the verb, another follows it.

    "Kremlin Says Biden Right…", "Russian MFA Condemns … Israeli Strikes", "Finland Denies…
    Russian…". The phrase recorded names both states, so that it adds to the verb's own cue
    ("condemns" is also a relations cue). Statements between the two warring states are
    left out: "Russia says Ukraine…" is mostly a claim from the front.
    """
    parties = [p for p in places if not p.segment and p.role == "party"]
    cues = []
    for start, end, weight, matched in statements:
        clause = clause_start(tokens, start)
        speakers = {
            p.code for p in parties
            if clause <= p.start and p.end <= start
            and all(
                word.lower() in OFFICE or word.lower() in SPEAKING_ADVERBS
                for word in tokens[p.end:start]
            )
            and not _unnamed_voice(tokens, p, offices)
        }
        if not speakers:
            continue
        limit = clause_end(tokens, end)
        addressed = {
            p.code for p in places
            if not p.segment and p.role in ("party", "venue") and end <= p.start < limit
        } - speakers
        if not addressed or speakers | addressed <= WARRING:
            continue
        voice = f"{'/'.join(sorted(speakers))} {matched} {'/'.join(sorted(addressed))}"
        if matched.lower().startswith(ACCUSING) or _named_behind(tokens, places, end, limit) or (
            any(lower(tokens, index).startswith(ACCUSATIONS) for index in range(end, limit))
        ):
            cues.append((ACCUSATION, ACCUSATION_WEIGHT, voice, start))
        else:
            cues.append((STATEMENT, weight, voice, start))
        break
    return cues


def _title_offices(voices: list[tuple[int, int, tuple[str, ...]]]) -> set[int]:
    """Where the title names an office of a state («Кремле», «МИД», "Pentagon")."""
    return {start for segment, start, kinds in voices if not segment and "office" in kinds}


def _unnamed_voice(tokens: list[str], place: Place, offices: set[int]) -> bool:
    """«В США заявили…», «Во Франции назвали…»: a voice somewhere in a state, unnamed
    (Lenta's pundits and papers as often as its officials), not «В Кремле…» or «В МИД…»,
    an organ of the state, nor «В ЕС…», a bloc speaking as one."""
    return (
        lower(tokens, place.start - 1) in UNNAMED_BEFORE
        and not place.is_org and place.start not in offices
    )


def _behind_says(
    tokens: list[str], places: list[Place], title: str
) -> list[tuple[str, float, str, int]]:
    """"Russia behind sabotage on Polish railway, Tusk says", "Britain behind Crimea bridge
    attack – Russian intelligence": the state a source puts behind an act is accused by
    the source's state, as in "Swedish PM says Russia likely behind…" (``_named_behind``)."""
    cut = attribution_start(tokens, title)
    if cut >= len(tokens):
        return []
    accused = {
        p.code for p in places
        if not p.segment and not p.is_org and p.role == "party" and p.end <= cut
        and any(lower(tokens, p.end + step) == BEHIND for step in range(BEHIND_REACH))
    }
    accusers = [p for p in places
                if not p.segment and not p.is_org and p.start >= cut and p.code not in accused]
    if not accused or not accusers or accused | {p.code for p in accusers} <= WARRING:
        return []
    for place in accusers:
        place.role = "party"
    by = "/".join(sorted({p.code for p in accusers}))
    return [(ACCUSATION, ACCUSATION_WEIGHT, f"{by} says {'/'.join(sorted(accused))} behind",
             accusers[0].start)]


def _named_behind(tokens: list[str], places: list[Place], end: int, limit: int) -> bool:
    """"Swedish PM says Russia likely behind airport drones": the state said to be behind an
    act is accused of it."""
    return any(
        not p.segment and end <= p.start < limit
        and any(lower(tokens, p.end + step) == BEHIND for step in range(BEHIND_REACH))
        for p in places
    )


def _is_personal(reading: Reading, segment: int, start: int) -> bool:
    """"Putin ally", "Putin's allies": a person's ally, not an alliance."""
    if lower(reading.tokens[segment], start - 1) == "s":
        start -= 1
    return any(
        hit.roles and (where, end) == (segment, start)
        for where, _, end, hit, _ in reading.hits
    )


def _ambiguous_holds(code: str, stem: int, token: str, contexts: set[str]) -> bool:
    """An ambiguous alias names the state unless the story's context says otherwise."""
    if code in contexts:
        return False
    # Russian stems that would also match ordinary words take only a short case ending:
    # "Трампа" is Trump, "трамплин" is not.
    return not stem or len(token) - stem <= 2


SPACED_DASH: Final = re.compile(r"(?<= )[–—-](?= )")
QUOTE_PAIRS: Final = (("«", "»"), ("“", "”"))


def tokenize_title(lexicon: Lexicon, title: str) -> list[str]:
    """A title's tokens, without the spaced dashes inside quotation marks.

    Such a dash pairs the parties of a format's name («Центральная Азия – Китай»,
    "Russia – Africa" summit), as an unspaced one does; outside quotes it ends a
    clause or sets off a source.
    """
    tokens = lexicon.tokens(title)
    # a search for each quote mark: isdisjoint would make a string of every letter
    if not any(quote in title for quote in QUOTE_CHARS):
        return tokens
    dashes = [match.start() for match in SPACED_DASH.finditer(title)]
    at = [index for index, token in enumerate(tokens) if token in DASHES]
    if not dashes or len(dashes) != len(at):
        return tokens
    quoted = {index for index, start in zip(at, dashes, strict=True) if _in_quotes(title, start)}
    if not quoted:
        return tokens
    return [token for index, token in enumerate(tokens) if index not in quoted]


def _in_quotes(text: str, position: int) -> bool:
    before = text[:position]
    return before.count('"') % 2 == 1 or any(
        before.count(opening) > before.count(closing) for opening, closing in QUOTE_PAIRS
    )


def clause_start(tokens: list[str], index: int) -> int:
    """The first token of the clause holding ``tokens[index]``."""
    for position in range(index - 1, -1, -1):
        if tokens[position] in HARD_BOUNDARIES:
            return position + 1
    return 0


def clause_end(tokens: list[str], index: int, ends: frozenset[str] = HARD_BOUNDARIES) -> int:
    """The token after the clause holding ``tokens[index - 1]``."""
    for position in range(index, len(tokens)):
        if tokens[position] in ends:
            return position
    return len(tokens)


