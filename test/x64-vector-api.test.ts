// Vector forms through the Assembler's method API (a.vaddpd(zmm0.k(k1).z(), ...)), checked against
// llvm-mc's bytes for the equivalent Intel-syntax text (the oracle). The cases pick the encodings that
// are easy to get wrong: VEX 2-byte vs 3-byte and the reg/rm swap of moves, EVEX-only registers,
// masks and zeroing, embedded broadcast, static rounding and SAE, disp8*N compression (full vector,
// scalar, broadcast element, T1S compress, VSIB element), is4 registers, k-register instructions and
// the choice of VEX over EVEX when both fit.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Assembler, x64 } from "../src/index.js";
import { findLlvmMc, llvmMcEncode, toHex } from "../tools/lib-llvm-mc.js";
import { skipTest } from "./support/skip.js";

const {
  rax, rbx, rcx, rsp, r12, r13, eax, r9d,
  xmm0, xmm1, xmm2, xmm3, xmm8, xmm9, xmm12, xmm17, xmm31,
  ymm1, ymm2, ymm3, ymm9, zmm0, zmm1, zmm2, zmm3, zmm17, zmm29, zmm30,
  k1, k2, k3, k5, k7,
} = x64;

/** The per-mnemonic methods are installed from the table at load time; TypeScript does not list them. */
type Methods = Record<string, (...operands: unknown[]) => unknown>;
const m = (a: Assembler): Methods => a as unknown as Methods;
type Emit = (a: Assembler) => void;
/** [llvm-mc Intel-syntax text, the same instruction through the method API] */
const CASES: [string, Emit][] = [
  ["vmovaps xmm2, xmm9", (a) => m(a).vmovaps(xmm2, xmm9)],
  ["vmovaps xmm9, xmm2", (a) => m(a).vmovaps(xmm9, xmm2)],
  ["vmovss xmm1, xmm2, xmm9", (a) => m(a).vmovss(xmm1, xmm2, xmm9)],
  ["vaddps xmm1, xmm2, xmm9", (a) => m(a).vaddps(xmm1, xmm2, xmm9)],
  ["vaddps xmm1, xmm9, xmm2", (a) => m(a).vaddps(xmm1, xmm9, xmm2)],
  ["vaddpd xmm1, xmm2, xmm3", (a) => m(a).vaddpd(xmm1, xmm2, xmm3)],
  ["vaddpd xmm17, xmm2, xmm3", (a) => m(a).vaddpd(xmm17, xmm2, xmm3)],
  ["vaddpd ymm1 {k1}, ymm2, ymm3", (a) => m(a).vaddpd(ymm1.k(k1), ymm2, ymm3)],
  ["vaddpd zmm1 {k1} {z}, zmm2, qword ptr [rax]{1to8}", (a) => m(a).vaddpd(zmm1.k(k1).z(), zmm2, x64.qword(rax).bcstOf())],
  ["vaddpd zmm1, zmm2, zmm3, {rz-sae}", (a) => m(a).vaddpd(zmm1, zmm2, zmm3, x64.rzSae)],
  ["vmaxps zmm1 {k7}, zmm29, zmm30, {sae}", (a) => m(a).vmaxps(zmm1.k(k7), zmm29, zmm30, x64.sae)],
  ["vaddps zmm0, zmm1, zmmword ptr [rbx + 8128]", (a) => m(a).vaddps(zmm0, zmm1, x64.zmmword(rbx, 8128))],
  ["vaddps zmm0, zmm1, zmmword ptr [rbx + 8192]", (a) => m(a).vaddps(zmm0, zmm1, x64.zmmword(rbx, 8192))],
  ["vaddps zmm0, zmm1, zmmword ptr [rbx + 72]", (a) => m(a).vaddps(zmm0, zmm1, x64.zmmword(rbx, 72))],
  ["vaddps zmm0, zmm1, dword ptr [rbx + 508]{1to16}", (a) => m(a).vaddps(zmm0, zmm1, x64.dword(rbx, 508).bcstOf())],
  ["vaddss xmm17, xmm2, dword ptr [rbx + 508]", (a) => m(a).vaddss(xmm17, xmm2, x64.dword(rbx, 508))],
  ["vmovups zmmword ptr [rsp - 128] {k3}, zmm17", (a) => m(a).vmovups(x64.zmmword(rsp, -128).k(k3), zmm17)],
  ["vcompressps zmmword ptr [rbx + 64] {k1}, zmm2", (a) => m(a).vcompressps(x64.zmmword(rbx, 64).k(k1), zmm2)],
  ["vpgatherdd zmm1 {k2}, zmmword ptr [r12 + 4*zmm17 + 256]", (a) => m(a).vpgatherdd(zmm1.k(k2), x64.zmmword(r12, { index: zmm17, scale: 4, disp: 256 }))],
  ["vgatherdpd ymm1, ymmword ptr [rax + 8*xmm2 + 64], ymm3", (a) => m(a).vgatherdpd(ymm1, x64.ymmword(rax, { index: xmm2, scale: 8, disp: 64 }), ymm3)],
  ["vblendvps xmm1, xmm2, xmm3, xmm12", (a) => m(a).vblendvps(xmm1, xmm2, xmm3, xmm12)],
  ["blendvps xmm1, xmm2, xmm0", (a) => m(a).blendvps(xmm1, xmm2, xmm0)],
  ["vpternlogq zmm0 {k5} {z}, zmm1, qword ptr [r13 + 8*rcx]{1to8}, 202", (a) => m(a).vpternlogq(zmm0.k(k5).z(), zmm1, x64.qword(r13, { index: rcx, scale: 8 }).bcstOf(), 202)],
  ["vpcmpud k3 {k1}, zmm2, zmm3, 6", (a) => m(a).vpcmpud(k3.k(k1), zmm2, zmm3, 6)],
  ["vpopcntq zmm1, zmm30", (a) => m(a).vpopcntq(zmm1, zmm30)],
  ["vpshufbitqmb k1 {k2}, zmm2, zmmword ptr [rax]", (a) => m(a).vpshufbitqmb(k1.k(k2), zmm2, x64.zmmword(rax))],
  ["kmovq rax, k3", (a) => m(a).kmovq(rax, k3)],
  ["kandw k1, k2, k3", (a) => m(a).kandw(k1, k2, k3)],
  ["kshiftrq k7, k1, 63", (a) => m(a).kshiftrq(k7, k1, 63)],
  ["kortestd k1, k2", (a) => m(a).kortestd(k1, k2)],
  ["vcvtsi2sd xmm1, xmm2, r9d", (a) => m(a).vcvtsi2sd(xmm1, xmm2, r9d)],
  ["vcvtpd2ps xmm1, ymmword ptr [rax]", (a) => m(a).vcvtpd2ps(xmm1, x64.ymmword(rax))],
  ["vmovq rax, xmm31", (a) => m(a).vmovq(rax, xmm31)],
  ["movq xmm8, qword ptr [rax]", (a) => m(a).movq(xmm8, x64.qword(rax))],
  ["pextrw eax, xmm1, 3", (a) => m(a).pextrw(eax, xmm1, 3)],
  ["vzeroupper", (a) => m(a).vzeroupper()],
  ["vbroadcasti64x4 zmm1, ymmword ptr [rax + 64]", (a) => m(a).vbroadcasti64x4(zmm1, x64.ymmword(rax, 64))],
  ["vextracti32x4 xmmword ptr [rax + 32] {k1}, zmm2, 1", (a) => m(a).vextracti32x4(x64.xmmword(rax, 32).k(k1), zmm2, 1)],
];

test("vector method API gives llvm-mc's bytes", (t) => {
  if (findLlvmMc() === undefined) { skipTest(t, "llvm-mc is not installed"); return; }
  const oracle = llvmMcEncode(CASES.map(([text]) => text));
  const bad: string[] = [];
  CASES.forEach(([text, emit], i) => {
    const want = oracle[i].bytes;
    assert.ok(want, `llvm-mc rejects the oracle text '${text}': ${oracle[i].errors.map((e) => e.message).join("; ")}`);
    const a = new Assembler();
    let got: string;
    try { emit(a); got = toHex(a.finalize().bytes); } catch (e) { got = `threw ${(e as Error).message}`; }
    if (got !== toHex(want)) bad.push(`${text}\n    llvm-mc ${toHex(want)}\n    jitkit  ${got}`);
  });
  assert.deepEqual(bad, []);
});

test("invalid vector operands are refused, not encoded", () => {
  const a = new Assembler();
  assert.throws(() => m(a).vaddps(xmm1, xmm2, x64.zmmword(rax)), /vaddps/);            // wrong memory size
  assert.throws(() => m(a).vaddps(zmm1.k(k1), zmm2, zmm3, x64.rnSae, x64.sae));             // two rounding operands
  assert.throws(() => m(a).vaddps(zmm1.z(), zmm2, zmm3));                                   // {z} without a write mask
  assert.throws(() => m(a).vaddps(zmm1, zmm2, x64.zmmword(rax).k(k1)));                       // mask on a memory source
  assert.throws(() => m(a).kandw(k1, k2, zmm3));                                            // vector where a k register goes
  assert.equal(a.offset, 0, "nothing was emitted");
});

// llvm-mc rejects these too.
test("masks on register sources and unmasked gathers/scatters are refused", () => {
  const a = new Assembler();
  assert.throws(() => m(a).vaddps(zmm1.k(k1), zmm2.k(k2), zmm3));                              // mask on a register source
  assert.throws(() => m(a).vpgatherdd(zmm1, x64.zmmword(rax, { index: zmm2, scale: 4 })));     // EVEX gather without a mask
  assert.throws(() => m(a).vpscatterdd(x64.zmmword(rax, { index: zmm2, scale: 4 }), zmm1));    // EVEX scatter without a mask
  assert.equal(a.offset, 0, "nothing was emitted");
});
