"""What every route handler reaches through `request.app[CTX]`: the settings, the tenant, the
call engine and the simulator's other parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from agent_desktop.sim.auth import TokenStore
    from agent_desktop.sim.config import SimConfig
    from agent_desktop.sim.engine import CallEngine
    from agent_desktop.sim.faults import Faults
    from agent_desktop.sim.queues import QueueStore
    from agent_desktop.sim.request_log import RequestLog
    from agent_desktop.sim.tenant import Tenant
    from agent_desktop.sim.traffic import Traffic
    from agent_desktop.sim.webhooks import WebhookDispatcher


@dataclass
class SimContext:
    config: SimConfig
    tenant: Tenant
    engine: CallEngine
    tokens: TokenStore
    queues: QueueStore
    webhooks: WebhookDispatcher
    faults: Faults
    requests: RequestLog
    traffic: Traffic


CTX: web.AppKey[SimContext] = web.AppKey("agent_desktop.sim", SimContext)


def base_url(request: web.Request) -> str:
    """This server as the client reached it, for absolute recording URLs."""
    return f"{request.scheme}://{request.host}"
