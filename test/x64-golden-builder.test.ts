// The golden cases again, through the BUILDER API (`a.mov(...)`, `a.vaddpd(...)`: the per-mnemonic
// methods with their own fast paths) instead of the text assembler (which calls the generic
// `inst`). test/support/builder-assembler.ts parses and lowers the text with the text assembler's
// parser, then calls the Assembler method named by the mnemonic. Bytes must be llvm-mc's.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { GOLDEN_FILE, parseGolden } from "../tools/gen-golden.js";
import { builderAssemble } from "./support/builder-assembler.js";

const golden = parseGolden(readFileSync(GOLDEN_FILE, "utf8"));

test("every golden case through the builder methods gives llvm-mc's bytes", (t) => {
  const mismatches: string[] = [];
  let pass = 0, total = 0;
  for (const form of golden.forms) {
    for (const c of form.cases) {
      total++;
      const r = builderAssemble(c.text);
      const got = r.ok ? Buffer.from(r.bytes).toString("hex").replace(/(..)(?!$)/g, "$1 ") : `error ${r.error.line}:${r.error.column}: ${r.error.message}`;
      if (got === c.hex) pass++;
      else mismatches.push(`${c.text}\n      llvm-mc: ${c.hex}\n      builder: ${got}\n      form:    ${form.key}`);
    }
  }
  t.diagnostic(`${pass} of ${total} golden cases match llvm-mc through the builder methods; ${mismatches.length} mismatch`);
  if (mismatches.length) assert.fail(`${mismatches.length} of ${total} differ (first 40):\n  ${mismatches.slice(0, 40).join("\n  ")}`);
});
