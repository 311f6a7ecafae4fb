"""Keep the Qt Linguist translations up to date.

    python packaging/translations.py update   # re-read the sources (pyside6-lupdate)
    python packaging/translations.py check    # list unfinished entries; exit 1 if any

The .ts files in resources/translations are the source of truth; translators edit them with
pyside6-linguist. The set-up compiles them to .qm.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# Code with visible strings (the PBX layer and the simulator speak no human language).
SOURCES = [p for p in sorted((ROOT / "agent_desktop").rglob("*.py"))
           if not {"pbx", "sim"} & set(p.relative_to(ROOT / "agent_desktop").parts)]


def update() -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([str(lupdate), *map(str, SOURCES), "-ts", str(ts), "-no-obsolete"],
                       check=True)


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            out.append(source)
        elif message.get("numerus") == "yes":
            if not any((form.text or "").strip() for form in translation.iter("numerusform")):
                out.append(source)
        elif not (translation.text or "").strip():
            out.append(source)
    return out


def check() -> int:
    bad = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        for source in unfinished(ts):
            print(f"{ts.name}: unfinished: {source}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    sys.exit(check())
