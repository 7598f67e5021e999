// CodeEmitter: the architecture-neutral half of an assembler: one growable byte buffer, labels,
// relaxable branches and alignment as "items", fixups for fields resolved against labels, data
// directives, and the layout pass that runs at finalize.
//
// Layout: every relaxable branch is first emitted in its short form; `finalize` iterates to a fixed
// point, growing only the branches whose target is out of reach (never shrinking, like llvm-mc's
// MC relaxation), recomputing alignment padding on each pass; then it copies the buffer with the
// final item bytes and patches every fixup. Labels and fixups remember how many items preceded
// them, so their final offset is `buffer offset + growth of those items`.
// Requires a subclass for the architecture's branch and padding bytes. Guarantees: code with no
// items is never copied twice; a finalize error (unbound label, out-of-range short-only branch)
// throws before any output exists.

import { CodeBuffer, put32 as put32_ } from "./code-buffer.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const put32 = put32_;

/** Label handle: an index into the emitter's label tables (see x64 Label, which wraps it). */
export interface LabelLike { readonly id: number; readonly owner: object }

export const enum FixupKind { Rel32 = 1, Rel8 = 2, Abs64 = 3, Abs32 = 4 }
export const enum ItemKind { Branch = 0, Align = 1 }

export interface Relocation {
  /** Offset of the 8-byte field in the code. */
  offset: number;
  kind: "abs64";
  /** Code offset whose absolute address goes into the field. */
  target: number;
}

export interface FinalizedCode {
  /** Code size in bytes. */
  readonly size: number;
  /** Position-independent bytes (absolute relocation fields hold 0). */
  readonly bytes: Uint8Array;
  readonly relocations: readonly Relocation[];
  /** cpuid feature names of every instruction form used (e.g. "AVX2", "BMI2"). */
  readonly features: readonly string[];
  /** Final offset of a label. */
  labelOffset(label: LabelLike): number;
  /** The bytes with absolute relocations resolved for code placed at `baseAddress`. */
  toBytes(baseAddress?: bigint): Uint8Array;
}

function grow(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a as Int32Array<ArrayBuffer>;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Shift table of code without items: label offsets are buffer offsets. */
const NO_SHIFT = new Int32Array(1);

/** out[at..] = src[from..to): a plain loop for the short runs between branches (subarray allocates). */
function copyBytes(out: Uint8Array, at: number, src: Uint8Array, from: number, to: number): void {
  if (to - from > 64) { out.set(src.subarray(from, to), at); return; }
  for (let i = from; i < to; i++) out[at++] = src[i];
}

/** The result of CodeEmitter.finalize(): label offsets and features are computed on first use. */
class Finalized implements FinalizedCode {
  /** A plain array (small typed arrays cost an off-heap allocation each: ~1 us, per finalize). */
  private readonly finalLabels: number[];
  private featureList: readonly string[] | null = null;
  constructor(
    private readonly emitter: CodeEmitter,
    readonly size: number,
    readonly bytes: Uint8Array,
    readonly relocations: readonly Relocation[],
    labelPos: Int32Array, labelItem: Int32Array, shift: Int32Array, labelCount: number,
  ) {
    // Final label offsets (copied: the emitter's tables are reused after reset()).
    const fl = new Array<number>(labelCount);
    for (let l = 0; l < labelCount; l++) fl[l] = labelPos[l] < 0 ? -1 : labelPos[l] + shift[labelItem[l]];
    this.finalLabels = fl;
    this.features0 = emitter.featureSnapshot();
  }
  private readonly features0: () => readonly string[];
  get features(): readonly string[] {
    if (this.featureList === null) this.featureList = this.features0();
    return this.featureList;
  }
  labelOffset(label: LabelLike): number {
    const id = this.emitter.checkLabelPublic(label);
    if (id >= this.finalLabels.length || this.finalLabels[id] < 0) throw new Error(`labelOffset: label ${id} is not bound`);
    return this.finalLabels[id];
  }
  toBytes(baseAddress?: bigint): Uint8Array {
    const out = this.bytes, relocations = this.relocations;
    if (relocations.length === 0) return out.slice();
    if (baseAddress === undefined) throw new Error("toBytes: this code has absolute relocations; pass the address it will run at");
    const r = out.slice();
    for (const rel of relocations) {
      const v = BigInt.asUintN(64, baseAddress + BigInt(rel.target));
      put32(r, rel.offset, Number(v & 0xffffffffn));
      put32(r, rel.offset + 4, Number(v >> 32n));
    }
    return r;
  }
}

export abstract class CodeEmitter {
  readonly buf = new CodeBuffer(4096);
  // Labels.
  protected labelCount = 0;
  protected labelPos = new Int32Array(64).fill(-1);
  protected labelItem = new Int32Array(64);
  // Items (relaxable branches, alignment).
  protected itemCount = 0;
  protected itemPos = new Int32Array(64);
  protected itemKind = new Int32Array(64);
  protected itemArg = new Int32Array(64); //    branch: label id; align: alignment
  protected itemShort = new Int32Array(64); //  branch: short form id; align: fill byte or -1 (nops)
  protected itemLong = new Int32Array(64); //   branch: long form id or -1
  protected itemSize = new Int32Array(64); //   current size
  protected itemBufSize = new Int32Array(64); // bytes written in the buffer
  // Fixups.
  protected fixCount = 0;
  protected fixPos = new Int32Array(64);
  protected fixKind = new Int32Array(64);
  protected fixLabel = new Int32Array(64);
  protected fixTail = new Int32Array(64); //    bytes from the end of the field to the end of the instruction
  protected fixAddend = new Int32Array(64);
  protected fixItem = new Int32Array(64);
  private finalized: FinalizedCode | null = null;
  /** finalize()'s per-item growth table, reused between calls (see Finalized.finalLabels). */
  private shiftScratch = new Int32Array(64);

  /** Short/long branch bytes for the final copy: write the branch `formId` at `p` with displacement `disp`. */
  protected abstract writeBranch(out: Uint8Array, p: number, formId: number, disp: number): void;
  /** Size in bytes of branch form `formId`. */
  protected abstract branchSize(formId: number): number;
  /** Write `n` bytes of padding (multi-byte NOPs) at `p`. */
  protected abstract writePadding(out: Uint8Array, p: number, n: number): void;
  /** Feature names used so far. */
  protected abstract usedFeatures(): string[];
  /** A function giving the feature names used so far (evaluated later, lazily). Internal. */
  abstract featureSnapshot(): () => readonly string[];
  /** checkLabel for the finalized result. */
  checkLabelPublic(l: LabelLike): number { return this.checkLabel(l, "labelOffset"); }
  protected abstract labelName(id: number): string;

  /** Current offset in the buffer (before relaxation). */
  get offset(): number { return this.buf.pos; }

  protected newLabelId(): number {
    const id = this.labelCount++;
    if (id >= this.labelPos.length) this.growLabels(id * 2);
    this.finalized = null;
    return id;
  }

  private growLabels(n: number): void {
    const p = new Int32Array(n).fill(-1); p.set(this.labelPos); this.labelPos = p;
    this.labelItem = grow(this.labelItem, n);
  }

  private alreadyBound(id: number): never {
    throw new Error(`bind: label ${this.labelName(id)} is already bound`);
  }

  protected bindId(id: number): void {
    if (this.labelPos[id] >= 0) this.alreadyBound(id);
    this.labelPos[id] = this.buf.pos;
    this.labelItem[id] = this.itemCount;
    this.finalized = null;
  }

  protected addItem(kind: ItemKind, pos: number, arg: number, shortId: number, longId: number, size: number, bufSize: number): void {
    const i = this.itemCount++;
    if (i >= this.itemPos.length) {
      const n = i * 2;
      this.itemPos = grow(this.itemPos, n); this.itemKind = grow(this.itemKind, n); this.itemArg = grow(this.itemArg, n);
      this.itemShort = grow(this.itemShort, n); this.itemLong = grow(this.itemLong, n);
      this.itemSize = grow(this.itemSize, n); this.itemBufSize = grow(this.itemBufSize, n);
    }
    this.itemPos[i] = pos; this.itemKind[i] = kind; this.itemArg[i] = arg; this.itemShort[i] = shortId;
    this.itemLong[i] = longId; this.itemSize[i] = size; this.itemBufSize[i] = bufSize;
  }

  protected addFixup(kind: FixupKind, pos: number, label: number, tail: number, addend: number): void {
    const i = this.fixCount++;
    if (i >= this.fixPos.length) {
      const n = i * 2;
      this.fixPos = grow(this.fixPos, n); this.fixKind = grow(this.fixKind, n); this.fixLabel = grow(this.fixLabel, n);
      this.fixTail = grow(this.fixTail, n); this.fixAddend = grow(this.fixAddend, n); this.fixItem = grow(this.fixItem, n);
    }
    this.fixPos[i] = pos; this.fixKind[i] = kind; this.fixLabel[i] = label; this.fixTail[i] = tail;
    this.fixAddend[i] = addend; this.fixItem[i] = this.itemCount;
  }

  /** Pad with NOPs (or `fill` bytes) to a multiple of `alignment` (a power of two). */
  align(alignment: number, options: { fill?: number } = {}): this {
    if (!(alignment > 0 && (alignment & (alignment - 1)) === 0)) throw new RangeError(`align: ${alignment} is not a power of two`);
    const fill = options.fill ?? -1;
    if (this.itemCount === 0) {
      const n = (alignment - (this.buf.pos & (alignment - 1))) & (alignment - 1);
      this.buf.ensure(n);
      if (fill < 0) this.writePadding(this.buf.data, this.buf.pos, n);
      else this.buf.data.fill(fill, this.buf.pos, this.buf.pos + n);
      this.buf.pos += n;
    } else this.addItem(ItemKind.Align, this.buf.pos, alignment, fill, -1, 0, 0);
    this.finalized = null;
    return this;
  }

  /** Raw bytes. */
  db(...bytes: (number | ArrayLike<number>)[]): this {
    for (const b of bytes) {
      if (typeof b === "number") this.buf.u8(b);
      else this.buf.bytes(b);
    }
    this.finalized = null;
    return this;
  }
  /** Raw bytes from a Uint8Array (or any byte array). */
  embed(bytes: ArrayLike<number>): this { return this.db(bytes); }
  dw(...values: number[]): this { for (const v of values) this.buf.u16(v); this.finalized = null; return this; }
  dd(...values: number[]): this { for (const v of values) this.buf.u32(v); this.finalized = null; return this; }
  /** 64-bit values; a label stores its absolute address (a relocation resolved by toBytes(base)). */
  dq(...values: (number | bigint | LabelLike)[]): this {
    for (const v of values) {
      if (typeof v === "object") {
        this.addFixup(FixupKind.Abs64, this.buf.pos, this.checkLabel(v, "dq"), 0, 0);
        this.buf.u64(0);
      } else this.buf.u64(v);
    }
    this.finalized = null;
    return this;
  }

  protected abstract checkLabel(l: LabelLike, what: string): number;

  /** Drop everything emitted and every label: the emitter is as new (buffers are kept). */
  reset(): void {
    this.buf.reset();
    this.labelCount = 0; this.labelPos.fill(-1); this.itemCount = 0; this.fixCount = 0;
    this.finalized = null;
  }

  /** Resolve labels, relax branches, lay out alignment; returns the finished code. Cached until more is emitted. */
  finalize(): FinalizedCode {
    if (this.finalized) return this.finalized;
    {
      const lp = this.labelPos, fl = this.fixLabel, ia = this.itemArg, ik = this.itemKind;
      for (let i = 0; i < this.fixCount; i++) if (lp[fl[i]] < 0) this.requireBound(fl[i]);
      for (let i = 0; i < this.itemCount; i++) if (ik[i] === ItemKind.Branch && lp[ia[i]] < 0) this.requireBound(ia[i]);
    }
    const n = this.itemCount;
    // Every pass below writes shift[0..n] before reading it, so the reused table needs no clearing.
    if (n + 1 > this.shiftScratch.length) this.shiftScratch = new Int32Array(2 * (n + 1));
    const shift = n === 0 ? NO_SHIFT : this.shiftScratch;
    const labelPos = this.labelPos, labelItem = this.labelItem;
    const itemPos = this.itemPos, itemSize = this.itemSize, itemBufSize = this.itemBufSize, itemKind = this.itemKind, itemArg = this.itemArg;
    for (let pass = 0; n > 0; pass++) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        shift[i] = s;
        if (itemKind[i] === ItemKind.Align) {
          const a = itemArg[i];
          itemSize[i] = (a - ((itemPos[i] + s) & (a - 1))) & (a - 1);
        }
        s += itemSize[i] - itemBufSize[i];
      }
      shift[n] = s;
      let changed = false;
      for (let i = 0; i < n; i++) {
        if (itemKind[i] !== ItemKind.Branch) continue;
        if (itemSize[i] !== itemBufSize[i]) continue; // already long (branches start short in the buffer)
        const l = itemArg[i];
        const target = labelPos[l] + shift[labelItem[l]];
        const disp = target - (itemPos[i] + shift[i] + itemSize[i]);
        if (disp < -128 || disp > 127) {
          const longId = this.itemLong[i];
          if (longId < 0) throw new Error(`finalize: the target ${this.labelName(l)} of a short-only branch at offset ${itemPos[i] + shift[i]} is ${disp} bytes away (rel8 reaches -128..127)`);
          itemSize[i] = this.branchSize(longId);
          changed = true;
        }
      }
      if (!changed) break;
      if (pass > 10000) throw new Error("finalize: relaxation does not converge");
    }
    const total = this.buf.pos + shift[n];
    const src = this.buf.data;
    let out: Uint8Array;
    if (n === 0) out = src.slice(0, total);
    else if (shift[n] === 0) {
      // Nothing grew and no padding: the buffer is the layout; just fill in the branch displacements.
      out = src.slice(0, total);
      for (let i = 0; i < n; i++) {
        if (itemKind[i] !== ItemKind.Branch) continue;
        const l = itemArg[i], q = itemPos[i];
        this.writeBranch(out, q, this.itemShort[i], labelPos[l] + shift[labelItem[l]] - (q + itemSize[i]));
      }
    } else {
      out = new Uint8Array(total);
      let from = 0;
      for (let i = 0; i < n; i++) {
        const p = itemPos[i];
        copyBytes(out, from + shift[i], src, from, p);
        const q = p + shift[i];
        if (itemKind[i] === ItemKind.Align) {
          const fill = this.itemShort[i];
          if (fill < 0) this.writePadding(out, q, itemSize[i]); else out.fill(fill, q, q + itemSize[i]);
        } else {
          const l = itemArg[i];
          const target = labelPos[l] + shift[labelItem[l]];
          const id = itemSize[i] === itemBufSize[i] ? this.itemShort[i] : this.itemLong[i];
          this.writeBranch(out, q, id, target - (q + itemSize[i]));
        }
        from = p + itemBufSize[i];
      }
      copyBytes(out, from + shift[n], src, from, this.buf.pos);
    }
    const relocations: Relocation[] = [];
    for (let i = 0; i < this.fixCount; i++) {
      const l = this.fixLabel[i];
      const target = labelPos[l] + shift[labelItem[l]] + this.fixAddend[i];
      const at = this.fixPos[i] + shift[this.fixItem[i]];
      switch (this.fixKind[i] as FixupKind) {
        case FixupKind.Rel32: put32(out, at, target - (at + 4 + this.fixTail[i])); break;
        case FixupKind.Rel8: {
          const d = target - (at + 1 + this.fixTail[i]);
          if (d < -128 || d > 127) throw new Error(`finalize: rel8 displacement to ${this.labelName(l)} out of range (${d})`);
          out[at] = d; break;
        }
        case FixupKind.Abs64: relocations.push({ offset: at, kind: "abs64", target }); break;
        case FixupKind.Abs32: throw new Error("finalize: abs32 relocations are not supported");
      }
    }
    const result = new Finalized(this, total, out, relocations, labelPos, labelItem, shift, this.labelCount);
    this.finalized = result;
    return result;
  }

  private requireBound(l: number): void {
    if (this.labelPos[l] < 0) throw new Error(`finalize: label ${this.labelName(l)} is used but never bound`);
  }

  /** Code size after layout (finalizes). With `toBytes(base)` this makes an emitter a CodeProducer for loadCode. */
  get size(): number { return this.finalize().size; }
  /** cpuid feature names the code needs (finalizes), so loadCode's feature check sees them. */
  get features(): readonly string[] { return this.finalize().features; }
  /** Finalized bytes, relocations resolved for `baseAddress` (required only when there are absolute relocations). */
  toBytes(baseAddress?: bigint): Uint8Array { return this.finalize().toBytes(baseAddress); }
  /** Finalized position-independent bytes (throws if absolute relocations exist). */
  bytes(): Uint8Array { return this.finalize().toBytes(); }
}
