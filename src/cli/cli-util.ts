/**
 * cli-util.ts - small helpers shared by the seed subcommands: hex dumps, integer parsing, and the
 * mapping of errors to exit codes.
 */
import { OsError } from "../platform/errors.js";
import { EXIT, UsageError } from "./exit-codes.js";

/** "48 89 f8 c3" */
export function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}

/** Parses a decimal integer (optional sign) into a bigint within [min, max]; throws UsageError. */
export function parseInteger(text: string | undefined, what: string, min: bigint, max: bigint): bigint {
  if (text === undefined) throw new UsageError(`missing ${what}`);
  if (!/^[+-]?[0-9]+$/.test(text)) throw new UsageError(`${what} must be a decimal integer, got ${JSON.stringify(text)}`);
  const value = BigInt(text);
  if (value < min || value > max) throw new UsageError(`${what} ${text} is out of range [${min}, ${max}]`);
  return value;
}

export const INT32_MIN = -(1n << 31n);
export const INT32_MAX = (1n << 31n) - 1n;
export const INT64_MIN = -(1n << 63n);
export const INT64_MAX = (1n << 63n) - 1n;

/** Splits argv into flags (known set) and positional arguments; unknown "--x" is a UsageError. */
export function splitArgs(argv: readonly string[], known: readonly string[]): { flags: Set<string>; positional: string[] } {
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith("--")) {
      if (!known.includes(arg)) throw new UsageError(`unknown option ${arg}`);
      flags.add(arg);
    } else {
      positional.push(arg);
    }
  }
  return { flags, positional };
}

/** Prints an error for `command` and returns the exit code it maps to. */
export function reportError(command: string, usage: string, error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`jitkit ${command}: ${error.message}\nusage: ${usage}\n`);
    return EXIT.usage;
  }
  if (error instanceof OsError) {
    process.stderr.write(`jitkit ${command}: ${error.message}\n`);
    return EXIT.osError;
  }
  process.stderr.write(`jitkit ${command}: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return EXIT.software;
}
