"""``blocwatch match``: the analyst's "why would this be kept?" tool, one headline a line."""

from __future__ import annotations

import json
import sys

from feeds.match import default_matcher
from feeds.story_line import split_story_line
from store.config import Settings


def match_command(settings: Settings, *, as_json: bool) -> int:
    matcher = default_matcher(settings.watched, settings.threshold, learned=settings.learned)
    for raw in sys.stdin:
        line = raw.strip()
        if not line:
            continue
        verdict = matcher.classify(*split_story_line(line))
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
