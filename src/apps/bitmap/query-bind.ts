/**
 * query-bind.ts - binds a parsed query to an index's attributes and builds the simplified DAG:
 * ranges over bit-sliced attributes expand into slice logic specialised to the constants, constants
 * fold, equal subexpressions share one node (hash-consing), `x & ~y` is kept as one and-not node.
 * Requires: an AST from parseQuery. Guarantees: unknown names and ranges outside an attribute's
 * domain are QueryErrors naming the column and the attribute; the DAG's leaves are numbered in
 * order of first use, so `shapeKey` is the same for every query of the same shape.
 */
import { QueryError, type Ast } from "./query-parse.js";

export type NodeId = number & { readonly __node: unique symbol };

export type Node =
  | { readonly op: "const"; readonly value: 0 | 1 }
  | { readonly op: "leaf"; readonly leaf: number }
  | { readonly op: "not"; readonly a: NodeId }
  | { readonly op: "and" | "or" | "xor" | "andn"; readonly a: NodeId; readonly b: NodeId }; // andn = a & ~b

/** What the binder needs to know about the index. */
export interface BindScope {
  bitmap(name: string): number | undefined;            // a plain bitmap's id
  sliced(name: string): { readonly slices: readonly number[]; readonly max: number } | undefined;
}

export interface BoundQuery {
  readonly nodes: readonly Node[];
  readonly root: NodeId;
  /** Bitmap ids of the leaves, in leaf order. */
  readonly leaves: readonly number[];
  /** Canonical form of the shape (names replaced by leaf numbers). */
  readonly shapeKey: string;
}

class DagBuilder {
  readonly nodes: Node[] = [];
  private readonly keys = new Map<string, NodeId>();
  readonly leaves: number[] = [];
  private readonly leafOf = new Map<number, NodeId>();

  private intern(node: Node, key: string): NodeId {
    const found = this.keys.get(key);
    if (found !== undefined) return found;
    const id = this.nodes.length as NodeId;
    this.nodes.push(node);
    this.keys.set(key, id);
    return id;
  }
  constant(value: 0 | 1): NodeId { return this.intern({ op: "const", value }, `c${value}`); }
  leaf(bitmap: number): NodeId {
    let id = this.leafOf.get(bitmap);
    if (id === undefined) {
      id = this.intern({ op: "leaf", leaf: this.leaves.length }, `l${this.leaves.length}`);
      this.leaves.push(bitmap);
      this.leafOf.set(bitmap, id);
    }
    return id;
  }
  private isConst(n: NodeId): 0 | 1 | undefined { const x = this.nodes[n]!; return x.op === "const" ? x.value : undefined; }
  not(a: NodeId): NodeId {
    const x = this.nodes[a]!;
    if (x.op === "const") return this.constant(x.value ? 0 : 1);
    if (x.op === "not") return x.a;
    return this.intern({ op: "not", a }, `n${a}`);
  }
  binary(op: "and" | "or" | "xor", a: NodeId, b: NodeId): NodeId {
    const ca = this.isConst(a), cb = this.isConst(b);
    if (ca !== undefined && cb !== undefined) return this.constant((op === "and" ? ca & cb : op === "or" ? ca | cb : ca ^ cb) as 0 | 1);
    if (ca !== undefined) return this.binary(op, b, a);
    if (cb !== undefined) {
      if (op === "and") return cb ? a : this.constant(0);
      if (op === "or") return cb ? this.constant(1) : a;
      return cb ? this.not(a) : a;
    }
    if (a === b) return op === "xor" ? this.constant(0) : a;
    const na = this.nodes[a]!, nb = this.nodes[b]!;
    if (op === "and" && nb.op === "not" && na.op !== "not") return this.andn(a, nb.a);
    if (op === "and" && na.op === "not" && nb.op !== "not") return this.andn(b, na.a);
    const [x, y] = a < b ? [a, b] : [b, a]; // commutative: one order for CSE
    return this.intern({ op, a: x, b: y }, `${op}${x},${y}`);
  }
  private andn(a: NodeId, notB: NodeId): NodeId {
    if (a === notB) return this.constant(0);
    return this.intern({ op: "andn", a, b: notB }, `andn${a},${notB}`);
  }
}

/** x >= c over slices (LSB first): built LSB to MSB, r = c_j ? s_j & r : s_j | r. */
function atLeast(d: DagBuilder, slices: readonly NodeId[], c: number): NodeId {
  let r = d.constant(1);
  for (let j = 0; j < slices.length; j++) r = d.binary((c >> j) & 1 ? "and" : "or", slices[j]!, r);
  return r;
}
/** x <= c: r = c_j ? ~s_j | r : ~s_j & r. */
function atMost(d: DagBuilder, slices: readonly NodeId[], c: number): NodeId {
  let r = d.constant(1);
  for (let j = 0; j < slices.length; j++) r = d.binary((c >> j) & 1 ? "or" : "and", d.not(slices[j]!), r);
  return r;
}

/** Binds names, expands ranges and simplifies. Iterative over the AST (no recursion on depth). */
export function bindQuery(ast: Ast, scope: BindScope): BoundQuery {
  const d = new DagBuilder();
  const result = new Map<Ast, NodeId>();
  const stack: Array<{ node: Ast; expanded: boolean }> = [{ node: ast, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const n = top.node;
    if (n.kind === "name") {
      const id = scope.bitmap(n.name);
      if (id === undefined) {
        const why = scope.sliced(n.name) ? `'${n.name}' is a sliced attribute: use '${n.name} in LO..HI'` : `unknown bitmap '${n.name}'`;
        throw new QueryError(why, n.pos);
      }
      result.set(n, d.leaf(id));
    } else if (n.kind === "range") {
      const attr = scope.sliced(n.name);
      if (attr === undefined) throw new QueryError(`unknown sliced attribute '${n.name}'`, n.pos);
      if (n.lo > n.hi || n.hi > attr.max) {
        throw new QueryError(`range ${n.lo}..${n.hi} is outside the domain 0..${attr.max} of attribute '${n.name}'`, n.pos);
      }
      // Leaves in slice order on first use keep the shape key independent of the constants' bits.
      const slices = attr.slices.map((s) => d.leaf(s));
      result.set(n, d.binary("and", atLeast(d, slices, n.lo), atMost(d, slices, n.hi)));
    } else if (!top.expanded) {
      stack.push({ node: n, expanded: true });
      if (n.kind === "not") stack.push({ node: n.arg, expanded: false });
      else stack.push({ node: n.right, expanded: false }, { node: n.left, expanded: false });
    } else if (n.kind === "not") {
      result.set(n, d.not(result.get(n.arg)!));
    } else {
      result.set(n, d.binary(n.kind, result.get(n.left)!, result.get(n.right)!));
    }
  }
  const root = result.get(ast)!;
  return { nodes: d.nodes, root, leaves: d.leaves, shapeKey: shapeKeyOf(d.nodes, root) };
}

function shapeKeyOf(nodes: readonly Node[], root: NodeId): string {
  return `${nodes.map((n) => (n.op === "const" ? `c${n.value}` : n.op === "leaf" ? `L${n.leaf}` : n.op === "not" ? `~${n.a}` : `${n.op}(${n.a},${n.b})`)).join(";")}=>${root}`;
}

/** Evaluates the DAG on 32-bit words (the reference path; also the naive evaluator's core). */
export function evalWord(q: BoundQuery, leafWords: readonly number[]): number {
  const v = new Array<number>(q.nodes.length);
  for (let i = 0; i < q.nodes.length; i++) {
    const n = q.nodes[i]!;
    switch (n.op) {
      case "const": v[i] = n.value ? -1 : 0; break;
      case "leaf": v[i] = leafWords[n.leaf]! | 0; break;
      case "not": v[i] = ~v[n.a]!; break;
      case "and": v[i] = v[n.a]! & v[n.b]!; break;
      case "or": v[i] = v[n.a]! | v[n.b]!; break;
      case "xor": v[i] = v[n.a]! ^ v[n.b]!; break;
      case "andn": v[i] = v[n.a]! & ~v[n.b]!; break;
    }
  }
  return v[q.root]! | 0;
}
