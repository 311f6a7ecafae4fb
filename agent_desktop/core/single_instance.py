"""One running agent-desktop per user and profile; a second launch hands its arguments over.

The first instance ``listen``s on a local socket (a Unix socket only its user may open, or a
Windows named pipe with the same restriction). A later launch ``send``s its argv there and exits
when the running instance answers. Wire format: one line of JSON ``{"version": 1, "args": [...]}``
ending in ``"\\n"``; the server answers ``"ok\\n"``. Anything else is logged and dropped.

Only the same OS user is heard: on Linux the socket lives in the private ``$XDG_RUNTIME_DIR`` and
is user-only (``UserAccessOption``) wherever it is; on top of that the server asks the kernel who
connected (``SO_PEERCRED``) and drops any other user's connection unread, with a log line. A
connection that sends garbage, invalid UTF-8, the wrong JSON, more than ``MAX_MESSAGE`` bytes, or
nothing complete within ``IDLE_TIMEOUT_MS`` is dropped with a warning; the server goes on.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import socket as pysocket
import stat
import struct
import sys
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDir,
    QEventLoop,
    QLockFile,
    QMetaObject,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
MAX_MESSAGE = 64 * 1024
REPLY = b"ok\n"
IDLE_TIMEOUT_MS = 10_000  # a connection that says nothing for this long is dropped
PROBE_TIMEOUT_MS = 500


def server_name(config_dir: Path) -> str:
    """The key of this OS user and profile folder, e.g. ``agent-desktop-1a2b3c4d5e6f7a8b``."""
    identity = f"{getpass.getuser()}|{Path(config_dir).resolve()}"
    return "agent-desktop-" + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def _private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is ours alone (Linux); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if not value or not os.path.isabs(value):
        return None
    try:
        info = os.stat(value)
    except OSError:
        return None
    if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
            or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)):
        return None
    return Path(value)


def socket_name(key: str) -> str:
    """Where the local socket of ``key`` lives.

    On Linux, inside the user's private ``$XDG_RUNTIME_DIR`` when there is one, so that another
    user cannot occupy the name in the shared temp folder first; else Qt's default place.
    """
    if "/" in key or "\\" in key:
        return key
    runtime = _private_runtime_dir()
    return str(runtime / key) if runtime is not None else key


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a connected Unix socket (Linux); None when
    the platform cannot say."""
    if not sys.platform.startswith("linux") or descriptor < 0 or not hasattr(pysocket,
                                                                              "SO_PEERCRED"):
        return None
    try:
        with pysocket.socket(fileno=os.dup(descriptor)) as sock:
            raw = sock.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED,
                                  struct.calcsize("3i"))
    except OSError as error:
        log.warning("single instance: cannot tell who connected (%s)", error.strerror or error)
        return -1  # unknown: not the same user
    _pid, uid, _gid = struct.unpack("3i", raw)
    return uid


def same_user(uid: int | None) -> bool:
    """Whether a peer with ``uid`` may hand over its arguments (None: the OS could not say; the
    socket's user-only permissions are then the only check)."""
    return uid is None or uid == os.getuid()


def encode_message(args: list[str]) -> bytes:
    return json.dumps({"version": PROTOCOL_VERSION, "args": list(args)},
                      ensure_ascii=False).encode("utf-8") + b"\n"


def decode_message(line: bytes) -> list[str] | None:
    """The args of one message line (without its newline), or None when it is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):  # also UnicodeDecodeError; "[[[[…" 64 KiB deep
        return None
    if not isinstance(message, dict) or message.get("version") != PROTOCOL_VERSION:
        return None
    args = message.get("args")
    if not isinstance(args, list) or not all(isinstance(arg, str) for arg in args):
        return None
    try:
        for arg in args:
            arg.encode("utf-8")  # "\ud800" is valid JSON but no text: it breaks logs and Qt
    except UnicodeEncodeError:
        return None
    return args


class _Connection:
    """One client of the server: its socket, what it sent so far, and its idle timer."""

    def __init__(self, socket: QLocalSocket) -> None:
        self.socket = socket
        self.buffer = bytearray()
        self.timer = QTimer(socket)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_TIMEOUT_MS)
        self.links: list[QMetaObject.Connection] = []


def _unlink(links: list[QMetaObject.Connection]) -> None:
    """Disconnect these connections.

    Through ``QObject.disconnect(connection)`` on purpose: in PySide6 6.12, every
    ``SignalInstance.disconnect(...)`` call drops a reference to the True/False singletons, and
    enough of them abort the interpreter ("bool_dealloc: deallocating True or False").
    """
    while links:
        QObject.disconnect(links.pop())


class SingleInstance(QObject):
    """The local server of the running instance, and the client of a second launch."""

    messageReceived = Signal(list)

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.name = socket_name(key)
        self._server: QLocalServer | None = None
        self._connections: dict[int, _Connection] = {}
        self._lock: QLockFile | None = None

    # -- the second launch ------------------------------------------------------------------

    def send(self, args: list[str], timeout_ms: int = 1500) -> bool:
        """Hand ``args`` to the running instance; False when none answers within the timeout.

        Runs a local event loop until the reply comes, so it also works when the server lives in
        this very process (tests). Raises ValueError for a message over 64 KiB.
        """
        if QCoreApplication.instance() is None:
            raise RuntimeError("SingleInstance.send needs a QCoreApplication")
        payload = encode_message(args)
        if len(payload) > MAX_MESSAGE:
            raise ValueError(f"message of {len(payload)} bytes is over {MAX_MESSAGE}")
        socket = QLocalSocket()
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        reply = bytearray()
        outcome: dict[str, bool] = {}

        def finish(ok: bool) -> None:
            if "ok" not in outcome:
                outcome["ok"] = ok
                loop.quit()

        def on_connected() -> None:
            socket.write(QByteArray(payload))

        def on_ready_read() -> None:
            if socket.bytesAvailable() > 0:
                reply.extend(socket.readAll().data())
            if b"\n" in reply:
                finish(bytes(reply[: reply.index(b"\n") + 1]) == REPLY)

        def on_disconnected() -> None:
            on_ready_read()
            finish(False)

        def on_error(error: QLocalSocket.LocalSocketError) -> None:
            if error != QLocalSocket.LocalSocketError.PeerClosedError:
                log.debug("single instance: no server at %s (%s)", self.name, error.name)
            on_disconnected()

        links = [
            socket.connected.connect(on_connected),
            socket.readyRead.connect(on_ready_read),
            socket.disconnected.connect(on_disconnected),
            socket.errorOccurred.connect(on_error),
            timer.timeout.connect(lambda: finish(False)),
        ]
        timer.start(max(0, timeout_ms))
        socket.connectToServer(self.name)
        if "ok" not in outcome:
            loop.exec()
        timer.stop()
        _unlink(links)  # the closures hold the socket: without this, it would never be freed
        socket.abort()
        if not outcome.get("ok"):
            log.debug("single instance: nobody took the message at %s", self.name)
        return outcome.get("ok", False)

    # -- the running instance ---------------------------------------------------------------

    def _someone_answers(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        answered = probe.waitForConnected(PROBE_TIMEOUT_MS)
        probe.abort()
        return answered

    def _lock_path(self) -> str:
        if os.path.isabs(self.name):
            return self.name + ".lock"
        return os.path.join(QDir.tempPath(), self.key + ".lock")

    def listen(self) -> bool:
        """Start serving; False when another instance already does (or the socket is unusable).

        A lock file next to the socket makes two launches at the same moment agree on one
        winner: Qt's user-only socket silently replaces any socket file, even a live one.
        """
        if self._server is not None:
            return True
        lock = QLockFile(self._lock_path())
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if not lock.tryLock(0):
            log.info("single instance: another instance holds %s (%s)", lock.fileName(),
                     lock.error().name)
            return False
        if self._someone_answers():
            log.info("single instance: another instance serves %s", self.name)
            lock.unlock()
            return False
        QLocalServer.removeServer(self.name)  # a stale socket file nobody answers on
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s (%s)", self.name,
                        server.errorString())
            server.deleteLater()
            lock.unlock()
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        self._lock = lock
        log.debug("single instance: listening on %s", server.fullServerName())
        return True

    def close(self) -> None:
        """Stop serving, drop every open connection and remove the socket."""
        for connection in list(self._connections.values()):
            self._drop(connection)
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            uid = peer_uid(int(socket.socketDescriptor()))
            if not same_user(uid):
                log.warning("single instance: dropped a connection from another user (uid %s)",
                            uid)
                socket.abort()
                socket.deleteLater()
                continue
            connection = _Connection(socket)
            self._connections[id(socket)] = connection
            connection.links += [
                socket.readyRead.connect(lambda c=connection: self._on_ready_read(c)),
                socket.disconnected.connect(lambda c=connection: self._on_disconnected(c)),
                connection.timer.timeout.connect(lambda c=connection: self._on_idle(c)),
            ]
            connection.timer.start()
            if socket.bytesAvailable():
                self._on_ready_read(connection)

    def _on_ready_read(self, connection: _Connection) -> None:
        if id(connection.socket) not in self._connections:
            return
        connection.buffer.extend(connection.socket.readAll().data())
        end = connection.buffer.find(b"\n")
        if end < 0:
            if len(connection.buffer) > MAX_MESSAGE:
                log.warning("single instance: dropped a message over %d bytes", MAX_MESSAGE)
                self._drop(connection)
            return
        if end > MAX_MESSAGE:
            log.warning("single instance: dropped a message over %d bytes", MAX_MESSAGE)
            self._drop(connection)
            return
        args = decode_message(bytes(connection.buffer[:end]))
        if args is None:
            log.warning("single instance: dropped a malformed message (%d bytes)", end)
            self._drop(connection)
            return
        socket = connection.socket
        self._forget(connection)
        socket.disconnected.connect(socket.deleteLater)
        socket.write(QByteArray(REPLY))
        socket.flush()  # now, not when the event loop next runs
        socket.disconnectFromServer()
        log.debug("single instance: received %d argument(s)", len(args))
        self.messageReceived.emit(args)

    def _on_idle(self, connection: _Connection) -> None:
        log.warning("single instance: dropped a connection that sent no complete message in "
                    "%d ms (%d bytes)", IDLE_TIMEOUT_MS, len(connection.buffer))
        self._drop(connection)

    def _on_disconnected(self, connection: _Connection) -> None:
        if id(connection.socket) in self._connections:
            if connection.buffer:
                log.warning("single instance: dropped an incomplete message (%d bytes, no end "
                            "of line)", len(connection.buffer))
            else:  # another launch checking whether anyone listens
                log.debug("single instance: a connection closed without a message")
        self._drop(connection)

    def _forget(self, connection: _Connection) -> None:
        self._connections.pop(id(connection.socket), None)
        connection.timer.stop()
        _unlink(connection.links)

    def _drop(self, connection: _Connection) -> None:
        if id(connection.socket) not in self._connections:
            return
        self._forget(connection)
        connection.socket.abort()
        connection.socket.deleteLater()
