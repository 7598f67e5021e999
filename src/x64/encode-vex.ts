// VEX encoding family: C5 (2-byte) or C4 (3-byte) prefix, opcode, ModRM/SIB/disp, ib or /is4.
// The 2-byte form is used whenever it can express the instruction (X=B=0, W=0, map 0F), as llvm-mc
// does. Requires operands matched against the form (registers 0-15, no masking: the matcher only
// lets EVEX forms take EVEX-only operands).

import { EncodeError } from "./encode-error.js";
import * as M from "./modrm.js";
import type { EncodeSink, Operand } from "./modrm.js";
import { Mem } from "./operands.js";
import { Reg } from "./registers.js";
import { FormRecord } from "./table.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const isMem = M.isMem, opAt = M.opAt, writeImm = M.writeImm, writeMem = M.writeMem, writeAddressPrefixes = M.writeAddressPrefixes;

export function encodeVex(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand, o2: Operand, o3: Operand, force3 = false): void {
  let reg = f.digit >= 0 ? f.digit : 0;
  let R = 0, X = 0, B = 0, vvvv = 0;
  let rm: Reg | Mem | null = null;
  if (f.iR >= 0) { const r = opAt(f.iR, o0, o1, o2, o3) as Reg; reg = r.id; R = (r.id >> 3) & 1; }
  if (f.iM >= 0) {
    rm = opAt(f.iM, o0, o1, o2, o3) as Reg | Mem;
    if (isMem(rm)) {
      if (rm.baseId >= 8) B = 1;
      if (rm.indexId >= 8) X = 1;
      if (f.vsibSize && rm.size && rm.size !== f.vsibSize) throw new EncodeError(f.mnemonic, `${f.text}: the vector-indexed memory operand must be ${f.vsibSize * 8}-bit, not ${rm.size * 8}-bit`, [], f.iM);
    }
    else B = (rm.id >> 3) & 1;
  }
  if (f.iV >= 0) vvvv = (opAt(f.iV, o0, o1, o2, o3) as Reg).id & 15;
  const b = s.buf;
  b.ensure(24);
  const d = b.data;
  let p = b.pos;
  if (rm !== null && isMem(rm)) p = writeAddressPrefixes(d, p, rm);
  const tail = ((~vvvv & 15) << 3) | (f.l << 2) | f.pp;
  if (X === 0 && B === 0 && f.w === 0 && f.map === 1 && !force3) {
    d[p++] = 0xc5;
    d[p++] = ((R ^ 1) << 7) | tail;
  } else {
    d[p++] = 0xc4;
    d[p++] = ((R ^ 1) << 7) | ((X ^ 1) << 6) | ((B ^ 1) << 5) | f.map;
    d[p++] = (f.w << 7) | tail;
  }
  d[p++] = f.opcode;
  if (rm !== null) {
    if (isMem(rm)) p = writeMem(s, d, p, reg, rm, 1, f.immSize);
    else d[p++] = 0xc0 | ((reg & 7) << 3) | (rm.id & 7);
  }
  if (f.iL >= 0) {
    const is4 = (opAt(f.iL, o0, o1, o2, o3) as Reg).id << 4;
    d[p++] = f.iI >= 0 ? is4 | ((opAt(f.iI, o0, o1, o2, o3) as number) & 15) : is4;
  } else if (f.iI >= 0) p = writeImm(d, p, opAt(f.iI, o0, o1, o2, o3) as number | bigint, f.immSize);
  b.pos = p;
}
