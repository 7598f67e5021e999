// Keyword and character tables of the scanner: registers, `X ptr` sizes, prefixes, directives and
// (added by the assembler) mnemonics in one case-insensitive NameTable; character classes by
// byte. Requires the register table. Guarantees: filled once at load; addMnemonics merges flags.

import type { DirectiveName, Prefix, PtrSize } from "./ast.js";
import { NameTable } from "./name-table.js";
import { registersByName } from "../registers.js";

const DOT = 46, D0 = 48, D9 = 57;

/** Bits per `X ptr` size keyword. */
export const SIZE_KEYWORDS: ReadonlyMap<string, PtrSize> = new Map<string, PtrSize>([
  ["byte", 8], ["word", 16], ["dword", 32], ["fword", 48], ["qword", 64], ["tbyte", 80],
  ["xword", 80], ["oword", 128], ["xmmword", 128], ["ymmword", 256], ["zmmword", 512],
]);

export const PREFIXES: ReadonlyMap<string, Prefix> = new Map<string, Prefix>([
  ["lock", "lock"], ["rep", "rep"], ["repe", "repe"], ["repz", "repe"], ["repne", "repne"],
  ["repnz", "repne"],
]);

/** Directive spellings -> normalised directive. */
export const DIRECTIVES: ReadonlyMap<string, DirectiveName> = new Map<string, DirectiveName>([
  ["db", "db"], [".byte", "db"], ["dw", "dw"], [".word", "dw"], [".short", "dw"], [".2byte", "dw"],
  ["dd", "dd"], [".long", "dd"], [".int", "dd"], [".4byte", "dd"], ["dq", "dq"], [".quad", "dq"],
  [".8byte", "dq"], ["align", "align"], [".align", "align"], [".balign", "align"],
  [".p2align", "p2align"], [".set", "set"], [".equ", "set"], [".ascii", "ascii"], [".asciz", "asciz"], [".string", "asciz"],
  // Accepted and ignored: they change nothing for a single code section.
  [".text", "ignored"], [".intel_syntax", "ignored"], [".globl", "ignored"], [".global", "ignored"],
  [".type", "ignored"], [".size", "ignored"], [".section", "ignored"], [".file", "ignored"],
]);

// Keyword table flags. K_STRING: a string instruction (movsb...), whose explicit operands the
// fast path leaves to lowering.
export const K_REG = 1, K_SIZE = 2, K_PREFIX = 4, K_DIRECTIVE = 8, K_PTR = 16, K_MNEMONIC = 32, K_STRING = 64;
/** Label-table flag (the parser's table of label names): the name is defined as a label. */
export const LABEL_DEFINED = 1;
export const PREFIX_LIST: Prefix[] = ["lock", "rep", "repe", "repne"];
export const DIRECTIVE_LIST: DirectiveName[] = ["db", "dw", "dd", "dq", "ascii", "asciz", "align", "p2align", "ignored", "set"];

/** Registers, size keywords, prefixes, directives, `ptr` and (once added) mnemonics. */
export const keywords = new NameTable(2048);
for (const [name, reg] of registersByName) keywords.add(name, K_REG, 0, reg);
for (const [name, bits] of SIZE_KEYWORDS) keywords.add(name, K_SIZE, bits);
for (const [name, p] of PREFIXES) keywords.add(name, K_PREFIX, PREFIX_LIST.indexOf(p));
for (const [name, d] of DIRECTIVES) keywords.add(name, K_DIRECTIVE, DIRECTIVE_LIST.indexOf(d));
keywords.add("ptr", K_PTR);
for (const op of ["movs", "cmps", "stos", "lods", "scas"]) for (const w of "bwdq") keywords.add(op + w, K_STRING);

/**
 * Makes the scanner recognise these mnemonics without allocating, and attaches `info` to each
 * (handed on in InstructionStatement.info; the assembler stores its forms there). Unknown
 * mnemonics still parse (info null); lowering reports them.
 */
export function addMnemonics(entries: Iterable<readonly [string, object]>): void {
  for (const [name, info] of entries) keywords.add(name, K_MNEMONIC, 0, info);
}

export const TWO_POW_53 = 9007199254740992;
export const U64_MAX = (1n << 64n) - 1n;

// Character classes by code (ASCII only; anything else is no identifier character).
export const CH_START = 1, CH_PART = 2;
export const CHAR_CLASS = new Uint8Array(256);
/** Lowercase of each ASCII code (for keyword hashing). */
export const LOWER = new Uint8Array(256);
/** Lowercase of each identifier character, 0 for anything else (the scanner's one load per character). */
export const IDENT_LOWER = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (letter || c === 95 || c === DOT || c === 36 || c === 64 || c === 63) CHAR_CLASS[c] = CH_START | CH_PART;
  else if (c >= D0 && c <= D9) CHAR_CLASS[c] = CH_PART;
  LOWER[c] = c >= 65 && c <= 90 ? c | 32 : c;
  if (CHAR_CLASS[c] & CH_PART) IDENT_LOWER[c] = LOWER[c];
}

/** 1 for the first letters of register-shaped names (r x y z k, any case): see the parser's registerShapedAt. */
export const REGISTER_INITIAL = new Uint8Array(256);
for (const c of "rxyzkRXYZK") REGISTER_INITIAL[c.charCodeAt(0)] = 1;

export function isIdentStart(c: number): boolean {
  return (CHAR_CLASS[c] & CH_START) !== 0;
}
export function isIdentPart(c: number): boolean {
  return (CHAR_CLASS[c] & CH_PART) !== 0;
}
export function hexDigit(c: number): number {
  if (c >= D0 && c <= D9) return c - D0;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

