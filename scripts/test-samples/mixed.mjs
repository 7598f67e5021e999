// Sample for test/test-accounting.test.ts (kept outside test/, where Node 20's node --test would run it): one test passes, one skips at run time, one skips by option.
import { test } from "node:test";
import { skipTest } from "../../dist/test/support/skip.js";

test("passes", () => {});
test("skips at run time", (t) => { skipTest(t, "sample reason"); });
test("skips by option", { skip: "sample reason" }, () => {});
