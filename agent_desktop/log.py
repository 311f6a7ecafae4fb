"""Logging for agent-desktop: a rotating file plus stderr, with secrets redacted from every record.

``setup_logging`` installs the handlers (idempotently). ``RedactingFilter`` sits on both and
rewrites each record's message, traceback and stack text so that bearer tokens, API keys and
passwords never reach a log, whether they appear as headers, query strings, JSON or Python reprs;
``redact_value`` registers a literal (the current token, say) to be masked wherever it appears,
also URL-, JSON- or repr-escaped. The patterns are the second line of defence: they mask values
nobody registered (OMICall's ``apiKey=`` in the URLs httpx logs, JSON Web Tokens, a server's echo
of a request body); ``redact`` is also applied to every error sentence shown to people
(``core.messages.describe``). With --debug, httpx and httpcore log every request; qasync stays
at INFO (its DEBUG lines repeat the arguments of each keyring call).
``install_qt_message_handler`` routes Qt's own messages to the "qt" logger.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote, quote_plus

if TYPE_CHECKING:
    from .config import Paths

LOG_FILE = "agent-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
MIN_REDACTED_LENGTH = 6
MASK = "***"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
NOISY_LOGGERS = ("httpx", "httpcore")
# Loggers kept at INFO even with --debug: their DEBUG lines say nothing about the app and carry
# the arguments of every call (qasync logs each executor job: a keyring write has the password).
QUIET_LOGGERS = ("qasync",)

_HANDLER_MARK = "_agent_desktop_handler"

# A key whose name says it holds a secret: api_key, apiKey, x-api-key, callback_apikey,
# access_token, token, password, client_secret, ...
_KEY = r"[\w-]*?(?:api[_-]?key|token|passw(?:or)?d|secret)[\w-]*"


def _quoted(group: str) -> str:
    """A quoted string (either quote, backslash escapes), its quote captured as ``group``."""
    return rf"""(?P<{group}>["'])(?:\\.|(?!(?P={group})).)*(?P={group})"""


_QUOTED = _quoted("q")

_PATTERNS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # Authorization: Bearer xxx / Basic xxx / a bare token, in headers or "key=value" text
    (re.compile(r"(?i)\b(authorization\s*[:=]\s*)(?:(bearer|basic|token)\s+)?(?!\*\*\*)[^\s,;'\"]+"),
     lambda m: m.group(1) + (m.group(2) + " " if m.group(2) else "") + MASK),
    # any remaining "Bearer xxx" (a header value in a repr, a curl line, ...)
    (re.compile(r"(?i)\b(bearer|basic)\s+(?!\*\*\*)[A-Za-z0-9\-._~+/]+=*"),
     lambda m: m.group(1) + " " + MASK),
    # "api_key": "...", 'token': '...', "callback_apikey": 123, "Authorization": "..."
    (re.compile(rf"""(?i)(?P<k>(["'])(?:{_KEY}|authorization)\2\s*:\s*)(?:{_QUOTED}|[^,}}\]\s]+)"""),
     lambda m: m.group("k") + (m.group("q") + MASK + m.group("q") if m.group("q") else MASK)),
    # api_key=..., apiKey=..., secret: ..., password=... in query strings, forms and prose;
    # after a colon a plain lower-case word is prose, not a value ("api_key: is required")
    (re.compile(rf"""(?i)(?<![\w"'-])(?P<k>{_KEY}\s*"""
                rf"""(?:=|:(?!\s*(?-i:[a-z]+)(?:[\s&,;'"}}\]]|$)))\s*)"""
                rf"""(?:{_QUOTED}|(?!\*\*\*)[^\s&,;'"}}\]]+)"""),
     lambda m: m.group("k") + (m.group("q") + MASK + m.group("q") if m.group("q") else MASK)),
    # keyring.set_password(service, account, SECRET) in a repr (an executor job in a debug log)
    (re.compile(rf"(?i)(set_password\b[^,()]*,\s*{_quoted('q1')}\s*,\s*{_quoted('q2')}\s*,\s*)"
                rf"{_QUOTED}"),
     lambda m: m.group(1) + m.group("q") + MASK + m.group("q")),
    # a JSON Web Token anywhere, labelled or not (a bearer token's usual shape)
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"), MASK),
    # credentials in a URL: scheme://user:password@host
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@"), r"\1" + MASK + "@"),
)

_values: set[str] = set()
_values_lock = threading.Lock()
_values_pattern: re.Pattern[str] | None = None


def redact_value(value: str) -> None:
    """Mask this literal (and its URL- and JSON-escaped forms) in every later log record."""
    global _values_pattern
    if not isinstance(value, str) or len(value) < MIN_REDACTED_LENGTH:
        return
    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1],
             json.dumps(value, ensure_ascii=False)[1:-1], repr(value)[1:-1], ascii(value)[1:-1]}
    with _values_lock:
        if forms <= _values:
            return
        _values.update(forms)
        ordered = sorted(_values, key=len, reverse=True)  # longest first: a value inside another
        _values_pattern = re.compile("|".join(map(re.escape, ordered)))


def forget_redacted_values() -> None:
    """Drop every registered literal (for tests, and after a full logout)."""
    global _values_pattern
    with _values_lock:
        _values.clear()
        _values_pattern = None


def redact(text: str) -> str:
    """``text`` with every known secret pattern and registered value replaced by ``***``."""
    pattern = _values_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    for regex, replacement in _PATTERNS:
        text = regex.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's formatted message, traceback and stack so no secret is emitted."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_agent_desktop_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format: show the format, never the unlabelled arguments
            message = f"{record.msg} [format error; arguments not shown]"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._agent_desktop_redacted = True
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (pytest swaps it; a GUI build has none)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO | None:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _our_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if getattr(h, _HANDLER_MARK, False)]


def reset_logging() -> None:
    """Remove and close the handlers ``setup_logging`` installed."""
    root = logging.getLogger()
    for handler in _our_handlers(root):
        root.removeHandler(handler)
        handler.close()


def setup_logging(paths: Paths, debug: bool = False) -> Path:
    """Log to ``<logs>/agent-desktop.log`` (1 MB x 5, rotated) and stderr; returns the file path.

    Calling it again replaces the handlers it installed before rather than adding more.
    """
    reset_logging()
    paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_file = paths.logs / LOG_FILE
    formatter = logging.Formatter(FORMAT)
    redactor = RedactingFilter()

    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler]
    if sys.stderr is not None:
        handlers.append(_StderrHandler())

    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if debug else logging.WARNING)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    return log_file


_QT_LEVELS = {
    "QtDebugMsg": logging.DEBUG,
    "QtInfoMsg": logging.INFO,
    "QtWarningMsg": logging.WARNING,
    "QtCriticalMsg": logging.ERROR,
    "QtFatalMsg": logging.CRITICAL,
}


def _qt_message_handler(mode: Any, context: Any, message: str) -> None:
    level = _QT_LEVELS.get(getattr(mode, "name", str(mode)), logging.WARNING)
    category = getattr(context, "category", None)
    if not category or category == "default":
        name = "qt"
    else:
        name = category if category.startswith("qt.") else f"qt.{category}"
    logger = logging.getLogger(name)
    logger.log(level, "%s", message)


def install_qt_message_handler() -> Callable[..., Any] | None:
    """Route Qt's messages (qDebug ... qFatal) to the "qt" logger; returns the previous handler."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(_qt_message_handler)
