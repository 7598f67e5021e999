// ModRM / SIB / displacement: the operand-addressing bytes shared by every encoding family.
// Requires a validated Mem (operands.ts). Guarantees llvm-mc's choices: no displacement when it is
// 0 (except rbp/r13 bases, which need disp8 0), disp8 when it fits (scaled by N for EVEX disp8*N),
// else disp32; SIB for rsp/r12 bases, an index, or an absolute [disp32]; RIP-relative as mod=00
// rm=101 with the displacement counted from the end of the instruction.

import { CodeBuffer, put32 as put32_ } from "../code/code-buffer.js";
import { EncodeError } from "./encode-error.js";
import { Label, Mem, MF_A32 as MF_A32_, MF_RIP as MF_RIP_ } from "./operands.js";
import { Reg } from "./registers.js";
import { C_MEMORY as C_MEMORY_ } from "./operand-classes.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const put32 = put32_, MF_RIP = MF_RIP_, MF_A32 = MF_A32_, C_MEMORY = C_MEMORY_;

/** What encoders write into: the code buffer, and a way to record RIP-relative label references. */
export interface EncodeSink {
  buf: CodeBuffer;
  /** A disp32 at `at` must become (label + addend) - (at + 4 + tail). */
  ripFixup(label: Label, at: number, tail: number, addend: number): void;
}

export type Operand = Reg | Mem | Label | number | bigint | undefined;

/** Placeholder instruction name for errors raised below the encoders (the Assembler adds the instruction). */
export const MNEMONIC_UNKNOWN = "";

/**
 * The prefixes a memory operand brings before everything else: its segment override and, for
 * 32-bit address registers, the address-size prefix 67. Returns the new write position.
 */
export function writeAddressPrefixes(d: Uint8Array, p: number, m: Mem): number {
  if (m.segPrefix) d[p++] = m.segPrefix;
  if ((m.flags & MF_A32) !== 0) d[p++] = 0x67;
  return p;
}

/** Is this register-or-memory operand a Mem? (A class-bit test: much cheaper than instanceof.) */
export function isMem(o: Reg | Mem): o is Mem {
  return (o.cls & C_MEMORY) !== 0;
}

/** The operand at index i (0-3). */
export function opAt(i: number, o0: Operand, o1: Operand, o2: Operand, o3: Operand): Operand {
  return i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
}

/** Bytes of ModRM+SIB+displacement for a memory operand (for sizing; no side effects). */
export function memBytes(m: Mem, n: number): number {
  if (m.flags & MF_RIP) return 5;
  const base = m.baseId, disp = m.disp;
  if (base < 0) return 6;
  const sib = m.indexId >= 0 || (base & 7) === 4 ? 1 : 0;
  if (disp === 0 && (base & 7) !== 5) return 1 + sib;
  if (disp % n === 0 && disp / n >= -128 && disp / n <= 127) return 2 + sib;
  return 5 + sib;
}

/**
 * Write ModRM (+SIB +disp) for memory operand `m` with ModRM.reg = `reg` (low 3 bits used) at `p`;
 * `n` is the disp8 scale (1 outside EVEX), `tail` the bytes that follow the displacement (immediates).
 * Returns the new write position.
 */
export function writeMem(s: EncodeSink, d: Uint8Array, p: number, reg: number, m: Mem, n: number, tail: number): number {
  const reg3 = (reg & 7) << 3;
  if (m.flags & MF_RIP) {
    d[p++] = reg3 | 5;
    if (m.label !== null) { s.ripFixup(m.label, p, tail, m.disp); put32(d, p, 0); }
    else put32(d, p, m.disp);
    return p + 4;
  }
  const base = m.baseId, idx = m.indexId, disp = m.disp;
  if (base < 0) {
    if (idx < 0 && (disp > 0x7fffffff || m.abs64 !== null)) throw new EncodeError(MNEMONIC_UNKNOWN, `absolute address 0x${(m.abs64 ?? BigInt(disp)).toString(16)} does not fit a sign-extended 32-bit displacement`);
    d[p++] = reg3 | 4;
    d[p++] = (m.shift << 6) | (idx < 0 ? 0x20 : (idx & 7) << 3) | 5;
    put32(d, p, disp);
    return p + 4;
  }
  let mod: number, dsize: number, dv = disp;
  if (disp === 0 && (base & 7) !== 5) { mod = 0; dsize = 0; }
  else if (n === 1 ? disp >= -128 && disp <= 127 : disp % n === 0 && (dv = disp / n) >= -128 && dv <= 127) { mod = 0x40; dsize = 1; }
  else { mod = 0x80; dsize = 4; dv = disp; }
  if (idx < 0 && (base & 7) !== 4) d[p++] = mod | reg3 | (base & 7);
  else {
    d[p++] = mod | reg3 | 4;
    d[p++] = (m.shift << 6) | ((idx < 0 ? 4 : idx & 7) << 3) | (base & 7);
  }
  if (dsize === 1) d[p++] = dv;
  else if (dsize === 4) { put32(d, p, dv); p += 4; }
  return p;
}

/**
 * writeMem for the common case, small enough to inline: a base register (baseId >= 0), optional
 * index, no disp8*N scaling. Same bytes as writeMem.
 */
export function writeBaseMem(d: Uint8Array, p: number, reg: number, m: Mem): number {
  const reg3 = (reg & 7) << 3, base = m.baseId, idx = m.indexId, disp = m.disp;
  const mod = disp === 0 && (base & 7) !== 5 ? 0 : disp >= -128 && disp <= 127 ? 0x40 : 0x80;
  if (idx < 0 && (base & 7) !== 4) d[p++] = mod | reg3 | (base & 7);
  else {
    d[p++] = mod | reg3 | 4;
    d[p++] = (m.shift << 6) | ((idx < 0 ? 4 : idx & 7) << 3) | (base & 7);
  }
  if (mod === 0x40) d[p++] = disp;
  else if (mod === 0x80) { put32(d, p, disp); p += 4; }
  return p;
}

/** Write an immediate of `size` bytes (1, 2, 4, 8) at `p`; returns the new position. */
export function writeImm(d: Uint8Array, p: number, v: number | bigint, size: number): number {
  if (typeof v === "bigint") {
    if (size === 8) {
      const u = BigInt.asUintN(64, v);
      put32(d, p, Number(u & 0xffffffffn));
      put32(d, p + 4, Number(u >> 32n));
      return p + 8;
    }
    v = Number(BigInt.asIntN(32, v));
  }
  d[p] = v;
  if (size === 1) return p + 1;
  d[p + 1] = v >> 8;
  if (size === 2) return p + 2;
  if (size === 4) { d[p + 2] = v >> 16; d[p + 3] = v >>> 24; return p + 4; }
  // 8 bytes from a safe-integer number.
  const lo = v >>> 0, hi = Math.floor(v / 4294967296) >>> 0;
  d[p + 2] = lo >> 16; d[p + 3] = lo >>> 24;
  put32(d, p + 4, hi);
  return p + 8;
}
