/**
 * pages.ts - mapped pages and the W^X policy. The only module that maps, protects or unmaps memory
 * (through the Host of host-select.ts).
 *
 * What it does: a Pages object owns one private anonymous mapping and knows its state:
 *   "writable"  read+write, not executable (fresh code memory, before sealing; or data pages)
 *   "sealed"    read+execute, not writable (after seal())
 *   "rwx"       read+write+execute: only with mode "rwx-unsafe", asked for explicitly
 *   "unmapped"  released; every further use throws
 * Modes: "w^x" (default: RW, then sealed RX), "rwx-unsafe" (RWX from the start; unsafe: any bug
 * that writes through a stray pointer can then change code that runs), "data" (RW, can never be
 * made executable).
 * Guarantees: in "w^x" mode no page is ever writable and executable at once; sizes are rounded up
 * to whole pages; invalid sizes throw RangeError before anything is mapped; a failed OS call throws
 * OsError and leaves nothing mapped that the caller does not own.
 *
 * patch(): the code allocator adds functions to already-sealed regions. Preferred: the host writes
 * without changing the protection (Node on Linux: /proc/self/mem), so sealed pages never become
 * writable again. Fallback: flip the region to read+write (its code is non-executable for that
 * moment), write, and seal it again, synchronously. That is safe because JS runs single-threaded
 * here and no jitted code can be running while JS executes this method (jitted code returns before
 * JS continues; jitkit has no async calls and does not share code memory between workers).
 */
import { host } from "./host-select.js";
import type { Protection } from "./host.js";
import { FreedCodeError } from "./errors.js";

export type PagesMode = "w^x" | "rwx-unsafe" | "data";
export type PagesState = "writable" | "sealed" | "rwx" | "unmapped";

/** The largest single mapping jitkit makes: 1 GiB. */
export const MAX_MAPPING_SIZE = 1 << 30;

export const pageSize: number = host.pageSize;

/** Rounds `size` up to a whole number of pages. */
export function roundToPages(size: number): number {
  return Math.ceil(size / pageSize) * pageSize;
}

/** Throws RangeError unless 1 <= size <= MAX_MAPPING_SIZE and size is an integer. */
export function checkSize(size: unknown, what: string): number {
  if (typeof size !== "number" || !Number.isInteger(size)) {
    throw new RangeError(`${what}: size must be an integer number of bytes, got ${typeof size === "bigint" ? `${size}n` : String(size)}`);
  }
  if (size <= 0) throw new RangeError(`${what}: size must be at least 1 byte, got ${size}`);
  if (size > MAX_MAPPING_SIZE) throw new RangeError(`${what}: size ${size} exceeds the limit of ${MAX_MAPPING_SIZE} bytes (1 GiB)`);
  return size;
}

export interface MapOptions {
  /** "w^x" (default), "rwx-unsafe" or "data". */
  readonly mode?: PagesMode;
}

/** How Pages.patch writes into sealed pages. */
export type PatchMethod = "auto" | "mprotect";

export interface PatchOptions {
  /** "auto" (default): without changing the protection when the host can; "mprotect": flip RW and back. */
  readonly method?: PatchMethod;
}

const INITIAL: Record<PagesMode, Protection> = {
  "w^x": "read-write",
  "rwx-unsafe": "read-write-execute",
  "data": "read-write",
};

/** One mapping of whole pages. */
export class Pages {
  readonly address: bigint;
  /** Mapped size in bytes (a multiple of the page size). */
  readonly size: number;
  readonly mode: PagesMode;
  #state: PagesState;

  private constructor(address: bigint, size: number, mode: PagesMode) {
    this.address = address;
    this.size = size;
    this.mode = mode;
    this.#state = mode === "rwx-unsafe" ? "rwx" : "writable";
  }

  /** Maps at least `size` bytes (rounded up to pages). */
  static map(size: number, options: MapOptions = {}): Pages {
    const mode = options.mode ?? "w^x";
    if (mode !== "w^x" && mode !== "rwx-unsafe" && mode !== "data") {
      throw new TypeError(`mode must be "w^x", "rwx-unsafe" or "data", got ${String(mode)}`);
    }
    const bytes = roundToPages(checkSize(size, "map"));
    return new Pages(host.map(bytes, INITIAL[mode]), bytes, mode);
  }

  get state(): PagesState {
    return this.#state;
  }

  /** The protection the pages have now, e.g. "read-execute" ("none" once unmapped). */
  get protection(): Protection | "none" {
    switch (this.#state) {
      case "writable": return "read-write";
      case "sealed": return "read-execute";
      case "rwx": return "read-write-execute";
      case "unmapped": return "none";
    }
  }

  /** Copies bytes to `offset`; the pages must be writable (not sealed). */
  write(offset: number, bytes: Uint8Array): void {
    this.#checkRange(offset, bytes.length, "write");
    if (this.#state === "sealed") {
      throw new Error(`cannot write to sealed pages at 0x${this.address.toString(16)}: sealed code is read+execute only`);
    }
    host.write(this.address + BigInt(offset), bytes);
  }

  /** Copies `length` bytes from `offset`. */
  read(offset: number, length: number): Uint8Array {
    this.#checkRange(offset, length, "read");
    return host.read(this.address + BigInt(offset), length);
  }

  /** Makes the pages read+execute and no longer writable ("w^x" mode; a no-op for "rwx-unsafe"). */
  seal(): void {
    this.#checkLive("seal");
    if (this.mode === "data") throw new Error("data pages can never be made executable");
    if (this.#state !== "writable") return;
    host.protect(this.address, this.size, "read-execute");
    this.#state = "sealed";
  }

  /**
   * Writes into sealed pages (see the file header). With method "auto" (default) it first asks the
   * host to write without changing the protection (Host.writeSealed: the pages stay read+execute
   * throughout); if the host cannot, or with method "mprotect", it flips the whole mapping to
   * read+write, writes, and seals it again. The whole mapping, not just the pages written: changing
   * a sub-range splits the kernel's VMA and costs about twice as much (measured 7-9 us vs 3-3.4 us
   * per flip pair for a 64 KiB region). For the code allocator.
   */
  patch(offset: number, bytes: Uint8Array, options: PatchOptions = {}): void {
    this.#checkRange(offset, bytes.length, "patch");
    if (this.#state !== "sealed") {
      this.write(offset, bytes);
      return;
    }
    if (bytes.length === 0) return;
    const method = options.method ?? "auto";
    if (method !== "auto" && method !== "mprotect") throw new TypeError(`patch method must be "auto" or "mprotect", got ${String(method)}`);
    if (method === "auto" && host.writeSealed !== undefined && host.writeSealed(this.address + BigInt(offset), bytes)) return;
    host.protect(this.address, this.size, "read-write");
    try {
      host.write(this.address + BigInt(offset), bytes);
    } finally {
      host.protect(this.address, this.size, "read-execute");
    }
  }

  /** Releases the mapping. Further use throws. Unmapping twice is an error. */
  unmap(): void {
    this.#checkLive("unmap");
    host.unmap(this.address, this.size);
    this.#state = "unmapped";
  }

  #checkLive(what: string): void {
    if (this.#state === "unmapped") throw new FreedCodeError(`${what}: the pages at 0x${this.address.toString(16)}`);
  }

  #checkRange(offset: number, length: number, what: string): void {
    this.#checkLive(what);
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > this.size) {
      throw new RangeError(`${what}: range [${offset}, ${offset}+${length}) is outside the ${this.size}-byte mapping`);
    }
  }
}
