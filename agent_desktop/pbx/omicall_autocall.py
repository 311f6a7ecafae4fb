"""OMICall auto-call sessions (docs/vendor-api/omicall-auto-call.md): the request and its builder.

A session plays its ``template_dialplans`` in order: a recording (``Recording`` + its id), a
text read aloud (``Text_variable``: each one reads the next string of ``variables``) or a key-press
menu (``Ivr_menu`` + its id), with a voice (banmai, leminh, lannhi) and a speed from -3 to 3.

    session = (AutoCallSession.builder("Thông báo đơn hàng")
               .text("Đơn hàng {code} của bạn đã được giao", code="HHKKK")
               .recording("5ed0c6dffb7b390007e5211")
               .voice("banmai").speed(1).build())
    session.validate()   # what the client checks before sending anything

Text-to-speech is limited to 300 characters per session (3,000 a day on the server):
``tts_characters`` counts the filled texts of every Text_variable, and ``validate`` refuses more
with the vendor's own code ``limit_word_session``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from .errors import InvalidInput
from .fields import Fields

VENDOR = "omicall"
VOICES = ("banmai", "leminh", "lannhi")  # northern female, northern male, southern female
SPEED_MIN, SPEED_MAX = -3, 3
TTS_CHARACTERS_PER_SESSION = 300
TTS_CHARACTERS_PER_DAY = 3000


class DialplanType(str, enum.Enum):
    RECORDING = "Recording"
    TEXT = "Text_variable"
    IVR_MENU = "Ivr_menu"


@dataclass(frozen=True)
class Dialplan:
    """One step of a session: ``target`` is the recording's or menu's id; ``text`` the filled
    text a Text_variable reads (sent in ``variables``, not in the step)."""

    target_type: DialplanType
    target: str = ""
    text: str = ""

    def body(self) -> dict[str, str]:
        out = {"target_type": self.target_type.value}
        if self.target_type is not DialplanType.TEXT:
            out["target"] = self.target
        return out


@dataclass(frozen=True)
class AutoCallSession:
    """The body of ``execute_by_phone`` / ``execute_by_extension``; None: the server's default
    (speed 0, num_retry 0, num_per_call 15, distance_per_call 30 s, distance_retry 0)."""

    template_dialplans: tuple[Dialplan, ...]
    name: str = ""
    voice: str | None = None
    speed: int | None = None
    cid: str | None = None  # the number the calls come from; None: on-net first
    num_retry: int | None = None
    num_per_call: int | None = None
    distance_per_call: int | None = None  # seconds
    distance_retry: int | None = None  # seconds

    @staticmethod
    def builder(name: str = "") -> AutoCallBuilder:
        return AutoCallBuilder(name)

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(d.text for d in self.template_dialplans if d.target_type is DialplanType.TEXT)

    @property
    def tts_characters(self) -> int:
        """Characters read aloud in one call of this session (the 300-per-session limit)."""
        return sum(len(text) for text in self.variables)

    def validate(self) -> None:
        """Raise InvalidInput (naming the fields) for what OMICall would refuse."""
        problems: dict[str, str] = {}
        code: str | None = None
        if not self.template_dialplans:
            problems["template_dialplans"] = "is required"
        texts = 0
        for i, step in enumerate(self.template_dialplans):
            if step.target_type is DialplanType.TEXT:
                if not step.text.strip():
                    problems[f"variables[{texts}]"] = "is empty"
                texts += 1
            elif not step.target.strip():
                problems[f"template_dialplans[{i}].target"] = "is required"
        if self.voice is not None and self.voice not in VOICES:
            problems["voice"] = "must be one of " + ", ".join(VOICES)
        if self.speed is not None and (isinstance(self.speed, bool) or
                                       not isinstance(self.speed, int) or
                                       not SPEED_MIN <= self.speed <= SPEED_MAX):
            problems["speed"] = f"must be a whole number from {SPEED_MIN} to {SPEED_MAX}"
        for name in ("num_retry", "num_per_call", "distance_per_call", "distance_retry"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or value < (1 if name == "num_per_call" else 0)):
                problems[name] = "must be a whole number of at least " + (
                    "1" if name == "num_per_call" else "0")
        if self.tts_characters > TTS_CHARACTERS_PER_SESSION:
            code = "limit_word_session"
            problems["variables"] = (f"{self.tts_characters} characters to read; at most "
                                     f"{TTS_CHARACTERS_PER_SESSION} per session")
        if problems:
            message = ("text to speech is limited to 300 characters per session"
                       if code else "the auto-call session is not valid")
            raise InvalidInput(message, fields=problems, code=code, vendor=VENDOR)

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name:
            out["name"] = self.name
        for name in ("speed", "voice", "cid", "num_retry", "num_per_call", "distance_per_call",
                     "distance_retry"):
            value = getattr(self, name)
            if value is not None and value != "":
                out[name] = value
        out["template_dialplans"] = [d.body() for d in self.template_dialplans]
        out["variables"] = list(self.variables)
        return out


class AutoCallBuilder:
    """Builds an AutoCallSession step by step; ``build()`` does not validate."""

    def __init__(self, name: str = "") -> None:
        self._session = AutoCallSession(template_dialplans=(), name=name)

    def _set(self, **changes: Any) -> AutoCallBuilder:
        self._session = replace(self._session, **changes)
        return self

    def _step(self, step: Dialplan) -> AutoCallBuilder:
        return self._set(template_dialplans=self._session.template_dialplans + (step,))

    def recording(self, recording_id: str) -> AutoCallBuilder:
        return self._step(Dialplan(DialplanType.RECORDING, target=recording_id.strip()))

    def text(self, template: str, /, **values: Any) -> AutoCallBuilder:
        """A text read aloud; ``{name}`` placeholders are filled from ``values``."""
        text = template.format(**values) if values else template
        return self._step(Dialplan(DialplanType.TEXT, text=text))

    def ivr_menu(self, menu_id: str) -> AutoCallBuilder:
        return self._step(Dialplan(DialplanType.IVR_MENU, target=menu_id.strip()))

    def name(self, name: str) -> AutoCallBuilder:
        return self._set(name=name)

    def voice(self, voice: str) -> AutoCallBuilder:
        return self._set(voice=voice)

    def speed(self, speed: int) -> AutoCallBuilder:
        return self._set(speed=speed)

    def cid(self, cid: str) -> AutoCallBuilder:
        return self._set(cid=cid.strip() or None)

    def retries(self, num_retry: int, distance_retry: int | None = None) -> AutoCallBuilder:
        return self._set(num_retry=num_retry, distance_retry=distance_retry)

    def pacing(self, num_per_call: int, distance_per_call: int | None = None) -> AutoCallBuilder:
        return self._set(num_per_call=num_per_call, distance_per_call=distance_per_call)

    def build(self) -> AutoCallSession:
        return self._session


@dataclass(frozen=True)
class AutoCallResult:
    """What OMICall answers: the session's id, its name (by phone) and the calls' ids (by
    extension)."""

    autocall_id: str
    name: str = ""
    autocall_uuids: tuple[str, ...] = ()

    @classmethod
    def parse(cls, f: Fields) -> AutoCallResult:
        return cls(
            autocall_id=f.str("autocall_id"),
            name=f.str("name", required=False),
            autocall_uuids=f.strings("autocall_uuids", required=False),
        )
