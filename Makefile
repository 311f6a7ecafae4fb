# The two commands a newcomer needs: `make demo` and `make test`. Both set up what they need.
SHELL := /bin/bash
VENV := .venv/bin
ARGS ?=

.PHONY: setup demo sim test bench clean

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

clean:
	rm -rf .venv .pytest_cache build *.egg-info
