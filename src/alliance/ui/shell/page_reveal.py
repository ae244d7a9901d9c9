"""Opening a client's page: the page comes on screen once it holds that client, so it is laid out and painted
once, whole; a read that takes longer than a moment shows the page at once, with "Loading…" in it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStackedWidget

from alliance.ui.client.client_page import ClientPage

# Longer than the read of a long client history takes on a slow machine, short enough to feel immediate.
REVEAL_AFTER_MS = 150


class ClientPageReveal(QObject):
    """Puts ``page`` on top of ``pages`` when it has loaded the client asked for, or after REVEAL_AFTER_MS."""

    def __init__(self, pages: QStackedWidget, page: ClientPage) -> None:
        super().__init__(pages)
        self._pages, self._page = pages, page
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVEAL_AFTER_MS)
        self._timer.timeout.connect(self.reveal)
        self.pending = False
        page.loaded.connect(self._loaded)
        page.gone.connect(self.cancel)

    def after_load(self) -> None:
        """The page was asked for a client: show it now if it holds that client already, else once it does."""
        shown = self._page.page
        if self._pages.currentWidget() is self._page or (shown is not None
                                                          and shown.client.id == self._page.client_id):
            self.reveal()
            return
        self.pending = True
        self._timer.start()

    def reveal(self) -> None:
        self.cancel()
        self._pages.setCurrentWidget(self._page)
        self._page.sessions.setFocus()

    def cancel(self) -> None:
        """Another page was asked for meanwhile, or the client is gone."""
        self.pending = False
        self._timer.stop()

    def _loaded(self) -> None:
        if self.pending:  # the page lays itself out on screen right after this (ClientPage.settle)
            self.reveal()
