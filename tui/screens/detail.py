"""A headline in full: title, source, date, summary, link, countries, blocs, events, why."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from store.queries import ArticleDetail


def _line(label: str, value: str) -> Content:
    return Content.from_markup("[b]$label[/b]  $value", label=label, value=value)


class DetailScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("o", "open_link", "Open link"),
    ]

    def __init__(self, detail: ArticleDetail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        detail = self.detail
        headline = detail.headline
        events = "; ".join(
            f"{event['kind']} ({event['modality']}) "
            f"{'/'.join(event['countries'])}{' · ' + event['org'] if event['org'] else ''} "
            f"[{event['status']}]"
            for event in detail.events
        )
        with VerticalScroll(id="detail"):
            yield Static(headline.title, id="detail-title", markup=False)
            yield Static(_line("Source", ", ".join(detail.sources) or headline.source))
            yield Static(
                _line("Published", headline.published.replace("T", " ").replace("Z", " UTC"))
            )
            yield Static(_line("Link", headline.url or "—"), id="detail-link")
            yield Static(_line("Countries", ", ".join(detail.countries) or "—"))
            yield Static(_line("Blocs", ", ".join(detail.orgs) or "—"))
            yield Static(_line("Events", events or "—"))
            yield Static(_line("Score", f"{headline.score:.2f}"))
            yield Static("Summary", classes="pane-title")
            yield Static(detail.summary or "(no summary)", id="detail-summary", markup=False)
            yield Static("Why it was kept", classes="pane-title")
            yield Static(
                "\n".join(detail.why) or "kept because its feed keeps everything",
                id="detail-why",
                markup=False,
            )
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_open_link(self) -> None:
        if self.detail.headline.url:
            self.app.open_url(self.detail.headline.url)
            self.notify(f"opening {self.detail.headline.url}", markup=False)
