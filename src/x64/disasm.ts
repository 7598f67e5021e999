// In-process disassembly of x86-64 machine code, Intel syntax, with the iced-x86 decoder
// (a WebAssembly build, loaded on first use). Requires nothing else. Guarantees: every byte of
// the input is covered by exactly one line (undecodable bytes become `(bad)` lines of one byte),
// and the wasm objects are freed before returning. Output spelling is close to llvm-mc's:
// `mov rax, qword ptr [rbx + 8*rcx + 0x10]`, branch targets as offsets from the start.

import { createRequire } from "node:module";

export interface DisasmLine {
  /** Offset of the instruction from the start of the code (plus `address`). */
  offset: number;
  bytes: Uint8Array;
  /** Intel-syntax text, or "(bad)". */
  text: string;
}

export interface DisasmOptions {
  /** Address of the first byte (shown offsets and branch targets are relative to it); default 0. */
  address?: number;
}

type Iced = typeof import("iced-x86");
let iced: Iced | null = null;

function loadIced(): Iced {
  if (iced === null) iced = createRequire(import.meta.url)("iced-x86") as Iced;
  return iced;
}

/** Decodes `code` into one line per instruction. */
export function disassemble(code: Uint8Array, options: DisasmOptions = {}): DisasmLine[] {
  const { Decoder, DecoderOptions, Formatter, FormatterSyntax, Code, MemorySizeOptions } = loadIced();
  const base = options.address ?? 0;
  const decoder = new Decoder(64, code, DecoderOptions.None);
  const formatter = new Formatter(FormatterSyntax.Intel);
  formatter.hexPrefix = "0x";
  formatter.hexSuffix = "";
  formatter.spaceAfterOperandSeparator = true;
  formatter.spaceBetweenMemoryAddOperators = true;
  formatter.scaleBeforeIndex = true;
  formatter.showBranchSize = false;
  formatter.branchLeadingZeros = false;
  formatter.firstOperandCharIndex = 0;
  formatter.ripRelativeAddresses = true;
  formatter.memorySizeOptions = MemorySizeOptions.Always;
  const lines: DisasmLine[] = [];
  try {
    decoder.ip = BigInt(base);
    let offset = 0;
    while (decoder.canDecode) {
      const insn = decoder.decode();
      try {
        const length = insn.length;
        if (insn.code === Code.INVALID) {
          // One byte at a time, so decoding resynchronises on the next byte.
          lines.push({ offset: base + offset, bytes: code.slice(offset, offset + 1), text: "(bad)" });
          offset += 1;
          decoder.position = offset;
          decoder.ip = BigInt(base + offset);
          continue;
        }
        lines.push({ offset: base + offset, bytes: code.slice(offset, offset + length), text: formatter.format(insn) });
        offset += length;
      } finally {
        insn.free();
      }
    }
  } finally {
    formatter.free();
    decoder.free();
  }
  return lines;
}

/** Hex bytes separated by spaces: "48 89 f8". */
export function hexBytes(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += (i ? " " : "") + (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return s;
}

/** A listing: `   0: 48 89 f8                      mov rax, rdi` per line. */
export function formatListing(lines: readonly DisasmLine[]): string {
  const width = lines.reduce((w, l) => Math.max(w, l.bytes.length * 3 - 1), 0);
  const ow = lines.length ? Math.max(4, (lines[lines.length - 1].offset).toString(16).length) : 4;
  return lines.map((l) => `${l.offset.toString(16).padStart(ow, " ")}: ${hexBytes(l.bytes).padEnd(width, " ")}  ${l.text}`).join("\n");
}
