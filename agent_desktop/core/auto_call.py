"""OMICall auto-call: one session (recordings, texts read aloud, key-press menus) played to a list
of phone numbers or to an extension, one request per target.

``Step`` is one part of the session as people build it (a recording's id, a text with
``{placeholders}`` or a plain text, a menu's id); ``Options`` the voice, speed, caller number and
pacing. ``read_targets(text, kind)`` reads the targets, one a line: a phone number (read with
``core/phone.py``) or an extension, then optional values for the placeholders,
``0899 098 899; code=HHKKK; amount=90000``. Lines that cannot be read are kept with their
problem and are never sent. ``prepare(steps, options, targets)`` fills each target's texts, builds
its ``AutoCallSession`` and checks it as ``validate()`` does: the most characters one target's
session reads aloud (the 300-per-session limit), the problems that stop everything and the targets
skipped.

``AutoCall(session).run(preparation)`` sends one ``execute_by_phone`` / ``execute_by_extension``
per ready target, in order, never repeated; ``targetDone`` reports each result (the autocall id and
call ids, or the error in people's words), ``progress`` how far it got. ``cancel()`` stops between
targets (the request in flight is let finish: it may already have placed calls). After an error
that would refuse every target (the plan, the balance, the day's text limit, the account, the
network) the rest are not sent. Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..pbx import (
    AuthError,
    AutoCallSessions,
    InvalidInput,
    PbxError,
    SessionExpired,
    Unavailable,
)
from ..pbx.omicall_autocall import (
    SPEED_MAX,
    SPEED_MIN,
    TTS_CHARACTERS_PER_SESSION,
    VOICES,
    AutoCallResult,
    AutoCallSession,
    DialplanType,
)
from .messages import Context, describe
from .phone import InvalidNumber, parse_dial_number
from .session import Session

__all__ = ["DEFAULTS", "VOICES", "AutoCall", "Options", "Preparation", "Step", "Target",
           "TargetKind", "TargetResult", "ResultState", "fill_text", "placeholders", "prepare",
           "read_targets", "voice_label"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("autoCall", "literal")

#: The server's defaults (docs/vendor-api/omicall-auto-call.md), shown in the form.
DEFAULTS = {"speed": 0, "num_retry": 0, "num_per_call": 15, "distance_per_call": 30,
            "distance_retry": 0}
LIMIT = TTS_CHARACTERS_PER_SESSION
_NAME_LIMIT = 200
_ID_LIMIT = 100
_VALUE_LIMIT = 300
_EXTENSION_DIGITS = (2, 10)
_STOPS_EVERYTHING = {"limit_service", "balance_is_not_enough", "limit_word"}


def voice_label(voice: str) -> str:
    """The voice in words (the code stays visible: OMICall's own pages use it)."""
    labels = {
        "banmai": translate("autoCall", "Northern female (banmai)"),
        "leminh": translate("autoCall", "Northern male (leminh)"),
        "lannhi": translate("autoCall", "Southern female (lannhi)"),
    }
    return labels.get(voice, voice)


# --- the session as people build it ---------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One step: ``value`` is the recording's or menu's id, or the text to read; ``fill``: the
    text's ``{name}`` placeholders take each target's values (else it is read as written)."""

    kind: DialplanType
    value: str = ""
    fill: bool = True


@dataclass(frozen=True)
class Options:
    name: str = ""
    voice: str = VOICES[0]
    speed: int = DEFAULTS["speed"]
    cid: str = ""  # the number the calls come from; "" lets OMICall choose (on-net first)
    num_retry: int = DEFAULTS["num_retry"]
    num_per_call: int = DEFAULTS["num_per_call"]
    distance_per_call: int = DEFAULTS["distance_per_call"]  # seconds
    distance_retry: int = DEFAULTS["distance_retry"]  # seconds


class MissingValues(ValueError):
    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(", ".join(names))
        self.names = tuple(names)


class BadTemplate(ValueError):
    """Braces that are not a ``{name}`` placeholder."""


def _parts(template: str) -> list[tuple[str, str | None]]:
    """(literal, placeholder name or None); BadTemplate for braces that are not ``{name}``."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise BadTemplate(str(error)) from None
    parts: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parsed:
        if name is not None and (not name.isidentifier() or spec or conversion):
            raise BadTemplate(name)
        parts.append((literal, name))
    return parts


def placeholders(steps: Sequence[Step]) -> list[str]:
    """The placeholder names the texts use, in order, once each (bad templates give none)."""
    names: list[str] = []
    for step in steps:
        if step.kind is not DialplanType.TEXT or not step.fill:
            continue
        try:
            parts = _parts(step.value)
        except BadTemplate:
            continue
        names.extend(n for _, n in parts if n is not None and n not in names)
    return names


def fill_text(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by ``values[name]``; ``{{`` and ``}}`` are
    braces. MissingValues names what ``values`` lacks; BadTemplate for other braces."""
    parts = _parts(template)
    missing = [n for _, n in parts if n is not None and n not in values]
    if missing:
        raise MissingValues(list(dict.fromkeys(missing)))
    return "".join(literal + (values[n] if n is not None else "") for literal, n in parts)


# --- targets ---------------------------------------------------------------------------------


class TargetKind(str, enum.Enum):
    PHONE = "phone"
    EXTENSION = "extension"


@dataclass(frozen=True)
class Target:
    """One line of the targets: ``number`` is what is sent ("" when the line cannot be used),
    ``problem`` why it is not sent (a sentence for people, "" when it is fine)."""

    line: int  # 1-based
    raw: str
    kind: TargetKind
    number: str = ""
    display: str = ""
    values: Mapping[str, str] = field(default_factory=dict)
    problem: str = ""

    @property
    def label(self) -> str:
        return self.display or self.raw


def _values(fields: Sequence[str]) -> tuple[dict[str, str], str]:
    values: dict[str, str] = {}
    for item in fields:
        item = item.strip()
        if not item:
            continue
        name, equals, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not equals or not name.isidentifier():
            return {}, translate("autoCall", "Write values as name=value after the number, "
                                             "separated by “;”.")
        if len(value) > _VALUE_LIMIT:
            return {}, translate("autoCall", "The value of {name} is too long.").format(name=name)
        values[name] = value
    return values, ""


def read_targets(text: str, kind: TargetKind | str = TargetKind.PHONE) -> list[Target]:
    """Every non-empty line of ``text`` as a Target (``#`` starts a comment line)."""
    kind = TargetKind(kind)
    targets: list[Target] = []
    seen: dict[str, int] = {}
    for number, raw_line in enumerate(text.splitlines(), start=1):
        raw = raw_line.strip()
        if not raw or raw.startswith("#"):
            continue
        head, *rest = [part for part in raw.replace("\t", ";").split(";")]
        values, problem = _values(rest)
        dial = display = ""
        if not problem:
            dial, display, problem = (_phone(head) if kind is TargetKind.PHONE
                                      else _extension(head))
        if not problem and dial in seen:
            problem = translate("autoCall", "Already in the list (line {line}).").format(
                line=seen[dial])
        if not problem:
            seen[dial] = number
        targets.append(Target(number, raw, kind, "" if problem else dial, display, values,
                              problem))
    return targets


def _phone(text: str) -> tuple[str, str, str]:
    try:
        parsed = parse_dial_number(text)
    except InvalidNumber as error:
        return "", "", error.message()
    if parsed.kind == "extension":
        return "", "", translate("autoCall", "This looks like an extension, not a phone number. "
                                             "Choose “An extension” to call one.")
    return parsed.dial, parsed.display, ""


def _extension(text: str) -> tuple[str, str, str]:
    ext = text.strip()
    low, high = _EXTENSION_DIGITS
    if not (ext.isascii() and ext.isdigit() and low <= len(ext) <= high):
        return "", "", translate("autoCall", "An extension is {low} to {high} digits.").format(
            low=low, high=high)
    return ext, ext, ""


# --- checking before anything is sent ----------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    target: Target
    session: AutoCallSession


@dataclass(frozen=True)
class Preparation:
    """What ``run`` sends: ``ready`` (a session per target), ``skipped`` (targets with a
    problem: reported, never sent), ``problems`` (sentences: while there is one, nothing is
    sent), ``characters`` (the most characters one target's session reads aloud; the texts as
    written while there is no target)."""

    ready: tuple[Prepared, ...] = ()
    skipped: tuple[Target, ...] = ()
    problems: tuple[str, ...] = ()
    characters: int = 0
    over_limit: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.ready)


def _step_problems(steps: Sequence[Step]) -> list[str]:
    problems: list[str] = []
    if not steps:
        problems.append(translate("autoCall", "Add at least one step: a recording, a text to "
                                              "read or a key-press menu."))
    for i, step in enumerate(steps, start=1):
        value = step.value.strip()
        if step.kind is DialplanType.RECORDING and not value:
            problems.append(translate("autoCall", "Step {n}: enter the recording's id.").format(
                n=i))
        elif step.kind is DialplanType.IVR_MENU and not value:
            problems.append(translate("autoCall", "Step {n}: enter the key-press menu's "
                                                  "id.").format(n=i))
        elif step.kind is not DialplanType.TEXT and len(value) > _ID_LIMIT:
            problems.append(translate("autoCall", "Step {n}: this id is too long.").format(n=i))
        elif step.kind is DialplanType.TEXT and not value:
            problems.append(translate("autoCall", "Step {n}: write the text to read.").format(
                n=i))
        elif step.kind is DialplanType.TEXT and step.fill:
            try:
                _parts(step.value)
            except BadTemplate:
                problems.append(translate("autoCall", "Step {n}: use braces only around a "
                                                      "placeholder name, such as {example}, or "
                                                      "untick “Fill placeholders”.").format(
                    n=i, example="{code}"))
    return problems


def _option_problems(options: Options) -> list[str]:
    problems: list[str] = []
    if len(options.name) > _NAME_LIMIT:
        problems.append(translate("autoCall", "The name is too long (at most {limit} "
                                              "characters).").format(limit=_NAME_LIMIT))
    cid = options.cid.strip()
    if cid and not (cid.isascii() and cid.isdigit() and 3 <= len(cid) <= 15):
        problems.append(translate("autoCall", "The caller number must be 3 to 15 digits, or "
                                              "empty to let OMICall choose."))
    if options.voice not in VOICES or not SPEED_MIN <= options.speed <= SPEED_MAX:
        problems.append(translate("autoCall", "Choose a voice and a speed from -3 to 3."))
    return problems


def _session(steps: Sequence[Step], options: Options,
             values: Mapping[str, str]) -> AutoCallSession:
    """The session for one target (MissingValues when a placeholder has no value)."""
    builder = AutoCallSession.builder(options.name.strip())
    missing: list[str] = []
    for step in steps:
        if step.kind is DialplanType.RECORDING:
            builder.recording(step.value)
        elif step.kind is DialplanType.IVR_MENU:
            builder.ivr_menu(step.value)
        else:
            text = step.value
            if step.fill:
                try:
                    text = fill_text(step.value, values)
                except MissingValues as error:
                    missing.extend(n for n in error.names if n not in missing)
                    continue
            builder.text(text)  # no keyword values: the text is taken as it is
    if missing:
        raise MissingValues(missing)
    builder.voice(options.voice).speed(options.speed).cid(options.cid)
    builder.retries(options.num_retry, options.distance_retry)
    builder.pacing(options.num_per_call, options.distance_per_call)
    return builder.build()


def _written_characters(steps: Sequence[Step]) -> int:
    return sum(len(s.value) for s in steps if s.kind is DialplanType.TEXT)


def prepare(steps: Sequence[Step], options: Options, targets: Sequence[Target]) -> Preparation:
    """Check everything that can be checked here; see Preparation."""
    problems = _step_problems(steps) + _option_problems(options)
    ready: list[Prepared] = []
    skipped: list[Target] = []
    characters = 0
    longest: Target | None = None
    if not problems:
        for target in targets:
            if target.problem:
                skipped.append(target)
                continue
            try:
                session = _session(steps, options, target.values)
            except MissingValues as error:
                skipped.append(Target(
                    target.line, target.raw, target.kind, "", target.display, target.values,
                    translate("autoCall", "No value for {names}: write it after the number, "
                                          "such as “; {first}=…”.").format(
                        names=", ".join(error.names), first=error.names[0])))
                continue
            if longest is None or session.tts_characters > characters:
                characters, longest = session.tts_characters, target
            ready.append(Prepared(target, session))
    else:
        skipped = [t for t in targets if t.problem]
    if not ready:
        characters = max(characters, _written_characters(steps))
    over = characters > LIMIT
    if over:
        if longest is not None and len(ready) > 1:
            problems.append(translate("autoCall", "Too much text to read aloud: {count} "
                                                  "characters for {target}; at most {limit} per "
                                                  "session.").format(
                count=characters, target=longest.label, limit=LIMIT))
        else:
            problems.append(translate("autoCall", "Too much text to read aloud: {count} "
                                                  "characters; at most {limit} per "
                                                  "session.").format(count=characters,
                                                                     limit=LIMIT))
    if not problems:
        for prepared in ready:  # what the client checks too: nothing may slip through
            try:
                prepared.session.validate()
            except InvalidInput as error:
                detail = "; ".join(f"{k}: {v}" for k, v in error.fields.items())
                problems.append(translate("autoCall", "The session is not valid: "
                                                      "{detail}").format(detail=detail))
                break
    if not problems and not ready:
        problems.append(translate("autoCall", "Enter at least one phone number or extension to "
                                              "call.") if not skipped else
                        translate("autoCall", "None of the lines can be called; see the "
                                              "problems below."))
    return Preparation(tuple(ready), tuple(skipped), tuple(problems), characters, over)


# --- sending ---------------------------------------------------------------------------------


class ResultState(str, enum.Enum):
    SENT = "sent"  # OMICall took it: calls are being placed
    FAILED = "failed"  # OMICall (or the network) refused; the message says why
    SKIPPED = "skipped"  # a problem here: never sent
    NOT_SENT = "not sent"  # cancelled, or stopped after an error that refuses every target


@dataclass(frozen=True)
class TargetResult:
    target: Target
    state: ResultState
    message: str = ""
    autocall_id: str = ""
    autocall_uuids: tuple[str, ...] = ()
    name: str = ""
    error_code: str | None = None  # the vendor's code (limit_service, …) when it refused


@dataclass(frozen=True)
class RunSummary:
    sent: int
    failed: int
    skipped: int
    not_sent: int
    cancelled: bool


class AutoCall(QObject):
    """Runs OMICall auto-call sessions for the logged-in session, one at a time."""

    runningChanged = Signal(bool)
    started = Signal(int)  # how many targets will be sent
    progress = Signal(int, int)  # targets done, targets to send
    targetDone = Signal(object)  # TargetResult (skipped ones too, at the start)
    finished = Signal(object)  # RunSummary
    refused = Signal(str)  # nothing was sent: why

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: asyncio.Task[None] | None = None
        self._cancel = False
        self.results: list[TargetResult] = []

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def refusal(self) -> str:
        """Why nothing can be sent now ("" when it can)."""
        client = self.session.client
        if client is None or self.session.account is None:
            return translate("autoCall", "Log in to OMICall first. Nothing was sent.")
        if not client.capabilities.auto_call_sessions or not isinstance(client,
                                                                         AutoCallSessions):
            return translate("autoCall", "This PBX has no OMICall auto-call. Log in to an "
                                         "OMICall account to use it.")
        return ""

    def run(self, preparation: Preparation) -> bool:
        """Send every ready target in the background; False (and ``refused``) when nothing can
        be sent."""
        reason = self.refusal()
        if not reason and self.running:
            reason = translate("autoCall", "Auto-calls are still being sent; wait for them or "
                                           "cancel first.")
        if not reason and not preparation.ok:
            reason = preparation.problems[0] if preparation.problems else ""
        if reason:
            log.info("auto-call not sent: refused here")
            self.refused.emit(reason)
            return False
        self._cancel = False
        self.results = []
        client = self.session.client
        assert isinstance(client, AutoCallSessions)
        self._task = asyncio.ensure_future(self._run(client, preparation))
        self.runningChanged.emit(True)
        return True

    def cancel(self) -> None:
        """Send nothing more; the request in flight (if any) is let finish."""
        if self.running:
            self._cancel = True

    async def wait(self) -> None:
        if self._task is not None:
            await asyncio.shield(self._task)

    async def _run(self, client: AutoCallSessions, preparation: Preparation) -> None:
        total = len(preparation.ready)
        log.info("auto-call to %d target(s), %d skipped", total, len(preparation.skipped))
        self.started.emit(total)
        for target in preparation.skipped:
            self._report(TargetResult(target, ResultState.SKIPPED, target.problem))
        self.progress.emit(0, total)
        stop_reason = ""
        done = 0
        try:
            for prepared in preparation.ready:
                target = prepared.target
                if self._cancel or stop_reason or client is not self.session.client:
                    self._report(TargetResult(target, ResultState.NOT_SENT, stop_reason or (
                        translate("autoCall", "Cancelled before it was sent.") if self._cancel
                        else translate("autoCall", "Logged out before it was sent."))))
                    continue
                result, stop = await self._send(client, prepared)
                self._report(result)
                if stop:
                    stop_reason = translate("autoCall", "Not sent after the error on line "
                                                        "{line}.").format(line=target.line)
                done += 1
                self.progress.emit(done, total)
        finally:
            summary = RunSummary(
                sent=sum(r.state is ResultState.SENT for r in self.results),
                failed=sum(r.state is ResultState.FAILED for r in self.results),
                skipped=sum(r.state is ResultState.SKIPPED for r in self.results),
                not_sent=sum(r.state is ResultState.NOT_SENT for r in self.results),
                cancelled=self._cancel)
            self._cancel = False
            self._task = None
            log.info("auto-call finished: %d sent, %d failed, %d skipped, %d not sent",
                     summary.sent, summary.failed, summary.skipped, summary.not_sent)
            self.runningChanged.emit(False)
            self.finished.emit(summary)

    async def _send(self, client: AutoCallSessions,
                    prepared: Prepared) -> tuple[TargetResult, bool]:
        """One request, never repeated; the result and whether to stop."""
        target = prepared.target
        try:
            answer: AutoCallResult
            if target.kind is TargetKind.PHONE:
                answer = await client.execute_by_phone(prepared.session, target.number)
            else:
                answer = await client.execute_by_extension(prepared.session, target.number)
        except PbxError as error:
            log.warning("auto-call to line %d failed: %s", target.line, error)
            stop = (error.code in _STOPS_EVERYTHING
                    or (isinstance(error, AuthError) and not isinstance(error, SessionExpired))
                    or isinstance(error, Unavailable))
            ext = target.number if target.kind is TargetKind.EXTENSION else ""
            return TargetResult(target, ResultState.FAILED,
                                describe(error, Context.CALL, ext),
                                error_code=error.code), stop
        except Exception as error:  # a bug: say so, send nothing more
            log.exception("auto-call to line %d failed unexpectedly", target.line)
            return TargetResult(target, ResultState.FAILED, describe(error)), True
        if client is self.session.client:
            self.session.note_success()
        return TargetResult(target, ResultState.SENT, "", answer.autocall_id,
                            answer.autocall_uuids, answer.name), False

    def _report(self, result: TargetResult) -> None:
        self.results.append(result)
        self.targetDone.emit(result)
