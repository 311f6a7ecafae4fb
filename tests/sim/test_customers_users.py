"""User status (both paths) and customers: list, one, create with validation."""

from __future__ import annotations

import pytest

PATTERN = "^(84|0[3|5|7|8|9])+([0-9]{8})$"


@pytest.mark.parametrize("path", ["/v2/user/{}/status", "/v2/customer/user/{}/status"])
async def test_user_status_by_username_or_uuid(http, agent, sim, path, doc, same_shape):
    user = sim.tenant.user_by_username("agent108")
    for ident in (user.username, user.user_uuid):
        r = await http.get(path.format(ident), headers=agent)
        assert r.status_code == 200
        same_shape(r.json(), doc["Get User Status"][0])
        assert r.json()["data"] == {"agent_name": "Bùi Văn Nam", "ext_loggedin": "false",
                                    "extension": "108", "user_uuid": user.user_uuid,
                                    "username": "agent108"}
    await http.post("/_sim/extensions/108/login")
    r = await http.get(path.format("agent108"), headers=agent)
    assert r.json()["data"]["ext_loggedin"] == "true"


async def test_unknown_user_is_404(http, agent, doc):
    r = await http.get("/v2/user/test.user01/status", headers=agent)
    assert r.status_code == 404 and r.json() == doc["Get User Status"][1]


async def test_customer_list_and_paging(http, agent, sim, doc, same_shape):
    r = await http.get("/v2/customer", headers=agent)
    assert r.status_code == 200
    body = r.json()
    same_shape(body, doc["Get List Customers"][0])
    assert body["limit"] == 10 and body["offset"] == 0 and body["total"] == 80
    assert all(c["status"] == c["status"].upper() for c in body["data"])
    campaign = sim.tenant.campaigns[1].campaign_id
    r = await http.get("/v2/customer", headers=agent,
                       params={"campaign_id": campaign, "limit": 50, "offset": 30})
    body = r.json()
    assert body["total"] == 40 and len(body["data"]) == 10 and body["offset"] == 30
    assert {c["campaign_id"] for c in body["data"]} == {campaign}
    r = await http.get("/v2/customer", headers=agent, params={"limit": "many"})
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": "limit is invalid", "error": "Bad Request"}


async def test_zero_time_for_customers_never_updated(sim):
    new = [c for c in sim.tenant.customers if c.status == "new"]
    assert new and all(c.updated_at == "0001-01-01T00:00:00Z" for c in new)
    assert all(c.created_at.endswith("Z") for c in sim.tenant.customers)


async def test_one_customer(http, agent, sim, doc, same_shape):
    customer = sim.tenant.customers[5]
    r = await http.get(f"/v2/customer/{customer.customer_id}", headers=agent)
    assert r.status_code == 200
    same_shape(r.json(), doc["Get Specific Customer"][0])
    assert r.json()["data"]["phone_number"] == customer.phone_number
    r = await http.get("/v2/customer/dddddddd-1111-2222-3333-eeeeeeee", headers=agent)
    assert r.status_code == 404 and r.json() == doc["Get Specific Customer"][1]


async def test_create_customer(http, admin, sim, doc, same_shape):
    body = {"campaign_id": sim.tenant.campaigns[0].campaign_id, "customer_name": "Khach Hang 01",
            "customer_code": "KH01", "phone_number": "0899888998", "contract_number": "ABC123"}
    r = await http.post("/v2/customer", headers=admin, json=body)
    assert r.status_code == 201
    same_shape(r.json(), doc["Post Customer"][0])
    new_id = r.json()["id"]
    r = await http.get(f"/v2/customer/{new_id}", headers=admin)
    data = r.json()["data"]
    assert data["status"] == "NEW" and data["customer_code"] == "KH01"
    assert data["updated_at"] == "0001-01-01T00:00:00Z"


@pytest.mark.parametrize("phone", ["0199888998", "089988899", "+84899888998", "08998889981"])
async def test_create_customer_phone_pattern(http, admin, sim, phone, doc):
    body = {"campaign_id": sim.tenant.campaigns[0].campaign_id, "customer_code": "KH01",
            "phone_number": phone, "contract_number": "ABC123"}
    r = await http.post("/v2/customer", headers=admin, json=body)
    assert r.status_code == 400 and r.json() == doc["Post Customer"][1]


async def test_create_customer_lists_every_problem(http, admin):
    r = await http.post("/v2/customer", headers=admin,
                        json={"customer_code": 12, "phone_number": "0899888998"})
    assert r.status_code == 400
    assert r.json() == {"code": 400, "error": "Bad Request", "content": [
        {"campaign_id": "is required"},
        {"customer_code": "Invalid type. Expected: string, given: integer"},
        {"contract_number": "is required"}]}


async def test_create_customer_unknown_campaign(http, admin):
    r = await http.post("/v2/customer", headers=admin,
                        json={"campaign_id": "nope", "customer_code": "KH01",
                              "phone_number": "0899888998", "contract_number": "A"})
    assert r.status_code == 400
    assert r.json()["content"] == [{"campaign_id": "campaign is not existed"}]
