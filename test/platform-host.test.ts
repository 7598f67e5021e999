// The Host contract on the running host (Node + koffi, Bun + bun:ffi or Deno + Deno.dlopen): page operations, view aliasing,
// writeSealed keeping pages read+execute, and one binder serving many addresses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { host, detectRuntime } from "../src/platform/host-select.js";
import { permissionsAt } from "../src/platform/maps.js";
import { bindAddress } from "../src/platform/calls.js";
import { llvmMc } from "./support/platform-llvm-mc.js";
import { runtimeName } from "./support/hosts-command.js";

test("the host is selected once for this runtime and describes itself", () => {
  const runtime = runtimeName();
  assert.equal(detectRuntime(), runtime);
  assert.equal(host.name, runtime);
  const ffi = { node: /^koffi \d+\.\d+\.\d+$/, bun: /^bun:ffi \(Bun \d+\.\d+/, deno: /^Deno\.dlopen \(Deno \d+\.\d+/ }[runtime];
  assert.match(host.ffi, ffi);
  assert.equal(host.pageSize, 4096);
});

test("map / protect / write / read / view / unmap", () => {
  const size = 2 * host.pageSize;
  const a = host.map(size, "read-write");
  assert.equal(a % BigInt(host.pageSize), 0n);
  assert.equal(permissionsAt(a), "rw-p");
  host.write(a + 10n, Uint8Array.of(1, 2, 3));
  assert.deepEqual(host.read(a + 9n, 5), Uint8Array.of(0, 1, 2, 3, 0));
  const view = new Uint8Array(host.view(a, 16));
  assert.equal(view[11], 2); // aliases, no copy
  view[12] = 42;
  assert.deepEqual(host.read(a + 12n, 1), Uint8Array.of(42));
  host.protect(a + BigInt(host.pageSize), host.pageSize, "read");
  assert.equal(permissionsAt(a + BigInt(host.pageSize)), "r--p");
  host.unmap(a, size);
  assert.equal(permissionsAt(a), "unmapped");
});

test("writeSealed changes code in read+execute pages without making them writable", () => {
  assert.ok(host.writeSealed, `the ${host.name} host implements writeSealed`);
  const code = llvmMc("mov eax, 1; ret");
  const a = host.map(host.pageSize, "read-write");
  host.write(a, code);
  host.protect(a, host.pageSize, "read-execute");
  const f = bindAddress(a, { args: [], returns: "i32" });
  assert.equal(f(), 1);
  const two = llvmMc("mov eax, 2; ret");
  assert.equal(host.writeSealed(a, two), true);
  assert.equal(permissionsAt(a), "r-xp");
  assert.equal(f(), 2);
  f.free();
  host.unmap(a, host.pageSize);
});

test("one binder per signature serves any number of addresses", () => {
  const a = host.map(host.pageSize, "read-write");
  for (let k = 0; k < 8; k++) host.write(a + BigInt(16 * k), llvmMc(`lea rax, [rdi + ${k}]; ret`));
  host.protect(a, host.pageSize, "read-execute");
  const fns = Array.from({ length: 8 }, (_, k) => bindAddress(a + BigInt(16 * k), { args: ["i64"], returns: "i64" }));
  // interleaved calls through the shared trampoline each reach their own target
  for (let round = 0; round < 3; round++) fns.forEach((f, k) => assert.equal(f(100n), 100n + BigInt(k)));
  for (const f of fns) f.free();
  host.unmap(a, host.pageSize);
});
