// Intel-syntax parser: source text -> statements (ast.ts), one line at a time.
// Requires the keyword tables (keywords.ts: registers tell `rax` from a label). A hand-rolled
// scanner over the source as bytes: no regular expressions, no token objects; identifiers are
// hashed while read and looked up without making strings. With a FastSink, common lines go
// through fast-path.ts without any syntax tree; the rest (and any line it refuses) comes here.
// Guarantees: every statement and operand carries its line and column; a line with a syntax error
// yields no statement, and parsing continues on the next line so one run reports every bad line.

import type {
  Decorations, DirectiveName, DirectiveStatement, Expr, InstructionStatement, IntValue,
  MemoryOperand, Operand, Prefix, PtrSize, Statement,
} from "./ast.js";
import { AsmError } from "./asm-error.js";
import { NameTable, tailOf } from "./name-table.js";
import type { Reg } from "../registers.js";
import * as tables from "./keywords.js";

// Imported bindings are re-read on every use; module constants are folded into the code.
const { CHAR_CLASS, CH_PART, CH_START, DIRECTIVE_LIST, IDENT_LOWER, LABEL_DEFINED, K_DIRECTIVE, K_MNEMONIC, K_PREFIX, K_PTR, K_REG, K_SIZE, K_STRING, LOWER, PREFIX_LIST, REGISTER_INITIAL, TWO_POW_53, U64_MAX, hexDigit, isIdentPart, isIdentStart, keywords } = tables;
export { addMnemonics } from "./keywords.js";
import { fastLabelDefined, fastLine, type FastSink } from "./fast-path.js";
export type { FastOperand, FastSink, LabelNames } from "./fast-path.js";

export interface ParseResult {
  statements: Statement[];
  errors: AsmError[];
}

/** Receives each statement of a valid line, in order (statements of a bad line never arrive). */
export type StatementSink = (statement: Statement) => void;

// Character codes used by the scanner.
const TAB = 9, LF = 10, CR = 13, SPACE = 32, HASH = 35, LPAREN = 40, RPAREN = 41, STAR = 42,
  PLUS = 43, COMMA = 44, MINUS = 45, DOT = 46, SLASH = 47, D0 = 48, D9 = 57, COLON = 58,
  SEMI = 59, LBRACKET = 91, RBRACKET = 93, LBRACE = 123, RBRACE = 125, TILDE = 126,
  DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92;

const SEGMENTS: ReadonlySet<string> = new Set(["es", "cs", "ss", "ds", "fs", "gs"]);

const ROUNDING = new Map<string, "rn-sae" | "rd-sae" | "ru-sae" | "rz-sae" | "sae">([
  ["rn-sae", "rn-sae"], ["rd-sae", "rd-sae"], ["ru-sae", "ru-sae"], ["rz-sae", "rz-sae"], ["sae", "sae"],
]);

function addInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (s <= TWO_POW_53 && s >= -TWO_POW_53) return s;
  }
  return normalize(BigInt(a) + BigInt(b));
}
function mulInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const p = a * b;
    if (p <= TWO_POW_53 && p >= -TWO_POW_53) return p;
  }
  return normalize(BigInt(a) * BigInt(b));
}
function negInt(a: IntValue): IntValue {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : normalize(-a);
}
/** Back to a number when exactly representable. */
function normalize(v: bigint): IntValue {
  return v <= 9007199254740992n && v >= -9007199254740992n ? Number(v) : v;
}

/** Parses a whole source text. Never throws for bad input: errors are returned, positioned. */
export function parse(source: string): ParseResult {
  const statements: Statement[] = [];
  const errors = parseStream(source, (s) => { statements.push(s); });
  return { statements, errors };
}

/**
 * Parses `source`, handing each statement of each valid line to `sink` as soon as its line is
 * complete (so a consumer can lower it at once and nothing of the tree outlives its line).
 * Returns the syntax errors, one per bad line.
 */
export function parseStream(source: string, sink: StatementSink, fast: FastSink | null = null): AsmError[] {
  return new Parser(source, sink, fast).run();
}

class Parser {
  /** The source text (for slicing names and messages). */
  private readonly text: string;
  /** The source as one byte per UTF-16 unit (ASCII as is, others 0xFF), plus a 0 sentinel: scanned instead of the string. */
  readonly src: Uint8Array;
  private readonly sink: StatementSink;
  private readonly fast: FastSink | null;
  pos = 0;
  line = 1;
  private lineStart = 0;
  /** Statements of the current line (first `count`), handed to the sink when the line ends without error. */
  private readonly statements: Statement[] = [];
  private count = 0;
  private readonly errors: AsmError[] = [];
  /** Scratch result of readIdent: start of the identifier (this.pos is its end). */
  identStart = 0;
  /** Scratch result of readIdent: keyword-table entry, or -1. */
  entry = -1;
  /** Scratch result of readIdent: hash of the identifier (lowercase), for the label table. */
  hash = 0;
  /** Scratch result of readIdent: its last (up to) four characters, lowercase, packed (NameTable's `tail`). */
  tail = 0;
  /** Label names of this source, by id (case-sensitive). */
  readonly labels: NameTable;
  /** Constants (`.set`, `.equ`, `=`, `equ`) by label-table id; undefined when the name is no constant. */
  readonly constants: (IntValue | undefined)[] = [];
  /** Numeric local labels: how many times each `N:` has been defined so far. */
  private readonly localCount = new Map<string, number>();

  constructor(text: string, sink: StatementSink, fast: FastSink | null) {
    this.fast = fast;
    this.text = text;
    this.src = toBytes(text);
    // Sized for about one label per 64 characters of source, so it rarely grows; an earlier
    // parse's table is reused when large enough and not much larger (making one costs more than
    // a short parse, clearing a huge one too).
    const capacity = Math.max(32, text.length >>> 6);
    let labels: NameTable | null = null;
    for (let i = 0; i < spareLabels.length; i++) {
      const t = spareLabels[i];
      if (t.capacity >= capacity && t.capacity <= capacity * 8) { labels = t; spareLabels.splice(i, 1); t.clear(); break; }
    }
    this.labels = labels ?? new NameTable(capacity, { exact: true });
    this.sink = sink;
  }

  run(): AsmError[] {
    const src = this.src;
    const n = this.text.length;
    const statements = this.statements;
    const fast = this.fast;
    while (this.pos < n) {
      this.count = 0;
      if (fast !== null && fastLine(this, fast)) {
        // done: the fast path consumed the line
      } else try {
        this.pos = this.lineStart;
        this.parseLine();
        // When the fast path defined this line's label already, lower the rest only.
        const first = fast !== null && fastLabelDefined() ? 1 : 0;
        for (let i = first; i < this.count; i++) this.sink(statements[i]);
      } catch (e) {
        if (!(e instanceof AsmError)) throw e;
        this.errors.push(e); // an invalid line contributes nothing
      }
      // Advance to the start of the next line.
      let p = this.pos;
      while (p < n && src[p] !== LF) p++;
      this.pos = p + 1;
      this.line++;
      this.lineStart = this.pos;
    }
    // Nothing keeps the table (statements hold names and ids only; lowering asks LabelNames only
    // until the next parse).
    spareLabels.unshift(this.labels);
    if (spareLabels.length > 2) spareLabels.pop();
    if (this.src.length <= 1 << 22) spareBytes = this.src;
    return this.errors;
  }

  // ---- scanner primitives ----------------------------------------------------------------

  col(p: number = this.pos): number {
    return p - this.lineStart + 1;
  }

  fail(message: string, p: number = this.pos, length = 1): never {
    throw new AsmError(message, this.line, this.col(p), length);
  }

  private skipSpaces(): number {
    const src = this.src;
    let p = this.pos;
    let c = src[p];
    while (c === SPACE || c === TAB) c = src[++p];
    this.pos = p;
    return c;
  }

  /** True at a line break, end of text, or a comment (`;`, `#`, `//`). */
  private atEnd(c: number): boolean {
    return c === 0 /* end of text (sentinel) */ || c === LF || c === CR || c === SEMI || c === HASH ||
      (c === SLASH && this.src[this.pos + 1] === SLASH);
  }

  /** Reads an identifier at pos: sets identStart, pos (its end) and entry (keyword index or -1). */
  private readIdent(): void {
    this.scanIdent();
    this.entry = keywords.findFolded(this.src, this.identStart, this.pos, this.hash, this.tail);
  }

  /** readIdent without the keyword lookup: sets identStart, pos, hash and tail (entry is left as it was). */
  private scanIdent(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    let h = 0, w = 0;
    let f: number;
    while ((f = IDENT_LOWER[src[p]]) !== 0) {
      h = (Math.imul(h, 31) + f) | 0;
      w = (w << 8) | f;
      p++;
    }
    this.pos = p;
    this.identStart = start;
    this.hash = h;
    this.tail = w;
  }

  /** Flags of the last identifier's keyword entry (0 when it is not a keyword). */
  private identFlags(): number {
    return this.entry < 0 ? 0 : keywords.flags[this.entry];
  }

  /** The last identifier as written. */
  private identText(): string {
    return this.text.slice(this.identStart, this.pos);
  }

  /**
   * Label id of the `n`-th definition (0-based) of numeric local label `digits`; the key contains
   * a character no identifier has, so it never meets a named label.
   */
  private localLabelId(digits: string, n: number): number {
    const key = `${digits}:${n}`;
    const id = this.labels.lookup(key, 0, key.length);
    return id >= 0 ? id : this.labels.add(key, 0);
  }

  /** `1b` / `1f` at pos (digits then b or f, not followed by an identifier character): sets xLabel; false if not one. */
  private scanLocalRef(): boolean {
    const src = this.src;
    const start = this.pos;
    let p = start;
    while (src[p] >= D0 && src[p] <= D9) p++;
    const d = src[p];
    if ((d !== 98 && d !== 102) || isIdentPart(src[p + 1])) return false;
    const digits = this.text.slice(start, p);
    const defined = this.localCount.get(digits) ?? 0;
    if (d === 98 && defined === 0) this.fail(`'${digits}b' refers back to a label '${digits}:' but none comes before it`, start, p + 1 - start);
    this.xValue = 0;
    this.xLabel = this.localLabelId(digits, d === 98 ? defined - 1 : defined);
    this.xLabelColumn = this.col(start);
    this.xLocalName = this.text.slice(start, p + 1);
    this.pos = p + 1;
    return true;
  }

  /** True when the last identifier looks like a register that does not exist (r16, xmm32, k8). */
  private registerShaped(): boolean {
    return this.entry < 0 ? this.registerShapedAt(this.identStart, this.pos) : registerShapedName(keywords.names[this.entry]);
  }

  /** True when src[start, end) looks like a register that does not exist (r16, xmm32, k8). */
  registerShapedAt(start: number, end: number): boolean {
    return REGISTER_INITIAL[this.src[start]] !== 0 && REGISTER_SHAPE.test(this.text.slice(start, end).toLowerCase());
  }

  /** True when a register name starts at p (looked up without moving pos). */
  private registerAt(p: number): boolean {
    const src = this.src;
    const start = p;
    let h = 0;
    let c = src[p];
    while ((CHAR_CLASS[c] & CH_PART) !== 0) {
      h = (Math.imul(h, 31) + LOWER[c]) | 0;
      c = src[++p];
    }
    if (p === start) return false;
    const e = keywords.findFolded(src, start, p, h, tailOf(src, start, p));
    return e >= 0 && (keywords.flags[e] & K_REG) !== 0;
  }

  /** Name of label `id` for messages: `1f`/`1b` spelled as written for numeric local labels. */
  private labelName(id: number): string {
    const name = this.labels.nameOf(id);
    return name.indexOf(":") >= 0 ? this.xLocalName || name.slice(0, name.indexOf(":")) : name;
  }

  /** Id of the last identifier as a label (added on first sight). */
  private labelId(): number {
    return this.labels.findOrAddExact(this.src, this.identStart, this.pos, this.hash);
  }

  /** The last identifier in lowercase (canonical string when it is a keyword). */
  private identLower(): string {
    return this.entry >= 0 ? keywords.names[this.entry] : this.identText().toLowerCase();
  }

  /** Reads an integer literal at pos: 123, 0x7f, 0b101, 0o17, 0FFh. */
  private readNumber(): IntValue {
    const src = this.src;
    const start = this.pos;
    let p = start;
    let c = src[p];
    const c1 = src[p + 1];
    if (c === D0 && (c1 === 120 || c1 === 88)) { // 0x
      p += 2;
      let v = 0;
      let digits = 0;
      let d: number;
      while ((d = hexDigit(src[p])) >= 0) { v = v * 16 + d; p++; digits++; }
      if (digits === 0) this.fail("expected hex digits after '0x'", start, 2);
      return this.finishNumber(start, p, v, 16, start + 2, p);
    }
    if (c === D0 && (c1 === 98 || c1 === 66) && !isHexRunH(src, p)) { // 0b
      p += 2;
      let v = 0;
      const s = p;
      while ((c = src[p]) === D0 || c === D0 + 1) { v = v * 2 + (c - D0); p++; }
      if (p === s) this.fail("expected binary digits after '0b'", start, 2);
      return this.finishNumber(start, p, v, 2, s, p);
    }
    if (c === D0 && (c1 === 111 || c1 === 79)) { // 0o
      p += 2;
      let v = 0;
      const s = p;
      while ((c = src[p]) >= D0 && c <= D0 + 7) { v = v * 8 + (c - D0); p++; }
      if (p === s) this.fail("expected octal digits after '0o'", start, 2);
      return this.finishNumber(start, p, v, 8, s, p);
    }
    // Decimal, or hex with a trailing h (0FFh, 1Ah).
    let v = 0;
    while ((c = src[p]) >= D0 && c <= D9) { v = v * 10 + (c - D0); p++; }
    if (hexDigit(c) >= 0 || c === 104 || c === 72) {
      let q = p;
      while (hexDigit(src[q]) >= 0) q++;
      const h = src[q];
      if ((h === 104 || h === 72) && !isIdentPart(src[q + 1])) {
        let hv = 0;
        for (let i = start; i < q; i++) hv = hv * 16 + hexDigit(src[i]);
        return this.finishNumber(start, q + 1, hv, 16, start, q);
      }
    }
    return this.finishNumber(start, p, v, 10, start, p);
  }

  /**
   * Checks the literal ends cleanly and returns its value; `v` was accumulated in floating point,
   * so from 2^53 on the digits [digitsStart, digitsEnd) in `radix` are re-read exactly as a bigint.
   */
  private finishNumber(start: number, end: number, v: number, radix: number, digitsStart: number, digitsEnd: number): IntValue {
    if (isIdentPart(this.src[end])) {
      let q = end;
      while (isIdentPart(this.src[q])) q++;
      this.fail(`invalid number '${this.text.slice(start, q)}'`, start, q - start);
    }
    this.pos = end;
    if (v < TWO_POW_53) return v;
    const digits = this.text.slice(digitsStart, digitsEnd);
    const big = BigInt(radix === 16 ? "0x" + digits : radix === 2 ? "0b" + digits : radix === 8 ? "0o" + digits : digits);
    if (big > U64_MAX) this.fail("number does not fit in 64 bits", start, end - start);
    return normalize(big);
  }

  // ---- statements ------------------------------------------------------------------------

  private parseLine(): void {
    const src = this.src;
    let c = this.skipSpaces();
    if (this.atEnd(c)) return;
    // Labels: `name:` (any number of them) before an instruction or directive.
    for (;;) {
      const start = this.pos;
      if (c === LBRACE) {
        // Encoding pseudo-prefix before the mnemonic: {vex} {vex2} {vex3} {evex}.
        const close = this.text.indexOf("}", start);
        const name = close < 0 ? "" : this.text.slice(start + 1, close).trim().toLowerCase();
        const p: Prefix | undefined = name === "vex" || name === "vex2" ? "vex" : name === "vex3" ? "vex3" : name === "evex" ? "evex" : undefined;
        if (p === undefined) this.fail(`unknown pseudo-prefix '${close < 0 ? "{" : this.text.slice(start, close + 1)}'; allowed: {vex}, {vex3}, {evex}`, start, close < 0 ? 1 : close + 1 - start);
        this.pos = close + 1;
        c = this.skipSpaces();
        if (!isIdentStart(c)) this.fail(`expected an instruction after '{${name}}'`);
        this.readIdent();
        return this.parseInstruction(this.identStart, p);
      }
      if (!isIdentStart(c)) {
        if (c >= D0 && c <= D9) {
          // GNU numeric local label `1:` (referenced as 1b / 1f).
          let p = start;
          while (src[p] >= D0 && src[p] <= D9) p++;
          if (src[p] !== COLON) this.fail(`expected an instruction, directive or label, found '${this.text.slice(start, p)}'`, start, p - start);
          const digits = this.text.slice(start, p);
          const n = this.localCount.get(digits) ?? 0;
          this.localCount.set(digits, n + 1);
          const id = this.localLabelId(digits, n);
          this.pos = p + 1;
          this.statements[this.count++] = { kind: "label", line: this.line, column: this.col(start), name: digits, id };
          c = this.skipSpaces();
          if (this.atEnd(c)) return;
          continue;
        }
        this.fail(`expected an instruction, directive or label, found '${this.text[start]}'`, start);
      }
      this.readIdent();
      if (this.src[this.pos] === COLON) {
        const id = this.labelId();
        if (this.constants[id] !== undefined) this.fail(`'${this.labels.nameOf(id)}' is a constant; it cannot also be a label`, start, this.pos - start);
        this.labels.flags[id] = LABEL_DEFINED;
        this.pos++;
        this.statements[this.count++] = { kind: "label", line: this.line, column: this.col(start), name: this.labels.nameOf(id), id };
        c = this.skipSpaces();
        if (this.atEnd(c)) return;
        continue;
      }
      const flags = this.identFlags();
      if (flags & K_DIRECTIVE) {
        const d = DIRECTIVE_LIST[keywords.values[this.entry]];
        if (d === "set") return this.parseSet(this.identText());
        return this.parseDirective(d, this.identText(), start);
      }
      // `NAME = expr` and NASM `NAME equ expr`: constants.
      if ((flags & (K_MNEMONIC | K_PREFIX | K_REG)) === 0) {
        const nameStart = this.identStart, nameEnd = this.pos, nameHash = this.hash;
        const d = this.skipSpaces();
        let isConst = d === 61 /* = */ && src[this.pos + 1] !== 61;
        if (!isConst && isIdentStart(d)) {
          const save = this.pos;
          this.readIdent();
          isConst = this.pos - save === 3 && (this.text.slice(save, this.pos).toLowerCase() === "equ");
          if (!isConst) this.pos = save;
        }
        if (isConst) {
          if (d === 61) this.pos++;
          return this.defineConstant(nameStart, nameEnd, nameHash);
        }
        this.identStart = nameStart; this.pos = nameEnd; this.hash = nameHash;
        this.entry = keywords.findFolded(src, nameStart, nameEnd, nameHash, tailOf(src, nameStart, nameEnd));
      }
      if (this.src[start] === DOT) this.fail(`unknown directive '${this.identText()}'`, start, this.pos - start);
      return this.parseInstruction(start);
    }
  }

  /** At the end of the mnemonic (already read by readIdent) that starts at `start`. */
  private parseInstruction(start: number, encoding: Prefix | null = null): void {
    const line = this.line;
    let prefixes: Prefix[] = encoding === null ? NO_PREFIXES : [encoding];
    let mnemonicStart = start;
    while (this.identFlags() & K_PREFIX) {
      const prefix = PREFIX_LIST[keywords.values[this.entry]];
      const c = this.skipSpaces();
      if (this.atEnd(c)) break; // a lone `rep`/`lock`: lowering reports it
      if (!isIdentStart(c)) this.fail(`expected an instruction after prefix '${prefix}'`);
      if (prefixes === NO_PREFIXES) prefixes = [];
      prefixes.push(prefix);
      mnemonicStart = this.pos;
      this.readIdent();
    }
    const mnemonic = this.identLower();
    const info = (this.identFlags() & K_MNEMONIC) !== 0 ? keywords.data[this.entry] as object : null;
    const mnemonicEnd = this.pos;
    const operands: Operand[] = [];
    let c = this.skipSpaces();
    if (!this.atEnd(c)) {
      for (;;) {
        operands.push(this.parseOperand());
        c = this.skipSpaces();
        if (c === COMMA) { this.pos++; continue; }
        if (this.atEnd(c)) break;
        this.fail(`unexpected '${this.text[this.pos]}' after operand; expected ',' or end of line`);
      }
    }
    const stmt: InstructionStatement = {
      kind: "instruction", line, column: this.col(mnemonicStart), mnemonic, info,
      mnemonicEndColumn: this.col(mnemonicEnd), prefixes, operands,
    };
    this.statements[this.count++] = stmt;
  }

  private parseDirective(name: DirectiveName, spelling: string, start: number): void {
    const args: Expr[] = [];
    const argColumns: number[] = [];
    const strings: (Uint8Array | null)[] = [];
    const takesStrings = name === "db" || name === "ascii" || name === "asciz";
    let c = this.skipSpaces();
    if (name === "ignored") {
      // Skip the rest of the line (section names, symbol names...).
      const src = this.src;
      let p = this.pos;
      while (p < this.text.length && src[p] !== LF) p++;
      this.pos = p;
    } else if (!this.atEnd(c)) {
      for (;;) {
        c = this.skipSpaces();
        argColumns.push(this.col());
        if (c === DQUOTE || c === SQUOTE) {
          if (!takesStrings) this.fail(`${spelling} takes numbers, not strings (use db or .ascii)`);
          strings.push(this.parseString());
          args.push({ value: 0, label: null, labelId: -1, labelColumn: 0 });
        } else {
          if (name === "ascii" || name === "asciz") this.fail(`${spelling} takes strings in quotes`);
          strings.push(null);
          args.push(this.parseExpr());
        }
        c = this.skipSpaces();
        if (c === COMMA) { this.pos++; continue; }
        if (this.atEnd(c)) break;
        this.fail(`unexpected '${this.text[this.pos]}' in ${spelling}; expected ',' or end of line`);
      }
    }
    const stmt: DirectiveStatement = {
      kind: "directive", line: this.line, column: this.col(start), name, spelling, args, argColumns, strings,
    };
    this.statements[this.count++] = stmt;
  }

  /** `.set NAME, expr` / `.equ NAME, expr`. */
  private parseSet(spelling: string): void {
    const c = this.skipSpaces();
    if (!isIdentStart(c)) this.fail(`${spelling} needs a name, then ',' and a value`);
    this.readIdent();
    const nameStart = this.identStart, nameEnd = this.pos, nameHash = this.hash;
    if (this.identFlags() & (K_REG | K_MNEMONIC)) this.fail(`'${this.identText()}' is a register or instruction name, not a constant name`, nameStart, nameEnd - nameStart);
    if (this.skipSpaces() !== COMMA) this.fail(`expected ',' after the name in ${spelling}`);
    this.pos++;
    this.defineConstant(nameStart, nameEnd, nameHash);
  }

  /** Evaluates the rest of the line as a constant expression and binds the name at [nameStart, nameEnd). */
  private defineConstant(nameStart: number, nameEnd: number, nameHash: number): void {
    const valueStart = this.skipSpaces() === 0 ? this.pos : this.pos;
    if (this.atEnd(this.src[this.pos])) this.fail("expected a value");
    this.scanExpr();
    if (this.xLabel >= 0) this.fail(`a constant must be a number; '${this.labelName(this.xLabel)}' is a label (or a constant defined later)`, valueStart, this.pos - valueStart);
    const value = this.xValue;
    const c = this.skipSpaces();
    if (!this.atEnd(c)) this.fail(`unexpected '${this.text[this.pos]}' after the value`);
    // The name lives in the label table, so a constant and a label cannot share it.
    const saveStart = this.identStart, savePos = this.pos, saveHash = this.hash;
    this.identStart = nameStart; this.pos = nameEnd; this.hash = nameHash;
    const id = this.labelId();
    this.identStart = saveStart; this.pos = savePos; this.hash = saveHash;
    if (this.labels.flags[id] === LABEL_DEFINED) this.fail(`'${this.labels.nameOf(id)}' is already a label`, nameStart, nameEnd - nameStart);
    this.constants[id] = value;
  }

  /** A "..." or '...' literal at pos: its UTF-8 bytes, escapes \n \t \r \0 \\ \" \' \xHH \NNN resolved. */
  private parseString(): Uint8Array {
    const text = this.text;
    const start = this.pos;
    const quote = text.charCodeAt(start);
    const out: number[] = [];
    let p = start + 1;
    for (;;) {
      if (p >= text.length || text.charCodeAt(p) === LF) this.fail("missing closing quote", start, p - start);
      const c = text.charCodeAt(p);
      if (c === quote) { p++; break; }
      if (c === BACKSLASH) {
        const e = text.charCodeAt(p + 1);
        p += 2;
        if (e === 110) out.push(10);
        else if (e === 116) out.push(9);
        else if (e === 114) out.push(13);
        else if (e === 92 || e === DQUOTE || e === SQUOTE) out.push(e);
        else if (e === 120) { // \xHH
          let v = 0, k = 0;
          while (k < 2 && hexDigit(text.charCodeAt(p)) >= 0) { v = v * 16 + hexDigit(text.charCodeAt(p)); p++; k++; }
          if (k === 0) this.fail("\\x needs hex digits", p - 2, 2);
          out.push(v);
        } else if (e >= D0 && e <= D0 + 7) { // \NNN octal (\0 included)
          let v = e - D0, k = 1;
          while (k < 3 && text.charCodeAt(p) >= D0 && text.charCodeAt(p) <= D0 + 7) { v = v * 8 + text.charCodeAt(p) - D0; p++; k++; }
          if (v > 255) this.fail("octal escape above \\377", p - k - 1, k + 1);
          out.push(v);
        } else this.fail(`unknown escape '\\${String.fromCharCode(e)}'; allowed: \\n \\t \\r \\0 \\\\ \\" \\' \\xHH \\NNN`, p - 2, 2);
        continue;
      }
      if (c < 128) { out.push(c); p++; continue; }
      // Non-ASCII: UTF-8 of the code point (surrogate pairs included).
      const cp = text.codePointAt(p)!;
      for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
      p += cp > 0xffff ? 2 : 1;
    }
    this.pos = p;
    return Uint8Array.from(out);
  }

  // ---- operands --------------------------------------------------------------------------

  private parseOperand(): Operand {
    const src = this.src;
    const c = this.skipSpaces();
    const start = this.pos;
    if (c === LBRACKET) return this.parseMemory(0, null, start);
    if (c === LBRACE) return this.parseRounding();
    if (isIdentStart(c)) {
      this.readIdent();
      const flags = this.identFlags();
      if (flags & K_SIZE) {
        const size = keywords.values[this.entry] as PtrSize;
        const nameEnd = this.pos;
        let d = this.skipSpaces();
        if (isIdentStart(d)) {
          const save = this.pos;
          this.readIdent();
          if (!(this.identFlags() & K_PTR)) this.pos = save;
          d = this.skipSpaces();
        }
        let segment: string | null = null;
        if (isIdentStart(d)) {
          const segStart = this.pos;
          this.readIdent();
          segment = this.identLower();
          if (!SEGMENTS.has(segment) || src[this.pos] !== COLON) {
            this.fail(`expected '[' after '${this.text.slice(start, nameEnd)}'`, segStart, this.pos - segStart);
          }
          this.pos++;
          d = this.skipSpaces();
        }
        if (d !== LBRACKET) this.fail(`expected '[' after '${this.text.slice(start, nameEnd)}'`);
        return this.parseMemory(size, segment, start);
      }
      if (flags & K_REG) {
        const lower = this.identLower();
        if (src[this.pos] === COLON && SEGMENTS.has(lower)) {
          this.pos++;
          if (this.skipSpaces() !== LBRACKET) this.fail(`expected '[' after segment '${lower}:'`);
          return this.parseMemory(0, lower, start);
        }
        const endColumn = this.col();
        const reg = keywords.data[this.entry] as Reg;
        return { kind: "reg", name: lower, reg, column: this.col(start), endColumn, decorations: this.parseDecorations(false) };
      }
      if (this.registerShaped()) this.fail(`unknown register '${this.identText()}'`, start, this.pos - start);
      // A label (jump/call target), possibly `label + 4`.
      this.pos = start;
    }
    const expr = this.parseExpr();
    return { kind: "imm", expr, column: this.col(start), endColumn: this.col() };
  }

  private parseRounding(): Operand {
    const start = this.pos;
    const close = this.text.indexOf("}", start);
    const lineEnd = this.lineEnd();
    if (close < 0 || close > lineEnd) this.fail("missing '}'", start);
    const text = this.text.slice(start + 1, close).trim().toLowerCase();
    const mode = ROUNDING.get(text);
    if (mode === undefined) {
      this.fail(`unknown rounding '{${text}}'; allowed: {rn-sae}, {rd-sae}, {ru-sae}, {rz-sae}, {sae}`, start, close + 1 - start);
    }
    this.pos = close + 1;
    return { kind: "rounding", mode, column: this.col(start), endColumn: this.col() };
  }

  private lineEnd(): number {
    const nl = this.text.indexOf("\n", this.pos);
    return nl < 0 ? this.text.length : nl;
  }

  /** `{k1}`, `{z}`, `{1to8}` after an operand; null when there are none. */
  private parseDecorations(memory: boolean): Decorations | null {
    let c = this.skipSpaces();
    if (c !== LBRACE) return null;
    const src = this.src;
    const deco: Decorations = {
      mask: null, maskColumn: 0, zeroing: false, zeroingColumn: 0, broadcast: 0, broadcastColumn: 0,
    };
    while (c === LBRACE) {
      const start = this.pos;
      let p = start + 1;
      while (src[p] === SPACE) p++;
      const s = p;
      while (isIdentPart(src[p]) || src[p] === MINUS) p++;
      const text = this.text.slice(s, p).toLowerCase();
      while (src[p] === SPACE) p++;
      if (src[p] !== RBRACE) this.fail("missing '}' after decoration", start, p - start);
      const len = p + 1 - start;
      const col = this.col(start);
      if (text.length === 2 && text.charCodeAt(0) === 107 && text.charCodeAt(1) >= D0 && text.charCodeAt(1) <= D0 + 7) {
        if (deco.mask !== null) this.fail("more than one write mask", start, len);
        deco.mask = text;
        deco.maskColumn = col;
      } else if (text === "z") {
        deco.zeroing = true;
        deco.zeroingColumn = col;
      } else if (text.startsWith("1to")) {
        const n = Number(text.slice(3));
        if (!memory) this.fail("broadcast {1toN} applies to a memory operand only", start, len);
        if (n !== 2 && n !== 4 && n !== 8 && n !== 16 && n !== 32) this.fail(`bad broadcast '{${text}}'; allowed: {1to2}, {1to4}, {1to8}, {1to16}, {1to32}`, start, len);
        deco.broadcast = n;
        deco.broadcastColumn = col;
      } else if (ROUNDING.has(text)) {
        this.fail(`rounding '{${text}}' is written as a separate last operand: ', {${text}}'`, start, len);
      } else {
        this.fail(`unknown decoration '{${text}}'; allowed: {k1}..{k7}, {z}, {1toN}`, start, len);
      }
      this.pos = p + 1;
      c = this.skipSpaces();
    }
    return deco;
  }

  /** `[base + index*scale + disp]` at pos (which is at '['). */
  private parseMemory(size: PtrSize, segment: string | null, start: number): MemoryOperand {
    const src = this.src;
    const bracketColumn = this.col();
    this.pos++; // '['
    let base: string | null = null, baseColumn = 0, baseReg: Reg | null = null;
    let index: string | null = null, indexColumn = 0, indexReg: Reg | null = null;
    let scale = 1, scaleColumn = 0;
    let value: IntValue = 0;
    let label: string | null = null, labelColumn = 0, labelId = -1;
    let dispColumn = 0;
    let negative = false;
    let first = true;
    for (;;) {
      let c = this.skipSpaces();
      if (c === RBRACKET) {
        if (first) this.fail("empty memory operand");
        break;
      }
      if (!first) {
        if (c === PLUS) negative = false;
        else if (c === MINUS) negative = true;
        else if (this.atEnd(c)) this.fail("missing ']'");
        else this.fail(`unexpected '${this.text[this.pos]}' in memory operand; expected '+', '-' or ']'`);
        this.pos++;
        c = this.skipSpaces();
      } else if (c === MINUS || c === PLUS) {
        negative = c === MINUS;
        this.pos++;
        c = this.skipSpaces();
      }
      first = false;
      const termStart = this.pos;
      if (isIdentStart(c)) {
        this.readIdent();
        if (this.identFlags() & K_REG) {
          const lower = this.identLower();
          const reg = keywords.data[this.entry] as Reg;
          const regLen = this.pos - termStart;
          if (negative) this.fail(`register '${this.identText()}' cannot be subtracted in an address`, termStart, regLen);
          if (SEGMENTS.has(lower) && src[this.pos] === COLON) {
            this.fail(`write the segment before the bracket: '${lower}:[...]'`, termStart, regLen + 1);
          }
          if (this.skipSpaces() === STAR) {
            this.pos++;
            this.skipSpaces();
            const sc = this.pos;
            this.scanFactor();
            if (this.xLabel >= 0) this.fail("scale must be a constant: 1, 2, 4 or 8", sc, this.pos - sc);
            if (index !== null) this.fail("more than one index register", termStart, regLen);
            index = lower; indexReg = reg; indexColumn = this.col(termStart);
            scale = checkScale(this, this.xValue, sc, this.pos - sc); scaleColumn = this.col(sc);
          } else if (base === null) {
            base = lower; baseReg = reg; baseColumn = this.col(termStart);
          } else if (index === null) {
            index = lower; indexReg = reg; indexColumn = this.col(termStart);
            scale = 1; scaleColumn = 0;
          } else {
            this.fail("too many registers in address; at most a base and an index", termStart, regLen);
          }
          continue;
        }
        // A constant: a number term (also `CONST*index`).
        {
          const save = this.pos;
          const id = this.labels.findExact(src, this.identStart, this.pos, this.hash);
          const k = id >= 0 ? this.constants[id] : undefined;
          if (k !== undefined) {
            if (this.skipSpaces() === STAR) {
              indexReg = this.scaledIndex(negative, index !== null, termStart);
              index = this.identLower(); indexColumn = this.xIndexColumn;
              scale = checkScale(this, k, termStart, save - termStart); scaleColumn = this.col(termStart);
              continue;
            }
            value = addInt(value, negative ? negInt(k) : k);
            if (dispColumn === 0) dispColumn = this.col(termStart);
            continue;
          }
        }
        // A label in the displacement.
        const name = this.identText();
        if (this.registerShaped()) this.fail(`unknown register '${name}'`, termStart, name.length);
        if (label !== null) this.fail("at most one label in an address", termStart, this.pos - termStart);
        if (negative) this.fail(`label '${name}' cannot be subtracted`, termStart, this.pos - termStart);
        if (this.skipSpaces() === STAR) this.fail(`label '${name}' cannot be multiplied`, termStart, this.pos - termStart);
        this.pos = termStart + name.length;
        labelId = this.labelId();
        label = this.labels.nameOf(labelId); labelColumn = this.col(termStart);
        if (dispColumn === 0) dispColumn = labelColumn;
        continue;
      }
      if ((c >= D0 && c <= D9) || c === LPAREN || c === MINUS || c === TILDE) {
        this.scanFactorChain();
        if (this.xLabel >= 0) {
          // A numeric local label reference (`[rip + 1f]`).
          if (label !== null) this.fail("at most one label in an address", termStart, this.pos - termStart);
          if (negative) this.fail("a label cannot be subtracted", termStart, this.pos - termStart);
          labelId = this.xLabel; label = this.labelName(labelId); labelColumn = this.xLabelColumn;
          if (dispColumn === 0) dispColumn = labelColumn;
          continue;
        }
        let v = this.xValue;
        // `8*rcx`: a constant times a register is scale*index.
        if (this.skipSpaces() === STAR) {
          indexReg = this.scaledIndex(negative, index !== null, termStart);
          index = this.identLower(); indexColumn = this.xIndexColumn;
          scale = checkScale(this, v, termStart, this.xIndexStart - termStart); scaleColumn = this.col(termStart);
          continue;
        }
        if (negative) v = negInt(v);
        value = addInt(value, v);
        if (dispColumn === 0) dispColumn = this.col(termStart);
        continue;
      }
      if (this.atEnd(c)) this.fail("missing ']'");
      this.fail(`unexpected '${this.text[this.pos]}' in memory operand`);
    }
    this.pos++; // ']'
    const endColumn = this.col();
    return {
      kind: "mem", size, segment, base, baseReg, baseColumn, index, indexReg, indexColumn, scale, scaleColumn,
      disp: { value, label, labelId, labelColumn }, dispColumn, bracketColumn, column: this.col(start), endColumn,
      decorations: this.parseDecorations(true),
    };
  }

  // ---- expressions -----------------------------------------------------------------------

  /** `term (('+'|'-') term)*` with at most one label (added with a plus sign), as an Expr. */
  private parseExpr(): Expr {
    this.scanExpr();
    const id = this.xLabel;
    return { value: this.xValue, label: id < 0 ? null : this.labelName(id), labelId: id, labelColumn: this.xLabelColumn };
  }

  // Expression scanning returns its result in these scratch fields (no object per term):
  /** Value of the last scanned expression/term. */
  private xValue: IntValue = 0;
  /** Label id in it, or -1. */
  /**
   * At the '*' of `SCALE*index` in an address: reads the index register after it and checks that
   * it may be one here. Leaves the register's name as the current identifier and its position in
   * xIndexStart / xIndexColumn.
   */
  private scaledIndex(negative: boolean, hasIndex: boolean, termStart: number): Reg {
    this.pos++;
    this.skipSpaces();
    const regStart = this.pos;
    if (!isIdentStart(this.src[regStart])) this.fail("expected an index register after '*'");
    this.readIdent();
    if (!(this.identFlags() & K_REG)) this.fail(`expected an index register after '*', found '${this.identText()}'`, regStart, this.pos - regStart);
    if (negative) this.fail("an index register cannot be subtracted", termStart, this.pos - termStart);
    if (hasIndex) this.fail("more than one index register", regStart, this.pos - regStart);
    this.xIndexStart = regStart;
    this.xIndexColumn = this.col(regStart);
    return keywords.data[this.entry] as Reg;
  }
  private xIndexStart = 0;
  private xIndexColumn = 0;
  private xLabel = -1;
  private xLabelColumn = 0;
  /** Display name of a numeric local label reference (`1f`), when xLabel is one. */
  private xLocalName = "";

  private scanExpr(): void {
    let value: IntValue = 0;
    let labelColumn = 0;
    let labelId = -1;
    let negative = false;
    for (let first = true; ; first = false) {
      let c = this.skipSpaces();
      if (!first) {
        if (c === PLUS) negative = false;
        else if (c === MINUS) negative = true;
        else break;
        this.pos++;
        c = this.skipSpaces();
      }
      const termStart = this.pos;
      this.scanFactorChain();
      if (this.xLabel >= 0) {
        if (labelId >= 0) this.fail("at most one label in an expression", termStart, this.pos - termStart);
        if (negative) this.fail(`label '${this.labelName(this.xLabel)}' cannot be subtracted`, termStart, this.pos - termStart);
        labelId = this.xLabel;
        labelColumn = this.xLabelColumn;
      }
      const v = this.xValue;
      value = typeof value === "number" && typeof v === "number" && !negative && value === 0 ? v : addInt(value, negative ? negInt(v) : v);
    }
    this.xValue = value; this.xLabel = labelId; this.xLabelColumn = labelColumn;
  }

  /** `factor ('*' factor)*` where a label may not be multiplied. */
  private scanFactorChain(): void {
    const start = this.pos;
    this.scanFactor();
    for (;;) {
      const save = this.pos;
      if (this.skipSpaces() !== STAR) { this.pos = save; return; }
      // `8*rcx` belongs to the memory parser: leave the '*' when a register follows.
      let p = this.pos + 1;
      while (this.src[p] === SPACE || this.src[p] === TAB) p++;
      if (this.registerAt(p)) { this.pos = save; return; }
      const left = this.xValue, leftLabel = this.xLabel;
      this.pos++;
      this.skipSpaces();
      this.scanFactor();
      if (leftLabel >= 0 || this.xLabel >= 0) this.fail("a label cannot be multiplied", start, this.pos - start);
      this.xValue = mulInt(left, this.xValue);
    }
  }

  /** A number, a label, `-factor`, `~factor` or `(expr)`. */
  private scanFactor(): void {
    const c = this.skipSpaces();
    const start = this.pos;
    if (c >= D0 && c <= D9) {
      if (this.scanLocalRef()) return;
      this.xValue = this.readNumber(); this.xLabel = -1; return;
    }
    if (c === MINUS || c === TILDE) {
      this.pos++;
      this.scanFactor();
      if (this.xLabel >= 0) this.fail(`label '${this.labelName(this.xLabel)}' cannot be negated`, start, this.pos - start);
      this.xValue = c === MINUS ? negInt(this.xValue) : addInt(negInt(this.xValue), -1);
      return;
    }
    if (c === PLUS) { this.pos++; this.scanFactor(); return; }
    if (c === LPAREN) {
      this.pos++;
      this.scanExpr();
      if (this.skipSpaces() !== RPAREN) this.fail("missing ')'");
      this.pos++;
      return;
    }
    if (isIdentStart(c)) {
      this.readIdent();
      const flags = this.identFlags();
      if (flags & K_REG) this.fail(`register '${this.identText()}' is not allowed in an expression`, start, this.pos - start);
      if (flags & K_SIZE) this.fail(`'${this.identText()} ptr' must be followed by a memory operand '[...]'`, start, this.pos - start);
      const id = this.labelId();
      const k = this.constants[id];
      if (k !== undefined) { this.xValue = k; this.xLabel = -1; return; }
      this.xValue = 0;
      this.xLabel = id;
      this.xLabelColumn = this.col(start);
      return;
    }
    if (this.atEnd(c)) this.fail("expected an operand");
    this.fail(`unexpected '${this.text[this.pos]}'; expected a number, label, register or '['`);
  }
}

const NO_PREFIXES: Prefix[] = [];

/** A label table of a finished parse, kept for the next one. */
/** Label tables of earlier parses (two: sources of very different sizes may alternate). */
const spareLabels: NameTable[] = [];
/** The source buffer of a finished parse (up to 4 MB), kept for the next one. */
let spareBytes: Uint8Array | null = null;

const encoder = new TextEncoder();

/**
 * One byte per UTF-16 code unit, then a 0 sentinel: ASCII text maps 1:1 (so columns are unchanged);
 * any other character becomes 0xFF, which no token accepts. Byte reads are about twice as fast as
 * charCodeAt here.
 */
function toBytes(text: string): Uint8Array {
  const n = text.length;
  // The previous parse's buffer when large enough (bytes after the sentinel are never read).
  let bytes = spareBytes;
  spareBytes = null;
  if (bytes === null || bytes.length < n + 1) bytes = new Uint8Array(n + 1);
  const { read, written } = encoder.encodeInto(text, bytes);
  if (read !== n || written !== n) { // not pure ASCII: redo by hand
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      bytes[i] = c < 128 ? c : 0xff;
    }
  }
  bytes[n] = 0;
  return bytes;
}

/** Names shaped like a register that is not one (r16, xmm32, k8): reported, not taken as labels. */
const REGISTER_SHAPE = /^(?:r[0-9]+[bwdl]?|[xyz]mm[0-9]+|k[0-9]+)$/;

/** registerShapedAt for a lowercase name. */
function registerShapedName(name: string): boolean {
  return REGISTER_INITIAL[name.charCodeAt(0)] === 1 && REGISTER_SHAPE.test(name);
}


/** True when the alphanumeric run at p ends in 'h' and is all hex digits (so `0bh` is hex 0xB). */
function isHexRunH(src: Uint8Array, p: number): boolean {
  while (hexDigit(src[p]) >= 0) p++;
  const c = src[p];
  return (c === 104 || c === 72) && !isIdentPart(src[p + 1]);
}

function checkScale(parser: { fail(m: string, p?: number, l?: number): never }, v: IntValue, at: number, length: number): number {
  if (v === 1 || v === 2 || v === 4 || v === 8) return v;
  return parser.fail(`bad scale ${String(v)}; allowed: 1, 2, 4, 8`, at, length);
}
