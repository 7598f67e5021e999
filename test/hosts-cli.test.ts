// The jitkit CLI started with the runtime that runs this file (node, bun, or deno run
// --allow-ffi --allow-read), Deno's refusal without --allow-ffi, which must say what is missing, and
// a real OS error (memory-deny-write-execute refusing rwx memory) turned into exit code 71 on each runtime.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { denoBinary, hostCommand, runtimeName } from "./support/hosts-command.js";
import { MDWE_UNSUPPORTED_EXIT, runChild } from "./support/hosts-child.js";
import { skipTest } from "./support/skip.js";

const CLI = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
}

test(`jitkit add4 runs under ${runtimeName()}, W^X and --rwx`, () => {
  const { command, args } = hostCommand(CLI, ["add4", "38"]);
  const r = run(command, args);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /result = 42\b/);
  const rwx = hostCommand(CLI, ["add4", "1", "--rwx"]);
  const r2 = run(rwx.command, rwx.args);
  assert.equal(r2.status, 0, r2.stderr);
  assert.match(r2.stdout, /result = 5\b/);
});

test(`jitkit usage errors exit 64 under ${runtimeName()}`, () => {
  const { command, args } = hostCommand(CLI, ["no-such-command"]);
  const r = run(command, args);
  assert.equal(r.status, 64, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
});

test("Deno without --allow-ffi: the error names the missing permission", (t) => {
  const deno = runtimeName() === "deno" ? process.execPath : denoBinary();
  if (deno === undefined) { skipTest(t, "node_modules/.bin/deno is not installed (npm ci installs it)"); return; }
  const r = run(deno, ["run", "--allow-read", CLI, "add4", "1"]);
  assert.equal(r.status, 69, r.stderr); // EX_UNAVAILABLE
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^jitkit: jitkit needs Deno's FFI permission .*run Deno with --allow-ffi.*\n$/); // one line, no stack trace
});

test(`an OS failure under ${runtimeName()}: memory-deny-write-execute refuses rwx memory, exit 71 with errno text`, (t) => {
  // (--rwx: W^X code runs under memory-deny-write-execute, through dual mapping; see cli-add4-adder.test.ts)
  const run = runChild(`await import(${JSON.stringify(CLI)});`, { args: ["add4", "1", "--rwx"], mdwe: true });
  if (run.status === MDWE_UNSUPPORTED_EXIT) { skipTest(t, "kernel lacks PR_SET_MDWE (Linux < 6.3)"); return; }
  assert.equal(run.status, 71, `stdout: ${run.stdout}\nstderr: ${run.stderr}`);
  assert.equal(run.stdout, "");
  // Deno also reports that it could not compile its own fast-call stubs under MDWE; ours is the last line.
  assert.match(run.stderr, /jitkit add4: mmap failed: EACCES \(errno 13\): Permission denied \[\d+ bytes, read-write-execute\]\n$/);
});
