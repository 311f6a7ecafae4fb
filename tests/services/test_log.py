"""Logging: the rotating file, levels, no duplicate handlers, and secrets that never get logged."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from agent_desktop import log as app_log
from agent_desktop.config import Paths
from agent_desktop.log import (
    RedactingFilter,
    install_qt_message_handler,
    redact,
    redact_value,
    setup_logging,
)

pytestmark = pytest.mark.qt_log_level_fail("WARNING")  # Qt warnings fail the test


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.resolve(tmp_path / "profile")


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if any(
        isinstance(f, RedactingFilter) for f in h.filters)]


def read_log(path: Path) -> str:
    for handler in our_handlers():
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_setup_creates_the_log_file_with_rotation(paths: Paths) -> None:
    log_file = setup_logging(paths)
    assert log_file == paths.logs / "agent-desktop.log"
    assert log_file.is_file()
    [file_handler] = [h for h in our_handlers()
                      if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert file_handler.maxBytes == 1024 * 1024
    assert file_handler.backupCount == 5
    assert file_handler.encoding == "utf-8"


def test_the_log_rotates_past_one_megabyte(paths: Paths) -> None:
    log_file = setup_logging(paths)
    logger = logging.getLogger("agent_desktop.test")
    line = "x" * 1000
    for _ in range(1100):
        logger.info("%s", line)
    assert (paths.logs / "agent-desktop.log.1").is_file()
    assert log_file.stat().st_size < 1024 * 1024


def test_messages_reach_the_file_and_stderr(paths: Paths,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    log_file = setup_logging(paths)
    logging.getLogger("agent_desktop.test").info("hello %s", "Nguyễn")
    assert "agent_desktop.test: hello Nguyễn" in read_log(log_file)
    assert "hello Nguyễn" in capsys.readouterr().err


def test_levels_default_and_debug(paths: Paths) -> None:
    setup_logging(paths)
    assert logging.getLogger().level == logging.INFO
    for name in ("httpx", "httpcore"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING
    setup_logging(paths, debug=True)
    assert logging.getLogger().level == logging.DEBUG
    for name in ("httpx", "httpcore"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.DEBUG


def test_setup_twice_does_not_duplicate_handlers(paths: Paths, tmp_path: Path) -> None:
    setup_logging(paths)
    setup_logging(paths)
    second = setup_logging(Paths.resolve(tmp_path / "other"), debug=True)
    handlers = our_handlers()
    assert len(handlers) == 2
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler) for h in handlers) == 1
    logging.getLogger("agent_desktop.test").info("once")
    assert read_log(second).count("once") == 1


SECRET = "s3cr3t-VALUE-9f8e7d"


@pytest.mark.parametrize("text", [
    f"Authorization: Bearer {SECRET}",
    f"headers={{'Authorization': 'Bearer {SECRET}'}}",
    f"(b'authorization', b'Bearer {SECRET}')",
    f"curl -H 'Authorization: {SECRET}' http://x",
    f"token is Bearer {SECRET}.",
    f"GET http://pbx/api/v1/call?api_key={SECRET}&x=1",
    f"GET http://pbx/api?apiKey={SECRET}",
    f"secret={SECRET}",
    f"client_secret = {SECRET}",
    f"form password={SECRET}&username=agent101",
    f'{{"api_key": "{SECRET}", "user": "agent101"}}',
    f'{{"token": "{SECRET}"}}',
    f'{{"password":"{SECRET}"}}',
    f'{{"callback_apikey": "{SECRET}"}}',
    '{"callback_apikey": 982734982734982}',
    f"{{'access_token': '{SECRET}', 'expires': 3600}}",
    f'{{"password": "with \\"quotes\\" {SECRET}"}}',
    f'x-api-key: "{SECRET}"',
    f"http://agent101:{SECRET}@pbx.example/",
])
def test_secret_patterns_are_redacted(text: str) -> None:
    cleaned = redact(text)
    assert SECRET not in cleaned
    assert "982734982734982" not in cleaned
    assert "***" in cleaned


@pytest.mark.parametrize("text", [
    "GET http://pbx/api/v1/call?extension=101 200",
    "agent101 logged in to http://127.0.0.1:8080",
    '{"status": "ok", "extension": "101"}',
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_redaction_reaches_the_file_and_stderr(paths: Paths,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    log_file = setup_logging(paths)
    logger = logging.getLogger("agent_desktop.test")
    logger.info("login with %s", {"password": SECRET, "user": "agent101"})
    logger.info("Authorization: Bearer %s", SECRET)
    text = read_log(log_file)
    err = capsys.readouterr().err
    for output in (text, err):
        assert SECRET not in output
        assert "'password': '***'" in output
        assert "Authorization: Bearer ***" in output


def test_registered_values_are_redacted_anywhere(paths: Paths) -> None:
    token = "opaque-token-without-a-label"
    redact_value(token)
    redact_value("short")  # under 6 characters: ignored
    log_file = setup_logging(paths)
    logger = logging.getLogger("agent_desktop.test")
    logger.info("refreshed, now using %s for agent %s", token, "short")
    text = read_log(log_file)
    assert token not in text
    assert "now using *** for agent short" in text


def test_registered_values_are_redacted_in_escaped_forms() -> None:
    password = 'p@ss w/"rd"+&='
    redact_value(password)
    assert password not in redact(f"raw {password}")
    assert "p%40ss%20w%2F%22rd%22%2B%26%3D" not in redact("url p%40ss%20w%2F%22rd%22%2B%26%3D")
    assert "p%40ss+w%2F%22rd%22%2B%26%3D" not in redact("form p%40ss+w%2F%22rd%22%2B%26%3D")
    assert 'p@ss w/\\"rd\\"+&=' not in redact('json "p@ss w/\\"rd\\"+&="')


def test_a_longer_registered_value_wins_over_one_inside_it() -> None:
    redact_value("abcdef")
    redact_value("abcdef-ghijkl")
    assert redact("x abcdef-ghijkl y") == "x *** y"


def test_tracebacks_are_redacted(paths: Paths, caplog: pytest.LogCaptureFixture) -> None:
    log_file = setup_logging(paths)
    redact_value("registered-in-traceback")
    try:
        raise RuntimeError(f"server said api_key={SECRET} and registered-in-traceback")
    except RuntimeError:
        logging.getLogger("agent_desktop.test").exception("request failed")
    text = read_log(log_file)
    assert "RuntimeError" in text
    assert SECRET not in text
    assert "registered-in-traceback" not in text
    caplog.clear()


def test_a_broken_format_string_is_still_redacted() -> None:
    record = logging.LogRecord("agent_desktop.test", logging.INFO, __file__, 1, "token=%s %s",
                               (SECRET,), None)
    assert RedactingFilter().filter(record)
    assert SECRET not in record.getMessage()
    assert "token=" in record.getMessage()


def test_the_filter_redacts_stack_info_and_only_once() -> None:
    record = logging.LogRecord("agent_desktop.test", logging.INFO, __file__, 1, "%s",
                               (f"api_key={SECRET}",), None, sinfo=f"Stack: password={SECRET}")
    redactor = RedactingFilter()
    assert redactor.filter(record) and redactor.filter(record)
    assert record.getMessage() == "api_key=***"
    assert record.stack_info == "Stack: password=***"


def test_qt_messages_go_to_the_qt_logger(caplog: pytest.LogCaptureFixture) -> None:
    previous = install_qt_message_handler()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning(f"a Qt warning with Bearer {SECRET}")
    finally:
        qInstallMessageHandler(previous)
    [record] = [r for r in caplog.records if r.name == "qt"]
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith("a Qt warning")
    caplog.clear()


def test_module_constants() -> None:
    assert app_log.MIN_REDACTED_LENGTH == 6
    assert app_log.LOG_FILE == "agent-desktop.log"


# --- pattern-based redaction as a second line of defence (issue 11) -------------------------

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudDEwMSJ9.c2lnbmF0dXJlLWJ5dGVz"


@pytest.mark.parametrize("text", [
    # OMICall puts the key in the URL: httpx logs it at INFO, aiohttp's access log too
    f'HTTP Request: GET http://pbx/omicall/api/auth?apiKey={SECRET} "HTTP/1.1 200 OK"',
    f'127.0.0.1 [22/Nov/2026:10:31:31 +0000] "GET /api/auth?apiKey={SECRET} HTTP/1.1" 200',
    f"send_request_headers.started request=<Request [b'GET']> "
    f"headers=[(b'Authorization', b'Bearer {SECRET}')]",
    f'{{"username": "101_1111112", "secret": "{SECRET}", "to": 84899098899}}',
    # qasync logs each executor job with its arguments: a keyring write holds the secret
    f"Submitting callback functools.partial(<function set_password at 0x7f>, 'agent-desktop', "
    f"'agent101@https://pbx#password', '{SECRET}') with args ()",
    # a JSON Web Token with no label at all
    f"still using {JWT} for now",
])
def test_secrets_nobody_registered_are_redacted_by_their_pattern(text: str) -> None:
    cleaned = redact(text)
    assert SECRET not in cleaned and JWT not in cleaned
    assert "***" in cleaned


@pytest.mark.parametrize("text", [
    "The PBX refused the input: api_key: is required",
    "token: missing; password: required",
])
def test_prose_about_a_key_is_not_mistaken_for_its_value(text: str) -> None:
    assert redact(text) == text


def test_a_registered_value_is_redacted_in_its_python_repr() -> None:
    password = 'Mk "Đặc biệt"/\\ Zq8'
    redact_value(password)
    for shown in (repr(password), ascii(password), repr((password,))):
        cleaned = redact(f"args {shown}")
        assert "Zq8" not in cleaned and "***" in cleaned, cleaned


async def test_what_httpx_logs_with_debug_reaches_the_file_redacted(paths: Paths) -> None:
    """The real httpx and httpcore loggers with --debug: URL and headers, never the key."""
    import httpx

    log_file = setup_logging(paths, debug=True)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"payload": {"access_token": SECRET}})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
        await client.get("https://pbx.example/api/auth", params={"apiKey": SECRET},
                         headers={"Authorization": f"Bearer {SECRET}"})
    text = read_log(log_file)
    assert "HTTP Request: GET https://pbx.example/api/auth?apiKey=***" in text
    assert SECRET not in text


async def test_without_debug_httpx_logs_nothing_and_qasync_stays_quiet(paths: Paths) -> None:
    import httpx

    log_file = setup_logging(paths)
    async with httpx.AsyncClient(transport=httpx.MockTransport(
            lambda request: httpx.Response(204))) as client:
        await client.get("https://pbx.example/api/auth", params={"apiKey": SECRET})
    assert "HTTP Request" not in read_log(log_file)
    setup_logging(paths, debug=True)
    assert logging.getLogger("qasync").getEffectiveLevel() == logging.INFO
    assert not logging.getLogger("qasync").isEnabledFor(logging.DEBUG)
