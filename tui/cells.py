"""Table cells as Rich ``Text``: feed text is never parsed as markup, statuses get colour."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from store.queries import Agreement, Membership

STATUS_STYLES = {
    "member": "bold green",
    "observer": "cyan",
    "partner": "blue",
    "associate": "blue",
    "candidate": "yellow",
    "suspended": "bold magenta",
    "withdrawn": "red",
    "active": "green",
    "pending": "yellow",
    "expired": "dim",
    "terminated": "dim red",
}


def plain(text: str | None, style: str = "") -> Text:
    """Untrusted text as a cell: shown literally, whatever brackets it contains."""
    return Text(text or "", style=style, no_wrap=True, overflow="ellipsis")


def status_cell(status: str) -> Text:
    return Text(status, style=STATUS_STYLES.get(status, ""))


def period(since: str | None, until: str | None) -> str:
    return f"{since or '?'} – {until or ''}".rstrip()


def membership_cells(membership: Membership) -> tuple[Text, Text, Text]:
    return (
        Text(membership.org, style="bold"),
        status_cell(membership.status),
        plain(period(membership.since, membership.until)),
    )


def agreement_cells(agreement: Agreement, country: str, today: date) -> tuple[Text, ...]:
    """Partners, kind, term, name; ending within a year highlighted, expired dimmed."""
    status = agreement.status_for(country, today)
    partners = [party for party in agreement.current_parties(today) if party != country]
    if agreement.org:
        partners.append(agreement.org)
    start = (agreement.signed or agreement.in_force_from or "?")[:4]
    term = f"{start}→{agreement.until or 'open'}"
    style = ""
    if status in ("expired", "terminated", "left"):
        style = "dim"
    elif agreement.ends_within(today, 365):
        style = "bold yellow"
    if status == "left":
        status = f"left {agreement.left_by(country, today)}"[:9]  # "left 1999"
    return (
        plain(", ".join(partners) or "—", style),
        plain(term, style),
        plain(agreement.name, style),
        Text(status, style=style if style else STATUS_STYLES.get(status, "")),
        plain(agreement.kind, style),
    )


def published_day(timestamp: str) -> str:
    return timestamp[:10]
