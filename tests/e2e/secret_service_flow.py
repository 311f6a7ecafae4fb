"""Remember me on a real Secret Service (run by test_secret_service.py inside its own D-Bus with
gnome-keyring): log in with remember, log in again from the keyring alone, log out forgets."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from agent_desktop.config import Paths, SettingsStore  # noqa: E402
from agent_desktop.core.secrets import SecretStore  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from tests.helpers import fast_config  # noqa: E402


async def flow(profile: Path) -> None:
    backend = type(keyring.get_keyring()).__module__
    assert "SecretService" in backend, backend
    sim = Simulator(fast_config())
    await sim.start(host="127.0.0.1", port=0)
    try:
        paths = Paths.resolve(profile)
        paths.ensure()
        store = SettingsStore(paths)
        secrets = SecretStore()
        assert await secrets.probe(), "the Secret Service did not answer"
        first = Session(store, store.load(), secrets)
        await first.login(sim.url, "agent101", "demo123", remember=True)
        token = first.client.token.token  # type: ignore[union-attr]
        await first.logout(forget=False)
        service_entries = [keyring.get_password("agent-desktop", f"agent101@{sim.url}#{kind}")
                           for kind in ("password", "api_key", "token")]
        assert service_entries[0] == "demo123" and service_entries[2] == token, service_entries

        second = Session(store, store.load(), SecretStore())
        assert await second.login_remembered(), "no log-in from the keyring"
        assert second.account is not None and second.account.extension == "101"
        await second.logout(forget=True)
        assert all(keyring.get_password("agent-desktop", f"agent101@{sim.url}#{kind}") is None
                   for kind in ("password", "api_key", "token"))
        text = b"".join(p.read_bytes() for p in profile.rglob("*") if p.is_file())
        assert b"demo123" not in text and token.encode() not in text
    finally:
        await sim.stop()


def main() -> int:
    app = QCoreApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as profile, loop:
        loop.run_until_complete(flow(Path(profile)))
    print("remember-me flow on the Secret Service: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
