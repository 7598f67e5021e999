// Legacy encoding family: [prefixes] [REX] [0F [38|3A]] opcode [ModRM [SIB] [disp]] [imm].
// Driven entirely by the FormRecord (table.ts): operand roles say where each operand goes.
// Requires operands already matched against the form. Guarantees: validation (REX versus
// ah/ch/dh/bh, absolute addresses) happens before the first byte is written; throws EncodeError.

import { EncodeError } from "./encode-error.js";
import * as M from "./modrm.js";
import type { EncodeSink, Operand } from "./modrm.js";
import { Mem, MF_ABS as MF_ABS_ } from "./operands.js";
import { Reg, RF_HIGH8 as RF_HIGH8_, RF_REX8 as RF_REX8_ } from "./registers.js";
import { FormRecord } from "./table.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const isMem = M.isMem, opAt = M.opAt, writeImm = M.writeImm, writeMem = M.writeMem, writeAddressPrefixes = M.writeAddressPrefixes;
const MF_ABS = MF_ABS_, RF_HIGH8 = RF_HIGH8_, RF_REX8 = RF_REX8_;

/** REX facts of a register: 0x40 when it needs REX, -1 when it forbids REX, else 0. */
function byteRegRex(r: Reg): number {
  return r.flags & RF_REX8 ? 0x40 : r.flags & RF_HIGH8 ? -1 : 0;
}

/**
 * Encode `f` with operands o0..o3. `lock` is 0xF0 for a LOCK prefix, else 0; llvm-mc places it
 * after the segment override and the 66/F2/F3 prefixes, just before REX.
 */
export function encodeLegacy(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand, o2: Operand, o3: Operand, lock: number): void {
  let rex = f.w ? 0x48 : 0;
  let high8 = false;
  let reg = f.digit >= 0 ? f.digit : 0;
  let rm: Reg | Mem | null = null;
  let opReg = 0;
  if (f.iR >= 0) {
    const r = opAt(f.iR, o0, o1, o2, o3) as Reg;
    reg = r.id;
    if (r.id & 8) rex |= 0x44;
    if (r.size === 1) { const x = byteRegRex(r); if (x < 0) high8 = true; else rex |= x; }
  }
  if (f.iM >= 0) {
    rm = opAt(f.iM, o0, o1, o2, o3) as Reg | Mem;
    if (isMem(rm)) {
      if (rm.baseId >= 8) rex |= 0x41;
      if (rm.indexId >= 8) rex |= 0x42;
    } else {
      if (rm.id & 8) rex |= 0x41;
      if (rm.size === 1) { const x = byteRegRex(rm); if (x < 0) high8 = true; else rex |= x; }
    }
  }
  if (f.iO >= 0) {
    const r = opAt(f.iO, o0, o1, o2, o3) as Reg;
    opReg = r.id & 7;
    if (r.id & 8) rex |= 0x41;
    if (r.size === 1) { const x = byteRegRex(r); if (x < 0) high8 = true; else rex |= x; }
  }
  let moffs: Mem | null = null;
  if (f.iA >= 0) {
    moffs = opAt(f.iA, o0, o1, o2, o3) as Mem;
    if (!(moffs.flags & MF_ABS)) throw new EncodeError(f.mnemonic, `${f.text} takes an absolute address without base or index registers`);
  }
  if (high8 && rex) {
    throw new EncodeError(f.mnemonic, "ah, ch, dh and bh cannot be used in an instruction that needs a REX prefix (64-bit operand size, r8-r15, or spl/bpl/sil/dil)");
  }
  if (rm !== null && isMem(rm) && rm.baseId < 0 && !(rm.flags & 1) && rm.indexId < 0 && (rm.disp > 0x7fffffff || rm.abs64 !== null)) {
    throw new EncodeError(f.mnemonic, `absolute address 0x${(rm.abs64 ?? BigInt(rm.disp)).toString(16)} does not fit a sign-extended 32-bit displacement (movabs takes 64-bit addresses with al/ax/eax/rax)`, [], f.iM);
  }

  const b = s.buf;
  b.ensure(24);
  const d = b.data;
  let p = b.pos;
  if (rm !== null && isMem(rm)) p = writeAddressPrefixes(d, p, rm);
  else if (moffs !== null && moffs.segPrefix) d[p++] = moffs.segPrefix;
  if (f.pfxLen) {
    d[p++] = f.pfx;
    if (f.pfxLen > 1) { d[p++] = f.pfx >> 8; if (f.pfxLen > 2) d[p++] = f.pfx >> 16; }
  }
  if (lock) d[p++] = lock;
  if (rex) d[p++] = rex;
  if (f.map) { d[p++] = 0x0f; if (f.map === 2) d[p++] = 0x38; else if (f.map === 3) d[p++] = 0x3a; }
  d[p++] = f.opcode + opReg;
  if (f.extraLen) {
    d[p++] = f.extra;
    if (f.extraLen > 1) { d[p++] = f.extra >> 8; if (f.extraLen > 2) d[p++] = f.extra >> 16; }
  }
  if (rm !== null) {
    if (isMem(rm)) p = writeMem(s, d, p, reg, rm, 1, f.immSize + f.immSize2);
    else d[p++] = 0xc0 | ((reg & 7) << 3) | (rm.id & 7);
  }
  if (moffs !== null) p = writeImm(d, p, moffs.abs64 ?? moffs.disp, 8);
  if (f.iI >= 0) {
    p = writeImm(d, p, opAt(f.iI, o0, o1, o2, o3) as number | bigint, f.immSize);
    if (f.iI2 >= 0) p = writeImm(d, p, opAt(f.iI2, o0, o1, o2, o3) as number | bigint, f.immSize2);
  }
  b.pos = p;
}
