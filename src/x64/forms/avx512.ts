// AVX-512 F/DQ floating-point forms (EVEX): arithmetic, FMA, logic, compares into k, moves,
// broadcasts, permutes, lane insert/extract, conversions. One form per line in Intel SDM notation:
// instruction | opcode | op/en | cpuid features | EVEX tuple (memory disp8*N scaling).
// 128/256-bit lines need AVX512VL too. Select VEX lines (avx.ts) before these: llvm-mc uses VEX
// when no EVEX-only feature is involved. Data only; checked by tools/vector-check.ts.
export const avx512Forms = `
# AVX-512 floating-point arithmetic
vaddps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 58 /r | RVM | AVX512VL AVX512F | FV
vaddps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 58 /r | RVM | AVX512VL AVX512F | FV
vaddps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.0F.W0 58 /r | RVM | AVX512F | FV
vaddpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 58 /r | RVM | AVX512VL AVX512F | FV
vaddpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 58 /r | RVM | AVX512VL AVX512F | FV
vaddpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F.W1 58 /r | RVM | AVX512F | FV
vaddss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.F3.0F.W0 58 /r | RVM | AVX512F | T1S
vaddsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 58 /r | RVM | AVX512F | T1S
vmulps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 59 /r | RVM | AVX512VL AVX512F | FV
vmulps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 59 /r | RVM | AVX512VL AVX512F | FV
vmulps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.0F.W0 59 /r | RVM | AVX512F | FV
vmulpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 59 /r | RVM | AVX512VL AVX512F | FV
vmulpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 59 /r | RVM | AVX512VL AVX512F | FV
vmulpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F.W1 59 /r | RVM | AVX512F | FV
vmulss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.F3.0F.W0 59 /r | RVM | AVX512F | T1S
vmulsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 59 /r | RVM | AVX512F | T1S
vsubps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 5C /r | RVM | AVX512VL AVX512F | FV
vsubps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 5C /r | RVM | AVX512VL AVX512F | FV
vsubps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.0F.W0 5C /r | RVM | AVX512F | FV
vsubpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 5C /r | RVM | AVX512VL AVX512F | FV
vsubpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 5C /r | RVM | AVX512VL AVX512F | FV
vsubpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F.W1 5C /r | RVM | AVX512F | FV
vsubss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.F3.0F.W0 5C /r | RVM | AVX512F | T1S
vsubsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 5C /r | RVM | AVX512F | T1S
vminps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 5D /r | RVM | AVX512VL AVX512F | FV
vminps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 5D /r | RVM | AVX512VL AVX512F | FV
vminps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{sae} | EVEX.512.0F.W0 5D /r | RVM | AVX512F | FV
vminpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 5D /r | RVM | AVX512VL AVX512F | FV
vminpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 5D /r | RVM | AVX512VL AVX512F | FV
vminpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{sae} | EVEX.512.66.0F.W1 5D /r | RVM | AVX512F | FV
vminss xmm1{k1}{z}, xmm2, xmm3/m32{sae} | EVEX.LIG.F3.0F.W0 5D /r | RVM | AVX512F | T1S
vminsd xmm1{k1}{z}, xmm2, xmm3/m64{sae} | EVEX.LIG.F2.0F.W1 5D /r | RVM | AVX512F | T1S
vdivps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 5E /r | RVM | AVX512VL AVX512F | FV
vdivps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 5E /r | RVM | AVX512VL AVX512F | FV
vdivps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.0F.W0 5E /r | RVM | AVX512F | FV
vdivpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 5E /r | RVM | AVX512VL AVX512F | FV
vdivpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 5E /r | RVM | AVX512VL AVX512F | FV
vdivpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F.W1 5E /r | RVM | AVX512F | FV
vdivss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.F3.0F.W0 5E /r | RVM | AVX512F | T1S
vdivsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 5E /r | RVM | AVX512F | T1S
vmaxps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 5F /r | RVM | AVX512VL AVX512F | FV
vmaxps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 5F /r | RVM | AVX512VL AVX512F | FV
vmaxps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{sae} | EVEX.512.0F.W0 5F /r | RVM | AVX512F | FV
vmaxpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 5F /r | RVM | AVX512VL AVX512F | FV
vmaxpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 5F /r | RVM | AVX512VL AVX512F | FV
vmaxpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{sae} | EVEX.512.66.0F.W1 5F /r | RVM | AVX512F | FV
vmaxss xmm1{k1}{z}, xmm2, xmm3/m32{sae} | EVEX.LIG.F3.0F.W0 5F /r | RVM | AVX512F | T1S
vmaxsd xmm1{k1}{z}, xmm2, xmm3/m64{sae} | EVEX.LIG.F2.0F.W1 5F /r | RVM | AVX512F | T1S
vsqrtps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.0F.W0 51 /r | RM | AVX512VL AVX512F | FV
vsqrtps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.0F.W0 51 /r | RM | AVX512VL AVX512F | FV
vsqrtps zmm1{k1}{z}, zmm2/m512/m32bcst{er} | EVEX.512.0F.W0 51 /r | RM | AVX512F | FV
vsqrtpd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 51 /r | RM | AVX512VL AVX512F | FV
vsqrtpd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 51 /r | RM | AVX512VL AVX512F | FV
vsqrtpd zmm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.66.0F.W1 51 /r | RM | AVX512F | FV
vsqrtss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.F3.0F.W0 51 /r | RVM | AVX512F | T1S
vsqrtsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 51 /r | RVM | AVX512F | T1S
vrcp14ps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 4C /r | RM | AVX512VL AVX512F | FV
vrcp14ps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 4C /r | RM | AVX512VL AVX512F | FV
vrcp14ps zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 4C /r | RM | AVX512F | FV
vrcp14pd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 4C /r | RM | AVX512VL AVX512F | FV
vrcp14pd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 4C /r | RM | AVX512VL AVX512F | FV
vrcp14pd zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 4C /r | RM | AVX512F | FV
vrcp14ss xmm1{k1}{z}, xmm2, xmm3/m32 | EVEX.LIG.66.0F38.W0 4D /r | RVM | AVX512F | T1S
vrcp14sd xmm1{k1}{z}, xmm2, xmm3/m64 | EVEX.LIG.66.0F38.W1 4D /r | RVM | AVX512F | T1S
vrsqrt14ps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 4E /r | RM | AVX512VL AVX512F | FV
vrsqrt14ps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 4E /r | RM | AVX512VL AVX512F | FV
vrsqrt14ps zmm1{k1}{z}, zmm2/m512/m32bcst | EVEX.512.66.0F38.W0 4E /r | RM | AVX512F | FV
vrsqrt14pd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 4E /r | RM | AVX512VL AVX512F | FV
vrsqrt14pd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 4E /r | RM | AVX512VL AVX512F | FV
vrsqrt14pd zmm1{k1}{z}, zmm2/m512/m64bcst | EVEX.512.66.0F38.W1 4E /r | RM | AVX512F | FV
vrsqrt14ss xmm1{k1}{z}, xmm2, xmm3/m32 | EVEX.LIG.66.0F38.W0 4F /r | RVM | AVX512F | T1S
vrsqrt14sd xmm1{k1}{z}, xmm2, xmm3/m64 | EVEX.LIG.66.0F38.W1 4F /r | RVM | AVX512F | T1S
vgetexpps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F38.W0 42 /r | RM | AVX512VL AVX512F | FV
vgetexpps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F38.W0 42 /r | RM | AVX512VL AVX512F | FV
vgetexpps zmm1{k1}{z}, zmm2/m512/m32bcst{sae} | EVEX.512.66.0F38.W0 42 /r | RM | AVX512F | FV
vgetexppd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F38.W1 42 /r | RM | AVX512VL AVX512F | FV
vgetexppd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F38.W1 42 /r | RM | AVX512VL AVX512F | FV
vgetexppd zmm1{k1}{z}, zmm2/m512/m64bcst{sae} | EVEX.512.66.0F38.W1 42 /r | RM | AVX512F | FV
vgetexpss xmm1{k1}{z}, xmm2, xmm3/m32{sae} | EVEX.LIG.66.0F38.W0 43 /r | RVM | AVX512F | T1S
vgetexpsd xmm1{k1}{z}, xmm2, xmm3/m64{sae} | EVEX.LIG.66.0F38.W1 43 /r | RVM | AVX512F | T1S
vscalefps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 2C /r | RVM | AVX512VL AVX512F | FV
vscalefps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 2C /r | RVM | AVX512VL AVX512F | FV
vscalefps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 2C /r | RVM | AVX512F | FV
vscalefpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 2C /r | RVM | AVX512VL AVX512F | FV
vscalefpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 2C /r | RVM | AVX512VL AVX512F | FV
vscalefpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 2C /r | RVM | AVX512F | FV
vscalefss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 2D /r | RVM | AVX512F | T1S
vscalefsd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 2D /r | RVM | AVX512F | T1S
vgetmantps xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 26 /r ib | RMI | AVX512VL AVX512F | FV
vgetmantps ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 26 /r ib | RMI | AVX512VL AVX512F | FV
vgetmantps zmm1{k1}{z}, zmm2/m512/m32bcst{sae}, imm8 | EVEX.512.66.0F3A.W0 26 /r ib | RMI | AVX512F | FV
vgetmantpd xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 26 /r ib | RMI | AVX512VL AVX512F | FV
vgetmantpd ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 26 /r ib | RMI | AVX512VL AVX512F | FV
vgetmantpd zmm1{k1}{z}, zmm2/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F3A.W1 26 /r ib | RMI | AVX512F | FV
vgetmantss xmm1{k1}{z}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.66.0F3A.W0 27 /r ib | RVMI | AVX512F | T1S
vgetmantsd xmm1{k1}{z}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.66.0F3A.W1 27 /r ib | RVMI | AVX512F | T1S
vreduceps xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 56 /r ib | RMI | AVX512VL AVX512DQ | FV
vreduceps ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 56 /r ib | RMI | AVX512VL AVX512DQ | FV
vreduceps zmm1{k1}{z}, zmm2/m512/m32bcst{sae}, imm8 | EVEX.512.66.0F3A.W0 56 /r ib | RMI | AVX512DQ | FV
vreducepd xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 56 /r ib | RMI | AVX512VL AVX512DQ | FV
vreducepd ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 56 /r ib | RMI | AVX512VL AVX512DQ | FV
vreducepd zmm1{k1}{z}, zmm2/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F3A.W1 56 /r ib | RMI | AVX512DQ | FV
vreducess xmm1{k1}{z}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.66.0F3A.W0 57 /r ib | RVMI | AVX512DQ | T1S
vreducesd xmm1{k1}{z}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.66.0F3A.W1 57 /r ib | RVMI | AVX512DQ | T1S
vrndscaleps xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 08 /r ib | RMI | AVX512VL AVX512F | FV
vrndscaleps ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 08 /r ib | RMI | AVX512VL AVX512F | FV
vrndscaleps zmm1{k1}{z}, zmm2/m512/m32bcst{sae}, imm8 | EVEX.512.66.0F3A.W0 08 /r ib | RMI | AVX512F | FV
vrndscalepd xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 09 /r ib | RMI | AVX512VL AVX512F | FV
vrndscalepd ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 09 /r ib | RMI | AVX512VL AVX512F | FV
vrndscalepd zmm1{k1}{z}, zmm2/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F3A.W1 09 /r ib | RMI | AVX512F | FV
vrndscaless xmm1{k1}{z}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.66.0F3A.W0 0A /r ib | RVMI | AVX512F | T1S
vrndscalesd xmm1{k1}{z}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.66.0F3A.W1 0B /r ib | RVMI | AVX512F | T1S
vrangeps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 50 /r ib | RVMI | AVX512VL AVX512DQ | FV
vrangeps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 50 /r ib | RVMI | AVX512VL AVX512DQ | FV
vrangeps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{sae}, imm8 | EVEX.512.66.0F3A.W0 50 /r ib | RVMI | AVX512DQ | FV
vrangepd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 50 /r ib | RVMI | AVX512VL AVX512DQ | FV
vrangepd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 50 /r ib | RVMI | AVX512VL AVX512DQ | FV
vrangepd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F3A.W1 50 /r ib | RVMI | AVX512DQ | FV
vrangess xmm1{k1}{z}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.66.0F3A.W0 51 /r ib | RVMI | AVX512DQ | T1S
vrangesd xmm1{k1}{z}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.66.0F3A.W1 51 /r ib | RVMI | AVX512DQ | T1S
vfixupimmps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 54 /r ib | RVMI | AVX512VL AVX512F | FV
vfixupimmps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 54 /r ib | RVMI | AVX512VL AVX512F | FV
vfixupimmps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{sae}, imm8 | EVEX.512.66.0F3A.W0 54 /r ib | RVMI | AVX512F | FV
vfixupimmpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 54 /r ib | RVMI | AVX512VL AVX512F | FV
vfixupimmpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 54 /r ib | RVMI | AVX512VL AVX512F | FV
vfixupimmpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F3A.W1 54 /r ib | RVMI | AVX512F | FV
vfixupimmss xmm1{k1}{z}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.66.0F3A.W0 55 /r ib | RVMI | AVX512F | T1S
vfixupimmsd xmm1{k1}{z}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.66.0F3A.W1 55 /r ib | RVMI | AVX512F | T1S
vfpclassps k2{k1}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 66 /r ib | RMI | AVX512VL AVX512DQ | FV
vfpclassps k2{k1}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 66 /r ib | RMI | AVX512VL AVX512DQ | FV
vfpclassps k2{k1}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 66 /r ib | RMI | AVX512DQ | FV
vfpclasspd k2{k1}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 66 /r ib | RMI | AVX512VL AVX512DQ | FV
vfpclasspd k2{k1}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 66 /r ib | RMI | AVX512VL AVX512DQ | FV
vfpclasspd k2{k1}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 66 /r ib | RMI | AVX512DQ | FV
vfpclassss k2{k1}, xmm2/m32, imm8 | EVEX.LIG.66.0F3A.W0 67 /r ib | RMI | AVX512DQ | T1S
vfpclasssd k2{k1}, xmm2/m64, imm8 | EVEX.LIG.66.0F3A.W1 67 /r ib | RMI | AVX512DQ | T1S
# AVX-512 FMA
vfmaddsub132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 96 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 96 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 96 /r | RVM | AVX512F | FV
vfmaddsub132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 96 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 96 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 96 /r | RVM | AVX512F | FV
vfmaddsub213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 A6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 A6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 A6 /r | RVM | AVX512F | FV
vfmaddsub213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 A6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 A6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 A6 /r | RVM | AVX512F | FV
vfmaddsub231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 B6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 B6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 B6 /r | RVM | AVX512F | FV
vfmaddsub231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 B6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 B6 /r | RVM | AVX512VL AVX512F | FV
vfmaddsub231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 B6 /r | RVM | AVX512F | FV
vfmsubadd132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 97 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 97 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 97 /r | RVM | AVX512F | FV
vfmsubadd132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 97 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 97 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 97 /r | RVM | AVX512F | FV
vfmsubadd213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 A7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 A7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 A7 /r | RVM | AVX512F | FV
vfmsubadd213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 A7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 A7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 A7 /r | RVM | AVX512F | FV
vfmsubadd231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 B7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 B7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 B7 /r | RVM | AVX512F | FV
vfmsubadd231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 B7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 B7 /r | RVM | AVX512VL AVX512F | FV
vfmsubadd231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 B7 /r | RVM | AVX512F | FV
vfmadd132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 98 /r | RVM | AVX512VL AVX512F | FV
vfmadd132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 98 /r | RVM | AVX512VL AVX512F | FV
vfmadd132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 98 /r | RVM | AVX512F | FV
vfmadd132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 98 /r | RVM | AVX512VL AVX512F | FV
vfmadd132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 98 /r | RVM | AVX512VL AVX512F | FV
vfmadd132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 98 /r | RVM | AVX512F | FV
vfmadd132ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 99 /r | RVM | AVX512F | T1S
vfmadd132sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 99 /r | RVM | AVX512F | T1S
vfmadd213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 A8 /r | RVM | AVX512VL AVX512F | FV
vfmadd213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 A8 /r | RVM | AVX512VL AVX512F | FV
vfmadd213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 A8 /r | RVM | AVX512F | FV
vfmadd213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 A8 /r | RVM | AVX512VL AVX512F | FV
vfmadd213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 A8 /r | RVM | AVX512VL AVX512F | FV
vfmadd213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 A8 /r | RVM | AVX512F | FV
vfmadd213ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 A9 /r | RVM | AVX512F | T1S
vfmadd213sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 A9 /r | RVM | AVX512F | T1S
vfmadd231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 B8 /r | RVM | AVX512VL AVX512F | FV
vfmadd231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 B8 /r | RVM | AVX512VL AVX512F | FV
vfmadd231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 B8 /r | RVM | AVX512F | FV
vfmadd231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 B8 /r | RVM | AVX512VL AVX512F | FV
vfmadd231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 B8 /r | RVM | AVX512VL AVX512F | FV
vfmadd231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 B8 /r | RVM | AVX512F | FV
vfmadd231ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 B9 /r | RVM | AVX512F | T1S
vfmadd231sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 B9 /r | RVM | AVX512F | T1S
vfmsub132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 9A /r | RVM | AVX512VL AVX512F | FV
vfmsub132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 9A /r | RVM | AVX512VL AVX512F | FV
vfmsub132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 9A /r | RVM | AVX512F | FV
vfmsub132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 9A /r | RVM | AVX512VL AVX512F | FV
vfmsub132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 9A /r | RVM | AVX512VL AVX512F | FV
vfmsub132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 9A /r | RVM | AVX512F | FV
vfmsub132ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 9B /r | RVM | AVX512F | T1S
vfmsub132sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 9B /r | RVM | AVX512F | T1S
vfmsub213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 AA /r | RVM | AVX512VL AVX512F | FV
vfmsub213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 AA /r | RVM | AVX512VL AVX512F | FV
vfmsub213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 AA /r | RVM | AVX512F | FV
vfmsub213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 AA /r | RVM | AVX512VL AVX512F | FV
vfmsub213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 AA /r | RVM | AVX512VL AVX512F | FV
vfmsub213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 AA /r | RVM | AVX512F | FV
vfmsub213ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 AB /r | RVM | AVX512F | T1S
vfmsub213sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 AB /r | RVM | AVX512F | T1S
vfmsub231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 BA /r | RVM | AVX512VL AVX512F | FV
vfmsub231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 BA /r | RVM | AVX512VL AVX512F | FV
vfmsub231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 BA /r | RVM | AVX512F | FV
vfmsub231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 BA /r | RVM | AVX512VL AVX512F | FV
vfmsub231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 BA /r | RVM | AVX512VL AVX512F | FV
vfmsub231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 BA /r | RVM | AVX512F | FV
vfmsub231ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 BB /r | RVM | AVX512F | T1S
vfmsub231sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 BB /r | RVM | AVX512F | T1S
vfnmadd132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 9C /r | RVM | AVX512VL AVX512F | FV
vfnmadd132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 9C /r | RVM | AVX512VL AVX512F | FV
vfnmadd132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 9C /r | RVM | AVX512F | FV
vfnmadd132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 9C /r | RVM | AVX512VL AVX512F | FV
vfnmadd132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 9C /r | RVM | AVX512VL AVX512F | FV
vfnmadd132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 9C /r | RVM | AVX512F | FV
vfnmadd132ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 9D /r | RVM | AVX512F | T1S
vfnmadd132sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 9D /r | RVM | AVX512F | T1S
vfnmadd213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 AC /r | RVM | AVX512VL AVX512F | FV
vfnmadd213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 AC /r | RVM | AVX512VL AVX512F | FV
vfnmadd213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 AC /r | RVM | AVX512F | FV
vfnmadd213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 AC /r | RVM | AVX512VL AVX512F | FV
vfnmadd213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 AC /r | RVM | AVX512VL AVX512F | FV
vfnmadd213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 AC /r | RVM | AVX512F | FV
vfnmadd213ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 AD /r | RVM | AVX512F | T1S
vfnmadd213sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 AD /r | RVM | AVX512F | T1S
vfnmadd231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 BC /r | RVM | AVX512VL AVX512F | FV
vfnmadd231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 BC /r | RVM | AVX512VL AVX512F | FV
vfnmadd231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 BC /r | RVM | AVX512F | FV
vfnmadd231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 BC /r | RVM | AVX512VL AVX512F | FV
vfnmadd231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 BC /r | RVM | AVX512VL AVX512F | FV
vfnmadd231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 BC /r | RVM | AVX512F | FV
vfnmadd231ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 BD /r | RVM | AVX512F | T1S
vfnmadd231sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 BD /r | RVM | AVX512F | T1S
vfnmsub132ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 9E /r | RVM | AVX512VL AVX512F | FV
vfnmsub132ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 9E /r | RVM | AVX512VL AVX512F | FV
vfnmsub132ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 9E /r | RVM | AVX512F | FV
vfnmsub132pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 9E /r | RVM | AVX512VL AVX512F | FV
vfnmsub132pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 9E /r | RVM | AVX512VL AVX512F | FV
vfnmsub132pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 9E /r | RVM | AVX512F | FV
vfnmsub132ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 9F /r | RVM | AVX512F | T1S
vfnmsub132sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 9F /r | RVM | AVX512F | T1S
vfnmsub213ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 AE /r | RVM | AVX512VL AVX512F | FV
vfnmsub213ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 AE /r | RVM | AVX512VL AVX512F | FV
vfnmsub213ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 AE /r | RVM | AVX512F | FV
vfnmsub213pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 AE /r | RVM | AVX512VL AVX512F | FV
vfnmsub213pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 AE /r | RVM | AVX512VL AVX512F | FV
vfnmsub213pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 AE /r | RVM | AVX512F | FV
vfnmsub213ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 AF /r | RVM | AVX512F | T1S
vfnmsub213sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 AF /r | RVM | AVX512F | T1S
vfnmsub231ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 BE /r | RVM | AVX512VL AVX512F | FV
vfnmsub231ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 BE /r | RVM | AVX512VL AVX512F | FV
vfnmsub231ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst{er} | EVEX.512.66.0F38.W0 BE /r | RVM | AVX512F | FV
vfnmsub231pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 BE /r | RVM | AVX512VL AVX512F | FV
vfnmsub231pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 BE /r | RVM | AVX512VL AVX512F | FV
vfnmsub231pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst{er} | EVEX.512.66.0F38.W1 BE /r | RVM | AVX512F | FV
vfnmsub231ss xmm1{k1}{z}, xmm2, xmm3/m32{er} | EVEX.LIG.66.0F38.W0 BF /r | RVM | AVX512F | T1S
vfnmsub231sd xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.66.0F38.W1 BF /r | RVM | AVX512F | T1S
# AVX-512 floating-point logic (DQ), unpacks, shuffles, blends
vandps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 54 /r | RVM | AVX512VL AVX512DQ | FV
vandps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 54 /r | RVM | AVX512VL AVX512DQ | FV
vandps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 54 /r | RVM | AVX512DQ | FV
vandpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 54 /r | RVM | AVX512VL AVX512DQ | FV
vandpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 54 /r | RVM | AVX512VL AVX512DQ | FV
vandpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 54 /r | RVM | AVX512DQ | FV
vandnps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 55 /r | RVM | AVX512VL AVX512DQ | FV
vandnps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 55 /r | RVM | AVX512VL AVX512DQ | FV
vandnps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 55 /r | RVM | AVX512DQ | FV
vandnpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 55 /r | RVM | AVX512VL AVX512DQ | FV
vandnpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 55 /r | RVM | AVX512VL AVX512DQ | FV
vandnpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 55 /r | RVM | AVX512DQ | FV
vorps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 56 /r | RVM | AVX512VL AVX512DQ | FV
vorps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 56 /r | RVM | AVX512VL AVX512DQ | FV
vorps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 56 /r | RVM | AVX512DQ | FV
vorpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 56 /r | RVM | AVX512VL AVX512DQ | FV
vorpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 56 /r | RVM | AVX512VL AVX512DQ | FV
vorpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 56 /r | RVM | AVX512DQ | FV
vxorps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 57 /r | RVM | AVX512VL AVX512DQ | FV
vxorps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 57 /r | RVM | AVX512VL AVX512DQ | FV
vxorps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 57 /r | RVM | AVX512DQ | FV
vxorpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 57 /r | RVM | AVX512VL AVX512DQ | FV
vxorpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 57 /r | RVM | AVX512VL AVX512DQ | FV
vxorpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 57 /r | RVM | AVX512DQ | FV
vunpcklps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 14 /r | RVM | AVX512VL AVX512F | FV
vunpcklps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 14 /r | RVM | AVX512VL AVX512F | FV
vunpcklps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 14 /r | RVM | AVX512F | FV
vunpcklpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 14 /r | RVM | AVX512VL AVX512F | FV
vunpcklpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 14 /r | RVM | AVX512VL AVX512F | FV
vunpcklpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 14 /r | RVM | AVX512F | FV
vunpckhps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.0F.W0 15 /r | RVM | AVX512VL AVX512F | FV
vunpckhps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.0F.W0 15 /r | RVM | AVX512VL AVX512F | FV
vunpckhps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.0F.W0 15 /r | RVM | AVX512F | FV
vunpckhpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F.W1 15 /r | RVM | AVX512VL AVX512F | FV
vunpckhpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F.W1 15 /r | RVM | AVX512VL AVX512F | FV
vunpckhpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F.W1 15 /r | RVM | AVX512F | FV
vshufps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.0F.W0 C6 /r ib | RVMI | AVX512VL AVX512F | FV
vshufps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.0F.W0 C6 /r ib | RVMI | AVX512VL AVX512F | FV
vshufps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.0F.W0 C6 /r ib | RVMI | AVX512F | FV
vshufpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 C6 /r ib | RVMI | AVX512VL AVX512F | FV
vshufpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 C6 /r ib | RVMI | AVX512VL AVX512F | FV
vshufpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F.W1 C6 /r ib | RVMI | AVX512F | FV
vblendmps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 65 /r | RVM | AVX512VL AVX512F | FV
vblendmps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 65 /r | RVM | AVX512VL AVX512F | FV
vblendmps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 65 /r | RVM | AVX512F | FV
vblendmpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 65 /r | RVM | AVX512VL AVX512F | FV
vblendmpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 65 /r | RVM | AVX512VL AVX512F | FV
vblendmpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 65 /r | RVM | AVX512F | FV
# AVX-512 floating-point compares into k
vcmpps k1{k2}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.0F.W0 C2 /r ib | RVMI | AVX512VL AVX512F | FV
vcmpps k1{k2}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.0F.W0 C2 /r ib | RVMI | AVX512VL AVX512F | FV
vcmpps k1{k2}, zmm2, zmm3/m512/m32bcst{sae}, imm8 | EVEX.512.0F.W0 C2 /r ib | RVMI | AVX512F | FV
vcmppd k1{k2}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F.W1 C2 /r ib | RVMI | AVX512VL AVX512F | FV
vcmppd k1{k2}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F.W1 C2 /r ib | RVMI | AVX512VL AVX512F | FV
vcmppd k1{k2}, zmm2, zmm3/m512/m64bcst{sae}, imm8 | EVEX.512.66.0F.W1 C2 /r ib | RVMI | AVX512F | FV
vcmpss k1{k2}, xmm2, xmm3/m32{sae}, imm8 | EVEX.LIG.F3.0F.W0 C2 /r ib | RVMI | AVX512F | T1S
vcmpsd k1{k2}, xmm2, xmm3/m64{sae}, imm8 | EVEX.LIG.F2.0F.W1 C2 /r ib | RVMI | AVX512F | T1S
vcomiss xmm1, xmm2/m32{sae} | EVEX.LIG.0F.W0 2F /r | RM | AVX512F | T1S
vcomisd xmm1, xmm2/m64{sae} | EVEX.LIG.66.0F.W1 2F /r | RM | AVX512F | T1S
vucomiss xmm1, xmm2/m32{sae} | EVEX.LIG.0F.W0 2E /r | RM | AVX512F | T1S
vucomisd xmm1, xmm2/m64{sae} | EVEX.LIG.66.0F.W1 2E /r | RM | AVX512F | T1S
# AVX-512 moves
vmovaps xmm1{k1}{z}, xmm2/m128 | EVEX.128.0F.W0 28 /r | RM | AVX512VL AVX512F | FVM
vmovaps ymm1{k1}{z}, ymm2/m256 | EVEX.256.0F.W0 28 /r | RM | AVX512VL AVX512F | FVM
vmovaps zmm1{k1}{z}, zmm2/m512 | EVEX.512.0F.W0 28 /r | RM | AVX512F | FVM
vmovaps xmm2/m128{k1}{z}, xmm1 | EVEX.128.0F.W0 29 /r | MR | AVX512VL AVX512F | FVM
vmovaps ymm2/m256{k1}{z}, ymm1 | EVEX.256.0F.W0 29 /r | MR | AVX512VL AVX512F | FVM
vmovaps zmm2/m512{k1}{z}, zmm1 | EVEX.512.0F.W0 29 /r | MR | AVX512F | FVM
vmovapd xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F.W1 28 /r | RM | AVX512VL AVX512F | FVM
vmovapd ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F.W1 28 /r | RM | AVX512VL AVX512F | FVM
vmovapd zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F.W1 28 /r | RM | AVX512F | FVM
vmovapd xmm2/m128{k1}{z}, xmm1 | EVEX.128.66.0F.W1 29 /r | MR | AVX512VL AVX512F | FVM
vmovapd ymm2/m256{k1}{z}, ymm1 | EVEX.256.66.0F.W1 29 /r | MR | AVX512VL AVX512F | FVM
vmovapd zmm2/m512{k1}{z}, zmm1 | EVEX.512.66.0F.W1 29 /r | MR | AVX512F | FVM
vmovups xmm1{k1}{z}, xmm2/m128 | EVEX.128.0F.W0 10 /r | RM | AVX512VL AVX512F | FVM
vmovups ymm1{k1}{z}, ymm2/m256 | EVEX.256.0F.W0 10 /r | RM | AVX512VL AVX512F | FVM
vmovups zmm1{k1}{z}, zmm2/m512 | EVEX.512.0F.W0 10 /r | RM | AVX512F | FVM
vmovups xmm2/m128{k1}{z}, xmm1 | EVEX.128.0F.W0 11 /r | MR | AVX512VL AVX512F | FVM
vmovups ymm2/m256{k1}{z}, ymm1 | EVEX.256.0F.W0 11 /r | MR | AVX512VL AVX512F | FVM
vmovups zmm2/m512{k1}{z}, zmm1 | EVEX.512.0F.W0 11 /r | MR | AVX512F | FVM
vmovupd xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F.W1 10 /r | RM | AVX512VL AVX512F | FVM
vmovupd ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F.W1 10 /r | RM | AVX512VL AVX512F | FVM
vmovupd zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F.W1 10 /r | RM | AVX512F | FVM
vmovupd xmm2/m128{k1}{z}, xmm1 | EVEX.128.66.0F.W1 11 /r | MR | AVX512VL AVX512F | FVM
vmovupd ymm2/m256{k1}{z}, ymm1 | EVEX.256.66.0F.W1 11 /r | MR | AVX512VL AVX512F | FVM
vmovupd zmm2/m512{k1}{z}, zmm1 | EVEX.512.66.0F.W1 11 /r | MR | AVX512F | FVM
vmovdqa32 xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F.W0 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqa32 ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F.W0 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqa32 zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F.W0 6F /r | RM | AVX512F | FVM
vmovdqa32 xmm2/m128{k1}{z}, xmm1 | EVEX.128.66.0F.W0 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqa32 ymm2/m256{k1}{z}, ymm1 | EVEX.256.66.0F.W0 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqa32 zmm2/m512{k1}{z}, zmm1 | EVEX.512.66.0F.W0 7F /r | MR | AVX512F | FVM
vmovdqa64 xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F.W1 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqa64 ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F.W1 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqa64 zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F.W1 6F /r | RM | AVX512F | FVM
vmovdqa64 xmm2/m128{k1}{z}, xmm1 | EVEX.128.66.0F.W1 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqa64 ymm2/m256{k1}{z}, ymm1 | EVEX.256.66.0F.W1 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqa64 zmm2/m512{k1}{z}, zmm1 | EVEX.512.66.0F.W1 7F /r | MR | AVX512F | FVM
vmovdqu32 xmm1{k1}{z}, xmm2/m128 | EVEX.128.F3.0F.W0 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqu32 ymm1{k1}{z}, ymm2/m256 | EVEX.256.F3.0F.W0 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqu32 zmm1{k1}{z}, zmm2/m512 | EVEX.512.F3.0F.W0 6F /r | RM | AVX512F | FVM
vmovdqu32 xmm2/m128{k1}{z}, xmm1 | EVEX.128.F3.0F.W0 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqu32 ymm2/m256{k1}{z}, ymm1 | EVEX.256.F3.0F.W0 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqu32 zmm2/m512{k1}{z}, zmm1 | EVEX.512.F3.0F.W0 7F /r | MR | AVX512F | FVM
vmovdqu64 xmm1{k1}{z}, xmm2/m128 | EVEX.128.F3.0F.W1 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqu64 ymm1{k1}{z}, ymm2/m256 | EVEX.256.F3.0F.W1 6F /r | RM | AVX512VL AVX512F | FVM
vmovdqu64 zmm1{k1}{z}, zmm2/m512 | EVEX.512.F3.0F.W1 6F /r | RM | AVX512F | FVM
vmovdqu64 xmm2/m128{k1}{z}, xmm1 | EVEX.128.F3.0F.W1 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqu64 ymm2/m256{k1}{z}, ymm1 | EVEX.256.F3.0F.W1 7F /r | MR | AVX512VL AVX512F | FVM
vmovdqu64 zmm2/m512{k1}{z}, zmm1 | EVEX.512.F3.0F.W1 7F /r | MR | AVX512F | FVM
vmovdqu8 xmm1{k1}{z}, xmm2/m128 | EVEX.128.F2.0F.W0 6F /r | RM | AVX512VL AVX512BW | FVM
vmovdqu8 ymm1{k1}{z}, ymm2/m256 | EVEX.256.F2.0F.W0 6F /r | RM | AVX512VL AVX512BW | FVM
vmovdqu8 zmm1{k1}{z}, zmm2/m512 | EVEX.512.F2.0F.W0 6F /r | RM | AVX512BW | FVM
vmovdqu8 xmm2/m128{k1}{z}, xmm1 | EVEX.128.F2.0F.W0 7F /r | MR | AVX512VL AVX512BW | FVM
vmovdqu8 ymm2/m256{k1}{z}, ymm1 | EVEX.256.F2.0F.W0 7F /r | MR | AVX512VL AVX512BW | FVM
vmovdqu8 zmm2/m512{k1}{z}, zmm1 | EVEX.512.F2.0F.W0 7F /r | MR | AVX512BW | FVM
vmovdqu16 xmm1{k1}{z}, xmm2/m128 | EVEX.128.F2.0F.W1 6F /r | RM | AVX512VL AVX512BW | FVM
vmovdqu16 ymm1{k1}{z}, ymm2/m256 | EVEX.256.F2.0F.W1 6F /r | RM | AVX512VL AVX512BW | FVM
vmovdqu16 zmm1{k1}{z}, zmm2/m512 | EVEX.512.F2.0F.W1 6F /r | RM | AVX512BW | FVM
vmovdqu16 xmm2/m128{k1}{z}, xmm1 | EVEX.128.F2.0F.W1 7F /r | MR | AVX512VL AVX512BW | FVM
vmovdqu16 ymm2/m256{k1}{z}, ymm1 | EVEX.256.F2.0F.W1 7F /r | MR | AVX512VL AVX512BW | FVM
vmovdqu16 zmm2/m512{k1}{z}, zmm1 | EVEX.512.F2.0F.W1 7F /r | MR | AVX512BW | FVM
vmovss xmm1{k1}{z}, xmm2, xmm3 | EVEX.LIG.F3.0F.W0 10 /r | RVM | AVX512F | 
vmovss xmm1{k1}{z}, m32 | EVEX.LIG.F3.0F.W0 10 /r | RM | AVX512F | T1S
vmovss m32{k1}, xmm1 | EVEX.LIG.F3.0F.W0 11 /r | MR | AVX512F | T1S
vmovss xmm1{k1}{z}, xmm2, xmm3 | EVEX.LIG.F3.0F.W0 11 /r | MVR | AVX512F | 
vmovsd xmm1{k1}{z}, xmm2, xmm3 | EVEX.LIG.F2.0F.W1 10 /r | RVM | AVX512F | 
vmovsd xmm1{k1}{z}, m64 | EVEX.LIG.F2.0F.W1 10 /r | RM | AVX512F | T1S
vmovsd m64{k1}, xmm1 | EVEX.LIG.F2.0F.W1 11 /r | MR | AVX512F | T1S
vmovsd xmm1{k1}{z}, xmm2, xmm3 | EVEX.LIG.F2.0F.W1 11 /r | MVR | AVX512F | 
vmovlps xmm2, xmm1, m64 | EVEX.128.0F.W0 12 /r | RVM | AVX512F | T2
vmovlps m64, xmm1 | EVEX.128.0F.W0 13 /r | MR | AVX512F | T2
vmovhps xmm2, xmm1, m64 | EVEX.128.0F.W0 16 /r | RVM | AVX512F | T2
vmovhps m64, xmm1 | EVEX.128.0F.W0 17 /r | MR | AVX512F | T2
vmovlpd xmm2, xmm1, m64 | EVEX.128.66.0F.W1 12 /r | RVM | AVX512F | T1S
vmovlpd m64, xmm1 | EVEX.128.66.0F.W1 13 /r | MR | AVX512F | T1S
vmovhpd xmm2, xmm1, m64 | EVEX.128.66.0F.W1 16 /r | RVM | AVX512F | T1S
vmovhpd m64, xmm1 | EVEX.128.66.0F.W1 17 /r | MR | AVX512F | T1S
vmovhlps xmm1, xmm2, xmm3 | EVEX.128.0F.W0 12 /r | RVM | AVX512F | 
vmovlhps xmm1, xmm2, xmm3 | EVEX.128.0F.W0 16 /r | RVM | AVX512F | 
vmovddup xmm1{k1}{z}, xmm2/m64 | EVEX.128.F2.0F.W1 12 /r | RM | AVX512VL AVX512F | DUP
vmovddup ymm1{k1}{z}, ymm2/m256 | EVEX.256.F2.0F.W1 12 /r | RM | AVX512VL AVX512F | DUP
vmovddup zmm1{k1}{z}, zmm2/m512 | EVEX.512.F2.0F.W1 12 /r | RM | AVX512F | DUP
vmovshdup xmm1{k1}{z}, xmm2/m128 | EVEX.128.F3.0F.W0 16 /r | RM | AVX512VL AVX512F | FVM
vmovshdup ymm1{k1}{z}, ymm2/m256 | EVEX.256.F3.0F.W0 16 /r | RM | AVX512VL AVX512F | FVM
vmovshdup zmm1{k1}{z}, zmm2/m512 | EVEX.512.F3.0F.W0 16 /r | RM | AVX512F | FVM
vmovsldup xmm1{k1}{z}, xmm2/m128 | EVEX.128.F3.0F.W0 12 /r | RM | AVX512VL AVX512F | FVM
vmovsldup ymm1{k1}{z}, ymm2/m256 | EVEX.256.F3.0F.W0 12 /r | RM | AVX512VL AVX512F | FVM
vmovsldup zmm1{k1}{z}, zmm2/m512 | EVEX.512.F3.0F.W0 12 /r | RM | AVX512F | FVM
vmovntps m128, xmm1 | EVEX.128.0F.W0 2B /r | MR | AVX512VL AVX512F | FVM
vmovntps m256, ymm1 | EVEX.256.0F.W0 2B /r | MR | AVX512VL AVX512F | FVM
vmovntps m512, zmm1 | EVEX.512.0F.W0 2B /r | MR | AVX512F | FVM
vmovntpd m128, xmm1 | EVEX.128.66.0F.W1 2B /r | MR | AVX512VL AVX512F | FVM
vmovntpd m256, ymm1 | EVEX.256.66.0F.W1 2B /r | MR | AVX512VL AVX512F | FVM
vmovntpd m512, zmm1 | EVEX.512.66.0F.W1 2B /r | MR | AVX512F | FVM
vmovntdq m128, xmm1 | EVEX.128.66.0F.W0 E7 /r | MR | AVX512VL AVX512F | FVM
vmovntdq m256, ymm1 | EVEX.256.66.0F.W0 E7 /r | MR | AVX512VL AVX512F | FVM
vmovntdq m512, zmm1 | EVEX.512.66.0F.W0 E7 /r | MR | AVX512F | FVM
vmovntdqa xmm1, m128 | EVEX.128.66.0F38.W0 2A /r | RM | AVX512VL AVX512F | FVM
vmovntdqa ymm1, m256 | EVEX.256.66.0F38.W0 2A /r | RM | AVX512VL AVX512F | FVM
vmovntdqa zmm1, m512 | EVEX.512.66.0F38.W0 2A /r | RM | AVX512F | FVM
vmovq xmm1, xmm2/m64 | EVEX.128.F3.0F.W1 7E /r | RM | AVX512F | T1S
vmovq xmm1/m64, xmm2 | EVEX.128.66.0F.W1 D6 /r | MR | AVX512F | T1S
vmovd xmm1, r/m32 | EVEX.128.66.0F.W0 6E /r | RM | AVX512F | T1S
vmovq xmm1, r/m64 | EVEX.128.66.0F.W1 6E /r | RM | AVX512F | T1S
vmovd r/m32, xmm1 | EVEX.128.66.0F.W0 7E /r | MR | AVX512F | T1S
vmovq r/m64, xmm1 | EVEX.128.66.0F.W1 7E /r | MR | AVX512F | T1S
vmovd xmm1, r64 | EVEX.128.66.0F.W1 6E /r | RM | AVX512F | 
vmovd r64, xmm1 | EVEX.128.66.0F.W1 7E /r | MR | AVX512F | 
vcompressps xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W0 8A /r | MR | AVX512VL AVX512F | T1S
vcompressps ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W0 8A /r | MR | AVX512VL AVX512F | T1S
vcompressps zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W0 8A /r | MR | AVX512F | T1S
vexpandps xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W0 88 /r | RM | AVX512VL AVX512F | T1S
vexpandps ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W0 88 /r | RM | AVX512VL AVX512F | T1S
vexpandps zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W0 88 /r | RM | AVX512F | T1S
vcompresspd xmm1/m128{k1}{z}, xmm2 | EVEX.128.66.0F38.W1 8A /r | MR | AVX512VL AVX512F | T1S
vcompresspd ymm1/m256{k1}{z}, ymm2 | EVEX.256.66.0F38.W1 8A /r | MR | AVX512VL AVX512F | T1S
vcompresspd zmm1/m512{k1}{z}, zmm2 | EVEX.512.66.0F38.W1 8A /r | MR | AVX512F | T1S
vexpandpd xmm1{k1}{z}, xmm2/m128 | EVEX.128.66.0F38.W1 88 /r | RM | AVX512VL AVX512F | T1S
vexpandpd ymm1{k1}{z}, ymm2/m256 | EVEX.256.66.0F38.W1 88 /r | RM | AVX512VL AVX512F | T1S
vexpandpd zmm1{k1}{z}, zmm2/m512 | EVEX.512.66.0F38.W1 88 /r | RM | AVX512F | T1S
# AVX-512 broadcasts
vbroadcastss xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.W0 18 /r | RM | AVX512VL AVX512F | T1S
vbroadcastss ymm1{k1}{z}, xmm2/m32 | EVEX.256.66.0F38.W0 18 /r | RM | AVX512VL AVX512F | T1S
vbroadcastss zmm1{k1}{z}, xmm2/m32 | EVEX.512.66.0F38.W0 18 /r | RM | AVX512F | T1S
vbroadcastsd ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.W1 19 /r | RM | AVX512VL AVX512F | T1S
vbroadcastsd zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.W1 19 /r | RM | AVX512F | T1S
vbroadcastf32x2 ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.W0 19 /r | RM | AVX512VL AVX512DQ | T2
vbroadcastf32x2 zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.W0 19 /r | RM | AVX512DQ | T2
vbroadcastf32x4 ymm1{k1}{z}, m128 | EVEX.256.66.0F38.W0 1A /r | RM | AVX512VL AVX512F | T4
vbroadcastf32x4 zmm1{k1}{z}, m128 | EVEX.512.66.0F38.W0 1A /r | RM | AVX512F | T4
vbroadcastf64x2 ymm1{k1}{z}, m128 | EVEX.256.66.0F38.W1 1A /r | RM | AVX512VL AVX512DQ | T2
vbroadcastf64x2 zmm1{k1}{z}, m128 | EVEX.512.66.0F38.W1 1A /r | RM | AVX512DQ | T2
vbroadcastf32x8 zmm1{k1}{z}, m256 | EVEX.512.66.0F38.W0 1B /r | RM | AVX512DQ | T8
vbroadcastf64x4 zmm1{k1}{z}, m256 | EVEX.512.66.0F38.W1 1B /r | RM | AVX512F | T4
vbroadcasti32x2 xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.W0 59 /r | RM | AVX512VL AVX512DQ | T2
vbroadcasti32x2 ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.W0 59 /r | RM | AVX512VL AVX512DQ | T2
vbroadcasti32x2 zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.W0 59 /r | RM | AVX512DQ | T2
vbroadcasti32x4 ymm1{k1}{z}, m128 | EVEX.256.66.0F38.W0 5A /r | RM | AVX512VL AVX512F | T4
vbroadcasti32x4 zmm1{k1}{z}, m128 | EVEX.512.66.0F38.W0 5A /r | RM | AVX512F | T4
vbroadcasti64x2 ymm1{k1}{z}, m128 | EVEX.256.66.0F38.W1 5A /r | RM | AVX512VL AVX512DQ | T2
vbroadcasti64x2 zmm1{k1}{z}, m128 | EVEX.512.66.0F38.W1 5A /r | RM | AVX512DQ | T2
vbroadcasti32x8 zmm1{k1}{z}, m256 | EVEX.512.66.0F38.W0 5B /r | RM | AVX512DQ | T8
vbroadcasti64x4 zmm1{k1}{z}, m256 | EVEX.512.66.0F38.W1 5B /r | RM | AVX512F | T4
vpbroadcastb xmm1{k1}{z}, xmm2/m8 | EVEX.128.66.0F38.W0 78 /r | RM | AVX512VL AVX512BW | T1S
vpbroadcastb ymm1{k1}{z}, xmm2/m8 | EVEX.256.66.0F38.W0 78 /r | RM | AVX512VL AVX512BW | T1S
vpbroadcastb zmm1{k1}{z}, xmm2/m8 | EVEX.512.66.0F38.W0 78 /r | RM | AVX512BW | T1S
vpbroadcastw xmm1{k1}{z}, xmm2/m16 | EVEX.128.66.0F38.W0 79 /r | RM | AVX512VL AVX512BW | T1S
vpbroadcastw ymm1{k1}{z}, xmm2/m16 | EVEX.256.66.0F38.W0 79 /r | RM | AVX512VL AVX512BW | T1S
vpbroadcastw zmm1{k1}{z}, xmm2/m16 | EVEX.512.66.0F38.W0 79 /r | RM | AVX512BW | T1S
vpbroadcastd xmm1{k1}{z}, xmm2/m32 | EVEX.128.66.0F38.W0 58 /r | RM | AVX512VL AVX512F | T1S
vpbroadcastd ymm1{k1}{z}, xmm2/m32 | EVEX.256.66.0F38.W0 58 /r | RM | AVX512VL AVX512F | T1S
vpbroadcastd zmm1{k1}{z}, xmm2/m32 | EVEX.512.66.0F38.W0 58 /r | RM | AVX512F | T1S
vpbroadcastq xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.W1 59 /r | RM | AVX512VL AVX512F | T1S
vpbroadcastq ymm1{k1}{z}, xmm2/m64 | EVEX.256.66.0F38.W1 59 /r | RM | AVX512VL AVX512F | T1S
vpbroadcastq zmm1{k1}{z}, xmm2/m64 | EVEX.512.66.0F38.W1 59 /r | RM | AVX512F | T1S
vpbroadcastb xmm1{k1}{z}, r32 | EVEX.128.66.0F38.W0 7A /r | RM | AVX512VL AVX512BW | 
vpbroadcastb ymm1{k1}{z}, r32 | EVEX.256.66.0F38.W0 7A /r | RM | AVX512VL AVX512BW | 
vpbroadcastb zmm1{k1}{z}, r32 | EVEX.512.66.0F38.W0 7A /r | RM | AVX512BW | 
vpbroadcastw xmm1{k1}{z}, r32 | EVEX.128.66.0F38.W0 7B /r | RM | AVX512VL AVX512BW | 
vpbroadcastw ymm1{k1}{z}, r32 | EVEX.256.66.0F38.W0 7B /r | RM | AVX512VL AVX512BW | 
vpbroadcastw zmm1{k1}{z}, r32 | EVEX.512.66.0F38.W0 7B /r | RM | AVX512BW | 
vpbroadcastd xmm1{k1}{z}, r32 | EVEX.128.66.0F38.W0 7C /r | RM | AVX512VL AVX512F | 
vpbroadcastd ymm1{k1}{z}, r32 | EVEX.256.66.0F38.W0 7C /r | RM | AVX512VL AVX512F | 
vpbroadcastd zmm1{k1}{z}, r32 | EVEX.512.66.0F38.W0 7C /r | RM | AVX512F | 
vpbroadcastq xmm1{k1}{z}, r64 | EVEX.128.66.0F38.W1 7C /r | RM | AVX512VL AVX512F | 
vpbroadcastq ymm1{k1}{z}, r64 | EVEX.256.66.0F38.W1 7C /r | RM | AVX512VL AVX512F | 
vpbroadcastq zmm1{k1}{z}, r64 | EVEX.512.66.0F38.W1 7C /r | RM | AVX512F | 
# AVX-512 permutes, lane shuffles, inserts and extracts
vpermps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 16 /r | RVM | AVX512VL AVX512F | FV
vpermps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 16 /r | RVM | AVX512F | FV
vpermpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 16 /r | RVM | AVX512VL AVX512F | FV
vpermpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 16 /r | RVM | AVX512F | FV
vpermd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 36 /r | RVM | AVX512VL AVX512F | FV
vpermd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 36 /r | RVM | AVX512F | FV
vpermq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 36 /r | RVM | AVX512VL AVX512F | FV
vpermq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 36 /r | RVM | AVX512F | FV
vpermpd ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 01 /r ib | RMI | AVX512VL AVX512F | FV
vpermpd zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 01 /r ib | RMI | AVX512F | FV
vpermq ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 00 /r ib | RMI | AVX512VL AVX512F | FV
vpermq zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 00 /r ib | RMI | AVX512F | FV
vpermw xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 8D /r | RVM | AVX512VL AVX512BW | FVM
vpermw ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 8D /r | RVM | AVX512VL AVX512BW | FVM
vpermw zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 8D /r | RVM | AVX512BW | FVM
vpermilps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 0C /r | RVM | AVX512VL AVX512F | FV
vpermilps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 0C /r | RVM | AVX512VL AVX512F | FV
vpermilps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 0C /r | RVM | AVX512F | FV
vpermilps xmm1{k1}{z}, xmm2/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 04 /r ib | RMI | AVX512VL AVX512F | FV
vpermilps ymm1{k1}{z}, ymm2/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 04 /r ib | RMI | AVX512VL AVX512F | FV
vpermilps zmm1{k1}{z}, zmm2/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 04 /r ib | RMI | AVX512F | FV
vpermilpd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 0D /r | RVM | AVX512VL AVX512F | FV
vpermilpd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 0D /r | RVM | AVX512VL AVX512F | FV
vpermilpd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 0D /r | RVM | AVX512F | FV
vpermilpd xmm1{k1}{z}, xmm2/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 05 /r ib | RMI | AVX512VL AVX512F | FV
vpermilpd ymm1{k1}{z}, ymm2/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 05 /r ib | RMI | AVX512VL AVX512F | FV
vpermilpd zmm1{k1}{z}, zmm2/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 05 /r ib | RMI | AVX512F | FV
vpermi2d xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 76 /r | RVM | AVX512VL AVX512F | FV
vpermi2d ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 76 /r | RVM | AVX512VL AVX512F | FV
vpermi2d zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 76 /r | RVM | AVX512F | FV
vpermi2q xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 76 /r | RVM | AVX512VL AVX512F | FV
vpermi2q ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 76 /r | RVM | AVX512VL AVX512F | FV
vpermi2q zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 76 /r | RVM | AVX512F | FV
vpermi2ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 77 /r | RVM | AVX512VL AVX512F | FV
vpermi2ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 77 /r | RVM | AVX512VL AVX512F | FV
vpermi2ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 77 /r | RVM | AVX512F | FV
vpermi2pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 77 /r | RVM | AVX512VL AVX512F | FV
vpermi2pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 77 /r | RVM | AVX512VL AVX512F | FV
vpermi2pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 77 /r | RVM | AVX512F | FV
vpermi2w xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 75 /r | RVM | AVX512VL AVX512BW | FVM
vpermi2w ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 75 /r | RVM | AVX512VL AVX512BW | FVM
vpermi2w zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 75 /r | RVM | AVX512BW | FVM
vpermt2d xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 7E /r | RVM | AVX512VL AVX512F | FV
vpermt2d ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 7E /r | RVM | AVX512VL AVX512F | FV
vpermt2d zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 7E /r | RVM | AVX512F | FV
vpermt2q xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 7E /r | RVM | AVX512VL AVX512F | FV
vpermt2q ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 7E /r | RVM | AVX512VL AVX512F | FV
vpermt2q zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 7E /r | RVM | AVX512F | FV
vpermt2ps xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst | EVEX.128.66.0F38.W0 7F /r | RVM | AVX512VL AVX512F | FV
vpermt2ps ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst | EVEX.256.66.0F38.W0 7F /r | RVM | AVX512VL AVX512F | FV
vpermt2ps zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst | EVEX.512.66.0F38.W0 7F /r | RVM | AVX512F | FV
vpermt2pd xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst | EVEX.128.66.0F38.W1 7F /r | RVM | AVX512VL AVX512F | FV
vpermt2pd ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst | EVEX.256.66.0F38.W1 7F /r | RVM | AVX512VL AVX512F | FV
vpermt2pd zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst | EVEX.512.66.0F38.W1 7F /r | RVM | AVX512F | FV
vpermt2w xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W1 7D /r | RVM | AVX512VL AVX512BW | FVM
vpermt2w ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W1 7D /r | RVM | AVX512VL AVX512BW | FVM
vpermt2w zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W1 7D /r | RVM | AVX512BW | FVM
vshuff32x4 ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 23 /r ib | RVMI | AVX512VL AVX512F | FV
vshuff32x4 zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 23 /r ib | RVMI | AVX512F | FV
vshuff64x2 ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 23 /r ib | RVMI | AVX512VL AVX512F | FV
vshuff64x2 zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 23 /r ib | RVMI | AVX512F | FV
vshufi32x4 ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 43 /r ib | RVMI | AVX512VL AVX512F | FV
vshufi32x4 zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 43 /r ib | RVMI | AVX512F | FV
vshufi64x2 ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 43 /r ib | RVMI | AVX512VL AVX512F | FV
vshufi64x2 zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 43 /r ib | RVMI | AVX512F | FV
valignd xmm1{k1}{z}, xmm2, xmm3/m128/m32bcst, imm8 | EVEX.128.66.0F3A.W0 03 /r ib | RVMI | AVX512VL AVX512F | FV
valignd ymm1{k1}{z}, ymm2, ymm3/m256/m32bcst, imm8 | EVEX.256.66.0F3A.W0 03 /r ib | RVMI | AVX512VL AVX512F | FV
valignd zmm1{k1}{z}, zmm2, zmm3/m512/m32bcst, imm8 | EVEX.512.66.0F3A.W0 03 /r ib | RVMI | AVX512F | FV
valignq xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 03 /r ib | RVMI | AVX512VL AVX512F | FV
valignq ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 03 /r ib | RVMI | AVX512VL AVX512F | FV
valignq zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 03 /r ib | RVMI | AVX512F | FV
vinsertf32x4 ymm1{k1}{z}, ymm2, xmm3/m128, imm8 | EVEX.256.66.0F3A.W0 18 /r ib | RVMI | AVX512VL AVX512F | T4
vinsertf32x4 zmm1{k1}{z}, zmm2, xmm3/m128, imm8 | EVEX.512.66.0F3A.W0 18 /r ib | RVMI | AVX512F | T4
vinsertf64x2 ymm1{k1}{z}, ymm2, xmm3/m128, imm8 | EVEX.256.66.0F3A.W1 18 /r ib | RVMI | AVX512VL AVX512DQ | T2
vinsertf64x2 zmm1{k1}{z}, zmm2, xmm3/m128, imm8 | EVEX.512.66.0F3A.W1 18 /r ib | RVMI | AVX512DQ | T2
vinsertf32x8 zmm1{k1}{z}, zmm2, ymm3/m256, imm8 | EVEX.512.66.0F3A.W0 1A /r ib | RVMI | AVX512DQ | T8
vinsertf64x4 zmm1{k1}{z}, zmm2, ymm3/m256, imm8 | EVEX.512.66.0F3A.W1 1A /r ib | RVMI | AVX512F | T4
vextractf32x4 xmm1/m128{k1}{z}, ymm2, imm8 | EVEX.256.66.0F3A.W0 19 /r ib | MRI | AVX512VL AVX512F | T4
vextractf32x4 xmm1/m128{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W0 19 /r ib | MRI | AVX512F | T4
vextractf64x2 xmm1/m128{k1}{z}, ymm2, imm8 | EVEX.256.66.0F3A.W1 19 /r ib | MRI | AVX512VL AVX512DQ | T2
vextractf64x2 xmm1/m128{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W1 19 /r ib | MRI | AVX512DQ | T2
vextractf32x8 ymm1/m256{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W0 1B /r ib | MRI | AVX512DQ | T8
vextractf64x4 ymm1/m256{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W1 1B /r ib | MRI | AVX512F | T4
vinserti32x4 ymm1{k1}{z}, ymm2, xmm3/m128, imm8 | EVEX.256.66.0F3A.W0 38 /r ib | RVMI | AVX512VL AVX512F | T4
vinserti32x4 zmm1{k1}{z}, zmm2, xmm3/m128, imm8 | EVEX.512.66.0F3A.W0 38 /r ib | RVMI | AVX512F | T4
vinserti64x2 ymm1{k1}{z}, ymm2, xmm3/m128, imm8 | EVEX.256.66.0F3A.W1 38 /r ib | RVMI | AVX512VL AVX512DQ | T2
vinserti64x2 zmm1{k1}{z}, zmm2, xmm3/m128, imm8 | EVEX.512.66.0F3A.W1 38 /r ib | RVMI | AVX512DQ | T2
vinserti32x8 zmm1{k1}{z}, zmm2, ymm3/m256, imm8 | EVEX.512.66.0F3A.W0 3A /r ib | RVMI | AVX512DQ | T8
vinserti64x4 zmm1{k1}{z}, zmm2, ymm3/m256, imm8 | EVEX.512.66.0F3A.W1 3A /r ib | RVMI | AVX512F | T4
vextracti32x4 xmm1/m128{k1}{z}, ymm2, imm8 | EVEX.256.66.0F3A.W0 39 /r ib | MRI | AVX512VL AVX512F | T4
vextracti32x4 xmm1/m128{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W0 39 /r ib | MRI | AVX512F | T4
vextracti64x2 xmm1/m128{k1}{z}, ymm2, imm8 | EVEX.256.66.0F3A.W1 39 /r ib | MRI | AVX512VL AVX512DQ | T2
vextracti64x2 xmm1/m128{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W1 39 /r ib | MRI | AVX512DQ | T2
vextracti32x8 ymm1/m256{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W0 3B /r ib | MRI | AVX512DQ | T8
vextracti64x4 ymm1/m256{k1}{z}, zmm2, imm8 | EVEX.512.66.0F3A.W1 3B /r ib | MRI | AVX512F | T4
vinsertps xmm1, xmm2, xmm3/m32, imm8 | EVEX.128.66.0F3A.W0 21 /r ib | RVMI | AVX512F | T1S
vextractps r/m32, xmm1, imm8 | EVEX.128.66.0F3A.WIG 17 /r ib | MRI | AVX512F | T1S
vextractps r64, xmm1, imm8 | EVEX.128.66.0F3A.WIG 17 /r ib | MRI | AVX512F | 
# AVX-512 conversions
vcvtdq2ps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvtdq2ps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvtdq2ps zmm1{k1}{z}, zmm2/m512/m32bcst{er} | EVEX.512.0F.W0 5B /r | RM | AVX512F | FV
vcvtps2dq xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.66.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvtps2dq ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.66.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvtps2dq zmm1{k1}{z}, zmm2/m512/m32bcst{er} | EVEX.512.66.0F.W0 5B /r | RM | AVX512F | FV
vcvttps2dq xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.F3.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvttps2dq ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.F3.0F.W0 5B /r | RM | AVX512VL AVX512F | FV
vcvttps2dq zmm1{k1}{z}, zmm2/m512/m32bcst{sae} | EVEX.512.F3.0F.W0 5B /r | RM | AVX512F | FV
vcvtudq2ps xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.F2.0F.W0 7A /r | RM | AVX512VL AVX512F | FV
vcvtudq2ps ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.F2.0F.W0 7A /r | RM | AVX512VL AVX512F | FV
vcvtudq2ps zmm1{k1}{z}, zmm2/m512/m32bcst{er} | EVEX.512.F2.0F.W0 7A /r | RM | AVX512F | FV
vcvtps2udq xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.0F.W0 79 /r | RM | AVX512VL AVX512F | FV
vcvtps2udq ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.0F.W0 79 /r | RM | AVX512VL AVX512F | FV
vcvtps2udq zmm1{k1}{z}, zmm2/m512/m32bcst{er} | EVEX.512.0F.W0 79 /r | RM | AVX512F | FV
vcvttps2udq xmm1{k1}{z}, xmm2/m128/m32bcst | EVEX.128.0F.W0 78 /r | RM | AVX512VL AVX512F | FV
vcvttps2udq ymm1{k1}{z}, ymm2/m256/m32bcst | EVEX.256.0F.W0 78 /r | RM | AVX512VL AVX512F | FV
vcvttps2udq zmm1{k1}{z}, zmm2/m512/m32bcst{sae} | EVEX.512.0F.W0 78 /r | RM | AVX512F | FV
vcvtqq2pd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.F3.0F.W1 E6 /r | RM | AVX512VL AVX512DQ | FV
vcvtqq2pd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.F3.0F.W1 E6 /r | RM | AVX512VL AVX512DQ | FV
vcvtqq2pd zmm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.F3.0F.W1 E6 /r | RM | AVX512DQ | FV
vcvtuqq2pd xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.F3.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvtuqq2pd ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.F3.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvtuqq2pd zmm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.F3.0F.W1 7A /r | RM | AVX512DQ | FV
vcvtpd2qq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 7B /r | RM | AVX512VL AVX512DQ | FV
vcvtpd2qq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 7B /r | RM | AVX512VL AVX512DQ | FV
vcvtpd2qq zmm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.66.0F.W1 7B /r | RM | AVX512DQ | FV
vcvttpd2qq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvttpd2qq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvttpd2qq zmm1{k1}{z}, zmm2/m512/m64bcst{sae} | EVEX.512.66.0F.W1 7A /r | RM | AVX512DQ | FV
vcvtpd2uqq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 79 /r | RM | AVX512VL AVX512DQ | FV
vcvtpd2uqq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 79 /r | RM | AVX512VL AVX512DQ | FV
vcvtpd2uqq zmm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.66.0F.W1 79 /r | RM | AVX512DQ | FV
vcvttpd2uqq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 78 /r | RM | AVX512VL AVX512DQ | FV
vcvttpd2uqq ymm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 78 /r | RM | AVX512VL AVX512DQ | FV
vcvttpd2uqq zmm1{k1}{z}, zmm2/m512/m64bcst{sae} | EVEX.512.66.0F.W1 78 /r | RM | AVX512DQ | FV
vcvtdq2pd xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.F3.0F.W0 E6 /r | RM | AVX512VL AVX512F | HV
vcvtdq2pd ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.F3.0F.W0 E6 /r | RM | AVX512VL AVX512F | HV
vcvtdq2pd zmm1{k1}{z}, ymm2/m256/m32bcst | EVEX.512.F3.0F.W0 E6 /r | RM | AVX512F | HV
vcvtudq2pd xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.F3.0F.W0 7A /r | RM | AVX512VL AVX512F | HV
vcvtudq2pd ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.F3.0F.W0 7A /r | RM | AVX512VL AVX512F | HV
vcvtudq2pd zmm1{k1}{z}, ymm2/m256/m32bcst | EVEX.512.F3.0F.W0 7A /r | RM | AVX512F | HV
vcvtps2pd xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.0F.W0 5A /r | RM | AVX512VL AVX512F | HV
vcvtps2pd ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.0F.W0 5A /r | RM | AVX512VL AVX512F | HV
vcvtps2pd zmm1{k1}{z}, ymm2/m256/m32bcst{sae} | EVEX.512.0F.W0 5A /r | RM | AVX512F | HV
vcvtps2qq xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.66.0F.W0 7B /r | RM | AVX512VL AVX512DQ | HV
vcvtps2qq ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.66.0F.W0 7B /r | RM | AVX512VL AVX512DQ | HV
vcvtps2qq zmm1{k1}{z}, ymm2/m256/m32bcst{er} | EVEX.512.66.0F.W0 7B /r | RM | AVX512DQ | HV
vcvttps2qq xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.66.0F.W0 7A /r | RM | AVX512VL AVX512DQ | HV
vcvttps2qq ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.66.0F.W0 7A /r | RM | AVX512VL AVX512DQ | HV
vcvttps2qq zmm1{k1}{z}, ymm2/m256/m32bcst{sae} | EVEX.512.66.0F.W0 7A /r | RM | AVX512DQ | HV
vcvtps2uqq xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.66.0F.W0 79 /r | RM | AVX512VL AVX512DQ | HV
vcvtps2uqq ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.66.0F.W0 79 /r | RM | AVX512VL AVX512DQ | HV
vcvtps2uqq zmm1{k1}{z}, ymm2/m256/m32bcst{er} | EVEX.512.66.0F.W0 79 /r | RM | AVX512DQ | HV
vcvttps2uqq xmm1{k1}{z}, xmm2/m64/m32bcst | EVEX.128.66.0F.W0 78 /r | RM | AVX512VL AVX512DQ | HV
vcvttps2uqq ymm1{k1}{z}, xmm2/m128/m32bcst | EVEX.256.66.0F.W0 78 /r | RM | AVX512VL AVX512DQ | HV
vcvttps2uqq zmm1{k1}{z}, ymm2/m256/m32bcst{sae} | EVEX.512.66.0F.W0 78 /r | RM | AVX512DQ | HV
vcvtpd2dq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.F2.0F.W1 E6 /r | RM | AVX512VL AVX512F | FV
vcvtpd2dq xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.F2.0F.W1 E6 /r | RM | AVX512VL AVX512F | FV
vcvtpd2dq ymm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.F2.0F.W1 E6 /r | RM | AVX512F | FV
vcvttpd2dq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 E6 /r | RM | AVX512VL AVX512F | FV
vcvttpd2dq xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 E6 /r | RM | AVX512VL AVX512F | FV
vcvttpd2dq ymm1{k1}{z}, zmm2/m512/m64bcst{sae} | EVEX.512.66.0F.W1 E6 /r | RM | AVX512F | FV
vcvtpd2udq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.0F.W1 79 /r | RM | AVX512VL AVX512F | FV
vcvtpd2udq xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.0F.W1 79 /r | RM | AVX512VL AVX512F | FV
vcvtpd2udq ymm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.0F.W1 79 /r | RM | AVX512F | FV
vcvttpd2udq xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.0F.W1 78 /r | RM | AVX512VL AVX512F | FV
vcvttpd2udq xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.0F.W1 78 /r | RM | AVX512VL AVX512F | FV
vcvttpd2udq ymm1{k1}{z}, zmm2/m512/m64bcst{sae} | EVEX.512.0F.W1 78 /r | RM | AVX512F | FV
vcvtpd2ps xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.66.0F.W1 5A /r | RM | AVX512VL AVX512F | FV
vcvtpd2ps xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.66.0F.W1 5A /r | RM | AVX512VL AVX512F | FV
vcvtpd2ps ymm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.66.0F.W1 5A /r | RM | AVX512F | FV
vcvtqq2ps xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.0F.W1 5B /r | RM | AVX512VL AVX512DQ | FV
vcvtqq2ps xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.0F.W1 5B /r | RM | AVX512VL AVX512DQ | FV
vcvtqq2ps ymm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.0F.W1 5B /r | RM | AVX512DQ | FV
vcvtuqq2ps xmm1{k1}{z}, xmm2/m128/m64bcst | EVEX.128.F2.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvtuqq2ps xmm1{k1}{z}, ymm2/m256/m64bcst | EVEX.256.F2.0F.W1 7A /r | RM | AVX512VL AVX512DQ | FV
vcvtuqq2ps ymm1{k1}{z}, zmm2/m512/m64bcst{er} | EVEX.512.F2.0F.W1 7A /r | RM | AVX512DQ | FV
vcvtsi2ss xmm1, xmm2, r/m32{er} | EVEX.LIG.F3.0F.W0 2A /r | RVM | AVX512F | T1S
vcvtsi2ss xmm1, xmm2, r/m64{er} | EVEX.LIG.F3.0F.W1 2A /r | RVM | AVX512F | T1S
vcvtsi2sd xmm1, xmm2, r/m32 | EVEX.LIG.F2.0F.W0 2A /r | RVM | AVX512F | T1S
vcvtsi2sd xmm1, xmm2, r/m64{er} | EVEX.LIG.F2.0F.W1 2A /r | RVM | AVX512F | T1S
vcvtusi2ss xmm1, xmm2, r/m32{er} | EVEX.LIG.F3.0F.W0 7B /r | RVM | AVX512F | T1S
vcvtusi2ss xmm1, xmm2, r/m64{er} | EVEX.LIG.F3.0F.W1 7B /r | RVM | AVX512F | T1S
vcvtusi2sd xmm1, xmm2, r/m32 | EVEX.LIG.F2.0F.W0 7B /r | RVM | AVX512F | T1S
vcvtusi2sd xmm1, xmm2, r/m64{er} | EVEX.LIG.F2.0F.W1 7B /r | RVM | AVX512F | T1S
vcvtss2si r32, xmm1/m32{er} | EVEX.LIG.F3.0F.W0 2D /r | RM | AVX512F | T1F
vcvtss2si r64, xmm1/m32{er} | EVEX.LIG.F3.0F.W1 2D /r | RM | AVX512F | T1F
vcvttss2si r32, xmm1/m32{sae} | EVEX.LIG.F3.0F.W0 2C /r | RM | AVX512F | T1F
vcvttss2si r64, xmm1/m32{sae} | EVEX.LIG.F3.0F.W1 2C /r | RM | AVX512F | T1F
vcvtsd2si r32, xmm1/m64{er} | EVEX.LIG.F2.0F.W0 2D /r | RM | AVX512F | T1F
vcvtsd2si r64, xmm1/m64{er} | EVEX.LIG.F2.0F.W1 2D /r | RM | AVX512F | T1F
vcvttsd2si r32, xmm1/m64{sae} | EVEX.LIG.F2.0F.W0 2C /r | RM | AVX512F | T1F
vcvttsd2si r64, xmm1/m64{sae} | EVEX.LIG.F2.0F.W1 2C /r | RM | AVX512F | T1F
vcvtss2usi r32, xmm1/m32{er} | EVEX.LIG.F3.0F.W0 79 /r | RM | AVX512F | T1F
vcvtss2usi r64, xmm1/m32{er} | EVEX.LIG.F3.0F.W1 79 /r | RM | AVX512F | T1F
vcvttss2usi r32, xmm1/m32{sae} | EVEX.LIG.F3.0F.W0 78 /r | RM | AVX512F | T1F
vcvttss2usi r64, xmm1/m32{sae} | EVEX.LIG.F3.0F.W1 78 /r | RM | AVX512F | T1F
vcvtsd2usi r32, xmm1/m64{er} | EVEX.LIG.F2.0F.W0 79 /r | RM | AVX512F | T1F
vcvtsd2usi r64, xmm1/m64{er} | EVEX.LIG.F2.0F.W1 79 /r | RM | AVX512F | T1F
vcvttsd2usi r32, xmm1/m64{sae} | EVEX.LIG.F2.0F.W0 78 /r | RM | AVX512F | T1F
vcvttsd2usi r64, xmm1/m64{sae} | EVEX.LIG.F2.0F.W1 78 /r | RM | AVX512F | T1F
vcvtss2sd xmm1{k1}{z}, xmm2, xmm3/m32{sae} | EVEX.LIG.F3.0F.W0 5A /r | RVM | AVX512F | T1S
vcvtsd2ss xmm1{k1}{z}, xmm2, xmm3/m64{er} | EVEX.LIG.F2.0F.W1 5A /r | RVM | AVX512F | T1S
# AVX-512 half-precision conversions
vcvtph2ps xmm1{k1}{z}, xmm2/m64 | EVEX.128.66.0F38.W0 13 /r | RM | AVX512VL AVX512F | HVM
vcvtph2ps ymm1{k1}{z}, xmm2/m128 | EVEX.256.66.0F38.W0 13 /r | RM | AVX512VL AVX512F | HVM
vcvtph2ps zmm1{k1}{z}, ymm2/m256{sae} | EVEX.512.66.0F38.W0 13 /r | RM | AVX512F | HVM
vcvtps2ph xmm1/m64{k1}{z}, xmm2, imm8 | EVEX.128.66.0F3A.W0 1D /r ib | MRI | AVX512VL AVX512F | HVM
vcvtps2ph xmm1/m128{k1}{z}, ymm2, imm8 | EVEX.256.66.0F3A.W0 1D /r ib | MRI | AVX512VL AVX512F | HVM
vcvtps2ph ymm1/m256{k1}{z}, zmm2{sae}, imm8 | EVEX.512.66.0F3A.W0 1D /r ib | MRI | AVX512F | HVM
`;
