// The pseudo-mnemonics (compare predicates, pclmul halves) of src/x64/forms/vector-aliases.ts, checked against llvm-mc (the
// oracle): `cmpltps xmm1, xmm2` must give llvm-mc the same bytes as `cmpps xmm1, xmm2, 1`, for
// every alias; and llvm-mc must reject the spellings the table leaves out (vpcmpfalsed ...).
// When jitkit's text assembler is available, every alias must also assemble to llvm-mc's bytes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { findLlvmMc, llvmMcEncode, toHex } from "../tools/lib-llvm-mc.js";
import { vectorCompareAliases } from "../src/x64/forms/vector-aliases.js";
import { loadTextAssembler } from "./support/text-assembler.js";
import { skipTest } from "./support/skip.js";

/** Operands that every member of the base instruction's family accepts. */
function operandsFor(base: string): string {
  if (/^cmp/.test(base)) return "xmm9, xmmword ptr [rax + 16]".replace("xmmword", base.endsWith("ss") ? "dword" : base.endsWith("sd") ? "qword" : "xmmword");
  if (base === "pclmulqdq") return "xmm9, xmmword ptr [rax + 16]";
  if (base === "vpclmulqdq") return "ymm1, ymm2, ymm11";
  if (/^vcmp(ps|pd)$/.test(base)) return "ymm1, ymm2, ymm11";
  if (/^vcmp(ss|sd)$/.test(base)) return "xmm1, xmm12, xmm3";
  return "k3 {k5}, zmm2, zmm27";
}

const aliases = [...vectorCompareAliases()];

test("vector compare aliases: the expected number of pseudo-mnemonics", () => {
  // 4 x 8 SSE + 4 x 32 AVX + 4 x 5 signed vpcmp (no eq) + 4 x 6 unsigned vpcmp + 2 x 4 pclmul
  assert.equal(aliases.length, 32 + 128 + 20 + 24 + 8);
  assert.deepEqual(vectorCompareAliases().get("pclmullqhqdq"), { base: "pclmulqdq", imm: 0x10 });
  assert.deepEqual(vectorCompareAliases().get("vcmpngt_uqpd"), { base: "vcmppd", imm: 26 });
  assert.equal(vectorCompareAliases().get("vpcmpeqd"), undefined, "vpcmpeqd is a real instruction");
});

test("vector compare aliases encode like base mnemonic + imm8 (llvm-mc)", (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc is not installed"); return; }
  const cases: string[] = [];
  for (const [alias, { base, imm }] of aliases) {
    const ops = operandsFor(base);
    cases.push(`${alias} ${ops}`, `${base} ${ops}, ${imm}`);
  }
  const res = llvmMcEncode(cases);
  const bad: string[] = [];
  for (let i = 0; i < cases.length; i += 2) {
    const a = res[i], b = res[i + 1];
    if (!a.bytes || !b.bytes) bad.push(`${cases[i]} / ${cases[i + 1]}: ${[...a.errors, ...b.errors].map((e) => e.message).join("; ")}`);
    else if (toHex(a.bytes) !== toHex(b.bytes)) bad.push(`${cases[i]}: ${toHex(a.bytes)} but ${cases[i + 1]}: ${toHex(b.bytes)}`);
  }
  assert.deepEqual(bad, []);
});

test("spellings left out of the alias table are rejected by llvm-mc too", (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc is not installed"); return; }
  const absent = ["vpcmpfalsed k1, zmm2, zmm3", "vpcmptrueuq k1, zmm2, zmm3", "vpcmpequbx k1, zmm2, zmm3"];
  for (const c of absent) assert.equal(vectorCompareAliases().has(c.split(" ")[0]), false);
  const res = llvmMcEncode(absent);
  assert.deepEqual(res.map((r) => r.bytes === undefined), absent.map(() => true));
});

test("jitkit assembles every compare alias to llvm-mc's bytes", async (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc is not installed"); return; }
  const assemble = await loadTextAssembler();
  if (typeof assemble === "string") { skipTest(t, assemble); return; }
  const cases = aliases.map(([alias, { base }]) => `${alias} ${operandsFor(base)}`);
  const res = llvmMcEncode(cases);
  const bad: string[] = [];
  cases.forEach((c, i) => {
    const r = assemble(c);
    const ours = r.ok ? toHex(r.bytes) : `error: ${r.error.message}`;
    if (ours !== toHex(res[i].bytes!)) bad.push(`${c}\n    llvm-mc ${toHex(res[i].bytes!)}\n    jitkit  ${ours}`);
  });
  t.diagnostic(`${cases.length - bad.length} of ${cases.length} aliases match llvm-mc`);
  assert.deepEqual(bad.slice(0, 20), []);
});
