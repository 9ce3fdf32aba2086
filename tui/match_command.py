"""``blocwatch match``: the analyst's "why would this be kept?" tool, one headline a line."""

from __future__ import annotations

import json
import sys

from feeds.match import default_matcher
from feeds.story_line import split_story_line
from feeds.text import SUMMARY_MAX, TITLE_MAX, clean_text
from store.config import Settings


def match_command(settings: Settings, *, as_json: bool) -> int:
    matcher = default_matcher(settings.watched, settings.threshold, learned=settings.learned)
    for raw in sys.stdin:  # one answer a line, a blank line too: outputs pair with inputs
        # cleaned as a poll cleans a feed's title and summary: markup, entities, controls
        # (the newline off first: most lines then pass as clean without a regex pass)
        line = clean_text(raw.rstrip("\n"), limit=TITLE_MAX + SUMMARY_MAX)
        title, summary = split_story_line(line)
        verdict = matcher.classify(
            clean_text(title, limit=TITLE_MAX), clean_text(summary, limit=SUMMARY_MAX)
        )
        if as_json:
            print(json.dumps(verdict.as_json(), ensure_ascii=False), flush=True)
            continue
        mark = "KEEP" if verdict.relevant else "drop"
        tags = " ".join([*verdict.countries, *verdict.orgs]) or "-"
        events = ", ".join(f"{event.kind}({event.modality})" for event in verdict.events) or "-"
        print(
            f"{mark} {verdict.score:4.1f}  [{tags}]  events: {events}  why: "
            f"{'; '.join(verdict.why) or '-'}",
            flush=True,
        )
    return 0
