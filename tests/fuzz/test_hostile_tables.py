"""Hostile server strings in the tables, boards, panels, tray and messages, fed through the
simulator: shown as plain text, bounded, and bidi-isolated inside sentences.

``test_hostile_strings`` covers the call popup, the CDR detail and the missed calls; the live calls
table has its own test in ``tests/ui_calls``. Here the simulator's tenant holds agent names,
customers, campaigns, CDRs and hook URLs made of HTML, right-to-left overrides, zero-width joiners
and 10,000 characters, and every view that shows them is checked the same way:

- every QLabel that shows server text is ``PlainText`` (Qt's AutoText would render ``<b>``);
- a cell's DisplayRole is the literal text, and a tooltip that Qt would take for rich text never
  holds the server's markup unescaped;
- a cell is painted as plain text: the ink of ``<b>bold</b>`` is as wide as those 11 characters,
  not as the word "bold";
- nothing grows past the screen with 10,000 characters;
- a sentence built around server text holds it between FSI and PDI (``popup.isolate``).
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.agents import AgentBoard
from agent_desktop.core.customers import Customers
from agent_desktop.core.event_hooks import EventHooks
from agent_desktop.core.history import CdrHistory
from agent_desktop.core.live_calls import LiveCallPoller
from agent_desktop.core.messages import describe
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.core.supervisor import SupervisorActions
from agent_desktop.pbx.errors import ServerError
from agent_desktop.sim import Simulator
from agent_desktop.sim.tenant import Cdr as SimCdr
from agent_desktop.sim.tenant import EventHook
from agent_desktop.ui.agent_board import AgentBoardModel, AgentBoardView
from agent_desktop.ui.agent_board import Column as AgentColumn
from agent_desktop.ui.call_model import LiveCallModel
from agent_desktop.ui.customers_model import Column as CustomerColumn
from agent_desktop.ui.customers_view import CustomersView
from agent_desktop.ui.history_model import CdrColumn
from agent_desktop.ui.history_view import HistoryView
from agent_desktop.ui.hooks_model import Column as HookColumn
from agent_desktop.ui.hooks_view import HooksView
from agent_desktop.ui.popup import plain
from agent_desktop.ui.supervisor_panel import SupervisorPanel
from agent_desktop.ui.tray import TrayController
from agent_desktop.ui.wallboard import WallboardView
from tests import helpers
from tests.fuzz.test_hostile_strings import BIDI_CONTROLS, HOSTILE, screen_width
from tests.sim_session import control, logged_in, running_sim, wait  # noqa: F401

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"
MARKUP = ("<b>", "<img", "<a ")  # what must never reach a rich-text tooltip unescaped
BOLD = HOSTILE["bold"]
SHOTS = Path("/tmp/shots")


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with running_sim(helpers.fast_config(seed=5, cdr_count=0, talk_time=(60.0, 60.0),
                                               ring_timeout=30.0)) as simulator:
        yield simulator


# --- the checks ---------------------------------------------------------------------------------

def probe(text: str) -> str:
    """What of ``text`` a widget shows for sure: its first characters without bidi controls."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)[:12]


def audit_labels(widget: QWidget, texts: Iterable[str] = HOSTILE.values()) -> int:
    """Every QLabel showing a piece of ``texts`` is plain text; how many there were."""
    probes = [p for p in map(probe, texts) if p]
    seen = 0
    for label in widget.findChildren(QLabel):
        if any(p in label.text() for p in probes):
            seen += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, \
                (label.objectName(), label.text()[:40])
            assert not label.openExternalLinks()
    return seen


def audit_tip(tip: Any, where: str) -> None:
    if not isinstance(tip, str) or not tip:
        return
    assert len(tip) < 2000, where
    if QtGui.Qt.mightBeRichText(tip):
        for markup in MARKUP:
            assert markup not in tip, (where, tip[:80])


def audit_model(model: QAbstractItemModel) -> None:
    """No tooltip of any cell or header holds the server's markup where Qt would render it."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            audit_tip(index.data(Qt.ItemDataRole.ToolTipRole), f"cell {row},{column}")


def cells(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() or "" for row in range(model.rowCount())]


def row_showing(model: QAbstractItemModel, column: int, text: str) -> QModelIndex:
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            return model.index(row, column)
    shown = [cell[:30] for cell in cells(model, column)]
    raise AssertionError(f"no row shows {text[:30]!r} in column {column}: {shown}")


def ink_width(image: QImage) -> int:
    """How many pixel columns of ``image`` hold something other than its background (the colour
    of its top-left corner)."""
    background = QColor(image.pixel(1, 1))
    used = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if abs(colour.lightness() - background.lightness()) > 60:
                used += 1
                break
    return used


def assert_painted_plain(view: QTableView, index: QModelIndex, text: str = BOLD) -> None:
    """The cell showing ``text`` (markup) is painted as those characters: its ink is about as
    wide as the literal text, far wider than the few words rich text would leave."""
    view.clearSelection()
    metrics = view.fontMetrics()
    literal = metrics.horizontalAdvance(text)
    rendered = metrics.horizontalAdvance(html.unescape(_strip_tags(text)))
    assert rendered < literal * 0.6  # the check can tell them apart
    view.horizontalHeader().resizeSection(index.column(), literal + 60)
    view.scrollTo(index)
    image = view.viewport().grab(view.visualRect(index)).toImage()
    assert not image.isNull()
    assert ink_width(image) > literal * 0.8, (ink_width(image), literal, rendered)


def _strip_tags(text: str) -> str:
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def assert_bounded(widget: QWidget) -> None:
    limit = 2 * screen_width()
    assert widget.sizeHint().width() <= limit, widget.objectName()
    assert widget.minimumSizeHint().width() <= screen_width(), widget.objectName()


def assert_header_bounded(view: QTableView) -> None:
    header = view.horizontalHeader()
    assert header.length() <= 2 * screen_width(), [header.sectionSize(c)
                                                   for c in range(header.count())]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def assert_isolated(sentence: str, server_text: str) -> None:
    """``server_text`` sits in ``sentence`` between FSI and PDI, and no RLO is left loose."""
    core = probe(server_text)[:8]
    at = sentence.find(core)
    assert at >= 0, (sentence[:80], core)
    assert sentence.rfind(FSI, 0, at) > sentence.rfind(PDI, 0, at), sentence[:80]
    assert sentence.find(PDI, at) >= 0, sentence[:80]
    assert RLO not in sentence


def assert_menu_isolates(menu: QMenu, server_text: str) -> None:
    """The menu's entries that name ``server_text`` (at least one) isolate and shorten it."""
    naming = [t for t in menu_texts(menu) if probe(server_text)[:8] in t]
    assert naming, menu_texts(menu)
    for text in naming:
        assert_isolated(text, server_text)
        assert len(text) < 200


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"hostile2-{name}.png"))


# --- history ------------------------------------------------------------------------------------

def hostile_cdrs(now: datetime) -> list[SimCdr]:
    cdrs = []
    for i, (kind, text) in enumerate(sorted(HOSTILE.items())):
        started = (now - timedelta(minutes=5 + i)).replace(microsecond=0)
        cdrs.append(SimCdr(
            id=f"cdr-{kind}", sip_call_id=f"sip-{kind}", direction="inbound", status="invalid",
            cause=text, extension=text, from_number=text, to_number="101", receive_dest=text,
            started=started, ring_at=started, answered=None, ended=started + timedelta(seconds=9),
            customer_id=text))
    return cdrs


async def test_the_history_table_shows_hostile_cdrs_as_plain_bounded_text(
        sim: Simulator, tmp_path: Path, qtbot: QtBot) -> None:
    for cdr in hostile_cdrs(datetime.now()):
        sim.tenant.add_cdr(cdr)
    async with logged_in(sim, tmp_path, "supervisor") as session:
        history = CdrHistory(session, page_size=50)
        view = HistoryView(history, "VN")
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.show()
        await wait(lambda: history.loaded and not history.loading)
        model, table = view.model, view.table
        assert model.rowCount() == len(HOSTILE)
        assert sorted(cells(model, CdrColumn.EXTENSION)) == sorted(HOSTILE.values())  # literal
        audit_model(model)
        status_tip = row_showing(model, CdrColumn.EXTENSION, BOLD).siblingAtColumn(
            CdrColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole)
        assert html.escape(BOLD) in status_tip  # the cause, escaped
        audit_labels(view)
        assert_header_bounded(table)
        assert_bounded(view)
        assert_painted_plain(table, row_showing(model, CdrColumn.EXTENSION, BOLD))
        shoot(view, "history")

        for kind in ("rlo", "link", "long"):
            index = row_showing(model, CdrColumn.EXTENSION, HOSTILE[kind])
            menu = view.context_menu_for(index.siblingAtColumn(CdrColumn.FROM))
            assert menu is not None
            assert_menu_isolates(menu, HOSTILE[kind])
        view.hide()


# --- customers ----------------------------------------------------------------------------------

async def test_the_customers_table_and_detail_show_hostile_customers_as_plain_bounded_text(
        sim: Simulator, tmp_path: Path, qtbot: QtBot) -> None:
    campaign = sim.tenant.campaigns[0].campaign_id
    mine = [c for c in sim.tenant.customers if c.campaign_id == campaign]
    for customer, text in zip(mine, HOSTILE.values(), strict=False):
        customer.customer_name = customer.customer_code = customer.contract_number = text
        customer.phone_number = text
    async with logged_in(sim, tmp_path, "supervisor") as session:
        customers = Customers(session)
        view = CustomersView(customers, "VN")
        qtbot.addWidget(view)
        view.resize(1100, 520)
        view.show()
        loads: list[object] = []
        customers.loaded.connect(loads.append)
        view.refresh()
        await wait(lambda: loads and not customers.loading)
        model, table = view.model, view.table
        for text in HOSTILE.values():  # as the server wrote them, less bidi controls
            assert row_showing(model, CustomerColumn.NAME, plain(text)).siblingAtColumn(
                CustomerColumn.CODE).data() == plain(text)
        audit_model(model)
        audit_model(view.proxy)
        audit_labels(view)
        assert_header_bounded(table)
        assert_bounded(view)
        bold = view.proxy.index(cells(view.proxy, CustomerColumn.NAME).index(BOLD),
                                CustomerColumn.NAME)
        assert_painted_plain(table, bold)
        shoot(view, "customers")

        for kind in ("rlo", "link", "long"):
            row = cells(view.proxy, CustomerColumn.NAME).index(plain(HOSTILE[kind]))
            menu = view.context_menu_for(view.proxy.index(row, 0))
            assert menu is not None
            assert_menu_isolates(menu, HOSTILE[kind])

        for kind, text in sorted(HOSTILE.items()):
            customer = next(c for c in mine if c.customer_name == text)
            view.open_detail(customer.customer_id)
            await wait(lambda: view.detail.value("customer_name") == plain(text)  # noqa: B023
                       and view.detail.state.isHidden())
            assert audit_labels(view.detail, [text]) >= 3, kind  # name, code, contract, title…
            assert_bounded(view.detail)
            assert view.detail.width() <= screen_width()
            if kind == "long":
                shoot(view, "customer-detail-long")
        view.hide()


# --- agent board and supervisor panel -----------------------------------------------------------

def name_agents(sim: Simulator) -> dict[str, str]:
    """Agents 101… named with the hostile strings; extension → name."""
    names = {}
    agents = [u for u in sim.tenant.users if u.level == "user"]
    for user, text in zip(agents, HOSTILE.values(), strict=False):
        user.agent_name = text
        names[user.extension] = text
    return names


@asynccontextmanager
async def supervisor(sim: Simulator, tmp_path: Path) -> AsyncIterator[tuple[Session,
                                                                             LiveCallPoller]]:
    paths = Paths.resolve(tmp_path / "supervisor")
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, "supervisor", "demo123")
    poller = LiveCallPoller(session, interval=0.05)
    poller.start()
    try:
        yield session, poller
    finally:
        poller.stop()
        await session.logout()


async def ring(control: httpx.AsyncClient, ext: str, caller: str) -> str:
    """An inbound call from ``caller`` answered by ``ext``; its id."""
    call = (await control.post("/_sim/calls/inbound", json={"to": ext, "from": caller})).json()
    await control.post(f"/_sim/calls/{call['call_id']}/answer", json={})
    return call["call_id"]


async def test_the_agent_board_shows_hostile_agent_names_as_plain_bounded_text(
        sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> None:
    names = name_agents(sim)
    team = tuple(u.username for u in sim.tenant.users if u.extension in names)
    settings = replace(Settings(), team=team)
    async with supervisor(sim, tmp_path) as (session, poller):
        board = AgentBoard(session, poller, lambda: settings, status_interval=0.2,
                           cdr_interval=0.5)
        model = AgentBoardModel(board)
        view = AgentBoardView(model)
        qtbot.addWidget(view)
        view.resize(1100, 380)
        view.show()
        board.start()
        try:
            await wait(lambda: sorted(cells(model, AgentColumn.AGENT)) == sorted(names.values()))
            await ring(control, "101", RLO + "0899098899")
            await wait(lambda: any(cells(model, AgentColumn.CALL)))
            audit_model(model)
            audit_model(view.proxy)
            audit_labels(view)
            assert_header_bounded(view.table)
            assert_bounded(view)
            index = view.proxy.index(cells(view.proxy, AgentColumn.AGENT).index(BOLD),
                                     AgentColumn.AGENT)
            assert_painted_plain(view.table, index)
            shoot(view, "agents")
        finally:
            board.stop()
            view.hide()


async def test_the_supervisor_panel_isolates_hostile_agent_names(
        sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> None:
    names = name_agents(sim)
    by_kind = {kind: next(ext for ext, name in names.items() if name == text)
               for kind, text in HOSTILE.items()}

    def agents() -> list[tuple[str, str, bool | None]]:
        return [(u.extension, u.agent_name, u.ext_loggedin) for u in sim.tenant.users
                if u.level == "user"]

    async with supervisor(sim, tmp_path) as (session, poller):
        model = LiveCallModel()
        poller.updated.connect(model.apply)
        actions = SupervisorActions(session, poller)
        panel = SupervisorPanel(model, actions, lambda: Settings(), agents)
        qtbot.addWidget(panel)
        panel.resize(1000, 420)
        panel.show()
        calls = {kind: await ring(control, by_kind[kind], "0899098899")
                 for kind in ("bold", "rlo", "long")}
        await wait(lambda: all(model.row_of(c) is not None for c in calls.values())
                   and panel.filters.agent_combo.count() > 3)
        audit_labels(panel)
        assert_bounded(panel)
        assert_header_bounded(panel.table)
        combo = panel.filters.agent_combo
        entries = [combo.itemText(i) for i in range(1, combo.count())]
        for kind in ("bold", "rlo", "long"):
            entry = next(e for e in entries if e.startswith(by_kind[kind]))
            assert_isolated(entry, HOSTILE[kind])
            assert len(entry) < 200
            sentence = panel.call_text(model.call_at(model.row_of(calls[kind])))
            assert_isolated(sentence, HOSTILE[kind])
            assert len(sentence) < 300

        actions.act("transfer", calls["rlo"], "105")  # the result line names the call
        await wait(lambda: panel.tone() == "done")
        assert_isolated(panel.message_text(), HOSTILE["rlo"])
        audit_labels(panel)
        shoot(panel, "supervisor")
        panel.hide()


# --- event hooks --------------------------------------------------------------------------------

async def test_the_hooks_view_shows_hostile_hooks_as_plain_bounded_text(
        sim: Simulator, tmp_path: Path, qtbot: QtBot) -> None:
    for kind, text in sorted(HOSTILE.items()):
        sim.tenant.hooks.append(EventHook(f"hook-{kind}", text, text, ""))
    async with logged_in(sim, tmp_path, "supervisor") as session:
        hooks = EventHooks(session)
        view = HooksView(hooks, lambda: None, None)  # the inline question, not a dialog
        qtbot.addWidget(view)
        view.resize(900, 520)
        view.show()
        view.refresh()
        await wait(lambda: hooks.loaded and not hooks.is_busy)
        model = view.model
        assert model.rowCount() == len(HOSTILE)
        assert sorted(cells(model, HookColumn.URL)) == sorted(map(plain, HOSTILE.values()))
        audit_model(model)
        audit_model(view.proxy)
        audit_labels(view)
        assert_header_bounded(view.table)
        assert_bounded(view)
        index = view.proxy.index(cells(view.proxy, HookColumn.URL).index(BOLD), HookColumn.URL)
        assert_painted_plain(view.table, index)
        shoot(view, "hooks")

        for kind in ("rlo", "bold", "long"):
            assert view.select_hook(f"hook-{kind}")
            view.delete_selected()
            question = view.question.text
            assert question.isVisibleTo(view)
            assert question.textFormat() == Qt.TextFormat.PlainText
            assert_isolated(question.text(), HOSTILE[kind])
            assert len(question.text()) < 400
            assert_bounded(view)
            view.question.cancel_button.click()
        view.hide()


# --- wallboard, tray ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["bold", "link", "rlo", "long"])
def test_the_wallboard_status_shows_a_hostile_error_as_plain_bounded_text(
        qtbot: QtBot, kind: str) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.set_failure(describe(ServerError(HOSTILE[kind])))  # the PBX's own words
    status = view.status
    assert probe(HOSTILE[kind]) in status.text()
    assert status.textFormat() == Qt.TextFormat.PlainText
    audit_tip(status.toolTip(), "wallboardStatus")
    assert_bounded(view)
    if kind == "long":
        shoot(view, "wallboard")


async def test_the_tray_isolates_the_servers_extension_and_error(
        sim: Simulator, tmp_path: Path) -> None:
    async with logged_in(sim, tmp_path, "agent101") as session:
        tray = TrayController(session)
        for kind in ("bold", "rlo", "long"):
            assert session.account is not None
            session.account = replace(session.account, extension=HOSTILE[kind])
            tray.refresh()
            tray.rebuild_menu()
            status = tray.status_text()
            assert_isolated(status, HOSTILE[kind])
            assert len(status) < 300
            audit_tip(tray.icon.toolTip(), "tray")
            submenu = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
            assert status in [a.text() for a in submenu.actions()]
        tray.hide()
