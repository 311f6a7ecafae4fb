"""Install agent-desktop into the current user's desktop (Linux), or take it out again.

    python packaging/install-desktop.py install     # make install-desktop
    python packaging/install-desktop.py uninstall   # make uninstall-desktop

install: the icon (~/.local/share/icons/hicolor/scalable/apps/agent-desktop.svg), the menu entry
(~/.local/share/applications/agent-desktop.desktop, running this checkout's
.venv/bin/agent-desktop), the AppStream metainfo (~/.local/share/metainfo), and agent-desktop as
the default for tel: and callto: links (xdg-mime). uninstall removes all that, the autostart
entry, and gives the links back to the app that had them. $XDG_DATA_HOME and $XDG_CONFIG_HOME are
honoured. The same code as the app's "Use for phone links" setting does the work
(agent_desktop.core.desktop_integration.linux).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent_desktop.core.desktop_integration import IntegrationError  # noqa: E402
from agent_desktop.core.desktop_integration.linux import LinuxIntegration  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--exec", dest="program", type=Path,
                        default=ROOT / ".venv" / "bin" / "agent-desktop",
                        help="the program the menu entry runs (default: this checkout's .venv)")
    args = parser.parse_args(argv)
    integration = LinuxIntegration(command=[str(args.program)])
    try:
        if args.action == "install":
            if not args.program.exists():
                print(f"{args.program} does not exist: run `make setup` first", file=sys.stderr)
                return 1
            integration.install()
            print(f"installed {integration.desktop_file} (runs {args.program})")
            print("tel: and callto: links now open agent-desktop; undo: make uninstall-desktop")
        else:
            integration.uninstall()
            print(f"removed {integration.desktop_file}, its icon and metainfo")
    except IntegrationError as error:
        print(f"{args.action} failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
