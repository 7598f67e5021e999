// jitkit's public entry point: everything a program imports from "jitkit" is re-exported here.
// Phase 1 (make machine code): the x86-64 assembler. Phase 2 (run it): executable memory and calls.
