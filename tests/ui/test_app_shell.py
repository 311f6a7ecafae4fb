"""The app shell: logging in and out, secrets, the window, the tray menu, languages, hand-offs."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from agent_desktop.cli import Options, parse
from agent_desktop.config import Paths, SettingsStore
from agent_desktop.core.single_instance import server_name
from agent_desktop.sim import Simulator
from agent_desktop.ui.call_table import CALL_ID_ROLE
from tests.memory_keyring import MemoryKeyring
from tests.stub_server import raw_reply, stub_server
from tests.ui.app_harness import running_app
from tests.helpers import until


SECOND_LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
from agent_desktop.core.single_instance import SingleInstance
app = QCoreApplication([])
sys.exit(0 if SingleInstance(sys.argv[1]).send(sys.argv[2:]) else 1)
"""


async def second_launch(key: str, args: list[str]) -> int:
    """A second launch in its own process, as for real. (Never SingleInstance.send() inside
    this test's loop: it runs a nested Qt event loop inside the running qasync one.)"""
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", SECOND_LAUNCH, key, *args)
    return await asyncio.wait_for(proc.wait(), 30)


def fill_login(app, url: str, username: str, password: str, remember: bool = False) -> None:
    dialog = app.login_dialog
    dialog.server.setText(url)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


async def test_login_dialog_then_window_shows_who_i_am(sim: Simulator, tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
        fill_login(app, sim.url, "agent101", "demo123")
        await until(lambda: app.session.logged_in and not app.login_dialog.isVisible())
        await until(lambda: app.session.ext_loggedin is not None)
        window = app.window
        assert window.who.text() == "Nguyễn Thị Lan"
        assert "Extension 101" in window.where.text() and "Agent" in window.where.text()
        assert "phone logged in" in window.where.text()
        assert window.connection_label.text() == f"Connected to {sim.url}"
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["Live calls", "History", "Customers"]  # no supervisor places


async def test_a_finished_app_leaves_no_log_handler_behind(tmp_path: Path) -> None:
    # Its log file lives in the test's own folder, and its stderr handler would print the
    # next tests' logs between pytest's lines.
    def ours() -> list[logging.Handler]:
        return [h for h in logging.getLogger().handlers
                if getattr(h, "_agent_desktop_handler", False)]

    async with running_app(Options(demo=True), tmp_path / "p"):
        assert ours()
    assert not ours()


@pytest.mark.parametrize("case", ["password", "unreachable", "tls", "not-a-pbx", "html-200"])
async def test_login_failures_are_explained(sim: Simulator, tmp_path: Path, case: str) -> None:
    expected = {
        "password": "Wrong username or password.",
        "unreachable": "The server cannot be reached",
        "tls": "A secure connection to the server could not be made",
        "not-a-pbx": "This address does not answer like a PBX",
        "html-200": "This address does not answer like a PBX",
    }[case]
    async with stub_server() as stub:
        stub.on("POST", "/v1/auth", raw_reply("<html><body>Welcome</body></html>"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            free = s.getsockname()[1]
        url, password = {
            "password": (sim.url, "wrong"),
            "unreachable": (f"http://127.0.0.1:{free}", "demo123"),
            "tls": (sim.url.replace("http://", "https://"), "demo123"),
            "not-a-pbx": (stub.url + "/not/here", "demo123"),
            "html-200": (stub.url, "demo123"),
        }[case]
        async with running_app(Options(), tmp_path / "p") as app:
            await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
            fill_login(app, url, "agent101", password)
            error = app.login_dialog.error
            await until(lambda: error.text() != "Logging in…" and error.isVisible())
            assert error.text().startswith(expected), error.text()
            assert app.login_dialog.isVisible() and app.login_dialog.password.isEnabled()
            assert not app.session.logged_in


async def test_remember_me_logs_in_at_start_and_logout_forgets(
    sim: Simulator, tmp_path: Path
) -> None:
    profile = tmp_path / "p"
    async with running_app(Options(), profile) as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
        assert app.login_dialog.remember.isEnabled()
        fill_login(app, sim.url, "agent101", "demo123", remember=True)
        await until(lambda: app.session.logged_in)
        api_key = app.session.client.api_key
        token = app.session.client.token.token
    assert set(MemoryKeyring.entries.values()) == {"demo123", api_key, token}
    assert {user.rsplit("#", 1)[1] for _, user in MemoryKeyring.entries} == {
        "password", "api_key", "token"}
    settings = SettingsStore(Paths.resolve(profile)).load()
    assert settings.remember and settings.username == "agent101"

    async with running_app(Options(), profile) as app:
        await until(lambda: app.session.logged_in)
        assert app.login_dialog is None  # no dialog: the remembered profile was used
        await app.logout()
        assert not app.session.logged_in
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
    assert MemoryKeyring.entries == {}  # log out forgets every secret
    assert not SettingsStore(Paths.resolve(profile)).load().remember


async def test_no_secret_in_any_file(sim: Simulator, tmp_path: Path, isolated: Path) -> None:
    profile = tmp_path / "p"
    async with running_app(Options(debug=True), profile) as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
        fill_login(app, sim.url, "agent101", "demo123", remember=True)
        await until(lambda: app.session.logged_in and app.session.ext_loggedin is not None)
        secrets = [b"demo123", app.session.client.api_key.encode(),
                   app.session.client.token.token.encode()]
        await app.session.refresh_status()
    files = [p for root in (profile, isolated) for p in root.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".log") for p in files) and any(p.suffix == ".ini" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, f"a secret is in {path}"


async def test_demo_supervisor_sees_the_supervisor_places(tmp_path: Path) -> None:
    async with running_app(Options(demo=True, demo_role="supervisor"), tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        assert app.session.account.is_admin
        window = app.window
        await until(lambda: window.tabs.count() == 5)
        assert [window.tabs.tabText(i) for i in range(5)][-2:] == ["Supervisor", "Campaigns"]
        assert app.demo is not None and app.session.server_url.startswith("http://127.0.0.1:")
        # the demo shows the events at work: the receiver is on and hooked to the demo PBX
        await until(lambda: app.receiver.listening)
        url, key = app.receiver_target()
        hooks = app.demo.simulator.tenant.hooks
        assert sorted(h.event_name for h in hooks) == ["answered", "cdr", "hangup", "ringing"]
        assert {(h.callback_url, h.callback_apikey) for h in hooks} == {(url, key)}
        from agent_desktop.core.secrets import RECEIVER_ACCOUNT, SecretKind

        assert await app.secrets.get(RECEIVER_ACCOUNT, SecretKind.EVENT_KEY) is None  # run only
        app.demo.ring("100")
        await until(lambda: app.receiver.count >= 1, timeout=15)


async def test_command_line_login_with_password_on_stdin(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "supervisor", "--password-stdin"])
    async with running_app(options, tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        assert app.session.account.extension == "100" and app.login_dialog is None


async def test_second_launch_hands_over_its_link(sim: Simulator, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "agent101", "--password-stdin"])
    async with running_app(options, tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        key = server_name(Paths.resolve(tmp_path / "p").config)
        for _ in range(2):  # a browser handing the same link over twice, from its own process
            assert await second_launch(key, parse(["tel:0899098899"]).forwarded()) == 0
        await until(lambda: len(app.toasts.toasts()) == 1)  # ask first (the default), once
        toast = app.toasts.toasts()[0]
        assert toast.request.number.dial == "0899098899"
        placed: list[str] = []
        app.dialer.placed.connect(lambda _request, call_id: placed.append(call_id))
        toast.call_button.click()
        await until(lambda: placed and app._placed_call == "")  # shown in the live calls
        selected = app.calls_view.table.selectionModel().selectedRows()
        assert len(selected) == 1 and selected[0].data(CALL_ID_ROLE) == placed[0]
        async with httpx.AsyncClient(base_url=sim.url) as control:
            sent = (await control.get("/_sim/requests",
                                      params={"path": "/v1/click2call/async"})).json()
        assert [r["query"]["phone"] for r in sent["requests"]] == ["0899098899"]


async def test_language_switch(sim: Simulator, tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
        assert app.login_dialog.windowTitle().startswith("Log in")
        app.apply_settings(replace(app.settings, language="vi"))
        await until(lambda: app.window.tabs.tabText(0) != "Live calls")
        assert app.window.tabs.tabText(0) == "Cuộc gọi hiện tại"
        assert app.login_dialog.windowTitle().startswith("Đăng nhập")
        assert app.window.file_menu.title() == "&Tệp"
        app.apply_settings(replace(app.settings, language="en"))
        await until(lambda: app.window.tabs.tabText(0) == "Live calls")
    assert SettingsStore(Paths.resolve(tmp_path / "p")).load().language == "en"


async def test_without_a_tray_closing_the_window_quits(sim: Simulator, tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        assert app.tray is None  # offscreen: no system tray
        app.window.close()
        await until(lambda: app._quit.done())


async def test_unexpected_errors_are_logged_and_shown(tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        async def broken() -> None:
            raise RuntimeError("boom")

        app.spawn(broken())
        await until(lambda: app.errors_shown == 1)
        box = app.window.findChild(QMessageBox, "errorBox")
        assert box is not None and "Something went wrong (RuntimeError)" in box.text()
        box.close()
    log_text = (tmp_path / "p" / "logs" / "agent-desktop.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log_text


async def test_start_hidden_needs_a_tray(sim: Simulator, tmp_path: Path) -> None:
    profile = tmp_path / "p"
    store = SettingsStore(Paths.resolve(profile))
    store.save(replace(store.load(), start_hidden=True))
    async with running_app(Options(), profile) as app:
        # Offscreen there is no tray, so hiding would leave no way in: the window shows.
        assert app.tray is None and app.window.isVisible()
