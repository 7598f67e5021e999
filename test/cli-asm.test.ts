// `jitkit asm`: the fixture programs (test/fixtures/asm/*.s) assemble to llvm-mc's .text bytes,
// --hex / -o / --disasm / --run behave as documented, errors are positioned with the sysexits
// codes, and loading code that needs a CPU feature the (fake) CPU lacks is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findLlvmMc, llvmMcObject, toHex } from "../tools/lib-llvm-mc.js";
import { assemble } from "../src/x64/parser/assemble.js";
import { checkCodeFeatures, decodeFeatures, type CpuidSource } from "../src/x64/cpu-features.js";
import { loadCode } from "../src/platform/calls.js";
import { skipTest } from "./support/skip.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/src/cli/main.js");
const FIXTURES = join(ROOT, "test/fixtures/asm");

function jitkit(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, "asm", ...args], { encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** llvm-mc spells the data directives .byte/.short/.long/.quad (also after a label), and reads `;` as a statement separator, not a comment. */
function forLlvmMc(source: string): string {
  const gnu: Record<string, string> = { b: ".byte", w: ".short", d: ".long", q: ".quad" };
  return source.replace(/;/g, "#").replace(/^(\s*(?:[\w.]+:\s*)?)d([bwdq])(\s)/gim, (_m, head: string, k: string, sp: string) => head + gnu[k.toLowerCase()] + sp);
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".s")).sort();

test("fixture programs assemble to llvm-mc's .text, and --hex prints one line per instruction", (t) => {
  assert.ok(fixtures.includes("add4.s"));
  for (const f of fixtures) {
    const source = readFileSync(join(FIXTURES, f), "utf8");
    const r = jitkit([join(FIXTURES, f), "--hex"]);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    const lines = r.stdout.trim().split("\n");
    const ours = assemble(source);
    assert.deepEqual(ours.errors, []);
    // Instruction lines only: data directives and labels print nothing.
    const instructions = source.split("\n").filter((l) => /^\s*(?:[\w.]+:\s*)?[a-z]/i.test(l.replace(/[;#].*|\/\/.*/, "")) &&
      !/^\s*(?:[\w.]+:\s*)?(?:\.|d[bwdq]\b)/i.test(l) && !/^\s*[\w.]+:\s*$/.test(l.replace(/[;#].*|\/\/.*/, "")));
    assert.equal(lines.length, instructions.length, `${f}: ${lines.length} hex lines for ${instructions.length} instructions`);
    if (!findLlvmMc()) { t.diagnostic("llvm-mc not installed: bytes not compared"); continue; }
    const golden = llvmMcObject(forLlvmMc(source)).text;
    assert.equal(toHex(ours.bytes), toHex(golden), `${f}: jitkit vs llvm-mc .text`);
    // The hex lines, concatenated, are a prefix of the code (the data follows).
    const hexJoined = lines.join(" ");
    assert.equal(toHex(golden).startsWith(hexJoined), true, `${f}: --hex lines are not the code's bytes`);
  }
});

test("--run: add4.s 'i64(i64)' 2 prints 6; poly-f64.s f64 arithmetic", () => {
  let r = jitkit([join(FIXTURES, "add4.s"), "--run", "i64(i64)", "2"]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "6\n");
  r = jitkit([join(FIXTURES, "add4.s"), "--run", "i64(i64)", "-9223372036854775808"]);
  assert.equal(r.stdout, "-9223372036854775804\n");
  r = jitkit([join(FIXTURES, "poly-f64.s"), "--run", "f64(f64)", "2"]);
  assert.equal(r.stdout, "17\n"); // 3*4 + 2*2 + 1
  // A table of absolute code addresses (dq label), filled in where the code lands.
  for (const [i, want] of [["0", "10"], ["1", "20"], ["2", "30"]]) {
    r = jitkit([join(FIXTURES, "jump-table.s"), "--run", "i64(i64)", i]);
    assert.equal(r.stdout, `${want}\n`, r.stderr);
  }
  // ... which a raw output file cannot hold.
  r = jitkit([join(FIXTURES, "jump-table.s"), "-o", join(tmpdir(), "jitkit-never-written.bin")]);
  assert.equal(r.status, 65);
  assert.match(r.stderr, /absolute addresses \(dq label, at offsets 32, 40, 48\)/);
});

test("stdin, -o and --disasm", () => {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-cli-asm-"));
  try {
    const out = join(dir, "code.bin");
    const r = jitkit(["-", "-o", out], "mov rax, rdi\nadd rax, 4\nret\n");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(toHex(readFileSync(out)), "48 89 f8 48 83 c0 04 c3");
    const d = jitkit([join(FIXTURES, "sum-i64.s"), "--disasm"]);
    assert.equal(d.status, 0, d.stderr);
    assert.match(d.stdout, /add rax, qword ptr \[rdi\]/);
    assert.match(d.stdout, /^\s+0: 31 c0\s+xor eax, eax$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("errors: positioned messages and sysexits codes", () => {
  // 65: bad input, every bad line reported with FILE:LINE:COL and a caret, nothing written.
  let r = jitkit(["-", "--hex"], "mov rax, rdi\nmov rax, [rbx + rcx*3]\nfoo eax, 1\nret\n");
  assert.equal(r.status, 65);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^<stdin>:2:21: error: bad scale 3; allowed: 1, 2, 4, 8\nmov rax, \[rbx \+ rcx\*3\]\n {20}\^$/m);
  assert.match(r.stderr, /^<stdin>:3:1: error: unknown instruction mnemonic 'foo'$/m);
  // 66: cannot open input.
  r = jitkit([join(FIXTURES, "no-such-file.s")]);
  assert.equal(r.status, 66);
  assert.match(r.stderr, /cannot open/);
  // 64: usage.
  for (const args of [[], ["--bogus", "x.s"], [join(FIXTURES, "add4.s"), "--run", "i64(i64)"], [join(FIXTURES, "add4.s"), "--run", "q(i64)", "1"],
    [join(FIXTURES, "add4.s"), "--run", "i64(i64)", "abc"]]) {
    r = jitkit(args);
    assert.equal(r.status, 64, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /usage: jitkit asm/);
  }
});

test("loading code that needs a feature the CPU lacks is refused (fake CPU without AVX-512)", () => {
  const avx2Only: CpuidSource = {
    cpuid(leaf, subleaf) {
      if (leaf === 0) return { eax: 7, ebx: 0x68747541, edx: 0x69746e65, ecx: 0x444d4163 };
      if (leaf === 0x80000000) return { eax: 0x80000000, ebx: 0, ecx: 0, edx: 0 };
      if (leaf === 1) return { eax: 0, ebx: 0, ecx: (1 << 27) | (1 << 28), edx: (1 << 25) | (1 << 26) };
      if (leaf === 7 && subleaf === 0) return { eax: 0, ebx: 1 << 5, ecx: 0, edx: 0 };
      return { eax: 0, ebx: 0, ecx: 0, edx: 0 };
    },
    xgetbv0: () => 0b111,
  };
  const fake = decodeFeatures(avx2Only);
  const r = assemble(readFileSync(join(FIXTURES, "avx512-add.s"), "utf8"));
  assert.deepEqual(r.errors, []);
  assert.ok(r.features.includes("AVX512F"), r.features.join(","));
  assert.throws(() => checkCodeFeatures(r, fake), /^CpuFeatureError: needs AVX512F; this CPU lacks it$/);
  // The same code passes the check on a CPU that has it, and AVX2 code passes on the fake one.
  const avx2 = assemble("vpaddd ymm0, ymm1, ymm2\nret");
  assert.deepEqual(avx2.features, ["AVX2"]);
  checkCodeFeatures(avx2, fake);
});

test("assemble() result loads through loadCode and runs (sum-i64.s over a BigInt64Array)", () => {
  const r = assemble(readFileSync(join(FIXTURES, "sum-i64.s"), "utf8"));
  const sum = loadCode(r, { args: ["pointer", "i64"], returns: "i64" });
  try {
    assert.equal(sum(new BigInt64Array([1n, 2n, 3n, -10n, 1n << 40n]), 5n), (1n << 40n) - 4n);
    assert.equal(sum(new BigInt64Array(0), 0n), 0n);
  } finally {
    sum.free();
  }
});

test("avx512-add.s runs: masked add with zeroing, then a broadcast constant", async (t) => {
  const { cpuFeatures } = await import("../src/x64/cpu-features.js");
  if (!cpuFeatures().has("AVX512F")) { skipTest(t, "this CPU lacks AVX512F"); return; }
  const r = assemble(readFileSync(join(FIXTURES, "avx512-add.s"), "utf8"));
  const fn = loadCode(r, { args: ["pointer", "pointer", "pointer"], returns: "void" });
  try {
    const a = Float32Array.from({ length: 16 }, (_, i) => i);
    const b = Float32Array.from({ length: 16 }, (_, i) => 100 * i);
    const out = new Float32Array(16).fill(-1);
    fn(out, a, b);
    assert.deepEqual([...out], Array.from({ length: 16 }, (_, i) => (i < 8 ? 101 * i : 0) + 0.5));
  } finally {
    fn.free();
  }
});
