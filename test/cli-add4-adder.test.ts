// The `jitkit add4` and `jitkit adder` subcommands: outputs, --dump bytes (checked against
// llvm-mc), boundary terms, exit codes (sysexits) and messages for bad input, and a real OS
// failure (memory-deny-write-execute refuses an rwx mapping) mapped to exit code 71.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { llvmMc, hex } from "./support/platform-llvm-mc.js";
import { MDWE_UNSUPPORTED_EXIT, runChild } from "./support/hosts-child.js";
import { skipTest } from "./support/skip.js";

const MAIN = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));

function jitkit(args: string[], nodeArgs: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeArgs, MAIN, ...args], { encoding: "utf8", timeout: 20_000 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status, signal: run.signal };
}

function ok(args: string[], stdout: string) {
  const run = jitkit(args);
  assert.equal(run.stderr, "", `jitkit ${args.join(" ")}`);
  assert.equal(run.status, 0);
  assert.equal(run.stdout, stdout, `jitkit ${args.join(" ")}`);
}

function usage(args: string[], message: RegExp, command = args[0]) {
  const run = jitkit(args);
  assert.equal(run.status, 64, `jitkit ${args.join(" ")}: ${run.stderr}`);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, message);
  assert.match(run.stderr, new RegExp(`usage:.*jitkit ${command}`, "s"));
}

test("add4: default, N, 64-bit limits, --rwx", () => {
  ok(["add4"], "result = 6\n");
  ok(["add4", "38"], "result = 42\n");
  ok(["add4", "-4"], "result = 0\n");
  ok(["add4", "-9223372036854775808"], "result = -9223372036854775804\n");
  ok(["add4", "9223372036854775807"], "result = -9223372036854775805\n"); // wraps like the machine
  ok(["add4", "--rwx"], "result = 6\n");
  ok(["add4", "7", "--rwx"], "result = 11\n");
});

test("add4 --dump prints the seed's bytes, as llvm-mc encodes the instructions", () => {
  const expected = hex(llvmMc("mov rax, rdi; add rax, 4; ret"));
  assert.equal(expected, "48 89 f8 48 83 c0 04 c3");
  ok(["add4", "--dump"], `${expected}\nresult = 6\n`);
  ok(["add4", "--dump", "--rwx", "1"], `${expected}\nresult = 5\n`);
});

test("adder: the issue's examples and boundary terms", () => {
  ok(["adder", "1"], "2 3 4\n");
  ok(["adder", "-4"], "-3 -2 -1\n");
  ok(["adder", "0"], "1 2 3\n");
  ok(["adder", "-1"], "0 1 2\n");
  ok(["adder", "2147483647"], "2147483648 2147483649 2147483650\n");
  ok(["adder", "-2147483648"], "-2147483647 -2147483646 -2147483645\n");
  ok(["adder", "-2147483648", "0", "-1", "2147483648"], "-2147483648 -2147483649 0\n");
  ok(["adder", "5", "9223372036854775802", "-9223372036854775808"], "9223372036854775807 -9223372036854775803\n");
  ok(["adder", "10", "9223372036854775807"], "-9223372036854775799\n"); // wraps
});

test("adder --dump: the immediate is patched little-endian, as llvm-mc encodes it", () => {
  for (const term of [0, 1, -4, 2147483647, -2147483648, 0x12345678]) {
    const expected = hex(llvmMc(`mov rax, ${term}; add rax, rdi; ret`));
    const run = jitkit(["adder", String(term), "--dump", "1"]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${expected}\n${BigInt(term) + 1n}\n`);
  }
  assert.equal(hex(llvmMc("mov rax, -4; add rax, rdi; ret")), "48 c7 c0 fc ff ff ff 48 01 f8 c3");
});

test("adder: missing, non-numeric or out-of-int32 TERM is a usage error (64)", () => {
  usage(["adder"], /jitkit adder: missing TERM/);
  usage(["adder", "abc"], /TERM must be a decimal integer, got "abc"/);
  usage(["adder", "1.5"], /TERM must be a decimal integer, got "1.5"/);
  usage(["adder", "0x10"], /TERM must be a decimal integer/);
  usage(["adder", ""], /TERM must be a decimal integer, got ""/);
  usage(["adder", "2147483648"], /TERM 2147483648 is out of range \[-2147483648, 2147483647\]/);
  usage(["adder", "-2147483649"], /TERM -2147483649 is out of range/);
  usage(["adder", "1", "x"], /ARG 1 must be a decimal integer, got "x"/);
  usage(["adder", "1", "9223372036854775808"], /ARG 1 9223372036854775808 is out of range/);
  usage(["adder", "1", "--fast"], /unknown option --fast/);
});

test("add4: bad input is a usage error (64)", () => {
  usage(["add4", "x"], /N must be a decimal integer, got "x"/);
  usage(["add4", "9223372036854775808"], /N 9223372036854775808 is out of range/);
  usage(["add4", "1", "2"], /expected at most one argument N, got 2/);
  usage(["add4", "--wx"], /unknown option --wx/);
});

test("jitkit without a command or with an unknown one: usage on stderr, 64; --help: stdout, 0", () => {
  const none = jitkit([]);
  assert.equal(none.status, 64);
  assert.match(none.stderr, /usage:\n {2}jitkit add4 .*\n {2}jitkit adder /);
  const unknown = jitkit(["frobnicate"]);
  assert.equal(unknown.status, 64);
  assert.match(unknown.stderr, /jitkit: unknown command "frobnicate"/);
  const help = jitkit(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /jitkit add4 \[N\] \[--rwx\] \[--dump\]/);
  assert.doesNotMatch(help.stdout, /jitkit (ir|bf) /); // only implemented commands are listed
});

test("an OS failure (rwx mapping refused by memory-deny-write-execute) exits 71 with errno text; W^X code still runs", (t) => {
  // Memory-deny-write-execute refuses rwx pages and making pages executable that were not; W^X's
  // default strategy, dual mapping, maps its code view read+execute from the start, so it works.
  // (test/platform-pages.test.ts checks the "mprotect" strategy's real sealing failure there.)
  for (const [args, stdout] of [[["add4"], "result = 6\n"], [["adder", "1"], "2 3 4\n"]] as const) {
    const run = runChild(`await import(${JSON.stringify(MAIN)});`, { args, mdwe: true });
    if (run.status === MDWE_UNSUPPORTED_EXIT) {
      skipTest(t, "kernel lacks PR_SET_MDWE (Linux < 6.3)");
      return;
    }
    assert.equal(run.status, 0, `${args.join(" ")}: ${run.stderr}`);
    assert.equal(run.stdout, stdout);
  }
  for (const args of [["add4", "--rwx"]]) {
    // the CLI imported after MDWE is on, on the runtime that runs this test
    const run = runChild(`await import(${JSON.stringify(MAIN)});`, { args, mdwe: true });
    if (run.status === MDWE_UNSUPPORTED_EXIT) {
      skipTest(t, "kernel lacks PR_SET_MDWE (Linux < 6.3)");
      return;
    }
    assert.equal(run.status, 71, `${args.join(" ")}: ${run.stderr}`);
    assert.equal(run.stdout, "");
    // (Deno first reports, on lines of its own, that it cannot compile its fast-call stubs under MDWE)
    assert.match(run.stderr, new RegExp(`^jitkit ${args[0]}: (mprotect|mmap) failed: EACCES \\(errno 13\\): Permission denied \\[`, "m"));
  }
});
