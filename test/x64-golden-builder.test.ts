// The golden cases again, through the BUILDER API (`a.mov(...)`, `a.vaddpd(...)`: the per-mnemonic
// methods with their own fast paths) instead of the text assembler (which calls the generic
// `inst`). The text is parsed and lowered by the text assembler's own parser/lowering into operand
// objects; a replaying target then calls the Assembler method named by the mnemonic. Bytes must be
// llvm-mc's, as in x64-golden.test.ts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { GOLDEN_FILE, parseGolden } from "../tools/gen-golden.js";
import { Assembler } from "../src/x64/assembler.js";
import { parseStream } from "../src/x64/parser/parser.js";
import { Lowering, type LoweringTarget, type TargetOperand } from "../src/x64/parser/lower.js";
import type { Label, Rounding } from "../src/x64/operands.js";
import type { FormRecord } from "../src/x64/table.js";
import "../src/x64/parser/assemble.js"; // registers the mnemonics (and their infos) with the parser

type Method = (...ops: unknown[]) => unknown;

/** Lowering target that encodes through `a[mnemonic](...)`, the public builder methods. */
class BuilderTarget implements LoweringTarget {
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

const golden = parseGolden(readFileSync(GOLDEN_FILE, "utf8"));

test("every golden case through the builder methods gives llvm-mc's bytes", (t) => {
  const a = new Assembler();
  const mismatches: string[] = [];
  let pass = 0, total = 0;
  for (const form of golden.forms) {
    for (const c of form.cases) {
      total++;
      a.reset();
      let got: string;
      try {
        const lowering = new Lowering(new BuilderTarget(a));
        const syntax = parseStream(c.text, (s) => lowering.statement(s));
        const errors = [...syntax, ...lowering.finish()];
        got = errors.length ? `error ${errors[0].line}:${errors[0].column}: ${errors[0].message}` : Buffer.from(a.finalize().bytes).toString("hex").replace(/(..)(?!$)/g, "$1 ");
      } catch (e) {
        got = `threw ${(e as Error).message}`;
      }
      if (got === c.hex) pass++;
      else mismatches.push(`${c.text}\n      llvm-mc: ${c.hex}\n      builder: ${got}\n      form:    ${form.key}`);
    }
  }
  t.diagnostic(`${pass} of ${total} golden cases match llvm-mc through the builder methods; ${mismatches.length} mismatch`);
  if (mismatches.length) assert.fail(`${mismatches.length} of ${total} differ (first 40):\n  ${mismatches.slice(0, 40).join("\n  ")}`);
});
