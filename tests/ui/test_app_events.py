"""The webhook receiver in the running app: the PBX's events raise and close popups at once,
without waiting for a poll; a ring group's cdr event (the flow's id) makes one missed call."""

from __future__ import annotations

import io
import socket
import uuid
from pathlib import Path

import httpx
import pytest

from agent_desktop.cli import parse
from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.sim import Simulator
from agent_desktop.sim.tenant import EventHook
from tests.helpers import until
from tests.ui.app_harness import running_app

SLOW_POLL = "60"  # one poll at log-in, then none within a test


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def app_with_receiver(sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    profile = tmp_path / "p"
    paths = Paths.resolve(profile)
    paths.ensure()
    SettingsStore(paths).save(Settings(event_receiver=True, event_receiver_port=free_port(),
                                       ring_groups=("600",)))
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "agent101", "--password-stdin",
                     "--poll-interval", SLOW_POLL])
    async with running_app(options, profile) as app:
        await until(lambda: app.session.logged_in and app.poller.polls == 1
                    and app.receiver.listening)
        target = app.receiver_target()
        assert target is not None
        url, key = target
        assert url.startswith("http://127.0.0.1:")
        for event in ("ringing", "answered", "hangup", "cdr"):  # what "Hook this desktop" makes
            sim.tenant.hooks.append(EventHook(str(uuid.uuid4()), event, url, key))
        yield app


@pytest.fixture
async def control(sim: Simulator):
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


async def test_a_ringing_event_shows_the_popup_and_answered_closes_it_without_a_poll(
        app_with_receiver, control: httpx.AsyncClient) -> None:
    app = app_with_receiver
    call_id = (await control.post("/_sim/calls/inbound",
                                  json={"to": "101", "from": "0911222333"})).json()["call_id"]
    await until(lambda: len(app.alerts.stack.popups()) == 1)
    assert app.alerts.stack.popups()[0].info.number == "0911222333"
    assert app.call_model.row_of(call_id) is not None
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    await until(lambda: app.alerts.stack.popups() == [])
    await control.post(f"/_sim/calls/{call_id}/hangup", json={})
    await until(lambda: app.call_model.row_of(call_id) is None)
    assert app.incoming.missed == []
    assert app.poller.polls == 1  # all of it came by events
    assert app.receiver.count >= 3 and app.receiver.refusals == 0


async def test_a_ring_group_call_nobody_answers_is_one_missed_call(
        app_with_receiver, sim: Simulator, control: httpx.AsyncClient) -> None:
    app = app_with_receiver
    flow = (await control.post("/_sim/calls/inbound",
                               json={"to": "600", "from": "0933444555"})).json()
    await until(lambda: len(app.alerts.stack.popups()) == 1)  # my leg (101) rings
    leg_ids = set(flow["legs"])
    assert flow["call_id"] not in leg_ids  # the cdr event's id is not any leg's
    await control.post(f"/_sim/calls/{flow['call_id']}/hangup",
                       json={"cause": "ORIGINATOR_CANCEL"})
    await until(lambda: app.alerts.stack.popups() == [] and app.incoming.missed)
    # the cdr event (the flow's id) arrives after the legs' hangups: still one missed call
    await until(lambda: any(d["event"] == "cdr" and d["status"] == 200
                            for d in sim.webhooks.deliveries))
    assert [m.number for m in app.incoming.missed] == ["0933444555"]
    assert app.poller.polls == 1


async def test_a_missed_call_seen_only_by_its_cdr_event(
        app_with_receiver, sim: Simulator) -> None:
    """The legs' events were lost (say the receiver was restarting): the cdr event alone still
    makes the missed call."""
    app = app_with_receiver
    target = app.receiver_target()
    assert target is not None
    async with httpx.AsyncClient(timeout=5) as http:
        reply = await http.post(target[0], headers={"X-Api-Key": target[1]}, json={
            "call_id": "flow-77", "sip_call_id": "s", "domain": "demo", "direction": "inbound",
            "from_number": "0988777666", "to_number": "600", "hotline": "19001919",
            "state": "cdr", "duration": 20, "billsec": 0, "recording_url": "",
            "status": "no-answered"})
    assert reply.status_code == 200
    await until(lambda: app.incoming.missed)
    assert [(m.number, m.source) for m in app.incoming.missed] == [("0988777666", "event")]


async def test_events_with_a_wrong_key_change_nothing(app_with_receiver) -> None:
    app = app_with_receiver
    target = app.receiver_target()
    assert target is not None
    async with httpx.AsyncClient(timeout=5) as http:
        reply = await http.post(target[0], headers={"X-Api-Key": "guess"}, json={
            "call_id": "x1", "direction": "inbound", "from_number": "0911000111",
            "to_number": "101", "state": "ringing"})
    assert reply.status_code == 401
    assert app.receiver.refusals == 1 and app.receiver.count == 0
    assert app.alerts.stack.popups() == [] and app.call_model.rowCount() == 0


async def test_the_receiver_key_lives_in_the_keyring_not_in_files(app_with_receiver,
                                                                  tmp_path: Path) -> None:
    app = app_with_receiver
    key = app.receiver_target()[1]
    assert len(key) >= 24
    from agent_desktop.core.secrets import RECEIVER_ACCOUNT, SecretKind

    assert await app.secrets.get(RECEIVER_ACCOUNT, SecretKind.EVENT_KEY) == key
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path


async def test_settings_turn_the_receiver_on_and_off_and_a_new_key_retires_the_old(
        sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "agent101", "--password-stdin",
                     "--poll-interval", SLOW_POLL])
    async with running_app(options, tmp_path / "p") as app:
        await until(lambda: app.session.logged_in)
        assert not app.receiver.listening and app.receiver_target() is None
        app.apply_settings(replace(app.settings, event_receiver=True,
                                   event_receiver_port=free_port()))
        await until(lambda: app.receiver.listening)
        url, old = app.receiver_target()
        await app._renew_receiver_key()
        await until(lambda: app.receiver.listening and app.receiver_target()[1] != old)
        new = app.receiver_target()[1]
        event = {"call_id": "c9", "direction": "outbound", "from_number": "101",
                 "to_number": "0911000111", "state": "hangup"}
        async with httpx.AsyncClient(timeout=5) as http:
            assert (await http.post(url, json=event, headers={"X-Api-Key": old})).status_code == 401
            assert (await http.post(url, json=event, headers={"X-Api-Key": new})).status_code == 200
        app.apply_settings(replace(app.settings, event_receiver=False))
        await until(lambda: not app.receiver.listening)
        assert app.receiver_target() is None
