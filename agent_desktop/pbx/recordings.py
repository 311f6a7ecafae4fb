"""Call recordings fetched from their public URL (a CDR's ``recording_url``): bytes in memory.

``fetch_recording(url)`` downloads one recording with its own short-lived ``httpx.AsyncClient``:
the file usually lives on another host than the PBX's API (a storage server or CDN), and the URL
needs no token, so the PBX session's client and its ``Authorization`` header are never used.
The body is streamed with a size cap and must be audio: a 404 is NotFound, a network failure
Unavailable / TlsError (as for the API, see ``http.py``), an HTML or JSON page, an empty body or a
file over the cap a ProtocolError (``RecordingTooLarge`` for the last). Logs carry the host and the
status, never the URL's query string. No Qt here.
"""

from __future__ import annotations

import logging
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from .errors import InvalidInput, NotFound, PermissionDenied, ProtocolError, ServerError, TlsError
from .http import transport_error

__all__ = [
    "DEFAULT_TIMEOUT", "MAX_RECORDING_BYTES", "Recording", "RecordingTooLarge", "audio_suffix",
    "fetch_recording",
]

log = logging.getLogger(__name__)

MAX_RECORDING_BYTES = 50 * 1024 * 1024
#: A long call's recording can take a while on a slow line: reads may pause, connecting may not.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=10.0, pool=5.0)
_MAX_REDIRECTS = 5  # storage links often redirect once (to a signed CDN address)

# (magic bytes at offset 0, the suffix a player's demuxer recognises)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"RIFF", ".wav"),
    (b"RIFX", ".wav"),
    (b"ID3", ".mp3"),
    (b"OggS", ".ogg"),
    (b"fLaC", ".flac"),
    (b"#!AMR", ".amr"),
    (b"\x2e\x73\x6e\x64", ".au"),
)
_TEXT_STARTS = (b"<", b"{", b"[")  # an HTML / XML / JSON page where audio was expected


class RecordingTooLarge(ProtocolError):
    """The recording is larger than the app is willing to hold in memory."""

    def __init__(self, message: str, *, size: int | None, limit: int,
                 status: int | None = None) -> None:
        super().__init__(message, field="size", status=status)
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class Recording:
    """One downloaded recording: the audio bytes, the server's content type, where it came from."""

    data: bytes = field(repr=False)
    content_type: str
    url: str

    @property
    def suffix(self) -> str:
        """The file suffix that fits the audio (".wav", ".mp3", …)."""
        return audio_suffix(self.data, self.content_type)


def audio_suffix(data: bytes, content_type: str = "") -> str:
    """The file suffix of audio ``data`` from its first bytes ("" when they are not audio we
    know); the content type decides for formats without a clear signature."""
    head = data[:16]
    for magic, suffix in _MAGIC:
        if head.startswith(magic):
            return suffix
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return ".m4a"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:  # an MPEG audio frame
        return ".mp3"
    kind = content_type.split(";")[0].strip().lower()
    if kind.startswith("audio/") and not head.lstrip().startswith(_TEXT_STARTS):
        subtype = kind[len("audio/"):].removeprefix("x-")
        return {"mpeg": ".mp3", "mp3": ".mp3", "wav": ".wav", "wave": ".wav", "ogg": ".ogg",
                "gsm": ".gsm", "basic": ".au", "mp4": ".m4a", "aac": ".aac",
                "webm": ".webm", "opus": ".opus", "flac": ".flac", "amr": ".amr"}.get(
                    subtype, ".audio")
    return ""


def _where(url: str) -> str:
    """The URL without its query or fragment, for messages and logs (a signed link's query is a
    credential)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else "the address"


async def fetch_recording(
    url: str,
    *,
    verify: bool | ssl.SSLContext = True,
    max_bytes: int = MAX_RECORDING_BYTES,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Recording:
    """Download the recording at ``url`` (http or https) into memory; typed errors on failure.

    It is a GET: safe to repeat, but nothing here repeats it by itself.
    """
    from .. import __version__

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidInput("the recording's address is not an http:// or https:// address",
                           fields={"recording_url": _where(url)})
    host = parts.netloc.rpartition("@")[2]  # never a user:password@ from the URL in messages
    started = time.monotonic()
    try:
        client = httpx.AsyncClient(
            timeout=timeout,
            verify=verify,
            transport=transport,
            follow_redirects=True,
            max_redirects=_MAX_REDIRECTS,
            headers={"Accept": "audio/*, application/octet-stream;q=0.5",
                     "User-Agent": f"agent-desktop/{__version__}"},
        )
    except (OSError, ssl.SSLError) as exc:  # e.g. SSL_CERT_FILE names a missing file
        raise TlsError(f"the TLS settings cannot be loaded: {exc}", request_sent=False) from exc
    try:
        async with client:
            async with client.stream("GET", url) as response:
                _check_status(response, host)
                body = await _read_bounded(response, max_bytes)
                content_type = response.headers.get("content-type", "")
                status = response.status_code
    except httpx.HTTPError as exc:
        log.info("recording from %s failed after %.2fs: %s", host, time.monotonic() - started,
                 type(exc).__name__)
        if isinstance(exc, httpx.TooManyRedirects):
            raise ProtocolError(f"{host} redirects the recording too many times") from exc
        raise transport_error(exc, None, host) from exc
    log.debug("recording from %s -> %d, %d bytes in %.3fs", host, status, len(body),
              time.monotonic() - started)
    if not body:
        raise ProtocolError(f"{host} sent an empty recording", status=status)
    if not audio_suffix(body, content_type):
        kind = content_type.split(";")[0].strip() or "no content type"
        raise ProtocolError(f"{host} did not send audio ({kind})", status=status)
    return Recording(data=body, content_type=content_type, url=url)


def _check_status(response: httpx.Response, host: str) -> None:
    status = response.status_code
    if status in (200, 203):
        return
    if status in (404, 410):
        raise NotFound(f"{host} has no such recording", status=status)
    if status in (401, 403):
        raise PermissionDenied(f"{host} refused to send the recording", status=status)
    if status >= 500:
        raise ServerError(f"{host} failed to send the recording", status=status)
    raise ProtocolError(f"{host} answered the recording's address with HTTP {status}",
                        status=status)


async def _read_bounded(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise RecordingTooLarge(f"the recording is too large ({int(declared)} bytes)",
                                size=int(declared), limit=max_bytes, status=response.status_code)
    chunks: list[bytes] = []
    size = 0
    stream = response.aiter_bytes()
    try:
        async for chunk in stream:
            size += len(chunk)
            if size > max_bytes:
                raise RecordingTooLarge(f"the recording is larger than {max_bytes} bytes",
                                        size=None, limit=max_bytes, status=response.status_code)
            chunks.append(chunk)
    finally:  # stopped early: close httpx's generators on the loop (see http._read_bounded)
        await response.aclose()
        await stream.aclose()
    return b"".join(chunks)
