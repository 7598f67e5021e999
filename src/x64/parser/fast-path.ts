// The parser's fast path: common lines go from the scanner straight to a FastSink (the
// assembler, through lowering) with no statement, operand or expression objects. Requires the
// parser's scanner state (ScanState: the Parser itself) and the keyword tables. Guarantees: a line
// it does not take, or any line with an error, is handed back untouched (false, nothing passed
// on) and the full parser does it again, so errors and bytes are exactly the full path's.
// One function over the parser's scanner state, with the position in a local and the scanning
// loops written out: V8 inlines only so much into one function (measured: split into a function
// per operand kind, the calls between them cost ~20-25 ns an instruction); rare or long cases are
// calls (numbers, memory operand construction, label bookkeeping).

import { Mem, type Label, type MemSize } from "../operands.js";
import type { Reg } from "../registers.js";
import type { IntValue } from "./ast.js";
import type { NameTable } from "./name-table.js";
import * as tables from "./keywords.js";

// Imported bindings are re-read on every use; module constants are folded into the code.
const { CHAR_CLASS, CH_PART, CH_START, IDENT_LOWER, K_DIRECTIVE, LABEL_DEFINED, K_MNEMONIC, K_PREFIX, K_REG, K_SIZE, K_STRING, REGISTER_INITIAL, TWO_POW_53, hexDigit, keywords } = tables;
const TAB = 9, LF = 10, CR = 13, SPACE = 32, HASH = 35, STAR = 42, PLUS = 43, COMMA = 44, MINUS = 45, SLASH = 47, D0 = 48, D9 = 57,
  COLON = 58, SEMI = 59, LBRACKET = 91, RBRACKET = 93;
const K_KIND = K_MNEMONIC | K_PREFIX | K_DIRECTIVE;

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
  /** Start of the line on entry; on success, somewhere in the line before its end. */
  pos: number;
  readonly line: number;
  readonly labels: NameTable;
  readonly constants: (IntValue | undefined)[];
  col(p?: number): number;
  /** True when src[start, end) looks like a register that does not exist (r16, xmm32, k8). */
  registerShapedAt(start: number, end: number): boolean;
}

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
  let pos = p.pos;
  let c = src[pos];
  while (c === SPACE || c === TAB) c = src[++pos];
  if ((CHAR_CLASS[c] & CH_START) === 0) return false;
  let start = pos;
  let h = 0, w = 0, f = 0;
  while ((f = IDENT_LOWER[src[pos]]) !== 0) { h = (Math.imul(h, 31) + f) | 0; w = (w << 8) | f; pos++; }
  let define = -1, defineStart = 0;
  if (src[pos] === COLON) {
    // `name:` alone on its line, or before an instruction (any name, even a keyword's, is a label here).
    define = p.labels.findOrAddExact(src, start, pos, h); // (the full path adds a new name here too)
    defineStart = start;
    c = src[++pos];
    while (c === SPACE || c === TAB) c = src[++pos];
    if (c === 0 || c === LF || c === CR || c === SEMI || c === HASH || (c === SLASH && src[pos + 1] === SLASH)) {
      p.pos = pos;
      return fastDefine(p, fast, define, start);
    }
    if ((CHAR_CLASS[c] & CH_START) === 0) return false;
    start = pos;
    h = 0; w = 0;
    while ((f = IDENT_LOWER[src[pos]]) !== 0) { h = (Math.imul(h, 31) + f) | 0; w = (w << 8) | f; pos++; }
    if (src[pos] === COLON) return false;
  }
  const m = keywords.findFolded(src, start, pos, h, w);
  if (m < 0 || (keywords.flags[m] & K_KIND) !== K_MNEMONIC) return false;

  // Operands. At most one label among them (the full path does two), resolved once the line is complete.
  let o0: FastOperand | undefined, o1: FastOperand | undefined, o2: FastOperand | undefined, o3: FastOperand | undefined;
  let n = 0;
  let labelOp = -1, labelColumn = 0, labelSlot = 0;
  /** The label operand is `[rip + label + disp]` of memBytes bytes (0 = unsized), not the label itself. */
  let memLabel = false, memBytes = 0, memDisp = 0;
  c = src[pos];
  while (c === SPACE || c === TAB) c = src[++pos];
  if (!(c === 0 || c === LF || c === CR || c === SEMI || c === HASH || (c === SLASH && src[pos + 1] === SLASH))) {
    if ((keywords.flags[m] & K_STRING) !== 0) return false;
    for (;;) {
      let op: FastOperand;
      let bits = -1; // >= 0: a memory operand of that many bits (0 = unsized) starts at '['
      if ((CHAR_CLASS[c] & CH_START) !== 0) {
        start = pos;
        h = 0; w = 0;
        while ((f = IDENT_LOWER[src[pos]]) !== 0) { h = (Math.imul(h, 31) + f) | 0; w = (w << 8) | f; pos++; }
        const e = keywords.findFolded(src, start, pos, h, w);
        if (e >= 0) {
          const flags = keywords.flags[e];
          if ((flags & K_REG) !== 0) op = keywords.data[e] as Reg;
          else {
            if ((flags & K_SIZE) === 0) return false;
            bits = keywords.values[e];
            if (bits === 48) return false;
            c = src[pos];
            while (c === SPACE || c === TAB) c = src[++pos];
            if (c !== LBRACKET) {
              // `ptr` (any case), compared in place rather than looked up.
              if ((c | 32) !== 112 || (src[pos + 1] | 32) !== 116 || (src[pos + 2] | 32) !== 114 || (CHAR_CLASS[src[pos + 3]] & CH_PART) !== 0) return false;
              pos += 3;
              c = src[pos];
              while (c === SPACE || c === TAB) c = src[++pos];
              if (c !== LBRACKET) return false;
            }
            op = 0; // (set below)
          }
        } else {
          // A label: jump/call target.
          if (labelOp >= 0 || (REGISTER_INITIAL[src[start]] !== 0 && p.registerShapedAt(start, pos))) return false;
          const id = p.labels.findOrAddExact(src, start, pos, h);
          if (p.constants[id] !== undefined) return false;
          labelOp = id;
          labelSlot = n;
          labelColumn = p.col(start);
          op = 0; // placeholder, replaced by the label once the line is complete
        }
      } else if (c === LBRACKET) {
        bits = 0;
        op = 0;
      } else {
        let negative = false;
        if (c === MINUS) {
          negative = true;
          c = src[++pos];
          while (c === SPACE || c === TAB) c = src[++pos];
        }
        if (c < D0 || c > D9) return false;
        let v = 0;
        if (c !== D0) {
          // Decimal immediates read here (measured faster than the call); 0... by scanNumber.
          while (c >= D0 && c <= D9) { v = v * 10 + (c - D0); c = src[++pos]; }
          if ((CHAR_CLASS[c] & CH_PART) !== 0 || v >= TWO_POW_53) return false;
        } else {
          v = scanNumber(src, pos);
          if (v !== v) return false;
          pos = numberEnd;
        }
        op = negative && v !== 0 ? -v : v;
      }
      if (bits >= 0) {
        // `[base + index*scale +- disp]`: 64-bit base, index not rsp; or `[rip +- disp]`, `[rip + label +- disp]`.
        // One loop reads every term (the base first), so the identifier code is here once.
        pos++; // '['
        let base: Reg | null = null;
        let rip = false;
        let label = false;
        let index: Reg | null = null;
        let scale = 1;
        let disp = 0;
        let haveDisp = false;
        for (;;) {
          c = src[pos];
          while (c === SPACE || c === TAB) c = src[++pos];
          let negative = false;
          if (base !== null) {
            // After the base: `]`, or `+`/`-` and a term.
            if (c === RBRACKET) break;
            if (c === MINUS) negative = true;
            else if (c !== PLUS) return false;
            c = src[++pos];
            while (c === SPACE || c === TAB) c = src[++pos];
            if (c >= D0 && c <= D9) {
              if (haveDisp) return false;
              const v = scanNumber(src, pos);
              if (v !== v) return false;
              pos = numberEnd;
              disp = negative && v !== 0 ? -v : v;
              haveDisp = true;
              continue;
            }
            if (negative || index !== null) return false;
          }
          if ((CHAR_CLASS[c] & CH_START) === 0) return false;
          start = pos;
          h = 0; w = 0;
          while ((f = IDENT_LOWER[src[pos]]) !== 0) { h = (Math.imul(h, 31) + f) | 0; w = (w << 8) | f; pos++; }
          const e = keywords.findFolded(src, start, pos, h, w);
          if (base === null) {
            if (e < 0 || (keywords.flags[e] & K_REG) === 0) return false;
            base = keywords.data[e] as Reg;
            rip = base.kind === "rip";
            if ((base.kind !== "gp64" && !rip) || base.size !== 8) return false; // (eip: the full path)
            continue;
          }
          if (e < 0 && rip && !label && labelOp < 0) {
            // `[rip + label]`: the label is resolved once the line is complete.
            if (REGISTER_INITIAL[src[start]] !== 0 && p.registerShapedAt(start, pos)) return false;
            const id = p.labels.findOrAddExact(src, start, pos, h);
            if (p.constants[id] !== undefined) return false;
            labelOp = id;
            labelSlot = n;
            labelColumn = p.col(start);
            label = true;
            continue;
          }
          if (rip || e < 0 || (keywords.flags[e] & K_REG) === 0) return false;
          index = keywords.data[e] as Reg;
          if (index.kind !== "gp64" || index.id === 4) return false;
          c = src[pos];
          while (c === SPACE || c === TAB) c = src[++pos];
          if (c === STAR) {
            c = src[++pos];
            while (c === SPACE || c === TAB) c = src[++pos];
            if ((c !== D0 + 1 && c !== D0 + 2 && c !== D0 + 4 && c !== D0 + 8) || (CHAR_CLASS[src[pos + 1]] & CH_PART) !== 0) return false;
            scale = c - D0;
            pos++;
          }
        }
        pos++; // ']'
        if (disp < -2147483648 || disp > 2147483647) return false;
        if (label) {
          memLabel = true;
          memBytes = bits >>> 3;
          memDisp = disp;
          op = 0; // placeholder, replaced once the label is resolved
        } else {
          const mem = memOf(bits >>> 3, base as Reg, index, scale, disp);
          if (mem === null) return false;
          op = mem;
        }
      }
      if (n === 0) o0 = op; else if (n === 1) o1 = op; else if (n === 2) o2 = op; else if (n === 3) o3 = op; else return false;
      n++;
      c = src[pos];
      while (c === SPACE || c === TAB) c = src[++pos];
      if (c === COMMA) {
        c = src[++pos];
        while (c === SPACE || c === TAB) c = src[++pos];
        continue;
      }
      if (c === 0 || c === LF || c === CR || c === SEMI || c === HASH || (c === SLASH && src[pos + 1] === SLASH)) break;
      return false;
    }
  }
  p.pos = pos;
  if (define >= 0) {
    if (!fastDefine(p, fast, define, defineStart)) return false;
    labelDone = true;
  }
  if (labelOp >= 0) {
    let l: FastOperand = fast.fastLabelRef(labelOp, p.labels, p.line, labelColumn);
    if (memLabel) {
      const mem = memOf(memBytes, l, null, 1, memDisp);
      if (mem === null) return false; // the full path words the error
      l = mem;
    }
    const k = labelSlot;
    if (k === 0) o0 = l; else if (k === 1) o1 = l; else if (k === 2) o2 = l; else o3 = l;
  }
  return fast.fastInstruction(keywords.data[m] as object, keywords.names[m], p.line, n, o0, o1, o2, o3);
}

/** Label `id` defined by the line at `start`, through the fast path. */
function fastDefine(p: ScanState, fast: FastSink, id: number, start: number): boolean {
  if (p.constants[id] !== undefined) return false;
  if (!fast.fastLabel(id, p.labels, p.line, p.col(start))) return false;
  p.labels.flags[id] = LABEL_DEFINED;
  return true;
}

/** A memory operand, or null when Mem refuses it (the full path then words the error). */
function memOf(bytes: number, base: Reg | Label, index: Reg | null, scale: number, disp: number): Mem | null {
  try {
    return new Mem(bytes as MemSize, base, index, scale, disp, 0, 0, 0);
  } catch {
    return null;
  }
}

/** End of the number scanNumber read last. */
let numberEnd = 0;

/**
 * A decimal or 0x-hex integer below 2^53 at p (ending at numberEnd); NaN otherwise. Decimal is
 * read here and hex out of line, which keeps this small enough for V8 to inline at both call sites.
 */
function scanNumber(src: Uint8Array, p: number): number {
  let c = src[p];
  if (c === D0 && (src[p + 1] | 32) === 120) return scanHex(src, p + 2);
  let v = 0;
  while (c >= D0 && c <= D9) { v = v * 10 + (c - D0); c = src[++p]; }
  if ((CHAR_CLASS[c] & CH_PART) !== 0 || v >= TWO_POW_53) return NaN;
  numberEnd = p;
  return v;
}

/** The digits of a 0x number at p, as scanNumber. */
function scanHex(src: Uint8Array, p: number): number {
  const first = p;
  let v = 0;
  let d: number;
  while ((d = hexDigit(src[p])) >= 0) { v = v * 16 + d; p++; }
  if (p === first || (CHAR_CLASS[src[p]] & CH_PART) !== 0 || v >= TWO_POW_53) return NaN;
  numberEnd = p;
  return v;
}
