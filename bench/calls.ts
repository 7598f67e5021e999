/**
 * bench/calls.ts - what a native call costs and what making a function callable costs, side by
 * side with the raw FFI (koffi), plain JS and WebAssembly, in one run. Prints one table of medians.
 *
 * Run: npm run bench:calls   (= tsc -p . && node dist/bench/calls.js)
 * Not a test: nothing is asserted; the machine's load shows up in the numbers.
 */
import koffi from "koffi";
import { bindAddress, loadCode } from "../src/platform/calls.js";
import { host } from "../src/platform/host-select.js";
import { Pages } from "../src/platform/pages.js";
import { CodeHeap } from "../src/platform/code-heap.js";

// WebAssembly is not in the ES2022 lib; the little used here:
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const RUNS = 7;
const CALLS = 2_000_000;
const MAKES = 2_000;

const ADD4 = Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3); // mov rax, rdi; add rax, 4; ret
const ADD4_I32 = Uint8Array.of(0x8d, 0x47, 0x04, 0xc3); // lea eax, [rdi + 4]; ret
const SIG_I64 = { args: ["i64"], returns: "i64" } as const;
const SIG_I32 = { args: ["i32"], returns: "i32" } as const;

// WebAssembly add4, hand-assembled: (func (export "add4") (param i64) (result i64) local.get 0 i64.const 4 i64.add)
function wasmAdd4(type: "i64" | "i32"): Uint8Array {
  const t = type === "i64" ? 0x7e : 0x7f;
  const body = type === "i64" ? [0x00, 0x20, 0x00, 0x42, 0x04, 0x7c, 0x0b] : [0x00, 0x20, 0x00, 0x41, 0x04, 0x6a, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x06, 0x01, 0x60, 0x01, t, 0x01, t, // type section: (i) -> i
    0x03, 0x02, 0x01, 0x00, // function section
    0x07, 0x08, 0x01, 0x04, 0x61, 0x64, 0x64, 0x34, 0x00, 0x00, // export "add4"
    0x0a, 0x09, 0x01, 0x07, ...body, // code section
  ]);
}

let sink: unknown;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One timed run of a contestant: returns ns per call, or us per make. */
type Run = () => number;

/**
 * Each contestant gets its own loop (its own call site, compiled separately): a shared loop would
 * see many callees and make every call megamorphic, which hides how each is called in real code.
 * The source differs per contestant (a comment): V8 caches compiled code by source text, and
 * identical sources would share one call site again.
 */
let loopId = 0;
function callRun(f: (x: any) => unknown, arg: unknown): Run {
  const loop = new Function("f", "arg", "n", "now", `// contestant ${loopId++}
    let s;
    const t0 = now();
    for (let i = 0; i < n; i++) s = f(arg);
    const t1 = now();
    globalThis.__jitkitBenchSink = s;
    return Number(t1 - t0) / n;`) as (f: unknown, arg: unknown, n: number, now: () => bigint) => number;
  return () => loop(f, arg, CALLS, process.hrtime.bigint);
}

let makeCounter = 0;
/** us per make; `undo` runs untimed after each run. */
function makeRun<T>(make: (i: number) => T, undo: (made: T[]) => void = () => {}): Run {
  return () => {
    const made: T[] = new Array(MAKES);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < MAKES; i++) made[i] = make(makeCounter++);
    const us = Number(process.hrtime.bigint() - t0) / MAKES / 1000;
    sink = made[0];
    undo(made);
    return us;
  };
}

/**
 * Runs every contestant once per round, RUNS rounds (interleaved, so a busy machine slows all of
 * them alike), and returns the medians.
 */
function measure(contestants: Run[]): number[] {
  const results: number[][] = contestants.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    contestants.forEach((run, i) => results[i].push(run()));
  }
  return results.map(median);
}

// --- the contestants --------------------------------------------------------------------------
const libc = koffi.load("libc.so.6");
const mmap = libc.func("mmap", "intptr_t", ["uintptr_t", "size_t", "int", "int", "int", "int64_t"]);
const mprotect = libc.func("mprotect", "int", ["uintptr_t", "size_t", "int"]);
const munmap = libc.func("munmap", "int", ["uintptr_t", "size_t"]);
const memcpy = libc.func("memcpy", "void", ["uintptr_t", "void *", "size_t"]);
const PROTO_I64 = koffi.proto("int64_t (int64_t)");
const PROTO_I32 = koffi.proto("int32_t (int32_t)");

const libI64 = loadCode(ADD4, SIG_I64, { name: "add4" });
const libI64num = loadCode(ADD4, SIG_I64, { name: "add4", int64: "number" });
const libI32 = loadCode(ADD4_I32, SIG_I32, { name: "add4_i32" });
const rawI64 = koffi.decode(libI64.address, PROTO_I64) as (x: unknown) => number | bigint;
const rawI32 = koffi.decode(libI32.address, PROTO_I32) as (x: number) => number;
const rawI64big = (x: bigint): bigint => { const r = rawI64(x); return typeof r === "bigint" ? r : BigInt(r); };
const js = (x: number): number => x + 4;
const wasmI64 = (new WebAssembly.Instance(new WebAssembly.Module(wasmAdd4("i64"))).exports.add4) as (x: bigint) => bigint;
const wasmI32 = (new WebAssembly.Instance(new WebAssembly.Module(wasmAdd4("i32"))).exports.add4) as (x: number) => number;

// sanity: everyone computes add4
for (const [name, got] of [["lib", libI64(2n)], ["lib num", libI64num(2)], ["lib i32", libI32(2)], ["raw", rawI64(2)], ["raw i32", rawI32(2)], ["wasm", wasmI64(2n)], ["wasm i32", wasmI32(2)], ["js", js(2)]] as const) {
  if (Number(got) !== 6) throw new Error(`${name}: add4(2) = ${String(got)}`);
}

type Row = [string, number, string, string];
const rows: Row[] = [];

const callNames = [
  "raw koffi decoded call, int64(int64), number arg",
  "jitkit add4 i64, { int64: \"number\" }, number arg",
  "raw koffi decoded call, int64(int64), bigint arg",
  "raw koffi + BigInt(result) (jitkit's default semantics)",
  "jitkit add4 i64 (default: bigint in, bigint out)",
  "raw koffi decoded call, int32(int32)",
  "jitkit add4 i32",
  "plain JS function x => x + 4 (V8 inlines it)",
  "WebAssembly export add4 (i64, bigint)",
  "WebAssembly export add4 (i32)",
];
const calls = measure([
  callRun(rawI64, 2), callRun(libI64num, 2), callRun(rawI64, 2n), callRun(rawI64big, 2n), callRun(libI64, 2n),
  callRun(rawI32, 2), callRun(libI32, 2), callRun(js, 2), callRun(wasmI64, 2n), callRun(wasmI32, 2),
]);
const vs = (i: number, j: number): string => `${(calls[i] / calls[j]).toFixed(2)}x row ${j + 1}`;
const callVs = ["", vs(1, 0), "", "", `${vs(4, 2)}; ${vs(4, 3)}`, "", vs(6, 5), "", "", ""];
callNames.forEach((name, i) => rows.push([name, calls[i], "ns/call", callVs[i]]));

const page = Pages.map(65536); // for the bare mprotect row
page.write(0, ADD4);
page.seal();
const flipHeap = new CodeHeap({ patch: "mprotect" });
const emptyHeap = new CodeHeap(); // nothing else lives here: each function maps and unmaps a region
const keepFlip = loadCode(ADD4, SIG_I64, { heap: flipHeap }); // keeps the region mapped and sealed
const free = (fs: Array<{ free(): void }>) => { for (const f of fs) f.free(); };
const wasmBytes = wasmAdd4("i64");
const makeNames = [
  "jitkit loadCode(bytes, sig) into a sealed region (write via /proc/self/mem)",
  "jitkit loadCode(bytes, sig) into a sealed region, { patch: \"mprotect\" } heap",
  "jitkit loadCode(bytes, sig) + free() (fresh region each: mmap, mprotect, munmap)",
  "  part: bindAddress (the callable alone, no memory work)",
  "  part: mprotect RW then RX of a 64 KiB region",
  "raw koffi: mmap + memcpy + mprotect + koffi.decode (munmap untimed)",
  "new WebAssembly.Module + new WebAssembly.Instance (add4)",
  "new Function(\"x\", \"return x + 4 + <i>*0\") (distinct sources)",
];
const makes = measure([
  makeRun(() => loadCode(ADD4, SIG_I64), free),
  makeRun(() => loadCode(ADD4, SIG_I64, { heap: flipHeap }), free),
  makeRun((i) => { loadCode(ADD4, SIG_I64, { heap: emptyHeap }).free(); return i; }),
  makeRun(() => bindAddress(libI64.address, SIG_I64), free),
  makeRun(() => {
    host.protect(page.address, page.size, "read-write");
    host.protect(page.address, page.size, "read-execute");
  }),
  makeRun(() => {
    const a = mmap(0, 4096, 3, 0x22, -1, 0) as number;
    memcpy(a, ADD4, ADD4.length);
    mprotect(a, 4096, 5);
    return [a, koffi.decode(a, PROTO_I64)] as const;
  }, (made) => { for (const [a] of made) munmap(a, 4096); }),
  makeRun(() => new WebAssembly.Instance(new WebAssembly.Module(wasmBytes)).exports.add4),
  makeRun((i) => new Function("x", `return x + 4 + ${i}*0`)),
]);
makeNames.forEach((name, i) => rows.push([name, makes[i], "us/function", ""]));
const wasmRow = makeNames.indexOf("new WebAssembly.Module + new WebAssembly.Instance (add4)");
for (let i = 0; i < 3; i++) rows[rows.length - makeNames.length + i][3] = `${(makes[i] / makes[wasmRow]).toFixed(2)}x Wasm`;
sink = keepFlip;

// --- the table --------------------------------------------------------------------------------
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`jitkit call benchmark: ${host.name} ${process.version}, ${host.ffi}; medians of ${RUNS} runs (${CALLS} calls / ${MAKES} makes each)\n`);
console.log(`| #  | ${"what".padEnd(w)} | median | unit        | ratio |`);
console.log(`|---:|${"-".repeat(w + 2)}|-------:|-------------|-------|`);
rows.forEach(([what, value, unit, ratio], i) => {
  console.log(`| ${String(i + 1).padStart(2)} | ${what.padEnd(w)} | ${value.toFixed(value < 10 ? 2 : 1).padStart(6)} | ${unit.padEnd(11)} | ${ratio} |`);
});
