// The parser's fast path (common lines straight into the Assembler, no syntax tree) must give
// exactly what the full path gives. assemble() with `listing: true` takes the full path for every
// line, so each source here is assembled both ways: same bytes, same errors (line:column:message).
// Sources: every fixture program, every invalid input of asm-invalid.txt, and lines written to sit
// on the fast path's borders (what it takes, and the first thing it must hand back).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { assemble } from "../src/x64/parser/assemble.js";

const root = join(import.meta.dirname, "..", "..", "test", "fixtures");

function both(source: string): void {
  const fast = assemble(source);
  const full = assemble(source, { listing: true });
  const show = (r: ReturnType<typeof assemble>) => r.errors.map((e) => `${e.line}:${e.column}:${e.length}: ${e.message}`);
  assert.deepEqual(show(fast), show(full), source);
  assert.deepEqual(Buffer.from(fast.bytes).toString("hex"), Buffer.from(full.bytes).toString("hex"), source);
  assert.deepEqual(fast.relocations, full.relocations, source);
}

test("fixture programs: fast path and full path agree", () => {
  for (const dir of ["asm", "asm-programs"]) {
    for (const f of readdirSync(join(root, dir))) if (f.endsWith(".s")) both(readFileSync(join(root, dir, f), "utf8"));
  }
});

test("invalid inputs: fast path and full path report the same errors", () => {
  const lines = readFileSync(join(root, "asm-invalid.txt"), "utf8").split("\n");
  let n = 0;
  for (const line of lines) {
    if (line.startsWith("#") || !line.includes("|")) continue;
    const input = line.split("|").slice(3).join("|").trim().replace(/\\n/g, "\n");
    both(input);
    n++;
  }
  assert.ok(n >= 80, `only ${n} invalid inputs`);
});

test("lines on the fast path's borders", () => {
  const cases = [
    // taken by the fast path
    "mov rax, rbx\nadd rax, -5\nsub rcx, 0x7fffffff\nmov rdx, qword ptr [rax + rcx*8 - 16]\nret",
    "L1:\nL2:\njmp L1\njne L2\ncall L3\nL3: ret",
    "lea rax, [rip + C1]\nmovsd xmm0, qword ptr [rip + C1 + 8]\nmov eax, [rip - 4]\nC1: dq 1, 2\nmovaps xmm1, xmmword ptr [rip+C1-16]\nmov rax, [rip + k1]",
    "mov rax, [rip + nowhere]\nmov rax, [rip + rax]\nmov rax, [rip + K + L]\nK: jmp [rip + K]\nmov rax, [rip + 0x80000000]",
    "top: dec rcx\nnext:  jnz top\nL: jmp L\nM:mov rax, [rbx + 8] ; done\nN: ret",
    "mov eax, dword [rbx]\nlea rax, [rbx + 8]\nmov byte ptr [r12 + r13], 1\nmov rax, [rbp]",
    "vaddpd ymm0, ymm1, ymm2\nvaddpd zmm0, zmm1, zmm31\nvcmpltps xmm0, xmm1, xmm2\ncmpeqps xmm0, xmm1",
    "add rax, 0X10\nadd rax, -0\nmov rax, 9007199254740991\nmov rax, -9007199254740991",
    "mov rax, rbx ; comment\nmov rax, rbx # comment\nmov rax, rbx // comment\r\nnop\r\n",
    "  \tmov\trax ,\trbx  \n\n\n",
    // handed back to the full path
    "mov rax, [rbx + rsp]\nmov rax, [rsp + rbx]\nmov rax, [rbx*2 + rcx]\nmov rax, [8*rcx + rbx]",
    "mov rax, [rip + L]\nL: mov rax, fs:[rbx]\nmov rax, qword ptr gs:[8]\nmov rax, [rbx + 4 + 4]",
    "mov rax, 9007199254740992\nmov rax, 0xffffffffffffffff\nmov rax, 0FFh\nmov rax, 0b101\nmov rax, 2 + 3",
    "K = 5\nmov rax, K\nmov rax, [rbx + K]\n.set J, 2\nmov rax, [rbx + rcx*J]",
    "1:\njmp 1b\njmp 1f\n1: ret",
    "lock add qword ptr [rax], 1\nrep movsb\nmovsb byte ptr es:[rdi], byte ptr [rsi]\nmovsd xmm0, xmm1",
    "vaddpd zmm0 {k1}{z}, zmm1, zmm2\nvaddpd zmm0, zmm1, qword ptr [rax]{1to8}\nvaddpd zmm0, zmm1, zmm2, {rn-sae}",
    "{vex} vpdpbusd xmm0, xmm1, xmm2\ndb 1, 2\n.quad L\nL: .align 16\nret",
    // errors near the fast path: positions must not move
    "mov rax, rbx\nmov rax, ebx\nmov rax, [rbx + 0x80000000]\nmov rax, [ebx]\nadd al, 300",
    "jmp nowhere\nL: ret\nL: ret\nmov r16, rax\nmov rax, xmm32\nfoo rax, rbx",
    "mov rax, rbx, rcx\nmov rax,\nmov , rax\nmov rax rbx\nvaddpd ymm0, ymm1, ymm2, ymm3, ymm4",
    // a label before an instruction the fast path parses but the assembler refuses, then more lines
    "A: mov rax, ebx\nmov rax, rbx\nB: add al, 300\nB: ret\njmp A\njmp B",
    "C: mov rax, ebx\nC: ret\nD: foo rax\nE: lock add rax, 1\nF: .byte 1\nG: H: ret\nK = 1\nK: ret",
    // a refused lock instruction leaves no LOCK prefix to the next instruction
    "lock cmp rax, rbx, rcx\njne L\nL: lock add qword ptr [rax], 1",
    "jmp L, L\nmov [rax], 1\nmov rax, [rbx + rcx*3]\nmov rax, [rbx + rcx*16]\nmov rax, [rip]",
    "mov rax, fword ptr [rbx]\nmov rax, qword ptr [rbx] extra\nmov rax, qword ptr [rbx\nmov rax, qword ptr rbx",
    // 32-bit address registers, eip, riz/eiz: the full path's (bytes and errors the same both ways)
    "mov eax, [eax + ebx*4 + 8]\nmov eax, [eip + 8]\nL: mov eax, [r8d]\nmov eax, [eax + eiz*2]\nmov rax, [rax + riz]\njmp L",
    "mov eax, [eax + rbx]\nmov eax, [eip + L]\nL: mov eax, [eiz]\nmov eax, [eax + 0x100000000]\nmov eax, [bx]",
  ];
  for (const c of cases) both(c);
});

test("fast-path lines give llvm-mc's bytes", () => {
  // llvm-mc -x86-asm-syntax=intel -show-encoding: 48 8b 54 c8 f0; jmp L = eb + rel8 (-7 here)
  const r = assemble("L:\nmov rdx, qword ptr [rax + rcx*8 - 16]\njmp L");
  assert.equal(Buffer.from(r.bytes).toString("hex"), "488b54c8f0ebf9");
});

test("a short source after a longer one reads nothing of the longer one's text", () => {
  // The scanner's byte buffer and label table are reused between calls: the short text ends
  // where the long one goes on with more digits / identifier characters / a second operand.
  const long = assemble("add rax, 1234567\nL1: jmp L1\n");
  assert.equal(long.errors.length, 0);
  const short = assemble("add rax, 1");
  assert.deepEqual([...short.bytes], [0x48, 0x83, 0xc0, 0x01]); // llvm-mc: add rax, 1
  const label = assemble("L1: jmp L1\n".repeat(3).slice(0, 10));
  assert.deepEqual([...label.bytes], [0xeb, 0xfe]);
  assert.deepEqual(assemble("jmp L1").errors.map((e) => e.message), ["undefined label 'L1'"]);
});

test("generated lines: fast path and full path agree (fixed seed)", () => {
  // Lines built from pieces the fast path takes and pieces it must refuse, valid or not, in
  // programs of 12 lines; each program is assembled both ways.
  let seed = 12345;
  const rand = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
  const mnemonics = ["mov", "add", "lea", "cmp", "imul", "vaddpd", "vpaddd", "jmp", "jne", "call", "push", "cmpltps", "movsb", "ret", "nop", "movsd", "shl", "foo"];
  const regs = ["rax", "eax", "al", "ah", "r13", "r8d", "rsp", "rip", "ymm3", "xmm31", "zmm1", "k1", "RAX", "r16"];
  const nums = ["0", "-5", "0x10", "-0x80", "127", "128", "2147483647", "2147483648", "9007199254740993", "0FFh", "1b", "1f", "- 7"];
  const labels = ["L1", "L2", "X9", ".Lc", "b_3"];
  const mem = () => {
    const size = pick(["", "", "qword ptr ", "dword ptr ", "byte ", "xmmword ptr ", "fword ptr ", "qword ptr fs:"]);
    const base = pick(["rax", "rbx", "r12", "rsp", "rip", "eax", "xmm1"]);
    const index = pick(["", "", " + rcx", " + rsi*8", " + rsp", " + r9*3", " + rcx*2"]);
    const disp = pick(["", "", " + 8", " - 16", " + 0x7fffffff", " + 0x80000000", " + L1", " + 4 + 4"]);
    return `${size}[${base}${index}${disp}]`;
  };
  const operand = () => {
    const k = rand(5);
    return k === 0 ? pick(regs) : k === 1 ? pick(nums) : k === 2 ? pick(labels) : k === 3 ? mem() : pick(regs) + pick(["", "", " {k1}", "{z}"]);
  };
  const line = () => {
    const prefix = pick(["", "", "", "L1: ", "L2: ", "lock ", "{evex} "]);
    const n = rand(5);
    const ops: string[] = [];
    for (let i = 0; i < n; i++) ops.push(operand());
    const tail = pick(["", "", "", " ; note", " extra", ","]);
    return `${prefix}${pick(mnemonics)}${n ? " " + ops.join(pick([", ", ",", " , "])) : ""}${tail}`;
  };
  for (let p = 0; p < 300; p++) {
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) lines.push(rand(6) === 0 ? pick(["L1:", "L2:", "X9:", "1:", ".Lc:", ""]) : line());
    both(lines.join("\n"));
  }
});
