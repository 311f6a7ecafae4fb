"""The supervisor's wallboard: big tiles for the live counters and today's numbers, and two charts.

``WallboardView`` shows what ``core.wallboard.Wallboard`` computes: ten tiles (active, ringing,
talking, on hold, inbound / outbound, longest ring, longest talk, calls today, answer rate today,
average talk today) that turn amber or red past thresholds, calls per hour as stacked bars and the
answer rate as a ring. "Large" scales everything up for a wall screen (×2 from a 1920 × 1080 view,
less on a smaller one, so it always fits); F11 goes full screen in large mode and back (Esc leaves
too). It draws on its own light background whatever the desktop theme.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.plain_text import isolate
from ..core.wallboard import DayStats, LiveCounters, Wallboard
from .charts import INK, INK_SOFT, AnswerRateGauge, HourlyChart
from .wallboard_tiles import (
    DAY_ACCENT,
    LIVE_ACCENT,
    Thresholds,
    Tile,
    Tone,
    duration_text,
    tone_for,
)

__all__ = ["LARGE_BASE", "LARGE_SCALE", "Thresholds", "Tile", "Tone", "WallboardView"]

LARGE_SCALE = 2.0
LARGE_BASE = QSize(960, 540)  # a view this size, times LARGE_SCALE, gets the full scale
COMPACT_BELOW = 600  # a view less high than this (a small window) gets compact tiles
BACKGROUND = QColor("#f1f3f4")

DAY_TILES = ("calls_today", "answer_rate", "average_talk")
TILE_ROWS = (
    ("active", "ringing", "talking", "on_hold", "directions"),
    ("longest_ring", "longest_talk", "calls_today", "answer_rate", "average_talk"),
)


class WallboardView(QWidget):
    """The wallboard page. Give it a ``Wallboard`` (or call the ``set_*`` methods yourself)."""

    def __init__(self, wallboard: Wallboard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallboard")
        self.wallboard: Wallboard | None = None
        self.thresholds = Thresholds()
        self.scale = 1.0
        self.counters = LiveCounters()
        self.stats: DayStats | None = None
        self.as_of: datetime | None = None
        self.failure = ""
        self.loading = False  # a load of the day's numbers is under way
        self._large = False
        self._compact = False
        self._went_full_screen = False
        self._was_large = False
        self._was_maximized = False

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the board, then F11

        self.heading = QLabel()
        self.heading.setObjectName("wallboardHeading")
        self.status = QLabel()
        self.status.setObjectName("wallboardStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.large_button = QPushButton()
        self.large_button.setObjectName("wallboardLarge")
        self.large_button.setCheckable(True)
        self.large_button.toggled.connect(self.set_large)
        self.full_button = QPushButton()
        self.full_button.setObjectName("wallboardFullScreen")
        self.full_button.clicked.connect(self.toggle_full_screen)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(16)
        header.addWidget(self.status, 1)
        header.addWidget(self.large_button)
        header.addWidget(self.full_button)

        self.tiles: dict[str, Tile] = {}
        self.grid = QGridLayout()
        for row, keys in enumerate(TILE_ROWS):
            for column, key in enumerate(keys):
                tile = Tile(key, DAY_ACCENT if key in DAY_TILES else LIVE_ACCENT)
                self.tiles[key] = tile
                self.grid.addWidget(tile, row, column)
        for tile in self.tiles.values():
            tile.peers = list(self.tiles.values())
        for column in range(len(TILE_ROWS[0])):
            self.grid.setColumnStretch(column, 1)

        self.hourly = HourlyChart()
        self.gauge = AnswerRateGauge()
        self.charts = QHBoxLayout()
        self.charts.addWidget(self.hourly, 3)
        self.charts.addWidget(self.gauge, 1)

        self.main = QVBoxLayout(self)
        self.main.addLayout(header)
        self.main.addLayout(self.grid)
        self.main.addLayout(self.charts, 1)
        self._apply_scale()
        self._retranslate_ui()
        if wallboard is not None:
            self.bind(wallboard)

    # --- feeding --------------------------------------------------------------------------------

    def bind(self, wallboard: Wallboard) -> None:
        """Follow ``wallboard``'s signals (once; the view lives as long as the wallboard)."""
        self.wallboard = wallboard
        wallboard.countersChanged.connect(self.set_counters)
        wallboard.statsChanged.connect(self._stats_changed)
        wallboard.statsFailed.connect(self.set_failure)
        wallboard.cleared.connect(self.clear)
        wallboard.loadingChanged.connect(self._loading_changed)
        self.set_counters(wallboard.counters)
        if wallboard.stats is not None:
            self.set_stats(wallboard.stats, wallboard.stats_loaded_at)

    def _loading_changed(self, loading: bool) -> None:
        self.loading = loading
        self._show_status()

    def _stats_changed(self, stats: DayStats) -> None:
        self.set_stats(stats, self.wallboard.stats_loaded_at if self.wallboard else None)

    def set_counters(self, counters: LiveCounters) -> None:
        self.counters = counters
        self._show_counters()

    def set_stats(self, stats: DayStats, as_of: datetime | None = None) -> None:
        self.stats, self.as_of, self.failure = stats, as_of, ""
        self.hourly.set_data(stats.per_hour, as_of.hour if as_of is not None
                             and as_of.date() == stats.day else None)
        self.gauge.set_data(stats.answered, stats.rated)
        self._show_stats()

    def set_failure(self, message: str) -> None:
        """A load failed: say so; the last numbers stay."""
        self.failure = message
        self._show_status()

    def clear(self) -> None:
        self.counters, self.stats, self.as_of, self.failure = LiveCounters(), None, None, ""
        self.hourly.set_data({})
        self.gauge.set_data(0, 0)
        self._show_counters()
        self._show_stats()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        self.gauge.warn_below, self.gauge.alarm_below = thresholds.rate_warn, thresholds.rate_alarm
        self._show_counters()
        self._show_stats()

    def set_long_call_minutes(self, minutes: float) -> None:
        """The supervisor's long-call setting: longest talk turns amber past it, red past twice."""
        seconds = round(minutes * 60)
        t = self.thresholds
        self.set_thresholds(Thresholds(t.ring_warn, t.ring_alarm, seconds, 2 * seconds,
                                       t.rate_warn, t.rate_alarm))

    # --- showing --------------------------------------------------------------------------------

    def _show_counters(self) -> None:
        c, t, tile = self.counters, self.thresholds, self.tiles
        tile["active"].set_value(str(c.active), self.tr("%n internal", "", c.internal)
                                 if c.internal else self.tr("on the PBX now"))
        tile["ringing"].set_value(str(c.ringing), self.tr("not answered yet"))
        tile["talking"].set_value(str(c.talking), self.tr("in conversation"))
        tile["on_hold"].set_value(str(c.on_hold), self.tr("waiting on hold"))
        tile["directions"].set_value(f"{c.inbound} / {c.outbound}",
                                     self.tr("live calls in / out"))
        ring = c.longest_ring_seconds if c.ringing else None
        tile["longest_ring"].set_value(
            duration_text(ring), self.tr("of calls ringing now") if ring is not None
            else self.tr("no call is ringing"),
            tone_for(ring or 0, t.ring_warn, t.ring_alarm))
        talk = c.longest_talk_seconds if c.talking + c.on_hold else None
        tile["longest_talk"].set_value(
            duration_text(talk), self.tr("of calls in progress") if talk is not None
            else self.tr("nobody is talking"),
            tone_for(talk or 0, t.talk_warn, t.talk_alarm))

    def _show_stats(self) -> None:
        s, t, tile = self.stats, self.thresholds, self.tiles
        if s is None:
            for key in ("calls_today", "answer_rate", "average_talk"):
                tile[key].set_value("—")
            self._show_status()
            return
        tile["calls_today"].set_value(str(s.total), self.tr(
            "{inbound} in · {outbound} out").format(inbound=s.inbound, outbound=s.outbound))
        if s.answer_rate is None:
            tile["answer_rate"].set_value("—", self.tr("no calls yet"))
        else:
            tone = (Tone.ALARM if s.answer_rate < t.rate_alarm
                    else Tone.WARN if s.answer_rate < t.rate_warn else Tone.NONE)
            tile["answer_rate"].set_value(f"{round(s.answer_rate * 100)}%", self.tr(
                "{answered} of {rated} answered").format(answered=s.answered, rated=s.rated),
                tone)
        tile["average_talk"].set_value(duration_text(s.average_talk_seconds),
                                       self.tr("per answered call"))
        self._show_status()

    def _show_status(self) -> None:
        if self.failure:
            text = self.tr("Today's numbers could not be updated: {reason}").format(
                reason=isolate(self.failure[:300]))  # the server's words may be in it
            if self.as_of is not None:
                text += " " + self.tr("(showing {time})").format(time=self.as_of.strftime("%H:%M"))
            colour = "#b3261e"
        elif self.as_of is not None:
            text = self.tr("Today's numbers as of {time}").format(
                time=self.as_of.strftime("%H:%M"))
            colour = INK_SOFT.name()
        elif self.loading:
            text, colour = self.tr("Loading today's numbers…"), INK_SOFT.name()
        else:
            text, colour = "", INK_SOFT.name()
        self.status.setText(text)
        # Qt shows a tooltip that looks like HTML as HTML: the server's words are escaped.
        self.status.setToolTip("<p>" + html.escape(text) + "</p>" if text else "")
        self.status.setStyleSheet(f"color: {colour};")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scale()

    # --- large and full screen ------------------------------------------------------------------

    @property
    def large(self) -> bool:
        return self._large

    def set_large(self, large: bool) -> None:
        """Large mode: everything up to ×2 (×2 from a 1920 × 1080 view), as much as fits."""
        self._large = large
        if self.large_button.isChecked() != large:
            self.large_button.setChecked(large)
        self._update_scale()

    def large_scale(self) -> float:
        """The scale large mode uses at the view's present size."""
        fits = min(self.width() / LARGE_BASE.width(), self.height() / LARGE_BASE.height())
        return round(max(1.0, min(LARGE_SCALE, fits)), 2)

    @property
    def compact(self) -> bool:
        """Short of height (and not large): tiles without their detail line, so the charts keep
        room and the window need not grow."""
        return not self._large and self.height() < COMPACT_BELOW

    def _update_scale(self) -> None:
        scale = self.large_scale() if self._large else 1.0
        if scale != self.scale or self.compact != self._compact:
            self.scale, self._compact = scale, self.compact
            self._apply_scale()

    def _apply_scale(self) -> None:
        s = self.scale
        margin, spacing = (10, 8) if self._compact else (round(16 * s), round(12 * s))
        self.main.setContentsMargins(margin, margin, margin, margin)
        self.main.setSpacing(spacing)
        self.grid.setSpacing(spacing)
        self.charts.setSpacing(spacing)
        base = QFont(self.font())
        heading = QFont(base)
        heading.setPixelSize(round(22 * s))
        heading.setBold(True)
        self.heading.setFont(heading)
        for widget, pixels in ((self.status, 14), (self.large_button, 14),
                               (self.full_button, 14)):
            font = QFont(base)
            font.setPixelSize(round(pixels * s))
            widget.setFont(font)
        for tile in self.tiles.values():
            tile.set_scale(s, self._compact)
        self.hourly.set_scale(s)
        self.gauge.set_scale(s)

    def toggle_full_screen(self) -> None:
        """Full screen in large mode, or back to how it was."""
        window = self.window()
        if window.isFullScreen():
            self.set_large(self._was_large)
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
            self._went_full_screen = False
        else:
            self._was_large, self._was_maximized = self.large, window.isMaximized()
            self._went_full_screen = True
            self.set_large(True)
            window.showFullScreen()
        self._retranslate_ui()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11 or (event.key() == Qt.Key.Key_Escape
                                             and self._went_full_screen
                                             and self.window().isFullScreen()):
            self.toggle_full_screen()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Wallboard"))
        self.large_button.setText(self.tr("Large"))
        self.large_button.setToolTip(self.tr("Bigger numbers and charts for a wall screen"))
        full = self.window().isFullScreen() and self._went_full_screen
        self.full_button.setText(self.tr("Exit full screen") if full else self.tr("Full screen"))
        self.full_button.setToolTip(self.tr("Full screen, large (F11)"))
        titles = {
            "active": self.tr("Active calls"),
            "ringing": self.tr("Ringing"),
            "talking": self.tr("Talking"),
            "on_hold": self.tr("On hold"),
            "directions": self.tr("Inbound / outbound"),
            "longest_ring": self.tr("Longest ring"),
            "longest_talk": self.tr("Longest talk"),
            "calls_today": self.tr("Calls today"),
            "answer_rate": self.tr("Answer rate today"),
            "average_talk": self.tr("Average talk today"),
        }
        for key, title in titles.items():
            self.tiles[key].set_title(title)
        self.setAccessibleName(self.tr("Wallboard"))
        self._show_counters()
        self._show_stats()
