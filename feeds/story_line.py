"""One line of ``blocwatch match`` input back into a title and a summary.

The line is "a title, optionally followed by '. ' and the summary". Cutting at the first
". " is wrong for about one real story in seven, and the matcher reads a title and a
summary differently, so a wrong cut costs recall: "U.S. Sanctions …" loses its subject,
"Lukashenko, Putin To Hold Meeting In St. Petersburg" its place, a feed whose summary
repeats its title gets half the title, and «Цитата». Как … keeps only the quotation. The
cut skips a full stop that ends no sentence, and prefers the cut that a repeated title or
a headline's two-part form points to.
"""

from __future__ import annotations

import re

SEPARATOR = ". "
# A title's last word before a full stop that ends no sentence: "U.S.", "St.", "Jan.",
# «5 млрд. рублей». Initials ("S. Korea", "А. Лукашенко") are single letters.
ABBREVIATIONS = frozenset({
    "st", "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "gen", "lt", "col", "sgt", "pres", "gov", "sen", "rep", "vs",
    "inc", "co", "corp", "ltd", "jr", "sr", "prof", "rev", "adm", "maj", "capt", "cmdr",
    "approx", "est", "mt", "г", "гг", "им", "ул", "др", "пр", "тыс", "млн", "млрд", "трлн",
    "руб", "долл", "чел", "проф", "акад", "ген", "св", "обл", "респ"
})
# before a number only: "No. 1", but "Armenia Says No. Yerevan …" ends its title
NUMBERING = frozenset({"no", "nos", "vol", "art", "ст", "п", "ч"})
DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "U.S", "т.е" before the final stop
QUOTES_OPEN = "«\"“„'"
QUOTES_CLOSE = "»\"”'"
OPENING = QUOTES_OPEN + "("  # what may stand before a sentence's first letter
# A headline's second sentence that asks what the first announces: "Период шоков. Как …",
# "EU flights and transit ban. What Minsk may face …"
QUESTION_WORDS = frozenset({
    "как", "почему", "что", "чем", "чего", "кто", "зачем", "куда", "откуда", "где", "когда",
    "сколько", "какой", "какая", "какие", "каким", "какую", "каких", "чему", "кому", "how",
    "why", "what", "who", "where", "when"
})
# "Как сообщает ТАСС, …", "Как стало известно, …": a summary's opening, not a question
REPORTING = ("сообщ", "переда", "стало", "заяв", "отмет", "пиш", "писал", "говор", "сказал",
             "извест", "уже", "указ", "рассказ", "подчеркн", "утвержда", "следует", "выясн",
             "поясн", "напомн", "узнал")
TWO_PART_LIMIT = 200  # characters: longer than any two-part headline
WORD_REACH = 64  # characters before a full stop searched for its word; longer: the whole


def join_story_line(title: str, summary: str) -> str:
    """The line ``blocwatch match`` reads for a story: ``title. summary``, or the title."""
    return f"{title}{SEPARATOR}{summary}" if summary else title


def split_story_line(line: str) -> tuple[str, str]:
    """(title, summary) of ``title. summary``, or (line, "") when no cut is a sentence end."""
    cuts = _sentence_cuts(line)
    if not cuts:
        return line, ""
    for cut in cuts:  # a feed that repeats the title as the summary: "T. T"
        title = line[:cut]
        if len(title) >= 12 and line.startswith(title, cut + len(SEPARATOR)):
            return title, line[cut + len(SEPARATOR):]
    first = cuts[0]
    if len(cuts) > 1:  # "A. Как B. summary" and «Цитата». B. summary: A and B are the title
        second = cuts[1]
        part = line[first + len(SEPARATOR):second]
        if second <= TWO_PART_LIMIT and (_asks(part) or _quoted(line[:first])):
            return line[:second], line[second + len(SEPARATOR):]
    elif _quoted(line[:first]) and len(line) <= TWO_PART_LIMIT:
        return line, ""  # «Цитата». Who said it: one headline, no summary
    return line[:first], line[first + len(SEPARATOR):]


def _sentence_cuts(line: str) -> list[int]:
    """Where ". " may end the title: not after an abbreviation or an initial, and (when the
    line is written with capitals) not before a lower-case word.

    Indices rather than slices: a long summary has many ". ", and copying the line's two
    halves at each one cost more than the rest of the cut.
    """
    capitals = not line[:1].isalpha() or line[:1].isupper()
    text_from = len(line) - len(line.lstrip())  # a title must hold more than spaces
    cuts = []
    start = line.find(SEPARATOR)
    while start != -1:
        after = start + len(SEPARATOR)
        if start > text_from and not _abbreviated(line, start, after) and not (
            capitals and _starts_lower(line, after)
        ):
            cuts.append(start)
        start = line.find(SEPARATOR, start + 1)
    return cuts


def _starts_lower(line: str, at: int) -> bool:
    """Whether the sentence from ``at`` starts with a lower-case letter (past quotes and
    brackets)."""
    while at < len(line) and line[at] in OPENING:
        at += 1
    return line[at:at + 1].islower()


def _abbreviated(line: str, end: int, after: int) -> bool:
    """Whether the word before the full stop at ``end`` is an abbreviation or an initial."""
    parts = line[max(0, end - WORD_REACH):end].rsplit(None, 1)
    word = parts[-1] if len(parts) == 2 or end <= WORD_REACH else line[:end].rsplit(None, 1)[-1]
    word = word.lstrip(OPENING)
    if len(word) == 1 and word.isupper():
        return True  # an initial
    word = word.lower()
    if word in NUMBERING:
        return line[after:after + 1].isdigit()
    return word in ABBREVIATIONS or DOTTED.fullmatch(word) is not None


def _asks(part: str) -> bool:
    words = part.split(None, 5)
    if not words:
        return False
    head = words[0].lower()
    if head == "к" and len(words) > 1:  # «К чему приведут …»
        head = words[1].lower()
    if head not in QUESTION_WORDS:
        return False
    if len(words) > 1 and words[1].lower().startswith(REPORTING):
        return False
    return "," not in " ".join(words[:5])


def _quoted(part: str) -> bool:
    return len(part) > 2 and part[0] in QUOTES_OPEN and part[-1] in QUOTES_CLOSE
