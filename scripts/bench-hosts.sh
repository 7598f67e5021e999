#!/usr/bin/env bash
# bench-hosts.sh - runs bench/calls-hosts.ts (compiled) on every host: the machine's Node, Node 24
# (npm package node@24), Bun and Deno (npm packages bun, deno). One table per host.
#   bash scripts/bench-hosts.sh              all hosts
#   bash scripts/bench-hosts.sh bun deno     only these (names: node, node24, bun, deno)
# Requires: tsc -p . already run. Takes about 5-10 s per host.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=node_modules/.bin
# Node 24 lives in its own nested package (see scripts/node24/package.json and .npmrc).
NODE24=scripts/node24/node_modules/.bin/node
BENCH=dist/bench/calls-hosts.js
[ -f "$BENCH" ] || { echo "bench-hosts: $BENCH missing: run tsc -p . first" >&2; exit 2; }
hosts=("$@")
[ ${#hosts[@]} -eq 0 ] && hosts=(node node24 bun deno)
for h in "${hosts[@]}"; do
  case $h in
    node) cmd=(node "$BENCH") ;;
    node24) cmd=("$NODE24" "$BENCH") ;;
    bun) cmd=("$BIN/bun" "$BENCH") ;;
    # --allow-ffi for jitkit; the bench also writes a temporary shared object (the raw baseline).
    deno) cmd=("$BIN/deno" run --allow-ffi --allow-read --allow-write --allow-env "$BENCH") ;;
    *) echo "bench-hosts: unknown host '$h' (node, node24, bun, deno)" >&2; exit 2 ;;
  esac
  echo "=== $h ==="
  NO_COLOR=1 "${cmd[@]}"
  echo
done
