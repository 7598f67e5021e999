/**
 * observe-hooks.ts - load/free notifications for observers of jitted code (src/observe/: perf map).
 *
 * What it does: holds the registered observers; calls.ts notifies them after loadCode has made a
 * function callable and before free() releases its code. With no observer registered the cost is
 * one array-length test per load and per free.
 * Requires: nothing. Guarantees: an observer that throws does not break loading or freeing (its
 * error is reported once through console.warn and the observer is dropped).
 */

/** What an observer learns about one loaded function. */
export interface LoadedCode {
  /** The function's name: LoadOptions.name, or a generated `jit_<n>`. */
  readonly name: string;
  readonly address: bigint;
  readonly size: number;
  /** Optional address -> source line map (offset from `address`), e.g. from assemble({ listing: true }). */
  readonly lines: ReadonlyArray<{ readonly offset: number; readonly size: number; readonly line: number }> | null;
}

export interface CodeObserver {
  load(code: LoadedCode): void;
  free(code: LoadedCode): void;
}

export const observers: CodeObserver[] = [];
let generated = 0;

/** Registers an observer (idempotent). */
export function addCodeObserver(observer: CodeObserver): void {
  if (!observers.includes(observer)) observers.push(observer);
}

export function removeCodeObserver(observer: CodeObserver): void {
  const i = observers.indexOf(observer);
  if (i >= 0) observers.splice(i, 1);
}

/** A name for a function loaded without one. */
export function generatedName(): string {
  return `jit_${generated++}`;
}

function call(observer: CodeObserver, event: "load" | "free", code: LoadedCode): void {
  try {
    observer[event](code);
  } catch (error) {
    removeCodeObserver(observer);
    console.warn(`jitkit: a code observer failed on ${event} of ${code.name} and was removed:`, error);
  }
}

export function notifyLoad(code: LoadedCode): void {
  for (const o of observers.slice()) call(o, "load", code);
}

export function notifyFree(code: LoadedCode): void {
  for (const o of observers.slice()) call(o, "free", code);
}
