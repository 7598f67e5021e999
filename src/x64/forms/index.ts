// Every form file, in selection order (within a mnemonic the first matching line wins, so VEX
// files come before AVX-512 files), and the instruction table loaded from them once.

import { FormSource, InstructionTable, loadTable } from "../table.js";
import { integerForms } from "./integer.js";
import { bmiForms } from "./bmi.js";

export const FORM_SOURCES: readonly FormSource[] = [
  { name: "forms/integer.ts", text: integerForms },
  { name: "forms/bmi.ts", text: bmiForms },
];

/** The instruction table of all form files. */
export const TABLE: InstructionTable = loadTable(FORM_SOURCES);
