/**
 * hosts/bun.ts - the Bun host, through bun:ffi.
 *
 * What it does: binds libc's mmap/mprotect/munmap/memcpy/strerror/__errno_location (and
 * memfd_create/ftruncate/close for memory files, see memory-files.ts) once (bun:ffi dlopen) and
 * turns failures into OsError. Calls go through bun:ffi CFunctions; the route depends on the
 * signature, because JavaScriptCore calls a CFunction in one of two ways. From a call site that
 * has only ever seen that one CFunction, its optimizing tiers call the native code inline, which
 * is fastest for i32 and f64 arguments (add4 i32: ~2.2 ns); a call site that has seen several
 * CFunctions goes through each one's compiled stub (add4 i32: ~10 ns), which is the faster way
 * for 64-bit integers (add4 i64: ~14 ns with number arguments and results, against ~25 inline).
 * calls.ts makes one wrapper code per signature, whose call site serves all its functions, so:
 * - signatures without i64/u64: one CFunction per signature, on a shared trampoline that takes
 *   the target as a trailing f64 argument (xmmTrampoline; the "trailing-target" route; the slot
 *   route for 8 float arguments), so that the call site always sees that one CFunction. Making a
 *   function callable then costs no CFunction (~0.3 us instead of ~4: bun:ffi compiles a stub
 *   per CFunction);
 * - signatures with i64/u64: one CFunction per function (the "bound" route): once a program has
 *   called a few functions of such a signature, the shared call site takes the stub path.
 * Measured in a process that has made, called and freed 8 functions of the signature before
 * (bench/calls-hosts.ts), add4 i32 through jitkit: 3.2 ns with the shared trampoline, 7.9 with a
 * CFunction per function.
 * writeSealed writes into read+execute code through /proc/self/mem (open/pwrite via libc), like
 * the Node host, so sealed pages never become writable.
 *
 * bun:ffi facts relied on (Bun 1.x, checked by test/hosts-runtime.test.ts):
 * - "ptr" parameters take a number, a bigint, null, a TypedArray, DataView or ArrayBuffer (its
 *   data address); "ptr" results are a number, or null for address 0.
 * - "i64"/"u64" parameters take a bigint or a number (an out-of-range bigint silently wraps:
 *   calls.ts checks first); "i64"/"u64" results are bigint, "i64_fast"/"u64_fast" results a
 *   number when |value| <= 2^53-1 (a safe integer), else a bigint.
 * - dlopen has no symbol aliases, so the two memcpy directions are CFunctions on one address.
 * Requires: Linux x86-64 with glibc ("libc.so.6").
 */
import type { BinderServices, BindOptions, Host, Int64Mode, Protection, RawCallable, Signature, SignatureBinder, ValueType } from "../host.js";
import { hexAddress, OsError } from "../errors.js";
import { procMemWriter } from "./proc-mem.js";
import { memoryFiles } from "./memory-files.js";
import { PROT, MAP_PRIVATE, MAP_ANONYMOUS, _SC_PAGESIZE, O_RDWR, O_CLOEXEC, errnoName } from "./linux.js";
import { slotTrampoline, xmmTrampoline } from "../trampoline.js";

// ---------------------------------------------------------------------------------------------
// The small part of bun:ffi used here (Bun's own types are not part of this build).

type BunNativeType = "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "i64_fast" | "u64_fast"
  | "f32" | "f64" | "ptr" | "cstring" | "void";
interface BunForeignFunction {
  readonly args: readonly BunNativeType[];
  readonly returns: BunNativeType;
}
type BunCallable = RawCallable & { close(): void };
interface BunFfi {
  dlopen(path: string, symbols: Record<string, BunForeignFunction>): { symbols: Record<string, RawCallable & { ptr: number }> };
  CFunction(fn: BunForeignFunction & { ptr: number | bigint }): BunCallable;
  toArrayBuffer(address: number, byteOffset: number, length: number): ArrayBuffer;
  CString: new (address: number) => { toString(): string };
}

const bunVersion = (globalThis as { Bun?: { version: string } }).Bun?.version;
if (bunVersion === undefined) throw new Error("hosts/bun.ts loaded outside Bun");
const ffiSpecifier = "bun:ffi";
const ffi = (await import(ffiSpecifier)) as BunFfi;

// ---------------------------------------------------------------------------------------------
// libc.

const { symbols: libc } = ffi.dlopen("libc.so.6", {
  // Addresses travel as numbers (exact: user-space addresses are < 2^47); mmap's result as
  // i64_fast so that MAP_FAILED comes back as -1.
  mmap: { args: ["ptr", "u64", "i32", "i32", "i32", "i64"], returns: "i64_fast" },
  mprotect: { args: ["ptr", "u64", "i32"], returns: "i32" },
  munmap: { args: ["ptr", "u64"], returns: "i32" },
  memcpy: { args: ["ptr", "ptr", "u64"], returns: "ptr" },
  strerror: { args: ["i32"], returns: "ptr" },
  __errno_location: { args: [], returns: "ptr" },
  sysconf: { args: ["i32"], returns: "i64_fast" },
  open: { args: ["ptr", "i32"], returns: "i32" },
  pwrite: { args: ["i32", "ptr", "u64", "i64"], returns: "i64_fast" },
  memfd_create: { args: ["ptr", "u32"], returns: "i32" },
  ftruncate: { args: ["i32", "i64"], returns: "i32" },
  close: { args: ["i32"], returns: "i32" },
});

/** Reads errno right after a failed call (nothing in between may touch it). */
function osError(operation: string, detail: string): OsError {
  const where = libc.__errno_location() as number;
  const errno = new Int32Array(ffi.toArrayBuffer(where, 0, 4))[0];
  const text = new ffi.CString(libc.strerror(errno) as number).toString();
  return new OsError(operation, errno, errnoName(errno), text, detail);
}

// ---------------------------------------------------------------------------------------------
// Signatures -> bun:ffi declarations.

const NATIVE: Record<ValueType, BunNativeType> = {
  i8: "i8", i16: "i16", i32: "i32", i64: "i64",
  u8: "u8", u16: "u16", u32: "u32", u64: "u64",
  f32: "f32", f64: "f64",
  pointer: "ptr",
};

/**
 * Results: i64/u64 as "i64"/"u64" (always a bigint) for the bigint mode; as "i64_fast"/"u64_fast"
 * (a number when |value| <= 2^53-1, else a bigint) for the number mode, which then needs no
 * bigint allocation and no bigint-to-number conversion (measured ~26 ns vs ~85 ns per add4 call).
 */
const FAST_RESULT: Partial<Record<ValueType, BunNativeType>> = { i64: "i64_fast", u64: "u64_fast" };

function declaration(sig: Signature, int64: Int64Mode): BunForeignFunction {
  const returns = sig.returns === "void" ? "void" : (int64 === "number" ? FAST_RESULT[sig.returns] : undefined) ?? NATIVE[sig.returns];
  return { args: sig.args.map((t) => NATIVE[t]), returns };
}

// ---------------------------------------------------------------------------------------------

export const bunHost: Host = {
  name: "bun",
  ffi: `bun:ffi (Bun ${bunVersion})`,
  pageSize: Number(libc.sysconf(_SC_PAGESIZE)),

  map(size: number, protection: Protection): bigint {
    const address = libc.mmap(null, size, PROT[protection], MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) as number | bigint;
    if (Number(address) === -1) throw osError("mmap", `${size} bytes, ${protection}`);
    return BigInt(address);
  },

  protect(address: bigint, size: number, protection: Protection): void {
    if (libc.mprotect(Number(address), size, PROT[protection]) !== 0) {
      throw osError("mprotect", `${hexAddress(address)}, ${size} bytes, ${protection}`);
    }
  },

  unmap(address: bigint, size: number): void {
    if (libc.munmap(Number(address), size) !== 0) throw osError("munmap", `${hexAddress(address)}, ${size} bytes`);
  },

  memoryFiles: memoryFiles({
    memfdCreate: (name, flags) => libc.memfd_create(new TextEncoder().encode(`${name}\0`), flags) as number,
    ftruncate: (fd, size) => libc.ftruncate(fd, size) as number,
    mmap: (size, prot, flags, fd) => libc.mmap(null, size, prot, flags, fd, 0) as number | bigint,
    close: (fd) => libc.close(fd) as number,
    error: osError,
  }),

  write(address: bigint, bytes: Uint8Array): void {
    if (bytes.length > 0) libc.memcpy(Number(address), bytes, bytes.length);
  },

  read(address: bigint, length: number): Uint8Array {
    const out = new Uint8Array(length);
    if (length > 0) libc.memcpy(out, Number(address), length);
    return out;
  },

  writeSealed: procMemWriter({
    open: () => libc.open(new TextEncoder().encode("/proc/self/mem\0"), O_RDWR | O_CLOEXEC) as number,
    pwrite: (fd, bytes, address) => Number(libc.pwrite(fd, bytes, bytes.length, Number(address))),
    error: osError,
  }),

  view(address: bigint, length: number): ArrayBuffer {
    return ffi.toArrayBuffer(Number(address), 0, length);
  },

  bindSignature(signature: Signature, services: BinderServices, options: BindOptions): SignatureBinder {
    const decl = declaration(signature, options.int64);
    if ([...signature.args, signature.returns].some((t) => t === "i64" || t === "u64")) {
      // One CFunction per function (see the header: JavaScriptCore's inline FFI call is the slow
      // one for 64-bit integers, and a call site that sees several CFunctions avoids it).
      return {
        signature,
        route: {
          kind: "bound",
          bind: (address: bigint): RawCallable => ffi.CFunction({ ...decl, ptr: Number(address) }),
          unbind: (callable: RawCallable): void => (callable as BunCallable).close(), // frees Bun's compiled stub
        },
      };
    }
    const floats = signature.args.filter((t) => t === "f32" || t === "f64").length;
    if (floats < 8) {
      // The target rides in xmm{floats}, after the signature's own float arguments.
      const address = services.installCode(xmmTrampoline(floats));
      const trampoline = ffi.CFunction({ args: [...decl.args, "f64"], returns: decl.returns, ptr: Number(address) });
      return { signature, route: { kind: "trailing-target", trampoline } };
    }
    const slot = services.dataSlot();
    const trampoline = ffi.CFunction({ ...decl, ptr: Number(services.installCode(slotTrampoline(slot.address))) });
    return { signature, route: { kind: "slot", trampoline, slot: slot.view } };
  },
};
