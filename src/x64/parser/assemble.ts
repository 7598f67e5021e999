// The text assembler: Intel-syntax source -> machine code, in one call.
// Pipeline: parser.ts (scanner + syntax tree, one line at a time) -> lower.ts (operands, labels,
// directives) -> Assembler (form selection, encoding, branch relaxation, alignment) -> finalize.
// Requires the x64 Assembler and its form table. Guarantees: on any error the result has no
// bytes (size 0) and lists every error with line:column; otherwise the bytes are those of the
// whole program with labels resolved, and `features` lists the CPU extensions the code needs
// (loadCode refuses the result on a CPU that lacks one, see cpu-features.ts).

import { Assembler } from "../assembler.js";
import { CodeEmitter } from "../../code/code-emitter.js";
import type { Label, Rounding } from "../operands.js";
import type { Operand } from "../modrm.js";
import type { FormRecord } from "../table.js";
import type { InstructionStatement, Prefix, Statement } from "./ast.js";
import { AsmError } from "./asm-error.js";
import { LabelSlots, Lowering, type LoweringListener, type LoweringTarget, type TargetOperand } from "./lower.js";
import { addMnemonics, parseStream } from "./parser.js";
import { EncodeError } from "../encode-error.js";
import { vectorCompareAliases } from "../forms/vector-aliases.js";
import "../cpu-features.js"; // registers loadCode's CPU-feature check for results carrying `features`

export interface AssembleOptions {
  /**
   * "relax" (default, like llvm-mc and GNU as): branches start short and grow when needed.
   * "near-forward": forward branches always rel32 (a single-pass assembler's output).
   */
  branches?: "relax" | "near-forward";
  /** Also report each instruction's final offset and size (for listings such as `jitkit asm --hex`). */
  listing?: boolean;
}

/** One instruction of a listing: where it came from and where its bytes are. */
export interface ListedInstruction {
  line: number;
  column: number;
  offset: number;
  size: number;
}

export interface AssembleResult {
  /** The machine code; empty when there are errors. */
  readonly bytes: Uint8Array;
  /** Every error, sorted by line and column; empty on success. */
  readonly errors: AsmError[];
  /** CPU features the code needs (cpuid names such as "AVX2", "AVX512F"). */
  readonly features: string[];
  /** Per-instruction offsets, when `listing` was asked for and there are no errors. */
  readonly instructions: ListedInstruction[] | null;
  /**
   * Offsets of 8-byte absolute addresses (`dq label`): `bytes` holds zeros there; `toBytes(base)`
   * fills them for code placed at `base` (loadCode does this).
   */
  readonly relocations: number[];
  /** Code size in bytes (so `loadCode(result, signature)` works: a CodeProducer). */
  readonly size: number;
  toBytes(baseAddress?: bigint): Uint8Array;
}

const table = Assembler.table;

/** What the scanner hands back for a mnemonic: its forms, and for a compare pseudo-mnemonic the immediate to append. */
interface MnemonicInfo {
  readonly name: string;
  readonly forms: FormRecord[];
  /** Predicate of a compare pseudo-mnemonic (cmpltps = cmpps ..., 1), or -1. */
  readonly imm: number;
  /**
   * The Assembler's own method for the mnemonic (`a.add(...)`), which remembers the form chosen per
   * operand shape; null when an Assembler member hides it (inst() then selects each time).
   */
  readonly method: InstructionMethod | null;
}

type InstructionMethod = (this: Assembler, o0: Operand, o1: Operand, o2: Operand, o3: Operand) => Assembler;

/** The per-mnemonic method Assembler installs for `name`, or null when a member of its own shadows it. */
function methodOf(name: string): InstructionMethod | null {
  const proto = Assembler.prototype as unknown as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(proto, name) || name in CodeEmitter.prototype) return null;
  const m = proto[name];
  return typeof m === "function" ? m as InstructionMethod : null;
}

{
  const entries: [string, MnemonicInfo][] = [];
  for (const [name, forms] of table.byMnemonic) entries.push([name, { name, forms, imm: -1, method: methodOf(name) }]);
  for (const [name, { base, imm }] of vectorCompareAliases()) {
    const forms = table.byMnemonic.get(base);
    if (forms !== undefined && !table.byMnemonic.has(name)) entries.push([name, { name: base, forms, imm, method: methodOf(base) }]);
  }
  addMnemonics(entries);
}

/** Adapts the Assembler to what lowering needs. */
class AssemblerTarget implements LoweringTarget {
  constructor(readonly a: Assembler) {}
  newLabel(): Label { return this.a.newLabel(); }
  bind(label: Label): void { this.a.bind(label); }
  formsOf(info: object): readonly FormRecord[] { return (info as MnemonicInfo).forms; }
  data(bytes: Uint8Array): void { this.a.db(bytes); }
  addressOf(label: Label): void { this.a.dq(label); }
  align(alignment: number): void { this.a.align(alignment); }
  emitPlain(info: object, n: number, o0: TargetOperand | undefined, o1: TargetOperand | undefined,
    o2: TargetOperand | undefined, o3: TargetOperand | undefined): void {
    const m = info as MnemonicInfo;
    if (m.imm >= 0) {
      // Compare pseudo-mnemonic: its predicate is the last operand.
      if (n === 0) o0 = m.imm; else if (n === 1) o1 = m.imm; else if (n === 2) o2 = m.imm; else if (n === 3) o3 = m.imm;
      else throw new EncodeError(m.name, "too many operands (5); x86 instructions take at most 4", [], 4);
    }
    const method = m.method;
    if (method !== null) method.call(this.a, o0 as Operand, o1 as Operand, o2 as Operand, o3 as Operand);
    else this.a.inst(m.forms, m.name, o0 as Operand, o1 as Operand, o2 as Operand, o3 as Operand, null);
  }
  emit(info: object, ops: TargetOperand[], rounding: Rounding | null, prefixes: readonly Prefix[]): void {
    const m = info as MnemonicInfo;
    if (m.imm >= 0) ops.push(m.imm);
    const mnemonic = m.name;
    const list = m.forms;
    const a = this.a;
    let forms = list;
    for (let i = 0; i < prefixes.length; i++) {
      const p = prefixes[i];
      if (p === "vex" || p === "evex") forms = onlyFamily(list, p, mnemonic);
      else if (p === "vex3") throw new EncodeError(mnemonic, "{vex3} (a forced 3-byte VEX prefix) is not supported; {vex} and {evex} are", [], -1);
      else if (p === "lock") a.lock(); else if (p === "repne") a.repne(); else a.rep();
    }
    if (ops.length > 4) {
      throw new EncodeError(`${mnemonic}`, `too many operands (${ops.length}); x86 instructions take at most 4`, [], 4);
    }
    try {
      a.inst(forms, mnemonic, ops[0], ops[1], ops[2], ops[3], rounding);
    } catch (e) {
      a.lockPrefix = 0; // a refused `lock` instruction must not leave its prefix to the next one
      throw e;
    }
  }
}

const VEX_FAMILY = 1, EVEX_FAMILY = 2; // FormRecord.family values (table.ts Family)
const familyLists = { vex: new Map<FormRecord[], FormRecord[]>(), evex: new Map<FormRecord[], FormRecord[]>() };

/** The forms of one encoding family (`{vex}` / `{evex}`), cached per mnemonic. */
function onlyFamily(list: FormRecord[], which: "vex" | "evex", mnemonic: string): FormRecord[] {
  const cache = familyLists[which];
  let out = cache.get(list);
  if (out === undefined) {
    const family = which === "vex" ? VEX_FAMILY : EVEX_FAMILY;
    out = list.filter((f) => (f.family as number) === family);
    cache.set(list, out);
  }
  if (out.length === 0) throw new EncodeError(mnemonic, `{${which}}: ${mnemonic} has no ${which === "vex" ? "VEX" : "EVEX"} encoding`, list.map((f) => f.text), -1);
  return out;
}

/** Records each instruction's start and end with hidden labels (listing mode only). */
class ListingRecorder implements LoweringListener {
  readonly marks: { stmt: InstructionStatement; start: Label; end: Label }[] = [];
  private start: Label | null = null;
  constructor(private readonly a: Assembler) {}
  instruction(stmt: InstructionStatement, before: boolean): void {
    if (before) { this.start = this.a.label(); return; }
    this.marks.push({ stmt, start: this.start!, end: this.a.label() });
  }
}

/**
 * Turns a finalize error ("the target L7 of a short-only branch at offset 42 is 200 bytes away")
 * into a positioned AsmError: the label gets its source name, and the error points at the label's
 * first mention, which for such a forward branch is the branch itself.
 */
function layoutError(message: string, lowering: Lowering): AsmError {
  let line = 1, column = 1;
  const text = message.replace(/^finalize: /, "").replace(/\bL(\d+)\b/g, (m, id: string) => {
    const src = lowering.labelSource(Number(id));
    if (src === undefined) return m;
    if (line === 1 && column === 1) { line = src.line; column = src.column; }
    return `'${src.name}'`;
  });
  return new AsmError(text, line, column);
}

let shared: Assembler | null = null;
let sharedBranches: AssembleOptions["branches"] = "relax";

function failed(errors: AsmError[]): AssembleResult {
  return {
    bytes: new Uint8Array(0), errors, features: [], instructions: null, relocations: [], size: 0,
    toBytes(): Uint8Array { throw new Error("assemble: the source has errors; there is no code"); },
  };
}

/**
 * Assembles Intel-syntax `source` (as `llvm-mc -x86-asm-syntax=intel` / GNU `.intel_syntax noprefix`
 * accept it). Never throws for bad input: check `errors`.
 *
 *   const r = assemble("mov rax, rdi\nadd rax, 4\nret");
 *   r.bytes;      // 48 89 f8 48 83 c0 04 c3
 *   loadCode(r, { args: ["i64"], returns: "i64" })(2n); // 6n
 */
export function assemble(source: string, options: AssembleOptions = {}): AssembleResult {
  const branches = options.branches ?? "relax";
  if (branches !== "relax" && branches !== "near-forward") throw new TypeError(`branches must be "relax" or "near-forward", got ${String(branches)}`);
  // One assembler is reused between calls (its buffers stay allocated); assemble() is not re-entrant
  // and nothing of it escapes: finalize() copies the bytes out.
  let a: Assembler;
  if (shared !== null && sharedBranches === branches) { a = shared; a.reset(); }
  else { a = new Assembler({ branches }); shared = a; sharedBranches = branches; }
  const recorder = options.listing ? new ListingRecorder(a) : undefined;
  const slots = spareSlots ?? new LabelSlots();
  spareSlots = null;
  const lowering = new Lowering(new AssemblerTarget(a), recorder, slots);
  try {
    return assembleWith(a, lowering, recorder, source);
  } finally {
    spareSlots = slots;
  }
}

/** Label storage of the previous assemble() call, reused by the next (see LabelSlots). */
let spareSlots: LabelSlots | null = null;

function assembleWith(a: Assembler, lowering: Lowering, recorder: ListingRecorder | undefined, source: string): AssembleResult {
  // Common lines take the parser's fast path straight into the assembler (not with a listing,
  // which needs each statement).
  const syntaxErrors = parseStream(source, (s: Statement) => lowering.statement(s), recorder === undefined ? lowering : null);
  let errors = lowering.finish();
  if (syntaxErrors.length > 0) {
    errors = errors.concat(syntaxErrors);
    errors.sort((x, y) => x.line - y.line || x.column - y.column);
  }
  if (errors.length > 0) return failed(errors);
  let code;
  try {
    code = a.finalize();
  } catch (e) {
    // Layout problems (a short-only branch such as jrcxz/loop out of rel8 range): say where.
    if (!(e instanceof Error)) throw e;
    return failed([layoutError(e.message, lowering)]);
  }
  const bytes = code.bytes;
  let instructions: ListedInstruction[] | null = null;
  if (recorder !== undefined) {
    instructions = recorder.marks.map((m) => {
      const offset = code.labelOffset(m.start);
      return { line: m.stmt.line, column: m.stmt.column, offset, size: code.labelOffset(m.end) - offset };
    });
  }
  const features = code.features.slice();
  const relocations = code.relocations.map((r) => r.offset);
  const finalized = code;
  return {
    bytes, errors, features, instructions, relocations, size: bytes.length,
    toBytes(baseAddress?: bigint): Uint8Array {
      if (relocations.length === 0) return bytes.slice();
      if (baseAddress === undefined) throw new Error("toBytes: this code holds absolute addresses (dq label); pass the address it will run at");
      return finalized.toBytes(baseAddress);
    },
  };
}

