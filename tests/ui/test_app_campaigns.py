"""A campaign end to end in the running app: a CSV imported, sent as an autocall queue, dialled by
the simulator, its calls in the live calls and its records in the history."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from agent_desktop.cli import parse
from agent_desktop.sim import Simulator
from tests import helpers
from tests.helpers import until
from tests.ui.app_harness import running_app

CSV = ("id;mobiles;contract_number\r\n"
       "KH9001;0899098801;HD9001\r\n"
       "KH9002;0899098802;HD9002\r\n"
       "KH9003;0899098803;HD9003\r\n")


@pytest.fixture
async def quick_sim():
    sim = Simulator(helpers.fast_config(seed=7, talk_time=(1.5, 1.5), cdr_count=5,
                                        queue_dial_delay=0.05))
    await sim.start(host="127.0.0.1", port=0)
    yield sim
    await sim.stop()


async def test_an_autocall_campaign_runs_and_shows_in_live_calls_and_history(
        quick_sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sim = quick_sim
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "supervisor", "--password-stdin",
                     "--poll-interval", "0.2"])
    async with running_app(options, tmp_path / "p") as app:
        await until(lambda: app.session.logged_in and app.poller.polls >= 1)
        app.window.show_page("campaigns")
        view = app.campaigns_view
        csv = tmp_path / "campaign.csv"
        csv.write_text(CSV, encoding="utf-8-sig")
        assert view.import_file(csv)
        view.importer.set_kind("autocall")
        view.importer.set_values({"queue_code": "E2E-1", "template": "IVR-1",
                                  "concurrent_call": "2"})
        assert view.send()
        await until(lambda: [q.queue_code for q in app.campaigns.queues()] == ["E2E-1"],
                    timeout=10)
        numbers = {"0899098801", "0899098802", "0899098803"}
        seen: set[str] = set()
        peak = 0

        def live() -> bool:
            nonlocal peak
            mine = [c for c in app.call_model.calls() if c.destination in numbers]
            peak = max(peak, len(mine))
            seen.update(c.destination for c in mine)
            return seen == numbers

        await until(live, timeout=20)  # each customer's call was in the live calls
        assert 1 <= peak <= 2  # concurrent_call
        await until(lambda: {c.customer_number for c in sim.tenant.cdrs} >= numbers, timeout=20)
        app.window.show_page("history")
        app.history_view.refresh()
        await until(lambda: numbers <= {c.customer_number
                                        for c in app.history_view.model.cdrs()}, timeout=10)
