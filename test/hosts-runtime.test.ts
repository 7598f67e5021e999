// The running host (Node/koffi, Bun/bun:ffi or Deno/Deno.dlopen) through the Host interface:
// detection, memory primitives and their OS errors, the FFI facts each host file relies on, and
// calls of many signatures interleaved (the Deno host shares one trampoline slot between them).
// Runs on every host; the few host-specific checks say why they skip elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { host, loadCode, OsError, readMappings } from "../src/index.js";
import type { ValueType } from "../src/index.js";
import { llvmMc } from "./support/platform-llvm-mc.js";
import { runtimeName } from "./support/hosts-command.js";
import { runChild } from "./support/hosts-child.js";
import { skipTest } from "./support/skip.js";

const runtime = runtimeName();

test("the host matches the runtime and names its FFI", () => {
  assert.equal(host.name, runtime);
  const expected = { node: /^koffi \d+\.\d+/, bun: /^bun:ffi \(Bun \d+\.\d+/, deno: /^Deno\.dlopen \(Deno \d+\.\d+/ }[runtime];
  assert.match(host.ffi, expected);
  assert.equal(host.pageSize, 4096);
});

test("map / write / read / view / protect / unmap round trip, with the kernel's view in /proc/self/maps", () => {
  const size = 2 * host.pageSize;
  const base = host.map(size, "read-write");
  try {
    const permsAt = (a: bigint) => readMappings().find((m) => m.start <= a && a < m.end)?.perms;
    assert.equal(permsAt(base), "rw-p");
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 255);
    host.write(base + 100n, bytes);
    assert.deepEqual(host.read(base + 100n, 300), bytes);
    const view = new Uint8Array(host.view(base + 100n, 300));
    assert.deepEqual(view, bytes);
    view[0] = 0xee; // the view aliases native memory
    assert.equal(host.read(base + 100n, 1)[0], 0xee);
    assert.deepEqual(host.read(base, 0), new Uint8Array(0));
    host.protect(base, host.pageSize, "read-execute");
    assert.equal(permsAt(base), "r-xp");
    assert.equal(permsAt(base + BigInt(host.pageSize)), "rw-p");
    host.protect(base, host.pageSize, "none");
    assert.equal(permsAt(base), "---p");
  } finally {
    host.unmap(base, size);
  }
  assert.equal(readMappings().some((m) => m.start <= base && base < m.end && m.path === ""), false);
});

test("OS failures become OsError with errno, its name and the OS's text", () => {
  const fail = (f: () => void): OsError => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof OsError, `expected OsError, got ${String(e)}`);
      return e;
    }
    assert.fail("no error");
  };
  const huge = fail(() => host.map(2 ** 46, "read-write")); // 64 TiB: more than this machine may commit or map
  assert.equal(huge.operation, "mmap");
  assert.equal(huge.code, "ENOMEM");
  assert.equal(huge.errno, 12);
  assert.match(huge.message, /^mmap failed: ENOMEM \(errno 12\): Cannot allocate memory/);
  const misaligned = fail(() => host.protect(0x1001n, 4096, "read"));
  assert.equal(misaligned.code, "EINVAL");
  assert.match(misaligned.message, /^mprotect failed: EINVAL \(errno 22\): Invalid argument \[0x1001, 4096 bytes, read\]/);
  const unmapped = fail(() => host.protect(0x10000n, 4096, "read")); // page 16 is never mapped
  assert.equal(unmapped.code, "ENOMEM");
  const zero = fail(() => host.unmap(0x10000n, 0));
  assert.equal(zero.code, "EINVAL");
});

// Identity functions of every value type; the result type equals the argument type.
const ID_INT = llvmMc("mov rax, rdi; ret");
const ID_F64 = llvmMc("ret");

test("calls of many signatures, interleaved, each reach their own code", () => {
  // Deno routes every signature through one trampoline slot: interleaving must not mix targets.
  const add = loadCode(llvmMc("lea rax, [rdi + rsi]; ret"), { args: ["i64", "i64"], returns: "i64" });
  const sub = loadCode(llvmMc("mov eax, edi; sub eax, esi; ret"), { args: ["i32", "i32"], returns: "i32" });
  const mulf = loadCode(llvmMc("mulsd xmm0, xmm1; ret"), { args: ["f64", "f64"], returns: "f64" });
  const neg8 = loadCode(llvmMc("mov eax, edi; neg eax; ret"), { args: ["i8"], returns: "i8" });
  const types: ValueType[] = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"];
  const ids = types.map((t) => loadCode(ID_INT, { args: [t], returns: t }));
  const idf = loadCode(ID_F64, { args: ["f64"], returns: "f64" });
  try {
    for (let i = 0; i < 2000; i++) {
      assert.equal(add(BigInt(i), 1n << 40n), BigInt(i) + (1n << 40n));
      assert.equal(sub(i, 3), i - 3);
      assert.equal(mulf(i, 0.5), i / 2);
      assert.equal(neg8(i % 100), 0 - (i % 100) || 0);
      const t = i % types.length;
      const v = i % 100;
      assert.equal(ids[t](v), types[t].endsWith("64") ? BigInt(v) : v);
      assert.equal(idf(i + 0.25), i + 0.25);
    }
  } finally {
    for (const f of [add, sub, mulf, neg8, ...ids, idf]) f.free();
  }
});

test("pointer arguments pass the data address, honouring byteOffset, on this host's FFI", () => {
  const id = loadCode(ID_INT, { args: ["pointer"], returns: "pointer" });
  const load = loadCode(llvmMc("mov rax, qword ptr [rdi]; ret"), { args: ["pointer"], returns: "i64" });
  try {
    const words = new BigInt64Array([11n, -22n, 33n, 44n]);
    assert.equal(load(words), 11n);
    assert.equal(load(words.subarray(1)), -22n);
    assert.equal(load(new DataView(words.buffer, 16)), 33n);
    assert.equal(load(id(words) + 24n), 44n); // a bigint address from a previous call
    assert.equal(id(words.subarray(2)) - id(words), 16n);
    assert.equal(id(null), 0n);
  } finally {
    id.free();
    load.free();
  }
});

test("Deno: the trampoline library is one memfd object, mapped r-x and rw-, never writable and executable", (t) => {
  if (runtime !== "deno") { skipTest(t, "only the Deno host loads a trampoline library (Deno's fast calls need a dlopen'd symbol)"); return; }
  const f = loadCode(ID_INT, { args: ["u16"], returns: "u16" }); // makes sure at least one signature is bound
  try {
    assert.equal(f(65535), 65535);
    const maps = readMappings().filter((m) => m.path.startsWith("/memfd:jitkit-trampoline"));
    assert.ok(maps.length >= 2, `expected the trampoline library's mappings, got ${JSON.stringify(maps.map((m) => m.path))}`);
    assert.equal(new Set(maps.map((m) => m.path)).size, 1, "one object for all signatures");
    assert.deepEqual(new Set(maps.map((m) => m.perms)), new Set(["r-xp", "rw-p"]));
  } finally {
    f.free();
  }
});

// W^X is enforced by the kernel on every host: a child writes one byte into its own code through
// the host's raw write (memcpy through the FFI, bypassing jitkit's page states).
function writeIntoCode(memory: "w^x" | "rwx-unsafe") {
  const calls = new URL("../src/platform/calls.js", import.meta.url).href;
  const select = new URL("../src/platform/host-select.js", import.meta.url).href;
  return runChild(`
    const { loadCode } = await import(${JSON.stringify(calls)});
    const { host } = await import(${JSON.stringify(select)});
    const f = loadCode(Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3), { args: ["i64"], returns: "i64" }, { memory: ${JSON.stringify(memory)} });
    process.stdout.write("called " + f(2n) + "\\n");
    host.write(f.address, Uint8Array.of(0x90));
    process.stdout.write("survived\\n");
  `);
}

test(`W^X on ${runtime}: writing into sealed code kills the process with SIGSEGV; rwx-unsafe memory takes the write`, () => {
  const sealed = writeIntoCode("w^x");
  assert.equal(sealed.stdout, "called 6\n");
  assert.equal(sealed.signal, "SIGSEGV", `status ${sealed.status}, stderr: ${sealed.stderr}`);
  const rwx = writeIntoCode("rwx-unsafe");
  assert.equal(rwx.status, 0, rwx.stderr);
  assert.equal(rwx.stdout, "called 6\nsurvived\n");
});

test("detection: Bun and Deno by their globals, Node >= 20 by its version, anything else refused with what is needed", async () => {
  const { detectRuntime } = await import("../src/platform/host-select.js");
  assert.equal(detectRuntime(), runtime);
  assert.equal(detectRuntime({ Bun: {}, process: { versions: { node: "24.3.0" } } }), "bun"); // Bun also sets process.versions.node
  assert.equal(detectRuntime({ Deno: {}, process: { versions: { node: "22.0.0" } } }), "deno");
  assert.equal(detectRuntime({ process: { versions: { node: "20.0.0" } } }), "node");
  assert.throws(() => detectRuntime({ process: { versions: { node: "18.19.1" } } }), /needs Node\.js 20 or newer .*this is Node\.js 18\.19\.1/);
  assert.throws(() => detectRuntime({}), /runs on Node\.js >= 20, Bun or Deno \(with --allow-ffi\).*no such FFI/); // a browser
});

test("0 to 8 float arguments next to integer ones (on Deno: each xmmN trampoline, and the slot one for 8)", () => {
  for (let n = 0; n <= 8; n++) {
    // rax = rdi + rsi; xmm0 = xmm0 + ... + xmm(n-1), converted and added to rax (truncating)
    const adds = Array.from({ length: Math.max(0, n - 1) }, (_, i) => `addsd xmm0, xmm${i + 1}`);
    const code = llvmMc([
      "lea rax, [rdi + rsi]",
      ...(n > 0 ? [...adds, "cvttsd2si rcx, xmm0", "add rax, rcx"] : []),
      "ret",
    ].join("; "));
    const args: ValueType[] = ["i64", ...Array.from({ length: n }, (): ValueType => "f64"), "i32"];
    const f = loadCode(code, { args, returns: "i64" });
    try {
      const floats = Array.from({ length: n }, (_, i) => (i + 1) * 10.25);
      const expected = 1000n + 7n + BigInt(Math.trunc(floats.reduce((a, b) => a + b, 0)));
      assert.equal(f(1000n, ...floats, 7), expected, `${n} float arguments`);
    } finally {
      f.free();
    }
  }
});

test("writeSealed writes into read+execute memory without making it writable (/proc/self/mem)", () => {
  assert.ok(host.writeSealed, `the ${host.name} host implements writeSealed`);
  const base = host.map(host.pageSize, "read-write");
  try {
    host.write(base, llvmMc("mov eax, 1; ret"));
    host.protect(base, host.pageSize, "read-execute");
    const patch = llvmMc("mov eax, 2; ret");
    assert.equal(host.writeSealed(base, patch), true);
    assert.deepEqual(host.read(base, patch.length), patch);
    assert.equal(readMappings().find((m) => m.start <= base && base < m.end)?.perms, "r-xp");
  } finally {
    host.unmap(base, host.pageSize);
  }
});

test("native writes through a pointer argument land in fresh small TypedArrays (Bun moves their storage on first use)", () => {
  const store = loadCode(llvmMc("mov qword ptr [rdi], 42; mov rax, rdi; ret"), { args: ["pointer"], returns: "pointer" });
  try {
    for (let i = 0; i < 200; i++) {
      const a = new BigInt64Array(1);
      store(a);
      assert.equal(a[0], 42n, `fresh BigInt64Array(1), round ${i}`);
      const b = new BigInt64Array(4);
      store(b.subarray(2));
      assert.deepEqual([...b], [0n, 0n, 42n, 0n], `subarray(2) of a fresh BigInt64Array(4), round ${i}`);
      const c = new Uint8Array(16);
      store(new DataView(c.buffer, 8));
      assert.equal(new BigInt64Array(c.buffer)[1], 42n, `DataView at byte 8, round ${i}`);
    }
  } finally {
    store.free();
  }
});
