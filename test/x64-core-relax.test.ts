// Relaxation at scale: blocks of the mixed encode stream (tools/encode-stream.ts: 1,001
// instructions, 200 labels, forward and backward jcc) assembled with the default relaxing Assembler
// must equal llvm-mc -filetype=obj's .text for the same program written as text. Skips when llvm-mc
// or objcopy is missing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Assembler } from "../src/x64/assembler.js";
import { gp64, ymm } from "../src/x64/registers.js";
import { qword, type Label } from "../src/x64/operands.js";
import { findLlvmMc, findTool } from "../tools/lib-llvm-mc.js";
import { generateEncodeStream, STREAM_CONDITIONS as CC } from "../tools/encode-stream.js";
import { skipTest } from "./support/skip.js";

test("relaxed encode-stream blocks equal llvm-mc -filetype=obj", (t) => {
  const llvmMc = findLlvmMc(), objcopy = findTool(["objcopy", "llvm-objcopy"]);
  if (!llvmMc || !objcopy) { skipTest(t, "needs llvm-mc and objcopy"); return; }
  const G = 200, s = generateEncodeStream(3, G);
  const dir = mkdtempSync(join(tmpdir(), "jitkit-relax-"));
  try {
    for (let b = 0; b < 3; b++) {
      const a = new Assembler();
      const methods = a as unknown as Record<string, (l: Label) => unknown>;
      const L: Label[] = [];
      for (let g = 0; g <= G; g++) L.push(a.newLabel());
      let text = ".intel_syntax noprefix\n";
      for (let g = 0, k = b * G * 5; g < G; g++, k += 5) {
        a.bind(L[g]); text += `L${g}:\n`;
        a.mov(gp64[s.A[k]], gp64[s.B[k]]); text += `mov ${gp64[s.A[k]].name}, ${gp64[s.B[k]].name}\n`;
        a.add(gp64[s.A[k + 1]], s.IMM[k + 1]); text += `add ${gp64[s.A[k + 1]].name}, ${s.IMM[k + 1]}\n`;
        a.mov(gp64[s.A[k + 2]], qword(gp64[s.B[k + 2]], { index: gp64[s.C[k + 2]], scale: 8, disp: s.IMM[k + 2] }));
        text += `mov ${gp64[s.A[k + 2]].name}, qword ptr [${gp64[s.B[k + 2]].name} + 8*${gp64[s.C[k + 2]].name} + (${s.IMM[k + 2]})]\n`;
        a.vaddpd(ymm[s.A[k + 3]], ymm[s.B[k + 3]], ymm[s.C[k + 3]]); text += `vaddpd ymm${s.A[k + 3]}, ymm${s.B[k + 3]}, ymm${s.C[k + 3]}\n`;
        methods["j" + CC[s.CC[k + 4]]].call(a, L[s.IMM[k + 4]]); text += `j${CC[s.CC[k + 4]]} L${s.IMM[k + 4]}\n`;
      }
      a.bind(L[G]).ret(); text += `L${G}:\nret\n`;
      const src = join(dir, `b${b}.s`), obj = join(dir, `b${b}.o`), bin = join(dir, `b${b}.bin`);
      writeFileSync(src, text);
      execFileSync(llvmMc, ["-filetype=obj", "-o", obj, src]);
      execFileSync(objcopy, ["-O", "binary", "--only-section=.text", obj, bin]);
      assert.deepEqual(Buffer.from(a.bytes()), readFileSync(bin), `block ${b}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
