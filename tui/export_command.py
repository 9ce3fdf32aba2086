"""``blocwatch export``: kept headlines with their tags, as CSV, JSON or a Markdown brief."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from store.db import open_db
from store.errors import InputError
from store.filters import HeadlineFilter, parse_filter
from store.paths import Paths
from store.queries import article_detail, get_country, headlines

FIELDS = ("published", "source", "title", "url", "countries", "orgs", "events", "score")


def _rows(paths: Paths, args: argparse.Namespace) -> tuple[list[dict[str, Any]], str]:
    query_text = f"since:{args.since or '7d'}"
    if args.country:
        query_text += f" country:{args.country}"
    query: HeadlineFilter = parse_filter(query_text)
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    db = open_db(paths.db, readonly=True)
    try:
        title = "All watched countries"
        if args.country:
            title = get_country(db, args.country).name
        rows = []
        for headline in headlines(db, query, limit=args.limit):
            detail = article_detail(db, headline.id)
            if detail is None:
                continue
            rows.append(
                {
                    "published": headline.published,
                    "source": headline.source,
                    "title": headline.title,
                    "url": headline.url or "",
                    "countries": list(detail.countries),
                    "orgs": list(detail.orgs),
                    "events": [f"{event['kind']}:{event['modality']}" for event in detail.events],
                    "score": round(headline.score, 2),
                    "summary": detail.summary,
                }
            )
    finally:
        db.close()
    return rows, title


def _csv_cell(text: str) -> str:
    """Feed text must not become a spreadsheet formula when the CSV is opened."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("|", "\\|")


def export_command(paths: Paths, args: argparse.Namespace) -> int:
    rows, title = _rows(paths, args)
    out = sys.stdout
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for row in rows:
            writer.writerow(
                [
                    row["published"],
                    _csv_cell(row["source"]),
                    _csv_cell(row["title"]),
                    row["url"],
                    ";".join(row["countries"]),
                    ";".join(row["orgs"]),
                    ";".join(row["events"]),
                    row["score"],
                ]
            )
    else:
        out.write(f"# {title}: headlines since {args.since or '7d'}\n\n")
        if not rows:
            out.write("No headlines in this period.\n")
        for row in rows:
            tags = ", ".join(row["countries"] + row["orgs"])
            url = row["url"].replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            link = (
                f"[{_markdown_cell(row['title'])}]({url})" if url else _markdown_cell(row["title"])
            )
            out.write(
                f"- {row['published'][:10]} · {_markdown_cell(row['source'])} · {link}"
                + (f" — {tags}" if tags else "")
                + "\n"
            )
    return 0
