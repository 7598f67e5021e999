// AVX-512 gathers and scatters (EVEX, VSIB memory operands vm32x..vm64z, write mask required).
// Same line format as avx512.ts; the disp8*N scale of a VSIB operand is its element size.
// Data only; checked by tools/vector-check.ts.
export const avx512VsibForms = `
# AVX-512 gathers and scatters (VSIB, write mask required)
vgatherdps xmm1{k1}, vm32x | EVEX.128.66.0F38.W0 92 /r | RM | AVX512VL AVX512F | T1S
vgatherdps ymm1{k1}, vm32y | EVEX.256.66.0F38.W0 92 /r | RM | AVX512VL AVX512F | T1S
vgatherdps zmm1{k1}, vm32z | EVEX.512.66.0F38.W0 92 /r | RM | AVX512F | T1S
vgatherqps xmm1{k1}, vm64x | EVEX.128.66.0F38.W0 93 /r | RM | AVX512VL AVX512F | T1S
vgatherqps xmm1{k1}, vm64y | EVEX.256.66.0F38.W0 93 /r | RM | AVX512VL AVX512F | T1S
vgatherqps ymm1{k1}, vm64z | EVEX.512.66.0F38.W0 93 /r | RM | AVX512F | T1S
vgatherdpd xmm1{k1}, vm32x | EVEX.128.66.0F38.W1 92 /r | RM | AVX512VL AVX512F | T1S
vgatherdpd ymm1{k1}, vm32x | EVEX.256.66.0F38.W1 92 /r | RM | AVX512VL AVX512F | T1S
vgatherdpd zmm1{k1}, vm32y | EVEX.512.66.0F38.W1 92 /r | RM | AVX512F | T1S
vgatherqpd xmm1{k1}, vm64x | EVEX.128.66.0F38.W1 93 /r | RM | AVX512VL AVX512F | T1S
vgatherqpd ymm1{k1}, vm64y | EVEX.256.66.0F38.W1 93 /r | RM | AVX512VL AVX512F | T1S
vgatherqpd zmm1{k1}, vm64z | EVEX.512.66.0F38.W1 93 /r | RM | AVX512F | T1S
vpgatherdd xmm1{k1}, vm32x | EVEX.128.66.0F38.W0 90 /r | RM | AVX512VL AVX512F | T1S
vpgatherdd ymm1{k1}, vm32y | EVEX.256.66.0F38.W0 90 /r | RM | AVX512VL AVX512F | T1S
vpgatherdd zmm1{k1}, vm32z | EVEX.512.66.0F38.W0 90 /r | RM | AVX512F | T1S
vpgatherqd xmm1{k1}, vm64x | EVEX.128.66.0F38.W0 91 /r | RM | AVX512VL AVX512F | T1S
vpgatherqd xmm1{k1}, vm64y | EVEX.256.66.0F38.W0 91 /r | RM | AVX512VL AVX512F | T1S
vpgatherqd ymm1{k1}, vm64z | EVEX.512.66.0F38.W0 91 /r | RM | AVX512F | T1S
vpgatherdq xmm1{k1}, vm32x | EVEX.128.66.0F38.W1 90 /r | RM | AVX512VL AVX512F | T1S
vpgatherdq ymm1{k1}, vm32x | EVEX.256.66.0F38.W1 90 /r | RM | AVX512VL AVX512F | T1S
vpgatherdq zmm1{k1}, vm32y | EVEX.512.66.0F38.W1 90 /r | RM | AVX512F | T1S
vpgatherqq xmm1{k1}, vm64x | EVEX.128.66.0F38.W1 91 /r | RM | AVX512VL AVX512F | T1S
vpgatherqq ymm1{k1}, vm64y | EVEX.256.66.0F38.W1 91 /r | RM | AVX512VL AVX512F | T1S
vpgatherqq zmm1{k1}, vm64z | EVEX.512.66.0F38.W1 91 /r | RM | AVX512F | T1S
vscatterdps vm32x{k1}, xmm1 | EVEX.128.66.0F38.W0 A2 /r | MR | AVX512VL AVX512F | T1S
vscatterdps vm32y{k1}, ymm1 | EVEX.256.66.0F38.W0 A2 /r | MR | AVX512VL AVX512F | T1S
vscatterdps vm32z{k1}, zmm1 | EVEX.512.66.0F38.W0 A2 /r | MR | AVX512F | T1S
vscatterqps vm64x{k1}, xmm1 | EVEX.128.66.0F38.W0 A3 /r | MR | AVX512VL AVX512F | T1S
vscatterqps vm64y{k1}, xmm1 | EVEX.256.66.0F38.W0 A3 /r | MR | AVX512VL AVX512F | T1S
vscatterqps vm64z{k1}, ymm1 | EVEX.512.66.0F38.W0 A3 /r | MR | AVX512F | T1S
vscatterdpd vm32x{k1}, xmm1 | EVEX.128.66.0F38.W1 A2 /r | MR | AVX512VL AVX512F | T1S
vscatterdpd vm32x{k1}, ymm1 | EVEX.256.66.0F38.W1 A2 /r | MR | AVX512VL AVX512F | T1S
vscatterdpd vm32y{k1}, zmm1 | EVEX.512.66.0F38.W1 A2 /r | MR | AVX512F | T1S
vscatterqpd vm64x{k1}, xmm1 | EVEX.128.66.0F38.W1 A3 /r | MR | AVX512VL AVX512F | T1S
vscatterqpd vm64y{k1}, ymm1 | EVEX.256.66.0F38.W1 A3 /r | MR | AVX512VL AVX512F | T1S
vscatterqpd vm64z{k1}, zmm1 | EVEX.512.66.0F38.W1 A3 /r | MR | AVX512F | T1S
vpscatterdd vm32x{k1}, xmm1 | EVEX.128.66.0F38.W0 A0 /r | MR | AVX512VL AVX512F | T1S
vpscatterdd vm32y{k1}, ymm1 | EVEX.256.66.0F38.W0 A0 /r | MR | AVX512VL AVX512F | T1S
vpscatterdd vm32z{k1}, zmm1 | EVEX.512.66.0F38.W0 A0 /r | MR | AVX512F | T1S
vpscatterqd vm64x{k1}, xmm1 | EVEX.128.66.0F38.W0 A1 /r | MR | AVX512VL AVX512F | T1S
vpscatterqd vm64y{k1}, xmm1 | EVEX.256.66.0F38.W0 A1 /r | MR | AVX512VL AVX512F | T1S
vpscatterqd vm64z{k1}, ymm1 | EVEX.512.66.0F38.W0 A1 /r | MR | AVX512F | T1S
vpscatterdq vm32x{k1}, xmm1 | EVEX.128.66.0F38.W1 A0 /r | MR | AVX512VL AVX512F | T1S
vpscatterdq vm32x{k1}, ymm1 | EVEX.256.66.0F38.W1 A0 /r | MR | AVX512VL AVX512F | T1S
vpscatterdq vm32y{k1}, zmm1 | EVEX.512.66.0F38.W1 A0 /r | MR | AVX512F | T1S
vpscatterqq vm64x{k1}, xmm1 | EVEX.128.66.0F38.W1 A1 /r | MR | AVX512VL AVX512F | T1S
vpscatterqq vm64y{k1}, ymm1 | EVEX.256.66.0F38.W1 A1 /r | MR | AVX512VL AVX512F | T1S
vpscatterqq vm64z{k1}, zmm1 | EVEX.512.66.0F38.W1 A1 /r | MR | AVX512F | T1S
`;
