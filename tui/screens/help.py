"""``?``: every key, in one place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """\
[b]Countries and headlines[/b]
  c          find a country: the list narrows as you type (English or Russian name,
             or code); ↑ ↓ move among the matches, Enter shows it, Escape cancels
  ↑ ↓  j k   move in the focused list;  Tab / Shift+Tab move between panes
  Enter      open the selected headline (summary, link, tags, why it was kept)
  o          open the selected headline's link in the browser
  h          show or hide past membership periods
  /          filter headlines: words (full-text, Russian endings match), plus
             country:UZ  org:CSTO  source:tass  since:7d  event:sign  (country:all for all)
  Escape     clear the filter

[b]Views[/b]
  m          alignment matrix: countries × blocs
  v          review queue: detected events to accept or reject
  r          poll the feeds now (progress in the status bar)
  Ctrl+P     command palette (every action)
  ?          this help;  q  quit

[b]Review queue[/b]
  a / Enter  accept the event (confirm the change it makes)
  x          reject the event
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(KEYS)

    def action_close(self) -> None:
        self.dismiss(None)
