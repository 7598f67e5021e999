// Every mnemonic of the instruction table has an Assembler method at run time and a type in
// src/x64/methods.ts (and no typed name lacks a table form), so the typed API and the table agree;
// the methods' form caches key on operand type ids that stand for what selection looks at.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Assembler } from "../src/x64/assembler.js";
import { CONDITIONS } from "../src/x64/conditions.js";
import { INTEGER_METHOD_NAMES, VECTOR_MNEMONICS } from "../src/x64/methods.js";
import { immClass, immTid, numTid } from "../src/x64/operand-classes.js";
import type { Operand } from "../src/x64/modrm.js";
import { x64 } from "../src/index.js";

test("every table mnemonic is a typed Assembler method", () => {
  const typed = new Set<string>([...INTEGER_METHOD_NAMES, ...VECTOR_MNEMONICS]);
  for (const { name } of CONDITIONS) for (const p of ["j", "set", "cmov"]) typed.add(p + name);
  const table = [...Assembler.table.byMnemonic.keys()];
  const proto = Assembler.prototype as unknown as Record<string, unknown>;
  assert.deepEqual(table.filter((m) => !typed.has(m)), [], "table mnemonics without a type in methods.ts");
  assert.deepEqual([...typed].filter((m) => !Assembler.table.byMnemonic.has(m)), [], "typed names without a table form");
  assert.deepEqual(table.filter((m) => typeof proto[m] !== "function"), [], "table mnemonics without a method");
});

test("an immediate's cache type id is the type id of its range mask (the method caches rely on it)", () => {
  const values: number[] = [];
  for (let v = -70000; v <= 70000; v++) values.push(v);
  values.push(2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 2 ** 40, -(2 ** 40), 0xffffff80, 0xffffff7f, 2 ** 53 - 1, -(2 ** 53 - 1));
  for (const v of values) if (numTid(v) !== immTid(immClass(v))) assert.fail(`numTid(${v}) = ${numTid(v)}, its range mask's type id is ${immTid(immClass(v))}`);
});

test("a method's form cache keeps many operand shapes of one mnemonic (no repeated selection)", () => {
  const { rax, rbx, eax, ebx, al, bl } = x64;
  const m64 = x64.qword(rbx), m32 = x64.dword(rbx);
  // 25 shapes of mov (several of them collide in a one-slot-per-hash cache of 64 entries).
  const shapes: [Operand, Operand][] = [[rbx, rbx], [rax, rbx], [rbx, rax], [rax, rax], [rbx, m64], [rax, m64], [m64, rbx], [m64, rax],
    [ebx, ebx], [eax, ebx], [ebx, eax], [ebx, m32], [m32, ebx], [rbx, 1], [rbx, 1000], [rbx, -1], [rbx, 100000], [ebx, 5],
    [m64, 1], [m32, 7], [bl, bl], [al, bl], [rax, 1], [eax, 1], [rax, 300]];
  const a = new Assembler();
  const mov = a.mov as unknown as (x: Operand, y: Operand) => Assembler;
  for (const [x, y] of shapes) mov.call(a, x, y); // fill the cache
  const proto = Assembler.prototype as unknown as { select: (...args: unknown[]) => unknown };
  const select = proto.select;
  let selections = 0;
  proto.select = function (this: Assembler, ...args: unknown[]) { selections++; return select.apply(this, args); };
  try {
    for (let round = 0; round < 3; round++) for (const [x, y] of shapes) mov.call(a, x, y);
  } finally {
    proto.select = select;
  }
  assert.equal(selections, 0);
});
