#!/usr/bin/env bash
# test-hosts.sh - runs the compiled test files (dist/test/*.test.js, node:test + node:assert) on
# the other supported hosts: Node 24 (npm package node@24, via scripts/node24), Bun and Deno (npm packages bun, deno;
# their binaries ship inside the packages, nothing is downloaded at run time).
# The machine's own Node runs the suite in `npm test` before this script.
#
#   bash scripts/test-hosts.sh              all three hosts
#   bash scripts/test-hosts.sh bun deno     only these (names: node24, bun, deno)
#   TEST_MATCH=hosts- bash scripts/test-hosts.sh   only test files whose name matches
#
# Requires: `tsc -p .` already run (dist/ up to date) and `npm ci`/`npm install` done.
# Prints each host's full output only when it fails, then one summary line per host and a final
# "hosts: N passed, N failed, N skipped" line. Exits non-zero if any host failed or is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=node_modules/.bin
# Node 24 lives in its own nested package (see scripts/node24/package.json and .npmrc).
NODE24=scripts/node24/node_modules/.bin/node

# Test files: the compiled form of each test/*.test.ts (stale dist files of removed tests are ignored).
# TEST_MATCH=regex keeps only the files whose name matches (e.g. TEST_MATCH=hosts-).
# TEST_FILES="a.js b.js" runs exactly those compiled files (test/test-accounting.test.ts uses it).
files=()
[ -n "${TEST_FILES:-}" ] && read -r -a files <<<"$TEST_FILES"
[ -n "${TEST_FILES:-}" ] || for src in test/*.test.ts; do
  [[ -n "${TEST_MATCH:-}" && ! "$src" =~ ${TEST_MATCH} ]] && continue
  js="dist/test/$(basename "${src%.ts}").js"
  if [ ! -f "$js" ]; then echo "test-hosts: $js missing: run tsc -p . first" >&2; exit 2; fi
  files+=("$js")
done

hosts=("$@")
[ ${#hosts[@]} -eq 0 ] && hosts=(node24 bun deno)

logdir=$(mktemp -d)
trap 'rm -rf "$logdir"' EXIT
total_pass=0 total_fail=0 total_skip=0 status=0
summary=()

# Each runner's own closing lines -> "pass fail skip".
counts() { # host logfile
  local log=$2
  case $1 in
    node24) # TAP: "# pass 12" / "# fail 0" / "# skipped 1"
      awk '/^# pass /{p=$3} /^# fail /{f=$3} /^# skipped /{s=$3} END{print p+0, f+0, s+0}' "$log" ;;
    bun) # " 12 pass" / " 0 fail" / " 1 skip"
      awk '/^ *[0-9]+ pass$/{p=$1} /^ *[0-9]+ fail$/{f=$1} /^ *[0-9]+ skip$/{s=$1} END{print p+0, f+0, s+0}' "$log" ;;
    deno) # "ok | 12 passed (3 steps) | 0 failed | 1 ignored (2ms)"
      # Deno reports a test that skipped itself at run time as passed; test/support/skip.ts prints
      # a marker line for each, moved here from passed to skipped.
      sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^(ok|FAILED) \|/{
          for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p=$(i-1); if ($i ~ /^failed/) f=$(i-1); if ($i ~ /^ignored/) s=$(i-1) } }
          /^jitkit-test-skipped:/{m++}
          END{print p-m, f+0, s+m}' ;;
  esac
}

# Runs one command, adds its counts to the host's; prints its output if it failed.
run_one() { # host label command...
  local h=$1 label=$2; shift 2
  local log="$logdir/run.log" rc p f s
  # NODE_TEST_CONTEXT (set when this script runs under node --test) would switch the reporter.
  env -u NODE_TEST_CONTEXT NO_COLOR=1 "$@" >"$log" 2>&1
  rc=$?
  read -r p f s < <(counts "$h" "$log")
  # A file whose every test skipped (for a stated reason) counts as skipped; a file that exits
  # non-zero, fails a test, or runs nothing at all counts as a failure.
  if [ $rc -ne 0 ] || [ "$f" -ne 0 ] || [ $((p + s)) -eq 0 ]; then
    echo "===== $h: $label: exit $rc, full output ====="
    sed 's/\x1b\[[0-9;]*m//g' "$log"
    echo "===== end of $h: $label ====="
    [ "$f" -eq 0 ] && f=1 # a crash or an empty run counts as a failure
  fi
  host_pass=$((host_pass + p)) host_fail=$((host_fail + f)) host_skip=$((host_skip + s))
}

for h in "${hosts[@]}"; do
  case $h in
    node24) exe=$NODE24 ;;
    bun) exe=$BIN/bun ;;
    deno) exe=$BIN/deno ;;
    *) echo "test-hosts: unknown host '$h' (node24, bun, deno)" >&2; exit 2 ;;
  esac
  if [ ! -x "$exe" ]; then
    summary+=("$h: MISSING ($exe): run npm ci")
    status=1
    continue
  fi
  version=$("$exe" --version 2>/dev/null | head -1)
  host_pass=0 host_fail=0 host_skip=0
  start=$(date +%s)
  case $h in
    # Each file runs as a plain script (not under --test, which counts a file that registers no
    # test as one passing test), so a file that runs nothing reports nothing and fails.
    node24) for f in "${files[@]}"; do run_one "$h" "$f" "$exe" --test-reporter=tap "$f"; done ;;
    # Bun and Deno run all files in one process; one file per process keeps a crash in one file
    # from hiding the results of the others, as under node --test.
    # bun test treats a bare name as a filter; "./" makes it a path.
    # bun test stops a test after 5 s by default; node --test and deno test have no limit.
    bun) for f in "${files[@]}"; do run_one "$h" "$f" "$exe" test --timeout 300000 "./$f"; done ;;
    # The library itself needs only --allow-ffi; the tests also read fixtures, run llvm-mc and
    # the CLI, and read the environment. --no-check: these are compiled JS files.
    deno) for f in "${files[@]}"; do run_one "$h" "$f" "$exe" test --no-check --allow-all "$f"; done ;;
  esac
  secs=$(( $(date +%s) - start ))
  [ "$host_fail" -ne 0 ] && status=1
  summary+=("$h ($version): $host_pass passed, $host_fail failed, $host_skip skipped, ${secs}s")
  total_pass=$((total_pass + host_pass)) total_fail=$((total_fail + host_fail)) total_skip=$((total_skip + host_skip))
done

for line in "${summary[@]}"; do echo "test-hosts: $line"; done
echo "hosts: $total_pass passed, $total_fail failed, $total_skip skipped"
exit $status
