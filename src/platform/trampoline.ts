/**
 * trampoline.ts - the machine code the platform layer writes itself: two call trampolines.
 *
 * What it does: returns the bytes of a "slot trampoline" for System V AMD64 (below), and of an
 * "xmm trampoline" (xmmTrampoline), which takes the target address as one extra trailing f64
 * argument instead of a slot: the route of the Bun and Deno hosts. An FFI function
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

/**
 * cvttsd2si r11, xmmN ; jmp r11  (F2 REX.W+R 0F 2C /r, mod=11 reg=r11 rm=xmmN; then 41 FF /4).
 * Jumps to the address held, as a double, in xmmN: the extra trailing f64 argument of a signature
 * with N float arguments (the ABI puts it there; the target never looks at that register).
 * Argument registers, the stack and rax are untouched; r11 is scratch.
 */
export function xmmTrampoline(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 7) throw new RangeError(`xmm register ${n} is not one of xmm0..xmm7`);
  return Uint8Array.of(0xf2, 0x4c, 0x0f, 0x2c, 0xd8 + n, 0x41, 0xff, 0xe3);
}
