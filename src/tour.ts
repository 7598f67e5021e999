/**
 * tour.ts - `npm start`: a short guided run of jitkit's executable memory and native calls.
 * Shows the machine code bytes, the page permissions the kernel reports (/proc/self/maps) before
 * and after sealing, and the results of calling the code.
 */
import { bindAddress, loadCode } from "./platform/calls.js";
import { host } from "./platform/host-select.js";
import { permissionsAt } from "./platform/maps.js";
import { defaultWxStrategy, Pages, type WxStrategy } from "./platform/pages.js";
import { Assembler, x64, assemble, cpuFeatures, disassemble, formatListing, formatAsmError } from "./index.js";

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
const addr = (a: bigint): string => `0x${a.toString(16)}`;
let step = 0;
const title = (text: string): void => console.log(`\n${++step}. ${text}`);

console.log(`jitkit tour - host: ${host.name} (${host.ffi}), page size ${host.pageSize} bytes`);

title("The seed's add4, by hand: map a page, write the code, seal it, call it.");
const add4Code = Uint8Array.of(0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3);
console.log(`   code: ${hex(add4Code)}`);
console.log("         48 89 f8     mov rax, rdi");
console.log("         48 83 c0 04  add rax, 4");
console.log("         c3           ret");
const pages = Pages.map(add4Code.length, { strategy: "mprotect" }); // the by-hand way: one view, RW then RX
console.log(`   mapped ${pages.size} bytes at ${addr(pages.address)}: kernel says ${permissionsAt(pages.address)} (read+write, not executable)`);
pages.write(0, add4Code);
pages.seal();
console.log(`   sealed:                         kernel says ${permissionsAt(pages.address)} (read+execute, not writable)`);
const add4 = bindAddress(pages.address, { args: ["i64"], returns: "i64" }, { name: "add4" });
console.log(`   add4(2n) = ${add4(2n)}n   add4(-10n) = ${add4(-10n)}n   add4(2n**62n) = ${add4(2n ** 62n)}n`);
try {
  pages.write(0, Uint8Array.of(0xc3));
} catch (error) {
  console.log(`   writing to the sealed page is refused: ${(error as Error).message}`);
}
add4.free();
pages.unmap();
console.log(`   unmapped: kernel says ${permissionsAt(pages.address)}`);

title("The same through loadCode (allocator + W^X in one call), then free().");
const add4b = loadCode(add4Code, { args: ["i64"], returns: "i64" }, { name: "add4" });
console.log(`   loadCode -> function at ${addr(add4b.address)} (${permissionsAt(add4b.address)}); add4(40n) = ${add4b(40n)}n`);
const add8 = loadCode(Uint8Array.of(0x48, 0x8d, 0x47, 0x08, 0xc3), { args: ["i64"], returns: "i64" }, { name: "add8" }); // lea rax, [rdi+8]; ret
console.log(`   a second function goes ${add8.address - add4b.address} bytes after it, same sealed region (${permissionsAt(add8.address)}): add8(40n) = ${add8(40n)}n`);
const HOW_WRITTEN: Record<WxStrategy, string> = {
  "dual-map": "copied into a second, read+write view of the same memory; the executable view never became writable",
  "proc-mem": "written through /proc/self/mem; the region stayed read+execute",
  "mprotect": "the region was flipped to read+write for the copy and sealed again (the OS allows nothing faster here)",
};
console.log(`   (W^X strategy "${defaultWxStrategy()}": ${HOW_WRITTEN[defaultWxStrategy()]})`);
add8.free();
add4b.free();
try {
  add4b(1n);
} catch (error) {
  console.log(`   after free(): ${(error as Error).message}`);
}

title("The baby JIT: patch a 32-bit term into `mov rax, imm32; add rax, rdi; ret` at run time.");
for (const term of [1, -4, 2147483647]) {
  const code = Uint8Array.of(0x48, 0xc7, 0xc0, 0, 0, 0, 0, 0x48, 0x01, 0xf8, 0xc3);
  new DataView(code.buffer).setInt32(3, term, true);
  const adder = loadCode(code, { args: ["i64"], returns: "i64" }, { name: `add${term}` });
  console.log(`   term ${String(term).padStart(10)}: ${hex(code)}  ->  f(1), f(2), f(3) = ${[1n, 2n, 3n].map((x) => adder(x)).join(", ")}`);
  adder.free();
}

title("Other types: doubles in xmm registers, and a pointer to a Float64Array.");
const addsd = loadCode(Uint8Array.of(0xf2, 0x0f, 0x58, 0xc1, 0xc3), { args: ["f64", "f64"], returns: "f64" }, { name: "addsd" });
console.log(`   f2 0f 58 c1 c3 (addsd xmm0, xmm1; ret): f(0.5, 0.25) = ${addsd(0.5, 0.25)}`);
addsd.free();
// movsd xmm0, [rdi + 8]; ret  -> reads element 1 of the array passed as a pointer
const second = loadCode(Uint8Array.of(0xf2, 0x0f, 0x10, 0x47, 0x08, 0xc3), { args: ["pointer"], returns: "f64" }, { name: "second" });
console.log(`   f2 0f 10 47 08 c3 (movsd xmm0, [rdi+8]; ret): f(Float64Array [1.5, 2.5]) = ${second(new Float64Array([1.5, 2.5]))}`);
second.free();

title("RWX, only when asked: { memory: \"rwx-unsafe\" } (the seed's first version).");
const unsafe = loadCode(add4Code, { args: ["i64"], returns: "i64" }, { memory: "rwx-unsafe", name: "add4" });
console.log(`   kernel says ${permissionsAt(unsafe.address)}: writable AND executable - avoid; add4(2n) = ${unsafe(2n)}n`);
unsafe.free();

title("Phase 1: make the machine code with the assembler instead of by hand.");
{
  const { rax, rcx, rdi, rsi, xmm0 } = x64;
  const a = new Assembler();
  a.mov(rax, rdi).add(rax, 4).ret();
  const code = a.finalize();
  console.log(`   a.mov(rax, rdi).add(rax, 4).ret()  ->  ${hex(code.bytes)}  (the seed's bytes)`);
  const add4 = loadCode(a, { args: ["i64"], returns: "i64" }, { name: "add4" });
  console.log(`   loadCode(a, i64(i64)): add4(2n) = ${add4(2n)}n`);
  add4.free();

  // A loop with labels: the sum of a Float64Array (pointer + count), AVX scalar adds.
  const s = new Assembler();
  const loop = s.newLabel(), done = s.newLabel();
  s.vxorpd(xmm0, xmm0, xmm0).xor(rcx, rcx).test(rsi, rsi).jz(done);
  s.bind(loop);
  s.vaddsd(xmm0, xmm0, x64.qword(rdi, { index: rcx, scale: 8 })).inc(rcx).cmp(rcx, rsi).jne(loop);
  s.bind(done);
  s.ret();
  const sumCode = s.finalize();
  console.log("   a loop with labels (jumps relaxed to their shortest form), as the disassembler sees it:");
  console.log(formatListing(disassemble(sumCode.bytes)).replace(/^/gm, "     "));
  const sum = loadCode(s, { args: ["pointer", "i64"], returns: "f64" }, { name: "sum" });
  console.log(`   sum(Float64Array [1.5, 2, 3.25, 4], 4n) = ${sum(new Float64Array([1.5, 2, 3.25, 4]), 4n)}  (needs ${sumCode.features.join(", ") || "nothing beyond x86-64"})`);
  sum.free();
}

title("The same from Intel-syntax text, and what a mistake looks like.");
{
  const text = "square:\n  mov rax, rdi\n  imul rax, rdi\n  ret\n";
  const result = assemble(text);
  const square = loadCode(result, { args: ["i64"], returns: "i64" }, { name: "square" });
  console.log(`   ${JSON.stringify(text)} -> ${hex(result.bytes)}; square(12n) = ${square(12n)}n`);
  square.free();
  const source = "  mov rax, qword ptr [rbx + rcx*3]\n  add al, 300\n";
  const bad = assemble(source);
  console.log(`   two bad lines give ${bad.errors.length} positioned errors and ${bad.bytes.length} bytes:`);
  for (const error of bad.errors) console.log(formatAsmError(error, { fileName: "bad.s", source }).replace(/^/gm, "     "));
}

title("CPU features, read with CPUID run as jitted code (code needing a missing one is refused).");
{
  const cpu = cpuFeatures();
  const shown = ["SSE4_1", "AVX", "AVX2", "FMA", "BMI2", "AVX512F", "AVX512BW", "AVX512VL", "AVX512_VPOPCNTDQ"];
  console.log(`   ${cpu.vendor}: ${shown.map((f) => `${f} ${cpu.features.has(f) ? "yes" : "no"}`).join(", ")}`);
}
console.log("\nDone.");
