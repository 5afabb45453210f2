# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_77470e3bf062b03c.txt

.PHONY: demo test install eval clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/timeline extract $(SEED) --pub-date 2023-09-05 -o out/seed_events.csv --plot out/seed_timeline.png
	@echo "wrote out/seed_events.csv and out/seed_timeline.png"

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

eval: $(BIN)/.installed
	$(BIN)/timeline eval tempeval ../shared/data/tempeval3/train

clean:
	rm -rf $(VENV) out
