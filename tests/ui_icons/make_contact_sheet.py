"""A contact sheet of the icon set, for people to review.

    python -m tests.ui_icons.make_contact_sheet OUT.png

Every icon of ``resources/icons`` is drawn at 16, 22, 32 and 64 px, on a light strip and on a dark
strip, with its name; the tray icons also with one and with twelve missed calls. The pixels are the
ones the app shows: icons come from :func:`agent_desktop.ui.icons.icon` and
:func:`agent_desktop.ui.icons.tray_icon`, at a device pixel ratio of 1 and never scaled afterwards.
The sheet in the docs is ``docs/screenshots/icons.png``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 32, 64)
LIGHT = "#f3f3f3"  # a light menu or panel (Windows 11, GNOME light)
DARK = "#2b2b2b"  # a dark menu or panel (Windows 11 dark, Breeze dark is close)
NAME_WIDTH = 190
GAP = 14
PAD = 12
ROW = max(SIZES) + 2 * PAD
COLUMNS = 2
TITLE = 64


def _entries():
    """(label, QIcon) in the order of the sheet: app, tray states, tray with badges, actions."""
    from agent_desktop.ui.icons import ICONS_DIR, TrayState, icon, tray_icon

    names = sorted(p.stem for p in ICONS_DIR.glob("*.svg"))
    tray = [n for n in names if n.startswith("tray-")]
    actions = [n for n in names if n != "app" and not n.startswith("tray-")]
    entries = []
    if "app" in names:
        entries.append(("app", icon("app")))
    entries += [(n, icon(n)) for n in tray]
    for state in TrayState:
        entries.append((f"tray_icon({state.value}, 1)", tray_icon(state, 1)))
    for state in (TrayState.ONLINE, TrayState.RINGING):
        entries.append((f"tray_icon({state.value}, 12)", tray_icon(state, 12)))
    entries += [(n, icon(n)) for n in actions]
    return entries


def build_sheet():
    """The contact sheet as a QImage (needs a QGuiApplication)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    entries = _entries()
    strip = sum(SIZES) + GAP * (len(SIZES) + 1)
    column = NAME_WIDTH + 2 * strip + GAP
    rows = -(-len(entries) // COLUMNS)
    width = COLUMNS * column + GAP
    height = TITLE + rows * ROW + GAP
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    title = QFont()
    title.setPixelSize(18)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#202124"))
    painter.drawText(QRect(GAP, 8, width, 26), Qt.AlignmentFlag.AlignVCenter, "agent-desktop icons")
    small = QFont()
    small.setPixelSize(12)
    painter.setFont(small)
    painter.setPen(QColor("#5f6368"))
    painter.drawText(
        QRect(GAP, 34, width, 20),
        Qt.AlignmentFlag.AlignVCenter,
        f"each at {', '.join(map(str, SIZES))} px, actual pixels;"
        f" light strip {LIGHT}, dark strip {DARK}",
    )
    label = QFont()
    label.setPixelSize(13)
    for index, (name, icon) in enumerate(entries):
        col, row = divmod(index, rows)
        x0 = GAP + col * column
        y0 = TITLE + row * ROW
        painter.setFont(label)
        painter.setPen(QColor("#202124"))
        painter.drawText(QRect(x0, y0, NAME_WIDTH - 8, ROW), Qt.AlignmentFlag.AlignVCenter, name)
        for n, background in enumerate((LIGHT, DARK)):
            sx = x0 + NAME_WIDTH + n * strip
            painter.fillRect(QRect(sx, y0 + 2, strip, ROW - 4), QColor(background))
            x = sx + GAP
            for size in SIZES:
                pixmap = icon.pixmap(size, size)
                painter.drawPixmap(x, y0 + (ROW - size) // 2, pixmap)
                x += size + GAP
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tests.ui_icons.make_contact_sheet OUT.png", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - outlives the painting
    out = Path(args[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    if not build_sheet().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
