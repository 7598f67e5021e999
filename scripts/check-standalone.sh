#!/usr/bin/env bash
# check-standalone.sh - proves the repository stands on its own: clones the committed HEAD into a
# fresh temporary folder with nothing beside it (no shared/), then runs `npm ci` and the README's
# test command there. Any test that reads outside the repository fails or skips visibly there.
#
#   bash scripts/check-standalone.sh          (from the repository; .ci/run calls it)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$repo" "$tmp/jitkit"
cd "$tmp/jitkit"
[ -e ../shared ] && { echo "check-standalone: $tmp/shared exists" >&2; exit 1; }
echo "check-standalone: clone of $(git rev-parse --short HEAD) in $tmp/jitkit, nothing beside it"
npm ci --no-audit --no-fund
# JITKIT_SHARED_DIR would point the tests back at a shared folder: not in this run.
env -u JITKIT_SHARED_DIR npm test
