// The trampoline shared object (src/platform/hosts/elf-trampolines.ts) checked by independent
// tools: GNU readelf reads its headers and dynamic symbols, llvm-mc disassembles its code, and
// glibc's dlopen (through the running host's own FFI: koffi, bun:ffi or Deno.dlopen, not jitkit)
// loads it and calls its exports. Runs on every host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSharedObject } from "../src/platform/hosts/elf-trampolines.js";
import { xmmTrampoline } from "../src/platform/trampoline.js";
import { slotTrampoline } from "../src/platform/trampoline.js";
import { llvmMc } from "./support/platform-llvm-mc.js";
import { runtimeName } from "./support/hosts-command.js";
import { skipTest } from "./support/skip.js";

const ADD4 = llvmMc("lea rax, [rdi + rsi]; add rax, rdx; add rax, rcx; ret");
const MUL2 = llvmMc("mov rax, rdi; imul rax, rsi; ret");
const SLOT = 0x7f12_3456_7808n;

function image() {
  return buildSharedObject({
    soname: "libjitkit-test.so",
    exports: [
      { name: "jitkit_add4", code: ADD4 },
      { name: "jitkit_mul2", code: MUL2 },
      { name: "jitkit_slot_trampoline", code: slotTrampoline(SLOT) },
    ],
  });
}

/** Writes bytes to a fresh private file; returns its path and a cleanup function. */
function tempFile(bytes: Uint8Array): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "jitkit-elf-"));
  const path = join(dir, "libjitkit-test.so");
  writeFileSync(path, bytes, { mode: 0o600 });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function tool(name: string, args: string[]): string | undefined {
  const run = spawnSync(name, args, { encoding: "utf8" });
  if (run.error) return undefined;
  assert.equal(run.status, 0, `${name} ${args.join(" ")} failed:\n${run.stderr}`);
  return run.stdout;
}

test("readelf: an x86-64 shared object; R+X and R+W loads, no segment writable and executable", (t) => {
  const { bytes } = image();
  const file = tempFile(bytes);
  try {
    const out = tool("readelf", ["-hlW", file.path]);
    if (out === undefined) { skipTest(t, "readelf not installed (Debian package binutils)"); return; }
    assert.match(out, /Type:\s+DYN \(Shared object file\)/);
    assert.match(out, /Machine:\s+Advanced Micro Devices X86-64/);
    const segments = [...out.matchAll(/^\s+(LOAD|DYNAMIC|GNU_STACK)\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+([RWE ]+?)\s+0x/gm)]
      .map((m) => `${m[1]} ${m[2].replace(/\s+/g, "")}`);
    assert.deepEqual(segments, ["LOAD RE", "LOAD RW", "DYNAMIC RW", "GNU_STACK RW"]);
  } finally {
    file.remove();
  }
});

test("readelf: the dynamic symbols are global functions at the offsets and sizes we placed", (t) => {
  const { bytes, symbols } = image();
  const file = tempFile(bytes);
  try {
    const out = tool("readelf", ["-DsW", file.path]);
    if (out === undefined) { skipTest(t, "readelf not installed (Debian package binutils)"); return; }
    const rows = [...out.matchAll(/^\s+\d+:\s+([0-9a-f]+)\s+(\d+)\s+FUNC\s+GLOBAL\s+DEFAULT\s+\d+\s+(\w+)$/gm)]
      .map((m) => ({ name: m[3], offset: parseInt(m[1], 16), size: Number(m[2]) }));
    assert.deepEqual(rows, symbols.map((s) => ({ name: s.name, offset: s.offset, size: s.size })));
    assert.equal(symbols.length, 3);
    for (const s of symbols) assert.equal(s.offset % 16, 0, `${s.name} is 16-byte aligned`);
  } finally {
    file.remove();
  }
});

test("llvm-mc disassembles the exported code at each symbol to what was put there", (t) => {
  const { bytes, symbols } = image();
  const at = (name: string) => {
    const s = symbols.find((x) => x.name === name)!;
    return bytes.subarray(s.offset, s.offset + s.size);
  };
  assert.deepEqual(at("jitkit_add4"), ADD4);
  assert.deepEqual(at("jitkit_mul2"), MUL2);
  const tramp = at("jitkit_slot_trampoline");
  const input = Array.from(tramp, (b) => `0x${b.toString(16)}`).join(" ") + "\n";
  const run = spawnSync("llvm-mc", ["--disassemble", "-triple=x86_64", "-x86-asm-syntax=intel", "-output-asm-variant=1"], { input, encoding: "utf8" });
  if (run.error) { skipTest(t, "llvm-mc not installed (Debian package llvm)"); return; }
  const lines = run.stdout.split("\n").map((l) => l.trim().replace(/\s+/g, " ")).filter((l) => l && !l.startsWith("."));
  assert.deepEqual(lines, [
    `movabs r11, ${SLOT}`,
    "cvttsd2si r11, qword ptr [r11]",
    "jmp r11",
  ]);
});

test("glibc's dlopen loads it and its exports compute, through this host's own FFI", async () => {
  const { bytes } = image();
  const file = tempFile(bytes);
  try {
    let add4: (a: bigint, b: bigint, c: bigint, d: bigint) => unknown;
    let mul2: (a: bigint, b: bigint) => unknown;
    const runtime = runtimeName();
    if (runtime === "deno") {
      const D = (globalThis as any).Deno;
      const lib = D.dlopen(file.path, {
        jitkit_add4: { parameters: ["i64", "i64", "i64", "i64"], result: "i64" },
        jitkit_mul2: { parameters: ["i64", "i64"], result: "i64" },
      });
      ({ jitkit_add4: add4, jitkit_mul2: mul2 } = lib.symbols);
    } else if (runtime === "bun") {
      const spec = "bun:ffi";
      const ffi = await import(spec);
      const lib = ffi.dlopen(file.path, {
        jitkit_add4: { args: ["i64", "i64", "i64", "i64"], returns: "i64" },
        jitkit_mul2: { args: ["i64", "i64"], returns: "i64" },
      });
      ({ jitkit_add4: add4, jitkit_mul2: mul2 } = lib.symbols);
    } else {
      const koffi = (await import("koffi")).default;
      const lib = koffi.load(file.path);
      add4 = lib.func("jitkit_add4", "int64_t", ["int64_t", "int64_t", "int64_t", "int64_t"]);
      mul2 = lib.func("jitkit_mul2", "int64_t", ["int64_t", "int64_t"]);
    }
    assert.equal(BigInt(add4(1n, 2n, 3n, 40_000_000_000n) as bigint), 40_000_000_006n);
    assert.equal(BigInt(mul2(-7n, 6n) as bigint), -42n);
  } finally {
    file.remove(); // the mapping stays valid after the file is gone
  }
});

test("bad exports are refused with the reason", () => {
  const code = new Uint8Array([0xc3]);
  assert.throws(() => buildSharedObject({ soname: "x.so", exports: [] }), /at least one export/);
  assert.throws(() => buildSharedObject({ soname: "x.so", exports: [{ name: "1abc", code }] }), /"1abc" is not a C identifier/);
  assert.throws(() => buildSharedObject({ soname: "x.so", exports: [{ name: "f", code }, { name: "f", code }] }), /"f" appears twice/);
  assert.throws(() => buildSharedObject({ soname: "x.so", exports: [{ name: "f", code: new Uint8Array(0) }] }), /"f" has no code/);
  assert.throws(() => buildSharedObject({ soname: "x.so", exports: [{ name: "f", code: new Uint8Array(5000) }] }), /at most one page/);
  assert.throws(() => buildSharedObject({ soname: "a b", exports: [{ name: "f", code }] }), /soname "a b"/);
});

test("xmmN trampolines (Deno host) are what llvm-mc assembles for cvttsd2si r11, xmmN; jmp r11", () => {
  for (let n = 0; n < 8; n++) assert.deepEqual(xmmTrampoline(n), llvmMc(`cvttsd2si r11, xmm${n}; jmp r11`), `xmm${n}`);
  assert.throws(() => xmmTrampoline(8), /xmm register 8 is not one of xmm0..xmm7/);
});
