/**
 * support/hosts-child.ts - run a piece of ES-module source as a child process on the runtime that
 * runs the test (Node, Bun or Deno), optionally with Linux's memory-deny-write-execute turned on
 * first. Replaces Node-only spellings (`node --input-type=module -e`, `node --import data:...`).
 *
 * What it does: writes the source to a private temporary .mjs file (mode 0600, in a fresh
 * directory that is removed afterwards) and runs it with process.execPath (Deno: `deno run -A`).
 * With `mdwe: true`, the file first calls prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN) through
 * the runtime's own FFI (koffi, bun:ffi or Deno.dlopen) and exits MDWE_UNSUPPORTED_EXIT if the
 * kernel refuses (Linux < 6.3); modules the source imports afterwards (use `await import(...)`,
 * static imports are hoisted above it) run with MDWE on.
 * Arguments after the file land in process.argv.slice(2), as for `node file args...`, so a child
 * can `await import(cliMain)` to run the CLI under MDWE.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runtimeName } from "./hosts-command.js";

export const MDWE_UNSUPPORTED_EXIT = 99;

const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url)); // dist/test/support -> root

export interface ChildOptions {
  readonly args?: readonly string[];
  /** Working directory (default: the project root). */
  readonly cwd?: string;
  /** Milliseconds (default 30 s). */
  readonly timeout?: number;
  /** Turn on memory-deny-write-execute before the source runs. */
  readonly mdwe?: boolean;
}

/** Source that turns on MDWE through the running runtime's FFI, or exits MDWE_UNSUPPORTED_EXIT. */
export function mdweSource(): string {
  const koffiUrl = new URL("node_modules/koffi/index.js", `file://${PROJECT_ROOT}/`).href;
  return `{
  const PR_SET_MDWE = 65, PR_MDWE_REFUSE_EXEC_GAIN = 1;
  let rc;
  if (globalThis.Bun) {
    const ffi = await import("bun:ffi");
    rc = ffi.dlopen("libc.so.6", { prctl: { args: ["i32", "u64", "u64", "u64", "u64"], returns: "i32" } }).symbols.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0);
  } else if (globalThis.Deno) {
    rc = Deno.dlopen("libc.so.6", { prctl: { parameters: ["i32", "u64", "u64", "u64", "u64"], result: "i32" } }).symbols.prctl(PR_SET_MDWE, BigInt(PR_MDWE_REFUSE_EXEC_GAIN), 0n, 0n, 0n);
  } else {
    const koffi = (await import(${JSON.stringify(koffiUrl)})).default;
    rc = koffi.load("libc.so.6").func("prctl", "int", ["int", "uint64_t", "uint64_t", "uint64_t", "uint64_t"])(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0);
  }
  if (rc !== 0) process.exit(${MDWE_UNSUPPORTED_EXIT});
}
`;
}

/** Runs `source` as an ES module in a child process of the current runtime. */
export function runChild(source: string, options: ChildOptions = {}): SpawnSyncReturns<string> {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-child-"));
  const file = join(dir, "child.mjs");
  try {
    writeFileSync(file, (options.mdwe ? mdweSource() : "") + source, { mode: 0o600 });
    const args = [...(runtimeName() === "deno" ? ["run", "-A"] : []), file, ...(options.args ?? [])];
    return spawnSync(process.execPath, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      encoding: "utf8",
      timeout: options.timeout ?? 30_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
