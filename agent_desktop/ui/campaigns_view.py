"""The Campaigns tab (supervisors only): customers from a CSV file into a dialer queue, and my
queues with their controls.

``CampaignsView(campaigns)`` stacks ``CampaignImport`` (open a file, map columns, preview and
check every row, send as an autodialer or autocall queue) above ``CampaignQueues`` (the queues I
created, remembered, with start / stop / delete and a do-not-call list) in a splitter. A line at
the top says why nothing can be sent when the account is not a supervisor. ``import_file(path)``
and ``send()`` let tests and the app drive it without a file dialog. Nothing here talks HTTP.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ..core.campaigns import Campaigns
from .campaign_import_view import CampaignImport
from .campaign_queues import CampaignQueues

__all__ = ["CampaignsView"]


class CampaignsView(QWidget):
    """The supervisor's dialer campaigns: import and send, then watch and control the queues."""

    def __init__(self, campaigns: Campaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsView")
        self.campaigns = campaigns
        self.notice = QLabel()
        self.notice.setObjectName("campaignsNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#campaignsNotice { background: #fef7e0; color: #7a4f01;"
                                  " border: 1px solid #f6dd9a; border-radius: 5px;"
                                  " padding: 4px 8px; }")
        self.importer = CampaignImport(campaigns)
        self.queues = CampaignQueues(campaigns)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("campaignsSplitter")
        self.splitter.addWidget(self.importer)
        self.splitter.addWidget(self.queues)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        campaigns.session.loggedIn.connect(lambda _info: self.refresh())
        campaigns.session.loggedOut.connect(self.refresh)
        self.refresh()

    def import_file(self, path: Path | str) -> bool:
        """Open a CSV file of customers into the preview (no dialog)."""
        return self.importer.import_file(path)

    def send(self) -> bool:
        """Send the preview's ready rows with the form's settings (as the Send button does)."""
        return self.importer.send()

    def refresh(self) -> None:
        """Say why nothing can be sent (not a supervisor, logged out), and update the buttons."""
        reason = self.campaigns.refusal()
        self.notice.setText(reason)
        self.notice.setVisible(bool(reason))
        self.importer.retranslate()
        self.queues.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
