"""OMICall auto-call from the view: the builder's body as the simulator received it, the
text-to-speech limit refused before sending, each documented error explained, by phone and by
extension, and lines that cannot be called skipped."""

from __future__ import annotations

import pytest

from agent_desktop.core.auto_call import Options, ResultState, Step, TargetKind
from agent_desktop.pbx.omicall_autocall import DialplanType

from .conftest import BY_EXTENSION, BY_PHONE, Desks

ORDER = "Đơn hàng {code} của bạn, tổng {amount} đồng"


def order_steps() -> list[Step]:
    return [Step(DialplanType.TEXT, ORDER), Step(DialplanType.RECORDING, "5ed0c6dffb7b390007e5211")]


async def test_the_builder_sends_the_documented_body_per_phone(desks: Desks) -> None:
    async with desks() as desk:
        view = desk.view
        # built with the view's own buttons and editor
        view.add_recording.click()
        view.step_id.setText("5ed0c6dffb7b390007e5211")
        view.add_text.click()
        view.step_text.setPlainText(ORDER)
        view.add_menu.click()
        view.step_id.setText("5e9eac95e44159000710f0aa")
        view.step_list.setCurrentRow(1)
        view.move_up.click()  # the text first
        assert [s.kind for s in view.steps] == [DialplanType.TEXT, DialplanType.RECORDING,
                                                DialplanType.IVR_MENU]
        view.add_text.click()
        view.step_text.setPlainText("Cảm ơn {name}")
        view.step_fill.setChecked(False)  # read as written, braces and all
        view.step_list.setCurrentRow(2)
        view.remove_step.click()  # the menu goes
        assert view.step_list.count() == 3
        view.name_edit.setText("Thông báo đơn hàng")
        view.voice.setCurrentIndex(view.voice.findData("lannhi"))
        assert view.voice.currentText() == "Southern female (lannhi)"
        view.speed.setValue(-1)
        view.cid.setText(desk.sim.tenant.hotlines[0])
        assert view.spins["num_per_call"].value() == 15  # the docs' defaults, shown
        assert view.spins["distance_per_call"].value() == 30
        view.spins["num_retry"].setValue(2)
        view.spins["distance_retry"].setValue(60)
        view.set_targets("0899 098 899; code=HHKKK; amount=90000\n"
                         "+84 912 345 678; code=AB12; amount=1200000")
        assert view.targets_summary.text().startswith("2 ready")
        assert view.send_button.isEnabled(), view.reason.text()

        assert view.send()
        summary = await desk.finished()
        assert (summary.sent, summary.failed, summary.skipped) == (2, 0, 0)
        sent = await desk.requests(BY_PHONE)
        assert [r["query"] for r in sent] == [{"phone_number": "0899098899"},
                                              {"phone_number": "0912345678"}]
        common = {"name": "Thông báo đơn hàng", "voice": "lannhi", "speed": -1,
                  "cid": desk.sim.tenant.hotlines[0], "num_retry": 2, "num_per_call": 15,
                  "distance_per_call": 30, "distance_retry": 60,
                  "template_dialplans": [{"target_type": "Text_variable"},
                                         {"target_type": "Recording",
                                          "target": "5ed0c6dffb7b390007e5211"},
                                         {"target_type": "Text_variable"}]}
        assert sent[0]["json"] == {**common, "phone_number_list": ["0899098899"], "variables": [
            "Đơn hàng HHKKK của bạn, tổng 90000 đồng", "Cảm ơn {name}"]}
        assert sent[1]["json"] == {**common, "phone_number_list": ["0912345678"], "variables": [
            "Đơn hàng AB12 của bạn, tổng 1200000 đồng", "Cảm ơn {name}"]}
        sessions = (await desk.omicall())["sessions"]
        rows = desk.table()
        assert [row[:3] for row in rows] == [["1", "0899 098 899", "Calling"],
                                             ["2", "0912 345 678", "Calling"]]
        for row, session in zip(rows, sessions, strict=True):
            assert session["autocall_id"] in row[3]
        assert desk.view.message.text() == "2 sent."


async def test_the_counter_and_the_300_character_limit_refuse_before_sending(
        desks: Desks) -> None:
    async with desks() as desk:
        view = desk.view
        view.set_steps([Step(DialplanType.TEXT, "Xin chào {name}. " + "a" * 270)])
        assert view.counter.text() == f"{len('Xin chào {name}. ') + 270} / 300 characters"
        view.set_targets("0899098899; name=" + "B" * 10)
        filled = len("Xin chào . ") + 10 + 270
        assert view.counter.text() == f"{filled} / 300 characters"  # the filled text counts
        assert "b3261e" not in view.counter.styleSheet()
        assert view.send_button.isEnabled()

        view.set_targets("0899098899; name=" + "B" * 10 + "\n0912345678; name=" + "C" * 25)
        assert view.counter.text() == f"{filled + 15} / 300 characters"  # the longest target
        assert "b3261e" in view.counter.styleSheet()
        assert not view.send_button.isEnabled()
        assert "at most 300 per session" in view.reason.text()
        assert "0912 345 678" in view.reason.text()

        assert not view.send()
        assert desk.names() == ["refused"]
        assert "at most 300 per session" in desk.events[0][1]
        assert "at most 300 per session" in view.message.text()
        assert await desk.requests(BY_PHONE) == []

        view.set_targets("0899098899; name=B")
        assert view.send_button.isEnabled()
        assert "b3261e" not in view.counter.styleSheet()


@pytest.mark.parametrize("setting, code, sentence", [
    ({"plan": "trial"}, "limit_service", "Your OMICall plan does not include automatic calls."),
    ({"balance": 0}, "balance_is_not_enough",
     "The OMICall account's balance is too low for these calls."),
    ({"next_error": "limit_word"}, "limit_word",
     "Too much text to read aloud: at most 300 characters per session and 3,000 a day."),
])
async def test_account_wide_errors_are_explained_and_stop_the_rest(
        desks: Desks, setting: dict, code: str, sentence: str) -> None:
    async with desks() as desk:
        await desk.omicall(**setting)
        desk.view.set_steps(order_steps())
        desk.view.set_targets("0899098899; code=A; amount=1\n0912345678; code=B; amount=2")
        assert desk.view.send()
        summary = await desk.finished()
        assert (summary.sent, summary.failed, summary.not_sent) == (0, 1, 1)
        first, second = desk.results()
        assert first.state is ResultState.FAILED and first.error_code == code
        assert first.message == sentence
        assert second.state is ResultState.NOT_SENT
        assert len(await desk.requests(BY_PHONE)) == 1  # never retried, nothing more sent
        rows = desk.table()
        assert rows[0][2:] == ["Refused", sentence]
        assert rows[1][2] == "Not sent"
        assert (await desk.omicall())["sessions"] == []


async def test_the_servers_session_limit_is_explained_and_the_next_target_still_sent(
        desks: Desks) -> None:
    async with desks() as desk:
        await desk.omicall(next_error="limit_word_session")
        desk.view.set_steps(order_steps())
        desk.view.set_targets("0899098899; code=A; amount=1\n0912345678; code=B; amount=2")
        assert desk.view.send()
        await desk.finished()
        first, second = desk.results()
        assert first.error_code == "limit_word_session"
        assert first.message == ("Too much text to read aloud: at most 300 characters per "
                                 "session.")
        assert second.state is ResultState.SENT and second.autocall_id
        assert len(await desk.requests(BY_PHONE)) == 2


async def test_by_extension(desks: Desks) -> None:
    async with desks() as desk:
        view = desk.view
        view.set_target_kind(TargetKind.EXTENSION)
        assert view.extension.isVisibleTo(view) and not view.phones.isVisibleTo(view)
        view.set_steps([Step(DialplanType.TEXT, "Cuộc gọi thử cho {who}"),
                        Step(DialplanType.IVR_MENU, "5e9eac95e44159000710f0aa")])
        view.set_options(Options(name="Kiểm tra máy nhánh", voice="leminh", speed=2))
        view.set_targets("abc")
        assert not view.send_button.isEnabled()
        assert "Line 1 (abc)" in view.target_problems.text()
        view.set_targets("102; who=chị Lan")
        assert view.send()
        await desk.finished()
        sent = await desk.requests(BY_EXTENSION)
        assert len(sent) == 1
        assert sent[0]["query"] == {"extension": "102"}
        assert sent[0]["json"]["extensions"] == ["102"]
        assert sent[0]["json"]["variables"] == ["Cuộc gọi thử cho chị Lan"]
        assert sent[0]["json"]["voice"] == "leminh" and sent[0]["json"]["speed"] == 2
        session = (await desk.omicall())["sessions"][0]
        (result,) = desk.results()
        assert result.autocall_id == session["autocall_id"]
        assert result.autocall_uuids == tuple(session["call_ids"]) != ()
        detail = desk.table()[0][3]
        assert session["autocall_id"] in detail and session["call_ids"][0] in detail
        assert await desk.requests(BY_PHONE) == []


async def test_lines_that_cannot_be_called_are_reported_and_never_sent(desks: Desks) -> None:
    async with desks() as desk:
        view = desk.view
        view.set_steps(order_steps())
        view.set_targets("0899 098 899; code=A; amount=1\n"
                         "not a number\n"
                         "101\n"
                         "0899098899; code=A; amount=1\n"
                         "0912345678; code=B\n"
                         "0987654321; code=C; amount=3\n")
        problems = view.target_problems.text().splitlines()
        assert [p.split(" (")[0] for p in problems] == ["Line 2", "Line 3", "Line 4", "Line 5"]
        assert "not a phone number" in problems[0]
        assert "extension" in problems[1]
        assert "Already in the list (line 1)" in problems[2]
        assert "No value for amount" in problems[3]
        assert view.targets_summary.text() == "2 ready to call · 4 line(s) skipped"
        assert view.send()
        summary = await desk.finished()
        assert (summary.sent, summary.skipped) == (2, 4)
        sent = await desk.requests(BY_PHONE)
        assert [r["query"]["phone_number"] for r in sent] == ["0899098899", "0987654321"]
        states = {row[0]: row[2] for row in desk.table()}
        assert states == {"1": "Calling", "2": "Skipped", "3": "Skipped", "4": "Skipped",
                          "5": "Skipped", "6": "Calling"}


async def test_cancel_stops_between_targets(desks: Desks) -> None:
    async with desks() as desk:
        view = desk.view
        view.set_steps([Step(DialplanType.RECORDING, "rec1")])
        view.set_targets("0899098899\n0912345678\n0987654321")
        desk.auto_call.targetDone.connect(lambda _result: view.cancel_button.click())
        assert view.send()
        assert view.cancel_button.isEnabled() and not view.send_button.isEnabled()
        summary = await desk.finished()
        assert summary.cancelled and (summary.sent, summary.not_sent) == (1, 2)
        assert len(await desk.requests(BY_PHONE)) == 1
        assert [row[2] for row in desk.table()] == ["Calling", "Not sent", "Not sent"]
        assert view.send_button.isEnabled() and not view.cancel_button.isEnabled()


async def test_a_tel4vn_account_is_told_there_is_no_auto_call(desks: Desks) -> None:
    async with desks() as desk:
        await desk.session.login(desk.sim.url, "supervisor", "demo123", vendor="tel4vn")
        view = desk.view
        view.set_steps([Step(DialplanType.RECORDING, "rec1")])
        view.set_targets("0899098899")
        assert view.notice.isVisibleTo(view) and "OMICall" in view.notice.text()
        assert not view.send_button.isEnabled()
        assert not view.send()
        assert await desk.requests(BY_PHONE) == []
