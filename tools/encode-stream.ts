// encode-stream.ts - the project's own generator of the mixed x86-64 encode stream used by the
// encode benchmark, the text benchmark and the relaxation test: 5 instructions a group (mov r,r;
// add r,imm; mov r,[base+index*8+disp]; vaddpd ymm; jcc label), G groups a block, operands drawn
// from a xorshift32 sequence (seed 0x12345678) in a fixed order. The draw order and value mapping
// follow the stream's published layout, so block 0 is byte-identical to the shared benchmark's
// block0.bin when that file is present (checked by test/encode-stream.test.ts); nothing here reads
// outside the repository.

/** Operands of a stream: structure of arrays, 5 slots per group (see the layout above). */
export interface EncodeStream {
  A: Uint8Array; B: Uint8Array; C: Uint8Array; CC: Uint8Array; IMM: Int32Array;
  nblocks: number; G: number;
}

/** Condition suffixes in the 0x70+cc order, as the stream's CC slots number them. */
export const STREAM_CONDITIONS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"] as const;

/** Generates `nblocks` blocks of `G` groups each. */
export function generateEncodeStream(nblocks: number, G: number, seed = 0x12345678): EncodeStream {
  const n = nblocks * G * 5;
  const A = new Uint8Array(n), B = new Uint8Array(n), C = new Uint8Array(n), CC = new Uint8Array(n);
  const IMM = new Int32Array(n);
  let state = seed >>> 0;
  const draw = (): number => {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return state;
  };
  // An immediate or displacement: odd draws give a signed byte (bits 8..15), even ones half the draw.
  const immediate = (r: number): number => (r & 1) !== 0 ? ((r >>> 8) << 24) >> 24 : (r | 0) >> 1;
  let k = 0;
  for (let b = 0; b < nblocks; b++) {
    for (let g = 0; g < G; g++) {
      A[k] = draw() & 15; B[k] = draw() & 15; k++;                       // mov r64, r64
      A[k] = draw() & 15; IMM[k] = immediate(draw()); k++;               // add r64, imm
      A[k] = draw() & 15; B[k] = draw() & 15;                            // mov r64, [b + i*8 + d]
      const index = draw() % 15; C[k] = index >= 4 ? index + 1 : index;  // never rsp as the index
      IMM[k] = immediate(draw()); k++;
      A[k] = draw() & 15; B[k] = draw() & 15; C[k] = draw() & 15; k++;   // vaddpd ymm, ymm, ymm
      CC[k] = draw() & 15;                                               // jcc label
      const r = draw(), step = 1 + ((r >>> 1) & 3);
      if ((r & 1) !== 0 && g > 0) { IMM[k] = Math.max(0, g - step); C[k] = 0; }
      else { IMM[k] = Math.min(G, g + step); C[k] = 1; }
      k++;
    }
  }
  return { A, B, C, CC, IMM, nblocks, G };
}
