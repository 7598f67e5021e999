// CPU feature detection: which instruction-set extensions this CPU *and* its OS let us use.
// Requires a way to run two tiny machine-code stubs (CPUID and XGETBV, raw bytes below, checked
// against llvm-mc in test/cpu-features.test.ts); the real detection runs them through the platform
// layer's loader, W^X. Decoding is a pure function of the CPUID/XGETBV answers, so it is tested
// with made-up answers too. Guarantees: AVX-family features are reported only when the OS saves
// the YMM state (XCR0 bits 1 and 2), AVX-512 ones only when it also saves opmask/ZMM state
// (XCR0 bits 5, 6, 7); the real result is computed once and cached.

import { addLoadCheck, loadCode } from "../platform/calls.js";

/** One feature: where CPUID reports it. `leaf` 0x80000001 is the extended leaf. */
interface FeatureBit {
  readonly name: string;
  readonly leaf: number;
  readonly subleaf: number;
  readonly reg: "eax" | "ebx" | "ecx" | "edx";
  readonly bit: number;
  /** OS state the feature needs: "avx" (XCR0 1,2) or "avx512" (XCR0 1,2,5,6,7). */
  readonly state?: "avx" | "avx512";
}

// Feature names follow the Intel SDM's "CPUID feature flag" column (the instruction table's spelling).
const FEATURE_BITS: readonly FeatureBit[] = [
  // leaf 1, EDX
  { name: "CMOV", leaf: 1, subleaf: 0, reg: "edx", bit: 15 },
  { name: "MMX", leaf: 1, subleaf: 0, reg: "edx", bit: 23 },
  { name: "FXSR", leaf: 1, subleaf: 0, reg: "edx", bit: 24 },
  { name: "SSE", leaf: 1, subleaf: 0, reg: "edx", bit: 25 },
  { name: "SSE2", leaf: 1, subleaf: 0, reg: "edx", bit: 26 },
  // leaf 1, ECX
  { name: "SSE3", leaf: 1, subleaf: 0, reg: "ecx", bit: 0 },
  { name: "PCLMULQDQ", leaf: 1, subleaf: 0, reg: "ecx", bit: 1 },
  { name: "SSSE3", leaf: 1, subleaf: 0, reg: "ecx", bit: 9 },
  { name: "FMA", leaf: 1, subleaf: 0, reg: "ecx", bit: 12, state: "avx" },
  { name: "CMPXCHG16B", leaf: 1, subleaf: 0, reg: "ecx", bit: 13 },
  { name: "SSE4_1", leaf: 1, subleaf: 0, reg: "ecx", bit: 19 },
  { name: "SSE4_2", leaf: 1, subleaf: 0, reg: "ecx", bit: 20 },
  { name: "MOVBE", leaf: 1, subleaf: 0, reg: "ecx", bit: 22 },
  { name: "POPCNT", leaf: 1, subleaf: 0, reg: "ecx", bit: 23 },
  { name: "AES", leaf: 1, subleaf: 0, reg: "ecx", bit: 25 },
  { name: "XSAVE", leaf: 1, subleaf: 0, reg: "ecx", bit: 26 },
  { name: "OSXSAVE", leaf: 1, subleaf: 0, reg: "ecx", bit: 27 },
  { name: "AVX", leaf: 1, subleaf: 0, reg: "ecx", bit: 28, state: "avx" },
  { name: "F16C", leaf: 1, subleaf: 0, reg: "ecx", bit: 29, state: "avx" },
  { name: "RDRAND", leaf: 1, subleaf: 0, reg: "ecx", bit: 30 },
  // leaf 7 subleaf 0, EBX
  { name: "FSGSBASE", leaf: 7, subleaf: 0, reg: "ebx", bit: 0 },
  { name: "BMI1", leaf: 7, subleaf: 0, reg: "ebx", bit: 3 },
  { name: "AVX2", leaf: 7, subleaf: 0, reg: "ebx", bit: 5, state: "avx" },
  { name: "BMI2", leaf: 7, subleaf: 0, reg: "ebx", bit: 8 },
  { name: "ERMS", leaf: 7, subleaf: 0, reg: "ebx", bit: 9 },
  { name: "AVX512F", leaf: 7, subleaf: 0, reg: "ebx", bit: 16, state: "avx512" },
  { name: "AVX512DQ", leaf: 7, subleaf: 0, reg: "ebx", bit: 17, state: "avx512" },
  { name: "RDSEED", leaf: 7, subleaf: 0, reg: "ebx", bit: 18 },
  { name: "ADX", leaf: 7, subleaf: 0, reg: "ebx", bit: 19 },
  { name: "AVX512_IFMA", leaf: 7, subleaf: 0, reg: "ebx", bit: 21, state: "avx512" },
  { name: "CLFLUSHOPT", leaf: 7, subleaf: 0, reg: "ebx", bit: 23 },
  { name: "CLWB", leaf: 7, subleaf: 0, reg: "ebx", bit: 24 },
  { name: "AVX512CD", leaf: 7, subleaf: 0, reg: "ebx", bit: 28, state: "avx512" },
  { name: "SHA", leaf: 7, subleaf: 0, reg: "ebx", bit: 29 },
  { name: "AVX512BW", leaf: 7, subleaf: 0, reg: "ebx", bit: 30, state: "avx512" },
  { name: "AVX512VL", leaf: 7, subleaf: 0, reg: "ebx", bit: 31, state: "avx512" },
  // leaf 7 subleaf 0, ECX
  { name: "AVX512_VBMI", leaf: 7, subleaf: 0, reg: "ecx", bit: 1, state: "avx512" },
  { name: "AVX512_VBMI2", leaf: 7, subleaf: 0, reg: "ecx", bit: 6, state: "avx512" },
  { name: "GFNI", leaf: 7, subleaf: 0, reg: "ecx", bit: 8 },
  { name: "VAES", leaf: 7, subleaf: 0, reg: "ecx", bit: 9, state: "avx" },
  { name: "VPCLMULQDQ", leaf: 7, subleaf: 0, reg: "ecx", bit: 10, state: "avx" },
  { name: "AVX512_VNNI", leaf: 7, subleaf: 0, reg: "ecx", bit: 11, state: "avx512" },
  { name: "AVX512_BITALG", leaf: 7, subleaf: 0, reg: "ecx", bit: 12, state: "avx512" },
  { name: "AVX512_VPOPCNTDQ", leaf: 7, subleaf: 0, reg: "ecx", bit: 14, state: "avx512" },
  { name: "RDPID", leaf: 7, subleaf: 0, reg: "ecx", bit: 22 },
  // leaf 7 subleaf 0, EDX
  { name: "AVX512_FP16", leaf: 7, subleaf: 0, reg: "edx", bit: 23, state: "avx512" },
  // leaf 7 subleaf 1, EAX
  { name: "AVX_VNNI", leaf: 7, subleaf: 1, reg: "eax", bit: 4, state: "avx" },
  { name: "AVX512_BF16", leaf: 7, subleaf: 1, reg: "eax", bit: 5, state: "avx512" },
  // leaf 0x80000001
  { name: "LAHF_SAHF", leaf: 0x80000001, subleaf: 0, reg: "ecx", bit: 0 },
  { name: "LZCNT", leaf: 0x80000001, subleaf: 0, reg: "ecx", bit: 5 },
  { name: "PREFETCHW", leaf: 0x80000001, subleaf: 0, reg: "ecx", bit: 8 },
  { name: "RDTSCP", leaf: 0x80000001, subleaf: 0, reg: "edx", bit: 27 },
];

/** Every feature name this module can report. */
export const KNOWN_FEATURES: readonly string[] = FEATURE_BITS.map((f) => f.name);

/** The four registers CPUID returns. */
export interface CpuidResult { eax: number; ebx: number; ecx: number; edx: number }

/** What decodeFeatures needs: CPUID (leaf, subleaf) and XGETBV(0) (low 32 bits of XCR0). */
export interface CpuidSource {
  cpuid(leaf: number, subleaf: number): CpuidResult;
  xgetbv0(): number;
}

export interface CpuFeatures {
  /** "GenuineIntel", "AuthenticAMD", ... */
  readonly vendor: string;
  /** Usable features (CPU support and, for AVX/AVX-512, OS support), canonical SDM names. */
  readonly features: ReadonlySet<string>;
  /** XCR0 low 32 bits (0 when the OS does not enable XSAVE). */
  readonly xcr0: number;
  /** True when `name` is usable; spelling-tolerant ("SSE4.1", "sse4_1", "AVX-512F"). */
  has(name: string): boolean;
}

/** Canonical key of a feature name: uppercase letters and digits only. */
export function featureKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

const XCR0_AVX = 0b110;          // SSE and AVX (YMM upper) state
const XCR0_AVX512 = 0b11100110;  // plus opmask, ZMM_Hi256, Hi16_ZMM state

/** Decodes CPUID/XGETBV answers into the usable feature set. Pure; used with fake sources in tests. */
export function decodeFeatures(source: CpuidSource): CpuFeatures {
  const leaf0 = source.cpuid(0, 0);
  const maxLeaf = leaf0.eax >>> 0;
  const vendor = [leaf0.ebx, leaf0.edx, leaf0.ecx]
    .map((r) => String.fromCharCode(r & 255, (r >>> 8) & 255, (r >>> 16) & 255, (r >>> 24) & 255)).join("");
  const maxExt = source.cpuid(0x80000000, 0).eax >>> 0;
  const cache = new Map<string, CpuidResult>();
  const zero: CpuidResult = { eax: 0, ebx: 0, ecx: 0, edx: 0 };
  const read = (leaf: number, subleaf: number): CpuidResult => {
    if (leaf >= 0x80000000 ? leaf > maxExt : leaf > maxLeaf) return zero;
    if (leaf === 7 && subleaf > 0 && subleaf > (read(7, 0).eax >>> 0)) return zero;
    const key = `${leaf}:${subleaf}`;
    let r = cache.get(key);
    if (r === undefined) { r = source.cpuid(leaf, subleaf); cache.set(key, r); }
    return r;
  };
  const osxsave = ((read(1, 0).ecx >>> 27) & 1) === 1;
  const xcr0 = osxsave ? source.xgetbv0() >>> 0 : 0;
  const avxState = (xcr0 & XCR0_AVX) === XCR0_AVX;
  const avx512State = (xcr0 & XCR0_AVX512) === XCR0_AVX512;
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const f of FEATURE_BITS) {
    if (((read(f.leaf, f.subleaf)[f.reg] >>> f.bit) & 1) === 0) continue;
    if (f.state === "avx" && !avxState) continue;
    if (f.state === "avx512" && !avx512State) continue;
    names.add(f.name);
    keys.add(featureKey(f.name));
  }
  // x86-64 guarantees these; leaf 1 reports them anyway.
  return {
    vendor, features: names, xcr0,
    has: (name: string) => keys.has(featureKey(name)),
  };
}

// ---- the real CPU ---------------------------------------------------------------------------

/**
 * `void cpuid(uint32_t io[4])`: reads leaf io[0] and subleaf io[1], writes eax, ebx, ecx, edx
 * to io[0..3]. Saves rbx (callee-saved).
 *   push rbx; mov r8, rdi; mov eax, [r8]; mov ecx, [r8+4]; cpuid;
 *   mov [r8], eax; mov [r8+4], ebx; mov [r8+8], ecx; mov [r8+12], edx; pop rbx; ret
 */
export const CPUID_STUB: readonly number[] = [
  0x53, 0x49, 0x89, 0xf8, 0x41, 0x8b, 0x00, 0x41, 0x8b, 0x48, 0x04, 0x0f, 0xa2,
  0x41, 0x89, 0x00, 0x41, 0x89, 0x58, 0x04, 0x41, 0x89, 0x48, 0x08, 0x41, 0x89, 0x50, 0x0c,
  0x5b, 0xc3,
];

/**
 * `void xgetbv0(uint32_t out[2])`: XCR0 into out[0] (low) and out[1] (high).
 *   xor ecx, ecx; xgetbv; mov [rdi], eax; mov [rdi+4], edx; ret
 */
export const XGETBV_STUB: readonly number[] = [0x31, 0xc9, 0x0f, 0x01, 0xd0, 0x89, 0x07, 0x89, 0x57, 0x04, 0xc3];

/** Runs `code` as `void f(void *buffer)` on `buffer`. */
export type StubRunner = (code: Uint8Array, buffer: Uint32Array) => void;

/** A CpuidSource that executes the two stubs on this CPU through `run`. */
export function nativeCpuidSource(run: StubRunner): CpuidSource {
  const cpuidCode = Uint8Array.from(CPUID_STUB);
  const xgetbvCode = Uint8Array.from(XGETBV_STUB);
  const io = new Uint32Array(4);
  return {
    cpuid(leaf, subleaf) {
      io[0] = leaf; io[1] = subleaf; io[2] = 0; io[3] = 0;
      run(cpuidCode, io);
      return { eax: io[0], ebx: io[1], ecx: io[2], edx: io[3] };
    },
    xgetbv0() {
      io[0] = 0; io[1] = 0;
      run(xgetbvCode, io);
      return io[0];
    },
  };
}

let cached: CpuFeatures | null = null;

/** The usable features of this machine: CPUID run as jitted code (W^X, through the platform loader) once, then cached. */
export function cpuFeatures(): CpuFeatures {
  if (cached !== null) return cached;
  const loaded = new Map<Uint8Array, ReturnType<typeof loadCode>>();
  try {
    cached = decodeFeatures(nativeCpuidSource((code, buffer) => {
      let fn = loaded.get(code);
      if (fn === undefined) {
        fn = loadCode(code, { args: ["pointer"], returns: "void" }, { name: "cpuid-stub" });
        loaded.set(code, fn);
      }
      fn(buffer);
    }));
  } finally {
    for (const fn of loaded.values()) fn.free();
  }
  return cached;
}

/** Names in `required` that `have` lacks (spelling-tolerant; an entry "A B" or "A+B" needs both). */
export function missingFeatures(required: readonly string[], have: CpuFeatures = cpuFeatures()): string[] {
  const missing: string[] = [];
  for (const entry of required) {
    for (const name of entry.split(/[\s,+]+/)) {
      if (name !== "" && !have.has(name) && !missing.includes(name)) missing.push(name);
    }
  }
  return missing;
}

/** Thrown when code needs an extension the CPU (or OS) does not enable. */
export class CpuFeatureError extends Error {
  readonly missing: readonly string[];
  constructor(missing: readonly string[]) {
    super(`needs ${missing.join(", ")}; this CPU lacks ${missing.length === 1 ? "it" : "them"}`);
    this.name = "CpuFeatureError";
    this.missing = missing;
  }
}

/** Throws CpuFeatureError ("needs AVX512F; this CPU lacks it") unless `have` has every required feature. */
export function checkFeatures(required: readonly string[], have: CpuFeatures = cpuFeatures()): void {
  if (required.length === 0) return;
  const missing = missingFeatures(required, have);
  if (missing.length > 0) throw new CpuFeatureError(missing);
}

/**
 * loadCode refuses code whose source carries `features` (assemble() results, finalized code, or an
 * Assembler) that this CPU lacks: CpuFeatureError "needs AVX512F; this CPU lacks it". Registered
 * once when this module loads; raw Uint8Array code carries no features and passes.
 */
export function checkCodeFeatures(code: unknown, have?: CpuFeatures): void {
  if (code === null || typeof code !== "object" || code instanceof Uint8Array) return;
  let features = (code as { features?: unknown }).features;
  // An Assembler passed as is: its finalized code carries the features.
  if (features === undefined && typeof (code as { finalize?: unknown }).finalize === "function") {
    features = ((code as { finalize(): { features?: unknown } }).finalize()).features;
  }
  if (!Array.isArray(features) || features.length === 0) return;
  checkFeatures(features as string[], have ?? cpuFeatures());
}

addLoadCheck((code) => checkCodeFeatures(code));
