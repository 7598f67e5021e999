// Fast paths for the most common operand shapes, tried before the family encoders:
//   FAST_LEG_RM   legacy `op r, r/m` / `op r/m, r` (ModRM reg + rm, no immediate)
//   FAST_LEG_MI   legacy `op r/m, imm` with a /digit (register destination only)
//   FAST_VEX_RVM  VEX `op v1, v2, v3` with three registers
// The shape is a property of the form (table.ts sets FormRecord.fast); each path handles only
// plain operands (no byte registers, segment overrides, absolute addresses, 16-31 registers...) and
// returns false for anything else, which the family encoder then handles. A fast path writes exactly
// the bytes the family encoder would (the golden check goes through both).

import * as M from "./modrm.js";
import type { EncodeSink, Operand } from "./modrm.js";
import { Mem, MF_ABS as MF_ABS_, MF_A32 as MF_A32_, MF_SEG_MASK as MF_SEG_MASK_ } from "./operands.js";
import { Reg } from "./registers.js";
import { FormRecord } from "./table.js";

// Local copies of imported functions and constants (see encode-legacy.ts).
const isMem = M.isMem, writeMem = M.writeMem, writeBaseMem = M.writeBaseMem, MF_ABS = MF_ABS_, MF_A32 = MF_A32_, MF_SEG_MASK = MF_SEG_MASK_;

export const FAST_NONE = 0, FAST_LEG_RM = 1, FAST_LEG_MI = 2, FAST_VEX_RVM = 3;
/** Relative branch to a label: handled by Assembler.branch (labels, relaxation), not here. */
export const FAST_BRANCH = 4;

/** Encode with the form's fast path if the operands are plain enough; false = use the family encoder. */
export function encodeFast(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand, o2: Operand): boolean {
  switch (f.fast) {
    case FAST_LEG_RM: return fastLegRM(s, f, o0, o1);
    case FAST_LEG_MI: return fastLegMI(s, f, o0, o1);
    case FAST_VEX_RVM: return fastVexRVM(s, f, o0, o1, o2);
  }
  return false;
}

// Small functions, so V8 can inline them into the Assembler's method dispatch.

/**
 * Legacy `op r, r/m` / `op r/m, r` (ModRM reg + rm, no immediate), r/m a register or a Mem: one
 * function for both (smaller than two, so V8's inlining budget also covers writeBaseMem).
 */
export function fastLegRM(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand): boolean {
  const b = s.buf, d = b.data;
  const r = (f.iR === 0 ? o0 : o1) as Reg;
  const m = (f.iM === 0 ? o0 : o1) as Reg | Mem;
  const mem = isMem(m);
  // spl..dil / ah..bh (REX rules), segment / 32-bit address / absolute operands: the family encoder.
  if ((r.flags | (mem ? m.flags & (MF_ABS | MF_A32 | MF_SEG_MASK) : m.flags)) !== 0 || b.pos + 24 > d.length) return false;
  const rex = (f.w << 3) | ((r.id >> 1) & 4) | (mem ? (m.baseId >= 8 ? 1 : 0) | (m.indexId >= 8 ? 2 : 0) : (m.id >> 3) & 1);
  let p = b.pos;
  if (f.pfxLen) d[p++] = f.pfx;
  if (rex) d[p++] = 0x40 | rex;
  if (f.map) d[p++] = 0x0f;
  d[p++] = f.opcode;
  if (!mem) d[p++] = 0xc0 | ((r.id & 7) << 3) | (m.id & 7);
  else p = m.baseId >= 0 ? writeBaseMem(d, p, r.id, m) : writeMem(s, d, p, r.id, m, 1, 0);
  b.pos = p;
  return true;
}

/** Legacy `op r, imm` with a /digit (register destination only). */
export function fastLegMI(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand): boolean {
  const b = s.buf;
  if (b.pos + 24 > b.data.length || typeof o1 !== "number") return false;
  const m = o0 as Reg | Mem;
  if (isMem(m) || m.flags !== 0) return false;
  const d = b.data;
  let p = b.pos;
  const rex = (f.w << 3) | ((m.id >> 3) & 1);
  if (f.pfxLen) d[p++] = f.pfx;
  if (rex) d[p++] = 0x40 | rex;
  d[p++] = f.opcode;
  d[p++] = 0xc0 | (f.digit << 3) | (m.id & 7);
  d[p++] = o1;
  if (f.immSize === 4) { d[p++] = o1 >> 8; d[p++] = o1 >> 16; d[p++] = o1 >>> 24; }
  else if (f.immSize === 2) d[p++] = o1 >> 8;
  b.pos = p;
  return true;
}

/** VEX `op v1, v2, v3` with three registers. */
export function fastVexRVM(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand, o2: Operand): boolean {
  const b = s.buf;
  const m = o2 as Reg | Mem;
  if (b.pos + 24 > b.data.length || isMem(m)) return false;
  const r = o0 as Reg, v = o1 as Reg;
  const R = (r.id >> 3) & 1, B = (m.id >> 3) & 1;
  if (f.vexSwap >= 0 && B === 1 && R === 0) return false; // the swapped form is llvm-mc's choice
  const d = b.data;
  let p = b.pos;
  const tail = ((~v.id & 15) << 3) | (f.l << 2) | f.pp;
  if (B === 0 && f.w === 0 && f.map === 1) {
    d[p++] = 0xc5;
    d[p++] = ((R ^ 1) << 7) | tail;
  } else {
    d[p++] = 0xc4;
    d[p++] = ((R ^ 1) << 7) | 0x40 | ((B ^ 1) << 5) | f.map;
    d[p++] = (f.w << 7) | tail;
  }
  d[p++] = f.opcode;
  d[p++] = 0xc0 | ((r.id & 7) << 3) | (m.id & 7);
  b.pos = p;
  return true;
}
