"""The dialer against the simulator: each mode, each option, each error, and never twice."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.dialer import Dialer
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.pbx.models import ClickToCallMode
from agent_desktop.sim import Simulator
from tests.helpers import until


class Harness:
    def __init__(self, session: Session, control: httpx.AsyncClient, settings: Settings) -> None:
        self.session, self.control, self.settings = session, control, settings
        self.clock = [1000.0]
        self.dialer = Dialer(session, lambda: self.settings, self._save,
                             clock=lambda: self.clock[0])
        self.events: list[tuple] = []
        for name in ("invalid", "started", "placed", "failed", "cancelled",
                     "confirmationNeeded", "merged"):
            getattr(self.dialer, name).connect(lambda *a, n=name: self.events.append((n, *a)))

    def _save(self, settings: Settings) -> None:
        self.settings = settings

    def names(self) -> list[str]:
        return [e[0] for e in self.events]

    async def requests(self, path: str) -> list[dict]:
        return (await self.control.get("/_sim/requests", params={"path": path})).json()[
            "requests"]

    async def hang_up_all(self) -> None:
        for call in (await self.control.get("/_sim/state")).json()["calls"]:
            await self.control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})


@pytest.fixture
async def h(sim: Simulator, tmp_path: Path):
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, "agent101", "demo123")
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control:
        await control.delete("/_sim/requests")
        yield Harness(session, control, Settings())
    await session.logout()


async def test_async_mode_places_one_call(h: Harness) -> None:
    request = h.dialer.dial("+84 899 098 899", "dial bar")
    assert request is not None and request.mode is ClickToCallMode.ASYNC
    await until(lambda: "placed" in h.names())
    call_id = h.events[-1][2]
    sent = await h.requests("/v1/click2call/async")
    assert len(sent) == 1 and sent[0]["query"] == {"ext": "101", "phone": "0899098899"}
    calls = (await h.session.client.list_calls()).data
    assert any(c.call_id == call_id and c.destination == "0899098899" for c in calls)
    assert h.settings.recent_numbers == ("0899 098 899",)


async def test_sync_mode_waits_and_can_be_cancelled(h: Harness) -> None:
    await h.control.post("/_sim/config", json={"agent_answer_delay": 0.3})
    h.settings = replace(h.settings, dial_mode="sync")
    h.dialer.dial("0899098899", "dial bar")
    await until(lambda: "placed" in h.names())
    assert h.names() == ["started", "placed"]
    assert len(await h.requests("/v1/click2call")) == 1
    await h.hang_up_all()
    await h.control.post("/_sim/config", json={"agent_answer_delay": None})  # rings until picked up
    h.clock[0] += 60
    h.dialer.dial("0912345678", "dial bar")
    await until(lambda: h.names().count("started") == 2)
    assert h.dialer.busy is not None
    assert h.dialer.cancel()
    await until(lambda: "cancelled" in h.names())
    assert "may still ring" in h.events[-1][2] and h.dialer.busy is None


async def test_customer_mode_posts_with_the_customer_id(h: Harness) -> None:
    h.dialer.dial("0899 098 899", "customers", customer_id="KH1")
    await until(lambda: "placed" in h.names())
    sent = await h.requests("/v2/click2call")
    assert [r["json"] for r in sent] == [{"id": "KH1", "mobile": "0899098899", "agent": "101"}]


async def test_customer_mode_checks_the_pattern_before_sending(h: Harness) -> None:
    assert h.dialer.dial("028 7300 1234", "customers", customer_id="KH1") is None
    assert h.names() == ["invalid"] and "mobile" in h.events[0][2]
    assert await h.requests("/v2/click2call") == []


async def test_every_option_is_sent(h: Harness) -> None:
    h.settings = replace(h.settings, hotline="19001919", src_cid_name="Bán hàng",
                         src_cid_number="19001919", dest_cid_name="ABC",
                         dest_cid_number="02873001234", auto_answer=True, is_encode=True)
    h.dialer.dial("0899098899", "dial bar")
    await until(lambda: "placed" in h.names())
    query = (await h.requests("/v1/click2call/async"))[0]["query"]
    assert query == {"ext": "101", "phone": "MDg5OTA5ODg5OQ==", "is_encode": "true",
                     "hotline": "19001919", "src_cid_name": "Bán hàng",
                     "src_cid_number": "19001919", "dest_cid_name": "ABC",
                     "dest_cid_number": "02873001234", "auto_answer": "true"}


@pytest.mark.parametrize("typed", ["", "gọi cho tôi", "0899 098 89", "1" * 30])
async def test_invalid_numbers_send_nothing(h: Harness, typed: str) -> None:
    assert h.dialer.dial(typed, "dial bar") is None
    assert h.names() == ["invalid"] and h.events[0][2]
    assert await h.requests("/v1/click2call/async") == []


async def test_errors_are_explained(h: Harness, sim: Simulator) -> None:
    sim.engine.set_logged_in("101", False)
    h.dialer.dial("0899098899", "dial bar")
    await until(lambda: "failed" in h.names())
    assert h.events[-1][2] == ("The phone for extension 101 is not logged in (softphone or IP "
                               "phone).")
    sim.engine.set_logged_in("101", True)
    await h.control.post("/_sim/calls/inbound", json={"to": "101"})
    await h.control.post("/_sim/calls/" + (await h.control.get("/_sim/state")).json()["calls"][0]
                         ["call_id"] + "/answer", json={})
    h.events.clear()
    h.dialer.dial("0912345678", "dial bar")
    await until(lambda: "failed" in h.names())
    assert h.events[-1][2] == "Extension 101 is busy."
    assert len(await h.requests("/v1/click2call/async")) == 2  # one each, never repeated


async def test_a_network_failure_says_the_call_may_have_been_placed(
        h: Harness, sim: Simulator) -> None:
    await h.control.post("/_sim/faults", json={"reset_rate": 1.0})
    h.dialer.dial("0899098899", "dial bar")
    await until(lambda: "failed" in h.names())
    assert "may already have been placed" in h.events[-1][2]
    await h.control.delete("/_sim/faults")
    h.events.clear()
    h.clock[0] += 5  # the same number soon after: it may be ringing, so ask first
    assert h.dialer.dial("0899098899", "dial bar") is None
    assert h.names() == ["confirmationNeeded"]
    assert len(await h.requests("/v1/click2call/async")) == 1


async def test_never_twice(h: Harness) -> None:
    first = h.dialer.dial("0899098899", "live calls")
    second = h.dialer.dial("0899 098 899", "live calls")  # a double click
    assert first is not None and second is None
    await until(lambda: "placed" in h.names())
    assert h.names() == ["started", "merged", "placed"]
    h.clock[0] += 1  # the same tel: link handed over again a moment later
    assert h.dialer.dial("tel-ish 0899098899".split()[1], "link") is None
    assert h.names()[-1] == "merged"
    h.clock[0] += 4  # a few seconds later: ask first
    assert h.dialer.dial("0899098899", "dial bar") is None
    assert h.names()[-1] == "confirmationNeeded"
    request = h.events[-1][1]
    assert await h.requests("/v1/click2call/async") != [] and len(
        await h.requests("/v1/click2call/async")) == 1
    await h.hang_up_all()
    assert h.dialer.place(request, confirmed=True) is not None  # the person said yes
    await until(lambda: h.names().count("placed") == 2)
    h.clock[0] += 30  # long after: no question
    await h.hang_up_all()
    assert h.dialer.dial("0899098899", "dial bar") is not None
    await until(lambda: h.names().count("placed") == 3)
    assert len(await h.requests("/v1/click2call/async")) == 3


async def test_not_logged_in(sim: Simulator, tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    dialer = Dialer(session, Settings)
    failed: list[str] = []
    dialer.failed.connect(lambda _r, text: failed.append(text))
    assert dialer.dial("0899098899", "dial bar") is None
    assert failed == ["Log in first to make calls."]
    await asyncio.sleep(0)
