/**
 * calls.ts - typed native calls: an address plus a signature becomes a plain JS function.
 *
 * What it does:
 * - per signature and int64 mode, once: asks the Host for a SignatureBinder (its call route - Node:
 *   one koffi-decoded slot trampoline, see trampoline.ts; Deno: a trampoline taking the target as
 *   a trailing argument; Bun: the same, or one CFunction per address for i64/u64 signatures - and
 *   the argument forms its callable needs) and generates a fixed-arity wrapper factory (no
 *   rest/spread on the hot path: the arguments are checked inline, in one condition, then the
 *   route's callable is called with exactly the signature's arguments; i64/u64 arguments not in
 *   the int64 mode's form take an out-of-line path);
 * - per function: only a closure is made (no FFI decode where the route shares one trampoline),
 *   so fresh code becomes callable cheaply.
 *
 * Value conventions (the same on every host):
 * - i8/i16/i32/u8/u16/u32: integer numbers in the type's range, else RangeError (no silent wrap).
 * - f32/f64: numbers (f32 rounds to single precision). Results are numbers.
 * - i64/u64: a bigint in range, or a safe-integer number (|n| <= 2^53-1); anything else
 *   (1.5, 2^53, out-of-range bigints) is a RangeError. Results: bigint by default, exact over the
 *   whole range (`add4(2n) === 6n`). Option { int64: "number" } returns numbers instead and throws
 *   RangeError if a result is not a safe integer (never a silently rounded value); it avoids the
 *   cost of allocating a bigint per call (see bench/calls.ts).
 * - pointer: TypedArray/Buffer/DataView/ArrayBuffer (its data address), a bigint in [0, 2^64), or
 *   null (0). Results are bigint addresses (0n for null).
 * - void result: undefined.
 * Lifetime: loadCode's functions own their code; free() releases it and turns the function into
 * one that throws FreedCodeError without touching native memory. With { lifetime: "gc" } a
 * FinalizationRegistry also frees the code of functions garbage-collected without free() (a safety
 * net, not a schedule).
 */
import { CodeHeap, type CodeBlock, type CodeSource } from "./code-heap.js";
import { FreedCodeError } from "./errors.js";
import { host } from "./host-select.js";
import type { ArgumentForms, BinderServices, CallRoute, Int64Mode, RawCallable, Signature, SignatureBinder, ValueType } from "./host.js";
import { Pages } from "./pages.js";
import { checkSignature, signatureKey, TYPES } from "./signature.js";
import { generatedName, notifyFree, notifyLoad, observers, type LoadedCode } from "./observe-hooks.js";

export type { Int64Mode } from "./host.js";

export interface CallOptions {
  /** Name used in error messages (default "anonymous"). */
  readonly name?: string;
  /** How i64/u64 results are returned: "bigint" (default) or "number" (safe integers only). */
  readonly int64?: Int64Mode;
}

export interface LoadOptions extends CallOptions {
  /** Code memory: "w^x" (default) or "rwx-unsafe" (read+write+execute pages; unsafe). */
  readonly memory?: "w^x" | "rwx-unsafe";
  /** Allocate in this heap instead of the default one (its mode then decides the memory). */
  readonly heap?: CodeHeap;
  /**
   * "manual" (default): the code lives until free() (or process exit).
   * "gc": additionally, if the function is garbage-collected without free(), a FinalizationRegistry
   * frees its code (a safety net). Costs a registry entry per function: measured ~7 MB of V8 old
   * space per 100,000 functions (reclaimed by major GCs, but it makes RSS grow between them).
   */
  readonly lifetime?: "gc" | "manual";
}

/** A native function as a JS function, with its metadata and lifetime. */
export interface NativeFunction {
  (...args: any[]): any;
  readonly address: bigint;
  /** Code size in bytes (0 for bindAddress functions, which do not own code). */
  readonly size: number;
  readonly signature: Signature;
  /** True after free(). */
  readonly freed: boolean;
  /** Releases the code (loadCode) or the binding (bindAddress). Calling afterwards throws. */
  free(): void;
}

// ---------------------------------------------------------------------------------------------
// Binder services: permanent code (trampolines) and 8-byte data slots.

const runtimeHeap = new CodeHeap({ regionSize: 4096 });
let slotPage: Pages | null = null;
let slotNext = 0;

const services: BinderServices = {
  installCode(code: Uint8Array): bigint {
    return runtimeHeap.allocate(code).address; // never freed: lives as long as the process
  },
  dataSlot(): { address: bigint; view: Float64Array } {
    if (slotPage === null || slotNext + 8 > slotPage.size) {
      slotPage = Pages.map(host.pageSize, { mode: "data" }); // never unmapped
      slotNext = 0;
    }
    const address = slotPage.address + BigInt(slotNext);
    slotNext += 8;
    return { address, view: viewOf(address) };
  },
};

/** A one-element Float64Array aliasing native memory. */
function viewOf(address: bigint): Float64Array {
  return new Float64Array(host.view(address, 8));
}

// ---------------------------------------------------------------------------------------------
// Wrapper generation.

const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * A bigint outside [lo, hi] (lo = 0n or -2^63): BigInt.asIntN/asUintN on V8 (Node, Deno: ~0.5-1 ns
 * per argument on Deno). On JavaScriptCore (Bun) a bigint comparison is a runtime call of ~2.5 ns,
 * except a comparison with 0n, which measures almost free (4 arguments: +0.3-0.5 ns); so the sign
 * picks the one bound worth comparing with: ~2.7 ns per argument instead of ~5 for both bounds
 * (asIntN allocates, ~12 ns; Number(a) + a double test ~6.5; a BigInt64Array round trip no cheaper).
 */
const BIGINT_OUTSIDE = (a: string, lo: string, hi: string, bits: number, kind: "Int" | "Uint"): string =>
  host.name !== "bun" ? `BigInt.as${kind}N(${bits}, ${a}) !== ${a}`
    : lo === "0n" ? `(${a} < 0n || ${a} > ${hi})` : `(${a} < 0n ? ${a} < ${lo} : ${a} > ${hi})`;

// (a <= 2^53-1 && a >= -(2^53-1) && Math.floor(a) === a) is Number.isSafeInteger, written out:
// measured a few ns cheaper per call in optimized code; NaN fails the comparisons.
/** i64/u64 arguments: a condition true when number `a` is not acceptable, and when bigint `a` is not. */
const INT64_REJECT: Record<Int64Type, Record<Int64Mode, (a: string) => string>> = {
  i64: {
    number: (a) => host.name === "bun" ? `!(${a} <= 9007199254740991 && ${a} >= -9007199254740991 && Math.floor(${a}) === ${a})` : `!Number.isSafeInteger(${a})`,
    bigint: (a) => BIGINT_OUTSIDE(a, "-9223372036854775808n", "9223372036854775807n", 64, "Int"),
  },
  u64: {
    number: (a) => host.name === "bun" ? `!(${a} <= 9007199254740991 && ${a} >= 0 && Math.floor(${a}) === ${a})` : `!(Number.isSafeInteger(${a}) && ${a} >= 0)`,
    bigint: (a) => BIGINT_OUTSIDE(a, "0n", "18446744073709551615n", 64, "Uint"),
  },
};

type Int64Type = "i64" | "u64";
const isInt64Type = (t: ValueType): t is Int64Type => t === "i64" || t === "u64";

/**
 * Not a number (f32/f64 arguments). On JavaScriptCore (Bun), Number.isFinite first: it never
 * coerces (no valueOf runs) and lets JSC speculate a double, after which the typeof test (reached
 * only for NaN, +-Infinity and non-numbers) is dead code. Measured on Bun 1.4.5, sum6 f64 with the
 * loop's integer-valued doubles: 5.25 ns per call, the raw CFunction's 5.23-5.31; typeof alone
 * 6.3-6.4. On V8 both forms measure the same, and the typeof test alone is the smaller wrapper.
 */
const NUMBER_REJECT = (a: string): string =>
  host.name === "bun" ? `!Number.isFinite(${a}) && typeof ${a} !== "number"` : `typeof ${a} !== "number"`;

/** An inline JS condition that is true when argument `a` is NOT acceptable for type `t`. */
const REJECT: Record<Exclude<ValueType, Int64Type>, (a: string) => string> = {
  i8: (a) => `(${a} << 24 >> 24) !== ${a}`,
  i16: (a) => `(${a} << 16 >> 16) !== ${a}`,
  i32: (a) => `(${a} | 0) !== ${a}`,
  u8: (a) => `(${a} & 255) !== ${a}`,
  u16: (a) => `(${a} & 65535) !== ${a}`,
  u32: (a) => `(${a} >>> 0) !== ${a}`,
  f32: (a) => NUMBER_REJECT(a),
  f64: (a) => NUMBER_REJECT(a),
  pointer: (a) => `(typeof ${a} === "bigint" ? BigInt.asUintN(64, ${a}) !== ${a} : !(${a} === null || ArrayBuffer.isView(${a}) || ${a} instanceof ArrayBuffer))`,
};

/** The expression that passes checked argument `a${i}` in the form the binder's callable needs. */
function passCode(t: ValueType, i: number, forms: ArgumentForms, int64: Int64Mode): string {
  const a = `a${i}`;
  if (t === "pointer" && forms.pointer !== undefined) return `P(${a})`;
  if (isInt64Type(t) && int64 === "number" && forms.int64 === "bigint") return `BigInt(${a})`;
  return a;
}

/**
 * The statement that checks arguments `indexes` together: one condition, true if any of them is
 * not acceptable (i64/u64 ones tested in the int64 mode's form, which the caller has ensured), and
 * then one call of `bad`, which finds the argument at fault and throws. One call for all of them
 * keeps the wrapper small: V8 inlines no function of more than 460 bytes of bytecode, and an
 * add4 i64 number-mode wrapper with a throwing call per argument was at 457.
 */
function checksCode(sig: Signature, indexes: readonly number[], int64: Int64Mode, indent: string): string {
  if (indexes.length === 0) return "";
  const tests = indexes.map((i) => {
    const t = sig.args[i];
    return isInt64Type(t) ? INT64_REJECT[t][int64](`a${i}`) : REJECT[t](`a${i}`);
  });
  return `${indent}if (${tests.map((c) => `(${c})`).join(" || ")}) S.bad(name, ${sig.args.map((_, i) => `a${i}`).join(", ")});\n`;
}

/**
 * The method `bad(name, a0, ..., an)` of the per-signature object S, called only when a check
 * failed: throws for the first argument that is not acceptable (i64/u64 ones in any form, through
 * H.int64). If it finds none, the inline checks and these disagree, a bug: it throws rather than
 * let the call go on.
 */
function badCode(sig: Signature): string {
  const list = sig.args.map((_, i) => `a${i}`).join(", ");
  const lines = sig.args.map((t, i) => (isInt64Type(t)
    ? `    H.int64(name, ${i}, "${t}", a${i}, false);`
    : `    if (${REJECT[t](`a${i}`)}) H.arg(name, ${i}, "${t}", a${i});`));
  return `  bad(name, ${list}) {
${lines.join("\n")}
    throw new Error("jitkit: function '" + name + "': an argument check failed but no argument is at fault (a jitkit bug)");
  },
`;
}

/**
 * The statements that check the arguments and call the native code; the result lands in `r`.
 * i64/u64 arguments: when all of them come in the form of the wrapper's int64 mode (bigint, or
 * number), they are checked inline and passed straight to the call (converted there if the
 * callable needs it, e.g. `fn(BigInt(a0))` on Deno); otherwise `mixed` (mixedCode) takes the call.
 */
function bodyCode(sig: Signature, route: CallRoute, forms: ArgumentForms, int64: Int64Mode, target: string): string {
  const narrow: number[] = [];
  const wide: number[] = [];
  sig.args.forEach((t, i) => (isInt64Type(t) ? wide : narrow).push(i));
  const inline = callCode(route, sig.args.map((t, i) => passCode(t, i, forms, int64)).join(", "), target);
  if (wide.length === 0) return `${checksCode(sig, narrow, int64, "    ")}    const r = ${inline};`;
  const list = sig.args.map((_, i) => `a${i}`).join(", ");
  return `${checksCode(sig, narrow, int64, "    ")}    let r;
    if (${wide.map((i) => `typeof a${i} === "${int64}"`).join(" && ")}) {
${checksCode(sig, wide, int64, "      ")}      r = ${inline};
    } else {
      r = S.mixed(${target}, inner, name, ${list});
    }`;
}

/**
 * The method `mixed` of the per-signature object S: the call for i64/u64 arguments not
 * all in the int64 mode's form, each checked and converted by the out-of-line H.int64. Kept out of
 * the wrapper so that the wrapper stays small enough for engines to inline it into its callers:
 * measured on Deno (add4 i64, number mode), an inlined wrapper's `fn(BigInt(a0), ...)` costs
 * ~14 ns per call, a wrapper too large to inline ~80 ns (BigInt(number) is then a runtime call).
 */
function mixedCode(sig: Signature, route: CallRoute, forms: ArgumentForms, int64: Int64Mode): string {
  if (!sig.args.some(isInt64Type)) return "";
  const toBigint = forms.int64 === "bigint";
  const pass = sig.args.map((t, i) => (isInt64Type(t) ? `H.int64(name, ${i}, "${t}", a${i}, ${toBigint})` : passCode(t, i, forms, int64)));
  return `  mixed(target, inner, name, ${sig.args.map((_, i) => `a${i}`).join(", ")}) {
    return ${callCode(route, pass.join(", "), "target")};
  },
`;
}

/** The statements returning raw result `r` in jitkit's convention. */
function resultCode(sig: Signature, int64: Int64Mode): string {
  switch (sig.returns) {
    case "void": return "    return undefined;";
    case "i64":
    case "u64":
      if (int64 === "bigint") return `    return typeof r === "bigint" ? r : BigInt(r);`;
      // Number(r) of a bigint is exact when |r| <= 2^53-1 and rounds to a magnitude >= 2^53
      // otherwise (rounding is monotonic), so one number test decides both forms exactly
      // (a bigint comparison costs ~3 ns on V8).
      return `    const n = typeof r === "number" ? r : Number(r);
    return n <= 9007199254740991 && n >= -9007199254740991 ? n : H.unsafe(name, r);`;
    case "pointer": return `    return r === null ? 0n : typeof r === "bigint" ? r : BigInt(r);`;
    default: return "    return r;";
  }
}

interface Helpers {
  freed(name: string): never;
  arg(name: string, index: number, type: ValueType, value: unknown): never;
  int64(name: string, index: number, type: Int64Type, value: unknown, toBigint: boolean): bigint | number;
  unsafe(name: string, value: bigint | number): never;
  frozen(name: string): never;
}

const helpers: Helpers = {
  freed(name) {
    throw new FreedCodeError(`function '${name}'`);
  },
  arg(name, index, type, value) {
    const shown = typeof value === "bigint" ? `${value}n` : typeof value === "string" ? JSON.stringify(value)
      : value === undefined ? "undefined (missing argument?)" : typeof value === "object" && value !== null ? `a ${value.constructor?.name ?? "object"}` : String(value);
    // Right kind of JS value but out of range: RangeError; wrong kind of value: TypeError.
    const kinds = type === "i64" || type === "u64" ? ["number", "bigint"] : type === "pointer" ? ["bigint"] : ["number"];
    const Err = kinds.includes(typeof value) ? RangeError : TypeError;
    throw new Err(`function '${name}': argument ${index + 1} (${type}) must be ${TYPES[type].accepts}; got ${shown}`);
  },
  int64(name, index, type, value, toBigint) {
    if (typeof value === "number") {
      if (!Number.isSafeInteger(value) || (type === "u64" && value < 0)) helpers.arg(name, index, type, value);
      return toBigint ? BigInt(value) : value;
    }
    if (typeof value !== "bigint" || (type === "i64" ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value)) !== value) {
      helpers.arg(name, index, type, value);
    }
    return value;
  },
  frozen(name) {
    throw new TypeError(`function '${name}': cannot free a function made non-extensible (Object.freeze, seal or preventExtensions); its code stays in place and it can still be called`);
  },
  unsafe(name, value) {
    throw new RangeError(`function '${name}': result ${BigInt(value)} is not a safe integer; use { int64: "bigint" } to get it exactly`);
  },
};

/**
 * make(target, name, inner, address, size, signature, release) -> the callable, with its
 * properties assigned in one fixed order (one object shape for all of them). `inner` is the bound
 * route's callable (null for the other routes). `release` runs once, on the first free().
 */
type Factory = (target: number, name: string, inner: RawCallable | null, address: bigint, size: number,
  signature: Signature, release: () => void) => NativeFunction;

/**
 * The expression that calls the native code through the binder's route with arguments `list`;
 * `target` is the expression of the target address (a number).
 */
function callCode(route: CallRoute, list: string, target: string): string {
  switch (route.kind) {
    case "slot": return `(slot[0] = ${target}, tramp(${list}))`;
    case "trailing-target": return `tramp(${list === "" ? target : `${list}, ${target}`})`;
    case "bound": return `inner(${list})`;
  }
}

/**
 * How a wrapper finds its target address and tests "freed" (on every call), per engine. Engines
 * share what they learn about one wrapper code across all its closures (one code per signature),
 * so per-function values are measured in the steady state of bench/calls-hosts.ts (8 functions of
 * the signature made, called and freed first), not on a process's first function:
 * - "self" (JavaScriptCore: Bun): both are properties of the wrapper itself, under symbols of
 *   jitkit's, read through the function expression's own name: the target a non-writable,
 *   non-configurable data property, and free() ADDS the DEAD property. Where a call site only ever
 *   calls this one function, JavaScriptCore knows the function object there, so a property nobody
 *   may write is a constant and an absent one at most a shape test. Bun 1.4.5, add4 i32: 2.47 ns
 *   per call (raw CFunction 2.19) against 3.15 with closure variables for both; sum6 f64 5.74
 *   against 6.59 (raw 5.13-5.34).
 * - "state" (V8: Node, Deno): a per-function state object holds the target, and free() ADDS a
 *   property to it, a map transition for this one object, so V8 tests a map per call rather than
 *   load a mutable value (on Deno's fast calls a "let freed" or "target === 0" test cost ~2 ns per
 *   call, this ~0.5); the one map check serves the target's load too. "self" measures the same on
 *   V8 (Deno add4 i32 5.74 vs 5.80 ns) but costs more to make: V8's defineProperty doubled
 *   loadCode's time (0.29 -> 0.60 us).
 */
const FREED_MARK: Record<"state" | "self", { declare: string; after: string; test: string; set: string; target: string }> = {
  state: { declare: "const state = { target };", after: "", test: "state.freed !== undefined", set: "state.freed = true;", target: "state.target" },
  self: {
    declare: "", after: "Object.defineProperty(jitted, TARGET, { value: target });", test: "jitted[DEAD] !== undefined",
    set: "Object.defineProperty(jitted, DEAD, { value: true });", target: "jitted[TARGET]",
  },
};
const TARGET = Symbol("jitkit.target");
const DEAD = Symbol("jitkit.freed");

/**
 * The statements that move the wrapper's parameters p0..pn into locals a0..an and set the
 * parameters to undefined. Engines keep a function's parameters alive for its whole body when they
 * inline it (a deoptimization must rebuild its frame), so a wrapper inlined into its caller kept
 * every argument alive across the native call: spilled to the stack and held in registers the
 * caller needed. Locals die at their last use, the call. Measured with add4 i32: Deno 2.9.6 6.41 ->
 * 5.80 ns per call (raw dlopen'd symbol 5.33); Bun 1.4.5 2.48 -> 2.20 (raw CFunction 2.21).
 */
function releaseParameters(n: number): string {
  if (n === 0) return "";
  const ps = Array.from({ length: n }, (_, i) => `p${i}`);
  return `    const ${ps.map((p, i) => `a${i} = ${p}`).join(", ")};
    ${ps.join(" = ")} = undefined;`;
}

function generateFactory(sig: Signature, binder: SignatureBinder, int64: Int64Mode): Factory {
  const { route } = binder;
  const forms = binder.argumentForms ?? {};
  const params = sig.args.map((_, i) => `p${i}`).join(", ");
  const mark = FREED_MARK[host.name === "bun" ? "self" : "state"];
  // S holds the wrappers' out-of-line paths. They are called as methods, not as closure
  // functions: JavaScriptCore inlines a call of a known function even on a path never taken, and
  // with bad() inlined that way Bun's add4 i64 number-mode calls cost 1 ns more (26.7 vs 25.6).
  const source = `"use strict";
const S = {
${badCode(sig)}${mixedCode(sig, route, forms, int64)}};
return function make(target, name, inner, address, size, signature, release) {
  ${mark.declare}
  const jitted = function jitted(${params}) {
    if (${mark.test}) H.freed(name);
${releaseParameters(sig.args.length)}
${bodyCode(sig, route, forms, int64, mark.target)}
${resultCode(sig, int64)}
  };
  jitted.address = address;
  jitted.size = size;
  jitted.signature = signature;
  jitted.freed = false;
  jitted.free = function free() {
    if (${mark.test}) H.freed(name);
    if (!Object.isExtensible(jitted)) H.frozen(name);
    ${mark.set}
    jitted.freed = true;
    release();
  };
  ${mark.after}
  return jitted;
};`;
  const outer = new Function("H", "tramp", "slot", "P", "TARGET", "DEAD", source) as
    (h: Helpers, t: RawCallable | undefined, s: Float64Array | undefined, p: ArgumentForms["pointer"], target: symbol, dead: symbol) => Factory;
  return outer(helpers, route.kind === "bound" ? undefined : route.trampoline, route.kind === "slot" ? route.slot : undefined, forms.pointer, TARGET, DEAD);
}

const factories = new Map<string, { factory: Factory; binder: SignatureBinder }>();
/**
 * Signatures already checked, by the caller's object (fast path for a reused signature object).
 * A hit is re-compared element by element, so a caller who mutates the object afterwards gets the
 * new signature checked, not the stale one.
 */
const checked = new WeakMap<object, { sig: Signature; key: string }>();

function sameSignature(a: Signature, b: Signature): boolean {
  if (a.returns !== b.returns || !Array.isArray(b.args) || a.args.length !== b.args.length) return false;
  for (let i = 0; i < a.args.length; i++) if (a.args[i] !== b.args[i]) return false;
  return true;
}

function checkedSignature(signature: Signature): { sig: Signature; key: string } {
  let entry = typeof signature === "object" && signature !== null ? checked.get(signature) : undefined;
  if (entry === undefined || !sameSignature(entry.sig, signature)) {
    const sig = checkSignature(signature);
    entry = { sig, key: signatureKey(sig) };
    checked.set(signature, entry);
    checked.set(sig, entry);
  }
  return entry;
}

/** The binder and wrapper factory of a signature and int64 mode (made once, then cached). */
function factoryFor(sig: Signature, key: string, int64: Int64Mode): { factory: Factory; binder: SignatureBinder } {
  const fkey = `${key} ${int64}`;
  let entry = factories.get(fkey);
  if (!entry) {
    const binder = host.bindSignature(sig, services, { int64 });
    entry = { factory: generateFactory(sig, binder, int64), binder };
    factories.set(fkey, entry);
  }
  return entry;
}

/** The per-function callable of a bound route (null for the shared-trampoline routes). */
function bindInner(binder: SignatureBinder, address: bigint): RawCallable | null {
  return binder.route.kind === "bound" ? binder.route.bind(address) : null;
}

function checkInt64Mode(mode: unknown): Int64Mode {
  if (mode === undefined) return "bigint";
  if (mode !== "bigint" && mode !== "number") throw new TypeError(`int64 option must be "bigint" or "number", got ${String(mode)}`);
  return mode;
}

function checkName(name: unknown): string {
  if (name === undefined) return "anonymous";
  if (typeof name !== "string") throw new TypeError(`name must be a string, got ${typeof name}`);
  return name;
}

/**
 * Makes a JS function that calls native code at `address` (unsafe: the caller vouches that valid
 * code of this signature lives there for as long as the function is used). free() only disables
 * the function.
 */
export function bindAddress(address: bigint, signature: Signature, options: CallOptions = {}): NativeFunction {
  if (typeof address !== "bigint" || address <= 0n || address >= 1n << 53n) {
    throw new RangeError(`address must be a positive bigint below 2^53, got ${String(address)}`);
  }
  const { sig, key } = checkedSignature(signature);
  const name = checkName(options.name);
  const { factory, binder } = factoryFor(sig, key, checkInt64Mode(options.int64));
  const inner = bindInner(binder, address);
  return factory(Number(address), name, inner, address, 0, sig, releaser(binder, inner, null));
}

/** What free() releases: the host's binding (BoundRoute.unbind, if any) and the code block. */
function releaser(binder: SignatureBinder, inner: RawCallable | null, block: CodeBlock | null): () => void {
  const route = binder.route;
  const unbind = inner !== null && route.kind === "bound" && route.unbind !== undefined ? route.unbind.bind(route) : null;
  if (unbind === null) return block === null ? noop : () => block.free();
  return () => {
    unbind(inner!);
    block?.free();
  };
}

function noop(): void {}

let defaultHeap: CodeHeap | null = null;
let unsafeHeap: CodeHeap | null = null;

/** The heap loadCode uses by default (W^X). */
export function defaultCodeHeap(): CodeHeap {
  return (defaultHeap ??= new CodeHeap());
}

function heapFor(options: LoadOptions): CodeHeap {
  if (options.heap !== undefined) {
    if (!(options.heap instanceof CodeHeap)) throw new TypeError("heap must be a CodeHeap");
    return options.heap;
  }
  const memory = options.memory ?? "w^x";
  if (memory === "w^x") return defaultCodeHeap();
  if (memory === "rwx-unsafe") return (unsafeHeap ??= new CodeHeap({ mode: "rwx-unsafe" }));
  throw new TypeError(`memory must be "w^x" or "rwx-unsafe", got ${String(memory)}`);
}

/** A check run on every code source before loadCode maps anything (e.g. CPU features). */
export type LoadCheck = (code: CodeSource) => void;
const loadChecks: LoadCheck[] = [];

/**
 * Registers a check that loadCode runs on each code source before allocating memory; a check
 * rejects code by throwing. Layers above platform/ use it (e.g. x64 registers a CPU-feature check
 * for assembler output carrying `features`), so platform/ never imports them.
 */
export function addLoadCheck(check: LoadCheck): void {
  if (typeof check !== "function") throw new TypeError("addLoadCheck expects a function");
  if (!loadChecks.includes(check)) loadChecks.push(check);
}

const finalizer = new FinalizationRegistry<CodeBlock>((block) => {
  if (!block.freed) block.free();
});

/**
 * Copies machine code into executable memory (W^X: written read+write, then sealed read+execute)
 * and returns it as a JS function of `signature`. `code` is a Uint8Array, or a CodeProducer
 * ({ size, toBytes(baseAddress) }) for code with absolute relocations.
 *
 *   const add4 = loadCode(new Uint8Array([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]),
 *                         { args: ["i64"], returns: "i64" });
 *   add4(2n); // 6n
 *   add4.free();
 */
export function loadCode(code: CodeSource, signature: Signature, options: LoadOptions = {}): NativeFunction {
  const { sig, key } = checkedSignature(signature);
  const name = checkName(options.name);
  const int64 = checkInt64Mode(options.int64);
  const lifetime = options.lifetime ?? "manual";
  if (lifetime !== "gc" && lifetime !== "manual") throw new TypeError(`lifetime must be "gc" or "manual", got ${String(lifetime)}`);
  const heap = heapFor(options);
  const { factory, binder } = factoryFor(sig, key, int64); // before allocating: nothing to undo if it throws
  for (let i = 0; i < loadChecks.length; i++) loadChecks[i](code);
  const block = heap.allocate(code);
  const inner = bindInner(binder, block.address);
  if (lifetime === "manual" && observers.length === 0) {
    return factory(Number(block.address), name, inner, block.address, block.size, sig, releaser(binder, inner, block));
  }
  const release = observers.length === 0 ? releaser(binder, inner, block) : observed(releaser(binder, inner, block), {
    name: options.name ?? generatedName(), address: block.address, size: block.size, lines: listedLines(code),
  });
  if (lifetime === "manual") return factory(Number(block.address), name, inner, block.address, block.size, sig, release);
  const fn = factory(Number(block.address), name, inner, block.address, block.size, sig, () => {
    finalizer.unregister(block);
    release();
  });
  finalizer.register(fn, block, block); // the block is also the unregister token
  return fn;
}

/** Tells the observers (observe-hooks.ts) about a load now and about the free when it happens. */
function observed(release: () => void, code: LoadedCode): () => void {
  notifyLoad(code);
  return () => {
    notifyFree(code);
    release();
  };
}

/** The listing of an assemble({ listing: true }) result (duck-typed: platform/ does not import x64/). */
function listedLines(code: CodeSource): LoadedCode["lines"] {
  const listed = (code as { instructions?: unknown }).instructions;
  if (!Array.isArray(listed)) return null;
  return listed.map((i: { offset: number; size: number; line: number }) => ({ offset: i.offset, size: i.size, line: i.line }));
}

export { INT64_MIN, UINT64_MAX };
