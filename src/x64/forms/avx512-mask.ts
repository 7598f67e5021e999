// Opmask register instructions (VEX encoded, AVX512F/BW/DQ): kmov, logic, add, not, tests,
// shifts, unpacks. Same line format as avx512.ts. Data only; checked by tools/vector-check.ts.
export const avx512MaskForms = `
# Opmask (k) register instructions, VEX encoded
kmovb k1, k2/m8 | VEX.L0.66.0F.W0 90 /r | RM | AVX512DQ | 
kmovb m8, k1 | VEX.L0.66.0F.W0 91 /r | MR | AVX512DQ | 
kmovw k1, k2/m16 | VEX.L0.0F.W0 90 /r | RM | AVX512F | 
kmovw m16, k1 | VEX.L0.0F.W0 91 /r | MR | AVX512F | 
kmovd k1, k2/m32 | VEX.L0.66.0F.W1 90 /r | RM | AVX512BW | 
kmovd m32, k1 | VEX.L0.66.0F.W1 91 /r | MR | AVX512BW | 
kmovq k1, k2/m64 | VEX.L0.0F.W1 90 /r | RM | AVX512BW | 
kmovq m64, k1 | VEX.L0.0F.W1 91 /r | MR | AVX512BW | 
kmovb k1, r32 | VEX.L0.66.0F.W0 92 /r | RM | AVX512DQ | 
kmovb r32, k1 | VEX.L0.66.0F.W0 93 /r | RM | AVX512DQ | 
kmovw k1, r32 | VEX.L0.0F.W0 92 /r | RM | AVX512F | 
kmovw r32, k1 | VEX.L0.0F.W0 93 /r | RM | AVX512F | 
kmovd k1, r32 | VEX.L0.F2.0F.W0 92 /r | RM | AVX512BW | 
kmovd r32, k1 | VEX.L0.F2.0F.W0 93 /r | RM | AVX512BW | 
kmovq k1, r64 | VEX.L0.F2.0F.W1 92 /r | RM | AVX512BW | 
kmovq r64, k1 | VEX.L0.F2.0F.W1 93 /r | RM | AVX512BW | 
kandb k1, k2, k3 | VEX.L1.66.0F.W0 41 /r | RVM | AVX512DQ | 
kandw k1, k2, k3 | VEX.L1.0F.W0 41 /r | RVM | AVX512F | 
kandd k1, k2, k3 | VEX.L1.66.0F.W1 41 /r | RVM | AVX512BW | 
kandq k1, k2, k3 | VEX.L1.0F.W1 41 /r | RVM | AVX512BW | 
kandnb k1, k2, k3 | VEX.L1.66.0F.W0 42 /r | RVM | AVX512DQ | 
kandnw k1, k2, k3 | VEX.L1.0F.W0 42 /r | RVM | AVX512F | 
kandnd k1, k2, k3 | VEX.L1.66.0F.W1 42 /r | RVM | AVX512BW | 
kandnq k1, k2, k3 | VEX.L1.0F.W1 42 /r | RVM | AVX512BW | 
korb k1, k2, k3 | VEX.L1.66.0F.W0 45 /r | RVM | AVX512DQ | 
korw k1, k2, k3 | VEX.L1.0F.W0 45 /r | RVM | AVX512F | 
kord k1, k2, k3 | VEX.L1.66.0F.W1 45 /r | RVM | AVX512BW | 
korq k1, k2, k3 | VEX.L1.0F.W1 45 /r | RVM | AVX512BW | 
kxnorb k1, k2, k3 | VEX.L1.66.0F.W0 46 /r | RVM | AVX512DQ | 
kxnorw k1, k2, k3 | VEX.L1.0F.W0 46 /r | RVM | AVX512F | 
kxnord k1, k2, k3 | VEX.L1.66.0F.W1 46 /r | RVM | AVX512BW | 
kxnorq k1, k2, k3 | VEX.L1.0F.W1 46 /r | RVM | AVX512BW | 
kxorb k1, k2, k3 | VEX.L1.66.0F.W0 47 /r | RVM | AVX512DQ | 
kxorw k1, k2, k3 | VEX.L1.0F.W0 47 /r | RVM | AVX512F | 
kxord k1, k2, k3 | VEX.L1.66.0F.W1 47 /r | RVM | AVX512BW | 
kxorq k1, k2, k3 | VEX.L1.0F.W1 47 /r | RVM | AVX512BW | 
kaddb k1, k2, k3 | VEX.L1.66.0F.W0 4A /r | RVM | AVX512DQ | 
kaddw k1, k2, k3 | VEX.L1.0F.W0 4A /r | RVM | AVX512DQ | 
kaddd k1, k2, k3 | VEX.L1.66.0F.W1 4A /r | RVM | AVX512BW | 
kaddq k1, k2, k3 | VEX.L1.0F.W1 4A /r | RVM | AVX512BW | 
knotb k1, k2 | VEX.L0.66.0F.W0 44 /r | RM | AVX512DQ | 
knotw k1, k2 | VEX.L0.0F.W0 44 /r | RM | AVX512F | 
knotd k1, k2 | VEX.L0.66.0F.W1 44 /r | RM | AVX512BW | 
knotq k1, k2 | VEX.L0.0F.W1 44 /r | RM | AVX512BW | 
kortestb k1, k2 | VEX.L0.66.0F.W0 98 /r | RM | AVX512DQ | 
kortestw k1, k2 | VEX.L0.0F.W0 98 /r | RM | AVX512F | 
kortestd k1, k2 | VEX.L0.66.0F.W1 98 /r | RM | AVX512BW | 
kortestq k1, k2 | VEX.L0.0F.W1 98 /r | RM | AVX512BW | 
ktestb k1, k2 | VEX.L0.66.0F.W0 99 /r | RM | AVX512DQ | 
ktestw k1, k2 | VEX.L0.0F.W0 99 /r | RM | AVX512DQ | 
ktestd k1, k2 | VEX.L0.66.0F.W1 99 /r | RM | AVX512BW | 
ktestq k1, k2 | VEX.L0.0F.W1 99 /r | RM | AVX512BW | 
kshiftlb k1, k2, imm8 | VEX.L0.66.0F3A.W0 32 /r ib | RMI | AVX512DQ | 
kshiftlw k1, k2, imm8 | VEX.L0.66.0F3A.W1 32 /r ib | RMI | AVX512F | 
kshiftld k1, k2, imm8 | VEX.L0.66.0F3A.W0 33 /r ib | RMI | AVX512BW | 
kshiftlq k1, k2, imm8 | VEX.L0.66.0F3A.W1 33 /r ib | RMI | AVX512BW | 
kshiftrb k1, k2, imm8 | VEX.L0.66.0F3A.W0 30 /r ib | RMI | AVX512DQ | 
kshiftrw k1, k2, imm8 | VEX.L0.66.0F3A.W1 30 /r ib | RMI | AVX512F | 
kshiftrd k1, k2, imm8 | VEX.L0.66.0F3A.W0 31 /r ib | RMI | AVX512BW | 
kshiftrq k1, k2, imm8 | VEX.L0.66.0F3A.W1 31 /r ib | RMI | AVX512BW | 
kunpckbw k1, k2, k3 | VEX.L1.66.0F.W0 4B /r | RVM | AVX512F | 
kunpckwd k1, k2, k3 | VEX.L1.0F.W0 4B /r | RVM | AVX512BW | 
kunpckdq k1, k2, k3 | VEX.L1.0F.W1 4B /r | RVM | AVX512BW | 
`;
