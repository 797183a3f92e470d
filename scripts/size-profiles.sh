#!/usr/bin/env bash
# Measures the release profile's alternatives: builds the wasm once per variant (cargo
# profile overrides through CARGO_PROFILE_RELEASE_*), runs wasm-bindgen and each wasm-opt
# level, and prints raw and brotli bytes of padilla_bg.wasm. A measurement, not a test.
#
#   make tools && scripts/size-profiles.sh        (about a minute per variant)
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
wasm_bindgen=${TOOLS_DIR:-$HOME/.cache/padilla}/wasm-bindgen-$version/bin/wasm-bindgen
wasm_opt=node_modules/.bin/wasm-opt
export CARGO_TARGET_DIR=target/size-profiles
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

brotli_size() { node -e 'const z=require("zlib");const b=require("fs").readFileSync(process.argv[1]);console.log(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)' "$1"; }

printf '%-44s %10s %10s %10s %10s\n' variant no-opt:raw -Oz:raw -Oz:brotli -Os:brotli
variant() {
  local name=$1; shift
  env "$@" cargo build -q --release --lib --target wasm32-unknown-unknown
  "$wasm_bindgen" --target web --no-typescript --out-dir "$out" --out-name p \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/padilla.wasm"
  local raw; raw=$(stat -c %s "$out/p_bg.wasm")
  "$wasm_opt" -Oz --strip-debug --strip-producers --strip-target-features "$out/p_bg.wasm" -o "$out/z.wasm"
  "$wasm_opt" -Os --strip-debug --strip-producers --strip-target-features "$out/p_bg.wasm" -o "$out/s.wasm"
  printf '%-44s %10s %10s %10s %10s\n' "$name" "$raw" "$(stat -c %s "$out/z.wasm")" \
    "$(brotli_size "$out/z.wasm")" "$(brotli_size "$out/s.wasm")"
}

variant 'chosen: z, lto=fat, cgu=1, abort, strip=dbg'
variant 'opt-level=s'            CARGO_PROFILE_RELEASE_OPT_LEVEL=s
variant 'opt-level=3'            CARGO_PROFILE_RELEASE_OPT_LEVEL=3
variant 'lto=thin'               CARGO_PROFILE_RELEASE_LTO=thin
variant 'lto=off'                CARGO_PROFILE_RELEASE_LTO=off
variant 'codegen-units=16'       CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
variant 'panic=unwind'           CARGO_PROFILE_RELEASE_PANIC=unwind
variant 'strip=none'             CARGO_PROFILE_RELEASE_STRIP=none
