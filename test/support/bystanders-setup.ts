import { afterEach } from "vitest";
import { checkWatchedBystanders } from "./bystander-snapshot";

// Issue 14: after every integration test, each demo world of the file still has its bystander
// scope (test/support/bystanders.ts) exactly as seeded: a write that reached past its account,
// hub, contract or project fails the test that made it, with the rows it changed.
afterEach(async () => {
  await checkWatchedBystanders();
});
