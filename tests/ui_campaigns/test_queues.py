"""Queues against the simulator: create an autodialer and an autocall queue (with the server's
success and fail lists), start / stop / delete (delete refused while running, here and by the
PBX), the do-not-call list, the remembered queues, and a 403 for agents explained."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from agent_desktop.core.campaigns import Campaigns, QueueKind
from agent_desktop.pbx.models import QueueCustomer
from agent_desktop.ui.campaigns_view import CampaignsView
from tests.sim_session import wait
from tests.ui_campaigns.conftest import Desk, Desks, write_csv

HEADER = ["id", "mobiles", "contract_number"]
ROWS = [["KH01", "0899098801", "HD01"], ["KH02", "0899098802", "HD02"],
        ["KH03", "0899098803", "HD03"]]


def customers_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "customers.csv", [HEADER, *ROWS], delimiter=",")


async def autocall_queue(desk: Desk, tmp_path: Path, code: str = "AC-1") -> None:
    desk.view.import_file(customers_file(tmp_path))
    desk.importer.set_kind("autocall")
    desk.importer.set_values({"queue_code": code, "template": "IVR-1"})
    assert desk.view.send()
    await desk.settled()
    assert desk.last("sent")[1].queue_code == code
    assert desk.queues.select("autocall", code)


async def test_create_autodialer_queue(desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        campaign = desk.sim.tenant.campaigns[0].campaign_id
        desk.view.import_file(customers_file(tmp_path))
        importer = desk.importer
        importer.set_kind("autodialer")
        importer.set_values({"campaign_id": campaign, "queue_code": "AD-1",
                             "precall_ratio": "150", "max_recall_count": "2",
                             "queue_agents": "101, 102"})
        assert desk.view.send()
        await desk.settled()
        [request] = await desk.queue_requests()
        assert request["path"] == "/v2/autodialer/queue" and request["status"] == 200
        assert request["json"] == {  # numbers as strings, id and mobiles only, as documented
            "campaign_id": campaign, "queue_code": "AD-1", "precall_ratio": "150",
            "max_recall_count": "2", "queue_agents": "101,102",
            "customers": [{"id": r[0], "mobiles": [r[1]]} for r in ROWS]}
        assert desk.status_texts() == ["Taken by the PBX"] * 3
        assert "Queue AD-1 created with 3 customer(s)" in importer.message.text()
        # Never again by itself: the same preview is not sent twice.
        assert not importer.send_button.isEnabled()
        assert not desk.view.send()
        assert len(await desk.queue_requests()) == 1
        [record] = desk.campaigns.queues()
        assert (record.kind, record.queue_code, record.state, record.customers) == (
            "autodialer", "AD-1", "running", 3)
        assert desk.queues.model.index(0, 2).data() == "Running"
        assert (await desk.sim_queue("autodialer", "AD-1"))["state"] == "running"


async def test_autodialer_settings_checked_and_bad_campaign_explained(
        desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        desk.view.import_file(customers_file(tmp_path))
        importer = desk.importer
        importer.set_values({"campaign_id": "", "queue_code": "AD 2", "precall_ratio": "lots"})
        importer.send()  # the view hands it to the core, which checks the settings
        await desk.settled()
        errors = importer.field_errors[QueueKind.AUTODIALER]
        assert errors["campaign_id"].text() == "Required."
        assert errors["precall_ratio"].text() == "Write a whole number."
        assert errors["queue_code"].text().startswith("No spaces")
        assert not errors["campaign_id"].isHidden()
        assert await desk.queue_requests() == []

        importer.set_values({"campaign_id": "no-such-campaign", "queue_code": "AD-2",
                             "precall_ratio": "100"})
        assert importer.send()
        await desk.settled()
        assert "does not know campaign “no-such-campaign”" in importer.message.text()
        assert len(await desk.queue_requests()) == 1
        assert desk.campaigns.queues() == []


async def test_autocall_success_and_fail_lists(desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        desk.view.import_file(customers_file(tmp_path))
        # The PBX may refuse a customer the file check let through: its lists mark the rows.
        customers = [QueueCustomer("KH01", ("0899098801",)), QueueCustomer("KH02", ("08x9",)),
                     QueueCustomer("KH03", ("0899098803",))]
        assert desk.campaigns.send("autocall", {"queue_code": "AC-L", "template": "IVR-1"},
                                   customers)
        await desk.settled()
        outcome = desk.last("sent")[1]
        assert (outcome.success, outcome.fail) == (("KH01", "KH03"), ("KH02",))
        assert desk.status_texts() == ["Taken by the PBX", "Refused by the PBX",
                                       "Taken by the PBX"]
        model = desk.importer.model
        assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
        assert "took 2 customer(s) and refused 1" in desk.importer.message.text()
        [record] = desk.campaigns.queues()
        assert (record.customers, record.success, record.fail) == (3, 2, 1)

        # Every customer refused: "import fail", no queue, the refused ids still marked.
        assert desk.campaigns.send("autocall", {"queue_code": "AC-X", "template": "IVR-1"},
                                   [QueueCustomer("KH03", ("abc",))])
        await desk.settled()
        failure = desk.last("sendFailed")[1]
        assert failure.fail == ("KH03",) and failure.sent
        assert "refused every customer" in failure.message
        assert desk.status_texts()[2] == "Refused by the PBX"
        assert [r.queue_code for r in desk.campaigns.queues()] == ["AC-L"]
        assert await desk.sim_queue("autocall", "AC-X") is None


async def test_start_stop_delete(desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        await autocall_queue(desk, tmp_path)
        queues = desk.queues
        assert not queues.delete_button.isEnabled()
        assert queues.hint.text() == ("The PBX deletes only a stopped queue: stop it first, "
                                      "then delete it.")
        assert not queues.act("delete")  # refused here, nothing sent
        assert not [r for r in await desk.queue_requests() if r["path"].endswith("/delete")]

        queues.stop_button.click()
        await desk.settled()
        assert (await desk.sim_queue("autocall", "AC-1"))["state"] == "stopped"
        assert desk.campaigns.record("autocall", "AC-1").state == "stopped"
        assert queues.delete_button.isEnabled() and queues.start_button.isEnabled()
        assert queues.message.text() == "Queue AC-1 is stopped."

        queues.start_button.click()
        await desk.settled()
        assert (await desk.sim_queue("autocall", "AC-1"))["state"] == "running"
        assert not queues.delete_button.isEnabled()

        queues.stop_button.click()
        await desk.settled()
        queues.delete_button.click()
        await desk.settled()
        assert await desk.sim_queue("autocall", "AC-1") is None
        assert desk.campaigns.record("autocall", "AC-1").state == "deleted"
        assert queues.model.index(0, 2).data() == "Deleted"
        assert not any(b.isEnabled() for b in (queues.start_button, queues.stop_button,
                                               queues.delete_button))
        paths = [r["path"] for r in await desk.queue_requests()]
        assert paths == ["/v2/autocall/queue", "/v2/autocall/queue/stop",
                         "/v2/autocall/queue/start", "/v2/autocall/queue/stop",
                         "/v2/autocall/queue/delete"]


async def test_delete_refused_by_the_pbx_while_running(desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        campaign = desk.sim.tenant.campaigns[0].campaign_id
        desk.view.import_file(customers_file(tmp_path))
        desk.importer.set_values({"campaign_id": campaign, "queue_code": "AD-R"})
        assert desk.view.send()
        await desk.settled()
        desk.queues.select("autodialer", "AD-R")
        desk.queues.stop_button.click()
        await desk.settled()
        # Someone starts it again elsewhere: the app still thinks it is stopped.
        assert desk.session.client is not None
        await desk.session.client.autodialer_queue_action("start", "AD-R")
        desk.queues.delete_button.click()
        await desk.settled()
        failed = desk.last("actionFailed")
        assert failed[1:4] == ("autodialer", "AD-R", "delete")
        assert "deletes only a stopped queue" in failed[4]
        assert "deletes only a stopped queue" in desk.queues.message.text()
        assert desk.campaigns.record("autodialer", "AD-R").state == "running"
        assert (await desk.sim_queue("autodialer", "AD-R"))["state"] == "running"
        deletes = [r for r in await desk.queue_requests() if r["path"].endswith("/delete")]
        assert [r["status"] for r in deletes] == [400]  # sent once, never repeated


async def test_do_not_call_list(desks: Desks, tmp_path: Path) -> None:
    async with desks("supervisor") as desk:
        await autocall_queue(desk, tmp_path, "AC-D")
        queues = desk.queues
        assert queues.dnc_row.isVisibleTo(queues)
        assert not queues.dnc_button.isEnabled()
        ids_file = write_csv(tmp_path / "dnc.csv", [["id"], ["KH02"], ["KH03"]])
        assert queues.load_dnc_file(ids_file)
        assert queues.dnc_edit.text() == "KH02, KH03"
        queues.dnc_button.click()
        await desk.settled()
        [request] = [r for r in await desk.queue_requests() if r["path"].endswith("/dnc")]
        assert request["json"] == {"queue_code": "AC-D",
                                   "customers": [{"id": "KH02"}, {"id": "KH03"}]}
        assert (await desk.sim_queue("autocall", "AC-D"))["dnc"] == ["KH02", "KH03"]
        assert desk.campaigns.record("autocall", "AC-D").dnc == 2
        assert queues.model.index(0, 7).data() == "2"
        assert queues.dnc_edit.text() == ""
        assert "skip the blocked customers" in queues.message.text()

        # Autodialer queues take no do-not-call list: no field for them.
        campaign = desk.sim.tenant.campaigns[0].campaign_id
        desk.importer.set_kind("autodialer")
        desk.importer.set_values({"campaign_id": campaign, "queue_code": "AD-D"})
        assert desk.view.send()
        await desk.settled()
        assert queues.select("autodialer", "AD-D")
        assert not queues.dnc_row.isVisibleTo(queues)


async def test_remembered_queues_survive(desks: Desks, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    async with desks("supervisor") as desk:
        await autocall_queue(desk, tmp_path, "AC-M")
        desk.queues.stop_button.click()
        await desk.settled()
        again = Campaigns(desk.session, desk.store)
        [record] = again.queues()
        assert (record.kind, record.queue_code, record.state, record.customers,
                record.settings["template"]) == ("autocall", "AC-M", "stopped", 3, "IVR-1")
        assert record.created
        view = CampaignsView(again)
        qtbot.addWidget(view)
        assert view.queues.model.rowCount() == 1
        assert view.queues.model.index(0, 1).data() == "AC-M"
        text = desk.store.read_text(encoding="utf-8")
        data = json.loads(text)
        assert data["version"] == 1
        account = desk.session.account
        assert account is not None and account.api_key not in text
        assert "demo123" not in text and "token" not in text


async def test_agents_are_refused_and_a_403_is_explained(desks: Desks, tmp_path: Path) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        assert view.notice.isVisibleTo(view)
        assert "Only supervisor (admin) accounts" in view.notice.text()
        view.import_file(customers_file(tmp_path))
        desk.importer.set_kind("autocall")
        desk.importer.set_values({"queue_code": "AC-A", "template": "IVR-1"})
        assert not desk.importer.send_button.isEnabled()
        assert not view.send()
        assert await desk.queue_requests() == []

        desk.pretend_admin()  # the local check passes: the PBX still says no
        view.refresh()
        assert desk.importer.send_button.isEnabled()
        assert view.send()
        await desk.settled()
        message = desk.last("sendFailed")[1].message
        assert "not allowed" in message and "only admin (supervisor) accounts" in message
        assert message in desk.importer.message.text()
        [request] = await desk.queue_requests()
        assert request["status"] == 403
        assert desk.campaigns.queues() == []
        await wait(lambda: desk.importer.send_hint.text().startswith("These rows were sent"))
