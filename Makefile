# Two entry points for a fresh machine: `make brief` (build the bundled seed) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: brief test check lint bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen build seeds/cambodia

test: $(STAMP)
	$(BIN)/pytest -q

check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

fuzz: $(STAMP)  # property-based fuzzing of readers, brief.toml, templates, markup and writers (long)
	BRIEFGEN_FUZZ=$${BRIEFGEN_FUZZ:-10000} $(BIN)/pytest -q -p no:cacheprovider tests/fuzz

bench: $(STAMP)
	$(BIN)/python bench/analysis_speed.py
	$(BIN)/python bench/web_load.py

clean:
	rm -rf briefs/*/ .pytest_cache .mypy_cache .ruff_cache
