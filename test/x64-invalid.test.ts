// Invalid inputs (test/fixtures/asm-invalid.txt) are rejected by jitkit with a positioned error and
// no bytes, and each one is confirmed invalid by an independent assembler (llvm-mc, or GNU as for
// the cases llvm-mc silently truncates). Oracle checks skip cleanly when the tool is missing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findGnuAs, findLlvmMc, llvmMcCheck } from "../tools/lib-llvm-mc.js";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTextAssembler } from "./support/text-assembler.js";
import { skipTest } from "./support/skip.js";

interface InvalidCase { lineNo: number; line: number; column: number; fragment: string; oracle: "llvm" | "gas"; input: string }

const FIXTURE = fileURLToPath(new URL("../../test/fixtures/asm-invalid.txt", import.meta.url));

export function readInvalidCases(): InvalidCase[] {
  const cases: InvalidCase[] = [];
  readFileSync(FIXTURE, "utf8").split("\n").forEach((raw, i) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const parts = raw.split("|");
    if (parts.length < 4) throw new Error(`asm-invalid.txt:${i + 1}: expected 'LINE:COL | FRAGMENT | ORACLE | INPUT'`);
    const [pos, fragment, oracle] = parts.slice(0, 3).map((s) => s.trim());
    const input = parts.slice(3).join("|").trim().replace(/\\n/g, "\n");
    const m = /^(\d+):(\d+)$/.exec(pos);
    if (!m || (oracle !== "llvm" && oracle !== "gas")) throw new Error(`asm-invalid.txt:${i + 1}: bad position or oracle`);
    cases.push({ lineNo: i + 1, line: Number(m[1]), column: Number(m[2]), fragment, oracle, input });
  });
  return cases;
}

const cases = readInvalidCases();

/** GNU as verdict for one source: rejected (error) or had to shorten a value (warning). */
function gnuAsRejects(source: string): { rejected: boolean; why: string } {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-invalid-"));
  try {
    const file = join(dir, "in.s");
    writeFileSync(file, ".intel_syntax noprefix\n" + source + "\n");
    const r = spawnSync(findGnuAs()!, ["--64", "-o", join(dir, "out.o"), file], { encoding: "utf8" });
    const why = r.stderr.split("\n").filter((l) => /Error|Warning/.test(l)).join("; ");
    return { rejected: r.status !== 0 || /shortened|truncated|out of range/i.test(r.stderr), why };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("asm-invalid.txt has cases of every required kind", () => {
  assert.ok(cases.length >= 50, `only ${cases.length} cases`);
  for (const needle of ["mov sil, ah", "[rax + 3*rbx]", "2*rsp]", "{k0}", "movx", "qword ptr [rax], qword ptr [rbx]", "ymm0, xmm1, ymm2"]) {
    assert.ok(cases.some((c) => c.input.includes(needle)), `no case with '${needle}'`);
  }
});

test("llvm-mc / GNU as independently reject every invalid input", (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc not installed"); return; }
  const haveGas = findGnuAs() !== undefined;
  const accepted: string[] = [];
  for (const c of cases) {
    if (c.oracle === "llvm") {
      const errors = llvmMcCheck(c.input);
      if (errors.length === 0) accepted.push(`asm-invalid.txt:${c.lineNo}: llvm-mc accepts '${c.input}'`);
      else if (errors[0].line !== c.line) accepted.push(`asm-invalid.txt:${c.lineNo}: llvm-mc rejects line ${errors[0].line}, fixture says ${c.line}`);
    } else if (haveGas) {
      const v = gnuAsRejects(c.input);
      if (!v.rejected) accepted.push(`asm-invalid.txt:${c.lineNo}: GNU as accepts '${c.input}' without a warning`);
    }
  }
  if (!haveGas) t.diagnostic(`GNU as not installed: ${cases.filter((c) => c.oracle === "gas").length} 'gas' cases not confirmed`);
  assert.deepEqual(accepted, []);
});

test("the valid counterparts are accepted by llvm-mc (the fixture's contrast is real)", (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc not installed"); return; }
  for (const ok of ["mov al, ah", "mov r8b, al", "mov sil, al", "add rax, 0x7fffffff", "add rax, -2147483648",
    "mov rax, qword ptr [rax + 8*rbx]", "vaddps zmm0 {k1}, zmm1, dword ptr [rax]{1to16}", "vaddps zmm0 {k1} {z}, zmm1, zmm2"]) {
    assert.deepEqual(llvmMcCheck(ok), [], ok);
  }
});

test("jitkit rejects every invalid input at the right line:column with no bytes", async (t) => {
  const assemble = await loadTextAssembler();
  if (typeof assemble === "string") { skipTest(t, assemble); return; }
  const problems: string[] = [];
  for (const c of cases) {
    const r = assemble(c.input);
    const where = `asm-invalid.txt:${c.lineNo} '${c.input.replace(/\n/g, "\\n")}'`;
    if (r.ok) { problems.push(`${where}: accepted, bytes ${Buffer.from(r.bytes).toString("hex")}`); continue; }
    if (r.bytesProduced !== 0) problems.push(`${where}: error but ${r.bytesProduced} bytes produced`);
    const got = `${r.error.line}:${r.error.column}`;
    if (got !== `${c.line}:${c.column}`) problems.push(`${where}: error at ${got}, expected ${c.line}:${c.column} (${r.error.message})`);
    if (!r.error.message.toLowerCase().includes(c.fragment.toLowerCase())) problems.push(`${where}: message '${r.error.message}' lacks '${c.fragment}'`);
  }
  assert.deepEqual(problems, [], `${problems.length} of ${cases.length} invalid cases mishandled`);
});
