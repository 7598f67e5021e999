// Text assembler end to end: every accepted spelling assembles to llvm-mc's bytes (independent
// oracle), programs with labels/data/alignment match llvm-mc's .text, and semantic errors (labels,
// directives, operands) are positioned and produce no bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assemble } from "../src/x64/parser/assemble.js";
import { findLlvmMc, llvmMcEncode, llvmMcObject, toHex } from "../tools/lib-llvm-mc.js";
import { skipTest } from "./support/skip.js";

/** Spellings the text assembler accepts, each also valid for llvm-mc (Intel syntax). */
const SPELLINGS = [
  // registers, immediates in every base
  "mov rax, rbx", "MOV RAX, RBX", "mov eax, 42", "mov eax, 0x2a", "mov eax, 0b101010", "mov eax, -5",
  "mov eax, 10 + 5 - 2", "add rax, -(3)", "mov rax, 0x123456789abcdef0", "mov rax, -1", "xor eax, 0xffffffff",
  "mov al, 255", "mov ax, -32768", "push 0x7fffffff", "imul rax, rbx, 1000", "shl rax, 1", "shl rax, 7", "shl rax, cl",
  // memory operands: orders, scales, sizes, segments, rip
  "mov rax, qword ptr [rbx + 8*rcx + 16]", "mov rax, qword ptr [rbx + rcx*8 + 16]", "mov rax, [rbx+rcx*8-0x10]",
  "mov rax, [rbx + rcx]", "mov rax, [rcx*2]", "mov rax, [rbx - 8]", "mov rax, [rbp]", "mov rax, [r13]", "mov rax, [rsp]",
  "mov rax, [r12 + 4*r13 + 0x7fffffff]", "mov rax, [rax + rsp]", "lea rax, [rip + 0x100]", "mov rax, qword ptr fs:[rax]",
  "mov rax, gs:[0x28]", "mov rax, qword ptr ds:[rbx]", "mov byte ptr [rax], 1", "mov word ptr [rax], 1", "mov dword ptr [rax], 1",
  "inc qword ptr [rdi]", "movzx eax, byte ptr [rsi]", "movsx rax, word ptr [rsi]", "movsxd rax, dword ptr [rsi]",
  "cmp qword ptr [rsp + 8], 0", "mov rax, [0x1000]",
  // SSE/AVX/AVX-512 with sizes omitted where a register decides, decorations, broadcast, rounding
  "movaps xmm0, xmmword ptr [rsp]", "movaps xmm0, [rsp]", "vaddpd ymm1, ymm2, ymmword ptr [rax]", "vaddpd ymm1, ymm2, [rax]",
  "vaddpd zmm1, zmm2, zmmword ptr [rax]", "vaddpd zmm1 {k1}{z}, zmm2, qword ptr [rax]{1to8}", "vaddpd zmm1 {k1} {z}, zmm2, zmm3",
  "vaddps zmm1, zmm2, dword ptr [rax]{1to16}", "vaddps zmm1, zmm2, [rax]{1to16}", "vaddps xmm1, xmm2, dword ptr [rax]{1to4}",
  "vaddpd zmm1, zmm2, zmm3, {rn-sae}", "vaddpd zmm1, zmm2, zmm3, {rz-sae}", "vmaxps zmm1, zmm2, zmm3, {sae}",
  "vmovups zmmword ptr [rdi] {k2}, zmm0", "vpaddd zmm31, zmm30, zmm29", "vcvtdq2pd zmm1, dword ptr [rax]{1to8}",
  "kmovw k1, eax", "vcmpltps k1, zmm2, zmm3", "cmpeqps xmm1, xmm2", "vpcmpnleud k1 {k2}, zmm2, zmm3",
  "vmovdqu8 zmm1 {k1}{z}, zmm2", "vfmadd231pd zmm0, zmm1, qword ptr [rdi + 8*rax]{1to8}",
  "vgetmantps zmm1, zmm15, {sae}, 7", "vcmpps k1, zmm15, zmm31, {sae}, 7", "vcvtsi2ss xmm0, xmm8, {rn-sae}, esi",
  "vrndscalepd zmm1 {k1}{z}, zmm2, {sae}, 4",
  // encoding pseudo-prefixes
  "{vex} vaddps xmm1, xmm2, xmm3", "{evex} vaddps xmm1, xmm2, xmm3", "{evex} vpaddd ymm1, ymm2, ymm3", "{evex} vxorps xmm0, xmm0, xmm0",
  // prefixes
  "lock add dword ptr [rax], 1", "lock xadd qword ptr [rdi], rax", "rep movsb", "rep stosq", "repne scasb", "repe cmpsb",
  // string instructions written with their implicit operands
  "movsb byte ptr es:[rdi], byte ptr [rsi]", "movsd dword ptr es:[rdi], dword ptr [rsi]", "cmpsd dword ptr [rsi], dword ptr es:[rdi]",
  "stosq qword ptr es:[rdi], rax", "lodsb al, byte ptr [rsi]", "scasw ax, word ptr es:[rdi]", "movsq qword ptr [rdi], qword ptr [rsi]",
  "lodsd eax, dword ptr fs:[rsi]", "rep movsq qword ptr [rdi], qword ptr [rsi]", "movsd xmm0, qword ptr [rsi]",
  "rep movsb byte ptr es:[rdi], byte ptr fs:[rsi]", "repne cmpsb byte ptr gs:[rsi], byte ptr es:[rdi]",
  // 32-bit address registers (67 prefix), eip, riz/eiz (an explicit "no index")
  "mov ecx, dword ptr [eax]", "mov ecx, [eax + ebx*4 + 8]", "mov ecx, [r8d]", "mov ecx, [esp]", "mov ecx, [ebp]", "mov ecx, [r13d]",
  "mov ecx, [r12d]", "mov ecx, [eax + eiz*1]", "mov ecx, [eax + eiz]", "mov ecx, [eax + eiz*4 + 3]", "mov ecx, [eiz*2]",
  "mov ecx, [eiz*1 + eax]", "mov ecx, [ebp + eiz]", "mov ecx, [esp + eiz*2]", "mov ecx, [eip + 8]", "mov ecx, [eip]",
  "mov ecx, [rax + riz]", "mov ecx, [rax + riz*2 - 448]", "mov ecx, [eax + esp]", "mov ecx, [esp + eax]",
  "mov ecx, [r15d + r12d*8 - 4]", "mov ecx, [0x10 + ecx*2]", "mov ecx, [ecx*2]", "mov ecx, [4*ecx + ebx]",
  "mov ecx, [eax + 0xffffffff]", "mov ecx, [eax + 0x80000000]", "mov ecx, [eax - 0x80000000]", "mov ecx, [eax - 0x80000001]", "mov ecx, [eax - 4294967295]", "mov ecx, fs:[eax]",
  "lea rax, [eax]", "lea eax, [eax + eax*8]", "cmpxchg [ebx], ecx", "lock add dword ptr [eax], 1", "call qword ptr [eax]",
  "jmp qword ptr [r9d + 8]", "vgatherdps xmm0, [eax + xmm1*4], xmm2", "vgatherdps xmm0, [xmm1*4 + eax], xmm2",
  "vpgatherdd zmm0 {k1}, [r8d + zmm1*4]", "vaddps zmm0, zmm1, [eax + 64]", "vaddps zmm0, zmm1, dword ptr [eax]{1to16}",
  "vmovdqu8 zmm0 {k1}, [r9d - 64]", "mov eax, dword ptr [eax*8 + 0x10]",
];

test("each accepted spelling assembles to llvm-mc's bytes", (t) => {
  if (!findLlvmMc()) { skipTest(t, "llvm-mc not installed"); return; }
  const golden = llvmMcEncode(SPELLINGS);
  const bad: string[] = [];
  SPELLINGS.forEach((line, i) => {
    const want = golden[i];
    const got = assemble(line);
    if (want.bytes === undefined) { bad.push(`${line}: llvm-mc rejects it: ${want.errors[0]?.message}`); return; }
    if (got.errors.length) { bad.push(`${line}: ${got.errors[0].line}:${got.errors[0].column}: ${got.errors[0].message}`); return; }
    if (toHex(got.bytes) !== toHex(want.bytes)) bad.push(`${line}: jitkit ${toHex(got.bytes)} llvm-mc ${toHex(want.bytes)}`);
  });
  assert.deepEqual(bad, []);
});

test("a program with labels, data, alignment and comments matches llvm-mc's .text", (t) => {
  if (!findLlvmMc()) { skipTest(t, "llvm-mc not installed"); return; }
  const ours = [
    ".intel_syntax noprefix", ".text", ".globl f",
    "f:  # entry", "    xor eax, eax", "    lea rcx, [rip + table]", "    mov edx, 8",
    "loop_top:", "    add rax, qword ptr [rcx + 8*rdx - 8]   ; accumulate", "    dec rdx",
    "    jnz loop_top  // back edge", "    cmp rax, 100", "    jg big", "    ret",
    "big: mov rax, qword ptr [rip + table + 8]", "    ret",
    ".p2align 4", "table:", "    dq 1, 2, 3, 4, 5, 6, 7, 8", "    .byte 0x90, 255", ".balign 8", "    .long -1", "    .short 7", "    .quad 0xffffffffffffffff",
  ].join("\n");
  const forLlvm = ours.replace(/;.*$/gm, "").replace(/\bdq\b/g, ".quad");
  const want = llvmMcObject(forLlvm).text;
  const got = assemble(ours);
  assert.deepEqual(got.errors, []);
  assert.equal(toHex(got.bytes), toHex(want));
});

test("GNU numeric local labels (1: with 1b / 1f) match llvm-mc", (t) => {
  if (!findLlvmMc()) { skipTest(t, "llvm-mc not installed"); return; }
  const src = "1: dec ecx\njnz 1b\njmp 1f\nnop\n1: lea rax, [rip + 2f]\njmp 1b\n2:\n2: jmp 2b\n10: jmp 10b";
  const got = assemble(src);
  assert.deepEqual(got.errors, []);
  assert.equal(toHex(got.bytes), toHex(llvmMcObject(src).text));
  const bad = assemble("jmp 1b\njmp 7f");
  assert.deepEqual(bad.errors.map((e) => [e.line, e.column, e.message]), [
    [1, 5, "'1b' refers back to a label '1:' but none comes before it"], [2, 5, "undefined label '7f'"]]);
});

test("strings: .ascii/.asciz/.string and db \"...\" match llvm-mc", (t) => {
  if (!findLlvmMc()) { skipTest(t, "llvm-mc not installed"); return; }
  const gnu = '.ascii "a\\tb\\n"\n.asciz "hi", "yo"\n.string "é ;#"\n.ascii "\\x41\\101\\0\\\\\\""\n';
  const got = assemble(gnu);
  assert.deepEqual(got.errors, []);
  assert.equal(toHex(got.bytes), toHex(llvmMcObject(gnu).text));
  // NASM-style db with strings and numbers: the same bytes as .ascii + .byte.
  const nasm = assemble('db "abc", 0, 10, "d"');
  assert.equal(toHex(nasm.bytes), toHex(llvmMcObject('.ascii "abc"\n.byte 0, 10\n.ascii "d"').text));
  const bad = assemble('dw "ab"\n.ascii 5\ndb "open\n.ascii "\\q"');
  assert.deepEqual(bad.errors.map((e) => [e.line, e.column]), [[1, 4], [2, 8], [3, 4], [4, 9]]);
});

test("constants: .set, .equ, NAME = expr, NAME equ expr (defined before use) match llvm-mc", (t) => {
  const src = ".set OFF, 0x10\n.equ SC, 4\nN = 3 * 4 + 1\nN = N + 1\n" +
    "mov eax, N\nmov rax, [rbx + OFF]\nmov eax, [rbx + SC*rcx + 2*SC]\nadd rax, N - OFF\nlea rax, [rip + tbl + SC]\ntbl: dq N";
  const got = assemble(src);
  assert.deepEqual(got.errors, []);
  assert.equal(toHex(assemble("SIZE equ 8\nsub rsp, SIZE").bytes), toHex(assemble("sub rsp, 8").bytes));
  if (findLlvmMc()) assert.equal(toHex(got.bytes), toHex(llvmMcObject(src.replace("dq", ".quad")).text));
  else t.diagnostic("llvm-mc not installed: bytes not compared");
  const bad = assemble("X = 1\nX: nop\nL: nop\nL = 3\nQ = lbl\nlbl: ret\n.set 5, 1");
  assert.deepEqual(bad.errors.map((e) => [e.line, e.column]), [[2, 1], [4, 1], [5, 5], [7, 6]]);
});

test("listing: each instruction's offset and size after relaxation", () => {
  const r = assemble("top: nop\njmp end\n.p2align 3\nmid: mov eax, 1\nend: jmp top\nret", { listing: true });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.instructions?.map((i) => [i.line, i.offset, i.size]), [[1, 0, 1], [2, 1, 2], [4, 8, 5], [5, 13, 2], [6, 15, 1]]);
});

test("semantic errors: positioned, every bad line reported, no bytes", () => {
  const cases: [string, number, number, RegExp][] = [
    ["a:\nnop\na:", 3, 1, /label 'a' is already defined at line 1:1/],
    ["jmp nowhere", 1, 5, /undefined label 'nowhere'/],
    ["mov rax, [label]\nlabel: ret", 1, 11, /must be rip-relative: write \[rip \+ label\]/],
    ["mov rax, [rbx + label]\nlabel: ret", 1, 17, /rip-relative/],
    ["lea rax, [rip + rcx]", 1, 17, /rip-relative address cannot have an index/],
    ["mov rax, [rbx + rsp*2]", 1, 17, /rsp cannot be an index register/],
    ["mov eax, dword ptr [eax + rbx]", 1, 27, /'rbx' is a 64-bit register but the base 'eax' is 32-bit/],
    ["mov eax, dword ptr [rax + ebx]", 1, 27, /registers of one size/],
    ["mov eax, dword ptr [rax + eiz]", 1, 27, /registers of one size/],
    ["mov eax, [eiz]", 1, 11, /'eiz' cannot be a base register/],
    ["mov eax, [eiz + eax]", 1, 11, /'eiz' cannot be a base register/],
    ["mov eax, [eip + ecx]", 1, 17, /eip-relative address cannot have an index/],
    ["mov eax, [eax + esp*1]", 1, 17, /esp cannot be an index register/],
    ["mov eax, [bx + si]", 1, 11, /16-bit address register 'bx'/],
    ["mov eax, [eax - 0x100000000]", 1, 17, /does not fit in -\(2\^32-1\) to 2\^32-1/],
    ["mov eax, [eax + 0x100000000]", 1, 17, /does not fit/],
    ["mov eax, [eip + x]\nx: ret", 1, 11, /relative to eip is not supported/],
    ["db 256", 1, 4, /does not fit in 8 bits/],
    ["dw 1, 0x10000", 1, 7, /does not fit in 16 bits/],
    ["dd x\nx: ret", 1, 4, /address needs 64 bits: use dq/],
    ["dq x + 8\nx: ret", 1, 4, /with an offset is not supported/],
    [".p2align 13", 1, 10, /power of two must be 0..12/],
    [".balign 3", 1, 9, /power of two/],
    [".p2align 4, 0", 1, 13, /only NOP padding/],
    ["jmp x + 4\nx: ret", 1, 5, /without an offset/],
    ["mov rax, x\nx: ret", 1, 10, /label/],
    ["vaddps zmm0 {k1}, zmm1, dword ptr [rax]{1to8}", 1, 40, /allowed: \{1to16\}/],
    ["vaddpd ymm0, ymm1, ymm2, {rn-sae}", 1, 26, /rn-sae/],
    ["vaddpd zmm0, zmm1, {rn-sae}, zmm2", 1, 20, /goes last, or just before a final immediate/],
    ["mov rax, [rbx + 0x80000000]", 1, 17, /does not fit in a signed 32-bit/],
    ["rep", 1, 1, /prefix 'rep' needs an instruction/],
    ["add r16, 1", 1, 5, /unknown register 'r16'/],
    ["mov qword ptr [rax], qword ptr [rbx]", 1, 1, /at most one memory operand/],
    ["lea rax, rbx", 1, 10, /must be a memory operand/],
    ["mov al, xmm0", 1, 9, /operand 2 cannot be an xmm register/],
    ["mov rax, ebx", 1, 1, /sizes do not match.*allowed: mov r\/m8, r8/],
    ["add al, 256", 1, 9, /out of range for add al, imm8/],
    ["mov sil, ah", 1, 10, /ah, ch, dh and bh/],
    ["movsb byte ptr [rsi], byte ptr [rdi]", 1, 7, /operand 1 of movsb must be es:\[rdi\]/],
    ["movsd qword ptr [rdi], qword ptr [rsi]", 1, 7, /movsd moves 32-bit elements/],
    ["vaddps zmm1 {k1}, zmm2 {k2}, zmm3", 1, 24, /destination \(first operand\) only/],
    ["vaddps zmm1, zmm2, zmm3 {z}", 1, 25, /destination \(first operand\) only/],
    ["vaddpd zmm0, zmm1, zmm2, {rn-sae}, {rz-sae}", 1, 36, /more than one rounding/],
  ];
  for (const [src, line, column, re] of cases) {
    const r = assemble(src);
    assert.equal(r.bytes.length, 0, src);
    assert.ok(r.errors.length >= 1, `${src}: accepted`);
    const e = r.errors[0];
    assert.match(e.message, re, src);
    assert.deepEqual([e.line, e.column], [line, column], `${src}: ${e.message}`);
  }
  // A forward short-only branch that layout finds out of range: named and positioned.
  const far = assemble("start: jrcxz far\n" + "nop\n".repeat(200) + "far: ret");
  assert.deepEqual(far.errors.map((e) => [e.line, e.column]), [[1, 14]]);
  assert.match(far.errors[0].message, /the target 'far' of a short-only branch .* 200 bytes away/);
  assert.equal(far.bytes.length, 0);
  // Several bad lines: all reported, in order, good lines in between do not hide them.
  const r = assemble("mov rax, [rbx*3]\nnop\nfoo\nmov eax, 1\nadd al, 999\nret");
  assert.deepEqual(r.errors.map((e) => e.line), [1, 3, 5]);
});
