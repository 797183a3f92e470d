# Padilla: the two commands are `make serve` and `make test`. Each installs what it needs.
#
#   make serve   build the release bundle into dist/ and serve it on http://127.0.0.1:8080
#   make test    native tests, wasm tests in headless Chromium, TypeScript types, end-to-end browser tests
#   make build   the release bundle into dist/, nothing served
#   make size    raw, gzip and brotli bytes of every file in dist/, the first-answer total, code per crate
#   make tools   install the toolchain target, wasm-bindgen-cli, node tools and Chromium
#   make bench   assessments per second natively, and 10,000 cases through assess --jsonl (measurements)
#   make bench-browser  the same in headless Chromium: load, assessment, search, Enter to answer
#   make fuzz    a million fuzzed Cases through the native door: count, rate, slowest (not in CI)
#
# Tools come only from the package registries (crates.io, npm, Debian), pinned:
# wasm-bindgen-cli at the version Cargo.toml pins wasm-bindgen to, built once into
# TOOLS_DIR (outside the checkout, so a fresh clone on the same machine reuses it);
# binaryen (wasm-opt) and playwright-core from package-lock.json; Debian's chromium.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TARGET := wasm32-unknown-unknown
PORT ?= 8080
TOOLS_DIR ?= $(HOME)/.cache/padilla
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
WB_ROOT := $(TOOLS_DIR)/wasm-bindgen-$(WASM_BINDGEN_VERSION)
WASM_BINDGEN := $(WB_ROOT)/bin/wasm-bindgen
WASM_TEST_RUNNER := $(WB_ROOT)/bin/wasm-bindgen-test-runner
NODE_STAMP := node_modules/.package-lock.json
WASM_OPT := node_modules/.bin/wasm-opt
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve test build size bench bench-browser fuzz tools wasm-target chromium test-native test-wasm test-types test-e2e clean

help:
	@sed -n 's/^#   //p' Makefile

# ---- tools ---------------------------------------------------------------------------

tools: wasm-target $(WASM_BINDGEN) $(NODE_STAMP) chromium

wasm-target:
	@rustup target list --installed | grep -qx '$(TARGET)' || rustup target add $(TARGET)

# `--locked` is not used: one of wasm-bindgen-cli's locked dependencies is missing from
# the registry mirror these machines reach.
$(WASM_BINDGEN):
	@test -n '$(WASM_BINDGEN_VERSION)' || { echo 'Cargo.toml must pin wasm-bindgen = "=X.Y.Z"'; exit 1; }
	@echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into $(WB_ROOT) (about 2.5 minutes, once)"
	cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --root $(WB_ROOT)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "Installing Debian's chromium and chromium-driver"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# ---- build ---------------------------------------------------------------------------

build: wasm-target $(WASM_BINDGEN) $(NODE_STAMP)
	@mkdir -p target
	cargo build --release --lib --target $(TARGET) --message-format=json-render-diagnostics \
	  | node scripts/data-dir.mjs > target/data-dir
	rm -rf dist && mkdir -p dist/data
	cp "$$(cat target/data-dir)"/*.*.bin dist/data/
	$(WASM_BINDGEN) --target web --no-typescript --out-dir dist --out-name padilla \
	  target/$(TARGET)/release/padilla.wasm
	$(WASM_OPT) -Oz --strip-debug --strip-producers --strip-target-features \
	  dist/padilla_bg.wasm -o dist/padilla_bg.wasm
	@# Kept for make size, which reads its function names.
	cp target/$(TARGET)/release/padilla.wasm target/padilla-app.wasm
	@# The widget partners embed (widget.html): the app, plus the writer that hands a result
	@# to a partner that opted in. Its own bundle, so the app's download carries none of it.
	cargo build --release --lib --target $(TARGET) --features embed
	$(WASM_BINDGEN) --target web --no-typescript --out-dir dist --out-name padilla-embed \
	  target/$(TARGET)/release/padilla.wasm
	$(WASM_OPT) -Oz --strip-debug --strip-producers --strip-target-features \
	  dist/padilla-embed_bg.wasm -o dist/padilla-embed_bg.wasm
	@# The partners' JavaScript API, its own bundle: the app's download carries none of it.
	@# Built for speed (profile release-speed): partners run it in batches, and it is not part
	@# of the app's first download.
	cargo build --profile release-speed --lib --target $(TARGET) --features js-api
	$(WASM_BINDGEN) --target web --out-dir dist --out-name padilla-api \
	  target/$(TARGET)/release-speed/padilla.wasm
	$(WASM_OPT) -O3 --strip-debug --strip-producers --strip-target-features \
	  dist/padilla-api_bg.wasm -o dist/padilla-api_bg.wasm
	cp -R www/. dist/
	@# The offline copy's list of files and version (sw.js), and the embed snippet's hash.
	node scripts/finish-dist.mjs dist
	@echo "Built dist/ ($$(du -sh dist | cut -f1))"

serve: build
	node scripts/serve.mjs dist $(PORT)

bench:
	cargo bench --bench throughput
	cargo build --profile release-speed --bin assess
	node scripts/bench-jsonl.mjs target/release-speed/assess 10000

# A million fuzzed Cases (tests/fuzz.rs) in release; CI runs ten thousand in test-native.
FUZZ_CASES ?= 1000000
fuzz:
	PADILLA_FUZZ_CASES=$(FUZZ_CASES) cargo test --profile fuzz --test fuzz -- --nocapture

bench-browser: $(NODE_STAMP) chromium
	@test -f dist/index.html || $(MAKE) --no-print-directory build
	node scripts/bench-browser.mjs

size:
	@test -f dist/padilla_bg.wasm || $(MAKE) --no-print-directory build >/dev/null
	@node scripts/size.mjs dist
	@node scripts/wasm-crates.mjs target/padilla-app.wasm

# ---- tests ---------------------------------------------------------------------------

test: tools
	$(MAKE) --no-print-directory test-native test-wasm build test-types test-e2e

test-native:
	cargo test

# wasm-bindgen-test in real headless Chromium through chromedriver; browser flags in
# webdriver.json.
test-wasm: wasm-target $(WASM_BINDGEN) chromium
	CHROMEDRIVER="$$(command -v chromedriver)" \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER='$(WASM_TEST_RUNNER)' \
	  cargo test --target $(TARGET) --test web --features js-api

# The partners' TypeScript definitions (dist/padilla-api.d.ts) checked by tsc against code
# written as a partner would (tests/types/partner.ts): a wrong type fails, and so does a
# mistake the types no longer catch.
test-types: $(NODE_STAMP)
	@test -f dist/padilla-api.d.ts || $(MAKE) --no-print-directory build
	node_modules/.bin/tsc -p tests/types

# Screenshots of each quick-check state land in test-artifacts/e2e/ (emptied each run).
test-e2e: $(NODE_STAMP) chromium
	@test -f dist/index.html || $(MAKE) --no-print-directory build
	@# The fuzzed Cases and the native door's answers, for tests/e2e/fuzz_api.test.mjs.
	@test -f target/tmp/fuzz-corpus.jsonl || cargo test --test fuzz
	rm -rf test-artifacts/e2e
	node --test --test-concurrency=1 \
	  --test-reporter=spec --test-reporter-destination=stdout \
	  --test-reporter=./tests/e2e/summary.mjs --test-reporter-destination=stdout \
	  tests/e2e/*.test.mjs

clean:
	cargo clean
	rm -rf dist node_modules
