"""Demo traffic: while enabled, inbound calls arrive every `traffic_interval` seconds (random
within the range) at a ring group or a logged-in agent, from a customer or a random mobile.
The engine lets logged-in agents answer most of them after `traffic_answer_delay`; the rest
ring out and show up as missed calls.
"""

from __future__ import annotations

import asyncio
import logging
import random

from agent_desktop.sim.config import SimConfig
from agent_desktop.sim.demo_tenant import random_mobile
from agent_desktop.sim.engine import CallEngine

log = logging.getLogger(__name__)


class Traffic:
    def __init__(self, engine: CallEngine, config: SimConfig) -> None:
        self.engine = engine
        self.config = config
        self.rng = random.Random(config.seed * 31 + 7)
        self.calls_made = 0
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        self.config.traffic = True
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self.config.traffic = False
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.rng.uniform(*self.config.traffic_interval))
            try:
                self.one_call()
            except Exception:
                log.exception("demo traffic call failed")

    def one_call(self) -> None:
        """Ring a ring group (mostly) or a logged-in agent from a customer or a stranger."""
        tenant = self.engine.tenant
        agents = [u.extension for u in tenant.users
                  if u.level == "user" and u.ext_loggedin]
        if tenant.ring_groups and (not agents or self.rng.random() < 0.7):
            target = self.rng.choice(tenant.ring_groups).number
        elif agents:
            target = self.rng.choice(agents)
        else:
            return
        if tenant.customers and self.rng.random() < 0.6:
            caller = self.rng.choice(tenant.customers).phone_number
        else:
            caller = random_mobile(self.rng)
        hotline = self.rng.choice(tenant.hotlines) if tenant.hotlines else ""
        self.engine.inbound(target, caller, hotline, auto_answer=True)
        self.calls_made += 1
