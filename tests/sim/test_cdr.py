"""`/v2/cdr`: both mappings, filters, pagination and scroll, by id or sip_call_id."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agent_desktop.sim.tenant import normalize_phone

FMT = "%Y-%m-%d %H:%M:%S"


async def cdrs(http, headers, **params):
    r = await http.get("/v2/cdr", headers=headers, params=params)
    assert r.status_code == 200, r.text
    return r.json()


async def test_default_mapping_matches_the_docs(http, agent, doc, same_shape):
    body = await cdrs(http, agent)
    same_shape(body, doc["Get CDRs"][0])
    assert body["limit"] == 10 and body["offset"] == 10 and body["total"] == 300
    for row in body["data"]:
        assert row["direction"] in (1, 2, 3)
        assert row["status"] == row["status"].upper()
        assert row["status"].lower() in ("answered", "busy", "no-answered", "cancel",
                                         "not-available", "invalid")


async def test_flex_mapping_matches_the_docs(http, agent, doc, same_shape):
    body = await cdrs(http, agent, mapping="flex")
    same_shape(body, doc["Get CDRs"][1])
    for row in body["data"]:
        assert row["direction"] in ("inbound", "outbound", "local")
        assert row["status"] == row["status"].lower()
        assert row["billsec"] <= row["duration"]


async def test_tenant_mapping_set_by_control_api(http, agent):
    r = await http.post("/_sim/config", json={"cdr_mapping": "flex"})
    assert r.status_code == 200
    assert "cdrId" in (await cdrs(http, agent))["data"][0]
    assert "id" in (await cdrs(http, agent, mapping="default"))["data"][0]


async def test_unknown_mapping_is_400(http, agent):
    r = await http.get("/v2/cdr", headers=agent, params={"mapping": "fancy"})
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": "mapping is invalid", "error": "Bad Request"}


async def test_seeded_history_covers_every_status_and_direction(sim):
    cdrs_ = sim.tenant.cdrs
    assert {c.status for c in cdrs_} == {"answered", "busy", "no-answered", "cancel",
                                        "not-available", "invalid"}
    assert {c.direction for c in cdrs_} == {"inbound", "outbound", "local"}
    now = datetime.now()
    assert all(now - timedelta(days=7, hours=1) < c.started < now for c in cdrs_)
    assert all((c.answered is not None) == (c.status == "answered") for c in cdrs_)
    assert any(c.customer_id for c in cdrs_)
    assert all(c.has_recording == (c.status == "answered") for c in cdrs_)


async def test_newest_first_and_recording_urls(http, agent, sim):
    body = await cdrs(http, agent, limit=50)
    times = [row["time_started"] for row in body["data"]]
    assert times == sorted(times, reverse=True)
    for row in body["data"]:
        if row["status"] == "ANSWERED":
            assert row["recording_url"] == f"{sim.url}/recordings/{row['id']}.wav"
            assert row["time_answered"]
        else:
            assert row["recording_url"] == "" and row["time_answered"] == ""


async def test_scroll_walks_the_whole_history(http, agent):
    seen: list[str] = []
    offset = 0
    while True:
        body = await cdrs(http, agent, limit=70, offset=offset)
        if not body["data"]:
            break
        seen += [row["id"] for row in body["data"]]
        assert body["offset"] == offset + len(body["data"])
        offset = body["offset"]
    assert len(seen) == len(set(seen)) == 300


async def test_pagination_pages_and_offset_override(http, agent):
    page2 = await cdrs(http, agent, page=2, limit=25)
    assert page2["offset"] == 25 and page2["limit"] == 25 and len(page2["data"]) == 25
    scroll = await cdrs(http, agent, limit=25, offset=25)
    assert [r["id"] for r in scroll["data"]] == [r["id"] for r in page2["data"]]
    overridden = await cdrs(http, agent, page=2, limit=25, offset=5)
    assert overridden["offset"] == 5
    first = await cdrs(http, agent, limit=30)
    assert [r["id"] for r in overridden["data"]] == [r["id"] for r in first["data"][5:30]]
    last = await cdrs(http, agent, page=13, limit=25)
    assert last["data"] == [] and last["total"] == 300


async def test_limit_is_capped_at_1000(http, agent):
    body = await cdrs(http, agent, limit=5000)
    assert body["limit"] == 1000 and len(body["data"]) == 300


async def test_date_filters(http, agent, sim):
    ordered = sorted(sim.tenant.cdrs, key=lambda c: c.started)
    middle = ordered[150].started
    start = middle.strftime(FMT)
    body = await cdrs(http, agent, start_date=start, limit=1000)
    assert body["total"] == sum(1 for c in ordered if c.started >= middle)
    body = await cdrs(http, agent, end_date=start, limit=1000)
    assert body["total"] == sum(1 for c in ordered if c.started < middle)
    day = middle.strftime("%Y-%m-%d")
    next_day = (middle + timedelta(days=1)).strftime("%Y-%m-%d")
    body = await cdrs(http, agent, start_date=day, end_date=next_day, limit=1000)
    assert body["total"] == sum(1 for c in ordered if c.started.strftime("%Y-%m-%d") == day)
    assert all(row["time_started"].startswith(day) for row in body["data"])


async def test_extension_direction_and_duration_filters(http, agent, sim):
    body = await cdrs(http, agent, extension="101", limit=1000)
    assert body["total"] == sum(1 for c in sim.tenant.cdrs if c.extension == "101") > 0
    assert all(row["extension"] == "101" for row in body["data"])
    for name, code in (("inbound", 1), ("local", 2), ("outbound", 3)):
        body = await cdrs(http, agent, direction=name, limit=1000)
        assert body["total"] == sum(1 for c in sim.tenant.cdrs if c.direction == name) > 0
        assert {row["direction"] for row in body["data"]} == {code}
    body = await cdrs(http, agent, duration=120, limit=1000)
    assert body["total"] == sum(1 for c in sim.tenant.cdrs if c.duration >= 120) > 0
    assert all(row["duration"] >= 120 for row in body["data"])


async def test_phone_filter_treats_0_84_and_plus84_alike(http, agent, sim):
    cdr = next(c for c in sim.tenant.cdrs if c.direction == "outbound")
    phone = normalize_phone(cdr.to_number)
    expected = sum(1 for c in sim.tenant.cdrs
                   if phone in (normalize_phone(c.from_number), normalize_phone(c.to_number)))
    for form in (phone, "84" + phone[1:], "+84" + phone[1:]):
        body = await cdrs(http, agent, phone=form, limit=1000)
        assert body["total"] == expected >= 1, form
        assert cdr.id in [row["id"] for row in body["data"]]


@pytest.mark.parametrize("param, value", [
    ("limit", "ten"), ("limit", "0"), ("offset", "-1"), ("page", "0"), ("duration", "x"),
    ("start_date", "yesterday"), ("end_date", "2021-13-01"), ("direction", "sideways"),
])
async def test_invalid_query_parameters_are_400(http, agent, param, value):
    params = {param: value}
    if param == "page":
        params["limit"] = "10"
    r = await http.get("/v2/cdr", headers=agent, params=params)
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": f"{param} is invalid", "error": "Bad Request"}


async def test_one_cdr_by_id_or_sip_call_id(http, agent, sim, doc, same_shape):
    cdr = sim.tenant.cdrs[0]
    by_id = await http.get(f"/v2/cdr/{cdr.id}", headers=agent)
    assert by_id.status_code == 200
    same_shape(by_id.json(), doc["Get a Specific CDR"][0])
    by_sip = await http.get(f"/v2/cdr/{cdr.sip_call_id}", headers=agent)
    assert by_sip.json() == by_id.json()
    flex = await http.get(f"/v2/cdr/{cdr.id}", headers=agent, params={"mapping": "flex"})
    same_shape(flex.json(), doc["Get a Specific CDR"][1])
    assert flex.json()["cdrId"] == cdr.id


async def test_unknown_cdr_is_404(http, agent):
    r = await http.get("/v2/cdr/01b7d166-b564-42ec-80a1-4ad343225934", headers=agent)
    assert r.status_code == 404
    assert r.json() == {"code": 404, "content": "Not Found", "error": "Not Found"}


async def test_flex_fields_follow_the_call(http, agent, sim):
    inbound = next(c for c in sim.tenant.cdrs if c.direction == "inbound" and c.extension)
    r = await http.get(f"/v2/cdr/{inbound.id}", headers=agent, params={"mapping": "flex"})
    row = r.json()
    assert row["to"] == inbound.from_number  # the customer
    assert row["extensionId"] == inbound.extension
    assert row["dialAt"] <= row["hangupAt"]


async def test_same_seed_same_tenant(sim):
    from agent_desktop.sim.demo_tenant import build_demo_tenant
    again = build_demo_tenant(1)
    assert [c.id for c in again.cdrs] == [c.id for c in sim.tenant.cdrs]
    assert [u.api_key for u in again.users] == [u.api_key for u in sim.tenant.users]
    assert [c.id for c in build_demo_tenant(2).cdrs] != [c.id for c in again.cdrs]
