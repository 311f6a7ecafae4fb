"""The AppStream metainfo: valid for ``appstreamcli`` (only pedantic notes: the id's capital
letters, Flathub's own convention) and in step with the desktop file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from agent_desktop.core.desktop_integration import APP_ID
from agent_desktop.core.desktop_integration.linux import DESKTOP_FILE, METAINFO, TEMPLATE
from tests.desktop.conftest import need, run

ROOT = Path(__file__).resolve().parents[2]
FILE = ROOT.joinpath(*METAINFO)
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_appstreamcli_validates_it_with_pedantic_notes_only() -> None:
    done = run([need("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic",
                str(FILE)])
    assert done.returncode == 0, done.stdout + done.stderr
    issues = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert issues == [f"P: {APP_ID}:6: cid-contains-uppercase-letter {APP_ID}"], done.stdout


def test_it_matches_the_desktop_file_and_speaks_vietnamese() -> None:
    root = ET.parse(FILE).getroot()
    assert root.findtext("id") == APP_ID and FILE.name == f"{APP_ID}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    desktop = dict(line.split("=", 1) for line in
                   ROOT.joinpath(*TEMPLATE).read_text(encoding="utf-8").splitlines() if "=" in line)
    mediatypes = [m.text for m in root.iter("mediatype")]
    assert ";".join(mediatypes) + ";" == desktop["MimeType"]
    assert [c.text for c in root.iter("category")] == desktop["Categories"].split(";")[:-1]
    for tag in ("name", "summary", "developer_name"):
        assert any(e.get(LANG) == "vi" and e.text for e in root.iter(tag)), tag
    description = root.find("description")
    assert description is not None and any(p.get(LANG) == "vi" for p in description)
    assert root.find("releases/release[@version='0.1.0']") is not None
    for image in root.iter("image"):  # each screenshot exists in the tree
        assert (ROOT / "docs" / "screenshots" / Path(image.text).name).is_file()
