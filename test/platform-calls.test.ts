// Typed native calls: every argument and result type at its limits, register positions of all
// 6 integer and 8 floating-point arguments, argument checks, pointers, int64 conventions, free().
// All machine code comes from llvm-mc (test/support/platform-llvm-mc.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { host } from "../src/platform/host-select.js";
import { loadCode, bindAddress } from "../src/platform/calls.js";
import { FreedCodeError } from "../src/platform/errors.js";
import { Pages } from "../src/platform/pages.js";
import { slotTrampoline } from "../src/platform/trampoline.js";
import type { Signature, ValueType } from "../src/platform/signature.js";
import { llvmMc, hex } from "./support/platform-llvm-mc.js";
import { skipTest } from "./support/skip.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const P53 = 2n ** 53n;

const IDENTITY_INT = llvmMc("mov rax, rdi; ret");
const IDENTITY_FLOAT = llvmMc("ret"); // the argument arrives in xmm0 and is returned in xmm0

function identity(t: ValueType, options = {}) {
  const sig: Signature = { args: [t], returns: t };
  return loadCode(t === "f32" || t === "f64" ? IDENTITY_FLOAT : IDENTITY_INT, sig, { name: `id_${t}`, ...options });
}

test("trampoline bytes match llvm-mc", () => {
  const slot = 0x7f0012345678n;
  const expected = llvmMc(`movabs r11, ${slot}; cvttsd2si r11, qword ptr [r11]; jmp r11`);
  assert.equal(hex(slotTrampoline(slot)), hex(expected));
});

test("add4 from the DESIGN sketch: bigint in, bigint out", () => {
  const add4 = loadCode(llvmMc("mov rax, rdi; add rax, 4; ret"), { args: ["i64"], returns: "i64" }, { name: "add4" });
  assert.equal(add4(2n), 6n);
  assert.equal(add4(2), 6n); // a safe-integer number is accepted
  assert.equal(add4(INT64_MAX), INT64_MIN + 3n); // wraps like the machine
  add4.free();
});

test("integer identities at their limits", () => {
  const cases: Array<[ValueType, Array<number | bigint>]> = [
    ["i8", [-128, -1, 0, 1, 127]],
    ["i16", [-32768, -1, 0, 32767]],
    ["i32", [-2147483648, -1, 0, 2147483647]],
    ["u8", [0, 1, 255]],
    ["u16", [0, 65535]],
    ["u32", [0, 2147483648, 4294967295]],
    ["i64", [INT64_MIN, INT64_MIN + 1n, -P53 - 1n, -P53, -P53 + 1n, -1n, 0n, 1n, P53 - 1n, P53, P53 + 1n, INT64_MAX]],
    ["u64", [0n, 1n, P53 - 1n, P53, P53 + 1n, INT64_MAX, INT64_MAX + 1n, UINT64_MAX]],
  ];
  for (const [t, values] of cases) {
    const f = identity(t);
    for (const v of values) assert.equal(f(v), v, `${t} ${v}`);
    f.free();
  }
});

test("i64/u64 accept safe-integer numbers and always return bigint", () => {
  const i = identity("i64");
  const u = identity("u64");
  assert.equal(i(Number.MAX_SAFE_INTEGER), P53 - 1n);
  assert.equal(i(Number.MIN_SAFE_INTEGER), -P53 + 1n);
  assert.equal(i(-0), 0n);
  assert.equal(u(Number.MAX_SAFE_INTEGER), P53 - 1n);
  i.free();
  u.free();
});

test("int64: \"number\" returns safe integers as numbers and refuses to round", () => {
  const i = identity("i64", { int64: "number" });
  assert.equal(i(5n), 5);
  assert.equal(i(P53 - 1n), Number.MAX_SAFE_INTEGER);
  assert.equal(i(-P53 + 1n), Number.MIN_SAFE_INTEGER);
  assert.throws(() => i(P53), { name: "RangeError", message: /result 9007199254740992 is not a safe integer/ });
  assert.throws(() => i(P53 + 1n), { name: "RangeError", message: /result 9007199254740993 is not a safe integer/ });
  assert.throws(() => i(INT64_MIN), RangeError);
  i.free();
});

test("floating-point identities: NaN, -0, subnormals, infinities, extremes", () => {
  const f64 = identity("f64");
  for (const v of [0, -0, 1.5, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308 / 2, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, Number.EPSILON]) {
    assert.ok(Object.is(f64(v), v), `f64 ${v}`);
  }
  assert.ok(Number.isNaN(f64(NaN)));
  f64.free();
  const f32 = identity("f32");
  const f32Values = [0, -0, 1.5, 2 ** -149, -(2 ** -149), 2 ** -127, 3.4028234663852886e38, Infinity, -Infinity];
  for (const v of f32Values) assert.ok(Object.is(f32(v), v), `f32 ${v}`);
  assert.ok(Number.isNaN(f32(NaN)));
  assert.equal(f32(0.1), Math.fround(0.1)); // rounded to single precision on the way in
  f32.free();
});

test("narrow integer results are truncated and extended by type", () => {
  const sum = (t: ValueType) => loadCode(llvmMc("lea rax, [rdi + rsi]; ret"), { args: [t, t], returns: t });
  const cases: Array<[ValueType, number, number, number]> = [
    ["i8", 127, 1, -128], ["u8", 255, 1, 0], ["i16", 32767, 1, -32768], ["u16", 65535, 2, 1],
    ["i32", 2147483647, 1, -2147483648], ["u32", 4294967295, 1, 0],
  ];
  for (const [t, a, b, r] of cases) {
    const f = sum(t);
    assert.equal(f(a, b), r, t);
    f.free();
  }
});

test("all 6 integer argument registers, in order", () => {
  const regs = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];
  const args: ValueType[] = ["i64", "i64", "i64", "i64", "i64", "i64"];
  const values = [INT64_MIN, -2n, P53 + 1n, 4n, INT64_MAX, 6n];
  regs.forEach((reg, k) => {
    const pick = loadCode(llvmMc(`mov rax, ${reg}; ret`), { args, returns: "i64" }, { name: `arg${k}` });
    assert.equal(pick(...values), values[k], reg);
    pick.free();
  });
  const sum = loadCode(llvmMc("lea rax, [rdi + rsi]; add rax, rdx; add rax, rcx; add rax, r8; add rax, r9; ret"),
    { args: ["u64", "u64", "u64", "u64", "u64", "u64"], returns: "u64" });
  assert.equal(sum(1n, 2n, 3n, 4n, 5n, UINT64_MAX - 15n), UINT64_MAX);
  sum.free();
});

test("all 8 floating-point argument registers, in order", () => {
  const args: ValueType[] = Array(8).fill("f64");
  const values = [0.5, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, 1e308, -7.25];
  for (let k = 0; k < 8; k++) {
    const pick = loadCode(llvmMc(k === 0 ? "ret" : `movapd xmm0, xmm${k}; ret`), { args, returns: "f64" }, { name: `farg${k}` });
    assert.ok(Object.is(pick(...values), values[k]), `xmm${k}`);
    pick.free();
  }
  const sum = loadCode(llvmMc("addsd xmm0, xmm1; addsd xmm0, xmm2; addsd xmm0, xmm3; addsd xmm0, xmm4; addsd xmm0, xmm5; addsd xmm0, xmm6; addsd xmm0, xmm7; ret"),
    { args, returns: "f64" });
  assert.equal(sum(1, 2, 3, 4, 5, 6, 7, 8), 36);
  sum.free();
});

test("6 integer and 8 float arguments together; mixed narrow types", () => {
  const sig: Signature = { args: ["i32", "f64", "i64", "f32", "pointer", "u8", "f64", "f64", "f64", "f64", "f64", "f64", "u16", "i8"], returns: "f64" };
  // returns xmm7 (the 8th float) after checking nothing else; then one picking the 6th integer (r9 = i8)
  const lastFloat = loadCode(llvmMc("movapd xmm0, xmm7; ret"), sig);
  const args = [-5, 1.25, -(2n ** 40n), 2.5, null, 200, 3, 4, 5, 6, 7, 8.5, 60000, -100];
  assert.equal(lastFloat(...args), 8.5);
  lastFloat.free();
  const sixthInt = loadCode(llvmMc("movsx rax, r9b; ret"), { ...sig, returns: "i64" });
  assert.equal(sixthInt(...args), -100n);
  sixthInt.free();
  const fifthInt = loadCode(llvmMc("movzx eax, r8w; ret"), { ...sig, returns: "u16" });
  assert.equal(fifthInt(...args), 60000);
  fifthInt.free();
});

test("void results and f32 arithmetic", () => {
  const buf = new BigInt64Array(1);
  const store = loadCode(llvmMc("mov qword ptr [rdi], rsi; ret"), { args: ["pointer", "i64"], returns: "void" });
  assert.equal(store(buf, INT64_MIN), undefined);
  assert.equal(buf[0], INT64_MIN);
  store.free();
  const addss = loadCode(llvmMc("addss xmm0, xmm1; ret"), { args: ["f32", "f32"], returns: "f32" });
  assert.equal(addss(1.5, 2.25), 3.75);
  addss.free();
});

test("pointer arguments: TypedArray, Buffer, DataView, ArrayBuffer, bigint, null", () => {
  const load = loadCode(llvmMc("mov rax, qword ptr [rdi]; ret"), { args: ["pointer"], returns: "i64" });
  const data = new BigInt64Array([1234567890123n, 2n]);
  assert.equal(load(data), 1234567890123n);
  assert.equal(load(data.buffer), 1234567890123n);
  assert.equal(load(new DataView(data.buffer)), 1234567890123n);
  assert.equal(load(Buffer.from(data.buffer)), 1234567890123n);
  assert.equal(load(new BigInt64Array(data.buffer, 8, 1)), 2n); // a view's own offset counts
  const page = Pages.map(16, { mode: "data" });
  page.write(0, new Uint8Array(new BigInt64Array([-42n]).buffer));
  assert.equal(load(page.address), -42n); // a bigint address is passed as is
  page.unmap();
  load.free();
  const id = identity("pointer");
  assert.equal(id(null), 0n);
  assert.equal(id(0n), 0n);
  assert.equal(id(UINT64_MAX), UINT64_MAX);
  assert.equal(id(0x1234n), 0x1234n);
  const arr = new Uint8Array(8);
  // the data address: offsets between views of one buffer are exact (koffi.address would be
  // Node-only, and Bun moves a small array's storage the first time its address is taken)
  assert.equal(id(arr.subarray(3)) - id(arr), 3n);
  assert.equal(id(new DataView(arr.buffer, 5)) - id(arr), 5n);
  id.free();
});

test("bad arguments are RangeError/TypeError naming the function, position and type", () => {
  const bad: Array<[ValueType, unknown, RegExp]> = [
    ["i8", 128, /argument 1 \(i8\)/], ["i8", -129, /i8/], ["u8", -1, /u8/], ["u8", 256, /u8/],
    ["i16", 32768, /i16/], ["u16", 65536, /u16/], ["i32", 2 ** 31, /i32/], ["i32", 1.5, /i32/],
    ["u32", -1, /u32/], ["u32", 2 ** 32, /u32/], ["i32", NaN, /i32/],
    ["i64", 2 ** 53, /i64/], ["i64", 1.5, /i64/], ["i64", INT64_MAX + 1n, /i64/], ["i64", INT64_MIN - 1n, /i64/],
    ["u64", -1n, /u64/], ["u64", UINT64_MAX + 1n, /u64/], ["u64", -1, /u64/],
    ["pointer", -1n, /pointer/], ["pointer", 2n ** 64n, /pointer/],
  ];
  for (const [t, v, message] of bad) {
    const f = identity(t);
    assert.throws(() => f(v), { name: "RangeError", message }, `${t} ${String(v)}`);
    f.free();
  }
  const typeErrors: Array<[ValueType, unknown]> = [["f64", "1"], ["f32", 1n], ["i32", "1"], ["i64", "1"], ["pointer", 5], ["pointer", {}], ["f64", undefined]];
  for (const [t, v] of typeErrors) {
    const f = identity(t);
    assert.throws(() => f(v), { name: "TypeError", message: new RegExp(`function 'id_${t}': argument 1 \\(${t}\\)`) }, `${t} ${String(v)}`);
    f.free();
  }
});

test("hot wrappers (after many calls, engine-optimized) still reject every bad argument and run no valueOf", () => {
  // The checks lean on engine speculation (Number.isFinite for floats, a sign test for bigints on
  // Bun): after a warm-up with good values, the optimized code must still throw for bad ones.
  let coerced = 0;
  const sneaky = { valueOf: () => (coerced++, 1) };
  const cases: Array<[ValueType, unknown, unknown[], "RangeError" | "TypeError"]> = [
    ["f64", 0.5, ["1", sneaky, 1n, undefined, null], "TypeError"],
    ["f32", 0.5, ["1", sneaky, 1n], "TypeError"],
    ["i64", 5n, [INT64_MAX + 1n, INT64_MIN - 1n, 2n ** 100n, -(2n ** 100n)], "RangeError"],
    ["i64", -5n, [INT64_MIN - 1n, INT64_MAX + 1n], "RangeError"],
    ["u64", 5n, [-1n, UINT64_MAX + 1n, -(2n ** 100n)], "RangeError"],
  ];
  for (const [t, good, bads, name] of cases) {
    const f = identity(t);
    for (let i = 0; i < 20000; i++) f(good);
    for (const v of bads) assert.throws(() => f(v), { name }, `${t} ${String(v)}`);
    if (t === "f64" || t === "f32") for (const v of [NaN, Infinity, -Infinity, -0]) assert.ok(Object.is(f(v), v), `${t} ${v}`);
    if (t === "i64") for (const v of [INT64_MIN, INT64_MAX, -1n, 0n]) assert.equal(f(v), v);
    if (t === "u64") for (const v of [0n, UINT64_MAX, INT64_MAX + 1n]) assert.equal(f(v), v);
    f.free();
  }
  assert.equal(coerced, 0);
});

test("with several bad arguments the error names the first one, in every int64 mode, cold and hot", () => {
  // The wrapper tests all arguments in one condition and then finds the one at fault out of line.
  const code = Uint8Array.of(0x31, 0xc0, 0xc3); // xor eax, eax; ret
  const sig: Signature = { args: ["i32", "i64", "f64", "u8", "u64"], returns: "i32" };
  for (const int64 of ["bigint", "number"] as const) {
    const f = loadCode(code, sig, { name: "five", int64 });
    const n = (x: bigint) => (int64 === "number" ? Number(x) : x); // an i64/u64 value in the mode's form
    const cases: Array<[unknown[], number, "RangeError" | "TypeError"]> = [
      [[1.5, "x", 1, 300, -1n], 1, "RangeError"],
      [[1, "x", "y", 300, n(1n)], 2, "TypeError"],
      [[1, n(2n), "y", 300, n(1n)], 3, "TypeError"],
      [[1, n(2n), 1, 300, n(1n)], 4, "RangeError"],
      [[1, 2, 1, 3, -1n], 5, "RangeError"], // i64 and u64 in different forms
      [[1, 2n, 1, 3, 2n ** 64n], 5, "RangeError"],
      [[1, n(2n), 1, 3, n(-1n)], 5, "RangeError"],
      [[1], 2, "TypeError"],
    ];
    const run = (round: string) => {
      for (const [args, position, name] of cases) {
        assert.throws(() => f(...args), { name, message: new RegExp(`function 'five': argument ${position} \\(`) }, `${int64} ${round} ${args.map(String).join(",")}`);
      }
    };
    run("cold");
    for (let i = 0; i < 20000; i++) f(i, n(BigInt(i)), 0.5, i & 255, n(7n));
    run("hot");
    assert.equal(f(-1, n(-(2n ** 40n)), -0.5, 255, n(2n ** 40n)), 0);
    f.free();
  }
});

test("a signature object mutated after use is checked again", () => {
  const sig = { args: ["i64"] as ValueType[], returns: "i64" as const };
  const id = loadCode(IDENTITY_INT, sig);
  sig.args[0] = "i8";
  const id8 = loadCode(IDENTITY_INT, sig);
  assert.throws(() => id8(128), RangeError); // checked as i8 now
  assert.equal(id8(-128), -128n); // i8 argument, i64 result
  assert.equal(id(2n ** 62n), 2n ** 62n); // the first function keeps its own signature
  sig.args.push("bogus" as ValueType);
  assert.throws(() => loadCode(IDENTITY_INT, sig), /args\[1\] is "bogus"/);
  id.free();
  id8.free();
});

test("bad signatures are rejected before anything is mapped", () => {
  const code = llvmMc("ret");
  assert.throws(() => loadCode(code, { args: ["int"], returns: "void" } as unknown as Signature), /args\[0\] is "int"/);
  assert.throws(() => loadCode(code, { args: [], returns: "x" } as unknown as Signature), /returns/);
  assert.throws(() => loadCode(code, { args: Array(7).fill("i64"), returns: "void" }), { name: "RangeError", message: /at most 6 and 8/ });
  assert.throws(() => loadCode(code, { args: Array(9).fill("f64"), returns: "void" }), RangeError);
  assert.throws(() => loadCode(code, null as unknown as Signature), TypeError);
  assert.throws(() => loadCode(code, { args: [], returns: "void" }, { int64: "float" as "number" }), /int64 option/);
});

test("free(): calls throw FreedCodeError without touching memory; double free throws", () => {
  const f = loadCode(llvmMc("mov eax, 7; ret"), { args: [], returns: "i32" }, { name: "seven" });
  assert.equal(f(), 7);
  assert.equal(f.freed, false);
  f.free();
  assert.equal(f.freed, true);
  assert.throws(() => f(), { name: "FreedCodeError", message: "function 'seven' was freed; it cannot be called or used any more" });
  assert.throws(() => f.free(), FreedCodeError);
  const g = bindAddress(2n ** 40n, { args: [], returns: "void" }, { name: "never-called" });
  g.free();
  assert.throws(() => g(), FreedCodeError); // would crash if it jumped to 2^40
});

test("free() of a frozen or sealed function throws and leaves the function working", () => {
  for (const lock of [Object.freeze, Object.seal, Object.preventExtensions]) {
    const f = identity("i32");
    lock(f);
    assert.throws(() => f.free(), { name: "TypeError", message: /cannot free a function made non-extensible/ }, lock.name);
    assert.equal(f.freed, false);
    assert.equal(f(7), 7);
  }
});

test("the FinalizationRegistry safety net frees code of collected functions", async () => {
  const { setFlagsFromString } = await import("node:v8");
  const { runInNewContext } = await import("node:vm");
  setFlagsFromString("--expose-gc");
  const bun = (globalThis as { Bun?: { gc(force: boolean): void } }).Bun;
  const gc = bun ? () => bun.gc(true) : runInNewContext("gc") as () => void; // Bun (JSC) has no V8 flags
  const { CodeHeap } = await import("../src/platform/code-heap.js");
  const heap = new CodeHeap();
  (() => {
    for (let i = 0; i < 10; i++) loadCode(llvmMc("ret"), { args: [], returns: "void" }, { heap, lifetime: "gc" });
  })();
  assert.equal(heap.stats().blocks, 10);
  for (let i = 0; i < 50 && heap.stats().blocks > 0; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.equal(heap.stats().blocks, 0);
  assert.equal(heap.stats().regions, 0);
  // the default lifetime is "manual": a collected function keeps its code
  (() => { loadCode(llvmMc("ret"), { args: [], returns: "void" }, { heap }); })();
  gc();
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(heap.stats().blocks, 1);
});

test("koffi facts the node host relies on", async (t) => {
  if (host.name !== "node") { skipTest(t, `koffi is the Node host's FFI; this is ${host.name}`); return; }
  const koffi = (await import("koffi")).default;
  const id = koffi.decode(identity("i64").address, koffi.proto("int64_t (int64_t)")) as (x: unknown) => unknown;
  assert.equal(typeof id(5n), "number"); // results with |v| <= 2^53 come back as numbers (exact)
  assert.equal(id(P53), 2 ** 53);
  assert.equal(id(-P53), -(2 ** 53));
  assert.equal(id(P53 + 1n), P53 + 1n); // others as bigint
  assert.equal(id(-P53 - 1n), -P53 - 1n);
});

test("DESIGN sketch: loadCode takes the Assembler itself (CodeProducer: size + toBytes(base))", async () => {
  const { Assembler, x64 } = await import("../src/index.js");
  const { rax, rdi } = x64;
  const a = new Assembler();
  a.emit("mov", [rax, rdi]).emit("add", [rax, 4]).emit("ret");
  const add4 = loadCode(a, { args: ["i64"], returns: "i64" });
  assert.equal(add4(2n), 6n);
  assert.equal(add4.size, llvmMc("mov rax, rdi; add rax, 4; ret").length);
  add4.free();
  // An absolute relocation: the code returns a 64-bit word that holds the word's own address,
  // which toBytes(base) can only know once loadCode has chosen where the code goes.
  const b = new Assembler();
  const data = b.newLabel();
  b.emit("mov", [rax, x64.qword(data)]).emit("ret");
  b.bind(data);
  b.dq(data);
  const f = loadCode(b, { args: [], returns: "u64" });
  const codeLength = llvmMc("mov rax, qword ptr [rip + 1]; ret").length; // 7 + 1 bytes before the word
  assert.equal(f(), f.address + BigInt(codeLength));
  f.free();
});
