"""Translations are complete: every .ts entry is finished, and the sources hold no string the .ts
files do not know yet (pyside6-lupdate over a copy). Fix a failure with
``python packaging/translations.py update``, then translate the listed strings (pyside6-linguist).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def _translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _translations()


def test_there_are_translations() -> None:
    assert [ts.name for ts in TS_FILES] == ["agent_desktop_vi.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_entries(ts: Path) -> None:
    unfinished = translations.unfinished(ts)
    assert not unfinished, f"{ts.name}: {len(unfinished)} unfinished:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_sources_have_no_untranslated_strings(ts: Path, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    subprocess.run([str(lupdate), *map(str, translations.SOURCES), "-ts", str(copy),
                    "-no-obsolete", "-silent"], check=True, timeout=120, capture_output=True)
    missing = translations.unfinished(copy)
    assert not missing, (f"{ts.name} lacks {len(missing)} string(s) the code shows:\n"
                         + "\n".join(missing))


def test_the_check_catches_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "x_vi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">'
        "<context><name>X</name>"
        "<message><source>Done</source><translation>Xong</translation></message>"
        '<message><source>Save</source><translation type="unfinished">Lưu</translation>'
        "</message><message><source>Empty</source><translation></translation></message>"
        '<message numerus="yes"><source>%n calls</source><translation>'
        "<numerusform></numerusform></translation></message>"
        "</context></TS>\n", encoding="utf-8")
    assert translations.unfinished(ts) == ["Save", "Empty", "%n calls"]
