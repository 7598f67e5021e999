// Live differential test: 2,000 random instructions from the form table per run, encoded by jitkit
// (through the text assembler AND through the builder methods) and by llvm-mc (bytes must be equal), with GNU as as a second opinion (where it picks another
// valid encoding, its disassembly must equal jitkit's). The seed is logged; JITKIT_FUZZ_SEED
// reproduces a run. Longer runs: npm run fuzz:asm -- --seed N --count N --rounds N.

import { test } from "node:test";
import assert from "node:assert/strict";
import { findLlvmMc } from "../tools/lib-llvm-mc.js";
import { builderTextAssembler, differential, formatReport, jitkitTextAssembler } from "../tools/fuzz-asm.js";
import { skipTest } from "./support/skip.js";

const BUDGET = 2000;
const seed = Number(process.env.JITKIT_FUZZ_SEED ?? Math.floor(Date.now() / 1000) % 2147483647);

test(`differential vs llvm-mc and GNU as: ${BUDGET} random instructions, seed ${seed} (JITKIT_FUZZ_SEED=${seed} to repeat)`, async (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc not installed (Debian package 'llvm'); CI installs it"); return; }
  const assemble = await jitkitTextAssembler();
  if (typeof assemble === "string") { skipTest(t, assemble); return; }
  const r = await differential(assemble, seed, BUDGET, { builder: builderTextAssembler() });
  for (const line of formatReport(r).split("\n")) t.diagnostic(line);
  for (const m of r.stricter.slice(0, 5)) t.diagnostic(`stricter than llvm-mc (expected for truncations): ${m}`);
  assert.ok(r.compared >= BUDGET * 0.7, `only ${r.compared} of ${r.generated} generated instructions were compared`);
  const problems = [...r.mismatches, ...r.gnu.meaningMismatches, ...r.lenient.map((m) => `accepted by jitkit, rejected by llvm-mc: ${m}`)];
  if (problems.length) {
    assert.fail(`seed ${seed}: ${r.mismatches.length} byte mismatches vs llvm-mc, ${r.gnu.meaningMismatches.length} vs GNU as, ${r.lenient.length} too lenient (first 30):\n  ${problems.slice(0, 30).join("\n  ")}`);
  }
});
