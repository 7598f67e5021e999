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
  /**
   * Position-independent bytes (absolute relocation fields hold 0). Small code is a view into a
   * shared pool (`bytes.buffer` holds other code too, `byteOffset` may be non-zero): use
   * `bytes.slice()` or toBytes() for a buffer of its own.
   */
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

// Item fields: offsets in CodeEmitter.items, It.Fields numbers per item (const enums: inlined as
// literals, where module constants would be loaded and checked on every use).
const enum It {
  Pos = 0, //     buffer offset
  Kind = 1, //    ItemKind
  Arg = 2, //     branch: label id; align: alignment
  Short = 3, //   branch: short form id; align: fill byte or -1 (nops)
  Long = 4, //    branch: long form id or -1
  Size = 5, //    current size
  BufSize = 6, // bytes written in the buffer
  GrowBefore = 7, // growBound when the item was added
  Fields = 8,
}
// Fixup fields: offsets in CodeEmitter.fixes, Fx.Fields numbers per fixup.
const enum Fx {
  Pos = 0, Kind = 1, Label = 2,
  Tail = 3, //    bytes from the end of the field to the end of the instruction
  Addend = 4,
  Item = 5, //    items before the fixup
  Fields = 8,
}

/** Shift table of code without items: label offsets are buffer offsets. */
const NO_SHIFT = new Int32Array(1);

// Output bytes of finalized code up to 8 KB are views into shared 64 KB pools (as Node's Buffer
// pool does for small Buffers): one off-heap allocation per pool instead of one per finalize(),
// which costs ~1 us and adds external-memory pressure on the GC. A pool is never written again
// once a view is handed out; it lives as long as any of its views. Code of at most ON_HEAP bytes
// gets an array of its own: V8 allocates typed arrays that small on its heap, cheaper than a view.
const POOL_SIZE = 64 * 1024;
/** Results larger than this get an ArrayBuffer of their own. */
const POOL_MAX = 8 * 1024;
/** V8 keeps typed arrays of up to 64 bytes on its heap (no backing store allocation). */
const ON_HEAP = 64;
let pool = new ArrayBuffer(0);
let poolPos = 0;

/** `n` (> ON_HEAP) fresh bytes for finalized code (a pool view up to POOL_MAX, else a new array). */
function outputBytes(n: number): Uint8Array {
  if (n > POOL_MAX) return new Uint8Array(n);
  if (poolPos + n > pool.byteLength) { pool = new ArrayBuffer(POOL_SIZE); poolPos = 0; }
  const v = new Uint8Array(pool, poolPos, n); // (the constructor: cheaper than subarray)
  poolPos = (poolPos + n + 7) & ~7; // 8-byte aligned starts
  return v;
}

/** out[at..] = src[from..to): a plain loop for short runs (a subarray view costs ~100 ns). */
function copyBytes(out: Uint8Array, at: number, src: Uint8Array, from: number, to: number): void {
  if (to - from > 256) { out.set(src.subarray(from, to), at); return; }
  for (let i = from; i < to; i++) out[at++] = src[i];
}

// Final label offsets are copied into shared Int32Array pools as well: a result keeps its pool and
// the index of its first slot (a typed array of its own would cost an off-heap allocation); a few
// labels go into a plain array.
const LABEL_POOL_SIZE = 16 * 1024;
let labelPool = new Int32Array(0);
let labelPoolPos = 0;

/** The result of CodeEmitter.finalize(): features are computed on first use. */
class Finalized implements FinalizedCode {
  /** Final label offsets (-1 = unbound): labels[labelStart + id], id < labelCount. */
  private readonly labels: Int32Array | number[];
  private readonly labelStart: number;
  private readonly labelCount: number;
  private featureList: readonly string[] | null = null;
  constructor(
    private readonly emitter: CodeEmitter,
    readonly size: number,
    readonly bytes: Uint8Array,
    readonly relocations: readonly Relocation[],
    labelPos: Int32Array, labelItem: Int32Array, shift: Int32Array, labelCount: number, noShift: boolean,
  ) {
    // Copied: the emitter's tables are reused after reset().
    let pool: Int32Array | number[] = labelPool, at = labelPoolPos;
    if (labelCount <= 32) { pool = new Array<number>(labelCount); at = 0; } // (a small plain array: allocated inline)
    else if (labelCount > LABEL_POOL_SIZE >> 3) { pool = new Int32Array(labelCount); at = 0; }
    else {
      if (at + labelCount > pool.length) { pool = labelPool = new Int32Array(LABEL_POOL_SIZE); at = 0; }
      labelPoolPos = at + labelCount;
    }
    if (noShift && labelCount > 256) (pool as Int32Array).set(labelPos.subarray(0, labelCount), at);
    else if (noShift) for (let l = 0; l < labelCount; l++) pool[at + l] = labelPos[l];
    else for (let l = 0; l < labelCount; l++) pool[at + l] = labelPos[l] < 0 ? -1 : labelPos[l] + shift[labelItem[l]];
    this.labels = pool; this.labelStart = at; this.labelCount = labelCount;
    this.features0 = emitter.featureSnapshot();
  }
  private readonly features0: () => readonly string[];
  get features(): readonly string[] {
    if (this.featureList === null) this.featureList = this.features0();
    return this.featureList;
  }
  labelOffset(label: LabelLike): number {
    const id = this.emitter.checkLabelPublic(label);
    const at = this.labelStart + id;
    if (id >= this.labelCount || this.labels[at] < 0) throw new Error(`labelOffset: label ${id} is not bound`);
    return this.labels[at];
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
  // Items (relaxable branches, alignment): It.Fields numbers per item in one table (one bounds
  // check and one field load per access on the hot path, and the passes read them sequentially).
  protected itemCount = 0;
  /** Upper bound of the growth of all items so far (a branch: long - short size; an alignment: alignment - 1). */
  protected growBound = 0;
  protected items = new Int32Array(64 * It.Fields);
  // Fixups: Fx.Fields numbers per fixup.
  protected fixCount = 0;
  protected fixes = new Int32Array(64 * Fx.Fields);
  private finalized: FinalizedCode | null = null;
  /** buf.pos when `finalized` was made: instructions write bytes without clearing `finalized`. */
  private finalizedPos = -1;
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

  /** Add an item; `growth` = the most it can grow (a branch: long - short size; an alignment: alignment - 1). */
  protected addItem(kind: ItemKind, pos: number, arg: number, shortId: number, longId: number, size: number, bufSize: number, growth: number): void {
    const q = this.itemCount++ * It.Fields;
    if (q + It.Fields > this.items.length) this.items = grow(this.items, 2 * (q + It.Fields));
    const t = this.items;
    t[q + It.Pos] = pos; t[q + It.Kind] = kind; t[q + It.Arg] = arg; t[q + It.Short] = shortId;
    t[q + It.Long] = longId; t[q + It.Size] = size; t[q + It.BufSize] = bufSize;
    t[q + It.GrowBefore] = this.growBound;
    this.growBound += growth;
  }

  /**
   * Upper bound of how much the code between label `l` (bound) and the current position can still
   * grow through relaxation: a backward rel8 branch whose distance stays in range with this much
   * growth can be final (a Rel8 fixup) instead of a relaxable item.
   */
  protected growthSinceLabel(l: number): number {
    const i = this.labelItem[l];
    return i >= this.itemCount ? 0 : this.growBound - this.items[i * It.Fields + It.GrowBefore];
  }

  protected addFixup(kind: FixupKind, pos: number, label: number, tail: number, addend: number): void {
    const q = this.fixCount++ * Fx.Fields;
    if (q + Fx.Fields > this.fixes.length) this.fixes = grow(this.fixes, 2 * (q + Fx.Fields));
    const t = this.fixes;
    t[q + Fx.Pos] = pos; t[q + Fx.Kind] = kind; t[q + Fx.Label] = label; t[q + Fx.Tail] = tail;
    t[q + Fx.Addend] = addend; t[q + Fx.Item] = this.itemCount;
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
    } else this.addItem(ItemKind.Align, this.buf.pos, alignment, fill, -1, 0, 0, alignment - 1);
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
    this.labelCount = 0; this.labelPos.fill(-1); this.itemCount = 0; this.growBound = 0; this.fixCount = 0;
    this.finalized = null;
  }

  /** Resolve labels, relax branches, lay out alignment; returns the finished code. Cached until more is emitted. */
  finalize(): FinalizedCode {
    if (this.finalized !== null && this.finalizedPos === this.buf.pos) return this.finalized;
    const it = this.items, fx = this.fixes;
    const labelPos = this.labelPos, labelItem = this.labelItem;
    // Unbound targets throw before anything changes (branch targets: in the first loop of pass 0).
    for (let q = 0; q < this.fixCount * Fx.Fields; q += Fx.Fields) if (labelPos[fx[q + Fx.Label]] < 0) this.requireBound(fx[q + Fx.Label]);
    const n = this.itemCount;
    // Every pass below writes shift[0..n] before reading it, so the reused table needs no clearing.
    if (n + 1 > this.shiftScratch.length) this.shiftScratch = new Int32Array(2 * (n + 1));
    const shift = n === 0 ? NO_SHIFT : this.shiftScratch;
    const src = this.buf.data;
    // The common case first: only branches, all still short. Then every shift is 0, so one loop
    // checks each branch and writes its rel8 displacement into the buffer; if none has to grow,
    // that is the layout. Otherwise (or with alignment items) the general passes below run (and
    // rewrite every branch).
    let settled = n === 0;
    if (!settled) {
      settled = true;
      for (let q = 0; q < n * It.Fields; q += It.Fields) {
        if (it[q + It.Kind] !== ItemKind.Branch || it[q + It.Size] !== it[q + It.BufSize]) { settled = false; break; }
        const l = it[q + It.Arg], lp = labelPos[l];
        if (lp < 0) this.requireBound(l);
        const end = it[q + It.Pos] + it[q + It.Size], disp = lp - end;
        if (disp < -128 || disp > 127) { settled = false; break; }
        src[end - 1] = disp;
      }
      if (settled) for (let i = 0; i <= n; i++) shift[i] = 0;
    }
    for (let pass = 0; !settled; pass++) {
      let s = 0;
      for (let i = 0, q = 0; i < n; i++, q += It.Fields) {
        shift[i] = s;
        if (it[q + It.Kind] === ItemKind.Align) {
          const a = it[q + It.Arg];
          it[q + It.Size] = (a - ((it[q + It.Pos] + s) & (a - 1))) & (a - 1);
        } else if (labelPos[it[q + It.Arg]] < 0) this.requireBound(it[q + It.Arg]); // (only align sizes changed yet: recomputed)
        s += it[q + It.Size] - it[q + It.BufSize];
      }
      shift[n] = s;
      let changed = false;
      for (let i = 0, q = 0; i < n; i++, q += It.Fields) {
        if (it[q + It.Kind] !== ItemKind.Branch) continue;
        const size = it[q + It.Size];
        if (size !== it[q + It.BufSize]) continue; // already long (branches start short in the buffer)
        const l = it[q + It.Arg];
        const disp = labelPos[l] + shift[labelItem[l]] - (it[q + It.Pos] + shift[i] + size);
        if (disp < -128 || disp > 127) {
          const longId = it[q + It.Long];
          if (longId < 0) throw new Error(`finalize: the target ${this.labelName(l)} of a short-only branch at offset ${it[q + It.Pos] + shift[i]} is ${disp} bytes away (rel8 reaches -128..127)`);
          it[q + It.Size] = this.branchSize(longId);
          changed = true;
        }
      }
      if (!changed) break;
      if (pass > 10000) throw new Error("finalize: relaxation does not converge");
    }
    const total = this.buf.pos + shift[n];
    // Up to ON_HEAP bytes, slice() is one cheap call (V8 keeps such arrays on its heap); the copy
    // path below writes every byte of `out` anyway.
    const small = total <= ON_HEAP;
    const out = small ? src.slice(0, total) : outputBytes(total);
    if (settled) { if (!small) copyBytes(out, 0, src, 0, total); } // (displacements written above)
    else if (shift[n] === 0) {
      // Nothing grew and no padding: the buffer is the layout, with every branch short; just fill
      // in their rel8 displacements (a short branch's last byte).
      if (!small) copyBytes(out, 0, src, 0, total);
      for (let i = 0, q = 0; i < n; i++, q += It.Fields) {
        if (it[q + It.Kind] !== ItemKind.Branch) continue;
        const l = it[q + It.Arg], end = it[q + It.Pos] + it[q + It.Size];
        out[end - 1] = labelPos[l] + shift[labelItem[l]] - end;
      }
    } else {
      let from = 0;
      for (let i = 0, q = 0; i < n; i++, q += It.Fields) {
        const p = it[q + It.Pos], size = it[q + It.Size];
        copyBytes(out, from + shift[i], src, from, p);
        const at = p + shift[i];
        if (it[q + It.Kind] === ItemKind.Align) {
          const fill = it[q + It.Short];
          if (fill < 0) this.writePadding(out, at, size); else out.fill(fill, at, at + size);
        } else {
          const l = it[q + It.Arg];
          const target = labelPos[l] + shift[labelItem[l]];
          const id = size === it[q + It.BufSize] ? it[q + It.Short] : it[q + It.Long];
          this.writeBranch(out, at, id, target - (at + size));
        }
        from = p + it[q + It.BufSize];
      }
      copyBytes(out, from + shift[n], src, from, this.buf.pos);
    }
    const relocations: Relocation[] = [];
    for (let q = 0; q < this.fixCount * Fx.Fields; q += Fx.Fields) {
      const l = fx[q + Fx.Label];
      const target = labelPos[l] + shift[labelItem[l]] + fx[q + Fx.Addend];
      const at = fx[q + Fx.Pos] + shift[fx[q + Fx.Item]];
      switch (fx[q + Fx.Kind] as FixupKind) {
        case FixupKind.Rel32: put32(out, at, target - (at + 4 + fx[q + Fx.Tail])); break;
        case FixupKind.Rel8: {
          const d = target - (at + 1 + fx[q + Fx.Tail]);
          if (d < -128 || d > 127) throw new Error(`finalize: rel8 displacement to ${this.labelName(l)} out of range (${d})`);
          out[at] = d; break;
        }
        case FixupKind.Abs64: relocations.push({ offset: at, kind: "abs64", target }); break;
        case FixupKind.Abs32: throw new Error("finalize: abs32 relocations are not supported");
      }
    }
    const result = new Finalized(this, total, out, relocations, labelPos, labelItem, shift, this.labelCount, shift[n] === 0);
    this.finalized = result;
    this.finalizedPos = this.buf.pos;
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
