/**
 * add4.ts - `jitkit add4 [N] [--rwx] [--dump]`: the seed program. Writes
 *   48 89 f8      mov rax, rdi
 *   48 83 c0 04   add rax, 4
 *   c3            ret
 * into memory, seals it (read+execute), calls it with N (default 2, any int64) and prints
 * `result = N+4` (wrapping like the machine does). --rwx runs it from read+write+execute memory as
 * the seed's first version does (unsafe); --dump prints the machine code first.
 */
import { loadCode } from "../platform/calls.js";
import { EXIT } from "./exit-codes.js";
import { hexBytes, INT64_MAX, INT64_MIN, parseInteger, reportError, splitArgs } from "./cli-util.js";
import { UsageError } from "./exit-codes.js";

export const ADD4_USAGE = "jitkit add4 [N] [--rwx] [--dump]   (N: a 64-bit integer, default 2)";

export const ADD4_CODE = Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3);

export async function runAdd4(argv: readonly string[]): Promise<number> {
  try {
    const { flags, positional } = splitArgs(argv, ["--rwx", "--dump", "--help"]);
    if (flags.has("--help")) {
      process.stdout.write(`usage: ${ADD4_USAGE}\n`);
      return EXIT.ok;
    }
    if (positional.length > 1) throw new UsageError(`expected at most one argument N, got ${positional.length}`);
    const n = positional.length === 0 ? 2n : parseInteger(positional[0], "N", INT64_MIN, INT64_MAX);
    if (flags.has("--dump")) process.stdout.write(`${hexBytes(ADD4_CODE)}\n`);
    const add4 = loadCode(ADD4_CODE, { args: ["i64"], returns: "i64" }, {
      name: "add4",
      memory: flags.has("--rwx") ? "rwx-unsafe" : "w^x",
    });
    const result = add4(n) as bigint;
    add4.free();
    process.stdout.write(`result = ${result}\n`);
    return EXIT.ok;
  } catch (error) {
    return reportError("add4", ADD4_USAGE, error);
  }
}
