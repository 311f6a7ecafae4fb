"""The bundle's entry point: ``agent_desktop.cli.main`` as a plain script.

PyInstaller runs its entry script as ``__main__`` outside any package, so ``agent_desktop/__main__.py``
(which imports ``.cli`` relatively) cannot be the entry point itself.
"""

import sys

from agent_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
