# newsgraph — the two commands the README starts with, and a few more.
#   make demo   install what is missing, build, ingest the sample corpus, serve the UI on 127.0.0.1
#   make test   install what is missing, build, run the whole test suite
#   make build  install what is missing and build
#   make bench  build and print every stage's benchmark figures
#   make eval   build and print every accuracy figure (scorers run on ../shared)
.PHONY: world-queries crash-loop all deps build test test-release test-sanitize demo bench bench-extract eval model office-table person-nouns given-names fuzz clean \
        fuzz-run load-test bench-scaleout bench-api

BUILD_DIR ?= build
JOBS      ?= $(shell nproc)
DEMO_DB   ?= $(BUILD_DIR)/demo.db
PORT      ?= 8080
CMAKE_FLAGS ?=

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt: | deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: deps $(BUILD_DIR)/CMakeCache.txt
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The whole suite twice: the Release build, then an ASan+UBSan build (-O1, no benchmarks) in
# $(BUILD_DIR)-sanitize where any memory error or undefined behaviour fails the test.
test: test-release test-sanitize

test-release: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 900

test-sanitize: deps
	@cmake -S . -B $(BUILD_DIR)-sanitize -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
	  -DCMAKE_C_FLAGS_DEBUG=-O1 -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR)-sanitize -j $(JOBS)
	@cd $(BUILD_DIR)-sanitize && ctest --output-on-failure -j $(JOBS) --timeout 900

demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BUILD_DIR)/newsgraph ingest --db $(DEMO_DB) data/sample
	$(BUILD_DIR)/newsgraph stats --db $(DEMO_DB)
	$(BUILD_DIR)/newsgraph serve --db $(DEMO_DB) --host 127.0.0.1 --port $(PORT)

bench: build
	@bash scripts/run-benchmarks.sh $(BUILD_DIR)

# Extraction speed side by side with Mozilla Readability + jsdom (npm packages go into the build folder).
bench-extract: build
	@command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null)
	@bash scripts/bench-extract.sh $(BUILD_DIR)

# The copy linker against a synthetic index of 1M documents: speed and bytes per document
# (tests/bench/copies_bench.cc; docs/copies.md). Takes minutes; `make bench` stops at 100k.
bench-copies-1m: build
	COPIES_BENCH_1M=1 $(BUILD_DIR)/tests/copies_bench --benchmark_filter=1M

eval: build
	@bash scripts/eval.sh $(BUILD_DIR)

# Shard-parallel ingest on a throw-away one-node Slurm + PostgreSQL: documents/s for 1, 2, 4, 8
# array tasks and the link step's time (docs/scaleout.md). BENCH_DOCS=20000 for a shorter run.
bench-scaleout: build
	@bash scripts/slurm/bench-shards.sh --newsgraph $(BUILD_DIR)/newsgraph --docs $(or $(BENCH_DOCS),100000) \
	  --work $(BUILD_DIR)/bench-scaleout --report $(BUILD_DIR)/bench-scaleout.txt

# Retrains the NER model from ../shared (CoNLL-2003 train + testa, GUM train split, leaders) and the
# Debian word lists, into models/ner-en.bin; then rebuild. See docs/ner.md.
model: build
	@bash scripts/install-deps.sh --training
	$(BUILD_DIR)/tools/train_ner --shared ../shared --out models/ner-en.bin --train-on-dev
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Rebuilds the dated office-holder table from ../shared/data/leaders into
# data/offices/office-holders.tsv; the next build embeds it. See docs/checks.md.
office-table:
	python3 scripts/build-office-table.py --leaders ../shared/data/leaders --out data/offices/office-holders.tsv

# Rebuilds models/person-nouns.txt (nouns naming a kind of person, from WordNet's noun.person) from
# the Debian package wordnet-base; the next build embeds it. See docs/analyze.md.
person-nouns:
	@bash scripts/install-deps.sh --training
	python3 scripts/build-person-nouns.py /usr/share/wordnet > models/person-nouns.txt.tmp
	@mv models/person-nouns.txt.tmp models/person-nouns.txt

# Rebuilds models/given-names.txt (given names whose gender Faker's English name lists agree on)
# from the Debian package python3-fake-factory; the next build embeds it. See docs/analyze.md.
given-names:
	@bash scripts/install-deps.sh --training
	/usr/bin/python3 scripts/build-given-names.py > models/given-names.txt.tmp
	@mv models/given-names.txt.tmp models/given-names.txt

# libFuzzer builds of every fuzz target (clang), in their own build folder.
fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(BUILD_DIR)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DNEWSGRAPH_LIBFUZZER=ON -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCH=OFF >/dev/null
	@cmake --build $(BUILD_DIR)-fuzz -j $(JOBS)
	@echo "fuzzers in $(BUILD_DIR)-fuzz/tests: run e.g. $(BUILD_DIR)-fuzz/tests/ingest_fuzzer tests/fuzz/corpus/ingest_fuzzer"

# Fuzzing hours: every fuzz target of `make fuzz` for SECONDS each (default 60: ~15 min for all)
# or RUNS executions (default 10M), whichever comes first,
# working corpora kept in $(BUILD_DIR)-fuzz/corpus/<target>, findings in $(BUILD_DIR)-fuzz/findings/,
# a table in $(BUILD_DIR)-fuzz/fuzz-run.md (docs/reliability.md).
SECONDS ?= 60
RUNS ?= 10000000
fuzz-run: fuzz
	@RUNS=$(RUNS) bash scripts/reliability/fuzz-run.sh $(BUILD_DIR)-fuzz $(SECONDS)

# The server under load at full size: 100k documents, wrk for 60 s with 32 connections while
# 20k more documents are ingested; the store is built once into $(BUILD_DIR)/load-test (storing
# 20k documents took 103 s on a loaded 2-core machine; docs/reliability.md).
load-test: build
	@bash scripts/reliability/load.sh --newsgraph $(BUILD_DIR)/newsgraph --docs 100000 --extra-docs 20000 \
	  --seconds 60 --connections 32 --work $(BUILD_DIR)/load-test

# People and events queries (the API) on a store whose link tables are those of a 1M-document
# world, loaded synthetically in the real schema; built once into $(BUILD_DIR)/world-1m.db (about
# 4 GB; docs/world.md, "Queries at 1M documents").
world-queries: build
	python3 scripts/reliability/world-queries.py --newsgraph $(BUILD_DIR)/newsgraph --docs 1000000 \
	  --db $(BUILD_DIR)/world-1m.db

# The web UI's API calls and views timed over a store of 100,000 generated articles, stored and
# linked once into $(BUILD_DIR)/api-bench (~20 min on 2 cores), answer cache on and off; figures
# in docs/ui.md.
bench-api: build
	@mkdir -p $(BUILD_DIR)/api-bench
	@if [ ! -f $(BUILD_DIR)/api-bench/api.db ]; then \
	  python3 scripts/reliability/gen-corpus.py --docs 100000 --out $(BUILD_DIR)/api-bench/corpus.jsonl && \
	  $(BUILD_DIR)/newsgraph ingest --db $(BUILD_DIR)/api-bench/api.db --quiet $(BUILD_DIR)/api-bench/corpus.jsonl; fi
	python3 scripts/ui/api-latency.py --newsgraph $(BUILD_DIR)/newsgraph --db $(BUILD_DIR)/api-bench/api.db --seconds 8
	python3 scripts/ui/api-latency.py --newsgraph $(BUILD_DIR)/newsgraph --db $(BUILD_DIR)/api-bench/api.db --seconds 8 --cache-mb 0
	@$(BUILD_DIR)/newsgraph serve --db $(BUILD_DIR)/api-bench/api.db --port 0 2> $(BUILD_DIR)/api-bench/serve.log & pid=$$!; \
	  sleep 1; url=$$(sed -n 's/.*\(http:[^ ]*\)\/$$/\1/p' $(BUILD_DIR)/api-bench/serve.log | head -1); \
	  node scripts/ui/render-times.mjs --base $$url --modules $(BUILD_DIR)/web-npm/node_modules; rc=$$?; kill $$pid; exit $$rc

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-fuzz $(BUILD_DIR)-sanitize

# The full crash loop of docs/reliability.md: 100 SIGKILLs during ingest and linking (the test
# suite runs 30).
crash-loop: build
	cd $(BUILD_DIR) && NEWSGRAPH_CRASH_KILLS=100 tests/reliability_test --gtest_filter='CrashLoop*'
