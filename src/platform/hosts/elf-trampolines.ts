/**
 * hosts/elf-trampolines.ts - a minimal ELF64 x86-64 shared object, written byte by byte.
 *
 * What it does: lays out a shared object that exports a few functions whose machine code the
 * caller supplies (in practice: slot trampolines from ../trampoline.ts). Deno only gives its fast
 * call path to symbols that come from Deno.dlopen, so the Deno host dlopens one of these to reach
 * jitted code at fast-call speed.
 *
 * Layout (virtual address = file offset; no relocations, no imports, no section headers):
 *   page 0, PT_LOAD R+X: ELF header, program headers, .hash, .dynsym, .dynstr, code
 *   page 1, PT_LOAD R+W: .dynamic (glibc's loader adjusts its pointers in place, so it must be
 *                        writable, as every linker arranges)
 *   PT_DYNAMIC -> .dynamic;  PT_GNU_STACK R+W (without it glibc would ask for an executable stack)
 * The symbol table is looked up through DT_HASH (System V hash; one bucket, a linear chain is
 * enough for a handful of symbols).
 * Requires: nothing (pure bytes). Guarantees: no segment is both writable and executable; every
 * exported symbol is a global STT_FUNC covering exactly its code.
 */

/** One exported function: its symbol name and machine code. */
export interface ElfExport {
  readonly name: string;
  readonly code: Uint8Array;
}

/** Where an export landed inside the image (offset = virtual address relative to the load base). */
export interface ElfSymbolPlacement {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}

export interface SharedObjectImage {
  readonly bytes: Uint8Array;
  readonly symbols: readonly ElfSymbolPlacement[];
}

export interface SharedObjectOptions {
  /** DT_SONAME, e.g. "libjitkit-trampoline.so". */
  readonly soname: string;
  readonly exports: readonly ElfExport[];
}

const PAGE = 0x1000;
const EHDR_SIZE = 64;
const PHDR_SIZE = 56;
const SYM_SIZE = 24;
const DYN_SIZE = 16;
const CODE_ALIGN = 16;

// ELF constants (System V gABI, x86-64 psABI).
const ET_DYN = 3;
const EM_X86_64 = 62;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_GNU_STACK = 0x6474e551;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;
const STB_GLOBAL = 1;
const STT_FUNC = 2;
/** Any section index other than SHN_UNDEF (0) and the reserved ones marks a defined symbol. */
const SHNDX_TEXT = 1;
const DT = { NULL: 0, HASH: 4, STRTAB: 5, SYMTAB: 6, STRSZ: 10, SYMENT: 11, SONAME: 14 } as const;

const SYMBOL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Builds the shared object; throws RangeError for bad names or code that does not fit one page. */
export function buildSharedObject(options: SharedObjectOptions): SharedObjectImage {
  const { soname, exports } = options;
  if (exports.length === 0) throw new RangeError("a shared object needs at least one export");
  const seen = new Set<string>();
  for (const e of exports) {
    if (!SYMBOL_NAME.test(e.name)) throw new RangeError(`export name ${JSON.stringify(e.name)} is not a C identifier`);
    if (seen.has(e.name)) throw new RangeError(`export ${JSON.stringify(e.name)} appears twice`);
    if (e.code.length === 0) throw new RangeError(`export ${JSON.stringify(e.name)} has no code`);
    seen.add(e.name);
  }
  if (!/^[\x21-\x7e]+$/.test(soname)) throw new RangeError(`soname ${JSON.stringify(soname)} must be printable ASCII without spaces`);

  // String table: "\0" soname "\0" name1 "\0" ...
  const enc = new TextEncoder();
  const strParts: number[] = [0];
  const strOffset = (s: string): number => {
    const at = strParts.length;
    strParts.push(...enc.encode(s), 0);
    return at;
  };
  const sonameAt = strOffset(soname);
  const nameAt = exports.map((e) => strOffset(e.name));

  const phnum = 4;
  const nsyms = exports.length + 1; // index 0 is the null symbol
  const hashAt = EHDR_SIZE + phnum * PHDR_SIZE;
  const hashSize = (2 + 1 + nsyms) * 4; // nbucket, nchain, bucket[1], chain[nsyms]
  const dynsymAt = align(hashAt + hashSize, 8);
  const dynstrAt = dynsymAt + nsyms * SYM_SIZE;
  let codeAt = align(dynstrAt + strParts.length, CODE_ALIGN);
  const symbols: ElfSymbolPlacement[] = [];
  for (const e of exports) {
    symbols.push({ name: e.name, offset: codeAt, size: e.code.length });
    codeAt = align(codeAt + e.code.length, CODE_ALIGN);
  }
  const textEnd = codeAt;
  if (textEnd > PAGE) throw new RangeError(`the exports need ${textEnd} bytes; at most one page (${PAGE}) is supported`);

  const dynamicAt = PAGE;
  const dynamic: Array<[number, number]> = [
    [DT.HASH, hashAt],
    [DT.STRTAB, dynstrAt],
    [DT.SYMTAB, dynsymAt],
    [DT.STRSZ, strParts.length],
    [DT.SYMENT, SYM_SIZE],
    [DT.SONAME, sonameAt],
    [DT.NULL, 0],
  ];
  const dynamicSize = dynamic.length * DYN_SIZE;
  const fileSize = dynamicAt + dynamicSize;

  const bytes = new Uint8Array(fileSize);
  const v = new DataView(bytes.buffer);
  const u16 = (at: number, x: number) => v.setUint16(at, x, true);
  const u32 = (at: number, x: number) => v.setUint32(at, x, true);
  const u64 = (at: number, x: number) => v.setBigUint64(at, BigInt(x), true);

  // ELF header.
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2 /* ELFCLASS64 */, 1 /* little-endian */, 1 /* EV_CURRENT */, 0 /* SYSV ABI */], 0);
  u16(16, ET_DYN);
  u16(18, EM_X86_64);
  u32(20, 1); // e_version
  u64(24, 0); // e_entry
  u64(32, EHDR_SIZE); // e_phoff
  u64(40, 0); // e_shoff: no section headers
  u32(48, 0); // e_flags
  u16(52, EHDR_SIZE);
  u16(54, PHDR_SIZE);
  u16(56, phnum);
  u16(58, 64); // e_shentsize (conventional even with e_shnum = 0)
  u16(60, 0); // e_shnum
  u16(62, 0); // e_shstrndx

  // Program headers.
  const phdr = (i: number, type: number, flags: number, offset: number, size: number, alignTo: number) => {
    const at = EHDR_SIZE + i * PHDR_SIZE;
    u32(at, type);
    u32(at + 4, flags);
    u64(at + 8, offset); // p_offset
    u64(at + 16, offset); // p_vaddr
    u64(at + 24, offset); // p_paddr
    u64(at + 32, size); // p_filesz
    u64(at + 40, size); // p_memsz
    u64(at + 48, alignTo);
  };
  phdr(0, PT_LOAD, PF_R | PF_X, 0, textEnd, PAGE);
  phdr(1, PT_LOAD, PF_R | PF_W, dynamicAt, dynamicSize, PAGE);
  phdr(2, PT_DYNAMIC, PF_R | PF_W, dynamicAt, dynamicSize, 8);
  phdr(3, PT_GNU_STACK, PF_R | PF_W, 0, 0, 16);
  // PT_GNU_STACK has no extent.
  u64(EHDR_SIZE + 3 * PHDR_SIZE + 8, 0);
  u64(EHDR_SIZE + 3 * PHDR_SIZE + 16, 0);
  u64(EHDR_SIZE + 3 * PHDR_SIZE + 24, 0);

  // .hash: one bucket whose chain visits every symbol 1..nsyms-1.
  u32(hashAt, 1);
  u32(hashAt + 4, nsyms);
  u32(hashAt + 8, 1);
  for (let i = 0; i < nsyms; i++) u32(hashAt + 12 + 4 * i, i + 1 < nsyms && i > 0 ? i + 1 : 0);

  // .dynsym (entry 0 stays all zero).
  exports.forEach((e, i) => {
    const at = dynsymAt + (i + 1) * SYM_SIZE;
    u32(at, nameAt[i]);
    bytes[at + 4] = (STB_GLOBAL << 4) | STT_FUNC;
    bytes[at + 5] = 0; // STV_DEFAULT
    u16(at + 6, SHNDX_TEXT);
    u64(at + 8, symbols[i].offset);
    u64(at + 16, e.code.length);
  });

  bytes.set(strParts, dynstrAt);
  exports.forEach((e, i) => bytes.set(e.code, symbols[i].offset));
  dynamic.forEach(([tag, value], i) => {
    u64(dynamicAt + i * DYN_SIZE, tag);
    u64(dynamicAt + i * DYN_SIZE + 8, value);
  });
  return { bytes, symbols };
}

function align(x: number, to: number): number {
  return Math.ceil(x / to) * to;
}
