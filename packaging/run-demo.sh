#!/usr/bin/env bash
# `make demo`: the app on the embedded demo PBX. Until the app shell lands, the simulator alone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/agent-desktop ] && .venv/bin/python -c 'import agent_desktop.app' 2>/dev/null; then
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here. Run the demo on a virtual one and take screenshots:" >&2
        echo "  xvfb-run -a .venv/bin/agent-desktop --demo --screenshot /tmp/shots" >&2
        exit 1
    fi
    exec .venv/bin/agent-desktop --demo "$@"
fi
echo "The desktop app is not built yet: starting the PBX simulator on its own (Ctrl+C stops it)." >&2
exec .venv/bin/agent-desktop-sim "$@"
