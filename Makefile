# Two commands: `make run` (set up, build the database, serve the dashboard) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     := data/engagement.duckdb
PORT   ?= 8501
RAW    := $(wildcard data/raw/*.txt data/raw/*.docx data/raw/*.doc data/raw/*.rtf data/raw/*.odt data/raw/*.pdf)
ETL    := $(wildcard etl/*.py etl/schema.sql etl/reference/*.csv)

.PHONY: run test test-long test-all db setup system-deps bench bench-full fuzz loadtest clean

run: system-deps $(DB)
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --browser.gatherUsageStats false

# Every test but the long tier, on up to 4 workers (pytest-xdist; one per core): a test file's tests stay
# on one worker, so its module fixtures (a built database, a served dashboard) are made once.
# TEST_WORKERS=0 runs serially. The long tier (marker `long`: the browser walks of every page × viewport,
# the fuzzing, the random load sequences) is `make test-long`; `make test-all` runs both, as CI does.
TEST_WORKERS ?= auto
PYTEST_XDIST = -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile
test: system-deps $(STAMP)
	$(PY) -m pytest $(PYTEST_XDIST) -m "not long"

test-long: system-deps $(STAMP)
	$(PY) -m pytest $(PYTEST_XDIST) -m long

test-all: test test-long

# LibreOffice (headless Writer) reads .doc/.rtf/.odt reports; installed when missing and apt-get can
# run here (root), otherwise a loud note: those formats are then refused with the same instructions.
system-deps:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null; \
	  else \
	    echo "!!! LibreOffice not found: .doc/.rtf/.odt reports cannot be read and their tests skip."; \
	    echo "!!! Install it: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui"; \
	  fi; }

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

# Scale figures on SYNTHETIC data (bench/run.py): one table + bench/results.json. Databases are
# cached in bench/.cache (10k–300k: ~3 min the first time; 1M adds ~4 min and ~1 GB).
BENCH_SIZES ?= 10000 100000 300000
bench: $(STAMP)
	BENCH_SIZES="$(BENCH_SIZES)" $(PY) bench/run.py
	$(PY) bench/bench_zipguard.py
	$(PY) bench/score_fixtures.py
	$(PY) bench/score_duplicates.py

bench-full: $(STAMP)
	BENCH_SIZES="10000 100000 300000 1000000" $(PY) bench/run.py

# Minutes, not seconds: every hypothesis budget ×20 (parser, .docx damage, loader batches) and 32 SIGKILLs.
fuzz: $(STAMP)
	ENGAGEMENT_FUZZ_SCALE=$${ENGAGEMENT_FUZZ_SCALE:-20} $(PY) -m pytest -m hypothesis -p no:cacheprovider -q \
	  tests/etl/test_etl_fuzz.py
	ENGAGEMENT_KILLS=$${ENGAGEMENT_KILLS:-32} $(PY) -m pytest -p no:cacheprovider -q -s tests/etl/test_etl_sigkill.py tests/etl/test_etl_spare_cli.py -k sigkill

# K concurrent sessions on a local server, on the bundled data and on 10k SYNTHETIC events; fails on any error.
LOADTEST_ARGS ?= --sessions 5,10,20 --duration 60
loadtest: $(STAMP)
	$(PY) bench/loadtest.py $(LOADTEST_ARGS); bundled=$$?; \
	$(PY) bench/loadtest.py $(LOADTEST_ARGS) --synthetic-events 10000; synthetic=$$?; \
	test $$bundled -eq 0 -a $$synthetic -eq 0

clean:
	rm -rf $(VENV) $(DB) $(DB).tmp $(DB).lock bench/.cache
