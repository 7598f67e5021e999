/**
 * hosts/node.ts - the Node.js host, through koffi (https://koffi.dev).
 *
 * What it does: binds libc's mmap/mprotect/munmap/memcpy/strerror (and memfd_create/ftruncate/close
 * for memory files, see memory-files.ts) once, turns their failures into OsError (errno through
 * koffi.errno()), and makes calls of one signature through a single
 * koffi-decoded slot trampoline (see trampoline.ts), so binding a new address costs no
 * koffi.decode (~10 us each).
 *
 * koffi facts relied on (koffi 3.3.4, checked by test/platform-calls.test.ts):
 * - int64_t / uint64_t / void* parameters accept a number or a bigint; void* also accepts null,
 *   TypedArray/Buffer/DataView and ArrayBuffer (their data address is passed, no copy).
 * - int64_t / uint64_t results come back as a number when |value| <= 2^53 (note: 2^53 itself
 *   included; every such number is exact) and as a bigint otherwise; void* results as a bigint,
 *   or null for address 0. calls.ts normalises.
 * - A uint64_t parameter given a bigint >= 2^64 silently becomes 0: range checks happen in calls.ts.
 * writeSealed: writes code into sealed (read+execute) pages through /proc/self/mem, where the
 * kernel writes via its own mapping of the page; our mapping never becomes writable. Measured
 * ~1.5 us per write vs ~8-10 us for flipping a 64 KiB region RW and back. Unavailable when procfs
 * is missing or the kernel forbids forced writes (proc_mem.force_override=never): returns false.
 * Requires: Linux x86-64 (the mmap flag values below are Linux's).
 */
import koffi, { type TypeObject } from "koffi";
import { openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BinderServices, Host, Protection, RawCallable, Signature, SignatureBinder } from "../host.js";
import { hexAddress, OsError } from "../errors.js";
import { procMemWriter } from "./proc-mem.js";
import { memoryFiles } from "./memory-files.js";
import { PROT, MAP_PRIVATE, MAP_ANONYMOUS, _SC_PAGESIZE, errnoName } from "./linux.js";
import { TYPES } from "../signature.js";
import { slotTrampoline } from "../trampoline.js";

const libc = koffi.load("libc.so.6");
// Addresses travel as uintptr_t numbers here (exact: user-space addresses are < 2^47).
const mmap = libc.func("mmap", "intptr_t", ["uintptr_t", "size_t", "int", "int", "int", "int64_t"]);
const mprotect = libc.func("mprotect", "int", ["uintptr_t", "size_t", "int"]);
const munmap = libc.func("munmap", "int", ["uintptr_t", "size_t"]);
const memcpyTo = libc.func("memcpy", "void", ["uintptr_t", "void *", "size_t"]);
const memcpyFrom = libc.func("memcpy", "void", ["void *", "uintptr_t", "size_t"]);
const pwrite = libc.func("pwrite", "intptr_t", ["int", "void *", "size_t", "int64_t"]);
const strerror = libc.func("strerror", "const char *", ["int"]);
const memfdCreate = libc.func("memfd_create", "int", ["const char *", "unsigned int"]);
const ftruncate = libc.func("ftruncate", "int", ["int", "int64_t"]);
const close = libc.func("close", "int", ["int"]);
const sysconf = libc.func("sysconf", "long", ["int"]);

function osError(operation: string, detail: string): OsError {
  const errno = koffi.errno();
  return new OsError(operation, errno, errnoName(errno), String(strerror(errno) ?? "unknown error"), detail);
}

const koffiVersion: string = (() => {
  try {
    const main = createRequire(import.meta.url).resolve("koffi");
    return (JSON.parse(readFileSync(join(dirname(main), "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
})();

/** A koffi prototype for a signature. Each call makes a fresh anonymous prototype type. */
function koffiPrototype(sig: Signature): TypeObject {
  const result = sig.returns === "void" ? "void" : TYPES[sig.returns].c;
  return koffi.proto(result, sig.args.map((t) => TYPES[t].c));
}

export const nodeHost: Host = {
  name: "node",
  ffi: `koffi ${koffiVersion}`,
  pageSize: Number(sysconf(_SC_PAGESIZE)),

  map(size: number, protection: Protection): bigint {
    const address = mmap(0, size, PROT[protection], MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) as number | bigint;
    if (Number(address) === -1) throw osError("mmap", `${size} bytes, ${protection}`);
    return BigInt(address);
  },

  protect(address: bigint, size: number, protection: Protection): void {
    if (mprotect(Number(address), size, PROT[protection]) !== 0) {
      throw osError("mprotect", `${hexAddress(address)}, ${size} bytes, ${protection}`);
    }
  },

  unmap(address: bigint, size: number): void {
    if (munmap(Number(address), size) !== 0) throw osError("munmap", `${hexAddress(address)}, ${size} bytes`);
  },

  memoryFiles: memoryFiles({
    memfdCreate: (name, flags) => memfdCreate(name, flags) as number,
    ftruncate: (fd, size) => ftruncate(fd, size) as number,
    mmap: (size, prot, flags, fd) => mmap(0, size, prot, flags, fd, 0) as number | bigint,
    close: (fd) => close(fd) as number,
    error: osError,
  }),

  write(address: bigint, bytes: Uint8Array): void {
    if (bytes.length > 0) memcpyTo(Number(address), bytes, bytes.length);
  },

  read(address: bigint, length: number): Uint8Array {
    const out = new Uint8Array(length);
    if (length > 0) memcpyFrom(out, Number(address), length);
    return out;
  },

  writeSealed: procMemWriter({
    open: () => {
      try {
        return openSync("/proc/self/mem", "r+");
      } catch {
        return -1; // no procfs, or opening it for writing is forbidden
      }
    },
    pwrite: (fd, bytes, address) => Number(pwrite(fd, bytes, bytes.length, Number(address))),
    error: osError,
  }),

  view(address: bigint, length: number): ArrayBuffer {
    return koffi.view(address, length);
  },

  bindSignature(signature: Signature, services: BinderServices): SignatureBinder {
    const proto = koffiPrototype(signature);
    const { address: slotAddress, view: slot } = services.dataSlot();
    const trampolineAddress = services.installCode(slotTrampoline(slotAddress));
    const trampoline = koffi.decode(trampolineAddress, proto) as RawCallable;
    return { signature, route: { kind: "slot", trampoline, slot } };
  },
};
