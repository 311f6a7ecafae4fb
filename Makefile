# The two commands a newcomer needs: `make demo` and `make test`. Both set up what they need.
SHELL := /bin/bash
VENV := .venv/bin
ARGS ?=

.PHONY: setup demo sim test bench soak clean install-desktop uninstall-desktop bundle

setup:
	@packaging/setup-dev.sh

demo: setup
	@packaging/run-demo.sh $(ARGS)

sim: setup
	@$(VENV)/agent-desktop-sim $(ARGS)

test: setup
	@$(VENV)/python -m pytest $(ARGS)

bench: setup
	@$(VENV)/python -m tests.bench $(ARGS)

soak: setup
	@QT_QPA_PLATFORM=offscreen $(VENV)/python -m tests.soak --seconds 600 $(ARGS)

# Linux: menu entry, icon and metainfo for this user; agent-desktop opens tel: and callto: links.
install-desktop: setup
	@$(VENV)/python packaging/install-desktop.py install

uninstall-desktop:
	@$(if $(wildcard $(VENV)/python),$(VENV)/python,python3) packaging/install-desktop.py uninstall

# A one-folder PyInstaller bundle in build/bundle/agent-desktop (prints its size).
bundle: setup
	@$(VENV)/python packaging/build_bundle.py $(ARGS)

clean:
	rm -rf .venv .pytest_cache build *.egg-info
