// shared-bench.ts - where the project's shared benchmark inputs live: the `shared/` folder beside
// this repository (../shared/bench/...), or the folder named by JITKIT_SHARED_DIR. Used by the
// encode and text benchmarks and by the relaxation test (which skips when the folder is missing).
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The repository root: this file compiles to dist/tools/shared-bench.js. */
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The shared mixed encode stream: stream.js (its generator) and block0.bin (its first block). */
export const ENCODE_STREAM_DIR = join(process.env.JITKIT_SHARED_DIR ?? join(REPO_ROOT, "..", "shared"), "bench", "encode-stream");
