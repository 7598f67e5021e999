/**
 * host-select.ts - picks the Host for the running JavaScript runtime, in one place.
 *
 * What it does: detects the runtime once and returns its Host (hosts/*.ts). Hosts are imported
 * lazily-by-runtime so that, e.g., koffi is never loaded under Bun or Deno.
 * To add a runtime: add a branch to `detectRuntime` and a case to `loadHost` (HOOK below).
 * Requires: top-level await (ES2022 modules).
 */
import type { Host } from "./host.js";
import { HostUnavailableError } from "./errors.js";

export type RuntimeName = "node" | "bun" | "deno";

/** The globals detection looks at (a parameter so tests can present other runtimes). */
export interface RuntimeGlobals {
  readonly Bun?: unknown;
  readonly Deno?: unknown;
  readonly process?: { readonly versions?: { readonly node?: string } };
}

/** Which runtime runs this code; throws, saying what is needed, for an unsupported one. */
export function detectRuntime(g: RuntimeGlobals = globalThis as RuntimeGlobals): RuntimeName {
  if (typeof g.Bun !== "undefined") return "bun";
  if (typeof g.Deno !== "undefined") return "deno";
  const node = g.process?.versions?.node;
  if (typeof node === "string") {
    if (Number(node.split(".")[0]) < 20) {
      throw new HostUnavailableError(`jitkit needs Node.js 20 or newer (koffi 3); this is Node.js ${node}`);
    }
    return "node";
  }
  throw new HostUnavailableError(
    "jitkit runs on Node.js >= 20, Bun or Deno (with --allow-ffi): it needs a runtime that can map " +
    "executable memory and call native code; this one (a browser or another engine?) has no such FFI");
}

async function loadHost(runtime: RuntimeName): Promise<Host> {
  // Literal specifiers: Deno loads them without --allow-read (they are part of the module graph).
  switch (runtime) {
    case "node":
      return (await import("./hosts/node.js")).nodeHost;
    case "bun":
      return (await import("./hosts/bun.js")).bunHost;
    case "deno":
      return (await import("./hosts/deno.js")).denoHost;
  }
}

/** The Host of the running runtime (selected once, at module load). */
export const host: Host = await loadHost(detectRuntime());
