// Positioned diagnostics of the text assembler.
// An AsmError says what is wrong and where (1-based line and column, plus the length of the
// offending token for a caret range); formatAsmError renders it the way compilers do:
//   add4.s:3:10: error: unknown register 'rbq'
//     mov rax, rbq
//              ^~~

export class AsmError extends Error {
  readonly line: number;
  readonly column: number;
  /** Number of characters the caret underlines (at least 1). */
  readonly length: number;

  constructor(message: string, line: number, column: number, length = 1) {
    super(message);
    this.name = "AsmError";
    this.line = line;
    this.column = column;
    this.length = length < 1 ? 1 : length;
  }
}

/** Text of line `line` (1-based) of `source`, without its line break. */
export function sourceLine(source: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  let end = source.indexOf("\n", start);
  if (end < 0) end = source.length;
  if (end > start && source.charCodeAt(end - 1) === 13) end--;
  return source.slice(start, end);
}

export interface FormatOptions {
  /** File name shown before the position; "<stdin>" when omitted. */
  fileName?: string;
  /** Source text, to show the line and a caret under the offending token. */
  source?: string;
}

/** `FILE:LINE:COL: error: MESSAGE`, followed by the source line and a caret when the source is given. */
export function formatAsmError(error: AsmError, options: FormatOptions = {}): string {
  const head = `${options.fileName ?? "<stdin>"}:${error.line}:${error.column}: error: ${error.message}`;
  if (options.source === undefined) return head;
  const text = sourceLine(options.source, error.line);
  // Keep tabs so the caret lines up under tab-indented source.
  let pad = "";
  for (let i = 0; i < error.column - 1 && i < text.length; i++) pad += text[i] === "\t" ? "\t" : " ";
  return `${head}\n${text}\n${pad}^${"~".repeat(Math.max(0, error.length - 1))}`;
}
