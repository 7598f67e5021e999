// Golden encodings for every table form, produced by llvm-mc only.
// What it does: reads the instruction-form table (src/x64/forms/*), writes representative Intel-syntax
//   instruction text for every form (register sweeps incl. r8-r15 and xmm/ymm/zmm16-31, every memory
//   shape, immediate-size boundaries, EVEX masks/zeroing/broadcast/rounding), encodes all of it with
//   llvm-mc in a few big batches and writes test/golden/x64-forms.txt:
//     @ <form key>                         (one header per form, see formKey)
//     <instruction text> ; <hex bytes>     (one line per case)
//   Lines llvm-mc rejects are dropped, counted and listed per form on stdout - never silently.
// Requires: llvm-mc. The generator reads the table's operand NOTATION only (form.text); it never
//   calls jitkit's encoder, so the bytes are llvm-mc's alone.
// Guarantees: the header records the llvm-mc version and tableHash() of the form sources, so
//   test/x64-golden.test.ts can detect a stale golden file.
// Usage: npm run golden   (or node dist/tools/gen-golden.js [--verbose])

import { createHash } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { llvmMcEncode, llvmMcVersion, toHex } from "./lib-llvm-mc.js";
import { loadTable, TableError, type FormRecord, type FormSource, type InstructionTable } from "../src/x64/table.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const GOLDEN_FILE = join(ROOT, "test/golden/x64-forms.txt");
const FORMS_DIR = join(ROOT, "dist/src/x64/forms");

// ---------------------------------------------------------------------------------------------
// The table.

/**
 * Every form source: the table's official list (FORM_SOURCES of src/x64/forms/index.ts) first, in
 * its order, then any string export of another module under src/x64/forms/ that the list does not
 * hold yet (a form file being written), so the golden file covers every form that exists.
 */
export async function formSources(options: { quiet?: boolean } = {}): Promise<FormSource[]> {
  const warn = (m: string) => { if (!options.quiet) console.warn(`WARNING: ${m}`); };
  const sources: FormSource[] = [];
  const texts = new Set<string>();
  try {
    const index = (await import(pathToFileURL(join(FORMS_DIR, "index.js")).href)) as { FORM_SOURCES?: readonly FormSource[] };
    for (const s of index.FORM_SOURCES ?? []) { sources.push({ name: s.name, text: s.text }); texts.add(s.text); }
  } catch (e) {
    warn(`forms/index.js does not load (${(e as Error).message}); scanning the form files directly`);
  }
  for (const file of readdirSync(FORMS_DIR).filter((f) => f.endsWith(".js") && f !== "index.js").sort()) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(join(FORMS_DIR, file)).href)) as Record<string, unknown>;
    } catch (e) {
      warn(`forms/${file} does not load (${(e as Error).message}); its forms are left out`);
      continue;
    }
    for (const [name, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value === "string" && !texts.has(value)) {
        warn(`forms/${file} export ${name} is not in FORM_SOURCES yet; included anyway`);
        sources.push({ name: `forms/${file.replace(/\.js$/, ".ts")}`, text: value });
        texts.add(value);
      }
    }
  }
  return sources;
}

/**
 * The table and its hash. Lines the loader rejects (a table being edited by its owners) are left
 * out with a loud warning rather than blocking every other form; the hash covers the raw sources.
 */
export async function loadFormTable(options: { quiet?: boolean } = {}): Promise<{ table: InstructionTable; hash: string; skipped: string[] }> {
  const sources = await formSources(options);
  const hash = tableHash(sources);
  try {
    return { table: loadTable(sources), hash, skipped: [] };
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    const bad = new Set(e.problems.map((p) => /^(.*?:\d+):/.exec(p)?.[1] ?? ""));
    const cleaned = sources.map((s) => ({
      name: s.name,
      text: s.text.split("\n").map((line, n) => (bad.has(`${s.name}:${n + 1}`) ? "" : line)).join("\n"),
    }));
    if (!options.quiet) console.warn(`WARNING: ${e.problems.length} table line(s) the loader rejects were left out:\n  ${e.problems.join("\n  ")}`);
    return { table: loadTable(cleaned), hash, skipped: e.problems };
  }
}

export function tableHash(sources: readonly FormSource[]): string {
  const h = createHash("sha256");
  for (const s of sources) h.update(s.name).update("\0").update(s.text).update("\0");
  return h.digest("hex").slice(0, 24);
}

/** A stable name for a form: its notation plus an encoding signature (survives line moves). */
export function formKey(f: FormRecord): string {
  const fam = ["leg", "vex", "evex"][f.family] ?? String(f.family);
  const hex = (n: number) => n.toString(16).padStart(2, "0");
  return `${f.text} | ${fam} p${hex(f.pfx)} m${f.map} ${hex(f.opcode)} w${f.w} l${f.l} pp${f.pp} d${f.digit}${f.extraLen ? " x" + hex(f.extra) : ""}`;
}

/** Forms deliberately without golden cases, with the reason. Checked by test/x64-golden.test.ts. */
export function excludedReason(f: FormRecord): string | undefined {
  for (const e of EXCLUSIONS) if (e.match(f)) return e.reason;
  return undefined;
}

const EXCLUSIONS: { match: (f: FormRecord) => boolean; reason: string }[] = [
  // Branches take a label; their golden bytes come from whole programs (relaxation included).
  { match: (f) => /\brel(8|32)\b/.test(f.text),
    reason: "relative branch: needs a label; every branch mnemonic is in test/fixtures/asm-programs/all-branches.s (rel8 and rel32), checked against llvm-mc -filetype=obj by test/x64-programs.test.ts" },
  // Register-to-register spellings that a preferred form earlier in the table already encodes (the
  // table's selection order and llvm-mc agree on the other opcode), so no text reaches this form.
  { match: (f) => /^v?movs[sd]$/.test(f.mnemonic) && f.opcode === 0x11 && !/\bm\d/.test(f.text),
    reason: "register-only store form (opcode 11): llvm-mc and the table both encode that text with opcode 10" },
];

// ---------------------------------------------------------------------------------------------
// Operand notation -> sample texts.

export const GPR64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];
export const GPR32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"];
export const GPR16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"];
export const GPR8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"];
export const HIGH8 = ["ah", "ch", "dh", "bh"];
const VEC_EVEX = [0, 1, 7, 8, 15, 16, 23, 31];
const VEC_LEGACY = [0, 1, 7, 8, 9, 15];
export const PTR: Record<number, string> = { 1: "byte", 2: "word", 4: "dword", 8: "qword", 10: "tbyte", 16: "xmmword", 32: "ymmword", 64: "zmmword" };

export type Kind =
  | { t: "gpr"; size: 1 | 2 | 4 | 8 }
  | { t: "vec"; bits: 128 | 256 | 512 }
  | { t: "k" }
  | { t: "mm" }
  | { t: "fixed"; name: string }
  | { t: "one"; text: string } // constant operands of the notation: the `1` of shift-by-one, the `3` of int 3
  | { t: "imm"; bytes: number }
  | { t: "mem"; size: number } // 0 = unsized (`m`)
  | { t: "bcst"; elem: number }
  | { t: "vsib"; elem: number; index: "xmm" | "ymm" | "zmm" }
  | { t: "moffs"; size: number }
  | { t: "rel" };

export interface OperandNotation { kinds: Kind[]; mask: boolean; zero: boolean; er: boolean; sae: boolean }

export function parseNotation(tok: string): OperandNotation {
  const n: OperandNotation = { kinds: [], mask: false, zero: false, er: false, sae: false };
  let t = tok.trim();
  for (let m = /\{([a-z0-9-]+)\}$/.exec(t); m; m = /\{([a-z0-9-]+)\}$/.exec(t)) {
    if (/^k\d?$/.test(m[1])) n.mask = true; else if (m[1] === "z") n.zero = true;
    else if (m[1] === "er") n.er = true; else if (m[1] === "sae") n.sae = true;
    t = t.slice(0, m.index).trim();
  }
  if (["al", "ax", "eax", "rax", "cl", "dx", "<xmm0>"].includes(t)) { n.kinds.push({ t: "fixed", name: t.replace(/[<>]/g, "") }); return n; }
  if (t === "1" || t === "3") { n.kinds.push({ t: "one", text: t }); return n; }
  let m: RegExpExecArray | null;
  if ((m = /^imm(8|16|32|64)$/.exec(t))) { n.kinds.push({ t: "imm", bytes: +m[1] / 8 }); return n; }
  if (/^rel(8|32)$/.test(t)) { n.kinds.push({ t: "rel" }); return n; }
  if ((m = /^moffs(8|16|32|64)$/.exec(t))) { n.kinds.push({ t: "moffs", size: +m[1] / 8 }); return n; }
  if ((m = /^vm(32|64)([xyz])$/.exec(t))) { n.kinds.push({ t: "vsib", elem: +m[1] / 8, index: `${m[2]}mm` as "xmm" }); return n; }
  const parts = t.split("/");
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i];
    if (p === "r" && /^m(8|16|32|64)$/.test(parts[i + 1] ?? "")) p = "r" + parts[i + 1].slice(1);
    if ((m = /^r(8|16|32|64)$/.exec(p))) n.kinds.push({ t: "gpr", size: (+m[1] / 8) as 1 });
    else if (/^reg$/.test(p)) n.kinds.push({ t: "gpr", size: 4 }, { t: "gpr", size: 8 });
    else if (/^r(8|16|32|64)[a-z0-9]+$/.test(p)) n.kinds.push({ t: "gpr", size: (+/^r(8|16|32|64)/.exec(p)![1] / 8) as 1 });
    else if ((m = /^(xmm|ymm|zmm)\d*$/.exec(p))) n.kinds.push({ t: "vec", bits: m[1] === "xmm" ? 128 : m[1] === "ymm" ? 256 : 512 });
    else if (/^k\d*$/.test(p)) n.kinds.push({ t: "k" });
    else if (/^mm\d*$/.test(p)) n.kinds.push({ t: "mm" });
    else if (p === "m") n.kinds.push({ t: "mem", size: 0 });
    else if ((m = /^m(8|16|32|64|80|128|256|512)$/.exec(p))) n.kinds.push({ t: "mem", size: +m[1] / 8 });
    else if ((m = /^m(16|32|64)bcst$/.exec(p))) n.kinds.push({ t: "bcst", elem: +m[1] / 8 });
    else throw new Error(`gen-golden: unknown operand kind '${p}' in '${tok}'`);
  }
  return n;
}

export function splitOperands(text: string): string[] {
  const sp = text.search(/\s/);
  return sp < 0 ? [] : text.slice(sp + 1).split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * Memory shapes for one form: a fixed core (plain base, disp8, disp32, SIB with index, rsp and
 * rbp/r13 special cases, rip-relative) plus a rotating share of the rest chosen by `seed` (the
 * form's index), so every shape appears across the file many times while each form stays small.
 * `n` is the memory size: EVEX forms also get disp8*N compression boundaries.
 */
/** 32-bit addressing shapes (llvm-mc writes a 67 prefix): registers, eip, eiz, wrapping displacements. */
const ADDR32 = [
  "[eax]", "[ecx + 8]", "[r8d + 4*r9d - 128]", "[esp + 0x100]", "[ebp]", "[r13d + 8*eax + 0x12345678]", "[eip + 0x40]",
  "[ebx + 2*eiz + 1]", "[4*ecx]", "[r12d]", "[edx + 0xffffffff]", "[esi + r15d]", "[esp + 8*r14d - 8]", "[r15d + ebp]",
  "[eax + esp]", "[edi - 0x80000000]", "[r11d + 2*r10d + 127]", "[ebp + eiz]",
];

function memoryShapes(n: number, evex: boolean, seed: number): string[] {
  const core = ["[rax]", "[rcx + 8]", "[rsi + 128]", "[r13 + 8*r12 - 128]", "[rip + 0x100]", "[rsp]", "[rbp]"];
  const rest = [
    "[rdx - 128]", "[rbx + 127]", "[rdi - 129]", "[r8 + 0x12345678]", "[rsp + 16]", "[rbp + 0x100]", "[r12]",
    "[r12 + 64]", "[r13]", "[r13 - 8]", "[rax + rbx]", "[rcx + 2*rdx + 16]", "[r9 + 4*r10 - 0x1000]",
    "[rsp + 8*r15 + 0x7fffffff]", "[rbp + 4*rax]", "[r11 + 8*rbp + 64]", "[8*rax + 0x10]", "[4*r11]",
    "[rip - 8]", "[0x1000]", "[r15 + 2*r14 - 0x80000000]", "[rdi + 1*rsi + 1]", "[r10 + 8*r9]", "[rbx + 4*rsi - 1]",
  ];
  const out = [...core];
  for (let k = 0; k < 3; k++) out.push(rest[(seed * 3 + k) % rest.length]);
  if (evex && n > 1) {
    const compressed = [`[rax + ${n}]`, `[rcx + ${127 * n}]`, `[rdx - ${128 * n}]`, `[rbx + ${128 * n}]`, `[rsi + ${n + 1}]`, `[r14 - ${129 * n}]`];
    for (let k = 0; k < 2; k++) out.push(compressed[(seed * 2 + k) % compressed.length]);
  }
  // 32-bit address registers (67 prefix), eip, eiz: one per form, rotating.
  out.push(ADDR32[seed % ADDR32.length]);
  return out;
}

function vsibShapes(index: string, evex: boolean): string[] {
  const hi = evex ? [17, 31] : [9, 15];
  return [`[rax + 4*${index}1]`, `[r13 + 8*${index}${hi[0]} + 64]`, `[rsp + ${index}0 - 128]`, `[8*${index}${hi[1]} + 0x100]`,
    `[r12 + 2*${index}7 + 0x12345]`, `[rbp + 4*${index}${hi[0] - 1}]`];
}

function immBoundaries(bytes: number): string[] {
  switch (bytes) {
    case 1: return ["0", "1", "127", "-128", "-1", "255", "0x55"];
    case 2: return ["0", "-1", "127", "128", "-129", "255", "256", "32767", "32768", "-32768", "65535"];
    case 4: return ["0", "-1", "127", "128", "-128", "-129", "255", "256", "32767", "32768", "-2147483648", "2147483647", "0x12345678"];
    default: return ["0", "-1", "127", "128", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "9223372036854775807", "-9223372036854775808", "0x1122334455667788"];
  }
}

interface FormShape {
  f: FormRecord;
  mnemonic: string;
  ops: OperandNotation[];
  evex: boolean;
  /** Vector length of the form in bits (for {1toN}). */
  vlen: number;
}

/** Register text for operand kind `k`, sample number `i` (sweeps wrap around). */
function regText(k: Kind, i: number, shape: FormShape, lowOnly: boolean): string | undefined {
  switch (k.t) {
    case "gpr": {
      const list = k.size === 8 ? GPR64 : k.size === 4 ? GPR32 : k.size === 2 ? GPR16 : GPR8;
      return list[(lowOnly ? i % 8 : i % 16)];
    }
    case "vec": {
      const pool = shape.evex ? VEC_EVEX : VEC_LEGACY;
      const r = lowOnly ? pool[i % pool.length] % 8 : pool[i % pool.length];
      return `${k.bits === 128 ? "xmm" : k.bits === 256 ? "ymm" : "zmm"}${r}`;
    }
    case "k": return `k${i % 8}`;
    case "fixed": return k.name;
    case "one": return k.text;
    case "mm": return `mm${i % 8}`;
    default: return undefined;
  }
}

function firstImm(k: Kind): string {
  return k.t === "imm" ? (k.bytes === 1 ? "7" : k.bytes === 2 ? "0x1234" : k.bytes === 4 ? "0x12345678" : "0x1122334455667788") : "";
}

/** Sample text for an operand, choosing register/memory/immediate by `pick`. */
type Pick = { mode: "reg"; i: number; lowOnly?: boolean; kind?: number } | { mode: "mem"; text: string } | { mode: "imm"; text: string };

function vecBitsOfForm(ops: OperandNotation[]): number {
  let bits = 128;
  for (const o of ops) for (const k of o.kinds) if (k.t === "vec" && k.bits > bits) bits = k.bits;
  return bits;
}

function buildShape(f: FormRecord): FormShape {
  const ops = splitOperands(f.text).map(parseNotation);
  const vlenFromL = f.family !== 0 ? (f.l === 2 ? 512 : f.l === 1 ? 256 : 128) : 128;
  return { f, mnemonic: f.mnemonic, ops, evex: f.family === 2, vlen: Math.max(vlenFromL, f.family === 2 ? vecBitsOfForm(ops) : 0) };
}

/** Renders one case; `picks[i]` says what operand i is. Undefined if the combination is impossible. */
function render(shape: FormShape, picks: Pick[], deco: { mask?: number; zero?: boolean; rounding?: string }): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < shape.ops.length; i++) {
    const op = shape.ops[i], p = picks[i];
    let text: string | undefined;
    if (p.mode === "reg") {
      const regKinds = op.kinds.filter((k) => !["mem", "bcst", "vsib", "moffs", "imm", "rel"].includes(k.t));
      if (regKinds.length === 0) return undefined;
      text = regText(regKinds[(p.kind ?? 0) % regKinds.length], p.i + i * 3, shape, p.lowOnly ?? false);
    } else if (p.mode === "imm") {
      text = p.text;
    } else text = p.text;
    if (text === undefined) return undefined;
    // EVEX gathers/scatters always take a write mask.
    const mask = deco.mask ?? (shape.evex && shape.ops.some((o) => o.kinds.some((k) => k.t === "vsib")) ? 1 + (p.mode === "reg" ? p.i % 7 : 0) : undefined);
    if (i === 0 && op.mask && mask !== undefined) text += ` {k${mask}}`;
    if (i === 0 && op.zero && deco.zero) text += " {z}";
    parts.push(text);
  }
  if (deco.rounding) {
    // Intel syntax puts {er}/{sae} after the last register/memory operand, before any immediate.
    // llvm-mc's quirk for the GPR-source conversions (vcvtsi2ss...): the rounding goes before the
    // GPR operand that carries {er}: `vcvtsi2ss xmm0, xmm8, {rn-sae}, esi`.
    let at = parts.length;
    while (at > 0 && shape.ops[at - 1].kinds.every((k) => k.t === "imm")) at--;
    const erGpr = shape.ops.findIndex((o) => o.er && o.kinds.some((k) => k.t === "gpr"));
    if (erGpr >= 0) at = erGpr;
    parts.splice(at, 0, `{${deco.rounding}}`);
  }
  return parts.length ? `${shape.mnemonic} ${parts.join(", ")}` : shape.mnemonic;
}

/** Default pick for operand i in case number c. */
function defaultPick(op: OperandNotation, c: number, shape: FormShape): Pick {
  const vsib = op.kinds.find((k) => k.t === "vsib");
  if (vsib && vsib.t === "vsib") {
    return { mode: "mem", text: `${PTR[vsibDataBits(shape.ops, shape.mnemonic) / 8]} ptr [rax + 4*${vsib.index}${(c * 3) % (shape.evex ? 32 : 16)} + 8]` };
  }
  if (op.kinds.some((k) => k.t !== "mem" && k.t !== "bcst" && k.t !== "vsib" && k.t !== "moffs" && k.t !== "imm" && k.t !== "rel")) return { mode: "reg", i: c };
  const imm = op.kinds.find((k) => k.t === "imm");
  if (imm) return { mode: "imm", text: firstImm(imm) };
  const k0 = op.kinds[0];
  return { mode: "mem", text: memText(op, k0, k0.t === "moffs" ? "[0x1122334455667788]" : "[rax + 8]") ?? "[rax]" };
}

function memText(op: OperandNotation, k: Kind, addr: string, vlen = 512): string | undefined {
  if (k.t === "mem") return k.size === 0 ? addr : `${PTR[k.size]} ptr ${addr}`;
  if (k.t === "bcst") return `${PTR[k.elem]} ptr ${addr}{1to${vlen / 8 / k.elem}}`;
  if (k.t === "vsib") return `${PTR[vlen / 8] ?? PTR[k.elem]} ptr ${addr}`;
  if (k.t === "moffs") return `${PTR[k.size]} ptr ${addr}`;
  void op;
  return undefined;
}

/** llvm-mc sizes a VSIB operand by the data register of the gather/scatter (`ymmword ptr [rax + 4*xmm1]`). */
export function vsibDataBits(ops: OperandNotation[], mnemonic: string): number {
  // 32-bit elements with 64-bit indices (vgatherqps, vpscatterqd...): half the index vector's width.
  const vsib = ops.flatMap((o) => o.kinds).find((k) => k.t === "vsib");
  if (vsib && vsib.t === "vsib" && vsib.elem === 8 && /q(ps|d)$/.test(mnemonic)) return vsib.index === "xmm" ? 64 : vsib.index === "ymm" ? 128 : 256;
  for (const o of ops) for (const k of o.kinds) if (k.t === "vec" && !o.kinds.some((x) => x.t === "vsib")) return k.bits;
  return 128;
}

/** All cases for one form. */
export function casesForForm(f: FormRecord): string[] {
  const shape = buildShape(f);
  const ops = shape.ops;
  const out = new Set<string>();
  const add = (t: string | undefined) => { if (t !== undefined) out.add(t); };
  const defaults = (c: number) => ops.map((op) => defaultPick(op, c, shape));
  const maskable = ops.length > 0 && ops[0].mask;

  // 1. Register sweep: every register of every register operand, in every position (16 cases).
  const hasGpr8 = ops.some((o) => o.kinds.some((k) => k.t === "gpr" && k.size === 1));
  const hasGpr = ops.some((o) => o.kinds.some((k) => k.t === "gpr"));
  const sweep = hasGpr ? 16 : shape.evex ? VEC_EVEX.length : VEC_LEGACY.length;
  for (let c = 0; c < sweep; c++) add(render(shape, defaults(c), {}));
  // Alternative register kinds in one position (r32/r64 of `reg`, r32/m16's register...).
  ops.forEach((op, i) => {
    const regKinds = op.kinds.filter((k) => ["gpr", "vec", "k", "mm"].includes(k.t));
    for (let kind = 1; kind < regKinds.length; kind++) for (let c = 0; c < 3; c++) {
      const picks = defaults(c);
      picks[i] = { mode: "reg", i: c * 5, kind };
      add(render(shape, picks, {}));
    }
  });
  // High-byte registers wherever an 8-bit register goes, with every other operand REX-free.
  if (hasGpr8 && !(f.family === 0 && f.w === 1)) {
    ops.forEach((op, i) => {
      if (!op.kinds.some((k) => k.t === "gpr" && k.size === 1)) return;
      for (const hb of HIGH8) {
        const picks: Pick[] = defaults(0).map((p) => (p.mode === "reg" ? { ...p, lowOnly: true } : p));
        const base = render(shape, picks, {});
        if (!base) continue;
        const parts = renderParts(shape, picks);
        if (!parts) continue;
        parts[i] = hb;
        add(`${shape.mnemonic} ${parts.join(", ")}`);
      }
    });
  }
  // 2. Memory sweep: every memory shape in the memory position.
  ops.forEach((op, i) => {
    for (const k of op.kinds) {
      if (k.t === "mem" || k.t === "moffs") {
        const n = k.t === "mem" ? k.size || 1 : k.size;
        const shapes = k.t === "moffs" ? ["[0x1122334455667788]", "[0x10]"] : memoryShapes(n, shape.evex, f.id);
        shapes.forEach((addr, c) => {
          const picks = defaults(c + 3);
          picks[i] = { mode: "mem", text: memText(op, k, addr)! };
          add(render(shape, picks, {}));
        });
        // Segment overrides.
        const picks = defaults(5);
        picks[i] = { mode: "mem", text: memText(op, k, "fs:[rax + 8]".replace("fs:", ""))!.replace("[", "fs:[") };
        if (k.t === "mem") add(render(shape, picks, {}));
      } else if (k.t === "bcst") {
        const memAlt = op.kinds.find((x) => x.t === "mem" && x.size > 0) as { size: number } | undefined;
        const bits = memAlt ? memAlt.size * 8 : shape.vlen;
        const bshapes = ["[rax]", "[rcx + 8]", `[rdx + ${k.elem * 127}]`, `[rbx - ${k.elem * 129}]`, "[r13 + 8*r12 - 128]", "[rip + 64]"];
        for (let c = 0; c < 4; c++) {
          const addr = c === 3 ? `[${f.id % 2 ? "r10d" : "ecx"} + ${k.elem * 4}]` : bshapes[(f.id + c * 2) % bshapes.length];
          const picks = defaults(c);
          picks[i] = { mode: "mem", text: memText(op, k, addr, bits)! };
          add(render(shape, picks, {}));
          if (maskable) add(render(shape, picks, { mask: 1 + (c % 7), zero: c % 2 === 1 && ops[0].zero }));
        }
      } else if (k.t === "vsib") {
        [...vsibShapes(k.index, shape.evex).slice(0, 4), `[${f.id % 2 ? "r9d" : "eax"} + 4*${k.index}${1 + (f.id % 7)} + 8]`].forEach((addr, c) => {
          const picks = defaults(c);
          picks[i] = { mode: "mem", text: memText(op, k, addr, vsibDataBits(ops, f.mnemonic))! };
          add(render(shape, picks, shape.evex ? { mask: 1 + (c % 7) } : {}));
        });
      }
    }
  });
  // 3. Immediate boundaries.
  ops.forEach((op, i) => {
    for (const k of op.kinds) {
      if (k.t !== "imm") continue;
      // 32-bit operations also take imm32 as unsigned (0xffffffff); 64-bit ones sign-extend it.
      const extra = k.bytes === 4 && !/64|rax/.test(f.text) ? ["4294967295", "0x80000000"] : [];
      [...immBoundaries(k.bytes), ...extra].forEach((v, c) => {
        const picks = defaults(c);
        picks[i] = { mode: "imm", text: v };
        add(render(shape, picks, {}));
      });
    }
  });
  // 4. EVEX decorations: write masks k1..k7, zeroing, rounding / SAE.
  if (maskable) {
    for (const m of [1, 7, 2 + (f.id % 5)]) add(render(shape, defaults(m), { mask: m, zero: ops[0].zero && m !== 1 }));
  }
  if (ops.some((o) => o.er)) for (const [c, r] of ["rn-sae", "rd-sae", "ru-sae", "rz-sae"].entries()) add(render(shape, defaults(c), { rounding: r, mask: maskable && c === 1 ? 3 : undefined }));
  if (ops.some((o) => o.sae)) { add(render(shape, defaults(1), { rounding: "sae" })); add(render(shape, defaults(9), { rounding: "sae" })); }
  return [...out];
}

/** The operand texts of a case (no mnemonic), for substitution. */
function renderParts(shape: FormShape, picks: Pick[]): string[] | undefined {
  const t = render(shape, picks, {});
  if (t === undefined) return undefined;
  return splitOperands(t);
}

// ---------------------------------------------------------------------------------------------

export interface GoldenCase { text: string; hex: string }
export interface GoldenForm { key: string; cases: GoldenCase[] }

export function parseGolden(text: string): { header: Map<string, string>; forms: GoldenForm[] } {
  const header = new Map<string, string>();
  const forms: GoldenForm[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) {
      const m = /^#\s*([a-z0-9-]+):\s*(.*)$/.exec(line);
      if (m) header.set(m[1], m[2].trim());
    } else if (line.startsWith("@ ")) forms.push({ key: line.slice(2), cases: [] });
    else if (line.trim()) {
      const semi = line.lastIndexOf(" ; ");
      if (semi < 0 || forms.length === 0) throw new Error(`golden: bad line '${line}'`);
      forms[forms.length - 1].cases.push({ text: line.slice(0, semi), hex: line.slice(semi + 3).trim() });
    }
  }
  return { header, forms };
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const { table, hash } = await loadFormTable();
  const perForm: { f: FormRecord; cases: string[] }[] = [];
  const excluded: string[] = [];
  for (const f of table.forms) {
    if (excludedReason(f)) { excluded.push(f.text); continue; }
    perForm.push({ f, cases: casesForForm(f) });
  }
  // Identical texts from different forms (aliases, overlapping forms) are encoded once and kept
  // under the first form that produced them.
  const all: string[] = [];
  const index = new Map<string, number>();
  for (const p of perForm) for (const c of p.cases) if (!index.has(c)) { index.set(c, all.length); all.push(c); }
  const results = llvmMcEncode(all);
  const lines: string[] = [];
  let kept = 0, dropped = 0, formsCovered = 0;
  const emptyForms: string[] = [];
  const seen = new Set<string>();
  const rejectsByMessage = new Map<string, number>();
  for (const p of perForm) {
    const body: string[] = [];
    for (const c of p.cases) {
      if (seen.has(c)) continue;
      seen.add(c);
      const r = results[index.get(c)!];
      if (r.bytes && !r.hasFixup) { body.push(`${c} ; ${toHex(r.bytes)}`); kept++; }
      else {
        dropped++;
        const msg = r.errors[0]?.message ?? "fixup";
        rejectsByMessage.set(msg, (rejectsByMessage.get(msg) ?? 0) + 1);
        if (verbose) console.log(`  rejected: ${c}  -- ${msg}`);
      }
    }
    const key = formKey(p.f);
    if (body.length === 0) emptyForms.push(`${key}  (${p.f.where})`);
    else formsCovered++;
    lines.push(`@ ${key}`, ...body);
  }
  const head = [
    "# Golden x86-64 encodings: one '@ form' header per table form, then 'instruction text ; bytes' cases.",
    "# Bytes are llvm-mc's (-show-encoding, Intel syntax); jitkit's encoder is not involved.",
    "# Generated by tools/gen-golden.ts (npm run golden); do not edit by hand.",
    `# llvm-mc: ${llvmMcVersion()}`,
    `# table-sha256: ${hash}`,
    `# forms: ${table.forms.length} (${formsCovered} with cases, ${excluded.length} excluded, ${emptyForms.length} without accepted cases)`,
    `# cases: ${kept}`,
    `# dropped: ${dropped} generated lines llvm-mc rejected (node dist/tools/gen-golden.js --verbose lists them)`,
  ];
  writeFileSync(GOLDEN_FILE, head.join("\n") + "\n" + lines.join("\n") + "\n");
  console.log(`x64-forms.txt: ${kept} cases for ${formsCovered} of ${table.forms.length} forms (${excluded.length} excluded); ${dropped} generated lines rejected by llvm-mc and dropped:`);
  for (const [msg, n] of [...rejectsByMessage].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${msg}`);
  if (emptyForms.length) {
    console.log(`forms with no accepted case (${emptyForms.length}):`);
    for (const e of emptyForms) console.log("  " + e);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
