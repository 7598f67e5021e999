// AVX-512 extensions of Zen 4 / Ice Lake beyond F/BW/DQ/CD/VBMI: VNNI dot products, IFMA 52-bit
// multiply-add, VBMI2 compress/expand and concatenate-and-shift, BF16 conversions and dot product
// (EVEX), one per line in Intel SDM notation (same format as avx512.ts). Data only; checked by
// tools/vector-check.ts.
export const avx512ExtForms = `
# AVX512_VNNI dot products
vpdpbusd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 50 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpbusd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 50 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpbusd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 50 /r | RVM | AVX512_VNNI | FV
vpdpbusds xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 51 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpbusds ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 51 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpbusds zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 51 /r | RVM | AVX512_VNNI | FV
vpdpwssd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 52 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpwssd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 52 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpwssd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 52 /r | RVM | AVX512_VNNI | FV
vpdpwssds xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 53 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpwssds ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 53 /r | RVM | AVX512VL AVX512_VNNI | FV
vpdpwssds zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 53 /r | RVM | AVX512_VNNI | FV
# AVX512_IFMA 52-bit multiply-add
vpmadd52luq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 B4 /r | RVM | AVX512VL AVX512_IFMA | FV
vpmadd52luq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 B4 /r | RVM | AVX512VL AVX512_IFMA | FV
vpmadd52luq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 B4 /r | RVM | AVX512_IFMA | FV
vpmadd52huq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 B5 /r | RVM | AVX512VL AVX512_IFMA | FV
vpmadd52huq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 B5 /r | RVM | AVX512VL AVX512_IFMA | FV
vpmadd52huq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 B5 /r | RVM | AVX512_IFMA | FV
# AVX512_VBMI2 byte/word compress and expand (disp8 scaled by the element: T1S:1, T1S:2)
vpcompressb xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W0 63 /r | MR | AVX512VL AVX512_VBMI2 | T1S:1
vpcompressb ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W0 63 /r | MR | AVX512VL AVX512_VBMI2 | T1S:1
vpcompressb zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W0 63 /r | MR | AVX512_VBMI2 | T1S:1
vpcompressw xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W1 63 /r | MR | AVX512VL AVX512_VBMI2 | T1S:2
vpcompressw ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W1 63 /r | MR | AVX512VL AVX512_VBMI2 | T1S:2
vpcompressw zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W1 63 /r | MR | AVX512_VBMI2 | T1S:2
vpexpandb xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W0 62 /r | RM | AVX512VL AVX512_VBMI2 | T1S:1
vpexpandb ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W0 62 /r | RM | AVX512VL AVX512_VBMI2 | T1S:1
vpexpandb zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W0 62 /r | RM | AVX512_VBMI2 | T1S:1
vpexpandw xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W1 62 /r | RM | AVX512VL AVX512_VBMI2 | T1S:2
vpexpandw ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W1 62 /r | RM | AVX512VL AVX512_VBMI2 | T1S:2
vpexpandw zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W1 62 /r | RM | AVX512_VBMI2 | T1S:2
# AVX512_VBMI2 concatenate-and-shift
vpshldw xmm1{k1}{z}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W1 70 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FVM
vpshldw ymm1{k1}{z}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W1 70 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FVM
vpshldw zmm1{k1}{z}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W1 70 /r ib | RVMI | AVX512_VBMI2 | FVM
vpshldd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 71 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshldd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 71 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshldd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 71 /r ib | RVMI | AVX512_VBMI2 | FV
vpshldq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 71 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshldq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 71 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshldq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 71 /r ib | RVMI | AVX512_VBMI2 | FV
vpshrdw xmm1{k1}{z}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W1 72 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FVM
vpshrdw ymm1{k1}{z}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W1 72 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FVM
vpshrdw zmm1{k1}{z}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W1 72 /r ib | RVMI | AVX512_VBMI2 | FVM
vpshrdd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 73 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshrdd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 73 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshrdd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 73 /r ib | RVMI | AVX512_VBMI2 | FV
vpshrdq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 73 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshrdq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 73 /r ib | RVMI | AVX512VL AVX512_VBMI2 | FV
vpshrdq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 73 /r ib | RVMI | AVX512_VBMI2 | FV
vpshldvw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 70 /r | RVM | AVX512VL AVX512_VBMI2 | FVM
vpshldvw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 70 /r | RVM | AVX512VL AVX512_VBMI2 | FVM
vpshldvw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 70 /r | RVM | AVX512_VBMI2 | FVM
vpshldvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 71 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshldvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 71 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshldvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 71 /r | RVM | AVX512_VBMI2 | FV
vpshldvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 71 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshldvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 71 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshldvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 71 /r | RVM | AVX512_VBMI2 | FV
vpshrdvw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 72 /r | RVM | AVX512VL AVX512_VBMI2 | FVM
vpshrdvw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 72 /r | RVM | AVX512VL AVX512_VBMI2 | FVM
vpshrdvw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 72 /r | RVM | AVX512_VBMI2 | FVM
vpshrdvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 73 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshrdvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 73 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshrdvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 73 /r | RVM | AVX512_VBMI2 | FV
vpshrdvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 73 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshrdvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 73 /r | RVM | AVX512VL AVX512_VBMI2 | FV
vpshrdvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 73 /r | RVM | AVX512_VBMI2 | FV
# AVX512_BF16
vcvtne2ps2bf16 xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.F2.0F38.W0 72 /r | RVM | AVX512VL AVX512_BF16 | FV
vcvtne2ps2bf16 ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.F2.0F38.W0 72 /r | RVM | AVX512VL AVX512_BF16 | FV
vcvtne2ps2bf16 zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.F2.0F38.W0 72 /r | RVM | AVX512_BF16 AVX512F | FV
vcvtneps2bf16 xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.F3.0F38.W0 72 /r | RM | AVX512VL AVX512_BF16 | FV
vcvtneps2bf16 xmm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.F3.0F38.W0 72 /r | RM | AVX512VL AVX512_BF16 | FV
vcvtneps2bf16 ymm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.F3.0F38.W0 72 /r | RM | AVX512_BF16 AVX512F | FV
vdpbf16ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.F3.0F38.W0 52 /r | RVM | AVX512VL AVX512_BF16 | FV
vdpbf16ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.F3.0F38.W0 52 /r | RVM | AVX512VL AVX512_BF16 | FV
vdpbf16ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.F3.0F38.W0 52 /r | RVM | AVX512_BF16 AVX512F | FV
# llvm-mc 14 takes the x/y spellings only register to register, unmasked
vcvtneps2bf16x xmm1, xmm2 | EVEX.128.F3.0F38.W0 72 /r | RM | AVX512VL AVX512_BF16 | FV
vcvtneps2bf16y xmm1, ymm2 | EVEX.256.F3.0F38.W0 72 /r | RM | AVX512VL AVX512_BF16 | FV
`;
