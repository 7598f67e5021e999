// Whole programs with labels (test/fixtures/asm-programs/*.s) assemble to exactly the .text bytes
// llvm-mc -filetype=obj produces (test/golden/asm-programs/*.hex): branch relaxation around the
// rel8 boundary, calls, loops, alignment padding, data directives and rip-relative constants.
// When llvm-mc is installed the golden files are also checked against a fresh llvm-mc run.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findLlvmMc, fromHex, llvmMcObject, toHex } from "../tools/lib-llvm-mc.js";
import { PROGRAM_DIR, PROGRAM_GOLDEN_DIR, generatedPrograms, sourceHash, toLlvmMcSource } from "../tools/gen-label-programs.js";
import { loadTextAssembler } from "./support/text-assembler.js";
import { skipTest } from "./support/skip.js";

const programs = readdirSync(PROGRAM_DIR).filter((f) => f.endsWith(".s")).sort().map((f) => f.slice(0, -2));

function readGolden(name: string): { hash: string; bytes: Uint8Array } {
  const text = readFileSync(join(PROGRAM_GOLDEN_DIR, `${name}.hex`), "utf8");
  const hash = /^# source-sha256: (\w+)$/m.exec(text)?.[1] ?? "";
  const body = text.split("\n").filter((l) => l.trim() && !l.startsWith("#")).join(" ");
  return { hash, bytes: fromHex(body) };
}

/** First differing offset and a little context, for a readable failure. */
function firstDifference(want: Uint8Array, got: Uint8Array): string {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  return `lengths llvm-mc ${want.length} / jitkit ${got.length}; first difference at offset 0x${i.toString(16)}:\n` +
    `  llvm-mc: ${toHex(want.subarray(Math.max(0, i - 4), i + 12))}\n  jitkit:  ${toHex(got.subarray(Math.max(0, i - 4), i + 12))}`;
}

test("there are label programs covering the required features", () => {
  const all = programs.map((p) => readFileSync(join(PROGRAM_DIR, `${p}.s`), "utf8")).join("\n");
  for (const needle of ["call ", "loop ", ".balign", "dq ", "db ", "[rip + ", "jmp "]) assert.ok(all.includes(needle), `no program uses '${needle}'`);
  assert.ok(programs.length >= 5);
});

test("generated programs are current (all-branches.s follows the table's branch mnemonics)", async () => {
  for (const [name, { text }] of await generatedPrograms()) {
    const onDisk = readFileSync(join(PROGRAM_DIR, `${name}.s`), "utf8");
    assert.ok(onDisk === text, `test/fixtures/asm-programs/${name}.s is stale: run npm run golden`);
  }
});

for (const name of programs) {
  const source = readFileSync(join(PROGRAM_DIR, `${name}.s`), "utf8");

  test(`${name}.s: golden .text is llvm-mc's and current`, (t) => {
    const golden = readGolden(name);
    if (golden.hash !== sourceHash(source)) {
      if (findLlvmMc() === undefined) { skipTest(t, "golden file is stale and llvm-mc is not installed"); return; }
      assert.fail(`golden file is stale: run npm run golden (${name}.s changed)`);
    }
    if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc not installed"); return; }
    const fresh = llvmMcObject(toLlvmMcSource(source));
    assert.equal(toHex(fresh.text), toHex(golden.bytes));
  });

  test(`${name}.s: jitkit's .text equals llvm-mc -filetype=obj`, async (t) => {
    const assemble = await loadTextAssembler();
    if (typeof assemble === "string") { skipTest(t, assemble); return; }
    const r = assemble(source);
    if (!r.ok) assert.fail(`${name}.s:${r.error.line}:${r.error.column}: ${r.error.message}`);
    const want = readGolden(name).bytes;
    if (toHex(r.bytes) !== toHex(want)) assert.fail(`${name}.s: ${firstDifference(want, r.bytes)}`);
  });
}
