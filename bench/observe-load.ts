// bench/observe-load.ts - microseconds per loadCode (+ free) of a small function, with the perf
// map observer off and on. Prints medians of 7 runs of 2,000 loads each. The "off" row is the
// platform's plain path (no observer registered: one array-length test more than before).
import { disablePerfMap, enablePerfMap, loadCode } from "../src/index.js";
import { rmSync } from "node:fs";

const add4 = new Uint8Array([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]);
const sig = { args: ["i64"], returns: "i64" } as const;
const N = 2000;

function run(): number {
  const fns = new Array(N);
  const t0 = performance.now();
  for (let i = 0; i < N; i++) fns[i] = loadCode(add4, sig);
  const t1 = performance.now();
  for (const f of fns) f.free();
  return ((t1 - t0) * 1000) / N;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function measure(): number {
  run(); // warm-up
  return median(Array.from({ length: 7 }, run));
}

const off = measure();
enablePerfMap();
const map = measure();
disablePerfMap();
rmSync(`/tmp/perf-${process.pid}.map`, { force: true });
console.log("| feature | us per loadCode (median of 7 x 2000) |\n|---|---|");
console.log(`| everything off | ${off.toFixed(2)} |`);
console.log(`| perf map (JITKIT_PERF=map) | ${map.toFixed(2)} |`);
