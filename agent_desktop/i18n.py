"""Vietnamese and English: Qt Linguist translators, switchable while the app runs.

Source strings are English and go through ``tr()``; ``resources/translations/*.ts`` hold the
translations and the set-up compiles them to ``.qm`` with ``pyside6-lrelease``. Installing a
translator makes Qt send LanguageChange to every widget, which re-reads its strings.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
LANGUAGE_NAMES = {"system": "System", "vi": "Tiếng Việt", "en": "English"}


def translations_dir() -> Path:
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "resources" / "translations"
    if getattr(sys, "_MEIPASS", None) and bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def effective_language(setting: str) -> str:
    """``system`` becomes the system's language when we have it, else English."""
    if setting in LANGUAGES:
        return setting
    name = QLocale.system().name().lower()
    return "vi" if name.startswith("vi") else "en"


class Translations:
    """The app's translators; ``use(language)`` swaps them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, setting: str) -> str:
        app = QCoreApplication.instance()
        assert app is not None
        language = effective_language(setting)
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":
            ours = QTranslator(app)
            qm = translations_dir() / f"agent_desktop_{language}.qm"
            if ours.load(str(qm)):
                self._installed.append(ours)
            else:
                log.warning("no translation file %s (run the set-up to build it)", qm)
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt)
        # Installing or removing a translator sends LanguageChange to every widget.
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                                   else QLocale.Language.English))
        return language
