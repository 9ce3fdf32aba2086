"""Which states are parties to a story, and which are only named in it.

A state named in a story is a *party* unless it is only a *venue* ("in Beijing", "в
Минске"), a *source* ("…, Kremlin says", "– Seoul"), a sea ("Gulf of Oman") or the name
of a war ("Ukraine war"). Venues still count when there are not two parties without
them ("Russian delegation in North Korea"), and the host of a bloc summit or drills
counts. The title says what the story is about; the summary adds states and blocs only
when the title names fewer than two parties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from feeds.eventing import Happening
    from feeds.reading import Reading

# "EU state jails citizen…", "NATO member state's SCO bid": the bloc stands in for one of
# its members, unnamed in the title (feeds/reading.py); it counts as that state for
# relevance, and the lead names it
STAND_IN: Final = "stand-in"
LOCATIVE: Final = frozenset({"in", "at", "near", "inside", "outside", "across", "along", "around",
                             "около", "возле", "близ", "вблизи", "вдоль", "под", "у"})
LOCATIVE_CASE: Final = frozenset({"в", "во", "на"})  # venue only with a locative ending (-е, -и)
ATTRIBUTION: Final = frozenset({
    "says", "said", "say", "reports", "reported", "claims", "according", "told", "tells",
    "announced", "notes", "warns", "suggests", "заявил", "заявила", "заявили", "сообщил",
    "сообщила", "сообщили", "сообщает", "считает", "считают", "пишет", "отметил", "отметила",
    "признал", "подчеркнули", "уточнили", "заявляет", "говорит", "сказал",
})
# "…, India's Modi Tells Putin": a speaker who addresses a named listener is one side of
# an exchange, not a source; the listener is the other ("tells reporters" names nobody)
ADDRESSED: Final = frozenset({"tells", "told", "urges", "urged"})
# «В Кремле заявили», «в Баку ответили»: the impersonal plural of a capital's officials
SPOKE_IN: Final = ("заявил", "прокомментировал", "сообщил", "ответил", "рассказал", "объяснил",
                   "назвал", "оценил", "опроверг", "предупредил", "призвал", "считают", "уверены",
                   "допустил", "пообещал", "пригрозил", "раскритиковал", "отреагировал", "отметил",
                   "указал", "напомнил", "возмутил", "осудил", "потребовал", "выразил")
PLURAL_ADJECTIVE: Final = frozenset({"ие", "ые"})
DASHES: Final = frozenset({"–", "—", "-"})
SPACED_DASHES: Final = tuple(f" {dash} " for dash in DASHES)
# "Gulf of Oman", "Sea of Japan", "в Японском море": a sea, not a state
WATERS: Final = frozenset({"gulf", "sea", "bay", "strait", "straits"})
WATERS_AFTER: Final = frozenset({"sea", "море", "моря", "морю", "морем", "залив", "залива",
                                 "заливе"})
# "near the Polish border": the neighbour is a party to the tension
BORDER_AFTER: Final = frozenset({"border", "borders", "frontier"})
# "in Russian assets", "in Chinese goods": whose the money or goods are, not a place
OWNED_AFTER: Final = frozenset({"assets", "funds", "reserves", "oil", "gas", "goods", "deposits",
                                "bonds", "debt", "money", "cash", "holdings", "securities",
                                "central", "state", "sovereign"})
# "Azerbaijani media report…", «Азербайджанские СМИ сообщили», "Russian state TV": the
# outlet that reports is the state's press, not the state (LABELING.md: media are not the
# state), as "Russian blogger" is a nationality (feeds/reading.py): background, not a
# source, whose stance would be the state's
MEDIA_AFTER: Final = frozenset({"media", "press", "outlet", "outlets", "newspaper", "newspapers",
                                "tabloid", "tabloids", "broadcaster", "tv", "television", "сми",
                                "газета", "газеты", "издание", "издания", "пресса", "телеканал",
                                "телеканалы"})
# "Russian state media", «государственные СМИ»: the word between
STATE_OWNED: Final = frozenset({"state", "state-run", "state-owned", "official", "local",
                                "государственные", "местные", "провластные"})
# «Россиянин побывал в Китае», «россиянка»: one Russian, a private person, not the state
# (the plural «россияне» may be the nation)
ONE_RUSSIAN: Final = ("россиянин", "россиянк")
# «правительство Москвы», "Moscow mayor", "Yerevan City Hall": the capital's own
# government, a city's, not the state's (a bank's deal with the mayoralty is no treaty)
CAPITALS: Final = ("moscow", "москв", "kyiv", "kiev", "киев", "minsk", "минск", "yerevan",
                   "ереван", "tbilisi", "тбилиси", "baku", "баку", "tashkent", "ташкент",
                   "bishkek", "бишкек", "astana", "астан", "almaty", "алмат", "dushanbe",
                   "душанбе", "ashgabat", "ашхабад", "chisinau", "кишин")
CITY_AFTER: Final = frozenset({"mayor", "mayor's", "mayors", "mayoralty", "city", "municipal",
                               "municipality"})
CITY_BEFORE: Final = frozenset({"правительство", "правительства", "правительству",
                                "правительством", "мэрия", "мэрии", "мэрию", "мэрией", "мэр",
                                "мэра", "мэру", "мэром", "вице-мэр", "вице-мэра", "горсовет",
                                "департамент", "департамента", "градоначальник"})
# "Ukraine war", "Gaza war": the war is the topic; the state is not thereby a party
WAR_AFTER: Final = frozenset({"war", "wars", "conflict", "invasion", "war's", "front", "frontline"})
# "Russian hacker", "Chinese captain", "American tourist": one private person of that
# nationality, not the state (as «россиянин»; plural nationals and "Russian hackers" may
# be the state's own)
PERSON_NOUNS: Final = frozenset({"hacker", "man", "woman", "boy", "girl",
                                 "tourist", "tourists", "businessman", "businesswoman",
                                 "blogger", "bloggers", "captain", "sailor", "teenager",
                                 "couple", "mother", "father", "grandmother", "widow"})
# "Putin ally", "Kremlin aide": the person, not the state's alliance
PERSON_AFTER: Final = frozenset({"ally", "allies", "aide", "aides", "envoy", "adviser", "advisor",
                                 "spokesman", "loyalist", "loyalists", "associate", "crony"})
# "flies into Delhi from Russia", «прилетел в Дели из Москвы»: where a traveller came from
# is no party to the visit (not "returned from Russia": children or prisoners returned
# are handed over by that state)
FROM: Final = frozenset({"from", "из"})
TRAVELLED: Final = frozenset({
    "flies", "flew", "flying", "arrives", "arrived", "arriving", "travels", "travelled",
    "traveled", "travelling", "traveling", "comes", "came", "прилетел", "прилетела",
    "прилетели", "прибыл", "прибыла", "прибыли", "приехал", "приехала", "приехали",
})
TRAVEL_REACH: Final = 4  # "flies [into Delhi] from Russia"


# a city that names a treaty, a memorandum or a talks format ("Budapest Memorandum",
# «минские соглашения», "Ottawa Convention", "Astana format"): where it was signed or
# first met, no party to the story
NAMING_CITIES: Final = ("minsk", "минск", "budapest", "будапешт", "ottawa", "оттав",
                        "istanbul", "стамбул", "vienna", "венск", "helsinki", "хельсинк",
                        "lisbon", "лиссабон", "warsaw", "варшав", "paris", "парижск",
                        "geneva", "женев", "kyoto", "киотск", "astana", "астанинск", "rome",
                        "римск")
NAMED_DOCUMENTS: Final = ("memorand", "convention", "agreement", "accord", "format", "protocol",
                          "declaration", "treaty", "pact", "process", "меморандум", "конвенци",
                          "соглашени", "договор", "формат", "протокол", "деклараци", "процесс",
                          "пакт", "statute", "статут")
DOCUMENT_KEYS: Final = frozenset(word[:4] for word in NAMED_DOCUMENTS)  # a set lookup first


def _lower(tokens: list[str], index: int) -> str:
    return tokens[index].lower() if 0 <= index < len(tokens) else ""


def place_role(tokens: list[str], start: int, end: int) -> str:
    """party, or venue ("in Beijing"), water ("Gulf of Oman"), background ("Ukraine war")."""
    before = tokens[start - 1].lower() if start else ""
    after = tokens[end].lower() if end < len(tokens) else ""
    if after in WATERS_AFTER:
        return "water"
    if after[:4] in DOCUMENT_KEYS and after.startswith(NAMED_DOCUMENTS) and tokens[
        start
    ].lower().startswith(NAMING_CITIES):
        return "background"
    if after in WAR_AFTER and _lower(tokens, end + 1) != "machine":
        return "background"  # (not "Russia war machine": its army, a sanctions target)
    if after in PERSON_NOUNS:
        return "background"  # "Russian hacker", "Chinese captain": a person's nationality
    if tokens[start].lower().startswith(ONE_RUSSIAN):
        return "background"
    if (after in CITY_AFTER or before in CITY_BEFORE) and tokens[start].lower().startswith(
        CAPITALS
    ):
        return "background"  # «правительство Москвы», "Moscow mayor"
    # "China's media", "Iran's state TV": as "Chinese media"
    press = end + 1 if after == "s" else end
    outlet = _lower(tokens, press)
    if outlet in MEDIA_AFTER or before == "сми" or (
        outlet in STATE_OWNED and _lower(tokens, press + 1) in MEDIA_AFTER
    ):
        return "background"  # "Azerbaijani media", «СМИ Азербайджана», "Russian state TV"
    if after in BORDER_AFTER:
        return "party"  # "near the Polish border", "at Finnish border": the neighbour counts
    if after in OWNED_AFTER:
        return "party"  # "seize 720 million euros in Russian assets": the owner
    if before in LOCATIVE:
        return "venue"
    if before in FROM and _travelled(tokens, start - 1):
        return "background"
    if before == "the":
        return "venue" if _lower(tokens, start - 2) in LOCATIVE else "party"
    if before == "of":
        return "water" if _lower(tokens, start - 2) in WATERS else "party"
    if before in ("with", "с"):
        # "near the border with Poland", "у границы с Польшей": a place on the map
        if _lower(tokens, start - 2).startswith(("border", "границ")) and preceded_by_locative(
            tokens, start - 3
        ):
            return "venue"
        return "party"
    last = tokens[end - 1]
    # «на российские активы», «в американские банки»: a plural adjective, whose, not where
    if before in LOCATIVE_CASE and last[-1:] in ("е", "и") and last[-2:] not in PLURAL_ADJECTIVE:
        # «В Кремле прокомментировали…», «В Ереване заявили…»: who speaks, not where
        return "source" if after.startswith(SPOKE_IN) and start == 1 else "venue"
    return "party"


def _travelled(tokens: list[str], word: int) -> bool:
    """Whether a verb of travel comes shortly before ``tokens[word]`` ("from"), in its
    clause."""
    for index in range(word - 1, max(-1, word - 1 - TRAVEL_REACH), -1):
        token = tokens[index].lower()
        if token in TRAVELLED:
            return True
        if not token[:1].isalnum():
            return False
    return False


def preceded_by_locative(tokens: list[str], index: int) -> bool:
    word = _lower(tokens, index)
    if word == "the":
        word = _lower(tokens, index - 1)
    return word in LOCATIVE


def attribution_start(title: list[str], text: str = "") -> int:
    """Where a title's attribution begins ("…, Kremlin says", "– Seoul", ": FM"), or its
    length.

    The states named there are sources, not parties. A dash sets off a source only with a
    space on each side: "Russia–Ukraine talks" (given ``text``, the title as written) is a
    pair of parties, not "Ukraine talks" quoted.
    """
    if "," not in title and ":" not in title and DASHES.isdisjoint(title):
        return len(title)  # most titles: no comma, no colon, no dash
    spaced = not text or any(dash in text for dash in SPACED_DASHES)
    for index in range(len(title) - 1, 0, -1):
        token = title[index]
        if token in DASHES and not spaced:
            continue
        if token in DASHES or token == "," or token == ":":
            tail = [word.lower() for word in title[index + 1 :]]
            if _addresses(title, index + 1):
                break
            if (
                (token in DASHES and len(tail) <= 4)
                # "…in Gaza: Iran", "…on Sept 3: Putin": a short tail after a longer
                # head (not "In Photos: Putin Attends SCO Summit", a heading)
                or (token == ":" and len(tail) <= 3 and index > 2 * len(tail))
                or ATTRIBUTION.intersection(tail)
            ):
                return index + 1
            break
    return len(title)


def _addresses(title: list[str], start: int) -> bool:
    """Whether the words from ``start`` on say who told whom: a verb of ``ADDRESSED``
    followed by a capitalised name ("Modi Tells Putin"), not by a crowd ("tells reporters")."""
    return any(
        title[index].lower() in ADDRESSED and title[index + 1][:1].isupper()
        for index in range(start, len(title) - 1)
    )


def is_attributed(tokens: list[str], end: int) -> bool:
    """In a summary, a state followed by "said" is the source: "…, Dushanbe said"."""
    following = tokens[end : end + 4]
    return not ATTRIBUTION.isdisjoint(following) and "and" not in following and (
        "и" not in following
    )


def select_parties(
    reading: Reading, event: Happening | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The story's states and blocs: the title's parties, then its venues, then the lead's.

    The summary adds states and blocs only when the title names fewer than two parties:
    otherwise what it adds is mostly background (an EU embargo behind an oil story). Only
    its lead (first sentence) counts: the states of later sentences are examples and
    background ("They included envoys of Britain and Germany"), as its blocs are.
    """
    # the codes by segment and role, in one pass: (title, summary) x (party, venue)
    named: tuple[tuple[set[str], set[str]], ...] = ((set(), set()), (set(), set()))
    blocs: set[str] = set()
    for place in reading.places:
        role = place.role
        if place.segment and place.start >= reading.lead and not place.is_org:
            continue  # a later sentence of the summary: background
        if role == "party":
            named[place.segment][0].add(place.code)
        elif role == "venue":
            named[place.segment][1].add(place.code)
        if place.is_org:
            blocs.add(place.code)
    (title_parties, title_venues), (summary_parties, summary_venues) = named
    parties = set(title_parties)
    if any(place.role == STAND_IN and not place.segment for place in reading.places):
        # "Kremlin comments on NATO member state's SCO bid || … on Türkiye's intention …":
        # the lead names the member the title leaves unnamed
        parties.update(code for code in summary_parties if code not in blocs)
    # the host of a bloc's summit or drills is a party: "CSTO drills in Belarus"
    hosts_summit = (
        event is not None and event.kind in ("summit", "exercise") and event.org is not None
    )
    if len(parties) < 2 or hosts_summit:
        parties.update(title_venues)
    if len(parties) < 2:
        parties.update(summary_parties)
        if len(parties) < 2:
            parties.update(summary_venues)
        if len(parties) == 1 and title_venues and not title_parties:
            # "We need a ceasefire in Ukraine – Orban": the voice from elsewhere is the
            # other side
            parties.update(place.code for place in reading.places
                           if not place.segment and place.role == "source" and not place.is_org)
    elif event is not None and event.kind in ("summit", "exercise") and not blocs & parties:
        # "Armenia snubs defense summit. … the CSTO summit in Minsk": the lead says which
        parties.update(
            place.code for place in reading.places
            if place.is_org and place.segment and place.role == "party"
        )
    orgs = blocs & parties
    return tuple(sorted(parties - orgs)), tuple(sorted(orgs))
