"""Several vendors behind one app: OMICall and TeleCMI accounts get what their APIs offer (calling),
and the window says why the rest (live calls, history, customers, supervisor) is missing."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from agent_desktop.cli import Options
from agent_desktop.config import Settings
from agent_desktop.pbx.models import ClickToCallMode
from agent_desktop.ui.login_dialog import LoginDialog
from tests.helpers import until
from tests.ui.app_harness import running_app


async def sim_requests(app, path: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=app.demo.simulator.url, timeout=10) as http:
        return (await http.get("/_sim/requests", params={"path": path})).json()["requests"]


@pytest.mark.parametrize("vendor, path, expected", [
    ("omicall", "/omicall/api/click2call",
     {"extension": "101", "hotline": "19001919", "phone_number": "0899098899"}),
    ("telecmi", "/telecmi/v2/webrtc/click2call", {"to": 84899098899}),
])
async def test_a_vendor_without_live_calls_dials_and_explains_the_rest(
        tmp_path: Path, vendor: str, path: str, expected: dict) -> None:
    async with running_app(Options(demo=True, vendor=vendor), tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        window = app.window
        caps = app.session.capabilities
        assert not caps.live_calls and not caps.call_actions and caps.click_to_call_async
        await until(lambda: window.tabs.count() >= 3)
        names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
        # the live calls, history and customers say why they are empty; no supervisor tab
        assert names[:3] == ["unavailable-calls", "unavailable-history", "unavailable-customers"]
        assert "supervisorPage" not in names and "unavailable-supervisor" not in names
        assert (vendor == "omicall") == ("campaignsPage" in names)  # OMICall's auto-call
        explained = window.tabs.widget(0)
        assert "API has no list of the calls" in explained.body.text()
        assert not app.poller.running and app.agent_board is None  # never built
        assert not app.dial_bar.mode_button.isVisibleTo(app.dial_bar)  # one mode only
        placed: list[str] = []
        app.dialer.placed.connect(lambda _request, call_id: placed.append(call_id))
        app.dialer.dial("0899 098 899", "dial bar", mode=ClickToCallMode.SYNC)
        await until(lambda: placed, timeout=10)
        sent = await sim_requests(app, path)
        assert len(sent) == 1 and sent[0]["method"] == "POST"
        assert expected.items() <= sent[0]["json"].items()
        assert app.demo.simulator.engine.calls  # a real call on the PBX


async def test_the_omicall_campaigns_tab_is_the_auto_call_builder(tmp_path: Path) -> None:
    async with running_app(Options(demo=True, vendor="omicall"), tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        app.window.show_page("campaigns")
        page = app.window.tabs.currentWidget()
        assert page.objectName() == "campaignsPage"
        assert page.currentWidget() is app.auto_call_view


async def test_tel4vn_supervisor_keeps_every_view(tmp_path: Path) -> None:
    async with running_app(Options(demo=True, demo_role="supervisor"), tmp_path / "p") as app:
        await until(lambda: app.session.logged_in and app.window.tabs.count() == 5)
        names = [app.window.tabs.widget(i).objectName() for i in range(5)]
        assert not any(n.startswith("unavailable-") for n in names)
        assert app.poller.running
        assert app.dial_bar.mode_button.isVisibleTo(app.dial_bar)


def test_the_login_dialog_names_each_vendors_fields(qtbot) -> None:
    dialog = LoginDialog(Settings(), remember_available=True)
    qtbot.addWidget(dialog)
    labels = {}
    for key in ("tel4vn", "omicall", "telecmi"):
        dialog.vendor.setCurrentIndex(dialog.vendor.findData(key))
        labels[key] = (dialog.username_label.text(), dialog.password_label.text())
    assert labels == {"tel4vn": ("Username", "Password"), "omicall": ("Extension", "API key"),
                      "telecmi": ("User id", "App secret")}
    assert dialog.server.text() == "https://rest.telecmi.com"  # TeleCMI's one address
    assert "TeleCMI" in dialog.hint.text() and dialog.hint.isVisibleTo(dialog)
    dialog.username.setText("101_1111112")
    dialog.password.setText("s3cret")
    with qtbot.waitSignal(dialog.submitted) as sent:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert sent.args == ["telecmi", "https://rest.telecmi.com", "101_1111112", "s3cret", False]
