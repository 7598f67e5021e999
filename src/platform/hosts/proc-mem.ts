/**
 * proc-mem.ts - writing into sealed (read+execute) code pages through /proc/self/mem, one
 * implementation for every host.
 *
 * The kernel performs such a write through its own mapping of the page, so our pages never become
 * writable: W^X holds throughout. Where the kernel refuses this path (no procfs, a kernel booted
 * with proc_mem.force_override=never, a sandbox), the writer returns false from then on: the W^X
 * probe (pages.ts) then passes the "proc-mem" strategy over, and pages that chose it explicitly
 * report the refusal. A failure after the path has worked once is a real error and throws an OsError.
 */
import { hexAddress, type OsError } from "../errors.js";

/** The three host calls the writer needs, each a thin wrapper over the host's FFI. */
export interface ProcMemAccess {
  /** Opens /proc/self/mem for reading and writing: a file descriptor, or a negative number. */
  open(): number;
  /** pwrite(fd, bytes, bytes.length, address): the number of bytes written, negative on failure. */
  pwrite(fd: number, bytes: Uint8Array, address: bigint): number;
  /** The OsError for the call that just failed (errno is read at once). */
  error(operation: string, detail: string): OsError;
}

/** A `Host.writeSealed` implementation over the given calls. */
export function procMemWriter(access: ProcMemAccess): (address: bigint, bytes: Uint8Array) => boolean {
  let fd: number | undefined; // opened on first use; -1 once known to be unusable
  let worked = false;
  return (address: bigint, bytes: Uint8Array): boolean => {
    if (fd === undefined) fd = Math.max(access.open(), -1);
    if (fd < 0) return false;
    const written = access.pwrite(fd, bytes, address);
    if (written === bytes.length) {
      worked = true;
      return true;
    }
    if (worked) throw access.error("pwrite(/proc/self/mem)", `${hexAddress(address)}, ${bytes.length} bytes (wrote ${written})`);
    fd = -1; // refused from the start: the caller uses another strategy
    return false;
  };
}
