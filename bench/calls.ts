/**
 * bench/calls.ts - what a native call costs and what making a function callable costs, side by
 * side with the raw FFI (koffi), plain JS and WebAssembly, in one run. Prints one table of medians.
 * Making a function callable: one row per W^X strategy, measured by bench/support/make-callable.ts
 * (which bench/calls-hosts.ts uses too), plus the parts of jitkit's path and the raw koffi route.
 *
 * Run: npm run bench:calls   (= tsc -p . && node dist/bench/calls.js)
 * Not a test: nothing is asserted; the machine's load shows up in the numbers.
 */
import koffi from "koffi";
import { bindAddress, loadCode } from "../src/platform/calls.js";
import { host } from "../src/platform/host-select.js";
import { Pages } from "../src/platform/pages.js";
import { ADD4, ADD4_SIGNATURE as SIG_I64, makeCallableMethod, makeCallableRoutes, measureMakeCallable, wasmAdd4 } from "./support/make-callable.js";

// WebAssembly is not in the ES2022 lib; the little used here:
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const RUNS = 7;
const CALLS = 2_000_000;

const ADD4_I32 = Uint8Array.of(0x8d, 0x47, 0x04, 0xc3); // lea eax, [rdi + 4]; ret
const SIG_I32 = { args: ["i32"], returns: "i32" } as const;

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

const page = Pages.map(65536, { strategy: "mprotect" }); // for the bare mprotect row
page.write(0, ADD4);
page.seal();
const free = (fs: unknown[]) => { for (const f of fs) (f as { free(): void }).free(); };
const makes = measureMakeCallable(makeCallableRoutes([
  { name: "  part: bindAddress (the callable alone, no memory work)", make: () => bindAddress(libI64.address, SIG_I64), undo: free },
  {
    name: "  part: mprotect RW then RX of a 64 KiB region",
    make: () => {
      host.protect(page.address, page.size, "read-write");
      host.protect(page.address, page.size, "read-execute");
    },
  },
  {
    name: "raw koffi: mmap + memcpy + mprotect + koffi.decode (munmap untimed)",
    make: () => {
      const a = mmap(0, 4096, 3, 0x22, -1, 0) as number;
      memcpy(a, ADD4, ADD4.length);
      mprotect(a, 4096, 5);
      return [a, koffi.decode(a, PROTO_I64)] as const;
    },
    undo: (made) => { for (const m of made) munmap((m as readonly [number, unknown])[0], 4096); },
  },
]));
const wasmUs = makes.find((m) => m.name.startsWith("new WebAssembly"))!.us;
for (const m of makes) {
  const ratio = m.name.startsWith("jitkit") && !Number.isNaN(m.us) ? `${(m.us / wasmUs).toFixed(2)}x Wasm` : (m.note ?? "");
  rows.push([m.name, m.us, "us/function", ratio]);
}

// --- the table --------------------------------------------------------------------------------
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`jitkit call benchmark: ${host.name} ${process.version}, ${host.ffi}`);
console.log(`calls: medians of ${RUNS} runs of ${CALLS} calls; makes: ${makeCallableMethod()}\n`);
console.log(`| #  | ${"what".padEnd(w)} | median | unit        | ratio |`);
console.log(`|---:|${"-".repeat(w + 2)}|-------:|-------------|-------|`);
rows.forEach(([what, value, unit, ratio], i) => {
  const shown = Number.isNaN(value) ? "-" : value.toFixed(value < 10 ? 2 : 1);
  console.log(`| ${String(i + 1).padStart(2)} | ${what.padEnd(w)} | ${shown.padStart(6)} | ${unit.padEnd(11)} | ${ratio} |`);
});
