/**
 * pages.ts - mapped pages and the W^X policy. The only module that maps, protects or unmaps memory
 * (through the Host of host-select.ts).
 *
 * What it does: a Pages object owns one mapping of whole pages and knows its state:
 *   "writable"  read+write, not executable (fresh code memory, before sealing; or data pages)
 *   "sealed"    read+execute, not writable (after seal(); dual-mapped code from the start)
 *   "rwx"       read+write+execute: only with mode "rwx-unsafe", asked for explicitly
 *   "unmapped"  released; every further use throws
 * Modes: "w^x" (default), "rwx-unsafe" (RWX from the start; unsafe: any bug that writes through a
 * stray pointer can then change code that runs), "data" (RW, can never be made executable).
 *
 * Use: map, write, seal, call; patch() adds code to sealed pages. With every strategy that order
 * works (dual-mapped pages are sealed from the start, so seal() has nothing to do).
 *
 * W^X strategies (mode "w^x"; how code gets into memory that is executable), fastest first:
 *   "dual-map"  a memory file (memfd) mapped twice, shared: a read+execute view (the code's
 *               address, what gets called) and a read+write view at another address. Code is
 *               written into the read+write view with a plain TypedArray.set (no system call per
 *               function). The read+execute view is never writable, the read+write view never
 *               executable; both are unmapped together. What it does NOT protect: the code's
 *               bytes stay writable through the read+write view's address for the region's life.
 *               jitkit never hands that address out, but an attacker who can already write
 *               anywhere in the process and finds it can change code (the trade-off every
 *               dual-mapping JIT makes).
 *   "proc-mem"  private anonymous pages: mapped read+write, written, sealed read+execute; code
 *               added later goes in through /proc/self/mem, where the kernel writes via its own
 *               mapping, so the pages stay read+execute. Anyone in the process who can open that
 *               file can do the same.
 *   "mprotect"  the strictest: like "proc-mem", but code added later flips the whole mapping to
 *               read+write (its code is not executable meanwhile), writes and seals it again. No
 *               address of the process is ever writable while the code is executable (the
 *               kernel's /proc/self/mem path remains, as for every read-only page, unless it is
 *               switched off: proc_mem.force_override=never). That is
 *               safe to do synchronously because JS runs single-threaded here and no jitted code
 *               can run while JS executes (jitted code returns before JS continues; jitkit has no
 *               async calls and does not share code memory between workers). Slowest.
 * "auto" (the default) takes the first strategy the OS allows, found once by probeWxStrategy():
 * memfd_create can be missing or refused (seccomp), executable shared mappings can be refused
 * (noexec policies), /proc/self/mem writes can be refused (proc_mem.force_override=never).
 * An explicitly chosen strategy is never replaced by another: if the OS refuses it, that fails.
 *
 * Guarantees: in "w^x" mode no page is ever writable and executable at once; sizes are rounded up
 * to whole pages; invalid sizes and options throw RangeError/TypeError before anything is mapped;
 * a failed OS call throws OsError and leaves nothing mapped (and no descriptor open) that the
 * caller does not own.
 */
import { host } from "./host-select.js";
import type { Host, MemoryFiles, Protection } from "./host.js";
import { FreedCodeError, OsError } from "./errors.js";

export type PagesMode = "w^x" | "rwx-unsafe" | "data";
export type PagesState = "writable" | "sealed" | "rwx" | "unmapped";
/** How W^X code memory is written (see the file header). */
export type WxStrategy = "dual-map" | "proc-mem" | "mprotect";
/** A strategy, or "auto": the first one the OS allows, in the order of WX_STRATEGIES. */
export type WxChoice = "auto" | WxStrategy;

/** The strategies, fastest first: the order "auto" tries them in. */
export const WX_STRATEGIES: readonly WxStrategy[] = ["dual-map", "proc-mem", "mprotect"];

/** The largest single mapping jitkit makes: 1 GiB. */
export const MAX_MAPPING_SIZE = 1 << 30;

/** The name of code memory files, as /proc/self/maps shows it: "/memfd:jitkit-code (deleted)". */
export const CODE_FILE_NAME = "jitkit-code";

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

/** Throws TypeError unless `choice` is "auto" or one of WX_STRATEGIES. */
export function checkWxChoice(choice: unknown, what: string): WxChoice {
  if (choice === "auto" || WX_STRATEGIES.includes(choice as WxStrategy)) return choice as WxChoice;
  throw new TypeError(`${what} must be "auto", ${WX_STRATEGIES.map((x) => `"${x}"`).join(", ")}; got ${String(choice)}`);
}

export interface MapOptions {
  /** "w^x" (default), "rwx-unsafe" or "data". */
  readonly mode?: PagesMode;
  /** For mode "w^x": how code is written (default "auto"; see the file header). Ignored by the other modes. */
  readonly strategy?: WxChoice;
}

// ---------------------------------------------------------------------------------------------
// Dual mapping.

interface DualViews {
  /** The read+execute view: the code's address. */
  readonly code: bigint;
  /** The read+write view. */
  readonly data: bigint;
}

function filesOf(h: Host): MemoryFiles {
  if (h.memoryFiles === undefined) {
    throw new Error(`W^X strategy "dual-map" needs memory files (memfd), which the ${h.name} host does not offer; use "proc-mem" or "mprotect"`);
  }
  return h.memoryFiles;
}

/**
 * A fresh memory file of `size` bytes mapped twice (read+write, read+execute); its descriptor is
 * closed before this returns (the mappings keep the file alive). On any failure, whatever was
 * mapped is unmapped and the descriptor closed before the error propagates.
 */
function mapDual(h: Host, size: number): DualViews {
  const files = filesOf(h);
  const fd = files.create(CODE_FILE_NAME);
  const mapped: bigint[] = [];
  let closing = false;
  try {
    files.resize(fd, size);
    mapped.push(files.map(fd, size, "read-write"));
    mapped.push(files.map(fd, size, "read-execute"));
    closing = true;
    files.close(fd);
    return { data: mapped[0], code: mapped[1] };
  } catch (error) {
    for (const address of mapped) h.unmap(address, size);
    if (!closing) files.close(fd);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The probe.

export interface WxProbe {
  /** The strategy "auto" uses. */
  readonly strategy: WxStrategy;
  /** Why each faster strategy was passed over (the OS's error or the missing capability). */
  readonly refused: Readonly<Partial<Record<WxStrategy, string>>>;
}

/**
 * Finds the first strategy of WX_STRATEGIES that works on `h`, by trying each on one page (mapped
 * and released again): a dual mapping; a write through Host.writeSealed into a sealed page. Only
 * OsError (the OS said no) passes a strategy over; any other error propagates.
 * "mprotect" is not tried: it is the last resort (if the OS refuses to seal pages, code cannot be
 * made executable at all, and loading code reports that OsError).
 */
export function probeWxStrategy(h: Host = host): WxProbe {
  const refused: Partial<Record<WxStrategy, string>> = {};
  const size = h.pageSize;
  if (h.memoryFiles === undefined) {
    refused["dual-map"] = `the ${h.name} host offers no memory files`;
  } else {
    try {
      const views = mapDual(h, size);
      h.unmap(views.code, size);
      h.unmap(views.data, size);
      return { strategy: "dual-map", refused };
    } catch (error) {
      if (!(error instanceof OsError)) throw error;
      refused["dual-map"] = error.message;
    }
  }
  if (h.writeSealed === undefined) {
    refused["proc-mem"] = `the ${h.name} host cannot write through /proc/self/mem`;
  } else {
    const ret = Uint8Array.of(0xc3);
    const address = h.map(size, "read-write");
    try {
      h.write(address, ret);
      h.protect(address, size, "read-execute");
      if (h.writeSealed(address, ret)) return { strategy: "proc-mem", refused };
      refused["proc-mem"] = "the OS refuses writes through /proc/self/mem";
    } catch (error) {
      if (!(error instanceof OsError)) throw error;
      refused["proc-mem"] = error.message;
    } finally {
      h.unmap(address, size);
    }
  }
  return { strategy: "mprotect", refused };
}

let probed: WxProbe | null = null;

/** The probe's result for this process's host (probed once, on first use). */
export function wxProbe(): WxProbe {
  return (probed ??= probeWxStrategy());
}

/** The strategy "auto" stands for in this process. */
export function defaultWxStrategy(): WxStrategy {
  return wxProbe().strategy;
}

const INITIAL: Record<PagesMode, Protection> = {
  "w^x": "read-write",
  "rwx-unsafe": "read-write-execute",
  "data": "read-write",
};

/** One mapping of whole pages (two views of the same pages for "dual-map"). */
export class Pages {
  /** The address of the pages (for "dual-map": of the read+execute view). */
  readonly address: bigint;
  /** Mapped size in bytes (a multiple of the page size). */
  readonly size: number;
  readonly mode: PagesMode;
  /** How code is written (mode "w^x"); null for the other modes. */
  readonly strategy: WxStrategy | null;
  #state: PagesState;
  /** "dual-map": the read+write view's address and a byte array aliasing it; never handed out. */
  #dataAddress: bigint;
  #data: Uint8Array | null;

  private constructor(address: bigint, size: number, mode: PagesMode, strategy: WxStrategy | null, data: bigint | null) {
    this.address = address;
    this.size = size;
    this.mode = mode;
    this.strategy = strategy;
    this.#state = mode === "rwx-unsafe" ? "rwx" : data !== null ? "sealed" : "writable";
    this.#dataAddress = data ?? 0n;
    this.#data = data !== null ? new Uint8Array(host.view(data, size)) : null;
  }

  /** Maps at least `size` bytes (rounded up to pages). */
  static map(size: number, options: MapOptions = {}): Pages {
    const mode = options.mode ?? "w^x";
    if (mode !== "w^x" && mode !== "rwx-unsafe" && mode !== "data") {
      throw new TypeError(`mode must be "w^x", "rwx-unsafe" or "data", got ${String(mode)}`);
    }
    const choice = checkWxChoice(options.strategy ?? "auto", "strategy");
    const bytes = roundToPages(checkSize(size, "map"));
    if (mode !== "w^x") return new Pages(host.map(bytes, INITIAL[mode]), bytes, mode, null, null);
    const strategy = choice === "auto" ? defaultWxStrategy() : choice;
    if (strategy !== "dual-map") return new Pages(host.map(bytes, INITIAL[mode]), bytes, mode, strategy, null);
    const views = mapDual(host, bytes);
    try {
      return new Pages(views.code, bytes, mode, strategy, views.data);
    } catch (error) {
      host.unmap(views.code, bytes);
      host.unmap(views.data, bytes);
      throw error;
    }
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

  /**
   * Copies bytes to `offset`. The pages must be writable (not sealed); dual-mapped pages always
   * are, through their read+write view (their read+execute view never changes).
   */
  write(offset: number, bytes: Uint8Array): void {
    this.#checkRange(offset, bytes.length, "write");
    if (this.#data !== null) {
      this.#data.set(bytes, offset);
      return;
    }
    if (this.#state === "sealed") {
      throw new Error(`cannot write to sealed pages at 0x${this.address.toString(16)}: sealed code is read+execute only (add code with patch())`);
    }
    host.write(this.address + BigInt(offset), bytes);
  }

  /** Copies `length` bytes from `offset`. */
  read(offset: number, length: number): Uint8Array {
    this.#checkRange(offset, length, "read");
    return host.read(this.address + BigInt(offset), length);
  }

  /** Makes the pages read+execute and no longer writable ("w^x" mode; a no-op for "rwx-unsafe" and dual-mapped pages). */
  seal(): void {
    this.#checkLive("seal");
    if (this.mode === "data") throw new Error("data pages can never be made executable");
    if (this.#state !== "writable") return;
    host.protect(this.address, this.size, "read-execute");
    this.#state = "sealed";
  }

  /**
   * Writes code into the pages, sealed or not, by the pages' strategy (see the file header):
   * "dual-map" copies into the read+write view; "proc-mem" writes through Host.writeSealed (the
   * pages stay read+execute); "mprotect" flips the whole mapping to read+write, writes, and seals
   * it again. The whole mapping, not just the pages written: changing a sub-range splits the
   * kernel's VMA and costs about twice as much (measured 7-9 us vs 3-3.4 us per flip pair for a
   * 64 KiB region). Pages that are not sealed are simply written. For the code allocator.
   */
  patch(offset: number, bytes: Uint8Array): void {
    this.#checkRange(offset, bytes.length, "patch");
    if (this.#data !== null || this.#state !== "sealed") {
      this.write(offset, bytes);
      return;
    }
    if (bytes.length === 0) return;
    const address = this.address + BigInt(offset);
    if (this.strategy === "proc-mem") {
      if (host.writeSealed !== undefined && host.writeSealed(address, bytes)) return;
      throw new Error(`W^X strategy "proc-mem": the OS refuses writes through /proc/self/mem (or the ${host.name} host cannot make them); use "dual-map" or "mprotect"`);
    }
    host.protect(this.address, this.size, "read-write");
    try {
      host.write(address, bytes);
    } finally {
      host.protect(this.address, this.size, "read-execute");
    }
  }

  /** Releases the mapping (both views for "dual-map"). Further use throws. Unmapping twice is an error. */
  unmap(): void {
    this.#checkLive("unmap");
    this.#state = "unmapped"; // first: nothing may touch the memory again, even if munmap fails
    const data = this.#data;
    this.#data = null;
    try {
      host.unmap(this.address, this.size);
    } finally {
      if (data !== null) host.unmap(this.#dataAddress, this.size);
    }
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
