"""A simulated TEL4VN cloud PBX: the same HTTP API on 127.0.0.1, a demo tenant, a call engine,
webhooks, recordings, fault injection and a `/_sim/` control API. No Qt in here.

    from agent_desktop.sim import Simulator, SimConfig
    sim = Simulator(SimConfig(seed=1))
    url = await sim.start(host="127.0.0.1", port=0)
    ...
    await sim.stop()
"""

from __future__ import annotations

from agent_desktop.sim.config import SimConfig
from agent_desktop.sim.server import Simulator

__all__ = ["SimConfig", "Simulator"]
