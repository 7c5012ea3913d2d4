# Quick start: `make run` starts the gateway; `make test` runs the whole suite.
VENV   ?= .venv
PY     := $(VENV)/bin/python
DEMO_DB ?= demo.db
LISTEN  ?= 127.0.0.1:2525

.PHONY: run serve test test-postgres lint bench setup system-deps clean corpus model

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

system-deps:
	bash tools/system-deps.sh

# The demo: a fresh copy of the committed sample.db (never the file itself), demo upstream and traffic.
run: setup
	cp sample.db $(DEMO_DB)
	$(VENV)/bin/mailmoat --db $(DEMO_DB) run --demo --listen $(LISTEN)

# pyflakes-level lint and ruff's format, the rooms' import contracts (.importlinter) and types in app/ ([tool.mypy] in
# pyproject.toml); part of make test, so CI enforces them.
lint: setup
	$(VENV)/bin/ruff check app tests bench tools
	$(VENV)/bin/ruff format --check app tests bench tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# Three workers (pytest-xdist) on the two cores: the suite waits on its peers and sockets more than it computes
# (two workers kept the cores 65% busy; four were slower than three: 10:12 against 9:36 for 2038 tests).
# Tests sharing an expensive module fixture carry an xdist_group mark.
# Bytecode compiled first: the suite starts `mailmoat` as a subprocess hundreds of times, and where
# PYTHONDONTWRITEBYTECODE is set (CI here) each start would compile the package from source again (0.15-0.2 s).
test: setup system-deps lint
	$(PY) -m compileall -q app tests bench
	$(PY) -m pytest -q -n 3 --dist loadgroup

# Gateway-level test files once more with every database on a private PostgreSQL (tests/support/postgres_backend.py);
# the store's contract tests run on both backends in `make test` already.
POSTGRES_TESTS = alert_desk auth_gateway bayes content_gateway content_rules delivery dkim dmarc_audit dsn explain \
	flood gateway_smtp greylist harvest_guard hijack limits lists outbound recipients report ui_feed dashboard_queue \
	dashboard_block dashboard_accounts dashboard_content dashboard_header dashboard_dkim dashboard_tuning \
	dashboard_forms dashboard_alert_actions
test-postgres: setup system-deps
	$(PY) -m pytest -q -n auto --dist loadgroup -p tests.support.postgres_backend \
		$(foreach t,$(POSTGRES_TESTS),$(wildcard tests/*/test_$(t).py tests/unit/*/test_$(t).py))

bench: setup system-deps
	$(PY) bench/compare.py
	$(PY) bench/throughput.py
	$(PY) bench/dashboard.py
	$(PY) bench/lists.py
	$(PY) bench/idle.py
	$(PY) bench/content.py
	$(PY) bench/filtering.py
	$(PY) bench/accuracy.py

# The statistical filter's starter model (counts and weights), from corpus/train (see corpus/README.md); commit both files.
model: setup
	$(PY) -m app.classify.starter corpus/train app/classify/starter_model.json.gz

# The training and held-out corpus (corpus/README.md): regenerated from the hand-written texts.
corpus:
	python3 corpus/sources/spam.py
	python3 corpus/sources/ham.py

clean:
	rm -rf $(VENV) .pytest_cache
