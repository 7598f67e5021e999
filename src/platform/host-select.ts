/**
 * host-select.ts - picks the Host for the running JavaScript runtime, in one place.
 *
 * What it does: detects the runtime once and returns its Host (hosts/*.ts). Hosts are imported
 * lazily-by-runtime so that, e.g., koffi is never loaded under Bun or Deno.
 * To add a runtime: add a branch to `detectRuntime` and a case to `loadHost` (HOOK below).
 * Requires: top-level await (ES2022 modules).
 */
import type { Host } from "./host.js";

export type RuntimeName = "node" | "bun" | "deno";

/** Which runtime runs this code. */
export function detectRuntime(): RuntimeName {
  const g = globalThis as { Bun?: unknown; Deno?: unknown };
  if (typeof g.Bun !== "undefined") return "bun";
  if (typeof g.Deno !== "undefined") return "deno";
  return "node";
}

async function loadHost(runtime: RuntimeName): Promise<Host> {
  // HOOK: Bun and Deno hosts (src/platform/hosts/bun.ts, deno.ts) are added here.
  // Module paths are kept in variables so the type checker does not require files not yet written.
  switch (runtime) {
    case "node":
      return (await import("./hosts/node.js")).nodeHost;
    case "bun": {
      const path = "./hosts/bun.js";
      return ((await import(path)) as { bunHost: Host }).bunHost;
    }
    case "deno": {
      const path = "./hosts/deno.js";
      return ((await import(path)) as { denoHost: Host }).denoHost;
    }
  }
}

/** The Host of the running runtime (selected once, at module load). */
export const host: Host = await loadHost(detectRuntime());
