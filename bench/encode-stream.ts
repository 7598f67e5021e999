// Encode throughput of the Assembler builder API on the shared mixed stream
// (../shared/bench/encode-stream: mov r,r; add r,imm; mov r,[b+i*8+d]; vaddpd ymm; jcc label).
// What it does: 1,000 blocks x 1,001 instructions per round, each block from a reset assembler with
//   its labels resolved (finalize) at the end of the block; medians of 5 rounds; prints instructions
//   per second next to the README's peer figures for the same stream on this machine, by wall clock
//   and by process CPU time (user + system, all threads: steadier when other processes share the cores).
// Checks first: block 0, emitted with forward branches as rel32 (the `branches: "near-forward"`
//   option, as the single-pass peers do), must equal block0.bin byte for byte; the relaxing default
//   is timed too.
// Each mode is timed in a process of its own (this script, run again with one mode): a program
//   uses one mode, and the JIT's type feedback from the mode timed first would otherwise slow the
//   second one down (the peers are timed one per process too).
// Run: npm run bench:encode [-- BLOCKS ROUNDS]

import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Assembler } from "../src/x64/assembler.js";
import { gp64, ymm, type Reg } from "../src/x64/registers.js";
import { qword, type Label } from "../src/x64/operands.js";
import { ENCODE_STREAM_DIR } from "../tools/shared-bench.js";
import { generateEncodeStream, type EncodeStream } from "../tools/encode-stream.js";

const DIR = ENCODE_STREAM_DIR;

/** The builder methods this stream uses (installed on Assembler.prototype from the form table). */
type Op = Reg | number | Label | ReturnType<typeof qword>;
interface Builder {
  mov(a: Op, b: Op): unknown;
  add(a: Op, b: Op): unknown;
  vaddpd(a: Op, b: Op, c: Op): unknown;
  ret(): unknown;
}

const G = 200;
const blocks = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const INST_PER_BLOCK = G * 5 + 1;

/** Emits block `b` of the stream into `a` (already reset) and finalizes it; returns the code size. */
function emitBlock(a: Assembler, s: EncodeStream, b: number, labels: Label[]): number {
  const m = a as unknown as Builder;
  const { A, B, C, CC, IMM } = s;
  for (let g = 0; g <= G; g++) labels[g] = a.newLabel();
  let k = b * G * 5;
  for (let g = 0; g < G; g++, k += 5) {
    a.bind(labels[g]);
    m.mov(gp64[A[k]], gp64[B[k]]);
    m.add(gp64[A[k + 1]], IMM[k + 1]);
    m.mov(gp64[A[k + 2]], qword(gp64[B[k + 2]], { index: gp64[C[k + 2]], scale: 8, disp: IMM[k + 2] }));
    m.vaddpd(ymm[A[k + 3]], ymm[B[k + 3]], ymm[C[k + 3]]);
    a.j(CC[k + 4], labels[IMM[k + 4]]); // condition code 0-15 = a.jo ... a.jg
  }
  a.bind(labels[G]);
  m.ret();
  return a.finalize().size;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

function firstDiff(x: Uint8Array, y: Uint8Array): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

type Mode = "near-forward" | "relax";
interface Result { rate: number; cpuRate: number; bytes: number }

/** Times one mode in this process: `rounds` rounds after a warm-up round; medians. */
function measure(stream: EncodeStream, mode: Mode): Result {
  const a = new Assembler({ branches: mode });
  const labels: Label[] = new Array(G + 1);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let bytes = 0;
  for (let r = 0; r < rounds + 1; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    bytes = 0;
    for (let b = 0; b < blocks; b++) {
      a.reset();
      bytes += emitBlock(a, stream, b, labels);
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const cpuSecs = (c.user + c.system) / 1e6;
    if (r > 0) { // round 0 warms up the JIT
      rates.push((blocks * INST_PER_BLOCK) / secs);
      cpuRates.push((blocks * INST_PER_BLOCK) / cpuSecs);
    }
  }
  return { rate: median(rates), cpuRate: median(cpuRates), bytes };
}

/** Runs this script again for one mode; its last output line is the Result as JSON. */
function measureInChild(mode: Mode): Result {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(blocks), String(rounds)],
    { env: { ...process.env, ENCODE_STREAM_MODE: mode }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out.trim().split("\n").pop()!) as Result;
}

function main(): void {
  const stream = generateEncodeStream(blocks, G);
  const only = process.env.ENCODE_STREAM_MODE as Mode | undefined;
  if (only !== undefined) { console.log(JSON.stringify(measure(stream, only))); return; }

  if (!existsSync(`${DIR}/block0.bin`)) {
    console.log(`${DIR}/block0.bin not found (the shared benchmark folder is absent): block 0 not compared with the peers' bytes`);
  } else {
    const expected = new Uint8Array(readFileSync(`${DIR}/block0.bin`));
    const near = new Assembler({ branches: "near-forward" });
    emitBlock(near, stream, 0, new Array(G + 1));
    const got = near.finalize().bytes;
    if (got.length !== expected.length || firstDiff(got, expected) !== expected.length) {
      const at = firstDiff(got, expected);
      console.error(`block 0 differs from block0.bin at offset 0x${at.toString(16)} (ours ${got.length} bytes, expected ${expected.length})`);
      console.error(`  expected: ${Buffer.from(expected.subarray(at, at + 16)).toString("hex")}`);
      console.error(`  ours:     ${Buffer.from(got.subarray(at, at + 16)).toString("hex")}`);
      process.exit(1);
    }
    console.log(`block 0 (forward branches rel32) matches block0.bin: ${expected.length} bytes`);
  }

  const nearResult = measureInChild("near-forward");
  const relaxResult = measureInChild("relax");

  const rows: [string, number, string][] = [
    ["jitkit Assembler, forward branches rel32 (as the peers)", nearResult.rate / 1e6, "this run, wall clock"],
    ["jitkit Assembler, relaxing branches (default)", relaxResult.rate / 1e6, "this run, wall clock"],
    ["jitkit Assembler, forward branches rel32, process CPU time", nearResult.cpuRate / 1e6, "this run, CPU time (all threads, incl. GC)"],
    ["jitkit Assembler, relaxing branches, process CPU time", relaxResult.cpuRate / 1e6, "this run, CPU time (all threads, incl. GC)"],
    ["AsmJit 1.21 x86::Assembler (C++)", 51.5, "README"],
    ["Xbyak 7.37 (C++)", 19.8, "README"],
    ["hand-written JS with register/Mem/Label objects, 6 forms only", 58.2, "README"],
    ["GNU as 2.40, text, whole process", 1.1, "README"],
    ["llvm-mc 14, text, whole process", 0.5, "README"],
  ];
  console.log(`\n${blocks} blocks x ${INST_PER_BLOCK} instructions, median of ${rounds} rounds (after 1 warm-up round), each mode in its own process`);
  console.log(`| encoder | M inst/s | ns/inst | source |`);
  console.log(`|---|---:|---:|---|`);
  for (const [name, m, src] of rows) console.log(`| ${name} | ${m.toFixed(1)} | ${(1000 / m).toFixed(1)} | ${src} |`);
  console.log(`\ncode per round: ${(nearResult.bytes / 1e6).toFixed(2)} MB rel32-forward, ${(relaxResult.bytes / 1e6).toFixed(2)} MB relaxed`);
}

main();
