/**
 * memory-files.ts - Linux memory files (memfd) for every host: the Host.memoryFiles capability
 * built on four raw libc calls that each host binds through its own FFI, with every failure turned
 * into an OsError (errno read at once). pages.ts uses it for dual mapping.
 * Requires: Linux (memfd_create: 3.17+, glibc 2.27+); a sandbox may still refuse it (seccomp),
 * which then shows up as an OsError here.
 */
import type { MemoryFiles } from "../host.js";
import type { OsError } from "../errors.js";
import { MAP_SHARED, MFD_CLOEXEC, PROT } from "./linux.js";

/** The raw calls, each a thin wrapper over the host's FFI returning what libc returns. */
export interface MemoryFileCalls {
  /** memfd_create(name, flags): a descriptor, or -1. */
  memfdCreate(name: string, flags: number): number;
  /** ftruncate(fd, size): 0, or -1. */
  ftruncate(fd: number, size: number): number;
  /** mmap(NULL, size, prot, flags, fd, 0): an address, or -1 (MAP_FAILED). */
  mmap(size: number, prot: number, flags: number, fd: number): number | bigint;
  /** close(fd): 0, or -1. */
  close(fd: number): number;
  /** The OsError for the call that just failed. */
  error(operation: string, detail: string): OsError;
}

/** Host.memoryFiles over the given calls. */
export function memoryFiles(calls: MemoryFileCalls): MemoryFiles {
  return {
    create(name: string): number {
      const fd = calls.memfdCreate(name, MFD_CLOEXEC);
      if (fd < 0) throw calls.error("memfd_create", `name "${name}"`);
      return fd;
    },
    resize(fd: number, size: number): void {
      if (calls.ftruncate(fd, size) !== 0) throw calls.error("ftruncate", `memory file ${fd}, ${size} bytes`);
    },
    map(fd: number, size: number, protection): bigint {
      const address = calls.mmap(size, PROT[protection], MAP_SHARED, fd);
      if (Number(address) === -1) throw calls.error("mmap", `memory file ${fd}, ${size} bytes, ${protection}, shared`);
      return BigInt(address);
    },
    close(fd: number): void {
      if (calls.close(fd) !== 0) throw calls.error("close", `memory file ${fd}`);
    },
  };
}

