// Text assembler throughput: the mixed stream of ../shared/bench/encode-stream (mov r,r;
// add r,imm; mov r,[b+i*8+d]; vaddpd ymm; jcc label) written as Intel-syntax text, then
// parse-only (syntax tree), scan-only (the parser's fast path into a sink that encodes nothing),
// parse+encode, and the same stream through Assembler.emit (no text) timed in process (medians of
// several rounds, wall clock and process CPU time), next to llvm-mc and GNU as assembling the same
// text as whole processes in the same run.
// Run: npm run bench:text [-- BLOCKS ROUNDS]   (default 100 blocks x 1001 instructions, 5 rounds
// after 3 warm-up rounds)

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, parseStream, type FastSink } from "../src/x64/parser/parser.js";
import { assemble } from "../src/x64/parser/assemble.js";
import { Assembler } from "../src/x64/assembler.js";
import { gp64, ymm } from "../src/x64/registers.js";
import { Mem, type Label } from "../src/x64/operands.js";
import { generateEncodeStream, STREAM_CONDITIONS, type EncodeStream } from "../tools/encode-stream.js";

const GP = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];


/** The text of block `b`; labels get the prefix `p` (unique per block when blocks share a file). */
function blockText(s: EncodeStream, b: number, p: string): string {
  const lines: string[] = [];
  let k = b * s.G * 5;
  for (let g = 0; g < s.G; g++, k += 5) {
    lines.push(`${p}${g}:`);
    lines.push(`mov ${GP[s.A[k]]}, ${GP[s.B[k]]}`);
    lines.push(`add ${GP[s.A[k + 1]]}, ${s.IMM[k + 1]}`);
    const d = s.IMM[k + 2];
    const disp = d === 0 ? "" : d < 0 ? ` - ${-d}` : ` + ${d}`;
    lines.push(`mov ${GP[s.A[k + 2]]}, qword ptr [${GP[s.B[k + 2]]} + ${GP[s.C[k + 2]]}*8${disp}]`);
    lines.push(`vaddpd ymm${s.A[k + 3]}, ymm${s.B[k + 3]}, ymm${s.C[k + 3]}`);
    lines.push(`j${STREAM_CONDITIONS[s.CC[k + 4]]} ${p}${s.IMM[k + 4]}`);
  }
  lines.push(`${p}${s.G}:`);
  lines.push("ret");
  return lines.join("\n") + "\n";
}

const JCC = STREAM_CONDITIONS.map((c) => "j" + c);

/** The same block through the Assembler's generic emit (no text): the encoder's share of the cost. */
function emitBlock(a: Assembler, s: EncodeStream, b: number, labels: Label[]): number {
  a.reset();
  for (let g = 0; g <= s.G; g++) labels[g] = a.newLabel();
  let k = b * s.G * 5;
  for (let g = 0; g < s.G; g++, k += 5) {
    a.bind(labels[g]);
    a.emit("mov", [gp64[s.A[k]], gp64[s.B[k]]]);
    a.emit("add", [gp64[s.A[k + 1]], s.IMM[k + 1]]);
    a.emit("mov", [gp64[s.A[k + 2]], new Mem(8, gp64[s.B[k + 2]], gp64[s.C[k + 2]], 8, s.IMM[k + 2])]);
    a.emit("vaddpd", [ymm[s.A[k + 3]], ymm[s.B[k + 3]], ymm[s.C[k + 3]]]);
    a.emit(JCC[s.CC[k + 4]], [labels[s.IMM[k + 4]]]);
  }
  a.bind(labels[s.G]);
  a.emit("ret", []);
  return a.finalize().size;
}

/** Takes every fast-path line and encodes nothing: the text-to-operands share of the cost. */
class NullSink implements FastSink {
  operands = 0;
  fastInstruction(_info: object, _mnemonic: string, _line: number, n: number): boolean { this.operands += n; return true; }
  fastLabelRef(): Label { return null as unknown as Label; }
  fastLabel(): boolean { return true; }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeProcess(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(0, 500)}`);
  return Number(t1 - t0) / 1e9;
}

function which(name: string): boolean {
  return spawnSync(name, ["--version"], { encoding: "utf8" }).status === 0;
}

function main(): void {
  const blocks = Number(process.argv[2] ?? 100);
  const rounds = Number(process.argv[3] ?? 5);
  const s = generateEncodeStream(blocks, 200);
  const texts: string[] = [];
  for (let b = 0; b < blocks; b++) texts.push(blockText(s, b, "L"));
  const perBlock = 200 * 5 + 1;
  const total = blocks * perBlock;
  const whole = Array.from({ length: blocks }, (_, b) => blockText(s, b, `b${b}_L`)).join("");

  // Sanity: everything assembles without errors.
  const check = assemble(texts[0]);
  if (check.errors.length) throw new Error(`block 0 does not assemble: ${check.errors[0].line}:${check.errors[0].column}: ${check.errors[0].message}`);

  const builder = new Assembler();
  const labels: Label[] = [];
  if (emitBlock(builder, s, 0, labels) !== check.bytes.length) throw new Error("builder and text assembler disagree on block 0");
  const nullSink = new NullSink();
  const slowLine = (): void => { throw new Error("scan-only: a line of the stream left the fast path"); };
  // Each measured section: wall-clock seconds and process CPU seconds per round.
  const wall: number[][] = [[], [], [], [], []];
  const cpu: number[][] = [[], [], [], [], []];
  let sink = 0;
  const sections: (() => void)[] = [
    () => { for (let b = 0; b < blocks; b++) sink += emitBlock(builder, s, b, labels); },
    () => { for (const t of texts) sink += parse(t).statements.length; },
    () => { for (const t of texts) sink += parseStream(t, slowLine, nullSink).length; },
    () => { for (const t of texts) sink += assemble(t).bytes.length; },
    () => { sink += assemble(whole).bytes.length; },
  ];
  // Warm-up rounds, not counted: the one-text row settles only in its third or fourth run (its
  // first runs take paths of the label table and the assembler that blocks never reach, and V8
  // optimises them late), measured 640 / 200 / 181 / 187 ns an instruction.
  const warmup = 3;
  for (let r = 0; r < rounds + warmup; r++) {
    for (let i = 0; i < sections.length; i++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      sections[i]();
      const t1 = process.hrtime.bigint();
      const c = process.cpuUsage(c0);
      if (r >= warmup) { wall[i].push(Number(t1 - t0) / 1e9); cpu[i].push((c.user + c.system) / 1e6); }
    }
  }
  sink += nullSink.operands;

  const rows: [string, number, number, string][] = [];
  const mips = (sec: number, n: number) => n / sec / 1e6;
  const row = (what: string, i: number, how: string) => { rows.push([what, mips(median(wall[i]), total), mips(median(cpu[i]), total), how]); };
  row(`jitkit Assembler.emit, no text (${blocks} blocks)`, 0, "in process, encoder share");
  row(`jitkit parse only, syntax tree (${blocks} blocks, per block)`, 1, "in process");
  row(`jitkit scan only, fast path, no encoding (${blocks} blocks)`, 2, "in process, text share");
  row(`jitkit assemble() (${blocks} blocks, per block)`, 3, "in process");
  row(`jitkit assemble() (one ${total}-instruction text)`, 4, "in process");

  const dir = mkdtempSync(join(tmpdir(), "jitkit-bench-text-"));
  try {
    const file = join(dir, "stream.s");
    writeFileSync(file, whole);
    const gasFile = join(dir, "stream-gas.s");
    writeFileSync(gasFile, ".intel_syntax noprefix\n" + whole);
    const extRounds = Math.max(1, Math.min(rounds, 3));
    if (which("llvm-mc")) {
      const ts: number[] = [];
      for (let r = 0; r < extRounds; r++) ts.push(timeProcess("llvm-mc", ["-x86-asm-syntax=intel", "-filetype=obj", "-o", join(dir, "l.o"), file]));
      rows.push([`llvm-mc -filetype=obj (${total} instructions)`, mips(median(ts), total), NaN, "whole process"]);
    }
    if (which("as")) {
      const ts: number[] = [];
      for (let r = 0; r < extRounds; r++) ts.push(timeProcess("as", ["--64", "-o", join(dir, "g.o"), gasFile]));
      rows.push([`GNU as (${total} instructions)`, mips(median(ts), total), NaN, "whole process"]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`Text assembler throughput, mixed stream, ${total} instructions, median of ${rounds} rounds (checksum ${sink % 1000})`);
  console.log("| what | M inst/s | ns/inst | CPU ns/inst | how |");
  console.log("|---|---|---|---|---|");
  for (const [what, m, c, how] of rows) {
    console.log(`| ${what} | ${m.toFixed(2)} | ${(1000 / m).toFixed(0)} | ${Number.isNaN(c) ? "-" : (1000 / c).toFixed(0)} | ${how} |`);
  }
}

main();
