"""The story's main event: which act, by whom, in which bloc, and whether it happened.

The main act is the title's first trigger (else the lead's: the summary's first
sentence), with three corrections: a bid to join is ``apply``, not ``join``; joining a
summit or drills is the ``summit`` or ``exercise``; a treaty signed at a summit is
``sign``. A trigger counts only with something to act on in its
clause (a treaty, a bloc, sanctions: "renewed dialogue" is no ``extend``). Meeting words
(visit, talks, meets, phone call) make a ``summit`` only when a head of state or
government is the actor ("Lavrov to visit Iran" is diplomacy, not a summit).

Modality comes from the clause around the trigger: a hypothetical word shortly before it
(may, could, considering, может, не исключил) or a condition anywhere in the clause (if,
whether, only after, в случае) makes it ``hypothetical``; so does a question, and a
negation ("no meeting planned"), except for a boycott of a bloc's summit or drills, which
keeps the timing of the event itself, as does staying away from any summit or parade
that takes place anyway; a future word or form (will, to sign, next week,
проведут, подпишут) makes it ``future``; otherwise it is a reported ``fact``. A lead that
says the headline's event is not settled yet ("пока не согласована") makes it
``hypothetical`` too.
"""

from __future__ import annotations

import re
from typing import Final

from feeds.events import COMMEMORATION, FUTURE_AFTER_TO, GERUNDS
from feeds.parties import PERSON_AFTER, SPOKE_IN
from feeds.reading import (
    BLOC_INVITATION_TRIGGER,
    COUNCILS,
    INVITATION_TRIGGER,
    RECEIVING,
    SENTENCE_ENDS,
    SPEECH,
    Found,
    Reading,
    clause_end,
    clause_start,
    leaders_council,
    lower,
)

SYMMETRIC: Final = frozenset({"sign", "exercise", "extend"})
# a gerund opening its sentence tells the act done; inside one it is the sentence's own
# condition or manner: «вступить в ЕС, только выйдя из ЕАЭС». The word itself: its
# participle («Узбекистан, ратифицировавший соглашение, …») tells an act done anywhere
GERUND_WORDS: Final = frozenset(
    phrase.split()[0] for phrases in GERUNDS.values() for phrase in phrases
)
MEETING_WORDS: Final = ("meet", "talk", "call", "spoke", "speak", "conversation", "встреч",
                        "встрет", "переговор", "разговор", "обсуд", "discuss", "собрал", "соберут")
# documents that states sign together, besides the treaties and deals of topics.CUES
SIGNED_DOCUMENTS: Final = ("statement", "declaration", "communique", "communiqué", "memorand",
                           "document", "заявлени", "декларац", "коммюнике", "меморандум",
                           "документ")
BASES: Final = ("base", "баз")
MEMBERSHIP_OBJECTS: Final = frozenset({"membership", "alliance", "international", "treaty"})
DENOUNCED: Final = frozenset({"treaty", "alliance", "international"})
# "denounce the cooperation agreement of 1993": an agreement right after the verb is its
# object, and an agreement denounced is left
DENOUNCED_PACTS: Final = ("agreement", "accord", "pact", "convention", "protocol", "memorand")
DENOUNCED_REACH: Final = 3
# words that start another clause: a modal word after them is not the noun's predicate
# a spaced dash ends the noun's phrase: "'India-Central Asia Summit' – Nations seek to…"
CLAUSE_LINKS: Final = frozenset({",", "–", "—", "as", "but", "while", "and", "after", "before",
                                 "because", "amid", "despite", "и", "но", "а", "после", "когда",
                                 "хотя"})
MODAL_REACH: Final = 5  # a modal word governs a trigger fewer than this many words after it
APPROVED_ACTS: Final = frozenset({"sign", "ratify"})  # approving these is doing them
DRAFTS: Final = frozenset({"draft", "проект", "проекты"})  # «одобрил проект соглашения»
INFINITIVE_REACH: Final = 8  # "Putin to take part in virtual BRICS summit"
# "initiates exit from IPA CIS" starts a procedure; "drills were initiated" have begun
INITIATED: Final = "initiat"
# dues or funding withheld ("refuses to pay CSTO dues", «отказалась финансировать ОДКБ»):
# a suspension only with the bloc named in or right after the phrase (_a_bloc_unpaid)
WITHHOLDING: Final = ("refuse", "stop", "withh", "отказал", "прекратил")
# a treaty's implementation or a cooperation stopped: no dues, the act's own object
HALTED_WORK: Final = ("implement", "сотрудничеств")
DUES_REACH: Final = 3
# "reportedly plans to visit" is rumoured; "reportedly extends the lease" is a reported fact
REPORTEDLY: Final = "reportedly"
DONE_OR_DOING: Final = ("ed", "ing")  # "reportedly agreed", "reportedly participating"
# "went to Azerbaijan to attend an official visit", "arrives in Moscow to meet Putin": a
# leader who has come is at the meeting; "to" tells its purpose, not its future
CAME: Final = frozenset({"went", "goes", "arrived", "arrives", "flew", "flies", "travelled",
                         "traveled", "came", "comes", "landed", "lands"})
FOR_REACH: Final = 6  # "gear up for [TurAz Eagle air force] drills"
# modal phrases that can only be a noun's predicate: "under discussion", "in doubt",
# "on hold", "not on the agenda"; and the states: "possible", "unlikely"
PREDICATE_STARTS: Final = frozenset({"under", "in", "on", "not", "no"})
STATES_OF: Final = frozenset({"possible", "unlikely", "likely", "improbable", "uncertain",
                              "doubtful", "imminent", "premature"})
NEGATION_REACH: Final = 3
# "Why will Putin miss APEC summit?", "Yerevan to sit out CSTO drills"
SKIPPING: Final = ("skip", "miss", "snub", "boycott", "stay", "sit")
PLACE_LINKS: Final = frozenset({"in", "at", "в", "во"})
CALLING: Final = ("calls", "called")
POSSESSIVE: Final = "s"  # "Orban’s" is read as "Orban", "s"
INTO: Final = (" в", " во")  # «вошла в», «войдет в»
ENTERING: Final = "enter"
PART_OF: Final = " part of"  # "wants to be part of BRICS"; "part of a deal" is none
GROWTH: Final = ("expansion", "enlargement", "расширени")
NEWCOMERS: Final = "new "  # "new BRICS members"
CHAIRING: Final = ("chair", "co-chair")
BACKING: Final = "back"
CHAIR_REACH: Final = 5  # "chaired [the first Supreme Interstate] Council"
AGENDA: Final = "on the table"  # at a meeting, its agenda
TO_OR_MODAL: Final = frozenset({"to", "will", "would", "may", "might", "could", "can", "must",
                                "should", "shall"})
MEETING_NOUNS: Final = frozenset({"meeting", "meetings"})
HOME_BODIES: Final = frozenset({"cabinet", "government", "board"})
HOSTING: Final = ("host", "провод", "принима", "примет")  # hosting a bloc's summit or drills
REFUSING: Final = ("refus", "declin", "no plans", "not planning", "not plan", "отказ",
                   "не планиру", "не собира", "не намерен")
# "refuses to attend", «отказался от участия»
REFUSED_LINKS: Final = frozenset({"to", "от"})
# "refuses to send troops to drills", «отказался направить военных на учения»
ATTENDING: Final = ("attend", "go", "travel", "take", "participat", "join", "send", "ехать",
                    "поехать", "участв", "участи", "направ", "принять", "приехать", "присутств",
                    "лететь", "полететь")
ARRIVING: Final = ("приед", "поед", "прибуд")  # «не приедет», «не поедет», «не прибудет»
# occasions that take place whoever stays away from them
OCCASIONS: Final = ("summit", "g7", "g8", "g20", "parade", "forum", "ceremony", "inauguration",
                    "celebration", "саммит", "парад", "форум", "церемони", "инаугурац", "торжеств",
                    "празднова")
SENT_FOR: Final = frozenset({"for", "на"})  # "submitted for ratification", «внес на ратификацию»
VOTING: Final = ("vote", "голос")  # "votes for ratification" is the vote itself
# a law enacted "to suspend" suspends: "Pezeshkian enacts law to suspend cooperation"
LAWS: Final = frozenset({"law", "laws", "bill", "decree"})
LAW_STEM: Final = "закон"  # «закон», «закона», «законы»
RATIFYING: Final = ("ratif", "ратиф")
# what a law signed may be about, besides a ratification: «закон о приостановке действия
# договора», "law on extending the agreement", «закон о начале процесса вступления»
LAW_SUBJECTS: Final = frozenset({"suspend", "withdraw", "extend", "apply"})
LAW_REACH: Final = 3
ENACTING: Final = ("enact", "sign", "pass", "approv", "adopt")
# a cabinet that approves a treaty sends it to parliament: «Правительство одобрило
# соглашение … и направило президенту для внесения на ратификацию»
CABINETS: Final = ("правительств", "кабмин", "кабинет", "government", "cabinet")
CABINET_APPROVES: Final = ("одобр", "approv", "endors")
NAME_LINKS: Final = frozenset({"s", "and", "и", ","})  # "Putin's", "Russia and China's"
POSTPONING: Final = ("postpone", "defer", "delay", "push back", "pushes back", "pushed back",
                     "put off", "puts off", "перенес", "перенос", "отложен", "отложил", "откладыва")
# a gathering's "will take place" in Russian: its subject is the sentence's first word
TAKES_PLACE: Final = frozenset({"состоится", "состоятся", "пройдет", "пройдёт", "пройдут"})
# the predicate of a Russian subject noun, however far: «Подписание договора … намечено на
# осень», «Выход … завершится к концу года», «Ратификация … отложена»
SUBJECT_PREDICATES: Final = ("намечен", "запланирован", "завершит", "ожидает", "планирует",
                             "отложен", "перенесен", "перенесён")
RESCHEDULE_REACH: Final = 3  # "postponed [once more] to May"
# an act told in the present from a date takes effect then (_takes_effect_later)
PRESENT_ENDINGS: Final = ("ет", "ит", "ют", "ят", "ут", "ат")
FROM_A_DATE: Final = frozenset({"from", "starting", "effective", "с", "со"})
DAYS_AHEAD: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "next", "понедельник", "вторник", "сред", "четверг",
    "пятниц", "суббот", "воскресень", "следующ",
)
INDEFINITELY: Final = ("indefinitely", "sine die", "неопределенный срок", "неопределённый срок")
# a participle as an attribute: «отложенные учения», «перенесённый саммит»
ADJECTIVE_ENDINGS: Final = ("ые", "ый", "ая", "ое", "ого", "ых", "ой", "ым", "ую", "ом", "ыми")
# the summary gives the postponed event its new time
RESCHEDULED: Final = re.compile(
    r"(?<!не )\b(?:состоится|состоятся|пройд[её]т|пройдут)\b"
    r"|\bwill (?:now |still |instead )?(?:take place|be held)\b"
    r"|\b(?:rescheduled|moved) (?:to|for)\b|\bперенесен[аоы]? на\b"
    # a new date named, not "no new date has been set", «новая дата пока не определена»,
    # «новая дата рассмотрения документа не названа» (the denial later in the sentence)
    r"|(?<!no )(?<!without a )\bnew date\b"
    r"(?![^.;]*?\b(?:has not|have not|hasn't|is not|was not|not yet|yet to)\b)"
    r"|(?<!без )\bнов(?:ая|ую) дат[аеуы]\b(?![^.;]*?(?:\bне |\bпока\b|\bещ[её]\b))",
    re.IGNORECASE,
)
DATE_LINKS: Final = frozenset({"to", "until", "till", "for", "на", "до"})
DATE_WORDS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "next", "spring", "summer", "autumn", "fall",
    "winter", "early", "late", "mid",
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр", "следующ", "весн", "лет", "осен", "зим", "начал", "конец", "конц",
    "середин",
)
PARTNER_WORDS: Final = frozenset({"with", "с", "со"})
GATHERINGS: Final = frozenset({"summit", "exercise"})
PARTICIPATION: Final = ("participation", "участи")  # halted in drills: a boycott of them
ATTEND_REACH: Final = 3  # "join [the virtual G20] summit"
# "join SCO at Astana summit": the bloc is joined, the summit is where
SEPARATE: Final = frozenset({",", "at", "during"})
ASIDE_AFTER: Final = frozenset({"in", "on", "at", "by", "last", "earlier", "back", "years", "a"})
PAST_AUXILIARY: Final = frozenset({"был", "была", "было", "были"})
# reacting to something: a participle right after names what was reacted to
REACTIONS: Final = frozenset({"condemns", "condemned", "welcomes", "welcomed", "slams", "slammed",
                              "criticizes", "criticized", "criticises", "criticised", "decries",
                              "decried", "fears", "warns", "against", "amid", "over", "after"})
# "the anniversary of [the] signing", «годовщину [со дня] подписания»
COMMEMORATION_REACH: Final = 4
BECOMING: Final = ("become", "became", "стал", "станет", "стать", "станут")
# a headline that "becomes" a member tells it done; not «стало известно» (it became known)
BECAME: Final = frozenset({"becomes", "became", "стал", "стала", "стали", "становится"})
APPROVING: Final = ("одобр", "утверд", "approv", "endors")  # an approval names a step to come
DETERMINERS: Final = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this",
                                "that", "whose"})
# "update on Modi visit": after these and one word a bare form is the object's noun
NOUN_PREPOSITIONS: Final = frozenset({"on", "for", "over", "after", "before", "during", "amid",
                                      "about", "against"})
# "the first Indian prime minister to visit": a record set, not a plan
ORDINAL_SUBJECTS: Final = frozenset({"first", "first-ever", "only", "last"})
ORDINAL_REACH: Final = 5
AHEAD_OF_RECORD: Final = frozenset({"will", "to", "would", "could", "may"})
HIGHEST_LEVEL: Final = ("на высшем уровне", "at the highest level", "at the top level")
REPORTED: Final = frozenset({"that", "что"})  # what follows is the reported clause
# "discussed joint drills", «обсудили планирование совместных учений»: an act talked
# over is not done (LABELING.md: «обсуждают возможность» is hypothetical); the meeting
# itself is the summit
DISCUSSED: Final = ("обсудил", "обсуждал", "обсужда", "discuss")
DISCUSSED_ACT: Final = ("планировани", "проведени", "подготовк", "возможн", "совместн", "военн",
                        "planning", "holding", "preparation", "possible", "joint", "military")
DISCUSSED_LINKS: Final = frozenset({"of", "for", "the", "a"})
TALKS: Final = ("talks", "negotiations", "переговор")  # talks on an act leave it undecided
TALKS_ABOUT: Final = frozenset({"on", "about", "over", "о", "об", "по"})
# a speaker named first, who tells of another's act: «Лавров подтвердил планы Путина
# посетить Китай», "Lavrov says Putin will visit China" (the verbs of feeds/parties.py)
SPOKE: Final = (*SPOKE_IN, "подтвердил", "says", "said", "confirms", "confirmed")
SPEAKER_REACH: Final = 2  # «…, что [скоро не] поедет»
DISCUSSED_AFTER: Final = 1  # an act, then its discussion: "[the] accession discussed"
DISCUSSED_REACH: Final = 6
DISCUSSED_VENUE: Final = frozenset({"в", "во", "in"})  # «обсудили в Нахчыване …»
# «Лукашенко: «Я приехал в Грузию…»»: the speaker named before the colon says "I"
FIRST_PERSON: Final = frozenset({"i", "я"})
# reported speech moves "will" back to "would": "the Kremlin said Putin would hold talks"
REPORTING: Final = frozenset({"said", "says", "saying", "told", "announced", "stated", "confirmed"})
BACKSHIFT_REACH: Final = 8
WISHING: Final = ("like", "love", "prefer", "rather", "welcome")  # "would love to see": a wish
ADMISSION_ENDS: Final = ("ряды", "члены", "состав", "member")  # admitted into the ranks
LIST_JOINS: Final = frozenset({",", "and", "и", "&"})  # between the names of a list of states
BEFORE_A_MONTH: Final = frozenset({"in", "on", "since", "until", "till", "by", "from", "of",
                                   "early", "late", "mid", "next", "last", "this", "through",
                                   "before", "after"})
WILL_BE: Final = [["will", "be"], ["to", "be"]]  # "will be held": not under way
# "Why is Tokayev going to China?" asks about a real event; "Will Mongolia join?" does not
WH_WORDS: Final = frozenset({"why", "how", "what", "where", "who", "зачем", "почему", "как", "что",
                             "где", "кто", "чем", "куда", "откуда"})
NOUN_INFINITIVE_REACH: Final = 4  # "withdrawal [from CIS] to take"
# an act's entry into force lies ahead however far it is told from the act's noun: "exit
# from [the CIS joint air defence system] to take effect in March"
# as is a meeting "to be held", however long the meeting's name: "Consultative Meeting of
# the Heads of State of Central Asia to be held in Tashkent"
TAKING_EFFECT: Final = (("take", "effect"), ("enter", "into"), ("come", "into"), ("be", "held"))
WILL_TAKE_EFFECT: Final = frozenset({"вступит", "вступят"})  # «… вступит в силу»
TAKING_EFFECT_REACH: Final = 10
AUXILIARIES: Final = frozenset({"would", "could", "may", "might", "should", "must"})
FUTURE_AFTER_NOUN: Final = FUTURE_AFTER_TO | {"be", "take", "focus", "last", "bring", "include"}
# a legislature approving an accession ratifies it: "Turkish parliament approves Sweden's
# accession to NATO" (LABELING.md: "parliament approved the treaty" is ratify)
LEGISLATURES: Final = ("parliament", "lawmakers", "legislat", "senat", "duma", "majlis", "mejlis",
                       "shura", "deputies", "mps", "assembly", "парламент", "депутат", "дума",
                       "думы", "думе", "госдум", "сенат", "мажилис", "меджлис", "жогорку", "сейм",
                       "рада", "рады")
LEASES: Final = ("lease", "аренд")
# verbs of leaving that also leave a room: "Putin leaves SCO summit early" is no exit
LEAVING: Final = ("leav", "left", "quit", "exit", "покин", "покида", "уход", "уйд", "ушл")
GATHERING_NOUNS: Final = ("summit", "meeting", "session", "talks", "forum", "conference", "hall",
                          "venue", "ceremony", "саммит", "заседани", "встреч", "форум", "совещани",
                          "переговор", "конференц", "церемони", "зал")
AFTER_LEFT: Final = frozenset({"in", "as", "for", "with", "behind", "out", "over", "to", "by", "at",
                               "on", "from", "after", "of", "only", "alone", "without",
                               "unanswered"})
LEFT_REACH: Final = 3  # "left [the Russia-led] CSTO": the bloc or treaty comes right after "left"
# leaving a post is no state's exit: "would leave the job in September", «покинет пост»
POSTS: Final = frozenset({"job", "office", "role", "position", "helm", "presidency",
                          "premiership", "chairmanship", "пост", "поста", "должность",
                          "должности"})
HOLDING_INFINITIVES: Final = frozenset({"провести", "проводить", "организовать", "устроить",
                                        "начать", "возобновить", "совершить", "нанести", "созвать"})
# what a demand or a call may ask for instead of the act: an answer, an inquiry
# («потребовала ответа», but not «в ответ», in response, before the act itself)
ANSWERS: Final = ("explanation", "clarification", "answers", "investigation", "inquiry", "probe",
                  "объяснени", "разъяснени", "расследовани", "ответа", "ответов", "ответы")
JUBILEE: Final = "юбилейн"  # an adjective: «юбилейный саммит» is a summit held this year
QUOTES: Final = frozenset({"'", '"', "‘", "’", "“", "”", "«", "»"})
# a summit or drills named as the time of another act ("Ahead of SCO summit, Russia and
# Kyrgyzstan ink…", «Накануне саммита ОДКБ стороны продлят…»): a frame, not the news
FRAMES: Final = (("ahead", "of"), ("on", "the", "eve", "of"), ("on", "eve", "of"),
                 ("in", "the", "run-up", "to"),
                 ("before",), ("after",), ("during",), ("on", "the", "sidelines", "of"),
                 ("накануне",), ("в", "преддверии"), ("в", "канун"), ("до",), ("после",),
                 ("в", "ходе"), ("в", "рамках"), ("на", "полях"))
FRAME_ENDS: Final = frozenset(frame[-1] for frame in FRAMES)
# the frames that put the summit or drills after the act they time
BEFORE_ENDS: Final = frozenset({"of", "to", "before", "накануне", "преддверии", "канун", "до"})
FRAME_REACH: Final = 3  # "ahead of [Kazan] summit", «в преддверии [предстоящего] визита»
AHEAD_OF: Final = frozenset({"ahead of", "on eve of", "on the eve of", "eve of"})
# A meeting told as the setting of what was said ("Xi, at a meeting with Biden, said he is
# ready to…", «Си Цзиньпин на встрече с Байденом заявил о готовности…», "during an
# hour-long call on Thursday"): the meeting was held; the words after it are the speaker's
# clause, and a title's doubt is about what was said, not about the meeting.
SETTINGS: Final = frozenset({"during", "at", "after", "following", "на", "во", "после", "ходе"})
SETTING_REACH: Final = 3  # words between the setting and its meeting: "during an hour-long call"
PREPOSITIONAL: Final = ("е", "и", "ах", "ях")
SAYING: Final = frozenset({"said", "says", "say", "told", "tells", "stated", "stressed"})
EVIDENCE_AFTER: Final = frozenset({"of", "that"})  # "signs of", "signs that": evidence, not signing
SCRAPPING: Final = ("scrap",)
BETTER: Final = {
    "join": ("apply", "suspend", "withdraw"),  # a bid to join; an accession frozen
    # a treaty signed, a member admitted, a withdrawal discussed at a summit or in talks
    "summit": ("sign", "ratify", "join", "withdraw"),
}


class Happening:
    """The story's main event as read (a plain class, as ``Found``)."""

    __slots__ = ("kind", "countries", "org", "modality", "evidence")

    def __init__(self, kind: str, countries: tuple[str, ...], org: str | None, modality: str,
                 evidence: str) -> None:
        self.kind = kind
        self.countries = countries
        self.org = org
        self.modality = modality
        self.evidence = evidence

    def __repr__(self) -> str:
        return (f"Happening({self.kind!r}, {self.countries!r}, {self.org!r}, "
                f"{self.modality!r}, {self.evidence!r})")


def _gate_open(reading: Reading, trigger: Found) -> bool:
    """A meeting is a summit when a leader is the first office-holder in its clause; in
    reported speech, the clause after "that": «спикер заявил, что Пашинян встретится…»."""
    tokens = reading.tokens[trigger.segment]
    first = clause_start(tokens, trigger.start)
    speaker_from = first
    for position in range(trigger.start - 1, first - 1, -1):
        if tokens[position].lower() in REPORTED:
            first = position + 1
            break
    if first != speaker_from and trigger.start - first <= SPEAKER_REACH and not any(
        p.segment == trigger.segment and first <= p.start < trigger.start for p in reading.places
    ) and not any(first <= f.start < trigger.start for f in reading.roles[trigger.segment]):
        # «Фицо объявил, что поедет в Москву»: the reported clause opens with its act, so
        # its subject is the speaker's («…, что страна не будет готова к переговорам» has
        # its own)
        first = speaker_from
    if _at_the_highest_level(tokens, trigger.end):
        return True  # «провели переговоры на высшем уровне»: the leaders met
    roles = [f for f in reading.roles[trigger.segment] if f.start >= first]
    if not roles:
        return (not trigger.segment and _leader_says_i(reading, first, trigger.start)) or any(
            p.is_org and p.segment == trigger.segment and first <= p.start < trigger.start
            and leaders_council(p.matched) for p in reading.places
        )
    if trigger.payload[2] == "noun" and any(
        0 <= f.start - trigger.end < 3 and f.payload[1] == "leader" for f in roles
    ):
        return True  # "the upcoming meeting of Putin and Lukashenko", "talks with Kim"
    actor = next((f for f in roles if f.start < trigger.start
                  and not lower(tokens, f.end).startswith(SPOKE)), roles[0])
    if actor.payload[1] == "leader" and lower(tokens, actor.end) in PERSON_AFTER:
        return False  # "Putin envoy Dmitriev": the envoy acts
    return bool(actor.payload[1] == "leader")


def _a_body_of_one_state(tokens: list[str], trigger: Found) -> bool:
    """"Putin chairs Security Council meeting", "cabinet meeting": a meeting of a body of
    one state (or of the UN's Security Council) is no summit, whoever chairs it."""
    before = [lower(tokens, trigger.start - step) for step in (2, 1)]
    return before[1] in HOME_BODIES or before == ["security", "council"]


def _talked_over(tokens: list[str], first: int, start: int) -> bool:
    """Whether the act named at ``start`` is what talks are about: "talks on extending the
    lease", «переговоры о продлении аренды» — negotiated, not yet decided."""
    index = start - 1
    while index >= first and lower(tokens, index) in DISCUSSED_LINKS:
        index -= 1
    return (index - 1 >= first and lower(tokens, index) in TALKS_ABOUT
            and lower(tokens, index - 1).startswith(TALKS))


def _discussed(tokens: list[str], first: int, start: int) -> bool:
    """Whether the act named at ``start`` is what its clause says was discussed."""
    index = start - 1
    while index >= first and (lower(tokens, index).startswith(DISCUSSED_ACT)
                              or lower(tokens, index) in DISCUSSED_LINKS):
        index -= 1
    if (index - 1 >= first and lower(tokens, index - 1) in DISCUSSED_VENUE
            and tokens[index][:1].isupper()):
        index -= 2  # past the venue
    return index >= first and lower(tokens, index).startswith(DISCUSSED)


def _leader_says_i(reading: Reading, first: int, start: int) -> bool:
    """"Lukashenko: 'I came to Georgia as to my home'": in a title, the leader named right
    before the colon is the "I" who acts in the quote."""
    tokens = reading.tokens[0]
    words = [index for index in range(first, start) if tokens[index] not in QUOTES]
    if not words or tokens[words[0]].lower() not in FIRST_PERSON:
        return False
    colon = next((index for index in range(words[0] - 1, -1, -1) if tokens[index] == ":"), -1)
    return any(role.payload[1] == "leader" and role.end == colon for role in reading.roles[0])


def _at_the_highest_level(tokens: list[str], end: int) -> bool:
    following = " ".join(token.lower() for token in tokens[end : end + 4])
    return following.startswith(HIGHEST_LEVEL)


def _has_object(reading: Reading, trigger: Found) -> bool:
    """An act needs something to act on in its clause: a treaty, a bloc, sanctions…

    "renewed dialogue" or "joins a genetics society" are not alignment events.
    """
    kind = trigger.payload[1]
    tokens = reading.tokens[trigger.segment]
    first = clause_start(tokens, trigger.start)
    last = clause_end(tokens, trigger.end)
    if any(
        p.is_org and p.segment == trigger.segment and first <= p.start < last
        for p in reading.places
    ):
        return True
    if kind == "sign" and any(
        lower(tokens, index).startswith(SIGNED_DOCUMENTS)
        for index in range(first, last) if not trigger.start <= index < trigger.end
    ):
        return True  # "sign Tbilisi statement": a statement signed is a joint document
    if kind == "extend" and any(
        lower(tokens, index).startswith(LEASES) for index in range(first, last)
    ):
        return True  # "extends lease of Baikonur": a lease between states is their agreement
    if kind == "withdraw" and any(word in trigger.matched.lower() for word in BASES):
        return True  # «ушла с базы», "closes ~ base": the act names the base it leaves
    if _participation_end(reading, trigger) >= 0:
        return True  # «приостановил участие в уставных органах»: a state's part halted
    labels = MEMBERSHIP_OBJECTS if kind in ("join", "apply") else None
    if trigger.matched.lower().startswith("denounc"):
        labels = DENOUNCED  # "denounced the U.S. policy" condemns; a treaty denounced is left
        if any(lower(tokens, index).startswith(DENOUNCED_PACTS)
               for index in range(trigger.end, min(last, trigger.end + DENOUNCED_REACH + 1))):
            return True
    return any(
        first <= start < last
        and start != trigger.start  # the act's own word; "approves ~ treaty" holds its object
        and label not in ("event", "meeting")
        and (labels is None or label in labels)
        # a sanctioned status halted is no suspension: "banks suspend Mir card payments"
        and not (kind == "suspend" and label == "sanctioned")
        for label, _, _, start in reading.cues[trigger.segment]
    )


def _commemorated(reading: Reading, trigger: Found) -> bool:
    """"On the anniversary of the signing": the act is the occasion, not the news."""
    text = reading.texts[trigger.segment].lower()
    if not any(word in text for word in COMMEMORATION):
        return False  # most stories: no such word anywhere
    tokens = reading.tokens[trigger.segment]
    before = lower(tokens, trigger.start - 1)
    if before.startswith(JUBILEE) or (before == "anniversary" and trigger.payload[2] == "noun"):
        return False  # "юбилейный саммит", "anniversary summit": this year's event
    first = max(clause_start(tokens, trigger.start), trigger.start - COMMEMORATION_REACH)
    return any(token.lower().startswith(COMMEMORATION) for token in tokens[first:trigger.start])


def _aside(reading: Reading, trigger: Found) -> bool:
    """"The treaty, signed in Moscow in January 2025, entered into force…": a participle
    set off by a comma tells the history of what the sentence is about; so does «был
    подписан» («Договор был подписан в Москве 17 января 2025 года и вступил в силу…»),
    where the news says «подписан»."""
    if trigger.payload[2] != "fact":
        return False
    tokens = reading.tokens[trigger.segment]
    before = lower(tokens, trigger.start - 1)
    if before in PAST_AUXILIARY and trigger.segment:  # a title's «был подписан» is news
        return True
    if trigger.matched.lower().endswith("ed") and (
        before in DETERMINERS or before in REACTIONS
    ):
        return True  # an adjective: "condemns renewed strikes", "the frozen talks"
    return (
        before == ","
        and trigger.matched.lower().endswith("ed")
        and lower(tokens, trigger.end) in ASIDE_AFTER
    )


def _leaves_a_person(reading: Reading, trigger: Found) -> bool:
    """"'Parroting' Putin leaves Lithuanian PM red-faced": what leaves a leader or an
    office-holder some way leaves no bloc or treaty."""
    after = trigger.end + (lower(reading.tokens[trigger.segment], trigger.end) == "the")
    ends = {role.start: role.end for role in reading.roles[trigger.segment]}
    for place in reading.places:
        if place.segment != trigger.segment or place.start != after or place.is_org:
            continue
        if place.is_leader or place.end in ends:
            return True  # "leaves Putin furious", "leaves Lithuanian PM red-faced"
    return after in ends  # "leaves the president stunned"


def _leaves_a_room(reading: Reading, trigger: Found) -> bool:
    """Leaving a summit or a meeting is not leaving the bloc that holds it; and "left",
    mostly something else ("left behind", "left-wing"), is an exit only when the bloc
    or the treaty follows it ("Kazakhstan left the CSTO")."""
    words = trigger.matched.lower()
    if trigger.payload[1] != "withdraw" or not words.startswith(LEAVING):
        return False
    tokens = reading.tokens[trigger.segment]
    if _leaves_a_person(reading, trigger):
        return True
    last = min(clause_end(tokens, trigger.end), trigger.end + LEFT_REACH + 1)
    for index in range(trigger.end, last):
        word = tokens[index].lower()
        if word.startswith(GATHERING_NOUNS) or word in POSTS:
            return True
        if word in SEPARATE or word in DATE_LINKS or word in BEFORE_A_MONTH:
            break  # "leave the CSTO after the summit"
    if words != "left":
        return False
    objects = {start for label, _, _, start in reading.cues[trigger.segment]
               if label in MEMBERSHIP_OBJECTS}
    objects.update(p.start for p in reading.places if p.is_org and p.segment == trigger.segment)
    for index in range(trigger.end, min(len(tokens), trigger.end + LEFT_REACH + 1)):
        if index in objects:
            return False
        if not tokens[index][:1].isalnum() or tokens[index].lower() in AFTER_LEFT:
            break  # "left in the CSTO", "left as Russia's ally", "left-wing"
    return True


def _a_noun_of_evidence(reading: Reading, trigger: Found) -> bool:
    """"clear signs that…", "a sign of": the noun, not the act of signing."""
    return trigger.payload[1] == "sign" and trigger.matched.lower() in ("sign", "signs") and (
        lower(reading.tokens[trigger.segment], trigger.end) in EVIDENCE_AFTER
    )


def _hosts_no_guest(reading: Reading, trigger: Found) -> bool:
    """Whether a host's word has no guest after it. A host welcomes a guest: a state, a
    leader or an office-holder comes right after "welcomes"; "Moscow welcomes election
    victory" is a reaction, not a meeting. A host receives, greets or calls a leader:
    "Putin receives Lukashenko", «Мирзиёев принял президента Туркмении», but «Путин принял
    закон», "receives credentials" and "calls Pashinyan a traitor" are no meetings."""
    matched = trigger.matched.lower()
    receiving = " " not in matched and matched.startswith(RECEIVING)
    if not receiving and not matched.startswith("welcom"):
        return False
    tokens = reading.tokens[trigger.segment]
    after = trigger.end
    while lower(tokens, after) in DETERMINERS or lower(tokens, after) in QUOTES:
        after += 1
    if receiving and lower(tokens, after) in PLACE_LINKS:
        after += 2  # «принял в Кремле Токаева»
    if not receiving:
        named = {p.start for p in reading.places if p.segment == trigger.segment}
        named.update(f.start for f in reading.roles[trigger.segment])
        return after not in named
    leader_ends = {f.start: f.end for f in reading.roles[trigger.segment]
                   if f.payload[1] == "leader"}
    leader_ends.update(  # "Kazakh president": the state, then its leader
        (p.start, leader_ends[p.end]) for p in reading.places
        if p.segment == trigger.segment and p.end in leader_ends
    )
    if after not in leader_ends:
        return True
    # "Lukashenko calls Pashinyan a traitor", "calls Putin 'a killer'", "calls Orban's
    # bluff": a name or an idiom, not a call
    following = lower(tokens, leader_ends[after])
    return matched.startswith(CALLING) and (
        following in DETERMINERS or following in QUOTES or following == POSSESSIVE
    )


def _counts(reading: Reading, trigger: Found) -> bool:
    if (
        _commemorated(reading, trigger)
        or _aside(reading, trigger)
        or _leaves_a_room(reading, trigger)
        or _a_noun_of_evidence(reading, trigger)
    ):
        return False
    kind, gated, matched = trigger.payload[1], trigger.payload[3], trigger.matched.lower()
    if matched.split()[0] in GERUND_WORDS and trigger.start and (
        lower(reading.tokens[trigger.segment], trigger.start - 1) not in SENTENCE_ENDS
    ):
        return False
    if kind == "suspend" and matched.startswith(WITHHOLDING) and not any(
        work in matched for work in HALTED_WORK
    ):
        return _a_bloc_unpaid(reading, trigger)
    if kind == "join" and matched.startswith(NEWCOMERS):
        # "new BRICS members": the bloc inside the phrase; "new UN Security Council member"
        # or "new cabinet member" is none
        return any(p.is_org and p.segment == trigger.segment
                   and trigger.start < p.start < trigger.end
                   for p in reading.places)
    if kind == "join" and matched.startswith(GROWTH):
        # "NATO expansion", "EU enlargement", «расширение БРИКС»: the bloc's own growth;
        # "expansion of trade with the EU" is none
        return any(p.is_org and p.segment == trigger.segment
                   and (p.end == trigger.start or p.start == trigger.end)
                   for p in reading.places)
    if (kind == "join" and (
        matched.endswith(INTO) or matched.startswith(ENTERING) or matched.endswith(PART_OF)
    )) or (kind == "apply" and matched.endswith(INTO)):
        # «вошла в ЕАЭС», «принят в ШОС», "part of the EAEU": only the bloc right after;
        # «закон принят в первом чтении» and «вошел в топ-10» are no accession
        after = trigger.end + (lower(reading.tokens[trigger.segment], trigger.end) == "the")
        return any(p.is_org and p.segment == trigger.segment and p.start == after
                   for p in reading.places)
    if gated and matched.startswith(CHAIRING):
        # "to chair Union State Supreme Council"; "chairs Security Council meeting" is
        # a leader's own cabinet
        tokens = reading.tokens[trigger.segment]
        for end in range(trigger.end, min(trigger.end + CHAIR_REACH, len(tokens))):
            if tokens[end].lower().startswith(COUNCILS):
                return leaders_council(" ".join(tokens[trigger.end:end + 1]))
        return False
    if gated and matched in MEETING_NOUNS and _a_body_of_one_state(
        reading.tokens[trigger.segment], trigger
    ):
        return False
    if kind == "ratify" and matched.startswith(BACKING):
        # "Uzbek Senate backs CIS free trade protocol"; "US backs peace deal" is support
        tokens = reading.tokens[trigger.segment]
        return any(lower(tokens, index).startswith(LEGISLATURES)
                   for index in range(clause_start(tokens, trigger.start), trigger.start))
    if trigger.payload[3]:
        return _gate_open(reading, trigger) and not _hosts_no_guest(reading, trigger)
    return trigger.payload[1] in ("summit", "exercise") or _has_object(reading, trigger)


def _candidates(reading: Reading, segment: int) -> list[Found]:
    return [t for t in reading.triggers[segment] if _counts(reading, t)]


def _gathering_attended(reading: Reading, main: Found, triggers: list[Found]) -> Found | None:
    """The summit or drills that joining or halting one's part in is about. Joining them is
    attending them: "Putin to join virtual G20 summit" (becoming a member at a summit is
    still an accession); halting one's part in them is a boycott, of their kind
    (LABELING.md): "halts participation in drills", «прекратила участие в учениях»."""
    if main.payload[1] == "join" and not _accession(main):
        end = main.end
    else:
        end = _participation_end(reading, main)
        if end < 0:
            return None
    tokens = reading.tokens[main.segment]
    for trigger in triggers:
        if (
            trigger.payload[1] in GATHERINGS and not trigger.payload[3]
            and trigger.segment == main.segment
            and 0 <= trigger.start - end <= ATTEND_REACH
            and not SEPARATE.intersection(token.lower() for token in tokens[end:trigger.start])
        ):
            return trigger
    return None


def _participation_end(reading: Reading, trigger: Found) -> int:
    """Where "participation" ends after a halt: "halts participation", "suspends its
    participation", «приостановила участие»; -1 if the halt is of something else."""
    if trigger.payload[1] != "suspend":
        return -1
    if any(word.startswith(PARTICIPATION) for word in trigger.matched.lower().split()):
        return trigger.end
    tokens = reading.tokens[trigger.segment]
    for position in (trigger.end, trigger.end + 1):
        if lower(tokens, position).startswith(PARTICIPATION):
            return position + 1
    return -1


def _frame_end(reading: Reading, trigger: Found) -> int:
    """Where the words end that name a summit or drills as the time of another act ("ahead
    of", «накануне»), or -1."""
    tokens = reading.tokens[trigger.segment]
    if trigger.payload[1] not in GATHERINGS or _tense(tokens, trigger) != "noun":
        return -1
    for end in range(max(trigger.start - FRAME_REACH - 1, 1), trigger.start + 1):
        if lower(tokens, end - 1) not in FRAME_ENDS:
            continue
        for frame in FRAMES:
            if end >= len(frame) and all(
                lower(tokens, end - len(frame) + step) == word for step, word in enumerate(frame)
            ) and _gap(
                tokens, _name_positions(reading, trigger.segment), end, trigger.start
            ) <= FRAME_REACH:
                return end
    return -1


def _framed_ahead(reading: Reading, trigger: Found) -> bool:
    """"Before Trump-Putin talks, Ukraine rules out…", «Накануне визита …»: a summit or
    drills named as the time before another act lie ahead, whatever the act's own doubt."""
    frame = _frame_end(reading, trigger)
    if frame < 0:
        return False
    tokens = reading.tokens[trigger.segment]
    return lower(tokens, frame - 1) in BEFORE_ENDS and (
        lower(tokens, frame - 1) != "of" or lower(tokens, frame - 2) in ("ahead", "eve")
    )


def _choose(reading: Reading, triggers: list[Found]) -> Found | None:
    """The first trigger that counts; but a bid to join is ``apply``, a frozen accession
    ``suspend``, and a treaty signed at a summit ``sign``. A summit or drills that only
    time another act that counts are its frame."""
    framed = [t for t in triggers if _frame_end(reading, t) >= 0]
    if framed and any(t not in framed and _counts(reading, t) for t in triggers):
        triggers = [t for t in triggers if t not in framed]
    for main in triggers:
        if _counts(reading, main):
            break
    else:
        return None
    attended = _gathering_attended(reading, main, triggers)
    if attended is not None:
        return attended
    if main.payload[1] == "withdraw" and main.matched.lower().startswith(SCRAPPING):
        # "U.S. scrapped Trump-Putin Budapest summit", "scraps joint drills": the gathering
        # is called off (hypothetical), not a treaty left
        for trigger in triggers:
            if (trigger.payload[1] in GATHERINGS and trigger.payload[2] == "noun"
                    and 0 <= trigger.start - main.end <= ATTEND_REACH):
                return trigger
    if main.payload[3] and main.matched.lower().startswith(HOSTING):
        # "will not host CSTO drills": the drills are the event, not a visit
        for trigger in triggers:
            if (
                trigger.payload[1] in GATHERINGS and not trigger.payload[3]
                and 0 <= trigger.start - main.end <= ATTEND_REACH
            ):
                return trigger
    if main.payload[1] == "join" and main.payload[2] == "noun":
        # "Treaty on Armenia's accession to the EAEU ratified by Duma": the act done to
        # the accession treaty is the news
        for trigger in triggers:
            if trigger.payload[1] in APPROVED_ACTS and trigger.payload[2] != "noun" and _counts(
                reading, trigger
            ):
                return trigger
    if main.matched.lower().startswith(APPROVING):
        # «одобрила денонсацию базовых договоров»: the treaty phrase holds the step that
        # was approved, which is the event (a withdrawal, an extension)
        for trigger in triggers:
            if (
                main.start < trigger.start and trigger.end <= main.end
                and trigger.payload[1] != main.payload[1] and _counts(reading, trigger)
            ):
                return trigger
    if main.payload[1] == "ratify" and _names_a_law(main):
        # «подписал закон о приостановке действия договора», "signs law on extending the
        # deal": the law's subject is the act, a ratification only when it says so
        for trigger in triggers:
            if (
                trigger.payload[1] in LAW_SUBJECTS
                and 0 <= trigger.start - main.end < LAW_REACH
                and _counts(reading, trigger)
            ):
                return trigger
    better = BETTER.get(main.payload[1], ())
    for kind in better:
        for trigger in triggers:
            if trigger.payload[1] == kind and _counts(reading, trigger) and not (
                main.payload[1] == "summit" and kind == "join" and trigger.payload[2] == "noun"
            ):  # "attends OTS summit, rules out full membership": the summit is the news
                return trigger
    return main


def _names_a_law(trigger: Found) -> bool:
    """"signs law on", «подписал закон о»: a law named, not (yet) a ratification."""
    words = trigger.matched.lower()
    return any(word in LAWS or word.startswith(LAW_STEM) for word in words.split()) and not any(
        stem in words for stem in RATIFYING
    )


def _accession(trigger: Found) -> bool:
    """"becomes a member", «примет в свои ряды»: membership, even when granted at a
    summit; "to join the summit" is attending it."""
    words = trigger.matched.lower()
    return words.startswith(BECOMING) or words.endswith(ADMISSION_ENDS)


def _tense(tokens: list[str], trigger: Found) -> str:
    """The trigger's form; a bare form after a determiner or a possessive is a noun: "its
    exit from the bloc nears", "Moldova's CIS exit" (the tokens "Moldova", "s", …)."""
    tense: str = trigger.payload[2]
    if tense == "base" and (
        lower(tokens, trigger.start - 1) in DETERMINERS
        or "s" in (lower(tokens, trigger.start - 1), lower(tokens, trigger.start - 2))
        or _object_of_preposition(tokens, trigger.start)
    ):
        return "noun"
    return tense


def _object_of_preposition(tokens: list[str], start: int) -> bool:
    """"update on Modi visit", "ahead of Xi visit": a preposition and one word before a bare
    form make it a noun; "heads of state sign" is left a verb."""
    before = lower(tokens, start - 2)
    return before in NOUN_PREPOSITIONS or (
        before == "of" and lower(tokens, start - 3) in ("ahead", "because")
    )


def _modality(reading: Reading, trigger: Found, kind: str, org: str | None) -> str:
    if trigger.payload is INVITATION_TRIGGER or trigger.payload is BLOC_INVITATION_TRIGGER:
        return "hypothetical"  # a visit or a seat offered: the guest has yet to accept
    tokens = reading.tokens[trigger.segment]
    first = clause_start(tokens, trigger.start)
    last = clause_end(tokens, trigger.end, SENTENCE_ENDS)
    tense = _tense(tokens, trigger)
    hypothetical = negated = expect = called_off = skipped = False
    future = (
        tense == "future"
        # a Russian infinitive reports no act done: «договорились встретиться», «решила выйти»
        or (tense == "base" and _cyrillic(trigger.matched))
        or (_headline_infinitive(tokens, first, trigger.start, tense)
            and not (kind == "summit" and _came(tokens, first, trigger.start)))
        or (tense == "noun" and _infinitive_after(tokens, trigger.end))
        # «провести учения», «совершить визит»: a Russian infinitive reports no act done
        or (tense == "noun" and _cyrillic(trigger.matched) and any(
            lower(tokens, trigger.start - back) in HOLDING_INFINITIVES for back in (1, 2, 3)
        ))
        # "roadmap to be signed": the passive infinitive of the act
        or (tense == "fact" and [lower(tokens, trigger.start - 2),
                                 lower(tokens, trigger.start - 1)] == ["to", "be"])
        # sent "for ratification", «на ратификацию»: the ratification is the next step
        or (kind == "ratify" and tense == "noun"
            and lower(tokens, trigger.start - 1) in SENT_FOR
            and not lower(tokens, trigger.start - 2).startswith(VOTING))
        or (kind == "ratify" and trigger.matched.lower().startswith(CABINET_APPROVES)
            and any(lower(tokens, index).startswith(CABINETS)
                    for index in range(first, trigger.start)))
    )
    # the approved step is to come; approving a treaty is ratifying it, but approving its
    # signing («одобрило подписание соглашения») leaves the signing ahead
    steps = kind not in APPROVED_ACTS or (kind == "sign" and tense == "noun")
    future = future or steps and any(
        other.start < trigger.start and trigger.end <= other.end
        and other.matched.lower().startswith(APPROVING)
        for other in reading.triggers[trigger.segment]
    )
    if tense == "noun" and kind != "summit" and _discussed(tokens, first, trigger.start):
        return "hypothetical"
    if tense == "noun" and kind != "summit" and _talked_over(tokens, first, trigger.start):
        # talks on joining are accession talks: the accession lies ahead (LABELING.md)
        return "future" if kind == "join" else "hypothetical"
    modals = reading.modals[trigger.segment]
    names = _name_positions(reading, trigger.segment)
    if tense == "noun" and kind != "summit" and any(
        tokens[index].lower().startswith(DISCUSSED)
        # right after the act, or its clause's predicate where the act is the subject
        and (trigger.start == first or _gap(tokens, names, trigger.end, index) <= DISCUSSED_AFTER)
        for index in range(trigger.end, min(last, trigger.end + DISCUSSED_REACH))
    ):
        return "hypothetical"  # "accession discussed", «Вступление Узбекистана в ЕАЭС обсудили»
    # the noun's own "begin" comes first: "drills begin in Belarus, will run until
    # September 6" are under way, whatever is said of them after
    under_way = len(tokens) if tense != "noun" else min(
        (m.start for m in modals
         if m.payload[1] == "now" and m.start >= trigger.end
         and _right_after(reading, trigger, m.start)),
        default=len(tokens),
    )
    setting = tense == "noun" and _setting(tokens, trigger)  # the meeting is where it was said
    for modal in modals:
        if modal.start < first or modal.start >= last or _the_month(tokens, modal):
            continue
        if any(other.start < modal.start and modal.end <= other.end for other in modals):
            continue  # part of a longer one: "invitation to" in "accepts invitation to"
        if modal.matched.lower() in AHEAD_OF and any(
            other is not trigger and _frame_end(reading, other) == modal.end
            for other in reading.triggers[trigger.segment]
        ):
            continue  # "Ahead of SCO summit, Russia and Kyrgyzstan ink…": the summit's time
        what = modal.payload[1]
        if what == "hypothetical" and _put_off_before(tokens, names, modal, trigger):
            continue  # "the postponed CSTO summit will take place…": its past, not its doubt
        if what == "hypothetical" and _rescheduled(tokens, modal):
            what = "future"  # "postponed to May 20", «перенесена на осень»: a new date
        if what == "hypothetical" and org and kind in GATHERINGS and _refuses_to_attend(
            tokens, modal, names
        ):
            continue  # a boycott: the bloc's summit or drills keep their own timing
        if what == "negation" and _hosting(tokens, modal.end):
            called_off = True  # "will not host CSTO drills": they will not take place
        if what == "hypothetical" and _reported_will(tokens, modal):
            what = "future"
        if (what == "future" and kind in GATHERINGS and modal.start >= trigger.end
                and modal.matched.lower().startswith(INITIATED)):
            what = "now"  # "joint training was initiated": begun, not a procedure started
        if what == "hypothetical" and modal.matched.lower() == REPORTEDLY and (
            tense == "fact" or _reported_act(tokens, modals, modal)
        ):
            continue  # "the agreement reportedly extends the lease": a fact, as reported
        if what == "now" or modal.start > under_way:
            continue  # "drills begin": the default, fact; it only stops _lead_tense
        if what == "near":
            if modal.end <= trigger.start and trigger.start - modal.end < MODAL_REACH:
                future = True  # "close to joining", «близки к подписанию»
            continue
        if what == "announce":
            # a summit or drills announced lie ahead; an announced exit is the decision
            if (kind in GATHERINGS and modal.end <= trigger.start
                    and _gap(tokens, names, modal.end, trigger.start) < MODAL_REACH):
                future = True
            continue
        if what == "approve":
            # the approved step lies ahead: "approves extension", «одобрила денонсацию»;
            # a treaty or agreement approved is itself the act (a ratification)
            if (
                tense == "noun"
                and steps
                and modal.end <= trigger.start
                and trigger.start - modal.end < MODAL_REACH
            ):
                future = True
            continue
        if what in ("condition", "unsettled"):
            hypothetical = True
        elif what == "expect":
            expect = True
        elif what == "when":
            future |= tense != "fact"  # "extended the deal until next year": done
        elif modal.start >= trigger.start:
            # a noun takes the modality of the words right after it: "meeting planned",
            # "summit is postponed"; not across "as", "but" ("summit as bloc weighs…");
            # an infinitive, of the verb that governs it: "вступать в союз не планирует"
            if setting and not (
                what == "future" and not _speech_between(tokens, trigger.end, modal.start)
            ):
                continue  # at the meeting, he said he was ready: the saying's, not the meeting's
            if (tense == "noun" and (
                _right_after(reading, trigger, modal.start)
                # the subject and its last word: «Вступление … в ближайшие годы маловероятно»,
                # or its last two: «Ратификация … может затянуться»
                or (trigger.start == first and (
                    modal.end == last or (modal.end == last - 1 and _cyrillic(modal.matched))
                ))
                # the subject and its "takes place", past a relative clause: «Встреча …, на
                # которой они обсудят …, состоится сегодня»
                or (trigger.start == first and (
                    modal.matched.lower() in TAKES_PLACE
                    or modal.matched.lower().startswith(SUBJECT_PREDICATES)
                ))
            )) or (
                tense == "base"
                and _cyrillic(trigger.matched)
                and _governs(tokens, trigger.end, modal.start)
            ) or (
                tense == "base"
                and _predicate(modal.matched)
                and lower(tokens, trigger.start - 1) != "to"
                and _right_after(reading, trigger, modal.start)
            ):
                hypothetical |= what == "hypothetical"
                future |= what == "future"
        elif (
            _gap(tokens, names, modal.end, trigger.start) < MODAL_REACH
            or _through_infinitive(tokens, modal.end, trigger.start, names)
        ) and not _asked_about(tokens, modal.end, trigger.start):
            hypothetical |= what == "hypothetical"
            future |= what == "future"
            if what == "negation" and _gap(tokens, names, modal.end, trigger.start) < (
                NEGATION_REACH
            ):
                negated = True
                skipped |= modal.matched.lower().startswith(SKIPPING)
    if expect:
        return "future"
    if (last < len(tokens) and tokens[last] == "?" and lower(tokens, first) not in WH_WORDS
            and not _asks_after(tokens, trigger.end, last)):
        hypothetical = True  # a question: "Will Azerbaijan get SCO partner status?"
    # a bloc's summit or drills, or any summit skipped, keep their own timing
    boycott = kind in GATHERINGS and (
        org or (skipped and tense == "noun") or (negated and _skips_an_occasion(tokens, trigger))
    )
    if negated and (called_off or not boycott):
        hypothetical = True  # denied or ruled out; a boycotted bloc event keeps its timing
    if hypothetical:
        return "hypothetical"
    if not future and tense in ("fact", "base") and _takes_effect_later(tokens, trigger, last):
        return "future"
    return "future" if future else "fact"


def _takes_effect_later(tokens: list[str], trigger: Found, last: int) -> bool:
    """"Armenia freezes CSTO participation from March 1", «Узбекистан с 1 марта
    приостанавливает действие соглашения»: told in the present, from a date, the act
    takes effect then (told in the past, it is done: «приостановил с 1 марта»)."""
    word = trigger.matched.split()[0].lower()
    if not (word.endswith(PRESENT_ENDINGS) if _cyrillic(word) else (
        (word.endswith("s") and not word.endswith("ss"))
        # a plural subject's present: "Belarus, Bolivia join BRICS from January 1"
        or (trigger.payload[2] == "base" and lower(tokens, trigger.start - 1) not in TO_OR_MODAL)
    )):
        return False
    first = clause_start(tokens, trigger.start)
    return any(
        tokens[index].lower() in FROM_A_DATE and (
            tokens[index + 1][:1].isdigit() or tokens[index + 1].lower().startswith(DAYS_AHEAD)
        )
        for index in range(first, last - 1)
    )


def _put_off_before(
    tokens: list[str], names: frozenset[int], modal: Found, trigger: Found
) -> bool:
    """«Отложенные учения ОДКБ», "the postponed CSTO summit": a postponement told as the
    noun's attribute is its past; the sentence says when it now takes place."""
    word = modal.matched.lower()
    if not word.startswith(POSTPONING) or " " in word or not (
        0 <= _gap(tokens, names, modal.end, trigger.start) <= 1
    ):
        return False
    if _cyrillic(word):
        return word.endswith(ADJECTIVE_ENDINGS)
    return word.endswith("ed") and (modal.start == 0
                                    or lower(tokens, modal.start - 1) in DETERMINERS)


def _skips_an_occasion(tokens: list[str], trigger: Found) -> bool:
    """"Putin not attending Camp David G8", «На парад Победы не приедет даже Лукашенко»:
    staying away from a summit or a parade that takes place anyway is a boycott, which
    keeps the occasion's timing (LABELING.md), not a visit ruled out."""
    if not trigger.matched.lower().startswith(ATTENDING + ARRIVING):
        return False
    first, last = clause_start(tokens, trigger.start), clause_end(tokens, trigger.end)
    return any(tokens[i].lower().startswith(OCCASIONS) for i in range(first, last))


def _reported_will(tokens: list[str], modal: Found) -> bool:
    """"would" after "said": the future of reported speech, not a possibility."""
    if modal.matched.lower() != "would" or lower(tokens, modal.end).startswith(WISHING):
        return False
    before = range(max(0, modal.start - BACKSHIFT_REACH), modal.start)
    return any(tokens[position].lower() in REPORTING for position in before) and not any(
        tokens[position] in SENTENCE_ENDS for position in before
    )


def _asks_after(tokens: list[str], start: int, question: int) -> bool:
    """"Decoding the Modi-Putin summit: what message did they send?": the question after
    the colon asks about the summit's meaning, not whether it happened."""
    return any(
        tokens[index] == ":" and lower(tokens, index + 1) in WH_WORDS
        for index in range(start, question)
    )


def _reported_act(tokens: list[str], modals: list[Found], modal: Found) -> bool:
    """"have reportedly agreed", "are reportedly participating": the act told as done, by
    hearsay; "reportedly plans to", "reportedly eyes" keep their own doubt."""
    index = modal.end + (lower(tokens, modal.end) == "been")
    word = lower(tokens, index)
    return word.endswith(DONE_OR_DOING) and not any(other.start == index for other in modals)


def _hosting(tokens: list[str], index: int) -> bool:
    """"host", «проводить», «примет» (учения): but «примет участие» is attending."""
    return lower(tokens, index).startswith(HOSTING) and not lower(tokens, index + 1).startswith(
        "участ"
    )


def _refuses_to_attend(tokens: list[str], modal: Found, names: frozenset[int]) -> bool:
    """"refuses to attend", "not planning to attend", «отказался ехать»: a boycott."""
    if not modal.matched.lower().startswith(REFUSING):
        return False
    after = modal.end + (lower(tokens, modal.end) in REFUSED_LINKS)
    if after in names:
        after += 1  # the refuser between: «отказ Пашиняна ехать»
    return lower(tokens, after).startswith(ATTENDING)


def _rescheduled(tokens: list[str], modal: Found) -> bool:
    """Put off to a given date, not sine die: "postponed until May 20", «перенесен на
    20 мая», «отложен до осени» (LABELING.md: only a postponement without a date is
    hypothetical)."""
    if not modal.matched.lower().startswith(POSTPONING):
        return False
    for position in range(modal.end, min(modal.end + RESCHEDULE_REACH, len(tokens) - 1)):
        if tokens[position].lower() in DATE_LINKS:
            following = tokens[position + 1].lower()
            return following[:1].isdigit() or following.startswith(DATE_WORDS)
    return False


def _name_positions(reading: Reading, segment: int) -> frozenset[int]:
    """Tokens of the states, leaders and blocs named in a segment."""
    return frozenset(
        index
        for place in reading.places
        if place.segment == segment
        for index in range(place.start, place.end)
    )


def _gap(tokens: list[str], names: frozenset[int], end: int, start: int) -> int:
    """The words between a modal word and its act, bar the names that make up the act's
    own noun phrase: "preparations for Putin's visit", "No Russia–US–China meeting"
    (names further away count: "ready to mediate Israel-Iran conflict during call")."""
    position = start
    while position > end and (
        position - 1 in names
        or (position - 2 in names and tokens[position - 1].lower() in NAME_LINKS)
    ):
        position -= 1
    return position - end


def _asked_about(tokens: list[str], end: int, start: int) -> bool:
    """"demanded explanations about the drills", «потребовала объяснений о учениях»: what
    is demanded is an answer; the act it is about keeps its own modality."""
    return any(tokens[position].lower().startswith(ANSWERS) for position in range(end, start))


def _the_month(tokens: list[str], modal: Found) -> bool:
    """"to meet in May", "May 9 parade": the month, not the modal verb."""
    if modal.matched.lower() != "may":
        return False
    after = tokens[modal.end] if modal.end < len(tokens) else ""
    return lower(tokens, modal.start - 1) in BEFORE_A_MONTH or after[:1].isdigit()


def _setting(tokens: list[str], trigger: Found) -> bool:
    """Whether a meeting is the setting of the clause (``SETTINGS``): "at", "during", «на»,
    «в ходе» a few words before a meeting noun."""
    if trigger.payload[1] != "summit" or trigger.payload[2] not in ("noun", "base"):
        return False
    for back in range(1, SETTING_REACH + 2):
        word = lower(tokens, trigger.start - back)
        if word in SETTINGS:
            # «на встрече», «на переговорах»: where; «на саммит» is where to
            return word != "на" or trigger.matched.lower().endswith(PREPOSITIONAL)
        if not word[:1].isalnum():
            return False
    return False


def _speech_between(tokens: list[str], end: int, start: int) -> bool:
    """A verb of saying or "that" between a meeting as a setting and a later modal word: the
    modal word is in what was said ("… заявил, что будут приняты…")."""
    return any(
        word in REPORTED or word in SAYING or word.startswith(SPEECH)
        for word in map(str.lower, tokens[end:start])
    )


def _right_after(reading: Reading, trigger: Found, start: int) -> bool:
    """The noun's own predicate: "meeting planned", "вступление в ЕС станет…".

    The states and blocs the noun names do not count, nor the commas and "and" between
    them: «Учения России, Китая и Ирана начнутся…», "Ratification of border agreement
    with Tajikistan will take a month".
    """
    tokens = reading.tokens[trigger.segment]
    named = {
        index
        for place in reading.places
        if place.segment == trigger.segment and trigger.end <= place.start < start
        for index in range(place.start, place.end)
    }
    between = [tokens[i].lower() for i in range(trigger.end, start) if i not in named]
    if named:
        between = [word for word in between if word not in LIST_JOINS]
    return len(between) <= 4 and not CLAUSE_LINKS.intersection(between)


def _predicate(phrase: str) -> bool:
    """An English modal word that can only be a noun's predicate, never the object of a
    verb: a participle or a state ("Xi visit to Kazakhstan postponed", "Exit from CIS
    under discussion", "exit from OSCE 'possible'"). Then a base-form trigger before it
    is a noun ("visit", "exit"), unlike "Russia and Uzbekistan Sign … Partnership Plan"."""
    words = phrase.lower().split()
    return bool(words) and phrase.isascii() and (
        words[-1].endswith("ed") or words[0] in PREDICATE_STARTS or words[0] in STATES_OF
    )


def _governs(tokens: list[str], end: int, start: int) -> bool:
    return start - end <= 3 and "," not in tokens[end:start]


def _cyrillic(text: str) -> bool:
    """Russian puts an infinitive before the verb that governs it («вступать в союз не
    планирует»); an English base form with a modal noun after it is a present tense
    with its object: "Russia and Uzbekistan Sign … Partnership Plan"."""
    return not text[:1].isascii()


def _through_infinitive(
    tokens: list[str], end: int, start: int, names: frozenset[int] = frozenset()
) -> bool:
    """A modal verb governs its whole infinitive phrase, however long: "hopes to open the
    first chapters of accession negotiations", «хотят начать в этом году переговоры о
    вступлении»; so does a modal whose aim follows "for", past the place it names:
    "gear up for TurAz Eagle air force drills", "heading to China for joint exercise".
    Not across a comma or a clause link."""
    while end < start and end in names:
        end += 1
    if end >= start:
        return False
    word = tokens[end].lower()
    if (
        word not in ("to", "for")
        and lower(tokens, end - 1) in AUXILIARIES
        and lower(tokens, end + 1) == "to"
    ):
        end += 1  # "would love to see", "could try to", "may seek to"
        word = "to"
    if not (word == "to" or word.endswith(("ть", "ться", "ти"))) and not (
        word == "for" and start - end <= FOR_REACH
    ):
        return False
    return not any(
        token.lower() in CLAUSE_LINKS
        # "and" in a list of names joins no clause: "to see Putin and Xi attend"
        and not (token.lower() in LIST_JOINS and index - 1 in names and index + 1 in names)
        for index, token in enumerate(tokens[end:start], end)
    )


def _infinitive_after(tokens: list[str], end: int) -> bool:
    """"Tianjin Summit to Be Largest", "Moldova's withdrawal from CIS to take a year": a
    headline's "to" + verb after the noun, within its own few words (not "visit to China");
    or the act's entry into force, further on: «Выход … из СНГ вступит в силу»."""
    for position in range(end, min(end + TAKING_EFFECT_REACH, len(tokens) - 1)):
        word = tokens[position].lower()
        if word in CLAUSE_LINKS:
            return False
        if word == "to" and (
            (position < end + NOUN_INFINITIVE_REACH
             and tokens[position + 1].lower() in FUTURE_AFTER_NOUN)
            or (tokens[position + 1].lower(), lower(tokens, position + 2)) in TAKING_EFFECT
        ) or (word in WILL_TAKE_EFFECT and tokens[position + 1].lower() == "в"
              and lower(tokens, position + 2).startswith("сил")):
            return True
    return False


def _headline_infinitive(tokens: list[str], first: int, index: int, tense: str) -> bool:
    """"X to sign", "Putin to take part in…", "moves to formally exit"; not "votes to
    de-ratify", where the vote is the act."""
    for position in range(max(first, index - INFINITIVE_REACH), index):
        if lower(tokens, position - 1).startswith(VOTING) or (
            lower(tokens, position - 1) in LAWS
            and lower(tokens, position - 2).startswith(ENACTING)
        ):
            continue
        if tokens[position].lower() == "to" and (
            (position + 1 == index and tense == "base")
            or tokens[position + 1].lower() in FUTURE_AFTER_TO
        ) and not _the_first_to(tokens, first, position):
            return True
    return False


def _the_first_to(tokens: list[str], first: int, to: int) -> bool:
    """"became the first Indian prime minister to visit": who did it, not what lies ahead;
    "will become the first … to visit" still lies ahead."""
    return any(
        lower(tokens, position) in ORDINAL_SUBJECTS and lower(tokens, position - 1) == "the"
        and not any(
            lower(tokens, back) in AHEAD_OF_RECORD
            for back in range(max(first, position - 1 - ORDINAL_REACH), position)
        )
        for position in range(max(first, to - ORDINAL_REACH), to)
    )


def _a_bloc_unpaid(reading: Reading, trigger: Found) -> bool:
    """Dues or funding withheld suspend a member's part only when a bloc is what goes
    unpaid ("refuses to pay its CSTO dues", «отказалась финансировать ОДКБ»); a parliament
    that refuses to fund an aid package suspends nothing."""
    return any(
        place.is_org and place.segment == trigger.segment
        and trigger.start <= place.start <= trigger.end + DUES_REACH
        for place in reading.places
    )


def _came(tokens: list[str], first: int, index: int) -> bool:
    """A verb of arrival before the trigger in its clause: the visit is under way."""
    return any(token.lower() in CAME for token in tokens[first:index])


def _bloc_of_leaders(reading: Reading, trigger: Found) -> str | None:
    """The bloc whose leaders meet: "SCO Leaders Meet…", «Лидеры стран ШОС собрались»."""
    tokens = reading.tokens[trigger.segment]
    first = clause_start(tokens, trigger.start)
    leaders = [
        f for f in reading.roles[trigger.segment]
        if first <= f.start < trigger.start and f.payload[1] == "leader"
    ]
    for place in reading.places:
        beside_leaders = any(
            0 <= f.start - place.end <= 1 or 0 <= place.start - f.end <= 2 for f in leaders
        )
        if place.is_org and place.segment == trigger.segment and first <= place.start and (
            beside_leaders
        ):
            return place.code
    return None


def _org(reading: Reading, trigger: Found) -> str | None:
    if trigger.payload[3] and trigger.matched.lower().startswith(MEETING_WORDS):
        # a bilateral meeting, even on a summit's sidelines; unless the bloc's leaders meet,
        # or the meeting is the bloc's own: «на встречу ОДКБ», "the CSTO meeting"
        for place in reading.places:
            if place.is_org and place.segment == trigger.segment and (
                place.start == trigger.end or place.end == trigger.start
            ):
                return place.code
        return _bloc_of_leaders(reading, trigger)
    # the bloc of a summit that only times the act is the frame's: «Накануне саммита ОДКБ
    # Россия и Киргизия продлят соглашение» is a bilateral extension
    framed = [
        t for t in reading.triggers[trigger.segment]
        if t is not trigger and _frame_end(reading, t) >= 0
    ]
    for segment in (trigger.segment, 1 - trigger.segment):
        for place in reading.places:
            if place.is_org and place.segment == segment and not any(
                segment == trigger.segment and (place.start == t.end or place.end == t.start)
                for t in framed
            ):
                return place.code
    return None


def _countries(reading: Reading, trigger: Found, kind: str) -> tuple[str, ...]:
    tokens = reading.tokens[trigger.segment]
    states = [
        p for p in reading.places
        if p.segment == trigger.segment and not p.is_org and p.role == "party"
    ]
    admitted = [p for p in states if trigger.start < p.start < trigger.end]
    if kind == "summit" and trigger.payload[3]:
        chosen = states
    elif kind == "join" and admitted:
        # the state inside an admission is the one joining: «принять Узбекистан в свои
        # ряды», "admits Iran as member"; the bloc or the speaker before it is not
        chosen = admitted
    else:
        chosen = [p for p in states if p.start < trigger.start]
        if kind in SYMMETRIC:
            chosen += [
                p for p in states
                if p.start > trigger.start and p.start > 0 and tokens[p.start - 1] in PARTNER_WORDS
            ]
        if not chosen and kind != "summit":
            chosen = states
    return tuple(sorted({p.code for p in chosen}))


def _lead_events(reading: Reading) -> list[Found]:
    """The triggers of the summary's first sentence; later sentences tell the background."""
    return [t for t in _candidates(reading, 1) if t.start < reading.lead]


def _lead_makes_it_conditional(reading: Reading, kind: str) -> bool:
    """The lead may say that the headline's event is not settled: "not yet agreed"."""
    unsettled = [m for m in reading.modals[1] if m.payload[1] == "unsettled"]
    if not unsettled:
        return False
    tokens = reading.tokens[1]
    for other in _lead_events(reading):
        if other.payload[1] != kind:
            continue
        first, last = clause_start(tokens, other.start), clause_end(tokens, other.end)
        if any(first <= m.start < last for m in unsettled):
            return True
    return False


def _put_off_not_called_off(reading: Reading, trigger: Found) -> bool:
    """"Visit postponed" in the title, "… will take place before the end of December" in
    the summary: put off to a new time, so still ahead (LABELING.md: only a postponement
    without a date is hypothetical). The title's only doubt must be the postponement."""
    tokens = reading.tokens[0]
    first, last = clause_start(tokens, trigger.start), clause_end(tokens, trigger.end)
    doubts = [
        m for m in reading.modals[0]
        if m.payload[1] in ("hypothetical", "condition", "unsettled") and first <= m.start < last
    ]
    if not doubts or not all(m.matched.lower().startswith(POSTPONING) for m in doubts):
        return False
    if any(word in reading.texts[0].lower() for word in INDEFINITELY):
        return False  # "pushed back indefinitely": whatever the lead says of dates
    return RESCHEDULED.search(reading.texts[1]) is not None


def _lead_tense(reading: Reading, kind: str, org: str | None) -> str | None:
    """A headline noun has no tense ("GUAM Summit Date Defined", «Саммит СНГ в 2017 году»):
    the lead's first sentence, telling the same kind of event, may say that it is still to
    come ("is scheduled for 1-2 July") or only possible ("could leave the bloc if …"). Not
    when the headline says it is under way ("drills begin"); a lead that tells it as done
    leaves the headline's default, fact."""
    if any(m.payload[1] == "now" for m in reading.modals[0]):
        return None
    if not BECAME.isdisjoint(map(str.lower, reading.tokens[0])):
        return None  # "… becomes SCO dialogue partner": the headline tells it done
    lead_events = _lead_events(reading)
    for other in lead_events:
        if other.payload[1] == kind:
            modality = _modality(reading, other, kind, org)
            return modality if modality != "fact" else None
    if not lead_events:  # "The event will be held on 3-4 July": no act named, a time ahead
        tokens = reading.tokens[1]
        first = {
            m.payload[1] for m in reading.modals[1]
            if m.start < reading.lead and not (
                m.payload[1] == "now"
                and [lower(tokens, m.start - 2), lower(tokens, m.start - 1)] in WILL_BE
            )
        }
        if "now" not in first and first & {"future", "when"}:
            return "future"
    return None


def _title_stance(reading: Reading, kind: str) -> str | None:
    """A headline without the act may still doubt it ("Kazakhstan mulls its place in the
    bloc", "… explained the refusal of …"): its doubt is the stance on the act the lead
    tells. Not its future: "agreed", "plan" in a headline often sum up what the lead tells
    as done. What is "on the table" at a meeting is its agenda, not a doubt of it
    ("Macron in Astana: nuclear fuel, minerals on the table")."""
    kinds = {
        m.payload[1] for m in reading.modals[0]
        if not _the_month(reading.tokens[0], m)
        and not (kind == "summit" and m.matched.lower() == AGENDA)
    }
    return "hypothetical" if kinds & {"hypothetical", "condition", "unsettled"} else None


def _legislature_approval(reading: Reading, trigger: Found) -> Found | None:
    """The approval a legislature gives an accession or a bid, if the trigger names one:
    "Turkey's parliament set to vote on Sweden's NATO bid" is its ratification ahead."""
    if trigger.payload[1] not in ("join", "apply") or trigger.segment != 0:
        return None
    tokens = reading.tokens[0]
    first = clause_start(tokens, trigger.start)
    names = _name_positions(reading, 0)
    for modal in reading.modals[0]:
        if (
            modal.payload[1] == "approve"
            and first <= modal.start and modal.end <= trigger.start
            and _gap(tokens, names, modal.end, trigger.start) < MODAL_REACH
            and any(lower(tokens, i).startswith(LEGISLATURES) for i in range(first, modal.start))
        ):
            return modal
    return None


def _draft_approved(trigger: Found) -> bool:
    """"Cabinet approves draft agreement", «одобрил проект соглашения»: what is approved
    is the text to be signed, not a treaty ratified."""
    words = trigger.matched.lower()
    return (trigger.payload[1] == "ratify" and words.startswith(APPROVING)
            and not DRAFTS.isdisjoint(words.split()))


def _told_as_cause(reading: Reading, trigger: Found) -> bool:
    """"The invitation comes after Kim Jong Un visited Russia", «после того как Москва
    вышла из сделки»: an act a state did before, told as what led to the news, is its
    background. Told so when a state or bloc stands between "after" and the act (mostly its
    subject); "after signing", with none, may be the news itself."""
    tokens = reading.tokens[trigger.segment]
    first = clause_start(tokens, trigger.start)
    for position in range(trigger.start - 1, first - 1, -1):
        word = tokens[position].lower()
        if word == "after" or (word == "как" and lower(tokens, position - 2) == "после"):
            return any(place.segment == trigger.segment and position < place.start
                       < trigger.start for place in reading.places)
    return False


def _attending_modality(reading: Reading, gathering: Found, org: str | None) -> str | None:
    """The timing of joining or halting one's part in a summit or drills, where it is
    not a fact: "Armenia to halt participation in CSTO drills" is ahead."""
    for trigger in reading.triggers[gathering.segment]:
        if trigger is not gathering and _gathering_attended(reading, trigger, [gathering]):
            modality = _modality(reading, trigger, trigger.payload[1], org)
            return None if modality == "fact" else modality
    return None


def main_event(reading: Reading) -> Happening | None:
    segment = 0
    trigger = _choose(reading, reading.triggers[0])
    if trigger is None and any(_commemorated(reading, t) for t in reading.triggers[0]):
        return None  # the lead then retells the commemorated act: "signed in 2002"
    if trigger is None:
        segment = 1
        trigger = _choose(reading, [t for t in reading.triggers[1]
                                    if t.start < reading.lead and not _told_as_cause(reading, t)])
    if trigger is None:
        return None
    kind = trigger.payload[1]
    org = _org(reading, trigger)
    modality = "future" if _framed_ahead(reading, trigger) else _modality(
        reading, trigger, kind, org
    )
    if modality == "fact" and kind in GATHERINGS:
        modality = _attending_modality(reading, trigger, org) or modality
    if _draft_approved(trigger):
        kind = "sign"  # a draft approved («одобрил проект соглашения») is signed next
        modality = "hypothetical" if modality == "hypothetical" else "future"
    approval = _legislature_approval(reading, trigger)
    if approval is not None:
        kind = "ratify"
        tokens = reading.tokens[0]
        modality = "future" if _headline_infinitive(
            tokens, clause_start(tokens, approval.start), approval.start, "base"
        ) else _modality(reading, trigger, kind, org)
    # the title's doubt is its stance on the lead's act, unless the lead tells that act as
    # done: "Putin urges aid into Gaza || Putin and Lula also discussed…" (the talks were held)
    if segment == 1 and not (trigger.payload[2] == "fact" and modality == "fact") and not (
        modality == "fact" and _setting(reading.tokens[1], trigger)
    ):
        modality = _title_stance(reading, kind) or modality
    if segment == 0 and modality != "hypothetical" and _lead_makes_it_conditional(reading, kind):
        modality = "hypothetical"
    if segment == 0 and modality == "hypothetical" and _put_off_not_called_off(reading, trigger):
        modality = "future"
    if (segment == 0 and modality == "fact" and _tense(reading.tokens[0], trigger) == "noun"
            and not _setting(reading.tokens[0], trigger)):  # a setting has its clause's tense
        modality = _lead_tense(reading, kind, org) or modality
    return Happening(kind, _countries(reading, trigger, kind), org, modality, trigger.matched)
