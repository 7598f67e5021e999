// Vector crypto and Galois-field forms: AES-NI/VAES, PCLMULQDQ/VPCLMULQDQ, SHA, GFNI (legacy, VEX and
// EVEX), one per line in Intel SDM notation (same format as avx512.ts; VEX lines before EVEX lines).
// Data only; checked by tools/vector-check.ts.
export const cryptoForms = `
# AES-NI
aesenc xmm1, xmm2/m128 | 66 0F 38 DC /r | RM | AES | 
vaesenc xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG DC /r | RVM | AES AVX | 
vaesenc ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG DC /r | RVM | VAES | 
vaesenc xmm1, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG DC /r | RVM | AVX512VL VAES | FVM
vaesenc ymm1, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG DC /r | RVM | AVX512VL VAES | FVM
vaesenc zmm1, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG DC /r | RVM | VAES AVX512F | FVM
aesenclast xmm1, xmm2/m128 | 66 0F 38 DD /r | RM | AES | 
vaesenclast xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG DD /r | RVM | AES AVX | 
vaesenclast ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG DD /r | RVM | VAES | 
vaesenclast xmm1, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG DD /r | RVM | AVX512VL VAES | FVM
vaesenclast ymm1, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG DD /r | RVM | AVX512VL VAES | FVM
vaesenclast zmm1, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG DD /r | RVM | VAES AVX512F | FVM
aesdec xmm1, xmm2/m128 | 66 0F 38 DE /r | RM | AES | 
vaesdec xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG DE /r | RVM | AES AVX | 
vaesdec ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG DE /r | RVM | VAES | 
vaesdec xmm1, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG DE /r | RVM | AVX512VL VAES | FVM
vaesdec ymm1, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG DE /r | RVM | AVX512VL VAES | FVM
vaesdec zmm1, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG DE /r | RVM | VAES AVX512F | FVM
aesdeclast xmm1, xmm2/m128 | 66 0F 38 DF /r | RM | AES | 
vaesdeclast xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG DF /r | RVM | AES AVX | 
vaesdeclast ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG DF /r | RVM | VAES | 
vaesdeclast xmm1, xmm2, xmm3/m128 | EVEX.128.66.0F38.WIG DF /r | RVM | AVX512VL VAES | FVM
vaesdeclast ymm1, ymm2, ymm3/m256 | EVEX.256.66.0F38.WIG DF /r | RVM | AVX512VL VAES | FVM
vaesdeclast zmm1, zmm2, zmm3/m512 | EVEX.512.66.0F38.WIG DF /r | RVM | VAES AVX512F | FVM
aesimc xmm1, xmm2/m128 | 66 0F 38 DB /r | RM | AES | 
vaesimc xmm1, xmm2/m128 | VEX.128.66.0F38.WIG DB /r | RM | AES AVX | 
aeskeygenassist xmm1, xmm2/m128, imm8 | 66 0F 3A DF /r ib | RMI | AES | 
vaeskeygenassist xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG DF /r ib | RMI | AES AVX | 
# Carry-less multiplication
pclmulqdq xmm1, xmm2/m128, imm8 | 66 0F 3A 44 /r ib | RMI | PCLMULQDQ | 
vpclmulqdq xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 44 /r ib | RVMI | PCLMULQDQ AVX | 
vpclmulqdq ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 44 /r ib | RVMI | VPCLMULQDQ | 
vpclmulqdq xmm1, xmm2, xmm3/m128, imm8 | EVEX.128.66.0F3A.WIG 44 /r ib | RVMI | AVX512VL VPCLMULQDQ | FVM
vpclmulqdq ymm1, ymm2, ymm3/m256, imm8 | EVEX.256.66.0F3A.WIG 44 /r ib | RVMI | AVX512VL VPCLMULQDQ | FVM
vpclmulqdq zmm1, zmm2, zmm3/m512, imm8 | EVEX.512.66.0F3A.WIG 44 /r ib | RVMI | VPCLMULQDQ AVX512F | FVM
# SHA
sha1rnds4 xmm1, xmm2/m128, imm8 | NP 0F 3A CC /r ib | RMI | SHA | 
sha1nexte xmm1, xmm2/m128 | NP 0F 38 C8 /r | RM | SHA | 
sha1msg1 xmm1, xmm2/m128 | NP 0F 38 C9 /r | RM | SHA | 
sha1msg2 xmm1, xmm2/m128 | NP 0F 38 CA /r | RM | SHA | 
sha256msg1 xmm1, xmm2/m128 | NP 0F 38 CC /r | RM | SHA | 
sha256msg2 xmm1, xmm2/m128 | NP 0F 38 CD /r | RM | SHA | 
sha256rnds2 xmm1, xmm2/m128, <xmm0> | NP 0F 38 CB /r | RMZ | SHA | 
sha256rnds2 xmm1, xmm2/m128 | NP 0F 38 CB /r | RM | SHA | 
# GFNI
gf2p8affineinvqb xmm1, xmm2/m128, imm8 | 66 0F 3A CF /r ib | RMI | GFNI | 
gf2p8affineqb xmm1, xmm2/m128, imm8 | 66 0F 3A CE /r ib | RMI | GFNI | 
gf2p8mulb xmm1, xmm2/m128 | 66 0F 38 CF /r | RM | GFNI | 
vgf2p8affineinvqb xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.W1 CF /r ib | RVMI | GFNI AVX | 
vgf2p8affineqb xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.W1 CE /r ib | RVMI | GFNI AVX | 
vgf2p8mulb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 CF /r | RVM | GFNI AVX | 
vgf2p8affineinvqb ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.W1 CF /r ib | RVMI | GFNI AVX | 
vgf2p8affineqb ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.W1 CE /r ib | RVMI | GFNI AVX | 
vgf2p8mulb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 CF /r | RVM | GFNI AVX | 
vgf2p8affineinvqb xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 CF /r ib | RVMI | AVX512VL GFNI | FV
vgf2p8affineinvqb ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 CF /r ib | RVMI | AVX512VL GFNI | FV
vgf2p8affineinvqb zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 CF /r ib | RVMI | GFNI AVX512F | FV
vgf2p8affineqb xmm1{k1}{z}, xmm2, xmm3/m128/m64bcst, imm8 | EVEX.128.66.0F3A.W1 CE /r ib | RVMI | AVX512VL GFNI | FV
vgf2p8affineqb ymm1{k1}{z}, ymm2, ymm3/m256/m64bcst, imm8 | EVEX.256.66.0F3A.W1 CE /r ib | RVMI | AVX512VL GFNI | FV
vgf2p8affineqb zmm1{k1}{z}, zmm2, zmm3/m512/m64bcst, imm8 | EVEX.512.66.0F3A.W1 CE /r ib | RVMI | GFNI AVX512F | FV
vgf2p8mulb xmm1{k1}{z}, xmm2, xmm3/m128 | EVEX.128.66.0F38.W0 CF /r | RVM | AVX512VL GFNI | FVM
vgf2p8mulb ymm1{k1}{z}, ymm2, ymm3/m256 | EVEX.256.66.0F38.W0 CF /r | RVM | AVX512VL GFNI | FVM
vgf2p8mulb zmm1{k1}{z}, zmm2, zmm3/m512 | EVEX.512.66.0F38.W0 CF /r | RVM | GFNI AVX512F | FVM
`;
