// Sample for test/test-accounting.test.ts (kept outside test/, where Node 20's node --test would run it): every test skips at run time, for a stated reason.
import { test } from "node:test";
import { skipTest } from "../../dist/test/support/skip.js";

test("skips", (t) => { skipTest(t, "sample reason"); });
