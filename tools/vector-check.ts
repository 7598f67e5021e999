// vector-check: fast feedback loop for the vector forms tables (SSE..AVX-512).
// What it does: for every form line of src/x64/forms/{sse,avx,avx512*,crypto,mmx}.ts it builds a handful of
//   representative Intel-syntax instances (low/high/EVEX-only registers, memory with disp8,
//   disp32 and a disp8*N-compressible displacement, masks with and without {z}, broadcasts,
//   rounding), assembles them with llvm-mc (the oracle), then
//   1. checks the table line itself against llvm-mc's bytes (mandatory prefix, map, opcode,
//      W, L, /digit), independent of our encoder, and
//   2. when our Assembler is available, compares our bytes with llvm-mc's byte for byte.
// Requires: llvm-mc (LLVM 14) on PATH; jitkit's assemble(text) (src/index.ts) for step 2.
// Run: npx tsc -p . && node dist/tools/vector-check.js
//   [--file sse|avx|avx512...] [--grep REGEX] [--show N] [--dump] (print the instances + bytes)
//   [--alt] (show where llvm-mc picked another line) [--untested] (lines with no instance of their own)
//   [--features] (compare the cpuid column with iced-x86's feature list for llvm-mc's bytes)
//   [--disp8] (displacements at the disp8 and disp8*N limits: 127N, 128N, -128N, -129N, 3N+1)
//   [--extra FILE] (also check the form lines of a plain text file)
//   [--unsized] (memory operands without size: same bytes as llvm-mc, or rejected like llvm-mc)
// Guarantees: never writes anything; exit code 1 when a mismatch or an llvm-mc rejection is found.
// Also a module: `vectorCheck(args, log)` (used by test/x64-vector-forms.test.ts).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { LLVM_MC_MATTR } from "./lib-llvm-mc.js";

interface FormLine { file: string; lineNo: number; instr: string; enc: string; opEn: string; feat: string; tuple: string }

const MATTR = LLVM_MC_MATTR;

function parseLines(name: string, text: string, out: FormLine[]): void {
  text.split("\n").forEach((raw, i) => {
    const t = raw.replace(/#.*/, "").trim();
    if (t === "") return;
    const cols = t.split("|").map((c) => c.trim());
    out.push({ file: name, lineNo: i + 1, instr: cols[0], enc: cols[1] ?? "", opEn: cols[2] ?? "", feat: cols[3] ?? "", tuple: cols[4] ?? "" });
  });
}

async function loadForms(only: string | undefined, extra: string | undefined): Promise<FormLine[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, "..", "src", "x64", "forms");
  const files = readdirSync(dir).filter((f) => /^(sse|avx|avx512[-a-z]*|crypto|mmx)\.js$/.test(f)).sort();
  const out: FormLine[] = [];
  for (const f of files) {
    const name = f.replace(/\.js$/, "");
    if (only !== undefined && name !== only) continue;
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (typeof v === "string") parseLines(name, v, out);
  }
  // --extra FILE: lines of a table not (yet) under src/x64/forms, checked against llvm-mc only.
  if (extra !== undefined) parseLines(extra, readFileSync(extra, "utf8"), out);
  return out;
}

// ---------------------------------------------------------------- instances
type RegSet = "lo" | "hi" | "mix" | "rev" | "tail" | "ext" | "extV" | "extM";
interface Variant { regs: RegSet; rm: "reg" | "mem0" | "mem1" | "mem2" | "bcst"; mask: "none" | "k" | "kz"; round: boolean; unsized?: boolean; dispK?: number }

const REGNUM: Record<RegSet, number[]> = { lo: [1, 2, 3, 4, 5], hi: [9, 10, 11, 12, 13], mix: [8, 3, 15, 6, 14], rev: [2, 9, 4, 11, 6], tail: [1, 2, 9, 3, 10], ext: [17, 26, 31, 20, 7], extV: [0, 16, 8, 23, 15], extM: [5, 6, 21, 9, 3] };
const KNUM: Record<RegSet, number[]> = { lo: [1, 2, 3, 4, 5], hi: [5, 6, 7, 1, 2], mix: [0, 3, 6, 2, 4], rev: [2, 6, 1, 5, 3], tail: [3, 1, 4, 6, 2], ext: [7, 4, 2, 6, 1], extV: [1, 2, 3, 4, 5], extM: [6, 5, 4, 3, 2] };
const VSIB_INDEX: Record<RegSet, number> = { lo: 6, hi: 14, mix: 12, rev: 7, tail: 5, ext: 29, extV: 18, extM: 11 };
const GPR64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"];
function gpr(n: number, size: number): string {
  n %= 16;
  if (n >= 8) return `r${n}${size === 64 ? "" : size === 32 ? "d" : size === 16 ? "w" : "b"}`;
  const b = GPR64[n];
  if (size === 64) return b;
  if (size === 32) return "e" + b.slice(1);
  if (size === 16) return b.slice(1);
  return ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"][n];
}
const PTR: Record<string, string> = { m8: "byte", m16: "word", m32: "dword", m64: "qword", m128: "xmmword", m256: "ymmword", m512: "zmmword" };
/** --disp8: displacement = factor x N (N = the disp8 scale llvm-mc should use), around the disp8 limits. */
const DISP_FACTORS = [127, 128, -128, -129, 3];
function dispText(base: string, factor: number, n: number): string {
  const d = factor === 3 ? 3 * n + 1 : factor * n; // 3N+1: never a multiple of N > 1
  return d < 0 ? `[${base} - ${-d}]` : `[${base} + ${d}]`;
}
const MEMS = ["[rbx + 64]", "[r12 + 8*r13 - 8]", "[rsp + 74565]"];
const MEMS_LO = ["[rbx + 64]", "[rax + 4*rcx - 8]", "[rsp + 74565]"];

interface OpSpec { alts: string[]; mask: boolean; zero: boolean; er: boolean; sae: boolean; implicit: boolean }
function parseOp(s: string): OpSpec {
  const implicit = s.startsWith("<");
  const dec = [...s.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const base = s.replace(/\{[^}]*\}/g, "").replace(/[<>]/g, "").trim();
  let alts = base.split("/");
  if (base.startsWith("r/m")) alts = ["r" + base.slice(3), "m" + base.slice(3)];
  return { alts, mask: dec.some((d) => /^k\d$/.test(d)), zero: dec.includes("z"), er: dec.includes("er"), sae: dec.includes("sae"), implicit };
}

function vecBits(a: string): number { return a.startsWith("xmm") ? 128 : a.startsWith("ymm") ? 256 : 512; }

/** One instance for one variant, or undefined when the variant does not apply to this form. */
function instance(line: FormLine, variant: Variant, evex: boolean): string | undefined {
  let v = variant;
  const sp = line.instr.indexOf(" ");
  const mn = sp < 0 ? line.instr : line.instr.slice(0, sp);
  const ops = sp < 0 ? [] : line.instr.slice(sp + 1).split(",").map((s) => s.trim()).map(parseOp);
  const isMem = (a: string) => /^(m\d*|m\d+bcst|vm\d+[xyz])$/.test(a);
  const rmIdx = ops.findIndex((o) => o.alts.some(isMem) && !o.implicit);
  const vsib = rmIdx >= 0 && ops[rmIdx].alts.some((a) => a.startsWith("vm"));
  // EVEX gathers and scatters require a write mask.
  if (vsib && evex && v.mask === "none") v = { ...v, mask: "k" };
  const wantsMem = v.rm !== "reg";
  if (wantsMem && rmIdx < 0) return undefined;
  if (v.rm === "bcst" && !ops[rmIdx].alts.some((a) => a.endsWith("bcst"))) return undefined;
  if (!wantsMem && rmIdx >= 0 && !ops[rmIdx].alts.some((a) => !isMem(a))) return undefined;
  if (v.mask !== "none" && !ops.some((o) => o.mask)) return undefined;
  if (v.mask === "kz" && !ops.some((o) => o.zero)) return undefined;
  if (v.round && !ops.some((o) => o.er || o.sae)) return undefined;
  if (v.round && wantsMem) return undefined;
  if (v.regs.startsWith("ext") && !evex) return undefined;
  const regs = REGNUM[v.regs];
  const out: string[] = [];
  let regCount = 0;
  let roundText: string | undefined;
  let roundBeforeGpr = -1;
  ops.forEach((o, i) => {
    let text: string;
    if (o.implicit) { out.push(o.alts[0].toLowerCase()); return; }
    const pickMem = i === rmIdx && wantsMem;
    if (pickMem) {
      const mems = v.regs === "lo" ? MEMS_LO : MEMS;
      const vm = o.alts.find((a) => a.startsWith("vm"));
      if (vm) {
        // llvm-mc 14 sizes a VSIB operand as (index elements) x (data element): vgatherqps xmm1,
        // [.. + xmm2] is a qword, vgatherdpd zmm1, [.. + ymm2] a zmmword, vgatherdpd xmm1, [.. + xmm2] an xmmword.
        const dataBits = /ps$/.test(mn) ? 32 : /pd$/.test(mn) ? 64 : mn.endsWith("d") ? 32 : 64;
        const idxBits = vm[4] === "x" ? 128 : vm[4] === "y" ? 256 : 512;
        const dataReg = ops.find((x) => /^(xmm|ymm|zmm)/.test(x.alts[0]))!.alts[0];
        const memBits = Math.min(idxBits / Number(vm.slice(2, 4)), vecBits(dataReg) / dataBits) * dataBits;
        const idx = `${vm[4]}mm${VSIB_INDEX[v.regs] % (evex ? 32 : 16)}`;
        const form = v.dispK !== undefined ? dispText(`rbx + 4*${idx}`, DISP_FACTORS[v.dispK], evex ? dataBits / 8 : 1) : v.rm === "mem0" ? `[rbx + 4*${idx} + 64]` : v.rm === "mem1" ? `[r12 + 8*${idx} - 8]` : `[r13 + 2*${idx} + 74565]`;
        text = `${PTR["m" + memBits]} ptr ${form}`;
      } else if (v.rm === "bcst") {
        const b = o.alts.find((a) => a.endsWith("bcst"))!;
        const esz = Number(b.slice(1, b.indexOf("bcst")));
        const full = o.alts.find((a) => /^m\d+$/.test(a));
        const vec = full ? Number(full.slice(1)) : vecBits(o.alts[0]);
        const where = v.dispK !== undefined ? dispText("rbx", DISP_FACTORS[v.dispK], esz / 8) : "[rax + 128]";
        text = `${PTR["m" + esz]} ptr ${where}{1to${vec / esz}}`;
      } else {
        const m = o.alts.find((a) => /^m\d*$/.test(a))!;
        if (m === undefined) return undefined;
        const idx = v.rm === "mem0" ? 0 : v.rm === "mem1" ? 1 : 2;
        let where = mems[idx];
        if (v.dispK !== undefined) {
          const bytes = m === "m" ? 1 : Number(m.slice(1)) / 8;
          // T1S forms with a whole-vector memory operand (compress/expand) scale by the element size.
          const elem = /(ps|d)$/.test(mn) ? 4 : /(pd|q)$/.test(mn) ? 8 : /w$/.test(mn) ? 2 : 1;
          const stated = /^T1S:(\d+)$/.exec(line.tuple);
          const n = !evex ? 1 : stated ? Number(stated[1]) : line.tuple === "T1S" && bytes > 8 ? elem : bytes;
          where = dispText("rbx", DISP_FACTORS[v.dispK], n);
        }
        text = (PTR[m] && !v.unsized ? `${PTR[m]} ptr ` : "") + where;
      }
    } else {
      const a = o.alts.find((x) => !isMem(x))!;
      const n = regs[regCount++ % regs.length];
      if (/^(xmm|ymm|zmm)\d+$/.test(a)) text = a.slice(0, 3) + (evex ? n : n % 16);
      else if (/^k\d$/.test(a)) text = "k" + KNUM[v.regs][regCount % 5];
      else if (/^mm\d$/.test(a)) text = "mm" + (n % 8);
      else if (/^r\d+$/.test(a)) text = gpr(n, Number(a.slice(1)));
      else if (a === "imm8") text = "27";
      else if (a === "imm16") text = "4660";
      else if (a === "imm32") text = "305419896";
      else text = a;
    }
    // {z} is not allowed when the masked operand is memory (a store): mask only.
    if (o.mask && v.mask !== "none") text += v.mask === "k" || pickMem ? " {k3}" : " {k5} {z}";
    if ((o.er || o.sae) && v.round) { roundText = o.er ? "{rd-sae}" : "{sae}"; roundBeforeGpr = /^[re]|^r\d/.test(text) && !/^(xmm|ymm|zmm)/.test(text) ? out.length : -1; }
    out.push(text);
  });
  if (roundText !== undefined) {
    // llvm-mc's Intel syntax: the rounding operand follows the last register source, before imm8,
    // except when it decorates a general-purpose source (vcvtsi2ss xmm1, xmm2, {rn-sae}, eax).
    const immAt = out.length > 0 && /^\d+$/.test(out[out.length - 1]) ? out.length - 1 : out.length;
    out.splice(roundBeforeGpr >= 0 ? roundBeforeGpr : immAt, 0, roundText);
  }
  return out.length ? `${mn} ${out.join(", ")}` : mn;
}

function variantsFor(line: FormLine, unsized: boolean, disp8: boolean): Variant[] {
  const base: Variant = { regs: "lo", rm: "reg", mask: "none", round: false };
  // --disp8: memory (and broadcast) operands with displacements at the disp8 / disp8*N limits.
  if (disp8) return DISP_FACTORS.flatMap((_, k): Variant[] => [{ ...base, rm: "mem0", dispK: k }, { ...base, rm: "mem0", regs: "ext", dispK: k }, { ...base, rm: "bcst", dispK: k }]);
  // --unsized: memory operands without `xmmword ptr` etc.; llvm-mc infers the size or rejects.
  if (unsized) return [{ ...base, rm: "mem0", unsized: true }, { ...base, rm: "mem1", regs: "ext", unsized: true }];
  const list: Variant[] = [
    base, { ...base, regs: "hi" }, { ...base, regs: "mix" }, { ...base, regs: "rev" }, { ...base, regs: "tail" }, { ...base, rm: "mem1", regs: "ext" }, { ...base, regs: "ext", mask: "kz" }, { ...base, regs: "ext" },
    { ...base, rm: "mem0" }, { ...base, rm: "mem1", regs: "hi" }, { ...base, rm: "mem2", regs: "mix", mask: "k" },
    { ...base, rm: "mem0", regs: "ext", mask: "kz" }, { ...base, rm: "mem1" }, { ...base, rm: "mem0", mask: "k" },
    { ...base, rm: "bcst" }, { ...base, rm: "bcst", regs: "ext", mask: "kz" }, { ...base, round: true, regs: "mix" },
    { ...base, mask: "k" }, { ...base, regs: "extV", mask: "k" }, { ...base, regs: "extM" }, { ...base, rm: "mem1", regs: "extV" },
  ];
  return list;
}

/**
 * Instances llvm-mc 14 gets wrong, skipped with the reason (our table follows the Intel SDM there).
 * vgf2p8affine(inv)qb with {1toN}: LLVM 14 types the broadcast element as a byte, so it rejects
 * `qword ptr [..]{1to8}`, accepts `byte ptr [..]{1to8}` and scales disp8 by 1 instead of 8.
 */
const ORACLE_BUGS: { re: RegExp; why: string }[] = [
  { re: /^vgf2p8affine(inv)?qb .*\{1to\d+\}/, why: "LLVM 14 mistypes the m64bcst operand of vgf2p8affine(inv)qb" },
];

// ---------------------------------------------------------------- llvm-mc
interface Oracle { bytes?: number[]; error?: string }
function llvm(texts: string[]): Oracle[] {
  const src = texts.map((t, i) => `L${i}:\n${t}\n`).join("");
  let stdout = "";
  let stderr = "";
  try {
    stdout = execFileSync("llvm-mc", ["-x86-asm-syntax=intel", "-output-asm-variant=1", "-show-encoding", `-mattr=${MATTR}`], { input: src, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["pipe", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    stdout = err.stdout ?? ""; stderr = err.stderr ?? "";
  }
  const res: Oracle[] = texts.map(() => ({}));
  let cur = -1;
  for (const l of stdout.split("\n")) {
    const m = /^L(\d+):/.exec(l);
    if (m) { cur = Number(m[1]); continue; }
    const e = /encoding: \[([^\]]*)\]/.exec(l);
    if (e && cur >= 0 && res[cur].bytes === undefined) res[cur].bytes = e[1].split(",").map((x) => Number(x));
  }
  for (const l of stderr.split("\n")) {
    const m = /^<stdin>:(\d+):\d+: error: (.*)$/.exec(l);
    if (m) { const i = Math.floor((Number(m[1]) - 2) / 2); if (res[i] && res[i].error === undefined) res[i].error = m[2]; }
  }
  return res;
}

// ---------------------------------------------------------------- table line vs oracle bytes
interface Decoded { kind: "legacy" | "vex" | "evex"; pp: string; map: string; w: number; l: number; b: number; opcode: number; modrm: number }
function decode(bytes: number[]): Decoded {
  let i = 0;
  let pp = "NP";
  let w = 0;
  while ([0x66, 0xf2, 0xf3, 0x67, 0x2e, 0x3e, 0x26, 0x36, 0x64, 0x65].includes(bytes[i])) {
    if (bytes[i] === 0x66 && pp === "NP") pp = "66";
    if (bytes[i] === 0xf2) pp = "F2";
    if (bytes[i] === 0xf3) pp = "F3";
    i++;
  }
  const PP = ["NP", "66", "F3", "F2"];
  const MAP = ["", "0F", "0F38", "0F3A", "", "MAP5", "MAP6"];
  if (bytes[i] === 0xc5) {
    const b1 = bytes[i + 1];
    return { kind: "vex", pp: PP[b1 & 3], map: "0F", w: 0, l: (b1 >> 2) & 1, b: 0, opcode: bytes[i + 2], modrm: bytes[i + 3] };
  }
  if (bytes[i] === 0xc4) {
    const b1 = bytes[i + 1], b2 = bytes[i + 2];
    return { kind: "vex", pp: PP[b2 & 3], map: MAP[b1 & 31], w: b2 >> 7, l: (b2 >> 2) & 1, b: 0, opcode: bytes[i + 3], modrm: bytes[i + 4] };
  }
  if (bytes[i] === 0x62) {
    const p0 = bytes[i + 1], p1 = bytes[i + 2], p2 = bytes[i + 3];
    return { kind: "evex", pp: PP[p1 & 3], map: MAP[p0 & 7], w: p1 >> 7, l: (p2 >> 5) & 3, b: (p2 >> 4) & 1, opcode: bytes[i + 4], modrm: bytes[i + 5] };
  }
  if ((bytes[i] & 0xf0) === 0x40) { w = (bytes[i] >> 3) & 1; i++; }
  let map = "";
  if (bytes[i] === 0x0f) {
    i++; map = "0F";
    if (bytes[i] === 0x38 || bytes[i] === 0x3a) { map = bytes[i] === 0x38 ? "0F38" : "0F3A"; i++; }
  }
  return { kind: "legacy", pp, map, w, l: 0, b: 0, opcode: bytes[i], modrm: bytes[i + 1] };
}

/** Returns a description of what in the table line disagrees with the oracle bytes, or "". */
function checkLine(line: FormLine, bytes: number[]): string {
  const d = decode(bytes);
  const toks = line.enc.split(/\s+/);
  const probs: string[] = [];
  let opTok: string | undefined;
  let digit: number | undefined;
  const vm = /^(VEX|EVEX)\.([^ ]+)$/.exec(toks[0]);
  if (vm) {
    const parts = vm[2].split(".");
    const kind = vm[1].toLowerCase();
    if (d.kind !== kind) probs.push(`prefix ${d.kind}, table ${kind}`);
    const lp = parts[0];
    const regRound = d.kind === "evex" && d.b === 1 && (d.modrm >> 6) === 3;
    const wantL: Record<string, number> = { "128": 0, "256": 1, "512": 2, LZ: 0, L0: 0, L1: 1 };
    if (lp in wantL && !regRound && d.l !== wantL[lp]) probs.push(`L=${d.l}, table ${lp}`);
    const pp = ["66", "F2", "F3"].includes(parts[1]) ? parts[1] : "NP";
    if (d.pp !== pp) probs.push(`pp ${d.pp}, table ${pp}`);
    const map = parts.find((p) => /^(0F|0F38|0F3A|MAP\d)$/.test(p)) ?? "";
    if (d.map !== map) probs.push(`map ${d.map}, table ${map}`);
    const wp = parts[parts.length - 1];
    if (wp === "W0" && d.w !== 0) probs.push("W=1, table W0");
    if (wp === "W1" && d.w !== 1) probs.push("W=0, table W1");
    opTok = toks[1];
    if (toks[2]?.startsWith("/") && toks[2] !== "/r" && toks[2] !== "/is4") digit = Number(toks[2].slice(1));
  } else {
    let k = 0;
    let pp = "NP";
    if (["NP", "66", "F2", "F3"].includes(toks[k])) pp = toks[k++];
    let w = 0;
    if (toks[k] === "REX.W") { w = 1; k++; }
    let map = "";
    if (toks[k] === "0F") { map = "0F"; k++; if (toks[k] === "38" || toks[k] === "3A") map += toks[k++]; }
    opTok = toks[k++];
    if (toks[k]?.startsWith("/") && toks[k] !== "/r") digit = Number(toks[k].slice(1));
    if (d.kind !== "legacy") probs.push(`prefix ${d.kind}, table legacy`);
    if (d.pp !== pp) probs.push(`pp ${d.pp}, table ${pp}`);
    if (d.map !== map) probs.push(`map ${d.map}, table ${map}`);
    if (d.w !== w) probs.push(`REX.W=${d.w}, table ${w}`);
  }
  const op = parseInt((opTok ?? "").replace(/\+r.*/, ""), 16);
  if (d.opcode !== op) probs.push(`opcode ${d.opcode.toString(16)}, table ${opTok}`);
  if (digit !== undefined && ((d.modrm >> 3) & 7) !== digit) probs.push(`/digit ${(d.modrm >> 3) & 7}, table /${digit}`);
  return probs.join("; ");
}

// ---------------------------------------------------------------- our encoder (optional)
type OurEncode = (text: string) => number[];
/** jitkit's public text assembler through the test adapter, or undefined (with the reason) when absent. */
async function loadOurs(log: (line: string) => void): Promise<OurEncode | undefined> {
  const { loadTextAssembler } = await import("../test/support/text-assembler.js");
  const assemble = await loadTextAssembler();
  if (typeof assemble === "string") { log(`(our assembler not available: ${assemble})`); return undefined; }
  return (text: string) => {
    const r = assemble(text);
    if (!r.ok) throw new Error(`${r.error.line}:${r.error.column}: ${r.error.message}`);
    return [...r.bytes];
  };
}

// ---------------------------------------------------------------- cpuid features (iced-x86 as oracle)
type Iced = typeof import("iced-x86");
let iced: Iced | undefined;
const featureKey = (f: string) => f.toUpperCase().replace(/[^A-Z0-9]/g, "");
/** The CPUID features iced-x86 lists for the first instruction of `bytes`, as a sorted key list. */
function icedFeatures(bytes: number[]): string {
  iced ??= createRequire(import.meta.url)("iced-x86") as Iced;
  const d = new iced.Decoder(64, Uint8Array.from(bytes), iced.DecoderOptions.None);
  const ins = d.decode();
  const names = Array.from(ins.cpuidFeatures(), (x) => iced!.CpuidFeature[x]);
  ins.free(); d.free();
  // CLFSH (clflush) is on every x86-64 CPU; the table writes `-` for it, as for the base instruction set.
  return names.map(featureKey).filter((k) => k !== "INTEL64" && k !== "X64" && k !== "CLFSH").sort().join(" ");
}
const lineFeatures = (l: FormLine) => (l.feat === "-" ? [] : l.feat.split(/\s+/)).map(featureKey).sort().join(" ");

const hex = (b: number[]) => b.map((x) => x.toString(16).padStart(2, "0")).join(" ");

export interface VectorCheckSummary {
  forms: number; instances: number;
  /** llvm-mc rejections + table/opcode mismatches + our differences/failures + feature differences. */
  problems: number;
  identical: number;
  ourAssembler: boolean;
}

/** Runs the check with command-line style `args`; `log` receives the report lines. */
export async function vectorCheck(args: readonly string[], log: (line: string) => void = console.log): Promise<VectorCheckSummary> {
  const opt = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
  const forms = await loadForms(opt("--file"), opt("--extra"));
  const grep = opt("--grep") !== undefined ? new RegExp(opt("--grep")!) : undefined;
  const show = Number(opt("--show") ?? 40);
  const dump = args.includes("--dump");
  const unsizedMode = args.includes("--unsized");
  const disp8Mode = args.includes("--disp8");
  const checkFeatures = args.includes("--features");
  const featureDiffs = new Map<string, number>();
  const ours = await loadOurs(log);
  const insts: { line: FormLine; text: string }[] = [];
  // An instance text belongs to the first line that produces it: the table's line order is the
  // form-selection order (e.g. movaps xmm1, xmm2 is the 0F 28 line, not the 0F 29 store line).
  const seen = new Set<string>();
  let skippedOracleBugs = 0;
  for (const line of forms) {
    if (grep && !grep.test(line.instr) && !grep.test(line.enc)) continue;
    const evex = line.enc.startsWith("EVEX");
    for (const v of variantsFor(line, unsizedMode, disp8Mode)) {
      const t = instance(line, v, evex);
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      if (ORACLE_BUGS.some((b) => b.re.test(t))) { skippedOracleBugs++; continue; }
      insts.push({ line, text: t });
    }
  }
  const byMnemonic = new Map<string, FormLine[]>();
  for (const l of forms) {
    const mn = l.instr.split(" ")[0];
    byMnemonic.set(mn, [...(byMnemonic.get(mn) ?? []), l]);
  }
  const oracle = llvm(insts.map((x) => x.text));
  let altPicked = 0, rejected = 0, tableBad = 0, same = 0, differ = 0, oursFail = 0;
  const linesOk = new Map<FormLine, boolean>();
  const msgs: string[] = [];
  insts.forEach((x, i) => {
    const o = oracle[i];
    const where = `${x.line.file}:${x.line.lineNo} "${x.line.instr}"`;
    let ok = true;
    if (!o.bytes && unsizedMode) {
      // llvm-mc rejects the unsized text (ambiguous size): ours must reject it too.
      let mine: number[] | undefined;
      try { mine = ours?.(x.text); } catch { mine = undefined; }
      if (mine) { differ++; ok = false; msgs.push(`OURS-ACCEPTS ${where}\n    ${x.text}\n    llvm-mc: ${o.error}\n    ours    ${hex(mine)}`); }
      else same++;
    } else if (!o.bytes) {
      rejected++; ok = false;
      msgs.push(`REJECTED ${where}\n    ${x.text}\n    llvm-mc: ${o.error ?? "no output"}`);
    } else {
      let p = checkLine(x.line, o.bytes);
      if (p) {
        // llvm-mc may pick another line of the same mnemonic (VEX 2-byte swap of vmovaps and kin).
        const alt = (byMnemonic.get(x.line.instr.split(" ")[0]) ?? []).find((l) => l !== x.line && checkLine(l, o.bytes!) === "");
        if (alt) { altPicked++; if (args.includes("--alt")) log(`ALT ${x.text} -> ${alt.file}:${alt.lineNo} "${alt.instr}" | ${alt.enc}`); p = ""; }
      }
      if (p) { tableBad++; ok = false; msgs.push(`TABLE ${where}\n    ${x.text}\n    llvm-mc ${hex(o.bytes)}: ${p}`); }
      if (ours) {
        let mine: number[] | undefined;
        let err = "";
        try { mine = ours(x.text); } catch (e) { err = (e as Error).message; }
        if (!mine) { oursFail++; ok = false; msgs.push(`OURS-ERROR ${where}\n    ${x.text}\n    llvm-mc ${hex(o.bytes)}\n    ours: ${err}`); }
        else if (hex(mine) === hex(o.bytes)) same++;
        else { differ++; ok = false; msgs.push(`DIFFER ${where}\n    ${x.text}\n    llvm-mc ${hex(o.bytes)}\n    ours    ${hex(mine)}`); }
      }
      if (checkFeatures) {
        // Against the line llvm-mc's bytes belong to (a VEX line when llvm-mc chose VEX).
        // (When several lines share those opcode bits, e.g. the m32 and the xmm forms of vbroadcastss,
        // any of them may be the owner.)
        const owners = checkLine(x.line, o.bytes) === "" ? [x.line] : (byMnemonic.get(x.line.instr.split(" ")[0]) ?? []).filter((l) => checkLine(l, o.bytes!) === "");
        const want = icedFeatures(o.bytes);
        // iced-x86 lists MMX for `paddq mm, mm/m64`; the Intel SDM (and CPUID) say SSE2, as the table does.
        const icedQuirk = /^paddq mm/.test(x.text) && want === "MMX";
        if (!icedQuirk && !owners.some((l) => lineFeatures(l) === want)) { featureDiffs.set(`${where} | ${x.line.feat} | iced-x86: ${want}`, (featureDiffs.get(`${where} | ${x.line.feat} | iced-x86: ${want}`) ?? 0) + 1); }
      }
      if (dump) log(`${x.text.padEnd(60)} ${hex(o.bytes)}`);
    }
    linesOk.set(x.line, (linesOk.get(x.line) ?? true) && ok);
  });
  for (const m of msgs.slice(0, show)) log(m);
  if (checkFeatures) {
    for (const [k, n] of featureDiffs) log(`FEATURES ${k} (${n} instance(s))`);
    log(`cpuid feature column vs iced-x86: ${featureDiffs.size} line(s) differ`);
  }
  const without = forms.filter((l) => !linesOk.has(l) && (!grep || grep.test(l.instr) || grep.test(l.enc)));
  if (args.includes("--untested")) for (const l of without) log(`UNTESTED ${l.file}:${l.lineNo} "${l.instr}" (every instance belongs to an earlier line)`);
  const linesGood = [...linesOk.values()].filter((b) => b).length;
  log(`\nforms ${linesOk.size}, instances ${insts.length}: llvm-mc rejected ${rejected}, table/opcode mismatches ${tableBad}, llvm-mc picked another line ${altPicked} (--alt)` +
    (ours ? `, ours identical ${same}, ours differ ${differ}, ours failed ${oursFail}` : ", our assembler not available") +
    `\nskipped (llvm-mc 14 bugs, see ORACLE_BUGS): ${skippedOracleBugs}` +
    `\nform lines with every instance clean: ${linesGood}/${linesOk.size}; lines without an instance of their own: ${without.length} (--untested)`);
  return { forms: linesOk.size, instances: insts.length, problems: msgs.length + featureDiffs.size, identical: same, ourAssembler: ours !== undefined };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const summary = await vectorCheck(process.argv.slice(2));
  if (summary.problems > 0) process.exitCode = 1;
}
