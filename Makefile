# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_77470e3bf062b03c.txt

.PHONY: demo test install eval clean browser

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/timeline extract $(SEED) --pub-date 2023-09-05 -o out/seed_events.csv --plot out/seed_timeline.png
	$(BIN)/timeline plot out/seed_events.csv -o out/seed_timeline.html
	@echo "wrote out/seed_events.csv, out/seed_timeline.png and out/seed_timeline.html"

# Test files spread over TEST_JOBS processes (pytest-xdist), each file whole in one process so its module fixtures
# (a pipeline load, a corpus run) are built once; 2 suits the 2-core CI machine, `make test TEST_JOBS=0` runs serially.
TEST_JOBS ?= 2

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q -n $(TEST_JOBS) --dist loadfile

# Debian's chromium + chromedriver for the HTML page's browser test (tests/test_html_page.py), when missing.
# Needs root (CI runs as root); without apt-get or root the browser tests skip and say why.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
	  echo "chromium and chromedriver present"; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	    || echo "timeline: warning: could not install chromium; the browser tests will skip"; \
	else \
	  echo "timeline: warning: no apt-get or not root: chromium not installed; the browser tests will skip"; \
	fi

eval: $(BIN)/.installed
	$(BIN)/timeline eval tempeval ../shared/data/tempeval3/train

clean:
	rm -rf $(VENV) out
