# Returns Desk: `make run` starts the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install clean

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

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider $(PYTEST_ARGS)
	@echo "The date-sensitive tests again, with the clock moved a year ahead:"
	RETURNS_TEST_CLOCK_SHIFT_DAYS=365 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		-p no:cacheprovider -q -m "clock and not postgres and not slow" $(PYTEST_ARGS)

clean:
	rm -rf $(VENV)
