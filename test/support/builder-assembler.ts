// Test-side text-to-builder replay: parses Intel-syntax text with the text assembler's parser and
// lowering, but encodes each instruction by calling the public builder method named by its mnemonic
// (`a.mov(...)`, `a.vaddpd(...)`), so the builder's own fast paths meet the same oracles as text.

import { Assembler } from "../../src/x64/assembler.js";
import { parseStream } from "../../src/x64/parser/parser.js";
import { Lowering, type LoweringTarget, type TargetOperand } from "../../src/x64/parser/lower.js";
import type { Label, Rounding } from "../../src/x64/operands.js";
import type { FormRecord } from "../../src/x64/table.js";
import "../../src/x64/parser/assemble.js"; // registers the mnemonics (and their infos) with the parser
import type { TextResult } from "./text-assembler.js";

type Method = (...ops: unknown[]) => unknown;

/** Lowering target that encodes through `a[mnemonic](...)`, the public builder methods. */
export class BuilderTarget implements LoweringTarget {
  constructor(readonly a: Assembler) {}
  newLabel(): Label { return this.a.newLabel(); }
  bind(label: Label): void { this.a.bind(label); }
  data(bytes: Uint8Array): void { this.a.db(bytes); }
  addressOf(label: Label): void { this.a.dq(label); }
  align(alignment: number): void { this.a.align(alignment); }
  formsOf(info: object): readonly FormRecord[] { return (info as { forms: FormRecord[] }).forms; }
  emitPlain(info: object, n: number, o0?: TargetOperand, o1?: TargetOperand, o2?: TargetOperand, o3?: TargetOperand): void {
    this.emit(info, [o0, o1, o2, o3].slice(0, n) as TargetOperand[], null, []);
  }
  emit(info: object, ops: TargetOperand[], rounding: Rounding | null, prefixes: readonly string[]): void {
    const m = info as { name: string; imm: number };
    const args: unknown[] = [...ops];
    if (m.imm >= 0) args.push(m.imm);
    if (rounding) args.push(rounding);
    for (const p of prefixes) {
      if (p === "lock") this.a.lock(); else if (p === "rep" || p === "repe") this.a.rep(); else if (p === "repne") this.a.repne();
      else throw new Error(`prefix {${p}} has no builder equivalent here`);
    }
    const method = (this.a as unknown as Record<string, Method>)[m.name];
    if (typeof method !== "function") throw new Error(`Assembler has no method ${m.name}`);
    method.apply(this.a, args);
  }
}


const shared = new Assembler();

/** Assembles `text` through the builder methods; same result shape as the text adapter. */
export function builderAssemble(text: string): TextResult {
  const a = shared;
  a.reset();
  const lowering = new Lowering(new BuilderTarget(a));
  let errors;
  try {
    const syntax = parseStream(text, (s) => lowering.statement(s));
    errors = [...syntax, ...lowering.finish()];
  } catch (e) {
    return { ok: false, error: { line: 0, column: 0, message: `threw ${(e as Error).message}` }, bytesProduced: 0 };
  }
  if (errors.length) return { ok: false, error: { line: errors[0].line, column: errors[0].column, message: errors[0].message }, bytesProduced: 0 };
  return { ok: true, bytes: a.finalize().bytes };
}
