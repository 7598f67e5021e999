/**
 * support/platform-code-files.ts - test helper: what the kernel shows of jitkit's dual-mapped code
 * files (the "dual-map" W^X strategy): their mappings in /proc/self/maps and their open
 * descriptors in /proc/self/fd, both named "/memfd:jitkit-code (deleted)".
 */
import { readdirSync, readlinkSync } from "node:fs";
import { CODE_FILE_NAME } from "../../src/platform/pages.js";
import { readMappings, type MappingInfo } from "../../src/platform/maps.js";

export const CODE_FILE_PATH = `/memfd:${CODE_FILE_NAME} (deleted)`;

/** Every mapping (view) of a code file. */
export function codeFileMappings(): MappingInfo[] {
  return readMappings().filter((m) => m.path === CODE_FILE_PATH);
}

/** Open descriptors of code files (not all of the process's: the runtime opens and closes its own meanwhile). */
export function openCodeFileDescriptors(): number {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === CODE_FILE_PATH;
    } catch {
      return false; // closed meanwhile (e.g. the directory's own descriptor)
    }
  }).length;
}
