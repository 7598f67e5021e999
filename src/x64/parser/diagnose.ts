// Diagnosis of an instruction the assembler rejected: which operand to blame and why, phrased for
// a person reading assembly text. Requires the candidate forms of the mnemonic (table.ts records)
// and the operands as they were given. Rules, in order:
//   high-byte register next to a REX operand -> that ah/bh/ch/dh;  two memory operands -> the
//   mnemonic;  rounding not allowed -> the {er}/{sae} operand;  an immediate no matching form can
//   hold -> the immediate ("out of range");  a register where only memory fits -> that operand;
//   right kinds of operand but sizes that no form combines -> the mnemonic ("sizes do not match");
//   anything else -> the mnemonic with the assembler's own reason. Every message lists the forms
//   with the same operand count ("allowed: ...").

import * as C from "../operand-classes.js";
import { EncodeError } from "../encode-error.js";
import { Label, Mem, type Rounding } from "../operands.js";
import { Reg, RF_HIGH8 } from "../registers.js";
import type { FormRecord } from "../table.js";
import type { TargetOperand } from "./lower.js";

export interface Diagnosis {
  message: string;
  /** Operand to point at (its index among the written operands; rounding counts last), or -1 for the mnemonic. */
  operand: number;
}

const GP_FAMILY = C.C_GP | C.C_AL | C.C_AX | C.C_EAX | C.C_RAX | C.C_CL;
const VEC_FAMILY = C.C_XMM | C.C_YMM | C.C_ZMM | C.C_XMM0;
const MEM_FAMILY = C.C_MEM_ANY | C.C_BCST_ANY | C.C_VMX | C.C_VMY | C.C_VMZ;

function clsOf(o: TargetOperand | undefined): number {
  if (o === undefined) return 0;
  if (typeof o === "number" || typeof o === "bigint") return C.C_IMM;
  return (o as Reg | Mem | Label).cls;
}

function immRange(o: TargetOperand): number {
  if (typeof o === "number") return Number.isSafeInteger(o) ? C.immClass(o) : 0;
  if (typeof o === "bigint") return C.bigImmClass(o);
  return 0;
}

function familyOf(cls: number): number {
  if (cls & GP_FAMILY) return GP_FAMILY;
  if (cls & VEC_FAMILY) return VEC_FAMILY;
  if (cls & MEM_FAMILY) return MEM_FAMILY;
  if (cls & C.C_K) return C.C_K;
  return cls & ~C.C_HI;
}

function describeKind(o: TargetOperand): string {
  if (o instanceof Reg) return o.kind === "gp8" || o.kind === "gp16" || o.kind === "gp32" || o.kind === "gp64" ? `a general register (${o.name})` : `${o.kind === "k" ? "a mask" : o.kind === "seg" ? "a segment" : "an " + o.kind} register (${o.name})`;
  if (o instanceof Mem) return "a memory operand";
  return "this operand";
}

const kOf = (g: FormRecord, k: number): number => (k === 0 ? g.k0 : k === 1 ? g.k1 : k === 2 ? g.k2 : g.k3);
const imOf = (g: FormRecord, k: number): number => (k === 0 ? g.im0 : k === 1 ? g.im1 : k === 2 ? g.im2 : g.im3);

function allowedList(forms: readonly FormRecord[]): string {
  const texts = [...new Set(forms.map((g) => g.text))];
  return texts.length === 0 ? "" : `; allowed: ${texts.slice(0, 10).join("; ")}${texts.length > 10 ? `; ... (${texts.length} forms)` : ""}`;
}

/** Explains why `ops` (with `rounding`) fit none of `list`, given the assembler's error `e`. */
export function diagnose(list: readonly FormRecord[], e: EncodeError, ops: readonly TargetOperand[], rounding: Rounding | null): Diagnosis {
  const n = ops.length;
  const text = e.instruction;
  const same = list.filter((g) => g.nops === n);
  const allowed = allowedList(same.length ? same : list);
  // ah/bh/ch/dh with an operand that needs REX: blame the high-byte register.
  if (/\bah, ch, dh and bh\b/.test(e.reason)) {
    const h = ops.findIndex((o) => o instanceof Reg && (o.flags & RF_HIGH8) !== 0);
    return { message: e.message, operand: h };
  }
  let mems = 0;
  for (const o of ops) if (o instanceof Mem) mems++;
  if (mems > 1) return { message: `${text}: two memory operands; x86 instructions take at most one memory operand${allowed}`, operand: -1 };
  // A specific reason from the assembler (ambiguous size, absolute address range, lock on VEX,
  // masking not allowed...): keep it, at the operand it names.
  const generic = /^(no form takes|operand \d+ \(.*\) is not accepted|takes \d)/.test(e.reason);
  if (!generic) {
    const k = typeof e.operand === "number" && e.operand >= 0 && e.operand <= n ? e.operand : -1;
    return { message: e.message, operand: k };
  }
  if (same.length === 0) return { message: e.message, operand: typeof e.operand === "number" && e.operand >= 0 && e.operand < n ? e.operand : -1 };

  const cls = ops.map(clsOf);
  const kindOk = (g: FormRecord, k: number) => C.operandMatches(cls[k], kOf(g, k));
  const immOk = (g: FormRecord, k: number) => cls[k] !== C.C_IMM || imOf(g, k) === 0 || (immRange(ops[k]) & imOf(g, k)) !== 0;
  const othersOk = (g: FormRecord, k: number) => {
    for (let j = 0; j < n; j++) if (j !== k && !(kindOk(g, j) && immOk(g, j))) return false;
    return true;
  };

  if (rounding !== null) {
    const fit = same.filter((g) => { for (let j = 0; j < n; j++) if (!(kindOk(g, j) && immOk(g, j))) return false; return true; });
    if (fit.length > 0 && !fit.some((g) => g.allowEr || g.allowSae)) {
      const withRounding = same.filter((g) => g.allowEr || g.allowSae);
      return {
        message: `${text}: ${rounding} is not allowed with these operands` +
          (withRounding.length ? `; allowed: ${withRounding.map((g) => g.text).join("; ")}` : `; no form of this instruction takes rounding/SAE`),
        operand: n,
      };
    }
  }

  for (let k = 0; k < n; k++) {
    if (cls[k] !== C.C_IMM) continue;
    const cands = same.filter((g) => othersOk(g, k) && kindOk(g, k));
    if (cands.length > 0 && !cands.some((g) => immOk(g, k))) {
      return { message: `${text}: ${C.immOutOfRange(ops[k] as number | bigint, cands.map((g) => g.text), cands.reduce((m, g) => m | imOf(g, k), 0))}`, operand: k };
    }
  }

  for (let k = 0; k < n; k++) {
    const o = ops[k];
    if (!(o instanceof Reg)) continue;
    const cands = same.filter((g) => othersOk(g, k));
    if (cands.length > 0 && cands.every((g) => (kOf(g, k) & MEM_FAMILY) !== 0 && (kOf(g, k) & (GP_FAMILY | VEC_FAMILY | C.C_K)) === 0)) {
      return { message: `${text}: operand ${k + 1} must be a memory operand, not register ${o.name}${allowed}`, operand: k };
    }
  }

  // A broadcast whose element count fits no form: blame the memory operand.
  const b = ops.findIndex((o) => o instanceof Mem && o.bcstCount !== 0);
  if (b >= 0) {
    const m = ops[b] as Mem;
    const bcstForms = same.filter((g) => g.bcstSize !== 0);
    return {
      message: `${text}: no form broadcasts ${m.bcstCount} elements with these operands` +
        (bcstForms.length ? `; allowed: ${bcstForms.map((g) => g.text).join("; ")}` : "; this instruction has no broadcast form"),
      operand: b,
    };
  }
  // An operand of a kind no form takes at its position (mov al, xmm0): blame it.
  const fam = cls.map(familyOf);
  for (let k = 0; k < n; k++) {
    if (cls[k] === C.C_IMM || cls[k] === C.C_LABEL) continue;
    if (!same.some((g) => (kOf(g, k) & fam[k] & ~C.C_HI) !== 0)) {
      return { message: `${text}: operand ${k + 1} cannot be ${describeKind(ops[k])} here${allowed}`, operand: k };
    }
  }
  // Right kinds, wrong sizes: every operand's family is accepted by one form at its position.
  if (same.some((g) => { for (let j = 0; j < n; j++) if ((kOf(g, j) & fam[j] & ~C.C_HI) === 0) return false; return true; })) {
    return { message: `${text}: operand sizes do not match any form${allowed}`, operand: -1 };
  }
  if (ops.some((o) => o instanceof Label) && !same.some((g) => { for (let j = 0; j < n; j++) if ((kOf(g, j) & C.C_LABEL) !== 0) return true; return false; })) {
    const k = ops.findIndex((o) => o instanceof Label);
    return { message: `${text}: operand ${k + 1} is a label; a label is a jump/call target, or an address written [rip + label]${allowed}`, operand: k };
  }
  return { message: `${text}: ${e.reason}${allowed}`, operand: -1 };
}
