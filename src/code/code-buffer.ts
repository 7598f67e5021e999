// A growable byte buffer with a write cursor: the one place machine code is written to while an
// Assembler runs. Encoders write `data[pos++]` directly after `ensure(n)` (an x86 instruction is at
// most 15 bytes, so one ensure(16) per instruction suffices); growth doubles the capacity.

export class CodeBuffer {
  // `declare`d fields, assigned in the constructor: no class-field definition first sets them to
  // undefined, so V8 tracks `data` as a Uint8Array field and `pos` as a small integer.
  declare data: Uint8Array;
  declare pos: number;

  constructor(initialCapacity = 4096) {
    this.data = new Uint8Array(initialCapacity);
    this.pos = 0;
  }

  /** Make room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n > this.data.length) this.grow(this.pos + n);
  }

  private grow(min: number): void {
    let cap = this.data.length * 2;
    while (cap < min) cap *= 2;
    const d = new Uint8Array(cap);
    d.set(this.data.subarray(0, this.pos));
    this.data = d;
  }

  u8(v: number): void { this.ensure(1); this.data[this.pos++] = v; }
  u16(v: number): void { this.ensure(2); const d = this.data, p = this.pos; d[p] = v; d[p + 1] = v >> 8; this.pos = p + 2; }
  u32(v: number): void { this.ensure(4); const d = this.data, p = this.pos; d[p] = v; d[p + 1] = v >> 8; d[p + 2] = v >> 16; d[p + 3] = v >>> 24; this.pos = p + 4; }
  u64(v: number | bigint): void {
    const b = BigInt.asUintN(64, BigInt(v));
    this.u32(Number(b & 0xffffffffn));
    this.u32(Number(b >> 32n));
  }
  bytes(b: ArrayLike<number>): void {
    this.ensure(b.length);
    for (let i = 0; i < b.length; i++) this.data[this.pos++] = b[i];
  }

  /** Copy of the written bytes. */
  toUint8Array(): Uint8Array {
    return this.data.slice(0, this.pos);
  }

  reset(): void { this.pos = 0; }
}

/** Write a little-endian 32-bit value at `p`. */
export function put32(d: Uint8Array, p: number, v: number): void {
  d[p] = v; d[p + 1] = v >> 8; d[p + 2] = v >> 16; d[p + 3] = v >>> 24;
}
