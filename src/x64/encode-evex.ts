// EVEX encoding family: 62 P0 P1 P2, opcode, ModRM/SIB/disp (disp8*N), ib.
// P0 = R X B R' 0 m m m (R X B R' inverted), P1 = W vvvv 1 pp (vvvv inverted),
// P2 = z L'L b V' aaa (V' inverted). Registers 16-31 use R' (reg), X (rm register), V' (vvvv or
// VSIB index). disp8*N: N is the memory operand size of the form, or the element size when
// broadcasting ({1toN}). Static rounding {rn-sae}.. puts the mode in L'L with b=1 (register forms).
// Requires operands matched against the form; validates masking/broadcast/rounding permissions.

import { EncodeError } from "./encode-error.js";
import * as M from "./modrm.js";
import type { EncodeSink, Operand } from "./modrm.js";
import { Mem, MF_BCST as MF_BCST_, Rounding } from "./operands.js";
import { Reg } from "./registers.js";
import { FormRecord } from "./table.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const isMem = M.isMem, opAt = M.opAt, writeImm = M.writeImm, writeMem = M.writeMem, MF_BCST = MF_BCST_, writeAddressPrefixes = M.writeAddressPrefixes;

const PTR: Record<number, string> = { 4: "dword", 8: "qword", 16: "xmmword", 32: "ymmword", 64: "zmmword" };

function srcDecorated(o: Operand): boolean {
  return typeof o === "object" && ((o as Reg).maskId | 0) !== 0 || (typeof o === "object" && ((o as Reg).zeroing | 0) !== 0);
}

export function encodeEvex(s: EncodeSink, f: FormRecord, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): void {
  let reg = f.digit >= 0 ? f.digit : 0;
  let R = 0, R2 = 0, X = 0, B = 0, vvvv = 0, V2 = 0, bbit = 0, ll = f.l, aaa = 0, z = 0;
  let rm: Reg | Mem | null = null;
  // The write mask lives on the first operand (destination), a register or a masked-store memory.
  const dst = o0 as Reg | Mem;
  if (typeof dst === "object" && dst !== null && (dst as Reg).maskId !== undefined) {
    aaa = (dst as Reg).maskId;
    z = (dst as Reg).zeroing | 0;
  }
  if (aaa && !f.allowMask) throw new EncodeError(f.mnemonic, `${f.text} takes no write mask`, [], 0);
  if (!aaa && f.requireMask) throw new EncodeError(f.mnemonic, `${f.text} needs a write mask {k1}-{k7} (gathers and scatters)`, [], 0);
  // Only the destination may be decorated: a masked or {z} source would be silently ignored.
  if (srcDecorated(o1) || srcDecorated(o2) || srcDecorated(o3)) {
    throw new EncodeError(f.mnemonic, "only the destination (first operand) can carry {k} or {z}", [], srcDecorated(o1) ? 1 : srcDecorated(o2) ? 2 : 3);
  }
  if (z) {
    if (!f.allowZero) throw new EncodeError(f.mnemonic, `${f.text} takes no {z} (zeroing-masking)`);
    if (!aaa) throw new EncodeError(f.mnemonic, "{z} needs a write mask {k1}-{k7}");
  }
  if (f.iR >= 0) { const r = opAt(f.iR, o0, o1, o2, o3) as Reg; reg = r.id; R = (r.id >> 3) & 1; R2 = (r.id >> 4) & 1; }
  let n = 1;
  if (f.iM >= 0) {
    rm = opAt(f.iM, o0, o1, o2, o3) as Reg | Mem;
    if (isMem(rm)) {
      if (rm.baseId >= 8) B = 1;
      if (rm.indexId >= 0) { X = (rm.indexId >> 3) & 1; V2 = (rm.indexId >> 4) & 1; }
      if (rm.flags & MF_BCST) {
        if (!f.bcstSize || (rm.bcst && rm.bcst !== f.bcstSize)) throw new EncodeError(f.mnemonic, f.bcstSize ? `${f.text} broadcasts ${f.bcstSize}-byte elements, not ${rm.bcst}-byte` : `${f.text} takes no broadcast`, [], f.iM);
        if (rm.bcstCount && rm.bcstCount !== f.bcstCount) throw new EncodeError(f.mnemonic, `${f.text} broadcasts {1to${f.bcstCount}}, not {1to${rm.bcstCount}}`, [], f.iM);
        bbit = 1; n = f.bcstSize;
      } else n = f.dispN;
      if (rm.maskId && rm !== dst) throw new EncodeError(f.mnemonic, "only the destination can carry a write mask", [], f.iM);
      if (f.vsibSize && rm.size && rm.size !== f.vsibSize) throw new EncodeError(f.mnemonic, `${f.text}: the vector-indexed memory operand must be ${PTR[f.vsibSize]} ptr, not ${PTR[rm.size] ?? rm.size}`, [], f.iM);
    } else { B = (rm.id >> 3) & 1; X = (rm.id >> 4) & 1; }
  }
  if (f.iV >= 0) { const v = (opAt(f.iV, o0, o1, o2, o3) as Reg).id; vvvv = v & 15; V2 = (v >> 4) & 1; }
  if (rounding !== null) {
    if (rm !== null && isMem(rm)) throw new EncodeError(f.mnemonic, `${rounding} needs register operands, not memory`);
    if (rounding.mode === 4) {
      if (!f.allowSae) throw new EncodeError(f.mnemonic, `${f.text} takes no {sae}`);
      ll = 0; // llvm-mc writes L'L = 00 with {sae}
    } else {
      if (!f.allowEr) throw new EncodeError(f.mnemonic, `${f.text} takes no static rounding ${rounding}`);
      ll = rounding.mode;
    }
    bbit = 1;
  }
  const b = s.buf;
  b.ensure(24);
  const d = b.data;
  let p = b.pos;
  if (rm !== null && isMem(rm)) p = writeAddressPrefixes(d, p, rm);
  d[p++] = 0x62;
  d[p++] = ((R ^ 1) << 7) | ((X ^ 1) << 6) | ((B ^ 1) << 5) | ((R2 ^ 1) << 4) | f.map;
  d[p++] = (f.w << 7) | ((~vvvv & 15) << 3) | 4 | f.pp;
  d[p++] = (z << 7) | (ll << 5) | (bbit << 4) | ((V2 ^ 1) << 3) | aaa;
  d[p++] = f.opcode;
  if (rm !== null) {
    if (isMem(rm)) p = writeMem(s, d, p, reg, rm, n, f.immSize);
    else d[p++] = 0xc0 | ((reg & 7) << 3) | (rm.id & 7);
  }
  if (f.iI >= 0) p = writeImm(d, p, opAt(f.iI, o0, o1, o2, o3) as number | bigint, f.immSize);
  b.pos = p;
}
