"""The second labeler's files (tests/data/AGREEMENT.md) label the same items as the first.

bench/agreement.py scores the two labelers and the matcher against each other by id: an
item missing, out of order or with a code no labeler can use would skew the figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from feeds.events import TRIGGERS
from store.reference import read_orgs

DATA = Path(__file__).parent / "data"
SAMPLES = [
    ("agreement_relevance", ("relevance_dev7", "relevance_dev8")),
    ("agreement_events", ("events_dev4", "events_dev5")),
]
MODALITIES = {"fact", "future", "hypothetical"}


def rows(stem: str) -> list[dict[str, Any]]:
    text = (DATA / f"{stem}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


@pytest.mark.parametrize(("second", "firsts"), SAMPLES)
def test_second_labels_cover_the_first_files_item_by_item(
    second: str, firsts: tuple[str, ...]
) -> None:
    first_ids = [row["id"] for stem in firsts for row in rows(stem)]
    assert [row["id"] for row in rows(second)] == first_ids


@pytest.mark.parametrize(("second", "firsts"), SAMPLES)
def test_second_labels_use_the_guidelines_codes(second: str, firsts: tuple[str, ...]) -> None:
    blocs = set(read_orgs())
    for row in rows(second):
        assert isinstance(row["relevant"], bool), row["id"]
        assert all(len(code) == 2 and code.isupper() for code in row["countries"]), row["id"]
        assert set(row["orgs"]) <= blocs, row["id"]
        event = row["event"]
        if not row["relevant"]:
            assert (row["countries"], row["orgs"], event) == ([], [], None), row["id"]
        if event:
            assert event["kind"] in TRIGGERS and event["modality"] in MODALITIES, row["id"]
            assert set(event["countries"]) <= set(row["countries"]), row["id"]
            assert event["org"] is None or event["org"] in row["orgs"], row["id"]
