// AVX, AVX2, FMA and F16C instruction forms (VEX encoded, 128 and 256 bits), one per line, in the
// notation of the Intel SDM: instruction | opcode | op/en | cpuid feature | (EVEX tuple, unused).
// Line order is selection order: for one operand shape the first listed form wins (load form
// before store form, xmm/m64 movq before r/m64). Data only; checked by tools/vector-check.ts.
// AVX2 gathers use VSIB operands (vm32x ...); the vector mask is the third operand.
export const avxForms = `
# AVX floating-point arithmetic
vaddps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 58 /r | RVM | AVX |
vaddps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 58 /r | RVM | AVX |
vaddpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 58 /r | RVM | AVX |
vaddpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 58 /r | RVM | AVX |
vaddss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 58 /r | RVM | AVX |
vaddsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 58 /r | RVM | AVX |
vmulps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 59 /r | RVM | AVX |
vmulps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 59 /r | RVM | AVX |
vmulpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 59 /r | RVM | AVX |
vmulpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 59 /r | RVM | AVX |
vmulss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 59 /r | RVM | AVX |
vmulsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 59 /r | RVM | AVX |
vsubps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 5C /r | RVM | AVX |
vsubps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 5C /r | RVM | AVX |
vsubpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 5C /r | RVM | AVX |
vsubpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 5C /r | RVM | AVX |
vsubss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 5C /r | RVM | AVX |
vsubsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 5C /r | RVM | AVX |
vminps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 5D /r | RVM | AVX |
vminps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 5D /r | RVM | AVX |
vminpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 5D /r | RVM | AVX |
vminpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 5D /r | RVM | AVX |
vminss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 5D /r | RVM | AVX |
vminsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 5D /r | RVM | AVX |
vdivps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 5E /r | RVM | AVX |
vdivps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 5E /r | RVM | AVX |
vdivpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 5E /r | RVM | AVX |
vdivpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 5E /r | RVM | AVX |
vdivss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 5E /r | RVM | AVX |
vdivsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 5E /r | RVM | AVX |
vmaxps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 5F /r | RVM | AVX |
vmaxps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 5F /r | RVM | AVX |
vmaxpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 5F /r | RVM | AVX |
vmaxpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 5F /r | RVM | AVX |
vmaxss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 5F /r | RVM | AVX |
vmaxsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 5F /r | RVM | AVX |
vsqrtps xmm1, xmm2/m128 | VEX.128.0F.WIG 51 /r | RM | AVX |
vsqrtps ymm1, ymm2/m256 | VEX.256.0F.WIG 51 /r | RM | AVX |
vsqrtpd xmm1, xmm2/m128 | VEX.128.66.0F.WIG 51 /r | RM | AVX |
vsqrtpd ymm1, ymm2/m256 | VEX.256.66.0F.WIG 51 /r | RM | AVX |
vsqrtss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 51 /r | RVM | AVX |
vsqrtsd xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 51 /r | RVM | AVX |
vrsqrtps xmm1, xmm2/m128 | VEX.128.0F.WIG 52 /r | RM | AVX |
vrsqrtps ymm1, ymm2/m256 | VEX.256.0F.WIG 52 /r | RM | AVX |
vrsqrtss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 52 /r | RVM | AVX |
vrcpps xmm1, xmm2/m128 | VEX.128.0F.WIG 53 /r | RM | AVX |
vrcpps ymm1, ymm2/m256 | VEX.256.0F.WIG 53 /r | RM | AVX |
vrcpss xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 53 /r | RVM | AVX |
vaddsubps xmm1, xmm2, xmm3/m128 | VEX.128.F2.0F.WIG D0 /r | RVM | AVX |
vaddsubps ymm1, ymm2, ymm3/m256 | VEX.256.F2.0F.WIG D0 /r | RVM | AVX |
vhaddps xmm1, xmm2, xmm3/m128 | VEX.128.F2.0F.WIG 7C /r | RVM | AVX |
vhaddps ymm1, ymm2, ymm3/m256 | VEX.256.F2.0F.WIG 7C /r | RVM | AVX |
vhsubps xmm1, xmm2, xmm3/m128 | VEX.128.F2.0F.WIG 7D /r | RVM | AVX |
vhsubps ymm1, ymm2, ymm3/m256 | VEX.256.F2.0F.WIG 7D /r | RVM | AVX |
vaddsubpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D0 /r | RVM | AVX |
vaddsubpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG D0 /r | RVM | AVX |
vhaddpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 7C /r | RVM | AVX |
vhaddpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 7C /r | RVM | AVX |
vhsubpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 7D /r | RVM | AVX |
vhsubpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 7D /r | RVM | AVX |
# AVX floating-point logic, shuffles, unpacks, blends
vandps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 54 /r | RVM | AVX |
vandps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 54 /r | RVM | AVX |
vandpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 54 /r | RVM | AVX |
vandpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 54 /r | RVM | AVX |
vandnps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 55 /r | RVM | AVX |
vandnps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 55 /r | RVM | AVX |
vandnpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 55 /r | RVM | AVX |
vandnpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 55 /r | RVM | AVX |
vorps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 56 /r | RVM | AVX |
vorps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 56 /r | RVM | AVX |
vorpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 56 /r | RVM | AVX |
vorpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 56 /r | RVM | AVX |
vxorps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 57 /r | RVM | AVX |
vxorps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 57 /r | RVM | AVX |
vxorpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 57 /r | RVM | AVX |
vxorpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 57 /r | RVM | AVX |
vunpcklps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 14 /r | RVM | AVX |
vunpcklps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 14 /r | RVM | AVX |
vunpcklpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 14 /r | RVM | AVX |
vunpcklpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 14 /r | RVM | AVX |
vunpckhps xmm1, xmm2, xmm3/m128 | VEX.128.0F.WIG 15 /r | RVM | AVX |
vunpckhps ymm1, ymm2, ymm3/m256 | VEX.256.0F.WIG 15 /r | RVM | AVX |
vunpckhpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 15 /r | RVM | AVX |
vunpckhpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 15 /r | RVM | AVX |
vshufps xmm1, xmm2, xmm3/m128, imm8 | VEX.128.0F.WIG C6 /r ib | RVMI | AVX |
vshufps ymm1, ymm2, ymm3/m256, imm8 | VEX.256.0F.WIG C6 /r ib | RVMI | AVX |
vshufpd xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F.WIG C6 /r ib | RVMI | AVX |
vshufpd ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F.WIG C6 /r ib | RVMI | AVX |
vblendps xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 0C /r ib | RVMI | AVX |
vblendps ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 0C /r ib | RVMI | AVX |
vblendpd xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 0D /r ib | RVMI | AVX |
vblendpd ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 0D /r ib | RVMI | AVX |
vblendvps xmm1, xmm2, xmm3/m128, xmm4 | VEX.128.66.0F3A.W0 4A /r /is4 | RVML | AVX |
vblendvps ymm1, ymm2, ymm3/m256, ymm4 | VEX.256.66.0F3A.W0 4A /r /is4 | RVML | AVX |
vblendvpd xmm1, xmm2, xmm3/m128, xmm4 | VEX.128.66.0F3A.W0 4B /r /is4 | RVML | AVX |
vblendvpd ymm1, ymm2, ymm3/m256, ymm4 | VEX.256.66.0F3A.W0 4B /r /is4 | RVML | AVX |
vdpps xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 40 /r ib | RVMI | AVX |
vdpps ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 40 /r ib | RVMI | AVX |
vdppd xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 41 /r ib | RVMI | AVX |
vroundps xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 08 /r ib | RMI | AVX |
vroundps ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.WIG 08 /r ib | RMI | AVX |
vroundpd xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 09 /r ib | RMI | AVX |
vroundpd ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.WIG 09 /r ib | RMI | AVX |
vroundss xmm1, xmm2, xmm3/m32, imm8 | VEX.LIG.66.0F3A.WIG 0A /r ib | RVMI | AVX |
vroundsd xmm1, xmm2, xmm3/m64, imm8 | VEX.LIG.66.0F3A.WIG 0B /r ib | RVMI | AVX |
vinsertps xmm1, xmm2, xmm3/m32, imm8 | VEX.128.66.0F3A.WIG 21 /r ib | RVMI | AVX |
vextractps r/m32, xmm1, imm8 | VEX.128.66.0F3A.WIG 17 /r ib | MRI | AVX |
vextractps r64, xmm1, imm8 | VEX.128.66.0F3A.WIG 17 /r ib | MRI | AVX |
# AVX floating-point compares
vcmpps xmm1, xmm2, xmm3/m128, imm8 | VEX.128.0F.WIG C2 /r ib | RVMI | AVX |
vcmpps ymm1, ymm2, ymm3/m256, imm8 | VEX.256.0F.WIG C2 /r ib | RVMI | AVX |
vcmppd xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F.WIG C2 /r ib | RVMI | AVX |
vcmppd ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F.WIG C2 /r ib | RVMI | AVX |
vcmpss xmm1, xmm2, xmm3/m32, imm8 | VEX.LIG.F3.0F.WIG C2 /r ib | RVMI | AVX |
vcmpsd xmm1, xmm2, xmm3/m64, imm8 | VEX.LIG.F2.0F.WIG C2 /r ib | RVMI | AVX |
vcomiss xmm1, xmm2/m32 | VEX.LIG.0F.WIG 2F /r | RM | AVX |
vcomisd xmm1, xmm2/m64 | VEX.LIG.66.0F.WIG 2F /r | RM | AVX |
vucomiss xmm1, xmm2/m32 | VEX.LIG.0F.WIG 2E /r | RM | AVX |
vucomisd xmm1, xmm2/m64 | VEX.LIG.66.0F.WIG 2E /r | RM | AVX |
vtestps xmm1, xmm2/m128 | VEX.128.66.0F38.W0 0E /r | RM | AVX |
vtestps ymm1, ymm2/m256 | VEX.256.66.0F38.W0 0E /r | RM | AVX |
vtestpd xmm1, xmm2/m128 | VEX.128.66.0F38.W0 0F /r | RM | AVX |
vtestpd ymm1, ymm2/m256 | VEX.256.66.0F38.W0 0F /r | RM | AVX |
vptest xmm1, xmm2/m128 | VEX.128.66.0F38.WIG 17 /r | RM | AVX |
vptest ymm1, ymm2/m256 | VEX.256.66.0F38.WIG 17 /r | RM | AVX |
# AVX moves
vmovaps xmm1, xmm2/m128 | VEX.128.0F.WIG 28 /r | RM | AVX |
vmovaps ymm1, ymm2/m256 | VEX.256.0F.WIG 28 /r | RM | AVX |
vmovaps xmm2/m128, xmm1 | VEX.128.0F.WIG 29 /r | MR | AVX |
vmovaps ymm2/m256, ymm1 | VEX.256.0F.WIG 29 /r | MR | AVX |
vmovapd xmm1, xmm2/m128 | VEX.128.66.0F.WIG 28 /r | RM | AVX |
vmovapd ymm1, ymm2/m256 | VEX.256.66.0F.WIG 28 /r | RM | AVX |
vmovapd xmm2/m128, xmm1 | VEX.128.66.0F.WIG 29 /r | MR | AVX |
vmovapd ymm2/m256, ymm1 | VEX.256.66.0F.WIG 29 /r | MR | AVX |
vmovups xmm1, xmm2/m128 | VEX.128.0F.WIG 10 /r | RM | AVX |
vmovups ymm1, ymm2/m256 | VEX.256.0F.WIG 10 /r | RM | AVX |
vmovups xmm2/m128, xmm1 | VEX.128.0F.WIG 11 /r | MR | AVX |
vmovups ymm2/m256, ymm1 | VEX.256.0F.WIG 11 /r | MR | AVX |
vmovupd xmm1, xmm2/m128 | VEX.128.66.0F.WIG 10 /r | RM | AVX |
vmovupd ymm1, ymm2/m256 | VEX.256.66.0F.WIG 10 /r | RM | AVX |
vmovupd xmm2/m128, xmm1 | VEX.128.66.0F.WIG 11 /r | MR | AVX |
vmovupd ymm2/m256, ymm1 | VEX.256.66.0F.WIG 11 /r | MR | AVX |
vmovdqa xmm1, xmm2/m128 | VEX.128.66.0F.WIG 6F /r | RM | AVX |
vmovdqa ymm1, ymm2/m256 | VEX.256.66.0F.WIG 6F /r | RM | AVX |
vmovdqa xmm2/m128, xmm1 | VEX.128.66.0F.WIG 7F /r | MR | AVX |
vmovdqa ymm2/m256, ymm1 | VEX.256.66.0F.WIG 7F /r | MR | AVX |
vmovdqu xmm1, xmm2/m128 | VEX.128.F3.0F.WIG 6F /r | RM | AVX |
vmovdqu ymm1, ymm2/m256 | VEX.256.F3.0F.WIG 6F /r | RM | AVX |
vmovdqu xmm2/m128, xmm1 | VEX.128.F3.0F.WIG 7F /r | MR | AVX |
vmovdqu ymm2/m256, ymm1 | VEX.256.F3.0F.WIG 7F /r | MR | AVX |
vmovss xmm1, xmm2, xmm3 | VEX.LIG.F3.0F.WIG 10 /r | RVM | AVX |
vmovss xmm1, m32 | VEX.LIG.F3.0F.WIG 10 /r | RM | AVX |
vmovss m32, xmm1 | VEX.LIG.F3.0F.WIG 11 /r | MR | AVX |
vmovss xmm1, xmm2, xmm3 | VEX.LIG.F3.0F.WIG 11 /r | MVR | AVX |
vmovsd xmm1, xmm2, xmm3 | VEX.LIG.F2.0F.WIG 10 /r | RVM | AVX |
vmovsd xmm1, m64 | VEX.LIG.F2.0F.WIG 10 /r | RM | AVX |
vmovsd m64, xmm1 | VEX.LIG.F2.0F.WIG 11 /r | MR | AVX |
vmovsd xmm1, xmm2, xmm3 | VEX.LIG.F2.0F.WIG 11 /r | MVR | AVX |
vmovlps xmm1, xmm2, m64 | VEX.128.0F.WIG 12 /r | RVM | AVX |
vmovlps m64, xmm1 | VEX.128.0F.WIG 13 /r | MR | AVX |
vmovhps xmm1, xmm2, m64 | VEX.128.0F.WIG 16 /r | RVM | AVX |
vmovhps m64, xmm1 | VEX.128.0F.WIG 17 /r | MR | AVX |
vmovlpd xmm1, xmm2, m64 | VEX.128.66.0F.WIG 12 /r | RVM | AVX |
vmovlpd m64, xmm1 | VEX.128.66.0F.WIG 13 /r | MR | AVX |
vmovhpd xmm1, xmm2, m64 | VEX.128.66.0F.WIG 16 /r | RVM | AVX |
vmovhpd m64, xmm1 | VEX.128.66.0F.WIG 17 /r | MR | AVX |
vmovhlps xmm1, xmm2, xmm3 | VEX.128.0F.WIG 12 /r | RVM | AVX |
vmovlhps xmm1, xmm2, xmm3 | VEX.128.0F.WIG 16 /r | RVM | AVX |
vmovddup xmm1, xmm2/m64 | VEX.128.F2.0F.WIG 12 /r | RM | AVX |
vmovddup ymm1, ymm2/m256 | VEX.256.F2.0F.WIG 12 /r | RM | AVX |
vmovshdup xmm1, xmm2/m128 | VEX.128.F3.0F.WIG 16 /r | RM | AVX |
vmovshdup ymm1, ymm2/m256 | VEX.256.F3.0F.WIG 16 /r | RM | AVX |
vmovsldup xmm1, xmm2/m128 | VEX.128.F3.0F.WIG 12 /r | RM | AVX |
vmovsldup ymm1, ymm2/m256 | VEX.256.F3.0F.WIG 12 /r | RM | AVX |
vlddqu xmm1, m128 | VEX.128.F2.0F.WIG F0 /r | RM | AVX |
vlddqu ymm1, m256 | VEX.256.F2.0F.WIG F0 /r | RM | AVX |
vmovmskps r32, xmm2 | VEX.128.0F.WIG 50 /r | RM | AVX |
vmovmskps r32, ymm2 | VEX.256.0F.WIG 50 /r | RM | AVX |
vmovmskps r64, xmm2 | VEX.128.0F.WIG 50 /r | RM | AVX |
vmovmskps r64, ymm2 | VEX.256.0F.WIG 50 /r | RM | AVX |
vmovmskpd r32, xmm2 | VEX.128.66.0F.WIG 50 /r | RM | AVX |
vmovmskpd r32, ymm2 | VEX.256.66.0F.WIG 50 /r | RM | AVX |
vmovmskpd r64, xmm2 | VEX.128.66.0F.WIG 50 /r | RM | AVX |
vmovmskpd r64, ymm2 | VEX.256.66.0F.WIG 50 /r | RM | AVX |
vmovntps m128, xmm1 | VEX.128.0F.WIG 2B /r | MR | AVX |
vmovntps m256, ymm1 | VEX.256.0F.WIG 2B /r | MR | AVX |
vmovntpd m128, xmm1 | VEX.128.66.0F.WIG 2B /r | MR | AVX |
vmovntpd m256, ymm1 | VEX.256.66.0F.WIG 2B /r | MR | AVX |
vmovntdq m128, xmm1 | VEX.128.66.0F.WIG E7 /r | MR | AVX |
vmovntdq m256, ymm1 | VEX.256.66.0F.WIG E7 /r | MR | AVX |
vmovntdqa xmm1, m128 | VEX.128.66.0F38.WIG 2A /r | RM | AVX |
vmovntdqa ymm1, m256 | VEX.256.66.0F38.WIG 2A /r | RM | AVX2 |
vmovq xmm1, xmm2/m64 | VEX.128.F3.0F.WIG 7E /r | RM | AVX |
vmovq xmm1/m64, xmm2 | VEX.128.66.0F.WIG D6 /r | MR | AVX |
vmovd xmm1, r/m32 | VEX.128.66.0F.W0 6E /r | RM | AVX |
vmovq xmm1, r/m64 | VEX.128.66.0F.W1 6E /r | RM | AVX |
vmovd r/m32, xmm1 | VEX.128.66.0F.W0 7E /r | MR | AVX |
vmovq r/m64, xmm1 | VEX.128.66.0F.W1 7E /r | MR | AVX |
vmovd xmm1, r64 | VEX.128.66.0F.W1 6E /r | RM | AVX |
vmovd r64, xmm1 | VEX.128.66.0F.W1 7E /r | MR | AVX |
vmaskmovdqu xmm1, xmm2 | VEX.128.66.0F.WIG F7 /r | RM | AVX |
vmaskmovps xmm1, xmm2, m128 | VEX.128.66.0F38.W0 2C /r | RVM | AVX |
vmaskmovps ymm1, ymm2, m256 | VEX.256.66.0F38.W0 2C /r | RVM | AVX |
vmaskmovps m128, xmm1, xmm2 | VEX.128.66.0F38.W0 2E /r | MVR | AVX |
vmaskmovps m256, ymm1, ymm2 | VEX.256.66.0F38.W0 2E /r | MVR | AVX |
vmaskmovpd xmm1, xmm2, m128 | VEX.128.66.0F38.W0 2D /r | RVM | AVX |
vmaskmovpd ymm1, ymm2, m256 | VEX.256.66.0F38.W0 2D /r | RVM | AVX |
vmaskmovpd m128, xmm1, xmm2 | VEX.128.66.0F38.W0 2F /r | MVR | AVX |
vmaskmovpd m256, ymm1, ymm2 | VEX.256.66.0F38.W0 2F /r | MVR | AVX |
vpmaskmovd xmm1, xmm2, m128 | VEX.128.66.0F38.W0 8C /r | RVM | AVX2 |
vpmaskmovd ymm1, ymm2, m256 | VEX.256.66.0F38.W0 8C /r | RVM | AVX2 |
vpmaskmovd m128, xmm1, xmm2 | VEX.128.66.0F38.W0 8E /r | MVR | AVX2 |
vpmaskmovd m256, ymm1, ymm2 | VEX.256.66.0F38.W0 8E /r | MVR | AVX2 |
vpmaskmovq xmm1, xmm2, m128 | VEX.128.66.0F38.W1 8C /r | RVM | AVX2 |
vpmaskmovq ymm1, ymm2, m256 | VEX.256.66.0F38.W1 8C /r | RVM | AVX2 |
vpmaskmovq m128, xmm1, xmm2 | VEX.128.66.0F38.W1 8E /r | MVR | AVX2 |
vpmaskmovq m256, ymm1, ymm2 | VEX.256.66.0F38.W1 8E /r | MVR | AVX2 |
vldmxcsr m32 | VEX.LZ.0F.WIG AE /2 | M | AVX |
vstmxcsr m32 | VEX.LZ.0F.WIG AE /3 | M | AVX |
vzeroupper | VEX.128.0F.WIG 77 | ZO | AVX |
vzeroall | VEX.256.0F.WIG 77 | ZO | AVX |
# AVX conversions
vcvtsi2ss xmm1, xmm2, r/m32 | VEX.LIG.F3.0F.W0 2A /r | RVM | AVX |
vcvtsi2ss xmm1, xmm2, r/m64 | VEX.LIG.F3.0F.W1 2A /r | RVM | AVX |
vcvtsi2sd xmm1, xmm2, r/m32 | VEX.LIG.F2.0F.W0 2A /r | RVM | AVX |
vcvtsi2sd xmm1, xmm2, r/m64 | VEX.LIG.F2.0F.W1 2A /r | RVM | AVX |
vcvtss2si r32, xmm1/m32 | VEX.LIG.F3.0F.W0 2D /r | RM | AVX |
vcvtss2si r64, xmm1/m32 | VEX.LIG.F3.0F.W1 2D /r | RM | AVX |
vcvttss2si r32, xmm1/m32 | VEX.LIG.F3.0F.W0 2C /r | RM | AVX |
vcvttss2si r64, xmm1/m32 | VEX.LIG.F3.0F.W1 2C /r | RM | AVX |
vcvtsd2si r32, xmm1/m64 | VEX.LIG.F2.0F.W0 2D /r | RM | AVX |
vcvtsd2si r64, xmm1/m64 | VEX.LIG.F2.0F.W1 2D /r | RM | AVX |
vcvttsd2si r32, xmm1/m64 | VEX.LIG.F2.0F.W0 2C /r | RM | AVX |
vcvttsd2si r64, xmm1/m64 | VEX.LIG.F2.0F.W1 2C /r | RM | AVX |
vcvtss2sd xmm1, xmm2, xmm3/m32 | VEX.LIG.F3.0F.WIG 5A /r | RVM | AVX |
vcvtsd2ss xmm1, xmm2, xmm3/m64 | VEX.LIG.F2.0F.WIG 5A /r | RVM | AVX |
vcvtps2pd xmm1, xmm2/m64 | VEX.128.0F.WIG 5A /r | RM | AVX |
vcvtps2pd ymm1, xmm2/m128 | VEX.256.0F.WIG 5A /r | RM | AVX |
vcvtdq2pd xmm1, xmm2/m64 | VEX.128.F3.0F.WIG E6 /r | RM | AVX |
vcvtdq2pd ymm1, xmm2/m128 | VEX.256.F3.0F.WIG E6 /r | RM | AVX |
vcvtpd2ps xmm1, xmm2/m128 | VEX.128.66.0F.WIG 5A /r | RM | AVX |
vcvtpd2ps xmm1, ymm2/m256 | VEX.256.66.0F.WIG 5A /r | RM | AVX |
vcvtpd2dq xmm1, xmm2/m128 | VEX.128.F2.0F.WIG E6 /r | RM | AVX |
vcvtpd2dq xmm1, ymm2/m256 | VEX.256.F2.0F.WIG E6 /r | RM | AVX |
vcvttpd2dq xmm1, xmm2/m128 | VEX.128.66.0F.WIG E6 /r | RM | AVX |
vcvttpd2dq xmm1, ymm2/m256 | VEX.256.66.0F.WIG E6 /r | RM | AVX |
vcvtdq2ps xmm1, xmm2/m128 | VEX.128.0F.WIG 5B /r | RM | AVX |
vcvtdq2ps ymm1, ymm2/m256 | VEX.256.0F.WIG 5B /r | RM | AVX |
vcvtps2dq xmm1, xmm2/m128 | VEX.128.66.0F.WIG 5B /r | RM | AVX |
vcvtps2dq ymm1, ymm2/m256 | VEX.256.66.0F.WIG 5B /r | RM | AVX |
vcvttps2dq xmm1, xmm2/m128 | VEX.128.F3.0F.WIG 5B /r | RM | AVX |
vcvttps2dq ymm1, ymm2/m256 | VEX.256.F3.0F.WIG 5B /r | RM | AVX |
# AVX/AVX2 integer
vpaddb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG FC /r | RVM | AVX |
vpaddb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG FC /r | RVM | AVX2 |
vpaddw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG FD /r | RVM | AVX |
vpaddw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG FD /r | RVM | AVX2 |
vpaddd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG FE /r | RVM | AVX |
vpaddd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG FE /r | RVM | AVX2 |
vpaddq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D4 /r | RVM | AVX |
vpaddq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG D4 /r | RVM | AVX2 |
vpsubb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F8 /r | RVM | AVX |
vpsubb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG F8 /r | RVM | AVX2 |
vpsubw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F9 /r | RVM | AVX |
vpsubw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG F9 /r | RVM | AVX2 |
vpsubd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG FA /r | RVM | AVX |
vpsubd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG FA /r | RVM | AVX2 |
vpsubq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG FB /r | RVM | AVX |
vpsubq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG FB /r | RVM | AVX2 |
vpaddsb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG EC /r | RVM | AVX |
vpaddsb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG EC /r | RVM | AVX2 |
vpaddsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG ED /r | RVM | AVX |
vpaddsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG ED /r | RVM | AVX2 |
vpaddusb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DC /r | RVM | AVX |
vpaddusb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DC /r | RVM | AVX2 |
vpaddusw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DD /r | RVM | AVX |
vpaddusw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DD /r | RVM | AVX2 |
vpsubsb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E8 /r | RVM | AVX |
vpsubsb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E8 /r | RVM | AVX2 |
vpsubsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E9 /r | RVM | AVX |
vpsubsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E9 /r | RVM | AVX2 |
vpsubusb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D8 /r | RVM | AVX |
vpsubusb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG D8 /r | RVM | AVX2 |
vpsubusw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D9 /r | RVM | AVX |
vpsubusw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG D9 /r | RVM | AVX2 |
vpmullw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D5 /r | RVM | AVX |
vpmullw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG D5 /r | RVM | AVX2 |
vpmulhw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E5 /r | RVM | AVX |
vpmulhw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E5 /r | RVM | AVX2 |
vpmulhuw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E4 /r | RVM | AVX |
vpmulhuw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E4 /r | RVM | AVX2 |
vpmuludq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F4 /r | RVM | AVX |
vpmuludq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG F4 /r | RVM | AVX2 |
vpmaddwd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F5 /r | RVM | AVX |
vpmaddwd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG F5 /r | RVM | AVX2 |
vpsadbw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F6 /r | RVM | AVX |
vpsadbw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG F6 /r | RVM | AVX2 |
vpavgb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E0 /r | RVM | AVX |
vpavgb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E0 /r | RVM | AVX2 |
vpavgw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E3 /r | RVM | AVX |
vpavgw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG E3 /r | RVM | AVX2 |
vpminub xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DA /r | RVM | AVX |
vpminub ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DA /r | RVM | AVX2 |
vpmaxub xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DE /r | RVM | AVX |
vpmaxub ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DE /r | RVM | AVX2 |
vpminsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG EA /r | RVM | AVX |
vpminsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG EA /r | RVM | AVX2 |
vpmaxsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG EE /r | RVM | AVX |
vpmaxsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG EE /r | RVM | AVX2 |
vpand xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DB /r | RVM | AVX |
vpand ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DB /r | RVM | AVX2 |
vpandn xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG DF /r | RVM | AVX |
vpandn ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG DF /r | RVM | AVX2 |
vpor xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG EB /r | RVM | AVX |
vpor ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG EB /r | RVM | AVX2 |
vpxor xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG EF /r | RVM | AVX |
vpxor ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG EF /r | RVM | AVX2 |
vpcmpeqb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 74 /r | RVM | AVX |
vpcmpeqb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 74 /r | RVM | AVX2 |
vpcmpeqw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 75 /r | RVM | AVX |
vpcmpeqw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 75 /r | RVM | AVX2 |
vpcmpeqd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 76 /r | RVM | AVX |
vpcmpeqd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 76 /r | RVM | AVX2 |
vpcmpgtb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 64 /r | RVM | AVX |
vpcmpgtb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 64 /r | RVM | AVX2 |
vpcmpgtw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 65 /r | RVM | AVX |
vpcmpgtw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 65 /r | RVM | AVX2 |
vpcmpgtd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 66 /r | RVM | AVX |
vpcmpgtd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 66 /r | RVM | AVX2 |
vpacksswb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 63 /r | RVM | AVX |
vpacksswb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 63 /r | RVM | AVX2 |
vpackssdw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 6B /r | RVM | AVX |
vpackssdw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 6B /r | RVM | AVX2 |
vpackuswb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 67 /r | RVM | AVX |
vpackuswb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 67 /r | RVM | AVX2 |
vpunpcklbw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 60 /r | RVM | AVX |
vpunpcklbw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 60 /r | RVM | AVX2 |
vpunpcklwd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 61 /r | RVM | AVX |
vpunpcklwd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 61 /r | RVM | AVX2 |
vpunpckldq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 62 /r | RVM | AVX |
vpunpckldq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 62 /r | RVM | AVX2 |
vpunpcklqdq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 6C /r | RVM | AVX |
vpunpcklqdq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 6C /r | RVM | AVX2 |
vpunpckhbw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 68 /r | RVM | AVX |
vpunpckhbw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 68 /r | RVM | AVX2 |
vpunpckhwd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 69 /r | RVM | AVX |
vpunpckhwd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 69 /r | RVM | AVX2 |
vpunpckhdq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 6A /r | RVM | AVX |
vpunpckhdq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 6A /r | RVM | AVX2 |
vpunpckhqdq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG 6D /r | RVM | AVX |
vpunpckhqdq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F.WIG 6D /r | RVM | AVX2 |
vpshufb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 00 /r | RVM | AVX |
vpshufb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 00 /r | RVM | AVX2 |
vphaddw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 01 /r | RVM | AVX |
vphaddw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 01 /r | RVM | AVX2 |
vphaddd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 02 /r | RVM | AVX |
vphaddd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 02 /r | RVM | AVX2 |
vphaddsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 03 /r | RVM | AVX |
vphaddsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 03 /r | RVM | AVX2 |
vpmaddubsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 04 /r | RVM | AVX |
vpmaddubsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 04 /r | RVM | AVX2 |
vphsubw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 05 /r | RVM | AVX |
vphsubw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 05 /r | RVM | AVX2 |
vphsubd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 06 /r | RVM | AVX |
vphsubd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 06 /r | RVM | AVX2 |
vphsubsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 07 /r | RVM | AVX |
vphsubsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 07 /r | RVM | AVX2 |
vpsignb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 08 /r | RVM | AVX |
vpsignb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 08 /r | RVM | AVX2 |
vpsignw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 09 /r | RVM | AVX |
vpsignw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 09 /r | RVM | AVX2 |
vpsignd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 0A /r | RVM | AVX |
vpsignd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 0A /r | RVM | AVX2 |
vpmulhrsw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 0B /r | RVM | AVX |
vpmulhrsw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 0B /r | RVM | AVX2 |
vpmuldq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 28 /r | RVM | AVX |
vpmuldq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 28 /r | RVM | AVX2 |
vpcmpeqq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 29 /r | RVM | AVX |
vpcmpeqq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 29 /r | RVM | AVX2 |
vpackusdw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 2B /r | RVM | AVX |
vpackusdw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 2B /r | RVM | AVX2 |
vpcmpgtq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 37 /r | RVM | AVX |
vpcmpgtq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 37 /r | RVM | AVX2 |
vpminsb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 38 /r | RVM | AVX |
vpminsb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 38 /r | RVM | AVX2 |
vpminsd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 39 /r | RVM | AVX |
vpminsd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 39 /r | RVM | AVX2 |
vpminuw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3A /r | RVM | AVX |
vpminuw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3A /r | RVM | AVX2 |
vpminud xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3B /r | RVM | AVX |
vpminud ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3B /r | RVM | AVX2 |
vpmaxsb xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3C /r | RVM | AVX |
vpmaxsb ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3C /r | RVM | AVX2 |
vpmaxsd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3D /r | RVM | AVX |
vpmaxsd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3D /r | RVM | AVX2 |
vpmaxuw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3E /r | RVM | AVX |
vpmaxuw ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3E /r | RVM | AVX2 |
vpmaxud xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 3F /r | RVM | AVX |
vpmaxud ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 3F /r | RVM | AVX2 |
vpmulld xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.WIG 40 /r | RVM | AVX |
vpmulld ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.WIG 40 /r | RVM | AVX2 |
vpabsb xmm1, xmm2/m128 | VEX.128.66.0F38.WIG 1C /r | RM | AVX |
vpabsb ymm1, ymm2/m256 | VEX.256.66.0F38.WIG 1C /r | RM | AVX2 |
vpabsw xmm1, xmm2/m128 | VEX.128.66.0F38.WIG 1D /r | RM | AVX |
vpabsw ymm1, ymm2/m256 | VEX.256.66.0F38.WIG 1D /r | RM | AVX2 |
vpabsd xmm1, xmm2/m128 | VEX.128.66.0F38.WIG 1E /r | RM | AVX |
vpabsd ymm1, ymm2/m256 | VEX.256.66.0F38.WIG 1E /r | RM | AVX2 |
vphminposuw xmm1, xmm2/m128 | VEX.128.66.0F38.WIG 41 /r | RM | AVX |
vpsrlw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D1 /r | RVM | AVX |
vpsrlw ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG D1 /r | RVM | AVX2 |
vpsrld xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D2 /r | RVM | AVX |
vpsrld ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG D2 /r | RVM | AVX2 |
vpsrlq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG D3 /r | RVM | AVX |
vpsrlq ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG D3 /r | RVM | AVX2 |
vpsraw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E1 /r | RVM | AVX |
vpsraw ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG E1 /r | RVM | AVX2 |
vpsrad xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG E2 /r | RVM | AVX |
vpsrad ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG E2 /r | RVM | AVX2 |
vpsllw xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F1 /r | RVM | AVX |
vpsllw ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG F1 /r | RVM | AVX2 |
vpslld xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F2 /r | RVM | AVX |
vpslld ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG F2 /r | RVM | AVX2 |
vpsllq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F.WIG F3 /r | RVM | AVX |
vpsllq ymm1, ymm2, xmm3/m128 | VEX.256.66.0F.WIG F3 /r | RVM | AVX2 |
vpsrlw xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 71 /2 ib | VMI | AVX |
vpsrlw ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 71 /2 ib | VMI | AVX2 |
vpsraw xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 71 /4 ib | VMI | AVX |
vpsraw ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 71 /4 ib | VMI | AVX2 |
vpsllw xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 71 /6 ib | VMI | AVX |
vpsllw ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 71 /6 ib | VMI | AVX2 |
vpsrld xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 72 /2 ib | VMI | AVX |
vpsrld ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 72 /2 ib | VMI | AVX2 |
vpsrad xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 72 /4 ib | VMI | AVX |
vpsrad ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 72 /4 ib | VMI | AVX2 |
vpslld xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 72 /6 ib | VMI | AVX |
vpslld ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 72 /6 ib | VMI | AVX2 |
vpsrlq xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 73 /2 ib | VMI | AVX |
vpsrlq ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 73 /2 ib | VMI | AVX2 |
vpsrldq xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 73 /3 ib | VMI | AVX |
vpsrldq ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 73 /3 ib | VMI | AVX2 |
vpsllq xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 73 /6 ib | VMI | AVX |
vpsllq ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 73 /6 ib | VMI | AVX2 |
vpslldq xmm1, xmm2, imm8 | VEX.128.66.0F.WIG 73 /7 ib | VMI | AVX |
vpslldq ymm1, ymm2, imm8 | VEX.256.66.0F.WIG 73 /7 ib | VMI | AVX2 |
vpsllvd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 47 /r | RVM | AVX2 |
vpsllvd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 47 /r | RVM | AVX2 |
vpsllvq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 47 /r | RVM | AVX2 |
vpsllvq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 47 /r | RVM | AVX2 |
vpsrlvd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 45 /r | RVM | AVX2 |
vpsrlvd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 45 /r | RVM | AVX2 |
vpsrlvq xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 45 /r | RVM | AVX2 |
vpsrlvq ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 45 /r | RVM | AVX2 |
vpsravd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 46 /r | RVM | AVX2 |
vpsravd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 46 /r | RVM | AVX2 |
vpshufd xmm1, xmm2/m128, imm8 | VEX.128.66.0F.WIG 70 /r ib | RMI | AVX |
vpshufd ymm1, ymm2/m256, imm8 | VEX.256.66.0F.WIG 70 /r ib | RMI | AVX2 |
vpshufhw xmm1, xmm2/m128, imm8 | VEX.128.F3.0F.WIG 70 /r ib | RMI | AVX |
vpshufhw ymm1, ymm2/m256, imm8 | VEX.256.F3.0F.WIG 70 /r ib | RMI | AVX2 |
vpshuflw xmm1, xmm2/m128, imm8 | VEX.128.F2.0F.WIG 70 /r ib | RMI | AVX |
vpshuflw ymm1, ymm2/m256, imm8 | VEX.256.F2.0F.WIG 70 /r ib | RMI | AVX2 |
vpalignr xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 0F /r ib | RVMI | AVX |
vpalignr ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 0F /r ib | RVMI | AVX2 |
vpblendw xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 0E /r ib | RVMI | AVX |
vpblendw ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 0E /r ib | RVMI | AVX2 |
vmpsadbw xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.WIG 42 /r ib | RVMI | AVX |
vmpsadbw ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.WIG 42 /r ib | RVMI | AVX2 |
vpblendd xmm1, xmm2, xmm3/m128, imm8 | VEX.128.66.0F3A.W0 02 /r ib | RVMI | AVX2 |
vpblendd ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.W0 02 /r ib | RVMI | AVX2 |
vpblendvb xmm1, xmm2, xmm3/m128, xmm4 | VEX.128.66.0F3A.W0 4C /r /is4 | RVML | AVX |
vpblendvb ymm1, ymm2, ymm3/m256, ymm4 | VEX.256.66.0F3A.W0 4C /r /is4 | RVML | AVX2 |
vpmovmskb r32, xmm1 | VEX.128.66.0F.WIG D7 /r | RM | AVX |
vpmovmskb r32, ymm1 | VEX.256.66.0F.WIG D7 /r | RM | AVX2 |
vpmovmskb r64, xmm1 | VEX.128.66.0F.WIG D7 /r | RM | AVX |
vpmovmskb r64, ymm1 | VEX.256.66.0F.WIG D7 /r | RM | AVX2 |
vpextrw r32, xmm1, imm8 | VEX.128.66.0F.W0 C5 /r ib | RMI | AVX |
vpextrw r64, xmm1, imm8 | VEX.128.66.0F.W0 C5 /r ib | RMI | AVX |
vpinsrw xmm1, xmm2, r32/m16, imm8 | VEX.128.66.0F.W0 C4 /r ib | RVMI | AVX |
vpinsrw xmm1, xmm2, r64, imm8 | VEX.128.66.0F.W0 C4 /r ib | RVMI | AVX |
vpextrb r32/m8, xmm2, imm8 | VEX.128.66.0F3A.W0 14 /r ib | MRI | AVX |
vpextrb r64, xmm2, imm8 | VEX.128.66.0F3A.W0 14 /r ib | MRI | AVX |
vpextrw r32/m16, xmm2, imm8 | VEX.128.66.0F3A.W0 15 /r ib | MRI | AVX |
vpextrd r/m32, xmm2, imm8 | VEX.128.66.0F3A.W0 16 /r ib | MRI | AVX |
vpextrq r/m64, xmm2, imm8 | VEX.128.66.0F3A.W1 16 /r ib | MRI | AVX |
vpinsrb xmm1, xmm2, r32/m8, imm8 | VEX.128.66.0F3A.W0 20 /r ib | RVMI | AVX |
vpinsrb xmm1, xmm2, r64, imm8 | VEX.128.66.0F3A.W0 20 /r ib | RVMI | AVX |
vpinsrd xmm1, xmm2, r/m32, imm8 | VEX.128.66.0F3A.W0 22 /r ib | RVMI | AVX |
vpinsrq xmm1, xmm2, r/m64, imm8 | VEX.128.66.0F3A.W1 22 /r ib | RVMI | AVX |
vpmovsxbw xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 20 /r | RM | AVX |
vpmovsxbw ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 20 /r | RM | AVX2 |
vpmovzxbw xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 30 /r | RM | AVX |
vpmovzxbw ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 30 /r | RM | AVX2 |
vpmovsxbd xmm1, xmm2/m32 | VEX.128.66.0F38.WIG 21 /r | RM | AVX |
vpmovsxbd ymm1, xmm2/m64 | VEX.256.66.0F38.WIG 21 /r | RM | AVX2 |
vpmovzxbd xmm1, xmm2/m32 | VEX.128.66.0F38.WIG 31 /r | RM | AVX |
vpmovzxbd ymm1, xmm2/m64 | VEX.256.66.0F38.WIG 31 /r | RM | AVX2 |
vpmovsxbq xmm1, xmm2/m16 | VEX.128.66.0F38.WIG 22 /r | RM | AVX |
vpmovsxbq ymm1, xmm2/m32 | VEX.256.66.0F38.WIG 22 /r | RM | AVX2 |
vpmovzxbq xmm1, xmm2/m16 | VEX.128.66.0F38.WIG 32 /r | RM | AVX |
vpmovzxbq ymm1, xmm2/m32 | VEX.256.66.0F38.WIG 32 /r | RM | AVX2 |
vpmovsxwd xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 23 /r | RM | AVX |
vpmovsxwd ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 23 /r | RM | AVX2 |
vpmovzxwd xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 33 /r | RM | AVX |
vpmovzxwd ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 33 /r | RM | AVX2 |
vpmovsxwq xmm1, xmm2/m32 | VEX.128.66.0F38.WIG 24 /r | RM | AVX |
vpmovsxwq ymm1, xmm2/m64 | VEX.256.66.0F38.WIG 24 /r | RM | AVX2 |
vpmovzxwq xmm1, xmm2/m32 | VEX.128.66.0F38.WIG 34 /r | RM | AVX |
vpmovzxwq ymm1, xmm2/m64 | VEX.256.66.0F38.WIG 34 /r | RM | AVX2 |
vpmovsxdq xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 25 /r | RM | AVX |
vpmovsxdq ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 25 /r | RM | AVX2 |
vpmovzxdq xmm1, xmm2/m64 | VEX.128.66.0F38.WIG 35 /r | RM | AVX |
vpmovzxdq ymm1, xmm2/m128 | VEX.256.66.0F38.WIG 35 /r | RM | AVX2 |
# AVX/AVX2 broadcasts, permutes, lane insert/extract
vbroadcastss xmm1, m32 | VEX.128.66.0F38.W0 18 /r | RM | AVX |
vbroadcastss ymm1, m32 | VEX.256.66.0F38.W0 18 /r | RM | AVX |
vbroadcastss xmm1, xmm2 | VEX.128.66.0F38.W0 18 /r | RM | AVX2 |
vbroadcastss ymm1, xmm2 | VEX.256.66.0F38.W0 18 /r | RM | AVX2 |
vbroadcastsd ymm1, m64 | VEX.256.66.0F38.W0 19 /r | RM | AVX |
vbroadcastsd ymm1, xmm2 | VEX.256.66.0F38.W0 19 /r | RM | AVX2 |
vbroadcastf128 ymm1, m128 | VEX.256.66.0F38.W0 1A /r | RM | AVX |
vbroadcasti128 ymm1, m128 | VEX.256.66.0F38.W0 5A /r | RM | AVX2 |
vpbroadcastb xmm1, xmm2/m8 | VEX.128.66.0F38.W0 78 /r | RM | AVX2 |
vpbroadcastb ymm1, xmm2/m8 | VEX.256.66.0F38.W0 78 /r | RM | AVX2 |
vpbroadcastw xmm1, xmm2/m16 | VEX.128.66.0F38.W0 79 /r | RM | AVX2 |
vpbroadcastw ymm1, xmm2/m16 | VEX.256.66.0F38.W0 79 /r | RM | AVX2 |
vpbroadcastd xmm1, xmm2/m32 | VEX.128.66.0F38.W0 58 /r | RM | AVX2 |
vpbroadcastd ymm1, xmm2/m32 | VEX.256.66.0F38.W0 58 /r | RM | AVX2 |
vpbroadcastq xmm1, xmm2/m64 | VEX.128.66.0F38.W0 59 /r | RM | AVX2 |
vpbroadcastq ymm1, xmm2/m64 | VEX.256.66.0F38.W0 59 /r | RM | AVX2 |
vinsertf128 ymm1, ymm2, xmm3/m128, imm8 | VEX.256.66.0F3A.W0 18 /r ib | RVMI | AVX |
vextractf128 xmm1/m128, ymm2, imm8 | VEX.256.66.0F3A.W0 19 /r ib | MRI | AVX |
vinserti128 ymm1, ymm2, xmm3/m128, imm8 | VEX.256.66.0F3A.W0 38 /r ib | RVMI | AVX2 |
vextracti128 xmm1/m128, ymm2, imm8 | VEX.256.66.0F3A.W0 39 /r ib | MRI | AVX2 |
vperm2f128 ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.W0 06 /r ib | RVMI | AVX |
vperm2i128 ymm1, ymm2, ymm3/m256, imm8 | VEX.256.66.0F3A.W0 46 /r ib | RVMI | AVX2 |
vpermilps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 0C /r | RVM | AVX |
vpermilps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 0C /r | RVM | AVX |
vpermilps xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.W0 04 /r ib | RMI | AVX |
vpermilps ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.W0 04 /r ib | RMI | AVX |
vpermilpd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 0D /r | RVM | AVX |
vpermilpd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 0D /r | RVM | AVX |
vpermilpd xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.W0 05 /r ib | RMI | AVX |
vpermilpd ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.W0 05 /r ib | RMI | AVX |
vpermps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 16 /r | RVM | AVX2 |
vpermd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 36 /r | RVM | AVX2 |
vpermpd ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.W1 01 /r ib | RMI | AVX2 |
vpermq ymm1, ymm2/m256, imm8 | VEX.256.66.0F3A.W1 00 /r ib | RMI | AVX2 |
# FMA
vfmaddsub132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 96 /r | RVM | FMA |
vfmaddsub132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 96 /r | RVM | FMA |
vfmaddsub132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 96 /r | RVM | FMA |
vfmaddsub132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 96 /r | RVM | FMA |
vfmaddsub213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 A6 /r | RVM | FMA |
vfmaddsub213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 A6 /r | RVM | FMA |
vfmaddsub213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 A6 /r | RVM | FMA |
vfmaddsub213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 A6 /r | RVM | FMA |
vfmaddsub231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 B6 /r | RVM | FMA |
vfmaddsub231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 B6 /r | RVM | FMA |
vfmaddsub231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 B6 /r | RVM | FMA |
vfmaddsub231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 B6 /r | RVM | FMA |
vfmsubadd132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 97 /r | RVM | FMA |
vfmsubadd132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 97 /r | RVM | FMA |
vfmsubadd132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 97 /r | RVM | FMA |
vfmsubadd132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 97 /r | RVM | FMA |
vfmsubadd213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 A7 /r | RVM | FMA |
vfmsubadd213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 A7 /r | RVM | FMA |
vfmsubadd213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 A7 /r | RVM | FMA |
vfmsubadd213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 A7 /r | RVM | FMA |
vfmsubadd231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 B7 /r | RVM | FMA |
vfmsubadd231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 B7 /r | RVM | FMA |
vfmsubadd231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 B7 /r | RVM | FMA |
vfmsubadd231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 B7 /r | RVM | FMA |
vfmadd132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 98 /r | RVM | FMA |
vfmadd132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 98 /r | RVM | FMA |
vfmadd132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 98 /r | RVM | FMA |
vfmadd132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 98 /r | RVM | FMA |
vfmadd132ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 99 /r | RVM | FMA |
vfmadd132sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 99 /r | RVM | FMA |
vfmadd213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 A8 /r | RVM | FMA |
vfmadd213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 A8 /r | RVM | FMA |
vfmadd213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 A8 /r | RVM | FMA |
vfmadd213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 A8 /r | RVM | FMA |
vfmadd213ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 A9 /r | RVM | FMA |
vfmadd213sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 A9 /r | RVM | FMA |
vfmadd231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 B8 /r | RVM | FMA |
vfmadd231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 B8 /r | RVM | FMA |
vfmadd231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 B8 /r | RVM | FMA |
vfmadd231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 B8 /r | RVM | FMA |
vfmadd231ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 B9 /r | RVM | FMA |
vfmadd231sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 B9 /r | RVM | FMA |
vfmsub132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 9A /r | RVM | FMA |
vfmsub132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 9A /r | RVM | FMA |
vfmsub132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 9A /r | RVM | FMA |
vfmsub132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 9A /r | RVM | FMA |
vfmsub132ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 9B /r | RVM | FMA |
vfmsub132sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 9B /r | RVM | FMA |
vfmsub213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 AA /r | RVM | FMA |
vfmsub213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 AA /r | RVM | FMA |
vfmsub213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 AA /r | RVM | FMA |
vfmsub213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 AA /r | RVM | FMA |
vfmsub213ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 AB /r | RVM | FMA |
vfmsub213sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 AB /r | RVM | FMA |
vfmsub231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 BA /r | RVM | FMA |
vfmsub231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 BA /r | RVM | FMA |
vfmsub231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 BA /r | RVM | FMA |
vfmsub231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 BA /r | RVM | FMA |
vfmsub231ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 BB /r | RVM | FMA |
vfmsub231sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 BB /r | RVM | FMA |
vfnmadd132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 9C /r | RVM | FMA |
vfnmadd132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 9C /r | RVM | FMA |
vfnmadd132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 9C /r | RVM | FMA |
vfnmadd132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 9C /r | RVM | FMA |
vfnmadd132ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 9D /r | RVM | FMA |
vfnmadd132sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 9D /r | RVM | FMA |
vfnmadd213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 AC /r | RVM | FMA |
vfnmadd213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 AC /r | RVM | FMA |
vfnmadd213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 AC /r | RVM | FMA |
vfnmadd213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 AC /r | RVM | FMA |
vfnmadd213ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 AD /r | RVM | FMA |
vfnmadd213sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 AD /r | RVM | FMA |
vfnmadd231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 BC /r | RVM | FMA |
vfnmadd231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 BC /r | RVM | FMA |
vfnmadd231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 BC /r | RVM | FMA |
vfnmadd231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 BC /r | RVM | FMA |
vfnmadd231ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 BD /r | RVM | FMA |
vfnmadd231sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 BD /r | RVM | FMA |
vfnmsub132ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 9E /r | RVM | FMA |
vfnmsub132ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 9E /r | RVM | FMA |
vfnmsub132pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 9E /r | RVM | FMA |
vfnmsub132pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 9E /r | RVM | FMA |
vfnmsub132ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 9F /r | RVM | FMA |
vfnmsub132sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 9F /r | RVM | FMA |
vfnmsub213ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 AE /r | RVM | FMA |
vfnmsub213ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 AE /r | RVM | FMA |
vfnmsub213pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 AE /r | RVM | FMA |
vfnmsub213pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 AE /r | RVM | FMA |
vfnmsub213ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 AF /r | RVM | FMA |
vfnmsub213sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 AF /r | RVM | FMA |
vfnmsub231ps xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W0 BE /r | RVM | FMA |
vfnmsub231ps ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W0 BE /r | RVM | FMA |
vfnmsub231pd xmm1, xmm2, xmm3/m128 | VEX.128.66.0F38.W1 BE /r | RVM | FMA |
vfnmsub231pd ymm1, ymm2, ymm3/m256 | VEX.256.66.0F38.W1 BE /r | RVM | FMA |
vfnmsub231ss xmm1, xmm2, xmm3/m32 | VEX.LIG.66.0F38.W0 BF /r | RVM | FMA |
vfnmsub231sd xmm1, xmm2, xmm3/m64 | VEX.LIG.66.0F38.W1 BF /r | RVM | FMA |
# AVX2 gathers (VSIB; the mask register is the third operand)
vgatherdps xmm1, vm32x, xmm2 | VEX.128.66.0F38.W0 92 /r | RMV | AVX2 |
vgatherdps ymm1, vm32y, ymm2 | VEX.256.66.0F38.W0 92 /r | RMV | AVX2 |
vgatherqps xmm1, vm64x, xmm2 | VEX.128.66.0F38.W0 93 /r | RMV | AVX2 |
vgatherqps xmm1, vm64y, xmm2 | VEX.256.66.0F38.W0 93 /r | RMV | AVX2 |
vgatherdpd xmm1, vm32x, xmm2 | VEX.128.66.0F38.W1 92 /r | RMV | AVX2 |
vgatherdpd ymm1, vm32x, ymm2 | VEX.256.66.0F38.W1 92 /r | RMV | AVX2 |
vgatherqpd xmm1, vm64x, xmm2 | VEX.128.66.0F38.W1 93 /r | RMV | AVX2 |
vgatherqpd ymm1, vm64y, ymm2 | VEX.256.66.0F38.W1 93 /r | RMV | AVX2 |
vpgatherdd xmm1, vm32x, xmm2 | VEX.128.66.0F38.W0 90 /r | RMV | AVX2 |
vpgatherdd ymm1, vm32y, ymm2 | VEX.256.66.0F38.W0 90 /r | RMV | AVX2 |
vpgatherqd xmm1, vm64x, xmm2 | VEX.128.66.0F38.W0 91 /r | RMV | AVX2 |
vpgatherqd xmm1, vm64y, xmm2 | VEX.256.66.0F38.W0 91 /r | RMV | AVX2 |
vpgatherdq xmm1, vm32x, xmm2 | VEX.128.66.0F38.W1 90 /r | RMV | AVX2 |
vpgatherdq ymm1, vm32x, ymm2 | VEX.256.66.0F38.W1 90 /r | RMV | AVX2 |
vpgatherqq xmm1, vm64x, xmm2 | VEX.128.66.0F38.W1 91 /r | RMV | AVX2 |
vpgatherqq ymm1, vm64y, ymm2 | VEX.256.66.0F38.W1 91 /r | RMV | AVX2 |
# F16C half-precision conversions
vcvtph2ps xmm1, xmm2/m64 | VEX.128.66.0F38.W0 13 /r | RM | F16C |
vcvtph2ps ymm1, xmm2/m128 | VEX.256.66.0F38.W0 13 /r | RM | F16C |
vcvtps2ph xmm1/m64, xmm2, imm8 | VEX.128.66.0F3A.W0 1D /r ib | MRI | F16C |
vcvtps2ph xmm1/m128, ymm2, imm8 | VEX.256.66.0F3A.W0 1D /r ib | MRI | F16C |
# SSE4.2 string compares (VEX)
vpcmpestrm xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 60 /r ib | RMI | AVX |
vpcmpestri xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 61 /r ib | RMI | AVX |
vpcmpistrm xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 62 /r ib | RMI | AVX |
vpcmpistri xmm1, xmm2/m128, imm8 | VEX.128.66.0F3A.WIG 63 /r ib | RMI | AVX |
`;
