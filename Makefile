# One entry point for every job. `make test` and `make generate` set everything up
# themselves (.venv from requirements-dev.txt, node_modules from package-lock.json).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: help venv node vendor check-vendored update-spec generate check-generated parity unasync check-unasync \
        lint typecheck pytest test-lowest test bench demo wheel clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/' 

$(VENV)/.stamp: requirements-dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(VENV)/.stamp  ## create or update .venv

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

node: node_modules/.stamp  ## install the Prism mock server (npm ci)

vendor: venv  ## re-vendor both specs from the inputs recorded in openapi/*/manifest.json
	$(PY) scripts/vendor_spec.py --lang en --from-manifest
	$(PY) scripts/vendor_spec.py --lang ja --from-manifest

check-vendored: venv  ## fail when openapi/*/workflow.yaml differs from its recorded inputs
	$(PY) scripts/vendor_spec.py --lang en --from-manifest --check
	$(PY) scripts/vendor_spec.py --lang ja --from-manifest --check

update-spec: venv node  ## vendor a new upstream revision (FROM=DIR; ARGS=--check, --accept-breaking, --json), all or nothing
	$(PY) scripts/update_spec.py --from "$(FROM)" $(ARGS)

parity: venv  ## fail when the EN and JA specs describe different contracts
	$(PY) scripts/spec_parity.py openapi/en/workflow.yaml openapi/ja/workflow.yaml

generate: check-vendored parity  ## validate the specs, regenerate generated/, verify
	$(PY) scripts/generate.py
	$(PY) scripts/generate.py --check

check-generated: venv  ## fail when generated/ is stale
	$(PY) scripts/generate.py --check

unasync: venv  ## write the sync client modules from their async sources
	$(PY) scripts/unasync.py

check-unasync: venv  ## fail when a sync client module differs from its async source
	$(PY) scripts/unasync.py --check

lint: venv  ## ruff check and ruff format --check
	$(VENV)/bin/ruff check --no-cache src scripts tests benchmarks
	$(VENV)/bin/ruff format --no-cache --check src scripts tests benchmarks

typecheck: venv  ## mypy --strict on the facade and the generated package
	$(VENV)/bin/mypy --cache-dir=/dev/null src/dify_workflow generated/dify_workflow_api

# Most tests wait on sockets and timers, not the CPU: three workers on two cores take the
# suite from about 9 minutes to about 4 (PYTEST_WORKERS=0 runs it in one process).
PYTEST_WORKERS ?= 3
pytest: venv node  ## the test suite (PYTEST_ARGS=... to pass options)
	$(PY) -m pytest -p no:cacheprovider -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The declared minimum of every runtime dependency (pyproject.toml), in a venv of its own.
LOWEST := .venv-lowest
$(LOWEST)/.stamp: requirements-lowest.txt pyproject.toml
	test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-lowest.txt
	$(LOWEST)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

test-lowest: $(LOWEST)/.stamp  ## unit tests against the lowest declared runtime dependency versions
	$(LOWEST)/bin/python scripts/check_lowest.py
	$(LOWEST)/bin/python -m pytest -p no:cacheprovider -q tests/unit

test: check-vendored parity check-generated check-unasync lint typecheck pytest test-lowest  ## everything CI runs

bench: venv  ## client overhead benchmarks (CHECK=1 fails on a missed goal)
	$(PY) benchmarks/run.py $(if $(CHECK),--check,)

demo: venv  ## the whole run cycle with the CLI against a local stand-in for Dify (no account)
	$(PY) scripts/demo.py

wheel: venv  ## build the wheel into dist/
	$(PY) -m build --wheel --no-isolation --outdir dist .

clean:  ## remove build and test leftovers
	rm -rf dist build .pytest_cache .mypy_cache .hypothesis $(LOWEST)
