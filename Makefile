# Set-up and checks.  `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint typecheck bench docs release-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -U pip

# The library alone (no extras): parse the bundled samples and print a summary.
demo: $(BIN)/python
	$(PIP) install .
	$(BIN)/python -m diplocorpus.samples

# Everything the suite needs, then the whole suite: pytest, mypy --strict, ruff.
test: $(BIN)/python
	$(PIP) install -e ".[test,pandas,arrow,dask,notebook,docs,bench]"
	$(BIN)/python -m pytest
	$(BIN)/python -m mypy
	$(BIN)/python -m ruff check src tests benchmarks tools
	$(BIN)/python -m ruff format --check src tests benchmarks tools

lint: $(BIN)/python
	$(BIN)/python -m ruff check src tests benchmarks tools
	$(BIN)/python -m ruff format --check src tests benchmarks tools

typecheck: $(BIN)/python
	$(BIN)/python -m mypy

# The documentation site, strictly (any warning fails), into site/.
docs: $(BIN)/python
	$(PIP) install -e ".[docs]"
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict

# sdist + wheel, twine check --strict, and the sdist's own suite run in a fresh
# venv against the installed sdist (tools/release_check.sh).
release-check: $(BIN)/python
	$(PIP) install -e ".[test]"
	PYTHON=$(BIN)/python bash tools/release_check.sh

# Both benchmarks; their JSON feeds the docs pages and the README figures block.
bench: $(BIN)/python
	$(PIP) install -e ".[bench]"
	$(BIN)/python benchmarks/accuracy.py --json docs/_data/accuracy.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout --json docs/_data/heldout.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout2 --json docs/_data/heldout2.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout3 --json docs/_data/heldout3.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout4 --json docs/_data/heldout4.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout5 --json docs/_data/heldout5.json
	$(BIN)/python benchmarks/accuracy.py benchmarks/heldout6 --json docs/_data/heldout6.json
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python tools/update_readme.py

clean:
	rm -rf $(VENV) build dist site .mypy_cache .ruff_cache .pytest_cache
