// Every line of the vector form tables (src/x64/forms/{sse,avx,avx512*,crypto}.ts), through
// tools/vector-check.ts: representative instances (low, high and EVEX-only registers, masks with and
// without {z}, broadcasts, rounding, memory with disp8/disp32) are encoded by llvm-mc (the oracle) and
// by jitkit's assemble(); the bytes must be identical, each table line must agree with llvm-mc's
// prefix/map/opcode/W/L//digit, and its cpuid column with iced-x86's feature list. Two more passes:
// displacements at the disp8*N limits, and memory operands without a size (jitkit must infer the size
// as llvm-mc does, or reject what llvm-mc rejects).

import { test } from "node:test";
import assert from "node:assert/strict";
import { findLlvmMc } from "../tools/lib-llvm-mc.js";
import { vectorCheck } from "../tools/vector-check.js";
import { skipTest } from "./support/skip.js";

for (const [name, args] of [
  ["representative instances, cpuid column vs iced-x86", ["--features"]],
  ["displacements at the disp8 and disp8*N limits", ["--disp8"]],
  ["memory operands without a size", ["--unsized"]],
] as const) {
  test(`vector forms vs llvm-mc: ${name}`, async (t) => {
    if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc is not installed"); return; }
    const lines: string[] = [];
    const s = await vectorCheck([...args, "--show", "30"], (l) => lines.push(l));
    if (!s.ourAssembler) { skipTest(t, "assemble(text) is not available"); return; }
    t.diagnostic(`${s.forms} form lines, ${s.instances} instances, ${s.identical} agree with llvm-mc (same bytes, or both reject)`);
    assert.ok(s.instances > 3000, `only ${s.instances} instances`);
    assert.equal(s.problems, 0, lines.join("\n"));
  });
}
