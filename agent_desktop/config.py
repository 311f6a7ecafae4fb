"""Where agent-desktop keeps its files, and its typed settings stored in an ini file.

``Paths`` resolves the config, data, cache and log folders (Qt's standard locations, or one
isolated profile folder given with ``--config-dir``). ``Settings`` is a dataclass whose every field
has a default and a help text; ``SettingsStore`` reads and writes it through ``QSettings`` in
``settings.ini``. Settings never hold a secret: passwords, API keys and tokens live in the OS
keyring (``core.secrets``) and in memory only.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import math
import os
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QCoreApplication, QFileInfo, QSettings, QStandardPaths

log = logging.getLogger(__name__)

APP_NAME = "agent-desktop"
ORG_NAME = "agent-desktop"

#: No settings key may contain one of these words: secrets belong in the keyring.
SECRET_WORDS = ("password", "api_key", "token", "secret")

LANGUAGES = ("system", "vi", "en")
POLL_INTERVAL_RANGE = (0.5, 60.0)
SETTINGS_FILE = "settings.ini"


def _name_is_default(name: str) -> bool:
    """True when the application name was never set (empty, or Qt's fallback: the program name)."""
    if not name:
        return True
    app = QCoreApplication.instance()
    if app is None:
        return False
    args = app.arguments()
    candidates = set()
    if args:
        candidates.update({Path(args[0]).name, Path(args[0]).stem})
    exe = QFileInfo(QCoreApplication.applicationFilePath())
    candidates.update({exe.fileName(), exe.baseName(), exe.completeBaseName()})
    return name in candidates


def _ensure_app_names() -> None:
    if _name_is_default(QCoreApplication.applicationName()):
        QCoreApplication.setApplicationName(APP_NAME)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)


def _writable(location: QStandardPaths.StandardLocation) -> Path:
    path = QStandardPaths.writableLocation(location)
    if not path:
        raise RuntimeError(f"Qt knows no writable location for {location.name}")
    return Path(path)


def _make_private_dir(path: Path) -> None:
    """``mkdir -p`` where each folder it creates is for its owner only (0o700 on POSIX)."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by someone else
            folder.mkdir(mode=0o700)
    if not path.is_dir():
        raise NotADirectoryError(str(path))


@dataclass(frozen=True)
class Paths:
    """The folders agent-desktop writes to."""

    config: Path
    data: Path
    cache: Path
    logs: Path

    @classmethod
    def resolve(cls, config_dir: Path | None = None) -> Paths:
        """An isolated profile under ``config_dir``, or Qt's standard per-user locations."""
        if config_dir is not None:
            root = Path(config_dir).expanduser().absolute()
            return cls(config=root, data=root / "data", cache=root / "cache", logs=root / "logs")
        _ensure_app_names()
        location = QStandardPaths.StandardLocation
        state = getattr(location, "StateLocation", None)  # Qt >= 6.7
        logs_base = _writable(state) if state is not None else _writable(
            location.AppLocalDataLocation)
        return cls(
            config=_writable(location.AppConfigLocation),
            data=_writable(location.AppDataLocation),
            cache=_writable(location.CacheLocation),
            logs=logs_base / "log",
        )

    def ensure(self) -> None:
        """Create every folder (owner-only where the OS has such permissions)."""
        for path in (self.config, self.data, self.cache, self.logs):
            _make_private_dir(path)


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass
class Settings:
    """Everything agent-desktop remembers between runs. No field may hold a secret."""

    vendor: str = field(default="tel4vn", metadata=_help(
        "PBX vendor of the remembered server: tel4vn, omicall or telecmi."))
    server_url: str = field(default="", metadata=_help(
        "Base URL of the remembered PBX server profile."))
    allow_plain_http: bool = field(default=False, metadata=_help(
        "Allow plain http:// to a PBX that is not on this computer (unsafe: the password and "
        "tokens cross the network unencrypted). https:// and http://127.0.0.1 need no opt-in."))
    username: str = field(default="", metadata=_help(
        "User name of the remembered login."))
    remember: bool = field(default=False, metadata=_help(
        "Remember me: keep the password in the OS keyring and log in automatically at start."))
    poll_interval: float = field(default=1.0, metadata=_help(
        "Seconds between two polls of the live calls, from 0.5 to 60."))
    language: str = field(default="system", metadata=_help(
        "User interface language: system, vi or en."))
    start_at_login: bool = field(default=False, metadata=_help(
        "Start agent-desktop when the user logs in to the desktop."))
    start_hidden: bool = field(default=False, metadata=_help(
        "Start in the tray without showing the main window."))
    handle_phone_links: bool = field(default=False, metadata=_help(
        "Make agent-desktop the computer's app for tel: and callto: links (off: leave them to "
        "whatever app has them)."))
    notify_balloon: bool = field(default=True, metadata=_help(
        "Show a tray balloon for an incoming call."))
    notify_popup: bool = field(default=True, metadata=_help(
        "Show the incoming-call popup window."))
    notify_sound: bool = field(default=False, metadata=_help(
        "Play a sound for an incoming call."))
    crm_url_template: str = field(default="", metadata=_help(
        "http(s) link opened for a call; {phone}, {call_id} and {extension} are filled in, "
        "e.g. https://crm.example/search?phone={phone}&call={call_id}&ext={extension}."))
    ring_groups: tuple[str, ...] = field(default=(), metadata=_help(
        "Ring groups (queues) this agent watches."))
    default_region: str = field(default="VN", metadata=_help(
        "Two-letter region used to read phone numbers written without a country code."))
    dial_mode: str = field(default="async", metadata=_help(
        "How click-to-call waits: async (returns at once) or sync (until my phone answers)."))
    hotline: str = field(default="", metadata=_help(
        "Hotline number outgoing calls are made from (empty: the PBX's default)."))
    known_hotlines: tuple[str, ...] = field(default=(), metadata=_help(
        "Hotlines offered in the settings: typed ones and those seen in the call history."))
    src_cid_name: str = field(default="", metadata=_help(
        "Name shown on my own phone when click-to-call rings it (empty: Click2Call)."))
    src_cid_number: str = field(default="", metadata=_help(
        "Number shown on my own phone when click-to-call rings it (empty: my extension)."))
    dest_cid_name: str = field(default="", metadata=_help(
        "Caller name put into the SIP message to the customer."))
    dest_cid_number: str = field(default="", metadata=_help(
        "Caller number put into the SIP message to the customer."))
    auto_answer: bool = field(default=False, metadata=_help(
        "Ask my phone to pick up by itself when click-to-call rings it."))
    is_encode: bool = field(default=False, metadata=_help(
        "Send dialed numbers Base64-encoded (the PBX's is_encode option)."))
    link_action: str = field(default="confirm", metadata=_help(
        "tel:, callto: and sip: links from other apps: dial at once (dial) or ask first (confirm)."))
    recent_numbers: tuple[str, ...] = field(default=(), metadata=_help(
        "Numbers dialed lately, newest first (at most 20)."))
    long_call_minutes: float = field(default=5.0, metadata=_help(
        "Supervisor: calls longer than this many minutes are highlighted."))
    team: tuple[str, ...] = field(default=(), metadata=_help(
        "Supervisor: the agents' usernames on the agent board (empty: found from calls and CDRs)."))
    event_receiver: bool = field(default=False, metadata=_help(
        "Receive the PBX's call events (webhooks) on this computer for instant popups."))
    event_receiver_host: str = field(default="127.0.0.1", metadata=_help(
        "Address the event receiver listens on (127.0.0.1: this computer only)."))
    event_receiver_port: int = field(default=8787, metadata=_help(
        "Port the event receiver listens on, from 1024 to 65535."))
    event_receiver_url: str = field(default="", metadata=_help(
        "Address the PBX posts events to, when it differs (a tunnel or a reverse proxy)."))
    window_geometry: bytes = field(default=b"", metadata=_help(
        "Main window geometry, as saved by QMainWindow.saveGeometry()."))


class _Unusable(ValueError):
    """A stored value that cannot be read as its field's type."""


def _as_str(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    raise _Unusable


def _as_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
    raise _Unusable


def _as_float(raw: object) -> float:
    if isinstance(raw, bool):
        raise _Unusable
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise _Unusable from exc
    if not math.isfinite(value):
        raise _Unusable
    return value


def _as_int(raw: object) -> int:
    value = _as_float(raw)
    if value != int(value):
        raise _Unusable
    return int(value)


def _as_str_tuple(raw: object) -> tuple[str, ...]:
    items: object = raw
    if isinstance(raw, str):
        try:
            items = json.loads(raw) if raw.strip() else []
        except ValueError as exc:
            raise _Unusable from exc
    if isinstance(items, list) and all(isinstance(item, str) for item in items):
        return tuple(item.strip() for item in items if item.strip())
    raise _Unusable


def _as_bytes(raw: object) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, (bytes, bytearray)):
        return bytes(raw)
    raise _Unusable


_READERS: dict[Any, typing.Callable[[object], Any]] = {
    str: _as_str,
    bool: _as_bool,
    float: _as_float,
    int: _as_int,
    tuple[str, ...]: _as_str_tuple,
    bytes: _as_bytes,
}


def _check_language(value: str) -> str:
    if value not in LANGUAGES:
        raise _Unusable
    return value


def _check_poll_interval(value: float) -> float:
    low, high = POLL_INTERVAL_RANGE
    return min(max(value, low), high)


def _check_vendor(value: str) -> str:
    value = value.strip().lower()
    if not value:
        raise _Unusable
    return value


def _check_region(value: str) -> str:
    value = value.strip().upper()
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise _Unusable
    return value


def _check_crm_url(value: str) -> str:
    value = value.strip()
    if value and urlsplit(value).scheme.lower() not in ("http", "https"):
        raise _Unusable  # a file: or javascript: link must never be opened for a call
    return value


def _check_host(value: str) -> str:
    value = value.strip()
    if value.lower() == "localhost":
        return value
    try:
        return str(ipaddress.ip_address(value))
    except ValueError as exc:
        raise _Unusable from exc


def _check_port(value: int) -> int:
    if not 1024 <= value <= 65535:
        raise _Unusable
    return value


def _one_of(*allowed: str) -> typing.Callable[[str], str]:
    def check(value: str) -> str:
        value = value.strip().lower()
        if value not in allowed:
            raise _Unusable
        return value
    return check


_CHECKS: dict[str, typing.Callable[[Any], Any]] = {
    "dial_mode": _one_of("async", "sync"),
    "link_action": _one_of("dial", "confirm"),
    "recent_numbers": lambda value: tuple(value[:20]),
    "long_call_minutes": lambda value: min(max(value, 0.5), 240.0),
    "language": _check_language,
    "poll_interval": _check_poll_interval,
    "vendor": _check_vendor,
    "default_region": _check_region,
    "crm_url_template": _check_crm_url,
    "event_receiver_url": _check_crm_url,
    "event_receiver_host": _check_host,
    "event_receiver_port": _check_port,
    "server_url": str.strip,
    "username": str.strip,
}


def _encode(value: object) -> object:
    """The QSettings value written for a field value: text, except bytes (a QByteArray)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    return str(value)


def _is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in SECRET_WORDS)


class SettingsStore:
    """Reads and writes ``Settings`` in ``<config>/settings.ini``."""

    def __init__(self, paths: Paths) -> None:
        self._file = paths.config / SETTINGS_FILE

    @property
    def file(self) -> Path:
        return self._file

    def _qsettings(self) -> QSettings:
        return QSettings(str(self._file), QSettings.Format.IniFormat)

    def load(self) -> Settings:
        """The stored settings; unknown keys are ignored, unusable values replaced by defaults."""
        try:
            return self._load()
        except Exception:  # a settings file must never stop the app from starting
            log.warning("settings: cannot read %s; using the defaults", self._file, exc_info=True)
            return Settings()

    def _load(self) -> Settings:
        store = self._qsettings()
        if store.status() != QSettings.Status.NoError:
            log.warning("settings: %s is unreadable (%s); using the defaults",
                        self._file, store.status().name)
            return Settings()
        hints = typing.get_type_hints(Settings)
        known = {f.name for f in fields(Settings)}
        unknown = sorted(key for key in store.allKeys() if key not in known)
        if unknown:
            log.debug("settings: ignoring unknown keys %s", ", ".join(unknown))
        values: dict[str, Any] = {}
        for f in fields(Settings):
            if not store.contains(f.name):
                continue
            raw = store.value(f.name)
            try:
                value = _READERS[hints[f.name]](raw)
                check = _CHECKS.get(f.name)
                values[f.name] = check(value) if check else value
            except _Unusable:
                # the value itself is not logged: a user may have pasted anything into the file
                log.warning("settings: %s in %s has an unusable %s value; using the default",
                            f.name, self._file, type(raw).__name__)
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        """Write every field, drop any key that looks like a secret, and flush to disk."""
        _make_private_dir(self._file.parent)
        store = self._qsettings()
        for key in store.allKeys():
            if _is_secret_key(key):
                store.remove(key)
        for f in fields(Settings):
            store.setValue(f.name, _encode(getattr(settings, f.name)))
        store.sync()
        if store.status() != QSettings.Status.NoError:
            log.warning("settings: could not write %s (%s)", self._file, store.status().name)
        elif os.name == "posix" and self._file.exists():
            self._file.chmod(0o600)
