// Test accounting: every run-time skip goes through skipTest (test/support/skip.ts), so that Deno
// counts it as skipped rather than passed; and scripts/test-hosts.sh, run on sample files
// (scripts/test-samples/), counts skips honestly on each host, counts a file whose tests all
// skipped as skipped, and fails a file that ran nothing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { skipTest } from "./support/skip.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOST_BINARIES: Record<string, string> = {
  node24: "scripts/node24/node_modules/.bin/node", bun: "node_modules/.bin/bun", deno: "node_modules/.bin/deno",
};

test("no test file calls t.skip() directly (Deno would count it as passed)", () => {
  const dir = join(ROOT, "test");
  const offenders = readdirSync(dir).filter((f) => f.endsWith(".test.ts"))
    .filter((f) => f !== "test-accounting.test.ts" && /\bt\.skip\(/.test(readFileSync(join(dir, f), "utf8")));
  assert.deepEqual(offenders, []);
});

/** Runs the host script on sample files; returns its summary line for the host and its exit code. */
function runSamples(hostName: string, samples: string[]): { line: string; status: number | null } {
  const files = samples.map((s) => `scripts/test-samples/${s}.mjs`).join(" ");
  const r = spawnSync("bash", ["scripts/test-hosts.sh", hostName], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TEST_FILES: files } });
  const line = r.stdout.split("\n").find((l) => l.startsWith(`test-hosts: ${hostName} `)) ?? r.stdout + r.stderr;
  return { line, status: r.status };
}

for (const hostName of Object.keys(HOST_BINARIES)) {
  test(`test-hosts.sh on ${hostName}: run-time and declared skips count as skipped, an empty file fails`, (t) => {
    if (!existsSync(join(ROOT, HOST_BINARIES[hostName]))) { skipTest(t, `${HOST_BINARIES[hostName]} missing: run npm ci`); return; }
    const good = runSamples(hostName, ["mixed", "all-skipped"]);
    assert.match(good.line, / 1 passed, 0 failed, 3 skipped,/);
    assert.equal(good.status, 0, good.line);
    const empty = runSamples(hostName, ["empty"]);
    assert.match(empty.line, / 0 passed, 1 failed,/);
    assert.notEqual(empty.status, 0);
  });
}
