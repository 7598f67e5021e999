// Every mnemonic of the instruction table has an Assembler method at run time and a type in
// src/x64/methods.ts (and no typed name lacks a table form), so the typed API and the table agree.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Assembler } from "../src/x64/assembler.js";
import { CONDITIONS } from "../src/x64/conditions.js";
import { INTEGER_METHOD_NAMES, VECTOR_MNEMONICS } from "../src/x64/methods.js";

test("every table mnemonic is a typed Assembler method", () => {
  const typed = new Set<string>([...INTEGER_METHOD_NAMES, ...VECTOR_MNEMONICS]);
  for (const { name } of CONDITIONS) for (const p of ["j", "set", "cmov"]) typed.add(p + name);
  const table = [...Assembler.table.byMnemonic.keys()];
  const proto = Assembler.prototype as unknown as Record<string, unknown>;
  assert.deepEqual(table.filter((m) => !typed.has(m)), [], "table mnemonics without a type in methods.ts");
  assert.deepEqual([...typed].filter((m) => !Assembler.table.byMnemonic.has(m)), [], "typed names without a table form");
  assert.deepEqual(table.filter((m) => typeof proto[m] !== "function"), [], "table mnemonics without a method");
});
