/**
 * trampoline.ts - the one piece of machine code the platform layer writes itself.
 *
 * What it does: returns the bytes of a "slot trampoline" for System V AMD64. An FFI function
 * pointer is decoded once per signature, pointing at this trampoline; before each call JS stores
 * the real target address (as an IEEE double, exact because user-space addresses are < 2^47) in
 * an 8-byte slot; the trampoline converts it to an integer and jumps there. All argument registers
 * (rdi, rsi, rdx, rcx, r8, r9, xmm0-7), rax (vector-argument count for varargs) and the stack are
 * left untouched, so the target sees exactly the caller's arguments and returns straight to it.
 * r11 is a scratch register in the ABI (not used for arguments).
 *
 * Why a slot and not an extra trailing argument: measured on Node 20 + koffi 3 (int64(int64)),
 * storing into a Float64Array and calling costs ~35 ns vs ~45 ns for passing the target as an
 * extra int64 argument (the raw decoded call is ~29 ns).
 * Re-entrancy: the slot is read in the trampoline's first instructions, before the target runs,
 * so a callback into JS that calls another jitted function cannot disturb a call in progress.
 */

/** Bytes of: movabs r11, slot ; cvttsd2si r11, qword ptr [r11] ; jmp r11 */
export function slotTrampoline(slotAddress: bigint): Uint8Array {
  if (slotAddress < 0n || slotAddress >= 1n << 64n) throw new RangeError(`slot address ${slotAddress} out of range`);
  const bytes = new Uint8Array(SLOT_TRAMPOLINE_SIZE);
  bytes.set([0x49, 0xbb], 0); //                       movabs r11, imm64   (REX.W+B, B8+r)
  new DataView(bytes.buffer).setBigUint64(2, slotAddress, true); // imm64 = slot address
  bytes.set([0xf2, 0x4d, 0x0f, 0x2c, 0x1b], 10); //    cvttsd2si r11, qword ptr [r11]
  bytes.set([0x41, 0xff, 0xe3], 15); //                jmp r11
  return bytes;
}

export const SLOT_TRAMPOLINE_SIZE = 18;
