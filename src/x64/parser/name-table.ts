// Keyword table for the scanner: finds a name given as a range of the source text without making a
// string first (slicing a fresh string and hashing it for a Map costs ~50 ns; this ~10 ns).
// Keys are lowercase and lookups ASCII case-insensitive, unless made `exact` (labels). Returns the entry index;
// `nameOf(i)` is the canonical (already hashed, so cheap as a Map key downstream) string and
// `flags[i]` / `values[i]` what the caller stored with it. Names added from source bytes (labels)
// become strings only when nameOf asks (most labels never need one).

export class NameTable {
  readonly names: string[] = [];
  readonly flags: number[] = [];
  readonly values: number[] = [];
  /** Anything the caller attaches to an entry (e.g. a register object); null when nothing. */
  readonly data: unknown[] = [];
  /**
   * Entries in use. The arrays above may be longer (clear() keeps their storage for the next
   * parse): entries from `count` on are stale.
   */
  private count = 0;
  /** Open addressing, two ints per slot: entry index (-1 = empty), then the entry's hash. */
  private slots: Int32Array;
  private mask: number;
  /**
   * Each entry's hash, and its name as bytes (lowercase unless exact) at pool[start, start + len):
   * findBytes compares these flat arrays, never touching the name strings.
   */
  private meta: Int32Array;
  private pool: Uint8Array;
  private poolUsed = 0;
  /**
   * findFolded's (and findOrAddExact's) cache: 1024 x (hash, tail, length or -1 when empty, entry), 16 KB. A source's
   * working set (registers, mnemonics, a few hundred short labels) fits; 256 entries missed one
   * lookup in nine on the benchmark stream.
   */
  private readonly cache = new Int32Array(4096).fill(-1);
  /** Case-sensitive comparison (labels); hashing is always over lowercase, so callers share one hash. */
  private readonly exact: boolean;
  /**
   * Case-insensitive tables: one bit per hash value (mod 2^16) of every name added, so findFolded
   * answers most absent names (labels looked up as keywords first) without probing the table:
   * absent names longer than 4 characters are not cached, and a 20k-label text asks for each.
   */
  private readonly present: Int32Array;

  constructor(capacity = 4096, options: { exact?: boolean } = {}) {
    this.exact = options.exact === true;
    this.present = new Int32Array(this.exact ? 0 : 2048);
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    this.meta = new Int32Array(size * 2);
    this.pool = new Uint8Array(size * 4);
  }

  /** Slots in the hash table (for deciding whether a table is worth reusing). */
  get capacity(): number {
    return this.slots.length >>> 2;
  }

  /** Empties the table for reuse (keeps its storage). */
  clear(): void {
    this.count = 0;
    this.slots.fill(-1);
    this.cache.fill(-1);
    this.present.fill(0);
    this.poolUsed = 0;
  }

  /** Adds `name` (lowercase) or merges `flag` into an existing entry; returns its index. */
  add(name: string, flag: number, value = 0, data: unknown = null): number {
    this.cache[cacheSlot(hashOf(name)) + 2] = -1; // it may remember `name` as absent
    const found = this.lookup(name, 0, name.length);
    if (found >= 0) {
      this.flags[found] |= flag;
      if (value !== 0) this.values[found] = value;
      if (data !== null) this.data[found] = data;
      return found;
    }
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const index = this.count++;
    this.names[index] = name;
    this.flags[index] = flag;
    this.values[index] = value;
    this.data[index] = data;
    const h = hashOf(name);
    this.record(index, h);
    this.insert(index);
    if (!this.exact) this.present[(h >>> 5) & 2047] |= 1 << (h & 31);
    return index;
  }

  /** Stores entry `index`'s hash and name bytes. */
  private record(index: number, h: number): void {
    const name = this.names[index];
    const m = this.reserve(index, name.length);
    let at = this.poolUsed;
    let tail = 0;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      // Non-ASCII never occurs in names the scanner produces; 0xFF matches no scanned byte.
      const b = c < 128 ? c : 0xff;
      this.pool[at++] = b;
      tail = (tail << 8) | b;
    }
    this.meta[m] = h;
    this.meta[m + 3] = tail;
    this.poolUsed = at;
  }

  /** Room in meta for entry `index` and in the pool for `len` bytes; sets its pool start and length; returns its meta offset. */
  private reserve(index: number, len: number): number {
    if (index * 4 + 4 > this.meta.length) {
      const meta = new Int32Array(this.meta.length * 2 + 4);
      meta.set(this.meta);
      this.meta = meta;
    }
    const at = this.poolUsed;
    if (at + len > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, at + len));
      pool.set(this.pool);
      this.pool = pool;
    }
    const m = index * 4;
    this.meta[m + 1] = at;
    this.meta[m + 2] = len;
    return m;
  }

  /** Entry index of src[start, end) (ASCII case-insensitive), or -1. */
  lookup(src: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) {
      let c = src.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      h = (Math.imul(h, 31) + c) | 0;
    }
    return this.find(src, start, end, h);
  }

  /**
   * Like lookup, with the hash already computed by the caller's scanning loop:
   * h = h * 31 + lowercase(c) over the characters, in 32-bit arithmetic.
   */
  find(src: string, start: number, end: number, h: number): number {
    const len = end - start;
    const slots = this.slots, mask = this.mask, meta = this.meta, pool = this.pool, exact = this.exact;
    let s = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const e = slots[2 * s];
      if (e < 0) return -1;
      const m = e * 4;
      if (slots[2 * s + 1] === h && meta[m + 2] === len) {
        const at = meta[m + 1];
        let i = 0;
        for (; i < len; i++) {
          let c = src.charCodeAt(start + i);
          if (!exact && c >= 65 && c <= 90) c |= 32;
          if ((c < 128 ? c : 0xff) !== pool[at + i]) break;
        }
        if (i === len) return e;
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * findExact, adding the name at src[start, end) when it is absent (one probe for both); returns
   * its index. For case-sensitive tables: the scanner's label lookup. A new entry gets no string
   * until nameOf asks.
   */
  findOrAddExact(src: Uint8Array, start: number, end: number, h: number): number {
    const len = end - start;
    // Recently met names first (the cache of findFolded, here by hash and length): a label is
    // mostly used near its definition, and a probe into a large table misses the CPU caches.
    const cache = this.cache;
    const k = cacheSlot(h);
    if (cache[k] === h && cache[k + 2] === len) {
      const e = cache[k + 3];
      if (e < this.count) {
        const pool = this.pool;
        const at = this.meta[e * 4 + 1] - start;
        let i = start;
        while (i < end && src[i] === pool[at + i]) i++;
        if (i === end) return e;
      }
    }
    const e = this.probeOrAddExact(src, start, end, h);
    cache[k] = h; cache[k + 2] = len; cache[k + 3] = e;
    return e;
  }

  /** findOrAddExact without the cache. */
  private probeOrAddExact(src: Uint8Array, start: number, end: number, h: number): number {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const found = this.probeExact(src, start, end, h);
    if (found >= 0) return found;
    const s = -1 - found;
    const len = end - start;
    const index = this.count++;
    this.names[index] = "";
    this.flags[index] = 0;
    this.values[index] = 0;
    this.data[index] = null;
    const m = this.reserve(index, len);
    const pool = this.pool;
    let at = this.poolUsed;
    let tail = 0;
    for (let i = start; i < end; i++) {
      const b = src[i];
      pool[at++] = b;
      tail = (tail << 8) | b;
    }
    this.poolUsed = at;
    this.meta[m] = h;
    this.meta[m + 3] = tail;
    this.slots[2 * s] = index;
    this.slots[2 * s + 1] = h;
    return index;
  }

  /** The name of entry `i` (made from its bytes the first time for an entry added by findOrAddExact). */
  nameOf(i: number): string {
    const name = this.names[i];
    if (name !== "") return name;
    const m = i * 4, at = this.meta[m + 1];
    const bytes = this.pool.subarray(at, at + this.meta[m + 2]);
    let made = "";
    for (let k = 0; k < bytes.length; k += 4096) made += String.fromCharCode.apply(null, bytes.subarray(k, k + 4096) as unknown as number[]);
    this.names[i] = made;
    return made;
  }

  /** Like find, over a byte array (one byte per character, as the scanner reads the source). */
  findBytes(src: Uint8Array, start: number, end: number, h: number): number {
    return this.exact ? this.findExact(src, start, end, h) : this.findFolded(src, start, end, h, tailOf(src, start, end));
  }

  /**
   * findBytes for an ASCII case-insensitive table (names stored lowercase). `tail` packs the last
   * (up to) four characters, lowercase, one per byte: w = (w << 8) | lowercase(c) over all of them
   * in 32-bit arithmetic; names of up to 4 characters then need no byte comparison at all.
   */
  findFolded(src: Uint8Array, start: number, end: number, h: number, tail: number): number {
    const len = end - start;
    // Recently found names first: a small direct-mapped cache that stays in L1.
    const cache = this.cache;
    const k = cacheSlot(h);
    if (cache[k] === h && cache[k + 1] === tail && cache[k + 2] === len) {
      const e = cache[k + 3];
      if (len <= 4) return e;
      const pool = this.pool;
      const at = this.meta[e * 4 + 1] - start;
      const last = end - 4;
      let i = start;
      while (i < last && FOLD[src[i]] === pool[at + i]) i++;
      if (i >= last) return e;
    }
    // Misses of up to 4 characters (which `tail` holds whole) are cached too: labels are looked up
    // as keywords first, the same ones again and again.
    const e = (this.present[(h >>> 5) & 2047] & (1 << (h & 31))) === 0 ? -1 : this.probeFolded(src, start, end, h, tail);
    if (e >= 0 || len <= 4) { cache[k] = h; cache[k + 1] = tail; cache[k + 2] = len; cache[k + 3] = e; }
    return e;
  }

  /** findFolded without the cache. */
  private probeFolded(src: Uint8Array, start: number, end: number, h: number, tail: number): number {
    const slots = this.slots, mask = this.mask, meta = this.meta;
    let s = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const e = slots[2 * s];
      if (e < 0) return -1;
      const m = e * 4;
      if (slots[2 * s + 1] === h && meta[m + 3] === tail && meta[m + 2] === end - start) {
        const pool = this.pool;
        const at = meta[m + 1] - start;
        const last = end - 4;
        let i = start;
        while (i < last && FOLD[src[i]] === pool[at + i]) i++;
        if (i >= last) return e;
      }
      s = (s + 1) & mask;
    }
  }

  /** findBytes for a case-sensitive table. */
  findExact(src: Uint8Array, start: number, end: number, h: number): number {
    const found = this.probeExact(src, start, end, h);
    return found >= 0 ? found : -1;
  }

  /** Entry of src[start, end) in a case-sensitive table, or -1 - s for the empty slot s where it would go. */
  private probeExact(src: Uint8Array, start: number, end: number, h: number): number {
    const slots = this.slots, mask = this.mask, meta = this.meta;
    let s = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const e = slots[2 * s];
      if (e < 0) return -1 - s;
      const m = e * 4;
      if (slots[2 * s + 1] === h && meta[m + 2] === end - start) {
        const pool = this.pool;
        const at = meta[m + 1] - start;
        let i = start;
        while (i < end && src[i] === pool[at + i]) i++;
        if (i === end) return e;
      }
      s = (s + 1) & mask;
    }
  }

  private insert(index: number): void {
    const h = this.meta[index * 4];
    let s = (h ^ (h >>> 15)) & this.mask;
    while (this.slots[2 * s] >= 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = index;
    this.slots[2 * s + 1] = h;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = (this.slots.length >>> 1) - 1;
    for (let i = 0; i < this.count; i++) this.insert(i);
  }
}

/** Where findFolded's cache keeps the name of hash `h`. */
function cacheSlot(h: number): number {
  return ((h ^ (h >>> 10)) & 1023) << 2;
}

/** h = h * 31 + lowercase(c) over the characters, in 32-bit arithmetic (the scanner's hash). */
function hashOf(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}


/** ASCII lowercase of each byte value. */
const FOLD = new Uint8Array(256);
for (let c = 0; c < 256; c++) FOLD[c] = c >= 65 && c <= 90 ? c | 32 : c;

/** The `tail` of findFolded for src[start, end). */
export function tailOf(src: Uint8Array, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w = (w << 8) | FOLD[src[i]];
  return w;
}
