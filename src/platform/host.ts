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
 * - i64/u64 arguments arrive as bigint or as a safe-integer number (already range-checked), or
 *   as bigint only if the binder's ArgumentForms ask so;
 * - pointer arguments arrive as bigint, null, or an ArrayBuffer / ArrayBufferView whose data
 *   address must be passed (or converted by ArgumentForms.pointer);
 * - i64/u64/pointer results may be returned as number or bigint (calls.ts normalises to the
 *   int64 mode's form); other results as number; void as undefined.
 */
export type RawCallable = (...args: any[]) => any;

/** How i64/u64 results are handed to the user (calls.ts's `int64` option). */
export type Int64Mode = "bigint" | "number";

/**
 * Call routes: how a call reaches the target address. calls.ts generates one wrapper per signature
 * around the route's callable.
 * - "slot": before each call the target address (a double: addresses are below 2^53) is stored in
 *   `slot[0]`; `trampoline` (shared by all functions of the signature) reads it and jumps there.
 * - "trailing-target": `trampoline` (shared) takes the signature's arguments plus the target
 *   address as one extra trailing f64 argument.
 * - "bound": one callable per address, made by `bind` (must be cheap: no per-address FFI decode
 *   where the host can avoid it); `unbind`, if present, releases it on free() (e.g. Bun's
 *   compiled CFunction stub), after which it is never called again.
 */
export interface SlotRoute {
  readonly kind: "slot";
  readonly trampoline: RawCallable;
  readonly slot: Float64Array;
}
export interface TrailingTargetRoute {
  readonly kind: "trailing-target";
  readonly trampoline: RawCallable;
}
export interface BoundRoute {
  readonly kind: "bound";
  bind(address: bigint): RawCallable;
  unbind?(callable: RawCallable): void;
}
export type CallRoute = SlotRoute | TrailingTargetRoute | BoundRoute;

/**
 * Argument forms a route's callable needs, where they differ from the RawCallable conventions.
 * calls.ts converts inside its generated argument checks (no extra function layer).
 */
export interface ArgumentForms {
  /** "bigint": i64/u64 arguments must arrive as bigint (safe-integer numbers are converted). */
  readonly int64?: "bigint";
  /** Converts a checked pointer argument (null, a bigint address, a buffer) into what the callable takes. */
  readonly pointer?: (value: null | bigint | ArrayBuffer | ArrayBufferView) => unknown;
}

/**
 * Everything calls.ts needs to call code of one signature. Created once per signature and int64
 * mode (this is where a host may pay for an expensive FFI decode).
 */
export interface SignatureBinder {
  readonly signature: Signature;
  readonly route: CallRoute;
  readonly argumentForms?: ArgumentForms;
}

/** What calls.ts asks of a binder beyond the signature. */
export interface BindOptions {
  /**
   * The i64/u64 result form the wrappers will hand out. A host may pick its FFI's result type by
   * it (Bun: "i64" always returns bigint, "i64_fast" a number when safe); calls.ts normalises
   * whatever comes back, so this is a speed hint, never a change of values.
   */
  readonly int64: Int64Mode;
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
   * Prepares calls of one signature (expensive, once per signature and int64 mode). Hosts that
   * need a trampoline use `services`; calls.ts caches binders.
   */
  bindSignature(signature: Signature, services: BinderServices, options: BindOptions): SignatureBinder;
}
