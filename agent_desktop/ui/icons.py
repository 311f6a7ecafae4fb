"""The icons of agent-desktop: loading the SVG set and composing the tray icon.

Every icon is an SVG file in ``resources/icons`` (see its README). :func:`icon` loads one by name,
:func:`tray_icon` draws the tray icon of a connection state with the number of missed calls on a
red badge, and :func:`app_icon` is the application's own icon.

Nothing here talks to the network or knows about calls; everything needs a ``QGuiApplication``.
"""

from __future__ import annotations

import logging
import math
import re
import sys
from enum import Enum
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

__all__ = ["ICONS_DIR", "TRAY_SIZES", "TrayState", "app_icon", "icon", "tray_icon"]

log = logging.getLogger(__name__)


def _find_icons_dir() -> Path:
    """The icon folder: inside a PyInstaller bundle when there is one, else next to the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        bundled = Path(bundle) / "resources" / "icons"
        if bundled.is_dir():
            return bundled
    return Path(__file__).resolve().parents[2] / "resources" / "icons"


ICONS_DIR: Path = _find_icons_dir()

#: The sizes (in device-independent pixels) the tray icon is drawn at: the usual tray sizes of
#: Windows (16, 24, 32), GNOME/KDE panels (22, 24, 48) and macOS menu bars, plus 64 for dialogs.
TRAY_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64)

# An icon name is a file name without ".svg": lower-case words joined by hyphens. Anything else
# (a path, "..", an upper-case typo) is refused rather than looked up on the disk.
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_BADGE_RED = QColor("#d93025")
_BADGE_RING = QColor("#ffffff")
_BADGE_TEXT = QColor("#ffffff")
# Below this size the missed-call badge is a plain dot: two digits would be a smudge.
_BADGE_DOT_BELOW = 20

_icons: dict[str, QIcon] = {}


class TrayState(str, Enum):
    """What the tray icon says about the connection to the PBX."""

    OFFLINE = "offline"
    CONNECTING = "connecting"
    ONLINE = "online"
    RINGING = "ringing"


def icon(name: str) -> QIcon:
    """The icon ``name`` ("dial" loads ``dial.svg``), cached.

    An unknown name gives an empty ``QIcon`` and a logged warning, never an exception: a missing
    icon must not take a menu down with it.
    """
    cached = _icons.get(name)
    if cached is not None:
        return cached
    path = _svg_path(name)
    if path is None:
        log.warning("no icon named %r in %s", name, ICONS_DIR)
        return QIcon()
    result = QIcon(str(path))
    if result.isNull():
        # The SVG icon-engine plugin is missing (a bundle built without it): draw the SVG ourselves.
        result = _rendered_icon(path)
    _icons[name] = result
    return result


def app_icon() -> QIcon:
    """The application's icon (window title bars, task bar, about box; also drawn at 256 px)."""
    return icon("app")


def tray_icon(state: TrayState | str, missed: int = 0) -> QIcon:
    """The tray icon of ``state``, with a red badge at the top right when ``missed`` > 0.

    The badge shows the number of missed calls ("9+" above nine); at 16 px it is a plain red dot.
    The icon holds pixmaps at every size of :data:`TRAY_SIZES`, for the screen's device pixel
    ratio as well as 1. It is cached per state, badge count (at most 10, which is "9+") and ratio.
    """
    state = TrayState(state)
    count = max(0, min(int(missed), 10))
    return _tray_icon(state, count, _device_pixel_ratio())


def _svg_path(name: str) -> Path | None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        return None
    path = ICONS_DIR / f"{name}.svg"
    return path if path.is_file() else None


def _device_pixel_ratio() -> float:
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return round(max(ratio, 1.0), 2)


def _ratios(dpr: float) -> list[float]:
    return sorted({1.0, dpr})


def _render(renderer: QSvgRenderer, size: int, dpr: float) -> QPixmap:
    """``renderer``'s picture on a transparent pixmap of ``size`` device-independent pixels."""
    pixmap = QPixmap(math.ceil(size * dpr), math.ceil(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def _rendered_icon(path: Path) -> QIcon:
    renderer = QSvgRenderer(str(path))
    result = QIcon()
    if not renderer.isValid():
        log.warning("icon %s is not a valid SVG", path)
        return result
    for size in (*TRAY_SIZES, 128, 256):
        for dpr in _ratios(_device_pixel_ratio()):
            result.addPixmap(_render(renderer, size, dpr))
    return result


@lru_cache(maxsize=64)
def _tray_icon(state: TrayState, count: int, dpr: float) -> QIcon:
    path = ICONS_DIR / f"tray-{state.value}.svg"
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        log.warning("tray icon %s is missing or not a valid SVG", path)
    result = QIcon()
    for size in TRAY_SIZES:
        for ratio in _ratios(dpr):
            pixmap = _render(renderer, size, ratio)
            if count > 0:
                _paint_missed_badge(pixmap, size, count)
            result.addPixmap(pixmap)
    return result


def _paint_missed_badge(pixmap: QPixmap, size: int, count: int) -> None:
    """A red badge at the top right of ``pixmap`` (``size`` device-independent pixels square).

    A white ring cuts it free of the state badge under it and of a dark panel around it.
    """
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if size < _BADGE_DOT_BELOW:
        diameter = size * 0.5
        outer = QRectF(size - diameter, 0, diameter, diameter)
        painter.setBrush(_BADGE_RING)
        painter.drawEllipse(outer)
        painter.setBrush(_BADGE_RED)
        painter.drawEllipse(outer.adjusted(1, 1, -1, -1))
        painter.end()
        return
    text = str(count) if count <= 9 else "9+"
    height = round(size * 0.55)
    width = height if len(text) == 1 else round(height * 1.4)
    ring = max(1.0, size / 24)
    outer = QRectF(size - width, 0, width, height)
    inner = outer.adjusted(ring, ring, -ring, -ring)
    painter.setBrush(_BADGE_RING)
    painter.drawRoundedRect(outer, height / 2, height / 2)
    painter.setBrush(_BADGE_RED)
    painter.drawRoundedRect(inner, inner.height() / 2, inner.height() / 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(inner.height() * 0.8)))
    painter.setFont(font)
    painter.setPen(_BADGE_TEXT)
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
