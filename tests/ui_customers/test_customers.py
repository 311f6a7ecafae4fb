"""The Customers view against the simulator: paging and the campaign filter reach the server, the
status words, the detail pane, calls, and the new-customer form (checked here, sent once, the PBX's
400 and 403 explained) with the list showing the new customer; failures and Retry."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_desktop.config import Settings
from agent_desktop.core.customers import check_new_customer, status_text
from agent_desktop.core.dialer import Dialer
from agent_desktop.pbx.models import Customer
from agent_desktop.ui.customer_form import CustomerForm
from agent_desktop.ui.customers_model import Column, CustomersModel
from tests.ui_customers.conftest import Desk, Desks, wait

GOOD = {"customer_code": "KH9001", "phone_number": "0899 098 899", "contract_number": "HD9001",
        "customer_name": "Nguyễn Văn Mới"}


def index_of(desk: Desk, customer_id: str, column: int = 0) -> QModelIndex:
    return desk.view.proxy.index(desk.shown_ids().index(customer_id), column)


def double_click(qtbot: QtBot, desk: Desk, customer_id: str, column: int) -> None:
    """As a mouse does it: a click, then the second press that makes it a double click."""
    viewport = desk.view.table.viewport()
    cell = desk.view.table.visualRect(index_of(desk, customer_id, column)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)


async def loaded(desk: Desk) -> None:
    await desk.refreshed()
    assert desk.customers.current is not None


async def form_of(desk: Desk) -> CustomerForm:
    form = desk.view.open_form()
    assert form.objectName() == "customerForm" and form.isVisible()
    return form


async def posts(desk: Desk) -> list[dict]:
    return await desk.requests(method="POST")


# --- the list: pages and campaigns reach the server ---------------------------------------------


async def test_pages_show_exactly_the_servers_customers(desks: Desks) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        await loaded(desk)
        assert desk.shown_ids() == desk.sim_ids()[0:20]
        assert view.range_label.text() == "1–20 of 80"
        assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
        view.next_button.click()
        await wait(lambda: view.range_label.text() == "21–40 of 80")
        assert desk.shown_ids() == desk.sim_ids()[20:40]
        for _ in range(2):
            view.next_button.click()
            await wait(lambda: not desk.customers.loading and view.next_button.isEnabled()
                       != (view.range_label.text() == "61–80 of 80"))
        assert view.range_label.text() == "61–80 of 80"
        assert desk.shown_ids() == desk.sim_ids()[60:80] and not view.next_button.isEnabled()
        view.previous_button.click()
        await wait(lambda: view.range_label.text() == "41–60 of 80")
        assert desk.shown_ids() == desk.sim_ids()[40:60]
        sent = [(r["method"], r["query"]) for r in await desk.requests()]
        assert sent == [("GET", {"limit": "20", "offset": str(offset)})
                        for offset in (0, 20, 40, 60, 40)]


async def test_campaign_chooser_filters_on_the_server(desks: Desks, qtbot: QtBot) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        first, second = (c.campaign_id for c in desk.sim.tenant.campaigns)
        await loaded(desk)
        assert [view.campaign.itemText(i) for i in range(view.campaign.count())] == [
            "All campaigns", first]  # the campaigns seen so far
        view.campaign.lineEdit().selectAll()
        qtbot.keyClicks(view.campaign.lineEdit(), second)  # typing an id works
        qtbot.keyClick(view.campaign.lineEdit(), Qt.Key.Key_Return)
        await wait(lambda: view.range_label.text() == "1–20 of 40")
        assert desk.shown_ids() == desk.sim_ids(campaign=1)[0:20]
        view.next_button.click()
        await wait(lambda: view.range_label.text() == "21–40 of 40")
        assert desk.shown_ids() == desk.sim_ids(campaign=1)[20:40]
        assert sorted(view.campaign.itemText(i) for i in range(1, view.campaign.count())) == \
            sorted([first, second])
        assert view.campaign.currentText() == second
        view.campaign.setCurrentIndex(0)
        view.campaign.activated.emit(0)  # "All campaigns" picked from the list
        await wait(lambda: view.range_label.text() == "1–20 of 80")
        view.choose_campaign("no-such-campaign")
        await wait(lambda: view.range_label.text() == "0 of 0")
        assert view.stack.currentWidget() is view.empty_label
        assert view.empty_label.text() == "This campaign has no customers."
        queries = [r["query"] for r in await desk.requests()]
        assert queries == [
            {"limit": "20", "offset": "0"},
            {"campaign_id": second, "limit": "20", "offset": "0"},
            {"campaign_id": second, "limit": "20", "offset": "20"},
            {"limit": "20", "offset": "0"},
            {"campaign_id": "no-such-campaign", "limit": "20", "offset": "0"}]


async def test_search_narrows_the_page_shown(desks: Desks) -> None:
    async with desks("agent101") as desk:
        await loaded(desk)
        customers = desk.sim.tenant.customers
        target = customers[7]
        spaced = f"{target.phone_number[:4]} {target.phone_number[4:7]} {target.phone_number[7:]}"
        for text in (target.customer_code.lower(), spaced, target.contract_number,
                     target.customer_name.upper(), "84" + target.phone_number[1:]):
            desk.view.search.setText(text)
            assert target.customer_id in desk.shown_ids(), text
            assert len(desk.shown_ids()) < 20, text
        desk.view.search.setText("zzz-nobody")
        assert desk.shown_ids() == []
        assert desk.view.empty_label.text() == "No customers on this page match the search."
        desk.view.search.clear()
        assert len(desk.shown_ids()) == 20


async def test_status_in_peoples_words(desks: Desks) -> None:
    async with desks("agent101") as desk:
        desk.sim.tenant.customers[3].status = "recalling"  # a status the docs do not list
        desk.customers.load(limit=100)
        await wait(lambda: desk.view.range_label.text() == "1–80 of 80")
        model = desk.view.model
        words = {c.status: model.text(c, Column.STATUS) for c in model.customers()}
        assert words == {"new": "New", "queue": "In queue", "answered": "Answered",
                         "busy": "Busy", "no-answered": "Not answered", "cancel": "Cancelled",
                         "fail": "Failed", "unknown": "Unknown", "recalling": "recalling"}
        assert {r["query"]["limit"] for r in await desk.requests()} == {"100"}


async def test_columns_show_every_field_as_plain_text(desks: Desks) -> None:
    async with desks("agent101") as desk:
        desk.sim.tenant.customers[0].customer_name = "<b>Lan</b>\nHồ"
        await loaded(desk)
        model, first = desk.view.model, desk.sim.tenant.customers[0]
        shown = model.customer_at(0)
        phone = first.phone_number
        assert [model.text(shown, c) for c in Column][:5] == [
            "<b>Lan</b> Hồ", first.customer_code, f"{phone[:4]} {phone[4:7]} {phone[7:]}",
            first.contract_number, first.campaign_id]
        created = datetime.fromisoformat(first.created_at.replace("Z", "+00:00")).astimezone()
        assert model.text(shown, Column.CREATED) == created.strftime("%d/%m/%Y %H:%M")
        never = next(c for c in model.customers() if c.status == "new")
        assert model.text(never, Column.UPDATED) == ""  # the zero time: never updated


def test_model_is_a_well_behaved_table(qtmodeltester: ModelTester) -> None:
    model = CustomersModel()
    customer = Customer("camp", "HD1", None, "KH1", "id-1", "Lan", "0899098899", "new", None)
    model.set_customers([customer, Customer(**{**vars(customer), "customer_id": "id-2"})])
    qtmodeltester.check(model)
    assert model.row_of("id-2") == 1


# --- detail and calls -------------------------------------------------------------------------


async def test_enter_opens_the_detail_read_again_from_the_pbx(desks: Desks, qtbot: QtBot) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        await loaded(desk)
        customer = desk.sim.tenant.customers[4]
        customer.customer_name = "Trần Thị Mới"  # changed on the PBX since the page was read
        assert view.select_customer(customer.customer_id)
        await desk.forget_requests()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert view.detail.isVisibleTo(view)
        await wait(lambda: view.detail.value("customer_name") == "Trần Thị Mới")
        assert [r["path"] for r in await desk.requests(
            f"/v2/customer/{customer.customer_id}")] == [f"/v2/customer/{customer.customer_id}"]
        detail = view.detail
        assert detail.value("customer_id") == customer.customer_id
        assert detail.value("campaign_id") == customer.campaign_id
        assert detail.value("contract_number") == customer.contract_number
        assert detail.value("customer_code") == customer.customer_code
        assert detail.value("status") == status_text(view.model.customer_at(4))
        for label in detail.values.values():
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        detail.call_button.click()
        assert desk.dialed == [(customer.phone_number, customer.customer_id)]
        detail.close_button.click()
        assert not detail.isVisibleTo(view)


async def test_every_way_to_call_emits_the_phone_and_the_id(desks: Desks, qtbot: QtBot) -> None:
    async with desks("supervisor") as desk:
        view = desk.view
        view.show()  # the first page loads when the tab is shown
        await wait(lambda: desk.customers.current is not None and not desk.customers.loading)
        one, two = desk.sim.tenant.customers[1], desk.sim.tenant.customers[2]
        view.select_customer(one.customer_id)
        view.call_button.click()
        menu = view.context_menu_for(index_of(desk, two.customer_id))
        call = next(a for a in menu.actions() if a.objectName() == "customersMenuCall")
        assert call.text().startswith("Call ")
        call.trigger()
        double_click(qtbot, desk, one.customer_id, Column.PHONE)
        assert desk.dialed == [(one.phone_number, one.customer_id),
                               (two.phone_number, two.customer_id),
                               (one.phone_number, one.customer_id)]
        assert not view.detail.isVisibleTo(view)  # the phone cell calls, it does not open
        double_click(qtbot, desk, two.customer_id, Column.NAME)
        assert view.detail.isVisibleTo(view) and len(desk.dialed) == 3
        # As the app wires it: the dialer sends the customer's id with the call.
        dialer = Dialer(desk.session, Settings)
        view.dialRequested.connect(lambda phone, cid: dialer.dial(phone, "customers",
                                                                  customer_id=cid))
        await desk.forget_requests()
        view.select_customer(two.customer_id)
        view.call_button.click()
        sent = await wait(lambda: desk.requests("/v2/click2call"))
        assert [r["json"] for r in sent] == [{"id": two.customer_id, "mobile": two.phone_number,
                                              "agent": "100"}]


# --- the new-customer form ------------------------------------------------------------------------


@pytest.mark.parametrize(("values", "errors"), [
    ({}, {"campaign_id": "Required.", "customer_code": "Required.", "phone_number": "Required.",
          "contract_number": "Required."}),
    ({**GOOD, "phone_number": "84 899 098 899"},
     {"phone_number": "The PBX refuses 84 followed by 9 digits. Write it as 0899098899."}),
    ({**GOOD, "phone_number": "+84899098899"},
     {"phone_number": "The PBX refuses 84 followed by 9 digits. Write it as 0899098899."}),
    ({**GOOD, "phone_number": "0199 888 998"}, {"phone_number": "Not a mobile number the PBX "
      "accepts: write 0 and 9 digits starting with 03, 05, 07, 08 or 09, such as 0899098899."}),
    ({**GOOD, "contract_number": "   "}, {"contract_number": "Required."}),
])
async def test_the_form_refuses_bad_input_and_sends_nothing(desks: Desks, values: dict,
                                                            errors: dict) -> None:
    async with desks("supervisor") as desk:
        await loaded(desk)
        form = await form_of(desk)
        campaign = desk.sim.tenant.campaigns[0].campaign_id if values else ""
        form.set_values(campaign_id=campaign, **values)
        form.add_button.click()
        shown = {name: form.field_error(name) for name in form.errors if form.field_error(name)}
        assert shown == errors
        assert form.message_text() == "Check the marked fields. Nothing was sent."
        assert form.isVisible() and form.values()["customer_code"] == values.get(
            "customer_code", "")
        assert "84 followed by 9 digits" in form.phone_hint.text()
        await desk.refreshed()  # a round trip: anything sent before it is in the log now
        assert await posts(desk) == []
        form.inputs["contract_number"].setText("x")
        form.inputs["contract_number"].textEdited.emit("x")  # typing clears that field's error
        assert form.field_error("contract_number") == ""


async def test_good_input_is_sent_once_and_the_new_customer_is_selected(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        view = desk.view
        await loaded(desk)
        campaign = desk.sim.tenant.campaigns[1].campaign_id
        form = await form_of(desk)
        results: list[int] = []
        form.finished.connect(results.append)
        form.set_values(campaign_id=campaign, **GOOD)
        form.add_button.click()
        form.submit()  # Enter again while it is being sent: nothing more
        assert not form.add_button.isEnabled() and form.add_button.text() == "Adding…"
        await wait(lambda: results)
        assert results == [QDialog.DialogCode.Accepted]
        sent = await posts(desk)
        assert [(r["json"], r["status"]) for r in sent] == [(
            {"campaign_id": campaign, "customer_name": "Nguyễn Văn Mới",
             "customer_code": "KH9001", "phone_number": "0899098899",
             "contract_number": "HD9001"}, 201)]
        new = desk.sim.tenant.customers[-1]
        await wait(lambda: view.selected_customer() is not None
                   and view.selected_customer().customer_id == new.customer_id)
        assert view.range_label.text() == "81–81 of 81"
        assert view.model.text(view.selected_customer(), Column.STATUS) == "New"
        await wait(lambda: view.detail.value("customer_code") == "KH9001")
        assert view.detail.value("customer_id") == new.customer_id
        assert view.form is None


async def test_the_new_customer_is_found_within_a_campaign(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        view = desk.view
        first, second = (c.campaign_id for c in desk.sim.tenant.campaigns)
        view.choose_campaign(first)
        await wait(lambda: view.range_label.text() == "1–20 of 40")
        form = await form_of(desk)
        assert form.values()["campaign_id"] == first  # the campaign shown, ready to use
        form.set_values(campaign_id=second, **GOOD)
        form.add_button.click()
        new_id = await wait(lambda: view.selected_customer() and view.selected_customer()
                            .customer_id)
        assert new_id == desk.sim.tenant.customers[-1].customer_id
        assert view.campaign.currentText() == second and view.range_label.text() == \
            "41–41 of 41"


async def test_a_server_400_appears_under_its_field(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        await loaded(desk)
        form = await form_of(desk)
        form.set_values(campaign_id="not-a-campaign", **GOOD)
        form.add_button.click()
        await wait(lambda: form.field_error("campaign_id"))
        assert form.field_error("campaign_id") == "campaign is not existed"
        label = form.errors["campaign_id"]
        assert isinstance(label, QLabel) and label.textFormat() == Qt.TextFormat.PlainText
        assert "#b3261e" in label.styleSheet()
        assert form.message_text() == "The PBX refused the customer; see the marked fields."
        assert form.isVisible() and form.values()["campaign_id"] == "not-a-campaign"
        assert form.values()["phone_number"] == GOOD["phone_number"]  # kept as typed
        assert form.add_button.isEnabled()
        sent = await posts(desk)
        assert [r["status"] for r in sent] == [400]  # once, never again by itself
        assert len(desk.sim.tenant.customers) == 80


async def test_an_agent_is_told_why_the_pbx_refuses(desks: Desks) -> None:
    async with desks("agent101") as desk:
        await loaded(desk)
        form = await form_of(desk)
        form.set_values(campaign_id=desk.sim.tenant.campaigns[0].campaign_id, **GOOD)
        form.add_button.click()
        await wait(lambda: form.message_text() and form.add_button.isEnabled())
        assert form.message_text() == ("Your account is not allowed to do this. The PBX lets "
                                       "only admin accounts add customers.")
        assert form.isVisible() and form.values()["customer_code"] == "KH9001"
        assert [r["status"] for r in await posts(desk)] == [403]


def test_the_body_is_checked_and_cleaned_before_sending() -> None:
    body, problems = check_new_customer({"campaign_id": " c1 ", "customer_code": "KH1",
                                         "phone_number": "089.909-8899", "contract_number": "A"})
    assert problems == {} and body is not None
    assert (body.campaign_id, body.phone_number, body.customer_name) == ("c1", "0899098899", "")
    assert check_new_customer({"campaign_id": "c", "customer_code": "K", "contract_number": "A",
                               "phone_number": "8489909889"})[1] == {}  # the docs' 84 + 8 form


# --- failures, Retry, logout ----------------------------------------------------------------


async def test_a_failed_page_says_why_and_retry_loads_it(desks: Desks) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        await desk.control.post("/_sim/faults", json={"error_rate": 1.0, "seed": 1})
        view.refresh()
        await wait(lambda: view.error_box.isVisibleTo(view))
        assert view.error_label.text().startswith("The PBX had a problem")
        assert view.empty_label.text() == "The customers could not be loaded."
        await desk.control.delete("/_sim/faults")
        view.retry_button.click()
        await wait(lambda: view.range_label.text() == "1–20 of 80")
        assert not view.error_box.isVisibleTo(view) and desk.shown_ids() == desk.sim_ids()[:20]
        # A page that fails after one was shown keeps it, and says so.
        await desk.control.post("/_sim/faults", json={"error_rate": 1.0, "seed": 2})
        view.next_button.click()
        await wait(lambda: view.error_box.isVisibleTo(view))
        assert desk.shown_ids() == desk.sim_ids()[:20] and view.range_label.text() == "1–20 of 80"
        await desk.control.delete("/_sim/faults")
        view.retry_button.click()
        await wait(lambda: view.range_label.text() == "21–40 of 80")


async def test_a_detail_that_fails_can_be_retried(desks: Desks) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        await loaded(desk)
        customer = desk.sim.tenant.customers[0]
        await desk.control.post("/_sim/faults", json={"error_rate": 1.0, "seed": 3})
        view.open_detail(customer.customer_id)
        await wait(lambda: view.detail.retry_button.isVisibleTo(view))
        assert view.detail.state.text().startswith("The PBX had a problem")
        await desk.control.delete("/_sim/faults")
        view.detail.retry_button.click()
        await wait(lambda: view.detail.state.isHidden())
        assert view.detail.value("customer_id") == customer.customer_id


async def test_logging_out_forgets_the_customers(desks: Desks) -> None:
    async with desks("agent101") as desk:
        view = desk.view
        await loaded(desk)
        view.open_detail(desk.sim.tenant.customers[0].customer_id)
        await desk.session.logout()
        assert view.model.rowCount() == 0 and desk.customers.campaigns() == []
        assert desk.customers.current is None and not view.detail.isVisibleTo(view)
        assert view.campaign.count() == 1 and view.range_label.text() == ""
