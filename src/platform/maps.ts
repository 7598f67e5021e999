/**
 * maps.ts - reads the process's memory map (Linux /proc/self/maps) to show what the OS thinks our
 * pages are. For diagnostics, the tour and the tests; never used on a hot path.
 * Guarantees: returns [] where /proc/self/maps does not exist (non-Linux).
 */
import { readFileSync } from "node:fs";

export interface MappingInfo {
  readonly start: bigint;
  /** Exclusive end. */
  readonly end: bigint;
  /** As the kernel prints them, e.g. "r-xp" ("s" instead of "p": a shared mapping, as dual-mapped code is). */
  readonly perms: string;
  /** Offset into the backing file. */
  readonly offset: bigint;
  /** Inode of the backing file (0 for anonymous memory): two views of one memory file share it. */
  readonly inode: number;
  /** Backing path or pseudo-name ("" for anonymous memory; "/memfd:NAME (deleted)" for a memory file). */
  readonly path: string;
}

/** All mappings of this process. */
export function readMappings(): MappingInfo[] {
  let text: string;
  try {
    text = readFileSync("/proc/self/maps", "utf8");
  } catch {
    return [];
  }
  const out: MappingInfo[] = [];
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S+)\s+([0-9a-f]+)\s+\S+\s+(\d+)\s*(.*)$/.exec(line);
    if (m) out.push({ start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), perms: m[3], offset: BigInt(`0x${m[4]}`), inode: Number(m[5]), path: m[6] });
  }
  return out;
}

/** The mapping containing `address`, or undefined. */
export function mappingAt(address: bigint): MappingInfo | undefined {
  return readMappings().find((m) => m.start <= address && address < m.end);
}

/** Permissions of the mapping containing `address` ("r-xp", ...), or "unmapped". */
export function permissionsAt(address: bigint): string {
  return mappingAt(address)?.perms ?? "unmapped";
}
