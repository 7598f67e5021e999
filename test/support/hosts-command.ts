/**
 * support/hosts-command.ts - how tests start a script on the runtime that runs them.
 *
 * What it does: `hostCommand(script, args)` gives the command line that runs `script` (a .js
 * file) with the same runtime as the current process: `node script`, `bun script`, or
 * `deno run --allow-ffi --allow-read script` (jitkit needs only --allow-ffi; the CLI also reads
 * files it is given). `runtimeName()` names the runtime; `denoBinary()` finds the project's own
 * Deno (node_modules/.bin/deno), for tests that check Deno's behaviour from any host.
 * Requires: process.execPath (all three runtimes provide it).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type RuntimeName = "node" | "bun" | "deno";

export function runtimeName(): RuntimeName {
  const g = globalThis as { Bun?: unknown; Deno?: unknown };
  if (g.Bun !== undefined) return "bun";
  if (g.Deno !== undefined) return "deno";
  return "node";
}

/** The permissions the jitkit CLI needs under Deno. */
export const DENO_CLI_PERMISSIONS: readonly string[] = ["--allow-ffi", "--allow-read"];

export function hostCommand(script: string, args: readonly string[] = []): { command: string; args: string[] } {
  if (runtimeName() === "deno") return { command: process.execPath, args: ["run", ...DENO_CLI_PERMISSIONS, script, ...args] };
  return { command: process.execPath, args: [script, ...args] };
}

/** node_modules/.bin/deno of this project, or undefined when it is not installed. */
export function denoBinary(): string | undefined {
  const path = fileURLToPath(new URL("../../../node_modules/.bin/deno", import.meta.url));
  return existsSync(path) ? path : undefined;
}
