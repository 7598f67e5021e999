// Differential assembler fuzzing: random instructions from the form table, encoded by jitkit and
// by llvm-mc (the byte oracle), with GNU as as a second opinion.
// What it does: a seeded PRNG picks forms and operands (any register incl. r8-r15 / x|y|zmm16-31,
//   random memory operands of every shape, random immediates, masks, broadcasts, rounding) and
//   renders Intel-syntax text. llvm-mc encodes the whole batch in one process. For every case
//   llvm-mc accepts, jitkit's bytes must be llvm-mc's. GNU as assembles the same cases; where its
//   bytes differ from llvm-mc's (another valid encoding), objdump's disassembly of GNU's bytes must
//   equal the disassembly of jitkit's. Cases llvm-mc rejects are counted, and jitkit accepting them
//   is reported (jitkit should be no more lenient than llvm-mc).
// Requires: llvm-mc; GNU as + objdump optional. The text assembler is passed in (so the same code
//   serves test/x64-differential.test.ts and `npm run fuzz:asm`).
// Usage: npm run fuzz:asm -- [--seed N] [--count N] [--rounds N]

import { fileURLToPath } from "node:url";
import { findGnuAs, findObjdump, gnuAsEncode, llvmMcEncode, objdumpIntel, toHex } from "./lib-llvm-mc.js";
import { vsibDataBits, GPR16, GPR32, GPR64, GPR8, HIGH8, PTR, excludedReason, loadFormTable, parseNotation, splitOperands, type Kind, type OperandNotation } from "./gen-golden.js";
import type { FormRecord, InstructionTable } from "../src/x64/table.js";
import { loadTextAssembler } from "../test/support/text-assembler.js";
import { builderAssemble } from "../test/support/builder-assembler.js";

/** mulberry32: small, fast, good enough for test generation; same seed -> same stream. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
/** 32-bit address registers in one random address in ten (JITKIT_FUZZ_ADDR32=0 turns them off). */
const ADDRESS32 = process.env.JITKIT_FUZZ_ADDR32 !== "0";
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

function randomDisp(rng: Rng, n: number): number {
  switch (int(rng, 0, 7)) {
    case 0: return 0;
    case 1: return int(rng, -128, 127);
    case 2: return pick(rng, [127, 128, -128, -129, 255, 256]);
    case 3: return int(rng, -0x80000000, 0x7fffffff);
    case 4: return n * int(rng, -128, 127); // EVEX disp8*N compressible
    case 5: return n * pick(rng, [127, 128, -128, -129]) + pick(rng, [0, 0, 1]);
    case 6: return pick(rng, [0x7fffffff, -0x80000000, 0x1000]);
    default: return int(rng, -4096, 4096);
  }
}

function dispText(d: number, withBase: boolean): string {
  if (!withBase) return d < 0 ? `-${-d}` : `${d}`;
  if (d === 0) return "";
  return d < 0 ? ` - ${-d}` : ` + ${d}`;
}

/** A random memory address (inside the brackets), valid for llvm-mc. */
function randomAddress(rng: Rng, n: number, vsibIndex?: { kind: string; max: number }, options: { noAbsolute?: boolean } = {}): string {
  if (vsibIndex) {
    const base = rng() < 0.15 ? null : pick(rng, GPR64);
    const idx = `${vsibIndex.kind}${int(rng, 0, vsibIndex.max)}`;
    const sc = pick(rng, [1, 2, 4, 8]);
    const d = randomDisp(rng, n);
    return base ? `[${base} + ${sc}*${idx}${dispText(d, true)}]` : `[${sc}*${idx}${dispText(d, true)}]`;
  }
  // Absolute addresses are left out of broadcasts: GNU as rejects `qword ptr [114]{1to4}`.
  const shape = int(rng, options.noAbsolute ? 2 : 0, 9);
  const d = randomDisp(rng, n);
  if (shape === 0) return `[rip${dispText(d, true)}]`;
  // Absolute: below 2^31 (llvm-mc silently wraps larger ones, GNU as rejects them).
  if (shape === 1) return `[${Math.abs(d) % 0x7fffffff || 0x1000}]`;
  const base = shape === 2 ? null : pick(rng, GPR64);
  const index = shape >= 6 || shape === 2 ? pick(rng, GPR64.filter((r) => r !== "rsp")) : null;
  const sc = pick(rng, [1, 2, 4, 8]);
  let parts = [base, index ? `${sc}*${index}` : null].filter(Boolean).join(" + ");
  // One address in ten uses 32-bit registers (0x67 address-size prefix).
  if (ADDRESS32 && rng() < 0.1) parts = parts.replace(/\br(ax|cx|dx|bx|sp|bp|si|di)\b/g, "e$1").replace(/\b(r(?:8|9|1[0-5]))\b/g, "$1d");
  return `[${parts}${dispText(d, true)}]`;
}

function randomImm(rng: Rng, bytes: number): string {
  const r = rng();
  if (bytes === 1) return String(r < 0.5 ? int(rng, -128, 127) : int(rng, 0, 255));
  if (bytes === 2) return String(r < 0.3 ? int(rng, -128, 127) : r < 0.6 ? int(rng, -32768, 32767) : int(rng, 0, 65535));
  if (bytes === 4) return String(r < 0.3 ? int(rng, -128, 127) : r < 0.5 ? pick(rng, [127, 128, -128, -129, 255, 256, 32767, 32768, -2147483648, 2147483647]) : int(rng, -2147483648, 2147483647));
  const big = (BigInt(int(rng, 0, 0xffffffff)) << 32n) | BigInt(int(rng, 0, 0xffffffff));
  return r < 0.3 ? String(int(rng, -128, 127)) : r < 0.5 ? pick(rng, ["4294967295", "4294967296", "-2147483649", "9223372036854775807", "-9223372036854775808"]) : String(BigInt.asIntN(64, big));
}

function randomOperand(rng: Rng, op: OperandNotation, f: FormRecord, lowOnly: boolean): { text: string; isMem: boolean } | undefined {
  const k: Kind = pick(rng, op.kinds);
  const evex = f.family === 2;
  const hi = lowOnly ? 7 : 15;
  switch (k.t) {
    case "gpr": {
      if (k.size === 1 && lowOnly && rng() < 0.3) return { text: pick(rng, HIGH8), isMem: false };
      const list = k.size === 8 ? GPR64 : k.size === 4 ? GPR32 : k.size === 2 ? GPR16 : GPR8;
      return { text: list[int(rng, 0, hi)], isMem: false };
    }
    case "vec": return { text: `${k.bits === 128 ? "xmm" : k.bits === 256 ? "ymm" : "zmm"}${int(rng, 0, evex && !lowOnly ? 31 : hi)}`, isMem: false };
    case "k": return { text: `k${int(rng, 0, 7)}`, isMem: false };
    case "fixed": return { text: k.name, isMem: false };
    case "one": return { text: k.text, isMem: false };
    case "mm": return { text: `mm${int(rng, 0, 7)}`, isMem: false };
    case "imm": return { text: randomImm(rng, k.bytes), isMem: false };
    case "mem": {
      const addr = randomAddress(rng, k.size || 1);
      const a = lowOnly ? addr.replace(/\br(8|9|1[0-5])\b/g, "rbx") : addr;
      return { text: k.size === 0 ? a : `${PTR[k.size]} ptr ${a}`, isMem: true };
    }
    case "bcst": {
      const memAlt = op.kinds.find((x) => x.t === "mem" && x.size > 0) as { size: number } | undefined;
      const bits = memAlt ? memAlt.size * 8 : f.l === 2 ? 512 : f.l === 1 ? 256 : 128;
      return { text: `${PTR[k.elem]} ptr ${randomAddress(rng, k.elem, undefined, { noAbsolute: true })}{1to${bits / 8 / k.elem}}`, isMem: true };
    }
    case "vsib": {
      const ops = splitOperands(f.text).map(parseNotation);
      return { text: `${PTR[vsibDataBits(ops, f.mnemonic) / 8]} ptr ${randomAddress(rng, k.elem, { kind: k.index, max: evex ? 31 : 15 })}`, isMem: true };
    }
    case "moffs": return { text: `${PTR[k.size]} ptr [${pick(rng, ["0x10", "0x1122334455667788", "4096"])}]`, isMem: true };
    default: return undefined;
  }
}

/** One random instruction text for form `f`. */
export function randomInstruction(rng: Rng, f: FormRecord): string | undefined {
  const ops = splitOperands(f.text).map(parseNotation);
  const lowOnly = ops.some((o) => o.kinds.some((k) => k.t === "gpr" && k.size === 1)) && rng() < 0.25;
  const parts: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const o = randomOperand(rng, ops[i], f, lowOnly);
    if (!o) return undefined;
    let text = o.text;
    const vsib = ops.some((op) => op.kinds.some((k) => k.t === "vsib"));
    if (i === 0 && ops[i].mask && (rng() < 0.5 || (vsib && f.family === 2))) {
      text += ` {k${int(rng, 1, 7)}}`;
      if (ops[i].zero && !o.isMem && rng() < 0.5) text += " {z}";
    }
    parts.push(text);
  }
  const er = ops.findIndex((o) => o.er);
  const sae = ops.some((o) => o.sae);
  if ((er >= 0 || sae) && rng() < 0.3 && !parts.some((p) => p.includes("ptr"))) {
    const mode = er >= 0 ? pick(rng, ["rn-sae", "rd-sae", "ru-sae", "rz-sae"]) : "sae";
    let at = parts.length;
    while (at > 0 && ops[at - 1].kinds.every((k) => k.t === "imm")) at--;
    if (er >= 0 && ops[er].kinds.some((k) => k.t === "gpr")) at = er;
    parts.splice(at, 0, `{${mode}}`);
  }
  return parts.length ? `${f.mnemonic} ${parts.join(", ")}` : f.mnemonic;
}

/** Operands of the wrong kind or size, to make near-miss instructions (mostly invalid). */
function wrongOperand(rng: Rng): string {
  switch (int(rng, 0, 6)) {
    case 0: return pick(rng, [...GPR8, ...HIGH8, ...GPR16, ...GPR32, ...GPR64]);
    case 1: return `${pick(rng, ["xmm", "ymm", "zmm"])}${int(rng, 0, 31)}`;
    case 2: return `k${int(rng, 0, 7)}`;
    case 3: return `${pick(rng, Object.values(PTR))} ptr ${randomAddress(rng, 8)}`;
    case 4: return pick(rng, ["256", "-129", "65536", "-32769", "4294967296", "-2147483649", "0x80000000", "18446744073709551615"]);
    case 5: return `${pick(rng, ["dword", "qword"])} ptr [rax + ${int(rng, 0, 64)}]{1to${pick(rng, [2, 4, 8, 16, 32])}}`;
    default: return randomAddress(rng, 8);
  }
}

/**
 * `count` instruction texts: mostly valid random instances of random forms, and a share
 * (`mutate`, 0..1) of near misses with one operand replaced by a wrong one.
 */
export function randomInstructions(table: InstructionTable, seed: number, count: number, mutate = 0): string[] {
  const rng = prng(seed);
  const forms = table.forms.filter((f) => excludedReason(f) === undefined);
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < count * 4; guard++) {
    const t = randomInstruction(rng, pick(rng, forms));
    if (t === undefined) continue;
    if (rng() < mutate) {
      const sp = t.indexOf(" ");
      if (sp < 0) continue;
      const ops = t.slice(sp + 1).split(", ");
      ops[int(rng, 0, ops.length - 1)] = wrongOperand(rng);
      out.push(`${t.slice(0, sp)} ${ops.join(", ")}`);
    } else out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export type TextAssemble = (text: string) => { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export interface DifferentialReport {
  seed: number;
  generated: number;
  llvmRejected: number;
  compared: number;
  mismatches: string[];
  /** Cases llvm-mc rejects but jitkit encodes (jitkit more lenient). */
  lenient: string[];
  /** Cases llvm-mc rejects but GNU as and jitkit encode identically (an llvm-mc gap, not ours). */
  llvmRejectsGnuAgrees: string[];
  /** Cases llvm-mc encodes but jitkit rejects, among the near misses only (llvm-mc truncates some). */
  stricter: string[];
  gnu: { available: boolean; rejected: number; sameBytes: number; otherEncoding: number; meaningMismatches: string[] };
}

/** Runs one differential round of `count` random instructions from `seed`. */
export async function differential(assemble: TextAssemble, seed: number, count: number, options: { mutate?: number; builder?: TextAssemble } = {}): Promise<DifferentialReport> {
  const { table } = await loadFormTable({ quiet: true });
  const mutate = options.mutate ?? 0.15;
  const texts = randomInstructions(table, seed, count, mutate);
  const valid = new Set(randomInstructions(table, seed, count, 0));
  const llvm = llvmMcEncode(texts);
  const report: DifferentialReport = {
    seed, generated: texts.length, llvmRejected: 0, compared: 0, mismatches: [], lenient: [], stricter: [], llvmRejectsGnuAgrees: [],
    gnu: { available: findGnuAs() !== undefined && findObjdump() !== undefined, rejected: 0, sameBytes: 0, otherEncoding: 0, meaningMismatches: [] },
  };
  const accepted: { text: string; llvm: Uint8Array; ours: Uint8Array | undefined }[] = [];
  const lenientCandidates: { text: string; why: string; ours: Uint8Array }[] = [];
  for (let i = 0; i < texts.length; i++) {
    const r = llvm[i];
    let ours: ReturnType<TextAssemble>;
    try { ours = assemble(texts[i]); } catch (e) { ours = { ok: false, message: `threw ${(e as Error).message}` }; }
    if (!r.bytes || r.hasFixup) {
      report.llvmRejected++;
      if (ours.ok) lenientCandidates.push({ text: texts[i], why: r.errors[0]?.message ?? "no encoding", ours: ours.bytes });
      continue;
    }
    if (!ours.ok && !valid.has(texts[i])) {
      report.stricter.push(`${texts[i]}  (llvm-mc: ${toHex(r.bytes)}; jitkit: ${ours.message})`);
      continue;
    }
    report.compared++;
    const got = ours.ok ? toHex(ours.bytes) : `error: ${ours.message}`;
    if (got !== toHex(r.bytes)) report.mismatches.push(`${texts[i]}\n    llvm-mc: ${toHex(r.bytes)}\n    jitkit:  ${got}`);
    if (options.builder) {
      // The same instruction through the builder methods (their own fast paths) must agree too.
      const b = options.builder(texts[i]);
      const gotB = b.ok ? toHex(b.bytes) : `error: ${b.message}`;
      if (gotB !== toHex(r.bytes) && ours.ok) report.mismatches.push(`${texts[i]}\n    llvm-mc: ${toHex(r.bytes)}\n    builder: ${gotB}`);
    }
    accepted.push({ text: texts[i], llvm: r.bytes, ours: ours.ok ? ours.bytes : undefined });
  }
  // llvm-mc rejects, jitkit encodes: jitkit is too lenient unless GNU as encodes the same bytes
  // (then llvm-mc is the one at fault, e.g. LLVM 14 rejecting vgf2p8affineqb with {1toN}).
  if (lenientCandidates.length) {
    const gnu = report.gnu.available ? gnuAsEncode(lenientCandidates.map((c) => c.text)) : [];
    lenientCandidates.forEach((c, i) => {
      const g = gnu[i]?.bytes;
      if (g && toHex(g) === toHex(c.ours)) report.llvmRejectsGnuAgrees.push(c.text);
      else report.lenient.push(`${c.text}  (llvm-mc: ${c.why}; GNU as: ${g ? toHex(g) : "rejects"}; jitkit: ${toHex(c.ours)})`);
    });
  }
  if (report.gnu.available && accepted.length) {
    // GNU as sizes VSIB operands by element, llvm-mc by access; unsized VSIB suits both.
    const gnu = gnuAsEncode(accepted.map((a) => a.text.replace(/\b[a-z]+ ptr (\[[^\]]*[xyz]mm\d+)/, "$1")));
    const differing: { text: string; gnu: Uint8Array; ours: Uint8Array }[] = [];
    accepted.forEach((a, i) => {
      const g = gnu[i].bytes;
      if (!g) { report.gnu.rejected++; return; }
      if (toHex(g) === toHex(a.llvm)) { report.gnu.sameBytes++; return; }
      report.gnu.otherEncoding++;
      if (a.ours) differing.push({ text: a.text, gnu: g, ours: a.ours });
    });
    // One objdump run per side: each instruction decodes to exactly one line on both sides.
    if (differing.length) {
      const concat = (xs: Uint8Array[]) => Uint8Array.from(xs.flatMap((x) => Array.from(x)));
      const dg = objdumpIntel(concat(differing.map((d) => d.gnu)));
      const dj = objdumpIntel(concat(differing.map((d) => d.ours)));
      // xchg and test are symmetric: `xchg bpl,spl` and `xchg spl,bpl` are the same instruction.
      const norm = (t: string | undefined) => {
        const m = /^(xchg|test) (.*)$/.exec(t ?? "");
        return m ? `${m[1]} ${m[2].split(",").sort().join(",")}` : t;
      };
      differing.forEach((d, i) => {
        if (norm(dg[i]) !== norm(dj[i])) report.gnu.meaningMismatches.push(`${d.text}\n    GNU as: ${toHex(d.gnu)} = ${dg[i]}\n    jitkit: ${toHex(d.ours)} = ${dj[i]}`);
      });
      if (dg.length !== dj.length) report.gnu.meaningMismatches.push(`objdump decoded ${dg.length} GNU vs ${dj.length} jitkit instructions`);
    }
  }
  return report;
}

export function formatReport(r: DifferentialReport): string {
  const lines = [
    `seed ${r.seed}: ${r.generated} random instructions (some deliberately malformed), ${r.llvmRejected} rejected by llvm-mc, ${r.compared} compared byte for byte, ${r.mismatches.length} mismatches`,
    `leniency: ${r.lenient.length} accepted by jitkit but rejected by llvm-mc (${r.llvmRejectsGnuAgrees.length} more where GNU as agrees with jitkit); ${r.stricter.length} malformed ones rejected by jitkit but encoded by llvm-mc (llvm-mc truncates or guesses)`,
    r.gnu.available
      ? `GNU as: ${r.gnu.sameBytes} same bytes as llvm-mc, ${r.gnu.otherEncoding} other valid encodings (${r.gnu.meaningMismatches.length} disassemble differently from jitkit), ${r.gnu.rejected} rejected by GNU as`
      : "GNU as / objdump not installed: second opinion skipped",
  ];
  return lines.join("\n");
}

/** The public text assembler (test/support/text-assembler.ts), adapted to TextAssemble; or why it is unavailable. */
export async function jitkitTextAssembler(): Promise<TextAssemble | string> {
  const assemble = await loadTextAssembler();
  if (typeof assemble === "string") return assemble;
  return (text: string) => {
    const r = assemble(text);
    return r.ok ? r : { ok: false, message: `${r.error.line}:${r.error.column}: ${r.error.message}` };
  };
}

/** The builder-method path (test/support/builder-assembler.ts), adapted to TextAssemble. */
export function builderTextAssembler(): TextAssemble {
  return (text: string) => {
    const r = builderAssemble(text);
    return r.ok ? r : { ok: false, message: `${r.error.line}:${r.error.column}: ${r.error.message}` };
  };
}

async function main(): Promise<void> {
  const arg = (name: string, dflt: number): number => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const count = arg("count", 20000);
  const rounds = arg("rounds", 5);
  let seed = arg("seed", Number(process.env.JITKIT_FUZZ_SEED ?? (Date.now() % 2147483647)));
  const assemble = await jitkitTextAssembler();
  if (typeof assemble === "string") { console.error(assemble); process.exit(2); }
  const builder = builderTextAssembler();
  let failed = false;
  for (let round = 0; round < rounds; round++, seed = (seed * 48271) % 2147483647) {
    const r = await differential(assemble, seed, count, { builder });
    console.log(formatReport(r));
    for (const m of [...r.mismatches, ...r.gnu.meaningMismatches].slice(0, 50)) console.log("  " + m);
    for (const m of r.lenient.slice(0, 20)) console.log("  lenient: " + m);
    for (const m of r.stricter.slice(0, 10)) console.log("  stricter: " + m);
    if (r.mismatches.length || r.gnu.meaningMismatches.length || r.lenient.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
