// Test-side adapter over jitkit's public text assembler (`assemble(text)` exported from src/index.ts).
// What it does: loads the entry point lazily, runs one source text, and returns either the bytes
//   or the first positioned error, whatever exact result shape the assembler uses (thrown AsmError,
//   or a result object carrying `errors`).
// Requires: src/index.ts to export `assemble`; when it does not (yet), `loadTextAssembler()`
//   returns a reason string and the tests that need it skip with that reason.

export interface TextError { line: number; column: number; message: string }
export type TextResult = { ok: true; bytes: Uint8Array } | { ok: false; error: TextError; bytesProduced: number };
export type TextAssembler = (source: string) => TextResult;

function asError(e: unknown): TextError | undefined {
  if (e !== null && typeof e === "object" && typeof (e as TextError).line === "number" && typeof (e as TextError).column === "number") {
    return { line: (e as TextError).line, column: (e as TextError).column, message: String((e as TextError).message) };
  }
  return undefined;
}

function bytesOf(result: unknown): Uint8Array | undefined {
  if (result instanceof Uint8Array) return result;
  if (result !== null && typeof result === "object") {
    for (const key of ["bytes", "code", "buffer", "text"]) {
      const v = (result as Record<string, unknown>)[key];
      if (v instanceof Uint8Array) return v;
    }
  }
  return undefined;
}

/** The text assembler, or a string saying why it is not available. */
export async function loadTextAssembler(): Promise<TextAssembler | string> {
  // A load failure is a real failure (it propagates); only a missing export means "not yet".
  const mod = (await import("../../src/index.js")) as Record<string, unknown>;
  const assemble = mod.assemble;
  if (typeof assemble !== "function") return "src/index.ts does not export assemble(text) yet";
  return (source: string): TextResult => {
    let result: unknown;
    try {
      result = (assemble as (s: string) => unknown)(source);
    } catch (e) {
      const err = asError(e);
      if (err) return { ok: false, error: err, bytesProduced: 0 };
      throw e;
    }
    const errors = result !== null && typeof result === "object" ? (result as { errors?: unknown }).errors : undefined;
    if (Array.isArray(errors) && errors.length > 0) {
      const err = asError(errors[0]);
      if (!err) throw new Error(`assemble() returned an error without line/column: ${JSON.stringify(errors[0])}`);
      return { ok: false, error: err, bytesProduced: bytesOf(result)?.length ?? 0 };
    }
    const bytes = bytesOf(result);
    if (!bytes) throw new Error("assemble() returned neither bytes nor errors");
    return { ok: true, bytes };
  };
}
