// Sample for test/test-accounting.test.ts (kept outside test/, where Node 20's node --test would run it): registers no test at all (counts as a failure).
export {};
