"""A Footer that rebuilds its keys only when the keys it would show change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's Footer recomposes (removes and mounts a widget per key) whenever the
    screen's bindings are refreshed: on every focus change and whenever its screen comes
    back from under a modal, even when it would show the same keys. On a small machine
    that costs 100-250 ms of the main thread, which a country switch waited
    behind. Here a refresh that leaves the shown keys as they are is skipped."""

    _shown: object = None  # what the last compose showed

    def _keys(self) -> object:
        """Everything compose() reads from the screen's active bindings."""
        active = self.screen.active_bindings
        shown = tuple(
            (binding, self.app.get_key_display(binding), enabled, tooltip)
            for (_, binding, enabled, tooltip) in active.values()
            if binding.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return (
            shown,
            palette and palette[1:],
            self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE,
        )

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:  # type: ignore[type-arg]
        if (
            self._bindings_ready
            and self.is_attached
            and screen is self.screen
            and self._keys() == self._shown
        ):
            return
        super().bindings_changed(screen)
