"""Paths and typed settings: where files go, and what survives a trip through settings.ini."""

from __future__ import annotations

import dataclasses
import logging
import stat
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from agent_desktop.config import (
    APP_NAME,
    ORG_NAME,
    SECRET_WORDS,
    Paths,
    Settings,
    SettingsStore,
)
from agent_desktop.core.secrets import SecretKind, SecretStore, account_key

pytestmark = pytest.mark.qt_log_level_fail("WARNING")  # Qt warnings fail the test


@pytest.fixture
def unnamed_app() -> Iterator[None]:
    """The application and organisation names as a fresh program has them: not set."""
    app_name, org_name = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("")
    QCoreApplication.setOrganizationName("")
    yield
    QCoreApplication.setApplicationName(app_name)
    QCoreApplication.setOrganizationName(org_name)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    result = Paths.resolve(tmp_path / "profile")
    result.ensure()
    return result


def non_default_settings() -> Settings:
    return Settings(
        vendor="omicall",
        server_url="https://pbx.example.vn:8443",
        allow_plain_http=True,
        handle_phone_links=True,
        username="Nguyễn Văn A, agent 101",
        remember=True,
        poll_interval=2.5,
        language="vi",
        start_at_login=True,
        start_hidden=True,
        notify_balloon=False,
        notify_popup=False,
        notify_sound=True,
        crm_url_template="https://crm.example/search?phone={phone}&call={call_id}&ext={extension};x",
        ring_groups=("sales, north", "support \"vip\"", "hỗ trợ"),
        default_region="US",
        dial_mode="sync",
        hotline="19001919",
        known_hotlines=("19001919", "02873001234"),
        src_cid_name="Bán hàng",
        src_cid_number="19001919",
        dest_cid_name="Công ty ABC",
        dest_cid_number="02873001234",
        auto_answer=True,
        is_encode=True,
        link_action="dial",
        recent_numbers=("0899098899", "+14155552671"),
        long_call_minutes=12.5,
        team=("agent101", "agent102"),
        event_receiver=True,
        event_receiver_host="0.0.0.0",
        event_receiver_port=9123,
        event_receiver_url="https://desk-7.example.com/hooks",
        window_geometry=b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\n=@,",
    )


# -- Paths ------------------------------------------------------------------------------------

def test_paths_with_a_config_dir_keep_everything_inside_it(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    paths = Paths.resolve(root)
    assert paths == Paths(config=root, data=root / "data", cache=root / "cache",
                          logs=root / "logs")


def test_paths_from_a_relative_config_dir_are_absolute(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = Paths.resolve(Path("rel"))
    assert paths.config == tmp_path / "rel"
    assert paths.logs.is_absolute()


@pytest.mark.usefixtures("unnamed_app")
def test_paths_without_config_dir_follow_qt_standard_locations(isolated_home: Path) -> None:
    paths = Paths.resolve()
    sub = Path(ORG_NAME) / APP_NAME
    assert paths.config == isolated_home / ".config" / sub
    assert paths.data == isolated_home / ".local/share" / sub
    assert paths.cache == isolated_home / ".cache" / sub
    assert paths.logs == isolated_home / ".local/state" / sub / "log"
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.organizationName() == ORG_NAME


@pytest.mark.usefixtures("unnamed_app")
def test_paths_keep_names_the_app_has_set(isolated_home: Path) -> None:
    QCoreApplication.setApplicationName("phone-helper")
    QCoreApplication.setOrganizationName("acme")
    paths = Paths.resolve()
    assert paths.config == isolated_home / ".config/acme/phone-helper"


def test_ensure_makes_owner_only_folders_and_is_idempotent(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "a" / "profile")
    paths.ensure()
    paths.ensure()
    for folder in (tmp_path / "a", paths.config, paths.data, paths.cache, paths.logs):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_ensure_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "profile").write_text("not a folder")
    with pytest.raises(OSError):
        Paths.resolve(tmp_path / "profile").ensure()


# -- Settings ---------------------------------------------------------------------------------

def test_every_setting_has_a_default_and_a_help_text() -> None:
    settings = Settings()
    for field in dataclasses.fields(Settings):
        assert field.default is not dataclasses.MISSING or \
            field.default_factory is not dataclasses.MISSING, field.name
        assert field.metadata.get("help", "").strip(), field.name
        assert getattr(settings, field.name) is not None


def test_no_setting_can_hold_a_secret() -> None:
    for field in dataclasses.fields(Settings):
        assert not any(word in field.name.lower() for word in SECRET_WORDS), field.name
    assert {"password", "api_key", "token", "secret"} <= set(SECRET_WORDS)


def test_missing_file_gives_defaults(paths: Paths) -> None:
    store = SettingsStore(paths)
    assert store.file == paths.config / "settings.ini"
    assert not store.file.exists()
    assert store.load() == Settings()


def test_settings_round_trip_through_the_ini_file(paths: Paths) -> None:
    settings = non_default_settings()
    defaults = Settings()
    for field in dataclasses.fields(Settings):  # the test covers every field
        assert getattr(settings, field.name) != getattr(defaults, field.name), field.name
    store = SettingsStore(paths)
    store.save(settings)
    assert store.file.is_file()
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    loaded = SettingsStore(paths).load()
    assert loaded == settings
    hints = typing.get_type_hints(Settings)
    for field in dataclasses.fields(Settings):
        assert isinstance(getattr(loaded, field.name), typing.get_origin(hints[field.name])
                          or hints[field.name]), field.name


def test_save_creates_an_owner_only_config_folder(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "new" / "profile")
    store = SettingsStore(paths)
    store.save(Settings(username="agent101"))
    assert stat.S_IMODE(paths.config.stat().st_mode) == 0o700
    assert store.load().username == "agent101"


def test_saving_defaults_then_changes_overwrites(paths: Paths) -> None:
    store = SettingsStore(paths)
    store.save(non_default_settings())
    store.save(Settings())
    assert store.load() == Settings()


BAD_VALUES = {
    "vendor": "",
    "remember": "maybe",
    "poll_interval": "fast",
    "language": "fr",
    "notify_popup": "2",
    "crm_url_template": "javascript:alert(1)",
    "ring_groups": "{not json",
    "default_region": "Vietnam",
    "window_geometry": "plain text",
    "event_receiver_port": "80",
    "event_receiver_host": "my laptop",
    "event_receiver_url": "file:///etc/passwd",
}


def test_bad_values_fall_back_to_defaults_and_are_logged(
        paths: Paths, caplog: pytest.LogCaptureFixture) -> None:
    store = SettingsStore(paths)
    good = non_default_settings()
    lines = ["[General]", "username=agent101", "start_hidden=true", "unknown_key=whatever"]
    lines += [f"{key}={value}" for key, value in BAD_VALUES.items()]
    store.file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    loaded = store.load()

    defaults = Settings()
    for key in BAD_VALUES:
        assert getattr(loaded, key) == getattr(defaults, key), key
    assert loaded.username == "agent101"
    assert loaded.start_hidden is True
    warned = {name for name in BAD_VALUES
              if any(name in r.getMessage() and r.levelno == logging.WARNING
                     for r in caplog.records)}
    assert warned == set(BAD_VALUES)
    assert "whatever" not in caplog.text
    caplog.clear()
    assert good != loaded


@pytest.mark.parametrize(("stored", "expected"), [
    ("0.1", 0.5), ("0", 0.5), ("-3", 0.5), ("100", 60.0), ("0.75", 0.75), ("60", 60.0),
])
def test_poll_interval_is_clamped(paths: Paths, stored: str, expected: float) -> None:
    store = SettingsStore(paths)
    store.file.write_text(f"[General]\npoll_interval={stored}\n", encoding="utf-8")
    assert store.load().poll_interval == expected


@pytest.mark.parametrize("stored", ["nan", "inf", "-inf"])
def test_poll_interval_must_be_finite(paths: Paths, stored: str,
                                      caplog: pytest.LogCaptureFixture) -> None:
    store = SettingsStore(paths)
    store.file.write_text(f"[General]\npoll_interval={stored}\n", encoding="utf-8")
    assert store.load().poll_interval == Settings().poll_interval
    assert "poll_interval" in caplog.text
    caplog.clear()


def test_hand_edited_values_are_read_leniently(paths: Paths) -> None:
    store = SettingsStore(paths)
    store.file.write_text(
        "[General]\nremember=Yes\nnotify_sound=1\nring_groups=sales, support\n"
        "default_region=us\nvendor=TeleCMI\nlanguage=en\n", encoding="utf-8")
    loaded = store.load()
    assert loaded.remember is True and loaded.notify_sound is True
    assert loaded.ring_groups == ("sales", "support")
    assert loaded.default_region == "US"
    assert loaded.vendor == "telecmi"
    assert loaded.language == "en"


def test_garbage_file_gives_defaults_and_never_raises(
        paths: Paths, caplog: pytest.LogCaptureFixture) -> None:
    store = SettingsStore(paths)
    store.file.write_bytes(b"\xff\xfe\x00[[[\n=\n\x00\x01 poll_interval\n[General\n")
    assert store.load() == Settings()
    assert "unreadable" in caplog.text
    caplog.clear()


def test_unreadable_file_gives_defaults(paths: Paths, caplog: pytest.LogCaptureFixture) -> None:
    store = SettingsStore(paths)
    store.file.mkdir()  # a folder where the file should be
    assert store.load() == Settings()
    assert "settings.ini" in caplog.text
    caplog.clear()


def test_save_drops_keys_that_look_like_secrets(paths: Paths) -> None:
    store = SettingsStore(paths)
    store.file.write_text("[General]\npassword=hunter2-leaked\napi_key=k-123456\n"
                          "AccessToken=t-123456\nfuture_option=kept\n", encoding="utf-8")
    store.save(Settings(username="agent101"))
    text = store.file.read_text(encoding="utf-8")
    for leaked in ("hunter2-leaked", "k-123456", "t-123456"):
        assert leaked not in text
    assert "future_option=kept" in text


async def test_a_full_round_trip_writes_no_secret_to_the_settings_file(paths: Paths) -> None:
    settings = non_default_settings()
    settings.server_url = "http://127.0.0.1:8080"
    settings.username = "agent101"
    settings.remember = True
    secrets = SecretStore()
    account = account_key(settings.server_url, settings.username)
    stored = {SecretKind.PASSWORD: "pw-Very-Secret-42", SecretKind.API_KEY: "ak-0123456789abcdef",
              SecretKind.TOKEN: "eyJhbGciOiJIUzI1NiJ9.payload.sig"}
    for kind, value in stored.items():
        assert await secrets.set(account, kind, value)

    store = SettingsStore(paths)
    store.save(settings)
    reloaded = store.load()
    store.save(reloaded)

    assert reloaded == settings
    raw = store.file.read_bytes()
    for value in stored.values():
        assert value.encode() not in raw
    for kind, value in stored.items():
        assert await secrets.get(account, kind) == value
    everything = b"".join(p.read_bytes() for p in paths.config.rglob("*") if p.is_file())
    for value in stored.values():
        assert value.encode() not in everything
