"""A small coloured mark and style for a status line: busy (a spinner), done, error, question.

Used by the dial bar's message line; ``tone_style`` gives the line's colours for a tone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

__all__ = ["StatusMark", "Tone", "tone_style"]


class Tone:
    """How the message line looks."""

    NONE = ""
    BUSY = "busy"
    DONE = "done"
    ERROR = "error"
    QUESTION = "question"
    INFO = "info"


_TONE_COLOURS = {  # text, background, border
    Tone.BUSY: ("#174ea6", "#e8f0fe", "#c6dafc"),
    Tone.DONE: ("#0d652d", "#e6f4ea", "#b7dfc2"),
    Tone.ERROR: ("#b3261e", "#fce8e6", "#f4c7c3"),
    Tone.QUESTION: ("#7a4f01", "#fef7e0", "#f6dd9a"),
    Tone.INFO: ("#3c4043", "#f1f3f4", "#dadce0"),
}




def tone_style(tone: str) -> str:
    if tone not in _TONE_COLOURS:
        return "#dialMessageBox { background: transparent; border: none; }"
    text, background, border = _TONE_COLOURS[tone]
    return (f"#dialMessageBox {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 5px; }}\n#dialMessage {{ color: {text}; }}")


class StatusMark(QWidget):
    """The message line's sign: a turning arc while busy ("working on it", nothing blocks), a
    tick when done, "!" for an error, "?" for a question, "i" for information."""

    SIZE = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialStatusMark")
        self.setFixedSize(self.SIZE, self.SIZE)
        self._tone = Tone.NONE
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self._turn)

    def spinning(self) -> bool:
        return self._timer.isActive()

    def set_tone(self, tone: str) -> None:
        self._tone = tone
        self.setVisible(tone in _TONE_COLOURS)
        if tone == Tone.BUSY:
            self._timer.start()
        else:
            self._timer.stop()
        self.update()

    def _turn(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._tone not in _TONE_COLOURS:
            return
        colour = QColor(_TONE_COLOURS[self._tone][0])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        pen = QPen(colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if self._tone == Tone.BUSY:
            painter.setPen(pen)
            painter.drawArc(box.adjusted(1, 1, -1, -1), -self._angle * 16, 270 * 16)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        pen.setColor(QColor("#ffffff"))
        painter.setPen(pen)
        c = box.center()
        if self._tone == Tone.DONE:
            painter.drawPolyline([QPointF(c.x() - 3.2, c.y() + 0.2),
                                  QPointF(c.x() - 0.8, c.y() + 2.6),
                                  QPointF(c.x() + 3.4, c.y() - 2.4)])
            return
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        glyph = {Tone.ERROR: "!", Tone.QUESTION: "?", Tone.INFO: "i"}.get(self._tone, "")
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, glyph)
