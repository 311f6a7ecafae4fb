"""The command line (stable: scripts and tests rely on it) and the program's entry point.

    agent-desktop [tel:NUMBER | callto:NUMBER | sip:NUMBER@host ...] [--dial NUMBER]
                  [--demo [--demo-role agent|supervisor]] [--vendor tel4vn|omicall|telecmi]
                  [--server URL --username NAME [--password-stdin]] [--allow-plain-http]
                  [--screenshot DIR] [--config-dir DIR] [--poll-interval SECONDS] [--debug]

A second launch hands its arguments to the running instance and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .core.uri import dial_target


@dataclass
class Options:
    demo: bool = False
    demo_role: str = "agent"
    vendor: str | None = None  # tel4vn, omicall or telecmi (None: the remembered one)
    server: str | None = None
    username: str | None = None
    password_stdin: bool = False
    allow_plain_http: bool = False  # http:// to a PBX that is not this computer, this run only
    screenshot: Path | None = None
    config_dir: Path | None = None
    poll_interval: float | None = None
    debug: bool = False
    dial: list[str] = field(default_factory=list)  # numbers from --dial and tel:/callto:/sip: links
    ignored: list[str] = field(default_factory=list)  # positional arguments that are no links

    def forwarded(self) -> list[str]:
        """What a second launch hands to the running instance."""
        return [f"--dial={number}" for number in self.dial]


def _interval(text: str) -> float:
    value = float(text)
    if not 0.2 <= value <= 600:
        raise argparse.ArgumentTypeError("must be between 0.2 and 600 seconds")
    return value


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="agent-desktop",
        description="A desktop companion for call-center agents and supervisors on a cloud PBX.",
    )
    p.add_argument("links", nargs="*", metavar="LINK",
                   help="tel:NUMBER, callto:NUMBER or sip:NUMBER@host to dial")
    p.add_argument("--dial", action="append", default=[], metavar="NUMBER",
                   help="dial NUMBER (in the running instance if there is one)")
    p.add_argument("--demo", action="store_true",
                   help="run on the embedded demo PBX (no server, no account)")
    p.add_argument("--demo-role", choices=("agent", "supervisor"), default="agent",
                   help="log in to the demo PBX as an agent (default) or the supervisor")
    p.add_argument("--vendor", choices=("tel4vn", "omicall", "telecmi"),
                   help="the PBX's vendor for --demo or --server (default: TEL4VN, or the "
                        "remembered one)")
    p.add_argument("--server", metavar="URL", help="the PBX's address; logs in without the dialog")
    p.add_argument("--username", metavar="NAME", help="the account to log in with --server")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input (else from the keyring)")
    p.add_argument("--allow-plain-http", action="store_true",
                   help="allow an unencrypted http:// server that is not this computer (unsafe: "
                        "the password crosses the network in clear text; this run only)")
    p.add_argument("--screenshot", type=Path, metavar="DIR",
                   help="once data has loaded, save PNGs of the views into DIR and quit")
    p.add_argument("--config-dir", type=Path, metavar="DIR",
                   help="an isolated profile: settings, data and logs under DIR")
    p.add_argument("--poll-interval", type=_interval, metavar="SECONDS",
                   help="how often live calls are refreshed (this run only)")
    p.add_argument("--debug", action="store_true", help="verbose logs")
    p.add_argument("--version", action="version", version=f"agent-desktop {__version__}")
    return p


def parse(argv: list[str]) -> Options:
    ns = parser().parse_intermixed_args(argv)
    if ns.server and not ns.username:
        parser().error("--server needs --username")
    if ns.demo and ns.server:
        parser().error("--demo and --server exclude each other")
    dial = list(ns.dial)
    ignored = []
    for link in ns.links:
        number = dial_target(link)
        (dial if number else ignored).append(number or link)
    return Options(
        demo=ns.demo, demo_role=ns.demo_role, vendor=ns.vendor, server=ns.server,
        username=ns.username,
        password_stdin=ns.password_stdin, allow_plain_http=ns.allow_plain_http,
        screenshot=ns.screenshot, config_dir=ns.config_dir,
        poll_interval=ns.poll_interval, debug=ns.debug, dial=dial, ignored=ignored,
    )


def main(argv: list[str] | None = None) -> int:
    options = parse(sys.argv[1:] if argv is None else argv)
    from .app import run

    return run(options)
