// Operands other than registers: memory references (Mem), labels (Label) and the AVX-512
// rounding/SAE decorators (Rounding). Immediates are plain numbers, or bigints for 64-bit values.
// A Mem is validated when it is made (scale, rsp as index, register kinds), and precomputes its
// operand class (operand-classes.ts) so matching it against a form is one AND.

import * as CLS from "./operand-classes.js";
import { Reg, rip, eip, riz, eiz, gp64, gp32, xmm, ymm, zmm } from "./registers.js";

// Local copy of the operand-classes namespace: property loads on a module namespace object are
// not constant-folded by V8, and Mem construction is on the hot path.
const C = {
  C_LABEL: CLS.C_LABEL, C_HI: CLS.C_HI, C_VMX: CLS.C_VMX, C_VMY: CLS.C_VMY, C_VMZ: CLS.C_VMZ,
  C_BCST: CLS.C_BCST, TID_LABEL: CLS.TID_LABEL, TID_UNCACHEABLE: CLS.TID_UNCACHEABLE,
  memClassOfSize: CLS.memClassOfSize, memTid: CLS.memTid,
} as const;

/** A jump / call / RIP-relative target inside one Assembler. Made by `Assembler.newLabel()`. */
export class Label {
  // `declare`d fields, assigned in the constructor (see Reg): small-integer fields for V8.
  declare readonly id: number;
  /** Identity of the owning assembler (labels of another assembler are rejected). */
  declare readonly owner: object;
  declare readonly cls: number;
  declare readonly tid: number;
  constructor(owner: object, id: number) { this.owner = owner; this.id = id; this.cls = C.C_LABEL; this.tid = C.TID_LABEL; Object.freeze(this); }
  toString(): string { return `L${this.id}`; }
}

export type Imm = number | bigint;

/** Size of a memory operand in bytes; 0 = not given (inferred from the other operands). */
export type MemSize = 0 | 1 | 2 | 4 | 8 | 10 | 16 | 32 | 64;
export type Scale = 1 | 2 | 4 | 8;
export type SegName = "es" | "cs" | "ss" | "ds" | "fs" | "gs";

export interface MemOptions {
  index?: Reg;
  scale?: Scale;
  disp?: number;
  seg?: SegName;
}

/** Mem flag: RIP-relative (`[rip + disp]` or a label). */
export const MF_RIP = 1;
/** Mem flag: no base and no index (absolute `[disp32]`, or a 64-bit moffs for movabs). */
export const MF_ABS = 2;
/** Mem flag: embedded broadcast `{1toN}`. */
export const MF_BCST = 4;
/** Mem flag: 32-bit address size (eax.. / eip base or index: a 67 prefix). */
export const MF_A32 = 1 << 19;
/** Mem flag: the index is riz/eiz (SIB with index 100). */
export const MF_IZ = 1 << 20;
// Packed fields of Mem.flags: segment (3 bits: index into SEG_BYTES), write mask (3), broadcast
// element size (4), broadcast count (6).
const MF_SEG_SHIFT = 3, MF_MASK_SHIFT = 6, MF_BCST_SHIFT = 9, MF_COUNT_SHIFT = 13;
/** Mem flags: the packed segment-override field (non-zero = a segment prefix). */
export const MF_SEG_MASK = 7 << MF_SEG_SHIFT;
/** Segment override prefix bytes by packed index (0 = none): es cs ss ds fs gs. */
const SEG_BYTES = [0, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];

export class Mem {
  // Fields are `declare`d (no class-field definitions): the constructor assigns all of them in one
  // order, which keeps construction cheap and inlinable.
  declare readonly size: MemSize;
  /** Base register number 0-15, or -1 (none / RIP). */
  declare readonly baseId: number;
  /** Index register number 0-31 (31 for VSIB zmm31), or -1. */
  declare readonly indexId: number;
  /** log2(scale). */
  declare readonly shift: number;
  declare readonly disp: number;
  /** A 64-bit absolute address beyond 2^53 (movabs moffs), else null. */
  declare readonly abs64: bigint | null;
  /** RIP-relative target label, or null. */
  declare readonly label: Label | null;
  declare readonly flags: number;
  declare readonly cls: number;
  /** Type id (operand-classes.ts), for the Assembler's form cache. */
  declare readonly tid: number;
  // Segment, write mask and broadcast live packed in `flags` (fewer fields = cheaper allocation);
  // the getters below read them.

  constructor(size: MemSize, base: Reg | Label | null, index?: Reg | null, scale?: number, disp?: number | bigint, segPrefix?: number, bcst?: number, maskId?: number, bcstCount?: number) {
    // Fast path (kept small so V8 inlines it): [gp64 base + gp64 index*scale + int32 disp], no decorations.
    const cls = SIZE_CLS[size];
    if (cls !== undefined && base !== null && (base as Reg).kind === "gp64" && typeof disp === "number" && (disp | 0) === disp &&
        ((bcst as number) | (maskId as number) | (segPrefix as number)) === 0 &&
        (index == null ? scale === undefined || scale === 1 : index.kind === "gp64" && index.id !== 4 && SHIFT_OF[scale as number] !== undefined)) {
      this.size = size; this.baseId = (base as Reg).id; this.indexId = index == null ? -1 : index.id;
      this.shift = index == null ? 0 : SHIFT_OF[scale as number]; this.disp = disp; this.abs64 = null; this.label = null;
      this.flags = 0; this.cls = cls; this.tid = SIZE_TID[size];
    } else initMem(this, size, base, index ?? null, scale ?? 1, disp ?? 0, segPrefix ?? 0, bcst ?? 0, maskId ?? 0, bcstCount ?? 0);
  }

  get scale(): Scale { return (1 << this.shift) as Scale; }
  /** Segment override prefix byte (0x64 fs, 0x65 gs) or 0. */
  get segPrefix(): number { return SEG_BYTES[(this.flags >> MF_SEG_SHIFT) & 7]; }
  /** Write mask k1-k7 for masked stores, 0 = none. */
  get maskId(): number { return (this.flags >> MF_MASK_SHIFT) & 7; }
  /** Broadcast element size in bytes ({1toN}); 0 = no broadcast, or broadcast with the size taken from the form (flags & MF_BCST). */
  get bcst(): number { return (this.flags >> MF_BCST_SHIFT) & 15; }
  /** Broadcast element count N of {1toN}; 0 = not given (any). */
  get bcstCount(): number { return (this.flags >> MF_COUNT_SHIFT) & 63; }
  /** The base register (rip for RIP-relative), or null. */
  get base(): Reg | null {
    const a32 = (this.flags & MF_A32) !== 0;
    return this.flags & MF_RIP ? (a32 ? eip : rip) : this.baseId >= 0 ? (a32 ? gp32 : gp64)[this.baseId] : null;
  }
  /** The index register (a vector register for VSIB), or null. */
  get index(): Reg | null {
    const i = this.indexId;
    if (i < 0) return null;
    const c = this.cls, a32 = (this.flags & MF_A32) !== 0;
    if (this.flags & MF_IZ) return a32 ? eiz : riz;
    return c & C.C_VMX ? xmm[i] : c & C.C_VMY ? ymm[i] : c & C.C_VMZ ? zmm[i] : (a32 ? gp32 : gp64)[i];
  }

  /** This operand with another size (e.g. `m.withSize(8)`). */
  withSize(size: MemSize): Mem {
    return new Mem(size, this.label ?? this.base, this.index, this.scale, this.abs64 ?? this.disp, this.segPrefix, this.bcstParam(), this.maskId, this.bcstCount);
  }

  private bcstParam(): number { return this.flags & MF_BCST ? this.bcst || 1 : 0; }

  /**
   * Embedded broadcast `{1toN}` of this operand's element: `dword(rax).bcstOf(16)` = `dword ptr [rax]{1to16}`.
   * The element size is this operand's size (word, dword or qword), or, for an unsized operand, the
   * form's. `count` (N) is optional unless it is the only thing telling forms apart (e.g. vfpclassps).
   */
  bcstOf(count = 0): Mem {
    const e = this.size;
    if (e !== 0 && e !== 2 && e !== 4 && e !== 8) throw new TypeError("broadcast: the element must be a word, dword or qword");
    if (count !== 0 && ![2, 4, 8, 16, 32].includes(count)) throw new RangeError(`broadcast: {1to${count}} is not a valid element count`);
    return new Mem(e as MemSize, this.label ?? this.base, this.index, this.scale, this.abs64 ?? this.disp, this.segPrefix, e || 1, this.maskId, count);
  }

  /** Masked store destination `[mem]{k}`. */
  k(mask: Reg): Mem {
    if (mask.kind !== "k") throw new TypeError(`memory .k(${mask.name}): the write mask must be a k register`);
    if (mask.id === 0) throw new TypeError("memory .k(k0): k0 cannot be a write mask");
    return new Mem(this.size, this.label ?? this.base, this.index, this.scale, this.abs64 ?? this.disp, this.segPrefix, this.bcstParam(), mask.id, this.bcstCount);
  }

  toString(): string {
    const SZ: Record<number, string> = { 1: "byte", 2: "word", 4: "dword", 8: "qword", 10: "tbyte", 16: "xmmword", 32: "ymmword", 64: "zmmword" };
    let s = "";
    if (this.base) s = this.label ? `rip + ${this.label}` : this.base.name;
    if (this.index) s += (s ? " + " : "") + this.index.name + (this.shift ? `*${this.scale}` : "");
    if (this.disp || !s) s += s ? (this.disp < 0 ? ` - ${-this.disp}` : ` + ${this.disp}`) : String(this.disp);
    const seg = ["", "es:", "cs:", "ss:", "ds:", "fs:", "gs:"][(this.flags >> MF_SEG_SHIFT) & 7];
    const head = this.size ? `${SZ[this.size]} ptr ` : "";
    return `${head}${seg}[${s}]` + (this.flags & MF_BCST ? `{1to${this.bcstCount || "N"}}` : "") + (this.maskId ? `{k${this.maskId}}` : "");
  }
}

// A `const` alias: V8 constant-folds it (the class binding itself is a mutable module slot), so
// `new MemClass(...)` can be inlined at the call sites below.
const MemClass = Mem;

/**
 * A plain [base + index*scale + disp32] made by the builders after their own checks: a constructor
 * small enough for V8 to inline at every call site. Its instances are Mems (same prototype chain,
 * same fields; only V8's hidden class differs).
 */
class PlainMem {
  declare size: number; declare baseId: number; declare indexId: number; declare shift: number; declare disp: number;
  declare flags: number; declare cls: number; declare tid: number;
  constructor(size: number, baseId: number, indexId: number, shift: number, disp: number, cls: number, tid: number) {
    this.size = size; this.baseId = baseId; this.indexId = indexId; this.shift = shift; this.disp = disp;
    this.flags = 0; this.cls = cls; this.tid = tid;
  }
  // Always null here: getters on the prototype instead of two fields in every instance (the
  // builders make one PlainMem per memory operand, so their size is allocation and GC work).
  get abs64(): null { return null; }
  get label(): null { return null; }
}
Object.setPrototypeOf(PlainMem.prototype, Mem.prototype);
const PlainMemClass = PlainMem;

const SIZE_CLS: number[] = [], SIZE_TID: number[] = [];
const SHIFT_OF: number[] = [];
SHIFT_OF[1] = 0; SHIFT_OF[2] = 1; SHIFT_OF[4] = 2; SHIFT_OF[8] = 3;
for (const size of [0, 1, 2, 4, 8, 16, 32, 64]) { SIZE_CLS[size] = CLS.memClassOfSize(size); SIZE_TID[size] = CLS.memTid(size, 0, false, 0, 0, false); }

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Every Mem that is not a plain [base + index*scale + disp32]: full validation. */
function initMem(m: Mem, size: MemSize, base: Reg | Label | null, index: Reg | null, scale: number, disp: number | bigint, segPrefix: number, bcst: number, maskId: number, bcstCount: number): void {
  let abs64: bigint | null = null;
  if (typeof disp === "bigint") {
    if (base !== null || index !== null) disp = Number(BigInt.asIntN(64, disp));
    else if (disp >= 0n && disp <= 9007199254740991n) disp = Number(disp);
    else if (disp < 0n && disp >= -2147483648n) disp = Number(disp);
    else if (disp >= 0n && disp < (1n << 64n)) { abs64 = disp; disp = 0; }
    else throw new RangeError(`memory operand: address ${disp} does not fit in 64 bits`);
  }
  let flags = 0, baseId = -1, label: Label | null = null, baseReg: Reg | null = null;
  // Address size: 64-bit registers, or 32-bit ones (eax.., eip, eiz) with a 67 prefix; not mixed.
  let addr = 0;
  const addrSize = (r: Reg, what: string): void => {
    const w = r.size === 4 ? 32 : 64;
    if (addr !== 0 && addr !== w) throw new TypeError(`memory operand: ${what} ${r.name} mixes 32- and 64-bit address registers`);
    addr = w;
  };
  if (base !== null && base.cls === C.C_LABEL) { label = base as Label; flags |= MF_RIP; baseReg = rip; }
  else if (base !== null) {
    const b = base as Reg;
    if (b.kind === "rip") { flags |= MF_RIP; addrSize(b, "base"); }
    else if (b.kind === "gp64" || b.kind === "gp32") { baseId = b.id; addrSize(b, "base"); }
    else throw new TypeError(`memory operand: base must be a 64-bit (or 32-bit) register or rip, not ${b.name}`);
    baseReg = b;
  }
  let indexId = -1, cls: number;
  if (SIZE_CLS[size] === undefined && size !== 10) throw new RangeError(`memory operand: ${size} is not an operand size (0 1 2 4 8 10 16 32 64)`);
  if (!Number.isInteger(disp) || disp < -2147483648 || disp > 0xffffffff) {
    if (!(base === null && index === null && Number.isSafeInteger(disp) && disp >= 0))
      throw new RangeError(`memory operand: displacement ${disp} does not fit in 32 bits`);
  }
  if (base !== null && disp > 2147483647) throw new RangeError(`memory operand: displacement ${disp} does not fit in a signed 32-bit field`);
  if (scale !== 1 && scale !== 2 && scale !== 4 && scale !== 8) throw new RangeError(`memory operand: scale must be 1, 2, 4 or 8, not ${scale}`);
  if (index !== null) {
    if (flags & MF_RIP) throw new TypeError("memory operand: a RIP-relative address cannot have an index register");
    if (index.kind === "gp64" || index.kind === "gp32") {
      if (index.id === 4) throw new TypeError(`memory operand: ${index.name} cannot be an index register`);
      addrSize(index, "index");
      cls = bcst ? bcstClass(bcst) : C.memClassOfSize(size);
    } else if (index.kind === "iz") {
      addrSize(index, "index");
      flags |= MF_IZ;
      cls = bcst ? bcstClass(bcst) : C.memClassOfSize(size);
    } else if (index.kind === "xmm") cls = C.C_VMX;
    else if (index.kind === "ymm") cls = C.C_VMY;
    else if (index.kind === "zmm") cls = C.C_VMZ;
    else throw new TypeError(`memory operand: index must be a 64-bit register (or a vector register for VSIB), not ${index.name}`);
    indexId = index.id;
    if (index.id >= 16) cls |= C.C_HI;
  } else {
    if (scale !== 1) throw new TypeError("memory operand: a scale needs an index register");
    cls = bcst ? bcstClass(bcst) : C.memClassOfSize(size);
  }
  if (base === null && index === null) flags |= MF_ABS;
  if (addr === 32) flags |= MF_A32;
  if (bcst) flags |= MF_BCST;
  if (maskId) cls |= C.C_HI;
  const w = m as Writable<Mem>;
  w.size = size; w.baseId = baseId; w.indexId = indexId; w.shift = scale === 8 ? 3 : scale === 4 ? 2 : scale === 2 ? 1 : 0;
  const segIndex = SEG_BYTES.indexOf(segPrefix);
  if (segIndex < 0) throw new RangeError(`memory operand: ${segPrefix} is not a segment override prefix (es 0x26, cs 0x2e, ss 0x36, ds 0x3e, fs 0x64, gs 0x65)`);
  if (maskId < 0 || maskId > 7) throw new RangeError(`memory operand: write mask k${maskId} does not exist`);
  if (bcstCount < 0 || bcstCount > 63) throw new RangeError(`memory operand: {1to${bcstCount}} is not a broadcast count`);
  flags |= segIndex << MF_SEG_SHIFT | maskId << MF_MASK_SHIFT |
    (bcst === 1 ? 0 : bcst) << MF_BCST_SHIFT | bcstCount << MF_COUNT_SHIFT;
  w.disp = disp; w.abs64 = abs64; w.label = label;
  w.flags = flags; w.cls = cls;
  const vsib = cls & C.C_VMX ? 1 : cls & C.C_VMY ? 2 : cls & C.C_VMZ ? 3 : 0;
  w.tid = C.memTid(size, bcst === 1 ? 0 : bcst, bcst !== 0, bcstCount, vsib, (cls & C.C_HI) !== 0);
  void baseReg;
}

function bcstClass(e: number): number {
  return e === 2 || e === 4 || e === 8 || e === 1 ? C.C_BCST : 0;
}

/** AVX-512 static rounding `{rn-sae}`... or `{sae}` (suppress all exceptions), given as an extra operand. */
export class Rounding {
  readonly name: string;
  /** 0-3 = rn, rd, ru, rz; 4 = sae only. */
  readonly mode: number;
  readonly cls = 0;
  readonly tid = C.TID_UNCACHEABLE;
  constructor(name: string, mode: number) { this.name = name; this.mode = mode; Object.freeze(this); }
  toString(): string { return `{${this.name}}`; }
}
export const rnSae = new Rounding("rn-sae", 0);
export const rdSae = new Rounding("rd-sae", 1);
export const ruSae = new Rounding("ru-sae", 2);
export const rzSae = new Rounding("rz-sae", 3);
export const sae = new Rounding("sae", 4);

const SEG_PREFIX: Record<SegName, number> = { es: 0x26, cs: 0x2e, ss: 0x36, ds: 0x3e, fs: 0x64, gs: 0x65 };

/** Build a memory operand: `mem(rbx)`, `mem(rbx, 16)`, `mem(rbx, { index: rcx, scale: 8, disp: 16 })`, `mem(label)`, `mem(0x1000)`. */
export function mem(base: Reg | Label | number | bigint | null, opts?: MemOptions | number, size: MemSize = 0): Mem {
  const cls = SIZE_CLS[size];
  return cls === undefined ? memSlow(base, opts, size) : sizedMem(base, opts, size, cls, SIZE_TID[size]);
}

// Literal operand-class bits in sizedMem (V8 folds literals; module constants are loaded and checked).
if (CLS.C_R64 !== 8 || CLS.C_HI !== 0x20000000) throw new Error("operands.ts: sizedMem's literal class bits are out of date");

/**
 * mem() for a size whose class `cls` and type id `tid` the caller passes (literals in the per-size
 * builders below, checked at load). Kept small so V8 inlines it into the caller: the plain shapes
 * [gp64 base], [gp64 base + int32 disp] and [gp64 base + gp64 index*scale + int32 disp] are a
 * PlainMem made right here; everything else goes through sizedMemOther / the full constructor.
 */
function sizedMem(base: MemBase, opts: MemOptions | number | undefined, size: number, cls: number, tid: number): Mem {
  // (cls & (C_R64 | C_HI)) === C_R64: a 64-bit general register without a write mask. Strict tests
  // against undefined/null/number: V8 compiles typeof x === "object" to an instance-type range
  // check plus an undetectable-object test.
  if (base !== null && base !== undefined && ((base as { cls?: number }).cls! & 0x20000008) === 8) {
    if (opts === undefined) return new PlainMemClass(size, (base as Reg).id, -1, 0, 0, cls, tid) as unknown as Mem;
    if (typeof opts === "number") {
      if ((opts | 0) === opts) return new PlainMemClass(size, (base as Reg).id, -1, 0, opts, cls, tid) as unknown as Mem;
    } else {
      const index = opts.index, scale = opts.scale, disp = opts.disp ?? 0;
      if (index !== undefined && index !== null && (index.cls & 0x20000008) === 8 && index.id !== 4 && typeof disp === "number" && (disp | 0) === disp && opts.seg === undefined) {
        const shift = scale === 8 ? 3 : scale === 4 ? 2 : scale === 2 ? 1 : scale === 1 || scale === undefined ? 0 : -1;
        if (shift >= 0) return new PlainMemClass(size, (base as Reg).id, index.id, shift, disp, cls, tid) as unknown as Mem;
      }
    }
  }
  return sizedMemOther(base, opts, size, cls, tid);
}

/** sizedMem's other plain shape, an options object without an index; else the full constructor. */
function sizedMemOther(base: MemBase, opts: MemOptions | number | undefined, size: number, cls: number, tid: number): Mem {
  if (typeof base === "object" && base !== null && (base.cls & 0x20000008) === 8 && typeof opts === "object") {
    const disp = opts.disp ?? 0;
    if (opts.index == null && (opts.scale ?? 1) === 1 && opts.seg === undefined && typeof disp === "number" && (disp | 0) === disp) {
      return new PlainMemClass(size, (base as Reg).id, -1, 0, disp, cls, tid) as unknown as Mem;
    }
  }
  return memSlow(base, opts, size as MemSize);
}

function memSlow(base: Reg | Label | number | bigint | null, opts: MemOptions | number | undefined, size: MemSize): Mem {
  let disp: number | bigint = 0, index: Reg | null = null, scale = 1, seg = 0;
  if (typeof opts === "number") disp = opts;
  else if (opts !== undefined) {
    if (opts.index !== undefined) index = opts.index;
    if (opts.scale !== undefined) scale = opts.scale;
    if (opts.disp !== undefined) disp = opts.disp;
    if (opts.seg !== undefined) { seg = SEG_PREFIX[opts.seg]; if (!seg) throw new TypeError(`memory operand: segment must be es, cs, ss, ds, fs or gs, not ${opts.seg}`); }
  }
  if (typeof base === "number") { disp = (disp as number) + base; base = null; }
  else if (typeof base === "bigint") { disp = base + BigInt(disp); base = null; }
  return new MemClass(size, base, index, scale, disp, seg);
}

type MemBase = Reg | Label | number | bigint | null;
// One function per size (not closures from a factory): each gets its own type feedback. The class
// and type id literals are checked against operand-classes.ts below.
export function byte(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 1, 16384, 30); }
export function word(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 2, 32768, 31); }
export function dword(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 4, 65536, 32); }
export function qword(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 8, 131072, 33); }
export function tword(base: MemBase, opts?: MemOptions | number): Mem { return memSlow(base, opts, 10); }
export function xmmword(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 16, 262144, 34); }
export function ymmword(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 32, 524288, 35); }
export function zmmword(base: MemBase, opts?: MemOptions | number): Mem { return sizedMem(base, opts, 64, 1048576, 36); }
for (const [size, cls, tid] of [[1, 16384, 30], [2, 32768, 31], [4, 65536, 32], [8, 131072, 33], [16, 262144, 34], [32, 524288, 35], [64, 1048576, 36]]) {
  if (SIZE_CLS[size] !== cls || SIZE_TID[size] !== tid) throw new Error(`operands.ts: the literal class/type id of ${size}-byte memory operands is out of date`);
}
/** RIP-relative reference to a label (data or code), unsized: `rel(label)`; sized: `qword(label)`. */
export function rel(label: Label, disp = 0): Mem { return new Mem(0, label, null, 1, disp); }
/** Embedded broadcast of a memory element: `bcst(dword(rax), 16)` -> `dword ptr [rax]{1to16}` (count optional). */
export function bcst(m: Mem, count = 0): Mem { return m.bcstOf(count); }
