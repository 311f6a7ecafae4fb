"""The wallboard's charts, drawn with QPainter: calls per hour as stacked bars, an answer-rate ring.

Each chart paints its own white card (title, legend, axes) and scales with ``set_scale`` (the
wallboard's "Large" mode doubles it). The geometry is computed by plain methods (``bar_rects``,
``arc_degrees``) that the painting uses too, so tests check what is drawn without reading
pixels. Colours are chosen for light backgrounds; with no data a chart says so in words.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..pbx.models import CdrStatus

__all__ = [
    "AnswerRateGauge", "CARD", "HourlyChart", "INK", "INK_SOFT", "Series", "SERIES_COLOURS",
    "nice_axis", "rate_colour", "series_of", "series_name",
]  # fmt: skip

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

INK = QColor("#202124")  # primary text
INK_SOFT = QColor("#5f6368")  # secondary text
CARD = QColor("#ffffff")
CARD_BORDER = QColor("#dadce0")
GRID = QColor("#e8eaed")
AXIS = QColor("#9aa0a6")
TRACK = QColor("#e8eaed")
NOW_BAND = QColor("#eef3fd")

GOOD = QColor("#1e8e3e")
WARN = QColor("#e37400")
BAD = QColor("#d93025")


class Series(enum.Enum):
    """The stacks of a bar, bottom to top."""

    ANSWERED = "answered"
    NO_ANSWER = "no-answer"
    BUSY = "busy"
    CANCEL = "cancel"
    OTHER = "other"  # not available, invalid, unknown


SERIES_COLOURS = {
    Series.ANSWERED: QColor("#1e8e3e"),
    Series.NO_ANSWER: QColor("#f9ab00"),
    Series.BUSY: QColor("#d93025"),
    Series.CANCEL: QColor("#9aa0a6"),
    Series.OTHER: QColor("#5c6bc0"),
}

_SERIES_OF = {
    CdrStatus.ANSWERED: Series.ANSWERED,
    CdrStatus.NO_ANSWERED: Series.NO_ANSWER,
    CdrStatus.BUSY: Series.BUSY,
    CdrStatus.CANCEL: Series.CANCEL,
}


def series_of(status: CdrStatus) -> Series:
    return _SERIES_OF.get(status, Series.OTHER)


def series_name(series: Series) -> str:
    names = {
        Series.ANSWERED: translate("HourlyChart", "Answered"),
        Series.NO_ANSWER: translate("HourlyChart", "No answer"),
        Series.BUSY: translate("HourlyChart", "Busy"),
        Series.CANCEL: translate("HourlyChart", "Cancelled"),
        Series.OTHER: translate("HourlyChart", "Other"),
    }
    return names[series]


def rate_colour(rate: float | None, warn_below: float = 0.8, alarm_below: float = 0.6) -> QColor:
    if rate is None:
        return AXIS
    if rate < alarm_below:
        return BAD
    return WARN if rate < warn_below else GOOD


def nice_axis(largest: int, ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis: a 1-2-5 step, the top a multiple of it at or above
    ``largest``."""
    if largest <= 0:
        return 1, 1
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step * math.ceil(largest / step), step


def _font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    return font


def _paint_card(painter: QPainter, rect: QRectF, scale: float) -> None:
    painter.setPen(QPen(CARD_BORDER, 1.0))
    painter.setBrush(CARD)
    radius = 8 * scale
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)


class _Chart(QWidget):
    """What both charts share: a scale, fonts, a card, a title, repaint on language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.updateGeometry()
        self.update()

    def font_px(self, pixels: float, bold: bool = False) -> QFont:
        return _font(self.font(), pixels * self.scale, bold)

    def margin(self) -> float:
        return 16 * self.scale

    def title(self) -> str:
        raise NotImplementedError

    def title_rect(self) -> QRectF:
        m = self.margin()
        height = QFontMetricsF(self.font_px(16, True)).height()
        return QRectF(m, m * 0.8, self.width() - 2 * m, height)

    def paint_frame(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_card(painter, QRectF(self.rect()), self.scale)
        painter.setPen(INK)
        rect, title = self.title_rect(), self.title()
        font = self.font_px(16, True)
        width = QFontMetricsF(font).horizontalAdvance(title)
        if width > rect.width() > 0:  # smaller, down to 12 px, then shortened
            font.setPixelSize(max(round(12 * self.scale),
                                  int(font.pixelSize() * rect.width() / width)))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                        rect.width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.title())
        self.update()


class HourlyChart(_Chart):
    """Calls per hour of the day as bars stacked by how they ended, with axes and a legend.

    The hours shown run from 08:00 (earlier if calls started earlier) to 18:00 (later if calls,
    or the current hour, are later).
    """

    FIRST_HOUR, LAST_HOUR = 8, 17

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hourlyChart")
        self.setMouseTracking(True)
        self._counts: dict[int, dict[Series, int]] = {}
        self.current_hour: int | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Calls per hour today")

    def sizeHint(self) -> QSize:
        return QSize(round(640 * self.scale), round(300 * self.scale))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(360 * self.scale), 140)

    # --- data ---------------------------------------------------------------------------------

    def set_data(self, per_hour: Mapping[int, Mapping[CdrStatus, int]],
                 current_hour: int | None = None) -> None:
        counts: dict[int, dict[Series, int]] = {}
        for hour, statuses in per_hour.items():
            stack: dict[Series, int] = {}
            for status, n in statuses.items():
                if n > 0:
                    key = series_of(status)
                    stack[key] = stack.get(key, 0) + n
            if stack:
                counts[hour] = stack
        self._counts = counts
        self.current_hour = current_hour
        self.update()

    def total(self, hour: int | None = None) -> int:
        if hour is None:
            return sum(sum(stack.values()) for stack in self._counts.values())
        return sum(self._counts.get(hour, {}).values())

    def is_empty(self) -> bool:
        return self.total() == 0

    def hours(self) -> list[int]:
        busy = [hour for hour in self._counts if self.total(hour)]
        if self.current_hour is not None:
            busy.append(self.current_hour)
        first = min([self.FIRST_HOUR, *busy])
        last = max([self.LAST_HOUR, *busy])
        return list(range(first, last + 1))

    # --- geometry -----------------------------------------------------------------------------

    def legend_font(self) -> QFont:
        """12 px at scale 1, smaller (down to 10 px) when the legend is wider than the chart."""
        font = self.font_px(12)
        room = self.width() - 2 * self.margin()
        width = self._legend_width(font)
        if width > room > 0:
            font.setPixelSize(max(10, int(font.pixelSize() * room / width)))
        return font

    def _legend_items(self, font: QFont) -> list[tuple[Series, str, float]]:
        metrics = QFontMetricsF(font)
        swatch, gap = metrics.height() * 0.8, metrics.height() * 0.4
        return [(series, series_name(series), swatch + gap + metrics.horizontalAdvance(
            series_name(series))) for series in Series]

    def _legend_width(self, font: QFont) -> float:
        spacing = QFontMetricsF(font).height() * 1.1
        return sum(width for _, _, width in self._legend_items(font)) + spacing * (len(Series) - 1)

    def _legend_on_own_row(self) -> bool:
        title_width = QFontMetricsF(self.font_px(16, True)).horizontalAdvance(self.title())
        legend = self._legend_width(self.font_px(12))
        return title_width + 32 * self.scale + legend > self.width() - 2 * self.margin()

    def short(self) -> bool:
        """Too low for the axes' captions: the bars get their lines."""
        return self.height() < 260 * self.scale

    def _plot_top_bottom(self) -> tuple[float, float]:
        small = QFontMetricsF(self.font_px(12))
        top = self.title_rect().bottom() + 8 * self.scale
        if self._legend_on_own_row():
            top += QFontMetricsF(self.legend_font()).height() + 6 * self.scale
        if self.short():  # no captions: the title says what the bars count
            top += small.height() * 0.5
        else:  # the y axis' caption, over the top tick
            top += small.height() * 1.5 + 8 * self.scale
        lines = 1 if self.short() else 2  # the hours, and their caption
        bottom = self.height() - self.margin() - lines * small.height() - 8 * self.scale
        return top, max(top + 1.0, bottom)

    def axis(self) -> tuple[int, int]:
        """(top, step) of the count axis: up to 5 steps, fewer when the chart is low."""
        top, bottom = self._plot_top_bottom()
        line = QFontMetricsF(self.font_px(12)).height()
        ticks = max(2, min(5, int((bottom - top) / (line * 1.8))))
        return nice_axis(max((self.total(hour) for hour in self.hours()), default=0), ticks)

    def plot_rect(self) -> QRectF:
        """Where the bars stand: the area inside the axes."""
        m = self.margin()
        top, bottom = self._plot_top_bottom()
        axis_top, _ = self.axis()
        label_width = (QFontMetricsF(self.font_px(12)).horizontalAdvance(str(axis_top))
                       + 10 * self.scale)
        return QRectF(m + label_width, top, max(1.0, self.width() - 2 * m - label_width),
                      bottom - top)

    def slot_rect(self, hour: int) -> QRectF:
        plot, hours = self.plot_rect(), self.hours()
        slot = plot.width() / len(hours)
        return QRectF(plot.left() + hours.index(hour) * slot, plot.top(), slot, plot.height())

    def bar_rects(self) -> dict[int, list[tuple[Series, QRectF]]]:
        """For each shown hour with calls, its stacked segments bottom up, in widget pixels."""
        plot = self.plot_rect()
        axis_top, _ = self.axis()
        per_call = plot.height() / axis_top
        out: dict[int, list[tuple[Series, QRectF]]] = {}
        for hour in self.hours():
            stack = self._counts.get(hour)
            if not stack:
                continue
            slot = self.slot_rect(hour)
            width = min(slot.width() * 0.68, 56 * self.scale)
            left = slot.center().x() - width / 2
            y = plot.bottom()
            segments: list[tuple[Series, QRectF]] = []
            for series in Series:
                n = stack.get(series, 0)
                if n:
                    height = n * per_call
                    segments.append((series, QRectF(left, y - height, width, height)))
                    y -= height
            out[hour] = segments
        return out

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_frame(painter)
        self._paint_legend(painter)
        plot = self.plot_rect()
        if self.is_empty():
            painter.setPen(INK_SOFT)
            painter.setFont(self.font_px(15))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No calls yet today"))
            painter.setPen(QPen(AXIS, 1.0))
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            self._paint_hours(painter, plot)
            return
        if self.current_hour is not None and self.current_hour in self.hours():
            painter.fillRect(self.slot_rect(self.current_hour), NOW_BAND)
        self._paint_grid(painter, plot)
        for hour, segments in self.bar_rects().items():
            for series, rect in segments:
                painter.fillRect(rect, SERIES_COLOURS[series])
            if segments:
                self._paint_bar_total(painter, hour, segments[-1][1])
        painter.setPen(QPen(AXIS, 1.0))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._paint_hours(painter, plot)

    def _paint_legend(self, painter: QPainter) -> None:
        font = self.legend_font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        title = self.title_rect()
        if self._legend_on_own_row():
            x, top = self.margin(), title.bottom() + 4 * self.scale
        else:
            x = self.width() - self.margin() - self._legend_width(font)
            top = title.center().y() - metrics.height() / 2
        swatch, gap = metrics.height() * 0.8, metrics.height() * 0.4
        for series, name, width in self._legend_items(font):
            box = QRectF(x, top + (metrics.height() - swatch) / 2, swatch, swatch)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SERIES_COLOURS[series])
            painter.drawRoundedRect(box, swatch / 6, swatch / 6)
            painter.setPen(INK)
            painter.drawText(QRectF(x + swatch + gap, top, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += width + metrics.height() * 1.1

    def _paint_grid(self, painter: QPainter, plot: QRectF) -> None:
        axis_top, step = self.axis()
        font = self.font_px(12)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        if not self.short():
            caption = QRectF(self.margin(), plot.top() - metrics.height() * 1.5 - 4 * self.scale,
                             plot.width(), metrics.height())
            painter.setPen(INK_SOFT)
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("Calls"))
        for value in range(0, axis_top + 1, step):
            y = plot.bottom() - value * plot.height() / axis_top
            if value:
                painter.setPen(QPen(GRID, 1.0))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK_SOFT)
            label = QRectF(self.margin(), y - metrics.height() / 2,
                           plot.left() - self.margin() - 6 * self.scale, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

    def _paint_hours(self, painter: QPainter, plot: QRectF) -> None:
        font = self.font_px(12)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        hours = self.hours()
        slot = plot.width() / len(hours)
        every = 1 if slot >= metrics.horizontalAdvance("00") + 6 * self.scale else 2
        for i, hour in enumerate(hours):
            if i % every:
                continue
            rect = QRectF(plot.left() + i * slot, plot.bottom() + 4 * self.scale, slot,
                          metrics.height())
            painter.setPen(INK if hour == self.current_hour else INK_SOFT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        if self.short():
            return
        painter.setPen(INK_SOFT)
        caption = QRectF(plot.left(), plot.bottom() + 4 * self.scale + metrics.height(),
                         plot.width(), metrics.height() + 4 * self.scale)
        painter.drawText(caption, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         self.tr("Hour of the day"))

    def _paint_bar_total(self, painter: QPainter, hour: int, top: QRectF) -> None:
        font = self.font_px(11, True)
        metrics = QFontMetricsF(font)
        text = str(self.total(hour))
        if metrics.horizontalAdvance(text) > self.slot_rect(hour).width():
            return
        painter.setFont(font)
        painter.setPen(INK)
        label = QRectF(top.center().x() - 30 * self.scale, top.top() - metrics.height() - 2,
                       60 * self.scale, metrics.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    # --- tooltips -----------------------------------------------------------------------------

    def hour_at(self, pos: QPointF) -> int | None:
        plot = self.plot_rect()
        if not plot.adjusted(0, 0, 0, 30 * self.scale).contains(pos):
            return None
        hours = self.hours()
        index = int((pos.x() - plot.left()) / (plot.width() / len(hours)))
        return hours[index] if 0 <= index < len(hours) else None

    def tooltip_text(self, hour: int) -> str:
        count = self.total(hour)
        calls = self.tr("%n call", "", count) if count == 1 else self.tr("%n calls", "", count)
        lines = [f"{hour:02d}:00–{(hour + 1) % 24:02d}:00: {calls}"]
        stack = self._counts.get(hour, {})
        lines += [f"{series_name(series)}: {stack[series]}" for series in Series
                  if stack.get(series)]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hour = self.hour_at(QPointF(event.pos()))
            if hour is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(hour), self)
            return True
        return super().event(event)


class AnswerRateGauge(_Chart):
    """Today's answer rate as a ring: the coloured arc is the answered share; the percentage and
    "n of m answered" stand in and under it. Green from 80 %, amber from 60 %, red below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerRateGauge")
        self.answered = 0
        self.rated = 0
        self.warn_below, self.alarm_below = 0.8, 0.6
        self.retranslate()

    def title(self) -> str:
        return self.tr("Answer rate today")

    def sizeHint(self) -> QSize:
        return QSize(round(280 * self.scale), round(300 * self.scale))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(200 * self.scale), 140)

    def set_data(self, answered: int, rated: int) -> None:
        """``rated``: the calls the rate is taken over (answered or missed)."""
        self.answered, self.rated = answered, rated
        self.setAccessibleDescription(self.percent_text())
        self.update()

    def rate(self) -> float | None:
        return self.answered / self.rated if self.rated else None

    def percent_text(self) -> str:
        rate = self.rate()
        return "—" if rate is None else f"{round(rate * 100)}%"

    def arc_degrees(self) -> float:
        rate = self.rate()
        return 0.0 if rate is None else 360.0 * min(1.0, rate)

    def colour(self) -> QColor:
        return rate_colour(self.rate(), self.warn_below, self.alarm_below)

    def ring_rect(self) -> QRectF:
        m = self.margin()
        caption = QFontMetricsF(self.font_px(13)).height() * 1.6
        area = QRectF(m, self.title_rect().bottom() + 10 * self.scale, self.width() - 2 * m, 0)
        area.setBottom(self.height() - m - caption)
        side = max(10.0, min(area.width() * 0.8, area.height()))
        return QRectF(area.center().x() - side / 2, area.top() + (area.height() - side) / 2,
                      side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_frame(painter)
        ring = self.ring_rect()
        thickness = max(6.0, ring.width() * 0.13)
        inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        pen = QPen(TRACK, thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        span = self.arc_degrees()
        if span > 0:
            pen.setColor(self.colour())
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if span < 360 else Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(inner, 90 * 16, -round(span * 16))  # clockwise from 12 o'clock
        # the percentage, sized to the hole
        hole = inner.adjusted(thickness, thickness, -thickness, -thickness)
        big = self.font_px(10, True)
        big.setPixelSize(max(8, round(hole.height() * 0.34)))
        painter.setFont(big)
        painter.setPen(INK if self.rate() is not None else INK_SOFT)
        big_height = QFontMetricsF(big).height()
        painter.drawText(QRectF(hole.left(), hole.center().y() - big_height * 0.62, hole.width(),
                                big_height), Qt.AlignmentFlag.AlignCenter, self.percent_text())
        small = self.font_px(10)
        small.setPixelSize(max(7, round(hole.height() * 0.12)))
        painter.setFont(small)
        painter.setPen(INK_SOFT)
        if self.rate() is not None:
            painter.drawText(QRectF(hole.left(), hole.center().y() + big_height * 0.38,
                                    hole.width(), QFontMetricsF(small).height()),
                             Qt.AlignmentFlag.AlignCenter, self.tr("answered"))
        caption_font = self.font_px(13)
        painter.setFont(caption_font)
        caption = QRectF(self.margin(), ring.bottom() + 4 * self.scale,
                         self.width() - 2 * self.margin(),
                         QFontMetricsF(caption_font).height() * 1.4)
        painter.setPen(INK_SOFT)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self.caption())

    def caption(self) -> str:
        if not self.rated:
            return self.tr("No calls yet today")
        return self.tr("{answered} of {rated} calls answered").format(
            answered=self.answered, rated=self.rated)
