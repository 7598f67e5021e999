// observe-perf.test.ts - perf names jitted functions: `perf record -e cpu-clock` of a child
// process (this host's runtime) looping in a jitted function with JITKIT_PERF=map, then
// `perf report` must list that function's name as the top symbol. Skips, saying why, when perf
// is missing or the kernel refuses sampling (perf_event_paranoid, containers).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { skipTest } from "./support/skip.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, "fixtures", "observe", "spin.js");

function runtimeCommand(script: string): string[] {
  const g = globalThis as { Bun?: unknown; Deno?: unknown };
  if (g.Deno !== undefined) return [process.execPath, "run", "--allow-all", script];
  return [process.execPath, script];
}

function perfProblem(dir: string): string | null {
  const which = spawnSync("perf", ["--version"]);
  if (which.error || which.status !== 0) return "perf is not installed (Debian: linux-perf)";
  const probe = spawnSync("perf", ["record", "-e", "cpu-clock", "-o", join(dir, "probe.data"), "true"], { encoding: "utf8" });
  if (probe.status !== 0) return `perf record is refused here: ${(probe.stderr || "").trim().split("\n").slice(-1)[0]}`;
  return null;
}

test("perf report names a jitted function from the perf map (JITKIT_PERF=map)", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-perf-"));
  try {
    const problem = perfProblem(dir);
    if (problem) { skipTest(t, problem); return; }
    assert.ok(existsSync(fixture), `${fixture} missing: run tsc -p .`);
    const data = join(dir, "perf.data");
    const record = spawnSync("perf", ["record", "-e", "cpu-clock", "-o", data, "--", ...runtimeCommand(fixture)], {
      encoding: "utf8", env: { ...process.env, JITKIT_PERF: "map" }, timeout: 60_000,
    });
    assert.equal(record.status, 0, `perf record failed: ${record.stderr}`);
    const report = execFileSync("perf", ["report", "-i", data, "--stdio", "--sort", "sym", "--percent-limit", "1"], {
      encoding: "utf8", maxBuffer: 64 << 20,
    });
    const rows = report.split("\n").filter((l) => /^\s+\d+\.\d+%/.test(l));
    assert.ok(rows.length > 0, `no rows in perf report:\n${report}`);
    assert.match(rows[0], /jitkit_spin_loop/, `top symbol is not the jitted function:\n${rows.slice(0, 5).join("\n")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
