# Parley — two commands on a fresh machine: `make run` and `make test`.
# Everything else (venv, installs, the embedded Airflow home) is set up on demand.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ifeq ($(origin DATE),undefined)
DATE   := $(shell date -u +%F)
endif
# eval-statements / train-statements: a folder to cache the articles' spaCy parses in (empty: none)
PARSE_CACHE ?=

# The logs of the DAG runs make starts live in the data folder they write (PARLEY_DATA_DIR, as the
# pipeline resolves it): two data folders running the same date keep their own. A wrong PARLEY_*
# value stops it with its one-line ConfigError (parley.settings.main), not a traceback.
LOGS_DIR = $(BIN)/python -m parley.settings logs-dir
# DATE must be a day a run can own before Airflow is started: `airflow dags test` answers
# DATE=2026-02-30 with its usage text and the error on the last of ~40 lines, and 9999-12-31 with
# an OverflowError in every task. Written as YYYY-MM-DD only (Python 3.11 also reads 20260105 and
# 2026-W02-1, which would name the log); parley.dates.parse_day says why in one line
CHECK_DATE = $(BIN)/python -m parley.dates DATE '$(DATE)' || exit 2
# Runs `airflow dags test DAG DATE` (its output into the log) only while no other run of that DAG
# and date uses this data folder or this AIRFLOW_HOME: a second one crashed inside Airflow (its run
# is the first one's in Airflow's database, whatever the data folder) or wrote into the same log.
# It stops before Airflow starts, saying "another run of news_daily DATE is in progress (pid ...)"
# and which is shared, and exits 75 (parley.storage.lock)
RUN_LOCKED = $(BIN)/python -m parley.storage.lock
# DATE (START, END) is written into the recipes' shell text: before any recipe runs, Make itself
# checks that its raw text ($(value ...): a `$(shell ...)` in it is not expanded) is one word of
# digits and '-' only, so a quote, `;` or `$(...)` in it never reaches a shell
date_rest = $(subst -,,$(subst 0,,$(subst 1,,$(subst 2,,$(subst 3,,$(subst 4,,$(subst 5,,$(subst 6,,$(subst 7,,$(subst 8,,$(subst 9,,$(1))))))))))))
check_date_text = $(if $(and $(filter 1,$(words $(value $(1)))),$(if $(call date_rest,$(value $(1))),,ok)),,$(error $(1) may hold only digits and '-' (YYYY-MM-DD); got: $(value $(1))))
ifneq ($(filter run weekly report,$(MAKECMDGOALS)),)
$(call check_date_text,DATE)
endif
ifneq ($(filter backfill,$(MAKECMDGOALS)),)
$(call check_date_text,START)
$(call check_date_text,END)
endif

# The embedded default: SQLite metadata DB and logs inside the repo (git-ignored).
export AIRFLOW_HOME                  ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER    := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES  := False
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export GX_ANALYTICS_ENABLED          := False
export AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY ?= 120
# Python writes its bytecode (__pycache__, git-ignored): without it every DAG run compiled the
# package again (~0.4 CPU-s of a day with nothing new); also when the calling shell exports
# PYTHONDONTWRITEBYTECODE (as this machine's sessions do)
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help install run weekly backfill test test-fast eval eval-ingest reread-dates eval-statements train-statements report bench bench-100k fuzz quality-ranges lint format clean

help:  ## list the targets
	@grep -E '^[a-z0-9-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(STAMP): requirements.txt constraints.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing into $(VENV) (first time: a few minutes; log: $(VENV)/install.log)"
	@{ $(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt && \
	   $(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e . ; } > $(VENV)/install.log 2>&1 || \
	  { tail -n 40 $(VENV)/install.log; exit 1; }
	@touch $@

install: $(STAMP)  ## create .venv and install everything (run and test do this themselves)

# one migration at a time on an Airflow home (two `make run` at once on a fresh one both migrated
# and one crashed): tools.airflow_env waits for the other and touches the stamp itself
$(AIRFLOW_HOME)/.migrated: $(STAMP)
	@$(BIN)/python -m tools.airflow_env migrate $(AIRFLOW_HOME) $(STAMP) || \
	  { tail -n 40 $(AIRFLOW_HOME)/logs/db-migrate.log; exit 1; }

run: $(AIRFLOW_HOME)/.migrated  ## run the news_daily DAG for DATE (default today) and print its digest
	@$(CHECK_DATE)
	@sources=$$($(BIN)/python -m parley.cli sources) || exit 2; \
	echo "running news_daily for $(DATE) (sources: $$sources, data: $${PARLEY_DATA_DIR:-data}; a few minutes)"
	@dir=$$($(LOGS_DIR)) || { echo "cannot make the log folder (check the PARLEY_* settings)"; exit 1; }; \
	log=$$dir/news_daily-$(DATE).log; SECONDS=0; \
	$(RUN_LOCKED) "news_daily $(DATE)" $$log $(BIN)/airflow dags test news_daily $(DATE) || \
	  { rc=$$?; [ $$rc -ne 75 ] && $(BIN)/python -m tools.run_failure "news_daily $(DATE)" $$log $$rc; exit 1; }; \
	state=$$(grep -oE "DagRun Finished: .*state=[a-z_]+" $$log | tail -n 1 | sed -E 's/.*state=//'); \
	echo "news_daily $(DATE): $${state:-finished} in $${SECONDS} s (Airflow log: $$log)"
	@$(BIN)/parley digest --date $(DATE)

weekly: $(AIRFLOW_HOME)/.migrated  ## build the weekly marts and report of DATE's ISO week (statements_weekly)
	@$(CHECK_DATE)
	@dir=$$($(LOGS_DIR)) || { echo "cannot make the log folder (check the PARLEY_* settings)"; exit 1; }; \
	log=$$dir/statements_weekly-$(DATE).log; \
	$(RUN_LOCKED) "statements_weekly $(DATE)" $$log $(BIN)/airflow dags test statements_weekly $(DATE) || \
	  { rc=$$?; [ $$rc -ne 75 ] && $(BIN)/python -m tools.run_failure "statements_weekly $(DATE)" $$log $$rc; exit 1; }
	@$(BIN)/parley weekly --date $(DATE)

backfill: $(AIRFLOW_HOME)/.migrated  ## run news_daily for every day from START to END (YYYY-MM-DD), with progress
	@$(BIN)/parley backfill --start $(START) --end $(END)

test: $(STAMP)  ## run the whole test suite (layer contract, unit, DAG integrity, end-to-end, acceptance, deploy)
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## the unit and DAG tiers without tests marked slow
	$(BIN)/python -m pytest tests/unit tests/dags -m "not slow"

eval: $(STAMP)  ## score quote extraction on every gold file in ../shared/eval
	$(BIN)/python -m tools.eval_quotes

eval-ingest: $(STAMP)  ## page-extraction F1 and duplicate detection on ../shared/corpus
	$(BIN)/python -m tools.eval_ingest

reread-dates: $(STAMP)  ## real date strings (../shared/corpus/feeds, the lake) read with and without break17's zone table
	$(BIN)/python -m tools.reread_dates

eval-statements: $(STAMP)  ## statement types, countries and targets on ../shared statements_dev (train, dev) and the seed
	$(BIN)/python -m tools.eval_statements $(if $(PARSE_CACHE),--parse-cache $(PARSE_CACHE))

train-statements: $(STAMP)  ## retrain the target-country chooser on statements_dev train (fixed seed; prints train CV and dev)
	$(BIN)/python -m tools.train_statements $(if $(PARSE_CACHE),--parse-cache $(PARSE_CACHE))

report: $(STAMP)  ## write the HTML digest with charts for DATE to data/reports/digest/
	@$(BIN)/parley report --date $(DATE)

bench: $(STAMP)  ## speed and memory numbers (the 100,000-article day: from the last `make bench-100k`, saying so)
	$(BIN)/python -m tools.bench

bench-100k: $(STAMP)  ## peak memory per stage of a 100,000-article day (issue 13; long: ingest and GX over 100,000 articles)
	$(BIN)/python -m tools.bench bigday --articles 1000,100000 --parse-limit 1000

fuzz: $(STAMP)  ## 10,000 generated inputs through ingest and 1,000 through extraction (SEED=...)
	$(BIN)/python -m tools.fuzz $(if $(SEED),--seed $(SEED),)

quality-ranges: $(STAMP)  ## re-learn the quality plausibility ranges from ../shared/corpus/articles and diplomatic (~6 min)
	$(BIN)/python -m tools.learn_ranges

lint: $(STAMP)  ## ruff check + format check + the layer contract (lint-imports)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports --no-cache

format: $(STAMP)  ## ruff format + autofix
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

clean:  ## remove the venv, the Airflow home and the data folder
	rm -rf $(VENV) $(AIRFLOW_HOME) data .pytest_cache .ruff_cache
