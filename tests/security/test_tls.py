"""Issue 11, TLS: certificates are always verified. A PBX whose certificate this computer does not
trust is refused with a sentence that says so (nothing is sent); the same PBX is accepted once its
CA is trusted through SSL_CERT_FILE. The server is the simulator itself, served over https with
certificates made in the test."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web
from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.cli import Options
from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import TlsError
from agent_desktop.pbx.http import CERTIFICATE_UNTRUSTED
from agent_desktop.pbx.tel4vn import Tel4vnClient
from agent_desktop.sim import Simulator
from tests import helpers
from tests.helpers import until
from tests.security.certs import ServerCerts, make_certs
from tests.security.harness import WAIT, running_app

UNTRUSTED = "The server's certificate is not trusted"


@asynccontextmanager
async def https_pbx(certs: ServerCerts) -> AsyncIterator[tuple[Simulator, str]]:
    """The simulator's routes on https://127.0.0.1:<free port> with ``certs``."""
    sim = Simulator(helpers.fast_config(seed=3))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs.cert, certs.key)
    runner = web.AppRunner(sim.build_app(), handle_signals=False, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    try:
        yield sim, f"https://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


@pytest.fixture(autouse=True)
def no_ca_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


async def login(url: str) -> Tel4vnClient:
    client = Tel4vnClient(url)
    try:
        await client.login("agent101", "demo123")
    except BaseException:
        await client.aclose()
        raise
    return client


@pytest.mark.parametrize("names", [("localhost", "127.0.0.1"), ("pbx.example.com",)],
                         ids=["unknown-ca", "wrong-name"])
async def test_an_untrusted_certificate_is_refused_and_said_so(
        tmp_path: Path, names: tuple[str, ...]) -> None:
    certs = make_certs(tmp_path / "certs", names)
    async with https_pbx(certs) as (sim, url):
        with pytest.raises(TlsError) as caught:
            await login(url)
        if names[0] == "pbx.example.com":  # a CA we trust, a certificate for another name
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("SSL_CERT_FILE", str(certs.ca))
                with pytest.raises(TlsError) as caught:
                    await login(url)
        assert sim.requests.select() == []  # refused before any request was sent
    error = caught.value
    assert error.code == CERTIFICATE_UNTRUSTED and not error.request_sent
    assert "not trusted" in str(error)
    sentence = describe(error, Context.LOGIN)
    assert sentence.startswith(UNTRUSTED) and "SSL_CERT_FILE" in sentence


async def test_the_pbx_is_accepted_once_its_ca_is_trusted_with_ssl_cert_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    certs = make_certs(tmp_path / "certs")
    monkeypatch.setenv("SSL_CERT_FILE", str(certs.ca))
    async with https_pbx(certs) as (_sim, url):
        client = await login(url)
        try:
            assert client.account is not None and client.account.extension == "101"
            calls = await client.list_calls()
            assert calls.total == len(calls.data)
        finally:
            await client.aclose()


async def test_the_login_dialog_says_the_certificate_is_not_trusted(tmp_path: Path) -> None:
    certs = make_certs(tmp_path / "certs")
    async with https_pbx(certs) as (_sim, url):
        async with running_app(Options(), tmp_path / "profile") as app:
            dialog = await until(lambda: app.login_dialog if app.login_dialog is not None
                                 and app.login_dialog.isVisible() else None, WAIT)
            dialog.server.setText(url)
            dialog.username.setText("agent101")
            dialog.password.setText("demo123")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            await until(lambda: dialog.error.text().startswith(UNTRUSTED), WAIT)
            assert not app.session.logged_in and dialog.isVisible()
