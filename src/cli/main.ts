#!/usr/bin/env node
/**
 * main.ts - the `jitkit` command: dispatches to a subcommand by a table. Each subcommand module
 * exports `run...(argv): Promise<number>` (the exit code) and is imported only when used.
 * Exit codes follow sysexits (exit-codes.ts): 64 usage, 65 bad input data, 69 runtime cannot host
 * jitkit (e.g. Deno without --allow-ffi), 71 OS error.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EXIT } from "./exit-codes.js";

interface Command {
  readonly usage: string;
  /** False when the module is not part of this build (the command is then not listed). */
  readonly available: () => boolean;
  readonly run: (argv: readonly string[]) => Promise<number>;
}

function builtWith(module: string): () => boolean {
  return () => existsSync(fileURLToPath(new URL(module, import.meta.url)));
}

const COMMANDS: Record<string, Command> = {
  add4: {
    usage: "add4 [N] [--rwx] [--dump]          the seed's add4 (W^X by default)",
    available: () => true,
    run: async (argv) => (await import("./add4.js")).runAdd4(argv),
  },
  adder: {
    usage: "adder TERM [ARGS...] [--dump]      the seed's baby JIT: TERM patched in at run time",
    available: () => true,
    run: async (argv) => (await import("./adder.js")).runAdder(argv),
  },
  asm: {
    usage: "asm FILE|- [--hex | -o OUT.bin | --run SIG ARGS... | --disasm]",
    available: builtWith("./asm.js"),
    run: async (argv) => {
      const path = "./asm.js"; // a variable: the module is written separately and loaded lazily
      if (!builtWith(path)()) {
        process.stderr.write("jitkit asm: not available in this build\n");
        return EXIT.software;
      }
      const mod = (await import(path)) as { runAsm: (argv: string[]) => Promise<number> };
      return mod.runAsm([...argv]);
    },
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).filter((c) => c.available()).map((c) => `  jitkit ${c.usage}`);
  return `usage:\n${lines.join("\n")}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(usage());
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined || !command.available()) {
    process.stderr.write(`jitkit: unknown command ${JSON.stringify(name)}\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    // The platform is loaded with the subcommand; a runtime that cannot host it gets one line.
    if (e instanceof Error && e.name === "HostUnavailableError") {
      process.stderr.write(`jitkit: ${e.message}\n`);
      return EXIT.unavailable;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
