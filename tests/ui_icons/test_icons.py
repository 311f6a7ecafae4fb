"""The icon set (resources/icons) and agent_desktop.ui.icons, rendered offscreen."""

from __future__ import annotations

import logging
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtSvg import QSvgRenderer

from agent_desktop.ui import icons
from agent_desktop.ui.icons import ICONS_DIR, TrayState, app_icon, icon, tray_icon

README = ICONS_DIR / "README.md"
SVGS = sorted(ICONS_DIR.glob("*.svg"))
REQUIRED = {
    "app",
    "tray-offline", "tray-online", "tray-ringing", "tray-connecting",
    "dial", "dial-clipboard", "hangup", "listen", "whisper", "barge", "transfer", "history",
    "customers", "campaigns", "supervisor", "settings", "logout", "quit", "show", "status",
    "recording", "copy", "crm",
}  # fmt: skip
ACTIONS = sorted(REQUIRED - {"app"} - {f"tray-{s.value}" for s in TrayState})
WHITE = QColor("#ffffff")
NEAR_BLACK = QColor("#1e1e1e")  # the darkest panels: Windows 11 dark taskbar, GNOME dark top bar

# --- how far an icon stands out from a background -------------------------------------------------
#
# Each pixel that is at least half opaque is composited over the background, and its lightness is
# compared with the background's: CIE L*, the perceptual lightness (0 black .. 100 white), so that a
# difference means the same on a white panel as on a black one. The mean over those pixels must be
#
#   >= 30 for a tray icon. WCAG 2.1 (SC 1.4.11, non-text contrast) asks 3:1 for a graphic one must
#   see to understand the screen. A 3:1 colour is L* <= 61 on white (a difference of 39) and
#   L* >= 43 on #1e1e1e (a difference of 32), so a mean of 30 says "on average as far from the panel
#   as a barely acceptable graphic": the badge colours must be mid-tones, neither pastel (lost on a
#   light panel) nor dark (lost on a dark one). Today's set scores 34..51.
#
#   >= 25 for an action icon. They are all #5f6368, prescribed for light and dark menus alike, and
#   that grey itself is 30.5 from #1e1e1e; their white halo adds a little, antialiasing takes a
#   little. 25 catches an icon drawn in a dark or a pale colour by mistake. Today's set: 31..50.
TRAY_MIN_CONTRAST = 30.0
ACTION_MIN_CONTRAST = 25.0
# A tray badge is a disc filling its square (pi/4, 79 % of it); under half the pixels opaque, it
# would be a thin glyph lost in a busy panel. Today's tray icons cover 73 % at 16 px.
TRAY_MIN_COVERAGE = 0.5


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lightness(r: float, g: float, b: float) -> float:
    """CIE L* of an sRGB colour (0..255 channels)."""
    y = 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def _opaque_and_contrast(image: QImage, background: QColor) -> tuple[int, float]:
    """(number of pixels at least half opaque, their mean L* distance from ``background``)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    bg = (background.red(), background.green(), background.blue())
    bg_lightness = _lightness(*bg)
    count, total = 0, 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            alpha = color.alphaF()
            if alpha < 0.5:
                continue
            rgb = (color.red(), color.green(), color.blue())
            over = [c * alpha + b * (1 - alpha) for c, b in zip(rgb, bg)]
            count += 1
            total += abs(_lightness(*over) - bg_lightness)
    return count, (total / count if count else 0.0)


def _image(qicon: QIcon, size: int) -> QImage:
    image = qicon.pixmap(QSize(size, size), 1.0).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _readme_names() -> list[str]:
    return re.findall(r"^- `([a-z0-9-]+)\.svg`", README.read_text(encoding="utf-8"), re.MULTILINE)


# --- the Qt binding -------------------------------------------------------------------------------


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_pyside_keeps_none_alive():
    """Every call of a C++ method that returns void must give None its reference back.

    PySide6 6.12.0 on CPython 3.11 does not: each such call (QPainter.setBrush, QPixmap.fill,
    QIcon.addPixmap, QSize.setWidth ...) takes one reference from None, and after a few thousand
    calls Python aborts with "Fatal Python error: none_dealloc: deallocating None" (drawing the tray
    icons alone makes hundreds). 6.11.3 is fine. Pin PySide6-Essentials to a release without it.
    """
    import PySide6

    size = QSize(1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        size.setWidth(2)
    lost = before - sys.getrefcount(None)
    version = PySide6.__version__
    assert lost < 10, f"PySide6 {version} loses a reference to None per void call ({lost} of 200)"


# --- the files ------------------------------------------------------------------------------------


def test_icons_dir_is_the_repository_folder():
    assert ICONS_DIR == Path(__file__).resolve().parents[2] / "resources" / "icons"
    assert ICONS_DIR.is_dir()


def test_icons_dir_prefers_a_pyinstaller_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert icons._find_icons_dir() == ICONS_DIR  # the bundle has no icons: keep the package's
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    assert icons._find_icons_dir() == tmp_path / "resources" / "icons"


def test_the_whole_set_is_there():
    assert REQUIRED <= {p.stem for p in SVGS}


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.stem)
def test_every_svg_parses(qapp, path):
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 32, 32)
    root = ET.parse(path).getroot()  # well-formed XML, for renderers stricter than Qt's
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 32 32"
    text = path.read_text(encoding="utf-8")
    assert "currentColor" not in text  # a tray or a menu does not tell an SVG its text colour


def test_readme_lists_every_icon_and_only_those():
    listed = _readme_names()
    assert len(listed) == len(set(listed)), "an icon is listed twice"
    assert set(listed) == {p.stem for p in SVGS}


# --- icon() and app_icon() ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_icon_renders(qapp, name):
    qicon = icon(name)
    assert not qicon.isNull()
    image = _image(qicon, 22)
    assert image.size() == QSize(22, 22)
    opaque, _ = _opaque_and_contrast(image, WHITE)
    assert opaque > 0


def test_icon_without_the_svg_icon_engine(qapp):
    """The fallback for a bundle without Qt's SVG icon-engine plugin draws the SVG itself."""
    fallback = _image(icons._rendered_icon(ICONS_DIR / "dial.svg"), 16)
    engine = _image(icon("dial"), 16)
    assert fallback.size() == QSize(16, 16)
    drawn, _ = _opaque_and_contrast(fallback, WHITE)
    expected, _ = _opaque_and_contrast(engine, WHITE)
    assert abs(drawn - expected) <= 8


def test_icon_is_cached(qapp):
    assert icon("dial") is icon("dial")


@pytest.mark.parametrize("name", ["no-such-icon", "", "../README", "Dial", "dial.svg", "tray-"])
def test_unknown_icon_is_empty_and_logged(qapp, caplog, name):
    with caplog.at_level(logging.WARNING, logger="agent_desktop.ui.icons"):
        qicon = icon(name)
    assert isinstance(qicon, QIcon)
    assert qicon.isNull()
    assert any(r.levelno == logging.WARNING for r in caplog.records)


def test_app_icon_at_256(qapp):
    image = _image(app_icon(), 256)
    assert image.size() == QSize(256, 256)
    opaque, _ = _opaque_and_contrast(image, WHITE)
    assert opaque > 0.8 * 256 * 256  # a rounded square fills its icon


@pytest.mark.parametrize("name", ACTIONS)
@pytest.mark.parametrize("background", [WHITE, NEAR_BLACK], ids=["light", "dark"])
def test_action_icons_stand_out_at_16px(qapp, name, background):
    opaque, contrast = _opaque_and_contrast(_image(icon(name), 16), background)
    assert opaque >= 40, f"{name} is too thin at 16 px: {opaque} opaque pixels"
    assert contrast >= ACTION_MIN_CONTRAST, f"{name} at 16 px: mean ΔL* {contrast:.1f}"


# --- tray_icon() ----------------------------------------------------------------------------------


@pytest.mark.parametrize("state", list(TrayState))
@pytest.mark.parametrize("missed", [0, 1, 12])
@pytest.mark.parametrize("size", [16, 22, 32])
def test_tray_icon_pixmaps(qapp, state, missed, size):
    qicon = tray_icon(state, missed)
    assert not qicon.isNull()
    pixmap = qicon.pixmap(QSize(size, size), 1.0)
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(size, size)
    opaque, _ = _opaque_and_contrast(pixmap.toImage(), WHITE)
    assert opaque > size * size // 2


@pytest.mark.parametrize("state", list(TrayState))
@pytest.mark.parametrize("size", [16, 22, 32])
def test_missed_badge_changes_pixels(qapp, state, size):
    plain = _image(tray_icon(state, 0), size)
    one = _image(tray_icon(state, 1), size)
    many = _image(tray_icon(state, 12), size)
    assert one != plain
    assert many != plain
    if size == 16:
        assert many == one  # just a red dot: no room for digits
    else:
        assert many != one  # "1" against "9+"
    # The badge is red and at the top right: the top-right quarter turns red, the rest stays.
    half = size // 2
    assert _red_pixels(one, half, 0, half) > _red_pixels(plain, half, 0, half) + size // 4
    assert _red_pixels(one, 0, half, half) == _red_pixels(plain, 0, half, half)


def _red_pixels(image: QImage, x0: int, y0: int, side: int) -> int:
    """How many pixels of the square (x0, y0, side) are badge red (#d93025, give or take)."""
    count = 0
    for y in range(y0, y0 + side):
        for x in range(x0, x0 + side):
            c = image.pixelColor(x, y)
            count += c.alpha() > 200 and c.red() > 170 and c.green() < 100 and c.blue() < 100
    return count


def test_tray_icon_is_cached_per_state_and_capped_count(qapp):
    assert tray_icon(TrayState.RINGING, 3) is tray_icon(TrayState.RINGING, 3)
    assert tray_icon(TrayState.RINGING, 12) is tray_icon(TrayState.RINGING, 10)  # both "9+"
    assert tray_icon("ringing", 3) is tray_icon(TrayState.RINGING, 3)
    assert tray_icon(TrayState.ONLINE, -1) is tray_icon(TrayState.ONLINE, 0)
    assert tray_icon(TrayState.ONLINE, 3) is not tray_icon(TrayState.RINGING, 3)


def test_tray_icon_states_look_different(qapp):
    images = [_image(tray_icon(state), 16) for state in TrayState]
    for i, a in enumerate(images):
        for b in images[i + 1 :]:
            assert a != b


def test_tray_icon_on_a_high_dpi_screen(qapp):
    """At a device pixel ratio of 2 the icon holds sharp pixmaps drawn at twice the size."""
    qicon = icons._tray_icon(TrayState.ONLINE, 3, 2.0)
    small = qicon.pixmap(QSize(16, 16), 2.0)
    assert small.devicePixelRatio() == 2.0
    assert small.size() == QSize(32, 32)
    # Laid out as a 16 px icon (a dot, no digits), not the 32 px one scaled.
    large = qicon.pixmap(QSize(32, 32), 1.0)
    assert small.toImage() != large.toImage()


@pytest.mark.parametrize("state", list(TrayState))
@pytest.mark.parametrize("missed", [0, 1])
@pytest.mark.parametrize("background", [WHITE, NEAR_BLACK], ids=["light", "dark"])
def test_tray_icon_stands_out_at_16px(qapp, state, missed, background):
    opaque, contrast = _opaque_and_contrast(_image(tray_icon(state, missed), 16), background)
    assert opaque >= TRAY_MIN_COVERAGE * 16 * 16, f"{state.value}: {opaque} opaque pixels of 256"
    assert contrast >= TRAY_MIN_CONTRAST, f"{state.value} at 16 px: mean ΔL* {contrast:.1f}"


# --- the contact sheet ----------------------------------------------------------------------------


def test_contact_sheet_draws(qapp, tmp_path):
    from tests.ui_icons.make_contact_sheet import main

    out = tmp_path / "icons.png"
    assert main([str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 500 and image.height() > 500
