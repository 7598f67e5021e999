/**
 * adder.ts - `jitkit adder TERM [ARGS...] [--dump]`: the seed's "baby JIT". At run time TERM is
 * patched as a little-endian 32-bit immediate into
 *   48 c7 c0 xx xx xx xx   mov rax, imm32      (sign-extended to 64 bits)
 *   48 01 f8               add rax, rdi
 *   c3                     ret
 * and the function is called on each ARG (default 1 2 3); the results are printed on one line.
 * TERM must be a decimal int32; ARGS decimal int64 (the sum wraps like the machine's).
 */
import { loadCode } from "../platform/calls.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { hexBytes, INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, parseInteger, reportError, splitArgs } from "./cli-util.js";

export const ADDER_USAGE = "jitkit adder TERM [ARGS...] [--dump]   (TERM: a 32-bit integer; ARGS: 64-bit integers, default 1 2 3)";

/** The adder's code with `term` patched in. */
export function adderCode(term: number): Uint8Array {
  const code = Uint8Array.of(0x48, 0xc7, 0xc0, 0, 0, 0, 0, 0x48, 0x01, 0xf8, 0xc3);
  new DataView(code.buffer).setInt32(3, term, true);
  return code;
}

export async function runAdder(argv: readonly string[]): Promise<number> {
  try {
    const { flags, positional } = splitArgs(argv, ["--dump", "--help"]);
    if (flags.has("--help")) {
      process.stdout.write(`usage: ${ADDER_USAGE}\n`);
      return EXIT.ok;
    }
    if (positional.length === 0) throw new UsageError("missing TERM");
    const term = parseInteger(positional[0], "TERM", INT32_MIN, INT32_MAX);
    const args = positional.length > 1
      ? positional.slice(1).map((a, i) => parseInteger(a, `ARG ${i + 1}`, INT64_MIN, INT64_MAX))
      : [1n, 2n, 3n];
    const code = adderCode(Number(term));
    if (flags.has("--dump")) process.stdout.write(`${hexBytes(code)}\n`);
    const adder = loadCode(code, { args: ["i64"], returns: "i64" }, { name: "adder" });
    const results = args.map((a) => String(adder(a)));
    adder.free();
    process.stdout.write(`${results.join(" ")}\n`);
    return EXIT.ok;
  } catch (error) {
    return reportError("adder", ADDER_USAGE, error);
  }
}
