// CPU feature detection: decoding of CPUID/XGETBV answers (fake CPUs: the OS-support rules and the
// refusal message are tested without needing a CPU that lacks something), the stub bytes against
// llvm-mc, and the real detection on this machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CPUID_STUB, XGETBV_STUB, CpuFeatureError, checkFeatures, decodeFeatures, missingFeatures,
  type CpuidResult, type CpuidSource,
} from "../src/x64/cpu-features.js";
import { existsSync, readFileSync } from "node:fs";
import { findLlvmMc, llvmMcEncode } from "../tools/lib-llvm-mc.js";

/** A fake CPU: `bits` lists [leaf, subleaf, reg, bit] that are set; xcr0 as given. */
function fakeCpu(bits: [number, number, keyof CpuidResult, number][], xcr0: number, calls: string[] = []): CpuidSource {
  return {
    cpuid(leaf, subleaf) {
      calls.push(`cpuid ${leaf.toString(16)}.${subleaf}`);
      const r: CpuidResult = { eax: 0, ebx: 0, ecx: 0, edx: 0 };
      if (leaf === 0) {
        // "GenuineIntel" in ebx, edx, ecx; max leaf 7
        return { eax: 7, ebx: 0x756e6547, edx: 0x49656e69, ecx: 0x6c65746e };
      }
      if (leaf === 0x80000000) return { eax: 0x80000001, ebx: 0, ecx: 0, edx: 0 };
      for (const [l, s, reg, bit] of bits) if (l === leaf && s === subleaf) r[reg] = (r[reg] | (1 << bit)) >>> 0;
      return r;
    },
    xgetbv0() { calls.push("xgetbv"); return xcr0; },
  };
}

const SSE2: [number, number, keyof CpuidResult, number] = [1, 0, "edx", 26];
const OSXSAVE: [number, number, keyof CpuidResult, number] = [1, 0, "ecx", 27];
const AVX: [number, number, keyof CpuidResult, number] = [1, 0, "ecx", 28];
const AVX2: [number, number, keyof CpuidResult, number] = [7, 0, "ebx", 5];
const AVX512F: [number, number, keyof CpuidResult, number] = [7, 0, "ebx", 16];
const LZCNT: [number, number, keyof CpuidResult, number] = [0x80000001, 0, "ecx", 5];

test("decodes vendor and plain CPUID bits", () => {
  const f = decodeFeatures(fakeCpu([SSE2, LZCNT], 0));
  assert.equal(f.vendor, "GenuineIntel");
  assert.deepEqual([...f.features].sort(), ["LZCNT", "SSE2"]);
  assert.equal(f.has("sse2"), true);
  assert.equal(f.has("AVX"), false);
});

test("AVX needs OSXSAVE and XCR0 bits 1,2; AVX-512 also bits 5,6,7", () => {
  const calls: string[] = [];
  // CPU has AVX but the OS did not enable XSAVE: no xgetbv executed, AVX unusable.
  let f = decodeFeatures(fakeCpu([AVX, AVX2, AVX512F], 0xe7, calls));
  assert.equal(calls.includes("xgetbv"), false);
  assert.equal(f.has("AVX"), false);
  assert.equal(f.has("AVX512F"), false);
  // OS saves SSE+AVX state but not the AVX-512 state.
  f = decodeFeatures(fakeCpu([OSXSAVE, AVX, AVX2, AVX512F], 0b111));
  assert.equal(f.has("AVX"), true);
  assert.equal(f.has("AVX2"), true);
  assert.equal(f.has("AVX512F"), false);
  // Full state.
  f = decodeFeatures(fakeCpu([OSXSAVE, AVX, AVX2, AVX512F], 0xe7));
  assert.equal(f.has("AVX512F"), true);
  assert.equal(f.xcr0, 0xe7);
});

test("refusal names the missing feature (fake CPU without AVX-512)", () => {
  const noAvx512 = decodeFeatures(fakeCpu([SSE2, OSXSAVE, AVX, AVX2], 0b111));
  assert.deepEqual(missingFeatures(["AVX2", "AVX512F", "SSE2"], noAvx512), ["AVX512F"]);
  assert.throws(() => checkFeatures(["AVX512F"], noAvx512),
    (e: unknown) => e instanceof CpuFeatureError && e.message === "needs AVX512F; this CPU lacks it");
  assert.throws(() => checkFeatures(["AVX512VL AVX512F", "AVX512BW"], noAvx512),
    /needs AVX512VL, AVX512F, AVX512BW; this CPU lacks them/);
  checkFeatures(["AVX2", "sse2"], noAvx512);
  checkFeatures([], noAvx512);
});

test("stub bytes are what llvm-mc assembles", { skip: findLlvmMc() === undefined }, () => {
  const cpuidText = [
    "push rbx", "mov r8, rdi", "mov eax, dword ptr [r8]", "mov ecx, dword ptr [r8 + 4]", "cpuid",
    "mov dword ptr [r8], eax", "mov dword ptr [r8 + 4], ebx", "mov dword ptr [r8 + 8], ecx",
    "mov dword ptr [r8 + 12], edx", "pop rbx", "ret",
  ];
  const xgetbvText = ["xor ecx, ecx", "xgetbv", "mov dword ptr [rdi], eax", "mov dword ptr [rdi + 4], edx", "ret"];
  const join = (cases: string[]) => llvmMcEncode(cases).flatMap((r) => [...(r.bytes ?? [])]);
  assert.deepEqual(join(cpuidText), [...CPUID_STUB]);
  assert.deepEqual(join(xgetbvText), [...XGETBV_STUB]);
});

test("real detection on this machine runs CPUID as jitted code", async () => {
  const { cpuFeatures } = await import("../src/x64/cpu-features.js");
  const f = cpuFeatures();
  assert.ok(f.vendor === "GenuineIntel" || f.vendor === "AuthenticAMD" || f.vendor.length === 12, f.vendor);
  // Every x86-64 CPU has SSE2; the OS always saves SSE state.
  assert.equal(f.has("SSE2"), true);
  if (f.has("AVX")) assert.equal(f.xcr0 & 6, 6);
  assert.equal(cpuFeatures(), f, "cached");
});

test("agrees with the kernel's /proc/cpuinfo flags", { skip: !existsSync("/proc/cpuinfo") }, async () => {
  const { cpuFeatures } = await import("../src/x64/cpu-features.js");
  const flagsLine = readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("flags"));
  assert.ok(flagsLine);
  const flags = new Set(flagsLine.split(":")[1].trim().split(/\s+/));
  const pairs: [string, string][] = [
    ["SSE2", "sse2"], ["SSE3", "pni"], ["SSSE3", "ssse3"], ["SSE4_1", "sse4_1"], ["SSE4_2", "sse4_2"],
    ["AVX", "avx"], ["AVX2", "avx2"], ["FMA", "fma"], ["F16C", "f16c"], ["BMI1", "bmi1"], ["BMI2", "bmi2"],
    ["POPCNT", "popcnt"], ["LZCNT", "abm"], ["MOVBE", "movbe"], ["AES", "aes"], ["ADX", "adx"],
    ["SHA", "sha_ni"], ["GFNI", "gfni"], ["AVX512F", "avx512f"], ["AVX512BW", "avx512bw"],
    ["AVX512VL", "avx512vl"], ["AVX512DQ", "avx512dq"], ["AVX512CD", "avx512cd"],
    ["AVX512_VBMI", "avx512vbmi"], ["AVX512_VNNI", "avx512_vnni"], ["RDRAND", "rdrand"],
  ];
  const f = cpuFeatures();
  for (const [ours, linux] of pairs) assert.equal(f.has(ours), flags.has(linux), `${ours} vs ${linux}`);
});

test("code from the Assembler carries its features and is checked (fake CPU)", async () => {
  const { Assembler } = await import("../src/x64/assembler.js");
  const { checkCodeFeatures } = await import("../src/x64/cpu-features.js");
  const x = await import("../src/x64/registers.js");
  const sseOnly = decodeFeatures(fakeCpu([SSE2], 0));
  const a = new Assembler();
  a.emit("vaddps", [x.zmm[0], x.zmm[1], x.zmm[2]]);
  a.emit("ret");
  assert.throws(() => checkCodeFeatures(a, sseOnly), /needs AVX512F; this CPU lacks it/);
  assert.throws(() => checkCodeFeatures(a.finalize(), sseOnly), /needs AVX512F; this CPU lacks it/);
  const b = new Assembler();
  b.emit("ret");
  checkCodeFeatures(b, sseOnly);
});

test("loadCode runs the feature check before mapping anything", async () => {
  const { loadCode } = await import("../src/platform/calls.js");
  await import("../src/x64/cpu-features.js"); // registers the check
  const code = { size: 1, toBytes: () => Uint8Array.of(0xc3), features: ["SSE2", "NOT_A_REAL_FEATURE"] };
  assert.throws(() => loadCode(code, { args: [], returns: "void" }), /needs NOT_A_REAL_FEATURE; this CPU lacks it/);
  const plain = { size: 1, toBytes: () => Uint8Array.of(0xc3), features: ["SSE2"] };
  const ok = loadCode(plain, { args: [], returns: "void" });
  ok();
  ok.free();
});

test("every cpuid feature named in the instruction table is one cpu-features detects", async () => {
  const { Assembler } = await import("../src/x64/assembler.js");
  const { KNOWN_FEATURES, featureKey } = await import("../src/x64/cpu-features.js");
  const known = new Set(KNOWN_FEATURES.map(featureKey));
  const unknown = new Set<string>();
  for (const f of Assembler.table.forms) for (const name of f.features) if (!known.has(featureKey(name))) unknown.add(`${name} (${f.text})`);
  // An unknown name would make loadCode refuse valid code ("needs X; this CPU lacks it").
  assert.deepEqual([...unknown], []);
});
