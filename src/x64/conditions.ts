// Condition codes: the 16 x86 conditions in encoding order (the low nibble of 70+cc, 0F 80+cc,
// 0F 90+cc, 0F 40+cc) with every name llvm-mc accepts. A table line written `j<cc> ...` expands
// to one form per name.

/** Names per condition code, first name is the canonical one. */
export const CONDITION_NAMES: readonly (readonly string[])[] = [
  ["o"], ["no"], ["b", "c", "nae"], ["ae", "nb", "nc"], ["e", "z"], ["ne", "nz"], ["be", "na"], ["a", "nbe"],
  ["s"], ["ns"], ["p", "pe"], ["np", "po"], ["l", "nge"], ["ge", "nl"], ["le", "ng"], ["g", "nle"],
];

export type ConditionName =
  | "o" | "no" | "b" | "c" | "nae" | "ae" | "nb" | "nc" | "e" | "z" | "ne" | "nz" | "be" | "na" | "a" | "nbe"
  | "s" | "ns" | "p" | "pe" | "np" | "po" | "l" | "nge" | "ge" | "nl" | "le" | "ng" | "g" | "nle";

/** Every (name, code) pair. */
export const CONDITIONS: readonly { name: ConditionName; code: number }[] =
  CONDITION_NAMES.flatMap((names, code) => names.map((name) => ({ name: name as ConditionName, code })));

const BY_NAME = new Map(CONDITIONS.map((c) => [c.name as string, c.code]));

/** Condition code 0-15 of a name (`"e"`, `"nz"`...), or -1. */
export function conditionCode(name: string): number {
  return BY_NAME.get(name) ?? -1;
}

/** The opposite condition (e <-> ne, l <-> ge...). */
export function invertCondition(code: number): number {
  return code ^ 1;
}
