/**
 * platform-llvm-mc.ts - test helper: assembles Intel-syntax x86-64 text with llvm-mc (the
 * independent oracle for every machine-code byte the platform tests execute or compare).
 */
import { spawnSync } from "node:child_process";

/** Assembles `source` (Intel syntax, one instruction per line or ";"-separated) to bytes. */
export function llvmMc(source: string): Uint8Array {
  const text = source.split(";").map((s) => s.trim()).filter(Boolean).join("\n") + "\n";
  const run = spawnSync("llvm-mc", ["-triple=x86_64", "-x86-asm-syntax=intel", "-output-asm-variant=1", "-show-encoding"], {
    input: text,
    encoding: "utf8",
  });
  if (run.error) throw new Error(`llvm-mc could not be run (install Debian package "llvm"): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`llvm-mc rejected:\n${text}\n${run.stderr}`);
  const bytes: number[] = [];
  for (const m of run.stdout.matchAll(/encoding: \[([^\]]*)\]/g)) {
    for (const b of m[1].split(",")) {
      if (!/^0x[0-9a-f]{1,2}$/.test(b)) throw new Error(`unexpected llvm-mc encoding item ${b} in ${m[0]}`);
      bytes.push(Number(b));
    }
  }
  if (bytes.length === 0) throw new Error(`llvm-mc produced no bytes for:\n${text}`);
  return Uint8Array.from(bytes);
}

/** "48 89 f8" */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}
