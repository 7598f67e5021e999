// The project's own encode-stream generator (tools/encode-stream.ts). Block 0, emitted with
// forward branches rel32 as the benchmark peers emit it, must be byte-identical to the shared
// benchmark's block0.bin; that comparison needs ../shared/bench/encode-stream/ beside the
// repository (or JITKIT_SHARED_DIR) and skips, saying so, without it. The stream's own invariants
// are checked everywhere.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Assembler } from "../src/x64/assembler.js";
import { gp64, ymm } from "../src/x64/registers.js";
import { qword, type Label } from "../src/x64/operands.js";
import { generateEncodeStream } from "../tools/encode-stream.js";
import { ENCODE_STREAM_DIR } from "../tools/shared-bench.js";
import { skipTest } from "./support/skip.js";

const G = 200;

function emitBlock0(): Uint8Array {
  const s = generateEncodeStream(1, G);
  const a = new Assembler({ branches: "near-forward" });
  const L: Label[] = [];
  for (let g = 0; g <= G; g++) L.push(a.newLabel());
  for (let g = 0, k = 0; g < G; g++, k += 5) {
    a.bind(L[g]);
    a.mov(gp64[s.A[k]], gp64[s.B[k]]);
    a.add(gp64[s.A[k + 1]], s.IMM[k + 1]);
    a.mov(gp64[s.A[k + 2]], qword(gp64[s.B[k + 2]], { index: gp64[s.C[k + 2]], scale: 8, disp: s.IMM[k + 2] }));
    a.vaddpd(ymm[s.A[k + 3]], ymm[s.B[k + 3]], ymm[s.C[k + 3]]);
    a.j(s.CC[k + 4], L[s.IMM[k + 4]]);
  }
  a.bind(L[G]).ret();
  return a.finalize().bytes;
}

test("encode stream: operands stay in their ranges, jump targets within a block", () => {
  const s = generateEncodeStream(4, G);
  assert.equal(s.A.length, 4 * G * 5);
  for (let k = 0; k < s.A.length; k += 5) {
    const g = (k / 5) % G;
    assert.notEqual(s.C[k + 2], 4, "rsp is never an index");
    assert.ok(s.C[k + 2] <= 15 && s.CC[k + 4] <= 15);
    const t = s.IMM[k + 4];
    assert.ok(t >= 0 && t <= G, `target ${t}`);
    assert.equal(s.C[k + 4] === 1, t > g || g === 0, "C marks forward jumps");
  }
  assert.deepEqual(generateEncodeStream(2, G).IMM, generateEncodeStream(2, G).IMM, "deterministic");
});

test("encode stream: block 0 is byte-identical to the shared benchmark's block0.bin", (t) => {
  const file = join(ENCODE_STREAM_DIR, "block0.bin");
  if (!existsSync(file)) { skipTest(t, `${file} not found: the shared benchmark folder is not beside this clone`); return; }
  assert.deepEqual(Buffer.from(emitBlock0()), readFileSync(file));
});
