"""Answers too large to hold: the client stops at ``http.MAX_BODY_BYTES`` with a ProtocolError.

A raw asyncio server on 127.0.0.1 answers ``GET /v2/call`` with a 50 MB Content-Length, an endless
chunked body, an endless body framed by closing the connection, a gzip bomb (a few MB that inflate
to 2 GB), or a body that trickles in a byte at a time. The real ``Tel4vnClient`` must raise a
ProtocolError saying the answer is too large (or too slow) within seconds, holding at most about
the cap in memory (a gzip bomb: the cap plus what one network read inflates to, ~64 MB, not its
2 GiB).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from agent_desktop.core.messages import describe
from agent_desktop.pbx import http as pbx_http
from agent_desktop.pbx.errors import ProtocolError
from agent_desktop.pbx.tel4vn import Tel4vnClient

CAP = pbx_http.MAX_BODY_BYTES
CHUNK = b"[" + b"1," * 32_767 + b"1]"  # 64 KiB of a JSON list, again and again


@functools.lru_cache(maxsize=1)
def _bomb() -> bytes:
    out = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)
    return out * 32  # gzip members concatenate: 2 GiB of spaces once inflated


Writer = Callable[[asyncio.StreamWriter], Awaitable[None]]


async def declared(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Content-Length: %d\r\n\r\n" % (50 * 1024 * 1024))
    while True:
        writer.write(CHUNK)
        await writer.drain()


async def chunked(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
        await writer.drain()


async def until_close(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
    while True:
        writer.write(CHUNK)
        await writer.drain()


async def bomb(writer: asyncio.StreamWriter) -> None:
    body = _bomb()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                 b"Content-Length: %d\r\n\r\n" % len(body))
    writer.write(body)
    await writer.drain()


async def trickle(writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    while True:
        writer.write(b"1\r\n \r\n")
        await writer.drain()
        await asyncio.sleep(0.05)


class Server:
    def __init__(self, answer: Writer) -> None:
        self.answer = answer
        self.server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.tasks.add(asyncio.current_task())  # type: ignore[arg-type]
        try:
            await reader.readuntil(b"\r\n\r\n")
            await self.answer(writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.server.wait_closed()


@pytest.fixture
async def client_for() -> AsyncIterator[Callable[[str], Awaitable[Tel4vnClient]]]:
    clients: list[Tel4vnClient] = []

    async def make(url: str) -> Tel4vnClient:
        client = Tel4vnClient(url)
        await client.resume("api-key", "token")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.mark.parametrize("answer", [declared, chunked, until_close, bomb],
                         ids=["content-length-50MB", "endless-chunked", "endless-until-close",
                              "gzip-bomb"])
async def test_an_oversize_answer_is_cut_off(client_for: Callable[[str], Awaitable[Tel4vnClient]],
                                             answer: Writer) -> None:
    async with Server(answer) as url:
        client = await client_for(url)
        _bomb()  # made before memory is counted
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(ProtocolError, match="too large|larger than") as caught:
                await asyncio.wait_for(client.list_calls(), 30)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert time.monotonic() - started < 30
        # The cap counts inflated bytes; one 64 KiB read of a gzip bomb inflates to ~64 MB before
        # it can be counted (httpx decodes whole reads), so the bound is the cap plus that.
        limit = 3 * CAP if answer is not bomb else 12 * CAP
        assert peak < limit, f"{peak / 1e6:.0f} MB held for a {CAP / 1e6:.0f} MB cap"
    sentence = describe(caught.value)
    assert isinstance(sentence, str) and sentence


async def test_an_answer_that_never_ends_is_cut_off_in_time(
        client_for: Callable[[str], Awaitable[Tel4vnClient]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that sends a byte now and then never trips the read time-out (15 s per read)."""
    monkeypatch.setattr(pbx_http, "MAX_BODY_SECONDS", 0.5)
    async with Server(trickle) as url:
        client = await client_for(url)
        started = time.monotonic()
        with pytest.raises(ProtocolError, match="too long"):
            await asyncio.wait_for(client.list_calls(), 20)
        assert time.monotonic() - started < 10


async def test_an_answer_under_the_cap_is_read(
        client_for: Callable[[str], Awaitable[Tel4vnClient]]) -> None:
    async def fine(writer: asyncio.StreamWriter) -> None:
        body = b'{"data": [], "total": 0}'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()

    async with Server(fine) as url:
        assert (await (await client_for(url)).list_calls()).data == ()
