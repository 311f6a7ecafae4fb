"""A wallboard tile: one big number with a title and a line of detail, amber or red when it needs
attention; and the thresholds and formatting the wallboard's numbers share.

Titles and details shrink to fit, all tiles of a wallboard alike (``peers``); values shrink
rather than clip; a compact tile (a short view) keeps its detail in the tooltip only. The tile
paints itself so it scales exactly with the wallboard's large mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .charts import INK_SOFT

__all__ = ["DAY_ACCENT", "LIVE_ACCENT", "Thresholds", "Tile", "Tone", "duration_text",
           "tone_for"]


class Tone:
    NONE = ""
    WARN = "warn"
    ALARM = "alarm"


LIVE_ACCENT = "#1a73e8"  # the stripe of a tile about calls now
DAY_ACCENT = "#129eaf"  # and of a tile about the day so far

_TONES = {  # background, border, accent stripe ("": the tile's own), value text
    Tone.NONE: ("#ffffff", "#dadce0", "", "#202124"),
    Tone.WARN: ("#fef7e0", "#f9ab00", "#f9ab00", "#8a4b00"),
    Tone.ALARM: ("#fce8e6", "#d93025", "#d93025", "#b3261e"),
}


@dataclass(frozen=True)
class Thresholds:
    """When tiles turn amber (warn) and red (alarm). Seconds, and answer-rate fractions."""

    ring_warn: int = 30
    ring_alarm: int = 60
    talk_warn: int = 300
    talk_alarm: int = 600
    rate_warn: float = 0.8  # below this: amber
    rate_alarm: float = 0.6  # below this: red


def tone_for(value: float, warn: float, alarm: float) -> str:
    """The tone of a value that is bad when high: red past ``alarm``, amber past ``warn``."""
    if value > alarm:
        return Tone.ALARM
    return Tone.WARN if value > warn else Tone.NONE


def duration_text(seconds: float | None) -> str:
    """0:42, 12:03, 1:02:03; "—" for none."""
    if seconds is None:
        return "—"
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Tile(QWidget):
    """One number on the wall: a title, a big value (shrunk to fit, never clipped) and a line of
    detail, on a card whose colour says whether the number needs attention."""

    def __init__(self, key: str, accent: str = LIVE_ACCENT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.key = key
        self.accent = accent
        self.title = ""
        self.value = "—"
        self.detail = ""
        self.tone = Tone.NONE
        self.scale = 1.0
        self.compact = False  # a short view: no detail line (still in the tooltip), smaller value
        self.peers: list[Tile] = []  # the tiles whose titles and details share one size
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_title(self, title: str) -> None:
        self.title = title
        self.setAccessibleName(title)
        self._update_tooltip()
        self._update_peers()

    def _update_tooltip(self) -> None:
        """The title and the detail in full: either may be shortened on the tile."""
        self.setToolTip("\n".join(text for text in (self.title, self.detail) if text))

    def _update_peers(self) -> None:
        """A text changed: the size every tile shares may change with it."""
        for tile in self.peers or [self]:
            tile.update()

    def set_value(self, value: str, detail: str = "", tone: str = Tone.NONE) -> None:
        if (value, detail, tone) == (self.value, self.detail, self.tone):
            return
        self.value, self.detail, self.tone = value, detail, tone
        self.setAccessibleDescription(f"{value} {detail}".strip())
        self._update_tooltip()
        self._update_peers()

    def set_scale(self, scale: float, compact: bool = False) -> None:
        self.scale, self.compact = scale, compact
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _value_px(self) -> int:
        return 34 if self.compact else 42

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(6, round(pixels * self.scale)))
        font.setBold(bold)
        return font

    def sizeHint(self) -> QSize:
        s = self.scale
        height = (QFontMetricsF(self._font(14)).height()
                  + QFontMetricsF(self._font(self._value_px())).height() + 26 * s)
        if not self.compact:
            height += QFontMetricsF(self._font(13)).height() + 4 * s
        return QSize(round(190 * s), round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(90 * self.scale), self.sizeHint().height())

    def fitting_px(self, text: str, pixels: float, bold: bool, smallest: int) -> int:
        """The pixel size (``pixels`` at scale 1, down to ``smallest``) at which ``text`` fits."""
        font = self._font(pixels, bold)
        room = self.width() - 2 * self._padding()
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > room > 0:
            return max(smallest, int(font.pixelSize() * room / width))
        return font.pixelSize()

    def value_font(self) -> QFont:
        """The value's font: 42 px at scale 1 (34 compact), smaller when it would not fit."""
        font = self._font(self._value_px(), bold=True)
        font.setPixelSize(self.fitting_px(self.value, self._value_px(), True, 8))
        return font

    def title_font(self) -> QFont:
        """14 px at scale 1, or as small as the longest title needs (not under 11)."""
        return self._shared_font(14, True, 11, lambda tile: tile.title)

    def detail_font(self) -> QFont:
        """13 px at scale 1, or as small as the longest detail needs (not under 11)."""
        return self._shared_font(13, False, 11, lambda tile: tile.detail)

    def _shared_font(self, pixels: float, bold: bool, smallest: float,
                     text: Callable[[Tile], str]) -> QFont:
        """One size for every tile of the wallboard: the largest at which each tile's text fits
        (measured now, at paint time, so it follows every resize)."""
        font = self._font(pixels, bold)
        floor = round(smallest * self.scale)
        font.setPixelSize(min(t.fitting_px(text(t), pixels, bold, floor)
                              for t in (self.peers or [self])))
        return font

    def _padding(self) -> float:
        return 10 + 6 * self.scale

    def paintEvent(self, event: QPaintEvent) -> None:
        background, border, accent, ink = _TONES[self.tone]
        s, pad = self.scale, self._padding()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(border), 1.0 if self.tone == Tone.NONE else 2.0))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(card, 8 * s, 8 * s)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent or self.accent))
        painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + 10 * s, 4 * s,
                                       card.height() - 20 * s), 2 * s, 2 * s)
        width = card.width() - 2 * pad
        y = card.top() + 10 * s
        metrics = QFontMetricsF(self._font(14, bold=True))
        title_font = self.title_font()
        painter.setFont(title_font)
        painter.setPen(INK_SOFT)
        painter.drawText(QRectF(pad, y, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(title_font).elidedText(self.title,
                                                              Qt.TextElideMode.ElideRight, width))
        y += metrics.height() + 2 * s
        value_height = QFontMetricsF(self._font(self._value_px(), bold=True)).height()
        painter.setFont(self.value_font())
        painter.setPen(QColor(ink) if self.value != "—" else INK_SOFT)
        painter.drawText(QRectF(pad, y, width, value_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value)
        y += value_height + 2 * s
        if self.compact:
            return
        detail_font = self.detail_font()
        painter.setFont(detail_font)
        painter.setPen(QColor(ink) if self.tone != Tone.NONE else INK_SOFT)
        painter.drawText(QRectF(pad, y, width, QFontMetricsF(self._font(13)).height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(detail_font).elidedText(
                             self.detail, Qt.TextElideMode.ElideRight, width))
