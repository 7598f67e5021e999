// General-purpose integer instruction forms (x86-64, 64-bit mode), one line per form in Intel
// SDM notation; grammar in ../table.ts. Within a mnemonic the first matching line wins, so the
// forms llvm-mc prefers come first (reg,reg via the MR opcode, imm8 before imm32, accumulator
// short forms before the general ones). 16-bit forms spell out the 66 operand-size prefix.

export const integerForms = `
# instruction                       | opcode                    | op/en | cpuid

# mov (89/8B before immediates: llvm-mc's choice for reg, reg)
mov r/m8, r8                      | 88 /r                     | MR  | -
mov r/m16, r16                    | 66 89 /r                  | MR  | -
mov r/m32, r32                    | 89 /r                     | MR  | -
mov r/m64, r64                    | REX.W 89 /r               | MR  | -
mov r8, r/m8                      | 8A /r                     | RM  | -
mov r16, r/m16                    | 66 8B /r                  | RM  | -
mov r32, r/m32                    | 8B /r                     | RM  | -
mov r64, r/m64                    | REX.W 8B /r               | RM  | -
mov r8, imm8                      | B0+rb ib                  | OI  | -
mov r16, imm16                    | 66 B8+rw iw               | OI  | -
mov r32, imm32                    | B8+rd id                  | OI  | -
mov r/m64, imm32                  | REX.W C7 /0 id            | MI  | -
mov r64, imm64                    | REX.W B8+rq io            | OI  | -
mov r/m8, imm8                    | C6 /0 ib                  | MI  | -
mov r/m16, imm16                  | 66 C7 /0 iw               | MI  | -
mov r/m32, imm32                  | C7 /0 id                  | MI  | -
movabs r64, imm64                 | REX.W B8+rq io            | OI  | -
movabs al, moffs8                 | A0                        | ZA  | -
movabs ax, moffs16                | 66 A1                     | ZA  | -
movabs eax, moffs32               | A1                        | ZA  | -
movabs rax, moffs64               | REX.W A1                  | ZA  | -
movabs moffs8, al                 | A2                        | AZ  | -
movabs moffs16, ax                | 66 A3                     | AZ  | -
movabs moffs32, eax               | A3                        | AZ  | -
movabs moffs64, rax               | REX.W A3                  | AZ  | -

# movzx / movsx / movsxd
movzx r16, r/m8                   | 66 0F B6 /r               | RM  | -
movzx r32, r/m8                   | 0F B6 /r                  | RM  | -
movzx r64, r/m8                   | REX.W 0F B6 /r            | RM  | -
movzx r32, r/m16                  | 0F B7 /r                  | RM  | -
movzx r64, r/m16                  | REX.W 0F B7 /r            | RM  | -
movsx r16, r/m8                   | 66 0F BE /r               | RM  | -
movsx r32, r/m8                   | 0F BE /r                  | RM  | -
movsx r64, r/m8                   | REX.W 0F BE /r            | RM  | -
movsx r32, r/m16                  | 0F BF /r                  | RM  | -
movsx r64, r/m16                  | REX.W 0F BF /r            | RM  | -
movsxd r64, r/m32                 | REX.W 63 /r               | RM  | -

# lea
lea r16, m                        | 66 8D /r                  | RM  | -
lea r32, m                        | 8D /r                     | RM  | -
lea r64, m                        | REX.W 8D /r               | RM  | -

# add: /0; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
add r/m8, r8                      | 00 /r                     | MR  | -
add r/m16, r16                    | 66 01 /r                  | MR  | -
add r/m32, r32                    | 01 /r                     | MR  | -
add r/m64, r64                    | REX.W 01 /r               | MR  | -
add r8, r/m8                      | 02 /r                     | RM  | -
add r16, r/m16                    | 66 03 /r                  | RM  | -
add r32, r/m32                    | 03 /r                     | RM  | -
add r64, r/m64                    | REX.W 03 /r               | RM  | -
add al, imm8                      | 04 ib                     | ZI  | -
add r/m16, imm8                   | 66 83 /0 ib               | MI  | -
add r/m32, imm8                   | 83 /0 ib                  | MI  | -
add r/m64, imm8                   | REX.W 83 /0 ib            | MI  | -
add ax, imm16                     | 66 05 iw                  | ZI  | -
add eax, imm32                    | 05 id                     | ZI  | -
add rax, imm32                    | REX.W 05 id               | ZI  | -
add r/m8, imm8                    | 80 /0 ib                  | MI  | -
add r/m16, imm16                  | 66 81 /0 iw               | MI  | -
add r/m32, imm32                  | 81 /0 id                  | MI  | -
add r/m64, imm32                  | REX.W 81 /0 id            | MI  | -

# or: /1; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
or r/m8, r8                       | 08 /r                     | MR  | -
or r/m16, r16                     | 66 09 /r                  | MR  | -
or r/m32, r32                     | 09 /r                     | MR  | -
or r/m64, r64                     | REX.W 09 /r               | MR  | -
or r8, r/m8                       | 0A /r                     | RM  | -
or r16, r/m16                     | 66 0B /r                  | RM  | -
or r32, r/m32                     | 0B /r                     | RM  | -
or r64, r/m64                     | REX.W 0B /r               | RM  | -
or al, imm8                       | 0C ib                     | ZI  | -
or r/m16, imm8                    | 66 83 /1 ib               | MI  | -
or r/m32, imm8                    | 83 /1 ib                  | MI  | -
or r/m64, imm8                    | REX.W 83 /1 ib            | MI  | -
or ax, imm16                      | 66 0D iw                  | ZI  | -
or eax, imm32                     | 0D id                     | ZI  | -
or rax, imm32                     | REX.W 0D id               | ZI  | -
or r/m8, imm8                     | 80 /1 ib                  | MI  | -
or r/m16, imm16                   | 66 81 /1 iw               | MI  | -
or r/m32, imm32                   | 81 /1 id                  | MI  | -
or r/m64, imm32                   | REX.W 81 /1 id            | MI  | -

# adc: /2; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
adc r/m8, r8                      | 10 /r                     | MR  | -
adc r/m16, r16                    | 66 11 /r                  | MR  | -
adc r/m32, r32                    | 11 /r                     | MR  | -
adc r/m64, r64                    | REX.W 11 /r               | MR  | -
adc r8, r/m8                      | 12 /r                     | RM  | -
adc r16, r/m16                    | 66 13 /r                  | RM  | -
adc r32, r/m32                    | 13 /r                     | RM  | -
adc r64, r/m64                    | REX.W 13 /r               | RM  | -
adc al, imm8                      | 14 ib                     | ZI  | -
adc r/m16, imm8                   | 66 83 /2 ib               | MI  | -
adc r/m32, imm8                   | 83 /2 ib                  | MI  | -
adc r/m64, imm8                   | REX.W 83 /2 ib            | MI  | -
adc ax, imm16                     | 66 15 iw                  | ZI  | -
adc eax, imm32                    | 15 id                     | ZI  | -
adc rax, imm32                    | REX.W 15 id               | ZI  | -
adc r/m8, imm8                    | 80 /2 ib                  | MI  | -
adc r/m16, imm16                  | 66 81 /2 iw               | MI  | -
adc r/m32, imm32                  | 81 /2 id                  | MI  | -
adc r/m64, imm32                  | REX.W 81 /2 id            | MI  | -

# sbb: /3; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
sbb r/m8, r8                      | 18 /r                     | MR  | -
sbb r/m16, r16                    | 66 19 /r                  | MR  | -
sbb r/m32, r32                    | 19 /r                     | MR  | -
sbb r/m64, r64                    | REX.W 19 /r               | MR  | -
sbb r8, r/m8                      | 1A /r                     | RM  | -
sbb r16, r/m16                    | 66 1B /r                  | RM  | -
sbb r32, r/m32                    | 1B /r                     | RM  | -
sbb r64, r/m64                    | REX.W 1B /r               | RM  | -
sbb al, imm8                      | 1C ib                     | ZI  | -
sbb r/m16, imm8                   | 66 83 /3 ib               | MI  | -
sbb r/m32, imm8                   | 83 /3 ib                  | MI  | -
sbb r/m64, imm8                   | REX.W 83 /3 ib            | MI  | -
sbb ax, imm16                     | 66 1D iw                  | ZI  | -
sbb eax, imm32                    | 1D id                     | ZI  | -
sbb rax, imm32                    | REX.W 1D id               | ZI  | -
sbb r/m8, imm8                    | 80 /3 ib                  | MI  | -
sbb r/m16, imm16                  | 66 81 /3 iw               | MI  | -
sbb r/m32, imm32                  | 81 /3 id                  | MI  | -
sbb r/m64, imm32                  | REX.W 81 /3 id            | MI  | -

# and: /4; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
and r/m8, r8                      | 20 /r                     | MR  | -
and r/m16, r16                    | 66 21 /r                  | MR  | -
and r/m32, r32                    | 21 /r                     | MR  | -
and r/m64, r64                    | REX.W 21 /r               | MR  | -
and r8, r/m8                      | 22 /r                     | RM  | -
and r16, r/m16                    | 66 23 /r                  | RM  | -
and r32, r/m32                    | 23 /r                     | RM  | -
and r64, r/m64                    | REX.W 23 /r               | RM  | -
and al, imm8                      | 24 ib                     | ZI  | -
and r/m16, imm8                   | 66 83 /4 ib               | MI  | -
and r/m32, imm8                   | 83 /4 ib                  | MI  | -
and r/m64, imm8                   | REX.W 83 /4 ib            | MI  | -
and ax, imm16                     | 66 25 iw                  | ZI  | -
and eax, imm32                    | 25 id                     | ZI  | -
and rax, imm32                    | REX.W 25 id               | ZI  | -
and r/m8, imm8                    | 80 /4 ib                  | MI  | -
and r/m16, imm16                  | 66 81 /4 iw               | MI  | -
and r/m32, imm32                  | 81 /4 id                  | MI  | -
and r/m64, imm32                  | REX.W 81 /4 id            | MI  | -

# sub: /5; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
sub r/m8, r8                      | 28 /r                     | MR  | -
sub r/m16, r16                    | 66 29 /r                  | MR  | -
sub r/m32, r32                    | 29 /r                     | MR  | -
sub r/m64, r64                    | REX.W 29 /r               | MR  | -
sub r8, r/m8                      | 2A /r                     | RM  | -
sub r16, r/m16                    | 66 2B /r                  | RM  | -
sub r32, r/m32                    | 2B /r                     | RM  | -
sub r64, r/m64                    | REX.W 2B /r               | RM  | -
sub al, imm8                      | 2C ib                     | ZI  | -
sub r/m16, imm8                   | 66 83 /5 ib               | MI  | -
sub r/m32, imm8                   | 83 /5 ib                  | MI  | -
sub r/m64, imm8                   | REX.W 83 /5 ib            | MI  | -
sub ax, imm16                     | 66 2D iw                  | ZI  | -
sub eax, imm32                    | 2D id                     | ZI  | -
sub rax, imm32                    | REX.W 2D id               | ZI  | -
sub r/m8, imm8                    | 80 /5 ib                  | MI  | -
sub r/m16, imm16                  | 66 81 /5 iw               | MI  | -
sub r/m32, imm32                  | 81 /5 id                  | MI  | -
sub r/m64, imm32                  | REX.W 81 /5 id            | MI  | -

# xor: /6; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
xor r/m8, r8                      | 30 /r                     | MR  | -
xor r/m16, r16                    | 66 31 /r                  | MR  | -
xor r/m32, r32                    | 31 /r                     | MR  | -
xor r/m64, r64                    | REX.W 31 /r               | MR  | -
xor r8, r/m8                      | 32 /r                     | RM  | -
xor r16, r/m16                    | 66 33 /r                  | RM  | -
xor r32, r/m32                    | 33 /r                     | RM  | -
xor r64, r/m64                    | REX.W 33 /r               | RM  | -
xor al, imm8                      | 34 ib                     | ZI  | -
xor r/m16, imm8                   | 66 83 /6 ib               | MI  | -
xor r/m32, imm8                   | 83 /6 ib                  | MI  | -
xor r/m64, imm8                   | REX.W 83 /6 ib            | MI  | -
xor ax, imm16                     | 66 35 iw                  | ZI  | -
xor eax, imm32                    | 35 id                     | ZI  | -
xor rax, imm32                    | REX.W 35 id               | ZI  | -
xor r/m8, imm8                    | 80 /6 ib                  | MI  | -
xor r/m16, imm16                  | 66 81 /6 iw               | MI  | -
xor r/m32, imm32                  | 81 /6 id                  | MI  | -
xor r/m64, imm32                  | REX.W 81 /6 id            | MI  | -

# cmp: /7; reg, reg uses the MR form; imm8 (sign-extended) before the accumulator short forms
cmp r/m8, r8                      | 38 /r                     | MR  | -
cmp r/m16, r16                    | 66 39 /r                  | MR  | -
cmp r/m32, r32                    | 39 /r                     | MR  | -
cmp r/m64, r64                    | REX.W 39 /r               | MR  | -
cmp r8, r/m8                      | 3A /r                     | RM  | -
cmp r16, r/m16                    | 66 3B /r                  | RM  | -
cmp r32, r/m32                    | 3B /r                     | RM  | -
cmp r64, r/m64                    | REX.W 3B /r               | RM  | -
cmp al, imm8                      | 3C ib                     | ZI  | -
cmp r/m16, imm8                   | 66 83 /7 ib               | MI  | -
cmp r/m32, imm8                   | 83 /7 ib                  | MI  | -
cmp r/m64, imm8                   | REX.W 83 /7 ib            | MI  | -
cmp ax, imm16                     | 66 3D iw                  | ZI  | -
cmp eax, imm32                    | 3D id                     | ZI  | -
cmp rax, imm32                    | REX.W 3D id               | ZI  | -
cmp r/m8, imm8                    | 80 /7 ib                  | MI  | -
cmp r/m16, imm16                  | 66 81 /7 iw               | MI  | -
cmp r/m32, imm32                  | 81 /7 id                  | MI  | -
cmp r/m64, imm32                  | REX.W 81 /7 id            | MI  | -

# test (commutative: 'test r, m' is accepted and encoded as 'test m, r')
test r/m8, r8                     | 84 /r                     | MR  | -
test r/m16, r16                   | 66 85 /r                  | MR  | -
test r/m32, r32                   | 85 /r                     | MR  | -
test r/m64, r64                   | REX.W 85 /r               | MR  | -
test r8, m8                       | 84 /r                     | RM  | -
test r16, m16                     | 66 85 /r                  | RM  | -
test r32, m32                     | 85 /r                     | RM  | -
test r64, m64                     | REX.W 85 /r               | RM  | -
test al, imm8                     | A8 ib                     | ZI  | -
test ax, imm16                    | 66 A9 iw                  | ZI  | -
test eax, imm32                   | A9 id                     | ZI  | -
test rax, imm32                   | REX.W A9 id               | ZI  | -
test r/m8, imm8                   | F6 /0 ib                  | MI  | -
test r/m16, imm16                 | 66 F7 /0 iw               | MI  | -
test r/m32, imm32                 | F7 /0 id                  | MI  | -
test r/m64, imm32                 | REX.W F7 /0 id            | MI  | -

# unary group: inc dec (FE/FF), not neg mul imul div idiv (F6/F7)
inc r/m8                          | FE /0                     | M   | -
inc r/m16                         | 66 FF /0                  | M   | -
inc r/m32                         | FF /0                     | M   | -
inc r/m64                         | REX.W FF /0               | M   | -
dec r/m8                          | FE /1                     | M   | -
dec r/m16                         | 66 FF /1                  | M   | -
dec r/m32                         | FF /1                     | M   | -
dec r/m64                         | REX.W FF /1               | M   | -
not r/m8                          | F6 /2                     | M   | -
not r/m16                         | 66 F7 /2                  | M   | -
not r/m32                         | F7 /2                     | M   | -
not r/m64                         | REX.W F7 /2               | M   | -
neg r/m8                          | F6 /3                     | M   | -
neg r/m16                         | 66 F7 /3                  | M   | -
neg r/m32                         | F7 /3                     | M   | -
neg r/m64                         | REX.W F7 /3               | M   | -
mul r/m8                          | F6 /4                     | M   | -
mul r/m16                         | 66 F7 /4                  | M   | -
mul r/m32                         | F7 /4                     | M   | -
mul r/m64                         | REX.W F7 /4               | M   | -
imul r/m8                         | F6 /5                     | M   | -
imul r/m16                        | 66 F7 /5                  | M   | -
imul r/m32                        | F7 /5                     | M   | -
imul r/m64                        | REX.W F7 /5               | M   | -
div r/m8                          | F6 /6                     | M   | -
div r/m16                         | 66 F7 /6                  | M   | -
div r/m32                         | F7 /6                     | M   | -
div r/m64                         | REX.W F7 /6               | M   | -
idiv r/m8                         | F6 /7                     | M   | -
idiv r/m16                        | 66 F7 /7                  | M   | -
idiv r/m32                        | F7 /7                     | M   | -
idiv r/m64                        | REX.W F7 /7               | M   | -

# imul with 2 and 3 operands; 'imul r, imm' means 'imul r, r, imm' (op/en B: the register is both ModRM.reg and ModRM.rm)
imul r16, r/m16                   | 66 0F AF /r               | RM  | -
imul r32, r/m32                   | 0F AF /r                  | RM  | -
imul r64, r/m64                   | REX.W 0F AF /r            | RM  | -
imul r16, r/m16, imm8             | 66 6B /r ib               | RMI | -
imul r32, r/m32, imm8             | 6B /r ib                  | RMI | -
imul r64, r/m64, imm8             | REX.W 6B /r ib            | RMI | -
imul r16, r/m16, imm16            | 66 69 /r iw               | RMI | -
imul r32, r/m32, imm32            | 69 /r id                  | RMI | -
imul r64, r/m64, imm32            | REX.W 69 /r id            | RMI | -
imul r16, imm8                    | 66 6B /r ib               | BI  | -
imul r32, imm8                    | 6B /r ib                  | BI  | -
imul r64, imm8                    | REX.W 6B /r ib            | BI  | -
imul r16, imm16                   | 66 69 /r iw               | BI  | -
imul r32, imm32                   | 69 /r id                  | BI  | -
imul r64, imm32                   | REX.W 69 /r id            | BI  | -

# shifts and rotates: by 1 (D0/D1), by cl (D2/D3), by imm8 (C0/C1)
rol r/m8, 1                       | D0 /0                     | MZ  | -
rol r/m16, 1                      | 66 D1 /0                  | MZ  | -
rol r/m32, 1                      | D1 /0                     | MZ  | -
rol r/m64, 1                      | REX.W D1 /0               | MZ  | -
rol r/m8, cl                      | D2 /0                     | MZ  | -
rol r/m16, cl                     | 66 D3 /0                  | MZ  | -
rol r/m32, cl                     | D3 /0                     | MZ  | -
rol r/m64, cl                     | REX.W D3 /0               | MZ  | -
rol r/m8, imm8                    | C0 /0 ib                  | MI  | -
rol r/m16, imm8                   | 66 C1 /0 ib               | MI  | -
rol r/m32, imm8                   | C1 /0 ib                  | MI  | -
rol r/m64, imm8                   | REX.W C1 /0 ib            | MI  | -
ror r/m8, 1                       | D0 /1                     | MZ  | -
ror r/m16, 1                      | 66 D1 /1                  | MZ  | -
ror r/m32, 1                      | D1 /1                     | MZ  | -
ror r/m64, 1                      | REX.W D1 /1               | MZ  | -
ror r/m8, cl                      | D2 /1                     | MZ  | -
ror r/m16, cl                     | 66 D3 /1                  | MZ  | -
ror r/m32, cl                     | D3 /1                     | MZ  | -
ror r/m64, cl                     | REX.W D3 /1               | MZ  | -
ror r/m8, imm8                    | C0 /1 ib                  | MI  | -
ror r/m16, imm8                   | 66 C1 /1 ib               | MI  | -
ror r/m32, imm8                   | C1 /1 ib                  | MI  | -
ror r/m64, imm8                   | REX.W C1 /1 ib            | MI  | -
rcl r/m8, 1                       | D0 /2                     | MZ  | -
rcl r/m16, 1                      | 66 D1 /2                  | MZ  | -
rcl r/m32, 1                      | D1 /2                     | MZ  | -
rcl r/m64, 1                      | REX.W D1 /2               | MZ  | -
rcl r/m8, cl                      | D2 /2                     | MZ  | -
rcl r/m16, cl                     | 66 D3 /2                  | MZ  | -
rcl r/m32, cl                     | D3 /2                     | MZ  | -
rcl r/m64, cl                     | REX.W D3 /2               | MZ  | -
rcl r/m8, imm8                    | C0 /2 ib                  | MI  | -
rcl r/m16, imm8                   | 66 C1 /2 ib               | MI  | -
rcl r/m32, imm8                   | C1 /2 ib                  | MI  | -
rcl r/m64, imm8                   | REX.W C1 /2 ib            | MI  | -
rcr r/m8, 1                       | D0 /3                     | MZ  | -
rcr r/m16, 1                      | 66 D1 /3                  | MZ  | -
rcr r/m32, 1                      | D1 /3                     | MZ  | -
rcr r/m64, 1                      | REX.W D1 /3               | MZ  | -
rcr r/m8, cl                      | D2 /3                     | MZ  | -
rcr r/m16, cl                     | 66 D3 /3                  | MZ  | -
rcr r/m32, cl                     | D3 /3                     | MZ  | -
rcr r/m64, cl                     | REX.W D3 /3               | MZ  | -
rcr r/m8, imm8                    | C0 /3 ib                  | MI  | -
rcr r/m16, imm8                   | 66 C1 /3 ib               | MI  | -
rcr r/m32, imm8                   | C1 /3 ib                  | MI  | -
rcr r/m64, imm8                   | REX.W C1 /3 ib            | MI  | -
shl r/m8, 1                       | D0 /4                     | MZ  | -
shl r/m16, 1                      | 66 D1 /4                  | MZ  | -
shl r/m32, 1                      | D1 /4                     | MZ  | -
shl r/m64, 1                      | REX.W D1 /4               | MZ  | -
shl r/m8, cl                      | D2 /4                     | MZ  | -
shl r/m16, cl                     | 66 D3 /4                  | MZ  | -
shl r/m32, cl                     | D3 /4                     | MZ  | -
shl r/m64, cl                     | REX.W D3 /4               | MZ  | -
shl r/m8, imm8                    | C0 /4 ib                  | MI  | -
shl r/m16, imm8                   | 66 C1 /4 ib               | MI  | -
shl r/m32, imm8                   | C1 /4 ib                  | MI  | -
shl r/m64, imm8                   | REX.W C1 /4 ib            | MI  | -
sal r/m8, 1                       | D0 /4                     | MZ  | -
sal r/m16, 1                      | 66 D1 /4                  | MZ  | -
sal r/m32, 1                      | D1 /4                     | MZ  | -
sal r/m64, 1                      | REX.W D1 /4               | MZ  | -
sal r/m8, cl                      | D2 /4                     | MZ  | -
sal r/m16, cl                     | 66 D3 /4                  | MZ  | -
sal r/m32, cl                     | D3 /4                     | MZ  | -
sal r/m64, cl                     | REX.W D3 /4               | MZ  | -
sal r/m8, imm8                    | C0 /4 ib                  | MI  | -
sal r/m16, imm8                   | 66 C1 /4 ib               | MI  | -
sal r/m32, imm8                   | C1 /4 ib                  | MI  | -
sal r/m64, imm8                   | REX.W C1 /4 ib            | MI  | -
shr r/m8, 1                       | D0 /5                     | MZ  | -
shr r/m16, 1                      | 66 D1 /5                  | MZ  | -
shr r/m32, 1                      | D1 /5                     | MZ  | -
shr r/m64, 1                      | REX.W D1 /5               | MZ  | -
shr r/m8, cl                      | D2 /5                     | MZ  | -
shr r/m16, cl                     | 66 D3 /5                  | MZ  | -
shr r/m32, cl                     | D3 /5                     | MZ  | -
shr r/m64, cl                     | REX.W D3 /5               | MZ  | -
shr r/m8, imm8                    | C0 /5 ib                  | MI  | -
shr r/m16, imm8                   | 66 C1 /5 ib               | MI  | -
shr r/m32, imm8                   | C1 /5 ib                  | MI  | -
shr r/m64, imm8                   | REX.W C1 /5 ib            | MI  | -
sar r/m8, 1                       | D0 /7                     | MZ  | -
sar r/m16, 1                      | 66 D1 /7                  | MZ  | -
sar r/m32, 1                      | D1 /7                     | MZ  | -
sar r/m64, 1                      | REX.W D1 /7               | MZ  | -
sar r/m8, cl                      | D2 /7                     | MZ  | -
sar r/m16, cl                     | 66 D3 /7                  | MZ  | -
sar r/m32, cl                     | D3 /7                     | MZ  | -
sar r/m64, cl                     | REX.W D3 /7               | MZ  | -
sar r/m8, imm8                    | C0 /7 ib                  | MI  | -
sar r/m16, imm8                   | 66 C1 /7 ib               | MI  | -
sar r/m32, imm8                   | C1 /7 ib                  | MI  | -
sar r/m64, imm8                   | REX.W C1 /7 ib            | MI  | -

# double shifts
shld r/m16, r16, imm8             | 66 0F A4 /r ib            | MRI | -
shld r/m32, r32, imm8             | 0F A4 /r ib               | MRI | -
shld r/m64, r64, imm8             | REX.W 0F A4 /r ib         | MRI | -
shld r/m16, r16, cl               | 66 0F A5 /r               | MRZ | -
shld r/m32, r32, cl               | 0F A5 /r                  | MRZ | -
shld r/m64, r64, cl               | REX.W 0F A5 /r            | MRZ | -
shrd r/m16, r16, imm8             | 66 0F AC /r ib            | MRI | -
shrd r/m32, r32, imm8             | 0F AC /r ib               | MRI | -
shrd r/m64, r64, imm8             | REX.W 0F AC /r ib         | MRI | -
shrd r/m16, r16, cl               | 66 0F AD /r               | MRZ | -
shrd r/m32, r32, cl               | 0F AD /r                  | MRZ | -
shrd r/m64, r64, cl               | REX.W 0F AD /r            | MRZ | -

# bit tests
bt r/m16, r16                     | 66 0F A3 /r               | MR  | -
bt r/m32, r32                     | 0F A3 /r                  | MR  | -
bt r/m64, r64                     | REX.W 0F A3 /r            | MR  | -
bt r/m16, imm8                    | 66 0F BA /4 ib            | MI  | -
bt r/m32, imm8                    | 0F BA /4 ib               | MI  | -
bt r/m64, imm8                    | REX.W 0F BA /4 ib         | MI  | -
bts r/m16, r16                    | 66 0F AB /r               | MR  | -
bts r/m32, r32                    | 0F AB /r                  | MR  | -
bts r/m64, r64                    | REX.W 0F AB /r            | MR  | -
bts r/m16, imm8                   | 66 0F BA /5 ib            | MI  | -
bts r/m32, imm8                   | 0F BA /5 ib               | MI  | -
bts r/m64, imm8                   | REX.W 0F BA /5 ib         | MI  | -
btr r/m16, r16                    | 66 0F B3 /r               | MR  | -
btr r/m32, r32                    | 0F B3 /r                  | MR  | -
btr r/m64, r64                    | REX.W 0F B3 /r            | MR  | -
btr r/m16, imm8                   | 66 0F BA /6 ib            | MI  | -
btr r/m32, imm8                   | 0F BA /6 ib               | MI  | -
btr r/m64, imm8                   | REX.W 0F BA /6 ib         | MI  | -
btc r/m16, r16                    | 66 0F BB /r               | MR  | -
btc r/m32, r32                    | 0F BB /r                  | MR  | -
btc r/m64, r64                    | REX.W 0F BB /r            | MR  | -
btc r/m16, imm8                   | 66 0F BA /7 ib            | MI  | -
btc r/m32, imm8                   | 0F BA /7 ib               | MI  | -
btc r/m64, imm8                   | REX.W 0F BA /7 ib         | MI  | -

# bit scans and counts
bsf r16, r/m16                    | 66 0F BC /r               | RM  | -
bsf r32, r/m32                    | 0F BC /r                  | RM  | -
bsf r64, r/m64                    | REX.W 0F BC /r            | RM  | -
bsr r16, r/m16                    | 66 0F BD /r               | RM  | -
bsr r32, r/m32                    | 0F BD /r                  | RM  | -
bsr r64, r/m64                    | REX.W 0F BD /r            | RM  | -
lzcnt r16, r/m16                  | 66 F3 0F BD /r            | RM  | LZCNT
lzcnt r32, r/m32                  | F3 0F BD /r               | RM  | LZCNT
lzcnt r64, r/m64                  | F3 REX.W 0F BD /r         | RM  | LZCNT
tzcnt r16, r/m16                  | 66 F3 0F BC /r            | RM  | BMI1
tzcnt r32, r/m32                  | F3 0F BC /r               | RM  | BMI1
tzcnt r64, r/m64                  | F3 REX.W 0F BC /r         | RM  | BMI1
popcnt r16, r/m16                 | 66 F3 0F B8 /r            | RM  | POPCNT
popcnt r32, r/m32                 | F3 0F B8 /r               | RM  | POPCNT
popcnt r64, r/m64                 | F3 REX.W 0F B8 /r         | RM  | POPCNT
bswap r32                         | 0F C8+rd                  | O   | -
bswap r64                         | REX.W 0F C8+rd            | O   | -

# exchange and atomics (xchg with the accumulator uses 90+r; 'xchg eax, eax' is 87 C0 since 90 is nop)
xchg rax, rax                     | 90                        | ZZ  | -
xchg eax, eax                     | 87 C0                     | ZZ  | -
xchg ax, r16                      | 66 90+rw                  | ZO  | -
xchg r16, ax                      | 66 90+rw                  | OZ  | -
xchg eax, r32                     | 90+rd                     | ZO  | -
xchg r32, eax                     | 90+rd                     | OZ  | -
xchg rax, r64                     | REX.W 90+rq               | ZO  | -
xchg r64, rax                     | REX.W 90+rq               | OZ  | -
xchg r8, r/m8                     | 86 /r                     | RM  | -
xchg r16, r/m16                   | 66 87 /r                  | RM  | -
xchg r32, r/m32                   | 87 /r                     | RM  | -
xchg r64, r/m64                   | REX.W 87 /r               | RM  | -
xchg r/m8, r8                     | 86 /r                     | MR  | -
xchg r/m16, r16                   | 66 87 /r                  | MR  | -
xchg r/m32, r32                   | 87 /r                     | MR  | -
xchg r/m64, r64                   | REX.W 87 /r               | MR  | -
xadd r/m8, r8                     | 0F C0 /r                  | MR  | -
xadd r/m16, r16                   | 66 0F C1 /r               | MR  | -
xadd r/m32, r32                   | 0F C1 /r                  | MR  | -
xadd r/m64, r64                   | REX.W 0F C1 /r            | MR  | -
cmpxchg r/m8, r8                  | 0F B0 /r                  | MR  | -
cmpxchg r/m16, r16                | 66 0F B1 /r               | MR  | -
cmpxchg r/m32, r32                | 0F B1 /r                  | MR  | -
cmpxchg r/m64, r64                | REX.W 0F B1 /r            | MR  | -
cmpxchg8b m64                     | 0F C7 /1                  | M   | -
cmpxchg16b m128                   | REX.W 0F C7 /1            | M   | -

# conditions: <cc> expands to every condition name, +cc adds its code
set<cc> r/m8                      | 0F 90+cc /0               | M   | -
cmov<cc> r16, r/m16               | 66 0F 40+cc /r            | RM  | -
cmov<cc> r32, r/m32               | 0F 40+cc /r               | RM  | -
cmov<cc> r64, r/m64               | REX.W 0F 40+cc /r         | RM  | -

# control flow: rel8 before rel32 (the Assembler relaxes label targets)
j<cc> rel8                        | 70+cc cb                  | D   | -
j<cc> rel32                       | 0F 80+cc cd               | D   | -
jmp rel8                          | EB cb                     | D   | -
jmp rel32                         | E9 cd                     | D   | -
jmp r/m64                         | FF /4                     | M   | -
call rel32                        | E8 cd                     | D   | -
call r/m64                        | FF /2                     | M   | -
jrcxz rel8                        | E3 cb                     | D   | -
loop rel8                         | E2 cb                     | D   | -
loope rel8                        | E1 cb                     | D   | -
loopne rel8                       | E0 cb                     | D   | -
ret                               | C3                        | ZO  | -
ret imm16                         | C2 iw                     | I   | -

# stack
push r64                          | 50+rq                     | O   | -
push r16                          | 66 50+rw                  | O   | -
push r/m64                        | FF /6                     | M   | -
push r/m16                        | 66 FF /6                  | M   | -
push imm8                         | 6A ib                     | I   | -
push imm32                        | 68 id                     | I   | -
pop r64                           | 58+rq                     | O   | -
pop r16                           | 66 58+rw                  | O   | -
pop r/m64                         | 8F /0                     | M   | -
pop r/m16                         | 66 8F /0                  | M   | -
pushfq                            | 9C                        | ZO  | -
popfq                             | 9D                        | ZO  | -
leave                             | C9                        | ZO  | -
enter imm16, imm8                 | C8 iw ib                  | II  | -

# sign extension of the accumulator
cbw                               | 66 98                     | ZO  | -
cwde                              | 98                        | ZO  | -
cdqe                              | REX.W 98                  | ZO  | -
cwd                               | 66 99                     | ZO  | -
cdq                               | 99                        | ZO  | -
cqo                               | REX.W 99                  | ZO  | -

# no operands
nop                               | 90                        | ZO  | -
nop r/m16                         | 66 0F 1F /0               | M   | -
nop r/m32                         | 0F 1F /0                  | M   | -
nop r/m64                         | REX.W 0F 1F /0            | M   | -
int3                              | CC                        | ZO  | -
ud2                               | 0F 0B                     | ZO  | -
hlt                               | F4                        | ZO  | -
pause                             | F3 90                     | ZO  | -
lfence                            | NP 0F AE E8               | ZO  | -
mfence                            | NP 0F AE F0               | ZO  | -
sfence                            | NP 0F AE F8               | ZO  | -
cpuid                             | 0F A2                     | ZO  | -
rdtsc                             | 0F 31                     | ZO  | -
rdtscp                            | 0F 01 F9                  | ZO  | -
clc                               | F8                        | ZO  | -
stc                               | F9                        | ZO  | -
cld                               | FC                        | ZO  | -
std                               | FD                        | ZO  | -
cmc                               | F5                        | ZO  | -
syscall                           | 0F 05                     | ZO  | -
int 3                             | CC                        | Z   | -
int imm8                          | CD ib                     | I   | -

# port I/O
in al, imm8                       | E4 ib                     | ZI  | -
in ax, imm8                       | 66 E5 ib                  | ZI  | -
in eax, imm8                      | E5 ib                     | ZI  | -
in al, dx                         | EC                        | ZZ  | -
in ax, dx                         | 66 ED                     | ZZ  | -
in eax, dx                        | ED                        | ZZ  | -
out imm8, al                      | E6 ib                     | IZ  | -
out imm8, ax                      | 66 E7 ib                  | IZ  | -
out imm8, eax                     | E7 ib                     | IZ  | -
out dx, al                        | EE                        | ZZ  | -
out dx, ax                        | 66 EF                     | ZZ  | -
out dx, eax                       | EF                        | ZZ  | -

# string instructions (with Assembler.rep() / repe() / repne())
movsb                             | A4                        | ZO  | -
movsw                             | 66 A5                     | ZO  | -
movsd                             | A5                        | ZO  | -
movsq                             | REX.W A5                  | ZO  | -
stosb                             | AA                        | ZO  | -
stosw                             | 66 AB                     | ZO  | -
stosd                             | AB                        | ZO  | -
stosq                             | REX.W AB                  | ZO  | -
lodsb                             | AC                        | ZO  | -
lodsw                             | 66 AD                     | ZO  | -
lodsd                             | AD                        | ZO  | -
lodsq                             | REX.W AD                  | ZO  | -
scasb                             | AE                        | ZO  | -
scasw                             | 66 AF                     | ZO  | -
scasd                             | AF                        | ZO  | -
scasq                             | REX.W AF                  | ZO  | -
cmpsb                             | A6                        | ZO  | -
cmpsw                             | 66 A7                     | ZO  | -
cmpsd                             | A7                        | ZO  | -
cmpsq                             | REX.W A7                  | ZO  | -
`;
