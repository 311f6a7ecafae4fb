"""``python -m agent_desktop``: the same as the ``agent-desktop`` command."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
