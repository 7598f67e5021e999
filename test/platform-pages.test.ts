// Executable memory: page permissions as the kernel reports them (/proc/self/maps), W^X, the
// unsafe RWX mode, size checks, OS errors, and the code allocator (packing, reuse, unmapping).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Pages, MAX_MAPPING_SIZE, pageSize, defaultWxStrategy } from "../src/platform/pages.js";
import { CodeHeap } from "../src/platform/code-heap.js";
import { loadCode } from "../src/platform/calls.js";
import { host } from "../src/platform/host-select.js";
import { OsError } from "../src/platform/errors.js";
import { mappingAt, permissionsAt, readMappings } from "../src/platform/maps.js";
import { llvmMc } from "./support/platform-llvm-mc.js";
import { codeFileMappings, openCodeFileDescriptors } from "./support/platform-code-files.js";
import { skipTest } from "./support/skip.js";

const ADD4 = llvmMc("mov rax, rdi; add rax, 4; ret");
const SIG = { args: ["i64"], returns: "i64" } as const;

/** Every mapping overlapping [start, end). */
function mappingsIn(start: bigint, end: bigint) {
  return readMappings().filter((m) => m.start < end && start < m.end);
}


test("Pages (strategy mprotect): rw-p before sealing, r-xp after, never rwx; unmapped afterwards", () => {
  const pages = Pages.map(100, { strategy: "mprotect" });
  assert.equal(pages.size, pageSize);
  assert.equal(permissionsAt(pages.address), "rw-p");
  assert.equal(pages.state, "writable");
  pages.write(0, ADD4);
  assert.deepEqual(pages.read(0, ADD4.length), ADD4);
  pages.seal();
  assert.equal(pages.state, "sealed");
  const m = mappingAt(pages.address);
  assert.ok(m);
  assert.equal(m.perms, "r-xp");
  assert.ok(m.start <= pages.address && pages.address + BigInt(pages.size) <= m.end);
  assert.throws(() => pages.write(0, Uint8Array.of(0xc3)), /cannot write to sealed pages/);
  assert.deepEqual(pages.read(0, ADD4.length), ADD4); // unchanged
  pages.unmap();
  assert.equal(permissionsAt(pages.address), "unmapped");
  assert.throws(() => pages.unmap(), { name: "FreedCodeError" });
  assert.throws(() => pages.write(0, ADD4), { name: "FreedCodeError" });
});

const HEAP_OPTIONS = [{ strategy: "auto" }, { strategy: "dual-map" }, { strategy: "proc-mem" }, { strategy: "mprotect" }, { patch: "mprotect" }] as const;
for (const options of HEAP_OPTIONS) {
  test(`loadCode W^X (${JSON.stringify(options)}): our pages are r-x and never rwx while functions are added and freed`, () => {
    const heap = new CodeHeap(options);
    const strategy = "strategy" in options ? options.strategy : options.patch;
    const expected = (strategy === "auto" ? defaultWxStrategy() : strategy) === "dual-map" ? "r-xs" : "r-xp";
    const fns = [];
    for (let i = 0; i < 300; i++) { // 300 * 16 bytes: more than one page of a region
      const term = i - 150;
      fns.push({ term, f: loadCode(llvmMc(`lea rax, [rdi ${term < 0 ? "-" : "+"} ${Math.abs(term)}]; ret`), SIG, { heap }) });
      if (i % 50 === 0) {
        for (const r of heap.regions()) {
          for (const m of mappingsIn(r.start, r.end)) assert.equal(m.perms, expected, `region 0x${r.start.toString(16)}`);
        }
      }
    }
    assert.equal(heap.stats().regions, 1);
    for (const { term, f } of fns) assert.equal(f(1000n), 1000n + BigInt(term)); // each function kept its own bytes
    for (const { f } of fns) assert.equal(permissionsAt(f.address), expected);
    // (the engine's own JIT may keep rwx pages; ours, anonymous or memory-file views, never)
    assert.ok(!codeFileMappings().some((m) => m.perms.startsWith("rwx")), "no rwx view of our code files");
    for (const { f } of fns.slice(0, 150)) f.free();
    const again = loadCode(ADD4, SIG, { heap }); // reuses freed space in the sealed region
    assert.equal(again.address, fns[0].f.address);
    assert.equal(again(1n), 5n);
    assert.equal(fns[200].f(0n), 50n);
    again.free();
    for (const { f } of fns.slice(150)) f.free();
    assert.equal(heap.stats().regions, 0);
  });
}

test("rwx-unsafe mode shows rwxp (only when asked)", () => {
  const f = loadCode(ADD4, SIG, { memory: "rwx-unsafe" });
  assert.equal(permissionsAt(f.address), "rwxp");
  assert.equal(f(2n), 6n);
  f.free();
  const pages = Pages.map(1, { mode: "rwx-unsafe" });
  assert.equal(permissionsAt(pages.address), "rwxp");
  pages.unmap();
});

test("data pages are rw-p and can never be sealed executable", () => {
  const data = Pages.map(8, { mode: "data" });
  assert.equal(permissionsAt(data.address), "rw-p");
  assert.throws(() => data.seal(), /never be made executable/);
  assert.equal(permissionsAt(data.address), "rw-p");
  data.unmap();
});

test("absurd sizes are RangeErrors and map nothing", () => {
  // Counted at the host (every mapping of ours goes through host.map), not in /proc/self/maps,
  // where the engine's own heap may grow meanwhile (Deno's V8 maps 256 KiB heap pages here).
  const map = host.map;
  let maps = 0;
  host.map = (size, protection) => { maps++; return map.call(host, size, protection); };
  try {
    for (const size of [0, -1, 1.5, NaN, Infinity, MAX_MAPPING_SIZE + 1, 2 ** 53]) {
      assert.throws(() => Pages.map(size), RangeError, String(size));
    }
    assert.throws(() => Pages.map(4096n as unknown as number), RangeError);
    assert.throws(() => loadCode(new Uint8Array(0), SIG), { name: "RangeError", message: /empty code/ });
    assert.throws(() => loadCode({ size: 0, toBytes: () => new Uint8Array(0) }, SIG), /empty code/);
    assert.throws(() => loadCode({ size: MAX_MAPPING_SIZE + 1, toBytes: () => new Uint8Array(0) }, SIG), RangeError);
    assert.throws(() => loadCode("c3" as unknown as Uint8Array, SIG), TypeError);
    assert.throws(() => Pages.map(8, { mode: "rwx" as "w^x" }), TypeError);
  } finally {
    host.map = map;
  }
  assert.equal(maps, 0);
});

test("OS failures become OsError with errno, code and the OS's text", () => {
  const pages = Pages.map(pageSize);
  const address = pages.address;
  pages.unmap();
  // mprotect on memory that is not mapped: ENOMEM
  assert.throws(() => host.protect(address, pageSize, "read"), (e: unknown) => {
    assert.ok(e instanceof OsError);
    assert.equal(e.operation, "mprotect");
    assert.equal(e.errno, 12);
    assert.equal(e.code, "ENOMEM");
    assert.equal(e.osMessage, "Cannot allocate memory");
    assert.match(e.message, /^mprotect failed: ENOMEM \(errno 12\): Cannot allocate memory \[0x[0-9a-f]+, 4096 bytes, read\]$/);
    return true;
  });
  // munmap of an unaligned address: EINVAL
  assert.throws(() => host.unmap(address + 1n, pageSize), { name: "OsError", code: "EINVAL", errno: 22 });
  // mmap of more address space than exists: ENOMEM
  assert.throws(() => host.map(2 ** 52, "read-write"), { name: "OsError", code: "ENOMEM" });
});

test("code heap packs functions 16-byte aligned into one region and reuses freed space", () => {
  const heap = new CodeHeap({ regionSize: 4096 });
  const a = loadCode(ADD4, SIG, { heap });
  const b = loadCode(ADD4, SIG, { heap });
  const c = loadCode(llvmMc("mov rax, rdi; add rax, 4; add rax, 4; add rax, 4; add rax, 4; ret"), SIG, { heap }); // 20 bytes
  const d = loadCode(ADD4, SIG, { heap });
  assert.equal(heap.stats().regions, 1);
  assert.equal(b.address - a.address, 16n);
  assert.equal(c.address - b.address, 16n);
  assert.equal(d.address - c.address, 32n); // c took 20 -> 32 bytes
  assert.equal(a.address % 16n, 0n);
  b.free();
  const e = loadCode(ADD4, SIG, { heap }); // first fit: b's hole
  assert.equal(e.address, b.address);
  assert.equal(e(1n), 5n);
  assert.equal(c(1n), 17n);
  assert.match(permissionsAt(e.address), /^r-x[ps]$/);
  // A block bigger than a region gets its own region, of whole pages.
  const big = new Uint8Array(5000).fill(0x90);
  big[4999] = 0xc3;
  const f = loadCode(big, { args: [], returns: "void" }, { heap });
  assert.equal(heap.stats().regions, 2);
  assert.equal(f(), undefined);
  const bigRegion = heap.regions().find((r) => r.start <= f.address && f.address < r.end);
  assert.ok(bigRegion);
  assert.equal(bigRegion.end - bigRegion.start, 8192n);
  f.free();
  assert.equal(heap.stats().regions, 1);
  assert.equal(permissionsAt(bigRegion.start), "unmapped");
  const region = heap.regions()[0];
  for (const g of [a, c, d, e]) g.free();
  assert.equal(heap.stats().regions, 0);
  assert.equal(heap.stats().blocks, 0);
  assert.equal(mappingsIn(region.start, region.end).length, 0); // empty region unmapped
});

test("a code producer gets its final address once and must return exactly size bytes", () => {
  const heap = new CodeHeap();
  const seen: bigint[] = [];
  // movabs rax, <own address>; ret  -- an absolute relocation resolved in toBytes
  const producer = {
    size: llvmMc("movabs rax, 0; ret").length,
    toBytes(base: bigint): Uint8Array {
      seen.push(base);
      return llvmMc(`movabs rax, ${base}; ret`);
    },
  };
  const f = loadCode(producer, { args: [], returns: "u64" }, { heap });
  assert.deepEqual(seen, [f.address]);
  assert.equal(f(), f.address);
  f.free();
  const before = readMappings().length;
  assert.throws(() => loadCode({ size: 11, toBytes: () => new Uint8Array(10) }, SIG, { heap }), /promised 11 bytes but toBytes returned 10/);
  assert.throws(() => loadCode({ size: 11, toBytes: () => { throw new Error("relocation out of range"); } }, SIG, { heap }), /relocation out of range/);
  assert.equal(heap.stats().regions, 0); // nothing left mapped after the failures
  assert.equal(readMappings().length, before);
});

test("100,000 create/free cycles: our mappings and descriptors back where they started, RSS grows < 20 MB", async () => {
  const heap = new CodeHeap();
  const keep = loadCode(ADD4, SIG, { heap }); // one live function keeps one region mapped
  const startRegions = heap.stats().regions;
  const startFileMappings = codeFileMappings().length;
  const startDescriptors = openCodeFileDescriptors();
  const ours = new Set<bigint>();
  // RSS counts garbage not yet collected (engines differ: V8 in Deno grows its heap further than
  // Node before collecting); a warm-up round and a full collection before each reading leave
  // only what was really kept.
  const gc = await fullGc();
  for (let i = 0; i < 20_000; i++) loadCode(ADD4, SIG, { heap }).free();
  gc();
  const rss0 = process.memoryUsage().rss;
  const nursery0 = await nurseryBytes();
  for (let i = 0; i < 100_000; i++) {
    const f = loadCode(ADD4, SIG, { heap });
    if (i % 1000 === 0) {
      assert.equal(f(BigInt(i)), BigInt(i) + 4n);
      ours.add(f.address & ~BigInt(pageSize - 1));
    }
    f.free();
  }
  gc();
  // V8 (Node, Deno) enlarges its young generation when a program allocates fast, and the pages it
  // committed stay in RSS after a full collection (Node 24: up to 128 MB here, with under 1 MB of
  // it live). That is the engine's sizing, not memory jitkit kept: it is left out of the growth,
  // everything else (our mappings, the FFI's native memory, live JS objects) counts.
  const nurseryGrowth = Math.max(0, (await nurseryBytes()) - nursery0);
  const rssGrowth = process.memoryUsage().rss - rss0 - nurseryGrowth;
  assert.equal(heap.stats().regions, startRegions);
  assert.equal(heap.stats().blocks, 1);
  const live = heap.regions();
  const mapped = readMappings();
  // every page that held one of our functions is either in the one live region or not mapped
  for (const page of ours) {
    const inLive = live.some((r) => r.start <= page && page < r.end);
    if (!inLive) assert.ok(!mapped.some((m) => m.start <= page && page < m.end && m.perms.includes("x")), `page 0x${page.toString(16)} still mapped`);
  }
  assert.ok(rssGrowth < 20 * 1024 * 1024, `RSS grew by ${(rssGrowth / 1048576).toFixed(1)} MB (besides ${(nurseryGrowth / 1048576).toFixed(1)} MB of engine nursery growth)`);
  assert.equal(codeFileMappings().length, startFileMappings, "dual-mapped views");
  assert.equal(openCodeFileDescriptors(), startDescriptors, "open file descriptors");
  keep.free();
  assert.equal(heap.stats().regions, 0);
  if (defaultWxStrategy() === "dual-map") assert.equal(codeFileMappings().length, startFileMappings - 2); // both views of keep's region
});

test("20,000 cycles with a fresh region each time (nothing else live); lifetime \"gc\" too", () => {
  const heap = new CodeHeap();
  const before = heap.stats();
  const fileMappings = codeFileMappings().length;
  const descriptors = openCodeFileDescriptors();
  for (let i = 0; i < 10_000; i++) loadCode(ADD4, SIG, { heap }).free();
  for (let i = 0; i < 10_000; i++) loadCode(ADD4, SIG, { heap, lifetime: "gc" }).free();
  const after = heap.stats();
  assert.equal(after.regions, before.regions);
  assert.equal(after.mapsTotal, after.unmapsTotal); // every mapping made was released
  assert.equal(codeFileMappings().length, fileMappings);
  assert.equal(openCodeFileDescriptors(), descriptors);
});

test("memory-deny-write-execute child: sealing fails for real and leaves nothing mapped; dual mapping needs no sealing", async (t) => {
  const { runChild, MDWE_UNSUPPORTED_EXIT } = await import("./support/hosts-child.js");
  const heapUrl = new URL("../src/platform/code-heap.js", import.meta.url).href;
  const pagesUrl = new URL("../src/platform/pages.js", import.meta.url).href;
  const mapsUrl = new URL("../src/platform/maps.js", import.meta.url).href;
  const hostUrl = new URL("../src/platform/host-select.js", import.meta.url).href;
  // imported after MDWE is on (runChild's prelude), hence dynamic imports. What the heap mapped is
  // recorded at host.map and looked up in /proc/self/maps afterwards (not a count of all mappings:
  // the engine's own heap may map pages meanwhile, as V8 in Deno does).
  const script = `
    const { CodeHeap } = await import(${JSON.stringify(heapUrl)});
    const { defaultWxStrategy } = await import(${JSON.stringify(pagesUrl)});
    const { readMappings, permissionsAt } = await import(${JSON.stringify(mapsUrl)});
    const { host } = await import(${JSON.stringify(hostUrl)});
    const out = { auto: defaultWxStrategy() };
    for (const strategy of ["mprotect", "proc-mem"]) {
      const mapped = [];
      const map = host.map;
      host.map = (size, protection) => { const a = map.call(host, size, protection); mapped.push(a); return a; };
      const heap = new CodeHeap({ strategy });
      let error;
      try { heap.allocate(Uint8Array.of(0xc3)); } catch (e) { error = e; }
      host.map = map;
      const still = mapped.filter((a) => readMappings().some((m) => m.start <= a && a < m.end)).length;
      out[strategy] = { name: error?.name, code: error?.code, regions: heap.stats().regions, maps: heap.stats().mapsTotal, unmaps: heap.stats().unmapsTotal, hostMaps: mapped.length, still };
    }
    const dual = new CodeHeap({ strategy: "dual-map" }).allocate(Uint8Array.of(0xc3));
    out["dual-map"] = permissionsAt(dual.address);
    dual.free();
    process.stdout.write(JSON.stringify(out));
  `;
  const run = runChild(script, { mdwe: true });
  if (run.status === MDWE_UNSUPPORTED_EXIT) return skipTest(t, "kernel lacks PR_SET_MDWE (Linux < 6.3)");
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  const failed = { name: "OsError", code: "EACCES", regions: 0, maps: 1, unmaps: 1, hostMaps: 1, still: 0 };
  // MDWE refuses to make pages executable that were not; a shared mapping created read+execute is
  // allowed (it never was writable), so dual mapping works, and "auto" finds it.
  assert.deepEqual(r, { auto: "dual-map", "mprotect": failed, "proc-mem": failed, "dual-map": "r-xs" });
});

/** A function that runs a full garbage collection on Node, Deno (V8) and Bun (JSC). */
/** Bytes the JS engine has committed to its young generation (V8's new_space; 0 where the engine does not say). */
async function nurseryBytes(): Promise<number> {
  if ((globalThis as { Bun?: unknown }).Bun) return 0;
  const { getHeapSpaceStatistics } = await import("node:v8");
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
}

async function fullGc(): Promise<() => void> {
  const bun = (globalThis as { Bun?: { gc(force: boolean): void } }).Bun;
  if (bun) return () => bun.gc(true);
  const { setFlagsFromString } = await import("node:v8");
  const { runInNewContext } = await import("node:vm");
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
