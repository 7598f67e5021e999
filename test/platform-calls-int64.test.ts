// i64/u64 calls in both int64 modes, with arguments all in the mode's form (the wrapper's inline
// path), all in the other form, and mixed (the out-of-line path): exact values, result types,
// limits of the number mode, and RangeError/TypeError for every bad argument on either path.
// All machine code comes from llvm-mc (test/support/platform-llvm-mc.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCode } from "../src/platform/calls.js";
import type { Int64Mode } from "../src/platform/calls.js";
import type { ValueType } from "../src/platform/signature.js";
import { llvmMc } from "./support/platform-llvm-mc.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const P53 = 2n ** 53n;
const MODES: readonly Int64Mode[] = ["bigint", "number"];

// sum(a: i64, b: i32, c: u64, p: pointer) = a + b + c (p is checked and passed, not used);
// pick(reg, ...) returns the argument in `reg` unchanged.
const SUM = llvmMc("movsxd rsi, esi; lea rax, [rdi + rsi]; add rax, rdx; ret");
const SUM_SIG = { args: ["i64", "i32", "u64", "pointer"] as ValueType[], returns: "i64" as const };
const pick = (reg: string, t: ValueType, returns: "i64" | "u64", int64: Int64Mode) =>
  loadCode(llvmMc(`mov rax, ${reg}; ret`), { args: ["i64", "u64", t], returns }, { name: `pick_${reg}`, int64 });

/** The value in the mode's result form. */
const as = (mode: Int64Mode, v: bigint): bigint | number => (mode === "bigint" ? v : Number(v));

test("every combination of bigint and number arguments gives the exact result in each mode", () => {
  const buffer = new Uint8Array(8);
  for (const mode of MODES) {
    const f = loadCode(SUM, SUM_SIG, { name: "sum", int64: mode });
    const cases: Array<[bigint | number, number, bigint | number, bigint]> = [
      [5n, 2, 7n, 14n], [5, 2, 7, 14n], [5n, 2, 7, 14n], [5, 2, 7n, 14n],
      [-(2 ** 53) + 2, -1, 0, -P53 + 1n], [P53 - 1n, 0, 0n, P53 - 1n], [-P53 + 1n, -3, 2 ** 53 - 1, -3n],
      [-0, 0, -0, 0n],
    ];
    for (const [a, b, c, expected] of cases) {
      for (const p of [null, buffer, 0n]) {
        const r = f(a, b, c, p);
        assert.equal(r, as(mode, expected), `${mode}: f(${a}, ${b}, ${c})`);
        assert.equal(typeof r, mode, `${mode}: result type`);
      }
    }
    f.free();
  }
});

test("bigint mode: exact results over the whole range, whatever the argument forms", () => {
  const i = pick("rdi", "i32", "i64", "bigint");
  const u = pick("rsi", "i32", "u64", "bigint");
  for (const v of [INT64_MIN, -P53 - 1n, -P53, -1n, 0n, P53, P53 + 1n, INT64_MAX]) {
    assert.equal(i(v, 0n, 0), v);
    assert.equal(i(v, 0, 0), v); // mixed forms: the out-of-line path
  }
  for (const v of [0n, P53 + 1n, INT64_MAX + 1n, UINT64_MAX]) {
    assert.equal(u(0n, v, 0), v);
    assert.equal(u(0, v, 0), v);
  }
  i.free();
  u.free();
});

test("number mode: safe results are numbers, unsafe ones a RangeError with the exact value", () => {
  const i = pick("rdi", "i32", "i64", "number");
  const u = pick("rsi", "i32", "u64", "number");
  assert.equal(i(2 ** 53 - 1, 0, 0), 2 ** 53 - 1);
  assert.equal(i(P53 - 1n, 0n, 0), 2 ** 53 - 1);
  assert.equal(i(2 ** 53 - 1, 0n, 0), 2 ** 53 - 1);
  assert.equal(i(-P53 + 1n, 0, 0), -(2 ** 53) + 1);
  assert.equal(u(0, P53 - 1n, 0), 2 ** 53 - 1);
  const unsafe: Array<[bigint, typeof i]> = [
    [P53, i], [-P53, i], [P53 + 1n, i], [-P53 - 1n, i], [INT64_MIN, i], [INT64_MAX, i],
    [P53, u], [P53 + 1n, u], [UINT64_MAX, u], [INT64_MAX + 1n, u],
  ];
  for (const [v, f] of unsafe) {
    const args = f === i ? [v, 0n, 0] : [0n, v, 0];
    assert.throws(() => f(...args), { name: "RangeError", message: new RegExp(`result ${v} is not a safe integer`) }, `${v}`);
    const mixed = f === i ? [v, 0, 0] : [0, v, 0];
    assert.throws(() => f(...mixed), { name: "RangeError", message: new RegExp(`result ${v} is not a safe integer`) }, `${v} mixed`);
  }
  i.free();
  u.free();
});

test("bad i64/u64 arguments throw on the inline and on the out-of-line path, naming the argument", () => {
  for (const mode of MODES) {
    const f = pick("rdi", "i32", "i64", mode);
    // [a (i64), b (u64), bad argument position]
    const bad: Array<[unknown, unknown, number, "RangeError" | "TypeError"]> = [
      [INT64_MAX + 1n, 0n, 1, "RangeError"], [INT64_MIN - 1n, 0, 1, "RangeError"],
      [2 ** 53, 0, 1, "RangeError"], [2 ** 53, 0n, 1, "RangeError"], [-(2 ** 53), 0, 1, "RangeError"],
      [1.5, 0, 1, "RangeError"], [NaN, 0n, 1, "RangeError"], [Infinity, 0, 1, "RangeError"],
      [0n, -1n, 2, "RangeError"], [0, -1, 2, "RangeError"], [0, UINT64_MAX + 1n, 2, "RangeError"], [0n, UINT64_MAX + 1n, 2, "RangeError"],
      [0n, 2 ** 64, 2, "RangeError"], [0, 0.5, 2, "RangeError"],
      ["1", 0, 1, "TypeError"], ["1", 0n, 1, "TypeError"], [0n, null, 2, "TypeError"], [0, undefined, 2, "TypeError"], [{}, 0n, 1, "TypeError"],
    ];
    for (const [a, b, position, name] of bad) {
      assert.throws(() => f(a, b, 0), { name, message: new RegExp(`argument ${position} \\((i64|u64)\\)`) },
        `${mode}: f(${String(a)}, ${String(b)})`);
    }
    f.free();
  }
});

test("a checked argument of another type still throws when the i64 arguments take the out-of-line path", () => {
  for (const mode of MODES) {
    const f = loadCode(SUM, SUM_SIG, { name: "sum", int64: mode });
    const other = mode === "bigint" ? 1 : 1n; // the other form: out-of-line path
    assert.throws(() => f(other, 2 ** 31, other, null), { name: "RangeError", message: /argument 2 \(i32\)/ });
    assert.throws(() => f(other, 0, other, 5), { name: "TypeError", message: /argument 4 \(pointer\)/ });
    assert.throws(() => f(other, 0, other, -1n), { name: "RangeError", message: /argument 4 \(pointer\)/ });
    f.free();
  }
});

test("with all 8 float registers taken (Deno's slot route), i64 arguments in either form still arrive exactly", () => {
  // f(d0..d7: f64, a: i64, b: u64) = a + b + (int) d7
  const code = llvmMc("cvttsd2si rax, xmm7; add rax, rdi; add rax, rsi; ret");
  const args: ValueType[] = [...Array<ValueType>(8).fill("f64"), "i64", "u64"];
  const floats = [0, 0, 0, 0, 0, 0, 0, 3];
  for (const mode of MODES) {
    const f = loadCode(code, { args, returns: "i64" }, { name: "eight", int64: mode });
    assert.equal(f(...floats, 5n, 7n), as(mode, 15n));
    assert.equal(f(...floats, 5, 7), as(mode, 15n));
    assert.equal(f(...floats, -5, 7n), as(mode, 5n));
    assert.throws(() => f(...floats, INT64_MAX + 1n, 0), { name: "RangeError", message: /argument 9 \(i64\)/ });
    assert.throws(() => f(...floats, 0, -1), { name: "RangeError", message: /argument 10 \(u64\)/ });
    f.free();
  }
});
