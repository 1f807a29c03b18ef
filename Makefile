# Two commands: `make run` (set up, build the database, serve the dashboard) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     := data/engagement.duckdb
PORT   ?= 8501
RAW    := $(wildcard data/raw/*.txt data/raw/*.docx)
ETL    := $(wildcard etl/*.py etl/schema.sql etl/reference/*.csv)

.PHONY: run test db setup bench clean

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
	$(PY) bench/score_fixtures.py

clean:
	rm -rf $(VENV) $(DB) $(DB).tmp $(DB).lock
