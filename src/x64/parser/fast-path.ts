// The parser's fast path: common lines go from the scanner straight to a FastSink (the
// assembler, through lowering) with no statement, operand or expression objects. Requires the
// parser's scanner state (ScanState: the Parser itself) and the keyword tables. Guarantees: a line
// it does not take, or any line with an error, is handed back untouched (false, nothing passed
// on) and the full parser does it again, so errors and bytes are exactly the full path's.
// Functions over the parser rather than a base class: V8 runs this noticeably slower as a class
// hierarchy (measured, ~12%).

import { Mem, type Label, type MemSize } from "../operands.js";
import type { Reg } from "../registers.js";
import type { IntValue } from "./ast.js";
import type { NameTable } from "./name-table.js";
import * as tables from "./keywords.js";

// Imported bindings are re-read on every use; module constants are folded into the code.
const { CHAR_CLASS, CH_PART, CH_START, K_DIRECTIVE, LABEL_DEFINED, K_MNEMONIC, K_PREFIX, K_REG, K_SIZE, K_STRING, TWO_POW_53, hexDigit, keywords } = tables;
const STAR = 42, PLUS = 43, COMMA = 44, MINUS = 45, D0 = 48, D9 = 57, COLON = 58, LBRACKET = 91, RBRACKET = 93;

/** An operand the fast path hands on as is: a register, a memory operand, a label, an integer. */
export type FastOperand = Reg | Mem | Label | number;

/**
 * Optional direct consumer of the common lines (fast path, no syntax tree): a line holding only a
 * label definition, or a mnemonic with up to 4 plain operands (registers without decorations,
 * `[base + index*scale +- disp]` with an optional `X ptr`, decimal/hex integers, a lone label).
 * Every method may refuse (return false): the line is then parsed again by the full parser and
 * handed to the StatementSink, so errors come out exactly as without the fast path. A method that
 * refuses must have changed nothing.
 */
export interface FastSink {
  /** Encodes the instruction; false (nothing written) to have the line redone by the full path. */
  fastInstruction(info: object, mnemonic: string, line: number, n: number,
    o0: FastOperand | undefined, o1: FastOperand | undefined, o2: FastOperand | undefined, o3: FastOperand | undefined): boolean;
  /**
   * The operand for a reference to label `id` (first mention at line:column); `names.nameOf(id)`
   * spells it (valid until the next parse).
   */
  fastLabelRef(id: number, names: LabelNames, line: number, column: number): Label;
  /** Defines label `id` here; false (nothing changed) when the full path must report something. */
  fastLabel(id: number, names: LabelNames, line: number, column: number): boolean;
}

/** Label names by parser label id (made on demand: most labels never need their name spelled out). */
export interface LabelNames {
  nameOf(id: number): string;
}

/** The parser's scanner state the fast path reads and moves. */
export interface ScanState {
  readonly src: Uint8Array;
  pos: number;
  readonly line: number;
  readonly labels: NameTable;
  readonly constants: (IntValue | undefined)[];
  /** Set by readIdent: keyword entry (or -1), hash, start of the identifier. */
  readonly entry: number;
  readonly hash: number;
  readonly identStart: number;
  skipSpaces(): number;
  atEnd(c: number): boolean;
  readIdent(): void;
  /** readIdent without the keyword lookup (entry is stale until lookupIdent). */
  scanIdent(): void;
  lookupIdent(): void;
  col(p?: number): number;
  labelId(): number;
  registerShaped(): boolean;
}

// Per-line scratch (one line at a time; nothing here outlives fastLine).
/** Label id of the line's label operand (at most one), or -1; its column; its operand index; how many. */
let labelOp = -1, labelColumn = 0, labelSlot = 0, labelCount = 0;
/** The label operand is `[rip + label + disp]` of memBytes bytes (0 = unsized), not the label itself. */
let memLabel = false, memBytes = 0, memDisp = 0;
/**
 * Set when the fast path defined the line's label but then refused its instruction (which it had
 * parsed completely, so the line is well-formed): the full path then lowers that line without the label.
 */
let labelDone = false;

/** After fastLine returned false: whether it defined the line's label already. */
export function fastLabelDefined(): boolean {
  return labelDone;
}

/** Parses and hands on the line at pos when it is a common one; false otherwise (nothing handed on). */
export function fastLine(p: ScanState, fast: FastSink): boolean {
  labelDone = false;
  const src = p.src;
  let c = p.skipSpaces();
  if ((CHAR_CLASS[c] & CH_START) === 0) return false;
  const start = p.pos;
  p.scanIdent();
  if (src[p.pos] === COLON) {
    // `name:` alone on its line, or before an instruction (any name, even a keyword's, is a label here).
    const id = p.labelId(); // (the full path adds a new name here too)
    p.pos++;
    c = p.skipSpaces();
    if (p.atEnd(c)) return fastDefine(p, fast, id, start);
    if ((CHAR_CLASS[c] & CH_START) === 0) return false;
    p.readIdent();
    const m = p.entry;
    if (src[p.pos] === COLON || m < 0 || (keywords.flags[m] & (K_MNEMONIC | K_PREFIX | K_DIRECTIVE)) !== K_MNEMONIC) return false;
    return fastInstruction(p, fast, m, id, start);
  }
  p.lookupIdent();
  const e = p.entry;
  if (e < 0 || (keywords.flags[e] & (K_MNEMONIC | K_PREFIX | K_DIRECTIVE)) !== K_MNEMONIC) return false;
  return fastInstruction(p, fast, e, -1, 0);
}

/** Label `id` defined by the line at `start`, through the fast path. */
function fastDefine(p: ScanState, fast: FastSink, id: number, start: number): boolean {
  if (p.constants[id] !== undefined) return false;
  if (!fast.fastLabel(id, p.labels, p.line, p.col(start))) return false;
  p.labels.flags[id] = LABEL_DEFINED;
  return true;
}

/**
 * The rest of an instruction line whose mnemonic (keyword entry e) was just read; `define` is
 * the id of a label written before the mnemonic at column of `defineStart`, or -1.
 */
function fastInstruction(p: ScanState, fast: FastSink, e: number, define: number, defineStart: number): boolean {
  const info = keywords.data[e] as object;
  const string = (keywords.flags[e] & K_STRING) !== 0;
  labelOp = -1;
  labelCount = 0;
  memLabel = false;
  let o0: FastOperand | undefined, o1: FastOperand | undefined, o2: FastOperand | undefined, o3: FastOperand | undefined;
  let n = 0;
  let c = p.skipSpaces();
  if (!p.atEnd(c)) {
    if (string) return false;
    for (;;) {
      const labelsBefore = labelCount;
      const op = fastOperand(p, c);
      if (op === null) return false;
      if (labelCount !== labelsBefore) {
        if (labelsBefore !== 0) return false; // two labels: leave it to the full path
        labelSlot = n;
      }
      if (n === 0) o0 = op; else if (n === 1) o1 = op; else if (n === 2) o2 = op; else if (n === 3) o3 = op; else return false;
      n++;
      c = p.skipSpaces();
      if (c === COMMA) { p.pos++; c = p.skipSpaces(); continue; }
      if (p.atEnd(c)) break;
      return false;
    }
  }
  if (define >= 0) {
    if (!fastDefine(p, fast, define, defineStart)) return false;
    labelDone = true;
  }
  const labelId = labelOp;
  if (labelId >= 0) {
    let l: FastOperand = fast.fastLabelRef(labelId, p.labels, p.line, labelColumn);
    if (memLabel) {
      try {
        l = new Mem(memBytes as MemSize, l, null, 1, memDisp, 0, 0, 0);
      } catch {
        return false; // the full path words the error
      }
    }
    const k = labelSlot;
    if (k === 0) o0 = l; else if (k === 1) o1 = l; else if (k === 2) o2 = l; else o3 = l;
  }
  return fast.fastInstruction(info, keywords.names[e], p.line, n, o0, o1, o2, o3);
}


/** One plain operand at pos (first character c); null when the full parser must do it. */
function fastOperand(p: ScanState, c: number): FastOperand | null {
  const src = p.src;
  if (c === LBRACKET) return fastMemory(p, 0);
  if (c >= D0 && c <= D9) return fastNumber(p, false);
  if (c === MINUS) {
    p.pos++;
    const d = p.skipSpaces();
    if (d < D0 || d > D9) return null;
    return fastNumber(p, true);
  }
  if ((CHAR_CLASS[c] & CH_START) === 0) return null;
  const start = p.pos;
  p.readIdent();
  const e = p.entry;
  if (e >= 0) {
    const flags = keywords.flags[e];
    if (flags & K_REG) return keywords.data[e] as Reg;
    if ((flags & K_SIZE) === 0) return null;
    const size = keywords.values[e];
    if (size === 48) return null;
    if (p.skipSpaces() === LBRACKET) return fastMemory(p, size);
    // `ptr` (any case), compared in place rather than looked up.
    const q = p.pos;
    if ((src[q] | 32) !== 112 || (src[q + 1] | 32) !== 116 || (src[q + 2] | 32) !== 114 || (CHAR_CLASS[src[q + 3]] & CH_PART) !== 0) return null;
    p.pos = q + 3;
    if (p.skipSpaces() !== LBRACKET) return null;
    return fastMemory(p, size);
  }
  // A label: jump/call target.
  if (p.registerShaped()) return null;
  const id = p.labelId();
  if (p.constants[id] !== undefined) return null;
  labelOp = id;
  labelCount++;
  labelColumn = p.col(start);
  return 0; // placeholder, replaced by the label once the line is complete
}

/** A decimal or 0x-hex integer below 2^53 at pos; null otherwise. */
function fastNumber(s: ScanState, negative: boolean): number | null {
  const src = s.src;
  let p = s.pos;
  let v = 0;
  let c = src[p];
  if (c === D0 && (src[p + 1] | 32) === 120) {
    p += 2;
    const first = p;
    let d: number;
    while ((d = hexDigit(src[p])) >= 0) { v = v * 16 + d; p++; }
    if (p === first) return null;
  } else {
    while (c >= D0 && c <= D9) { v = v * 10 + (c - D0); c = src[++p]; }
  }
  c = src[p];
  if (((CHAR_CLASS[c] & CH_PART) !== 0) || v >= TWO_POW_53) return null;
  s.pos = p;
  return negative && v !== 0 ? -v : v;
}

/** `[base + index*scale +- disp]` at pos ('['): 64-bit base, index not rsp; or `[rip +- disp]`, `[rip + label +- disp]`; null otherwise. */
function fastMemory(p: ScanState, bits: number): Mem | number | null {
  const src = p.src;
  p.pos++;
  let c = p.skipSpaces();
  if ((CHAR_CLASS[c] & CH_START) === 0) return null;
  p.readIdent();
  let e = p.entry;
  if (e < 0 || (keywords.flags[e] & K_REG) === 0) return null;
  const base = keywords.data[e] as Reg;
  const rip = base.kind === "rip";
  if ((base.kind !== "gp64" && !rip) || base.size !== 8) return null; // (eip: the full path)
  let label = false;
  let index: Reg | null = null;
  let scale = 1;
  let disp = 0;
  let haveDisp = false;
  for (;;) {
    c = p.skipSpaces();
    if (c === RBRACKET) break;
    let negative: boolean;
    if (c === PLUS) negative = false;
    else if (c === MINUS) negative = true;
    else return null;
    p.pos++;
    c = p.skipSpaces();
    if (c >= D0 && c <= D9) {
      if (haveDisp) return null;
      const v = fastNumber(p, negative);
      if (v === null) return null;
      disp = v;
      haveDisp = true;
      continue;
    }
    if (negative || index !== null || (CHAR_CLASS[c] & CH_START) === 0) return null;
    const termStart = p.pos;
    p.readIdent();
    e = p.entry;
    if (e < 0 && rip && !label && labelCount === 0) {
      // `[rip + label]`: the label is resolved once the line is complete (fastInstruction).
      if (p.registerShaped()) return null;
      const id = p.labelId();
      if (p.constants[id] !== undefined) return null;
      labelOp = id;
      labelCount++;
      labelColumn = p.col(termStart);
      label = true;
      continue;
    }
    if (rip || e < 0 || (keywords.flags[e] & K_REG) === 0) return null;
    index = keywords.data[e] as Reg;
    if (index.kind !== "gp64" || index.id === 4) return null;
    if (p.skipSpaces() === STAR) {
      p.pos++;
      c = p.skipSpaces();
      const n = src[p.pos + 1];
      if ((c !== D0 + 1 && c !== D0 + 2 && c !== D0 + 4 && c !== D0 + 8) || (CHAR_CLASS[n] & CH_PART) !== 0) return null;
      scale = c - D0;
      p.pos++;
    }
  }
  p.pos++; // ']'
  if (disp < -2147483648 || disp > 2147483647) return null;
  if (label) {
    memLabel = true;
    memBytes = bits >>> 3;
    memDisp = disp;
    return 0; // placeholder, replaced once the label is resolved
  }
  try {
    return new Mem((bits >>> 3) as MemSize, base, index, scale, disp, 0, 0, 0);
  } catch {
    return null; // the full path words the error
  }
}
