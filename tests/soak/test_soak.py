"""The chaos soak's 60-second variant (tests/soak/driver.py; the 10-minute one is ``make soak``):
faults on (latency 0–3 s, 5 % 5xx, 2 % resets, 1 % garbage), tokens expiring every 20 s (the
issue's "every 2 minutes", scaled to a third of the run), one server restart at 30 s."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.soak.driver import Plan, run_soak, write

SECONDS = 60.0


@pytest.mark.slow
@pytest.mark.timeout(SECONDS + 240)
async def test_soak_one_minute(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = Plan.for_seconds(SECONDS)
    assert plan.token_expiry_every == 20 and plan.restart_at == 30
    result = await run_soak(plan, tmp_path / "profile")
    write(result, tmp_path / "soak.json")
    with capsys.disabled():
        print("\n" + result.table())
        print(json.dumps(result.details, ensure_ascii=False))
    figures = {f.name: f for f in result.figures}
    assert json.loads((tmp_path / "soak.json").read_text())["figures"][0]["name"] == \
        result.figures[0].name
    # the run did what it says: traffic, dials, calls to me, faults, expiries and the restart
    details = result.details
    assert figures["polls that succeeded"].value > 20 and sum(details["faults"].values()) > 0
    assert figures["dial intents"].value >= 4
    assert figures["dials placed"].value + figures["dials refused or failed (told why)"].value >= 4
    assert figures["token expiry periods / server restarts"].value >= 2
    # Every expiry period makes the app fetch a new token, unless the request that started the
    # period was itself a token request (its new token outlives the expiry it set off).
    periods = figures["token expiry periods / server restarts"].value
    assert figures["token refreshes (POST /v2/auth/token after log-in)"].value >= periods - 1 >= 1
    assert "1 restart" in figures["token expiry periods / server restarts"].note
    # scripted calls to me land at random moments: in 60 s of faults at least one rings (seen: 1)
    assert figures["calls that rang me / should have shown"].value >= 1
    # the four targets
    assert figures["unhandled exceptions (excepthook, loop, Qt warnings, catch-alls)"].ok, details
    assert figures["duplicate click-to-calls"].ok, details
    assert figures["calls to me with neither popup nor missed entry"].ok, details
    assert figures["recovery after the faults stop"].ok, details
