// The `x64` namespace: every register as a constant (rax, r8d, xmm17, k1...), memory operand
// constructors (mem, byte..zmmword, rel, bcst), AVX-512 rounding decorators, and condition names.
// Usage: `import { x64 } from "jitkit"; const { rax, rdi } = x64; a.mov(rax, x64.qword(rdi, 8));`

import * as R from "./registers.js";

export const [rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15] = R.gp64;
export const [eax, ecx, edx, ebx, esp, ebp, esi, edi, r8d, r9d, r10d, r11d, r12d, r13d, r14d, r15d] = R.gp32;
export const [ax, cx, dx, bx, sp, bp, si, di, r8w, r9w, r10w, r11w, r12w, r13w, r14w, r15w] = R.gp16;
export const [al, cl, dl, bl, spl, bpl, sil, dil, r8b, r9b, r10b, r11b, r12b, r13b, r14b, r15b] = R.gp8;
export const [ah, ch, dh, bh] = R.high8;
export const [xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7, xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15, xmm16, xmm17, xmm18, xmm19, xmm20, xmm21, xmm22, xmm23, xmm24, xmm25, xmm26, xmm27, xmm28, xmm29, xmm30, xmm31] = R.xmm;
export const [ymm0, ymm1, ymm2, ymm3, ymm4, ymm5, ymm6, ymm7, ymm8, ymm9, ymm10, ymm11, ymm12, ymm13, ymm14, ymm15, ymm16, ymm17, ymm18, ymm19, ymm20, ymm21, ymm22, ymm23, ymm24, ymm25, ymm26, ymm27, ymm28, ymm29, ymm30, ymm31] = R.ymm;
export const [zmm0, zmm1, zmm2, zmm3, zmm4, zmm5, zmm6, zmm7, zmm8, zmm9, zmm10, zmm11, zmm12, zmm13, zmm14, zmm15, zmm16, zmm17, zmm18, zmm19, zmm20, zmm21, zmm22, zmm23, zmm24, zmm25, zmm26, zmm27, zmm28, zmm29, zmm30, zmm31] = R.zmm;
export const [k0, k1, k2, k3, k4, k5, k6, k7] = R.kreg;
export const [mm0, mm1, mm2, mm3, mm4, mm5, mm6, mm7] = R.mm;
export const { fs, gs } = R.seg;
export const { rip, eip, riz, eiz } = R;

export { Reg, registersByName, gp64, gp32, gp16, gp8, high8, xmm, ymm, zmm, kreg, mm } from "./registers.js";
export type { RegKind, Gp, Gp64, Gp32, Gp16, Gp8, Mm, Xmm, Ymm, Zmm, KReg, VecReg } from "./registers.js";
export { Mem, Label, Rounding, mem, byte, word, dword, qword, tword, xmmword, ymmword, zmmword, rel, bcst, rnSae, rdSae, ruSae, rzSae, sae } from "./operands.js";
export type { Imm, MemOptions, MemSize, Scale, SegName } from "./operands.js";
export { CONDITIONS, CONDITION_NAMES, conditionCode, invertCondition } from "./conditions.js";
export type { ConditionName } from "./conditions.js";
