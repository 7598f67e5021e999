/**
 * bench/support/make-callable.ts - the one make-callable measurement, shared by bench/calls.ts
 * and bench/calls-hosts.ts: how long it takes to turn the bytes of a small function (add4,
 * i64 -> i64) into a JS callable, through jitkit with each W^X strategy and through the runtime's
 * own routes (WebAssembly Module + Instance, new Function), on whatever runtime runs it.
 *
 * Method: every route makes MAKES functions per round, one route after the other; ROUNDS timed
 * rounds interleave the routes (a burst of load elsewhere on the machine hits all of them alike),
 * each round starting one route later (whoever runs right after the garbage-heavy routes pays for
 * their collections: that should not always be the same route), after untimed warm-up rounds (the
 * engine optimises jitkit's make path only after several thousand calls; without the warm-up,
 * medians of short runs land in unoptimised code: that is why calls-hosts.ts, 7 runs of 500
 * makes, used to print about twice what calls.ts printed). The figure is the median of the
 * rounds' us per function. Functions are freed (untimed) after each round, so at most MAKES of
 * them are alive at once. Not measured here: a cold process (its first ~100 functions take
 * 4-100 us each while the engine compiles jitkit's JS path; a first WebAssembly.Module 0.2-3 ms),
 * and programs keeping tens of thousands of functions alive (the engine's garbage collector then
 * copies them: each holds ~560 bytes of JS heap, like a new Function's ~630).
 * jitkit routes "into a sealed region" keep one function alive in their heap, so the region stays
 * mapped and each new function is added to it; "fresh region" routes free each function at once
 * (timed), so each one maps and unmaps a region of its own.
 */
import { loadCode, type NativeFunction } from "../../src/platform/calls.js";
import { CodeHeap } from "../../src/platform/code-heap.js";
import { defaultWxStrategy, WX_STRATEGIES, type WxStrategy } from "../../src/platform/pages.js";

// WebAssembly is not in the ES2022 lib; the little used here:
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** mov rax, rdi; add rax, 4; ret (bytes checked with llvm-mc in test/platform-pages.test.ts). */
export const ADD4 = Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3);
export const ADD4_SIGNATURE = { args: ["i64"], returns: "i64" } as const;

/** WebAssembly add4, hand-assembled: (func (export "add4") (param T) (result T) local.get 0 T.const 4 T.add). */
export function wasmAdd4(type: "i64" | "i32"): Uint8Array {
  const t = type === "i64" ? 0x7e : 0x7f;
  const body = type === "i64" ? [0x00, 0x20, 0x00, 0x42, 0x04, 0x7c, 0x0b] : [0x00, 0x20, 0x00, 0x41, 0x04, 0x6a, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x06, 0x01, 0x60, 0x01, t, 0x01, t, // type section: (t) -> t
    0x03, 0x02, 0x01, 0x00, // function section
    0x07, 0x08, 0x01, 0x04, 0x61, 0x64, 0x64, 0x34, 0x00, 0x00, // export "add4"
    0x0a, 0x09, 0x01, 0x07, ...body, // code section
  ]);
}

/** One way of making a callable. `make` is timed; `undo` runs untimed after each round. */
export interface MakeRoute {
  readonly name: string;
  make(i: number): unknown;
  undo?(made: unknown[]): void;
}

export interface MakeResult {
  readonly name: string;
  /** Median us per function; NaN when the route is not available here (see `note`). */
  readonly us: number;
  readonly note?: string;
}

export interface MakeOptions {
  readonly makes?: number;
  readonly rounds?: number;
  readonly warmup?: number;
}

const free = (made: unknown[]): void => {
  for (const f of made) (f as NativeFunction).free();
};

/** A jitkit route into a sealed region of `heap` (undefined: the default heap), or an unavailable one. */
function sealedRegionRoute(name: string, heap: CodeHeap | undefined): MakeRoute | MakeResult {
  let keep: NativeFunction;
  try {
    keep = loadCode(ADD4, ADD4_SIGNATURE, { heap }); // lives for the whole run: the region stays mapped and sealed
  } catch (error) {
    return { name, us: NaN, note: `not available here: ${(error as Error).message}` };
  }
  if (keep(2n) !== 6n) throw new Error(`${name}: add4(2) = ${keep(2n)}`);
  return { name, make: () => loadCode(ADD4, ADD4_SIGNATURE, { heap }), undo: free };
}

/** A jitkit route where every function gets a fresh region (nothing else lives in `heap`): loadCode + free, both timed. */
function freshRegionRoute(name: string, heap: CodeHeap): MakeRoute {
  return {
    name,
    make: (i) => {
      loadCode(ADD4, ADD4_SIGNATURE, { heap }).free();
      return i;
    },
  };
}

/**
 * The standard routes: jitkit's default strategy and each strategy explicitly, into a sealed
 * region; fresh regions (dual-map, and mprotect, whose fresh path "proc-mem" shares); WebAssembly
 * and new Function. `extra` routes (a runtime's raw FFI, parts of the jitkit path) go after the
 * jitkit ones.
 */
export function makeCallableRoutes(extra: readonly MakeRoute[] = []): Array<MakeRoute | MakeResult> {
  const wasmBytes = wasmAdd4("i64");
  const strategyName: Record<WxStrategy, string> = {
    "dual-map": "dual-map: write into the RW view",
    "proc-mem": "proc-mem: write via /proc/self/mem",
    "mprotect": "mprotect: flip the region RW, write, RX",
  };
  return [
    sealedRegionRoute(`jitkit loadCode, default strategy (${defaultWxStrategy()}), into a sealed region`, undefined),
    ...WX_STRATEGIES.map((s) => sealedRegionRoute(`jitkit loadCode, ${strategyName[s]}`, new CodeHeap({ strategy: s }))),
    freshRegionRoute("jitkit loadCode + free(), fresh region each, dual-map (memfd, 2 mmaps, 2 munmaps)", new CodeHeap({ strategy: "dual-map" })),
    freshRegionRoute("jitkit loadCode + free(), fresh region each, mprotect (mmap, mprotect, munmap)", new CodeHeap({ strategy: "mprotect" })),
    ...extra,
    { name: "new WebAssembly.Module + new WebAssembly.Instance (add4)", make: () => new WebAssembly.Instance(new WebAssembly.Module(wasmBytes)).exports.add4 },
    { name: "new Function(\"x\", \"return x + 4 + <i>*0\") (distinct sources)", make: (i) => new Function("x", `return x + 4 + ${i}*0`) },
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let counter = 0;
/** With fewer routes than the standard set, one warm-up round left jitkit's make path not fully optimised (0.7-1.1 us vs 0.3). */
const WARMUP_ROUNDS = 2;

/** Measures the routes (see the file header). Unavailable routes come back as they are. */
export function measureMakeCallable(routes: ReadonlyArray<MakeRoute | MakeResult>, options: MakeOptions = {}): MakeResult[] {
  const makes = options.makes ?? 2000;
  const rounds = options.rounds ?? 7;
  const warmup = options.warmup ?? WARMUP_ROUNDS;
  const runnable = routes.filter((r): r is MakeRoute => "make" in r);
  const times = new Map<MakeRoute, number[]>(runnable.map((r) => [r, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (let k = 0; k < runnable.length; k++) {
      const route = runnable[(k + round) % runnable.length]; // each round starts one route later
      const made: unknown[] = new Array(makes);
      const t0 = performance.now();
      for (let i = 0; i < makes; i++) made[i] = route.make(counter++);
      const us = ((performance.now() - t0) * 1000) / makes;
      route.undo?.(made);
      if (round >= warmup) times.get(route)!.push(us);
    }
  }
  return routes.map((r) => ("make" in r ? { name: r.name, us: median(times.get(r)!) } : r));
}

/** The routes' summary line: rounds, makes, warm-up. */
export function makeCallableMethod(options: MakeOptions = {}): string {
  return `median of ${options.rounds ?? 7} rounds of ${options.makes ?? 2000} makes each, after ${options.warmup ?? WARMUP_ROUNDS} untimed warm-up rounds`;
}
