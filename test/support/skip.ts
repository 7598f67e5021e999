// skip.ts - skipping a test at run time so that every host counts it as skipped. node:test and
// bun count t.skip() as a skip; Deno's node:test reports such a test as passed, so under Deno this
// also prints a marker line that scripts/test-hosts.sh counts, moving the test from passed to
// skipped. Tests call skipTest(t, reason) instead of t.skip(reason) (test/test-accounting.test.ts
// checks that they do).

/** The marker line scripts/test-hosts.sh counts on Deno; keep the two in step. */
export const SKIP_MARKER = "jitkit-test-skipped:";

/** Marks the running test skipped, with the reason, on every host; the caller then returns. */
export function skipTest(t: { skip(message?: string): void }, reason: string): void {
  t.skip(reason);
  if ((globalThis as { Deno?: unknown }).Deno !== undefined) console.log(`${SKIP_MARKER} ${reason.replace(/\n/g, " ")}`);
}
