// Pseudo-mnemonics with an implied immediate, as llvm-mc (LLVM 14) accepts them: the compare
// predicates (`cmpltps xmm1, xmm2` = `cmpps xmm1, xmm2, 1`, `vcmpngt_uqpd` = `vcmppd ..., 26`,
// `vpcmpnleud k1, zmm2, zmm3` = `vpcmpud k1, zmm2, zmm3, 6`) and the carry-less multiply halves
// (`pclmulhqlqdq xmm1, xmm2` = `pclmulqdq xmm1, xmm2, 1`).
// What it does: one line per family (pattern with a predicate slot, base mnemonic, predicate set);
//   `vectorCompareAliases()` expands them into alias -> { base, imm } once.
// Guarantees: the expansion never shadows a real instruction: signed integer `eq`
//   (vpcmpeqb/w/d/q) is its own opcode and is left out, as llvm-mc does; predicates 3 and 7 of
//   vpcmp (false/true) have no pseudo-mnemonic in llvm-mc 14 and are left out too.
// The assembler appends `imm` as the last operand and encodes the base mnemonic's form.

/** Predicate names by immediate value; `null` = no pseudo-mnemonic for that value. */
export const COMPARE_PREDICATES: Readonly<Record<string, readonly (string | null)[]>> = {
  sse: ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"],
  avx: [
    "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord",
    "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true",
    "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s",
    "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq", "true_us",
  ],
  int: ["eq", "lt", "le", null, "neq", "nlt", "nle", null],
  intNoEq: [null, "lt", "le", null, "neq", "nlt", "nle", null],
};

/** Carry-less multiply halves: pclmulhqlqdq = pclmulqdq ..., 1 (bit 0 picks the first source's high qword, bit 4 the second's). */
export const PCLMUL_SELECTORS: Readonly<Record<string, number>> = { lqlq: 0x00, hqlq: 0x01, lqhq: 0x10, hqhq: 0x11 };

// Not exported as a string: every string export under forms/ is read as an instruction-form table.
const ALIAS_LINES = `
# pseudo-mnemonic (<p> = predicate) | base mnemonic | predicate set
cmp<p>ps    | cmpps    | sse
cmp<p>pd    | cmppd    | sse
cmp<p>ss    | cmpss    | sse
cmp<p>sd    | cmpsd    | sse
vcmp<p>ps   | vcmpps   | avx
vcmp<p>pd   | vcmppd   | avx
vcmp<p>ss   | vcmpss   | avx
vcmp<p>sd   | vcmpsd   | avx
vpcmp<p>b   | vpcmpb   | intNoEq
vpcmp<p>w   | vpcmpw   | intNoEq
vpcmp<p>d   | vpcmpd   | intNoEq
vpcmp<p>q   | vpcmpq   | intNoEq
vpcmp<p>ub  | vpcmpub  | int
vpcmp<p>uw  | vpcmpuw  | int
vpcmp<p>ud  | vpcmpud  | int
vpcmp<p>uq  | vpcmpuq  | int
pclmul<p>dq  | pclmulqdq  | pclmul
vpclmul<p>dq | vpclmulqdq | pclmul
`;

export interface CompareAlias { base: string; imm: number }

let cache: Map<string, CompareAlias> | undefined;

/** alias mnemonic -> base mnemonic and the immediate to append (expanded once). */
export function vectorCompareAliases(): ReadonlyMap<string, CompareAlias> {
  if (cache) return cache;
  const out = new Map<string, CompareAlias>();
  for (const raw of ALIAS_LINES.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [pattern, base, set] = line.split("|").map((c) => c.trim());
    const preds: [string | null, number][] = set === "pclmul"
      ? Object.entries(PCLMUL_SELECTORS)
      : (COMPARE_PREDICATES[set] ?? []).map((p, imm): [string | null, number] => [p, imm]);
    if (!preds.length || !pattern.includes("<p>")) throw new Error(`vector-aliases: bad line '${line}'`);
    for (const [p, imm] of preds) if (p !== null) out.set(pattern.replace("<p>", p), { base, imm });
  }
  cache = out;
  return out;
}
