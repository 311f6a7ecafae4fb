#!/usr/bin/env bash
# `make demo`: the app on the embedded demo PBX (no server, no account).
# With no display (a server, CI), it runs on a virtual screen and saves screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec .venv/bin/agent-desktop --demo "$@"
fi
out="${DEMO_SCREENSHOTS:-demo-screenshots}"
echo "No display here, so the demo runs on a virtual screen (Xvfb) and saves its views as PNGs" >&2
echo "into $out/. On a desktop, run 'make demo' to use it; on this machine you can also run" >&2
echo "  xvfb-run -a .venv/bin/agent-desktop --demo --screenshot DIR" >&2
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
    .venv/bin/agent-desktop --demo --screenshot "$out" --config-dir "$(mktemp -d)" "$@"
echo "Screenshots of the demo: $(ls "$out"/*.png | tr '\n' ' ')" >&2
