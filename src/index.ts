// jitkit's public entry point: everything a program imports from "jitkit" is re-exported here.
// Phase 1 (make machine code): the x86-64 assembler. Phase 2 (run it): executable memory and calls.

// Phase 2: executable memory (W^X by default) and typed native calls (src/platform/).
export { loadCode, bindAddress, defaultCodeHeap, addLoadCheck } from "./platform/calls.js";
export type { CallOptions, LoadOptions, NativeFunction, Int64Mode, LoadCheck } from "./platform/calls.js";
export { CodeHeap, CodeBlock, CODE_ALIGNMENT, MAX_CODE_SIZE } from "./platform/code-heap.js";
export type { CodeProducer, CodeSource, CodeHeapMode, CodeHeapOptions, CodeHeapStats } from "./platform/code-heap.js";
export { Pages, MAX_MAPPING_SIZE, pageSize, WX_STRATEGIES, defaultWxStrategy, wxProbe } from "./platform/pages.js";
export type { PagesMode, PagesState, MapOptions, WxStrategy, WxChoice, WxProbe } from "./platform/pages.js";
export { OsError, FreedCodeError, HostUnavailableError } from "./platform/errors.js";
export { TYPES, checkSignature, signatureKey } from "./platform/signature.js";
export type { Signature, ValueType, ResultType } from "./platform/signature.js";
export type { Host, Protection } from "./platform/host.js";
export { host } from "./platform/host-select.js";
export { readMappings, mappingAt, permissionsAt } from "./platform/maps.js";

// Phase 1: the x86-64 assembler (src/x64/, src/code/).
export { Assembler } from "./x64/assembler.js";
export type { AssemblerOptions, EmitOptions, AnyOperand } from "./x64/assembler.js";
export * as x64 from "./x64/index.js";
export { EncodeError } from "./x64/encode-error.js";
export { TableError } from "./x64/table.js";
export type { FinalizedCode, Relocation } from "./code/code-emitter.js";

// Text assembler (Intel syntax), CPU features, disassembly (src/x64/parser, cpu-features, disasm).
export { assemble } from "./x64/parser/assemble.js";
export type { AssembleOptions, AssembleResult, ListedInstruction } from "./x64/parser/assemble.js";
export { parse as parseAsm, parseStream as parseAsmStream } from "./x64/parser/parser.js";
export type { Statement as AsmStatement, Operand as AsmOperand } from "./x64/parser/ast.js";
export { AsmError, formatAsmError } from "./x64/parser/asm-error.js";
export { cpuFeatures, checkFeatures, missingFeatures, decodeFeatures, CpuFeatureError, KNOWN_FEATURES } from "./x64/cpu-features.js";
export type { CpuFeatures, CpuidSource, CpuidResult } from "./x64/cpu-features.js";
export { disassemble, formatListing } from "./x64/disasm.js";
export type { DisasmLine, DisasmOptions } from "./x64/disasm.js";

// Observability (src/observe/): perf map of jitted functions (JITKIT_PERF=map or enablePerfMap()).
export { enablePerfMap, disablePerfMap, perfMapPath } from "./observe/perf-map.js";
export { addCodeObserver, removeCodeObserver } from "./platform/observe-hooks.js";
export type { CodeObserver, LoadedCode } from "./platform/observe-hooks.js";
