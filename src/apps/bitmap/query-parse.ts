/**
 * query-parse.ts - the bitmap query grammar (`~ & ^ |`, parentheses, `name in LO..HI`) to an AST.
 * Requires: nothing. Guarantees: every syntax error is a QueryError naming the column; nesting
 * deeper than MAX_DEPTH is a positioned QueryError, never a RangeError (stack overflow).
 */

export class QueryError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} (at column ${position + 1})`);
    this.name = "QueryError";
  }
}

export type Ast =
  | { readonly kind: "name"; readonly name: string; readonly pos: number }
  | { readonly kind: "range"; readonly name: string; readonly lo: number; readonly hi: number; readonly pos: number }
  | { readonly kind: "not"; readonly arg: Ast; readonly pos: number }
  | { readonly kind: "and" | "xor" | "or"; readonly left: Ast; readonly right: Ast; readonly pos: number };

/** Parentheses / `~` nesting limit: deep enough for any real query, shallow enough for any stack. */
export const MAX_DEPTH = 256;

type Token = { readonly text: string; readonly pos: number; readonly type: "ident" | "int" | "op" | "end" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      tokens.push({ text: text.slice(start, i), pos: start, type: "ident" });
    } else if (/[0-9]/.test(c)) {
      while (i < text.length && /[0-9]/.test(text[i]!)) i++;
      tokens.push({ text: text.slice(start, i), pos: start, type: "int" });
    } else if (text.startsWith("..", i)) {
      tokens.push({ text: "..", pos: i, type: "op" }); i += 2;
    } else if ("~&^|()".includes(c)) {
      tokens.push({ text: c, pos: i, type: "op" }); i++;
    } else {
      throw new QueryError(`unexpected character ${JSON.stringify(c)}`, i);
    }
  }
  tokens.push({ text: "", pos: text.length, type: "end" });
  return tokens;
}

const BINARY: ReadonlyArray<{ readonly op: string; readonly kind: "or" | "xor" | "and" }> = [
  { op: "|", kind: "or" }, { op: "^", kind: "xor" }, { op: "&", kind: "and" },
];

/** Parses a query; throws QueryError with the position of the first problem. */
export function parseQuery(text: string): Ast {
  const tokens = tokenize(text);
  let at = 0;
  const peek = (): Token => tokens[at]!;
  const describe = (t: Token): string => (t.type === "end" ? "end of query" : JSON.stringify(t.text));
  const expect = (what: string): Token => {
    const t = peek();
    if (t.text !== what || t.type === "end") throw new QueryError(`expected ${JSON.stringify(what)}, found ${describe(t)}`, t.pos);
    at++;
    return t;
  };
  const binary = (level: number, depth: number): Ast => {
    if (level === BINARY.length) return unary(depth);
    const { op, kind } = BINARY[level]!;
    let left = binary(level + 1, depth);
    while (peek().text === op && peek().type === "op") {
      const pos = tokens[at++]!.pos;
      left = { kind, left, right: binary(level + 1, depth), pos };
    }
    return left;
  };
  const unary = (depth: number): Ast => {
    const t = peek();
    if (depth > MAX_DEPTH) throw new QueryError(`nesting deeper than ${MAX_DEPTH} levels`, t.pos);
    if (t.type === "op" && t.text === "~") { at++; return { kind: "not", arg: unary(depth + 1), pos: t.pos }; }
    if (t.type === "op" && t.text === "(") {
      at++;
      const inner = binary(0, depth + 1);
      expect(")");
      return inner;
    }
    if (t.type === "ident") {
      at++;
      if (peek().type === "ident" && peek().text === "in") {
        at++;
        const lo = peek();
        if (lo.type !== "int") throw new QueryError(`expected an integer after 'in', found ${describe(lo)}`, lo.pos);
        at++;
        expect("..");
        const hi = peek();
        if (hi.type !== "int") throw new QueryError(`expected an integer after '..', found ${describe(hi)}`, hi.pos);
        at++;
        return { kind: "range", name: t.text, lo: Number(lo.text), hi: Number(hi.text), pos: t.pos };
      }
      return { kind: "name", name: t.text, pos: t.pos };
    }
    throw new QueryError(`expected a name, '~' or '(', found ${describe(t)}`, t.pos);
  };
  const ast = binary(0, 0);
  if (peek().type !== "end") throw new QueryError(`unexpected ${describe(peek())} after a complete expression`, peek().pos);
  return ast;
}
