/**
 * bench/calls-hosts.ts - what a call of jitted code costs on the runtime that runs this file
 * (Node through koffi, Bun through bun:ffi, Deno through Deno.dlopen), next to the fastest raw
 * call that runtime's FFI offers for the same code, a plain JS function and a WebAssembly export;
 * and what making a fresh function callable costs. Prints one table of medians.
 *
 * Rows: add4 (i32 x4 -> i32); add4 (i64 x4 -> i64) twice, in jitkit's default int64 mode (bigint
 * arguments, bigint result) and in { int64: "number" } (number arguments, number result); sum6
 * (f64 x6 -> f64). Arguments vary on every call (read from arrays), so no engine folds them.
 * "raw" per host, with no jitkit layer at all, delivering the same result type from the same
 * arguments as jitkit's row (the comparison the 15% aim is about):
 *   node: koffi.decode(address, prototype) on the jitted code itself; koffi returns int64 results
 *         as numbers when |value| <= 2^53, so the bigint row adds the BigInt() a caller needs;
 *   bun:  CFunction({ ptr: address }) on the jitted code itself, with "i64" results (always a
 *         bigint) for the bigint row and "i64_fast" (a number when safe) for the number row;
 *         timed both from a call site that sees only it and from one that sees two of them in
 *         turn (JavaScriptCore then calls through the CFunction's stub, which is the faster way
 *         for 64-bit integers): the raw column is the faster of the two;
 *   deno: the same machine code exported by a shared object (elf-trampolines.ts) and bound by
 *         Deno.dlopen: the fast-call floor, as no pointer can be called faster on Deno. Its i64
 *         results are bigints, and a number given to an i64 parameter leaves the fast path, so
 *         the number row adds BigInt() per argument and Number() on the result. For reference,
 *         Deno.UnsafeFnPointer.call on the jitted code (Deno's documented pointer call).
 * Before each row the process makes, calls and frees 8 other functions of the row's signature and
 * int64 mode (the steady state of a program that makes functions as it goes: engines share what
 * the wrappers of a signature learn, which a process's first function does not show).
 * jitkit additionally checks every argument (no silent wrap or truncation) and, in number mode,
 * that the result is a safe integer (else RangeError): the raw rows do neither.
 *
 * Run: npm run bench:hosts (every host: scripts/bench-hosts.sh), or one host:
 *   node dist/bench/calls-hosts.js | bun dist/bench/calls-hosts.js | deno run -A dist/bench/calls-hosts.js
 * BENCH_ONLY=<label prefix> (e.g. "sum6") times only that row, with nothing timed before it.
 * Not a test: nothing is asserted; the machine's load shows up in the numbers.
 */
import { loadCode } from "../src/platform/calls.js";
import { host } from "../src/platform/host-select.js";
import { buildSharedObject } from "../src/platform/hosts/elf-trampolines.js";
import type { Int64Mode, Signature } from "../src/platform/host.js";
import { ADD4, ADD4_SIGNATURE, makeCallableMethod, makeCallableRoutes, measureMakeCallable } from "./support/make-callable.js";

// WebAssembly is not in the ES2022 lib; the little used here:
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, (...a: any[]) => any> };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Rounds of call timings: many short ones, so that a burst of load elsewhere moves few of them. */
const CALL_RUNS = 15;
const TARGET_MS = 15; // each timed call run lasts about this long

// Machine code (bytes checked with llvm-mc: see test/hosts-elf.test.ts for the method).
// lea eax, [rdi + rsi]; add eax, edx; add eax, ecx; ret
const ADD4_I32 = Uint8Array.of(0x8d, 0x04, 0x37, 0x01, 0xd0, 0x01, 0xc8, 0xc3);
// lea rax, [rdi + rsi]; add rax, rdx; add rax, rcx; ret
const ADD4_I64 = Uint8Array.of(0x48, 0x8d, 0x04, 0x37, 0x48, 0x01, 0xd0, 0x48, 0x01, 0xc8, 0xc3);
// addsd xmm0, xmm1 .. xmm5; ret
const SUM6_F64 = Uint8Array.of(
  0xf2, 0x0f, 0x58, 0xc1, 0xf2, 0x0f, 0x58, 0xc2, 0xf2, 0x0f, 0x58, 0xc3,
  0xf2, 0x0f, 0x58, 0xc4, 0xf2, 0x0f, 0x58, 0xc5, 0xc3);

interface Case {
  readonly label: string;
  readonly code: Uint8Array;
  readonly sig: Signature;
  /** jitkit's int64 option for this row, and the result form the raw column must deliver too. */
  readonly int64?: Int64Mode;
  /**
   * The loop body: calls f with arguments read from arrays prepared outside the timed region (ns:
   * integer numbers, xs: the same as bigints, ds: doubles), all varying per call, so that no
   * engine can fold an argument's check or conversion away as a constant.
   */
  readonly loop: string;
  readonly js: (...a: any[]) => any;
  /** The WebAssembly export, or null where Wasm has no such call (an i64 export takes BigInt only). */
  readonly wasmExport: string | null;
}

const I64X4: Signature = { args: ["i64", "i64", "i64", "i64"], returns: "i64" };

const CASES: readonly Case[] = [
  {
    label: "add4 i32", code: ADD4_I32, sig: { args: ["i32", "i32", "i32", "i32"], returns: "i32" },
    loop: "r = f(ns[i & 1023], ns[(i + 1) & 1023], ns[(i + 2) & 1023], ns[(i + 3) & 1023]);", js: (a: number, b: number, c: number, d: number) => (a + b + c + d) | 0, wasmExport: "add4_i32",
  },
  {
    label: "add4 i64, bigint (default)", code: ADD4_I64, sig: I64X4, int64: "bigint",
    loop: "r = f(xs[i & 1023], xs[(i + 1) & 1023], xs[(i + 2) & 1023], xs[(i + 3) & 1023]);", js: (a: bigint, b: bigint, c: bigint, d: bigint) => BigInt.asIntN(64, a + b + c + d), wasmExport: "add4_i64",
  },
  {
    label: "add4 i64, number mode", code: ADD4_I64, sig: I64X4, int64: "number",
    loop: "r = f(ns[i & 1023], ns[(i + 1) & 1023], ns[(i + 2) & 1023], ns[(i + 3) & 1023]);", js: (a: number, b: number, c: number, d: number) => a + b + c + d, wasmExport: null,
  },
  {
    label: "sum6 f64", code: SUM6_F64, sig: { args: ["f64", "f64", "f64", "f64", "f64", "f64"], returns: "f64" },
    loop: "r = f(ds[i & 1023], ds[(i + 1) & 1023], ds[(i + 2) & 1023], ds[(i + 3) & 1023], ds[(i + 4) & 1023], ds[(i + 5) & 1023]);", js: (a: number, b: number, c: number, d: number, e: number, g: number) => a + b + c + d + e + g, wasmExport: "sum6_f64",
  },
];

// WebAssembly with the same three functions, hand-assembled.
function wasmModuleBytes(): Uint8Array {
  const I32 = 0x7f, I64 = 0x7e, F64 = 0x7c;
  const vec = (items: number[][]): number[] => [items.length, ...items.flat()];
  const section = (id: number, body: number[]): number[] => [id, body.length, ...body];
  const name = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  const types = vec([[0x60, 4, I32, I32, I32, I32, 1, I32], [0x60, 4, I64, I64, I64, I64, 1, I64], [0x60, 6, F64, F64, F64, F64, F64, F64, 1, F64]]);
  const funcs = vec([[0], [1], [2]]);
  const exports = vec([[...name("add4_i32"), 0, 0], [...name("add4_i64"), 0, 1], [...name("sum6_f64"), 0, 2]]);
  const get = (n: number) => Array.from({ length: n }, (_, i) => [0x20, i]).flat();
  const adds = (n: number, op: number) => Array.from({ length: n }, () => op);
  const bodies = [
    [0, ...get(4), ...adds(3, 0x6a), 0x0b], // i32.add
    [0, ...get(4), ...adds(3, 0x7c), 0x0b], // i64.add
    [0, 0x20, 0, 0x20, 1, 0xa0, 0x20, 2, 0xa0, 0x20, 3, 0xa0, 0x20, 4, 0xa0, 0x20, 5, 0xa0, 0x0b], // f64.add, left to right like addsd
  ];
  const code = vec(bodies.map((b) => [b.length, ...b]));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, types), ...section(3, funcs), ...section(7, exports), ...section(10, code)]);
}

// ---------------------------------------------------------------------------------------------
// Timing.

let sink: unknown;
const now = (): number => performance.now();
/**
 * CPU time of this process in ms (process.cpuUsage: Node, Bun and Deno all have it), for the call
 * rounds: on the shared 2-core machine a round that is descheduled for a while then counts only
 * the time it ran (wall-clock rounds varied up to 2x between runs). Process-wide, so a JIT or GC
 * thread working during a round would count too; the rounds run after calibration has warmed up.
 */
const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const NS = Array.from({ length: 1024 }, (_, i) => i * 1000 - 5000);
const XS = NS.map((x) => BigInt(x));
const DS = NS.map((x) => x / 8);

let loops = 0;
/**
 * A monomorphic loop per callee. The source differs each time (a counter in a comment): engines
 * cache compiled source text, and loops compiled from one text share their call-site feedback,
 * which would mix callees and, on Deno, turn fast calls into slow ones (~100 ns).
 */
function makeLoop(c: Case, f: Callee): (n: number) => unknown {
  if (Array.isArray(f)) c = { ...c, loop: c.loop.replace("f(", `f[i & ${f.length - 1}](`) }; // one call site, the functions in turn
  return new Function("f", "ns", "xs", "ds", `"use strict"; /* loop ${loops++} */ return function loop(n) { let r; for (let i = 0; i < n; i++) { ${c.loop} } return r; };`)(f, NS, XS, DS);
}

/** What a timed loop calls: one function, or (a power of 2 of) functions in turn from one call site. */
type Callee = ((...a: any[]) => any) | ReadonlyArray<(...a: any[]) => any>;

/** A timed loop: calibrated once to last about TARGET_MS. */
interface Timed {
  readonly loop: (n: number) => unknown;
  readonly n: number;
}

function calibrate(c: Case, f: Callee): Timed {
  const loop = makeLoop(c, f);
  let n = 1000;
  for (;;) {
    const t0 = now();
    sink = loop(n);
    const ms = now() - t0;
    if (ms > TARGET_MS / 4 || n >= 1 << 26) return { loop, n: Math.max(100, Math.round((n * TARGET_MS) / Math.max(ms, 0.001))) };
    n *= 4;
  }
}

/**
 * ns per call for each callee: CALL_RUNS rounds, each timing every callee once in turn (so a burst of
 * load elsewhere on the machine hits all columns alike), then the median per callee.
 */
function perCall(c: Case, callees: ReadonlyArray<Callee | null>): number[] {
  const timed = callees.map((f) => (f === null ? null : calibrate(c, f)));
  const runs: number[][] = timed.map(() => []);
  for (let r = 0; r < CALL_RUNS; r++) {
    timed.forEach((t, i) => {
      if (t === null) return;
      const { loop, n } = t;
      const t0 = cpuNow();
      sink = loop(n);
      runs[i].push(((cpuNow() - t0) * 1e6) / n);
    });
  }
  return runs.map((xs) => (xs.length === 0 ? NaN : median(xs)));
}

/** Makes SIBLINGS functions of the case's signature and mode, calls each a while, frees them. */
const SIBLINGS = 8;
function siblings(c: Case): void {
  for (let s = 0; s < SIBLINGS; s++) {
    const g = loadCode(c.code, c.sig, { int64: c.int64 });
    makeLoop(c, g)(2000);
    g.free();
  }
}

// ---------------------------------------------------------------------------------------------
// Raw FFI per host (no jitkit layer): a callable for an address, and what one costs to make.

interface RawFfi {
  readonly name: string;
  /**
   * The fastest raw call of `code` with signature `sig` (or of its copy at `address`) that delivers
   * i64 results in the form `int64` asks for, taking the same JS values as jitkit's row. Where the
   * FFI has no such call, the least a user would add (BigInt()/Number() around the call), named in
   * `conversions`.
   */
  fastest(address: bigint, code: Uint8Array, sig: Signature, int64?: Int64Mode): (...a: any[]) => any;
  /** What `fastest` adds to the bare FFI call for an int64 mode ("" = nothing). */
  conversions(int64: Int64Mode): string;
  /** Makes a callable for `address` the way this FFI binds a fresh pointer. */
  bindPointer(address: bigint, sig: Signature): (...a: any[]) => any;
  readonly bindPointerName: string;
  /**
   * A second raw route that can be the faster one (Bun): two callables of `fastest`'s kind on the
   * same code, called in turn from one call site. The raw column is the faster of the two routes.
   */
  readonly generic?: { name: string; pair(address: bigint, code: Uint8Array, sig: Signature, int64?: Int64Mode): [(...a: any[]) => any, (...a: any[]) => any] };
  /** A slower raw route worth showing (Deno's UnsafeFnPointer), if any. */
  readonly alternative?: { name: string; bind(address: bigint, sig: Signature): (...a: any[]) => any };
}

const KOFFI: Record<string, string> = { i32: "int32_t", i64: "int64_t", f64: "double" };
const BUN: Record<Int64Mode, Record<string, string>> = {
  bigint: { i32: "i32", i64: "i64", f64: "f64" }, // "i64" results: always a bigint
  number: { i32: "i32", i64: "i64_fast", f64: "f64" }, // "i64_fast": a number when safe, else a bigint
};

/**
 * `fn` wrapped in the conversions a caller of the raw FFI would write: arguments through `arg`
 * (for i64 parameters), the i64 result through `result` (both JS expressions on `x`; "" = none).
 */
function converted(fn: (...a: any[]) => any, sig: Signature, arg: string, result: string): (...a: any[]) => any {
  if (arg === "" && result === "") return fn;
  const params = sig.args.map((_, i) => `a${i}`);
  const passed = sig.args.map((t, i) => (t === "i64" && arg !== "" ? arg.replaceAll("x", `a${i}`) : `a${i}`));
  const call = `fn(${passed.join(", ")})`;
  const body = result === "" ? call : `(x => ${result})(${call})`;
  return new Function("fn", `"use strict"; return function raw(${params.join(", ")}) { return ${body}; };`)(fn);
}

async function rawFfi(): Promise<RawFfi> {
  if (host.name === "node") {
    // koffi's int64_t results: a number when |value| <= 2^53, else a bigint.
    const koffi = (await import("koffi")).default;
    const protos = new Map<string, ReturnType<typeof koffi.proto>>();
    const proto = (sig: Signature) => {
      const key = `${sig.returns}(${sig.args.join(",")})`;
      if (!protos.has(key)) protos.set(key, koffi.proto(KOFFI[sig.returns as string], sig.args.map((t) => KOFFI[t])));
      return protos.get(key)!;
    };
    const bind = (address: bigint, sig: Signature) => koffi.decode(address, proto(sig)) as (...a: any[]) => any;
    const toBigint = 'typeof x === "bigint" ? x : BigInt(x)';
    return {
      name: "koffi.decode on the address",
      fastest: (a, _c, s, int64) => converted(bind(a, s), s, "", s.returns === "i64" && int64 === "bigint" ? toBigint : ""),
      conversions: (int64) => (int64 === "bigint" ? "+ BigInt(result)" : ""),
      bindPointer: bind,
      bindPointerName: "koffi.decode",
    };
  }
  if (host.name === "bun") {
    const spec = "bun:ffi";
    const ffi = await import(spec);
    const bind = (address: bigint, sig: Signature, int64: Int64Mode = "bigint") =>
      ffi.CFunction({ ptr: Number(address), args: sig.args.map((t) => BUN[int64][t]), returns: BUN[int64][sig.returns] }) as (...a: any[]) => any;
    return {
      name: "CFunction on the address",
      fastest: (a, _c, s, int64) => bind(a, s, int64),
      conversions: (int64) => (int64 === "bigint" ? "i64" : "i64_fast"),
      bindPointer: (a, s) => bind(a, s),
      bindPointerName: "CFunction",
      // JavaScriptCore calls a CFunction inline from a call site that only ever saw that one; a call
      // site that saw several goes through the CFunction's compiled stub instead, which measures
      // faster for 64-bit integers (add4 i64: ~15 vs ~25 ns) and slower for i32 (~10 vs ~2.2).
      generic: { name: "two CFunctions, one call site", pair: (a, _c, s, int64) => [bind(a, s, int64), bind(a, s, int64)] },
    };
  }
  // Deno: the same code exported from a shared object of ours, loaded by Deno.dlopen. Its i64
  // results are bigints; a number given to an i64 parameter leaves Deno's fast path (~20x
  // slower), so the number row converts arguments with BigInt() and the result with Number().
  const D = (globalThis as any).Deno;
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const fastest = (_address: bigint, code: Uint8Array, sig: Signature, int64?: Int64Mode) => {
    const dir = mkdtempSync(join(tmpdir(), "jitkit-bench-"));
    const path = join(dir, "libbench.so");
    writeFileSync(path, buildSharedObject({ soname: "libbench.so", exports: [{ name: "f", code }] }).bytes, { mode: 0o600 });
    const lib = D.dlopen(path, { f: { parameters: sig.args, result: sig.returns } });
    rmSync(dir, { recursive: true, force: true });
    const f = lib.symbols.f as (...a: any[]) => any;
    return int64 === "number" ? converted(f, sig, "BigInt(x)", sig.returns === "i64" ? "Number(x)" : "") : f;
  };
  const fnPointer = (address: bigint, sig: Signature) => {
    const p = new D.UnsafeFnPointer(D.UnsafePointer.create(address), { parameters: sig.args, result: sig.returns });
    return (...a: any[]) => p.call(...a);
  };
  return {
    name: "Deno.dlopen symbol, same code",
    fastest,
    conversions: (int64) => (int64 === "number" ? "+ BigInt(args), Number(result)" : ""),
    bindPointer: fnPointer,
    bindPointerName: "new UnsafeFnPointer",
    alternative: { name: "UnsafeFnPointer.call", bind: fnPointer },
  };
}

// ---------------------------------------------------------------------------------------------

function runtimeVersion(): string {
  const g = globalThis as any;
  if (g.Bun) return `Bun ${g.Bun.version}`;
  if (g.Deno) return `Deno ${g.Deno.version.deno} (V8 ${g.Deno.version.v8})`;
  return `Node ${process.version}`;
}

function fmt(x: number, digits = 2): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(digits);
}

async function main(): Promise<void> {
  const raw = await rawFfi();
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(wasmModuleBytes())).exports;
  console.log(`jitkit calls on ${runtimeVersion()}: host "${host.name}" via ${host.ffi}`);
  console.log(`ns per call, median of ${CALL_RUNS} rounds of CPU time (each times every column once, ~${TARGET_MS} ms each); "jitkit +%" is jitkit over the raw column.`);
  console.log("raw = the host's fastest raw call delivering the same result type from the same arguments, with the conversions named in the cell where its FFI has no such call;");
  console.log("jitkit also range-checks every argument and (number mode) refuses unsafe results, which raw does not.");
  const header = ["signature", "jitkit", `raw: ${raw.name}`, "jitkit +%", "plain JS", "WebAssembly"];
  if (raw.alternative) header.push(raw.alternative.name);
  const rows: string[][] = [header];
  const only = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.BENCH_ONLY;
  for (const c of CASES) {
    if (only !== undefined && !c.label.startsWith(only)) continue; // BENCH_ONLY=label prefix: one row, nothing else timed before it
    // Measure the steady state of a program that has made, called and freed other functions of
    // this signature, not that of a process where this one is the first: engines share what the
    // wrappers of one signature learn across all its functions (and the first free() changes it
    // for all of them), which costs a little per call.
    siblings(c);
    const f = loadCode(c.code, c.sig, { name: c.label, int64: c.int64 });
    const direct = raw.fastest(f.address, c.code, c.sig, c.int64);
    const check = makeLoop(c, f)(1);
    const checkRaw = makeLoop(c, direct)(1);
    if (check !== checkRaw) throw new Error(`${c.label}: jitkit ${String(check)} (${typeof check}) vs raw ${String(checkRaw)} (${typeof checkRaw})`);
    const callees: Array<Callee | null> = [f, direct, c.js, c.wasmExport === null ? null : wasm[c.wasmExport]];
    callees.push(raw.alternative && c.int64 !== "number" ? raw.alternative.bind(f.address, c.sig) : null);
    callees.push(raw.generic ? raw.generic.pair(f.address, c.code, c.sig, c.int64) : null);
    const [tJit, tDirect, tJs, tWasm, tAlt, tGeneric] = perCall(c, callees);
    const tRaw = tGeneric < tDirect ? tGeneric : tDirect;
    const conversions = c.int64 === undefined ? "" : raw.conversions(c.int64);
    const how = [conversions, tGeneric < tDirect ? raw.generic!.name : ""].filter((x) => x !== "").join(", ");
    const rawLabel = how === "" ? fmt(tRaw) : `${fmt(tRaw)} (${how})`;
    const row = [c.label, fmt(tJit), rawLabel, `${(((tJit - tRaw) / tRaw) * 100).toFixed(0)}%`, fmt(tJs), Number.isNaN(tWasm) ? "-" : fmt(tWasm)];
    if (raw.alternative) row.push(Number.isNaN(tAlt) ? "-" : fmt(tAlt));
    rows.push(row);
    f.free();
  }
  printTable(rows);

  // One call site, many functions of one signature (a dispatcher, an interpreter's handlers).
  const FANOUT = 8;
  const c0 = CASES[0];
  const fns = Array.from({ length: FANOUT }, () => loadCode(c0.code, c0.sig));
  const raws = fns.map((f) => raw.fastest(f.address, c0.code, c0.sig));
  const [tFanJit, tFanRaw] = perCall(c0, [fns, raws]); // arrays: one call site, the functions in turn
  console.log(`\none call site, ${FANOUT} functions of one signature in turn (add4 i32): jitkit ${fmt(tFanJit)} ns, raw ${fmt(tFanRaw)} ns`);
  fns.forEach((f) => f.free());

  // Making a fresh function callable: the same measurement as bench/calls.ts (bench/support/make-callable.ts).
  const made = loadCode(ADD4, ADD4_SIGNATURE);
  console.log(`\nus to make a fresh function callable (add4 i64), ${makeCallableMethod()}`);
  const makeRows: string[][] = [["route", "us"]];
  const routes = makeCallableRoutes([{ name: `raw ${raw.bindPointerName} on existing code`, make: () => raw.bindPointer(made.address, ADD4_SIGNATURE),
    undo: (fs) => fs.forEach((f) => (f as { close?(): void }).close?.()) }]); // Bun: frees each CFunction's stub
  for (const m of measureMakeCallable(routes)) makeRows.push([m.name, Number.isNaN(m.us) ? `- (${m.note})` : fmt(m.us)]);
  made.free();
  printTable(makeRows);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const [n, r] of rows.entries()) {
    console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
    if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

await main();
void sink;
