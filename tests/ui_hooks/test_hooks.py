"""The event-hooks view on the simulator: list, add, delete, hook and unhook this desktop, the
refusals that send nothing, and the api keys that never show."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester

from agent_desktop.core.event_hooks import EVENTS
from agent_desktop.sim.faults import FaultSettings
from agent_desktop.ui.hooks_model import ID_ROLE, Column

from .conftest import RECEIVER_KEY, RECEIVER_URL, Desk, Desks, wait

CRM = "https://crm.example.com/pbx-events"


def table(desk: Desk) -> list[list[str]]:
    """The table's text as shown, row by row."""
    proxy = desk.view.proxy
    return [[proxy.index(row, column).data() for column in Column]
            for row in range(proxy.rowCount())]


def row_of(desk: Desk, hook_id: str) -> list[str] | None:
    proxy = desk.view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ID_ROLE) == hook_id:
            return [proxy.index(row, column).data() for column in Column]
    return None


async def test_the_table_lists_the_tenants_hooks(desks: Desks, qtbot) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-ring", "ringing", CRM, "crm-secret-1")
        desk.add_sim_hook("h-cdr", "cdr", "https://reports.example.com/cdr")
        desk.add_sim_hook("h-odd", "create", "https://crm.example.com/other")
        ModelTester(qtbot).check(desk.view.model, force_py=True)
        await desk.load()
        assert desk.sent() and all(r["method"] == "GET" for r in desk.sent())
        assert row_of(desk, "h-ring") == ["ringing", "a call starts ringing", CRM, "set"]
        assert row_of(desk, "h-cdr") == ["cdr", "the call record is ready",
                                         "https://reports.example.com/cdr", "none"]
        odd = row_of(desk, "h-odd")
        assert odd is not None and odd[0] == "create" and "never" in odd[1]
        tip = desk.view.proxy.index(0, Column.WHEN).data(Qt.ItemDataRole.ToolTipRole)
        assert tip
        assert desk.view.table_stack.currentWidget() is desk.view.table
        # A hook deleted elsewhere leaves the table on the next refresh, without a reset.
        desk.view.select_hook("h-cdr")
        resets: list[bool] = []
        desk.view.model.modelReset.connect(lambda: resets.append(True))
        desk.sim.tenant.hooks = [h for h in desk.sim.tenant.hooks
                                 if h.event_domain_uuid != "h-ring"]
        await desk.load()
        await wait(lambda: row_of(desk, "h-ring") is None)
        assert not resets
        assert desk.view.selected_hook() is not None
        assert desk.view.selected_hook().id == "h-cdr"


async def test_an_empty_tenant_says_so(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        assert desk.view.table_stack.currentWidget() is desk.view.empty_label
        assert "No event hooks yet" in desk.view.empty_label.text()


async def test_adding_a_hook_sends_one_post_and_the_row_appears(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        desk.view.url_edit.setText("  " + CRM + " ")
        desk.view.key_edit.setText("crm-secret-2")
        desk.view.event_combo.setEditText("answered")
        assert "picks up" in desk.view.event_hint.text()
        desk.view.add_button.click()
        assert not desk.view.add_button.isEnabled()  # one at a time
        await wait(lambda: any(r[0] == "answered" for r in table(desk)))
        await desk.settle()
        posts = desk.sent("POST")
        assert len(posts) == 1
        assert posts[0]["json"] == {"callback_url": CRM, "event": "answered",
                                    "callback_apikey": "crm-secret-2"}
        assert posts[0]["status"] == 200
        assert desk.sim_hooks() == [("answered", CRM, "crm-secret-2")]
        assert table(desk) == [["answered", "someone picks up", CRM, "set"]]
        assert desk.view.form_message.tone == "done"
        assert "answered" in desk.view.form_message.text()
        # Without a key the body has none, and the table says so.
        desk.view.key_edit.clear()
        desk.view.event_combo.setCurrentIndex(EVENTS.index("hangup"))
        desk.view.add_hook()
        await wait(lambda: len(table(desk)) == 2)
        await desk.settle()
        assert desk.sent("POST")[-1]["json"] == {"callback_url": CRM, "event": "hangup"}
        assert ["hangup", "a call ends", CRM, "none"] in table(desk)


@pytest.mark.parametrize("event", ["create", "Hold", "ringing2"])
async def test_an_event_the_pbx_never_sends_is_refused_in_the_form(desks: Desks,
                                                                   event: str) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        desk.view.url_edit.setText(CRM)
        desk.view.event_combo.setEditText(event)
        assert desk.view.event_hint.text() == ""
        desk.view.add_button.click()
        error = desk.view.event_error
        assert error.isVisibleTo(desk.view)
        assert "ringing, answered, hangup and cdr" in error.text()
        assert "support" in error.text()
        assert not desk.view.url_error.isVisibleTo(desk.view)
        assert not desk.hooks.is_busy
        assert desk.sent("POST") == [] and desk.sim.tenant.hooks == []
        # Choosing one of the four clears the warning.
        desk.view.event_combo.setEditText("cdr")
        assert not error.isVisibleTo(desk.view)


@pytest.mark.parametrize("url", ["", "crm.example.com/hook", "ftp://crm.example.com/x",
                                 "https://", "http://exa mple.com/", "https://host:port/"])
async def test_a_bad_callback_url_is_refused_in_the_form(desks: Desks, url: str) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        desk.view.url_edit.setText(url)
        desk.view.event_combo.setEditText("ringing")
        desk.view.add_hook()
        assert desk.view.url_error.isVisibleTo(desk.view)
        assert desk.view.url_error.text()
        assert desk.sent("POST") == []


async def test_a_server_error_is_shown_in_the_form_and_not_retried(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        desk.sim.faults.configure(FaultSettings.from_json({"error_rate": 1.0, "seed": 3}))
        desk.view.url_edit.setText(CRM)
        desk.view.event_combo.setEditText("ringing")
        desk.view.add_hook()
        await wait(lambda: desk.view.form_message.tone == "error")
        await desk.settle()
        assert len(desk.sent("POST")) == 1
        text = desk.view.form_message.text()
        assert "was not added" in text and "The PBX had a problem" in text
        assert desk.sim.tenant.hooks == []


async def test_a_dropped_connection_is_not_retried_and_may_have_worked(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        await desk.load()
        desk.sim.faults.configure(FaultSettings.from_json({"reset_rate": 1.0, "seed": 3}))
        desk.view.url_edit.setText(CRM)
        desk.view.event_combo.setEditText("cdr")
        desk.view.add_hook()
        await wait(lambda: desk.view.form_message.tone == "error")
        await desk.settle()
        posts = desk.sent("POST")
        assert len(posts) == 1 and posts[0]["fault"] == "reset"
        assert "may have done it anyway" in desk.view.form_message.text()


async def test_delete_asks_then_sends_one_delete_and_the_row_goes(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "hangup", CRM, "k-secret-1")
        desk.add_sim_hook("h-2", "cdr", CRM)
        await desk.load()
        assert not desk.view.delete_button.isEnabled()  # nothing selected
        assert desk.view.select_hook("h-1")
        assert desk.view.delete_button.isEnabled()
        desk.view.delete_button.click()
        assert len(desk.questions) == 1 and "hangup" in desk.questions[0] \
            and CRM in desk.questions[0]
        await wait(lambda: row_of(desk, "h-1") is None)
        await desk.settle()
        deletes = desk.sent("DELETE")
        assert [r["path"] for r in deletes] == ["/v1/event/h-1"]
        assert [h.event_domain_uuid for h in desk.sim.tenant.hooks] == ["h-2"]
        assert row_of(desk, "h-2") is not None
        assert desk.view.message.tone == "done"


async def test_cancelling_the_delete_sends_nothing(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "hangup", CRM)
        await desk.load()
        desk.answer = False
        desk.view.select_hook("h-1")
        desk.view.delete_selected()
        assert len(desk.questions) == 1
        assert not desk.hooks.is_busy
        assert desk.sent("DELETE") == []
        assert row_of(desk, "h-1") is not None and len(desk.sim.tenant.hooks) == 1


async def test_without_an_injected_confirm_the_question_is_asked_inline(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "ringing", CRM)
        await desk.load()
        view = desk.view
        view._confirm = None  # the app's default: the inline question
        view.select_hook("h-1")
        view.delete_selected()
        assert view.asking() == "h-1" and "ringing" in view.question.text.text()
        view.question.cancel_button.click()
        assert view.asking() is None
        assert desk.sent("DELETE") == []
        view.delete_selected()
        view.question.confirm_button.click()
        await wait(lambda: row_of(desk, "h-1") is None)
        await desk.settle()
        assert [r["path"] for r in desk.sent("DELETE")] == ["/v1/event/h-1"]


async def test_a_hook_deleted_meanwhile_is_not_an_error(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "ringing", CRM)
        await desk.load()
        desk.sim.tenant.hooks.clear()
        desk.view.select_hook("h-1")
        desk.view.delete_selected()
        await wait(lambda: row_of(desk, "h-1") is None)
        await desk.settle()
        assert len(desk.sent("DELETE")) == 1
        assert desk.view.message.tone == "done" and "already" in desk.view.message.text()


async def test_hook_this_desktop_adds_the_missing_events_once(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("mine", "ringing", RECEIVER_URL + "/", RECEIVER_KEY)
        desk.add_sim_hook("crm", "answered", CRM)
        await desk.load()
        desk.view.hook_button.click()
        await wait(lambda: not desk.hooks.is_busy and desk.view.message.tone == "done")
        posts = desk.sent("POST")
        assert [p["json"] for p in posts] == [
            {"callback_url": RECEIVER_URL, "event": event, "callback_apikey": RECEIVER_KEY}
            for event in ("answered", "hangup", "cdr")]
        mine = sorted(e for e, url, _ in desk.sim_hooks() if url.rstrip("/") == RECEIVER_URL)
        assert mine == sorted(EVENTS)
        assert len(table(desk)) == 5
        assert sum(row.this_desktop for row in desk.view.model.rows()) == 4
        assert "4 of 4" in desk.view.receiver_label.text()
        # A second click finds everything hooked and sends nothing.
        before = len(desk.sent("POST"))
        desk.view.hook_desktop()
        await desk.settle()
        assert len(desk.sent("POST")) == before
        assert "already" in desk.view.message.text()


async def test_hook_this_desktop_replaces_hooks_with_an_old_key(desks: Desks) -> None:
    """After "New api key" the old hooks would be refused by the receiver: they are replaced."""
    async with desks("supervisor") as desk:
        desk.add_sim_hook("old-ringing", "ringing", RECEIVER_URL, "an-old-key")
        desk.add_sim_hook("ok-cdr", "cdr", RECEIVER_URL, RECEIVER_KEY)
        await desk.load()
        desk.view.hook_button.click()
        await wait(lambda: not desk.hooks.is_busy and desk.view.message.tone == "done")
        assert [r["path"] for r in desk.sent("DELETE")] == ["/v1/event/old-ringing"]
        assert sorted(p["json"]["event"] for p in desk.sent("POST")) == [
            "answered", "hangup", "ringing"]
        mine = sorted((e, k) for e, url, k in desk.sim_hooks() if url == RECEIVER_URL)
        assert mine == sorted((e, RECEIVER_KEY) for e in EVENTS)


async def test_unhook_this_desktop_deletes_only_its_hooks(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        for event in EVENTS:
            desk.add_sim_hook(f"mine-{event}", event, RECEIVER_URL, RECEIVER_KEY)
        desk.add_sim_hook("crm", "hangup", CRM)
        await desk.load()
        desk.view.unhook_button.click()
        await wait(lambda: not desk.hooks.is_busy and desk.view.message.tone == "done")
        assert sorted(r["path"] for r in desk.sent("DELETE")) == sorted(
            f"/v1/event/mine-{event}" for event in EVENTS)
        assert desk.sim_hooks() == [("hangup", CRM, "")]
        assert [row[0] for row in table(desk)] == ["hangup"]


async def test_with_the_receiver_off_nothing_is_sent(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("mine", "ringing", RECEIVER_URL)
        await desk.load()
        desk.receiver = None
        for button in (desk.view.hook_button, desk.view.unhook_button):
            button.click()
            assert desk.view.message.tone == "error"
            assert "Turn on the event receiver in Settings first" in desk.view.message.text()
        assert not desk.hooks.is_busy
        assert desk.sent("POST") == [] and desk.sent("DELETE") == []
        assert len(desk.sim.tenant.hooks) == 1


async def test_an_agent_account_sees_why_and_nothing_is_sent(desks: Desks) -> None:
    async with desks("agent101") as desk:
        desk.view.refresh()
        assert desk.view.pages.currentWidget() is desk.view.denied_label
        assert "admin" in desk.view.denied_label.text()
        desk.view.hook_desktop()
        assert desk.sent() == []


async def test_a_403_from_the_pbx_is_explained(desks: Desks) -> None:
    async with desks("agent101") as desk:
        desk.pretend_admin()
        desk.view._hooks_changed()
        assert desk.view.pages.currentWidget() is desk.view.content
        desk.view.refresh()
        await wait(lambda: desk.view.pages.currentWidget() is desk.view.denied_label)
        await desk.settle()
        assert [(r["method"], r["status"]) for r in desk.sent()] == [("GET", 403)]
        assert "only admin accounts" in desk.view.denied_label.text()
        failures = [s[1] for s in desk.signals if s[0] == "failed"]
        assert failures and "not allowed" in failures[-1]
        # Nothing else is tried while the PBX says no; Refresh asks again.
        assert not desk.hooks.create(CRM, "ringing", None)
        assert desk.sent("POST") == []
        desk.view.refresh()
        await desk.settle()
        assert len(desk.sent("GET")) == 2


async def test_api_keys_never_show(desks: Desks, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = ("crm-key-0a1b2c", "form-key-3d4e5f", RECEIVER_KEY)
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "ringing", CRM, secrets[0])
        await desk.load()
        desk.view.url_edit.setText("https://other.example.com/x")
        desk.view.key_edit.setText(secrets[1])
        assert desk.view.key_edit.echoMode() == desk.view.key_edit.EchoMode.Password
        desk.view.event_combo.setEditText("cdr")
        desk.view.add_hook()
        await desk.settle()
        desk.view.hook_desktop()
        await desk.settle()
        assert len(table(desk)) == 6
        model = desk.view.model
        seen: list[str] = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in range(Qt.ItemDataRole.UserRole + 10):
                    value = index.data(role)
                    if value is not None:
                        seen.append(str(value))
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                seen.append(str(model.headerData(column, Qt.Orientation.Horizontal, role)))
        seen += [repr(row) for row in model.rows()]
        seen += [label.text() + label.toolTip() for label in desk.view.findChildren(QLabel)]
        assert seen and any("set" == text for text in seen)
        for secret in secrets:
            assert not any(secret in text for text in seen), secret
            assert secret not in caplog.text, secret
        await desk.session.logout()
        assert desk.view.key_edit.text() == ""
        assert desk.view.model.rowCount() == 0


async def test_logging_out_clears_the_list(desks: Desks) -> None:
    async with desks("supervisor") as desk:
        desk.add_sim_hook("h-1", "ringing", CRM)
        await desk.load()
        assert desk.view.model.rowCount() == 1
        await desk.session.logout()
        assert desk.hooks.hooks() == [] and not desk.hooks.loaded
        assert desk.view.model.rowCount() == 0
        assert desk.view.pages.currentWidget() is desk.view.denied_label
        assert not desk.hooks.refresh()
