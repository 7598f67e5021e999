/**
 * code-heap.ts - the code allocator: packs many small functions into shared executable regions.
 *
 * What it does: a CodeHeap owns regions (Pages, default 64 KiB each). allocate() places code at a
 * 16-byte-aligned offset, first fit over the regions' free spans; freeing a block returns its span
 * (coalescing neighbours) for reuse; a region whose blocks are all freed is unmapped at once.
 *
 * W^X (mode "w^x", the default): each region is Pages of one W^X strategy (pages.ts has the
 * details and what each protects):
 * - "dual-map" (the default where the OS allows it): a memory file mapped twice; code is copied
 *   into the read+write view with a TypedArray.set and called at the read+execute view: no system
 *   call per function, no protection change ever. The code stays writable through the read+write
 *   view's address (never handed out by jitkit) for as long as the region lives;
 * - "proc-mem": a new region is mapped read+write, the first block is copied in and the region is
 *   sealed (read+execute) before allocate() returns; later blocks go in through /proc/self/mem,
 *   the region staying read+execute;
 * - "mprotect" (the strictest; `{ strategy: "mprotect" }`, or the older spelling
 *   `{ patch: "mprotect" }`): like "proc-mem", but later blocks flip the region to read+write,
 *   write and seal it again, synchronously (its functions are briefly not executable, which is
 *   harmless because nothing can run them meanwhile; see pages.ts).
 * "auto" (default) takes the first the OS allows, probed once (pages.ts probeWxStrategy).
 * So no page is ever writable and executable at once. Mode "rwx-unsafe" maps regions RWX and never
 * seals them (the seed's first example; unsafe, never the default).
 *
 * Code sources: a Uint8Array, or a CodeProducer whose bytes depend on where they land (absolute
 * relocations): the heap reserves `size` bytes, then calls toBytes(address) once and requires
 * exactly `size` bytes back.
 * Guarantees: on any failure (bad size, producer error, OS error) nothing stays reserved or
 * mapped because of that call; freeing a block twice throws.
 */
import { FreedCodeError } from "./errors.js";
import { checkSize, checkWxChoice, MAX_MAPPING_SIZE, Pages, roundToPages, type WxChoice } from "./pages.js";

/** Produces position-dependent code once its address is known (e.g. an assembler with relocations). */
export interface CodeProducer {
  /** Exact number of bytes toBytes will return (at least 1). */
  readonly size: number;
  /** The code as it must be at `baseAddress` (absolute relocations resolved). Called once. */
  toBytes(baseAddress: bigint): Uint8Array;
}

export type CodeSource = Uint8Array | CodeProducer;

export type CodeHeapMode = "w^x" | "rwx-unsafe";

export interface CodeHeapOptions {
  /** "w^x" (default) or "rwx-unsafe" (regions stay read+write+execute; unsafe). */
  readonly mode?: CodeHeapMode;
  /** Bytes per region (rounded to pages); larger blocks get a region of their own size. Default 64 KiB. */
  readonly regionSize?: number;
  /**
   * How W^X is kept (mode "w^x"): "auto" (default: the first of "dual-map", "proc-mem", "mprotect"
   * the OS allows), or one of them explicitly (then never replaced by another). See pages.ts.
   */
  readonly strategy?: WxChoice;
  /** Older spelling: "mprotect" is `strategy: "mprotect"`; "auto" (default) leaves `strategy` to decide. */
  readonly patch?: "auto" | "mprotect";
}

/** Function start alignment in bytes. */
export const CODE_ALIGNMENT = 16;
/** The largest single block: 1 GiB. */
export const MAX_CODE_SIZE = MAX_MAPPING_SIZE;

interface Span {
  offset: number;
  size: number;
}

class Region {
  readonly pages: Pages;
  /** Free spans, sorted by offset, never adjacent (coalesced). */
  readonly spans: Span[];
  live = 0;
  constructor(pages: Pages) {
    this.pages = pages;
    this.spans = [{ offset: 0, size: pages.size }];
  }

  /** First fit; returns the offset or -1. */
  take(size: number): number {
    for (let i = 0; i < this.spans.length; i++) {
      const span = this.spans[i];
      if (span.size < size) continue;
      const offset = span.offset;
      if (span.size === size) this.spans.splice(i, 1);
      else { span.offset += size; span.size -= size; }
      this.live++;
      return offset;
    }
    return -1;
  }

  give(offset: number, size: number): void {
    const spans = this.spans;
    let i = 0;
    while (i < spans.length && spans[i].offset < offset) i++;
    const prev = i > 0 ? spans[i - 1] : undefined;
    const next = i < spans.length ? spans[i] : undefined;
    if (prev && prev.offset + prev.size === offset) {
      prev.size += size;
      if (next && prev.offset + prev.size === next.offset) {
        prev.size += next.size;
        spans.splice(i, 1);
      }
    } else if (next && offset + size === next.offset) {
      next.offset = offset;
      next.size += size;
    } else {
      spans.splice(i, 0, { offset, size });
    }
    this.live--;
  }
}

/** A piece of code in a CodeHeap. */
export class CodeBlock {
  readonly address: bigint;
  /** Size of the code in bytes (as given; the reservation is rounded up to 16). */
  readonly size: number;
  readonly heap: CodeHeap;
  /** @internal */ region: Region | null;
  /** @internal */ readonly offset: number;
  /** @internal */ readonly reserved: number;

  /** @internal */
  constructor(heap: CodeHeap, region: Region, offset: number, size: number, reserved: number) {
    this.heap = heap;
    this.region = region;
    this.offset = offset;
    this.size = size;
    this.reserved = reserved;
    this.address = region.pages.address + BigInt(offset);
  }

  get freed(): boolean {
    return this.region === null;
  }

  /** Current protection of the block's pages ("none" once freed). */
  get protection(): string {
    return this.region ? this.region.pages.protection : "none";
  }

  /** Returns the block's space to its heap (and unmaps the region if it becomes empty). */
  free(): void {
    this.heap.release(this);
  }
}

export interface CodeHeapStats {
  /** Regions currently mapped. */
  readonly regions: number;
  /** Bytes mapped by those regions. */
  readonly mappedBytes: number;
  /** Live (not freed) blocks. */
  readonly blocks: number;
  /** Mappings made and released since the heap was created. */
  readonly mapsTotal: number;
  readonly unmapsTotal: number;
}

export class CodeHeap {
  readonly mode: CodeHeapMode;
  readonly regionSize: number;
  /** The W^X strategy asked for ("auto" unless chosen); each region records the one it got. */
  readonly strategy: WxChoice;
  readonly #regions: Region[] = [];
  #blocks = 0;
  #mapsTotal = 0;
  #unmapsTotal = 0;

  constructor(options: CodeHeapOptions = {}) {
    const mode = options.mode ?? "w^x";
    if (mode !== "w^x" && mode !== "rwx-unsafe") throw new TypeError(`CodeHeap mode must be "w^x" or "rwx-unsafe", got ${String(mode)}`);
    this.mode = mode;
    this.regionSize = roundToPages(checkSize(options.regionSize ?? 64 * 1024, "CodeHeap regionSize"));
    const patch = options.patch ?? "auto";
    if (patch !== "auto" && patch !== "mprotect") throw new TypeError(`CodeHeap patch must be "auto" or "mprotect", got ${String(patch)}`);
    const strategy = checkWxChoice(options.strategy ?? (patch === "mprotect" ? "mprotect" : "auto"), "CodeHeap strategy");
    if (patch === "mprotect" && strategy !== "mprotect") {
      throw new TypeError(`CodeHeap options disagree: patch "mprotect" means strategy "mprotect", got strategy "${strategy}"`);
    }
    this.strategy = strategy;
  }

  /** Copies code into executable memory and returns its block. */
  allocate(source: CodeSource): CodeBlock {
    const producer = source instanceof Uint8Array ? null : source;
    if (producer === null && !(source instanceof Uint8Array)) throw new TypeError("code must be a Uint8Array or a CodeProducer");
    if (producer !== null && (typeof producer !== "object" || typeof producer.toBytes !== "function")) {
      throw new TypeError("code must be a Uint8Array or an object { size, toBytes(baseAddress) }");
    }
    const size = producer ? producer.size : (source as Uint8Array).length;
    if (size === 0) throw new RangeError("empty code: there is nothing to execute (0 bytes)");
    checkSize(size, "code");
    const reserved = Math.ceil(size / CODE_ALIGNMENT) * CODE_ALIGNMENT;

    let region: Region | undefined;
    let offset = -1;
    for (const r of this.#regions) {
      offset = r.take(reserved);
      if (offset >= 0) { region = r; break; }
    }
    if (!region) {
      region = new Region(Pages.map(Math.max(this.regionSize, reserved), { mode: this.mode, strategy: this.strategy }));
      this.#mapsTotal++;
      this.#regions.push(region);
      offset = region.take(reserved);
    }
    const block = new CodeBlock(this, region, offset, size, reserved);
    try {
      const bytes = producer ? producer.toBytes(block.address) : (source as Uint8Array);
      if (!(bytes instanceof Uint8Array) || bytes.length !== size) {
        throw new RangeError(`code producer promised ${size} bytes but toBytes returned ${bytes instanceof Uint8Array ? bytes.length : typeof bytes}`);
      }
      const pages = region.pages;
      if (pages.state === "writable") { // a fresh region (not dual-mapped): write, then seal
        pages.write(offset, bytes);
        pages.seal();
      } else {
        pages.patch(offset, bytes); // sealed (or rwx-unsafe) pages, by the region's strategy
      }
    } catch (error) {
      this.#giveBack(region, offset, reserved);
      throw error;
    }
    this.#blocks++;
    return block;
  }

  /** @internal Used by CodeBlock.free(). */
  release(block: CodeBlock): void {
    const region = block.region;
    if (region === null) throw new FreedCodeError(`the code block at 0x${block.address.toString(16)}`);
    block.region = null;
    this.#blocks--;
    this.#giveBack(region, block.offset, block.reserved);
  }

  #giveBack(region: Region, offset: number, reserved: number): void {
    region.give(offset, reserved);
    if (region.live === 0) {
      this.#regions.splice(this.#regions.indexOf(region), 1);
      region.pages.unmap();
      this.#unmapsTotal++;
    }
  }

  /** Address ranges of the mapped regions [start, end) (the executable view), for diagnostics and tests. */
  regions(): Array<{ start: bigint; end: bigint; protection: string; strategy: string | null }> {
    return this.#regions.map((r) => ({
      start: r.pages.address, end: r.pages.address + BigInt(r.pages.size), protection: r.pages.protection, strategy: r.pages.strategy,
    }));
  }

  stats(): CodeHeapStats {
    return {
      regions: this.#regions.length,
      mappedBytes: this.#regions.reduce((n, r) => n + r.pages.size, 0),
      blocks: this.#blocks,
      mapsTotal: this.#mapsTotal,
      unmapsTotal: this.#unmapsTotal,
    };
  }
}
