/**
 * memory-files.ts - Linux memory files (memfd) for every host: the Host.memoryFiles capability
 * built on four raw libc calls that each host binds through its own FFI, with every failure turned
 * into an OsError (errno read at once). pages.ts uses it for dual mapping.
 * Files are created close-on-exec and, on Linux 6.3+, with MFD_EXEC: there the sysctl
 * vm.memfd_noexec=1 makes files created without it unmappable as executable. Older kernels reject
 * the unknown flag (EINVAL): then the file is created without it, and from then on always.
 * Requires: Linux (memfd_create: 3.17+, glibc 2.27+); a sandbox may still refuse it (seccomp), or
 * vm.memfd_noexec=2 refuse executable memory files: that shows up as an OsError here or in map().
 */
import type { MemoryFiles } from "../host.js";
import type { OsError } from "../errors.js";
import { MAP_SHARED, MFD_CLOEXEC, MFD_EXEC, PROT } from "./linux.js";

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
  let execFlag = MFD_EXEC; // 0 once the kernel is known not to have it
  return {
    create(name: string): number {
      const fd = calls.memfdCreate(name, MFD_CLOEXEC | execFlag);
      if (fd >= 0) return fd;
      const error = calls.error("memfd_create", `name "${name}"`);
      if (error.code !== "EINVAL" || execFlag === 0) throw error;
      const retry = calls.memfdCreate(name, MFD_CLOEXEC); // a kernel before 6.3?
      if (retry < 0) throw calls.error("memfd_create", `name "${name}"`);
      execFlag = 0;
      return retry;
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

