"""Vocabulary of alignment topics, event kinds and modality, in English and Russian.

Kept apart from the matching code so the word lists can grow without touching the logic.
Russian entries are stems: the matcher lets them take an inflectional ending.
"""

from __future__ import annotations

import re

TOPIC_EN = (
    "treaty",
    "treaties",
    "agreement",
    "agreements",
    "accord",
    "pact",
    "partnership",
    "alliance",
    "allied",
    "ally",
    "allies",
    "summit",
    "talks",
    "state visit",
    "visit",
    "sanctions",
    "exercise",
    "exercises",
    "drills",
    "military base",
    "base",
    "troops",
    "membership",
    "member",
    "join",
    "joins",
    "joined",
    "accession",
    "observer",
    "withdraw",
    "withdraws",
    "withdrawal",
    "suspend",
    "suspends",
    "freeze",
    "froze",
    "frozen",
    "ratify",
    "ratifies",
    "ratified",
    "sign",
    "signs",
    "signed",
    "deal",
    "memorandum",
    "roadmap",
    "cooperation",
    "ambassador",
    "foreign minister",
    "defense minister",
    "defence minister",
    "trade",
    "gas",
    "pipeline",
    "transit",
    "customs",
    "tariffs",
    "arms",
    "weapons",
    "mercenaries",
    "diplomatic",
    "relations",
    "bloc",
    "union",
    "strategic",
)
TOPIC_RU = (
    "договор",
    "соглашени",
    "пакт",
    "партнерств",
    "партнёрств",
    "союз",
    "саммит",
    "переговор",
    "визит",
    "санкци",
    "учени",
    "военн баз",
    "баз",
    "войск",
    "членств",
    "вступ",
    "присоедин",
    "наблюдател",
    "выход",
    "вышл",
    "приостанов",
    "заморо",
    "ратифи",
    "подписа",
    "меморандум",
    "дорожн карт",
    "сотрудничеств",
    "посол",
    "посл",
    "министр иностранных дел",
    "министр обороны",
    "глав мид",
    "торгов",
    "газ",
    "газопровод",
    "транзит",
    "таможен",
    "пошлин",
    "вооружени",
    "оружи",
    "наемник",
    "наёмник",
    "дипломатическ",
    "отношени",
    "блок",
    "стратегическ",
)

_FLAGS = re.IGNORECASE
EVENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ratify", re.compile(r"\bratif\w*|ратифи\w*", _FLAGS)),
    (
        "withdraw",
        re.compile(
            r"\bwithdr[ae]w\w*|\bleav(?:e|es|ing)\b|\bquit\w*|\bexit\w*|"
            r"\bdenounc\w*|выход\w*|выйти|вышл\w*|денонс\w*",
            _FLAGS,
        ),
    ),
    ("suspend", re.compile(r"\bsuspen\w*|\bfr[oe]ez\w*|\bfrozen\b|приостанов\w*|замор\w*", _FLAGS)),
    ("extend", re.compile(r"\bextend\w*|\bextension\b|\bprolong\w*|продл\w*|пролонг\w*", _FLAGS)),
    ("apply", re.compile(r"\bappl(?:y|ies|ied|ication)\b|\bbid\b|заявк\w*", _FLAGS)),
    (
        "join",
        re.compile(
            r"\bjoin(?:s|ed|ing)?\b|\baccession\b|\baccede\w*|\bobserver status|"
            r"вступ\w*|присоедин\w*|статус наблюдател\w*",
            _FLAGS,
        ),
    ),
    ("sign", re.compile(r"\bsign(?:s|ed|ing)?\b|подпис\w*", _FLAGS)),
    ("exercise", re.compile(r"\bexercise\w*|\bdrills?\b|\bwar ?games\b|учени\w*", _FLAGS)),
    (
        "summit",
        re.compile(
            r"\bsummit\w*|\bstate visit\b|\btalks\b|саммит\w*|переговор\w*|"
            r"визит\w*",
            _FLAGS,
        ),
    ),
)
MODALITY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hypothetical",
        re.compile(
            r"\b(?:may|might|could|would|considers?|considering|mulls?|weighs?|if)\b|"
            r"(?:может|могут|мог\w*|рассматрива\w*|не исключ\w*|возможн\w*)",
            _FLAGS,
        ),
    ),
    (
        "future",
        re.compile(
            r"\b(?:will|plans?|planned|plans to|to sign|to join|intends?|set to|ahead of|next|"
            r"upcoming|expected to|scheduled)\b|(?:планиру\w*|намер\w*|собира\w*|пройд[её]т|"
            r"будет|будут|предстоя\w*|обсудят|подпишут|проведут)",
            _FLAGS,
        ),
    ),
)
