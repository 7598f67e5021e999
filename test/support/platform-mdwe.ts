/**
 * platform-mdwe.ts - test helper: source of a preload module that turns on Linux's
 * memory-deny-write-execute for the process (prctl PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN; Linux
 * >= 6.3). Afterwards the kernel refuses to make memory executable that was not, so jitkit's
 * mprotect(read+execute) really fails (EACCES): a genuine OS error for testing exit code 71 and
 * clean-up after failures. The preload exits 99 if the kernel lacks MDWE.
 */
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url)); // dist/test/support -> root

export const MDWE_UNSUPPORTED_EXIT = 99;

export function mdwePreloadSource(): string {
  const koffiUrl = new URL("node_modules/koffi/index.js", `file://${PROJECT_ROOT}/`).href;
  return `import koffi from ${JSON.stringify(koffiUrl)};
const prctl = koffi.load("libc.so.6").func("prctl", "int", ["int", "uint64_t", "uint64_t", "uint64_t", "uint64_t"]);
if (prctl(65, 1, 0, 0, 0) !== 0) process.exit(${MDWE_UNSUPPORTED_EXIT});
`;
}

/** A data: URL usable with `node --import`. */
export function mdwePreloadUrl(): string {
  return `data:text/javascript,${encodeURIComponent(mdwePreloadSource())}`;
}
