// MMX register forms (mm0-mm7, legacy encoding only): the MMX instruction set plus the mm forms
// of the SSE/SSE2/SSSE3 integer instructions, mm<->xmm conversions and moves. One form per line in
// Intel SDM notation: instruction | opcode | op/en | cpuid feature. Line order is selection order
// (movq mm, mm/m64 before movq mm, r/m64). Data only; checked by tools/vector-check.ts.
export const mmxForms = `
# MMX moves
movq mm1, mm2/m64 | NP 0F 6F /r | RM | MMX |
movq mm2/m64, mm1 | NP 0F 7F /r | MR | MMX |
movd mm1, r/m32 | NP 0F 6E /r | RM | MMX |
movq mm1, r/m64 | NP REX.W 0F 6E /r | RM | MMX |
movd r/m32, mm1 | NP 0F 7E /r | MR | MMX |
movq r/m64, mm1 | NP REX.W 0F 7E /r | MR | MMX |
movd mm1, r64 | NP REX.W 0F 6E /r | RM | MMX |
movd r64, mm1 | NP REX.W 0F 7E /r | MR | MMX |
emms | NP 0F 77 | ZO | MMX |
# MMX / SSE / SSE2 / SSSE3 integer operations on mm registers
paddb mm1, mm2/m64 | NP 0F FC /r | RM | MMX |
paddw mm1, mm2/m64 | NP 0F FD /r | RM | MMX |
paddd mm1, mm2/m64 | NP 0F FE /r | RM | MMX |
paddq mm1, mm2/m64 | NP 0F D4 /r | RM | SSE2 |
psubb mm1, mm2/m64 | NP 0F F8 /r | RM | MMX |
psubw mm1, mm2/m64 | NP 0F F9 /r | RM | MMX |
psubd mm1, mm2/m64 | NP 0F FA /r | RM | MMX |
psubq mm1, mm2/m64 | NP 0F FB /r | RM | SSE2 |
paddsb mm1, mm2/m64 | NP 0F EC /r | RM | MMX |
paddsw mm1, mm2/m64 | NP 0F ED /r | RM | MMX |
paddusb mm1, mm2/m64 | NP 0F DC /r | RM | MMX |
paddusw mm1, mm2/m64 | NP 0F DD /r | RM | MMX |
psubsb mm1, mm2/m64 | NP 0F E8 /r | RM | MMX |
psubsw mm1, mm2/m64 | NP 0F E9 /r | RM | MMX |
psubusb mm1, mm2/m64 | NP 0F D8 /r | RM | MMX |
psubusw mm1, mm2/m64 | NP 0F D9 /r | RM | MMX |
pmullw mm1, mm2/m64 | NP 0F D5 /r | RM | MMX |
pmulhw mm1, mm2/m64 | NP 0F E5 /r | RM | MMX |
pmulhuw mm1, mm2/m64 | NP 0F E4 /r | RM | SSE |
pmuludq mm1, mm2/m64 | NP 0F F4 /r | RM | SSE2 |
pmaddwd mm1, mm2/m64 | NP 0F F5 /r | RM | MMX |
psadbw mm1, mm2/m64 | NP 0F F6 /r | RM | SSE |
pavgb mm1, mm2/m64 | NP 0F E0 /r | RM | SSE |
pavgw mm1, mm2/m64 | NP 0F E3 /r | RM | SSE |
pminub mm1, mm2/m64 | NP 0F DA /r | RM | SSE |
pmaxub mm1, mm2/m64 | NP 0F DE /r | RM | SSE |
pminsw mm1, mm2/m64 | NP 0F EA /r | RM | SSE |
pmaxsw mm1, mm2/m64 | NP 0F EE /r | RM | SSE |
pand mm1, mm2/m64 | NP 0F DB /r | RM | MMX |
pandn mm1, mm2/m64 | NP 0F DF /r | RM | MMX |
por mm1, mm2/m64 | NP 0F EB /r | RM | MMX |
pxor mm1, mm2/m64 | NP 0F EF /r | RM | MMX |
pcmpeqb mm1, mm2/m64 | NP 0F 74 /r | RM | MMX |
pcmpeqw mm1, mm2/m64 | NP 0F 75 /r | RM | MMX |
pcmpeqd mm1, mm2/m64 | NP 0F 76 /r | RM | MMX |
pcmpgtb mm1, mm2/m64 | NP 0F 64 /r | RM | MMX |
pcmpgtw mm1, mm2/m64 | NP 0F 65 /r | RM | MMX |
pcmpgtd mm1, mm2/m64 | NP 0F 66 /r | RM | MMX |
packsswb mm1, mm2/m64 | NP 0F 63 /r | RM | MMX |
packssdw mm1, mm2/m64 | NP 0F 6B /r | RM | MMX |
packuswb mm1, mm2/m64 | NP 0F 67 /r | RM | MMX |
punpckhbw mm1, mm2/m64 | NP 0F 68 /r | RM | MMX |
punpckhwd mm1, mm2/m64 | NP 0F 69 /r | RM | MMX |
punpckhdq mm1, mm2/m64 | NP 0F 6A /r | RM | MMX |
psrlw mm1, mm2/m64 | NP 0F D1 /r | RM | MMX |
psrld mm1, mm2/m64 | NP 0F D2 /r | RM | MMX |
psrlq mm1, mm2/m64 | NP 0F D3 /r | RM | MMX |
psraw mm1, mm2/m64 | NP 0F E1 /r | RM | MMX |
psrad mm1, mm2/m64 | NP 0F E2 /r | RM | MMX |
psllw mm1, mm2/m64 | NP 0F F1 /r | RM | MMX |
pslld mm1, mm2/m64 | NP 0F F2 /r | RM | MMX |
psllq mm1, mm2/m64 | NP 0F F3 /r | RM | MMX |
punpcklbw mm1, mm2/m32 | NP 0F 60 /r | RM | MMX |
punpcklwd mm1, mm2/m32 | NP 0F 61 /r | RM | MMX |
punpckldq mm1, mm2/m32 | NP 0F 62 /r | RM | MMX |
psrlw mm1, imm8 | NP 0F 71 /2 ib | MI | MMX |
psraw mm1, imm8 | NP 0F 71 /4 ib | MI | MMX |
psllw mm1, imm8 | NP 0F 71 /6 ib | MI | MMX |
psrld mm1, imm8 | NP 0F 72 /2 ib | MI | MMX |
psrad mm1, imm8 | NP 0F 72 /4 ib | MI | MMX |
pslld mm1, imm8 | NP 0F 72 /6 ib | MI | MMX |
psrlq mm1, imm8 | NP 0F 73 /2 ib | MI | MMX |
psllq mm1, imm8 | NP 0F 73 /6 ib | MI | MMX |
pshufb mm1, mm2/m64 | NP 0F 38 00 /r | RM | SSSE3 |
phaddw mm1, mm2/m64 | NP 0F 38 01 /r | RM | SSSE3 |
phaddd mm1, mm2/m64 | NP 0F 38 02 /r | RM | SSSE3 |
phaddsw mm1, mm2/m64 | NP 0F 38 03 /r | RM | SSSE3 |
pmaddubsw mm1, mm2/m64 | NP 0F 38 04 /r | RM | SSSE3 |
phsubw mm1, mm2/m64 | NP 0F 38 05 /r | RM | SSSE3 |
phsubd mm1, mm2/m64 | NP 0F 38 06 /r | RM | SSSE3 |
phsubsw mm1, mm2/m64 | NP 0F 38 07 /r | RM | SSSE3 |
psignb mm1, mm2/m64 | NP 0F 38 08 /r | RM | SSSE3 |
psignw mm1, mm2/m64 | NP 0F 38 09 /r | RM | SSSE3 |
psignd mm1, mm2/m64 | NP 0F 38 0A /r | RM | SSSE3 |
pmulhrsw mm1, mm2/m64 | NP 0F 38 0B /r | RM | SSSE3 |
pabsb mm1, mm2/m64 | NP 0F 38 1C /r | RM | SSSE3 |
pabsw mm1, mm2/m64 | NP 0F 38 1D /r | RM | SSSE3 |
pabsd mm1, mm2/m64 | NP 0F 38 1E /r | RM | SSSE3 |
palignr mm1, mm2/m64, imm8 | NP 0F 3A 0F /r ib | RMI | SSSE3 |
pshufw mm1, mm2/m64, imm8 | NP 0F 70 /r ib | RMI | SSE |
pextrw r32, mm1, imm8 | NP 0F C5 /r ib | RMI | SSE |
pextrw r64, mm1, imm8 | NP 0F C5 /r ib | RMI | SSE |
pinsrw mm1, r32/m16, imm8 | NP 0F C4 /r ib | RMI | SSE |
pinsrw mm1, r64, imm8 | NP 0F C4 /r ib | RMI | SSE |
pmovmskb r32, mm1 | NP 0F D7 /r | RM | SSE |
pmovmskb r64, mm1 | NP 0F D7 /r | RM | SSE |
maskmovq mm1, mm2 | NP 0F F7 /r | RM | SSE |
movntq m64, mm1 | NP 0F E7 /r | MR | SSE |
# conversions between mm and xmm
cvtpi2ps xmm1, mm2/m64 | NP 0F 2A /r | RM | SSE |
cvtps2pi mm1, xmm2/m64 | NP 0F 2D /r | RM | SSE |
cvttps2pi mm1, xmm2/m64 | NP 0F 2C /r | RM | SSE |
cvtpi2pd xmm1, mm2/m64 | 66 0F 2A /r | RM | SSE2 |
cvtpd2pi mm1, xmm2/m128 | 66 0F 2D /r | RM | SSE2 |
cvttpd2pi mm1, xmm2/m128 | 66 0F 2C /r | RM | SSE2 |
movdq2q mm1, xmm2 | F2 0F D6 /r | RM | SSE2 |
movq2dq xmm1, mm2 | F3 0F D6 /r | RM | SSE2 |
`;
