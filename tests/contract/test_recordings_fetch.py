"""Fetching a call's recording from its public URL (``pbx.recordings.fetch_recording``): from the
simulator's ``/recordings/{cdr_id}.wav``, and from a tiny aiohttp server for what the simulator
never does (HTML or JSON pages instead of audio, redirects, server errors) and to see the headers
that were really sent."""

from __future__ import annotations

import io
import logging
import socket
import wave
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from agent_desktop.pbx import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    ProtocolError,
    ServerError,
    Tel4vnClient,
    Unavailable,
)
from agent_desktop.pbx.models import Cdr, CdrQuery
from agent_desktop.pbx.recordings import RecordingTooLarge, audio_suffix, fetch_recording
from agent_desktop.sim import Simulator, audio

WAV = audio.clips()[0]


async def some_cdrs(client: Tel4vnClient) -> list[Cdr]:
    return list((await client.list_cdrs(CdrQuery(limit=100))).data)


async def cdr_with_recording(client: Tel4vnClient) -> Cdr:
    return next(c for c in await some_cdrs(client) if c.recording_url)


# --- a tiny server that shows what the client sent ---------------------------------------------


class Tiny:
    """An aiohttp server on 127.0.0.1 with routes made per test; it keeps each request's headers."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.seen: list[dict[str, str]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    def route(self, path: str,
              handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> str:
        async def keep(request: web.Request) -> web.StreamResponse:
            self.seen.append(dict(request.headers))
            return await handler(request)

        self.app.router.add_get(path, keep)
        return path

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def tiny() -> AsyncIterator[Tiny]:
    server = Tiny()
    yield server
    await server.stop()


def body(data: bytes, content_type: str, status: int = 200) -> Callable[
        [web.Request], Awaitable[web.StreamResponse]]:
    async def handle(_request: web.Request) -> web.StreamResponse:
        return web.Response(body=data, status=status, content_type=content_type)
    return handle


# --- from the simulator ---------------------------------------------------------------------------


async def test_fetches_the_wav_of_an_answered_call(sim: Simulator, admin: Tel4vnClient) -> None:
    cdr = await cdr_with_recording(admin)
    assert cdr.recording_url == f"{sim.url}/recordings/{cdr.id}.wav"
    recording = await fetch_recording(cdr.recording_url)
    assert recording.data == audio.clip_for(cdr.id)
    assert recording.content_type.startswith("audio/wav")
    assert recording.url == cdr.recording_url
    assert recording.suffix == ".wav"
    with wave.open(io.BytesIO(recording.data)) as wav:
        assert (wav.getframerate(), wav.getnchannels()) == (8000, 1)
        assert wav.getnframes() >= 3 * 8000
    assert "data" not in repr(recording)  # megabytes of audio never end up in a log line
    got = sim.requests.select(path=f"/recordings/{cdr.id}.wav")
    assert [(r["method"], r["status"]) for r in got] == [("GET", 200)]


async def test_a_cdr_without_a_recording_is_not_found(sim: Simulator, admin: Tel4vnClient) -> None:
    missed = next(c for c in await some_cdrs(admin) if not c.recording_url)
    with pytest.raises(NotFound) as caught:
        await fetch_recording(f"{sim.url}/recordings/{missed.id}.wav")
    assert caught.value.status == 404


async def test_a_recording_over_the_limit_is_refused(sim: Simulator, admin: Tel4vnClient) -> None:
    cdr = await cdr_with_recording(admin)
    with pytest.raises(RecordingTooLarge) as caught:
        await fetch_recording(cdr.recording_url, max_bytes=1000)
    assert isinstance(caught.value, ProtocolError)
    assert caught.value.limit == 1000 and caught.value.size == len(audio.clip_for(cdr.id))
    # exactly at the limit it is fine
    size = len(audio.clip_for(cdr.id))
    assert len((await fetch_recording(cdr.recording_url, max_bytes=size)).data) == size


async def test_a_refused_connection_is_unavailable_and_nothing_was_sent() -> None:
    with socket.socket() as sock:  # a port that nobody listens on any more
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(Unavailable) as caught:
        await fetch_recording(f"http://127.0.0.1:{port}/recordings/x.wav")
    assert caught.value.request_sent is False


@pytest.mark.parametrize("url", ["", "ftp://example.com/a.wav", "file:///etc/passwd",
                                 "recording.wav", "http://"])
async def test_an_address_that_is_not_http_is_refused_before_sending(url: str) -> None:
    with pytest.raises(InvalidInput):
        await fetch_recording(url)


# --- from a server that misbehaves ----------------------------------------------------------------


@pytest.mark.parametrize("page, content_type", [
    (b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    (b'{"code": 401, "content": "token is expired", "error": "Unauthorized"}',
     "application/json"),
    (b"<html><body>login</body></html>", "audio/wav"),  # a lying content type
    (b"\x00\x01\x02\x03 not a known format", "application/octet-stream"),
    (b"", "audio/wav"),
])
async def test_a_page_that_is_not_audio_is_a_protocol_error(tiny: Tiny, page: bytes,
                                                            content_type: str) -> None:
    tiny.route("/rec.wav", body(page, content_type))
    await tiny.start()
    with pytest.raises(ProtocolError):
        await fetch_recording(f"{tiny.url}/rec.wav")


async def test_no_authorization_or_cookie_is_sent(sim: Simulator, admin: Tel4vnClient,
                                                  tiny: Tiny) -> None:
    tiny.route("/rec.wav", body(WAV, "audio/x-wav"))
    await tiny.start()
    assert admin.token is not None  # a PBX session is open in this process, with its token
    recording = await fetch_recording(f"{tiny.url}/rec.wav")
    assert recording.data == WAV
    [headers] = tiny.seen
    lowered = {name.lower(): value for name, value in headers.items()}
    assert "authorization" not in lowered and "cookie" not in lowered
    assert admin.token.token not in " ".join(headers.values())
    assert "audio/*" in lowered["accept"]


async def test_a_streamed_body_over_the_limit_is_cut_off(tiny: Tiny) -> None:
    async def chunked(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "audio/wav"})
        response.enable_chunked_encoding()  # no Content-Length to go by
        await response.prepare(request)
        for _ in range(8):
            await response.write(WAV[:4096])
        return response

    tiny.route("/big.wav", chunked)
    await tiny.start()
    with pytest.raises(RecordingTooLarge) as caught:
        await fetch_recording(f"{tiny.url}/big.wav", max_bytes=10_000)
    assert caught.value.size is None and caught.value.limit == 10_000


async def test_a_redirect_to_the_file_is_followed(tiny: Tiny) -> None:
    async def moved(_request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/storage/rec.mp3")

    tiny.route("/r/1", moved)
    tiny.route("/storage/rec.mp3", body(b"ID3\x04\x00" + bytes(600), "audio/mpeg"))
    await tiny.start()
    recording = await fetch_recording(f"{tiny.url}/r/1")
    assert recording.suffix == ".mp3"
    assert len(tiny.seen) == 2


@pytest.mark.parametrize("status, error", [(403, PermissionDenied), (401, PermissionDenied),
                                           (410, NotFound), (500, ServerError),
                                           (503, ServerError), (204, ProtocolError)])
async def test_statuses_become_typed_errors(tiny: Tiny, status: int, error: type) -> None:
    tiny.route("/rec.wav", body(b"" if status == 204 else b"<html>no</html>", "text/html",
                                status=status))
    await tiny.start()
    with pytest.raises(error) as caught:
        await fetch_recording(f"{tiny.url}/rec.wav")
    assert caught.value.status == status


async def test_a_signed_links_query_stays_out_of_logs_and_errors(
        tiny: Tiny, caplog: pytest.LogCaptureFixture) -> None:
    tiny.route("/gone.wav", body(b"<html>gone</html>", "text/html", status=404))
    tiny.route("/ok.wav", body(WAV, "audio/wav"))
    await tiny.start()
    caplog.set_level(logging.DEBUG, logger="agent_desktop")
    secret = "X-Amz-Signature=0123456789abcdef"
    await fetch_recording(f"{tiny.url}/ok.wav?{secret}")
    with pytest.raises(NotFound) as caught:
        await fetch_recording(f"{tiny.url}/gone.wav?{secret}")
    assert "recording from 127.0.0.1" in caplog.text  # it was logged
    assert "Signature" not in caplog.text and "Signature" not in str(caught.value)


@pytest.mark.parametrize("head, content_type, suffix", [
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", "", ".wav"),
    (b"ID3\x04\x00\x00", "", ".mp3"),
    (b"\xff\xfb\x90\x00", "", ".mp3"),
    (b"OggS\x00\x02", "", ".ogg"),
    (b"\x00\x00\x00\x20ftypM4A ", "", ".m4a"),
    (b"\x01\x02\x03\x04", "audio/gsm", ".gsm"),
    (b"\x01\x02\x03\x04", "application/octet-stream", ""),
    (b"<html>", "audio/mpeg", ""),
    (b'{"error": 1}', "", ""),
])
def test_audio_is_told_from_its_first_bytes(head: bytes, content_type: str, suffix: str) -> None:
    assert audio_suffix(head, content_type) == suffix
