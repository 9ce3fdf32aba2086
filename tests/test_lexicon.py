"""The token lexicon: how phrases meet the words of a text."""

from __future__ import annotations

import pytest

from feeds.lexicon import Lexicon


def _found(lexicon: Lexicon, text: str) -> list[str]:
    tokens = lexicon.tokens(text)
    return [" ".join(tokens[start:end]) for start, end, _ in lexicon.scan(tokens)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Russian writes "ё" or "е" as the writer pleases: one letter to the lexicon
        ("Казахстан стал страной-партнёром БРИКС", ["страной партнёром"]),
        ("Казахстан стал страной-партнером БРИКС", ["страной партнером"]),
    ],
)
def test_yo_in_the_text_meets_ye_in_the_phrase(text: str, found: list[str]) -> None:
    lexicon = Lexicon()
    lexicon.add("стран* партнер*", "membership")
    assert _found(lexicon, text) == found


def test_yo_in_the_phrase_meets_ye_in_the_text() -> None:
    lexicon = Lexicon()
    lexicon.add("продлён*", "extend")
    assert _found(lexicon, "Договор продлен до 2030 года") == ["продлен"]
    assert _found(lexicon, "Договор продлён до 2030 года") == ["продлён"]


@pytest.mark.parametrize(
    "text", ["Узбекистан стал ещё одной страной", "Узбекистан стал еще одной страной"]
)
def test_yo_in_a_later_word_of_a_phrase(text: str) -> None:
    lexicon = Lexicon()
    lexicon.add("стал еще одной", "again")  # three words: the next word's letters are checked
    assert len(_found(lexicon, text)) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Uzbekistan to become EAEU member", ["become EAEU member"]),
        # an article or a possessive is no word of its own in a gap
        ("Uzbekistan to become a full EAEU member", ["become a full EAEU member"]),
        ("Georgia puts its EU talks on hold", ["puts its EU talks on hold"]),
        # but three words are more than a gap
        ("Uzbekistan to become one more EAEU member", []),
    ],
)
def test_a_gap_skips_two_words_and_any_articles(text: str, found: list[str]) -> None:
    lexicon = Lexicon()
    lexicon.add("become ~ member", "join")
    lexicon.add("puts ~ on hold", "suspend")
    assert _found(lexicon, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a feed's markup tag is no word of the story
        ("[@click=app.quit]Click here[/] for tariffs", []),
        ("[link=https://x.test/quit]Read[/link] more", []),
        ("[url=quit]x[/url]", []),
        # an editor's bracket is a word
        ("[quit] the bloc", ["quit"]),
        ("They quit [the bloc]", ["quit"]),
    ],
)
def test_markup_tags_are_not_words(text: str, found: list[str]) -> None:
    lexicon = Lexicon()
    lexicon.add("quit", "withdraw")
    assert _found(lexicon, text) == found
