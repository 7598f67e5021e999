// Dual mapping (the "dual-map" W^X strategy): one memory file, a read+execute view (the code's
// address) and a read+write view, as the kernel reports them (/proc/self/maps); failures of each
// OS call leave no mapping and no descriptor behind; the probe's fallbacks; option checks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Pages, pageSize, probeWxStrategy, wxProbe } from "../src/platform/pages.js";
import { CodeHeap } from "../src/platform/code-heap.js";
import { bindAddress, loadCode } from "../src/platform/calls.js";
import { host } from "../src/platform/host-select.js";
import type { Host, MemoryFiles } from "../src/platform/host.js";
import { OsError } from "../src/platform/errors.js";
import { memoryFiles } from "../src/platform/hosts/memory-files.js";
import { mappingAt } from "../src/platform/maps.js";
import { llvmMc } from "./support/platform-llvm-mc.js";
import { CODE_FILE_PATH, codeFileMappings, openCodeFileDescriptors } from "./support/platform-code-files.js";

const SIG = { args: ["i64"], returns: "i64" } as const;

test("this machine allows dual mapping, so \"auto\" picks it", () => {
  assert.ok(host.memoryFiles, `the ${host.name} host offers memory files`);
  assert.deepEqual(wxProbe(), { strategy: "dual-map", refused: {} });
});

test("dual-mapped pages: an r-xs view (the address) and an rw-s view of one memory file, never rwx", () => {
  loadCode(llvmMc("ret"), SIG).free(); // SIG's call trampoline (permanent code, maybe dual-mapped) exists before counting
  const before = codeFileMappings().length;
  const pages = Pages.map(3 * pageSize, { strategy: "dual-map" });
  assert.equal(pages.strategy, "dual-map");
  assert.equal(pages.state, "sealed");
  assert.equal(pages.protection, "read-execute");
  const code = mappingAt(pages.address);
  assert.ok(code);
  assert.equal(code.perms, "r-xs");
  assert.equal(code.path, CODE_FILE_PATH);
  assert.equal(code.offset, 0n);
  assert.equal(code.end - code.start, BigInt(3 * pageSize));
  // the other view: same file (inode), same size, read+write, not executable, somewhere else
  const views = codeFileMappings().filter((m) => m.inode === code.inode);
  assert.equal(views.length, 2, JSON.stringify(views, (_, v) => (typeof v === "bigint" ? v.toString(16) : v)));
  const data = views.find((m) => m.start !== code.start);
  assert.ok(data);
  assert.equal(data.perms, "rw-s");
  assert.equal(data.end - data.start, BigInt(3 * pageSize));
  assert.ok(data.end <= code.start || code.end <= data.start, "the views do not overlap");
  for (const m of codeFileMappings()) assert.ok(!(m.perms.includes("w") && m.perms.includes("x")), `${m.perms} ${m.path}`);

  // code written through the read+write view is what the read+execute view runs
  pages.write(0, llvmMc("mov rax, rdi; add rax, 4; ret"));
  pages.seal(); // nothing to do: the executable view is read+execute from the start
  const add4 = bindAddress(pages.address, SIG);
  assert.equal(add4(2n), 6n);
  pages.patch(2 * pageSize + 16, llvmMc("lea rax, [rdi + 100]; ret"));
  const add100 = bindAddress(pages.address + BigInt(2 * pageSize + 16), SIG);
  assert.equal(add100(1n), 101n);
  assert.deepEqual(pages.read(2 * pageSize + 16, 4), llvmMc("lea rax, [rdi + 100]; ret").subarray(0, 4));
  assert.equal(mappingAt(pages.address)?.perms, "r-xs"); // unchanged by the writes
  add4.free();
  add100.free();

  pages.unmap();
  assert.equal(mappingAt(code.start), undefined);
  assert.equal(mappingAt(data.start), undefined, "the read+write view is unmapped with the code");
  assert.equal(codeFileMappings().length, before);
  assert.throws(() => pages.write(0, Uint8Array.of(0xc3)), { name: "FreedCodeError" });
});

/**
 * Runs `body` with one of host.memoryFiles' calls replaced by `replacement` (which gets the
 * original), then restores it.
 */
function withMemoryFiles<K extends keyof MemoryFiles>(key: K, replacement: (original: MemoryFiles[K]) => MemoryFiles[K], body: () => void): void {
  const files = host.memoryFiles!;
  const original = files[key];
  files[key] = replacement(original.bind(files) as MemoryFiles[K]);
  try {
    body();
  } finally {
    files[key] = original;
  }
}

test("each failing OS call of dual mapping is an OsError with errno and leaves no mapping and no descriptor", () => {
  const mappings = codeFileMappings().length;
  const descriptors = openCodeFileDescriptors();
  const mappedViews: bigint[] = [];
  const expectFailure = (operation: string, code: string) => {
    assert.throws(() => Pages.map(pageSize, { strategy: "dual-map" }), (e: unknown) => {
      assert.ok(e instanceof OsError, String(e));
      assert.equal(e.operation, operation);
      assert.equal(e.code, code);
      assert.ok(e.errno > 0);
      assert.ok(e.osMessage.length > 0);
      assert.match(e.message, new RegExp(`^${operation} failed: ${code} \\(errno ${e.errno}\\): `));
      return true;
    });
    assert.equal(codeFileMappings().length, mappings, `${operation}: mappings left behind`);
    assert.equal(openCodeFileDescriptors(), descriptors, `${operation}: descriptor left open`);
    for (const a of mappedViews.splice(0)) assert.equal(mappingAt(a), undefined, `${operation}: view 0x${a.toString(16)} still mapped`);
  };
  // Real refusals by the kernel, provoked with arguments it rejects:
  // memfd_create with a name longer than the 249 bytes allowed -> EINVAL
  withMemoryFiles("create", (create) => () => create("x".repeat(300)), () => expectFailure("memfd_create", "EINVAL"));
  // ftruncate to a negative size -> EINVAL (after the file was created: it must be closed)
  withMemoryFiles("resize", (resize) => (fd) => resize(fd, -1), () => expectFailure("ftruncate", "EINVAL"));
  // the read+execute view's mmap given a closed descriptor -> EBADF (the read+write view is already mapped)
  withMemoryFiles("map", (map) => (fd, size, protection) => {
    if (protection === "read-execute") return map(-1, size, protection);
    const a = map(fd, size, protection);
    mappedViews.push(a);
    return a;
  }, () => expectFailure("mmap", "EBADF"));
  // and the heap: nothing reserved after the failure, and it works again afterwards
  const heap = new CodeHeap({ strategy: "dual-map" });
  withMemoryFiles("create", (create) => () => create("x".repeat(300)), () => {
    assert.throws(() => loadCode(llvmMc("ret"), { args: [], returns: "void" }, { heap }), { name: "OsError", code: "EINVAL" });
  });
  assert.deepEqual(heap.stats(), { regions: 0, mappedBytes: 0, blocks: 0, mapsTotal: 0, unmapsTotal: 0 });
  const f = loadCode(llvmMc("lea rax, [rdi + 4]; ret"), SIG, { heap });
  assert.equal(f(1n), 5n);
  f.free();
  assert.equal(codeFileMappings().length, mappings);
  assert.equal(openCodeFileDescriptors(), descriptors);
});

test("the probe falls back: no memory files -> proc-mem; neither -> mprotect; an OS refusal is reported", () => {
  const without = (changes: Partial<Record<keyof Host, unknown>>): Host => ({ ...host, ...changes }) as Host;
  assert.deepEqual(probeWxStrategy(without({ memoryFiles: undefined })), {
    strategy: "proc-mem", refused: { "dual-map": `the ${host.name} host offers no memory files` },
  });
  assert.deepEqual(probeWxStrategy(without({ memoryFiles: undefined, writeSealed: undefined })), {
    strategy: "mprotect",
    refused: { "dual-map": `the ${host.name} host offers no memory files`, "proc-mem": `the ${host.name} host cannot write through /proc/self/mem` },
  });
  // memfd_create refused by the OS (as a seccomp filter would; here through an invalid name)
  const files = host.memoryFiles!;
  const refusing: MemoryFiles = { ...files, create: () => files.create("x".repeat(300)) };
  const probe = probeWxStrategy(without({ memoryFiles: refusing }));
  assert.equal(probe.strategy, "proc-mem");
  assert.match(probe.refused["dual-map"]!, /^memfd_create failed: EINVAL \(errno 22\)/);
  // an executable shared mapping refused (as a noexec policy would; here through a bad descriptor)
  const noExec: MemoryFiles = { ...files, map: (fd, size, protection) => files.map(protection === "read-execute" ? -1 : fd, size, protection) };
  assert.match(probeWxStrategy(without({ memoryFiles: noExec })).refused["dual-map"]!, /^mmap failed: EBADF/);
  // writes through /proc/self/mem refused
  assert.deepEqual(probeWxStrategy(without({ memoryFiles: undefined, writeSealed: () => false })).refused["proc-mem"],
    "the OS refuses writes through /proc/self/mem");
});

test("explicit strategies are honoured and not replaced; bad options are TypeErrors before anything is mapped", () => {
  for (const strategy of ["dual-map", "proc-mem", "mprotect"] as const) {
    const heap = new CodeHeap({ strategy });
    assert.equal(heap.strategy, strategy);
    const fns = Array.from({ length: 3 }, (_, k) => loadCode(llvmMc(`lea rax, [rdi + ${k}]; ret`), SIG, { heap }));
    fns.forEach((f, k) => assert.equal(f(10n), 10n + BigInt(k)));
    assert.deepEqual(heap.regions().map((r) => r.strategy), [strategy]);
    assert.equal(mappingAt(fns[0].address)?.perms, strategy === "dual-map" ? "r-xs" : "r-xp");
    fns.forEach((f) => f.free());
  }
  // a Pages of strategy "proc-mem" on a host that cannot write through /proc/self/mem fails, never flips
  const pages = Pages.map(pageSize, { strategy: "proc-mem" });
  pages.write(0, llvmMc("ret"));
  pages.seal();
  const writeSealed = host.writeSealed;
  host.writeSealed = () => false;
  try {
    assert.throws(() => pages.patch(16, llvmMc("ret")), /W\^X strategy "proc-mem": the OS refuses writes through \/proc\/self\/mem/);
  } finally {
    host.writeSealed = writeSealed;
  }
  assert.equal(mappingAt(pages.address)?.perms, "r-xp");
  pages.unmap();
  assert.equal(new CodeHeap().strategy, "auto");
  assert.equal(new CodeHeap({ patch: "mprotect" }).strategy, "mprotect");
  assert.throws(() => new CodeHeap({ strategy: "rwx" as "auto" }), { name: "TypeError", message: /CodeHeap strategy must be "auto", "dual-map", "proc-mem", "mprotect"; got rwx/ });
  assert.throws(() => new CodeHeap({ patch: "mprotect", strategy: "dual-map" }), { name: "TypeError", message: /disagree/ });
  assert.throws(() => Pages.map(pageSize, { strategy: "memfd" as "auto" }), TypeError);
});

test("memory files ask for MFD_EXEC and, on a kernel that rejects the flag (EINVAL), go on without it", () => {
  // The calls below stand in for libc: a kernel before 6.3 rejects the unknown flag 0x10.
  const seen: number[] = [];
  let errno = 0;
  const oldKernel = memoryFiles({
    memfdCreate: (_name, flags) => {
      seen.push(flags);
      if (flags & 0x10) { errno = 22; return -1; }
      return 7;
    },
    ftruncate: () => 0,
    mmap: () => -1,
    close: () => 0,
    error: (operation, detail) => new OsError(operation, errno, errno === 22 ? "EINVAL" : "E?", "Invalid argument", detail),
  });
  assert.equal(oldKernel.create("jitkit-code"), 7);
  assert.equal(oldKernel.create("jitkit-code"), 7);
  assert.deepEqual(seen, [0x11, 0x01, 0x01]); // MFD_CLOEXEC | MFD_EXEC, then MFD_CLOEXEC only, remembered
  // the real host's files: created with MFD_EXEC here (Linux >= 6.3) or without (older), executable either way
  const pages = Pages.map(pageSize, { strategy: "dual-map" });
  assert.equal(mappingAt(pages.address)?.perms, "r-xs");
  pages.unmap();
});
