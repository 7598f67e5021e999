// Lowering: syntax tree (ast.ts) -> calls on an assembler target (labels, instructions, data,
// alignment). Requires the register table (registers.ts) and the operand types (operands.ts); the
// target validates and encodes each instruction against the form table. Guarantees: every error
// is an AsmError at the line:column of the offending token (operand, decoration, label reference,
// or the mnemonic when the instruction as a whole has no form); statements after an error are
// still checked, so one run reports every bad line; undefined and duplicate labels are reported
// at their reference / second definition.

import type {
  Decorations, DirectiveStatement, Expr, InstructionStatement, IntValue, MemoryOperand, Prefix,
  RegisterOperand, Statement,
} from "./ast.js";
import type { LabelNames } from "./fast-path.js";
import { AsmError } from "./asm-error.js";
import { kreg, type Reg } from "../registers.js";
import { Mem, Rounding, rnSae, rdSae, ruSae, rzSae, sae, type Label, type MemSize } from "../operands.js";
import { EncodeError } from "../encode-error.js";
import type { FormRecord } from "../table.js";
import { diagnose } from "./diagnose.js";

/** One encoded operand as the assembler takes it. */
export type TargetOperand = Reg | Mem | Label | number | bigint;

/** What lowering needs from an assembler. */
export interface LoweringTarget {
  newLabel(): Label;
  bind(label: Label): void;
  /**
   * Encodes one instruction; `info` is what the target attached to the mnemonic through the
   * parser's addMnemonics. Throws EncodeError (nothing written) when no form fits.
   */
  emit(info: object, operands: TargetOperand[], rounding: Rounding | null, prefixes: readonly Prefix[]): void;
  /** Raw bytes (data directives). */
  data(bytes: Uint8Array): void;
  /** An 8-byte field holding the absolute address of `label` (resolved when the code is placed). */
  addressOf(label: Label): void;
  /** Pads with NOPs to a multiple of `alignment` (a power of two). */
  align(alignment: number): void;
  /** The candidate forms behind `info` (for error diagnosis). */
  formsOf(info: object): readonly FormRecord[];
  /**
   * emit() for the parser's fast path: `n` plain operands (absent ones undefined), no prefixes, no
   * rounding. Throws like emit (nothing written).
   */
  emitPlain(info: object, n: number, o0: TargetOperand | undefined, o1: TargetOperand | undefined,
    o2: TargetOperand | undefined, o3: TargetOperand | undefined): void;
}

export interface LoweringListener {
  /** Called around each instruction statement (for listings): before = true then false. */
  instruction(stmt: InstructionStatement, before: boolean): void;
}

const ROUNDINGS: Record<string, Rounding> = { "rn-sae": rnSae, "rd-sae": rdSae, "ru-sae": ruSae, "rz-sae": rzSae, sae };

const SEGMENT_PREFIX: Record<string, number> = { es: 0x26, cs: 0x2e, ss: 0x36, ds: 0x3e, fs: 0x64, gs: 0x65 };

const DATA_SIZE: Record<string, 1 | 2 | 4 | 8> = { db: 1, dw: 2, dd: 4, dq: 8 };

/** String instructions and the implicit operands they may be written with (llvm-mc order). */
const STRING_OPS: ReadonlyMap<string, { size: 1 | 2 | 4 | 8; roles: readonly ("dst" | "src" | "acc")[] }> = (() => {
  const m = new Map<string, { size: 1 | 2 | 4 | 8; roles: readonly ("dst" | "src" | "acc")[] }>();
  const sizes: [string, 1 | 2 | 4 | 8][] = [["b", 1], ["w", 2], ["d", 4], ["q", 8]];
  for (const [suffix, size] of sizes) {
    m.set("movs" + suffix, { size, roles: ["dst", "src"] });
    m.set("cmps" + suffix, { size, roles: ["src", "dst"] });
    m.set("stos" + suffix, { size, roles: ["dst", "acc"] });
    m.set("lods" + suffix, { size, roles: ["acc", "src"] });
    m.set("scas" + suffix, { size, roles: ["acc", "dst"] });
  }
  return m;
})();

/**
 * What a Lowering knows of each label, by parser label id: plain arrays rather than an object per
 * label (a long source has tens of thousands of labels, and objects that live through the whole
 * parse cost the GC), kept from one source to the next (assemble() reuses them) so they rarely grow.
 */
export class LabelSlots {
  /** The assembler's label, undefined until the id is first met. */
  readonly labelOf: (Label | undefined)[] = [];
  /** 0 = not met, 1 = referenced (not yet defined), 2 = defined. */
  readonly state: number[] = [];
  /** First reference (for "undefined label"), or the definition. */
  readonly line: number[] = [];
  readonly column: number[] = [];
  /** Names from the syntax tree; the fast path's labels are spelled by LabelNames instead. */
  readonly name: (string | undefined)[] = [];
  /** Ids below this may be in use. */
  used = 0;

  clear(): void {
    const n = this.used;
    this.labelOf.fill(undefined, 0, n);
    this.state.fill(0, 0, n);
    this.name.fill(undefined, 0, n);
    this.used = 0;
  }
}

/** Lowers `statements` onto `target`; returns the errors (empty on success). */
export function lower(statements: readonly Statement[], target: LoweringTarget, listener?: LoweringListener): AsmError[] {
  const l = new Lowering(target, listener);
  for (let i = 0; i < statements.length; i++) l.statement(statements[i]);
  return l.finish();
}

/** Streaming lowering: `statement()` per statement as the parser produces them, then `finish()`. */
export class Lowering {
  // Labels by parser label id, in the arrays of a LabelSlots (see there).
  private readonly slots: LabelSlots;
  private readonly labelOf: (Label | undefined)[];
  private readonly labelState: number[];
  private readonly labelLine: number[];
  private readonly labelColumn: number[];
  private readonly labelName: (string | undefined)[];
  private names: LabelNames | null = null;
  readonly errors: AsmError[] = [];
  private line = 0;
  private readonly target: LoweringTarget;
  private readonly listener: LoweringListener | undefined;

  /** `slots`: label storage to reuse (emptied here), e.g. from the previous source's lowering. */
  constructor(target: LoweringTarget, listener?: LoweringListener, slots?: LabelSlots) {
    this.target = target;
    this.listener = listener;
    if (slots === undefined) slots = new LabelSlots();
    else slots.clear();
    this.slots = slots;
    this.labelOf = slots.labelOf; this.labelState = slots.state; this.labelLine = slots.line;
    this.labelColumn = slots.column; this.labelName = slots.name;
  }

  /** Lowers one statement; an error is recorded (not thrown) and lowering goes on. */
  statement(s: Statement): void {
    const target = this.target;
    {
      this.line = s.line;
      try {
        if (s.kind === "instruction") this.instruction(s);
        else if (s.kind === "label") {
          const id = s.id;
          let label = this.labelOf[id];
          if (label === undefined) {
            label = this.newLabel(id, s.name, 2, s.line, s.column);
          } else if (this.labelState[id] === 2) {
            throw new AsmError(`label '${s.name}' is already defined at line ${this.labelLine[id]}:${this.labelColumn[id]}`, s.line, s.column, s.name.length);
          } else {
            this.labelState[id] = 2;
          }
          target.bind(label);
        } else this.directive(s);
      } catch (e) {
        if (!(e instanceof AsmError)) throw e;
        this.errors.push(e);
      }
    }
  }

  // ---- the parser's fast path (FastSink): common lines without a syntax tree -------------
  // Each refuses (returns false, nothing recorded) when the full path must redo the line; the
  // full path then reports any error exactly as it would have without the fast path.

  /** Plain instruction: operands already in assembler form. */
  fastInstruction(info: object, mnemonic: string, line: number, n: number,
    o0: TargetOperand | undefined, o1: TargetOperand | undefined, o2: TargetOperand | undefined, o3: TargetOperand | undefined): boolean {
    // (String instructions with operands never come here: the parser leaves them to the full path.)
    try {
      this.target.emitPlain(info, n, o0, o1, o2, o3);
    } catch (e) {
      if (e instanceof EncodeError || e instanceof TypeError || e instanceof RangeError) return false;
      throw e;
    }
    return true;
  }

  /** Label operand: the assembler label for parser label `id`. */
  fastLabelRef(id: number, names: LabelNames, line: number, column: number): Label {
    this.names = names;
    const label = this.labelOf[id];
    return label !== undefined ? label : this.newLabel(id, undefined, 1, line, column);
  }

  /** Label definition `name:`; false when it is a second definition (the full path reports it). */
  fastLabel(id: number, names: LabelNames, line: number, column: number): boolean {
    this.names = names;
    let label = this.labelOf[id];
    if (label === undefined) {
      label = this.newLabel(id, undefined, 2, line, column);
    } else if (this.labelState[id] === 2) {
      return false;
    } else {
      this.labelState[id] = 2;
    }
    this.target.bind(label);
    return true;
  }

  /** A new assembler label for parser label `id`, first met at line:column (state 1 = referenced, 2 = defined). */
  private newLabel(id: number, name: string | undefined, state: number, line: number, column: number): Label {
    const label = this.target.newLabel();
    if (id >= this.slots.used) this.slots.used = id + 1;
    this.labelOf[id] = label;
    this.labelState[id] = state;
    this.labelLine[id] = line;
    this.labelColumn[id] = column;
    if (name !== undefined) this.labelName[id] = name;
    return label;
  }

  /** The source spelling of parser label `id`. */
  private labelNameOf(id: number): string {
    const name = this.labelName[id];
    return name !== undefined ? name : this.names!.nameOf(id);
  }

  /**
   * Source name and first mention (reference, or definition if that came first) of the assembler
   * label numbered `id`, for layout errors found at finalize; undefined when unknown.
   */
  labelSource(id: number): { name: string; line: number; column: number } | undefined {
    const labels = this.labelOf;
    for (let i = 0; i < this.slots.used; i++) {
      const label = labels[i];
      if (label !== undefined && label.id === id) return { name: this.labelNameOf(i), line: this.labelLine[i], column: this.labelColumn[i] };
    }
    return undefined;
  }

  /** Reports labels used but never defined; returns every error, sorted by position. */
  finish(): AsmError[] {
    const state = this.labelState;
    for (let i = 0; i < this.slots.used; i++) {
      if (state[i] === 1) {
        const name = this.labelNameOf(i);
        this.errors.push(new AsmError(`undefined label '${name}'`, this.labelLine[i], this.labelColumn[i], name.length));
      }
    }
    if (this.errors.length > 1) this.errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return this.errors;
  }

  private fail(message: string, column: number, length = 1): never {
    throw new AsmError(message, this.line, column, length);
  }

  private labelRef(id: number, name: string, column: number): Label {
    const label = this.labelOf[id];
    return label !== undefined ? label : this.newLabel(id, name, 1, this.line, column);
  }

  // ---- instructions ----------------------------------------------------------------------

  private instruction(s: InstructionStatement): void {
    const target = this.target;
    const info = s.info;
    if (info === null) {
      if (s.operands.length === 0 && isPrefixName(s.mnemonic)) {
        this.fail(`prefix '${s.mnemonic}' needs an instruction after it`, s.column, s.mnemonic.length);
      }
      this.fail(`unknown instruction mnemonic '${s.mnemonic}'`, s.column, s.mnemonicEndColumn - s.column);
    }
    if (s.operands.length > 0 && STRING_OPS.has(s.mnemonic) && this.stringOperands(s)) {
      // The explicit operands of a string instruction only document rdi/rsi: emit the plain form.
      const listener = this.listener;
      if (listener !== undefined) listener.instruction(s, true);
      const seg = this.stringSegment;
      let prefixes = s.prefixes;
      if (seg !== 0) {
        // llvm-mc's order: a repeat prefix, then the segment override, then the opcode.
        for (const p of prefixes) if (p === "rep" || p === "repe" || p === "repne") target.data(Uint8Array.of(p === "repne" ? 0xf2 : 0xf3));
        prefixes = prefixes.filter((p) => p !== "rep" && p !== "repe" && p !== "repne");
        target.data(Uint8Array.of(seg));
      }
      try {
        target.emit(info, [], null, prefixes);
      } catch (e) {
        if (e instanceof EncodeError) this.fail(e.message, s.column, s.mnemonicEndColumn - s.column);
        throw e;
      }
      if (listener !== undefined) listener.instruction(s, false);
      return;
    }
    const ast = s.operands;
    const len = ast.length;
    // One pass over the operands. Rounding/SAE may stand last or (as llvm-mc writes it) before a
    // trailing immediate or the GPR source of vcvtsi2ss: it is taken out of the operand list and
    // `roundingAt` remembers where. Broadcasts are finished after the pass (they need the sources).
    const ops: TargetOperand[] = new Array(len);
    let rounding: Rounding | null = null;
    let roundingAt = -1;
    let broadcasts = false;
    let n = 0;
    let sourceVector = 0; // largest vector register among the sources (operands after the first)
    for (let i = 0; i < len; i++) {
      const op = ast[i];
      if (op.kind === "reg") {
        let r = op.reg;
        if (op.decorations !== null) {
          if (i > 0) this.sourceDecoration(op.decorations);
          r = this.register(op);
        }
        if (i > 0 && r.size >= 16 && r.kind !== "k" && r.size > sourceVector) sourceVector = r.size;
        ops[n++] = r;
      } else if (op.kind === "imm") {
        ops[n++] = this.immediate(op.expr, op.column, op.endColumn);
      } else if (op.kind === "mem") {
        if (op.decorations !== null) {
          if (i > 0) this.sourceDecoration(op.decorations);
          if (op.decorations.broadcast !== 0) broadcasts = true;
        }
        ops[n++] = this.memory(op, 0);
      } else {
        if (roundingAt >= 0) this.fail("more than one rounding/SAE operand", op.column, op.endColumn - op.column);
        roundingAt = i;
        rounding = ROUNDINGS[op.mode];
      }
    }
    if (roundingAt >= 0) {
      ops.length = n;
      if (roundingAt < len - 1) {
        // llvm-mc's places: last, or just before a final immediate or general-register source.
        const after = ast[roundingAt + 1];
        const gpr = after.kind === "reg" && (after.reg.kind === "gp32" || after.reg.kind === "gp64");
        if (roundingAt !== len - 2 || !(after.kind === "imm" || gpr)) {
          const r = ast[roundingAt];
          this.fail(`{${(r as { mode: string }).mode}} goes last, or just before a final immediate or general-register source`, r.column, r.endColumn - r.column);
        }
      }
    }
    if (broadcasts) {
      // Broadcast memory operands: element size and count against the vector length.
      for (let i = 0; i < len; i++) {
        const a = ast[i];
        if (a.kind === "mem" && a.decorations !== null && a.decorations.broadcast !== 0) {
          const k = roundingAt >= 0 && i > roundingAt ? i - 1 : i;
          ops[k] = this.broadcast(a, ops[k] as Mem, sourceVector);
        }
      }
    }
    const listener = this.listener;
    if (listener !== undefined) listener.instruction(s, true);
    try {
      target.emit(info, ops, rounding, s.prefixes);
    } catch (e) {
      if (e instanceof EncodeError) this.encodeError(s, info, e, ops, rounding, roundingAt);
      if (e instanceof TypeError || e instanceof RangeError) this.fail(e.message, s.column, s.mnemonicEndColumn - s.column);
      throw e;
    }
    if (listener !== undefined) listener.instruction(s, false);
  }

  private encodeError(s: InstructionStatement, info: object, e: EncodeError, ops: TargetOperand[], rounding: Rounding | null, roundingAt: number): never {
    const d = diagnose(this.target.formsOf(info), e, ops, rounding);
    // The assembler prints label operands as its own ids (L7): give them their source names.
    const message = d.message.replace(/\bL(\d+)\b/g, (m, id: string) => this.labelSource(Number(id))?.name ?? m);
    // Diagnosis counts operands without the rounding one, which it calls index ops.length.
    let at = d.operand;
    if (roundingAt >= 0) at = at === ops.length ? roundingAt : at >= roundingAt ? at + 1 : at;
    if (at >= 0 && at < s.operands.length) {
      const op = s.operands[at];
      this.fail(message, op.column, op.endColumn - op.column);
    }
    this.fail(message, s.column, s.mnemonicEndColumn - s.column);
  }

  /** Segment prefix byte of a string instruction's source operand (fs:[rsi]), set by stringOperands. */
  private stringSegment = 0;

  /**
   * `movsb byte ptr es:[rdi], byte ptr [rsi]`, `lodsd eax, dword ptr [rsi]`...: true when the
   * operands are exactly the implicit ones (sizes as the suffix says); false when they are not a
   * string-instruction pattern at all (movsd xmm0, xmm1 is SSE2); an error for a wrong one.
   */
  private stringOperands(s: InstructionStatement): boolean {
    const shape = STRING_OPS.get(s.mnemonic)!;
    const ops = s.operands;
    if (ops.length !== shape.roles.length) return false;
    // Not a string pattern unless every operand is memory or the accumulator register.
    for (const op of ops) if (op.kind !== "mem" && !(op.kind === "reg" && op.reg.kind.startsWith("gp") && op.reg.id === 0)) return false;
    if (!ops.some((op) => op.kind === "mem")) return false;
    const size = shape.size;
    this.stringSegment = 0;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      const role = shape.roles[i];
      const what = role === "dst" ? "es:[rdi]" : role === "src" ? "[rsi]" : ["al", "ax", "eax", "rax"][Math.log2(size)];
      const len = op.kind === "rounding" ? 1 : op.endColumn - op.column;
      if (role === "acc") {
        if (op.kind !== "reg" || op.reg.size !== size) this.fail(`operand ${i + 1} of ${s.mnemonic} is ${what}`, op.column, len);
        continue;
      }
      if (op.kind !== "mem") this.fail(`operand ${i + 1} of ${s.mnemonic} is ${what}`, op.column, len);
      const reg = role === "dst" ? "rdi" : "rsi";
      if (op.base !== reg || op.index !== null || op.disp.label !== null || op.disp.value !== 0 || op.decorations !== null) {
        this.fail(`operand ${i + 1} of ${s.mnemonic} must be ${what}`, op.column, len);
      }
      if (op.size !== 0 && op.size >>> 3 !== size) this.fail(`${s.mnemonic} moves ${size * 8}-bit elements; operand ${i + 1} is ${op.size}-bit`, op.column, len);
      if (role === "dst" && op.segment !== null && op.segment !== "es") this.fail(`the destination of ${s.mnemonic} is always es:[rdi]; no segment override`, op.column, len);
      if (role === "src" && op.segment !== null && op.segment !== "ds") this.stringSegment = SEGMENT_PREFIX[op.segment];
    }
    return true;
  }

  /** `{k}` / `{z}` on a source operand: llvm-mc rejects masks there; nothing would encode them. */
  private sourceDecoration(d: Decorations): void {
    if (d.mask !== null) this.fail("a write mask {k} applies to the destination (first operand) only", d.maskColumn, 4);
    if (d.zeroing) this.fail("zeroing {z} applies to the destination (first operand) only", d.zeroingColumn, 3);
  }

  private register(op: RegisterOperand): Reg {
    let r = op.reg;
    const d = op.decorations;
    if (d !== null) {
      if (d.mask !== null) {
        const k = d.mask.charCodeAt(1) - 48;
        if (k === 0) this.fail("k0 cannot be a write mask ({k0} means no masking); use k1..k7", d.maskColumn, 4);
        if (r.kind !== "xmm" && r.kind !== "ymm" && r.kind !== "zmm" && r.kind !== "k") {
          this.fail(`a write mask applies to a vector or mask register, not '${op.name}'`, d.maskColumn, 4);
        }
        r = r.k(kreg[k]);
      }
      if (d.zeroing) {
        if (d.mask === null) this.fail("zeroing {z} needs a write mask {k1}..{k7} before it", d.zeroingColumn, 3);
        r = r.z();
      }
    }
    return r;
  }

  private immediate(expr: Expr, column: number, endColumn: number): TargetOperand {
    if (expr.label !== null) {
      if (expr.value !== 0) this.fail(`a jump target is a label without an offset, not '${expr.label} + ${String(expr.value)}'`, column, endColumn - column);
      return this.labelRef(expr.labelId, expr.label, expr.labelColumn);
    }
    return expr.value;
  }

  /**
   * An address register: base = rax..r15, eax..r15d, rip, eip; index = the same general registers
   * (not rsp/esp), riz/eiz (an explicit "no index"), or a vector register (VSIB).
   */
  private addressRegister(r: Reg, name: string, column: number, role: "base" | "index"): Reg {
    const k = r.kind;
    if (k === "gp64" || k === "gp32") return r;
    if (role === "base" ? k === "rip" : k === "iz" || k === "xmm" || k === "ymm" || k === "zmm") return r;
    if (k === "gp16") this.fail(`16-bit address register '${name}' is not available in 64-bit mode; use a 64- or 32-bit register`, column, name.length);
    this.fail(`'${name}' cannot be ${role === "base" ? "a base" : "an index"} register in an address`, column, name.length);
  }

  private memory(op: MemoryOperand, bcst: number): Mem {
    if (op.size === 48) this.fail("fword ptr (48-bit far pointers) is not supported", op.column, op.bracketColumn - op.column);
    const size = (op.size >>> 3) as MemSize;
    let base: Reg | null = op.base === null ? null : this.addressRegister(op.baseReg!, op.base, op.baseColumn, "base");
    let index: Reg | null = op.index === null ? null : this.addressRegister(op.indexReg!, op.index, op.indexColumn, "index");
    const scale = op.scale;
    if (index !== null && (index.kind === "gp64" || index.kind === "gp32") && index.id === 4) {
      // `[rax + rsp]`: llvm-mc swaps base and index when no scale was written.
      if (op.scaleColumn === 0 && base !== null && base.kind === index.kind && base.id !== 4) {
        const t = base; base = index; index = t;
      } else {
        this.fail(`${index.name} cannot be an index register`, op.indexColumn, 3);
      }
    }
    if (base !== null && base.kind === "rip" && index !== null) {
      this.fail(`${base.size === 4 ? "an eip" : "a rip"}-relative address cannot have an index register`, op.indexColumn, op.index!.length);
    }
    // 64- or 32-bit addressing (67 prefix): the base and a general (or riz/eiz) index agree.
    const a32 = base !== null ? base.size === 4 : index !== null && index.size === 4;
    if (base !== null && index !== null && (index.kind === "gp64" || index.kind === "gp32" || index.kind === "iz") && index.size !== base.size) {
      this.fail(`'${op.index!}' is a ${index.size * 8}-bit register but the base '${op.base!}' is ${base.size * 8}-bit; an address uses registers of one size`, op.indexColumn, op.index!.length);
    }
    let baseOrLabel: Reg | Label | null = base;
    const disp = op.disp;
    if (disp.label !== null) {
      if (base === null || base.kind !== "rip") {
        this.fail(`a label in an address must be rip-relative: write [rip + ${disp.label}]`, disp.labelColumn, disp.label.length);
      }
      if (base.size === 4) this.fail(`a label relative to eip is not supported; write [rip + ${disp.label}]`, op.baseColumn, 3);
      baseOrLabel = this.labelRef(disp.labelId, disp.label, disp.labelColumn);
    }
    let v = disp.value;
    if (base === null && index === null && disp.label === null) {
      // Absolute address: any 64-bit value; the Assembler takes >= 2^31 only in movabs (moffs) forms.
      if (typeof v === "bigint" && (v < -(1n << 63n) || v >= 1n << 64n)) this.fail(`address ${String(v)} does not fit in 64 bits`, op.dispColumn || op.bracketColumn, 1);
    } else if (a32 && typeof v === "number" && v > -4294967296 && v < 4294967296) {
      // 32-bit addressing: the address wraps at 2^32 (as llvm-mc and GNU as take it), so
      // 0xffffffff is -1; beyond 32 bits GNU as warns that it drops bits, and so this refuses.
      v = v | 0;
    } else if (typeof v !== "number" || v < -2147483648 || v > 2147483647) {
      const range = a32 ? "-(2^32-1) to 2^32-1 with 32-bit address registers" : "a signed 32-bit field";
      this.fail(`displacement ${String(v)} does not fit in ${range}`, op.dispColumn || op.bracketColumn, 1);
    }
    const seg = op.segment === null ? 0 : SEGMENT_PREFIX[op.segment];
    let maskId = 0;
    const d = op.decorations;
    if (d !== null) {
      if (d.zeroing) this.fail("zeroing {z} does not apply to a memory destination", d.zeroingColumn, 3);
      if (d.mask !== null) {
        maskId = d.mask.charCodeAt(1) - 48;
        if (maskId === 0) this.fail("k0 cannot be a write mask ({k0} means no masking); use k1..k7", d.maskColumn, 4);
      }
    }
    try {
      return new Mem(size, baseOrLabel, index, scale, v, seg, bcst, maskId);
    } catch (e) {
      if (e instanceof TypeError || e instanceof RangeError) this.fail(e.message.replace(/^memory operand: /, ""), op.bracketColumn, op.endColumn - op.bracketColumn);
      throw e;
    }
  }

  /**
   * `[mem]{1toN}`: the element is the `X ptr` size, or (unsized) the chosen form's; the Assembler
   * matches N against the forms. With a vector source register N is checked here too, so the
   * error points at the decoration and names the N that fits.
   */
  private broadcast(op: MemoryOperand, m: Mem, sourceVector: number): Mem {
    const d = op.decorations!;
    const n = d.broadcast;
    const element = op.size >>> 3;
    const len = 5 + String(n).length;
    if (element !== 0 && element !== 2 && element !== 4 && element !== 8) {
      this.fail(`{1to${n}} needs word, dword or qword elements, not ${op.size}-bit`, d.broadcastColumn, len);
    }
    if (element !== 0 && sourceVector !== 0 && element * n !== sourceVector) {
      this.fail(`{1to${n}} does not match the ${sourceVector * 8}-bit vector of ${element * 8}-bit elements; allowed: {1to${sourceVector / element}}`, d.broadcastColumn, len);
    }
    try {
      return m.bcstOf(n);
    } catch (e) {
      if (e instanceof TypeError || e instanceof RangeError) this.fail(e.message, d.broadcastColumn, len);
      throw e;
    }
  }

  // ---- directives ------------------------------------------------------------------------

  private directive(s: DirectiveStatement): void {
    const target = this.target;
    if (s.name === "ignored") return;
    if (s.name === "align" || s.name === "p2align") {
      if (s.args.length === 0) this.fail(`${s.spelling} needs an alignment`, s.column, s.spelling.length);
      const a = s.args[0];
      if (a.label !== null) this.fail("alignment must be a constant", s.argColumns[0]);
      const v = a.value;
      let alignment: number;
      if (s.name === "p2align") {
        if (typeof v !== "number" || v < 0 || v > 12) this.fail(`${s.spelling} ${String(v)}: the power of two must be 0..12`, s.argColumns[0]);
        alignment = 2 ** v;
      } else {
        if (typeof v !== "number" || v < 1 || v > 4096 || (v & (v - 1)) !== 0) this.fail(`${s.spelling} ${String(v)}: the alignment must be a power of two from 1 to 4096`, s.argColumns[0]);
        alignment = v;
      }
      if (s.args.length > 1) {
        // GNU `.p2align 4, 0x90` (fill) and `.balign 16, , 15` (max skip): only the NOP fill is supported.
        const fill = s.args[1];
        if (fill.label !== null || (fill.value !== 0x90)) this.fail(`${s.spelling}: only NOP padding is supported (omit the fill value or use 0x90)`, s.argColumns[1]);
        if (s.args.length > 2) this.fail(`${s.spelling}: a maximum skip is not supported`, s.argColumns[2]);
      }
      target.align(alignment);
      return;
    }
    if (s.args.length === 0) this.fail(`${s.spelling} needs at least one value`, s.column, s.spelling.length);
    if (s.name === "ascii" || s.name === "asciz" || (s.name === "db" && s.strings.some((x) => x !== null))) {
      // Strings (and, in db, bytes between them): concatenated; .asciz ends each string with a 0.
      const parts: number[] = [];
      for (let i = 0; i < s.args.length; i++) {
        const str = s.strings[i];
        if (str !== null) {
          for (let j = 0; j < str.length; j++) parts.push(str[j]);
          if (s.name === "asciz") parts.push(0);
          continue;
        }
        const a = s.args[i];
        if (a.label !== null) this.fail(`${s.spelling}: a label's address needs 64 bits: use dq (.quad)`, a.labelColumn, a.label.length);
        const v = a.value;
        if (typeof v !== "number" || v < -128 || v > 255) this.fail(`${s.spelling}: value ${String(v)} does not fit in 8 bits; range ${dataRange(1)}`, s.argColumns[i]);
        parts.push(v & 0xff);
      }
      target.data(Uint8Array.from(parts));
      return;
    }
    const size = DATA_SIZE[s.name];
    if (size === 8 && s.args.some((a) => a.label !== null)) {
      // dq with labels: absolute addresses (jump tables), filled in when the code is placed.
      for (let i = 0; i < s.args.length; i++) {
        const a = s.args[i];
        if (a.label === null) {
          const one = new Uint8Array(8);
          writeData(new DataView(one.buffer), 0, 8, a.value, () => this.fail(`${s.spelling}: value ${String(a.value)} does not fit in 64 bits; range ${dataRange(8)}`, s.argColumns[i]));
          target.data(one);
        } else {
          if (a.value !== 0) this.fail(`${s.spelling}: a label address with an offset is not supported`, s.argColumns[i]);
          target.addressOf(this.labelRef(a.labelId, a.label, a.labelColumn));
        }
      }
      return;
    }
    const bytes = new Uint8Array(size * s.args.length);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < s.args.length; i++) {
      const a = s.args[i];
      if (a.label !== null) this.fail(`${s.spelling}: a label's address needs 64 bits: use dq (.quad)`, a.labelColumn, a.label.length);
      writeData(view, i * size, size, a.value, () => this.fail(`${s.spelling}: value ${String(a.value)} does not fit in ${size * 8} bits; range ${dataRange(size)}`, s.argColumns[i]));
    }
    target.data(bytes);
  }
}

function isPrefixName(m: string): boolean {
  return m === "lock" || m === "rep" || m === "repe" || m === "repz" || m === "repne" || m === "repnz";
}

function dataRange(size: number): string {
  const bits = size * 8;
  return `-2^${bits - 1} to 2^${bits}-1`;
}

function writeData(view: DataView, at: number, size: 1 | 2 | 4 | 8, v: IntValue, fail: () => never): void {
  if (size === 8) {
    const b = BigInt(v);
    if (b < -(1n << 63n) || b > (1n << 64n) - 1n) fail();
    view.setBigUint64(at, BigInt.asUintN(64, b), true);
    return;
  }
  if (typeof v !== "number") fail();
  const bits = size * 8;
  if (v < -(2 ** (bits - 1)) || v > 2 ** bits - 1) fail();
  if (size === 1) view.setUint8(at, v & 0xff);
  else if (size === 2) view.setUint16(at, v & 0xffff, true);
  else view.setUint32(at, v >>> 0, true);
}

