// bitmap-query.test.ts - the bitmap query front end: parser errors (positioned, deep nesting without
// RangeError), binder errors, and the bound DAG (ranges, folding, CSE) against a naive evaluator of
// the AST itself over random words. Seed logged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseQuery, QueryError, MAX_DEPTH, type Ast } from "../src/apps/bitmap/query-parse.js";
import { bindQuery, evalWord, type BindScope } from "../src/apps/bitmap/query-bind.js";

const NAMES = ["a", "b", "c", "d"];
const AGE = { slices: [10, 11, 12, 13, 14, 15, 16], max: 127 };
const scope: BindScope = {
  bitmap: (n) => { const i = NAMES.indexOf(n); return i < 0 ? undefined : i; },
  sliced: (n) => (n === "age" ? AGE : undefined),
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function randomQuery(r: () => number, depth: number): string {
  const p = r();
  if (depth <= 0 || p < 0.25) {
    if (r() < 0.2) { const lo = Math.floor(r() * 128), hi = lo + Math.floor(r() * (128 - lo)); return `age in ${lo}..${hi}`; }
    return NAMES[Math.floor(r() * NAMES.length)]!;
  }
  if (p < 0.4) return `~${randomQuery(r, depth - 1)}`;
  const op = ["&", "|", "^"][Math.floor(r() * 3)]!;
  return `(${randomQuery(r, depth - 1)} ${op} ${randomQuery(r, depth - 1)})`;
}

/** Bit-at-a-time evaluation of the AST (independent of the binder). */
function naiveBit(ast: Ast, bit: (bitmap: number) => number): number {
  switch (ast.kind) {
    case "name": return bit(NAMES.indexOf(ast.name));
    case "range": { let v = 0; AGE.slices.forEach((s, j) => { v |= bit(s) << j; }); return v >= ast.lo && v <= ast.hi ? 1 : 0; }
    case "not": return 1 - naiveBit(ast.arg, bit);
    case "and": return naiveBit(ast.left, bit) & naiveBit(ast.right, bit);
    case "or": return naiveBit(ast.left, bit) | naiveBit(ast.right, bit);
    case "xor": return naiveBit(ast.left, bit) ^ naiveBit(ast.right, bit);
  }
}

test("bound DAG agrees with a bit-at-a-time evaluation of the AST", () => {
  const seed = Date.now() % 1_000_000;
  console.log(`bitmap-query seed ${seed}`);
  const r = rng(seed);
  for (let q = 0; q < 300; q++) {
    const text = randomQuery(r, 1 + Math.floor(r() * 5));
    const ast = parseQuery(text);
    const bound = bindQuery(ast, scope);
    const words = new Map<number, number>();
    for (const id of [0, 1, 2, 3, ...AGE.slices]) words.set(id, (r() * 2 ** 32) | 0);
    const got = evalWord(bound, bound.leaves.map((id) => words.get(id)!));
    for (let b = 0; b < 32; b++) {
      const want = naiveBit(ast, (id) => (words.get(id)! >>> b) & 1);
      assert.equal((got >>> b) & 1, want, `seed ${seed}: ${text}, bit ${b}`);
    }
  }
});

test("same shape, other names: one shape key; CSE and folding", () => {
  const k1 = bindQuery(parseQuery("a & ~b | a"), scope).shapeKey;
  const k2 = bindQuery(parseQuery("c & ~d | c"), scope).shapeKey;
  assert.equal(k1, k2);
  assert.notEqual(k1, bindQuery(parseQuery("a & b | a"), scope).shapeKey);
  const x = bindQuery(parseQuery("a ^ a | b"), scope);
  assert.equal(x.leaves.length, 2);
  assert.equal(x.nodes[x.root]!.op, "leaf");
  const all = bindQuery(parseQuery("age in 0..127"), scope);
  assert.deepEqual(all.nodes[all.root], { op: "const", value: 1 });
});

test("errors name the column and the attribute", () => {
  const cases: Array<[string, number, RegExp]> = [
    ["a & zz", 4, /unknown bitmap 'zz'/],
    ["a & (b", 6, /expected "\)"/],
    ["a &", 3, /found end of query/],
    ["a # b", 2, /unexpected character/],
    ["age in 5..200", 0, /outside the domain 0..127 of attribute 'age'/],
    ["age in 9..3", 0, /outside the domain/],
    ["age & a", 0, /sliced attribute/],
    ["a b", 2, /after a complete expression/],
  ];
  for (const [text, pos, re] of cases) {
    assert.throws(() => bindQuery(parseQuery(text), scope), (e: unknown) => e instanceof QueryError && e.position === pos && re.test(e.message), text);
  }
});

test("deep nesting gives a positioned error, never RangeError", () => {
  for (const open of ["(", "~", "~("]) {
    const text = open.repeat(100_000) + "a";
    assert.throws(() => parseQuery(text), (e: unknown) => e instanceof QueryError && /nesting deeper/.test(e.message));
  }
  const ok = "(".repeat(MAX_DEPTH - 1) + "a" + ")".repeat(MAX_DEPTH - 1);
  assert.equal(parseQuery(ok).kind, "name");
  // A long flat chain is not nesting: it parses and binds.
  const flat = Array.from({ length: 20_000 }, (_, i) => NAMES[i % 4]).join(" & ");
  assert.equal(bindQuery(parseQuery(flat), scope).leaves.length, 4);
});
