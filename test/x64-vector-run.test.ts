// Vector code assembled by jitkit (text assembler over the SSE/AVX/AVX-512 tables), loaded W^X with
// loadCode and run on this CPU; every result is compared with a plain TypeScript computation.
// Each kernel states the CPU features it needs and is skipped when this CPU lacks one.

import { test } from "node:test";
import assert from "node:assert/strict";
import { assemble } from "../src/x64/parser/assemble.js";
import { loadCode } from "../src/platform/calls.js";
import { cpuFeatures } from "../src/x64/cpu-features.js";
import type { Signature } from "../src/platform/signature.js";

const cpu = cpuFeatures();

/** Assembles `lines`, loads them with `sig`, runs `body`, frees the code. */
function withKernel(lines: string[], sig: Signature, body: (fn: (...args: unknown[]) => unknown) => void): void {
  const r = assemble(lines.join("\n"));
  assert.deepEqual(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`), []);
  const fn = loadCode(r, sig);
  try { body(fn as unknown as (...args: unknown[]) => unknown); } finally { fn.free(); }
}

function kernelTest(name: string, needs: string[], run: () => void): void {
  const missing = needs.filter((f) => !cpu.has(f));
  test(name, { skip: missing.length ? `this CPU lacks ${missing.join(", ")}` : false }, run);
}

function popcount64(x: bigint): number {
  let n = 0;
  for (let v = BigInt.asUintN(64, x); v; v &= v - 1n) n++;
  return n;
}

kernelTest("SSE4.1: roundsd floor/ceil/trunc of doubles", ["SSE4_1"], () => {
  for (const [mode, ref] of [[9, Math.floor], [10, Math.ceil], [11, Math.trunc]] as const) {
    withKernel([`roundsd xmm0, xmm0, ${mode}`, "ret"], { args: ["f64"], returns: "f64" }, (f) => {
      for (const x of [-2.5, -0.5, 0.25, 1.75, 1e10 + 0.5, -7]) assert.equal(f(x), ref(x), `mode ${mode}, ${x}`);
    });
  }
});

kernelTest("SSE2: packed integer compare + pmovmskb gives the byte mask", ["SSE2"], () => {
  // eax = bit i set when a[i] == b[i] (16 bytes each, pointers in rdi, rsi)
  withKernel(["movdqu xmm0, xmmword ptr [rdi]", "movdqu xmm1, xmmword ptr [rsi]", "pcmpeqb xmm0, xmm1", "pmovmskb eax, xmm0", "ret"],
    { args: ["pointer", "pointer"], returns: "u32" }, (f) => {
      const a = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
      const b = a.map((v, i) => (i % 3 === 0 ? v : v + 1));
      let want = 0;
      for (let i = 0; i < 16; i++) if (a[i] === b[i]) want |= 1 << i;
      assert.equal(f(a, b), want);
    });
});

kernelTest("AVX + FMA: 8-wide dot product with vfmadd231ps and a horizontal sum", ["AVX", "FMA"], () => {
  withKernel([
    "vxorps xmm0, xmm0, xmm0",
    "vmovups ymm1, ymmword ptr [rdi]",
    "vfmadd231ps ymm0, ymm1, ymmword ptr [rsi]",
    "vextractf128 xmm1, ymm0, 1",
    "vaddps xmm0, xmm0, xmm1",
    "vmovhlps xmm1, xmm1, xmm0",
    "vaddps xmm0, xmm0, xmm1",
    "vmovshdup xmm1, xmm0",
    "vaddss xmm0, xmm0, xmm1",
    "vzeroupper",
    "ret",
  ], { args: ["pointer", "pointer"], returns: "f32" }, (f) => {
    const a = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = Float32Array.from([0.5, -1, 2, 0.25, 3, -2, 1, 4]);
    const want = a.reduce((s, v, i) => s + v * b[i], 0);
    assert.equal(f(a, b), want);
  });
});

kernelTest("AVX2: vpgatherdd picks ints by index (VSIB)", ["AVX2"], () => {
  withKernel([
    "vmovdqu ymm1, ymmword ptr [rsi]",
    "vpcmpeqd ymm2, ymm2, ymm2",
    "vpgatherdd ymm0, ymmword ptr [rdi + 4*ymm1], ymm2",
    "vmovdqu ymmword ptr [rdx], ymm0",
    "vzeroupper",
    "ret",
  ], { args: ["pointer", "pointer", "pointer"], returns: "void" }, (f) => {
    const table = Int32Array.from({ length: 64 }, (_, i) => i * i - 100);
    const idx = Int32Array.from([5, 0, 63, 17, 17, 2, 40, 9]);
    const out = new Int32Array(8);
    f(table, idx, out);
    assert.deepEqual([...out], [...idx].map((i) => table[i]));
  });
});

kernelTest("AVX-512: masked vpopcntq and a qword reduction", ["AVX512F", "AVX512_VPOPCNTDQ", "AVX512VL"], () => {
  withKernel([
    "kmovw k1, esi",
    "vpopcntq zmm0 {k1} {z}, zmmword ptr [rdi]",
    "vextracti64x4 ymm1, zmm0, 1",
    "vpaddq ymm0, ymm0, ymm1",
    "vextracti128 xmm1, ymm0, 1",
    "vpaddq xmm0, xmm0, xmm1",
    "vpshufd xmm1, xmm0, 78",
    "vpaddq xmm0, xmm0, xmm1",
    "vmovq rax, xmm0",
    "vzeroupper",
    "ret",
  ], { args: ["pointer", "u32"], returns: "u64" }, (f) => {
    const words = BigUint64Array.from([0n, 1n, 0xffn, 0xffffffffffffffffn, 0x8000000000000001n, 0x123456789abcdefn, 7n, 0xf0f0n]);
    for (const mask of [0xff, 0x00, 0x0f, 0xa5]) {
      let want = 0;
      words.forEach((w, i) => { if (mask & (1 << i)) want += popcount64(w); });
      assert.equal(f(words, mask), BigInt(want), `mask ${mask.toString(16)}`);
    }
  });
});

kernelTest("AVX-512: vpternlogq with a broadcast operand and a masked store", ["AVX512F"], () => {
  // out[i] = (a[i] & b[i]) | ~c  for the qwords selected by mask (edx); others untouched.
  withKernel([
    "kmovw k2, ecx",
    "vmovdqu64 zmm0, zmmword ptr [rdi]",
    "vmovdqu64 zmm1, zmmword ptr [rsi]",
    // imm = (A & B) | ~C over (A=zmm0, B=zmm1, C=broadcast): truth table bits A:0xF0 B:0xCC C:0xAA
    "vpternlogq zmm0, zmm1, qword ptr [rip + cst]{1to8}, " + (((0xf0 & 0xcc) | (~0xaa & 0xff)) & 0xff),
    "vmovdqu64 zmmword ptr [rdx] {k2}, zmm0",
    "vzeroupper",
    "ret",
    "cst: .quad 0x00ff00ff00ff00ff",
  ], { args: ["pointer", "pointer", "pointer", "u32"], returns: "void" }, (f) => {
    const a = BigUint64Array.from({ length: 8 }, (_, i) => 0x0123456789abcdefn * BigInt(i + 1));
    const b = BigUint64Array.from({ length: 8 }, (_, i) => 0xfedcba9876543210n ^ BigInt(i * 0x1111));
    const c = 0x00ff00ff00ff00ffn;
    const out = new BigUint64Array(8).fill(0xdeadn);
    f(a, b, out, 0b10110101);
    const want = [...a].map((x, i) => ((0b10110101 >> i) & 1 ? BigInt.asUintN(64, (x & b[i]) | ~c) : 0xdeadn));
    assert.deepEqual([...out], want);
  });
});

kernelTest("AVX-512: vcmppd into a k register, kmov to eax", ["AVX512F"], () => {
  withKernel([
    "vmovupd zmm0, zmmword ptr [rdi]",
    "vcmpltpd k3, zmm0, qword ptr [rsi]{1to8}",
    "kmovw eax, k3",
    "vzeroupper",
    "ret",
  ], { args: ["pointer", "pointer"], returns: "u32" }, (f) => {
    const xs = Float64Array.from([-1, 0.5, 2, 3.5, NaN, 1, -0, 10]);
    const limit = Float64Array.from([1]);
    let want = 0;
    xs.forEach((x, i) => { if (x < 1) want |= 1 << i; });
    assert.equal(f(xs, limit), want);
  });
});
