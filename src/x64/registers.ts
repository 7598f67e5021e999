// x86-64 registers: preallocated frozen objects, so using a register allocates nothing.
// Each register knows its encoding number (0-31), size, operand class bit (operand-classes.ts)
// and the REX facts the encoder needs (spl/bpl/sil/dil need a REX prefix, ah/ch/dh/bh forbid it).
// Masked views for AVX-512 (`zmm1.k(k1)`, `zmm1.k(k1).z()`) are cached, also allocation-free.

import * as C from "./operand-classes.js";

export type RegKind = "gp8" | "gp16" | "gp32" | "gp64" | "xmm" | "ymm" | "zmm" | "k" | "mm" | "seg" | "rip" | "iz";

/** Register flag: 8-bit register that needs a REX prefix (spl, bpl, sil, dil). */
export const RF_REX8 = 1;
/** Register flag: legacy high byte register that cannot be encoded with REX (ah, ch, dh, bh). */
export const RF_HIGH8 = 2;

export class Reg<K extends RegKind = RegKind> {
  // Fields are `declare`d (no class-field definitions, which would first set each field to
  // undefined): the constructor assigns them all, so V8 keeps the numbers as small-integer fields
  // and the encoders read them without a tag check.
  declare readonly name: string;
  declare readonly kind: K;
  /** Encoding number 0-31 (ah/ch/dh/bh are 4-7 with RF_HIGH8). */
  declare readonly id: number;
  /** Size in bytes. */
  declare readonly size: number;
  /** Operand class bits (operand-classes.ts). */
  declare readonly cls: number;
  /** Type id (operand-classes.ts), for the Assembler's form cache. */
  declare readonly tid: number;
  declare readonly flags: number;
  /** Opmask register number (1-7) applied to this destination, 0 = none. */
  declare readonly maskId: number;
  /** 1 when {z} (zeroing-masking) is requested. */
  declare readonly zeroing: number;
  /** The unmasked register (itself when not masked). */
  declare readonly base: Reg<K>;
  declare private readonly views: (Reg<K> | undefined)[];

  constructor(name: string, kind: K, id: number, size: number, cls: number, flags: number, maskId = 0, zeroing = 0, base?: Reg<K>) {
    this.name = name; this.kind = kind; this.id = id; this.size = size; this.cls = cls; this.tid = C.regTid(cls); this.flags = flags;
    this.maskId = maskId; this.zeroing = zeroing; this.base = base ?? this;
    this.views = base ? base.views : new Array(16);
  }

  /** This register with write mask `{k}` (k1-k7; k0 means "no mask" and is rejected). */
  k(mask: Reg): Reg<K> {
    if (mask.kind !== "k") throw new TypeError(`${this.name}.k(${mask.name}): the write mask must be a k register`);
    if (mask.id === 0) throw new TypeError(`${this.name}.k(k0): k0 cannot be a write mask (it means "no masking")`);
    return this.view(mask.id, this.zeroing);
  }

  /** This register with zeroing-masking `{z}` (needs a write mask too). */
  z(): Reg<K> {
    return this.view(this.maskId, 1);
  }

  private view(maskId: number, zeroing: number): Reg<K> {
    const slot = maskId * 2 + zeroing;
    let v = this.base.views[slot];
    if (v === undefined) {
      const b = this.base;
      v = slot === 0 ? b : freeze(new Reg(b.name, b.kind, b.id, b.size, b.cls | C.C_HI, b.flags, maskId, zeroing, b));
      this.base.views[slot] = v;
    }
    return v!;
  }

  toString(): string {
    return this.name + (this.maskId ? `{k${this.maskId}}` : "") + (this.zeroing ? "{z}" : "");
  }
}

/** Object.freeze keeping the class type (private members included). */
function freeze<T extends object>(o: T): T {
  Object.freeze(o);
  return o;
}

function fixedClass(kind: RegKind, id: number): number {
  if (id === 0) {
    if (kind === "gp8") return C.C_AL;
    if (kind === "gp16") return C.C_AX;
    if (kind === "gp32") return C.C_EAX;
    if (kind === "gp64") return C.C_RAX;
    if (kind === "xmm") return C.C_XMM0;
  }
  if (id === 1 && kind === "gp8") return C.C_CL;
  if (id === 2 && kind === "gp16") return C.C_DX;
  return 0;
}

const KIND_INFO: Record<RegKind, [number, number]> = {
  gp8: [1, C.C_R8], gp16: [2, C.C_R16], gp32: [4, C.C_R32], gp64: [8, C.C_R64],
  xmm: [16, C.C_XMM], ymm: [32, C.C_YMM], zmm: [64, C.C_ZMM], k: [8, C.C_K], mm: [8, C.C_MM], iz: [8, 0], seg: [2, 0], rip: [8, 0],
};

function make<K extends RegKind>(name: string, kind: K, id: number, flags = 0): Reg<K> {
  const [size, cls] = KIND_INFO[kind];
  const hi = id >= 16 ? C.C_HI : 0; // xmm16-31 / ymm16-31 / zmm16-31 need EVEX
  const r = new Reg(name, kind, id, size, cls | hi | (flags & RF_HIGH8 ? 0 : fixedClass(kind, id)), flags);
  return freeze(r);
}

const GP64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"];
const GP32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
const GP16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];
const GP8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"];

export type Gp64 = Reg<"gp64">; export type Gp32 = Reg<"gp32">; export type Gp16 = Reg<"gp16">; export type Gp8 = Reg<"gp8">;
export type Gp = Gp64 | Gp32 | Gp16 | Gp8;
export type Mm = Reg<"mm">; export type Xmm = Reg<"xmm">; export type Ymm = Reg<"ymm">; export type Zmm = Reg<"zmm">; export type KReg = Reg<"k">;
export type VecReg = Xmm | Ymm | Zmm;
export const gp64: Gp64[] = [], gp32: Gp32[] = [], gp16: Gp16[] = [], gp8: Gp8[] = [];
export const xmm: Xmm[] = [], ymm: Ymm[] = [], zmm: Zmm[] = [], kreg: KReg[] = [], mm: Mm[] = [];
for (let i = 0; i < 16; i++) {
  gp64.push(make(i < 8 ? GP64[i] : `r${i}`, "gp64", i));
  gp32.push(make(i < 8 ? GP32[i] : `r${i}d`, "gp32", i));
  gp16.push(make(i < 8 ? GP16[i] : `r${i}w`, "gp16", i));
  gp8.push(make(i < 8 ? GP8[i] : `r${i}b`, "gp8", i, i >= 4 && i < 8 ? RF_REX8 : 0));
}
export const high8: Gp8[] = ["ah", "ch", "dh", "bh"].map((n, i) => make(n, "gp8", 4 + i, RF_HIGH8));
for (let i = 0; i < 32; i++) {
  xmm.push(make(`xmm${i}`, "xmm", i));
  ymm.push(make(`ymm${i}`, "ymm", i));
  zmm.push(make(`zmm${i}`, "zmm", i));
}
for (let i = 0; i < 8; i++) kreg.push(make(`k${i}`, "k", i));
for (let i = 0; i < 8; i++) mm.push(make(`mm${i}`, "mm", i));
export const seg = { es: make("es", "seg", 0), cs: make("cs", "seg", 1), ss: make("ss", "seg", 2), ds: make("ds", "seg", 3), fs: make("fs", "seg", 4), gs: make("gs", "seg", 5) };
export const rip = make("rip", "rip", 0);
/** eip: RIP-relative addressing with a 32-bit address size (67 prefix). */
export const eip = freeze(new Reg("eip", "rip", 0, 4, 0, 0));
/** riz / eiz: "no index" written explicitly (forces a SIB byte with index 100), 64- and 32-bit addressing. */
export const riz = freeze(new Reg("riz", "iz", 4, 8, 0, 0));
export const eiz = freeze(new Reg("eiz", "iz", 4, 4, 0, 0));

/** Every register by lowercase name (for parsers and printers). */
export const registersByName: ReadonlyMap<string, Reg> = (() => {
  const m = new Map<string, Reg>();
  for (const list of [gp64, gp32, gp16, gp8, high8, xmm, ymm, zmm, kreg, mm, Object.values(seg), [rip, eip, riz, eiz]]) for (const r of list) m.set(r.name, r);
  // Alternative names accepted by llvm-mc / GNU as.
  for (let i = 8; i < 16; i++) m.set(`r${i}l`, gp8[i]);
  return m;
})();

export function isReg(x: unknown): x is Reg {
  return x instanceof Reg;
}
