/**
 * asm.ts - `jitkit asm FILE|- [--hex | -o OUT.bin | --run SIG ARGS... | --disasm]`.
 *
 * Assembles an Intel-syntax file (or stdin with `-`) with the text assembler, then:
 *   (default)  prints the code size and the features it needs;
 *   --hex      prints each instruction's bytes as hex, one instruction per line, in source order
 *              (labels and directives print nothing);
 *   -o FILE    writes the raw code;
 *   --disasm   prints a disassembly of what was produced (offsets, bytes, Intel syntax);
 *   --run SIG ARGS...  loads the code W^X through the platform layer and calls it with ARGS,
 *              printing the result: `jitkit asm add4.s --run 'i64(i64)' 2` prints 6.
 * Options combine (e.g. --hex --run). Exit codes (sysexits): 0 ok, 64 usage, 65 bad input
 * (assembly errors, printed as FILE:LINE:COL: error: ...), 66 cannot open input, 69 the CPU lacks
 * a feature the code needs, 71 OS error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { OsError } from "../platform/errors.js";
import { loadCode } from "../platform/calls.js";
import type { ResultType, Signature, ValueType } from "../platform/signature.js";
import { assemble } from "../x64/parser/assemble.js";
import { formatAsmError } from "../x64/parser/asm-error.js";
import { CpuFeatureError } from "../x64/cpu-features.js";
import { disassemble, formatListing, hexBytes } from "../x64/disasm.js";
import { EXIT, UsageError } from "./exit-codes.js";

export const ASM_USAGE = "jitkit asm FILE|- [--hex] [-o OUT.bin] [--disasm] [--run SIG ARGS...]\n" +
  "  SIG: a C-like signature, e.g. 'i64(i64)', 'f64(f64, f64)', 'void(ptr)', 'i32()'\n" +
  "  types: i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 ptr (and void as a result)";

const EX_NOINPUT = 66;
const EX_UNAVAILABLE = 69;

interface AsmArgs {
  file: string;
  hex: boolean;
  disasm: boolean;
  out: string | null;
  run: { signature: Signature; args: string[] } | null;
}

function parseArgs(argv: readonly string[]): AsmArgs | "help" {
  let file: string | null = null;
  let hex = false, disasm = false;
  let out: string | null = null;
  let run: AsmArgs["run"] = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return "help";
    if (a === "--hex") hex = true;
    else if (a === "--disasm") disasm = true;
    else if (a === "-o" || a === "--output") {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a file name`);
      out = argv[++i];
    } else if (a === "--run") {
      if (i + 1 >= argv.length) throw new UsageError("--run needs a signature, e.g. --run 'i64(i64)' 2");
      const signature = parseSignature(argv[++i]);
      const args = argv.slice(i + 1);
      if (args.length !== signature.args.length) {
        throw new UsageError(`signature ${argv[i]} takes ${signature.args.length} argument(s), got ${args.length}`);
      }
      run = { signature, args };
      break; // everything after the signature is an argument of the call
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${JSON.stringify(a)} (one input file)`);
  }
  if (file === null) throw new UsageError("missing input FILE (use - for stdin)");
  return { file, hex, disasm, out, run };
}

const TYPE_NAMES: Record<string, ValueType> = {
  i8: "i8", i16: "i16", i32: "i32", i64: "i64", u8: "u8", u16: "u16", u32: "u32", u64: "u64",
  f32: "f32", f64: "f64", ptr: "pointer", pointer: "pointer",
};

/** `i64(i64, i64)` -> { args: ["i64", "i64"], returns: "i64" }. */
export function parseSignature(text: string): Signature {
  const m = /^\s*([a-z0-9]+)\s*\(([^)]*)\)\s*$/.exec(text);
  if (!m) throw new UsageError(`bad signature ${JSON.stringify(text)}; expected e.g. 'i64(i64, i64)'`);
  const ret = m[1] === "void" ? "void" : TYPE_NAMES[m[1]];
  if (ret === undefined) throw new UsageError(`unknown result type '${m[1]}' in ${JSON.stringify(text)}`);
  const list = m[2].trim();
  const args: ValueType[] = list === "" || list === "void" ? [] : list.split(",").map((t) => {
    const type = TYPE_NAMES[t.trim()];
    if (type === undefined) throw new UsageError(`unknown argument type '${t.trim()}' in ${JSON.stringify(text)}`);
    return type;
  });
  return { args, returns: ret as ResultType };
}

/** Converts a command-line argument to the JS value the signature's type takes. */
function parseValue(text: string, type: ValueType, position: number): number | bigint {
  const what = `argument ${position + 1} (${type})`;
  if (type === "f32" || type === "f64") {
    const v = Number(text);
    if (text.trim() === "" || Number.isNaN(v) && text.trim().toLowerCase() !== "nan") throw new UsageError(`${what} must be a number, got ${JSON.stringify(text)}`);
    return v;
  }
  if (!/^[+-]?(0x[0-9a-f]+|[0-9]+)$/i.test(text)) throw new UsageError(`${what} must be an integer, got ${JSON.stringify(text)}`);
  const neg = text.startsWith("-");
  const body = text.replace(/^[+-]/, "");
  const v = neg ? -BigInt(body) : BigInt(body);
  if (type === "i64" || type === "u64" || type === "pointer") return v;
  return Number(v); // range-checked by the call wrapper
}

function readInput(file: string): string {
  return file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
}

export async function runAsm(argv: string[]): Promise<number> {
  let args: AsmArgs | "help";
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`jitkit asm: ${e.message}\nusage: ${ASM_USAGE}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  if (args === "help") {
    process.stdout.write(`usage: ${ASM_USAGE}\n`);
    return EXIT.ok;
  }
  const fileName = args.file === "-" ? "<stdin>" : args.file;
  let source: string;
  try {
    source = readInput(args.file);
  } catch (e) {
    process.stderr.write(`jitkit asm: cannot open ${fileName}: ${(e as Error).message}\n`);
    return EX_NOINPUT;
  }
  const result = assemble(source, { listing: args.hex });
  if (result.errors.length > 0) {
    for (const e of result.errors) process.stderr.write(formatAsmError(e, { fileName, source }) + "\n");
    process.stderr.write(`jitkit asm: ${result.errors.length} error(s); nothing produced\n`);
    return EXIT.dataError;
  }
  const bytes = result.bytes;
  let out = "";
  if (args.hex) {
    for (const insn of result.instructions ?? []) out += hexBytes(bytes.subarray(insn.offset, insn.offset + insn.size)) + "\n";
  }
  if (args.disasm) out += formatListing(disassemble(bytes)) + "\n";
  if (!args.hex && !args.disasm && args.out === null && args.run === null) {
    out += `${fileName}: ${bytes.length} bytes` + (result.features.length ? `; needs ${result.features.join(", ")}` : "") + "\n";
  }
  process.stdout.write(out);
  if (args.out !== null) {
    if (result.relocations.length > 0) {
      process.stderr.write(`jitkit asm: ${fileName} holds absolute addresses (dq label, at offsets ${result.relocations.join(", ")}); ` +
        "they are known only once the code is placed, so a raw file cannot hold them: nothing written\n");
      return EXIT.dataError;
    }
    try {
      writeFileSync(args.out, bytes);
    } catch (e) {
      process.stderr.write(`jitkit asm: cannot write ${args.out}: ${(e as Error).message}\n`);
      return 73; // EX_CANTCREAT
    }
  }
  if (args.run !== null) {
    const { signature } = args.run;
    let values: (number | bigint)[];
    try {
      values = args.run.args.map((a, i) => parseValue(a, signature.args[i], i));
    } catch (e) {
      process.stderr.write(`jitkit asm: ${(e as Error).message}\nusage: ${ASM_USAGE}\n`);
      return EXIT.usage;
    }
    if (bytes.length === 0) {
      process.stderr.write(`jitkit asm: ${fileName} produced no code to run\n`);
      return EXIT.dataError;
    }
    try {
      const fn = loadCode(result, signature, { name: fileName });
      try {
        const r: unknown = fn(...values);
        if (signature.returns !== "void") process.stdout.write(`${String(r)}\n`);
      } finally {
        fn.free();
      }
    } catch (e) {
      if (e instanceof CpuFeatureError) {
        process.stderr.write(`jitkit asm: ${fileName}: ${e.message}\n`);
        return EX_UNAVAILABLE;
      }
      if (e instanceof OsError) {
        process.stderr.write(`jitkit asm: ${e.message}\n`);
        return EXIT.osError;
      }
      if (e instanceof RangeError || e instanceof TypeError) {
        process.stderr.write(`jitkit asm: ${e.message}\nusage: ${ASM_USAGE}\n`);
        return EXIT.usage;
      }
      throw e;
    }
  }
  return EXIT.ok;
}
