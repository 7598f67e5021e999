/**
 * hosts/deno.ts - the Deno host, through Deno.dlopen (needs the --allow-ffi permission).
 *
 * What it does: binds libc's mmap/mprotect/munmap/memcpy/strerror/__errno_location (and
 * memfd_create/ftruncate/close for memory files, see memory-files.ts) once through Deno.dlopen and
 * turns failures into OsError. Calls go through Deno's fast path, which Deno
 * reserves for symbols that come from Deno.dlopen (Deno.UnsafeFnPointer.call on an arbitrary
 * address is ~1 us per call): on first use the host writes a tiny shared object of its own
 * (elf-trampolines.ts) into an anonymous memfd and, per signature, Deno.dlopens that same
 * /proc/self/fd/N path with the signature's parameter list. The object exports two kinds of
 * trampoline, both of which leave every argument register and the stack untouched:
 * - jitkit_call_xmmN (N = 0..7): `cvttsd2si r11, xmmN; jmp r11`. The target address travels as
 *   one extra trailing f64 argument, which the ABI puts in xmmN when the signature has N float
 *   arguments; the callee never looks at that register. A double argument costs the fast path
 *   nothing, so this is the cheapest route (measured ~1 ns less than a slot store per call).
 * - jitkit_call_slot (../trampoline.ts): for signatures with 8 float arguments (no xmm register
 *   left), through calls.ts's slot (a "slot" CallRoute).
 * writeSealed writes into read+execute code through /proc/self/mem (open/pwrite via libc), like
 * the Node host, so sealed pages never become writable.
 *
 * Deno facts relied on (Deno 2.x, checked by test/hosts-runtime.test.ts):
 * - "pointer" parameters take an UnsafePointer object or null, so pointer arguments are converted
 *   (bigint -> UnsafePointer.create, buffers -> UnsafePointer.of, which honours byteOffset);
 *   pointer results are declared "usize" and come back as bigint.
 * - i64/u64 results come back as bigint (also for small values); i64/u64 parameters take a
 *   bigint or a number, but a number takes Deno's slow path, so calls.ts converts numbers to
 *   bigint first (ArgumentForms); an out-of-range bigint silently wraps, so calls.ts checks first.
 * - A fast call stays fast only while its call site sees one FFI function: each signature gets
 *   its own generated wrapper code, which calls the signature's one trampoline symbol directly
 *   (so a call site calling many jitted functions of a signature stays on the fast path).
 * - glibc dlopen returns the already-loaded object for a path it has seen, so the memfd stays
 *   open (one descriptor, close-on-exec) for the life of the process and the path stays unique.
 * Requires: Linux x86-64 with glibc ("libc.so.6") and memfd_create; Deno started with
 * --allow-ffi (without it, loading this module throws an error saying so).
 */
import type { ArgumentForms, BinderServices, Host, Protection, RawCallable, Signature, SignatureBinder, ValueType } from "../host.js";
import { hexAddress, HostUnavailableError, OsError } from "../errors.js";
import { procMemWriter } from "./proc-mem.js";
import { memoryFiles } from "./memory-files.js";
import { PROT, MAP_PRIVATE, MAP_ANONYMOUS, MFD_CLOEXEC, O_RDWR, O_CLOEXEC, _SC_PAGESIZE, errnoName } from "./linux.js";
import { slotTrampoline, xmmTrampoline } from "../trampoline.js";
import { buildSharedObject } from "./elf-trampolines.js";

// ---------------------------------------------------------------------------------------------
// The small part of the Deno namespace used here (Deno's own types are not part of this build).

type DenoNativeType = "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize"
  | "f32" | "f64" | "pointer" | "buffer" | "void";
interface DenoForeignFunction {
  readonly name?: string;
  readonly parameters: readonly DenoNativeType[];
  readonly result: DenoNativeType;
}
type DenoPointer = object | null;
interface DenoNamespace {
  readonly version: { readonly deno: string };
  dlopen(path: string, symbols: Record<string, DenoForeignFunction>): { symbols: Record<string, RawCallable> };
  readonly permissions: { querySync(d: { name: "ffi" }): { state: "granted" | "denied" | "prompt" } };
  readonly UnsafePointer: {
    create(value: bigint): DenoPointer;
    of(buffer: ArrayBuffer | ArrayBufferView): DenoPointer;
    value(p: DenoPointer): bigint | number;
  };
  readonly UnsafePointerView: {
    getArrayBuffer(p: DenoPointer, length: number, offset?: number): ArrayBuffer;
    getCString(p: DenoPointer, offset?: number): string;
    new (p: DenoPointer): { getInt32(offset?: number): number };
  };
}

const maybeDeno = (globalThis as { Deno?: DenoNamespace }).Deno;
if (maybeDeno === undefined) throw new Error("hosts/deno.ts loaded outside Deno");
const Deno: DenoNamespace = maybeDeno;
if (Number(Deno.version.deno.split(".")[0]) < 2) {
  throw new HostUnavailableError(`jitkit needs Deno 2 or newer (its FFI pointers are objects since 2.0); this is Deno ${Deno.version.deno}`);
}
if (Deno.permissions.querySync({ name: "ffi" }).state !== "granted") {
  throw new HostUnavailableError(
    "jitkit needs Deno's FFI permission to map executable memory and call native code: run Deno with --allow-ffi " +
    "(e.g. deno run --allow-ffi main.ts, or deno test --allow-ffi)");
}
const P = Deno.UnsafePointer;

// ---------------------------------------------------------------------------------------------
// libc.

const libc = Deno.dlopen("libc.so.6", {
  mmap: { parameters: ["usize", "usize", "i32", "i32", "i32", "i64"], result: "isize" },
  mprotect: { parameters: ["usize", "usize", "i32"], result: "i32" },
  munmap: { parameters: ["usize", "usize"], result: "i32" },
  memcpyTo: { name: "memcpy", parameters: ["usize", "buffer", "usize"], result: "void" },
  memcpyFrom: { name: "memcpy", parameters: ["buffer", "usize", "usize"], result: "void" },
  strerror: { parameters: ["i32"], result: "pointer" },
  errnoLocation: { name: "__errno_location", parameters: [], result: "pointer" },
  sysconf: { parameters: ["i32"], result: "i64" },
  memfdCreate: { name: "memfd_create", parameters: ["buffer", "u32"], result: "i32" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  open: { parameters: ["buffer", "i32"], result: "i32" },
  pwrite: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" },
  ftruncate: { parameters: ["i32", "i64"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
}).symbols;

/** Reads errno right after a failed call (nothing in between may touch it). */
function osError(operation: string, detail: string): OsError {
  const errno = new Deno.UnsafePointerView(libc.errnoLocation()).getInt32();
  const text = Deno.UnsafePointerView.getCString(libc.strerror(errno) as DenoPointer);
  return new OsError(operation, errno, errnoName(errno), text, detail);
}

// ---------------------------------------------------------------------------------------------
// Signatures -> Deno foreign-function declarations.

const NATIVE: Record<ValueType, DenoNativeType> = {
  i8: "i8", i16: "i16", i32: "i32", i64: "i64",
  u8: "u8", u16: "u16", u32: "u32", u64: "u64",
  f32: "f32", f64: "f64",
  pointer: "pointer",
};

/** The Deno declaration of `symbol` for `sig`, plus `extra` trailing parameters. */
function declaration(symbol: string, sig: Signature, extra: readonly DenoNativeType[] = []): DenoForeignFunction {
  return {
    name: symbol,
    parameters: [...sig.args.map((t) => NATIVE[t]), ...extra],
    // Pointer results as "usize": a bigint, the convention calls.ts expects.
    result: sig.returns === "void" ? "void" : sig.returns === "pointer" ? "usize" : NATIVE[sig.returns],
  };
}

/** bigint / null / buffer -> what a Deno "pointer" parameter takes. */
function toPointer(value: unknown): DenoPointer {
  if (value === null) return null;
  if (typeof value === "bigint") return P.create(value);
  return P.of(value as ArrayBuffer | ArrayBufferView);
}

/**
 * How arguments are handed to Deno's symbols (calls.ts converts inside its checks): pointers
 * through toPointer; i64/u64 numbers as bigint, because Deno leaves its fast path for a number
 * given to an i64/u64 parameter (measured: ~170 ns per call instead of ~45 ns with the conversion).
 */
const ARGUMENT_FORMS: ArgumentForms = { int64: "bigint", pointer: toPointer };

// ---------------------------------------------------------------------------------------------
// The trampoline library: built once, on the first signature.

const SLOT_SYMBOL = "jitkit_call_slot";
const xmmSymbol = (n: number): string => `jitkit_call_xmm${n}`;

interface TrampolineLibrary {
  readonly path: string;
  readonly slot: Float64Array;
}
let library: TrampolineLibrary | null = null;

function trampolineLibrary(services: BinderServices): TrampolineLibrary {
  if (library !== null) return library;
  const { address, view } = services.dataSlot();
  const image = buildSharedObject({
    soname: "libjitkit-trampoline.so",
    exports: [
      ...Array.from({ length: 8 }, (_, n) => ({ name: xmmSymbol(n), code: xmmTrampoline(n) })),
      { name: SLOT_SYMBOL, code: slotTrampoline(address) },
    ],
  });
  const fd = libc.memfdCreate(new TextEncoder().encode("jitkit-trampoline\0"), MFD_CLOEXEC) as number;
  if (fd < 0) throw osError("memfd_create", "for the Deno call trampolines");
  const written = Number(libc.write(fd, image.bytes, BigInt(image.bytes.length)));
  if (written !== image.bytes.length) throw osError("write", `memfd ${fd}, ${image.bytes.length} bytes`);
  // The descriptor stays open: the path must keep naming this object (see the header).
  library = { path: `/proc/self/fd/${fd}`, slot: view };
  return library;
}

/** Binds one trampoline of the library with one signature (a Deno.dlopen of the memfd's path). */
function openTrampoline(lib: TrampolineLibrary, decl: DenoForeignFunction): RawCallable {
  try {
    return Deno.dlopen(lib.path, { call: decl }).symbols.call;
  } catch (e) {
    throw new Error(`jitkit's Deno host could not load its call trampolines from ${lib.path} (an in-memory shared ` +
      `object; needs /proc and --allow-ffi for that path): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

// ---------------------------------------------------------------------------------------------

export const denoHost: Host = {
  name: "deno",
  ffi: `Deno.dlopen (Deno ${Deno.version.deno})`,
  pageSize: Number(libc.sysconf(_SC_PAGESIZE)),

  map(size: number, protection: Protection): bigint {
    const address = BigInt(libc.mmap(0n, BigInt(size), PROT[protection], MAP_PRIVATE | MAP_ANONYMOUS, -1, 0n) as bigint);
    if (address === -1n) throw osError("mmap", `${size} bytes, ${protection}`);
    return address;
  },

  protect(address: bigint, size: number, protection: Protection): void {
    if (libc.mprotect(address, BigInt(size), PROT[protection]) !== 0) {
      throw osError("mprotect", `${hexAddress(address)}, ${size} bytes, ${protection}`);
    }
  },

  unmap(address: bigint, size: number): void {
    if (libc.munmap(address, BigInt(size)) !== 0) throw osError("munmap", `${hexAddress(address)}, ${size} bytes`);
  },

  memoryFiles: memoryFiles({
    memfdCreate: (name, flags) => libc.memfdCreate(new TextEncoder().encode(`${name}\0`), flags) as number,
    ftruncate: (fd, size) => libc.ftruncate(fd, BigInt(size)) as number,
    mmap: (size, prot, flags, fd) => libc.mmap(0n, BigInt(size), prot, flags, fd, 0n) as bigint,
    close: (fd) => libc.close(fd) as number,
    error: osError,
  }),

  write(address: bigint, bytes: Uint8Array): void {
    if (bytes.length > 0) libc.memcpyTo(address, bytes, BigInt(bytes.length));
  },

  read(address: bigint, length: number): Uint8Array {
    const out = new Uint8Array(length);
    if (length > 0) libc.memcpyFrom(out, address, BigInt(length));
    return out;
  },

  view(address: bigint, length: number): ArrayBuffer {
    return Deno.UnsafePointerView.getArrayBuffer(P.create(address), length);
  },

  writeSealed: procMemWriter({
    open: () => libc.open(new TextEncoder().encode("/proc/self/mem\0"), O_RDWR | O_CLOEXEC) as number,
    pwrite: (fd, bytes, address) => Number(libc.pwrite(fd, bytes, BigInt(bytes.length), address)),
    error: osError,
  }),

  bindSignature(signature: Signature, services: BinderServices): SignatureBinder {
    const lib = trampolineLibrary(services);
    const floats = signature.args.filter((t) => t === "f32" || t === "f64").length;
    if (floats < 8) {
      // The target rides in xmm{floats}, after the signature's own float arguments.
      const trampoline = openTrampoline(lib, declaration(xmmSymbol(floats), signature, ["f64"]));
      return { signature, route: { kind: "trailing-target", trampoline }, argumentForms: ARGUMENT_FORMS };
    }
    const trampoline = openTrampoline(lib, declaration(SLOT_SYMBOL, signature));
    return { signature, route: { kind: "slot", trampoline, slot: lib.slot }, argumentForms: ARGUMENT_FORMS };
  },
};
