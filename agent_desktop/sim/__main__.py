"""`agent-desktop-sim` / `python -m agent_desktop.sim`: run the PBX simulator standalone, print
its URL, the demo accounts and two curl commands to try, and stop cleanly on Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from agent_desktop.sim.config import CDR_MAPPINGS, SimConfig
from agent_desktop.sim.demo_tenant import PASSWORD
from agent_desktop.sim.server import Simulator


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="agent-desktop-sim",
        description="A simulated TEL4VN PBX (REST API, live calls, CDRs, webhooks) for demos "
                    "and tests.")
    parser.add_argument("--port", type=int, default=8089, help="port (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo tenant")
    parser.add_argument("--token-ttl", type=float, default=3600.0,
                        help="seconds a bearer token stays valid")
    parser.add_argument("--cdr-mapping", choices=CDR_MAPPINGS, default="default",
                        help="the tenant's CDR mapping")
    parser.add_argument("--traffic", action=argparse.BooleanOptionalAction, default=True,
                        help="demo traffic: inbound calls arriving and being answered")
    parser.add_argument("--verbose", "-v", action="store_true", help="log every request")
    return parser.parse_args(argv)


def banner(sim: Simulator) -> str:
    admin = sim.tenant.user_by_username("supervisor")
    assert admin is not None
    url = sim.url
    return "\n".join([
        f"TEL4VN PBX simulator on {url}",
        f"  domain {sim.tenant.domain_name}; password {PASSWORD} for every account",
        f"  supervisor (ext {admin.extension}, admin), agent101 … agent110 (ext 101–110; "
        "108–110 logged out)",
        f"  demo traffic {'on' if sim.config.traffic else 'off'}; "
        f"CDR mapping {sim.config.cdr_mapping}; control API under {url}/_sim/state",
        "",
        "Try:",
        f"  curl -s -X POST {url}/v1/auth -H 'Content-Type: application/json' "
        f"-d '{{\"username\": \"supervisor\", \"password\": \"{PASSWORD}\"}}'",
        f"  curl -s -X POST {url}/v2/auth/token -H 'Content-Type: application/json' "
        f"-d '{{\"api_key\": \"{admin.api_key}\"}}'",
        "",
        "Ctrl+C stops it.",
    ])


async def serve(args: argparse.Namespace) -> None:
    config = SimConfig(seed=args.seed, token_ttl=args.token_ttl, cdr_mapping=args.cdr_mapping,
                       traffic=args.traffic)
    sim = Simulator(config)
    await sim.start(host=args.host, port=args.port)
    print(banner(sim), flush=True)
    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows
            loop.add_signal_handler(sig, done.set)
    try:
        await done.wait()
    finally:
        await sim.stop()
        print("simulator stopped", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:  # Ctrl+C where signal handlers are not available
        pass
    except OSError as exc:
        print(f"agent-desktop-sim: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
