# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# setuptools announces every editable install with a nine-line notice ("Editable installation."): not a problem.
PIP    := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint typecheck bench stress screenshots ts clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (python3.11 not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# `make run` needs only the app's own dependencies; the test tools come with `make test` (their own stamp).
# Constrained to the lock (packaging/lock/runtime.txt), so what is run and tested here is what the bundle ships,
# not whatever PyPI has newest today (a newer cryptography once failed the SBOM check on a fresh clone).
# pip takes no hashes with an editable install, so the versions alone go into a constraints file.
PINS := $(VENV)/pins.txt
$(PINS): packaging/lock/runtime.txt packaging/lock/build.txt | $(PY)
	grep -hE '^[A-Za-z0-9]' packaging/lock/runtime.txt packaging/lock/build.txt | sed 's/ \\$$//' > $(PINS)

$(STAMP): pyproject.toml $(PINS) | $(PY)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e . -c $(PINS)
	@touch $(STAMP)

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PIP) install --quiet -e '.[test]' -c $(PINS)
	@touch $(TEST_STAMP)

# Translations (src/alliance/i18n.py): the .ts sources are committed, the .qm files are built from them here.
TS_FILES := resources/translations/alliance_de.ts resources/translations/alliance_es.ts
QM_STAMP := resources/translations/.built
# msg/translatable/translated/_tr take the source text first, as tr does: lupdate finds them with an empty context.
LUPDATE_FLAGS := -extensions py -tr-function-alias tr+=msg,tr+=translatable,tr+=translated,tr+=_tr \
	-locations relative -no-obsolete -silent

$(QM_STAMP): $(TS_FILES) scripts/build_translations.py | $(STAMP)
	$(PY) scripts/build_translations.py
	@touch $(QM_STAMP)

# After changing user-visible text: bring the .ts files up to date (then translate what is new).
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) src/alliance -ts $(TS_FILES)

run: $(STAMP) $(QM_STAMP)
	$(VENV)/bin/alliance

test: $(TEST_STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy

bench: $(TEST_STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

stress: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen ALLIANCE_KILLS=200 ALLIANCE_FLIPS=2000 ALLIANCE_WAL_FLIPS=200 \
		ALLIANCE_MARK_FLIPS=500 ALLIANCE_BACKUP_FLIPS=300 ALLIANCE_FULL_DISK_SWEEP=1 $(PY) -m pytest -q tests/reliability

screenshots: $(TEST_STAMP) $(QM_STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py
	for lang in de es; do xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py --language $$lang; done
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots_dialogs.py
	xvfb-run -a -s "-screen 0 1280x768x24" $(PY) scripts/screenshots_client_mode.py

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check src tests

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy

# Desktop bundle (packaging/README.md): dist/alliance/ with alliance-gui and alliance, no Python needed.
# Built in its own clean venv (build/venv-release) from the hash-pinned lock files, with Alliance installed as
# a wheel (not editable) and none of the test tools: what the bundle holds is exactly packaging/lock/*.txt.
# PYTHONHASHSEED=0: PyInstaller writes base_library.zip in set order, so a random seed reorders it every build.
PKG_VENV  := build/venv-release
PKG_PY    := $(PKG_VENV)/bin/python
PKG_READY := $(PKG_VENV)/.ready
LOCKS     := packaging/lock/runtime.txt packaging/lock/build.txt
# The dev venv gets PyInstaller too: tests/packaging reads its host-library list and runs its BUNDLE plist code.
PKG_STAMP := $(VENV)/.package-installed
UV_COMPILE = env -u PIP_FIND_LINKS -u PIP_CONSTRAINT $(VENV)/bin/uv pip compile --quiet --universal \
	--python-version 3.11 --generate-hashes --index-url https://pypi.org/simple --no-header \
	--custom-compile-command "make lock"
.PHONY: package package-test release lock

$(PKG_STAMP): pyproject.toml $(TEST_STAMP)
	$(PIP) install --quiet -e '.[test,package]' -c $(PINS)
	@touch $(PKG_STAMP)

# `make lock`: re-resolve the lock files (needs PyPI), then regenerate the Flatpak's wheel list from them.
lock: $(TEST_STAMP)
	$(PIP) install --quiet 'uv>=0.5'
	$(UV_COMPILE) --upgrade pyproject.toml -o packaging/lock/runtime.txt
	$(UV_COMPILE) --upgrade packaging/lock/build.in -o packaging/lock/build.txt
	$(PY) packaging/flatpak/generate_python_deps.py

$(PKG_READY): $(LOCKS) pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (python3.11 not found)"; exit 1; }
	rm -rf $(PKG_VENV)
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --quiet --require-hashes --no-deps -r packaging/lock/runtime.txt -r packaging/lock/build.txt
	@touch $(PKG_READY)

package: $(PKG_READY)
	rm -rf build/wheel
	$(PKG_PY) scripts/build_translations.py
	$(PKG_PY) -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir build/wheel .
	$(PKG_PY) -m pip install --quiet --no-deps --force-reinstall build/wheel/alliance-*.whl
	$(PKG_PY) -m pip check
	QT_QPA_PLATFORM=offscreen $(PKG_PY) packaging/make_icons.py --out build/icons
	QT_QPA_PLATFORM=offscreen PYTHONHASHSEED=0 $(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/alliance.spec
	@du -sh dist/alliance

package-test: package $(PKG_STAMP)
	QT_QPA_PLATFORM=offscreen ALLIANCE_BUNDLE=dist/alliance $(PY) -m pytest -q tests/packaging

# `make release`: the bundle, tested, as a reproducible tarball with SHA256SUMS and a CycloneDX SBOM in dist/.
release: package-test
	QT_QPA_PLATFORM=offscreen $(PKG_PY) packaging/release.py --bundle dist/alliance --out dist

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
