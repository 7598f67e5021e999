// SSE, SSE2, SSE3, SSSE3, SSE4.1 and SSE4.2 (pcmpgtq, string compares) forms, plus the SSE-era
// cache-control instructions (movnti, prefetch*, clflush*), one per line in Intel SDM notation:
// instruction | opcode | op/en | cpuid feature. Line order is selection order (load before store
// form, movq xmm/m64 before r/m64); blendv*/pblendvb also in llvm-mc's spelling without <xmm0>.
// Data only: the loader in ../table.ts parses it; checked by tools/vector-check.ts.
// MMX forms (mm registers) are not listed.
export const sseForms = `
# SSE/SSE2 floating-point arithmetic
addps xmm1, xmm2/m128 | NP 0F 58 /r | RM | SSE |
addpd xmm1, xmm2/m128 | 66 0F 58 /r | RM | SSE2 |
addss xmm1, xmm2/m32 | F3 0F 58 /r | RM | SSE |
addsd xmm1, xmm2/m64 | F2 0F 58 /r | RM | SSE2 |
mulps xmm1, xmm2/m128 | NP 0F 59 /r | RM | SSE |
mulpd xmm1, xmm2/m128 | 66 0F 59 /r | RM | SSE2 |
mulss xmm1, xmm2/m32 | F3 0F 59 /r | RM | SSE |
mulsd xmm1, xmm2/m64 | F2 0F 59 /r | RM | SSE2 |
subps xmm1, xmm2/m128 | NP 0F 5C /r | RM | SSE |
subpd xmm1, xmm2/m128 | 66 0F 5C /r | RM | SSE2 |
subss xmm1, xmm2/m32 | F3 0F 5C /r | RM | SSE |
subsd xmm1, xmm2/m64 | F2 0F 5C /r | RM | SSE2 |
minps xmm1, xmm2/m128 | NP 0F 5D /r | RM | SSE |
minpd xmm1, xmm2/m128 | 66 0F 5D /r | RM | SSE2 |
minss xmm1, xmm2/m32 | F3 0F 5D /r | RM | SSE |
minsd xmm1, xmm2/m64 | F2 0F 5D /r | RM | SSE2 |
divps xmm1, xmm2/m128 | NP 0F 5E /r | RM | SSE |
divpd xmm1, xmm2/m128 | 66 0F 5E /r | RM | SSE2 |
divss xmm1, xmm2/m32 | F3 0F 5E /r | RM | SSE |
divsd xmm1, xmm2/m64 | F2 0F 5E /r | RM | SSE2 |
maxps xmm1, xmm2/m128 | NP 0F 5F /r | RM | SSE |
maxpd xmm1, xmm2/m128 | 66 0F 5F /r | RM | SSE2 |
maxss xmm1, xmm2/m32 | F3 0F 5F /r | RM | SSE |
maxsd xmm1, xmm2/m64 | F2 0F 5F /r | RM | SSE2 |
sqrtps xmm1, xmm2/m128 | NP 0F 51 /r | RM | SSE |
sqrtpd xmm1, xmm2/m128 | 66 0F 51 /r | RM | SSE2 |
sqrtss xmm1, xmm2/m32 | F3 0F 51 /r | RM | SSE |
sqrtsd xmm1, xmm2/m64 | F2 0F 51 /r | RM | SSE2 |
rsqrtps xmm1, xmm2/m128 | NP 0F 52 /r | RM | SSE |
rsqrtss xmm1, xmm2/m32 | F3 0F 52 /r | RM | SSE |
rcpps xmm1, xmm2/m128 | NP 0F 53 /r | RM | SSE |
rcpss xmm1, xmm2/m32 | F3 0F 53 /r | RM | SSE |
# SSE/SSE2 floating-point logic, shuffles, unpacks
andps xmm1, xmm2/m128 | NP 0F 54 /r | RM | SSE |
andpd xmm1, xmm2/m128 | 66 0F 54 /r | RM | SSE2 |
andnps xmm1, xmm2/m128 | NP 0F 55 /r | RM | SSE |
andnpd xmm1, xmm2/m128 | 66 0F 55 /r | RM | SSE2 |
orps xmm1, xmm2/m128 | NP 0F 56 /r | RM | SSE |
orpd xmm1, xmm2/m128 | 66 0F 56 /r | RM | SSE2 |
xorps xmm1, xmm2/m128 | NP 0F 57 /r | RM | SSE |
xorpd xmm1, xmm2/m128 | 66 0F 57 /r | RM | SSE2 |
unpcklps xmm1, xmm2/m128 | NP 0F 14 /r | RM | SSE |
unpcklpd xmm1, xmm2/m128 | 66 0F 14 /r | RM | SSE2 |
unpckhps xmm1, xmm2/m128 | NP 0F 15 /r | RM | SSE |
unpckhpd xmm1, xmm2/m128 | 66 0F 15 /r | RM | SSE2 |
shufps xmm1, xmm2/m128, imm8 | NP 0F C6 /r ib | RMI | SSE |
shufpd xmm1, xmm2/m128, imm8 | 66 0F C6 /r ib | RMI | SSE2 |
# SSE/SSE2 floating-point compares
cmpps xmm1, xmm2/m128, imm8 | NP 0F C2 /r ib | RMI | SSE |
cmppd xmm1, xmm2/m128, imm8 | 66 0F C2 /r ib | RMI | SSE2 |
cmpss xmm1, xmm2/m32, imm8 | F3 0F C2 /r ib | RMI | SSE |
cmpsd xmm1, xmm2/m64, imm8 | F2 0F C2 /r ib | RMI | SSE2 |
comiss xmm1, xmm2/m32 | NP 0F 2F /r | RM | SSE |
comisd xmm1, xmm2/m64 | 66 0F 2F /r | RM | SSE2 |
ucomiss xmm1, xmm2/m32 | NP 0F 2E /r | RM | SSE |
ucomisd xmm1, xmm2/m64 | 66 0F 2E /r | RM | SSE2 |
# SSE/SSE2 moves
movaps xmm1, xmm2/m128 | NP 0F 28 /r | RM | SSE |
movaps xmm2/m128, xmm1 | NP 0F 29 /r | MR | SSE |
movapd xmm1, xmm2/m128 | 66 0F 28 /r | RM | SSE2 |
movapd xmm2/m128, xmm1 | 66 0F 29 /r | MR | SSE2 |
movups xmm1, xmm2/m128 | NP 0F 10 /r | RM | SSE |
movups xmm2/m128, xmm1 | NP 0F 11 /r | MR | SSE |
movupd xmm1, xmm2/m128 | 66 0F 10 /r | RM | SSE2 |
movupd xmm2/m128, xmm1 | 66 0F 11 /r | MR | SSE2 |
movss xmm1, xmm2 | F3 0F 10 /r | RM | SSE |
movss xmm1, m32 | F3 0F 10 /r | RM | SSE |
movss xmm2/m32, xmm1 | F3 0F 11 /r | MR | SSE |
movsd xmm1, xmm2 | F2 0F 10 /r | RM | SSE2 |
movsd xmm1, m64 | F2 0F 10 /r | RM | SSE2 |
movsd xmm2/m64, xmm1 | F2 0F 11 /r | MR | SSE2 |
movlps xmm1, m64 | NP 0F 12 /r | RM | SSE |
movlps m64, xmm1 | NP 0F 13 /r | MR | SSE |
movhps xmm1, m64 | NP 0F 16 /r | RM | SSE |
movhps m64, xmm1 | NP 0F 17 /r | MR | SSE |
movlpd xmm1, m64 | 66 0F 12 /r | RM | SSE2 |
movlpd m64, xmm1 | 66 0F 13 /r | MR | SSE2 |
movhpd xmm1, m64 | 66 0F 16 /r | RM | SSE2 |
movhpd m64, xmm1 | 66 0F 17 /r | MR | SSE2 |
movhlps xmm1, xmm2 | NP 0F 12 /r | RM | SSE |
movlhps xmm1, xmm2 | NP 0F 16 /r | RM | SSE |
movmskps r32, xmm2 | NP 0F 50 /r | RM | SSE |
movmskps r64, xmm2 | NP 0F 50 /r | RM | SSE |
movmskpd r32, xmm2 | 66 0F 50 /r | RM | SSE2 |
movmskpd r64, xmm2 | 66 0F 50 /r | RM | SSE2 |
movntps m128, xmm1 | NP 0F 2B /r | MR | SSE |
movntpd m128, xmm1 | 66 0F 2B /r | MR | SSE2 |
movntdq m128, xmm1 | 66 0F E7 /r | MR | SSE2 |
movdqa xmm1, xmm2/m128 | 66 0F 6F /r | RM | SSE2 |
movdqa xmm2/m128, xmm1 | 66 0F 7F /r | MR | SSE2 |
movdqu xmm1, xmm2/m128 | F3 0F 6F /r | RM | SSE2 |
movdqu xmm2/m128, xmm1 | F3 0F 7F /r | MR | SSE2 |
movq xmm1, xmm2/m64 | F3 0F 7E /r | RM | SSE2 |
movq xmm2/m64, xmm1 | 66 0F D6 /r | MR | SSE2 |
movd xmm1, r/m32 | 66 0F 6E /r | RM | SSE2 |
movq xmm1, r/m64 | 66 REX.W 0F 6E /r | RM | SSE2 |
movd r/m32, xmm1 | 66 0F 7E /r | MR | SSE2 |
movq r/m64, xmm1 | 66 REX.W 0F 7E /r | MR | SSE2 |
movd xmm1, r64 | 66 REX.W 0F 6E /r | RM | SSE2 |
movd r64, xmm1 | 66 REX.W 0F 7E /r | MR | SSE2 |
maskmovdqu xmm1, xmm2 | 66 0F F7 /r | RM | SSE2 |
ldmxcsr m32 | NP 0F AE /2 | M | SSE |
stmxcsr m32 | NP 0F AE /3 | M | SSE |
# SSE/SSE2 cache control: non-temporal integer store, prefetches, cache-line flush/write-back
movnti m32, r32 | NP 0F C3 /r | MR | SSE2 |
movnti m64, r64 | NP REX.W 0F C3 /r | MR | SSE2 |
prefetchnta m8 | 0F 18 /0 | M | SSE |
prefetcht0 m8 | 0F 18 /1 | M | SSE |
prefetcht1 m8 | 0F 18 /2 | M | SSE |
prefetcht2 m8 | 0F 18 /3 | M | SSE |
prefetchw m8 | 0F 0D /1 | M | PREFETCHW |
clflush m8 | NP 0F AE /7 | M | - |
clflushopt m8 | 66 0F AE /7 | M | CLFLUSHOPT |
clwb m8 | 66 0F AE /6 | M | CLWB |
# SSE/SSE2 conversions
cvtsi2ss xmm1, r/m32 | F3 0F 2A /r | RM | SSE |
cvtsi2ss xmm1, r/m64 | F3 REX.W 0F 2A /r | RM | SSE |
cvtsi2sd xmm1, r/m32 | F2 0F 2A /r | RM | SSE2 |
cvtsi2sd xmm1, r/m64 | F2 REX.W 0F 2A /r | RM | SSE2 |
cvtss2si r32, xmm1/m32 | F3 0F 2D /r | RM | SSE |
cvtss2si r64, xmm1/m32 | F3 REX.W 0F 2D /r | RM | SSE |
cvttss2si r32, xmm1/m32 | F3 0F 2C /r | RM | SSE |
cvttss2si r64, xmm1/m32 | F3 REX.W 0F 2C /r | RM | SSE |
cvtsd2si r32, xmm1/m64 | F2 0F 2D /r | RM | SSE2 |
cvtsd2si r64, xmm1/m64 | F2 REX.W 0F 2D /r | RM | SSE2 |
cvttsd2si r32, xmm1/m64 | F2 0F 2C /r | RM | SSE2 |
cvttsd2si r64, xmm1/m64 | F2 REX.W 0F 2C /r | RM | SSE2 |
cvtss2sd xmm1, xmm2/m32 | F3 0F 5A /r | RM | SSE2 |
cvtsd2ss xmm1, xmm2/m64 | F2 0F 5A /r | RM | SSE2 |
cvtps2pd xmm1, xmm2/m64 | NP 0F 5A /r | RM | SSE2 |
cvtpd2ps xmm1, xmm2/m128 | 66 0F 5A /r | RM | SSE2 |
cvtdq2ps xmm1, xmm2/m128 | NP 0F 5B /r | RM | SSE2 |
cvtps2dq xmm1, xmm2/m128 | 66 0F 5B /r | RM | SSE2 |
cvttps2dq xmm1, xmm2/m128 | F3 0F 5B /r | RM | SSE2 |
cvtdq2pd xmm1, xmm2/m64 | F3 0F E6 /r | RM | SSE2 |
cvtpd2dq xmm1, xmm2/m128 | F2 0F E6 /r | RM | SSE2 |
cvttpd2dq xmm1, xmm2/m128 | 66 0F E6 /r | RM | SSE2 |
# SSE2 integer
paddb xmm1, xmm2/m128 | 66 0F FC /r | RM | SSE2 |
paddw xmm1, xmm2/m128 | 66 0F FD /r | RM | SSE2 |
paddd xmm1, xmm2/m128 | 66 0F FE /r | RM | SSE2 |
paddq xmm1, xmm2/m128 | 66 0F D4 /r | RM | SSE2 |
psubb xmm1, xmm2/m128 | 66 0F F8 /r | RM | SSE2 |
psubw xmm1, xmm2/m128 | 66 0F F9 /r | RM | SSE2 |
psubd xmm1, xmm2/m128 | 66 0F FA /r | RM | SSE2 |
psubq xmm1, xmm2/m128 | 66 0F FB /r | RM | SSE2 |
paddsb xmm1, xmm2/m128 | 66 0F EC /r | RM | SSE2 |
paddsw xmm1, xmm2/m128 | 66 0F ED /r | RM | SSE2 |
paddusb xmm1, xmm2/m128 | 66 0F DC /r | RM | SSE2 |
paddusw xmm1, xmm2/m128 | 66 0F DD /r | RM | SSE2 |
psubsb xmm1, xmm2/m128 | 66 0F E8 /r | RM | SSE2 |
psubsw xmm1, xmm2/m128 | 66 0F E9 /r | RM | SSE2 |
psubusb xmm1, xmm2/m128 | 66 0F D8 /r | RM | SSE2 |
psubusw xmm1, xmm2/m128 | 66 0F D9 /r | RM | SSE2 |
pmullw xmm1, xmm2/m128 | 66 0F D5 /r | RM | SSE2 |
pmulhw xmm1, xmm2/m128 | 66 0F E5 /r | RM | SSE2 |
pmulhuw xmm1, xmm2/m128 | 66 0F E4 /r | RM | SSE2 |
pmuludq xmm1, xmm2/m128 | 66 0F F4 /r | RM | SSE2 |
pmaddwd xmm1, xmm2/m128 | 66 0F F5 /r | RM | SSE2 |
psadbw xmm1, xmm2/m128 | 66 0F F6 /r | RM | SSE2 |
pavgb xmm1, xmm2/m128 | 66 0F E0 /r | RM | SSE2 |
pavgw xmm1, xmm2/m128 | 66 0F E3 /r | RM | SSE2 |
pminub xmm1, xmm2/m128 | 66 0F DA /r | RM | SSE2 |
pmaxub xmm1, xmm2/m128 | 66 0F DE /r | RM | SSE2 |
pminsw xmm1, xmm2/m128 | 66 0F EA /r | RM | SSE2 |
pmaxsw xmm1, xmm2/m128 | 66 0F EE /r | RM | SSE2 |
pand xmm1, xmm2/m128 | 66 0F DB /r | RM | SSE2 |
pandn xmm1, xmm2/m128 | 66 0F DF /r | RM | SSE2 |
por xmm1, xmm2/m128 | 66 0F EB /r | RM | SSE2 |
pxor xmm1, xmm2/m128 | 66 0F EF /r | RM | SSE2 |
pcmpeqb xmm1, xmm2/m128 | 66 0F 74 /r | RM | SSE2 |
pcmpeqw xmm1, xmm2/m128 | 66 0F 75 /r | RM | SSE2 |
pcmpeqd xmm1, xmm2/m128 | 66 0F 76 /r | RM | SSE2 |
pcmpgtb xmm1, xmm2/m128 | 66 0F 64 /r | RM | SSE2 |
pcmpgtw xmm1, xmm2/m128 | 66 0F 65 /r | RM | SSE2 |
pcmpgtd xmm1, xmm2/m128 | 66 0F 66 /r | RM | SSE2 |
packsswb xmm1, xmm2/m128 | 66 0F 63 /r | RM | SSE2 |
packssdw xmm1, xmm2/m128 | 66 0F 6B /r | RM | SSE2 |
packuswb xmm1, xmm2/m128 | 66 0F 67 /r | RM | SSE2 |
punpcklbw xmm1, xmm2/m128 | 66 0F 60 /r | RM | SSE2 |
punpcklwd xmm1, xmm2/m128 | 66 0F 61 /r | RM | SSE2 |
punpckldq xmm1, xmm2/m128 | 66 0F 62 /r | RM | SSE2 |
punpcklqdq xmm1, xmm2/m128 | 66 0F 6C /r | RM | SSE2 |
punpckhbw xmm1, xmm2/m128 | 66 0F 68 /r | RM | SSE2 |
punpckhwd xmm1, xmm2/m128 | 66 0F 69 /r | RM | SSE2 |
punpckhdq xmm1, xmm2/m128 | 66 0F 6A /r | RM | SSE2 |
punpckhqdq xmm1, xmm2/m128 | 66 0F 6D /r | RM | SSE2 |
psrlw xmm1, xmm2/m128 | 66 0F D1 /r | RM | SSE2 |
psrld xmm1, xmm2/m128 | 66 0F D2 /r | RM | SSE2 |
psrlq xmm1, xmm2/m128 | 66 0F D3 /r | RM | SSE2 |
psraw xmm1, xmm2/m128 | 66 0F E1 /r | RM | SSE2 |
psrad xmm1, xmm2/m128 | 66 0F E2 /r | RM | SSE2 |
psllw xmm1, xmm2/m128 | 66 0F F1 /r | RM | SSE2 |
pslld xmm1, xmm2/m128 | 66 0F F2 /r | RM | SSE2 |
psllq xmm1, xmm2/m128 | 66 0F F3 /r | RM | SSE2 |
psrlw xmm1, imm8 | 66 0F 71 /2 ib | MI | SSE2 |
psraw xmm1, imm8 | 66 0F 71 /4 ib | MI | SSE2 |
psllw xmm1, imm8 | 66 0F 71 /6 ib | MI | SSE2 |
psrld xmm1, imm8 | 66 0F 72 /2 ib | MI | SSE2 |
psrad xmm1, imm8 | 66 0F 72 /4 ib | MI | SSE2 |
pslld xmm1, imm8 | 66 0F 72 /6 ib | MI | SSE2 |
psrlq xmm1, imm8 | 66 0F 73 /2 ib | MI | SSE2 |
psrldq xmm1, imm8 | 66 0F 73 /3 ib | MI | SSE2 |
psllq xmm1, imm8 | 66 0F 73 /6 ib | MI | SSE2 |
pslldq xmm1, imm8 | 66 0F 73 /7 ib | MI | SSE2 |
pshufd xmm1, xmm2/m128, imm8 | 66 0F 70 /r ib | RMI | SSE2 |
pshufhw xmm1, xmm2/m128, imm8 | F3 0F 70 /r ib | RMI | SSE2 |
pshuflw xmm1, xmm2/m128, imm8 | F2 0F 70 /r ib | RMI | SSE2 |
pmovmskb r32, xmm1 | 66 0F D7 /r | RM | SSE2 |
pmovmskb r64, xmm1 | 66 0F D7 /r | RM | SSE2 |
pextrw r32, xmm1, imm8 | 66 0F C5 /r ib | RMI | SSE2 |
pextrw r64, xmm1, imm8 | 66 0F C5 /r ib | RMI | SSE2 |
pinsrw xmm1, r32/m16, imm8 | 66 0F C4 /r ib | RMI | SSE2 |
pinsrw xmm1, r64, imm8 | 66 0F C4 /r ib | RMI | SSE2 |
# SSE3
addsubps xmm1, xmm2/m128 | F2 0F D0 /r | RM | SSE3 |
addsubpd xmm1, xmm2/m128 | 66 0F D0 /r | RM | SSE3 |
haddps xmm1, xmm2/m128 | F2 0F 7C /r | RM | SSE3 |
haddpd xmm1, xmm2/m128 | 66 0F 7C /r | RM | SSE3 |
hsubps xmm1, xmm2/m128 | F2 0F 7D /r | RM | SSE3 |
hsubpd xmm1, xmm2/m128 | 66 0F 7D /r | RM | SSE3 |
lddqu xmm1, m128 | F2 0F F0 /r | RM | SSE3 |
movddup xmm1, xmm2/m64 | F2 0F 12 /r | RM | SSE3 |
movshdup xmm1, xmm2/m128 | F3 0F 16 /r | RM | SSE3 |
movsldup xmm1, xmm2/m128 | F3 0F 12 /r | RM | SSE3 |
# SSSE3
pshufb xmm1, xmm2/m128 | 66 0F 38 00 /r | RM | SSSE3 |
phaddw xmm1, xmm2/m128 | 66 0F 38 01 /r | RM | SSSE3 |
phaddd xmm1, xmm2/m128 | 66 0F 38 02 /r | RM | SSSE3 |
phaddsw xmm1, xmm2/m128 | 66 0F 38 03 /r | RM | SSSE3 |
pmaddubsw xmm1, xmm2/m128 | 66 0F 38 04 /r | RM | SSSE3 |
phsubw xmm1, xmm2/m128 | 66 0F 38 05 /r | RM | SSSE3 |
phsubd xmm1, xmm2/m128 | 66 0F 38 06 /r | RM | SSSE3 |
phsubsw xmm1, xmm2/m128 | 66 0F 38 07 /r | RM | SSSE3 |
psignb xmm1, xmm2/m128 | 66 0F 38 08 /r | RM | SSSE3 |
psignw xmm1, xmm2/m128 | 66 0F 38 09 /r | RM | SSSE3 |
psignd xmm1, xmm2/m128 | 66 0F 38 0A /r | RM | SSSE3 |
pmulhrsw xmm1, xmm2/m128 | 66 0F 38 0B /r | RM | SSSE3 |
pabsb xmm1, xmm2/m128 | 66 0F 38 1C /r | RM | SSSE3 |
pabsw xmm1, xmm2/m128 | 66 0F 38 1D /r | RM | SSSE3 |
pabsd xmm1, xmm2/m128 | 66 0F 38 1E /r | RM | SSSE3 |
palignr xmm1, xmm2/m128, imm8 | 66 0F 3A 0F /r ib | RMI | SSSE3 |
# SSE4.1 (and SSE4.2 pcmpgtq)
pmuldq xmm1, xmm2/m128 | 66 0F 38 28 /r | RM | SSE4_1 |
pcmpeqq xmm1, xmm2/m128 | 66 0F 38 29 /r | RM | SSE4_1 |
packusdw xmm1, xmm2/m128 | 66 0F 38 2B /r | RM | SSE4_1 |
pminsb xmm1, xmm2/m128 | 66 0F 38 38 /r | RM | SSE4_1 |
pminsd xmm1, xmm2/m128 | 66 0F 38 39 /r | RM | SSE4_1 |
pminuw xmm1, xmm2/m128 | 66 0F 38 3A /r | RM | SSE4_1 |
pminud xmm1, xmm2/m128 | 66 0F 38 3B /r | RM | SSE4_1 |
pmaxsb xmm1, xmm2/m128 | 66 0F 38 3C /r | RM | SSE4_1 |
pmaxsd xmm1, xmm2/m128 | 66 0F 38 3D /r | RM | SSE4_1 |
pmaxuw xmm1, xmm2/m128 | 66 0F 38 3E /r | RM | SSE4_1 |
pmaxud xmm1, xmm2/m128 | 66 0F 38 3F /r | RM | SSE4_1 |
pmulld xmm1, xmm2/m128 | 66 0F 38 40 /r | RM | SSE4_1 |
phminposuw xmm1, xmm2/m128 | 66 0F 38 41 /r | RM | SSE4_1 |
ptest xmm1, xmm2/m128 | 66 0F 38 17 /r | RM | SSE4_1 |
pcmpgtq xmm1, xmm2/m128 | 66 0F 38 37 /r | RM | SSE4_2 |
movntdqa xmm1, m128 | 66 0F 38 2A /r | RM | SSE4_1 |
pmovsxbw xmm1, xmm2/m64 | 66 0F 38 20 /r | RM | SSE4_1 |
pmovsxbd xmm1, xmm2/m32 | 66 0F 38 21 /r | RM | SSE4_1 |
pmovsxbq xmm1, xmm2/m16 | 66 0F 38 22 /r | RM | SSE4_1 |
pmovsxwd xmm1, xmm2/m64 | 66 0F 38 23 /r | RM | SSE4_1 |
pmovsxwq xmm1, xmm2/m32 | 66 0F 38 24 /r | RM | SSE4_1 |
pmovsxdq xmm1, xmm2/m64 | 66 0F 38 25 /r | RM | SSE4_1 |
pmovzxbw xmm1, xmm2/m64 | 66 0F 38 30 /r | RM | SSE4_1 |
pmovzxbd xmm1, xmm2/m32 | 66 0F 38 31 /r | RM | SSE4_1 |
pmovzxbq xmm1, xmm2/m16 | 66 0F 38 32 /r | RM | SSE4_1 |
pmovzxwd xmm1, xmm2/m64 | 66 0F 38 33 /r | RM | SSE4_1 |
pmovzxwq xmm1, xmm2/m32 | 66 0F 38 34 /r | RM | SSE4_1 |
pmovzxdq xmm1, xmm2/m64 | 66 0F 38 35 /r | RM | SSE4_1 |
pblendvb xmm1, xmm2/m128, <xmm0> | 66 0F 38 10 /r | RMZ | SSE4_1 |
blendvps xmm1, xmm2/m128, <xmm0> | 66 0F 38 14 /r | RMZ | SSE4_1 |
blendvpd xmm1, xmm2/m128, <xmm0> | 66 0F 38 15 /r | RMZ | SSE4_1 |
pblendvb xmm1, xmm2/m128 | 66 0F 38 10 /r | RM | SSE4_1 |
blendvps xmm1, xmm2/m128 | 66 0F 38 14 /r | RM | SSE4_1 |
blendvpd xmm1, xmm2/m128 | 66 0F 38 15 /r | RM | SSE4_1 |
roundps xmm1, xmm2/m128, imm8 | 66 0F 3A 08 /r ib | RMI | SSE4_1 |
roundpd xmm1, xmm2/m128, imm8 | 66 0F 3A 09 /r ib | RMI | SSE4_1 |
roundss xmm1, xmm2/m32, imm8 | 66 0F 3A 0A /r ib | RMI | SSE4_1 |
roundsd xmm1, xmm2/m64, imm8 | 66 0F 3A 0B /r ib | RMI | SSE4_1 |
blendps xmm1, xmm2/m128, imm8 | 66 0F 3A 0C /r ib | RMI | SSE4_1 |
blendpd xmm1, xmm2/m128, imm8 | 66 0F 3A 0D /r ib | RMI | SSE4_1 |
pblendw xmm1, xmm2/m128, imm8 | 66 0F 3A 0E /r ib | RMI | SSE4_1 |
dpps xmm1, xmm2/m128, imm8 | 66 0F 3A 40 /r ib | RMI | SSE4_1 |
dppd xmm1, xmm2/m128, imm8 | 66 0F 3A 41 /r ib | RMI | SSE4_1 |
mpsadbw xmm1, xmm2/m128, imm8 | 66 0F 3A 42 /r ib | RMI | SSE4_1 |
insertps xmm1, xmm2/m32, imm8 | 66 0F 3A 21 /r ib | RMI | SSE4_1 |
pextrb r32/m8, xmm2, imm8 | 66 0F 3A 14 /r ib | MRI | SSE4_1 |
pextrb r64, xmm2, imm8 | 66 0F 3A 14 /r ib | MRI | SSE4_1 |
pextrw r32/m16, xmm2, imm8 | 66 0F 3A 15 /r ib | MRI | SSE4_1 |
pextrd r/m32, xmm2, imm8 | 66 0F 3A 16 /r ib | MRI | SSE4_1 |
pextrq r/m64, xmm2, imm8 | 66 REX.W 0F 3A 16 /r ib | MRI | SSE4_1 |
extractps r/m32, xmm1, imm8 | 66 0F 3A 17 /r ib | MRI | SSE4_1 |
extractps r64, xmm1, imm8 | 66 0F 3A 17 /r ib | MRI | SSE4_1 |
pinsrb xmm1, r32/m8, imm8 | 66 0F 3A 20 /r ib | RMI | SSE4_1 |
pinsrb xmm1, r64, imm8 | 66 0F 3A 20 /r ib | RMI | SSE4_1 |
pinsrd xmm1, r/m32, imm8 | 66 0F 3A 22 /r ib | RMI | SSE4_1 |
pinsrq xmm1, r/m64, imm8 | 66 REX.W 0F 3A 22 /r ib | RMI | SSE4_1 |
# SSE4.2 string compares (implicit eax/edx in, ecx or xmm0 out)
pcmpestrm xmm1, xmm2/m128, imm8 | 66 0F 3A 60 /r ib | RMI | SSE4_2 |
pcmpestri xmm1, xmm2/m128, imm8 | 66 0F 3A 61 /r ib | RMI | SSE4_2 |
pcmpistrm xmm1, xmm2/m128, imm8 | 66 0F 3A 62 /r ib | RMI | SSE4_2 |
pcmpistri xmm1, xmm2/m128, imm8 | 66 0F 3A 63 /r ib | RMI | SSE4_2 |
`;
