"""The simulator dials running autocall and autodialer queues for real: calls in /v2/call at the
queue's concurrency, CDRs in /v2/cdr, webhooks, customer statuses, recalls, stop / start /
delete and the do-not-call list, all over HTTP."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from agent_desktop.sim.tenant import ZERO_TIME
from tests.sim.test_events_webhooks import subscribe

# Queue pacing fast enough for tests; every customer answers unless a test says otherwise.
FAST: dict[str, Any] = dict(queue_dial_delay=0.01, queue_recall_delay=0.02, queue_idle_poll=0.02,
                            ring_timeout=0.05, talk_time=(0.15, 0.15))
HOTLINE = "19001919"  # the demo tenant's default hotline


def fast(**changes: Any) -> pytest.MarkDecorator:
    return pytest.mark.sim(**{**FAST, **changes})


def mobile(n: int) -> str:
    return f"029000{n:04d}"  # no seeded CDR or customer has this prefix


def customers(count: int, first_ids: tuple[str, ...] = (), mobiles: int = 1) -> list[dict]:
    ids = list(first_ids) + [f"Q-{n}" for n in range(len(first_ids), count)]
    return [{"id": cid, "mobiles": [mobile(n * 10 + m) for m in range(mobiles)]}
            for n, cid in enumerate(ids)]


async def import_autocall(http: httpx.AsyncClient, admin: dict, rows: list[dict],
                          code: str = "AC-1", **settings: Any) -> None:
    body = {"queue_code": code, "template": "IVR-1", "concurrent_call": 1,
            "max_recall_count": 0, "customers": rows, **settings}
    r = await http.post("/v2/autocall/queue", headers=admin, json=body)
    assert r.status_code == 200, r.text


async def import_autodialer(http: httpx.AsyncClient, admin: dict, sim, rows: list[dict],
                            code: str = "AD-1", **settings: Any) -> None:
    body = {"campaign_id": sim.tenant.campaigns[0].campaign_id, "queue_code": code,
            "precall_ratio": "100", "max_recall_count": "0", "queue_agents": "101",
            "customers": rows, **settings}
    r = await http.post("/v2/autodialer/queue", headers=admin, json=body)
    assert r.status_code == 200, r.text


async def queue_state(http: httpx.AsyncClient, code: str) -> dict | None:
    queues = (await http.get("/_sim/state")).json()["queues"]
    return next((q for q in queues if q["queue_code"] == code), None)


async def live(http: httpx.AsyncClient, admin: dict, phones: set[str]) -> list[dict]:
    r = await http.get("/v2/call", headers=admin)
    return [e for e in r.json()["data"] if e["destination"] in phones]


async def cdrs(http: httpx.AsyncClient, admin: dict, phone: str) -> list[dict]:
    r = await http.get("/v2/cdr", headers=admin, params={"phone": phone, "limit": 100})
    return r.json()["data"]


async def action(http: httpx.AsyncClient, admin: dict, kind: str, name: str,
                 code: str) -> httpx.Response:
    return await http.post(f"/v2/{kind}/queue/{name}", headers=admin, json={"queue_code": code})


def phones_of(rows: list[dict]) -> set[str]:
    return {m for row in rows for m in row["mobiles"]}


# --- autocall ------------------------------------------------------------------------------
@fast()
async def test_autocall_dials_at_its_concurrency_with_cdrs_webhooks_and_statuses(
        http, admin, sim, receiver, until):
    await subscribe(http, admin, receiver.url)
    by_code, by_uuid = sim.tenant.customers[0], sim.tenant.customers[1]
    rows = customers(5, (by_code.customer_code, by_uuid.customer_id))
    phones = phones_of(rows)
    await import_autocall(http, admin, rows, concurrent_call=2)
    most, seen_statuses = 0, set()

    async def finished() -> bool:
        nonlocal most
        entries = await live(http, admin, phones)
        most = max(most, len(entries))
        assert all(e["direction"] == "outbound" and e["source"] == HOTLINE for e in entries)
        state = await queue_state(http, "AC-1")
        seen_statuses.update(e["status"] for e in state["entries"])
        return state["progress"]["finished"]

    await until(finished, timeout=10)
    assert most == 2  # never more than concurrent_call, and it did use both lines
    assert {"new", "queue", "answered"} <= seen_statuses
    state = await queue_state(http, "AC-1")
    assert state["progress"] == {"customers": 5, "dialed": 5, "calls": 5, "in_call": 0,
                                 "answered": 5, "failed": 0, "skipped": 0, "remaining": 0,
                                 "finished": True}
    for row in rows:
        [cdr] = await cdrs(http, admin, row["mobiles"][0])
        assert (cdr["status"], cdr["direction"], cdr["from_number"], cdr["extension"]) == \
            ("ANSWERED", 3, HOTLINE, "")
    [cdr] = await cdrs(http, admin, rows[0]["mobiles"][0])
    assert cdr["customer_id"] == by_code.customer_code
    for customer in (by_code, by_uuid):
        r = await http.get(f"/v2/customer/{customer.customer_id}", headers=admin)
        assert r.json()["data"]["status"] == "ANSWERED"
        assert r.json()["data"]["updated_at"] != ZERO_TIME
    await until(lambda: len([e for e in receiver.events("cdr")
                             if e["to_number"] in phones]) == 5)
    for state_name in ("ringing", "answered", "hangup", "cdr"):
        events = [e for e in receiver.events(state_name) if e["to_number"] in phones]
        assert len(events) == 5, state_name
        assert all(e["from_number"] == HOTLINE and e["direction"] == "outbound" for e in events)


@fast(customer_answer_probability=0.0)
async def test_autocall_recalls_failures_on_the_next_mobile(http, admin, sim, until):
    rows = customers(3, (sim.tenant.customers[2].customer_code,), mobiles=2)
    await import_autocall(http, admin, rows, concurrent_call=3, max_recall_count=2)

    async def finished() -> dict | None:
        state = await queue_state(http, "AC-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert state["progress"]["calls"] == 9 and state["progress"]["failed"] == 3
    for row, entry in zip(rows, state["entries"]):
        first, second = row["mobiles"]
        assert len(await cdrs(http, admin, first)) == 2  # attempts 1 and 3
        assert len(await cdrs(http, admin, second)) == 1  # attempt 2
        assert entry["attempts"] == 3
        assert set(entry["results"]) <= {"busy", "no-answered"}
        assert entry["status"] == entry["results"][-1]
    r = await http.get(f"/v2/customer/{sim.tenant.customers[2].customer_id}", headers=admin)
    assert r.json()["data"]["status"] == state["entries"][0]["status"].upper()


@pytest.mark.parametrize("scale, attempts", [(0.01, 2), (0.001, 1)])
@fast(talk_time=(0.02, 0.02))
async def test_autocall_recalls_who_hung_up_within_min_recall_duration(
        http, admin, until, scale, attempts, sim):
    sim.config.queue_time_scale = scale  # 5 s of min_recall_duration: 0.05 s or 0.005 s
    await import_autocall(http, admin, customers(2), concurrent_call=2, max_recall_count=1,
                          min_recall_duration=5)

    async def finished() -> dict | None:
        state = await queue_state(http, "AC-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert [e["attempts"] for e in state["entries"]] == [attempts, attempts]
    assert [e["status"] for e in state["entries"]] == ["answered", "answered"]


@fast(talk_time=(0.3, 0.3))
async def test_stop_halts_new_calls_and_start_resumes(http, admin, sim, until):
    rows = customers(3)
    phones = phones_of(rows)
    await import_autocall(http, admin, rows)
    await until(lambda: live(http, admin, phones))
    assert (await action(http, admin, "autocall", "stop", "AC-1")).status_code == 200

    async def idle() -> dict | None:
        state = await queue_state(http, "AC-1")
        return state if state["progress"]["in_call"] == 0 else None

    state = await until(idle)  # the call in progress ends as it would
    assert state["state"] == "stopped"
    assert state["progress"]["calls"] == 1 and state["progress"]["remaining"] == 2
    assert [e["status"] for e in state["entries"]] == ["answered", "new", "new"]
    assert not sim.engine.dialer.is_scheduled("autocall", "AC-1")
    assert await live(http, admin, phones) == []
    assert len(await cdrs(http, admin, rows[1]["mobiles"][0])) == 0

    assert (await action(http, admin, "autocall", "start", "AC-1")).status_code == 200

    async def finished() -> dict | None:
        state = await queue_state(http, "AC-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert state["progress"]["calls"] == 3 and state["progress"]["answered"] == 3


@fast(talk_time=(0.3, 0.3))
async def test_dnc_skips_customers_not_dialled_yet(http, admin, sim, until):
    skipped = sim.tenant.customers[3]
    rows = customers(3, ("DNC-A", "B", skipped.customer_code))
    phones = phones_of(rows)
    await import_autocall(http, admin, rows)
    await until(lambda: live(http, admin, phones))  # DNC-A is in its call
    r = await http.post("/v2/autocall/queue/dnc", headers=admin,
                        json={"queue_code": "AC-1", "customers": [{"id": "DNC-A"},
                                                                  {"id": skipped.customer_code}]})
    assert r.status_code == 200

    async def finished() -> dict | None:
        state = await queue_state(http, "AC-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert [(e["id"], e["status"], e["attempts"]) for e in state["entries"]] == [
        ("DNC-A", "answered", 1), ("B", "answered", 1), (skipped.customer_code, "cancel", 0)]
    assert state["progress"]["skipped"] == 1 and state["progress"]["answered"] == 2
    assert await cdrs(http, admin, rows[2]["mobiles"][0]) == []
    r = await http.get(f"/v2/customer/{skipped.customer_id}", headers=admin)
    assert r.json()["data"]["status"] == "CANCEL"


@fast(talk_time=(0.3, 0.3))
async def test_delete_after_stop_forgets_the_queue(http, admin, sim, until):
    rows = customers(3)
    phones = phones_of(rows)
    await import_autocall(http, admin, rows)
    await until(lambda: live(http, admin, phones))
    r = await action(http, admin, "autocall", "delete", "AC-1")
    assert r.status_code == 400 and r.json()["content"] == "queue is running"
    assert (await action(http, admin, "autocall", "stop", "AC-1")).status_code == 200
    assert (await action(http, admin, "autocall", "delete", "AC-1")).status_code == 200
    assert await queue_state(http, "AC-1") is None
    await until(lambda: cdrs(http, admin, rows[0]["mobiles"][0]))  # the call ended normally
    assert await live(http, admin, phones) == []
    assert not sim.engine.dialer.is_scheduled("autocall", "AC-1")
    assert ("autocall", "AC-1") not in sim.engine.dialer.queues
    for row in rows[1:]:
        assert await cdrs(http, admin, row["mobiles"][0]) == []


# --- autodialer ----------------------------------------------------------------------------
@fast()
async def test_autodialer_puts_answered_customers_through_to_its_agents(http, admin, sim, until):
    customer = sim.tenant.customers[0]  # a customer of campaigns[0], by its code
    rows = customers(4, (customer.customer_code,))
    phones = phones_of(rows)
    await import_autodialer(http, admin, sim, rows, queue_agents="101, 102")
    most, agents_seen = 0, set()

    async def finished() -> dict | None:
        nonlocal most
        entries = await live(http, admin, phones)
        most = max(most, len(entries))
        agents_seen.update(e["source"] for e in entries if e["state"] == "CS_EXCHANGE_MEDIA")
        state = await queue_state(http, "AD-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert most <= 2  # precall_ratio 100: one call per free agent
    assert agents_seen and agents_seen <= {"101", "102"}  # talking as the agent's own call
    assert state["progress"]["answered"] == 4
    assert {e["agent"] for e in state["entries"]} <= {"101", "102"}
    for row in rows:
        [cdr] = await cdrs(http, admin, row["mobiles"][0])
        assert cdr["status"] == "ANSWERED" and cdr["extension"] in ("101", "102")
    r = await http.get(f"/v2/customer/{customer.customer_id}", headers=admin)
    assert r.json()["data"]["status"] == "ANSWERED"


@fast(queue_dial_delay=0.0, customer_answer_delay=0.05, talk_time=(0.3, 0.3))
async def test_autodialer_drops_answered_customers_no_agent_can_take(http, admin, sim, until):
    rows = customers(3)
    await import_autodialer(http, admin, sim, rows, queue_agents="103", precall_ratio="300")

    async def finished() -> dict | None:
        state = await queue_state(http, "AD-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    statuses = [e["status"] for e in state["entries"]]
    assert statuses == ["answered", "fail", "fail"]  # three ring at once for one agent
    [dropped] = await cdrs(http, admin, rows[1]["mobiles"][0])
    assert (dropped["status"], dropped["cause"]) == ("CANCEL", "NO_USER_RESPONSE")


@fast()
async def test_autodialer_waits_for_its_agents_to_log_in(http, admin, sim, until):
    rows = customers(2)
    await import_autodialer(http, admin, sim, rows, queue_agents="108")  # logged out
    await until(lambda: sim.engine.dialer.is_scheduled("autodialer", "AD-1"))
    state = await queue_state(http, "AD-1")
    assert state["progress"]["calls"] == 0 and state["progress"]["remaining"] == 2
    assert (await http.post("/_sim/extensions/108/login")).status_code == 200

    async def finished() -> dict | None:
        state = await queue_state(http, "AD-1")
        return state if state["progress"]["finished"] else None

    state = await until(finished, timeout=10)
    assert [(e["status"], e["agent"]) for e in state["entries"]] == [("answered", "108")] * 2


@fast()
async def test_autodialer_stop_start_and_a_stopping_simulator(http, admin, sim, until):
    rows = customers(2)
    await import_autodialer(http, admin, sim, rows, queue_agents="109")  # logged out: idle
    await until(lambda: sim.engine.dialer.is_scheduled("autodialer", "AD-1"))
    assert (await action(http, admin, "autodialer", "stop", "AD-1")).status_code == 200
    assert not sim.engine.dialer.is_scheduled("autodialer", "AD-1")
    assert (await action(http, admin, "autodialer", "start", "AD-1")).status_code == 200
    assert sim.engine.dialer.is_scheduled("autodialer", "AD-1")
    await sim.stop()
    assert not sim.engine.dialer.is_scheduled("autodialer", "AD-1")


# --- settings ------------------------------------------------------------------------------
async def test_queue_settings_through_the_control_api(http):
    r = await http.post("/_sim/config", json={"queue_dial_delay": 0.5, "queue_recall_delay": 2,
                                              "queue_idle_poll": 0.1, "queue_time_scale": 0.01})
    assert r.status_code == 200
    assert (r.json()["queue_dial_delay"], r.json()["queue_recall_delay"]) == (0.5, 2.0)
    for bad in ({"queue_dial_delay": -1}, {"queue_idle_poll": 0}):
        assert (await http.post("/_sim/config", json=bad)).status_code == 400
