# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# setuptools announces every editable install with a nine-line notice ("Editable installation."): not a problem.
PIP    := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint typecheck bench stress screenshots clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (python3.11 not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# `make run` needs only the app's own dependencies; the test tools come with `make test` (their own stamp).
$(STAMP): pyproject.toml | $(PY)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	@touch $(STAMP)

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PIP) install --quiet -e '.[test]'
	@touch $(TEST_STAMP)

run: $(STAMP)
	$(VENV)/bin/alliance

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

stress: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen ALLIANCE_KILLS=200 ALLIANCE_FLIPS=2000 ALLIANCE_WAL_FLIPS=200 \
		ALLIANCE_MARK_FLIPS=500 ALLIANCE_BACKUP_FLIPS=300 ALLIANCE_FULL_DISK_SWEEP=1 $(PY) -m pytest -q tests/reliability

screenshots: $(TEST_STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots_dialogs.py
	xvfb-run -a -s "-screen 0 1280x768x24" $(PY) scripts/screenshots_client_mode.py

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check src tests

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy

# Desktop bundle (packaging/README.md): dist/alliance/ with alliance-gui and alliance, no Python needed.
PKG_STAMP := $(VENV)/.package-installed
.PHONY: package package-test

$(PKG_STAMP): pyproject.toml $(TEST_STAMP)
	$(PIP) install --quiet -e '.[test,package]'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PY) packaging/make_icons.py --out build/icons
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/alliance.spec
	@du -sh dist/alliance

package-test: package
	QT_QPA_PLATFORM=offscreen ALLIANCE_BUNDLE=dist/alliance $(PY) -m pytest -q tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
