// Core assembler checks with bytes pasted from llvm-mc 14 (`llvm-mc -x86-asm-syntax=intel
// -output-asm-variant=1 -show-encoding`, and `-filetype=obj` + objcopy for the label program).
// The full table is checked against llvm-mc by test/x64-golden.test.ts; these are the builder API
// paths (methods, masks, broadcast, rounding, labels, relaxation, align, data, errors).

import { test } from "node:test";
import assert from "node:assert/strict";
import { Assembler, EncodeError, x64 } from "../src/index.js";
import type { Label } from "../src/x64/operands.js";
import { assemble } from "../src/x64/parser/assemble.js";

const { rax, rbx, rcx, rdi, rbp, r12, sil, al, ah, xmm2, xmm9, ymm0, ymm1, ymm2, zmm1, zmm2, zmm3, zmm17, zmm18, k1 } = x64;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").replace(/(..)(?!$)/g, "$1 ");
}
function enc(f: (a: Assembler) => unknown): string {
  const a = new Assembler();
  f(a);
  return hex(a.bytes());
}

test("builder methods encode like llvm-mc", () => {
  const cases: [string, (a: Assembler) => unknown, string][] = [
    ["mov rax, rdi", (a) => a.mov(rax, rdi), "48 89 f8"],
    ["add rax, 4", (a) => a.add(rax, 4), "48 83 c0 04"],
    ["add rax, 1000", (a) => a.add(rax, 1000), "48 05 e8 03 00 00"],
    ["mov rax, qword ptr [rbx + 8*rcx + 16]", (a) => a.mov(rax, x64.qword(rbx, { index: rcx, scale: 8, disp: 16 })), "48 8b 44 cb 10"],
    ["mov rax, qword ptr [rbp]", (a) => a.mov(rax, x64.qword(rbp)), "48 8b 45 00"],
    ["mov rax, qword ptr [r12]", (a) => a.mov(rax, x64.qword(r12)), "49 8b 04 24"],
    ["mov rax, 1", (a) => a.mov(rax, 1), "48 c7 c0 01 00 00 00"],
    ["movabs rax, 0x123456789", (a) => a.mov(rax, 0x123456789), "48 b8 89 67 45 23 01 00 00 00"],
    ["mov sil, al", (a) => a.mov(sil, al), "40 88 c6"],
    ["sete ah", (a) => a.sete(ah), "0f 94 c4"],
    ["lock add qword ptr [rax], 1", (a) => a.lock().add(x64.qword(rax), 1), "f0 48 83 00 01"],
    ["vaddpd ymm0, ymm1, ymm2", (a) => a.vaddpd(ymm0, ymm1, ymm2), "c5 f5 58 c2"],
    ["vmovaps xmm2, xmm9", (a) => a.vmovaps(xmm2, xmm9), "c5 78 29 ca"],
    ["vaddpd zmm1 {k1} {z}, zmm2, qword ptr [rax + 64]{1to8}", (a) => a.vaddpd(zmm1.k(k1).z(), zmm2, x64.qword(rax, 64).bcstOf(8)), "62 f1 ed d9 58 48 08"],
    ["vaddpd zmm1, zmm2, zmm3, {rn-sae}", (a) => a.vaddpd(zmm1, zmm2, zmm3, x64.rnSae), "62 f1 ed 18 58 cb"],
    ["vaddps zmm17, zmm18, zmmword ptr [rax + 128]", (a) => a.vaddps(zmm17, zmm18, x64.zmmword(rax, 128)), "62 e1 6c 40 58 48 02"],
    ["andn rax, rbx, rcx", (a) => a.andn(rax, rbx, rcx), "c4 e2 e0 f2 c1"],
    ["imul rax, rcx, 5", (a) => a.imul(rax, rcx, 5), "48 6b c1 05"],
    ["shl rax, cl", (a) => a.shl(rax, x64.cl), "48 d3 e0"],
    ["xchg rcx, rax", (a) => a.xchg(rcx, rax), "48 91"],
    ["vpgatherdd zmm1 {k1}, zmmword ptr [rax + 4*zmm2]", (a) => a.vpgatherdd(zmm1.k(k1), x64.zmmword(rax, { index: zmm2, scale: 4 })), "62 f2 7d 49 90 0c 90"],
    ["in al, dx", (a) => a.in(al, x64.dx), "ec"],
    ["out 0x60, eax", (a) => a.out(0x60, x64.eax), "e7 60"],
    ["int 3", (a) => a.int(3), "cc"],
    ["mov rax, qword ptr ds:[rbx]", (a) => a.mov(rax, x64.qword(rbx, { seg: "ds" })), "3e 48 8b 03"],
    ["movabs al, byte ptr [0x1122334455667788]", (a) => a.movabs(al, x64.byte(0x1122334455667788n)), "a0 88 77 66 55 44 33 22 11"],
    ["mov rax, 0xffffffffffffffff", (a) => a.mov(rax, 0xffffffffffffffffn), "48 c7 c0 ff ff ff ff"],
    // 32-bit address size (67 prefix), eip, riz (llvm-mc bytes).
    ["mov rax, qword ptr [ebx + 4*ecx + 8]", (a) => a.mov(rax, x64.qword(x64.ebx, { index: x64.ecx, scale: 4, disp: 8 })), "67 48 8b 44 8b 08"],
    ["mov eax, dword ptr fs:[ebx]", (a) => a.mov(x64.eax, x64.dword(x64.ebx, { seg: "fs" })), "64 67 8b 03"],
    ["mov eax, dword ptr [eip + 16]", (a) => a.mov(x64.eax, x64.dword(x64.eip, 16)), "67 8b 05 10 00 00 00"],
    ["mov rax, qword ptr [rdx + 2*riz - 448]", (a) => a.mov(rax, x64.qword(x64.rdx, { index: x64.riz, scale: 2, disp: -448 })), "48 8b 84 62 40 fe ff ff"],
    ["vaddps zmm1, zmm2, zmmword ptr [eax + 64]", (a) => a.vaddps(zmm1, zmm2, x64.zmmword(x64.eax, 64)), "67 62 f1 6c 48 58 48 01"],
  ];
  for (const [text, f, bytes] of cases) assert.equal(enc(f), bytes, text);
  // llvm-mc's `.s` suffix: the swapped (reg <-> rm) encoding.
  assert.equal(enc((a) => a.emit("mov", [rax, rbx], { form: "swapped" })), "48 8b c3");
  assert.equal(enc((a) => a.emit("vmovaps", [x64.xmm1, xmm2], { form: "swapped" })), "c5 f8 29 d1");
  // llvm-mc's {vex3} / {evex} pseudo-prefixes.
  assert.equal(enc((a) => a.emit("vaddps", [x64.xmm1, xmm2, x64.xmm3], { encoding: "vex3" })), "c4 e1 68 58 cb");
  assert.equal(enc((a) => a.emit("vaddps", [x64.xmm1, xmm2, x64.xmm3], { encoding: "evex" })), "62 f1 6c 08 58 cb");
  // The generic entry point gives the same bytes.
  assert.equal(enc((a) => a.emit("vaddpd", [zmm1.k(k1).z(), zmm2, x64.qword(rax, 64).bcstOf(8)])), "62 f1 ed d9 58 48 08");
});

test("labels, relaxation, align and RIP-relative data match llvm-mc -filetype=obj", () => {
  const a = new Assembler();
  const start = a.label(), fwdShort = a.newLabel(), farAway = a.newLabel(), data = a.newLabel();
  a.jmp(fwdShort).jne(farAway).nop();
  a.bind(fwdShort).lea(rax, x64.rel(data));
  a.nops(0); a.db(...new Array(130).fill(0x90));
  a.bind(farAway).je(start).call(start).ret();
  a.align(16);
  a.bind(data).dq(0x1122334455667788n);
  const want = "eb070f858a00000090488d0590000000" + "90".repeat(130) + "0f8468ffffffe863ffffffc366908877665544332211";
  assert.equal(Buffer.from(a.bytes()).toString("hex"), want);
  assert.equal(a.finalize().labelOffset(data), want.length / 2 - 8);
});

test("a branch that grows among short ones, no alignment, matches llvm-mc -filetype=obj", () => {
  // llvm-mc bytes of: start: jne near1; je far1; jmp start; near1: nop; .fill 130,1,0x90;
  // far1: jb start; jae near2; ret; near2: ret
  const want = "75080f8485000000ebf6" + "90".repeat(131) + "0f826dffffff7301c3c3";
  const a = new Assembler();
  const start = a.label(), near1 = a.newLabel(), far1 = a.newLabel(), near2 = a.newLabel();
  a.jne(near1).je(far1).jmp(start);
  a.bind(near1).nop().db(...new Array(130).fill(0x90));
  a.bind(far1).jb(start).jae(near2).ret();
  a.bind(near2).ret();
  assert.equal(Buffer.from(a.bytes()).toString("hex"), want);
  assert.equal(a.finalize().labelOffset(near2), want.length / 2 - 1);
});

test("absolute-address relocations are resolved by toBytes(base)", () => {
  const a = new Assembler();
  const l = a.label();
  a.ret().dq(l);
  const code = a.finalize();
  assert.deepEqual(code.relocations, [{ offset: 1, kind: "abs64", target: 0 }]);
  assert.throws(() => code.toBytes(), /absolute relocations/);
  assert.equal(hex(code.toBytes(0x1000n)), "c3 00 10 00 00 00 00 00 00");
});

test("an out-of-range immediate names the forms that fit the other operands and the values they accept", () => {
  const a = new Assembler();
  const cases: [() => unknown, string, string[]][] = [
    [() => a.emit("add", [al, 300]), "-128..255", ["add al, imm8", "add r/m8, imm8"]],
    [() => a.emit("mov", [x64.eax, 2 ** 33]), "-0x80000000..0xffffffff", ["mov r32, imm32", "mov r/m32, imm32"]],
    [() => a.emit("add", [rax, 2 ** 31]), "-0x80000000..0x7fffffff, 0xffffffff80000000..0xffffffffffffffff",
      ["add r/m64, imm8", "add rax, imm32", "add r/m64, imm32"]],
  ];
  for (const [f, accepted, forms] of cases) {
    assert.throws(f, (e: unknown) => e instanceof EncodeError && e.message.includes(`(accepted: ${accepted})`) &&
      e.operand === 1 && e.allowed.join("; ") === forms.join("; "));
  }
  const r = assemble("add al, 256\n");
  assert.match(r.errors[0].message, /out of range for add al, imm8 \/ add r\/m8, imm8 \(accepted: -128\.\.255\)/);
  assert.equal(a.size, 0);
});

test("invalid instructions throw EncodeError and write nothing", () => {
  const a = new Assembler();
  a.nop();
  const bad: [() => unknown, RegExp][] = [
    [() => a.emit("add", [x64.xmm0, 1]), /operand 1/],
    [() => a.mov(ah, sil), /REX/],
    [() => a.add(x64.mem(rax), 1), /ambiguous operand size/],
    [() => a.emit("add", [al, 300]), /out of range/],
    [() => a.emit("mov", [x64.qword(rax), x64.qword(rbx)]), /memory operand/],
    [() => a.vaddps(zmm1.k(k1), zmm2.k(k1), zmm3), /only the destination/],
    [() => a.vpgatherdd(zmm1, x64.zmmword(rax, { index: zmm2, scale: 4 })), /write mask/],
    [() => a.emit("vaddps", [x64.ymm1, x64.zmm2, x64.zmm3]), /no form|not accepted/],
  ];
  for (const [f, re] of bad) {
    assert.throws(f, (e: unknown) => e instanceof EncodeError && re.test(e.message));
  }
  assert.throws(() => x64.qword(rax, { index: x64.rsp }), /rsp cannot be an index/);
  assert.throws(() => x64.qword(rax, { index: rcx, scale: 3 as 1 }), /scale/);
  assert.throws(() => zmm1.k(x64.k0), /k0/);
  assert.throws(() => x64.qword(rax, { index: x64.ecx }), /mixes 32- and 64-bit/);
  assert.equal(hex(a.bytes()), "90");
});

test("a refused instruction after lock()/rep()/repne() leaves no prefix byte and nothing pending", () => {
  // rep + an instruction no form takes (every entry point: cached method, cache miss, emit, five operands).
  for (const refuse of [
    (a: Assembler) => a.add(x64.xmm0 as never, 1),
    (a: Assembler) => a.emit("add", [x64.xmm0, 1]),
    (a: Assembler) => a.emit("nosuchinstruction", []),
    (a: Assembler) => a.jne(rax as never),
    (a: Assembler) => a.vaddpd(zmm1, zmm2, zmm3, x64.rnSae, x64.rnSae as never),
  ]) {
    for (const prefix of ["rep", "repne", "lock"] as const) {
      const a = new Assembler();
      a.add(rax, rbx); // warm the method cache: the refused call below may hit it
      a.reset();
      a[prefix]();
      assert.throws(() => refuse(a), `${prefix} then ${refuse}`);
      a.ret();
      assert.equal(hex(a.bytes()), "c3", `${prefix} then ${refuse}`);
    }
  }
  // lock + a form that cannot take it (VEX, branch): refused, and the next instruction has no F0.
  const a = new Assembler();
  const L = a.newLabel();
  a.bind(L);
  a.lock();
  assert.throws(() => a.vaddpd(zmm1, zmm2, zmm3), /LOCK/);
  a.lock();
  assert.throws(() => a.jne(L), /LOCK/);
  a.add(rax, rbx);
  assert.equal(hex(a.bytes()), "48 01 d8");
  // Accepted instructions keep their prefixes (llvm-mc bytes of lock add qword ptr [rax], 1;
  // rep movsb; repne scasb; lock add qword ptr [rax], rbx).
  const b = new Assembler();
  b.lock().add(x64.qword(rax), 1).rep().movsb().repne().scasb().lock().add(x64.qword(rax), rbx);
  assert.equal(hex(b.bytes()), "f0 48 83 00 01 f3 a4 f2 ae f0 48 01 18");
  // A label after rep: the byte stays, as its own instruction.
  const c = new Assembler();
  c.rep();
  c.label();
  assert.throws(() => c.emit("add", [x64.xmm0, 1]));
  assert.equal(hex(c.bytes()), "f3");
});

test("finalize() sees instructions emitted after an earlier finalize()", () => {
  const a = new Assembler();
  a.mov(rax, rbx);
  assert.equal(hex(a.finalize().bytes), "48 89 d8");
  a.ret();
  assert.equal(hex(a.finalize().bytes), "48 89 d8 c3");
  assert.equal(a.size, 4);
  const f = a.finalize();
  assert.equal(a.finalize(), f); // unchanged code: the same result object
});

test("features of the forms used are reported", () => {
  const a = new Assembler();
  a.vaddpd(zmm1, zmm2, zmm3).shlx(rax, rbx, rcx).ret();
  assert.deepEqual([...a.finalize().features].sort(), ["AVX512F", "BMI2"]);
  // After reset(), forms taken from the method caches (fast paths) are recorded again.
  a.vaddpd(x64.ymm1, x64.ymm2, x64.ymm3).ret();
  a.reset();
  a.vaddpd(x64.ymm1, x64.ymm2, x64.ymm3).ret();
  assert.deepEqual([...a.finalize().features], ["AVX"]);
});

test("lock() applies to a cached fast-path form, once", () => {
  const a = new Assembler();
  a.add(x64.qword(rax), rbx).add(x64.qword(rax), rbx); // cached (Mem, r64) -> the fast path
  a.reset();
  a.lock().add(x64.qword(rax), rbx).add(x64.qword(rax), rbx);
  assert.equal(hex(a.bytes()), "f0 48 01 18 48 01 18");
});

test("finalized code stays intact when the assembler is reset and reused", () => {
  const a = new Assembler();
  const results: [Uint8Array, string][] = [];
  for (let i = 0; i < 40; i++) {
    a.reset();
    const L = a.newLabel();
    for (let k = 0; k <= i; k++) a.add(rax, k);
    a.jne(L); a.bind(L); a.mov(rcx, rdi);
    const bytes = a.finalize().bytes;
    results.push([bytes, hex(bytes)]);
  }
  for (const [bytes, text] of results) assert.equal(hex(bytes), text);
  // A large result (beyond the shared output pool's limit) as well.
  a.reset();
  for (let k = 0; k < 5000; k++) a.mov(rax, rbx);
  const big = a.finalize().bytes;
  assert.equal(big.length, 15000);
  assert.equal(hex(big.subarray(14997)), "48 89 d8");
});

test("j(cond, label) emits the same bytes as the named j<cc> methods", () => {
  const names = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"] as const;
  for (const branches of ["relax", "near-forward"] as const) {
    const byCode = new Assembler({ branches }), byName = new Assembler({ branches }), named = new Assembler({ branches });
    for (const [a, jump] of [
      [byCode, (a: Assembler, cc: number, L: Label) => a.j(cc, L)],
      [byName, (a: Assembler, cc: number, L: Label) => a.j(names[cc], L)],
      [named, (a: Assembler, cc: number, L: Label) => (a as unknown as Record<string, (l: Label) => Assembler>)[`j${names[cc]}`](L)],
    ] as const) {
      const back = a.label(), fwd = a.newLabel(), far = a.newLabel();
      for (let cc = 0; cc < 16; cc++) { jump(a, cc, back); jump(a, cc, fwd); jump(a, cc, far); a.add(rax, cc); }
      a.bind(fwd);
      a.nops(200);
      a.bind(far);
    }
    assert.equal(hex(byCode.bytes()), hex(named.bytes()), branches);
    assert.equal(hex(byName.bytes()), hex(named.bytes()), branches);
  }
  const a = new Assembler();
  const L = a.label();
  a.j("nz", L).j("c", L);
  assert.equal(hex(a.bytes()), "75 fe 72 fc");
  assert.throws(() => a.j("xx" as never, L), (e: unknown) => e instanceof EncodeError && /unknown condition/.test(e.message) && e.allowed.length === 16);
  assert.throws(() => a.j(16, L), /unknown condition/);
  assert.throws(() => a.j(1.5, L), /unknown condition/);
  a.lock();
  assert.throws(() => a.j(4, L), /LOCK/);
  assert.equal(hex(a.bytes()), "75 fe 72 fc");
});

test("inst()'s selection cache keeps forced encodings apart (emit options, text {vex}/{evex})", () => {
  const { xmm1, xmm3 } = x64;
  for (let round = 0; round < 2; round++) {
    const a = new Assembler();
    a.emit("vaddps", [xmm1, xmm2, xmm3], { encoding: "evex" });
    a.emit("vaddps", [xmm1, xmm2, xmm3]);
    a.emit("vaddps", [xmm1, xmm2, xmm3], { encoding: "evex" });
    // llvm-mc: {evex} vaddps xmm1, xmm2, xmm3 = 62 f1 6c 08 58 cb; vaddps xmm1, xmm2, xmm3 = c5 e8 58 cb
    assert.equal(hex(a.bytes()), "62 f1 6c 08 58 cb c5 e8 58 cb 62 f1 6c 08 58 cb");
    const r = assemble("{evex} vaddps xmm1, xmm2, xmm3\nvaddps xmm1, xmm2, xmm3\n{evex} vaddps xmm1, xmm2, xmm3");
    assert.equal(hex(r.bytes), "62 f1 6c 08 58 cb c5 e8 58 cb 62 f1 6c 08 58 cb");
  }
});
