// Test accounting: every run-time skip goes through skipTest (test/support/skip.ts), so that
// Deno counts it as skipped rather than passed; and the host script's counting tells a file whose
// tests all skipped apart from one that ran nothing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

test("no test file calls t.skip() directly (Deno would count it as passed)", () => {
  const dir = join(ROOT, "test");
  const offenders = readdirSync(dir).filter((f) => f.endsWith(".test.ts"))
    .filter((f) => f !== "test-accounting.test.ts" && /\bt\.skip\(/.test(readFileSync(join(dir, f), "utf8")));
  assert.deepEqual(offenders, []);
});

test("the host script moves Deno's marked skips from passed to skipped, and fails a file that ran nothing", () => {
  const script = readFileSync(join(ROOT, "scripts", "test-hosts.sh"), "utf8");
  const marker = readFileSync(join(ROOT, "test", "support", "skip.ts"), "utf8").match(/SKIP_MARKER = "([^"]+)"/)![1];
  assert.ok(script.includes(`/^${marker}/{m++}`), "deno counter counts the marker");
  assert.ok(script.includes("END{print p-m, f+0, s+m}"));
  assert.ok(script.includes('[ $((p + s)) -eq 0 ]'), "an all-skipped file is not a failure, an empty one is");
});
