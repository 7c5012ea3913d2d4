# Quick start: `make run` starts the gateway; `make test` runs the whole suite.
VENV   ?= .venv
PY     := $(VENV)/bin/python
DB     ?= mailmoat.db
LISTEN ?= 0.0.0.0:2525

.PHONY: run serve test bench setup system-deps clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

system-deps:
	bash tools/system-deps.sh

run: setup
	$(VENV)/bin/mailmoat --db $(DB) init
	$(VENV)/bin/mailmoat --db $(DB) serve --listen $(LISTEN)

test: setup system-deps
	$(PY) -m pytest -q

bench: setup system-deps
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache
