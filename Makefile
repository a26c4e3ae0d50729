# The whole set-up on a fresh machine is `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo demo-serve test eval bench lock schema clean check-reliability fuzz

install: $(STAMP)

# Pinned, hash-checked dependencies (requirements.lock, made by `make lock`), then eventwire itself.
$(STAMP): requirements-pip.lock requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --only-binary :all: -r requirements-pip.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Each sample is coded against its own publication date (the .txt files carry none).
demo: $(STAMP)
	$(VENV)/bin/eventwire code samples/doha-envoy.txt --published 2021-08-10 --format table
	$(VENV)/bin/eventwire code samples/mali-menaka.txt samples/nairobi-protest.html samples/wire.jsonl --published 2024-03-12 --format table

# The samples in a store (build/demo.duckdb), served with the dashboard on http://127.0.0.1:8000/
demo-serve: $(STAMP)
	rm -f build/demo.duckdb build/demo.duckdb.wal
	$(VENV)/bin/eventwire run samples/doha-envoy.txt --published 2021-08-10 --db build/demo.duckdb --no-progress
	$(VENV)/bin/eventwire run samples/ --published 2024-03-12 --db build/demo.duckdb --no-progress
	$(VENV)/bin/eventwire serve --db build/demo.duckdb

test: $(STAMP)
	$(PY) -m pytest

# Every evaluation on the data in $(SHARED)/data (not shipped); events are scored on the test halves.
eval: $(STAMP)
	$(VENV)/bin/eventwire eval places $(SHARED)/data/geowebnews/GWN.xml
	$(VENV)/bin/eventwire eval times $(SHARED)/data/timebank/TimeBank
	$(VENV)/bin/eventwire eval quotes $(SHARED)/data/polnear/dev
	$(VENV)/bin/eventwire eval events plover-gsr $(SHARED)/data/plover-gsr/PLOVER_GSR_CAMEO.txt --split test
	$(VENV)/bin/eventwire eval events cameo-codebook $(SHARED)/data/cameo-codebook/cameo-codes.csv --split test
	$(VENV)/bin/eventwire eval events conflibert-roles $(SHARED)/data/conflibert-cameo/roles-train.conll --split test
	$(VENV)/bin/eventwire eval events conflibert-class $(SHARED)/data/conflibert-cameo/class-train.tsv --split test
	$(VENV)/bin/eventwire eval clusters tests/data/clusters/reports.jsonl
	$(VENV)/bin/eventwire eval events cameo-codebook tests/data/cameo_probe.csv --split all

bench: $(STAMP)
	$(PY) bench/throughput.py $(SHARED)/data/polnear/dev/text $(SHARED)/data/polnear/train/text

# GET /v1/events under 50 concurrent clients for 30 s over a 100,000-event store (coded once from
# samples/ and $(SHARED), then replicated; cached in build/service_load/); uses wrk when installed.
.PHONY: bench-service
bench-service: $(STAMP)
	$(PY) bench/service_load.py --shared $(SHARED)

# Fault injection (20 kill -9 trials, then resume) and the reader fuzzer (atheris, 60 s); a few minutes.
# atheris is for fuzzing only, installed here, not a runtime dependency.
check-reliability: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check atheris==3.0.0
	PYTHONPATH=src $(PY) fuzz/check_reliability.py --trials 20 --fuzz-seconds 60

fuzz: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check atheris==3.0.0
	PYTHONPATH=src $(PY) fuzz/fuzz_readers.py -max_total_time=$${FUZZ_SECONDS:-300} -artifact_prefix=build/ build/fuzz-corpus

schema: $(STAMP)
	$(VENV)/bin/eventwire schema --out article.schema.json

# Regenerate the lock after changing dependencies in pyproject.toml (needs pip-tools; PyPI access).
lock:
	$(PYTHON) -m venv /tmp/eventwire-piptools && /tmp/eventwire-piptools/bin/pip install --quiet pip-tools
	/tmp/eventwire-piptools/bin/pip-compile --quiet --generate-hashes --allow-unsafe --extra test --strip-extras \
		--output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
