// AVX-512 F/BW/DQ/CD/VBMI/VPOPCNTDQ/BITALG integer forms (EVEX): arithmetic, logic, shifts, ternlog,
// popcounts, compares and tests into k, mask<->vector moves, widen/narrow conversions, element
// insert/extract. Same line format as avx512.ts. Data only; checked by tools/vector-check.ts.
export const avx512IntForms = `
# AVX-512 integer arithmetic and logic, dword/qword elements (broadcast)
vpaddd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 FE /r | RVM | AVX512VL AVX512F | FV
vpaddd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 FE /r | RVM | AVX512VL AVX512F | FV
vpaddd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 FE /r | RVM | AVX512F | FV
vpaddq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 D4 /r | RVM | AVX512VL AVX512F | FV
vpaddq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 D4 /r | RVM | AVX512VL AVX512F | FV
vpaddq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 D4 /r | RVM | AVX512F | FV
vpsubd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 FA /r | RVM | AVX512VL AVX512F | FV
vpsubd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 FA /r | RVM | AVX512VL AVX512F | FV
vpsubd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 FA /r | RVM | AVX512F | FV
vpsubq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 FB /r | RVM | AVX512VL AVX512F | FV
vpsubq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 FB /r | RVM | AVX512VL AVX512F | FV
vpsubq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 FB /r | RVM | AVX512F | FV
vpmulld xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 40 /r | RVM | AVX512VL AVX512F | FV
vpmulld ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 40 /r | RVM | AVX512VL AVX512F | FV
vpmulld zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 40 /r | RVM | AVX512F | FV
vpmullq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 40 /r | RVM | AVX512VL AVX512DQ | FV
vpmullq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 40 /r | RVM | AVX512VL AVX512DQ | FV
vpmullq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 40 /r | RVM | AVX512DQ | FV
vpmuludq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 F4 /r | RVM | AVX512VL AVX512F | FV
vpmuludq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 F4 /r | RVM | AVX512VL AVX512F | FV
vpmuludq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 F4 /r | RVM | AVX512F | FV
vpmuldq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 28 /r | RVM | AVX512VL AVX512F | FV
vpmuldq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 28 /r | RVM | AVX512VL AVX512F | FV
vpmuldq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 28 /r | RVM | AVX512F | FV
vpandd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 DB /r | RVM | AVX512VL AVX512F | FV
vpandd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 DB /r | RVM | AVX512VL AVX512F | FV
vpandd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 DB /r | RVM | AVX512F | FV
vpandq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 DB /r | RVM | AVX512VL AVX512F | FV
vpandq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 DB /r | RVM | AVX512VL AVX512F | FV
vpandq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 DB /r | RVM | AVX512F | FV
vpandnd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 DF /r | RVM | AVX512VL AVX512F | FV
vpandnd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 DF /r | RVM | AVX512VL AVX512F | FV
vpandnd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 DF /r | RVM | AVX512F | FV
vpandnq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 DF /r | RVM | AVX512VL AVX512F | FV
vpandnq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 DF /r | RVM | AVX512VL AVX512F | FV
vpandnq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 DF /r | RVM | AVX512F | FV
vpord xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 EB /r | RVM | AVX512VL AVX512F | FV
vpord ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 EB /r | RVM | AVX512VL AVX512F | FV
vpord zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 EB /r | RVM | AVX512F | FV
vporq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 EB /r | RVM | AVX512VL AVX512F | FV
vporq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 EB /r | RVM | AVX512VL AVX512F | FV
vporq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 EB /r | RVM | AVX512F | FV
vpxord xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 EF /r | RVM | AVX512VL AVX512F | FV
vpxord ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 EF /r | RVM | AVX512VL AVX512F | FV
vpxord zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 EF /r | RVM | AVX512F | FV
vpxorq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 EF /r | RVM | AVX512VL AVX512F | FV
vpxorq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 EF /r | RVM | AVX512VL AVX512F | FV
vpxorq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 EF /r | RVM | AVX512F | FV
vpminsd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 39 /r | RVM | AVX512VL AVX512F | FV
vpminsd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 39 /r | RVM | AVX512VL AVX512F | FV
vpminsd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 39 /r | RVM | AVX512F | FV
vpminsq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 39 /r | RVM | AVX512VL AVX512F | FV
vpminsq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 39 /r | RVM | AVX512VL AVX512F | FV
vpminsq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 39 /r | RVM | AVX512F | FV
vpminud xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 3B /r | RVM | AVX512VL AVX512F | FV
vpminud ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 3B /r | RVM | AVX512VL AVX512F | FV
vpminud zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 3B /r | RVM | AVX512F | FV
vpminuq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 3B /r | RVM | AVX512VL AVX512F | FV
vpminuq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 3B /r | RVM | AVX512VL AVX512F | FV
vpminuq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 3B /r | RVM | AVX512F | FV
vpmaxsd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 3D /r | RVM | AVX512VL AVX512F | FV
vpmaxsd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 3D /r | RVM | AVX512VL AVX512F | FV
vpmaxsd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 3D /r | RVM | AVX512F | FV
vpmaxsq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 3D /r | RVM | AVX512VL AVX512F | FV
vpmaxsq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 3D /r | RVM | AVX512VL AVX512F | FV
vpmaxsq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 3D /r | RVM | AVX512F | FV
vpmaxud xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 3F /r | RVM | AVX512VL AVX512F | FV
vpmaxud ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 3F /r | RVM | AVX512VL AVX512F | FV
vpmaxud zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 3F /r | RVM | AVX512F | FV
vpmaxuq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 3F /r | RVM | AVX512VL AVX512F | FV
vpmaxuq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 3F /r | RVM | AVX512VL AVX512F | FV
vpmaxuq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 3F /r | RVM | AVX512F | FV
vpunpckldq xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 62 /r | RVM | AVX512VL AVX512F | FV
vpunpckldq ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 62 /r | RVM | AVX512VL AVX512F | FV
vpunpckldq zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 62 /r | RVM | AVX512F | FV
vpunpckhdq xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 6A /r | RVM | AVX512VL AVX512F | FV
vpunpckhdq ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 6A /r | RVM | AVX512VL AVX512F | FV
vpunpckhdq zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 6A /r | RVM | AVX512F | FV
vpunpcklqdq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 6C /r | RVM | AVX512VL AVX512F | FV
vpunpcklqdq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 6C /r | RVM | AVX512VL AVX512F | FV
vpunpcklqdq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 6C /r | RVM | AVX512F | FV
vpunpckhqdq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 6D /r | RVM | AVX512VL AVX512F | FV
vpunpckhqdq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 6D /r | RVM | AVX512VL AVX512F | FV
vpunpckhqdq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 6D /r | RVM | AVX512F | FV
vpsllvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 47 /r | RVM | AVX512VL AVX512F | FV
vpsllvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 47 /r | RVM | AVX512VL AVX512F | FV
vpsllvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 47 /r | RVM | AVX512F | FV
vpsllvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 47 /r | RVM | AVX512VL AVX512F | FV
vpsllvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 47 /r | RVM | AVX512VL AVX512F | FV
vpsllvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 47 /r | RVM | AVX512F | FV
vpsrlvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 45 /r | RVM | AVX512VL AVX512F | FV
vpsrlvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 45 /r | RVM | AVX512VL AVX512F | FV
vpsrlvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 45 /r | RVM | AVX512F | FV
vpsrlvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 45 /r | RVM | AVX512VL AVX512F | FV
vpsrlvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 45 /r | RVM | AVX512VL AVX512F | FV
vpsrlvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 45 /r | RVM | AVX512F | FV
vpsravd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 46 /r | RVM | AVX512VL AVX512F | FV
vpsravd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 46 /r | RVM | AVX512VL AVX512F | FV
vpsravd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 46 /r | RVM | AVX512F | FV
vpsravq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 46 /r | RVM | AVX512VL AVX512F | FV
vpsravq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 46 /r | RVM | AVX512VL AVX512F | FV
vpsravq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 46 /r | RVM | AVX512F | FV
vprolvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 15 /r | RVM | AVX512VL AVX512F | FV
vprolvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 15 /r | RVM | AVX512VL AVX512F | FV
vprolvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 15 /r | RVM | AVX512F | FV
vprolvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 15 /r | RVM | AVX512VL AVX512F | FV
vprolvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 15 /r | RVM | AVX512VL AVX512F | FV
vprolvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 15 /r | RVM | AVX512F | FV
vprorvd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 14 /r | RVM | AVX512VL AVX512F | FV
vprorvd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 14 /r | RVM | AVX512VL AVX512F | FV
vprorvd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 14 /r | RVM | AVX512F | FV
vprorvq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 14 /r | RVM | AVX512VL AVX512F | FV
vprorvq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 14 /r | RVM | AVX512VL AVX512F | FV
vprorvq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 14 /r | RVM | AVX512F | FV
vpackssdw xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 6B /r | RVM | AVX512VL AVX512BW | FV
vpackssdw ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 6B /r | RVM | AVX512VL AVX512BW | FV
vpackssdw zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 6B /r | RVM | AVX512BW | FV
vpackusdw xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 2B /r | RVM | AVX512VL AVX512BW | FV
vpackusdw ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 2B /r | RVM | AVX512VL AVX512BW | FV
vpackusdw zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 2B /r | RVM | AVX512BW | FV
vpblendmd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 64 /r | RVM | AVX512VL AVX512F | FV
vpblendmd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 64 /r | RVM | AVX512VL AVX512F | FV
vpblendmd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 64 /r | RVM | AVX512F | FV
vpblendmq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 64 /r | RVM | AVX512VL AVX512F | FV
vpblendmq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 64 /r | RVM | AVX512VL AVX512F | FV
vpblendmq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 64 /r | RVM | AVX512F | FV
vpabsd xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 1E /r | RM | AVX512VL AVX512F | FV
vpabsd ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 1E /r | RM | AVX512VL AVX512F | FV
vpabsd zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 1E /r | RM | AVX512F | FV
vpabsq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 1F /r | RM | AVX512VL AVX512F | FV
vpabsq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 1F /r | RM | AVX512VL AVX512F | FV
vpabsq zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 1F /r | RM | AVX512F | FV
vpternlogd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 25 /r ib | RVMI | AVX512VL AVX512F | FV
vpternlogd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 25 /r ib | RVMI | AVX512VL AVX512F | FV
vpternlogd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 25 /r ib | RVMI | AVX512F | FV
vpternlogq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 25 /r ib | RVMI | AVX512VL AVX512F | FV
vpternlogq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 25 /r ib | RVMI | AVX512VL AVX512F | FV
vpternlogq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 25 /r ib | RVMI | AVX512F | FV
vpshufd xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 70 /r ib | RMI | AVX512VL AVX512F | FV
vpshufd ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 70 /r ib | RMI | AVX512VL AVX512F | FV
vpshufd zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 70 /r ib | RMI | AVX512F | FV
vpopcntd xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 55 /r | RM | AVX512VL AVX512_VPOPCNTDQ | FV
vpopcntd ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 55 /r | RM | AVX512VL AVX512_VPOPCNTDQ | FV
vpopcntd zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 55 /r | RM | AVX512_VPOPCNTDQ | FV
vpopcntq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 55 /r | RM | AVX512VL AVX512_VPOPCNTDQ | FV
vpopcntq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 55 /r | RM | AVX512VL AVX512_VPOPCNTDQ | FV
vpopcntq zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 55 /r | RM | AVX512_VPOPCNTDQ | FV
vpopcntb xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W0 54 /r | RM | AVX512VL AVX512_BITALG | FVM
vpopcntb ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W0 54 /r | RM | AVX512VL AVX512_BITALG | FVM
vpopcntb zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W0 54 /r | RM | AVX512_BITALG | FVM
vpopcntw xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W1 54 /r | RM | AVX512VL AVX512_BITALG | FVM
vpopcntw ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W1 54 /r | RM | AVX512VL AVX512_BITALG | FVM
vpopcntw zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W1 54 /r | RM | AVX512_BITALG | FVM
vpshufbitqmb k1{k2}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 8F /r | RVM | AVX512VL AVX512_BITALG | FVM
vpshufbitqmb k1{k2}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 8F /r | RVM | AVX512VL AVX512_BITALG | FVM
vpshufbitqmb k1{k2}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 8F /r | RVM | AVX512_BITALG | FVM
vpcompressd xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W0 8B /r | MR | AVX512VL AVX512F | T1S
vpcompressd ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W0 8B /r | MR | AVX512VL AVX512F | T1S
vpcompressd zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W0 8B /r | MR | AVX512F | T1S
vpexpandd xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W0 89 /r | RM | AVX512VL AVX512F | T1S
vpexpandd ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W0 89 /r | RM | AVX512VL AVX512F | T1S
vpexpandd zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W0 89 /r | RM | AVX512F | T1S
vpcompressq xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W1 8B /r | MR | AVX512VL AVX512F | T1S
vpcompressq ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W1 8B /r | MR | AVX512VL AVX512F | T1S
vpcompressq zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W1 8B /r | MR | AVX512F | T1S
vpexpandq xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W1 89 /r | RM | AVX512VL AVX512F | T1S
vpexpandq ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W1 89 /r | RM | AVX512VL AVX512F | T1S
vpexpandq zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W1 89 /r | RM | AVX512F | T1S
# AVX-512CD conflict detection and leading-zero counts
vpconflictd xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 C4 /r | RM | AVX512VL AVX512CD | FV
vpconflictd ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 C4 /r | RM | AVX512VL AVX512CD | FV
vpconflictd zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 C4 /r | RM | AVX512CD | FV
vpconflictq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 C4 /r | RM | AVX512VL AVX512CD | FV
vpconflictq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 C4 /r | RM | AVX512VL AVX512CD | FV
vpconflictq zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 C4 /r | RM | AVX512CD | FV
vplzcntd xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 44 /r | RM | AVX512VL AVX512CD | FV
vplzcntd ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 44 /r | RM | AVX512VL AVX512CD | FV
vplzcntd zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 44 /r | RM | AVX512CD | FV
vplzcntq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 44 /r | RM | AVX512VL AVX512CD | FV
vplzcntq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 44 /r | RM | AVX512VL AVX512CD | FV
vplzcntq zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 44 /r | RM | AVX512CD | FV
vpbroadcastmb2q xmm1, k1 | EVEX.128.F3.0F38.W1 2A /r | RM | AVX512VL AVX512CD | 
vpbroadcastmb2q ymm1, k1 | EVEX.256.F3.0F38.W1 2A /r | RM | AVX512VL AVX512CD | 
vpbroadcastmb2q zmm1, k1 | EVEX.512.F3.0F38.W1 2A /r | RM | AVX512CD | 
vpbroadcastmw2d xmm1, k1 | EVEX.128.F3.0F38.W0 3A /r | RM | AVX512VL AVX512CD | 
vpbroadcastmw2d ymm1, k1 | EVEX.256.F3.0F38.W0 3A /r | RM | AVX512VL AVX512CD | 
vpbroadcastmw2d zmm1, k1 | EVEX.512.F3.0F38.W0 3A /r | RM | AVX512CD | 
# AVX-512 VBMI byte permutes
vpermb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 8D /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 8D /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 8D /r | RVM | AVX512_VBMI | FVM
vpermi2b xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 75 /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermi2b ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 75 /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermi2b zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 75 /r | RVM | AVX512_VBMI | FVM
vpermt2b xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 7D /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermt2b ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 7D /r | RVM | AVX512VL AVX512_VBMI | FVM
vpermt2b zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 7D /r | RVM | AVX512_VBMI | FVM
vpmultishiftqb xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 83 /r | RVM | AVX512VL AVX512_VBMI | FV
vpmultishiftqb ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 83 /r | RVM | AVX512VL AVX512_VBMI | FV
vpmultishiftqb zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 83 /r | RVM | AVX512_VBMI | FV
# AVX-512BW integer arithmetic and logic, byte/word elements
vpaddb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG FC /r | RVM | AVX512VL AVX512BW | FVM
vpaddb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG FC /r | RVM | AVX512VL AVX512BW | FVM
vpaddb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG FC /r | RVM | AVX512BW | FVM
vpaddw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG FD /r | RVM | AVX512VL AVX512BW | FVM
vpaddw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG FD /r | RVM | AVX512VL AVX512BW | FVM
vpaddw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG FD /r | RVM | AVX512BW | FVM
vpsubb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG F8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG F8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG F8 /r | RVM | AVX512BW | FVM
vpsubw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG F9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG F9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG F9 /r | RVM | AVX512BW | FVM
vpaddsb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG EC /r | RVM | AVX512VL AVX512BW | FVM
vpaddsb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG EC /r | RVM | AVX512VL AVX512BW | FVM
vpaddsb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG EC /r | RVM | AVX512BW | FVM
vpaddsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG ED /r | RVM | AVX512VL AVX512BW | FVM
vpaddsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG ED /r | RVM | AVX512VL AVX512BW | FVM
vpaddsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG ED /r | RVM | AVX512BW | FVM
vpaddusb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG DC /r | RVM | AVX512VL AVX512BW | FVM
vpaddusb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG DC /r | RVM | AVX512VL AVX512BW | FVM
vpaddusb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG DC /r | RVM | AVX512BW | FVM
vpaddusw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG DD /r | RVM | AVX512VL AVX512BW | FVM
vpaddusw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG DD /r | RVM | AVX512VL AVX512BW | FVM
vpaddusw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG DD /r | RVM | AVX512BW | FVM
vpsubsb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubsb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubsb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E8 /r | RVM | AVX512BW | FVM
vpsubsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E9 /r | RVM | AVX512BW | FVM
vpsubusb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG D8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubusb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG D8 /r | RVM | AVX512VL AVX512BW | FVM
vpsubusb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG D8 /r | RVM | AVX512BW | FVM
vpsubusw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG D9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubusw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG D9 /r | RVM | AVX512VL AVX512BW | FVM
vpsubusw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG D9 /r | RVM | AVX512BW | FVM
vpmullw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG D5 /r | RVM | AVX512VL AVX512BW | FVM
vpmullw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG D5 /r | RVM | AVX512VL AVX512BW | FVM
vpmullw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG D5 /r | RVM | AVX512BW | FVM
vpmulhw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E5 /r | RVM | AVX512VL AVX512BW | FVM
vpmulhw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E5 /r | RVM | AVX512VL AVX512BW | FVM
vpmulhw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E5 /r | RVM | AVX512BW | FVM
vpmulhuw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E4 /r | RVM | AVX512VL AVX512BW | FVM
vpmulhuw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E4 /r | RVM | AVX512VL AVX512BW | FVM
vpmulhuw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E4 /r | RVM | AVX512BW | FVM
vpmulhrsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 0B /r | RVM | AVX512VL AVX512BW | FVM
vpmulhrsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 0B /r | RVM | AVX512VL AVX512BW | FVM
vpmulhrsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 0B /r | RVM | AVX512BW | FVM
vpmaddubsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 04 /r | RVM | AVX512VL AVX512BW | FVM
vpmaddubsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 04 /r | RVM | AVX512VL AVX512BW | FVM
vpmaddubsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 04 /r | RVM | AVX512BW | FVM
vpmaddwd xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG F5 /r | RVM | AVX512VL AVX512BW | FVM
vpmaddwd ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG F5 /r | RVM | AVX512VL AVX512BW | FVM
vpmaddwd zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG F5 /r | RVM | AVX512BW | FVM
vpavgb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E0 /r | RVM | AVX512VL AVX512BW | FVM
vpavgb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E0 /r | RVM | AVX512VL AVX512BW | FVM
vpavgb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E0 /r | RVM | AVX512BW | FVM
vpavgw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E3 /r | RVM | AVX512VL AVX512BW | FVM
vpavgw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG E3 /r | RVM | AVX512VL AVX512BW | FVM
vpavgw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG E3 /r | RVM | AVX512BW | FVM
vpminub xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG DA /r | RVM | AVX512VL AVX512BW | FVM
vpminub ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG DA /r | RVM | AVX512VL AVX512BW | FVM
vpminub zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG DA /r | RVM | AVX512BW | FVM
vpmaxub xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG DE /r | RVM | AVX512VL AVX512BW | FVM
vpmaxub ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG DE /r | RVM | AVX512VL AVX512BW | FVM
vpmaxub zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG DE /r | RVM | AVX512BW | FVM
vpminsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG EA /r | RVM | AVX512VL AVX512BW | FVM
vpminsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG EA /r | RVM | AVX512VL AVX512BW | FVM
vpminsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG EA /r | RVM | AVX512BW | FVM
vpmaxsw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG EE /r | RVM | AVX512VL AVX512BW | FVM
vpmaxsw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG EE /r | RVM | AVX512VL AVX512BW | FVM
vpmaxsw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG EE /r | RVM | AVX512BW | FVM
vpminsb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 38 /r | RVM | AVX512VL AVX512BW | FVM
vpminsb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 38 /r | RVM | AVX512VL AVX512BW | FVM
vpminsb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 38 /r | RVM | AVX512BW | FVM
vpmaxsb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 3C /r | RVM | AVX512VL AVX512BW | FVM
vpmaxsb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 3C /r | RVM | AVX512VL AVX512BW | FVM
vpmaxsb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 3C /r | RVM | AVX512BW | FVM
vpminuw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 3A /r | RVM | AVX512VL AVX512BW | FVM
vpminuw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 3A /r | RVM | AVX512VL AVX512BW | FVM
vpminuw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 3A /r | RVM | AVX512BW | FVM
vpmaxuw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 3E /r | RVM | AVX512VL AVX512BW | FVM
vpmaxuw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 3E /r | RVM | AVX512VL AVX512BW | FVM
vpmaxuw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 3E /r | RVM | AVX512BW | FVM
vpacksswb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 63 /r | RVM | AVX512VL AVX512BW | FVM
vpacksswb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 63 /r | RVM | AVX512VL AVX512BW | FVM
vpacksswb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 63 /r | RVM | AVX512BW | FVM
vpackuswb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 67 /r | RVM | AVX512VL AVX512BW | FVM
vpackuswb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 67 /r | RVM | AVX512VL AVX512BW | FVM
vpackuswb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 67 /r | RVM | AVX512BW | FVM
vpunpcklbw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 60 /r | RVM | AVX512VL AVX512BW | FVM
vpunpcklbw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 60 /r | RVM | AVX512VL AVX512BW | FVM
vpunpcklbw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 60 /r | RVM | AVX512BW | FVM
vpunpcklwd xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 61 /r | RVM | AVX512VL AVX512BW | FVM
vpunpcklwd ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 61 /r | RVM | AVX512VL AVX512BW | FVM
vpunpcklwd zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 61 /r | RVM | AVX512BW | FVM
vpunpckhbw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 68 /r | RVM | AVX512VL AVX512BW | FVM
vpunpckhbw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 68 /r | RVM | AVX512VL AVX512BW | FVM
vpunpckhbw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 68 /r | RVM | AVX512BW | FVM
vpunpckhwd xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 69 /r | RVM | AVX512VL AVX512BW | FVM
vpunpckhwd ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 69 /r | RVM | AVX512VL AVX512BW | FVM
vpunpckhwd zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 69 /r | RVM | AVX512BW | FVM
vpshufb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG 00 /r | RVM | AVX512VL AVX512BW | FVM
vpshufb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG 00 /r | RVM | AVX512VL AVX512BW | FVM
vpshufb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG 00 /r | RVM | AVX512BW | FVM
vpsadbw xmm1, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG F6 /r | RVM | AVX512VL AVX512BW | FVM
vpsadbw ymm1, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG F6 /r | RVM | AVX512VL AVX512BW | FVM
vpsadbw zmm1, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG F6 /r | RVM | AVX512BW | FVM
vpabsb xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.WIG 1C /r | RM | AVX512VL AVX512BW | FVM
vpabsb ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.WIG 1C /r | RM | AVX512VL AVX512BW | FVM
vpabsb zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.WIG 1C /r | RM | AVX512BW | FVM
vpabsw xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.WIG 1D /r | RM | AVX512VL AVX512BW | FVM
vpabsw ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.WIG 1D /r | RM | AVX512VL AVX512BW | FVM
vpabsw zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.WIG 1D /r | RM | AVX512BW | FVM
vpsrlvw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 10 /r | RVM | AVX512VL AVX512BW | FVM
vpsrlvw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 10 /r | RVM | AVX512VL AVX512BW | FVM
vpsrlvw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 10 /r | RVM | AVX512BW | FVM
vpsravw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 11 /r | RVM | AVX512VL AVX512BW | FVM
vpsravw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 11 /r | RVM | AVX512VL AVX512BW | FVM
vpsravw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 11 /r | RVM | AVX512BW | FVM
vpsllvw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 12 /r | RVM | AVX512VL AVX512BW | FVM
vpsllvw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 12 /r | RVM | AVX512VL AVX512BW | FVM
vpsllvw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 12 /r | RVM | AVX512BW | FVM
vpalignr xmm1{k1}{z}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.WIG 0F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpalignr ymm1{k1}{z}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.WIG 0F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpalignr zmm1{k1}{z}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.WIG 0F /r ib | RVMI | AVX512BW | FVM
vdbpsadbw xmm1{k1}{z}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W0 42 /r ib | RVMI | AVX512VL AVX512BW | FVM
vdbpsadbw ymm1{k1}{z}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W0 42 /r ib | RVMI | AVX512VL AVX512BW | FVM
vdbpsadbw zmm1{k1}{z}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W0 42 /r ib | RVMI | AVX512BW | FVM
vpshufhw xmm1{k1}{z}, xmm2/m128, imm8 | EVEX.128.F3.0F.WIG 70 /r ib | RMI | AVX512VL AVX512BW | FVM
vpshufhw ymm1{k1}{z}, ymm2/m256, imm8 | EVEX.256.F3.0F.WIG 70 /r ib | RMI | AVX512VL AVX512BW | FVM
vpshufhw zmm1{k1}{z}, zmm2/m512, imm8 | EVEX.512.F3.0F.WIG 70 /r ib | RMI | AVX512BW | FVM
vpshuflw xmm1{k1}{z}, xmm2/m128, imm8 | EVEX.128.F2.0F.WIG 70 /r ib | RMI | AVX512VL AVX512BW | FVM
vpshuflw ymm1{k1}{z}, ymm2/m256, imm8 | EVEX.256.F2.0F.WIG 70 /r ib | RMI | AVX512VL AVX512BW | FVM
vpshuflw zmm1{k1}{z}, zmm2/m512, imm8 | EVEX.512.F2.0F.WIG 70 /r ib | RMI | AVX512BW | FVM
vpblendmb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 66 /r | RVM | AVX512VL AVX512BW | FVM
vpblendmb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 66 /r | RVM | AVX512VL AVX512BW | FVM
vpblendmb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 66 /r | RVM | AVX512BW | FVM
vpblendmw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 66 /r | RVM | AVX512VL AVX512BW | FVM
vpblendmw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 66 /r | RVM | AVX512VL AVX512BW | FVM
vpblendmw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 66 /r | RVM | AVX512BW | FVM
# AVX-512 shifts
vpsllw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG F1 /r | RVM | AVX512VL AVX512BW | M128
vpsllw ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.WIG F1 /r | RVM | AVX512VL AVX512BW | M128
vpsllw zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.WIG F1 /r | RVM | AVX512BW | M128
vpslld xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W0 F2 /r | RVM | AVX512VL AVX512F | M128
vpslld ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W0 F2 /r | RVM | AVX512VL AVX512F | M128
vpslld zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W0 F2 /r | RVM | AVX512F | M128
vpsllq xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W1 F3 /r | RVM | AVX512VL AVX512F | M128
vpsllq ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W1 F3 /r | RVM | AVX512VL AVX512F | M128
vpsllq zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W1 F3 /r | RVM | AVX512F | M128
vpsrlw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG D1 /r | RVM | AVX512VL AVX512BW | M128
vpsrlw ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.WIG D1 /r | RVM | AVX512VL AVX512BW | M128
vpsrlw zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.WIG D1 /r | RVM | AVX512BW | M128
vpsrld xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W0 D2 /r | RVM | AVX512VL AVX512F | M128
vpsrld ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W0 D2 /r | RVM | AVX512VL AVX512F | M128
vpsrld zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W0 D2 /r | RVM | AVX512F | M128
vpsrlq xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W1 D3 /r | RVM | AVX512VL AVX512F | M128
vpsrlq ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W1 D3 /r | RVM | AVX512VL AVX512F | M128
vpsrlq zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W1 D3 /r | RVM | AVX512F | M128
vpsraw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG E1 /r | RVM | AVX512VL AVX512BW | M128
vpsraw ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.WIG E1 /r | RVM | AVX512VL AVX512BW | M128
vpsraw zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.WIG E1 /r | RVM | AVX512BW | M128
vpsrad xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W0 E2 /r | RVM | AVX512VL AVX512F | M128
vpsrad ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W0 E2 /r | RVM | AVX512VL AVX512F | M128
vpsrad zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W0 E2 /r | RVM | AVX512F | M128
vpsraq xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F.W1 E2 /r | RVM | AVX512VL AVX512F | M128
vpsraq ymm1{k1}{z}, ymm2, xmm3/m128 | EVEX.256.66.0F.W1 E2 /r | RVM | AVX512VL AVX512F | M128
vpsraq zmm1{k1}{z}, zmm2, xmm3/m128 | EVEX.512.66.0F.W1 E2 /r | RVM | AVX512F | M128
vpsrlw xmm1{k1}{z}, xmm2/m128, imm8 | EVEX.128.66.0F.WIG 71 /2 ib | VMI | AVX512VL AVX512BW | FVM
vpsrlw ymm1{k1}{z}, ymm2/m256, imm8 | EVEX.256.66.0F.WIG 71 /2 ib | VMI | AVX512VL AVX512BW | FVM
vpsrlw zmm1{k1}{z}, zmm2/m512, imm8 | EVEX.512.66.0F.WIG 71 /2 ib | VMI | AVX512BW | FVM
vpsraw xmm1{k1}{z}, xmm2/m128, imm8 | EVEX.128.66.0F.WIG 71 /4 ib | VMI | AVX512VL AVX512BW | FVM
vpsraw ymm1{k1}{z}, ymm2/m256, imm8 | EVEX.256.66.0F.WIG 71 /4 ib | VMI | AVX512VL AVX512BW | FVM
vpsraw zmm1{k1}{z}, zmm2/m512, imm8 | EVEX.512.66.0F.WIG 71 /4 ib | VMI | AVX512BW | FVM
vpsllw xmm1{k1}{z}, xmm2/m128, imm8 | EVEX.128.66.0F.WIG 71 /6 ib | VMI | AVX512VL AVX512BW | FVM
vpsllw ymm1{k1}{z}, ymm2/m256, imm8 | EVEX.256.66.0F.WIG 71 /6 ib | VMI | AVX512VL AVX512BW | FVM
vpsllw zmm1{k1}{z}, zmm2/m512, imm8 | EVEX.512.66.0F.WIG 71 /6 ib | VMI | AVX512BW | FVM
vprord xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 72 /0 ib | VMI | AVX512VL AVX512F | FV
vprord ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 72 /0 ib | VMI | AVX512VL AVX512F | FV
vprord zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 72 /0 ib | VMI | AVX512F | FV
vprorq xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 72 /0 ib | VMI | AVX512VL AVX512F | FV
vprorq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 72 /0 ib | VMI | AVX512VL AVX512F | FV
vprorq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 72 /0 ib | VMI | AVX512F | FV
vprold xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 72 /1 ib | VMI | AVX512VL AVX512F | FV
vprold ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 72 /1 ib | VMI | AVX512VL AVX512F | FV
vprold zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 72 /1 ib | VMI | AVX512F | FV
vprolq xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 72 /1 ib | VMI | AVX512VL AVX512F | FV
vprolq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 72 /1 ib | VMI | AVX512VL AVX512F | FV
vprolq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 72 /1 ib | VMI | AVX512F | FV
vpsrld xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 72 /2 ib | VMI | AVX512VL AVX512F | FV
vpsrld ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 72 /2 ib | VMI | AVX512VL AVX512F | FV
vpsrld zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 72 /2 ib | VMI | AVX512F | FV
vpsrad xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 72 /4 ib | VMI | AVX512VL AVX512F | FV
vpsrad ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 72 /4 ib | VMI | AVX512VL AVX512F | FV
vpsrad zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 72 /4 ib | VMI | AVX512F | FV
vpsraq xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 72 /4 ib | VMI | AVX512VL AVX512F | FV
vpsraq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 72 /4 ib | VMI | AVX512VL AVX512F | FV
vpsraq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 72 /4 ib | VMI | AVX512F | FV
vpslld xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F.W0 72 /6 ib | VMI | AVX512VL AVX512F | FV
vpslld ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F.W0 72 /6 ib | VMI | AVX512VL AVX512F | FV
vpslld zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F.W0 72 /6 ib | VMI | AVX512F | FV
vpsrlq xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 73 /2 ib | VMI | AVX512VL AVX512F | FV
vpsrlq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 73 /2 ib | VMI | AVX512VL AVX512F | FV
vpsrlq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 73 /2 ib | VMI | AVX512F | FV
vpsllq xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 73 /6 ib | VMI | AVX512VL AVX512F | FV
vpsllq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 73 /6 ib | VMI | AVX512VL AVX512F | FV
vpsllq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 73 /6 ib | VMI | AVX512F | FV
vpsrldq xmm1, xmm2/m128, imm8 | EVEX.128.66.0F.WIG 73 /3 ib | VMI | AVX512VL AVX512BW | FVM
vpsrldq ymm1, ymm2/m256, imm8 | EVEX.256.66.0F.WIG 73 /3 ib | VMI | AVX512VL AVX512BW | FVM
vpsrldq zmm1, zmm2/m512, imm8 | EVEX.512.66.0F.WIG 73 /3 ib | VMI | AVX512BW | FVM
vpslldq xmm1, xmm2/m128, imm8 | EVEX.128.66.0F.WIG 73 /7 ib | VMI | AVX512VL AVX512BW | FVM
vpslldq ymm1, ymm2/m256, imm8 | EVEX.256.66.0F.WIG 73 /7 ib | VMI | AVX512VL AVX512BW | FVM
vpslldq zmm1, zmm2/m512, imm8 | EVEX.512.66.0F.WIG 73 /7 ib | VMI | AVX512BW | FVM
# AVX-512 integer compares into k, tests
vpcmpeqd k1{k2}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 76 /r | RVM | AVX512VL AVX512F | FV
vpcmpeqd k1{k2}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 76 /r | RVM | AVX512VL AVX512F | FV
vpcmpeqd k1{k2}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 76 /r | RVM | AVX512F | FV
vpcmpeqq k1{k2}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 29 /r | RVM | AVX512VL AVX512F | FV
vpcmpeqq k1{k2}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 29 /r | RVM | AVX512VL AVX512F | FV
vpcmpeqq k1{k2}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 29 /r | RVM | AVX512F | FV
vpcmpgtd k1{k2}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F.W0 66 /r | RVM | AVX512VL AVX512F | FV
vpcmpgtd k1{k2}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F.W0 66 /r | RVM | AVX512VL AVX512F | FV
vpcmpgtd k1{k2}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F.W0 66 /r | RVM | AVX512F | FV
vpcmpgtq k1{k2}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 37 /r | RVM | AVX512VL AVX512F | FV
vpcmpgtq k1{k2}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 37 /r | RVM | AVX512VL AVX512F | FV
vpcmpgtq k1{k2}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 37 /r | RVM | AVX512F | FV
vpcmpeqb k1{k2}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 74 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpeqb k1{k2}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 74 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpeqb k1{k2}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 74 /r | RVM | AVX512BW | FVM
vpcmpeqw k1{k2}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 75 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpeqw k1{k2}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 75 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpeqw k1{k2}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 75 /r | RVM | AVX512BW | FVM
vpcmpgtb k1{k2}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 64 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpgtb k1{k2}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 64 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpgtb k1{k2}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 64 /r | RVM | AVX512BW | FVM
vpcmpgtw k1{k2}, xmm2, xmm3/m128 | EVEX.128.66.0F.WIG 65 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpgtw k1{k2}, ymm2, ymm3/m256 | EVEX.256.66.0F.WIG 65 /r | RVM | AVX512VL AVX512BW | FVM
vpcmpgtw k1{k2}, zmm2, zmm3/m512 | EVEX.512.66.0F.WIG 65 /r | RVM | AVX512BW | FVM
vpcmpd k1{k2}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 1F /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpd k1{k2}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 1F /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpd k1{k2}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 1F /r ib | RVMI | AVX512F | FV
vpcmpud k1{k2}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 1E /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpud k1{k2}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 1E /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpud k1{k2}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 1E /r ib | RVMI | AVX512F | FV
vpcmpq k1{k2}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 1F /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpq k1{k2}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 1F /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpq k1{k2}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 1F /r ib | RVMI | AVX512F | FV
vpcmpuq k1{k2}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 1E /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpuq k1{k2}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 1E /r ib | RVMI | AVX512VL AVX512F | FV
vpcmpuq k1{k2}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 1E /r ib | RVMI | AVX512F | FV
vpcmpb k1{k2}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W0 3F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpb k1{k2}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W0 3F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpb k1{k2}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W0 3F /r ib | RVMI | AVX512BW | FVM
vpcmpub k1{k2}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W0 3E /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpub k1{k2}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W0 3E /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpub k1{k2}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W0 3E /r ib | RVMI | AVX512BW | FVM
vpcmpw k1{k2}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W1 3F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpw k1{k2}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W1 3F /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpw k1{k2}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W1 3F /r ib | RVMI | AVX512BW | FVM
vpcmpuw k1{k2}, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.W1 3E /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpuw k1{k2}, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.W1 3E /r ib | RVMI | AVX512VL AVX512BW | FVM
vpcmpuw k1{k2}, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.W1 3E /r ib | RVMI | AVX512BW | FVM
vptestmd k2{k1}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 27 /r | RVM | AVX512VL AVX512F | FV
vptestmd k2{k1}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 27 /r | RVM | AVX512VL AVX512F | FV
vptestmd k2{k1}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 27 /r | RVM | AVX512F | FV
vptestmq k2{k1}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 27 /r | RVM | AVX512VL AVX512F | FV
vptestmq k2{k1}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 27 /r | RVM | AVX512VL AVX512F | FV
vptestmq k2{k1}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 27 /r | RVM | AVX512F | FV
vptestmb k2{k1}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestmb k2{k1}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestmb k2{k1}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 26 /r | RVM | AVX512BW | FVM
vptestmw k2{k1}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestmw k2{k1}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestmw k2{k1}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 26 /r | RVM | AVX512BW | FVM
vptestnmd k2{k1}, xmm2, xmm3/m128/m32bcst | EVEX.128.F3.0F38.W0 27 /r | RVM | AVX512VL AVX512F | FV
vptestnmd k2{k1}, ymm2, ymm3/m256/m32bcst | EVEX.256.F3.0F38.W0 27 /r | RVM | AVX512VL AVX512F | FV
vptestnmd k2{k1}, zmm2, zmm3/m512/m32bcst | EVEX.512.F3.0F38.W0 27 /r | RVM | AVX512F | FV
vptestnmq k2{k1}, xmm2, xmm3/m128/m64bcst | EVEX.128.F3.0F38.W1 27 /r | RVM | AVX512VL AVX512F | FV
vptestnmq k2{k1}, ymm2, ymm3/m256/m64bcst | EVEX.256.F3.0F38.W1 27 /r | RVM | AVX512VL AVX512F | FV
vptestnmq k2{k1}, zmm2, zmm3/m512/m64bcst | EVEX.512.F3.0F38.W1 27 /r | RVM | AVX512F | FV
vptestnmb k2{k1}, xmm2, xmm3/m128 | EVEX.128.F3.0F38.W0 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestnmb k2{k1}, ymm2, ymm3/m256 | EVEX.256.F3.0F38.W0 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestnmb k2{k1}, zmm2, zmm3/m512 | EVEX.512.F3.0F38.W0 26 /r | RVM | AVX512BW | FVM
vptestnmw k2{k1}, xmm2, xmm3/m128 | EVEX.128.F3.0F38.W1 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestnmw k2{k1}, ymm2, ymm3/m256 | EVEX.256.F3.0F38.W1 26 /r | RVM | AVX512VL AVX512BW | FVM
vptestnmw k2{k1}, zmm2, zmm3/m512 | EVEX.512.F3.0F38.W1 26 /r | RVM | AVX512BW | FVM
vpmovm2b xmm1, k1 | EVEX.128.F3.0F38.W0 28 /r | RM | AVX512VL AVX512BW | 
vpmovm2b ymm1, k1 | EVEX.256.F3.0F38.W0 28 /r | RM | AVX512VL AVX512BW | 
vpmovm2b zmm1, k1 | EVEX.512.F3.0F38.W0 28 /r | RM | AVX512BW | 
vpmovb2m k1, xmm1 | EVEX.128.F3.0F38.W0 29 /r | RM | AVX512VL AVX512BW | 
vpmovb2m k1, ymm1 | EVEX.256.F3.0F38.W0 29 /r | RM | AVX512VL AVX512BW | 
vpmovb2m k1, zmm1 | EVEX.512.F3.0F38.W0 29 /r | RM | AVX512BW | 
vpmovm2w xmm1, k1 | EVEX.128.F3.0F38.W1 28 /r | RM | AVX512VL AVX512BW | 
vpmovm2w ymm1, k1 | EVEX.256.F3.0F38.W1 28 /r | RM | AVX512VL AVX512BW | 
vpmovm2w zmm1, k1 | EVEX.512.F3.0F38.W1 28 /r | RM | AVX512BW | 
vpmovw2m k1, xmm1 | EVEX.128.F3.0F38.W1 29 /r | RM | AVX512VL AVX512BW | 
vpmovw2m k1, ymm1 | EVEX.256.F3.0F38.W1 29 /r | RM | AVX512VL AVX512BW | 
vpmovw2m k1, zmm1 | EVEX.512.F3.0F38.W1 29 /r | RM | AVX512BW | 
vpmovm2d xmm1, k1 | EVEX.128.F3.0F38.W0 38 /r | RM | AVX512VL AVX512DQ | 
vpmovm2d ymm1, k1 | EVEX.256.F3.0F38.W0 38 /r | RM | AVX512VL AVX512DQ | 
vpmovm2d zmm1, k1 | EVEX.512.F3.0F38.W0 38 /r | RM | AVX512DQ | 
vpmovd2m k1, xmm1 | EVEX.128.F3.0F38.W0 39 /r | RM | AVX512VL AVX512DQ | 
vpmovd2m k1, ymm1 | EVEX.256.F3.0F38.W0 39 /r | RM | AVX512VL AVX512DQ | 
vpmovd2m k1, zmm1 | EVEX.512.F3.0F38.W0 39 /r | RM | AVX512DQ | 
vpmovm2q xmm1, k1 | EVEX.128.F3.0F38.W1 38 /r | RM | AVX512VL AVX512DQ | 
vpmovm2q ymm1, k1 | EVEX.256.F3.0F38.W1 38 /r | RM | AVX512VL AVX512DQ | 
vpmovm2q zmm1, k1 | EVEX.512.F3.0F38.W1 38 /r | RM | AVX512DQ | 
vpmovq2m k1, xmm1 | EVEX.128.F3.0F38.W1 39 /r | RM | AVX512VL AVX512DQ | 
vpmovq2m k1, ymm1 | EVEX.256.F3.0F38.W1 39 /r | RM | AVX512VL AVX512DQ | 
vpmovq2m k1, zmm1 | EVEX.512.F3.0F38.W1 39 /r | RM | AVX512DQ | 
# AVX-512 integer widen/narrow conversions
vpmovsxbw xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.WIG 20 /r | RM | AVX512VL AVX512BW | HVM
vpmovsxbw ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.WIG 20 /r | RM | AVX512VL AVX512BW | HVM
vpmovsxbw zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.WIG 20 /r | RM | AVX512BW | HVM
vpmovzxbw xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.WIG 30 /r | RM | AVX512VL AVX512BW | HVM
vpmovzxbw ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.WIG 30 /r | RM | AVX512VL AVX512BW | HVM
vpmovzxbw zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.WIG 30 /r | RM | AVX512BW | HVM
vpmovsxbd xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.WIG 21 /r | RM | AVX512VL AVX512F | QVM
vpmovsxbd ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.WIG 21 /r | RM | AVX512VL AVX512F | QVM
vpmovsxbd zmm1{k1}{z}, xmm2/m128 | EVEX.512.66.0F38.WIG 21 /r | RM | AVX512F | QVM
vpmovzxbd xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.WIG 31 /r | RM | AVX512VL AVX512F | QVM
vpmovzxbd ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.WIG 31 /r | RM | AVX512VL AVX512F | QVM
vpmovzxbd zmm1{k1}{z}, xmm2/m128 | EVEX.512.66.0F38.WIG 31 /r | RM | AVX512F | QVM
vpmovsxbq xmm1{k1}{z}, xmm2/m16 | EVEX.128.66.0F38.WIG 22 /r | RM | AVX512VL AVX512F | OVM
vpmovsxbq ymm1{k1}{z}, xmm2/m32 | EVEX.256.66.0F38.WIG 22 /r | RM | AVX512VL AVX512F | OVM
vpmovsxbq zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.WIG 22 /r | RM | AVX512F | OVM
vpmovzxbq xmm1{k1}{z}, xmm2/m16 | EVEX.128.66.0F38.WIG 32 /r | RM | AVX512VL AVX512F | OVM
vpmovzxbq ymm1{k1}{z}, xmm2/m32 | EVEX.256.66.0F38.WIG 32 /r | RM | AVX512VL AVX512F | OVM
vpmovzxbq zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.WIG 32 /r | RM | AVX512F | OVM
vpmovsxwd xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.WIG 23 /r | RM | AVX512VL AVX512F | HVM
vpmovsxwd ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.WIG 23 /r | RM | AVX512VL AVX512F | HVM
vpmovsxwd zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.WIG 23 /r | RM | AVX512F | HVM
vpmovzxwd xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.WIG 33 /r | RM | AVX512VL AVX512F | HVM
vpmovzxwd ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.WIG 33 /r | RM | AVX512VL AVX512F | HVM
vpmovzxwd zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.WIG 33 /r | RM | AVX512F | HVM
vpmovsxwq xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.WIG 24 /r | RM | AVX512VL AVX512F | QVM
vpmovsxwq ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.WIG 24 /r | RM | AVX512VL AVX512F | QVM
vpmovsxwq zmm1{k1}{z}, xmm2/m128 | EVEX.512.66.0F38.WIG 24 /r | RM | AVX512F | QVM
vpmovzxwq xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.WIG 34 /r | RM | AVX512VL AVX512F | QVM
vpmovzxwq ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.WIG 34 /r | RM | AVX512VL AVX512F | QVM
vpmovzxwq zmm1{k1}{z}, xmm2/m128 | EVEX.512.66.0F38.WIG 34 /r | RM | AVX512F | QVM
vpmovsxdq xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.W0 25 /r | RM | AVX512VL AVX512F | HVM
vpmovsxdq ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.W0 25 /r | RM | AVX512VL AVX512F | HVM
vpmovsxdq zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.W0 25 /r | RM | AVX512F | HVM
vpmovzxdq xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.W0 35 /r | RM | AVX512VL AVX512F | HVM
vpmovzxdq ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.W0 35 /r | RM | AVX512VL AVX512F | HVM
vpmovzxdq zmm1{k1}{z}, ymm2/m256 | EVEX.512.66.0F38.W0 35 /r | RM | AVX512F | HVM
vpmovqb xmm1/m16{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 32 /r | MR | AVX512VL AVX512F | OVM
vpmovqb xmm1/m32{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 32 /r | MR | AVX512VL AVX512F | OVM
vpmovqb xmm1/m64{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 32 /r | MR | AVX512F | OVM
vpmovsqb xmm1/m16{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 22 /r | MR | AVX512VL AVX512F | OVM
vpmovsqb xmm1/m32{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 22 /r | MR | AVX512VL AVX512F | OVM
vpmovsqb xmm1/m64{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 22 /r | MR | AVX512F | OVM
vpmovusqb xmm1/m16{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 12 /r | MR | AVX512VL AVX512F | OVM
vpmovusqb xmm1/m32{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 12 /r | MR | AVX512VL AVX512F | OVM
vpmovusqb xmm1/m64{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 12 /r | MR | AVX512F | OVM
vpmovqw xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 34 /r | MR | AVX512VL AVX512F | QVM
vpmovqw xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 34 /r | MR | AVX512VL AVX512F | QVM
vpmovqw xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 34 /r | MR | AVX512F | QVM
vpmovsqw xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 24 /r | MR | AVX512VL AVX512F | QVM
vpmovsqw xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 24 /r | MR | AVX512VL AVX512F | QVM
vpmovsqw xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 24 /r | MR | AVX512F | QVM
vpmovusqw xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 14 /r | MR | AVX512VL AVX512F | QVM
vpmovusqw xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 14 /r | MR | AVX512VL AVX512F | QVM
vpmovusqw xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 14 /r | MR | AVX512F | QVM
vpmovqd xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 35 /r | MR | AVX512VL AVX512F | HVM
vpmovqd xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 35 /r | MR | AVX512VL AVX512F | HVM
vpmovqd ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 35 /r | MR | AVX512F | HVM
vpmovsqd xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 25 /r | MR | AVX512VL AVX512F | HVM
vpmovsqd xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 25 /r | MR | AVX512VL AVX512F | HVM
vpmovsqd ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 25 /r | MR | AVX512F | HVM
vpmovusqd xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 15 /r | MR | AVX512VL AVX512F | HVM
vpmovusqd xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 15 /r | MR | AVX512VL AVX512F | HVM
vpmovusqd ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 15 /r | MR | AVX512F | HVM
vpmovdb xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 31 /r | MR | AVX512VL AVX512F | QVM
vpmovdb xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 31 /r | MR | AVX512VL AVX512F | QVM
vpmovdb xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 31 /r | MR | AVX512F | QVM
vpmovsdb xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 21 /r | MR | AVX512VL AVX512F | QVM
vpmovsdb xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 21 /r | MR | AVX512VL AVX512F | QVM
vpmovsdb xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 21 /r | MR | AVX512F | QVM
vpmovusdb xmm1/m32{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 11 /r | MR | AVX512VL AVX512F | QVM
vpmovusdb xmm1/m64{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 11 /r | MR | AVX512VL AVX512F | QVM
vpmovusdb xmm1/m128{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 11 /r | MR | AVX512F | QVM
vpmovdw xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 33 /r | MR | AVX512VL AVX512F | HVM
vpmovdw xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 33 /r | MR | AVX512VL AVX512F | HVM
vpmovdw ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 33 /r | MR | AVX512F | HVM
vpmovsdw xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 23 /r | MR | AVX512VL AVX512F | HVM
vpmovsdw xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 23 /r | MR | AVX512VL AVX512F | HVM
vpmovsdw ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 23 /r | MR | AVX512F | HVM
vpmovusdw xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 13 /r | MR | AVX512VL AVX512F | HVM
vpmovusdw xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 13 /r | MR | AVX512VL AVX512F | HVM
vpmovusdw ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 13 /r | MR | AVX512F | HVM
vpmovwb xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 30 /r | MR | AVX512VL AVX512BW | HVM
vpmovwb xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 30 /r | MR | AVX512VL AVX512BW | HVM
vpmovwb ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 30 /r | MR | AVX512BW | HVM
vpmovswb xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 20 /r | MR | AVX512VL AVX512BW | HVM
vpmovswb xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 20 /r | MR | AVX512VL AVX512BW | HVM
vpmovswb ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 20 /r | MR | AVX512BW | HVM
vpmovuswb xmm1/m64{k1}{z}, xmm2 | EVEX.128.F3.0F38.W0 10 /r | MR | AVX512VL AVX512BW | HVM
vpmovuswb xmm1/m128{k1}{z}, ymm2 | EVEX.256.F3.0F38.W0 10 /r | MR | AVX512VL AVX512BW | HVM
vpmovuswb ymm1/m256{k1}{z}, zmm2 | EVEX.512.F3.0F38.W0 10 /r | MR | AVX512BW | HVM
# AVX-512 element insert/extract (BW/DQ)
vpextrw r32, xmm1, imm8 | EVEX.128.66.0F.WIG C5 /r ib | RMI | AVX512BW | 
vpextrw r64, xmm1, imm8 | EVEX.128.66.0F.WIG C5 /r ib | RMI | AVX512BW | 
vpextrb r32/m8, xmm2, imm8 | EVEX.128.66.0F3A.WIG 14 /r ib | MRI | AVX512BW | T1S
vpextrb r64, xmm2, imm8 | EVEX.128.66.0F3A.WIG 14 /r ib | MRI | AVX512BW | 
vpextrw r32/m16, xmm2, imm8 | EVEX.128.66.0F3A.WIG 15 /r ib | MRI | AVX512BW | T1S
vpextrd r/m32, xmm2, imm8 | EVEX.128.66.0F3A.W0 16 /r ib | MRI | AVX512DQ | T1S
vpextrq r/m64, xmm2, imm8 | EVEX.128.66.0F3A.W1 16 /r ib | MRI | AVX512DQ | T1S
vpinsrb xmm1, xmm2, r32/m8, imm8 | EVEX.128.66.0F3A.WIG 20 /r ib | RVMI | AVX512BW | T1S
vpinsrw xmm1, xmm2, r32/m16, imm8 | EVEX.128.66.0F.WIG C4 /r ib | RVMI | AVX512BW | T1S
vpinsrb xmm1, xmm2, r64, imm8 | EVEX.128.66.0F3A.WIG 20 /r ib | RVMI | AVX512BW | 
vpinsrw xmm1, xmm2, r64, imm8 | EVEX.128.66.0F.WIG C4 /r ib | RVMI | AVX512BW | 
vpinsrd xmm1, xmm2, r/m32, imm8 | EVEX.128.66.0F3A.W0 22 /r ib | RVMI | AVX512DQ | T1S
vpinsrq xmm1, xmm2, r/m64, imm8 | EVEX.128.66.0F3A.W1 22 /r ib | RVMI | AVX512DQ | T1S
`;
