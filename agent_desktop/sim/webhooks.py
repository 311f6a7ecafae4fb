"""Webhook delivery: the call engine's ringing / answered / hangup / cdr events POSTed as JSON to
every event hook registered for that event, with `X-Api-Key`, retried as
docs/api-conventions.md ("Webhooks") says.

Each delivery is its own background task (kept in a set, cancelled on stop), so a slow or dead
receiver never holds up the engine or another receiver.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from datetime import datetime
from typing import Any

import aiohttp

from agent_desktop.sim.config import SimConfig
from agent_desktop.sim.tenant import EventHook, Tenant

log = logging.getLogger(__name__)

FIRED_EVENTS = ("ringing", "answered", "hangup", "cdr")


class WebhookDispatcher:
    def __init__(self, tenant: Tenant, config: SimConfig) -> None:
        self.tenant = tenant
        self.config = config
        self.deliveries: deque[dict[str, Any]] = deque(maxlen=1000)
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()  # dispatch() may be called outside it (Qt timers)
        self._session = aiohttp.ClientSession()

    async def stop(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def dispatch(self, state: str, payload: dict[str, Any]) -> None:
        """Queue `payload` for every hook listening to `state`; returns at once."""
        if self._session is None or state not in FIRED_EVENTS:
            return
        for hook in list(self.tenant.hooks):
            if hook.event_name.strip().lower() == state:
                assert self._loop is not None
                task = self._loop.create_task(self._deliver(hook, dict(payload)))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _deliver(self, hook: EventHook, payload: dict[str, Any]) -> None:
        headers = {"X-Api-Key": hook.callback_apikey} if hook.callback_apikey else {}
        timeout = aiohttp.ClientTimeout(total=self.config.webhook_timeout)
        attempts = self.config.webhook_attempts
        for attempt in range(1, attempts + 1):
            record: dict[str, Any] = {
                "time": datetime.now().isoformat(timespec="milliseconds"),
                "hook": hook.event_domain_uuid, "url": hook.callback_url,
                "event": payload.get("state"), "call_id": payload.get("call_id"),
                "attempt": attempt, "status": None, "error": "",
            }
            self.deliveries.append(record)
            session = self._session
            if session is None:
                return
            try:
                async with session.post(hook.callback_url, json=payload, headers=headers,
                                        timeout=timeout) as response:
                    record["status"] = response.status
                    await response.read()
                    if 200 <= response.status < 300:
                        return
                    record["error"] = f"HTTP {response.status}"
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, OSError) as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"
            if attempt < attempts:
                await asyncio.sleep(self.config.webhook_retry_delay * 2 ** (attempt - 1))
        log.info("webhook %s to %s failed after %d attempts", payload.get("state"),
                 hook.callback_url, attempts)
