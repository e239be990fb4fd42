# Each target bootstraps .venv from pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-large dist clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# UI translations: resources/translations/*.ts (sources, in git) compiled to .qm (built, ignored).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) translations
	$(BIN)/privacy-vault

test: $(STAMP) translations
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The same, with the 1,000,000-request vault too (built through the API once, then cached).
bench-large: $(STAMP) translations
	BENCH_LARGE=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# One-folder desktop bundle in dist/privacy-vault (people install apps, not repositories).
dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
