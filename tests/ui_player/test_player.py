"""Recordings played in the app: the download and its memory (``core.recordings``), the player
widget and its window (``ui.recording_player``), against the simulator's real WAV files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from agent_desktop.core.recordings import Recordings
from agent_desktop.pbx.models import Cdr
from agent_desktop.sim import audio
from agent_desktop.ui.recording_player import SPEEDS, PlayerWindow, RecordingPlayer
from tests.ui_player.conftest import Calls, wait, wav_ms

MakePlayer = Callable[..., RecordingPlayer]


class Signals:
    """What a Recordings object said, in order."""

    def __init__(self, recordings: Recordings) -> None:
        self.events: list[tuple[str, str, object]] = []
        recordings.loaded.connect(lambda cdr_id, data: self.events.append(("loaded", cdr_id,
                                                                           data)))
        recordings.failed.connect(lambda cdr_id, text: self.events.append(("failed", cdr_id,
                                                                           text)))

    def names(self) -> list[tuple[str, str]]:
        return [(name, cdr_id) for name, cdr_id, _ in self.events]


@pytest.fixture
def recordings() -> Iterator[Recordings]:
    store = Recordings()
    yield store
    store.cancel_all()


@pytest.fixture
def make_player(qtbot: QtBot, recordings: Recordings) -> Iterator[MakePlayer]:
    made: list[RecordingPlayer] = []

    def make(store: Recordings | None = None) -> RecordingPlayer:
        player = RecordingPlayer(store or recordings)
        qtbot.addWidget(player)
        player.resize(560, player.sizeHint().height())
        made.append(player)
        return player

    yield make
    for player in made:
        player.stop()


async def playing(player: RecordingPlayer, cdr: Cdr) -> None:
    player.load(cdr)
    await wait(lambda: player.state == "playing" and player.position > 0)


async def advance(player: RecordingPlayer, by_ms: int) -> tuple[int, float]:
    """Wait until ``player`` has moved ``by_ms`` on; how far it went and how long it took."""
    start, started = player.position, time.monotonic()
    await wait(lambda: player.position >= start + by_ms)
    return player.position - start, time.monotonic() - started


# --- core: downloads and memory -------------------------------------------------------------------


async def test_one_download_per_url_and_the_next_ask_comes_from_memory(
        calls: Calls, recordings: Recordings) -> None:
    said = Signals(recordings)
    cdr = calls.longest()
    assert recordings.fetch(cdr) is True
    assert recordings.fetch(cdr) is True  # asked again while it downloads: the same download
    assert recordings.busy(cdr.recording_url)
    await wait(lambda: said.events)
    assert said.names() == [("loaded", cdr.id)]
    assert said.events[0][2] == audio.clip_for(cdr.id)
    assert calls.downloads() == [f"/recordings/{cdr.id}.wav"]
    assert recordings.fetch(cdr) is False  # from memory, at once
    assert said.names() == [("loaded", cdr.id)] * 2
    assert calls.downloads() == [f"/recordings/{cdr.id}.wav"] and recordings.downloads == 1


async def test_only_the_last_few_recordings_stay_in_memory(calls: Calls) -> None:
    store = Recordings(cache_count=2)
    said = Signals(store)
    first, second, third = calls.recorded[:3]
    for cdr in (first, second, third):
        store.fetch(cdr)
        await wait(lambda cdr=cdr: ("loaded", cdr.id) in said.names())
    assert store.cached(first.recording_url) is None
    assert store.cached(second.recording_url) == audio.clip_for(second.id)  # used: now newest
    store.fetch(first)  # forgotten: downloaded again, and the least recently used goes
    await wait(lambda: said.names().count(("loaded", first.id)) == 2)
    assert calls.downloads().count(f"/recordings/{first.id}.wav") == 2
    assert store.cached(third.recording_url) is None
    assert store.cached(second.recording_url) is not None
    assert store.cached(first.recording_url) is not None


async def test_a_missing_file_and_a_call_without_recording_are_sentences(
        calls: Calls, recordings: Recordings) -> None:
    said = Signals(recordings)
    gone, silent = calls.missing_file(), calls.silent[0]
    assert recordings.fetch(silent) is False
    assert said.events == [("failed", silent.id, "There is no recording for this call.")]
    recordings.fetch(gone)
    await wait(lambda: len(said.events) == 2)
    assert said.events[1] == ("failed", gone.id,
                              "The recording file is not on the server (it may have been "
                              "deleted).")
    assert calls.downloads() == ["/recordings/gone-1.wav"]
    recordings.fetch(gone)  # a failure is not remembered: asking again asks the server again
    await wait(lambda: len(said.events) == 3)
    assert calls.downloads() == ["/recordings/gone-1.wav"] * 2


async def test_a_recording_over_the_limit_says_to_open_it_outside(calls: Calls) -> None:
    store = Recordings(max_bytes=2048)
    said = Signals(store)
    cdr = calls.longest()
    store.fetch(cdr)
    await wait(lambda: said.events)
    name, cdr_id, sentence = said.events[0]
    assert (name, cdr_id) == ("failed", cdr.id)
    assert "too large" in str(sentence) and "Open outside" in str(sentence)


# --- the player -----------------------------------------------------------------------------------


async def test_loads_from_the_simulator_and_plays(calls: Calls, make_player: MakePlayer) -> None:
    player = make_player()
    cdr = calls.longest()
    player.load(cdr)
    assert player.status_text() == "Loading…" and not player.play_button.isEnabled()
    await wait(lambda: player.duration > 0)
    assert abs(player.duration - wav_ms(audio.clip_for(cdr.id))) <= 50
    await wait(lambda: player.state == "playing" and player.position > 300)
    assert player.status_text() == "" and player.play_button.isEnabled()
    assert player.play_button.accessibleName() == "Pause"
    assert player.duration_label.text() == f"0:{round(player.duration / 1000):02d}"
    assert player.slider.maximum() == player.duration
    await wait(lambda: player.slider.value() >= 1000 and player.position_label.text() != "0:00")
    assert player.data == audio.clip_for(cdr.id)


async def test_plays_from_a_private_temporary_file_removed_on_unload(
        calls: Calls, make_player: MakePlayer) -> None:
    """Not from a QBuffer: FFmpeg's thread reading a Python-made QIODevice needs the GIL (see
    the module's text on the deadlock this avoids)."""
    import os
    import stat

    player = make_player()
    cdr = calls.longest()
    player.load(cdr)
    await wait(lambda: player.state == "playing")
    path = player._player.source().toLocalFile()
    assert path and os.path.isfile(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path, "rb") as file:
        assert file.read() == audio.clip_for(cdr.id)
    player.unload()
    await wait(lambda: not os.path.exists(path))


async def test_pause_stops_the_clock_and_play_goes_on(calls: Calls,
                                                      make_player: MakePlayer) -> None:
    player, clock = make_player(), make_player()
    cdr = calls.longest()
    await playing(player, cdr)
    player.pause()
    await wait(lambda: player.state == "paused")
    held = player.position
    await playing(clock, cdr)  # a second player is the test's clock: no fixed sleep
    await advance(clock, 800)
    assert player.position == held and player.state == "paused"
    assert player.play_button.accessibleName() == "Play"
    player.play()
    await wait(lambda: player.position > held + 200)
    assert calls.downloads() == [f"/recordings/{cdr.id}.wav"]  # the clock's came from memory


async def test_seek_and_a_click_on_the_slider_move_the_position(calls: Calls,
                                                                make_player: MakePlayer) -> None:
    player = make_player()
    player.show()
    await playing(player, calls.longest())
    player.pause()
    await wait(lambda: player.state == "paused")
    player.seek(2000)
    await wait(lambda: abs(player.position - 2000) < 100)
    assert player.position_label.text() == "0:02" and player.slider.value() == 2000
    slider = player.slider
    point = QPoint(int(slider.width() * 0.75), slider.height() // 2)
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    await wait(lambda: player.position > 0.6 * player.duration)
    assert player.position < 0.9 * player.duration
    clicked_at = player.position
    slider.setSliderDown(True)  # a drag: the label follows, the sound jumps on release
    slider.setValue(1000)
    assert player.position_label.text() == "0:01" and player.position == clicked_at
    slider.setSliderDown(False)
    await wait(lambda: abs(player.position - 1000) < 100)
    player.play()
    start = player.position
    await wait(lambda: player.position > start + 200)


async def test_twice_the_speed_plays_about_twice_as_fast(calls: Calls,
                                                         make_player: MakePlayer) -> None:
    fast, normal = make_player(), make_player()
    cdr = calls.longest()
    fast.speed_box.setCurrentIndex(SPEEDS.index(2.0))  # as a person picks it
    assert fast.speed == 2.0
    await playing(fast, cdr)
    await playing(normal, cdr)
    fast.seek(0)
    normal.seek(0)
    normal_start, fast_start = normal.position, fast.position
    await advance(normal, 1000)
    ratio = (fast.position - fast_start) / (normal.position - normal_start)
    assert 1.4 < ratio < 2.8, ratio
    normal.set_speed(1.5)
    assert normal.speed_box.currentIndex() == SPEEDS.index(1.5) and normal.speed == 1.5


async def test_the_volume_slider_sets_the_audio_output(calls: Calls, make_player: MakePlayer) -> None:
    player = make_player()
    audio_output = player._audio
    # The slider is perceptual: 80 % of it is about 0.35 of the output's linear volume.
    await wait(lambda: abs(audio_output.volume() - 0.35) < 0.01)  # the default, 80 %
    player.volume_slider.setValue(10)  # as a person drags it
    await wait(lambda: abs(audio_output.volume() - 0.023) < 0.005)
    player.set_volume(100)
    await wait(lambda: audio_output.volume() > 0.99)


async def test_space_toggles_and_the_end_resets_the_button(calls: Calls,
                                                          make_player: MakePlayer) -> None:
    player = make_player()
    states: list[str] = []
    player.stateChanged.connect(states.append)
    cdr = calls.longest()
    await playing(player, cdr)
    QTest.keyClick(player, Qt.Key.Key_Space)
    await wait(lambda: player.state == "paused")
    QTest.keyClick(player, Qt.Key.Key_Space)
    await wait(lambda: player.state == "playing")
    player.set_speed(2.0)
    player.seek(player.duration - 600)
    await wait(lambda: player.state == "stopped")
    assert states == ["playing", "paused", "playing", "stopped"]
    assert player.play_button.accessibleName() == "Play"
    assert player.slider.value() == 0 and player.position_label.text() == "0:00"
    assert player.position == 0
    player.play()  # again, from the start
    await wait(lambda: player.state == "playing" and player.position > 0)


async def test_a_recording_that_cannot_be_loaded_says_why(calls: Calls,
                                                          make_player: MakePlayer) -> None:
    player = make_player()
    player.load(calls.missing_file())
    await wait(lambda: player.status_tone() == "error")
    assert player.status_text() == ("Could not load the recording: The recording file is not on "
                                    "the server (it may have been deleted).")
    assert not player.play_button.isEnabled() and not player.save_button.isEnabled()
    player.play()
    assert player.state == "stopped" and player.data is None


async def test_a_call_without_recording_offers_nothing_to_play(calls: Calls,
                                                               make_player: MakePlayer) -> None:
    player = make_player()
    player.load(calls.silent[0])
    assert player.status_text() == "No recording for this call"
    for button in (player.play_button, player.slider, player.save_button, player.open_button):
        assert not button.isEnabled()
    QTest.keyClick(player, Qt.Key.Key_Space)
    assert player.state == "stopped" and player.duration == 0
    assert calls.downloads() == []


async def test_save_to_writes_the_same_bytes(calls: Calls, make_player: MakePlayer,
                                             tmp_path: Path) -> None:
    player = make_player()
    cdr = calls.longest()
    await playing(player, cdr)
    folder = tmp_path / "saved"
    folder.mkdir()
    target = folder / "call.wav"
    assert player.save_to(target) is True
    assert target.read_bytes() == audio.clip_for(cdr.id)
    assert player.status_text() == f"Saved to {target}"
    assert list(folder.iterdir()) == [target]  # no partial file left behind
    assert player.save_to(folder / "no-such-folder" / "call.wav") is False
    assert player.status_text().startswith("Could not save the recording: ")
    assert player.status_tone() == "error"


async def test_save_as_suggests_a_name_without_blocking(calls: Calls,
                                                        make_player: MakePlayer) -> None:
    player = make_player()
    cdr = calls.longest()
    await playing(player, cdr)
    name = player.suggested_file_name()
    assert name.startswith("recording-") and name.endswith(".wav") and "/" not in name
    player.save_button.click()
    dialog = player.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.ApplicationModal
    assert Path(dialog.selectedFiles()[0]).name == name
    assert player.state == "playing"  # the loop runs on while the dialog is open
    dialog.reject()
    await wait(lambda: player.save_dialog is None)


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


async def test_open_outside_hands_the_url_to_the_system(calls: Calls,
                                                        make_player: MakePlayer) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        player = make_player()
        cdr = calls.longest()
        player.load(cdr)
        assert player.open_button.isEnabled()  # even before the download finished
        player.open_button.click()
        assert catcher.urls == [cdr.recording_url]
        player.load(calls.silent[0])
        assert not player.open_button.isEnabled() and player.open_outside() is False
        await wait(lambda: calls.downloads())
    finally:
        QDesktopServices.unsetUrlHandler("http")


# --- the window -----------------------------------------------------------------------------------


async def test_the_window_names_the_call_is_reused_and_stops_when_closed(
        calls: Calls, qtbot: QtBot, recordings: Recordings) -> None:
    window = PlayerWindow(recordings)
    qtbot.addWidget(window)
    assert window.objectName() == "playerWindow" and window.player.objectName() == \
        "recordingPlayer"
    first = calls.longest()
    second = calls.with_other_clip(first)
    window.show_recording(first)
    assert window.isVisible() and not window.isModal()
    number = first.from_number if first.direction == "inbound" else first.to_number
    title = window.windowTitle()
    assert title.startswith("Recording — ") and number[-3:] in title.replace(" ", "")
    length = first.billsec if first.billsec is not None else first.duration
    assert title.endswith(f", {length // 60}:{length % 60:02d}")
    await wait(lambda: window.player.state == "playing")
    window.show_recording(second)  # the same window, the next call
    assert window.player.state != "playing"  # the first one stopped at once
    await wait(lambda: window.player.state == "playing" and window.player.data is not None)
    assert window.player.data == audio.clip_for(second.id)
    assert abs(window.player.duration - wav_ms(audio.clip_for(second.id))) <= 50
    assert window.windowTitle() != title
    window.close()
    assert not window.isVisible() and window.player.state == "stopped"
    window.show_recording(first)  # comes back from memory
    await wait(lambda: window.player.state == "playing")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state == "stopped" and not window.isVisible()
    assert calls.downloads().count(f"/recordings/{first.id}.wav") == 1


async def test_closing_the_window_while_loading_plays_nothing_later(
        calls: Calls, qtbot: QtBot, recordings: Recordings) -> None:
    window = PlayerWindow(recordings)
    qtbot.addWidget(window)
    said = Signals(recordings)
    cdr = calls.longest()
    window.show_recording(cdr)
    assert window.player.status_text() == "Loading…"
    window.close()
    await wait(lambda: said.names() == [("loaded", cdr.id)])  # the download finished anyway
    assert window.player.state == "stopped" and window.player.data is None
    window.show_recording(cdr)  # opened again: from memory, and it plays
    await wait(lambda: window.player.state == "playing")
    assert calls.downloads() == [f"/recordings/{cdr.id}.wav"]


# --- start-up cost --------------------------------------------------------------------------------


def test_the_app_starts_without_qtmultimedia() -> None:
    code = ("import sys, agent_desktop.app, agent_desktop.core.recordings, "
            "agent_desktop.pbx.recordings\n"
            "assert 'PySide6.QtMultimedia' not in sys.modules, 'QtMultimedia imported'\n"
            "import agent_desktop.ui.recording_player\n"
            "assert 'PySide6.QtMultimedia' in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_pbx_layer_does_not_need_qt() -> None:
    code = ("import sys, agent_desktop.pbx.recordings\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
