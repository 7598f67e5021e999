/**
 * observe/perf-map.ts - names jitted functions for `perf report` through /tmp/perf-PID.map.
 *
 * What it does: an observer (platform/observe-hooks.ts) that appends one `START SIZE name` line
 * (hex address and size, as perf's map format wants) per loaded function. perf reads the file
 * when it reports, so a function freed before then keeps its line (the format has no unload).
 * Turned on by JITKIT_PERF=map in the environment (at import of "jitkit") or enablePerfMap().
 * Requires: node:fs (Node, Bun, Deno's Node compatibility; Deno needs --allow-write for /tmp).
 */
import { appendFileSync } from "node:fs";
import { addCodeObserver, removeCodeObserver, type CodeObserver, type LoadedCode } from "../platform/observe-hooks.js";

/** The map file perf looks for: /tmp/perf-<pid>.map. */
export function perfMapPath(): string {
  return `/tmp/perf-${process.pid}.map`;
}

const perfMap: CodeObserver = {
  load(code: LoadedCode): void {
    const name = code.name.replace(/[\r\n]/g, " ");
    appendFileSync(perfMapPath(), `${code.address.toString(16)} ${code.size.toString(16)} ${name}\n`);
  },
  free(): void {},
};

/** Starts writing the perf map for every function loaded from now on. */
export function enablePerfMap(): void {
  addCodeObserver(perfMap);
}

export function disablePerfMap(): void {
  removeCodeObserver(perfMap);
}

if (typeof process !== "undefined" && process.env?.JITKIT_PERF === "map") enablePerfMap();
