"""The embeddable simulator: builds the tenant, call engine, webhook dispatcher and the aiohttp
application with every vendor route, the recordings and the `/_sim/` control API, and runs it
on whatever asyncio loop is current (plain asyncio, or qasync inside the desktop app).

    sim = Simulator(SimConfig(seed=1))
    url = await sim.start(host="127.0.0.1", port=0)   # "http://127.0.0.1:PORT"
    ...
    await sim.restart(down_for=3.0)  # connections dropped, refused for 3 s, same port again
    await sim.stop()
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from agent_desktop.sim import audio, auth, control, queues, routes_calls, routes_data
from agent_desktop.sim import omicall as omicall_routes
from agent_desktop.sim import telecmi as telecmi_routes
from agent_desktop.sim.auth import TokenStore
from agent_desktop.sim.config import SimConfig
from agent_desktop.sim.context import CTX, SimContext
from agent_desktop.sim.demo_tenant import build_demo_tenant
from agent_desktop.sim.engine import CallEngine
from agent_desktop.sim.envelopes import error_middleware
from agent_desktop.sim.faults import Faults, fault_middleware
from agent_desktop.sim.queues import QueueStore
from agent_desktop.sim.request_log import RequestLog, request_log_middleware
from agent_desktop.sim.tenant import Tenant
from agent_desktop.sim.traffic import Traffic
from agent_desktop.sim.webhooks import WebhookDispatcher

log = logging.getLogger(__name__)


class Simulator:
    """A simulated TEL4VN PBX on 127.0.0.1 (or any host), reachable over real HTTP."""

    def __init__(self, config: SimConfig | None = None) -> None:
        self.config = config or SimConfig()
        self.tenant: Tenant = build_demo_tenant(self.config.seed, self.config.cdr_count,
                                                self.config.cdr_days)
        self.webhooks = WebhookDispatcher(self.tenant, self.config)
        self.engine = CallEngine(self.tenant, self.config, emit=self.webhooks.dispatch)
        self.queues = QueueStore(on_change=self.engine.queue_changed)
        self.traffic = Traffic(self.engine, self.config)
        self.faults = Faults()
        self.requests = RequestLog()
        self.tokens = TokenStore()
        self.url = ""
        self.restarts = 0
        self.down = False  # True while a restart refuses connections
        self._runner: web.AppRunner | None = None
        self._listen: tuple[str, int] = ("127.0.0.1", 0)
        self._restart_task: asyncio.Task[None] | None = None

    def build_app(self) -> web.Application:
        app = web.Application(middlewares=[request_log_middleware, fault_middleware,
                                           error_middleware])
        app[control.RESTART] = self.restart_soon
        app[CTX] = SimContext(config=self.config, tenant=self.tenant, engine=self.engine,
                              tokens=self.tokens, queues=self.queues, webhooks=self.webhooks,
                              faults=self.faults, requests=self.requests, traffic=self.traffic)
        auth.register(app)
        routes_data.register(app)
        routes_calls.register(app)
        queues.register(app)
        omicall_routes.register(app)  # under /omicall
        telecmi_routes.register(app)  # under /telecmi
        control.register(app)
        app.router.add_get("/recordings/{cdr_id}.wav", audio.recording_handler(self._has_recording))
        return app

    def _has_recording(self, cdr_id: str) -> bool:
        cdr = self.tenant.cdr(cdr_id)
        return cdr is not None and cdr.has_recording and cdr.id == cdr_id

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on `host:port` (0: a free port) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("simulator already started")
        # make the recordings now (off the loop: ~0.3 s of pure Python the first time)
        await asyncio.get_running_loop().run_in_executor(None, audio.clips)
        self.engine.loop = asyncio.get_running_loop()
        await self.webhooks.start()
        runner = web.AppRunner(self.build_app(), handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            await self.webhooks.stop()
            raise
        self._runner = runner
        bound_host, bound_port = runner.addresses[0][:2]
        self._listen = (host, bound_port)
        shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
        if ":" in shown:  # IPv6
            shown = f"[{shown}]"
        self.url = f"http://{shown}:{bound_port}"
        self.engine.base_url = self.url
        if self.config.traffic:
            self.traffic.start()
        log.info("PBX simulator listening on %s (bound %s)", self.url, bound_host)
        return self.url

    async def restart(self, down_for: float = 3.0) -> None:
        """Restart the HTTP server as a PBX's web front restarts: every open connection is dropped
        at once (requests in flight get no answer), new connections are refused for `down_for`
        seconds, then it listens on the same port again. The tenant, the calls (their timers go
        on: a call can ring out meanwhile), the tokens, faults and the request log are kept."""
        runner = self._runner
        if runner is None:
            raise RuntimeError("simulator not started")
        if self.down:
            raise RuntimeError("simulator already restarting")
        self.down = True
        self.restarts += 1
        log.info("PBX simulator restarting: down for %.1f s", down_for)
        try:
            for site in list(runner.sites):
                await site.stop()  # the listening socket closes: connecting is refused
            server = runner.server
            for handler in server.connections if server is not None else []:
                transport = handler.transport
                if transport is not None:
                    transport.abort()  # no FIN, no answer: as if the process went away
                handler.force_close()
            await asyncio.sleep(down_for)
            if self._runner is not runner:  # stopped meanwhile
                return
            site = web.TCPSite(runner, *self._listen)
            await site.start()
            log.info("PBX simulator listening again on %s", self.url)
        finally:
            self.down = False

    def restart_soon(self, down_for: float) -> None:
        """`restart` in the background (the control API answers before it goes down)."""
        if self.down or (self._restart_task is not None and not self._restart_task.done()):
            raise RuntimeError("simulator already restarting")

        async def later() -> None:
            await asyncio.sleep(0.05)  # the control answer leaves first
            await self.restart(down_for)

        self._restart_task = asyncio.ensure_future(later())

    async def stop(self) -> None:
        """Stop traffic, timers and webhook deliveries, then close the server."""
        if self._runner is None:
            return
        runner, self._runner = self._runner, None
        if self._restart_task is not None:
            self._restart_task.cancel()
            await asyncio.gather(self._restart_task, return_exceptions=True)
            self._restart_task = None
        await self.traffic.stop()
        self.engine.stop()
        await self.webhooks.stop()
        await runner.cleanup()
