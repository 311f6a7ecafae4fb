"""Issue 11, TLS: plain http:// only to this computer (127.0.0.0/8, ::1, localhost), or with an
explicit, warned opt-in (the "allow plain http" setting, or --allow-plain-http for one run).
Refused before anything is sent, with a sentence that says why and how to opt in."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.app import EXIT_FAILED
from agent_desktop.cli import parse
from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.messages import Context, describe
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.pbx import vendors
from agent_desktop.pbx.http import PlainHttpRefused, check_address, is_loopback_host
from agent_desktop.pbx.tel4vn import Tel4vnClient
from agent_desktop.sim import Simulator
from agent_desktop.ui.login_dialog import LoginDialog
from agent_desktop.ui.settings_dialog import SettingsDialog
from tests.helpers import until
from tests.security.harness import WAIT, running_app

REMOTE = "http://pbx.example.com"
REFUSED = "This address starts with http://"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080", "http://127.3.2.1", "http://[::1]:8080", "http://localhost:80/pbx",
    "http://LOCALHOST", "http://pbx.localhost", "https://pbx.example.com",
    "https://10.0.0.5:8443", "HTTPS://PBX.EXAMPLE.COM",
])
def test_https_and_this_computer_need_no_opt_in(url: str) -> None:
    check_address(url)


@pytest.mark.parametrize("url", [
    REMOTE, "http://10.0.0.5:8080", "http://[2001:db8::1]/", "HTTP://PBX.EXAMPLE.COM",
    "http://127.0.0.1.example.com", "http://localhost.example.com", "http://0.0.0.0:8080",
])
def test_plain_http_elsewhere_is_refused_unless_allowed(url: str) -> None:
    with pytest.raises(PlainHttpRefused) as caught:
        check_address(url)
    assert caught.value.code == "plain_http"
    check_address(url, allow_plain_http=True)
    sentence = describe(caught.value, Context.LOGIN)
    assert sentence.startswith(REFUSED)
    assert "https://" in sentence and "Allow plain http://" in sentence
    assert "--allow-plain-http" in sentence


def test_loopback_hosts() -> None:
    assert is_loopback_host("::ffff:127.0.0.1") and is_loopback_host("[::1]")
    assert not is_loopback_host("") and not is_loopback_host("pbx.example.com")


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    return SettingsStore(paths)


async def test_the_session_refuses_before_anything_is_made_or_sent(
        sim: Simulator, store: SettingsStore) -> None:
    made: list[str] = []

    def factory(vendor: str, url: str) -> Tel4vnClient:  # REMOTE is really the simulator
        made.append(url)
        return vendors.make_client(vendor, sim.url)

    session = Session(store, Settings(), SecretStore(), client_factory=factory)
    with pytest.raises(PlainHttpRefused):
        await session.login(REMOTE, "agent101", "demo123")
    assert made == [] and not session.logged_in and sim.requests.select() == []
    await session.login("pbx.example.com", "agent101", "demo123")  # no scheme: https://
    assert made == ["https://pbx.example.com"]
    await session.logout()

    session.settings = replace(session.settings, allow_plain_http=True)  # the setting
    await session.login(REMOTE, "agent101", "demo123")
    assert made[-1] == REMOTE and session.logged_in
    await session.logout()

    session.settings = replace(session.settings, allow_plain_http=False)
    session.allow_plain_http = True  # --allow-plain-http
    assert session.plain_http_allowed
    await session.login(REMOTE, "agent101", "demo123")
    assert session.logged_in
    await session.logout()


async def test_the_login_dialog_refuses_plain_http_and_says_how_to_opt_in(
        tmp_path: Path) -> None:
    async with running_app(parse([]), tmp_path / "profile") as app:
        dialog = await until(lambda: app.login_dialog if app.login_dialog is not None
                             and app.login_dialog.isVisible() else None, WAIT)
        assert not dialog.plain_http_warning.isVisible()
        dialog.server.setText(REMOTE)
        dialog.username.setText("agent101")
        dialog.password.setText("demo123")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await until(lambda: dialog.error.text().startswith(REFUSED), WAIT)
        assert dialog.isVisible() and dialog.password.isEnabled() and not app.session.logged_in


async def test_with_the_opt_in_the_login_dialog_keeps_a_warning(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    paths = Paths.resolve(profile)
    paths.ensure()
    SettingsStore(paths).save(Settings(allow_plain_http=True))
    async with running_app(parse([]), profile) as app:
        dialog = await until(lambda: app.login_dialog if app.login_dialog is not None
                             and app.login_dialog.isVisible() else None, WAIT)
        warning = dialog.plain_http_warning
        assert warning.isVisible() and "unencrypted" in warning.text()
        dialog.server.setText("http://127.0.0.1:1")  # refused connection: an error shows ...
        dialog.username.setText("agent101")
        dialog.password.setText("demo123")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await until(lambda: dialog.error.text().startswith("The server cannot be reached"), WAIT)
        assert warning.isVisible()  # ... and the warning stays


@pytest.mark.parametrize("opt_in", [False, True])
async def test_the_command_line_refuses_plain_http_unless_told(
        sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], opt_in: bool) -> None:
    made: list[str] = []

    def tel4vn(url: str, **kwargs: object) -> Tel4vnClient:  # REMOTE is really the simulator
        made.append(url)
        return Tel4vnClient(sim.url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setitem(vendors._CLIENTS, "tel4vn", tel4vn)
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    argv = ["--server", REMOTE, "--username", "agent101", "--password-stdin"]
    options = parse(argv + ["--allow-plain-http"] * opt_in)
    assert options.allow_plain_http is opt_in
    async with running_app(options, tmp_path / "profile") as app:
        if opt_in:
            await until(lambda: app.session.logged_in, WAIT)
            assert made == [REMOTE] and app.session.server_url == REMOTE
        else:
            await until(lambda: app.exit_code == EXIT_FAILED, WAIT)
    if not opt_in:
        assert made == [] and sim.requests.select() == []
        assert REFUSED in capsys.readouterr().err
    # the flag is for this run: nothing of it is saved
    assert not SettingsStore(Paths.resolve(tmp_path / "profile")).load().allow_plain_http


def test_the_settings_dialog_opt_in_shows_its_warning_and_is_saved(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.allow_plain_http.isChecked()
    assert not dialog.plain_http_warning.isVisible()
    dialog.allow_plain_http.setChecked(True)
    assert dialog.plain_http_warning.isVisible()
    assert "unencrypted" in dialog.plain_http_warning.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved.args[0].allow_plain_http is True


def test_the_opt_in_setting_round_trips(store: SettingsStore) -> None:
    assert Settings().allow_plain_http is False
    store.save(Settings(allow_plain_http=True))
    assert store.load().allow_plain_http is True
    assert "allow_plain_http=true" in store.file.read_text()


def test_a_login_dialog_without_the_opt_in_has_no_warning(qtbot) -> None:
    dialog = LoginDialog(Settings(), remember_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.plain_http_warning.isVisible()
