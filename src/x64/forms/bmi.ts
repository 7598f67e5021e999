// BMI1 / BMI2 instruction forms (VEX-encoded general-purpose instructions); grammar in ../table.ts.

export const bmiForms = `
# instruction                       | opcode                    | op/en | cpuid
andn r32a, r32b, r/m32            | VEX.LZ.0F38.W0 F2 /r      | RVM | BMI1
andn r64a, r64b, r/m64            | VEX.LZ.0F38.W1 F2 /r      | RVM | BMI1
bextr r32a, r/m32, r32b           | VEX.LZ.0F38.W0 F7 /r      | RMV | BMI1
bextr r64a, r/m64, r64b           | VEX.LZ.0F38.W1 F7 /r      | RMV | BMI1
blsi r32, r/m32                   | VEX.LZ.0F38.W0 F3 /3      | VM  | BMI1
blsi r64, r/m64                   | VEX.LZ.0F38.W1 F3 /3      | VM  | BMI1
blsmsk r32, r/m32                 | VEX.LZ.0F38.W0 F3 /2      | VM  | BMI1
blsmsk r64, r/m64                 | VEX.LZ.0F38.W1 F3 /2      | VM  | BMI1
blsr r32, r/m32                   | VEX.LZ.0F38.W0 F3 /1      | VM  | BMI1
blsr r64, r/m64                   | VEX.LZ.0F38.W1 F3 /1      | VM  | BMI1
bzhi r32a, r/m32, r32b            | VEX.LZ.0F38.W0 F5 /r      | RMV | BMI2
bzhi r64a, r/m64, r64b            | VEX.LZ.0F38.W1 F5 /r      | RMV | BMI2
mulx r32a, r32b, r/m32            | VEX.LZ.F2.0F38.W0 F6 /r   | RVM | BMI2
mulx r64a, r64b, r/m64            | VEX.LZ.F2.0F38.W1 F6 /r   | RVM | BMI2
pdep r32a, r32b, r/m32            | VEX.LZ.F2.0F38.W0 F5 /r   | RVM | BMI2
pdep r64a, r64b, r/m64            | VEX.LZ.F2.0F38.W1 F5 /r   | RVM | BMI2
pext r32a, r32b, r/m32            | VEX.LZ.F3.0F38.W0 F5 /r   | RVM | BMI2
pext r64a, r64b, r/m64            | VEX.LZ.F3.0F38.W1 F5 /r   | RVM | BMI2
rorx r32, r/m32, imm8             | VEX.LZ.F2.0F3A.W0 F0 /r ib| RMI | BMI2
rorx r64, r/m64, imm8             | VEX.LZ.F2.0F3A.W1 F0 /r ib| RMI | BMI2
sarx r32a, r/m32, r32b            | VEX.LZ.F3.0F38.W0 F7 /r   | RMV | BMI2
sarx r64a, r/m64, r64b            | VEX.LZ.F3.0F38.W1 F7 /r   | RMV | BMI2
shlx r32a, r/m32, r32b            | VEX.LZ.66.0F38.W0 F7 /r   | RMV | BMI2
shlx r64a, r/m64, r64b            | VEX.LZ.66.0F38.W1 F7 /r   | RMV | BMI2
shrx r32a, r/m32, r32b            | VEX.LZ.F2.0F38.W0 F7 /r   | RMV | BMI2
shrx r64a, r/m64, r64b            | VEX.LZ.F2.0F38.W1 F7 /r   | RMV | BMI2
`;
