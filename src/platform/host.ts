/**
 * host.ts - the small interface every JavaScript runtime ("host") implements for jitkit.
 *
 * What it does: names the few host-specific operations the platform layer needs - map, protect and
 * unmap pages, memory files for dual mapping (optional), copy bytes in and out of native memory,
 * and turn a native address plus a signature into a JS function. Everything else (W^X policy, the code allocator, trampolines, argument
 * checking) is written once in src/platform/ on top of this interface.
 *
 * Requires: nothing (types only).
 * Guarantees to implementers: the platform layer calls map/protect/unmap only with page-aligned
 * addresses and sizes that are positive multiples of `pageSize`, and never writes through `write`
 * into a page it has not made writable first.
 *
 * Implementations: hosts/node.ts (koffi). hosts/bun.ts and hosts/deno.ts follow the same shape.
 * Host selection lives in host-select.ts.
 */

/** Page protection, as a string union (what mmap/mprotect are asked for). */
export type Protection = "none" | "read" | "read-write" | "read-execute" | "read-write-execute";

/** Value types of native arguments and results (System V AMD64 ABI classes). */
export type ValueType =
  | "i8" | "i16" | "i32" | "i64"
  | "u8" | "u16" | "u32" | "u64"
  | "f32" | "f64"
  | "pointer";

/** Result types: a value type or "void". */
export type ResultType = ValueType | "void";

/** A native function signature. */
export interface Signature {
  readonly args: readonly ValueType[];
  readonly returns: ResultType;
}

/**
 * A JS function produced by a host for native code, before jitkit's own argument checks.
 * Conventions every host must follow (so the wrappers in calls.ts can be shared):
 * - i8..i32, u8..u32, f32, f64 arguments arrive as numbers already range-checked;
 * - i64/u64 arguments arrive as bigint or as a safe-integer number (already range-checked);
 * - pointer arguments arrive as bigint, null, or an ArrayBuffer / ArrayBufferView whose data
 *   address must be passed;
 * - i64/u64/pointer results may be returned as number or bigint (calls.ts normalises to bigint);
 *   other results as number; void as undefined.
 */
export type RawCallable = (...args: any[]) => any;

/**
 * Makes JS functions for many native addresses that share one signature. Created once per
 * signature (this is where a host may pay for an expensive FFI decode); `bind` must be cheap
 * (no per-address FFI decode), because fresh code is made callable through it.
 */
export interface SignatureBinder {
  readonly signature: Signature;
  /** A callable that jumps to `address` with this binder's signature. */
  bind(address: bigint): RawCallable;
  /**
   * Optional: releases what `bind` made (e.g. Bun's compiled CFunction stub). calls.ts calls it once,
   * on free(), after which the callable is never called again.
   */
  unbind?(callable: RawCallable): void;
  /**
   * Optional fast path. When present, calls.ts does not use `bind`: for each call it stores the
   * target address (as a double; addresses are below 2^53) in `slot[0]` and then calls
   * `trampoline` with the signature's arguments; the trampoline reads the slot and jumps there.
   */
  readonly slotCall?: { readonly trampoline: RawCallable; readonly slot: Float64Array };
}

/**
 * Services the platform layer offers a host while it builds a binder: a place to put a small
 * trampoline in sealed executable memory, and a small writable data slot (8 bytes) with a JS view.
 * A host may ignore them if its FFI can bind an address cheaply by itself.
 */
export interface BinderServices {
  /** Copies `code` into sealed (read+execute) memory that lives as long as the process; returns its address. */
  installCode(code: Uint8Array): bigint;
  /** Allocates an 8-byte, 8-aligned, read+write slot; `view` aliases it (index 0). Lives as long as the process. */
  dataSlot(): { address: bigint; view: Float64Array };
}

/**
 * Memory files (Linux memfd): what dual mapping needs (pages.ts composes these four calls, cleans
 * up after failures and is the only caller). Every method throws OsError on failure.
 */
export interface MemoryFiles {
  /** Creates an empty memory file (memfd_create with close-on-exec); returns its descriptor. */
  create(name: string): number;
  /** Sets the file's size in bytes (ftruncate). */
  resize(fd: number, size: number): void;
  /** Maps the file's first `size` bytes, shared (changes through one view show in every other). */
  map(fd: number, size: number, protection: Protection): bigint;
  /** Closes the descriptor (mappings of the file stay valid). */
  close(fd: number): void;
}

/** The host interface. All addresses are bigint; sizes are numbers of bytes. */
export interface Host {
  /** "node", "bun" or "deno". */
  readonly name: string;
  /** The FFI library behind it, e.g. "koffi 3.3.4". */
  readonly ffi: string;
  /** The OS page size in bytes. */
  readonly pageSize: number;
  /** Maps `size` bytes of private anonymous memory; throws OsError (from errors.ts) on failure. */
  map(size: number, protection: Protection): bigint;
  /** Changes the protection of a mapped range; throws OsError on failure. */
  protect(address: bigint, size: number, protection: Protection): void;
  /** Unmaps a range (anonymous or file mapping); throws OsError on failure. */
  unmap(address: bigint, size: number): void;
  /** Optional: memory files, for the "dual-map" W^X strategy (pages.ts). */
  readonly memoryFiles?: MemoryFiles;
  /** Copies `bytes` to `address` (the pages must be writable). */
  write(address: bigint, bytes: Uint8Array): void;
  /** Copies `length` bytes from `address` (the pages must be readable). */
  read(address: bigint, length: number): Uint8Array;
  /**
   * Optional: copies `bytes` into read+execute memory WITHOUT making it writable (on Linux through
   * /proc/self/mem, where the kernel writes through its own mapping of the page). Returns false if
   * the OS or host does not allow it (pages.ts then uses another W^X strategy); throws only for
   * unexpected failures after it has worked before.
   */
  writeSealed?(address: bigint, bytes: Uint8Array): boolean;
  /**
   * An ArrayBuffer aliasing `length` bytes of native memory at `address` (no copy). Used for the
   * 8-byte data slots of BinderServices and for the read+write view of dual-mapped code; the
   * memory outlives the buffer (pages.ts drops the buffer before unmapping).
   */
  view(address: bigint, length: number): ArrayBuffer;
  /**
   * Prepares calls of one signature (expensive, once per signature). Hosts that need a trampoline
   * use `services`; calls.ts caches binders per signature.
   */
  bindSignature(signature: Signature, services: BinderServices): SignatureBinder;
}
