#!/usr/bin/env bash
# check-package.sh - packs jitkit as npm would publish it, installs the tarball into an empty
# project in a temporary folder, and runs the README's first example there on Node, Bun and Deno,
# plus the installed CLI. Catches a file missing from "files" or a broken "exports" map.
#
#   bash scripts/check-package.sh             (after npm ci; .ci/run calls it)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$repo"
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -1)
mkdir "$tmp/app"
cd "$tmp/app"
echo '{ "name": "jitkit-package-check", "version": "1.0.0", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund "$tmp/$tarball" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
status=0
# jitkit itself must need no install script (koffi's own prebuilt-binary step is koffi's).
if grep -q "jitkit@" "$tmp/install.log"; then echo "check-package: installing the tarball ran or flagged a jitkit script:"; cat "$tmp/install.log"; status=1; fi
for f in LICENSE README.md examples/add4.s dist/src/index.js dist/src/index.d.ts src/index.ts; do
  [ -f "node_modules/jitkit/$f" ] || { echo "check-package: $f missing from the package"; status=1; }
done
cat > example.mjs <<'JS'
import { Assembler, x64, loadCode, assemble } from "jitkit";
const { rax, rdi } = x64;
const a = new Assembler();
a.mov(rax, rdi).add(rax, 4).ret();
const add4 = loadCode(a, { args: ["i64"], returns: "i64" });
const r = add4(2n);
add4.free();
const sq = loadCode(assemble("mov rax, rdi\nimul rax, rdi\nret"), { args: ["i64"], returns: "i64" });
const s = sq(12n);
if (r !== 6n || s !== 144n) { console.error(`wrong results ${r} ${s}`); process.exit(1); }
console.log(`ok ${r} ${s}`);
JS
check() { # host command...
  local h=$1; shift
  if out=$("$@" 2>&1) && [ "$out" = "ok 6 144" ]; then echo "check-package: $h: $out"
  else echo "check-package: $h FAILED: $out"; status=1; fi
}
check node node example.mjs
check bun "$repo/node_modules/.bin/bun" example.mjs
check deno "$repo/node_modules/.bin/deno" run --allow-ffi --allow-read --allow-env example.mjs
if out=$(./node_modules/.bin/jitkit add4 2>&1) && [ "$out" = "result = 6" ]; then echo "check-package: installed CLI: $out"
else echo "check-package: installed CLI FAILED: $out"; status=1; fi
if out=$(cd node_modules/jitkit && ../.bin/jitkit asm examples/add4.s --run 'i64(i64)' 2 2>&1) && [ "$out" = "6" ]; then echo "check-package: installed CLI, README asm example: $out"
else echo "check-package: installed CLI asm example FAILED: $out"; status=1; fi
exit $status
