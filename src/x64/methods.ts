// Types of the Assembler's instruction methods. The methods themselves are installed from the
// instruction table at load time (assembler.ts); this file only tells TypeScript their shapes, grouped
// by operand family, so that what the type checker can rule out (an xmm register in `add`, a label in
// `mov`) is a compile error, and the rest is a runtime EncodeError naming the instruction.
// The vector mnemonics are one list (VECTOR_MNEMONICS); test/x64-core-methods.test.ts checks that
// every table mnemonic has a type here.

import type { Assembler } from "./assembler.js";
import type { ConditionName } from "./conditions.js";
import type { Imm, Label, Mem, Rounding } from "./operands.js";
import type { Gp, Gp8, Gp16, Gp32, Gp64, KReg, Reg, VecReg } from "./registers.js";

type A = Assembler;
type RM = Gp | Mem;

/** No operands: `ret`, `cqo`, `lfence`... */
export type Inst0 = () => A;
/** One general-register or memory operand: `inc`, `neg`, `mul`, `setcc`... */
export type GpUnary = (dst: RM) => A;
/** Two-operand integer ALU/move shapes: `add`, `mov`, `test`, `xchg`, `bt`... */
export type Alu2 = (dst: RM, src: RM | Imm) => A;
/** Moves whose source is smaller: `movzx`, `movsx`, `movsxd`. */
export type MovExt = (dst: Gp16 | Gp32 | Gp64, src: Gp8 | Gp16 | Gp32 | Mem) => A;
/** `lea r, m`. */
export type Lea = (dst: Gp16 | Gp32 | Gp64, src: Mem) => A;
/** Shifts and rotates: by 1, by cl, by imm8. */
export type Shift = (dst: RM, count: Gp8 | Imm) => A;
/** `shld` / `shrd`. */
export type DoubleShift = (dst: RM, src: Gp, count: Gp8 | Imm) => A;
/** `imul` with 1, 2 or 3 operands. */
export type Imul = (dst: RM, src?: RM | Imm, imm?: Imm) => A;
/** Register destination, register/memory source: `bsf`, `lzcnt`, `popcnt`, `cmovcc`... */
export type GpRegRm = (dst: Gp, src: RM) => A;
/** Three general operands (BMI1/BMI2): `andn`, `bextr`, `shlx`, `pdep`, `rorx`... */
export type Gp3 = (dst: Gp32 | Gp64, a: Gp32 | Gp64 | Mem, b: Gp32 | Gp64 | Mem | Imm) => A;
/** Two general operands (BMI1): `blsr`, `blsi`, `blsmsk`. */
export type Gp2 = (dst: Gp32 | Gp64, src: Gp32 | Gp64 | Mem) => A;
/** Relative branches to labels, and indirect jumps/calls through a register or memory. */
export type Branch = (target: Label | Gp64 | Mem) => A;
/** Short-only relative branches: `jrcxz`, `loop`... */
export type ShortBranch = (target: Label) => A;
/** `push` / `pop`. */
export type Stack = (op: RM | Imm) => A;
/** Port I/O: `in al, dx` / `out dx, al`. */
export type PortIo = (a: Gp | Imm, b: Gp | Imm) => A;
/** Optional immediate: `ret`, `ret 8`; `int 0x80`; `enter 16, 0`. */
export type OptImm = (imm?: Imm, imm2?: Imm) => A;
/** Any vector instruction (SSE..AVX-512, opmask): registers, memory, immediates, rounding decorators. */
export type VecInst = (...operands: (VecReg | KReg | Gp | Mem | Imm | Rounding)[]) => A;
/** Any operand, for instructions with several shapes (`movsd` is a string and an SSE instruction). */
export type AnyInst = (...operands: (Reg | Mem | Imm | Label | Rounding)[]) => A;

type CcMethods = { [K in ConditionName as `j${K}`]: Branch } & { [K in ConditionName as `set${K}`]: GpUnary } & { [K in ConditionName as `cmov${K}`]: GpRegRm };

export const VECTOR_MNEMONICS = [
  "addpd", "addps", "addsd", "addss", "addsubpd", "addsubps", "aesdec", "aesdeclast", "aesenc", "aesenclast",
  "aesimc", "aeskeygenassist", "andnpd", "andnps", "andpd", "andps", "blendpd", "blendps", "blendvpd",
  "blendvps", "clflush", "clflushopt", "clwb", "cmppd", "cmpps", "cmpsd", "cmpss", "comisd", "comiss",
  "cvtdq2pd", "cvtdq2ps", "cvtpd2dq", "cvtpd2pi", "cvtpd2ps", "cvtpi2pd", "cvtpi2ps", "cvtps2dq", "cvtps2pd",
  "cvtps2pi", "cvtsd2si", "cvtsd2ss", "cvtsi2sd", "cvtsi2ss", "cvtss2sd", "cvtss2si", "cvttpd2dq",
  "cvttpd2pi", "cvttps2dq", "cvttps2pi", "cvttsd2si", "cvttss2si", "divpd", "divps", "divsd", "divss",
  "dppd", "dpps", "emms", "extractps", "gf2p8affineinvqb", "gf2p8affineqb", "gf2p8mulb", "haddpd", "haddps",
  "hsubpd", "hsubps", "insertps", "kaddb", "kaddd", "kaddq", "kaddw", "kandb", "kandd", "kandnb", "kandnd",
  "kandnq", "kandnw", "kandq", "kandw", "kmovb", "kmovd", "kmovq", "kmovw", "knotb", "knotd", "knotq",
  "knotw", "korb", "kord", "korq", "kortestb", "kortestd", "kortestq", "kortestw", "korw", "kshiftlb",
  "kshiftld", "kshiftlq", "kshiftlw", "kshiftrb", "kshiftrd", "kshiftrq", "kshiftrw", "ktestb", "ktestd",
  "ktestq", "ktestw", "kunpckbw", "kunpckdq", "kunpckwd", "kxnorb", "kxnord", "kxnorq", "kxnorw", "kxorb",
  "kxord", "kxorq", "kxorw", "lddqu", "ldmxcsr", "maskmovdqu", "maskmovq", "maxpd", "maxps", "maxsd",
  "maxss", "minpd", "minps", "minsd", "minss", "movapd", "movaps", "movd", "movddup", "movdq2q", "movdqa",
  "movdqu", "movhlps", "movhpd", "movhps", "movlhps", "movlpd", "movlps", "movmskpd", "movmskps", "movntdq",
  "movntdqa", "movnti", "movntpd", "movntps", "movntq", "movq", "movq2dq", "movsd", "movshdup", "movsldup",
  "movss", "movupd", "movups", "mpsadbw", "mulpd", "mulps", "mulsd", "mulss", "orpd", "orps", "pabsb",
  "pabsd", "pabsw", "packssdw", "packsswb", "packusdw", "packuswb", "paddb", "paddd", "paddq", "paddsb",
  "paddsw", "paddusb", "paddusw", "paddw", "palignr", "pand", "pandn", "pavgb", "pavgw", "pblendvb",
  "pblendw", "pclmulqdq", "pcmpeqb", "pcmpeqd", "pcmpeqq", "pcmpeqw", "pcmpestri", "pcmpestrm", "pcmpgtb",
  "pcmpgtd", "pcmpgtq", "pcmpgtw", "pcmpistri", "pcmpistrm", "pextrb", "pextrd", "pextrq", "pextrw",
  "phaddd", "phaddsw", "phaddw", "phminposuw", "phsubd", "phsubsw", "phsubw", "pinsrb", "pinsrd", "pinsrq",
  "pinsrw", "pmaddubsw", "pmaddwd", "pmaxsb", "pmaxsd", "pmaxsw", "pmaxub", "pmaxud", "pmaxuw", "pminsb",
  "pminsd", "pminsw", "pminub", "pminud", "pminuw", "pmovmskb", "pmovsxbd", "pmovsxbq", "pmovsxbw",
  "pmovsxdq", "pmovsxwd", "pmovsxwq", "pmovzxbd", "pmovzxbq", "pmovzxbw", "pmovzxdq", "pmovzxwd", "pmovzxwq",
  "pmuldq", "pmulhrsw", "pmulhuw", "pmulhw", "pmulld", "pmullw", "pmuludq", "por", "prefetchnta",
  "prefetcht0", "prefetcht1", "prefetcht2", "prefetchw", "psadbw", "pshufb", "pshufd", "pshufhw", "pshuflw",
  "pshufw", "psignb", "psignd", "psignw", "pslld", "pslldq", "psllq", "psllw", "psrad", "psraw", "psrld",
  "psrldq", "psrlq", "psrlw", "psubb", "psubd", "psubq", "psubsb", "psubsw", "psubusb", "psubusw", "psubw",
  "ptest", "punpckhbw", "punpckhdq", "punpckhqdq", "punpckhwd", "punpcklbw", "punpckldq", "punpcklqdq",
  "punpcklwd", "pxor", "rcpps", "rcpss", "roundpd", "roundps", "roundsd", "roundss", "rsqrtps", "rsqrtss",
  "sha1msg1", "sha1msg2", "sha1nexte", "sha1rnds4", "sha256msg1", "sha256msg2", "sha256rnds2", "shufpd",
  "shufps", "sqrtpd", "sqrtps", "sqrtsd", "sqrtss", "stmxcsr", "subpd", "subps", "subsd", "subss", "ucomisd",
  "ucomiss", "unpckhpd", "unpckhps", "unpcklpd", "unpcklps", "vaddpd", "vaddps", "vaddsd", "vaddss",
  "vaddsubpd", "vaddsubps", "vaesdec", "vaesdeclast", "vaesenc", "vaesenclast", "vaesimc",
  "vaeskeygenassist", "valignd", "valignq", "vandnpd", "vandnps", "vandpd", "vandps", "vblendmpd",
  "vblendmps", "vblendpd", "vblendps", "vblendvpd", "vblendvps", "vbroadcastf128", "vbroadcastf32x2",
  "vbroadcastf32x4", "vbroadcastf32x8", "vbroadcastf64x2", "vbroadcastf64x4", "vbroadcasti128",
  "vbroadcasti32x2", "vbroadcasti32x4", "vbroadcasti32x8", "vbroadcasti64x2", "vbroadcasti64x4",
  "vbroadcastsd", "vbroadcastss", "vcmppd", "vcmpps", "vcmpsd", "vcmpss", "vcomisd", "vcomiss",
  "vcompresspd", "vcompressps", "vcvtdq2pd", "vcvtdq2ps", "vcvtne2ps2bf16", "vcvtneps2bf16",
  "vcvtneps2bf16x", "vcvtneps2bf16y", "vcvtpd2dq", "vcvtpd2ps", "vcvtpd2qq", "vcvtpd2udq", "vcvtpd2uqq",
  "vcvtph2ps", "vcvtps2dq", "vcvtps2pd", "vcvtps2ph", "vcvtps2qq", "vcvtps2udq", "vcvtps2uqq", "vcvtqq2pd",
  "vcvtqq2ps", "vcvtsd2si", "vcvtsd2ss", "vcvtsd2usi", "vcvtsi2sd", "vcvtsi2ss", "vcvtss2sd", "vcvtss2si",
  "vcvtss2usi", "vcvttpd2dq", "vcvttpd2qq", "vcvttpd2udq", "vcvttpd2uqq", "vcvttps2dq", "vcvttps2qq",
  "vcvttps2udq", "vcvttps2uqq", "vcvttsd2si", "vcvttsd2usi", "vcvttss2si", "vcvttss2usi", "vcvtudq2pd",
  "vcvtudq2ps", "vcvtuqq2pd", "vcvtuqq2ps", "vcvtusi2sd", "vcvtusi2ss", "vdbpsadbw", "vdivpd", "vdivps",
  "vdivsd", "vdivss", "vdpbf16ps", "vdppd", "vdpps", "vexpandpd", "vexpandps", "vextractf128",
  "vextractf32x4", "vextractf32x8", "vextractf64x2", "vextractf64x4", "vextracti128", "vextracti32x4",
  "vextracti32x8", "vextracti64x2", "vextracti64x4", "vextractps", "vfixupimmpd", "vfixupimmps",
  "vfixupimmsd", "vfixupimmss", "vfmadd132pd", "vfmadd132ps", "vfmadd132sd", "vfmadd132ss", "vfmadd213pd",
  "vfmadd213ps", "vfmadd213sd", "vfmadd213ss", "vfmadd231pd", "vfmadd231ps", "vfmadd231sd", "vfmadd231ss",
  "vfmaddsub132pd", "vfmaddsub132ps", "vfmaddsub213pd", "vfmaddsub213ps", "vfmaddsub231pd", "vfmaddsub231ps",
  "vfmsub132pd", "vfmsub132ps", "vfmsub132sd", "vfmsub132ss", "vfmsub213pd", "vfmsub213ps", "vfmsub213sd",
  "vfmsub213ss", "vfmsub231pd", "vfmsub231ps", "vfmsub231sd", "vfmsub231ss", "vfmsubadd132pd",
  "vfmsubadd132ps", "vfmsubadd213pd", "vfmsubadd213ps", "vfmsubadd231pd", "vfmsubadd231ps", "vfnmadd132pd",
  "vfnmadd132ps", "vfnmadd132sd", "vfnmadd132ss", "vfnmadd213pd", "vfnmadd213ps", "vfnmadd213sd",
  "vfnmadd213ss", "vfnmadd231pd", "vfnmadd231ps", "vfnmadd231sd", "vfnmadd231ss", "vfnmsub132pd",
  "vfnmsub132ps", "vfnmsub132sd", "vfnmsub132ss", "vfnmsub213pd", "vfnmsub213ps", "vfnmsub213sd",
  "vfnmsub213ss", "vfnmsub231pd", "vfnmsub231ps", "vfnmsub231sd", "vfnmsub231ss", "vfpclasspd", "vfpclassps",
  "vfpclasssd", "vfpclassss", "vgatherdpd", "vgatherdps", "vgatherqpd", "vgatherqps", "vgetexppd",
  "vgetexpps", "vgetexpsd", "vgetexpss", "vgetmantpd", "vgetmantps", "vgetmantsd", "vgetmantss",
  "vgf2p8affineinvqb", "vgf2p8affineqb", "vgf2p8mulb", "vhaddpd", "vhaddps", "vhsubpd", "vhsubps",
  "vinsertf128", "vinsertf32x4", "vinsertf32x8", "vinsertf64x2", "vinsertf64x4", "vinserti128",
  "vinserti32x4", "vinserti32x8", "vinserti64x2", "vinserti64x4", "vinsertps", "vlddqu", "vldmxcsr",
  "vmaskmovdqu", "vmaskmovpd", "vmaskmovps", "vmaxpd", "vmaxps", "vmaxsd", "vmaxss", "vminpd", "vminps",
  "vminsd", "vminss", "vmovapd", "vmovaps", "vmovd", "vmovddup", "vmovdqa", "vmovdqa32", "vmovdqa64",
  "vmovdqu", "vmovdqu16", "vmovdqu32", "vmovdqu64", "vmovdqu8", "vmovhlps", "vmovhpd", "vmovhps", "vmovlhps",
  "vmovlpd", "vmovlps", "vmovmskpd", "vmovmskps", "vmovntdq", "vmovntdqa", "vmovntpd", "vmovntps", "vmovq",
  "vmovsd", "vmovshdup", "vmovsldup", "vmovss", "vmovupd", "vmovups", "vmpsadbw", "vmulpd", "vmulps",
  "vmulsd", "vmulss", "vorpd", "vorps", "vpabsb", "vpabsd", "vpabsq", "vpabsw", "vpackssdw", "vpacksswb",
  "vpackusdw", "vpackuswb", "vpaddb", "vpaddd", "vpaddq", "vpaddsb", "vpaddsw", "vpaddusb", "vpaddusw",
  "vpaddw", "vpalignr", "vpand", "vpandd", "vpandn", "vpandnd", "vpandnq", "vpandq", "vpavgb", "vpavgw",
  "vpblendd", "vpblendmb", "vpblendmd", "vpblendmq", "vpblendmw", "vpblendvb", "vpblendw", "vpbroadcastb",
  "vpbroadcastd", "vpbroadcastmb2q", "vpbroadcastmw2d", "vpbroadcastq", "vpbroadcastw", "vpclmulqdq",
  "vpcmpb", "vpcmpd", "vpcmpeqb", "vpcmpeqd", "vpcmpeqq", "vpcmpeqw", "vpcmpestri", "vpcmpestrm", "vpcmpgtb",
  "vpcmpgtd", "vpcmpgtq", "vpcmpgtw", "vpcmpistri", "vpcmpistrm", "vpcmpq", "vpcmpub", "vpcmpud", "vpcmpuq",
  "vpcmpuw", "vpcmpw", "vpcompressb", "vpcompressd", "vpcompressq", "vpcompressw", "vpconflictd",
  "vpconflictq", "vpdpbusd", "vpdpbusds", "vpdpwssd", "vpdpwssds", "vperm2f128", "vperm2i128", "vpermb",
  "vpermd", "vpermi2b", "vpermi2d", "vpermi2pd", "vpermi2ps", "vpermi2q", "vpermi2w", "vpermilpd",
  "vpermilps", "vpermpd", "vpermps", "vpermq", "vpermt2b", "vpermt2d", "vpermt2pd", "vpermt2ps", "vpermt2q",
  "vpermt2w", "vpermw", "vpexpandb", "vpexpandd", "vpexpandq", "vpexpandw", "vpextrb", "vpextrd", "vpextrq",
  "vpextrw", "vpgatherdd", "vpgatherdq", "vpgatherqd", "vpgatherqq", "vphaddd", "vphaddsw", "vphaddw",
  "vphminposuw", "vphsubd", "vphsubsw", "vphsubw", "vpinsrb", "vpinsrd", "vpinsrq", "vpinsrw", "vplzcntd",
  "vplzcntq", "vpmadd52huq", "vpmadd52luq", "vpmaddubsw", "vpmaddwd", "vpmaskmovd", "vpmaskmovq", "vpmaxsb",
  "vpmaxsd", "vpmaxsq", "vpmaxsw", "vpmaxub", "vpmaxud", "vpmaxuq", "vpmaxuw", "vpminsb", "vpminsd",
  "vpminsq", "vpminsw", "vpminub", "vpminud", "vpminuq", "vpminuw", "vpmovb2m", "vpmovd2m", "vpmovdb",
  "vpmovdw", "vpmovm2b", "vpmovm2d", "vpmovm2q", "vpmovm2w", "vpmovmskb", "vpmovq2m", "vpmovqb", "vpmovqd",
  "vpmovqw", "vpmovsdb", "vpmovsdw", "vpmovsqb", "vpmovsqd", "vpmovsqw", "vpmovswb", "vpmovsxbd",
  "vpmovsxbq", "vpmovsxbw", "vpmovsxdq", "vpmovsxwd", "vpmovsxwq", "vpmovusdb", "vpmovusdw", "vpmovusqb",
  "vpmovusqd", "vpmovusqw", "vpmovuswb", "vpmovw2m", "vpmovwb", "vpmovzxbd", "vpmovzxbq", "vpmovzxbw",
  "vpmovzxdq", "vpmovzxwd", "vpmovzxwq", "vpmuldq", "vpmulhrsw", "vpmulhuw", "vpmulhw", "vpmulld", "vpmullq",
  "vpmullw", "vpmultishiftqb", "vpmuludq", "vpopcntb", "vpopcntd", "vpopcntq", "vpopcntw", "vpor", "vpord",
  "vporq", "vprold", "vprolq", "vprolvd", "vprolvq", "vprord", "vprorq", "vprorvd", "vprorvq", "vpsadbw",
  "vpscatterdd", "vpscatterdq", "vpscatterqd", "vpscatterqq", "vpshldd", "vpshldq", "vpshldvd", "vpshldvq",
  "vpshldvw", "vpshldw", "vpshrdd", "vpshrdq", "vpshrdvd", "vpshrdvq", "vpshrdvw", "vpshrdw", "vpshufb",
  "vpshufbitqmb", "vpshufd", "vpshufhw", "vpshuflw", "vpsignb", "vpsignd", "vpsignw", "vpslld", "vpslldq",
  "vpsllq", "vpsllvd", "vpsllvq", "vpsllvw", "vpsllw", "vpsrad", "vpsraq", "vpsravd", "vpsravq", "vpsravw",
  "vpsraw", "vpsrld", "vpsrldq", "vpsrlq", "vpsrlvd", "vpsrlvq", "vpsrlvw", "vpsrlw", "vpsubb", "vpsubd",
  "vpsubq", "vpsubsb", "vpsubsw", "vpsubusb", "vpsubusw", "vpsubw", "vpternlogd", "vpternlogq", "vptest",
  "vptestmb", "vptestmd", "vptestmq", "vptestmw", "vptestnmb", "vptestnmd", "vptestnmq", "vptestnmw",
  "vpunpckhbw", "vpunpckhdq", "vpunpckhqdq", "vpunpckhwd", "vpunpcklbw", "vpunpckldq", "vpunpcklqdq",
  "vpunpcklwd", "vpxor", "vpxord", "vpxorq", "vrangepd", "vrangeps", "vrangesd", "vrangess", "vrcp14pd",
  "vrcp14ps", "vrcp14sd", "vrcp14ss", "vrcpps", "vrcpss", "vreducepd", "vreduceps", "vreducesd", "vreducess",
  "vrndscalepd", "vrndscaleps", "vrndscalesd", "vrndscaless", "vroundpd", "vroundps", "vroundsd", "vroundss",
  "vrsqrt14pd", "vrsqrt14ps", "vrsqrt14sd", "vrsqrt14ss", "vrsqrtps", "vrsqrtss", "vscalefpd", "vscalefps",
  "vscalefsd", "vscalefss", "vscatterdpd", "vscatterdps", "vscatterqpd", "vscatterqps", "vshuff32x4",
  "vshuff64x2", "vshufi32x4", "vshufi64x2", "vshufpd", "vshufps", "vsqrtpd", "vsqrtps", "vsqrtsd", "vsqrtss",
  "vstmxcsr", "vsubpd", "vsubps", "vsubsd", "vsubss", "vtestpd", "vtestps", "vucomisd", "vucomiss",
  "vunpckhpd", "vunpckhps", "vunpcklpd", "vunpcklps", "vxorpd", "vxorps", "vzeroall", "vzeroupper", "xorpd",
  "xorps",
] as const;
export type VectorMnemonic = (typeof VECTOR_MNEMONICS)[number];

/** The integer and BMI mnemonics and their shapes (the vector ones are VectorMnemonic). */
export interface IntegerMethods {
  mov: Alu2; movabs: Alu2; movzx: MovExt; movsx: MovExt; movsxd: MovExt; lea: Lea;
  add: Alu2; or: Alu2; adc: Alu2; sbb: Alu2; and: Alu2; sub: Alu2; xor: Alu2; cmp: Alu2; test: Alu2;
  inc: GpUnary; dec: GpUnary; not: GpUnary; neg: GpUnary; mul: GpUnary; imul: Imul; div: GpUnary; idiv: GpUnary;
  rol: Shift; ror: Shift; rcl: Shift; rcr: Shift; shl: Shift; sal: Shift; shr: Shift; sar: Shift;
  shld: DoubleShift; shrd: DoubleShift;
  bt: Alu2; bts: Alu2; btr: Alu2; btc: Alu2; bsf: GpRegRm; bsr: GpRegRm; lzcnt: GpRegRm; tzcnt: GpRegRm; popcnt: GpRegRm;
  bswap: (r: Gp32 | Gp64) => A;
  xchg: Alu2; xadd: Alu2; cmpxchg: Alu2; cmpxchg8b: (m: Mem) => A; cmpxchg16b: (m: Mem) => A;
  jmp: Branch; call: Branch; jrcxz: ShortBranch; loop: ShortBranch; loope: ShortBranch; loopne: ShortBranch;
  ret: OptImm; push: Stack; pop: Stack; pushfq: Inst0; popfq: Inst0; leave: Inst0; enter: OptImm;
  cbw: Inst0; cwde: Inst0; cdqe: Inst0; cwd: Inst0; cdq: Inst0; cqo: Inst0;
  nop: (op?: RM) => A; int3: Inst0; ud2: Inst0; hlt: Inst0; pause: Inst0; lfence: Inst0; mfence: Inst0; sfence: Inst0;
  cpuid: Inst0; rdtsc: Inst0; rdtscp: Inst0; clc: Inst0; stc: Inst0; cld: Inst0; std: Inst0; cmc: Inst0; syscall: Inst0;
  int: OptImm; in: PortIo; out: PortIo;
  movsb: Inst0; movsw: Inst0; movsq: Inst0; stosb: Inst0; stosw: Inst0; stosd: Inst0; stosq: Inst0;
  lodsb: Inst0; lodsw: Inst0; lodsd: Inst0; lodsq: Inst0; scasb: Inst0; scasw: Inst0; scasd: Inst0; scasq: Inst0;
  cmpsb: Inst0; cmpsw: Inst0; cmpsq: Inst0;
  andn: Gp3; bextr: Gp3; bzhi: Gp3; pdep: Gp3; pext: Gp3; mulx: Gp3; rorx: Gp3; sarx: Gp3; shlx: Gp3; shrx: Gp3;
  blsi: Gp2; blsmsk: Gp2; blsr: Gp2;
}

/** Every instruction method of the Assembler. */
export type AssemblerMethods = IntegerMethods & CcMethods & { [K in VectorMnemonic]: K extends "movsd" | "cmpsd" ? AnyInst : VecInst };

/** Integer mnemonic names typed above (for the coverage test). */
export const INTEGER_METHOD_NAMES: readonly string[] = [
  "mov", "movabs", "movzx", "movsx", "movsxd", "lea", "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test",
  "inc", "dec", "not", "neg", "mul", "imul", "div", "idiv", "rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar",
  "shld", "shrd", "bt", "bts", "btr", "btc", "bsf", "bsr", "lzcnt", "tzcnt", "popcnt", "bswap", "xchg", "xadd",
  "cmpxchg", "cmpxchg8b", "cmpxchg16b", "jmp", "call", "jrcxz", "loop", "loope", "loopne", "ret", "push", "pop",
  "pushfq", "popfq", "leave", "enter", "cbw", "cwde", "cdqe", "cwd", "cdq", "cqo", "nop", "int3", "ud2", "hlt",
  "pause", "lfence", "mfence", "sfence", "cpuid", "rdtsc", "rdtscp", "clc", "stc", "cld", "std", "cmc", "syscall",
  "int", "in", "out", "movsb", "movsw", "movsq", "stosb", "stosw", "stosd", "stosq", "lodsb", "lodsw", "lodsd",
  "lodsq", "scasb", "scasw", "scasd", "scasq", "cmpsb", "cmpsw", "cmpsq", "andn", "bextr", "bzhi", "pdep", "pext",
  "mulx", "rorx", "sarx", "shlx", "shrx", "blsi", "blsmsk", "blsr",
];
