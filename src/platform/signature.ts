/**
 * signature.ts - native signatures: validation, a canonical key, and the table of value types.
 *
 * What it does: checks a user's { args, returns } against the supported types and limits
 * (System V AMD64: up to 6 integer-class and 8 floating-point arguments are passed in registers;
 * jitkit supports at most those, no stack arguments yet) and describes each type once, in TYPES,
 * for the call wrappers (calls.ts) and the hosts.
 * Guarantees: a Signature returned by checkSignature is frozen and valid.
 */
import type { ResultType, Signature, ValueType } from "./host.js";

export type { ResultType, Signature, ValueType } from "./host.js";

/** The register class of a value type in the System V AMD64 ABI. */
export type RegisterClass = "integer" | "float";

/** One row per value type: everything the platform layer needs to know about it. */
export interface TypeInfo {
  readonly class: RegisterClass;
  /** Size in bytes. */
  readonly size: number;
  /** The C spelling (used for koffi prototypes and messages). */
  readonly c: string;
  /** What a caller may pass, for error messages. */
  readonly accepts: string;
}

export const TYPES: Readonly<Record<ValueType, TypeInfo>> = {
  i8: { class: "integer", size: 1, c: "int8_t", accepts: "an integer number in [-128, 127]" },
  i16: { class: "integer", size: 2, c: "int16_t", accepts: "an integer number in [-32768, 32767]" },
  i32: { class: "integer", size: 4, c: "int32_t", accepts: "an integer number in [-2^31, 2^31-1]" },
  i64: { class: "integer", size: 8, c: "int64_t", accepts: "a bigint in [-2^63, 2^63-1] or a safe integer number" },
  u8: { class: "integer", size: 1, c: "uint8_t", accepts: "an integer number in [0, 255]" },
  u16: { class: "integer", size: 2, c: "uint16_t", accepts: "an integer number in [0, 65535]" },
  u32: { class: "integer", size: 4, c: "uint32_t", accepts: "an integer number in [0, 2^32-1]" },
  u64: { class: "integer", size: 8, c: "uint64_t", accepts: "a bigint in [0, 2^64-1] or a non-negative safe integer number" },
  f32: { class: "float", size: 4, c: "float", accepts: "a number" },
  f64: { class: "float", size: 8, c: "double", accepts: "a number" },
  pointer: { class: "integer", size: 8, c: "void *", accepts: "a TypedArray, Buffer, DataView or ArrayBuffer (its data address), a bigint address in [0, 2^64-1], or null" },
};

/** Register-argument limits of System V AMD64. */
export const MAX_INTEGER_ARGS = 6;
export const MAX_FLOAT_ARGS = 8;

export function isValueType(t: unknown): t is ValueType {
  return typeof t === "string" && Object.prototype.hasOwnProperty.call(TYPES, t);
}

export function isResultType(t: unknown): t is ResultType {
  return t === "void" || isValueType(t);
}

const TYPE_LIST = [...Object.keys(TYPES), "void"].join(", ");

/** Validates and freezes a signature; throws TypeError/RangeError naming the bad part. */
export function checkSignature(sig: unknown): Signature {
  if (typeof sig !== "object" || sig === null) {
    throw new TypeError(`signature must be an object { args: [...], returns: "..." }, got ${describe(sig)}`);
  }
  const { args, returns } = sig as { args?: unknown; returns?: unknown };
  if (!Array.isArray(args)) throw new TypeError(`signature.args must be an array of types (${TYPE_LIST}), got ${describe(args)}`);
  let ints = 0;
  let floats = 0;
  args.forEach((t, i) => {
    if (!isValueType(t)) throw new TypeError(`signature.args[${i}] is ${describe(t)}; allowed: ${Object.keys(TYPES).join(", ")}`);
    if (TYPES[t].class === "integer") ints++; else floats++;
  });
  if (ints > MAX_INTEGER_ARGS || floats > MAX_FLOAT_ARGS) {
    throw new RangeError(`signature has ${ints} integer/pointer and ${floats} floating-point arguments; at most ${MAX_INTEGER_ARGS} and ${MAX_FLOAT_ARGS} are supported (System V AMD64 register arguments)`);
  }
  if (!isResultType(returns)) throw new TypeError(`signature.returns is ${describe(returns)}; allowed: ${TYPE_LIST}`);
  return Object.freeze({ args: Object.freeze([...args]) as readonly ValueType[], returns });
}

/** A canonical text form, e.g. "(i64, f64) -> i64"; equal signatures give equal keys. */
export function signatureKey(sig: Signature): string {
  return `(${sig.args.join(", ")}) -> ${sig.returns}`;
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (Array.isArray(v)) return "an array";
  if (v === null) return "null";
  return typeof v === "object" || typeof v === "function" ? `a${typeof v === "object" ? "n" : ""} ${typeof v}` : String(v);
}
