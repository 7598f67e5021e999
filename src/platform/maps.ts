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
  /** As the kernel prints them, e.g. "r-xp". */
  readonly perms: string;
  /** Backing path or pseudo-name ("" for anonymous memory). */
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
    const m = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S+)\s+\S+\s+\S+\s+\S+\s*(.*)$/.exec(line);
    if (m) out.push({ start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), perms: m[3], path: m[4] });
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
