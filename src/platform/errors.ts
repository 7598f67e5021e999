/**
 * errors.ts - the error classes of the platform layer.
 *
 * OsError: an operating-system call (mmap, mprotect, munmap, memfd_create, ...) failed; carries
 * errno, its symbolic code (ENOMEM, EINVAL, ...) and the OS's text for it.
 * FreedCodeError: a function made by loadCode was called (or used) after free().
 * HostUnavailableError: this JavaScript runtime cannot run jitkit as started (a browser, Node < 20,
 * Deno 1.x, Deno without --allow-ffi); the message says what is missing.
 * Invalid arguments (sizes, types, ranges) are reported with the built-in RangeError / TypeError.
 */

/** An address as the messages print it: 0x7f12... */
export function hexAddress(address: bigint): string {
  return `0x${address.toString(16)}`;
}

/** An operating-system call failed. */
export class OsError extends Error {
  override readonly name = "OsError";
  /** The failed operation, e.g. "mmap". */
  readonly operation: string;
  /** The errno value. */
  readonly errno: number;
  /** The symbolic errno name, e.g. "ENOMEM" ("E?" if unknown). */
  readonly code: string;
  /** The OS's description of errno, e.g. "Cannot allocate memory". */
  readonly osMessage: string;

  constructor(operation: string, errno: number, code: string, osMessage: string, detail: string) {
    super(`${operation} failed: ${code} (errno ${errno}): ${osMessage}${detail ? ` [${detail}]` : ""}`);
    this.operation = operation;
    this.errno = errno;
    this.code = code;
    this.osMessage = osMessage;
  }
}

/** A jitted function (or its memory) was used after free(). */
export class FreedCodeError extends Error {
  override readonly name = "FreedCodeError";
  constructor(what: string) {
    super(`${what} was freed; it cannot be called or used any more`);
  }
}

/** The runtime cannot run jitkit as started; the message says what is missing. */
export class HostUnavailableError extends Error {
  override readonly name = "HostUnavailableError";
}
