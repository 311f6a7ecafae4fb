"""Demo mode: the PBX simulator inside the app's own event loop, with calls coming and going.

Imported only for ``--demo``, so a normal start never loads the simulator. The app then logs in
to it over real HTTP on 127.0.0.1 like to any PBX: everything the demo shows is the real code path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..sim import SimConfig, Simulator
from ..sim.demo_tenant import seed_today

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo123"
DEMO_USERS = {"agent": "agent101", "supervisor": "supervisor"}
#: The demo tenant's agents, for the supervisor's agent board (a real PBX has no user list).
DEMO_TEAM = tuple(f"agent{extension}" for extension in range(101, 111))


#: The demo's extension per role (OMICall and TeleCMI accounts are extensions).
DEMO_EXTENSIONS = {"agent": "101", "supervisor": "100"}
DEMO_HOTLINE = "19001919"


@dataclass(frozen=True)
class DemoLogin:
    url: str
    username: str
    password: str
    vendor: str = "tel4vn"


class DemoPbx:
    """The embedded simulator, with demo traffic on."""

    def __init__(self, traffic: bool = True, traffic_interval: tuple[float, float] = (4.0, 12.0),
                 ) -> None:
        self.simulator = Simulator(SimConfig(traffic=traffic, traffic_interval=traffic_interval))

    async def start(self, role: str = "agent", vendor: str = "tel4vn") -> DemoLogin:
        """Start the simulator; how to log in to it as ``role`` through ``vendor``'s API (OMICall
        and TeleCMI are served by the same simulator, under /omicall and /telecmi)."""
        # One access-log line per poll would drown the app's own log; --debug keeps them.
        if not logging.getLogger().isEnabledFor(logging.DEBUG):
            logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
        url = await self.simulator.start(host="127.0.0.1", port=0)
        # The seeded history is working hours of past days: give the demo a day so far too.
        seed_today(self.simulator.tenant, 60)
        log.info("demo PBX listening on %s", url)
        tenant = self.simulator.tenant
        extension = DEMO_EXTENSIONS[role]
        if vendor == "omicall":
            from ..sim.omicall import demo_api_key

            user = tenant.user_by_extension(extension)
            key = user.api_key if user is not None else demo_api_key(tenant)
            return DemoLogin(f"{url}/omicall", extension, key, vendor)
        if vendor == "telecmi":
            from ..sim.telecmi import credentials

            user_id, secret = credentials(tenant, extension)
            return DemoLogin(f"{url}/telecmi", user_id, secret, vendor)
        return DemoLogin(url=url, username=DEMO_USERS[role], password=DEMO_PASSWORD)

    def hook(self, url: str, api_key: str) -> None:
        """Post the demo PBX's four call events to ``url`` (the app's receiver), as a supervisor
        would with "Hook this desktop"."""
        import uuid

        from ..sim.tenant import EventHook

        for event in ("ringing", "answered", "hangup", "cdr"):
            self.simulator.tenant.hooks.append(EventHook(str(uuid.uuid4()), event, url, api_key))

    def known_caller(self) -> str:
        """A customer's number with several calls in the history (the popup then has a story)."""
        counts: dict[str, int] = {}
        for cdr in self.simulator.tenant.cdrs:
            if cdr.customer_id:
                counts[cdr.customer_number] = counts.get(cdr.customer_number, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else "0899888999"

    def ring(self, extension: str, caller: str = "0899888999") -> str:
        """An inbound call from ``caller`` to ``extension`` right now (for screenshots and demos);
        the id of the call's flow (its CDR id)."""
        return self.simulator.engine.inbound(extension, caller, "19001919").id

    def busy_floor(self) -> None:
        """A few calls on the floor right now (for the supervisor's screenshots): two agents
        talking with customers, one call ringing in a ring group."""
        engine = self.simulator.engine
        for extension in ("102", "104"):
            call = engine.inbound(extension, self.known_caller(), "19001919")
            engine.answer(call.id)
        engine.inbound("601", "0912345678", "19001919")

    async def stop(self) -> None:
        await self.simulator.stop()
