// Assembler: the x86-64 instruction builder. One method per mnemonic of the instruction table is
// installed on the prototype at load time (`a.add(rax, 4)`, `a.vaddpd(zmm0.k(k1).z(), zmm1, zmm2)`),
// plus the generic `a.emit("add", [rax, 4])`. Each call picks the first table form whose operand
// kinds accept the operands (operand-classes.ts: a few ANDs per candidate; each method caches the
// choice per operand type ids), then hands it to a fast path for common shapes (encode-fast.ts) or
// the encoder of its family (encode-legacy.ts, encode-vex.ts, encode-evex.ts). Branches to labels
// are relaxable items (code-emitter.ts); RIP-relative label references are fixups.
// Guarantees: an instruction that no form accepts, or that a form cannot encode, throws
// EncodeError before any of its bytes is written; nothing is allocated per instruction on the
// method path beyond what the caller passes.

import { CodeEmitter, FixupKind, ItemKind, LabelLike } from "../code/code-emitter.js";
import { put32 as put32_ } from "../code/code-buffer.js";
import * as C from "./operand-classes.js";
import { EncodeError } from "./encode-error.js";
import { encodeLegacy as encodeLegacy_ } from "./encode-legacy.js";
import { encodeVex as encodeVex_ } from "./encode-vex.js";
import { encodeEvex as encodeEvex_ } from "./encode-evex.js";
import { encodeFast as encodeFast_, fastLegRM as fastLegRM_, fastLegMI as fastLegMI_, fastVexRVM as fastVexRVM_, FAST_LEG_RM as FAST_LEG_RM_, FAST_LEG_MI as FAST_LEG_MI_, FAST_VEX_RVM as FAST_VEX_RVM_, FAST_BRANCH as FAST_BRANCH_ } from "./encode-fast.js";
import { Operand, isMem as isMem_, opAt as opAt_ } from "./modrm.js";
import { Imm, Label, Mem, Rounding } from "./operands.js";
import { Reg } from "./registers.js";
import { Family, FormRecord, InstructionTable, featureNames } from "./table.js";
import { TABLE } from "./forms/index.js";
import { CONDITION_NAMES, ConditionName, conditionCode } from "./conditions.js";
import type { AssemblerMethods } from "./methods.js";

// Local copies of imported functions and constants: V8 cannot inline or constant-fold calls and
// loads through import bindings, and these run once or more per encoded instruction.
const put32 = put32_, encodeLegacy = encodeLegacy_, encodeVex = encodeVex_, encodeEvex = encodeEvex_, encodeFast = encodeFast_, fastLegRM = fastLegRM_, fastLegMI = fastLegMI_, fastVexRVM = fastVexRVM_, isMem = isMem_, opAt = opAt_, numTid = C.numTid;
const FAST_BRANCH = FAST_BRANCH_;
if (FAST_LEG_RM_ !== 1 || FAST_LEG_MI_ !== 2 || FAST_VEX_RVM_ !== 3) throw new Error("assembler.ts: the method bodies' literal constants are out of date");

export type AnyOperand = Reg | Mem | Label | Imm | Rounding;

export interface AssemblerOptions {
  /**
   * "relax" (default): branches to labels start short (rel8) and grow to rel32 only when needed.
   * "near-forward": forward branches are always rel32; backward branches use rel8 when it fits
   * (a single-pass assembler's output, e.g. the encode-stream benchmark's block0.bin).
   */
  branches?: "relax" | "near-forward";
}

export interface EmitOptions {
  /** Instruction prefix: lock (F0) or a string-instruction repeat. */
  prefix?: "lock" | "rep" | "repe" | "repz" | "repne" | "repnz";
  /**
   * Encoding to use where several could (llvm-mc's `{vex}`, `{vex3}`, `{evex}` pseudo-prefixes):
   * "vex" = a VEX form, "vex3" = a VEX form with the 3-byte prefix, "evex" = an EVEX form.
   */
  encoding?: "vex" | "vex3" | "evex";
  /** "swapped": the alternative encoding with ModRM.reg and ModRM.rm exchanged (llvm-mc's `.s` suffix, register operands only). */
  form?: "swapped";
}

const NOPS: readonly number[][] = [
  [],
  [0x90],
  [0x66, 0x90],
  [0x0f, 0x1f, 0x00],
  [0x0f, 0x1f, 0x40, 0x00],
  [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

function kindName(o: AnyOperand | undefined): string {
  if (o === undefined) return "nothing";
  if (typeof o === "number" || typeof o === "bigint") return `imm ${o}`;
  if (o instanceof Reg) {
    switch (o.kind) {
      case "gp8": return "r8"; case "gp16": return "r16"; case "gp32": return "r32"; case "gp64": return "r64";
      default: return o.kind + (o.maskId ? "{k}" : "") + (o.id >= 16 ? `(${o.name})` : "");
    }
  }
  if (o instanceof Mem) return o.flags & 4 ? `m${o.bcst * 8 || ""}bcst{1to${o.bcstCount || "N"}}` : o.index && o.index.kind !== "gp64" ? `vsib(${o.index.kind})` : o.size ? `m${o.size * 8}` : "m (no size)";
  if (o instanceof Label) return "label";
  if (o instanceof Rounding) return o.toString();
  return typeof o;
}

function fmtOperand(o: AnyOperand): string {
  return typeof o === "bigint" || typeof o === "number" ? String(o) : o.toString();
}

/** Immediate range mask of an operand that has class C_IMM. */
function immRange(o: Operand, name: string, index: number): number {
  if (typeof o === "number") {
    if (!Number.isSafeInteger(o)) throw new EncodeError(name, `immediate ${o} is not an integer in the safe range (use a bigint for 64-bit values)`, [], index);
    return C.immClass(o);
  }
  return C.bigImmClass(o as bigint);
}

// Hot-path copies of operand-classes.ts constants: module-level consts fold into the optimized
// code, while namespace-import property loads (C.X) are not folded by V8.
const HI = C.C_HI, IMM = C.C_IMM, BCST_ANY = C.C_BCST_ANY, MEM_ANY = C.C_MEM_ANY, LABEL = C.C_LABEL;

/** Write branch form `f` with displacement `disp` at `p`; returns the end position. */
function writeBranchBytes(d: Uint8Array, p: number, f: FormRecord, disp: number): number {
  if (f.pfxLen) d[p++] = f.pfx;
  if (f.map) d[p++] = 0x0f;
  d[p++] = f.opcode;
  if (f.relSize === 1) d[p++] = disp;
  else { put32(d, p, disp); p += 4; }
  return p;
}

let epochCounter = 0;

/** Assembler.pendingPrefix bits. */
const PENDING_LOCK = 1, PENDING_REP = 2;

function notALabel(what: string, l: unknown): never {
  throw new Error(`${what}: ${String(l)} is not a label of this assembler`);
}

function bcstMemOf(o0: Operand, o1: Operand, o2: Operand, o3: Operand): Mem | undefined {
  for (const o of [o0, o1, o2, o3]) if (o instanceof Mem && (o.flags & 4)) return o;
  return undefined;
}

function clsOf(o: Operand): number {
  if (typeof o === "object") return o.cls;
  if (typeof o === "number" || typeof o === "bigint") return IMM;
  return 0;
}

// The instruction methods (installed below from the table) and their types (methods.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Assembler extends AssemblerMethods {}

export class Assembler extends CodeEmitter {
  /** The instruction table this assembler encodes from. */
  static readonly table: InstructionTable = TABLE;
  private readonly forms: FormRecord[] = TABLE.forms;
  private readonly relaxForward: boolean;
  /** LOCK byte (0xF0) for the next instruction, or 0; the encoders read it. */
  lockPrefix = 0;
  /**
   * Prefixes waiting for the next instruction (PENDING_LOCK | PENDING_REP), 0 = none. While it is
   * not 0, instructions take the prefixed() path: the prefixes go with the instruction, or, when
   * the instruction is refused, are dropped with it (no byte left behind, nothing pending).
   */
  pendingPrefix = 0;
  /** Buffer offset just after the REP/REPNE byte written by rep()/repne() (rolled back if the instruction fails). */
  private repEnd = -1;
  /** emit() with an `encoding` option: only forms of this family (-1 = any); force the 3-byte VEX. */
  private familyFilter = -1;
  private forceVex3 = false;
  /** emit() with form "swapped": keep the chosen VEX form (no 2-byte-VEX swap). */
  private noSwap = false;
  featLo = 0;
  featHi = 0;
  /** Unique per assembler and reset: a form whose featEpoch equals it has its features recorded. */
  featEpoch = ++epochCounter;
  /**
   * featEpoch while no prefix is pending, else -1: a cached form whose featEpoch equals it has its
   * features recorded and may take a method's fast path with nothing else to check (one compare).
   */
  readyEpoch = this.featEpoch;
  private labels: Label[] = [];

  constructor(options: AssemblerOptions = {}) {
    super();
    this.relaxForward = (options.branches ?? "relax") === "relax";
  }

  /** A new, unbound label. */
  newLabel(): Label {
    const id = this.newLabelId();
    const l = this.labels[id];
    return l !== undefined ? l : this.makeLabel(id);
  }

  private makeLabel(id: number): Label {
    const l = new Label(this, id);
    this.labels[id] = l;
    return l;
  }

  /** Bind `label` to the current position. */
  bind(label: Label): this {
    this.bindId(this.checkLabel(label, "bind"));
    if (this.pendingPrefix !== 0) this.setPending(this.pendingPrefix & ~PENDING_REP); // a label after rep: the byte stays (its own instruction, as llvm-mc)
    return this;
  }

  /**
   * Conditional jump with the condition as a value: `a.j("ne", L)` is `a.jne(L)`; `cond` is a
   * condition name ("e", "nz", "ge"...) or its code 0-15 (the low nibble of 70+cc), for code
   * generators that compute conditions. Relaxed like the named methods.
   */
  j(cond: ConditionName | number, target: Label): this {
    const f = typeof cond === "number" ? JCC_BY_CODE[cond] : JCC_BY_CODE[conditionCode(cond)];
    if (f !== undefined && f.featEpoch === this.readyEpoch) return this.branch(f, f.mnemonic, target);
    return this.jSlow(cond, target);
  }

  private jSlow(cond: ConditionName | number, target: Label): this {
    const code = typeof cond === "number" ? cond : conditionCode(cond);
    const f = JCC_BY_CODE[code];
    if (f === undefined || code !== (code | 0)) {
      throw new EncodeError(`j ${String(cond)}`, `unknown condition ${typeof cond === "string" ? `'${cond}'` : cond} (a name or a code 0-15)`,
        CONDITION_NAMES.map((names) => `j ${names.join("|")}`), 0);
    }
    if (this.pendingPrefix === 0) { this.noteFeatures(f); return this.branch(f, f.mnemonic, target); }
    return this.inst(TABLE.byMnemonic.get(f.mnemonic)!, f.mnemonic, target, undefined, undefined, undefined, null);
  }

  /** A new label bound here. */
  label(): Label {
    const l = this.newLabel();
    this.bind(l);
    return l;
  }

  protected override checkLabel(l: LabelLike, what: string): number {
    // (Strict tests against undefined and null: cheaper in V8 than typeof l === "object"; a number
    // or string has no owner.)
    if (l === undefined || l === null || l.owner !== this || l.id >= this.labelCount) notALabel(what, l);
    return l.id;
  }
  protected override labelName(id: number): string { return `L${id}`; }

  override reset(): void {
    super.reset();
    this.lockPrefix = 0; this.featLo = 0; this.featHi = 0; this.featEpoch = ++epochCounter;
    this.setPending(0);
  }

  /** The next instruction gets a LOCK prefix (dropped if that instruction is refused). */
  lock(): this { this.lockPrefix = 0xf0; this.setPending(this.pendingPrefix | PENDING_LOCK); return this; }
  /**
   * REP prefix (F3) for the next (string) instruction; llvm-mc emits it as its own byte, and so does
   * this (removed again if the next instruction is refused).
   */
  rep(): this { return this.repByte(0xf3); }
  repe(): this { return this.rep(); }
  repne(): this { return this.repByte(0xf2); }

  private repByte(byte: number): this {
    this.buf.u8(byte);
    this.repEnd = this.buf.pos;
    this.setPending(this.pendingPrefix | PENDING_REP);
    return this;
  }

  private setPending(bits: number): void {
    this.pendingPrefix = bits;
    this.readyEpoch = bits === 0 ? this.featEpoch : -1;
  }

  /**
   * Run one instruction's encoding with the pending prefixes: LOCK is consumed by it, and if it
   * throws, the REP byte written just before it (if nothing else came in between) and anything it
   * wrote are removed. Nothing stays pending either way.
   */
  private prefixed(run: () => unknown): this {
    const b = this.buf;
    const start = (this.pendingPrefix & PENDING_REP) !== 0 && b.pos === this.repEnd ? this.repEnd - 1 : b.pos;
    this.setPending(0);
    try {
      run();
    } catch (err) {
      b.pos = start;
      throw err;
    } finally {
      this.lockPrefix = 0;
    }
    return this;
  }

  /** `n` bytes of NOP padding, in llvm-mc's multi-byte NOPs (at most 10 bytes each). */
  nops(n: number): this {
    this.buf.ensure(n);
    this.writePadding(this.buf.data, this.buf.pos, n);
    this.buf.pos += n;
    return this;
  }

  /**
   * Emit one instruction by name: `a.emit("vaddpd", [zmm0.k(k1).z(), zmm1, x64.bcst(x64.qword(rax))])`.
   * Rounding decorators (x64.rnSae...) may appear anywhere in `operands`.
   */
  emit(mnemonic: string, operands: readonly AnyOperand[] = [], options: EmitOptions = {}): this {
    if (options.prefix) {
      if (options.prefix === "lock") this.lock();
      else if (options.prefix === "repne" || options.prefix === "repnz") this.repne();
      else this.rep();
    }
    if (this.pendingPrefix !== 0) return this.prefixed(() => this.emitInstruction(mnemonic, operands, options));
    return this.emitInstruction(mnemonic, operands, options);
  }

  private emitInstruction(mnemonic: string, operands: readonly AnyOperand[], options: EmitOptions): this {
    const list = TABLE.byMnemonic.get(mnemonic);
    if (list === undefined) throw new EncodeError(mnemonic, `unknown instruction mnemonic '${mnemonic}'`, [], -1);
    let rounding: Rounding | null = null;
    let ops = operands;
    for (let i = 0; i < operands.length; i++) {
      if (operands[i] instanceof Rounding) {
        if (rounding) throw new EncodeError(mnemonic, "more than one rounding/SAE operand", [], i);
        rounding = operands[i] as Rounding;
        ops = operands.filter((_, j) => j !== i);
      }
    }
    if (ops.length > 4) throw new EncodeError(mnemonic, `too many operands (${ops.length})`, [], 4);
    if (options.form === "swapped") return this.emitSwapped(list, mnemonic, ops, rounding);
    if (options.encoding === undefined) return this.inst(list, mnemonic, ops[0] as Operand, ops[1] as Operand, ops[2] as Operand, ops[3] as Operand, rounding);
    this.familyFilter = options.encoding === "evex" ? Family.Evex : Family.Vex;
    this.forceVex3 = options.encoding === "vex3";
    try {
      return this.inst(list, mnemonic, ops[0] as Operand, ops[1] as Operand, ops[2] as Operand, ops[3] as Operand, rounding);
    } finally {
      this.familyFilter = -1;
      this.forceVex3 = false;
    }
  }

  private emitSwapped(list: FormRecord[], mnemonic: string, ops: readonly AnyOperand[], rounding: Rounding | null): this {
    const [o0, o1, o2, o3] = ops as Operand[];
    const f = this.select(list, mnemonic, o0, o1, o2, o3, rounding);
    if (f === null) return this;
    const g = f.swapAlt;
    const text = this.describe(mnemonic, ops as AnyOperand[]);
    if (g === null) throw new EncodeError(text, "has no swapped (.s) encoding", [f.text], -1);
    const rm = opAt(f.iM, o0, o1, o2, o3) as Reg | Mem;
    if (isMem(rm)) throw new EncodeError(text, "a swapped (.s) encoding needs register operands", [f.text], f.iM);
    this.forceVex3 = false;
    this.noSwap = true;
    try {
      return this.encodeForm(g, mnemonic, o0, o1, o2, o3, rounding);
    } finally {
      this.noSwap = false;
    }
  }

  /** Core of every instruction method: select the form, then encode it. */
  inst(list: FormRecord[], name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): this {
    if (this.pendingPrefix !== 0) return this.prefixed(() => this.inst(list, name, o0, o1, o2, o3, rounding));
    // The selection cache of inst() (see INST_KEYS): only without rounding and family filter, which
    // select() also looks at.
    let f: FormRecord | null = null, key = -1, h = 0;
    const cacheable = rounding === null && this.familyFilter < 0 && list.length !== 0;
    if (cacheable) {
      key = tidOf(o0) | (tidOf(o1) << 7) | (tidOf(o2) << 14) | (tidOf(o3) << 21);
      h = Math.imul(key ^ Math.imul(list[0].id, 0x85ebca6b | 0), 0x9e3779b1 | 0) >>> (32 - INST_CACHE_BITS);
      if (INST_KEYS[h] === key && INST_LISTS[h] === list) f = INST_FORMS[h]!;
      else if (INST_KEYS[h ^ 1] === key && INST_LISTS[h ^ 1] === list) f = INST_FORMS[h ^ 1]!;
    }
    if (f === null) {
      f = this.select(list, name, o0, o1, o2, o3, rounding);
      if (f === null) return this;
      // Only the table's own lists (the text assembler's {vex}/{evex} filters make new ones).
      if (cacheable && !hasUncacheableLane(key) && TABLE.byMnemonic.get(name) === list) {
        const slot = INST_KEYS[h] === -1 ? h : h ^ 1;
        INST_KEYS[slot] = key; INST_LISTS[slot] = list; INST_FORMS[slot] = f;
      }
    }
    return this.encodeForm(f, name, o0, o1, o2, o3, rounding);
  }

  /**
   * The first form of `list` that accepts the operands (throws EncodeError when none does).
   * Returns null when it had to go through emit() itself (a rounding operand in a method call).
   */
  select(list: FormRecord[], name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): FormRecord | null {
    const n = o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
    const c0 = clsOf(o0), c1 = clsOf(o1), c2 = clsOf(o2), c3 = clsOf(o3);
    // Kind bits without the EVEX-only capability bit (which must not count as a kind match).
    const m0 = c0 & ~HI, m1 = c1 & ~HI, m2 = c2 & ~HI, m3 = c3 & ~HI;
    const i0 = c0 === IMM ? immRange(o0, name, 0) : 0;
    const i1 = c1 === IMM ? immRange(o1, name, 1) : 0;
    const i2 = c2 === IMM ? immRange(o2, name, 2) : 0;
    const i3 = c3 === IMM ? immRange(o3, name, 3) : 0;
    // A {1toN} operand: its element size and count (when given) must be the form's
    // (tells vcvtpd2ps xmm, m64bcst {1to2} from {1to4}, and vaddps's m32bcst from m64bcst).
    let be = 0, bc = 0;
    const bsel = ((c0 | c1 | c2 | c3) & BCST_ANY) !== 0;
    if (bsel) { const bm = bcstMemOf(o0, o1, o2, o3)!; be = bm.bcst; bc = bm.bcstCount; }
    let f: FormRecord | null = null;
    for (let j = 0; j < list.length; j++) {
      const g = list[j];
      if (g.nops !== n || (bsel && ((be !== 0 && g.bcstSize !== be) || (bc !== 0 && g.bcstCount !== bc)))) continue;
      if (n > 0) {
        if ((m0 & g.k0) === 0 || (c0 & HI & ~g.k0) !== 0 || (g.im0 !== 0 && (i0 & g.im0) === 0)) continue;
        if (n > 1) {
          if ((m1 & g.k1) === 0 || (c1 & HI & ~g.k1) !== 0 || (g.im1 !== 0 && (i1 & g.im1) === 0)) continue;
          if (n > 2) {
            if ((m2 & g.k2) === 0 || (c2 & HI & ~g.k2) !== 0 || (g.im2 !== 0 && (i2 & g.im2) === 0)) continue;
            if (n > 3 && ((m3 & g.k3) === 0 || (c3 & HI & ~g.k3) !== 0 || (g.im3 !== 0 && (i3 & g.im3) === 0))) continue;
          }
        }
      }
      if (rounding !== null && (g.allowEr | g.allowSae) === 0) continue;
      if (this.familyFilter >= 0 && g.family !== this.familyFilter) continue;
      f = g;
      break;
    }
    if (f === null) {
      // A rounding operand has class 0 and matches nothing: take the generic path, which lifts it out.
      if (rounding === null && [o0, o1, o2, o3].some((o) => o instanceof Rounding)) { this.emit(name, [o0, o1, o2, o3].filter((o) => o !== undefined) as AnyOperand[]); return null; }
      throw this.noForm(list, name, [o0, o1, o2, o3].slice(0, n) as AnyOperand[], rounding);
    }
    if (((c0 | c1 | c2 | c3) & MEM_ANY) === MEM_ANY && f.sizedMem) this.checkAmbiguous(list, f, name, o0, o1, o2, o3, n);
    return f;
  }

  /** Encode form `f` (selected for these operands) at the current position. */
  encodeForm(f: FormRecord, name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): this {
    if (this.pendingPrefix !== 0) return this.prefixed(() => this.encodeForm(f, name, o0, o1, o2, o3, rounding));
    try {
      return this.encodeFormUnchecked(f, name, o0, o1, o2, o3, rounding);
    } catch (e) {
      throw this.rewrap(e, f, name, o0, o1, o2, o3, rounding);
    }
  }

  /** Encoders name only the mnemonic: add the operands and the form to their errors. */
  rewrap(e: unknown, f: FormRecord, name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): unknown {
    if (e instanceof EncodeError && (e.instruction === f.mnemonic || e.instruction === "")) {
      const ops = [o0, o1, o2, o3].filter((o) => o !== undefined) as AnyOperand[];
      return new EncodeError(this.describe(name, rounding ? [...ops, rounding] : ops), e.reason, [f.text], e.operand);
    }
    return e;
  }

  private encodeFormUnchecked(f: FormRecord, name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, rounding: Rounding | null): this {
    if (f.featEpoch !== this.featEpoch) this.noteFeatures(f);
    if (f.fast !== 0 && this.lockPrefix === 0 && o3 === undefined && rounding === null && !this.forceVex3 && !this.noSwap && encodeFast(this, f, o0, o1, o2)) return this;
    if (f.family === Family.Legacy) {
      if (f.iD >= 0) return this.branch(f, name, opAt(f.iD, o0, o1, o2, o3));
      encodeLegacy(this, f, o0, o1, o2, o3, this.lockPrefix);
      this.lockPrefix = 0;
    } else {
      if (this.lockPrefix) { this.lockPrefix = 0; throw new EncodeError(name, "a LOCK prefix cannot apply to a VEX/EVEX instruction", [], -1); }
      if (f.family === Family.Vex) {
        if (f.vexSwap >= 0) {
          const rm = opAt(f.iM, o0, o1, o2, o3), r = opAt(f.iR, o0, o1, o2, o3) as Reg;
          if (!isMem(rm as Reg | Mem) && (rm as Reg).id >= 8 && r.id < 8 && !this.forceVex3 && !this.noSwap) f = this.forms[f.vexSwap];
        }
        encodeVex(this, f, o0, o1, o2, o3, this.forceVex3);
      } else encodeEvex(this, f, o0, o1, o2, o3, rounding);
    }
    return this;
  }

  /** Record the cpuid features of form `f` (once per form per assembler and reset). */
  noteFeatures(f: FormRecord): void {
    this.featLo |= f.featLo; this.featHi |= f.featHi;
    f.featEpoch = this.featEpoch;
  }

  /** A method call with five operands (one of them a rounding decorator): the generic path. */
  emitFive(name: string, a: Operand, b: Operand, c: Operand, d: Operand, e: Operand): this {
    return this.emit(name, [a, b, c, d, e].filter((x) => x !== undefined) as AnyOperand[]);
  }

  /** Method path after a cache miss: select, remember the form for these type ids, encode. */
  selectAndCache(list: FormRecord[], name: string, keys: Int32Array, forms: (FormRecord | undefined)[], key: number, h: number,
    a: Operand, b: Operand, c: Operand, d: Operand): this {
    if (this.pendingPrefix !== 0) return this.prefixed(() => this.selectAndCache(list, name, keys, forms, key, h, a, b, c, d));
    const f = this.select(list, name, a, b, c, d, null);
    if (f === null) return this;
    if (!hasUncacheableLane(key)) {
      // Two slots per hash (h, h ^ 1): two shapes that collide both stay cached.
      const slot = keys[h] === -1 ? h : h ^ 1;
      keys[slot] = key; forms[slot] = f;
    }
    if (f.fast !== 0 && d === undefined && this.lockPrefix === 0 && encodeFast(this, f, a, b, c)) {
      if (f.featEpoch !== this.featEpoch) this.noteFeatures(f);
      return this;
    }
    return this.encodeSelected(f, name, a, b, c, d);
  }

  /** Method path for a selected form that the fast paths did not take. */
  encodeSelected(f: FormRecord, name: string, a: Operand, b: Operand, c: Operand, d: Operand): this {
    if (this.pendingPrefix !== 0) return this.prefixed(() => this.encodeForm(f, name, a, b, c, d, null));
    if (f.family === Family.Legacy && this.lockPrefix === 0) {
      if (f.featEpoch !== this.featEpoch) this.noteFeatures(f); // (first use since reset: then the fast path too)
      if (f.iD >= 0) return this.branch(f, name, f.iD === 0 ? a : b);
      if (f.fast !== 0 && d === undefined && encodeFast(this, f, a, b, c)) return this;
      try {
        encodeLegacy(this, f, a, b, c, d, 0);
      } catch (err) {
        throw this.rewrap(err, f, name, a, b, c, d, null);
      }
      return this;
    }
    return this.encodeForm(f, name, a, b, c, d, null);
  }

  /** EncodeSink: RIP-relative reference to a label. */
  ripFixup(label: Label, at: number, tail: number, addend: number): void {
    this.addFixup(FixupKind.Rel32, at, this.checkLabel(label, "rip-relative operand"), tail, addend);
  }

  /** A relative branch to a label (relaxable when a rel8 form exists). */
  branch(f: FormRecord, name: string, target: Operand): this {
    if (target === undefined || target === null || (target as Tagged).cls !== LABEL || this.lockPrefix !== 0) return this.badBranch(f, name, target);
    const label = target as Label;
    const l = label.id;
    if (label.owner !== this || l >= this.labelCount) this.checkLabel(label, name);
    const b = this.buf, pos = b.pos;
    if (this.labelPos[l] < 0 && pos + 16 <= b.data.length) {
      // Forward (the common case), kept small enough to inline: a relaxable short branch, or rel32.
      const longF = f.relSize === 4 ? f : f.longForm;
      if (f.relSize === 1 && (longF === null || this.relaxForward)) {
        b.pos = writeBranchBytes(b.data, pos, f, 0);
        if (longF !== null) this.addItem(ItemKind.Branch, pos, l, f.id, longF.id, f.brLen, f.brLen, longF.brLen - f.brLen);
        else this.addItem(ItemKind.Branch, pos, l, f.id, -1, f.brLen, f.brLen, 0);
        return this;
      }
      b.pos = writeBranchBytes(b.data, pos, longF!, 0);
      this.addFixup(FixupKind.Rel32, b.pos - 4, l, 0, 0);
      return this;
    }
    return this.branchBound(f, name, label, l);
  }

  /** Branch to a bound label (backward), or with a full buffer. */
  private branchBound(f: FormRecord, name: string, label: Label, l: number): this {
    const shortF = f.relSize === 1 ? f : null;
    const longF = f.relSize === 4 ? f : f.longForm;
    const b = this.buf;
    if (b.pos + 16 > b.data.length) b.ensure(16);
    const d = b.data, pos = b.pos;
    const lp = this.labelPos[l];
    if (lp >= 0 && this.labelItem[l] === this.itemCount) {
      // Bound, and nothing relaxable in between: the distance is final.
      if (shortF !== null && lp - (pos + shortF.brLen) >= -128) { b.pos = writeBranchBytes(d, pos, shortF, lp - (pos + shortF.brLen)); return this; }
      if (longF === null) return this.outOfRange(f, name, label);
      b.pos = writeBranchBytes(d, pos, longF, lp - (pos + longF.brLen));
      return this;
    }
    if (shortF !== null && lp >= 0 && lp - (pos + shortF.brLen) - this.growthSinceLabel(l) >= -128) {
      // Backward and short even if every relaxable item in between grows: final size, patched at finalize.
      b.pos = writeBranchBytes(d, pos, shortF, 0);
      this.addFixup(FixupKind.Rel8, b.pos - 1, l, 0, 0);
      return this;
    }
    if (shortF !== null && (longF === null || (lp >= 0 ? lp - (pos + shortF.brLen) >= -128 : this.relaxForward))) {
      b.pos = writeBranchBytes(d, pos, shortF, 0);
      this.addItem(ItemKind.Branch, pos, l, shortF.id, longF !== null ? longF.id : -1, shortF.brLen, shortF.brLen, longF !== null ? longF.brLen - shortF.brLen : 0);
    } else {
      b.pos = writeBranchBytes(d, pos, longF!, 0);
      this.addFixup(FixupKind.Rel32, b.pos - 4, l, 0, 0);
    }
    return this;
  }

  private badBranch(f: FormRecord, name: string, target: Operand): never {
    if (this.lockPrefix) { this.lockPrefix = 0; throw new EncodeError(name, "a LOCK prefix cannot apply to a branch", [], -1); }
    void target;
    throw new EncodeError(name, "a relative branch target must be a Label", [], f.iD);
  }

  private outOfRange(f: FormRecord, name: string, label: Label): never {
    throw new EncodeError(name, `label ${label} is out of rel8 range`, [], f.iD);
  }

  protected override branchSize(formId: number): number {
    return this.forms[formId].brLen;
  }

  protected override writeBranch(d: Uint8Array, p: number, formId: number, disp: number): void {
    writeBranchBytes(d, p, this.forms[formId], disp);
  }

  protected override writePadding(d: Uint8Array, p: number, n: number): void {
    while (n > 0) {
      const k = n > 10 ? 10 : n;
      const nop = NOPS[k];
      for (let i = 0; i < k; i++) d[p++] = nop[i];
      n -= k;
    }
  }

  protected override usedFeatures(): string[] {
    return featureNames(this.featLo, this.featHi);
  }

  override featureSnapshot(): () => readonly string[] {
    const lo = this.featLo, hi = this.featHi;
    return () => featureNames(lo, hi);
  }

  private checkAmbiguous(list: FormRecord[], f: FormRecord, name: string, o0: Operand, o1: Operand, o2: Operand, o3: Operand, n: number): void {
    const cs = [clsOf(o0), clsOf(o1), clsOf(o2), clsOf(o3)];
    for (const g of list) {
      if (g === f || g.nops !== n || g.memSize === f.memSize || !g.sizedMem) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const km = [g.k0, g.k1, g.k2, g.k3][k];
        if ((cs[k] & km & ~C.C_HI) === 0 || (cs[k] & C.C_HI & ~km) !== 0) ok = false;
        const im = [g.im0, g.im1, g.im2, g.im3][k];
        if (ok && im !== 0 && (immRange([o0, o1, o2, o3][k], name, k) & im) === 0) ok = false;
      }
      if (ok) {
        const idx = [o0, o1, o2, o3].findIndex((o) => o instanceof Mem);
        throw new EncodeError(this.describe(name, [o0, o1, o2, o3].slice(0, n) as AnyOperand[]),
          `ambiguous operand size: the memory operand needs a size (e.g. ${f.memSize === 1 ? "byte" : f.memSize === 2 ? "word" : f.memSize === 4 ? "dword" : "qword"}(...))`, [f.text, g.text], idx);
      }
    }
  }

  private describe(name: string, ops: AnyOperand[]): string {
    return ops.length ? `${name} ${ops.map(fmtOperand).join(", ")}` : name;
  }

  private noForm(list: FormRecord[], name: string, ops: AnyOperand[], rounding: Rounding | null): EncodeError {
    const allowed = list.map((g) => g.text);
    const text = this.describe(name, rounding ? [...ops, rounding] : ops);
    const sameCount = list.filter((g) => g.nops === ops.length);
    if (sameCount.length === 0) {
      const counts = [...new Set(list.map((g) => g.nops))].sort().join(" or ");
      return new EncodeError(text, `takes ${counts} operand(s), not ${ops.length}`, allowed, -1);
    }
    // Which operand does no form accept (kind, then immediate range)?
    const ks = (g: FormRecord, k: number) => [g.k0, g.k1, g.k2, g.k3][k];
    const ims = (g: FormRecord, k: number) => [g.im0, g.im1, g.im2, g.im3][k];
    for (let k = 0; k < ops.length; k++) {
      const c = clsOf(ops[k] as Operand);
      if (!sameCount.some((g) => (c & ks(g, k) & ~C.C_HI) !== 0 && (c & C.C_HI & ~ks(g, k)) === 0)) {
        const o = ops[k];
        let why = `operand ${k + 1} (${kindName(o)}) is not accepted`;
        if (o instanceof Reg && o.id >= 16 && sameCount.some((g) => (c & ks(g, k)) !== 0)) why = `${o.name} needs an AVX-512 (EVEX) form, and none takes these operands`;
        else if (o instanceof Reg && o.maskId) why = `operand ${k + 1} (${o}) cannot be masked here`;
        return new EncodeError(text, why, allowed, k);
      }
    }
    // Forms whose non-immediate operands all fit: then an immediate must be out of range.
    const kindsFit = (g: FormRecord) => ops.every((o, k) => {
      const c = clsOf(o as Operand);
      return (c & ks(g, k) & ~C.C_HI) !== 0 && (c & C.C_HI & ~ks(g, k)) === 0;
    });
    const fitting = sameCount.filter(kindsFit);
    for (let k = 0; k < ops.length; k++) {
      const c = clsOf(ops[k] as Operand);
      if (c !== C.C_IMM || fitting.length === 0) continue;
      const r = immRange(ops[k] as Operand, name, k);
      if (!fitting.some((g) => (ims(g, k) & r) !== 0)) {
        const forms = fitting.map((g) => g.text);
        return new EncodeError(text, C.immOutOfRange(ops[k] as number | bigint, forms, fitting.reduce((m, g) => m | ims(g, k), 0)), forms, k);
      }
    }
    if (rounding && !sameCount.some((g) => g.allowEr || g.allowSae)) return new EncodeError(text, `no form takes ${rounding}`, allowed, ops.length);
    const mems = ops.filter((o) => o instanceof Mem).length;
    if (mems > 1) return new EncodeError(text, "x86 instructions take at most one memory operand", allowed, ops.findIndex((o, i) => i > 0 && o instanceof Mem));
    return new EncodeError(text, `no form takes (${ops.map(kindName).join(", ")})`, allowed, -1);
  }
}

type Method = (this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand) => Assembler;

/** An operand that may have a type id and class: `(o as Tagged).tid` (undefined for a number or bigint). */
type Tagged = { tid?: number; cls?: number };

function tidOf(o: Operand): number {
  // No `typeof o === "object"`: V8 compiles it to an instance-type range check plus an
  // "undetectable object" test, several times the cost of these three tests.
  if (o === undefined) return 0;
  if (typeof o === "number") return numTid(o);
  const t = (o as Tagged).tid; // Reg, Mem, Label, Rounding (undefined: a bigint)
  return t !== undefined ? t : bigTid(o);
}

/** Type id of a bigint immediate (by its range mask, like numbers). */
function bigTid(o: Operand): number {
  return typeof o === "bigint" ? C.immTid(C.bigImmClass(o)) : C.TID_UNCACHEABLE;
}

/** Per condition code 0-15: the rel8 form of j<cc> (relaxable to its rel32 form). */
const JCC_BY_CODE: FormRecord[] = CONDITION_NAMES.map((names) => {
  const f = TABLE.byMnemonic.get(`j${names[0]}`)?.[0];
  if (f === undefined || f.fast !== FAST_BRANCH || f.relSize !== 1) throw new Error(`assembler.ts: j${names[0]} rel8 is not the first form of its mnemonic`);
  return f;
});

/**
 * inst()'s selection cache, shared by all mnemonics (inst() is the entry point of emit() and of the
 * text assembler): (operand type ids, form list) -> form, two slots per hash like the methods'.
 */
const INST_CACHE_BITS = 11;
const INST_KEYS = new Int32Array(1 << INST_CACHE_BITS).fill(-1);
const INST_LISTS: (FormRecord[] | undefined)[] = Array.from({ length: 1 << INST_CACHE_BITS }, () => undefined);
const INST_FORMS: (FormRecord | undefined)[] = Array.from({ length: 1 << INST_CACHE_BITS }, () => undefined);

const CACHE_BITS = 7; // the methods below shift by 32 - 7 = 25
if (32 - CACHE_BITS !== 25) throw new Error("assembler.ts: the method bodies' literal hash shift (25) is out of date");
/**
 * One method per mnemonic. It keeps a small cache from the operands' type ids (four 7-bit lanes)
 * to the selected form, so a repeated operand shape skips form selection; selection depends only
 * on type ids (operand-classes.ts), so a hit is exactly what select() would return. The cache has
 * two slots per hash value (h, h ^ 1): the first is probed on the fast path, the second after it.
 * The methods come from three function literals, one per group of mnemonics (integer, vector,
 * branch): V8 shares type feedback and optimized code between all closures of one literal, so
 * each group's dispatch stays small and sees only its own operand shapes and fast paths.
 */
function makeMethod(list: FormRecord[], name: string): Method {
  if (list.some((f) => f.fast === FAST_BRANCH)) return makeBranchMethod(list, name);
  if (list[0].family !== Family.Legacy) return makeVectorMethod(list, name);
  return makeIntegerMethod(list, name);
}

// The method bodies below are written for V8's optimizing compiler:
// - closure state is `var` (a closure `let` costs a temporal-dead-zone check on every access);
// - the cache starts as a shared all-miss table (NO_KEYS), so a hit needs no null check; the
//   method's own table is allocated on its first miss;
// - the hash constants are literals (module constants are loaded from the module context with a
//   hole check on each use): slot = Math.imul(key, 0x9e3779b1 | 0) >>> (32 - CACHE_BITS);
// - the common operand counts compute their key without tidOf() calls for the absent operands,
//   and load an object operand's tid at the call site (own type feedback, no `typeof o ===
//   "object"`, which V8 compiles to an instance-type range check plus an "undetectable" test).
const NO_KEYS = new Int32Array(1 << CACHE_BITS).fill(-1);
/** A method's form table, packed (Array.from; `new Array(n)` would be holey): a hit reads it without a hole check. */
function newCacheForms(): (FormRecord | undefined)[] {
  return Array.from({ length: 1 << CACHE_BITS }, () => undefined);
}
const NO_FORMS = newCacheForms();

/** Integer mnemonics (legacy encoding): fast paths r,r/m and r/m,imm. */
function makeIntegerMethod(list: FormRecord[], name: string): Method {
  // eslint-disable-next-line no-var
  var keys = NO_KEYS, forms = NO_FORMS;
  // Kept small (rare paths are Assembler methods) so V8 inlines the fast encoders into it.
  return function integerMethod(this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand): Assembler {
    if (c === undefined && d === undefined && e === undefined) {
      const key = (a === undefined || typeof a === "number" ? tidOf(a) : (a as Tagged).tid ?? tidOf(a)) |
        ((b === undefined || typeof b === "number" ? tidOf(b) : (b as Tagged).tid ?? tidOf(b)) << 7);
      const h = Math.imul(key, 0x9e3779b1 | 0) >>> 25; // 32 - CACHE_BITS
      if (keys[h] === key) {
        const f = forms[h]!;
        if (f.featEpoch !== this.readyEpoch) { // features not recorded since reset(), or a prefix pending
          if (this.pendingPrefix !== 0) return this.encodeSelected(f, name, a, b, c, d);
          this.noteFeatures(f);
        }
        const fast = f.fast;
        if (fast === 1 /* FAST_LEG_RM */) {
          if (fastLegRM(this, f, a, b)) return this;
        }
        else if (fast === 2 /* FAST_LEG_MI */) { if (fastLegMI(this, f, a, b)) return this; }
        return this.encodeSelected(f, name, a, b, c, d);
      }
    }
    if (e !== undefined) return this.emitFive(name, a, b, c, d, e);
    const key = tidOf(a) | (tidOf(b) << 7) | (tidOf(c) << 14) | (tidOf(d) << 21);
    const h = Math.imul(key, 0x9e3779b1 | 0) >>> 25; // 32 - CACHE_BITS
    if (keys[h] === key) return this.encodeSelected(forms[h]!, name, a, b, c, d);
    if (keys[h ^ 1] === key) return this.encodeSelected(forms[h ^ 1]!, name, a, b, c, d);
    if (keys === NO_KEYS) { keys = new Int32Array(1 << CACHE_BITS).fill(-1); forms = newCacheForms(); }
    return this.selectAndCache(list, name, keys, forms, key, h, a, b, c, d);
  };
}

/** Vector mnemonics (VEX/EVEX first): fast path VEX r,v,r. */
function makeVectorMethod(list: FormRecord[], name: string): Method {
  // eslint-disable-next-line no-var
  var keys = NO_KEYS, forms = NO_FORMS;
  return function vectorMethod(this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand): Assembler {
    if (d === undefined && e === undefined) {
      const key = (a === undefined || typeof a === "number" ? tidOf(a) : (a as Tagged).tid ?? tidOf(a)) |
        ((b === undefined || typeof b === "number" ? tidOf(b) : (b as Tagged).tid ?? tidOf(b)) << 7) |
        ((c === undefined || typeof c === "number" ? tidOf(c) : (c as Tagged).tid ?? tidOf(c)) << 14);
      const h = Math.imul(key, 0x9e3779b1 | 0) >>> 25; // 32 - CACHE_BITS
      if (keys[h] === key) {
        const f = forms[h]!;
        if (f.fast === 3 /* FAST_VEX_RVM */) {
          if (f.featEpoch !== this.readyEpoch) { // features not recorded since reset(), or a prefix pending
            if (this.pendingPrefix !== 0) return this.encodeSelected(f, name, a, b, c, d);
            this.noteFeatures(f);
          }
          if (fastVexRVM(this, f, a, b, c)) return this;
        }
        return this.encodeSelected(f, name, a, b, c, d);
      }
    }
    if (e !== undefined) return this.emitFive(name, a, b, c, d, e);
    const key = tidOf(a) | (tidOf(b) << 7) | (tidOf(c) << 14) | (tidOf(d) << 21);
    const h = Math.imul(key, 0x9e3779b1 | 0) >>> 25; // 32 - CACHE_BITS
    if (keys[h] === key) return this.encodeSelected(forms[h]!, name, a, b, c, d);
    if (keys[h ^ 1] === key) return this.encodeSelected(forms[h ^ 1]!, name, a, b, c, d);
    if (keys === NO_KEYS) { keys = new Int32Array(1 << CACHE_BITS).fill(-1); forms = newCacheForms(); }
    return this.selectAndCache(list, name, keys, forms, key, h, a, b, c, d);
  };
}

/** Branch mnemonics (jcc, jmp, call, loop...): a label operand goes straight to the branch writer. */
function makeBranchMethod(list: FormRecord[], name: string): Method {
  /** The form select() picks for one label operand (found on the first such call). */
  // eslint-disable-next-line no-var
  var labelForm: FormRecord | null = null, keys = NO_KEYS, forms = NO_FORMS;
  return function branchMethod(this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand): Assembler {
    if (b === undefined && a !== undefined && a !== null && (a as Tagged).cls === LABEL && labelForm !== null) {
      const f = labelForm;
      if (f.featEpoch === this.readyEpoch) return this.branch(f, name, a);
      if (this.pendingPrefix === 0) { this.noteFeatures(f); return this.branch(f, name, a); }
    }
    if (e !== undefined) return this.emitFive(name, a, b, c, d, e);
    const key = tidOf(a) | (tidOf(b) << 7) | (tidOf(c) << 14) | (tidOf(d) << 21);
    const h = Math.imul(key, 0x9e3779b1 | 0) >>> 25; // 32 - CACHE_BITS
    if (keys[h] === key) return this.encodeSelected(forms[h]!, name, a, b, c, d);
    if (keys[h ^ 1] === key) return this.encodeSelected(forms[h ^ 1]!, name, a, b, c, d);
    if (keys === NO_KEYS) { keys = new Int32Array(1 << CACHE_BITS).fill(-1); forms = newCacheForms(); }
    if (b === undefined && typeof a === "object" && a.cls === LABEL) {
      const f = this.select(list, name, a, b, c, d, null);
      if (f !== null && f.fast === FAST_BRANCH) labelForm = f;
    }
    return this.selectAndCache(list, name, keys, forms, key, h, a, b, c, d);
  };
}

function hasUncacheableLane(key: number): boolean {
  return (key & 127) === 127 || ((key >> 7) & 127) === 127 || ((key >> 14) & 127) === 127 || ((key >> 21) & 127) === 127;
}

// Install one method per mnemonic (names that clash with Assembler members keep the member; use emit()).
// The ~1,000 methods go on a chain of plain objects between Assembler.prototype and
// CodeEmitter.prototype, at most 400 per object: V8 keeps an object with more than ~1,000
// properties in (slow) dictionary mode, which would also slow down `this.inst` and friends.
{
  const proto = Assembler.prototype as unknown as Record<string, unknown>;
  const names = [...TABLE.byMnemonic.keys()].filter((name) => !(name in proto));
  let parent: object = Object.getPrototypeOf(Assembler.prototype) as object;
  for (let i = names.length; i > 0; i -= 400) {
    const layer = Object.create(parent) as Record<string, unknown>;
    for (const name of names.slice(Math.max(0, i - 400), i)) layer[name] = makeMethod(TABLE.byMnemonic.get(name)!, name);
    parent = layer;
  }
  Object.setPrototypeOf(Assembler.prototype, parent);
  // V8 keeps these prototype objects in dictionary mode until a property-load IC starting AT them
  // misses with feedback present (as `super.x` loads do); call sites in user code would otherwise
  // record slow dictionary-holder feedback. So load through each layer here, several times.
  const touch = (o: object): unknown => (o as Record<string, unknown>).align; // found below every layer
  for (let i = 0; i < 40; i++) for (let o: object = parent; o !== CodeEmitter.prototype; o = Object.getPrototypeOf(o) as object) touch(o);
}
