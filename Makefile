# Two commands: `make run` (set up, build the database, serve the dashboard) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     := data/engagement.duckdb
PORT   ?= 8501
RAW    := $(wildcard data/raw/*.txt data/raw/*.docx)
ETL    := $(wildcard etl/*.py etl/schema.sql etl/reference/*.csv)

.PHONY: run test db setup bench loadtest clean

run: $(DB)
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --browser.gatherUsageStats false

test: $(STAMP)
	$(PY) -m pytest

setup: $(STAMP)

db: $(DB)

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# Rebuilt when a report in data/raw or the parser changes; the swap keeps a running dashboard safe.
$(DB): $(STAMP) $(RAW) $(ETL)
	$(PY) -m etl --db $(DB) load --rebuild --quiet data/raw

bench: $(STAMP)
	$(PY) bench/bench_etl.py

# K concurrent sessions on a local server, on the bundled data and on 10k SYNTHETIC events; fails on any error.
LOADTEST_ARGS ?= --sessions 5,10,20 --duration 60
loadtest: $(STAMP)
	$(PY) bench/loadtest.py $(LOADTEST_ARGS); bundled=$$?; \
	$(PY) bench/loadtest.py $(LOADTEST_ARGS) --synthetic-events 10000; synthetic=$$?; \
	test $$bundled -eq 0 -a $$synthetic -eq 0

clean:
	rm -rf $(VENV) $(DB) $(DB).tmp $(DB).lock
