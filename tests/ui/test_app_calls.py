"""Live calls and incoming-call popups in the running app, against the simulator."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from agent_desktop.cli import parse
from agent_desktop.sim import Simulator
from tests.helpers import until
from tests.ui.app_harness import running_app


def known_caller(sim: Simulator) -> tuple[str, int]:
    """A customer's number with history, and how many CDRs it has."""
    counts: dict[str, int] = {}
    for cdr in sim.tenant.cdrs:
        if cdr.customer_id:
            counts[cdr.customer_number] = counts.get(cdr.customer_number, 0) + 1
    number = max(counts, key=lambda n: counts[n])
    return number, counts[number]


@pytest.fixture
async def agent_app(sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "agent101", "--password-stdin",
                     "--poll-interval", "0.2"])
    async with running_app(options, tmp_path / "p") as app:
        await until(lambda: app.session.logged_in and app.poller.polls >= 1)
        yield app


@pytest.fixture
async def control(sim: Simulator):
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


async def test_ring_shows_one_popup_with_history_then_answer_closes_it(
        agent_app, sim: Simulator, control: httpx.AsyncClient) -> None:
    app = agent_app
    number, count = known_caller(sim)
    shown: list[str] = []
    app.alerts.stack.popupShown.connect(shown.append)
    call_id = (await control.post("/_sim/calls/inbound",
                                  json={"to": "101", "from": number})).json()["call_id"]
    await until(lambda: len(app.alerts.stack.popups()) == 1)
    popup = app.alerts.stack.popups()[0]
    assert popup.info.number == number and popup.info.to == "101"
    assert popup.isVisible()
    await until(lambda: popup.info.history_state == "ready")
    assert popup.info.history and popup.info.history_total == count
    assert popup.info.customer_name  # the CDRs carry the customer
    assert app.call_model.row_of(call_id) is not None  # and it is in the live calls
    for _ in range(5):  # more polls while it rings: still one popup
        polls = app.poller.polls
        await until(lambda: app.poller.polls > polls)
    assert shown == [call_id] and len(app.alerts.stack.popups()) == 1
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    await until(lambda: app.alerts.stack.popups() == [])
    assert app.incoming.missed == []


async def test_unanswered_call_is_counted_as_missed(
        agent_app, control: httpx.AsyncClient) -> None:
    app = agent_app
    call_id = (await control.post("/_sim/calls/inbound",
                                  json={"to": "101", "from": "0911222333"})).json()["call_id"]
    await until(lambda: len(app.alerts.stack.popups()) == 1)
    await control.post(f"/_sim/calls/{call_id}/hangup", json={"cause": "ORIGINATOR_CANCEL"})
    await until(lambda: app.incoming.unseen == 1)
    assert app.alerts.stack.popups() == []
    panel = app.missed_panel
    assert "1 new" in panel.title.text()
    assert "0911 222 333" in panel.list.item(0).text()
    panel.seen_button.click()
    assert app.incoming.unseen == 0 and "new" not in panel.title.text()


async def test_the_status_bar_says_offline_and_when_it_retries(
        agent_app, control: httpx.AsyncClient) -> None:
    app = agent_app
    await control.post("/_sim/faults", json={"error_rate": 1.0})
    label = app.window.connection_label
    await until(lambda: label.text().startswith("Offline — retrying in"), timeout=10)
    assert "The PBX had a problem" in label.text()
    await control.delete("/_sim/faults")
    await until(lambda: label.text().startswith("Connected to"), timeout=40)


async def test_calling_a_customer_from_the_customers_tab_sends_its_id(
        agent_app, sim: Simulator, control: httpx.AsyncClient) -> None:
    app = agent_app
    app.window.show_page("customers")
    view = app.customers_view
    await until(lambda: view.model.rowCount() > 0)
    customer = next(c for c in sim.tenant.customers
                    if c.phone_number.startswith("0") and c.customer_id)
    await control.delete("/_sim/requests")
    view.dialRequested.emit(customer.phone_number, customer.customer_id)
    await until(lambda: app.dialer.busy is None and app._placed_call)
    requests = (await control.get("/_sim/requests", params={"path": "/v2/click2call"})
                ).json()["requests"]
    assert [(r["method"], r["json"]) for r in requests] == [
        ("POST", {"id": customer.customer_id, "mobile": customer.phone_number,
                  "agent": "101"})]


async def test_history_lists_the_calls_and_plays_a_recording(
        agent_app, sim: Simulator) -> None:
    app = agent_app
    app.window.show_page("history")
    view = app.history_view
    await until(lambda: view.model.rowCount() > 0, timeout=10)
    shown = view.model.cdrs()
    with_recording = next(c for c in shown if c.recording_url)
    played: list[object] = []
    view.playRequested.connect(played.append)
    view.playRequested.emit(with_recording)
    window = app.player_window
    assert window is not None and played == [with_recording]
    await until(lambda: window.isVisible() and window.player.duration > 0, timeout=15)
    await until(lambda: window.player.position > 0, timeout=15)
    assert window.player.state == "playing"
    window.close()
    await until(lambda: window.player.state != "playing")
