// Sealed code is really not writable: a child process that writes into a sealed page through the
// FFI (bypassing jitkit's API) is killed by SIGSEGV. Control: the same write into rwx-unsafe
// memory succeeds, so the test can tell the two apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runChild } from "./support/hosts-child.js";

const calls = new URL("../src/platform/calls.js", import.meta.url).href;
const select = new URL("../src/platform/host-select.js", import.meta.url).href;

/** A child on this runtime writes one byte into its own code with the host's raw memcpy. */
function child(memory: "w^x" | "rwx-unsafe") {
  const script = `
    const { loadCode } = await import(${JSON.stringify(calls)});
    const { host } = await import(${JSON.stringify(select)});
    const f = loadCode(Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3), { args: ["i64"], returns: "i64" }, { memory: ${JSON.stringify(memory)} });
    process.stdout.write("called " + f(2n) + "\\n");
    process.stdout.write("writing\\n");
    host.write(f.address, Uint8Array.of(0x90)); // memcpy through the FFI, not jitkit's page states
    process.stdout.write("survived\\n");
  `;
  return runChild(script, { timeout: 20_000 });
}

test("writing into a sealed page kills the process with SIGSEGV", () => {
  const run = child("w^x");
  assert.match(run.stdout, /called 6\nwriting\n/);
  assert.doesNotMatch(run.stdout, /survived/);
  assert.equal(run.signal, "SIGSEGV", `status ${run.status}, stderr: ${run.stderr}`);
});

test("control: the same write into rwx-unsafe memory goes through", () => {
  const run = child("rwx-unsafe");
  assert.equal(run.signal, null, run.stderr);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /called 6\nwriting\nsurvived\n/);
});
