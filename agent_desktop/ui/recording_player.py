"""Playing a call's recording inside the app, with QtMultimedia.

``RecordingPlayer`` plays one CDR's recording: ``load(cdr)`` asks ``core.recordings.Recordings``
for the bytes (downloaded in the background, the last few kept in memory), then plays them with a
``QMediaPlayer`` from a private temporary file (removed when unloaded).

The FFmpeg back-end works in threads of its own, and when one of them disconnects from the player
or its audio output (both made from Python), Shiboken takes the GIL to look for a Python override of
``disconnectNotify`` while holding Qt's lock on that object. A call on the player from Python code
(holding the GIL) that needs the same lock then deadlocks — one test run in three hung in
``stop()``. So every call that changes the player goes through ``_control``: a queued call, run by
the event loop, which has released the GIL. (For the same reason the source is a file, not a
``QBuffer``: the demuxer thread would take the GIL on every read of a Python-made QIODevice.) It has play / pause (also the Space key), a seek slider (drag
it or click where to jump), the position and length (m:ss), the speed (0.75× to 2×), the volume,
"Open outside" (the URL in the person's own player or browser) and "Save as…", and one status line
("Loading…", why it could not load, or that the call has no recording). ``PlayerWindow`` is the
non-modal window holding one player, titled with the call; it is reused for the next recording
and stops playing when closed.

QtMultimedia is imported here only, and nothing imports this module when the app starts: it is
loaded the first time a recording is played (QtMultimedia and its FFmpeg back-end cost start-up
time and memory, and need libpulse on Linux). Nothing here talks HTTP.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QLoggingCategory,
    QMetaObject,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent
from PySide6.QtMultimedia import QAudio, QAudioOutput, QMediaPlayer

# FFmpeg's optional libraries (VA-API, PipeWire) are looked up when the first player is made; their
# absence is normal and only fills the log with warnings.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.phone import format_number
from ..core.plain_text import plain
from ..core.recordings import Recordings
from ..pbx.models import Cdr
from ..pbx.recordings import audio_suffix
from .call_model import format_duration
from .status_mark import StatusMark, Tone

__all__ = ["SPEEDS", "PlayerWindow", "RecordingPlayer", "recording_title"]

log = logging.getLogger(__name__)

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)
_DEFAULT_VOLUME = 80  # percent, on the slider's perceptual scale
_ERROR_COLOUR = "#b3261e"
_NAME_LIMIT = 40  # characters of a server string in a window title or file name


def _remove(path: str) -> None:
    """Delete a played recording's temporary file (still open elsewhere on Windows: leave it to
    the system's temporary-file cleaning)."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def _state_name(state: QMediaPlayer.PlaybackState) -> str:
    return {QMediaPlayer.PlaybackState.PlayingState: "playing",
            QMediaPlayer.PlaybackState.PausedState: "paused"}.get(state, "stopped")


def _short(text: str, limit: int = _NAME_LIMIT) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _other_party(cdr: Cdr) -> str:
    """Who the call was with, as people read numbers: the customer, or both ends of a local call."""
    if cdr.direction == "inbound":
        return format_number(cdr.from_number) or "?"
    if cdr.direction == "outbound":
        return format_number(cdr.to_number) or "?"
    ends = [format_number(n) for n in (cdr.from_number, cdr.to_number) if n.strip()]
    return " → ".join(ends) or "?"


def _when(moment: datetime | None, locale: QLocale) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    pattern = "d MMM HH:mm" if local.year == datetime.now().year else "d MMM yyyy HH:mm"
    stamp = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute))
    return locale.toString(stamp, pattern)


def recording_title(cdr: Cdr, locale: QLocale | None = None) -> str:
    """"0899 888 999, 17 Feb 17:30, 0:11": the call a recording is of, in one line."""
    locale = locale or QLocale()
    length = cdr.billsec if cdr.billsec is not None else cdr.duration
    parts = [_short(_other_party(cdr)), _when(cdr.time_started, locale),
             format_duration(length or 0)]
    return ", ".join(part for part in parts if part)


class SeekSlider(QSlider):
    """A horizontal slider that jumps to where it is clicked (and can be dragged from there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                value = QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                                       min(max(offset, 0), span), span,
                                                       option.upsideDown)
                self.setValue(value)  # a seek; the handle is now under the pointer to drag
        super().mousePressEvent(event)


class RecordingPlayer(QWidget):
    """Plays one call's recording: play / pause, seek, speed, volume, open outside, save."""

    stateChanged = Signal(str)  # "playing" | "paused" | "stopped"

    def __init__(self, recordings: Recordings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingPlayer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.recordings = recordings if recordings is not None else Recordings(parent=self)
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._file: str | None = None  # the temporary file being played
        self._cdr: Cdr | None = None
        self._data: bytes | None = None
        self._speed = 1.0
        self._syncing = False  # the slider follows the player: not a seek
        self._status_tone = Tone.NONE
        self._status_render: Callable[[], str] = lambda: ""
        self.save_dialog: QFileDialog | None = None
        self._build()
        self.set_volume(_DEFAULT_VOLUME)
        self._player.positionChanged.connect(self._position_changed)
        self._player.durationChanged.connect(self._duration_changed)
        self._player.playbackStateChanged.connect(self._state_changed)
        self._player.mediaStatusChanged.connect(self._media_status_changed)
        self._player.errorOccurred.connect(self._media_error)
        self.recordings.loaded.connect(self._loaded)
        self.recordings.failed.connect(self._failed)
        self.retranslate()
        self._update_controls()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.play_button = QToolButton()
        self.play_button.setObjectName("playButton")
        self.play_button.setIconSize(self.play_button.iconSize() * 1.4)
        self.play_button.setAutoRaise(False)
        self.play_button.clicked.connect(self.toggle)
        self.position_label = QLabel("0:00")
        self.position_label.setObjectName("positionLabel")
        self.duration_label = QLabel("0:00")
        self.duration_label.setObjectName("durationLabel")
        wide = self.fontMetrics().horizontalAdvance("00:00") + 4
        for label in (self.position_label, self.duration_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(wide)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
        self.slider = SeekSlider()
        self.slider.setObjectName("seekSlider")
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.setMinimumWidth(160)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value()))
        top = QHBoxLayout()
        top.addWidget(self.play_button)
        top.addWidget(self.position_label)
        top.addWidget(self.slider, 1)
        top.addWidget(self.duration_label)

        self.speed_label = QLabel()
        self.speed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.speed_box = QComboBox()
        self.speed_box.setObjectName("speedBox")
        for rate in SPEEDS:
            self.speed_box.addItem("", rate)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_box.currentIndexChanged.connect(
            lambda index: self.set_speed(SPEEDS[index]) if index >= 0 else None)
        self.speed_label.setBuddy(self.speed_box)
        self.volume_icon = QLabel()
        self.volume_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaVolume).pixmap(16, 16))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setObjectName("volumeSlider")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.valueChanged.connect(self._volume_moved)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openOutsideButton")
        self.open_button.clicked.connect(self.open_outside)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        bottom = QHBoxLayout()
        bottom.addWidget(self.speed_label)
        bottom.addWidget(self.speed_box)
        bottom.addSpacing(12)
        bottom.addWidget(self.volume_icon)
        bottom.addWidget(self.volume_slider)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.save_button)

        self.status_mark = StatusMark()
        self.status_label = QLabel()
        self.status_label.setObjectName("playerStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # two lines, so that a longer sentence is not cut off by the window's height
        self.status_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        status = QHBoxLayout()
        status.addWidget(self.status_mark, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addLayout(status)

    # --- what the app and the tests use ---------------------------------------------------------

    @property
    def cdr(self) -> Cdr | None:
        """The call whose recording is loaded or loading."""
        return self._cdr

    @property
    def data(self) -> bytes | None:
        """The loaded recording's bytes (None while loading, or without one)."""
        return self._data

    @property
    def position(self) -> int:
        """Where playback is, in milliseconds."""
        return self._player.position()

    @property
    def duration(self) -> int:
        """The recording's length in milliseconds (0 until it is loaded)."""
        return self._player.duration() if self._data is not None else 0

    @property
    def state(self) -> str:
        """"playing", "paused" or "stopped" ("stopped" at once once unloaded: the player's own
        stop is queued)."""
        if self._data is None:
            return "stopped"
        return _state_name(self._player.playbackState())

    @property
    def speed(self) -> float:
        return self._speed

    def status_text(self) -> str:
        """What the status line says ("" when all is well)."""
        return self.status_label.text()

    def status_tone(self) -> str:
        return self._status_tone

    def load(self, cdr: Cdr) -> None:
        """Stop what plays, then fetch ``cdr``'s recording and play it once it is here."""
        self._unload()
        self._cdr = cdr
        if not cdr.recording_url.strip():
            self._show_status(Tone.INFO, lambda: self.tr("No recording for this call"))
        else:
            self._show_status(Tone.BUSY, lambda: self.tr("Loading…"))
            self.recordings.fetch(cdr)  # may answer at once, from memory
        self._update_controls()

    def play(self) -> None:
        if self._data is not None:
            self._control("play")

    def pause(self) -> None:
        if self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self._control("pause")

    def toggle(self) -> None:
        """Play or pause: what the button and the Space key do."""
        if self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def _control(self, method: str, *args: object) -> None:
        """Call the QMediaPlayer slot ``method`` from the event loop (see the module's text)."""
        QMetaObject.invokeMethod(self._player, method, Qt.ConnectionType.QueuedConnection, *args)

    def stop(self) -> None:
        """Stop playing and go back to the start (the recording stays loaded)."""
        self._control("stop")

    def unload(self) -> None:
        """Stop, and forget the recording: one still downloading will not start playing."""
        self._unload()
        self._show_status(Tone.NONE, lambda: "")
        self._update_controls()

    def seek(self, ms: int) -> None:
        """Jump to ``ms`` milliseconds (kept within the recording)."""
        if self._data is None:
            return
        length = self._player.duration()
        ms = max(0, min(int(ms), length if length > 0 else int(ms)))
        self._control("setPosition", Q_ARG("qint64", ms))
        self._show_position(ms)

    def set_speed(self, rate: float) -> None:
        """Play at ``rate`` (one of ``SPEEDS``; another value picks the nearest)."""
        rate = min(SPEEDS, key=lambda choice: abs(choice - rate))
        self._speed = rate
        self._control("setPlaybackRate", Q_ARG(float, rate))
        index = SPEEDS.index(rate)
        if self.speed_box.currentIndex() != index:
            self.speed_box.setCurrentIndex(index)

    def set_volume(self, percent: int) -> None:
        """The volume in percent, on a scale that sounds even (as the slider shows it)."""
        percent = max(0, min(100, int(percent)))
        if self.volume_slider.value() != percent:
            self.volume_slider.setValue(percent)
        else:
            self._volume_moved(percent)

    def open_outside(self) -> bool:
        """Give the recording's URL to the system (the person's own player or browser)."""
        url = self._outside_url()
        if url is None:
            return False
        log.info("opening the recording of CDR %s outside the app", self._cdr.id if self._cdr
                 else "-")
        return QDesktopServices.openUrl(url)

    def save_as(self) -> None:
        """Ask where to save the recording (a non-modal file dialog), then ``save_to`` there."""
        if self._data is None or self._cdr is None:
            return
        if self.save_dialog is not None:
            self.save_dialog.reject()
        folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
                  or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation))
        dialog = QFileDialog(self, self.tr("Save the recording"),
                             str(Path(folder) / self.suggested_file_name()))
        dialog.setObjectName("saveRecordingDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        suffix = self._suffix()
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setNameFilters([self.tr("Audio files (*{suffix})").format(suffix=suffix),
                               self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(lambda _result: self._save_dialog_closed(dialog))
        self.save_dialog = dialog
        dialog.open()

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the loaded recording to ``path`` (whole or not at all); says so on the status
        line."""
        data = self._data
        if data is None:
            return False
        target = Path(path)
        partial = target.with_name(target.name + ".part")
        try:
            partial.write_bytes(data)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            log.warning("could not save a recording: %s", error.strerror or type(error).__name__)
            reason = error.strerror or type(error).__name__
            self._show_status(Tone.ERROR, lambda: self.tr(
                "Could not save the recording: {reason}").format(reason=reason))
            return False
        shown = str(target)
        self._show_status(Tone.DONE, lambda: self.tr("Saved to {path}").format(path=shown))
        return True

    def suggested_file_name(self) -> str:
        """"recording-0899888999-2024-02-17-1730.wav": a file name for the loaded recording."""
        cdr = self._cdr
        if cdr is None:
            return "recording" + self._suffix()
        number = cdr.from_number if cdr.direction == "inbound" else cdr.to_number
        parts = ["recording", re.sub(r"[^0-9A-Za-z+]", "", number)[:_NAME_LIMIT]]
        if cdr.time_started is not None:
            parts.append(cdr.time_started.strftime("%Y-%m-%d-%H%M"))
        if len(parts) == 2 and not parts[1]:
            parts[1] = re.sub(r"[^0-9A-Za-z_-]", "", cdr.id)[:_NAME_LIMIT]
        return "-".join(part for part in parts if part) + self._suffix()

    # --- loading ----------------------------------------------------------------------------------

    def _loaded(self, cdr_id: str, data: bytes) -> None:
        if self._cdr is None or cdr_id != self._cdr.id or self._data is not None:
            return  # an older request, or already playing this one
        try:
            handle, name = tempfile.mkstemp(prefix="agent-desktop-recording-",
                                            suffix=self._suffix())  # only its owner may read it
            with os.fdopen(handle, "wb") as file:
                file.write(data)
        except OSError as error:
            log.warning("could not write the recording to a temporary file: %s", error)
            reason = error.strerror or type(error).__name__
            self._show_status(Tone.ERROR, lambda: self.tr(
                "Could not load the recording: {reason}").format(reason=reason))
            self._update_controls()
            return
        self._data = data
        self._file = name
        # The suffix tells the demuxer what the bytes are.
        self._control("setSource", Q_ARG(QUrl, QUrl.fromLocalFile(name)))
        self._control("setPlaybackRate", Q_ARG(float, self._speed))
        self._show_status(Tone.NONE, lambda: "")
        self._update_controls()
        self._control("play")

    def _failed(self, cdr_id: str, sentence: str) -> None:
        if self._cdr is None or cdr_id != self._cdr.id or self._data is not None:
            return
        self._show_status(Tone.ERROR, lambda: self.tr(
            "Could not load the recording: {reason}").format(reason=sentence))
        self._update_controls()

    def _unload(self) -> None:
        self._control("stop")
        if self._file is not None:
            self._control("setSource", Q_ARG(QUrl, QUrl()))  # the player lets go of the file
            path, self._file = self._file, None
            QTimer.singleShot(0, lambda: _remove(path))  # after that queued call
        self._data = None
        self._cdr = None
        if self.save_dialog is not None:
            self.save_dialog.reject()
        self._syncing = True
        self.slider.setRange(0, 0)
        self._syncing = False
        self.position_label.setText(format_duration(0))
        self.duration_label.setText(format_duration(0))

    def _suffix(self) -> str:
        return (audio_suffix(self._data) if self._data is not None else "") or ".wav"

    def _outside_url(self) -> QUrl | None:
        if self._cdr is None:
            return None
        url = QUrl(self._cdr.recording_url.strip())
        if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
            return None  # never hand the system a file:// or custom scheme from the server
        return url

    # --- the media player says --------------------------------------------------------------------

    def _position_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self._show_position(ms)

    def _show_position(self, ms: int) -> None:
        self._syncing = True
        self.slider.setValue(ms)
        self._syncing = False
        self.position_label.setText(format_duration(ms // 1000))

    def _duration_changed(self, ms: int) -> None:
        self._syncing = True
        self.slider.setRange(0, max(0, ms))
        self._syncing = False
        self.duration_label.setText(format_duration((ms + 500) // 1000))

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        self._retranslate_button()
        self.stateChanged.emit(_state_name(state))

    def _media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._control("setPosition", Q_ARG("qint64", 0))  # back to the start, ready to play again
            self._show_position(0)

    def _media_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._data is None:
            return
        log.warning("the recording of CDR %s cannot be played: %s",
                    self._cdr.id if self._cdr else "-", text)
        detail = plain(text) or self.tr("unknown format")
        self._show_status(Tone.ERROR, lambda: self.tr(
            "Could not play the recording: {reason}").format(reason=detail))

    # --- the controls -----------------------------------------------------------------------------

    def _slider_moved(self, value: int) -> None:
        if self._syncing:
            return
        self.position_label.setText(format_duration(value // 1000))
        if not self.slider.isSliderDown():  # keys and wheel; a drag seeks on release
            self.seek(value)

    def _volume_moved(self, percent: int) -> None:
        linear = QAudio.convertVolume(percent / 100, QAudio.VolumeScale.LogarithmicVolumeScale,
                                      QAudio.VolumeScale.LinearVolumeScale)
        # setVolume takes a C++ float: Q_ARG(float, …) would name a double, no such method.
        QMetaObject.invokeMethod(self._audio, "setVolume", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG("float", linear))

    def _save_dialog_closed(self, dialog: QFileDialog) -> None:
        if self.save_dialog is dialog:
            self.save_dialog = None

    def _update_controls(self) -> None:
        ready = self._data is not None
        for widget in (self.play_button, self.slider, self.save_button):
            widget.setEnabled(ready)
        self.open_button.setEnabled(self._outside_url() is not None)
        has_one = self._cdr is not None and bool(self._cdr.recording_url.strip())
        for widget in (self.speed_box, self.volume_slider):
            widget.setEnabled(has_one)

    def _show_status(self, tone: str, render: Callable[[], str]) -> None:
        """Show ``render()`` (called again after a language change) in the tone's colours."""
        self._status_tone = tone
        self._status_render = render
        self.status_mark.set_tone(tone)
        colour = f"color: {_ERROR_COLOUR};" if tone == Tone.ERROR else ""
        self.status_label.setStyleSheet(colour)
        self.status_label.setText(plain(self._status_render()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        locale = QLocale()
        for index, rate in enumerate(SPEEDS):
            self.speed_box.setItemText(index, self.tr("{rate}×").format(
                rate=locale.toString(rate, "g", 3)))
        self.speed_label.setText(self.tr("&Speed"))
        self.speed_box.setToolTip(self.tr("Playback speed"))
        self.volume_slider.setToolTip(self.tr("Volume"))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.slider.setToolTip(self.tr("Drag or click to jump in the recording"))
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.open_button.setText(self.tr("Open outside"))
        self.open_button.setToolTip(self.tr("Play the recording in your own player or browser"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save the recording as a file"))
        self._retranslate_button()
        self.status_label.setText(plain(self._status_render()))

    def _retranslate_button(self) -> None:
        playing = self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else \
            QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setAccessibleName(text)
        self.play_button.setToolTip(self.tr("{action} (Space)").format(action=text))


class PlayerWindow(QDialog):
    """A non-modal window with one ``RecordingPlayer``, titled with the call; reused for the next
    recording, and silent once closed."""

    def __init__(self, recordings: Recordings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerWindow")
        self.setModal(False)
        self.heading = QLabel()
        self.heading.setObjectName("playerHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.player = RecordingPlayer(recordings, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.player)
        self.resize(560, self.sizeHint().height())
        self.retranslate()

    def show_recording(self, cdr: Cdr) -> None:
        """Play ``cdr``'s recording here (stopping the one before) and bring the window up."""
        self.player.load(cdr)
        self.retranslate()
        self.show()
        self.raise_()
        self.activateWindow()
        self.player.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        """Closing (the window's button, Escape) stops the sound, and a recording still
        downloading will not start playing in the hidden window."""
        self.player.unload()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        cdr = self.player.cdr
        call = recording_title(cdr) if cdr is not None else ""
        self.heading.setText(call)
        self.heading.setVisible(bool(call))
        self.setWindowTitle(self.tr("Recording — {call}").format(call=call) if call
                            else self.tr("Recording"))
