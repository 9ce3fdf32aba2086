"""Is a story about alignment? The score, the rules around it, and the words that say why.

score = alignment cues in the title (capped) + half of those in the summary
        + 0.6 when the title names two parties (0.3 when only the story does)
        + 1.0 when the title names a bloc
        - domestic cues in the title - half of those in the summary

Relevant when the score reaches the threshold and: the title names a state or bloc; a
watched state or a bloc is among the parties; the title has an alignment cue or a bloc
(or is a teaser whose lead names a bloc); a single state without a bloc has a cue
stronger than a weak word; and the title does not report a private voice (a pundit, a
leader's son, "В США заявили…" with only a columnist behind it: feeds/reading.py).
Nearly every Russian outlet's story mentions Russia: a mention alone scores nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from feeds.lexicon import Hit
from feeds.parties import DASHES, LOCATIVE_CASE
from feeds.reading import (
    ABROAD,
    AGAINST,
    AID,
    BEHIND,
    COLON,
    COLON_WEIGHT,
    COURT,
    FORCES,
    HARDWARE,
    HARDWARE_KINDS,
    INTEGRATION,
    MERCENARIES,
    PLEDGES,
    RECEIVES,
    RENT,
    STATEMENT,
    SUPPLIED,
    TROOPS,
    WAR_STANCE,
    WARRING,
    Reading,
    lower,
    watched_voice,
)
from feeds.topics import MEDIUM, STRONG, WEAK
from feeds.vocabulary import Digest

TITLE_CUES_CAP: Final = 2.0
SUMMARY_CUES_CAP: Final = 1.5
NEGATIVE_CAP: Final = 1.5
SUMMARY_NEGATIVE_CAP: Final = 1.0
TWO_PARTIES_IN_TITLE: Final = 0.6
TWO_PARTIES_IN_STORY: Final = 0.3
# A bloc named in the title: the story is about the bloc, unless domestic cues say otherwise.
BLOC_IN_TITLE: Final = 1.0
# Only treaties are ratified: one state's parliament ratifying is an interstate act,
# where one state's signing ("Putin signs law …") often is not.
RATIFIED: Final = ("ratif", "ратифиц")
LEADERS_CUE: Final = 0.4
# A quarrel named as such (standoff, rift, row, обострение) is between two states.
RIFT: Final = "rift"
# A stance on another state's war is often reported as prosecution ("jails citizen for
# fighting as a mercenary") or from the front ("North Korean soldiers killed fighting
# for Russia"): with such a cue and two parties, those words do not count against.
STANCE: Final = WAR_STANCE
# So does a démarche (an envoy summoned over a drone crash): the protest is the news.
# So does a state's accusation of another (of spying, sabotage): not a trial.
# So does a quarrel named as such (a standoff, a row): the arrests or the crash behind it
# are what the two states quarrel about.
OVERRIDING: Final = frozenset({STANCE, "démarche", "accusation", RIFT})
STANCE_OVERRIDES: Final = frozenset({"court", "battlefield", "strikes", "crash", "disaster"})
# Mercenaries are a stance when a state acts on them (warns its citizens, jails one, denies
# recruiting them), not when they die or go missing at the front: "American mercenary
# killed in Ukraine" is a casualty report. Told only by such words, a stance overrides a
# trial's words and no others, and is not an interstate act that makes the front its
# background (INTERSTATE_ACTS).
MERCENARY_OVERRIDES: Final = frozenset({"court"})
# where a title's attribution may begin ("…, Kremlin says", "– Seoul", ": FM";
# feeds/parties.py, attribution_start)
ATTRIBUTION_MARKS: Final = DASHES | {",", ":"}
# a stance on a war and a quarrel need two states in the story: with one they are words
NEEDS_TWO: Final = frozenset({STANCE, RIFT, AGAINST})
# what happens to a thing rather than what a bloc does: an accident, a fire, a trial, a
# protest, a strike
INCIDENTS: Final = frozenset({"disaster", "crash", "court", "politics", "battlefield", "strikes"})
# Sanctions as a status or a measure on property (someone sanctioned, assets frozen): with
# one state and no bloc in the story, no state acts on another ("Putin lets Russians swap
# frozen assets", "a sanctioned tycoon's yacht"): a weak word there (feeds/topics.py).
SANCTIONED: Final = "sanctioned"
# A single state's drills with no partner named in the story and no bloc ("Russian
# military boosts call-ups for annual reservist training exercises") are its own
# training: a weak word there, like a sanctions status. Drills called joint or
# international have a partner, named or not.
EXERCISES: Final = ("drill", "exercise", "maneuver", "manoeuvre", "war game", "wargame", "учени",
                    "маневр", "манёвр")
PARTNERED: Final = ("joint", "international", "multinational", "совместн", "международн")
# Trade, energy and transit words with one state and no partner or bloc anywhere in the
# story ("Russia to ban gasoline exports for 6 months") are its own economy: a weak word
# there too. Integration is between states (LABELING.md).
# An act between two states that is alignment by itself (sanctions imposed, envoys
# summoned, a treaty, a summit, a meeting or visit, a stance on a war, an accusation,
# trade): the incident it is about (a crash, a death, arrests, a fire), its setting (the
# games or the election a visit falls in) or its object (companies, wine, tourists
# traded or banned) is background, so the title's and the summary's domestic words count
# half, and together at most as one such word (they tell one incident). "Australia
# sanctions Russian officials over Navalny's death" is about the sanctions; "Moscow court
# jails U.S. citizen" has no such act and stays a court story, and so does a trial with
# one ("Russian-Dutch businessman jailed for sanctions violations"). (COURT: a trial's label)
INTERSTATE_ACTS: Final = frozenset({
    "sanctions", "démarche", "diplomacy", "treaty", "alliance", "membership", "summit", STANCE,
    "integration", "accusation", RIFT, SANCTIONED, "relations",
})
BACKGROUND_SHARE: Final = 0.5
CAUSES: Final = frozenset({"after", "amid", "following", "после"})  # what led to the act
# the cues that need a party, not a place: diplomats, officials, relations, sayings
ENVOYS_AND_WORDS: Final = frozenset({"diplomacy", "officials", "relations", "statement"})
VENUE_ONLY: Final = "the title's one state is only where it happens"
# "Analysts said this weekend's dialogue is only prologue…": a lead that gives its first
# sentence to analysts' views is an analysis piece, not the report of an act (HOLDOUT13.md)
ANALYSIS: Final = "the lead gives analysts' views, and the title reports no act"
# "How meddling blamed on Russia exploited…", "Inside…", "Behind India's Russian oil
# imports: …": a feature or an explainer opens so (LABELING.md: analyses are not news)
FEATURE: Final = "the title opens as a feature or an explainer"
FEATURE_OPENERS: Final = frozenset({"How", "Inside", "Behind"})
ANALYSTS: Final = frozenset({"analysts", "analyst", "economists", "experts", "observers",
                             "commentators", "аналитики", "эксперты", "политологи", "экономисты"})
ANALYSTS_SAY: Final = frozenset({"say", "says", "said", "predict", "predicts", "believe",
                                 "believes", "expect", "note", "noted", "argue", "argued", "warn",
                                 "warned", "считают", "полагают", "отмечают", "прогнозируют",
                                 "уверены"})
ANALYSTS_REACH: Final = 3
ANALYSTS_OPEN: Final = 2  # "Analysts said …", "Chinese analysts noted …"
TALKS: Final = frozenset({"talks", "dialogue", "negotiations", "переговоры", "переговорах"})
# lead cues that do not carry a two-state title on their own: an event word is about the
# act's kind, the arms and troops of a story may be either side's; a war-stance word there is
# often a name ("the Wagner mercenary rebellion")
LEAD_EXCLUDED: Final = frozenset({"event", "meeting", FORCES, STANCE})
# Migrants pushed to a border between two states are pressure, not an asylum case.
BORDER_WORDS: Final = ("border", "checkpoint", "границ", "кпп")
MIGRATION: Final = "migration"
ASYLUM: Final = ("asylum", "убежищ")
# Two leaders in a title joined by "with" ("Putin discussed Gaza with Erdogan") talked.
LEADERS_WITH_CUE: Final = 0.7
WITH: Final = frozenset({"with", "с", "со"})
SPOKE: Final = frozenset({"spoke", "speaks", "talked", "talks", "talk", "speak", "wrote", "writes"})

# A street protest against an act ("Thousands protest in Tbilisi against the EU-talks
# freeze", «акции протеста против решения приостановить переговоры с ЕС»): the protest is
# the news, domestic politics (LABELING.md §1), and the act only what it is against. Not
# a state's protest to another (a démarche: «МИД заявил протест … из-за …», "Russia
# protests to Finland over …"), nor the protests an act goes ahead despite ("despite
# farmers' protests, EU agrees to extend …"), nor an act told before its protests
# ("Georgia suspends EU talks, sparking protests").
PROTEST: Final = "the title reports a protest against the act, not the act"
PROTESTS: Final = ("protest", "demonstrat", "протест", "митинг", "демонстра")
# «из-за» is two tokens («из», «за»): «за» stands for it, and for protests «за» something
PROTESTED: Final = frozenset({"against", "over", "demand", "demands", "demanding", "after",
                              "против", "за", "ответ", "требуя", "требуют", "требованием",
                              "после"})
DEMARCHE: Final = frozenset({"to", "note", "lodges", "lodged", "formal", "diplomatic", "ноту",
                             "нота", "нотой", "заявил", "заявила", "заявили", "выразил",
                             "выразила", "выразили", "вручил", "вручила", "мид"})
CONCESSIVE: Final = frozenset({"despite", "amid", "несмотря", "фоне"})
PROTEST_REACH: Final = 8
# the stems without their first letter, which may be a capital: found in the title as
# written, with no lowering of it
# «акция» is a rally only when it is against something («акция против военной помощи
# Украине»); otherwise it may be a share («акции Газпрома»)
RALLY: Final = "акци"
PROTEST_INNARDS: Final = (*(stem[1:] for stem in PROTESTS), RALLY[1:])
DEMONYMS: Final = ("ans", "цы")  # "Georgians protest …" are people, "Georgia protests …" a state

# The objections a second opinion may overrule (feeds/learned.py): only the want of an
# alignment cue, which a rule may lack words for. A story without a watched party, whose
# title names nobody or reports a private voice stays out whatever a model thinks.
NO_CUE: Final = "no alignment cue in the title"
WEAK_CUE: Final = "no alignment cue in the title strong enough for a single party"
LEARNABLE: Final = frozenset({None, NO_CUE, WEAK_CUE})

Cue = tuple[str, float, str, int]  # (label, weight, matched text, token)
_LABEL: Final = itemgetter(0)


class Assessment:
    """The rules' answer on one story, with the cues behind it.

    A plain class rather than a dataclass: compiled, a dataclass's ``__init__`` stays
    interpreted, and every story read in full gets one.
    """

    __slots__ = ("relevant", "score", "threshold", "title_cues", "summary_cues",
                 "title_negatives", "summary_negatives", "objection")

    def __init__(self, relevant: bool, score: float, threshold: float, title_cues: list[Cue],
                 summary_cues: list[Cue], title_negatives: list[Cue],
                 summary_negatives: list[Cue], objection: str | None) -> None:
        self.relevant = relevant
        self.score = score
        self.threshold = threshold
        self.title_cues = title_cues
        self.summary_cues = summary_cues
        self.title_negatives = title_negatives
        self.summary_negatives = summary_negatives
        self.objection = objection  # the rule that kept the story out, if one did


def _cue_total(cues: list[Cue], cap: float) -> float:
    """Sum of cue weights: a phrase counts once, a label up to its weight (at least 0.8)."""
    if len(cues) < 2:
        return min(cap, cues[0][1]) if cues else 0.0
    by_label: dict[str, float] = {}
    seen: set[str] = set()
    for label, weight, phrase, _ in cues:
        if phrase in seen:
            continue
        seen.add(phrase)
        floor = weight if weight >= 0.8 else 0.8  # max(weight, 0.8)
        total = by_label.get(label, 0.0) + weight
        by_label[label] = total if total < floor else floor
    total = sum(by_label.values())
    return total if total < cap else cap


def assess(reading: Reading, watched: frozenset[str], threshold: float) -> Assessment:
    watched_voice(reading, watched)
    overview = reading.overview()
    title_cues, summary_cues = reading.cues
    title_negatives, summary_negatives = reading.negatives
    if len(overview.title_leaders) >= 2:  # two heads of state in one headline
        leaders = " and ".join(sorted(overview.title_leaders))
        weight = LEADERS_WITH_CUE if _leaders_with(reading) else LEADERS_CUE
        title_cues.append(("leaders", weight, leaders, 0))
    if len(overview.lead_leaders) >= 2:  # "Putin and Brazilian counterpart Lula discussed…"
        leaders = " and ".join(sorted(overview.lead_leaders))
        summary_cues.append(("leaders", LEADERS_CUE, leaders, 0))
    title_parties = overview.title_parties
    story_parties = title_parties | overview.summary_parties
    if len(story_parties) < 2:  # a stance on another state's war needs that state
        title_cues = [cue for cue in title_cues if cue[0] not in NEEDS_TWO]
        summary_cues = [cue for cue in summary_cues if cue[0] not in NEEDS_TWO]
        if not overview.blocs:
            trade_alone = not _with_a_state(reading)
            title_cues = _weak_alone(title_cues, trade_alone)
            summary_cues = _weak_alone(summary_cues, trade_alone)
    elif len(title_parties) >= 2 and (_has_stance(title_cues) or _has_stance(summary_cues)):
        overrides = (
            MERCENARY_OVERRIDES if _only_mercenaries(title_cues + summary_cues)
            else STANCE_OVERRIDES
        )
        title_negatives = [c for c in title_negatives if c[0] not in overrides]
        summary_negatives = [c for c in summary_negatives if c[0] not in overrides]
    if (
        len(title_parties) >= 2
        and any(label == MIGRATION for label, _, _, _ in title_negatives)
        and any(phrase.lower().startswith(BORDER_WORDS) for _, _, phrase, _ in title_cues)
    ):
        title_negatives = [c for c in title_negatives if c[0] != MIGRATION]
        summary_negatives = [c for c in summary_negatives if c[0] != MIGRATION]
    sheltered = _sheltered_leader(reading, title_negatives)
    if sheltered is not None:
        title_negatives = [c for c in title_negatives if c[0] != MIGRATION]
        title_cues.append(("relations", MEDIUM, sheltered, 0))
    title_states = title_parties - overview.blocs
    negative_cap, summary_negative_cap = NEGATIVE_CAP, SUMMARY_NEGATIVE_CAP
    if (
        len(title_states) >= 2
        and not title_states <= WARRING  # Russia and Ukraine: mostly the front
        and not INTERSTATE_ACTS.isdisjoint(
            cue[0] for cue in title_cues if not _mercenaries(cue)
        )
        # a trial ("… jailed for sanctions evasion"), unless a state imposes the sanctions
        and (COURT not in map(_LABEL, title_negatives) or _a_state_sanctions(reading, title_cues))
    ):
        title_negatives = _background(title_negatives)
        summary_negatives = _background(summary_negatives)
        negative_cap = summary_negative_cap = BACKGROUND_SHARE
    elif title_cues and title_negatives:
        title_negatives = _causes_behind(reading, title_cues, title_negatives)
    if (len(title_parties) < 2 and not overview.title_bloc) or (
        title_states and title_states <= WARRING and not overview.title_bloc
    ):
        # a single state's troops and arms are its own affair ("Russia boosts troop numbers");
        # Russian and Ukrainian missiles, tanks and troops are the front ("Russian missiles
        # hit Kyiv"): arms are alignment when a third state or a bloc sends or receives them
        # ("NATO to speed up Patriot deliveries to Ukraine")
        title_cues = [cue for cue in title_cues if cue[0] != FORCES]
        if title_states:  # and mercenaries on either side of it are its soldiers
            title_cues = [cue for cue in title_cues if not _mercenaries(cue)]
    bonus = 0.0
    if len(title_parties) >= 2:
        bonus = TWO_PARTIES_IN_TITLE
    elif len(story_parties) >= 2:
        bonus = TWO_PARTIES_IN_STORY
    if overview.title_bloc and not (
        len(title_states) < 2
        and all(label == FORCES for label, _, _, _ in title_cues)
        and any(label in INCIDENTS for label, _, _, _ in title_negatives)
    ):
        # A bloc acts as a bloc (LABELING.md): a bloc named only with an incident and at
        # most its hardware ("a train with NATO equipment derailed", "a protest at a NATO
        # train") is the incident's object or place, so the title gets no bloc's bonus.
        # Two states with their bloc ("Russia and Belarus approve the Union State budget")
        # are its members acting.
        bonus += BLOC_IN_TITLE
    # A teaser title ("Sandu named the only way for the country to survive") leaves the
    # news to the lead; when the lead names a bloc, its cues weigh as a title's would.
    # So does an analysis title that names two states and leaves the act to the lead ("How
    # a plane crash is driving Russia and Azerbaijan apart"), when the lead's own cue is
    # stronger than a weak word. Not a title that tells a person's migration or court case
    # ("Finland deports ex-Wagner fighter to Russia", the lead on its border guards).
    lead_cues: list[Cue] = []
    # a state's bare voice ("… – Lukashenko", «Кремль: …») says who speaks, not what
    # happened: such a title still leaves the act to its lead
    voiced = bool(title_cues) and all(
        label == STATEMENT and weight <= COLON_WEIGHT for label, weight, _, _ in title_cues
    )
    if (not title_cues or voiced) and not overview.title_bloc and not any(
        label in (MIGRATION, COURT) for label, _, _, _ in title_negatives
    ):
        in_lead = [cue for cue in summary_cues if cue[3] < reading.lead]
        if overview.lead_bloc or (
            len(title_states) >= 2 and not title_states <= WARRING
            and any(weight >= MEDIUM and label not in LEAD_EXCLUDED
                    for label, weight, _, _ in in_lead)
        ):
            lead_cues = in_lead
    score = (
        _cue_total(title_cues + lead_cues if lead_cues else title_cues, TITLE_CUES_CAP)
        + 0.5 * _cue_total(
            [c for c in summary_cues if c not in lead_cues] if lead_cues else summary_cues,
            SUMMARY_CUES_CAP,
        )
        + bonus
        - _cue_total(title_negatives, negative_cap)
        - 0.5 * _cue_total(summary_negatives, summary_negative_cap)
    )
    objection = None
    if reading.private:
        objection = "the title reports a private voice, not a state's"
    elif title_cues and any(  # a search in C first: most titles tell no protest
        stem in reading.texts[0] for stem in PROTEST_INNARDS
    ) and _a_protest_against(reading, title_cues):
        objection = PROTEST
    elif not overview.blocs and watched.isdisjoint(story_parties):
        objection = "no watched country or bloc among the parties"
    elif not title_parties and not _lead_names_the_parties(reading, title_cues):
        objection = "the title names no state or bloc"
    elif (
        len(story_parties) < 2
        and not overview.blocs
        and all(label in ENVOYS_AND_WORDS for label, _, _, _ in title_cues)
        and not any(place.role == "party" for place in reading.places if not place.segment)
        and not _voice_from_elsewhere(reading)
    ):
        # "Ambassadors pay homage to Nemtsov in Moscow": diplomats of no named state at a
        # place; a summit or drills held there is the host's own (EPC summit in Yerevan)
        objection = VENUE_ONLY
    elif _an_analysis(reading, title_cues):
        objection = ANALYSIS
    elif reading.tokens[0][:1] and reading.tokens[0][0] in FEATURE_OPENERS:
        objection = FEATURE
    elif not (title_cues or lead_cues) and not (
        overview.title_bloc and (summary_cues or not reading.tokens[1])
    ):
        objection = NO_CUE
    elif len(story_parties) < 2 and not overview.blocs and not any(
        (weight >= MEDIUM and label != "event")
        or (label == "event" and phrase.lower().startswith(RATIFIED))
        for label, weight, phrase, _ in title_cues
    ):
        objection = WEAK_CUE
    return Assessment(
        objection is None and score >= threshold,
        score,
        threshold,
        title_cues,
        summary_cues,
        title_negatives,
        summary_negatives,
        objection,
    )


def _voice_from_elsewhere(reading: Reading) -> bool:
    """Whether the title's voice is another state's than the place it is about ("We need a
    ceasefire in Ukraine – Orban"): a state speaking on another, not a local story."""
    title = [place for place in reading.places if not place.segment]
    venues = {place.code for place in title if place.role == "venue"}
    return bool(venues) and any(
        place.role == "source" and not place.is_org and place.code not in venues
        for place in title
    )


def _a_protest_against(reading: Reading, title_cues: list[Cue]) -> bool:
    """The title's first words of weight are a street protest, and its alignment cues are
    what the protest is against (``PROTEST``)."""
    tokens = reading.tokens[0]
    first_cue = min(start for _, _, _, start in title_cues)
    for index in range(min(first_cue, len(tokens))):
        word = tokens[index].lower()
        if not word.startswith(PROTESTS) and not (
            word.startswith(RALLY) and lower(tokens, index + 1) == "против"
        ):
            continue
        before = {lower(tokens, index - step) for step in (1, 2) if index >= step}
        if not before.isdisjoint(DEMARCHE) or not before.isdisjoint(CONCESSIVE):
            return False
        if lower(tokens, index + 1) in DEMARCHE or any(
            not place.segment and not place.is_org and place.end == index
            and place.role == "party" and not place.matched.lower().endswith(DEMONYMS)
            for place in reading.places
        ):
            return False  # a state's protest to another
        return first_cue - index <= PROTEST_REACH and any(
            lower(tokens, between) in PROTESTED for between in range(index + 1, first_cue)
        )
    return False


def _an_analysis(reading: Reading, title_cues: list[Cue]) -> bool:
    """The lead opens with analysts' or experts' view ("Analysts predict…", «Эксперты
    считают…»), and the title has neither an act nor a strong alignment word. A report
    that ends on what analysts say ("…, analysts say") still reports its act first."""
    tokens = reading.tokens[1][:min(reading.lead, ANALYSTS_OPEN + ANALYSTS_REACH)]
    said = any(
        lower(tokens, index) in ANALYSTS
        and any(lower(tokens, index + step) in ANALYSTS_SAY
                for step in range(1, ANALYSTS_REACH + 1))
        for index in range(ANALYSTS_OPEN)
    )
    if not said or any(weight >= STRONG for _, weight, _, _ in title_cues):
        return False
    if any(role.payload[1] == "leader" for role in reading.roles[0]):
        return False  # "Putin and Xi to meet": the leaders' act, whatever analysts say
    return all(trigger.payload[1] == "summit" and trigger.matched.lower() in TALKS
               for trigger in reading.triggers[0])  # "ahead of US-China trade talks"


def _a_state_sanctions(reading: Reading, title_cues: list[Cue]) -> bool:
    """"U.K. Sanctions Russian Officials at Prison Where Navalny Died": a state right before
    the sanctions imposes them; the prison or the court they name is what they are about."""
    ends = {place.end for place in reading.places
            if not place.segment and not place.is_org and place.role == "party"}
    return any(label == "sanctions" and start in ends for label, _, _, start in title_cues)


def _sheltered_leader(reading: Reading, title_negatives: list[Cue]) -> str | None:
    """"Russia grants asylum to exiled Assad": a state sheltering another state's (former)
    head is taking a side, not deciding an individual's migration case. The phrase for
    ``why`` names both, or None."""
    asylum = [start for label, _, phrase, start in title_negatives
              if label == MIGRATION and phrase.lower().startswith(ASYLUM)]
    if not asylum:
        return None
    title = [place for place in reading.places
             if not place.segment and not place.is_org and place.role == "party"]
    for leader in title:
        if leader.is_leader and leader.start > asylum[0]:  # the one given it
            hosts = {place.code for place in title
                     if place.code != leader.code and not place.is_leader}
            if hosts:
                return f"{'/'.join(sorted(hosts))} shelters {leader.matched} ({leader.code})"
    return None


def _lead_names_the_parties(reading: Reading, title_cues: list[Cue]) -> bool:
    """A title with an alignment cue and no names ("EUMM Mandate Extended for Two Years",
    "Annual multinational exercise opens") whose lead names two parties or a bloc: the
    title has the act, the lead says who."""
    if not title_cues:
        return False
    in_lead = [place for place in reading.places
               if place.segment == 1 and place.start < reading.lead and place.role == "party"]
    return len({place.code for place in in_lead}) >= 2 or any(p.is_org for p in in_lead)


def _causes_behind(reading: Reading, title_cues: list[Cue], negatives: list[Cue]) -> list[Cue]:
    """Domestic cues told as the cause after the act ("Russia suspends grain deal after
    Sevastopol attack"): half weight; the act is the news."""
    tokens = reading.tokens[0]
    act = min(cue[3] for cue in title_cues)
    # the act has its doer before it: not "Thousands left without power … after an attack"
    if not any(place.segment == 0 and place.start < act and place.role == "party"
               for place in reading.places):
        return negatives
    cause = next((index for index in range(act + 1, len(tokens))
                  if tokens[index].lower() in CAUSES), len(tokens))
    return [(label, weight * BACKGROUND_SHARE, phrase, start) if start > cause
            else (label, weight, phrase, start)
            for label, weight, phrase, start in negatives]


def _background(cues: list[Cue]) -> list[Cue]:
    """Domestic cues that only describe what an interstate act is about: half weight."""
    return [(label, weight * BACKGROUND_SHARE, phrase, start)
            for label, weight, phrase, start in cues]


def _weak_alone(cues: list[Cue], trade_alone: bool) -> list[Cue]:
    """A single state's sanctions status words (``SANCTIONED``), its own drills
    (``EXERCISES``) and, unless it is named as a partner, its own trade (``INTEGRATION``)
    at a weak word's weight."""
    return [(label, WEAK, phrase, start)
            if label == SANCTIONED or (trade_alone and label == INTEGRATION)
            or _own_drills(label, phrase)
            else (label, weight, phrase, start)
            for label, weight, phrase, start in cues]


def _with_a_state(reading: Reading) -> bool:
    """«Товарооборот с Узбекистаном», "trade with Uzbekistan": the one state named is the
    partner of the outlet's own, so its trade is between two states."""
    tokens = reading.tokens[0]
    return any(
        not place.segment and not place.is_org and place.start
        and tokens[place.start - 1].lower() in WITH
        for place in reading.places
    )


def _own_drills(label: str, phrase: str) -> bool:
    lowered = phrase.lower()
    return (label == "military" and any(word in lowered for word in EXERCISES)
            and not any(word in lowered for word in PARTNERED))


def _has_stance(cues: list[Cue]) -> bool:
    return not OVERRIDING.isdisjoint(map(_LABEL, cues))


def _only_mercenaries(cues: list[Cue]) -> bool:
    """Whether the story's stance is told by mercenary words alone (MERCENARIES)."""
    return all(_mercenaries(cue) for cue in cues if cue[0] in OVERRIDING)


def _mercenaries(cue: Cue) -> bool:
    return cue[0] == STANCE and cue[2].lower().startswith(MERCENARIES)


def _leaders_with(reading: Reading) -> bool:
    """Whether a leader named in the title follows "with": "… discussed Gaza with Erdogan"."""
    tokens = reading.tokens[0]
    return any(
        not place.segment and place.is_leader and place.start
        and (
            tokens[place.start - 1].lower() in WITH
            or (tokens[place.start - 1].lower() == "to" and place.start > 1
                and tokens[place.start - 2].lower() in SPOKE)
        )
        for place in reading.places
    )


# the title's tokens as written: the word reading.py looks for after a state, in any case
BEHIND_WORDS: Final = frozenset({BEHIND, BEHIND.capitalize(), BEHIND.upper()})


def at_a_glance(
    title_hits: list[Hit], has_summary: bool = True, title_tokens: Sequence[str] = ()
) -> bool | None:
    """Whether the title alone rules the story out, whatever the rest says.

    True when the title names no state or bloc; None when it has no alignment cue, no
    bloc, not two leaders, not a statement verb with two states and not (with a summary)
    two states other than Russia and Ukraine (whose lead may carry the act), not a leader
    given asylum by another state, not a leader in another state ("Orban in Moscow"), not
    a state's soldiers ("North Korean soldiers … in Ukraine war"), not arms a state
    supplied ("US-supplied missiles") nor a state's arms ("Russian drones … over Poland"),
    not a state's voice before a colon ("Kremlin: London must…"; ``title_tokens`` tell)
    nor a statement verb after two states not both at war (maybe a watched state's voice
    on others), nor three states (maybe one's voice on the other two), nor two states not
    both at war with a pledge (maybe aid), so that the story is out if the summary names
    no bloc either (it is then no teaser for a bloc story); False otherwise. Exact: the
    full reading could only find less, never more.
    """
    leaders: set[str] = set()
    states: set[str] = set()
    spoken = False  # a statement verb after a state: "Kremlin says …"
    offices: list[int] = []  # where the offices named without a name are
    named: list[tuple[int, int, tuple[str, ...]]] = []  # states not named by a leader
    hit: Digest  # typed, so that compiled code reads its fields directly
    for start, end, hit in title_hits:
        if hit.rules_in:  # an alignment cue, an event trigger or a bloc
            return False
        if hit.states:
            after = title_tokens[end].lower() if end < len(title_tokens) else ""
            if after and (
                after in SUPPLIED or after == COLON or after in TROOPS or after in HARDWARE_KINDS
                or after.startswith(HARDWARE)
            ):
                # maybe arms supplied, a state's voice, its soldiers in the war or its arms
                # with a third state (feeds/reading.py)
                return False
            if start and title_tokens[start - 1].lower().startswith(RENT):
                return False  # «аренда Байконура»: a site leased, between states
            if spoken and not states.issuperset(hit.states) and not (
                states.union(hit.states) <= WARRING
            ):
                return False  # "… says … U.S.": maybe one state's voice on another
            states.update(hit.states)
            if hit.leader:
                leaders.update(hit.states)
            else:
                named.append((start, end, hit.states))
        elif hit.leader:
            offices += (start - 1, start, end, end + 1)
        if hit.statement and states:
            spoken = True
    if not states:
        return True
    # an office next to a state makes it a leader ("Italian President", «лидера Китая»;
    # feeds/reading.py): a word either side, generously, so the glance never finds less
    by_office: list[tuple[int, int]] = []
    for start, end, codes in named if offices else ():
        if start in offices or end in offices:
            leaders.update(codes)
            by_office.append((start, end))
    for start, end, codes in named if by_office else ():
        # and a state listed with one ("Russian and Ukrainian presidents"): two tokens
        # between them at most, whatever they are
        if any(start - 3 < other_end <= start or end <= other_start < end + 3
               for other_start, other_end in by_office):
            leaders.update(codes)
    if len(leaders) >= 2 or (has_summary and len(states) >= 2 and not states <= WARRING):
        return False
    if leaders and len(states) >= 2 and any(  # a leader sheltered: _sheltered_leader
        token.lower().startswith(ASYLUM) for token in title_tokens
    ):
        return False
    if leaders and len(states) >= 2 and not ABROAD.isdisjoint(title_tokens):
        return False  # maybe a leader abroad, "Orban in Moscow" (feeds/reading.py)
    if len(states) >= 2 and not BEHIND_WORDS.isdisjoint(title_tokens):
        return False  # maybe "Russia behind …, Tusk says" (feeds/reading.py)
    if len(states) >= 3:
        return False  # maybe a state's voice on two others, "… – Hungary" (feeds/reading.py)
    if len(states) >= 2 and not states <= WARRING and any(
        token.lower() in AID | PLEDGES | RECEIVES for token in title_tokens
    ):
        return False  # maybe aid to or from one at war (feeds/reading.py)
    if len(states) >= 2 and not states <= WARRING and title_tokens and (
        not ATTRIBUTION_MARKS.isdisjoint(title_tokens) or title_tokens[0].lower() in LOCATIVE_CASE
    ):
        # maybe a state's voice on another, "Armenia is making a mistake – Moscow",
        # «В Кремле прокомментировали отказ Армении» (feeds/reading.py, _voice_on_another)
        return False
    if spoken and len(states) >= 2 and not states <= WARRING:
        # maybe a watched state's voice on states not watched, "…, Russian official
        # claims" (feeds/reading.py, watched_voice)
        return False
    return None


def explain(
    reading: Reading, assessment: Assessment, more: tuple[object, ...]
) -> tuple[str, ...]:
    """The evidence, one line each: parties, cues, domestic cues, the rule, ``more`` (the
    second opinion, the event), score."""
    lines = reading.explain_parties()
    for kind, cues in (
        ("alignment", assessment.title_cues),
        ("alignment in summary", assessment.summary_cues),
        ("domestic", assessment.title_negatives),
        ("domestic in summary", assessment.summary_negatives),
    ):
        said: set[tuple[str, int]] = set()  # one line per phrase: the first label it has
        for label, _, phrase, start in cues:
            if (phrase, start) not in said:
                said.add((phrase, start))
                lines.append(f"{kind} ({label}): '{phrase}'")
    if assessment.objection:
        lines.append(assessment.objection)
    lines.extend(map(str, more))
    reached = assessment.score >= assessment.threshold
    score = f"score {assessment.score:.2f} {'≥' if reached else '<'} {assessment.threshold:g}"
    if reached and not assessment.relevant:  # not "1.60 < 1": the score was not the reason
        score += f", but {assessment.objection}"
    lines.append(score)
    return tuple(lines)
