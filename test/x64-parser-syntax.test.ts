// Parser unit tests: the syntax tree (statements, operands, positions) for accepted spellings,
// and positioned errors for malformed lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "../src/x64/parser/parser.js";
import type { InstructionStatement, MemoryOperand } from "../src/x64/parser/ast.js";
import { registersByName } from "../src/x64/registers.js";



function one(line: string): InstructionStatement {
  const r = parse(line);
  assert.deepEqual(r.errors.map((e) => e.message), []);
  assert.equal(r.statements.length, 1);
  const s = r.statements[0];
  assert.equal(s.kind, "instruction");
  return s as InstructionStatement;
}

function mem(line: string, i = 1): MemoryOperand {
  const op = one(line).operands[i];
  assert.equal(op.kind, "mem");
  return op as MemoryOperand;
}

test("register and immediate operands with columns", () => {
  const s = one("  MOV RAX, 0x10");
  assert.equal(s.mnemonic, "mov");
  assert.equal(s.column, 3);
  const r = s.operands[0];
  assert.equal(r.kind, "reg");
  if (r.kind === "reg") {
    assert.equal(r.name, "rax");
    assert.equal(r.reg, registersByName.get("rax"));
    assert.deepEqual([r.column, r.endColumn, r.decorations], [7, 10, null]);
  }
  assert.deepEqual(s.operands[1], { kind: "imm", expr: { value: 16, label: null, labelId: -1, labelColumn: 0 }, column: 12, endColumn: 16 });
});

test("number spellings", () => {
  const v = (t: string) => (one(`mov eax, ${t}`).operands[1] as { expr: { value: unknown } }).expr.value;
  assert.equal(v("42"), 42);
  assert.equal(v("0x2A"), 42);
  assert.equal(v("0b101010"), 42);
  assert.equal(v("0o52"), 42);
  assert.equal(v("2Ah"), 42);
  assert.equal(v("0FFh"), 255);
  assert.equal(v("-5"), -5);
  assert.equal(v("10 + 5 - 2"), 13);
  assert.equal(v("-(3)"), -3);
  assert.equal(v("4*8"), 32);
  assert.equal(v("~0"), -1);
  assert.equal(v("0xffffffffffffffff"), 0xffffffffffffffffn);
  assert.equal(v("0x123456789abcdef0"), 0x123456789abcdef0n);
});

test("memory operand spellings", () => {
  let m = mem("mov rax, qword ptr [rbx + 8*rcx + 16]");
  assert.equal(m.size, 64);
  assert.equal(m.base, "rbx");
  assert.equal(m.index, "rcx");
  assert.equal(m.scale, 8);
  assert.equal(m.disp.value, 16);
  assert.equal(m.baseColumn, 21);
  assert.equal(m.indexColumn, 29);
  m = mem("mov rax, [rbx+rcx*8-0x10]");
  assert.equal(m.size, 0);
  assert.equal(m.scale, 8);
  assert.equal(m.disp.value, -16);
  m = mem("mov rax, [rbx + rcx]");
  assert.equal(m.index, "rcx");
  assert.equal(m.scale, 1);
  m = mem("mov al, byte ptr fs:[rax]");
  assert.equal(m.segment, "fs");
  assert.equal(m.size, 8);
  m = mem("mov rax, gs:[8]");
  assert.equal(m.segment, "gs");
  assert.equal(m.base, null);
  m = mem("lea rax, [rip + table + 4]");
  assert.equal(m.base, "rip");
  assert.equal(m.disp.label, "table");
  assert.equal(m.disp.value, 4);
  m = mem("vaddpd zmm1, zmm2, zmmword ptr [rax]", 2);
  assert.equal(m.size, 512);
  m = mem("movaps xmm0, xmmword ptr [rsp]");
  assert.equal(m.size, 128);
});

test("AVX-512 decorations and rounding", () => {
  const s = one("vaddpd zmm1 {k1}{z}, zmm2, qword ptr [rax]{1to8}");
  const d = s.operands[0];
  assert.equal(d.kind, "reg");
  if (d.kind === "reg") {
    assert.equal(d.decorations?.mask, "k1");
    assert.equal(d.decorations?.zeroing, true);
  }
  const m = s.operands[2] as MemoryOperand;
  assert.equal(m.decorations?.broadcast, 8);
  const r = one("vaddpd zmm1 {k1} {z}, zmm2, zmm3, {rn-sae}");
  assert.deepEqual(r.operands[3], { kind: "rounding", mode: "rn-sae", column: 35, endColumn: 43 });
});

test("labels, prefixes, directives, comments", () => {
  const r = parse([
    "start: add rax, 1 ; comment",
    "# full-line comment",
    "// another",
    "loop1:",
    "  lock add dword ptr [rax], 1",
    "  rep movsb",
    "  jne loop1 // back",
    ".byte 1, 2, 0xff",
    "dq -1",
    ".p2align 4",
    ".intel_syntax noprefix",
  ].join("\n"));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.statements.map((s) => s.kind), ["label", "instruction", "label", "instruction", "instruction", "instruction", "directive", "directive", "directive", "directive"]);
  const lock = r.statements[3] as InstructionStatement;
  assert.deepEqual(lock.prefixes, ["lock"]);
  assert.equal(lock.line, 5);
  const jne = r.statements[5] as InstructionStatement;
  assert.equal(jne.operands[0].kind, "imm");
  if (jne.operands[0].kind === "imm") assert.equal(jne.operands[0].expr.label, "loop1");
  const db = r.statements[6];
  assert.equal(db.kind === "directive" && db.name, "db");
  if (db.kind === "directive") assert.deepEqual(db.args.map((a) => a.value), [1, 2, 255]);
});

test("syntax errors carry line and column and drop the line", () => {
  const cases: [string, number, RegExp][] = [
    ["mov rax, [rbx + rcx*3]", 21, /bad scale 3; allowed: 1, 2, 4, 8/],
    ["mov rax, [rbx + 3*rcx]", 17, /bad scale 3/],
    ["mov rax, [rbx - rcx]", 17, /cannot be subtracted/],
    ["mov rax, [rbx + rcx + rdx]", 23, /too many registers/],
    ["mov rax, [rbx", 14, /missing '\]'/],
    ["mov rax, qword [rbx] extra", 22, /expected ',' or end of line/],
    ["vaddpd zmm1 {k9}, zmm2, zmm3", 13, /unknown decoration/],
    ["vaddpd zmm1 {1to8}, zmm2, zmm3", 13, /memory operand only/],
    ["vaddpd zmm1, zmm2, [rax]{1to3}", 25, /bad broadcast/],
    ["mov eax, 12abc", 10, /invalid number '12abc'/],
    ["mov eax, 0x", 10, /hex digits/],
    ["mov eax, 0x1ffffffffffffffff", 10, /64 bits/],
    [".foo 1", 1, /unknown directive '\.foo'/],
    ["mov eax, ebx +", 14, /expected ',' or end of line/],
    ["add eax, %", 10, /unexpected '%'/],
  ];
  for (const [src, col, re] of cases) {
    const r = parse("nop\n" + src + "\nnop");
    assert.equal(r.errors.length, 1, src);
    assert.equal(r.errors[0].line, 2, src);
    assert.equal(r.errors[0].column, col, `${src}: ${r.errors[0].message}`);
    assert.match(r.errors[0].message, re, src);
    assert.equal(r.statements.length, 2, src);
  }
});

test("line endings, tabs and non-ASCII text", () => {
  let r = parse("mov rax, rbx\r\n\tadd\trax,\t1\t# tab\r\nret ; héllo 日本\r\n");
  assert.deepEqual(r.errors, []);
  assert.equal(r.statements.length, 3);
  assert.equal((r.statements[1] as InstructionStatement).column, 2);
  r = parse("nop\nmov rax, é\nnop");
  assert.equal(r.errors.length, 1);
  assert.deepEqual([r.errors[0].line, r.errors[0].column], [2, 10]);
  assert.match(r.errors[0].message, /unexpected 'é'/);
});
