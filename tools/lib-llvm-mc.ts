// Oracle runners: the one place that drives llvm-mc, GNU as and objdump and parses what they print.
// What it does: encodes Intel-syntax instruction text with an external assembler in a few big
//   batches (one process per batch), maps every output back to its input case, extracts the .text
//   section of object files with a small ELF64 reader, and disassembles bytes with objdump.
// Requires: llvm-mc (LLVM 14 or later) for the encoding oracles; GNU as + objdump are optional
//   (second opinion). Nothing here imports jitkit's own encoder: the oracle side stays independent.
// Guarantees: every input case gets either bytes or an error (line:column + message) - a case is
//   never dropped silently.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Features given to llvm-mc so no instruction is rejected for a missing CPU feature. */
export const LLVM_MC_MATTR = [
  "avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd", "avx512ifma", "avx512vbmi",
  "avx512vbmi2", "avx512bitalg", "avx512vnni", "avx512vpopcntdq", "avx512bf16", "avx512fp16",
  "avx512vp2intersect", "avx2", "fma", "f16c", "bmi", "bmi2", "lzcnt", "popcnt", "adx", "aes",
  "vaes", "pclmul", "vpclmulqdq", "gfni", "sha", "movbe", "rdrnd", "rdseed", "fsgsbase", "cx16",
  "sse4a", "xsave", "xsaveopt", "xsavec", "xsaves", "clflushopt", "clwb", "prfchw", "rdpid",
  "serialize", "tbm",
].map((f) => "+" + f).join(",");

const LLVM_MC_CANDIDATES = ["llvm-mc", "llvm-mc-19", "llvm-mc-18", "llvm-mc-17", "llvm-mc-16", "llvm-mc-15", "llvm-mc-14"];

const found = new Map<string, string | undefined>();

/** Returns the first of `names` that runs with `--version`, or undefined. Cached. */
export function findTool(names: readonly string[]): string | undefined {
  const key = names.join("|");
  if (found.has(key)) return found.get(key);
  let hit: string | undefined;
  for (const name of names) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8" });
    if (r.status === 0) { hit = name; break; }
  }
  found.set(key, hit);
  return hit;
}

export const findLlvmMc = (): string | undefined => findTool(LLVM_MC_CANDIDATES);
export const findGnuAs = (): string | undefined => findTool(["as", "x86_64-linux-gnu-as"]);
export const findObjdump = (): string | undefined => findTool(["objdump", "x86_64-linux-gnu-objdump"]);

/** "LLVM version 14.0.6" style first meaningful line of `llvm-mc --version`. */
export function llvmMcVersion(): string {
  const tool = findLlvmMc();
  if (tool === undefined) return "llvm-mc not found";
  const out = spawnSync(tool, ["--version"], { encoding: "utf8" }).stdout;
  const m = /LLVM version ([^\s]+)/.exec(out);
  return m ? `LLVM ${m[1]}` : out.split("\n")[0].trim();
}

export interface OracleError {
  /** 1-based line and column inside the case's own text (the batching is hidden). */
  line: number;
  column: number;
  message: string;
}

export interface OracleResult {
  /** Encoded bytes; undefined when the oracle rejected the case. */
  bytes: Uint8Array | undefined;
  errors: OracleError[];
  /** True when the encoding holds an unresolved fixup (a label/symbol reference). */
  hasFixup: boolean;
}

function run(cmd: string, args: string[], input: string | undefined): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(cmd, args, { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function requireLlvmMc(): string {
  const tool = findLlvmMc();
  if (tool === undefined) throw new Error("llvm-mc not found on PATH (install Debian package 'llvm')");
  return tool;
}

const ERROR_LINE = /^<stdin>:(\d+):(\d+): error: (.*)$/;

/**
 * Encodes independent single-statement cases (Intel syntax, noprefix) with llvm-mc -show-encoding.
 * Each case is preceded by a marker label so output maps back to its case even when llvm-mc
 * rejects some lines. Cases must not contain newlines.
 */
export function llvmMcEncode(cases: readonly string[], options: { batchSize?: number; mattr?: string } = {}): OracleResult[] {
  const batchSize = options.batchSize ?? 20000;
  const results: OracleResult[] = [];
  for (let start = 0; start < cases.length; start += batchSize) {
    results.push(...encodeBatch(cases.slice(start, start + batchSize), options.mattr ?? LLVM_MC_MATTR));
  }
  return results;
}

/**
 * One llvm-mc process for a batch. LLVM 14 crashes on a few malformed inputs (e.g. its printer on
 * `vcvtss2usi r12, xmm6, 18446744073709551615`), losing its buffered output; then the batch is
 * split in halves until the crashing case is alone, and that case is reported as rejected.
 */
function encodeBatch(batch: readonly string[], mattr: string): OracleResult[] {
  const tool = requireLlvmMc();
  for (const c of batch) if (c.includes("\n")) throw new Error(`case contains a newline: ${JSON.stringify(c)}`);
  const text = batch.map((c, i) => `.Lcase${i}:\n${c}\n`).join("");
  const r = spawnSync(tool, ["-triple=x86_64-unknown-linux-gnu", "-x86-asm-syntax=intel", "-output-asm-variant=1",
    "-show-encoding", `-mattr=${mattr}`], { input: text, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.signal !== null || /Stack dump:|PLEASE submit a bug report/.test(r.stderr)) {
    if (batch.length === 1) return [{ bytes: undefined, errors: [{ line: 1, column: 1, message: "llvm-mc crashed on this input" }], hasFixup: false }];
    const half = Math.ceil(batch.length / 2);
    return [...encodeBatch(batch.slice(0, half), mattr), ...encodeBatch(batch.slice(half), mattr)];
  }
  const out: OracleResult[] = batch.map(() => ({ bytes: undefined, errors: [], hasFixup: false }));
  const chunks: number[][] = batch.map(() => []);
  const seen: boolean[] = batch.map(() => false);
  let current = -1;
  for (const line of r.stdout.split("\n")) {
    const label = /^\.Lcase(\d+):/.exec(line);
    if (label) { current = Number(label[1]); continue; }
    const enc = /# encoding: \[([^\]]*)\]/.exec(line);
    if (enc && current >= 0) {
      seen[current] = true;
      for (const tok of enc[1].split(",")) {
        if (tok.startsWith("0x")) chunks[current].push(parseInt(tok, 16));
        else { out[current].hasFixup = true; chunks[current].push(0); }
      }
    }
  }
  for (const line of r.stderr.split("\n")) {
    const m = ERROR_LINE.exec(line);
    if (!m) continue;
    const idx = Math.floor((Number(m[1]) - 1) / 2);
    if (idx >= 0 && idx < batch.length) out[idx].errors.push({ line: 1, column: Number(m[2]), message: m[3] });
  }
  for (let i = 0; i < batch.length; i++) {
    if (out[i].errors.length === 0 && seen[i]) out[i].bytes = Uint8Array.from(chunks[i]);
    else if (out[i].errors.length === 0) out[i].errors.push({ line: 1, column: 1, message: "llvm-mc printed no encoding for this case" });
  }
  return out;
}

/** Validates a whole multi-line source with llvm-mc; returns its errors (empty = accepted). */
export function llvmMcCheck(source: string, options: { mattr?: string } = {}): OracleError[] {
  const tool = requireLlvmMc();
  const r = run(tool, ["-triple=x86_64-unknown-linux-gnu", "-x86-asm-syntax=intel", "-filetype=null",
    `-mattr=${options.mattr ?? LLVM_MC_MATTR}`], source);
  const errors: OracleError[] = [];
  for (const line of r.stderr.split("\n")) {
    const m = ERROR_LINE.exec(line);
    if (m) errors.push({ line: Number(m[1]), column: Number(m[2]), message: m[3] });
  }
  if (errors.length === 0 && r.status !== 0) errors.push({ line: 0, column: 0, message: r.stderr.trim() || `llvm-mc exited ${r.status}` });
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Object files: assemble a whole program and take its .text bytes (and symbol offsets).

export interface ObjectText {
  text: Uint8Array;
  /** Symbols defined in .text, name -> offset. */
  symbols: Map<string, number>;
  /** Relocations against .text (a program whose .text has relocations is not self-contained). */
  relocationCount: number;
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-oracle-"));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** llvm-mc -filetype=obj on an Intel-syntax source; throws with llvm-mc's diagnostics on error. */
export function llvmMcObject(source: string, options: { mattr?: string } = {}): ObjectText {
  const tool = requireLlvmMc();
  return withTempDir((dir) => {
    const obj = join(dir, "out.o");
    const r = run(tool, ["-triple=x86_64-unknown-linux-gnu", "-x86-asm-syntax=intel", "-filetype=obj",
      `-mattr=${options.mattr ?? LLVM_MC_MATTR}`, "-o", obj], source);
    if (r.status !== 0) throw new Error(`llvm-mc failed:\n${r.stderr}`);
    return readElfText(readFileSync(obj));
  });
}

/** GNU as (--64, `.intel_syntax noprefix` prepended); returns errors instead of throwing. */
export function gnuAsObject(source: string): { object?: ObjectText; errors: OracleError[] } {
  const tool = findGnuAs();
  if (tool === undefined) throw new Error("GNU as not found on PATH (install Debian package 'binutils')");
  return withTempDir((dir) => {
    const src = join(dir, "in.s");
    const obj = join(dir, "out.o");
    writeFileSync(src, ".intel_syntax noprefix\n" + source + "\n");
    const r = run(tool, ["--64", "-o", obj, src], undefined);
    const errors: OracleError[] = [];
    for (const line of r.stderr.split("\n")) {
      const m = /^[^:]*:(\d+): Error: (.*)$/.exec(line);
      if (m) errors.push({ line: Number(m[1]) - 1, column: 0, message: m[2] });
    }
    if (r.status !== 0 || errors.length > 0) {
      if (errors.length === 0) errors.push({ line: 0, column: 0, message: r.stderr.trim() });
      return { errors };
    }
    return { object: readElfText(readFileSync(obj)), errors };
  });
}

/**
 * Minimal ELF64 little-endian reader: the .text section's bytes, the symbols that point into it,
 * and how many relocations apply to it.
 */
export function readElfText(file: Uint8Array): ObjectText {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0, false) !== 0x7f454c46 || file[4] !== 2 || file[5] !== 1) throw new Error("not an ELF64 little-endian file");
  const shoff = Number(view.getBigUint64(0x28, true));
  const shentsize = view.getUint16(0x3a, true);
  const shnum = view.getUint16(0x3c, true);
  const shstrndx = view.getUint16(0x3e, true);
  interface Section { name: number; type: number; offset: number; size: number; link: number; info: number; entsize: number }
  const sections: Section[] = [];
  for (let i = 0; i < shnum; i++) {
    const b = shoff + i * shentsize;
    sections.push({
      name: view.getUint32(b, true), type: view.getUint32(b + 4, true),
      offset: Number(view.getBigUint64(b + 0x18, true)), size: Number(view.getBigUint64(b + 0x20, true)),
      link: view.getUint32(b + 0x28, true), info: view.getUint32(b + 0x2c, true),
      entsize: Number(view.getBigUint64(b + 0x38, true)),
    });
  }
  const cstr = (sec: Section, off: number): string => {
    let end = sec.offset + off;
    while (file[end] !== 0) end++;
    return Buffer.from(file.subarray(sec.offset + off, end)).toString("latin1");
  };
  const names = sections[shstrndx];
  const textIndex = sections.findIndex((s) => cstr(names, s.name) === ".text");
  if (textIndex < 0) throw new Error("object has no .text section");
  const textSec = sections[textIndex];
  const text = Uint8Array.from(file.subarray(textSec.offset, textSec.offset + textSec.size));
  const symbols = new Map<string, number>();
  let relocationCount = 0;
  for (const s of sections) {
    if (s.type === 2 /* SHT_SYMTAB */) {
      const strtab = sections[s.link];
      for (let off = s.offset; off + 24 <= s.offset + s.size; off += 24) {
        const nameOff = view.getUint32(off, true);
        const shndx = view.getUint16(off + 6, true);
        if (shndx !== textIndex || nameOff === 0) continue;
        symbols.set(cstr(strtab, nameOff), Number(view.getBigUint64(off + 8, true)));
      }
    } else if ((s.type === 4 /* RELA */ || s.type === 9 /* REL */) && s.info === textIndex) {
      relocationCount += s.entsize > 0 ? s.size / s.entsize : 0;
    }
  }
  return { text, symbols, relocationCount };
}

/**
 * Assembles independent cases into one object with GNU as, one marker label per case, and slices
 * .text at the markers. Cases GNU as rejects get errors; if any is rejected the batch is retried
 * without the rejected cases (GNU as writes no object when any line fails).
 */
export function gnuAsEncode(cases: readonly string[]): OracleResult[] {
  const results: OracleResult[] = cases.map(() => ({ bytes: undefined, errors: [], hasFixup: false }));
  let live = cases.map((_, i) => i);
  for (let attempt = 0; attempt < 3 && live.length > 0; attempt++) {
    const source = live.map((i) => `jitkit_case_${i}:\n${cases[i]}`).join("\n") + "\njitkit_case_end:\n";
    const { object, errors } = gnuAsObject(source);
    if (object) {
      for (let k = 0; k < live.length; k++) {
        const i = live[k];
        const from = object.symbols.get(`jitkit_case_${i}`);
        const to = object.symbols.get(k + 1 < live.length ? `jitkit_case_${live[k + 1]}` : "jitkit_case_end");
        if (from === undefined || to === undefined) results[i].errors.push({ line: 1, column: 0, message: "marker label missing" });
        else results[i].bytes = object.text.slice(from, to);
      }
      return results;
    }
    const bad = new Set<number>();
    for (const e of errors) {
      // line numbers count the `.intel_syntax` line we prepended (subtracted above): marker at 2k+1.
      const k = Math.floor((e.line - 1) / 2);
      if (k >= 0 && k < live.length) { bad.add(live[k]); results[live[k]].errors.push({ line: 1, column: 0, message: e.message }); }
    }
    if (bad.size === 0) { for (const i of live) results[i].errors.push(errors[0] ?? { line: 0, column: 0, message: "GNU as failed" }); return results; }
    live = live.filter((i) => !bad.has(i));
  }
  return results;
}

/** objdump -d -M intel of raw bytes: one normalized instruction text per decoded instruction. */
export function objdumpIntel(bytes: Uint8Array): string[] {
  const tool = findObjdump();
  if (tool === undefined) throw new Error("objdump not found on PATH");
  return withTempDir((dir) => {
    const bin = join(dir, "code.bin");
    writeFileSync(bin, bytes);
    const r = run(tool, ["-D", "-w", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", bin], undefined);
    if (r.status !== 0) throw new Error(`objdump failed: ${r.stderr}`);
    const out: string[] = [];
    for (const line of r.stdout.split("\n")) {
      const m = /^\s*[0-9a-f]+:\t(?:[0-9a-f]{2} )+\s*\t(.*)$/.exec(line);
      if (m) out.push(m[1].replace(/\s+/g, " ").replace(/\s*#.*$/, "").trim());
    }
    return out;
  });
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
export const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.trim().split(/\s+/).filter(Boolean).map((h) => parseInt(h, 16)));
