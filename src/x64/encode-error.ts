// EncodeError: the one error the x86-64 encoder and Assembler throw for an instruction that cannot
// be encoded. It names the instruction, says why, and lists the forms that would have been allowed.
// It is thrown before any byte of the instruction is written.

export class EncodeError extends Error {
  /** The instruction as given, e.g. "add xmm0, 1". */
  readonly instruction: string;
  /** Why it cannot be encoded. */
  readonly reason: string;
  /** The table forms of this mnemonic (Intel notation), when relevant. */
  readonly allowed: readonly string[];
  /** 0-based index of the offending operand, or -1 for the instruction as a whole. */
  readonly operand: number;

  constructor(instruction: string, reason: string, allowed: readonly string[] = [], operand = -1) {
    const list = allowed.length ? `; allowed: ${allowed.slice(0, 12).join("; ")}${allowed.length > 12 ? `; ... (${allowed.length} forms)` : ""}` : "";
    super(`${instruction}: ${reason}${list}`);
    this.name = "EncodeError";
    this.instruction = instruction;
    this.reason = reason;
    this.allowed = allowed;
    this.operand = operand;
  }
}
