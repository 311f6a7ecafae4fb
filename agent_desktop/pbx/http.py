"""Kept-alive HTTP connections for one PBX session, and transport failures as typed errors.

``JsonHttp`` owns an ``httpx.AsyncClient`` (explicit time-outs, connection limits, keep-alive,
gzip) and sends each request of the vendor clients once: it never retries by itself. Requests made
at the same time share the pool (a status check and a history page may be in flight together),
except those of a *lane*: the live-call poll has a pool of one kept-alive connection of its own,
so every poll rides the same connection whatever runs beside it. Every
httpx exception becomes Unavailable / TlsError (with ``request_sent`` saying whether the server may
have acted) and bodies are bounded in size. Logs carry method, path, status and time — never
headers, bodies or query strings, which may hold tokens or keys. TLS certificates are always
verified (``SSL_CERT_FILE`` adds a private CA); ``check_address`` refuses plain http:// to a
host that is not this computer unless the user opted in.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import ssl
import time
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import orjson

from .errors import InvalidInput, ProtocolError, TlsError, Unavailable

log = logging.getLogger(__name__)
_E = TypeVar("_E", bound=BaseException)

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=15.0, write=10.0, pool=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=8, max_keepalive_connections=4, keepalive_expiry=60.0)
LANE_LIMITS = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=60.0)
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_BODY_SECONDS = 60.0  # reading one answer's body, however slowly it trickles in
CERTIFICATE_UNTRUSTED = "certificate_untrusted"  # TlsError.code: the server's certificate failed


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, raw body and content type; ``json()`` decodes on demand."""

    status: int
    body: bytes
    content_type: str
    vendor: str | None = None

    def json(self) -> Any:
        return decode_json(self.body, self.status, self.vendor)

    def json_or_none(self) -> Any:
        try:
            return self.json()
        except ProtocolError:
            return None


def decode_json(body: bytes, status: int = 200, vendor: str | None = None) -> Any:
    """A JSON answer (``status`` and ``vendor`` for the error), or ProtocolError saying why not."""
    if not body.strip():
        raise ProtocolError("the server sent an empty answer", status=status, vendor=vendor)
    try:
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:
            # What orjson refuses but Python reads (NaN, Infinity, a byte-order mark): the
            # standard parser decides, as before orjson. (Integers past 64 bits come back as
            # floats, which no field of ours takes: a typed error either way.)
            return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        hint = " (an HTML page: is this the PBX's API address?)" if b"<" in body[:64] else ""
        raise ProtocolError(
            f"the server's answer is not JSON{hint}", status=status, vendor=vendor
        ) from None
    except RecursionError:  # "[[[[…" thousands deep: no API nests like that
        raise ProtocolError(
            "the server's answer is nested too deeply", status=status, vendor=vendor
        ) from None


class PlainHttpRefused(InvalidInput):
    """A plain http:// address of a PBX that is not on this computer, without the opt-in: the
    password, api key and tokens would cross the network unencrypted. Nothing was sent."""


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 (also as ::ffff:127.x.x.x) or the name localhost."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def check_address(url: str, *, allow_plain_http: bool = False, vendor: str | None = None) -> None:
    """Raise PlainHttpRefused for ``http://`` to a host that is not this computer, unless
    ``allow_plain_http`` (the user's explicit, warned opt-in). https:// is always fine."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http" or allow_plain_http:
        return
    if is_loopback_host(parts.hostname or ""):
        return
    raise PlainHttpRefused(
        f"plain http:// to {parts.hostname or url!r} is refused: it would send the password "
        "unencrypted; use https:// or opt in to plain http",
        fields={"url": "must be https:// (or http:// on this computer)"},
        code="plain_http", vendor=vendor,
    )


def _in_chain(exc: BaseException, kind: type[_E]) -> _E | None:
    """The first exception of ``kind`` in ``exc``'s chain of causes and contexts, if any."""
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        if isinstance(node, kind):
            return node
        node = node.__cause__ or node.__context__
    return None


def _cert_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate check that failed somewhere in ``exc``'s chain, if that is what failed."""
    return _in_chain(exc, ssl.SSLCertVerificationError)


def _is_tls_failure(exc: BaseException) -> bool:
    if _in_chain(exc, ssl.SSLError) is not None:
        return True
    text = str(exc).upper()
    return "SSL" in text or "CERTIFICATE" in text or "TLS" in text


def transport_error(exc: httpx.HTTPError, vendor: str | None, where: str) -> Exception:
    """The typed error for an httpx exception. ``where`` names the server for the message."""
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return InvalidInput(
            f"'{where}' is not a valid http:// or https:// address",
            fields={"url": str(exc)},
            vendor=vendor,
        )
    if isinstance(exc, httpx.ConnectTimeout):
        return Unavailable(f"{where} did not answer in time", request_sent=False, vendor=vendor)
    if isinstance(exc, httpx.PoolTimeout):
        return Unavailable("too many requests are waiting", request_sent=False, vendor=vendor)
    if isinstance(exc, httpx.ConnectError):
        untrusted = _cert_failure(exc)
        if untrusted is not None:  # TLS verification stays on: say so, never fall back
            return TlsError(
                f"the certificate of {where} is not trusted: "
                f"{untrusted.verify_message or untrusted.reason or 'verification failed'}",
                code=CERTIFICATE_UNTRUSTED,
                request_sent=False,
                vendor=vendor,
            )
        if _is_tls_failure(exc):
            return TlsError(
                f"a secure connection to {where} could not be made: {exc}",
                request_sent=False,
                vendor=vendor,
            )
        return Unavailable(f"{where} cannot be reached: {exc}", request_sent=False, vendor=vendor)
    if isinstance(exc, httpx.TimeoutException):
        return Unavailable(
            f"{where} stopped answering (time-out)", request_sent=True, vendor=vendor
        )
    return Unavailable(f"the connection to {where} broke: {exc}", request_sent=True, vendor=vendor)


class JsonHttp:
    """Sends requests on kept-alive ``httpx.AsyncClient`` pools; JSON in, ``Reply`` out.

    A request may name a *lane*: a pool of its own holding one kept-alive connection, for
    requests that never overlap and come back again and again (the live-call poll, every
    second). They then always ride the same connection, never wait behind a slow download or
    an action in the shared pool, and never make the shared pool open another connection."""

    def __init__(
        self,
        base_url: str,
        *,
        vendor: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | ssl.SSLContext = True,
        transport: httpx.AsyncBaseTransport | None = None,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        from .. import __version__

        self.base_url = base_url.rstrip("/")
        self.vendor = vendor
        self.max_body = max_body
        self._settings: dict[str, Any] = {
            "base_url": self.base_url, "timeout": timeout, "verify": verify,
            "transport": transport, "follow_redirects": False,
            "headers": {
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
                "User-Agent": f"agent-desktop/{__version__}",
            },
        }
        self._client = self._new_client(limits)
        self._lanes: dict[str, httpx.AsyncClient] = {}

    def _new_client(self, limits: httpx.Limits) -> httpx.AsyncClient:
        try:
            return httpx.AsyncClient(limits=limits, **self._settings)
        except (OSError, ssl.SSLError) as exc:  # e.g. SSL_CERT_FILE names a missing file
            raise TlsError(
                f"the TLS settings cannot be loaded: {exc}", request_sent=False,
                vendor=self.vendor,
            ) from exc

    def _pool(self, lane: str | None) -> httpx.AsyncClient:
        if lane is None:
            return self._client
        client = self._lanes.get(lane)
        if client is None:
            client = self._lanes[lane] = self._new_client(LANE_LIMITS)
        return client

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    async def aclose(self) -> None:
        for client in (self._client, *self._lanes.values()):
            await client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        lane: str | None = None,
    ) -> Reply:
        """``lane``: send it on that lane's own connection (see the class's docs)."""
        started = time.monotonic()
        client = self._pool(lane)
        request = client.build_request(
            method,
            path,
            params=params,
            json=json_body,
            headers=headers,
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
        try:
            response = await client.send(request, stream=True)
            try:
                body = await self._read_bounded(response)
            finally:
                await response.aclose()
        except httpx.HTTPError as exc:
            log.info("%s %s failed after %.2fs: %s", method, path, time.monotonic() - started,
                     type(exc).__name__)
            raise transport_error(exc, self.vendor, self.base_url) from exc
        log.debug("%s %s -> %d in %.3fs", method, path, response.status_code,
                  time.monotonic() - started)
        return Reply(
            status=response.status_code,
            body=body,
            content_type=response.headers.get("content-type", ""),
            vendor=self.vendor,
        )

    async def _read_bounded(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > self.max_body:
            raise ProtocolError(
                f"the server's answer is too large ({int(declared)} bytes)",
                status=response.status_code,
                vendor=self.vendor,
            )
        chunks: list[bytes] = []
        size = 0
        started = time.monotonic()
        stream = response.aiter_bytes()
        try:
            async for chunk in stream:
                size += len(chunk)
                if size > self.max_body:
                    raise ProtocolError(
                        f"the server's answer is larger than {self.max_body} bytes",
                        status=response.status_code,
                        vendor=self.vendor,
                    )
                if time.monotonic() - started > MAX_BODY_SECONDS:  # a byte now and then
                    raise ProtocolError(
                        f"the server's answer took too long (over {MAX_BODY_SECONDS:.0f} s)",
                        status=response.status_code,
                        vendor=self.vendor,
                    )
                chunks.append(chunk)
        finally:
            # Stopped early, httpx's generators are left half-read. qasync installs no asyncgen
            # hooks, so they would be finalized in some later garbage collection, off the loop
            # ("no running event loop"): close them now, on the loop.
            await response.aclose()
            await stream.aclose()
        return b"".join(chunks)
