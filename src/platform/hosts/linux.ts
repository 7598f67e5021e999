/**
 * linux.ts - the Linux x86-64 facts every host needs: protection bits, mmap/open flags, the
 * sysconf name of the page size, and errno names. Plain data, no FFI.
 */
import { constants as osConstants } from "node:os";
import type { Protection } from "../host.js";

export const PROT: Record<Protection, number> = {
  "none": 0,
  "read": 1,
  "read-write": 3,
  "read-execute": 5,
  "read-write-execute": 7,
};
export const MAP_SHARED = 0x01;
export const MAP_PRIVATE = 0x02;
export const MAP_ANONYMOUS = 0x20;
export const MFD_CLOEXEC = 0x1;
/** memfd_create: the file may be mapped executable (Linux 6.3+, where vm.memfd_noexec may otherwise forbid it). */
export const MFD_EXEC = 0x10;
export const O_RDWR = 0x2;
export const O_CLOEXEC = 0x80000;
export const _SC_PAGESIZE = 30;

const ERRNO_NAMES = new Map<number, string>();
for (const [name, value] of Object.entries(osConstants.errno)) {
  if (!ERRNO_NAMES.has(value)) ERRNO_NAMES.set(value, name);
}
// Prefer the usual spellings where two names share a number.
ERRNO_NAMES.set(11, "EAGAIN");
ERRNO_NAMES.set(95, "EOPNOTSUPP");
ERRNO_NAMES.set(35, "EDEADLK");

/** The symbolic name of an errno value ("ENOMEM"), or "E?" when unknown. */
export function errnoName(errno: number): string {
  return ERRNO_NAMES.get(errno) ?? "E?";
}
