# Returns Desk: `make run` starts the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

DIST_VENV := .venv-dist

# Some machines set PYTHONDONTWRITEBYTECODE=1: then every test worker and every station
# process a test starts compiles the app (and pytest rewrites every test module) again,
# seconds each time. The tests keep their bytecode in __pycache__ (ignored by git).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test lint install clean dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/returns-app demo --if-empty --orders 2000
	$(BIN)/returns-app

lint: $(STAMP)
	$(BIN)/ruff check returns_app ui tests bench main.py
	$(BIN)/lint-imports

# Two workers (pytest-xdist), each taking a whole test file at a time: the suite is mostly
# one process waiting on one core, so on a two-core station this halves it (17 -> 9 min).
XDIST := -n 2 --dist loadfile

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider $(XDIST) $(PYTEST_ARGS)
	@echo "The date-sensitive tests again, with the clock moved a year ahead:"
	RETURNS_TEST_CLOCK_SHIFT_DAYS=365 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		-p no:cacheprovider -q $(XDIST) -m "clock and not postgres and not slow" $(PYTEST_ARGS)

# The wheel and a one-folder bundle for stations without Python (PyInstaller; see README
# "Install on a station"), then the bundle's smoke test. Not part of `make test` (minutes).
dist:
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet . 'pyinstaller>=6.10'
	$(DIST_VENV)/bin/python -m pip wheel --quiet --no-deps -w dist .
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --distpath dist \
		--workpath build/pyinstaller packaging/returns-desk.spec
	$(DIST_VENV)/bin/python bench/bench_bundle.py --bundle dist/returns-desk \
		--python $(DIST_VENV)/bin/python

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist
