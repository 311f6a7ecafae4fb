"""Autodialer and autocall queues: import, validation, stop / start / delete, DNC."""

from __future__ import annotations

import pytest


def dialer_body(sim, **changes):
    body = {"campaign_id": sim.tenant.campaigns[0].campaign_id, "queue_code": "Autodialer",
            "precall_ratio": "150", "max_recall_count": "2", "queue_agents": "5001",
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0899123456"]}]}
    body.update(changes)
    return body


AUTOCALL = {"queue_code": "Autocall-Q1", "template": "IVR-1", "concurrent_call": 5,
            "max_recall_count": 3, "min_recall_duration": 3,
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0982596021"],
                           "contract_number": "HD123456", "upcoming_due_date": "2021-07-13",
                           "upcoming_amount": 5000000, "due_date": "2021-07-13", "dpd": 5,
                           "number_of_ovd_inst": 6, "total_ovd_amount": 3211100}]}


def queue_state(sim, kind: str, code: str) -> str | None:
    queue = sim.queues.get(kind, code)
    return queue.state if queue else None


async def test_autodialer_lifecycle(http, admin, sim, doc):
    r = await http.post("/v2/autodialer/queue", headers=admin, json=dialer_body(sim))
    assert r.status_code == 200 and r.json() == doc["Autodialer/Nhận dữ liệu queue"][0]
    assert queue_state(sim, "autodialer", "Autodialer") == "running"
    r = await http.post("/v2/autodialer/queue/delete", headers=admin,
                        json={"queue_code": "Autodialer"})
    assert r.status_code == 400 and r.json() == {"message": "queue is running"}
    for action, state in (("stop", "stopped"), ("start", "running"), ("stop", "stopped")):
        r = await http.post(f"/v2/autodialer/queue/{action}", headers=admin,
                            json={"queue_code": "Autodialer"})
        assert r.status_code == 200 and r.json() == {"message": "successfully"}
        assert queue_state(sim, "autodialer", "Autodialer") == state
    r = await http.post("/v2/autodialer/queue/delete", headers=admin,
                        json={"queue_code": "Autodialer"})
    assert r.status_code == 200
    assert queue_state(sim, "autodialer", "Autodialer") is None


async def test_autodialer_reimport_adds_customers(http, admin, sim):
    await http.post("/v2/autodialer/queue", headers=admin, json=dialer_body(sim))
    more = dialer_body(sim, customers=[{"id": "KH2", "mobiles": ["0912345678", "0987654321"]}])
    assert (await http.post("/v2/autodialer/queue", headers=admin, json=more)).status_code == 200
    assert set(sim.queues.get("autodialer", "Autodialer").customers) == {"TEL4VN_Test", "KH2"}
    state = (await http.get("/_sim/state")).json()
    assert state["queues"][0]["queue_code"] == "Autodialer"


@pytest.mark.parametrize("changes, message", [
    ({"campaign_id": None}, "campaign_id is required"),
    ({"queue_code": ""}, "queue_code is required"),
    ({"precall_ratio": None}, "precall_ratio is required"),
    ({"max_recall_count": None}, "max_recall_count is required"),
    ({"precall_ratio": "lots"}, "precall_ratio is invalid"),
    ({"customers": []}, "customers is required"),
    ({"customers": [{"mobiles": ["0899123456"]}]}, "customers.id is required"),
    ({"customers": [{"id": "A", "mobiles": []}]}, "customers.mobiles is required"),
    ({"campaign_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeee"}, "campaign is invalid"),
])
async def test_autodialer_validation(http, admin, sim, changes, message):
    body = {k: v for k, v in dialer_body(sim, **changes).items() if v is not None}
    r = await http.post("/v2/autodialer/queue", headers=admin, json=body)
    assert r.status_code == 400 and r.json() == {"message": message}


@pytest.mark.parametrize("action", ["stop", "start", "delete"])
async def test_autodialer_unknown_queue(http, admin, action, doc):
    r = await http.post(f"/v2/autodialer/queue/{action}", headers=admin,
                        json={"queue_code": "nope"})
    assert r.status_code == 404 and r.json() == {"message": "queue not found"}
    r = await http.post(f"/v2/autodialer/queue/{action}", headers=admin, json={})
    assert r.status_code == 400 and r.json() == {"message": "queue_code is required"}


async def test_autocall_lifecycle(http, admin, sim, doc):
    r = await http.post("/v2/autocall/queue", headers=admin, json=AUTOCALL)
    assert r.status_code == 200 and r.json() == doc["Autocall/Nhận dữ liệu queue"][0]
    r = await http.post("/v2/autocall/queue/dnc", headers=admin,
                        json={"queue_code": "Autocall-Q1", "customers": [{"id": "KH_01"},
                                                                         {"id": "KH_02"}]})
    assert r.status_code == 200 and r.json() == {"code": 200, "content": "successfully"}
    assert sim.queues.get("autocall", "Autocall-Q1").dnc == {"KH_01", "KH_02"}
    r = await http.post("/v2/autocall/queue/delete", headers=admin,
                        json={"queue_code": "Autocall-Q1"})
    assert r.status_code == 400 and r.json() == {"code": 400, "content": "queue is running"}
    for action, state in (("stop", "stopped"), ("start", "running"), ("stop", "stopped")):
        r = await http.post(f"/v2/autocall/queue/{action}", headers=admin,
                            json={"queue_code": "Autocall-Q1"})
        assert r.json() == doc[f"Autocall/{action.capitalize()} Queue"][0]
        assert queue_state(sim, "autocall", "Autocall-Q1") == state
    r = await http.post("/v2/autocall/queue/delete", headers=admin,
                        json={"queue_code": "Autocall-Q1"})
    assert r.json() == {"code": 200, "content": "successfully"}
    assert queue_state(sim, "autocall", "Autocall-Q1") is None


async def test_autocall_partial_and_failed_imports(http, admin):
    body = {**AUTOCALL, "customers": [{"id": "OK1", "mobiles": ["0982596021"]},
                                      {"id": "BAD", "mobiles": []}, {"mobiles": ["0982596021"]}]}
    r = await http.post("/v2/autocall/queue", headers=admin, json=body)
    assert r.status_code == 200
    assert r.json()["data"] == {"fail": ["BAD", "customers[2]"], "success": ["OK1"]}
    body = {**AUTOCALL, "customers": [{"id": "BAD", "mobiles": ["not a phone"]}]}
    r = await http.post("/v2/autocall/queue", headers=admin, json=body)
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": "import fail",
                        "data": {"fail": ["BAD"], "success": []}}


@pytest.mark.parametrize("changes, content", [
    ({"queue_code": None}, "queue_code is required"),
    ({"template": ""}, "template is required"),
    ({"concurrent_call": "five"}, "concurrent_call is invalid"),
])
async def test_autocall_validation(http, admin, changes, content):
    body = {k: v for k, v in {**AUTOCALL, **changes}.items() if v is not None}
    r = await http.post("/v2/autocall/queue", headers=admin, json=body)
    assert r.status_code == 400 and r.json() == {"code": 400, "content": content}


@pytest.mark.parametrize("customers", [None, [], "KH1"])
async def test_autocall_without_customers_is_an_empty_import_fail(http, admin, customers, doc):
    body = {k: v for k, v in {**AUTOCALL, "customers": customers}.items() if v is not None}
    r = await http.post("/v2/autocall/queue", headers=admin, json=body)
    assert r.status_code == 400 and r.json() == doc["Autocall/Nhận dữ liệu queue"][1]


@pytest.mark.parametrize("path", ["dnc", "stop", "start", "delete"])
async def test_autocall_unknown_queue(http, admin, path, doc):
    r = await http.post(f"/v2/autocall/queue/{path}", headers=admin,
                        json={"queue_code": "nope", "customers": [{"id": "KH_01"}]})
    assert r.status_code == 404 and r.json() == {"code": 404, "content": "queue not found"}


async def test_autocall_dnc_needs_ids(http, admin):
    await http.post("/v2/autocall/queue", headers=admin, json=AUTOCALL)
    r = await http.post("/v2/autocall/queue/dnc", headers=admin,
                        json={"queue_code": "Autocall-Q1", "customers": [{"name": "x"}]})
    assert r.status_code == 400 and r.json() == {"code": 400, "content": "customers.id is required"}


async def test_engine_hears_about_queue_changes(http, admin, sim, monkeypatch):
    seen: list[tuple[str, str, str]] = []
    sim.queues.on_change = lambda kind, queue: seen.append((kind, queue.queue_code, queue.state))
    await http.post("/v2/autocall/queue", headers=admin, json=AUTOCALL)
    await http.post("/v2/autocall/queue/stop", headers=admin, json={"queue_code": "Autocall-Q1"})
    assert seen == [("autocall", "Autocall-Q1", "running"), ("autocall", "Autocall-Q1", "stopped")]
