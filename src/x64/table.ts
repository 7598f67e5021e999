// The instruction-form table: grammar and loader.
//
// Every x86-64 instruction form is ONE line of data, in the notation of the Intel SDM, so a person
// can check a line against the manual by eye. The lines drive the encoder, the Assembler's methods,
// the text parser, the printer and the test generators. Form files (src/x64/forms/*.ts) export a
// template string; `loadTable` parses all of them once, at load time, into FormRecords (plain
// numeric fields; the encoder never looks at text).
//
// Line grammar (columns separated by `|`; `#` starts a comment; blank lines are ignored):
//
//   instruction                       | opcode / encoding          | op/en | cpuid feature(s)  | tuple
//   add r/m64, imm8                   | REX.W 83 /0 ib             | MI    | -                 |
//   vaddpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F.W1 58 /r | RVM | AVX512F | FV
//
// instruction: lowercase mnemonic then operands separated by commas. `<cc>` in the mnemonic expands
//   the line into one form per condition name (o no b c nae ae nb nc e z ne nz be na a nbe s ns p pe
//   np po l nge ge nl le ng g nle), and `+cc` in the opcode adds the condition code.
// operand kinds (alternatives joined by `/`; a trailing letter or digit on register kinds is a name
//   only: r32a, xmm1, k2):
//   r8 r16 r32 r64  reg (= r32 or r64)  r/m8 r/m16 r/m32 r/m64  r32/m16 (register or memory of
//   another size)  m (any size)  m8 m16 m32 m64 m128 m256 m512  m16bcst m32bcst m64bcst
//   vm32x vm32y vm32z vm64x vm64y vm64z (VSIB)  moffs8 moffs16 moffs32 moffs64
//   imm8 imm16 imm32 imm64  rel8 rel32  xmm ymm zmm k mm (any digit suffix)  xmm/m128 ymm/m256 ...
//   k/m8 .. k/m64  fixed registers al ax eax rax cl dx <xmm0>  and the constants 1 and 3.
//   decorations after an operand: {k1} (write mask allowed), {z} (zeroing allowed), {er} (static
//   rounding allowed), {sae} (suppress-all-exceptions allowed).
// opcode: legacy: prefixes (66 F2 F3 written explicitly, also for 16-bit operand size, which the
//   manual leaves implied; NP and REX are accepted and ignored; REX.W sets W), then the opcode bytes
//   (0F, 0F 38, 0F 3A escapes; bytes after the opcode byte such as the F0 of `0F AE F0` follow it),
//   `+rb +rw +rd +rq` (register in the low 3 bits), `+cc`, `/r` or `/0`..`/7`, `ib iw id io`,
//   `cb cd` (relative displacement).
//   VEX/EVEX: `VEX.L.pp.map.W` / `EVEX.L.pp.map.W` with L = 128 256 512 L0 L1 LIG LZ, pp = (none)
//   66 F2 F3, map = 0F 0F38 0F3A, W = W0 W1 WIG (NDS/NDD/DDS accepted and ignored), then the
//   opcode byte, `/r` or `/digit`, `ib`, `/is4`.
// op/en: one letter per operand: R = ModRM.reg, M = ModRM.rm, V = VEX/EVEX.vvvv, I = immediate,
//   O = register in the opcode's low 3 bits, D = relative displacement, Z = implicit / fixed operand
//   (al, cl, 1, <xmm0>...), A = 64-bit absolute address (moffs), L = register in imm8[7:4] (/is4).
//   When two R letters appear and no M (the manual's "RVR" of k-register instructions), the second R
//   is ModRM.rm. B = one register written once but encoded as both ModRM.reg and ModRM.rm (the
//   `imul r64, imm8` shorthand for `imul r64, r64, imm8`). Zero operands: `ZO`, `NP` or `-`.
// cpuid: feature names separated by spaces, `-` when none (base x86-64).
// tuple: the EVEX tuple type (FV HV FVM T1S T1F T2 T4 T8 HVM QVM OVM M128 DUP). The disp8*N scale is
//   derived from the memory operand size (the broadcast element size when {1toN}; the data element for
//   VSIB and for T1S with a whole-vector operand, from W); `T1S:1` (`:N` after any tuple) states N.
//
// Selection: for a mnemonic, the FIRST line (in file order) whose operand kinds accept the actual
// operands is encoded. Put preferred (shorter, llvm-mc's choice) forms first: imm8 before imm32,
// accumulator short forms before the general ones, VEX before EVEX.

import * as C from "./operand-classes.js";
import { CONDITION_NAMES } from "./conditions.js";

export const enum Family { Legacy = 0, Vex = 1, Evex = 2 }
export const enum Role { R = 1, M = 2, V = 3, I = 4, O = 5, D = 6, Z = 7, A = 8, L = 9, B = 10 }

/** One instruction form, all numeric on the encoder's side. */
export class FormRecord {
  // Hot fields first (read on every encoded instruction; V8 lays fields out in declaration order).
  /** Fast-path shape (encode-fast.ts), 0 = none. */
  fast = 0;
  family: Family = Family.Legacy;
  /** Feature bits (see featureBit), low and high 30-bit words (small integers). */
  featLo = 0; featHi = 0;
  /** Assembler.featEpoch of the last assembler that recorded this form's features. */
  featEpoch = 0;
  /** Index of the operand in each role, or -1. */
  iR = -1; iM = -1; iV = -1; iO = -1; iI = -1; iI2 = -1; iD = -1; iA = -1; iL = -1;
  /** REX.W / VEX.W / EVEX.W. */
  w = 0;
  /** Opcode map: 0 = one-byte, 1 = 0F, 2 = 0F 38, 3 = 0F 3A. */
  map = 0;
  opcode = 0;
  /** Legacy prefix bytes packed little-endian (66 F2 F3), and their count. */
  pfx = 0; pfxLen = 0;
  /** ModRM.reg digit for `/digit` forms, -1 for `/r`; -2 when there is no ModRM. */
  digit = -2;
  /** Immediate sizes in bytes (first and second immediate). */
  immSize = 0; immSize2 = 0;
  /** VEX/EVEX vector length field: 0 = 128/LIG/LZ/L0, 1 = 256/L1, 2 = 512. */
  l = 0;
  /** VEX/EVEX pp: 0 none, 1 = 66, 2 = F3, 3 = F2. */
  pp = 0;
  /** Form to use instead when a 2-byte VEX would then fit (llvm-mc's swap of reg-reg moves), or -1. */
  vexSwap = -1;
  /** Branch forms: encoded length; for a rel8 form, its rel32 sibling (or null). */
  brLen = 0;
  longForm: FormRecord | null = null;
  // Cold fields (form selection, diagnostics, tools).
  id = 0;
  mnemonic = "";
  /** The instruction column as written (after `<cc>` expansion). */
  text = "";
  /** `file:line` of the table line. */
  where = "";
  nops = 0;
  /** Operand class masks accepted, per operand. */
  k0 = 0; k1 = 0; k2 = 0; k3 = 0;
  /** Immediate range masks, per operand (only for immediate operands). */
  im0 = 0; im1 = 0; im2 = 0; im3 = 0;
  /** Role per operand (Role). */
  r0 = 0; r1 = 0; r2 = 0; r3 = 0;
  /** Bytes after the opcode byte (e.g. the F0 of `0F AE F0`) packed little-endian, and their count. */
  extra = 0; extraLen = 0;
  /** Relative displacement size (1 or 4) for D operands. */
  relSize = 0;
  /** EVEX permissions: write mask, zeroing, embedded rounding, SAE; broadcast element size (0 = none). */
  allowMask = 0; allowZero = 0; allowEr = 0; allowSae = 0; bcstSize = 0;
  /** Broadcast element count N of {1toN} (vector memory size / element size), 0 = no broadcast. */
  bcstCount = 0;
  /** disp8*N scale of the memory operand without broadcast (EVEX; 1 elsewhere). */
  dispN = 1;
  /** Size in bytes of the form's memory operand (for disp8*N), VSIB: the element size. */
  memSize = 0;
  /** VSIB forms: the ptr size llvm-mc requires (min(index, data elements) x data element), else 0. */
  vsibSize = 0;
  /** 1 when a write mask is mandatory (EVEX gathers and scatters). */
  requireMask = 0;
  /** Memory operand size from the form: set when the form has a sized memory operand. */
  sizedMem = 0;
  /** Tuple type name (EVEX), or "". */
  tuple = "";
  features: readonly string[] = [];
  /** For a rel8 branch form: the rel32 form of the same mnemonic, or -1. */
  relLong = -1;
  /** The same instruction with ModRM.reg and ModRM.rm roles exchanged (llvm-mc's `.s` suffix), or null. */
  swapAlt: FormRecord | null = null;
}

const FEATURE_BITS = new Map<string, number>();
/** Bit index of a cpuid feature name (assigned in order of first use, up to 62 features). */
export function featureBit(name: string): number {
  let b = FEATURE_BITS.get(name);
  if (b === undefined) {
    b = FEATURE_BITS.size;
    if (b >= 60) throw new Error(`too many cpuid feature names (at ${name})`);
    FEATURE_BITS.set(name, b);
  }
  return b;
}
/** Feature names of a (lo, hi) bit set. */
export function featureNames(lo: number, hi: number): string[] {
  const out: string[] = [];
  for (const [name, b] of FEATURE_BITS) if (b < 30 ? lo & (1 << b) : hi & (1 << (b - 30))) out.push(name);
  return out;
}

export interface FormSource {
  /** File name for error messages (e.g. "forms/integer.ts"). */
  name: string;
  text: string;
}

export interface InstructionTable {
  forms: FormRecord[];
  /** Candidate forms per mnemonic, in preference (file) order. */
  byMnemonic: Map<string, FormRecord[]>;
}

export class TableError extends Error {
  constructor(readonly problems: string[]) {
    super(`instruction table: ${problems.length} bad line(s):\n  ` + problems.slice(0, 40).join("\n  "));
    this.name = "TableError";
  }
}

interface OperandSpec {
  mask: number;
  immBytes: number; // 1 2 4 8 for imm8..imm64
  relBytes: number;
  one: boolean;
  three: boolean;
  memSize: number; // for m8..m512, moffs, vm: element size
  bcst: number;
  mask_k: boolean; zero: boolean; er: boolean; sae: boolean;
  gpSize: number; // size of a general-register/memory operand (opsize inference)
}

const REG_KIND: Record<string, number> = {
  r8: C.C_R8, r16: C.C_R16, r32: C.C_R32, r64: C.C_R64, reg: C.C_R32 | C.C_R64,
  xmm: C.C_XMM, ymm: C.C_YMM, zmm: C.C_ZMM, k: C.C_K, mm: C.C_MM,
};
const FIXED: Record<string, number> = {
  al: C.C_AL, ax: C.C_AX, eax: C.C_EAX, rax: C.C_RAX, cl: C.C_CL, dx: C.C_DX, "<xmm0>": C.C_XMM0,
};
const FIXED_SIZE: Record<string, number> = { al: 1, ax: 2, eax: 4, rax: 8, cl: 1, dx: 0 };
const MEM_SIZE: Record<string, number> = { m8: 1, m16: 2, m32: 4, m64: 8, m128: 16, m256: 32, m512: 64 };

function parseOperand(tok: string): OperandSpec | string {
  const spec: OperandSpec = { mask: 0, immBytes: 0, relBytes: 0, one: false, three: false, memSize: 0, bcst: 0, mask_k: false, zero: false, er: false, sae: false, gpSize: 0 };
  let t = tok.trim();
  // Decorations.
  for (;;) {
    const m = /\{([a-z0-9-]+)\}$/.exec(t);
    if (!m) break;
    const d = m[1];
    if (/^k\d?$/.test(d)) spec.mask_k = true;
    else if (d === "z") spec.zero = true;
    else if (d === "er") spec.er = true;
    else if (d === "sae") spec.sae = true;
    else return `unknown decoration {${d}}`;
    t = t.slice(0, m.index).trim();
  }
  if (t in FIXED) { spec.mask = FIXED[t]; spec.gpSize = FIXED_SIZE[t] ?? 0; return spec; }
  if (t === "1") { spec.mask = C.C_IMM; spec.one = true; return spec; }
  if (t === "3") { spec.mask = C.C_IMM; spec.three = true; return spec; }
  let m: RegExpExecArray | null;
  if ((m = /^imm(8|16|32|64)$/.exec(t))) { spec.mask = C.C_IMM; spec.immBytes = +m[1] / 8; return spec; }
  if ((m = /^rel(8|32)$/.exec(t))) { spec.mask = C.C_LABEL; spec.relBytes = +m[1] / 8; return spec; }
  if ((m = /^moffs(8|16|32|64)$/.exec(t))) { const s = +m[1] / 8; spec.mask = C.memClassOfSize(s); spec.memSize = s; spec.gpSize = s; return spec; }
  if ((m = /^vm(32|64)([xyz])$/.exec(t))) {
    spec.mask = m[2] === "x" ? C.C_VMX : m[2] === "y" ? C.C_VMY : C.C_VMZ; spec.memSize = +m[1] / 8; return spec;
  }
  const parts = t.split("/");
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i];
    if (p === "r" && i + 1 < parts.length && /^m(8|16|32|64)$/.test(parts[i + 1])) {
      const bits = parts[i + 1].slice(1);
      p = "r" + bits; // r/m64 = r64 | m64
    }
    const base = /^(r8|r16|r32|r64|reg|xmm|ymm|zmm|mm|k)[a-z0-9]?\d*$/.exec(p);
    if (base && !/^r(8|16|32|64)[0-9]/.test(p)) {
      spec.mask |= REG_KIND[base[1]];
      if (/^r(8|16|32|64)$/.test(base[1])) spec.gpSize = spec.gpSize || +base[1].slice(1) / 8;
      continue;
    }
    if (p === "m") { spec.mask |= C.C_MEM_ANY; continue; }
    if (p in MEM_SIZE) { spec.mask |= C.memClassOfSize(MEM_SIZE[p]); spec.memSize = MEM_SIZE[p]; if (MEM_SIZE[p] <= 8 && !spec.gpSize && i === 0 && parts.length === 1) spec.gpSize = MEM_SIZE[p]; continue; }
    if ((m = /^m(16|32|64)bcst$/.exec(p))) { const e = +m[1] / 8; spec.bcst = e; spec.mask |= C.C_BCST; continue; }
    return `unknown operand kind '${p}' in '${tok.trim()}'`;
  }
  return spec;
}

const SEXT_IB_OPCODES = new Set([0x83, 0x6b, 0x6a]);

function immRangeMask(bytes: number, opsize: number, signExtendIb: boolean, signExtendId: boolean): number {
  switch (bytes) {
    case 1:
      if (!signExtendIb || opsize <= 1) return C.I_S8 | C.I_U8;
      return C.I_S8 | (opsize === 2 ? C.I_X8_16 : opsize === 4 ? C.I_X8_32 : C.I_X8_64);
    case 2: return C.I_S16 | C.I_U16;
    case 4: return signExtendId ? C.I_S32 | C.I_X32_64 : C.I_S32 | C.I_U32;
    default: return C.I_S64 | C.I_U64;
  }
}

interface Encoding {
  family: Family; pfx: number[]; w: number; map: number; opcode: number; extra: number[]; digit: number;
  plusReg: boolean; plusCc: boolean; imm: number[]; rel: number; l: number; pp: number; is4: boolean; rexW: boolean;
}

function parseEncoding(col: string): Encoding | string {
  const e: Encoding = { family: Family.Legacy, pfx: [], w: 0, map: 0, opcode: -1, extra: [], digit: -2, plusReg: false, plusCc: false, imm: [], rel: 0, l: 0, pp: 0, is4: false, rexW: false };
  const toks = col.trim().split(/\s+/);
  let i = 0;
  if (/^E?VEX\./.test(toks[0])) {
    const f = toks[0].split(".");
    e.family = f[0] === "EVEX" ? Family.Evex : Family.Vex;
    let j = 1;
    if (f[j] === "NDS" || f[j] === "NDD" || f[j] === "DDS") j++;
    const L = f[j++];
    if (L === "128" || L === "L0" || L === "LIG" || L === "LZ") e.l = 0;
    else if (L === "256" || L === "L1") e.l = 1;
    else if (L === "512") e.l = 2;
    else return `bad vector length '${L}'`;
    if (f[j] === "66") { e.pp = 1; j++; } else if (f[j] === "F3") { e.pp = 2; j++; } else if (f[j] === "F2") { e.pp = 3; j++; }
    const mp = f[j++];
    if (mp === "0F") e.map = 1; else if (mp === "0F38") e.map = 2; else if (mp === "0F3A") e.map = 3;
    else return `bad opcode map '${mp}'`;
    const W = f[j++];
    if (W === "W1") e.w = 1; else if (W !== "W0" && W !== "WIG") return `bad W field '${W}'`;
    if (j !== f.length) return `unexpected '${f.slice(j).join(".")}' in '${toks[0]}'`;
    i = 1;
  } else {
    // Legacy prefixes.
    for (; i < toks.length; i++) {
      const t = toks[i];
      if (t === "NP" || t === "REX" || t === "REX+") continue;
      if (t === "REX.W" || t === "REX.W+") { e.w = 1; e.rexW = true; continue; }
      if ((t === "66" || t === "F2" || t === "F3") && e.opcode < 0 && i + 1 < toks.length && /^([0-9A-F]{2}|REX)/.test(toks[i + 1])) { e.pfx.push(parseInt(t, 16)); continue; }
      break;
    }
    if (toks[i] === "0F") {
      i++;
      if (toks[i] === "38") { e.map = 2; i++; } else if (toks[i] === "3A") { e.map = 3; i++; } else e.map = 1;
    }
  }
  for (; i < toks.length; i++) {
    const t = toks[i];
    let m: RegExpExecArray | null;
    if ((m = /^([0-9A-F]{2})(\+(r[bwdq]?|cc|i))?$/.exec(t))) {
      const b = parseInt(m[1], 16);
      if (e.opcode < 0) {
        e.opcode = b;
        if (m[3] === "cc") e.plusCc = true; else if (m[3]) e.plusReg = true;
      } else if (!m[2]) e.extra.push(b);
      else return `'${t}': +r/+cc only on the opcode byte`;
      continue;
    }
    if (t === "/r") { e.digit = -1; continue; }
    if ((m = /^\/([0-7])$/.exec(t))) { e.digit = +m[1]; continue; }
    if (t === "/is4") { e.is4 = true; continue; }
    if (t === "ib") { e.imm.push(1); continue; }
    if (t === "iw") { e.imm.push(2); continue; }
    if (t === "id") { e.imm.push(4); continue; }
    if (t === "io") { e.imm.push(8); continue; }
    if (t === "cb") { e.rel = 1; continue; }
    if (t === "cd") { e.rel = 4; continue; }
    return `unknown opcode token '${t}'`;
  }
  if (e.opcode < 0) return "no opcode byte";
  return e;
}

const ROLE_OF: Record<string, Role> = { B: Role.B, R: Role.R, M: Role.M, V: Role.V, I: Role.I, O: Role.O, D: Role.D, Z: Role.Z, A: Role.A, L: Role.L };

function buildForms(line: string, where: string, out: FormRecord[]): string | null {
  const cols = line.split("|").map((c) => c.trim());
  if (cols.length < 4) return "expected at least 4 columns: instruction | opcode | op/en | cpuid [| tuple]";
  const [instr, opcodeCol, openCol, cpuCol] = cols;
  const tuple = cols[4] ?? "";
  if (tuple && !/^(FV|HV|FVM|T1S|T1F|T2|T4|T8|HVM|QVM|OVM|M128|DUP)(:(1|2|4|8|16|32|64))?$|^-$/.test(tuple)) return `unknown tuple type '${tuple}'`;
  const sp = instr.search(/\s/);
  const mnemonicPattern = sp < 0 ? instr : instr.slice(0, sp);
  const opText = sp < 0 ? "" : instr.slice(sp + 1).trim();
  const opToks = opText ? splitOperands(opText) : [];
  if (opToks.length > 4) return "at most 4 operands";
  const specs: OperandSpec[] = [];
  for (const t of opToks) {
    const s = parseOperand(t);
    if (typeof s === "string") return s;
    specs.push(s);
  }
  const enc = parseEncoding(opcodeCol);
  if (typeof enc === "string") return enc;
  // op/en letters.
  let letters = (openCol === "ZO" && specs.length === 0) || openCol === "NP" || openCol === "-" ? "" : openCol;
  if (letters.length !== specs.length) return `op/en '${openCol}' has ${letters.length} letter(s) for ${specs.length} operand(s)`;
  const roles: Role[] = [];
  let rCount = 0;
  for (const ch of letters) {
    const r = ROLE_OF[ch];
    if (!r) return `unknown op/en letter '${ch}'`;
    if (r === Role.R) {
      rCount++;
      if (rCount === 2) { roles.push(enc.is4 ? Role.L : letters.includes("M") ? Role.R : Role.M); continue; }
    }
    roles.push(r);
  }
  const features = cpuCol === "-" || cpuCol === "" ? [] : cpuCol.split(/[\s,+]+/).filter(Boolean);

  const f = new FormRecord();
  f.nops = specs.length;
  f.family = enc.family; f.w = enc.w; f.map = enc.map; f.opcode = enc.opcode; f.digit = enc.digit;
  f.l = enc.l; f.pp = enc.pp; f.relSize = enc.rel; f.tuple = tuple === "-" ? "" : tuple; f.features = features;
  if (enc.pfx.length > 3 || enc.extra.length > 3) return "too many prefix or trailing opcode bytes";
  for (let k = 0; k < enc.pfx.length; k++) f.pfx |= enc.pfx[k] << (8 * k);
  f.pfxLen = enc.pfx.length;
  for (let k = 0; k < enc.extra.length; k++) f.extra |= enc.extra[k] << (8 * k);
  f.extraLen = enc.extra.length;
  let opsize = 0;
  for (const s of specs) if (s.gpSize) { opsize = s.gpSize; break; }
  if (!opsize && enc.family === Family.Legacy && (enc.opcode === 0x68 || enc.opcode === 0x6a)) opsize = 8;
  if (enc.rexW && !opsize) opsize = 8;
  const sextIb = enc.family === Family.Legacy && enc.map === 0 && SEXT_IB_OPCODES.has(enc.opcode);
  const sextId = opsize === 8 && enc.family === Family.Legacy;
  let immSeen = 0;
  for (let k = 0; k < specs.length; k++) {
    const s = specs[k], role = roles[k];
    let im = 0;
    if (s.one || s.three) { im = s.one ? C.I_ONE : C.I_THREE; if (role !== Role.Z) return `a constant operand must have op/en Z`; }
    else if (s.immBytes) {
      if (role !== Role.I) return `immediate operand ${k + 1} must have op/en I`;
      const bytes = enc.imm[immSeen];
      if (bytes === undefined) return `immediate operand ${k + 1} has no ib/iw/id/io in the opcode column`;
      if (bytes !== s.immBytes && !(s.immBytes === 8 && bytes === 8)) return `imm${s.immBytes * 8} does not match the opcode's immediate size (${bytes} bytes)`;
      im = immRangeMask(s.immBytes, opsize, sextIb, sextId);
      if (immSeen === 0) { f.iI = k; f.immSize = bytes; } else { f.iI2 = k; f.immSize2 = bytes; }
      immSeen++;
    } else if (role === Role.I) return `op/en I on a non-immediate operand ${k + 1}`;
    if (s.relBytes) {
      if (role !== Role.D) return `relative operand ${k + 1} must have op/en D`;
      if (s.relBytes !== enc.rel) return `rel${s.relBytes * 8} does not match cb/cd`;
      f.iD = k;
    }
    if (s.mask & (C.C_MEM_ANY | C.C_VMX | C.C_VMY | C.C_VMZ)) { f.memSize = s.memSize; if (s.memSize) f.sizedMem = 1; }
    if (s.bcst) f.bcstSize = s.bcst;
    if (s.mask_k) f.allowMask = 1;
    if (s.zero) f.allowZero = 1;
    if (s.er) f.allowEr = 1;
    if (s.sae) f.allowSae = 1;
    switch (role) {
      case Role.R: if (f.iR >= 0) return "two ModRM.reg operands"; f.iR = k; break;
      case Role.M: if (f.iM >= 0) return "two ModRM.rm operands"; f.iM = k; break;
      case Role.V: f.iV = k; break;
      case Role.O: f.iO = k; break;
      case Role.A: f.iA = k; break;
      case Role.L: f.iL = k; break;
      case Role.B: if (f.iR >= 0 || f.iM >= 0) return "op/en B with another ModRM operand"; f.iR = k; f.iM = k; break;
    }
    const key = k as 0 | 1 | 2 | 3;
    // EVEX forms accept EVEX-only operands (registers 16-31, masked registers, masked memory).
    const mask = enc.family === Family.Evex && !(s.mask & (C.C_IMM | C.C_LABEL)) ? s.mask | C.C_HI : s.mask;
    (f as unknown as Record<string, number>)["k" + key] = mask;
    (f as unknown as Record<string, number>)["im" + key] = im;
    (f as unknown as Record<string, number>)["r" + key] = role;
  }
  if (immSeen !== enc.imm.length && !(enc.is4 && enc.imm.length === 0)) return `opcode has ${enc.imm.length} immediate(s) but the instruction ${immSeen}`;
  if (f.bcstSize) f.bcstCount = f.memSize / f.bcstSize;
  const vsibSpec = specs.find((x) => x.mask & (C.C_VMX | C.C_VMY | C.C_VMZ));
  if (vsibSpec) {
    const idxWidth = vsibSpec.mask & C.C_VMX ? 16 : vsibSpec.mask & C.C_VMY ? 32 : 64;
    const dataSpec = specs.find((x) => x !== vsibSpec && x.mask & (C.C_XMM | C.C_YMM | C.C_ZMM));
    const dataWidth = dataSpec === undefined ? 0 : dataSpec.mask & C.C_XMM ? 16 : dataSpec.mask & C.C_YMM ? 32 : 64;
    const dataElt = f.w ? 8 : 4;
    if (dataWidth) f.vsibSize = Math.min(idxWidth / vsibSpec.memSize, dataWidth / dataElt) * dataElt;
    if (enc.family === Family.Evex && f.allowMask) f.requireMask = 1;
  }
  f.dispN = dispScale(f, tuple, specs);
  if (enc.is4) { if (f.iL < 0) return "/is4 needs an operand with op/en L"; f.immSize = 1; }
  if ((f.iR >= 0 || f.iM >= 0) && f.digit === -2) return "ModRM operand but no /r or /digit";
  if (f.iR >= 0 && f.digit >= 0) return "op/en R with a /digit opcode";
  if (f.iO >= 0 && !enc.plusReg) return "op/en O needs +rb/+rw/+rd/+rq on the opcode";
  if (f.family !== Family.Legacy && f.pfxLen) return "VEX/EVEX forms take no legacy prefixes";
  if (f.family === Family.Vex && f.iV < 0 && enc.family === Family.Vex) { /* vvvv = 1111 */ }

  // Expansion over condition codes.
  const ccNames = mnemonicPattern.includes("<cc>") ? CONDITION_NAMES : null;
  if (enc.plusCc !== (ccNames !== null)) return "`<cc>` in the mnemonic and `+cc` in the opcode go together";
  if (!/^[a-z][a-z0-9<>]*$/.test(mnemonicPattern)) return `bad mnemonic '${mnemonicPattern}'`;
  if (!ccNames) {
    f.mnemonic = mnemonicPattern; f.text = instr; f.where = where;
    out.push(f);
  } else {
    for (let code = 0; code < 16; code++) {
      for (const name of ccNames[code]) {
        const g = Object.assign(new FormRecord(), f);
        g.mnemonic = mnemonicPattern.replace("<cc>", name);
        g.text = instr.replace("<cc>", name);
        g.opcode = f.opcode + code;
        g.where = where;
        out.push(g);
      }
    }
  }
  return null;
}

/** EVEX disp8*N for a non-broadcast memory operand: by tuple type (Intel SDM 2.7.5). */
function dispScale(f: FormRecord, tuple: string, specs: OperandSpec[]): number {
  if (f.family !== Family.Evex) return 1;
  const vsib = specs.some((s) => s.mask & (C.C_VMX | C.C_VMY | C.C_VMZ));
  if (vsib) return f.w ? 8 : 4; // T1S over the data element
  const explicit = /:(\d+)$/.exec(tuple);
  if (explicit) return +explicit[1]; // `T1S:1`: the line states N (vpcompressb: byte elements)
  if (tuple === "T1S" && f.memSize > 8) return f.w ? 8 : 4; // compress/expand: one element
  return f.memSize || 1;
}

function splitOperands(s: string): string[] {
  return s.split(",").map((x) => x.trim()).filter((x) => x.length > 0);
}

/** Parse form sources into an instruction table. Throws TableError listing every bad line. */
export function loadTable(sources: readonly FormSource[]): InstructionTable {
  const forms: FormRecord[] = [];
  const problems: string[] = [];
  for (const src of sources) {
    const lines = src.text.split("\n");
    for (let n = 0; n < lines.length; n++) {
      const hash = lines[n].indexOf("#");
      const line = (hash >= 0 ? lines[n].slice(0, hash) : lines[n]).trim();
      if (!line) continue;
      const where = `${src.name}:${n + 1}`;
      const err = buildForms(line, where, forms);
      if (err) problems.push(`${where}: ${err}: ${line}`);
    }
  }
  if (problems.length) throw new TableError(problems);
  const byMnemonic = new Map<string, FormRecord[]>();
  for (let i = 0; i < forms.length; i++) {
    forms[i].id = i;
    const list = byMnemonic.get(forms[i].mnemonic);
    if (list) list.push(forms[i]); else byMnemonic.set(forms[i].mnemonic, [forms[i]]);
  }
  for (const list of byMnemonic.values()) linkAlternatives(list);
  for (const f of forms) {
    f.fast = fastShape(f);
    if (f.iD >= 0) f.brLen = f.pfxLen + (f.map ? 1 : 0) + 1 + f.relSize;
  }
  for (const f of forms) for (const name of f.features) {
    const b = featureBit(name);
    if (b < 30) f.featLo |= 1 << b; else f.featHi |= 1 << (b - 30);
  }
  return { forms, byMnemonic };
}

/** The encode-fast.ts shape of a form (1 = legacy r,r/m; 2 = legacy r/m,imm /digit; 3 = VEX r,v,r/m; 4 = relative branch), 0 = none. */
function fastShape(f: FormRecord): number {
  const GPR = C.C_R16 | C.C_R32 | C.C_R64 | C.C_R8;
  if (f.family === Family.Legacy && f.pfxLen <= 1 && f.map <= 1 && f.extraLen === 0 && f.iO < 0 && f.iA < 0 && f.iD < 0 && f.iL < 0) {
    if (f.nops === 2 && f.iR >= 0 && f.iM >= 0 && f.iR !== f.iM && f.iI < 0 && f.digit === -1) return 1;
    if (f.nops === 2 && f.iR < 0 && f.iM === 0 && f.iI === 1 && f.digit >= 0 && f.map === 0 && (f.k0 & GPR) !== 0) return 2;
  }
  if (f.family === Family.Vex && f.nops === 3 && f.iR === 0 && f.iV === 1 && f.iM === 2 && f.iI < 0 && f.iL < 0 && f.digit === -1 && f.map >= 1) return 3;
  if (f.family === Family.Legacy && f.nops === 1 && f.iD === 0) return 4;
  return 0;
}

/** Fill relLong (rel8 -> rel32 branch form) and vexSwap (the reversed-roles register form). */
function linkAlternatives(list: FormRecord[]): void {
  for (const f of list) {
    if (f.iD >= 0 && f.relSize === 1) {
      const g = list.find((x) => x.iD >= 0 && x.relSize === 4 && x.nops === f.nops);
      if (g) { f.relLong = g.id; f.longForm = g; }
    }
    if (f.iR >= 0 && f.iM >= 0 && f.iR !== f.iM) {
      const REGS = C.C_XMM | C.C_YMM | C.C_ZMM | C.C_GP | C.C_MM | C.C_K;
      const same = (a: number, b: number) => (a === 0 && b === 0) || (a & b & REGS) !== 0;
      const g = list.find((x) => x !== f && x.family === f.family && x.nops === f.nops && x.iR === f.iM && x.iM === f.iR &&
        x.iV === f.iV && same(x.k0, f.k0) && same(x.k1, f.k1) && same(x.k2, f.k2) && same(x.k3, f.k3) && x.l === f.l && x.w === f.w);
      if (g) f.swapAlt = g;
    }
    if (f.family === Family.Vex && f.iR >= 0 && f.iM >= 0 && f.iR !== f.iM) {
      const REGS = C.C_XMM | C.C_YMM | C.C_GP;
      const same = (a: number, b: number) => (a === 0 && b === 0) || (a & b & REGS) !== 0;
      const g = list.find((x) => x !== f && x.family === Family.Vex && x.nops === f.nops && x.iR === f.iM && x.iM === f.iR &&
        x.iV === f.iV && same(x.k0, f.k0) && same(x.k1, f.k1) && same(x.k2, f.k2) && same(x.k3, f.k3) && x.map === 1 && x.w === 0 && x.l === f.l);
      if (g) f.vexSwap = g.id;
    }
  }
}
