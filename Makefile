# Two commands do all set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8501

.PHONY: run test setup system-packages seed bench clean help

help:
	@echo "make run    set up, seed the demo database, start the app on http://$(HOST):$(PORT)"
	@echo "make test   set up, then run the whole test suite"
	@echo "make bench  run the benchmarks under bench/"

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { sh scripts/system-packages.sh venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }

$(STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

setup: $(STAMP)

system-packages:
	@sh scripts/system-packages.sh pdf

seed: setup
	$(BIN)/python -m assessment.demo

run: setup system-packages seed
	$(BIN)/streamlit run app.py --server.address $(HOST) --server.port $(PORT)

# The store's tests run on SQLite and on a throw-away PostgreSQL cluster, started here (in a fresh folder under
# /tmp, reachable by the cluster's unprivileged user) and removed after pytest whatever its result; pytest's exit
# status is kept. GBT27922_REQUIRE_POSTGRES makes a missing server fail those tests instead of skipping them.
test: setup
	@sh scripts/system-packages.sh test
	@dir=$$(mktemp -d "$${TMPDIR:-/tmp}/gbt27922-pg.XXXXXX") || exit 1; \
	trap 'sh scripts/test-postgres.sh stop "$$dir"' EXIT INT TERM; \
	url=$$(sh scripts/test-postgres.sh start "$$dir") || exit 1; \
	GBT27922_TEST_POSTGRES_URL=$$url GBT27922_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest -q -n 2

bench: setup system-packages
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
