/**
 * exit-codes.ts - process exit codes of the `jitkit` command (BSD sysexits.h values).
 */
export const EXIT = {
  ok: 0,
  /** EX_USAGE: the command was used incorrectly (bad option, missing or malformed argument). */
  usage: 64,
  /** EX_DATAERR: the input data was incorrect. */
  dataError: 65,
  /** EX_UNAVAILABLE: this runtime cannot run jitkit as started (e.g. Deno without --allow-ffi). */
  unavailable: 69,
  /** EX_SOFTWARE: an internal error. */
  software: 70,
  /** EX_OSERR: an operating-system error (mapping or protecting code memory failed, ...). */
  osError: 71,
} as const;

/** A usage error: main prints the message and the command's usage to stderr and exits 64. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
