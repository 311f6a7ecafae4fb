"""SecretStore: the keyring behind a small async interface, with an in-memory fallback."""

from __future__ import annotations

import concurrent.futures
import logging
import threading

import keyring.errors
import pytest

from agent_desktop.core.secrets import SecretKind, SecretStore, account_key
from agent_desktop.log import redact
from tests.memory_keyring import MemoryKeyring

from .conftest import FAILING_BACKEND, use_keyring_backend

ACCOUNT = "agent101@http://127.0.0.1:8080"
SERVICE = SecretStore.SERVICE


def entry(kind: SecretKind, account: str = ACCOUNT) -> tuple[str, str]:
    return SERVICE, f"{account}#{kind.value}"


@pytest.fixture
def failing_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    use_keyring_backend(monkeypatch, FAILING_BACKEND)


async def test_probe_finds_the_keyring() -> None:
    store = SecretStore()
    assert store.available is False
    assert await store.probe() is True
    assert store.available is True


async def test_set_get_delete_clear() -> None:
    store = SecretStore()
    await store.probe()
    assert await store.set(ACCOUNT, SecretKind.PASSWORD, "pw-123456") is True
    assert await store.set(ACCOUNT, SecretKind.API_KEY, "ak-123456") is True
    assert await store.set(ACCOUNT, SecretKind.TOKEN, "tk-123456") is True
    assert MemoryKeyring.entries == {
        entry(SecretKind.PASSWORD): "pw-123456",
        entry(SecretKind.API_KEY): "ak-123456",
        entry(SecretKind.TOKEN): "tk-123456",
    }
    assert await store.get(ACCOUNT, SecretKind.PASSWORD) == "pw-123456"

    await store.delete(ACCOUNT, SecretKind.PASSWORD)
    assert await store.get(ACCOUNT, SecretKind.PASSWORD) is None
    assert entry(SecretKind.PASSWORD) not in MemoryKeyring.entries
    await store.delete(ACCOUNT, SecretKind.PASSWORD)  # already gone: fine

    await store.clear(ACCOUNT)
    assert MemoryKeyring.entries == {}
    for kind in SecretKind:
        assert await store.get(ACCOUNT, kind) is None


async def test_values_survive_a_new_store() -> None:
    await SecretStore().set(ACCOUNT, SecretKind.PASSWORD, "pw-persisted")
    assert await SecretStore().get(ACCOUNT, SecretKind.PASSWORD) == "pw-persisted"


async def test_accounts_are_separate() -> None:
    store = SecretStore()
    other = "agent102@http://127.0.0.1:8080"
    await store.set(ACCOUNT, SecretKind.PASSWORD, "pw-of-101")
    await store.set(other, SecretKind.PASSWORD, "pw-of-102")
    await store.clear(ACCOUNT)
    assert await store.get(other, SecretKind.PASSWORD) == "pw-of-102"


async def test_keyring_calls_run_off_the_loop_thread() -> None:
    store = SecretStore()
    await store.probe()
    await store.set(ACCOUNT, SecretKind.TOKEN, "tk-123456")
    await store.get(ACCOUNT, SecretKind.TOKEN)
    await store.clear(ACCOUNT)
    assert len(MemoryKeyring.call_threads) >= 6
    assert threading.get_ident() not in MemoryKeyring.call_threads


async def test_a_given_executor_is_used() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        worker = executor.submit(threading.get_ident).result()
        store = SecretStore(executor)
        await store.set(ACCOUNT, SecretKind.PASSWORD, "pw-123456")
        await store.get(ACCOUNT, SecretKind.PASSWORD)
    assert set(MemoryKeyring.call_threads) == {worker}


@pytest.mark.usefixtures("failing_keyring")
async def test_no_keyring_keeps_secrets_in_memory_for_the_run(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="agent_desktop.core.secrets")
    store = SecretStore()
    assert await store.probe() is False
    assert await store.probe() is False
    assert store.available is False
    assert await store.set(ACCOUNT, SecretKind.PASSWORD, "pw-memory-only") is False
    assert await store.get(ACCOUNT, SecretKind.PASSWORD) == "pw-memory-only"
    await store.delete(ACCOUNT, SecretKind.PASSWORD)
    assert await store.get(ACCOUNT, SecretKind.PASSWORD) is None
    await store.set(ACCOUNT, SecretKind.TOKEN, "tk-memory-only")
    await store.clear(ACCOUNT)
    assert await store.get(ACCOUNT, SecretKind.TOKEN) is None

    notes = [r for r in caplog.records if "no usable OS keyring" in r.getMessage()]
    assert len(notes) == 1
    assert notes[0].levelno == logging.INFO
    assert "NoKeyringError" in notes[0].getMessage()
    assert "memory-only" not in caplog.text


@pytest.mark.usefixtures("failing_keyring")
async def test_without_a_probe_the_first_call_probes() -> None:
    store = SecretStore()
    assert await store.set(ACCOUNT, SecretKind.API_KEY, "ak-123456") is False
    assert store.available is False
    assert await store.get(ACCOUNT, SecretKind.API_KEY) == "ak-123456"


async def test_keyring_backends_that_store_nothing_are_not_available(
        monkeypatch: pytest.MonkeyPatch) -> None:
    use_keyring_backend(monkeypatch, "keyring.backends.null.Keyring")
    assert await SecretStore().probe() is False
    use_keyring_backend(monkeypatch, "keyring.backends.fail.Keyring")
    assert await SecretStore().probe() is False


async def test_a_failing_keyring_call_falls_back_to_memory_without_leaking(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    secret = "pw-that-must-not-leak"

    def broken_set(self: MemoryKeyring, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"D-Bus said no to {password}")

    def broken_get(self: MemoryKeyring, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("collection is locked")

    store = SecretStore()
    assert await store.probe() is True
    monkeypatch.setattr(MemoryKeyring, "set_password", broken_set)
    assert await store.set(ACCOUNT, SecretKind.PASSWORD, secret) is False
    assert await store.get(ACCOUNT, SecretKind.PASSWORD) == secret  # from memory

    monkeypatch.setattr(MemoryKeyring, "get_password", broken_get)
    assert await store.get(ACCOUNT, SecretKind.TOKEN) is None

    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "PasswordSetError" in warnings[0].getMessage()
    assert "KeyringLocked" in warnings[1].getMessage()
    assert secret not in caplog.text
    caplog.clear()


async def test_a_successful_store_replaces_a_value_kept_in_memory(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    store = SecretStore()
    with monkeypatch.context() as patch:
        patch.setattr(MemoryKeyring, "set_password", lambda *a: (_ for _ in ()).throw(
            keyring.errors.KeyringError("boom")))
        assert await store.set(ACCOUNT, SecretKind.TOKEN, "tk-old-value") is False
    caplog.clear()
    assert await store.set(ACCOUNT, SecretKind.TOKEN, "tk-new-value") is True
    assert await store.get(ACCOUNT, SecretKind.TOKEN) == "tk-new-value"
    assert await SecretStore().get(ACCOUNT, SecretKind.TOKEN) == "tk-new-value"


async def test_stored_and_read_values_are_registered_for_log_redaction() -> None:
    store = SecretStore()
    await store.set(ACCOUNT, SecretKind.TOKEN, "tk-registered-123")
    MemoryKeyring.entries[entry(SecretKind.API_KEY)] = "ak-read-back-456"
    assert await SecretStore().get(ACCOUNT, SecretKind.API_KEY) == "ak-read-back-456"
    assert redact("tk-registered-123 / ak-read-back-456") == "*** / ***"


@pytest.mark.parametrize(("url", "user", "expected"), [
    ("http://127.0.0.1:8080", "agent101", "agent101@http://127.0.0.1:8080"),
    ("http://127.0.0.1:8080/", "agent101", "agent101@http://127.0.0.1:8080"),
    ("HTTPS://PBX.Example.VN/", " agent101 ", "agent101@https://pbx.example.vn"),
    ("https://pbx.example.vn:443/api/", "a", "a@https://pbx.example.vn/api"),
    ("http://pbx.example.vn:80", "a", "a@http://pbx.example.vn"),
    ("https://user:pw@pbx.example.vn:8443//", "a", "a@https://pbx.example.vn:8443"),
    ("https://pbx.example.vn/Tenant?x=1#frag", "a", "a@https://pbx.example.vn/Tenant"),
    ("http://[::1]:8080/", "a", "a@http://[::1]:8080"),
    ("pbx.example.vn/", "a", "a@pbx.example.vn"),
])
def test_account_key_normalises_the_server(url: str, user: str, expected: str) -> None:
    assert account_key(url, user) == expected
