"""Issue 11, secrets: what a person is shown never holds a secret — neither the sentence
``messages.describe`` makes of an error (whose text may come from a server echoing the request,
or carry a URL with OMICall's ``apiKey=``) nor the dialog of an error nobody caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiohttp import web
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from agent_desktop import log as app_log
from agent_desktop.cli import Options
from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import InvalidInput, PbxError, ServerError
from tests.helpers import until
from tests.security.harness import WAIT, running_app
from tests.stub_server import stub_server

SECRET = "Sk7Qz9Lm2Xr4Wn8Vb6"
PASSWORD = 'pw "Đặc biệt" Zq8Xr4Lp7Wn2'


@pytest.mark.parametrize("error", [
    ServerError(f'cannot handle {{"api_key": "{SECRET}", "username": "agent101"}}', status=500,
                vendor="tel4vn"),
    PbxError(f"GET https://acme.omicall.vn/api/auth?apiKey={SECRET} was refused",
             vendor="omicall"),
    PbxError(f"Authorization: Bearer {SECRET} is not valid", vendor="tel4vn"),
    InvalidInput("invalid body", fields={"body": f'{{"user_id": "101_1", "secret": "{SECRET}"}}'},
                 status=400, vendor="tel4vn"),
    InvalidInput("bad", fields={"password": f"password={SECRET}"}, status=400, vendor="tel4vn"),
    RuntimeError(f"token={SECRET}"),
], ids=["echoed-json", "omicall-url", "header", "telecmi-body", "form", "not-a-pbx-error"])
@pytest.mark.parametrize("context", list(Context))
def test_describe_masks_secrets_a_server_echoes(error: BaseException, context: Context) -> None:
    text = describe(error, context)
    assert SECRET not in text
    assert text.strip()


def test_describe_masks_a_registered_secret_without_any_label() -> None:
    error = InvalidInput("bad", fields={"body": f"{PASSWORD} is too short"}, status=400,
                         vendor="tel4vn")
    assert "Zq8Xr4Lp7Wn2" in describe(error)  # no label a pattern could see ...
    app_log.redact_value(PASSWORD)  # ... but the session registers every password it sends
    assert "Zq8Xr4Lp7Wn2" not in describe(error)
    assert describe(error) == "The PBX refused the input: \u2068body: *** is too short\u2069"


def test_describe_leaves_ordinary_server_text_alone() -> None:
    error = InvalidInput("bad", fields={"api_key": "is required", "phone": "Does not match"},
                         status=400, vendor="tel4vn")
    assert describe(error) == ("The PBX refused the input: \u2068api_key: is required; "
                               "phone: Does not match\u2069")


@pytest.mark.parametrize("echo", ["labelled", "bare"])
async def test_a_failed_login_that_echoes_the_password_does_not_show_it(
        tmp_path: Path, echo: str) -> None:
    """A server that answers the login with 400 and the request in its message: the dialog's
    error and the log show neither the password nor its JSON form."""

    async def echoing(request: web.Request) -> web.Response:
        body = await request.text()
        shown = body if echo == "labelled" else json.loads(body)["password"]
        return web.json_response({"code": 400, "content": f"cannot parse request {shown}"},
                                 status=400)

    profile = tmp_path / "profile"
    async with stub_server() as stub:
        stub.on("POST", "/v1/auth", echoing)
        async with running_app(Options(debug=True), profile) as app:
            dialog = await until(lambda: app.login_dialog if app.login_dialog is not None
                                 and app.login_dialog.isVisible() else None, WAIT)
            dialog.server.setText(stub.url)
            dialog.username.setText("agent101")
            dialog.password.setText(PASSWORD)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            await until(lambda: dialog.error.text().startswith("The PBX refused"), WAIT)
            shown = dialog.error.text()
        assert stub.count("POST", "/v1/auth") == 1
    assert "cannot parse request" in shown
    app_log.reset_logging()
    logged = (profile / "logs" / "agent-desktop.log").read_text(encoding="utf-8")
    assert "log in failed" in logged
    for text in (shown, logged):
        assert "Zq8Xr4Lp7Wn2" not in text
        assert "***" in text


async def test_the_dialog_of_an_uncaught_error_shows_no_secret(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    async with running_app(Options(), profile) as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible(), WAIT)
        errors = [
            ServerError(f"upstream https://pbx/api/auth?apiKey={SECRET} said "
                        f'{{"token": "{SECRET}"}}', status=502),
            ValueError(f"password={SECRET}"),
        ]
        for error in errors:
            try:
                raise error
            except Exception as caught:  # an error nobody handled, as excepthook gets it
                app.excepthook(type(caught), caught, caught.__traceback__)
        boxes = await until(lambda: [b for b in app.window.findChildren(QMessageBox)
                                     if b.objectName() == "errorBox" and b.isVisible()], WAIT)
        assert len(boxes) == 2 and app.errors_shown == 2
        shown = [part for box in boxes
                 for part in (box.text(), box.informativeText(), box.detailedText())]
        assert any("The PBX had a problem" in part for part in shown)
        assert any("log file" in part for part in shown)
        for box in boxes:
            box.close()
    app_log.reset_logging()
    logged = (profile / "logs" / "agent-desktop.log").read_text(encoding="utf-8")
    assert "unhandled error" in logged and "ValueError" in logged
    for text in [*shown, logged]:
        assert SECRET not in text
