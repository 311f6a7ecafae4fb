"""A tiny scripted HTTP server on 127.0.0.1 for client tests that need raw, exact answers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Stub:
    url: str
    routes: dict[tuple[str, str], Handler]
    log: list[tuple[str, str, str | None]] = field(default_factory=list)

    def on(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method, path)] = handler

    def count(self, method: str, path: str) -> int:
        return sum(1 for m, p, _ in self.log if (m, p) == (method, path))


def json_reply(body: object, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(body, status=status)

    return handler


def raw_reply(text: str, status: int = 200, content_type: str = "text/html") -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text=text, status=status, content_type=content_type)

    return handler


@asynccontextmanager
async def stub_server() -> AsyncIterator[Stub]:
    stub = Stub(url="", routes={})

    async def dispatch(request: web.Request) -> web.StreamResponse:
        stub.log.append((request.method, request.path, request.headers.get("Authorization")))
        handler = stub.routes.get((request.method, request.path))
        if handler is None:
            return web.json_response({"code": 404, "content": "Not Found", "error": "Not Found"},
                                     status=404)
        return await handler(request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", dispatch)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    stub.url = f"http://127.0.0.1:{port}"
    try:
        yield stub
    finally:
        await runner.cleanup()
        await asyncio.sleep(0)
