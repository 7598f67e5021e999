// The syntax tree of Intel-syntax assembly text, as produced by parser.ts and consumed by lower.ts.
// Requires nothing; every node carries the 1-based line and column of the token it came from,
// so any later stage can report an error at the exact spot. Registers carry their lowercase name
// and the register object; labels their name and a small id (per parse) for array lookups.

import type { Reg } from "../registers.js";

/** An integer constant: a JS number when it is exactly representable, else a bigint. */
export type IntValue = number | bigint;

/** `label`, `label + 4`, `12`, `-0x10`: at most one label plus a constant. */
export interface Expr {
  /** Constant part. */
  value: IntValue;
  /** Referenced label name (case kept), or null for a pure constant. */
  label: string | null;
  /** Id of the label (dense, per parse), or -1. */
  labelId: number;
  /** Column of the label reference (0 when there is none). */
  labelColumn: number;
}

/** Write mask and friends attached to an operand: `{k1}`, `{z}`, `{1to8}`. */
export interface Decorations {
  /** Mask register name ("k1".."k7", or "k0" which lowering rejects), or null. */
  mask: string | null;
  maskColumn: number;
  zeroing: boolean;
  zeroingColumn: number;
  /** N of `{1toN}` (memory operands only), 0 when absent. */
  broadcast: number;
  broadcastColumn: number;
}

export interface RegisterOperand {
  kind: "reg";
  /** Lowercase register name: "rax", "xmm3", "k1", "ah", "fs"... */
  name: string;
  reg: Reg;
  column: number;
  /** Column just past the operand text (for ranges in error carets). */
  endColumn: number;
  decorations: Decorations | null;
}

/** Operand size given by `byte ptr` ... `zmmword ptr`, in bits; 0 when omitted. */
export type PtrSize = 0 | 8 | 16 | 32 | 48 | 64 | 80 | 128 | 256 | 512;

export interface MemoryOperand {
  kind: "mem";
  size: PtrSize;
  /** Segment override register name ("fs", "gs", ...) or null. */
  segment: string | null;
  base: string | null;
  baseReg: Reg | null;
  baseColumn: number;
  index: string | null;
  indexReg: Reg | null;
  indexColumn: number;
  scale: number;
  scaleColumn: number;
  /** Displacement (constant part plus optional label; a label requires `rip` as base). */
  disp: Expr;
  dispColumn: number;
  /** Column of the '['. */
  bracketColumn: number;
  column: number;
  endColumn: number;
  decorations: Decorations | null;
}

export interface ImmediateOperand {
  kind: "imm";
  /** A constant, or a label reference (jump/call targets). */
  expr: Expr;
  column: number;
  endColumn: number;
}

/** Embedded rounding / suppress-all-exceptions: `{rn-sae}`, `{rd-sae}`, `{ru-sae}`, `{rz-sae}`, `{sae}`. */
export interface RoundingOperand {
  kind: "rounding";
  mode: "rn-sae" | "rd-sae" | "ru-sae" | "rz-sae" | "sae";
  column: number;
  endColumn: number;
}

export type Operand = RegisterOperand | MemoryOperand | ImmediateOperand | RoundingOperand;

/** Instruction prefixes, and the encoding pseudo-prefixes `{vex}`, `{vex3}`, `{evex}` (llvm-mc spellings). */
export type Prefix = "lock" | "rep" | "repe" | "repne" | "vex" | "vex3" | "evex";

export interface InstructionStatement {
  kind: "instruction";
  line: number;
  column: number;
  /** Lowercase mnemonic. */
  mnemonic: string;
  /** What the assembler attached to this mnemonic (see parser addMnemonics), or null when unknown. */
  info: object | null;
  mnemonicEndColumn: number;
  prefixes: Prefix[];
  operands: Operand[];
}

export interface LabelStatement {
  kind: "label";
  line: number;
  column: number;
  name: string;
  /** Dense per-parse id, shared with references (Expr.labelId). */
  id: number;
}

/** Directive names after normalising their spellings (".quad" -> "dq", ".balign" -> "align"...). */
export type DirectiveName = "db" | "dw" | "dd" | "dq" | "ascii" | "asciz" | "align" | "p2align" | "ignored" | "set";

export interface DirectiveStatement {
  kind: "directive";
  line: number;
  column: number;
  /** Normalised directive. */
  name: DirectiveName;
  /** The spelling used in the source, for messages. */
  spelling: string;
  args: Expr[];
  argColumns: number[];
  /** Per argument: the bytes of a string literal ("..." or '...', UTF-8, escapes resolved), else null. */
  strings: (Uint8Array | null)[];
}

export type Statement = InstructionStatement | LabelStatement | DirectiveStatement;
