// Operand classes: one bit per kind of operand, shared by the table loader (what a form accepts)
// and the operands (what an actual register / memory / immediate is).
// A form operand accepts an actual operand when (form mask & operand class) != 0; immediates
// additionally compare an "immediate range" mask (see immClass), so the hot path is a few ANDs.

// All bits stay below 2^30 so that every mask is a V8 small integer (Smi): a 2^30 or 2^31 bit
// would turn class fields into heap numbers and slow every comparison down.
// Register classes.
export const C_R8 = 1 << 0;
export const C_R16 = 1 << 1;
export const C_R32 = 1 << 2;
export const C_R64 = 1 << 3;
export const C_XMM = 1 << 4;
export const C_YMM = 1 << 5;
export const C_ZMM = 1 << 6;
export const C_K = 1 << 7;
// Fixed registers (a form operand written `al`, `cl`, `rax`, `<xmm0>`...).
export const C_AL = 1 << 8;
export const C_AX = 1 << 9;
export const C_EAX = 1 << 10;
export const C_RAX = 1 << 11;
export const C_CL = 1 << 12;
export const C_XMM0 = 1 << 13;
// Memory by size (an unsized memory operand carries all of them).
export const C_M8 = 1 << 14;
export const C_M16 = 1 << 15;
export const C_M32 = 1 << 16;
export const C_M64 = 1 << 17;
export const C_M128 = 1 << 18;
export const C_M256 = 1 << 19;
export const C_M512 = 1 << 20;
// Broadcast memory ({1toN}); the element size and count are compared separately (FormRecord
// bcstSize/bcstCount against the Mem's), so one bit serves all element sizes.
export const C_BCST = 1 << 21;
export const C_B16 = C_BCST;
export const C_B32 = C_BCST;
export const C_B64 = C_BCST;
// Fixed dx (in/out).
export const C_DX = 1 << 22;
// MMX registers mm0-mm7.
export const C_MM = 1 << 23;
// Vector-index memory (VSIB) by index register width.
export const C_VMX = 1 << 24;
export const C_VMY = 1 << 25;
export const C_VMZ = 1 << 26;
// Immediate (number or bigint) and label (relative target).
export const C_IMM = 1 << 27;
export const C_LABEL = 1 << 28;
// Capability bit: the operand needs EVEX (xmm16-31/ymm16-31/zmm16-31, a write-masked register or
// memory operand, a VSIB index 16-31). A form accepts such an operand only when its mask has this
// bit too (the loader sets it on the vector/k operands of EVEX forms); see operandMatches().
export const C_HI = 1 << 29;

/** Does an operand of class `cls` fit a form operand with mask `k`? */
export function operandMatches(cls: number, k: number): boolean {
  return (cls & k & ~C_HI) !== 0 && (cls & C_HI & ~k) === 0;
}

export const C_BCST_ANY = C_BCST;
/** Every class a memory operand (Mem) can have: test `(o.cls & C_MEMORY) !== 0` instead of instanceof on hot paths. */
export const C_MEMORY = (1 << 14 | 1 << 15 | 1 << 16 | 1 << 17 | 1 << 18 | 1 << 19 | 1 << 20) | C_BCST_ANY | C_VMX | C_VMY | C_VMZ;
export const C_MEM_ANY = C_M8 | C_M16 | C_M32 | C_M64 | C_M128 | C_M256 | C_M512;
export const C_GP = C_R8 | C_R16 | C_R32 | C_R64;

/** Memory class bit for a size in bytes (0 = unsized: every size). */
export function memClassOfSize(size: number): number {
  switch (size) {
    case 0: return C_MEM_ANY;
    case 1: return C_M8;
    case 2: return C_M16;
    case 4: return C_M32;
    case 8: return C_M64;
    case 16: return C_M128;
    case 32: return C_M256;
    case 64: return C_M512;
    default: return 0;
  }
}

// Immediate ranges: an immediate's range mask has every bit whose range contains the value.
export const I_ONE = 1 << 0; //        1 (the `1` of shift-by-one forms)
export const I_S8 = 1 << 1; //         -128 .. 127
export const I_U8 = 1 << 2; //         0 .. 255
export const I_S16 = 1 << 3; //        -2^15 .. 2^15-1
export const I_U16 = 1 << 4; //        0 .. 2^16-1
export const I_S32 = 1 << 5; //        -2^31 .. 2^31-1
export const I_U32 = 1 << 6; //        0 .. 2^32-1
export const I_S64 = 1 << 7; //        -2^63 .. 2^63-1
export const I_U64 = 1 << 8; //        0 .. 2^64-1
export const I_X8_16 = 1 << 9; //      0xFF80 .. 0xFFFF (sign-extended imm8 once truncated to 16 bits)
export const I_X8_32 = 1 << 10; //     0xFFFFFF80 .. 0xFFFFFFFF
export const I_X8_64 = 1 << 11; //     2^64-128 .. 2^64-1
export const I_X32_64 = 1 << 12; //    2^64-2^31 .. 2^64-1 (sign-extended imm32 as an unsigned 64-bit)
export const I_THREE = 1 << 13; //    3 (`int 3` is encoded as int3, like llvm-mc)

/** The values of each immediate range bit, as [bit, lowest, highest] (for error messages). */
const IMM_RANGES: readonly (readonly [number, bigint, bigint])[] = [
  [I_ONE, 1n, 1n], [I_THREE, 3n, 3n], [I_S8, -128n, 127n], [I_U8, 0n, 255n], [I_S16, -32768n, 32767n],
  [I_U16, 0n, 65535n], [I_S32, -(1n << 31n), (1n << 31n) - 1n], [I_U32, 0n, (1n << 32n) - 1n],
  [I_S64, -(1n << 63n), (1n << 63n) - 1n], [I_U64, 0n, (1n << 64n) - 1n], [I_X8_16, 0xff80n, 0xffffn],
  [I_X8_32, 0xffffff80n, 0xffffffffn], [I_X8_64, (1n << 64n) - 128n, (1n << 64n) - 1n],
  [I_X32_64, (1n << 64n) - (1n << 31n), (1n << 64n) - 1n],
];

/**
 * Why immediate `value` fits none of `forms` (whose operand accepts range mask `mask`): the one
 * wording the builder and the text assembler share.
 */
export function immOutOfRange(value: number | bigint, forms: readonly string[], mask: number): string {
  return `immediate ${String(value)} is out of range for ${[...new Set(forms)].join(" / ")} (accepted: ${describeImmRanges(mask)})`;
}

/** The values a form's immediate range mask accepts, as merged intervals: "-128..255", "1". */
export function describeImmRanges(mask: number): string {
  const spans = IMM_RANGES.filter(([bit]) => (mask & bit) !== 0).map(([, lo, hi]) => [lo, hi]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: bigint[][] = [];
  for (const [lo, hi] of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && lo <= last[1] + 1n) { if (hi > last[1]) last[1] = hi; } else merged.push([lo, hi]);
  }
  const show = (v: bigint) => (v > 0xffffn ? `0x${v.toString(16)}` : v < -0xffffn ? `-0x${(-v).toString(16)}` : String(v));
  return merged.map(([lo, hi]) => (lo === hi ? show(lo) : `${show(lo)}..${show(hi)}`)).join(", ");
}

/** Range mask of a number immediate (must be an integer). */
export function immClass(v: number): number {
  if (v >= -128 && v <= 127) {
    let m = I_S8 | I_S16 | I_S32 | I_S64;
    if (v >= 0) m |= I_U8 | I_U16 | I_U32 | I_U64 | (v === 1 ? I_ONE : v === 3 ? I_THREE : 0);
    return m;
  }
  let m = 0;
  if (v >= 0 && v <= 255) m |= I_U8;
  if (v >= -32768 && v <= 32767) m |= I_S16;
  if (v >= 0 && v <= 65535) m |= I_U16;
  if (v >= 0xff80 && v <= 0xffff) m |= I_X8_16;
  if (v >= -2147483648 && v <= 2147483647) m |= I_S32;
  if (v >= 0 && v <= 4294967295) m |= I_U32;
  if (v >= 0xffffff80 && v <= 0xffffffff) m |= I_X8_32;
  if (Number.isSafeInteger(v)) m |= I_S64 | (v >= 0 ? I_U64 : 0);
  return m;
}

const B2_63 = 1n << 63n, B2_64 = 1n << 64n;
/** Range mask of a bigint immediate. */
export function bigImmClass(v: bigint): number {
  if (v >= -B2_63 && v < B2_63 && v >= -9007199254740991n && v <= 9007199254740991n) return immClass(Number(v));
  let m = 0;
  if (v >= -B2_63 && v < B2_63) m |= I_S64;
  if (v >= 0n && v < B2_64) m |= I_U64;
  if (v >= B2_64 - 128n && v < B2_64) m |= I_X8_64;
  if (v >= B2_64 - (1n << 31n) && v < B2_64) m |= I_X32_64;
  return m;
}

// Type ids: every operand also has a small "type id" (0-127) that determines which forms accept
// it, so (mnemonic, type ids) -> form can be cached (see the Assembler's method cache).
//   0 = no operand, 1 = label, 2-73 = memory (by kind, size, broadcast, EVEX-only), 74-99 = registers
//   (by class), 100-126 = immediates (by range mask), 127 = not cacheable (rounding, rip, odd values).
export const TID_NONE = 0;
export const TID_LABEL = 1;
export const TID_UNCACHEABLE = 127;

const regTids = new Map<number, number>();
/** Type id of a register class (assigned at register creation). */
export function regTid(cls: number): number {
  if (cls === 0) return TID_UNCACHEABLE;
  let t = regTids.get(cls);
  if (t === undefined) {
    t = 74 + regTids.size;
    if (t > 99) return TID_UNCACHEABLE;
    regTids.set(cls, t);
  }
  return t;
}

const immTids = new Int8Array(1 << 14);
let nextImmTid = 100;
/** Type id of an immediate range mask. */
export function immTid(mask: number): number {
  const t = immTids[mask];
  if (t !== 0) return t;
  if (nextImmTid > 126) return TID_UNCACHEABLE;
  immTids[mask] = nextImmTid;
  return nextImmTid++;
}
const TID_ONE = immTid(immClass(1)), TID_THREE = immTid(immClass(3)), TID_S8P = immTid(immClass(2)), TID_S8N = immTid(immClass(-1));
const TID_I32P = immTid(immClass(65536)), TID_I32N = immTid(immClass(-32769));

/** Type id of a number immediate (TID_UNCACHEABLE for non-integers: the slow path reports them). */
export function numTid(v: number): number {
  // Kept small (it is inlined into the instruction methods): 8-bit and 32-bit values here, the rest below.
  if ((v | 0) === v) {
    if (v >= -128 && v <= 127) return v === 1 ? TID_ONE : v === 3 ? TID_THREE : v >= 0 ? TID_S8P : TID_S8N;
    if (v > 65535) return TID_I32P; // every int32 above 0xFFFF has the same range mask
    if (v < -32768) return TID_I32N;
  }
  return wideNumTid(v);
}

// The 16-bit values outside -128..127 fall in five ranges of one range mask each (immClass's
// boundaries: 255, 32767, 0xFF7F; -129).
const TID_S16N = immTid(immClass(-129)), TID_U8 = immTid(immClass(128)), TID_S16P = immTid(immClass(256));
const TID_U16 = immTid(immClass(32768)), TID_X8_16 = immTid(immClass(0xff80));

/** numTid for the rest: int32 values in -32768..65535 outside -128..127, and non-int32 numbers. */
function wideNumTid(v: number): number {
  if ((v | 0) === v) {
    if (v < 0) return TID_S16N;
    if (v <= 255) return TID_U8;
    if (v <= 32767) return TID_S16P;
    return v < 0xff80 ? TID_U16 : TID_X8_16;
  }
  return Number.isSafeInteger(v) ? immTid(immClass(v)) : TID_UNCACHEABLE;
}

const SIZE_INDEX: Record<number, number> = { 0: 0, 1: 1, 2: 2, 4: 3, 8: 4, 16: 5, 32: 6, 64: 7, 10: 8 };
const COUNT_INDEX: Record<number, number> = { 0: 0, 2: 1, 4: 2, 8: 3, 16: 4, 32: 5 };
/** Type id of a memory operand. `vsib` = 0 none, 1 x, 2 y, 3 z; `hi` = needs EVEX. */
export function memTid(size: number, bcst: number, bcstFlag: boolean, bcstCount: number, vsib: number, hi: boolean): number {
  let t: number;
  if (vsib) t = 2 + vsib - 1;
  else if (bcstFlag) t = 5 + (bcst === 2 ? 0 : bcst === 4 ? 1 : bcst === 8 ? 2 : 3) * 6 + (COUNT_INDEX[bcstCount] ?? 0);
  else t = 29 + (SIZE_INDEX[size] ?? 0);
  return hi ? t + 36 : t;
}
