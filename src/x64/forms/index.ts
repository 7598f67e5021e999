// Every form file, in selection order (within a mnemonic the first matching line wins, so VEX
// files come before AVX-512 files), and the instruction table loaded from them once.

import { FormSource, InstructionTable, loadTable } from "../table.js";
import { integerForms } from "./integer.js";
import { bmiForms } from "./bmi.js";
import { sseForms } from "./sse.js";
import { avxForms } from "./avx.js";
import { avx512Forms } from "./avx512.js";
import { avx512IntForms } from "./avx512-int.js";
import { avx512MaskForms } from "./avx512-mask.js";
import { avx512VsibForms } from "./avx512-vsib.js";
import { avx512ExtForms } from "./avx512-ext.js";
import { cryptoForms } from "./crypto.js";
import { mmxForms } from "./mmx.js";

export const FORM_SOURCES: readonly FormSource[] = [
  { name: "forms/integer.ts", text: integerForms },
  { name: "forms/bmi.ts", text: bmiForms },
  { name: "forms/sse.ts", text: sseForms },
  { name: "forms/avx.ts", text: avxForms },
  { name: "forms/avx512.ts", text: avx512Forms },
  { name: "forms/avx512-int.ts", text: avx512IntForms },
  { name: "forms/avx512-mask.ts", text: avx512MaskForms },
  { name: "forms/avx512-vsib.ts", text: avx512VsibForms },
  { name: "forms/avx512-ext.ts", text: avx512ExtForms },
  { name: "forms/crypto.ts", text: cryptoForms },
  { name: "forms/mmx.ts", text: mmxForms },
];

/** The instruction table of all form files. */
export const TABLE: InstructionTable = loadTable(FORM_SOURCES);
