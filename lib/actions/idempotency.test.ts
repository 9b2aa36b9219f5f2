import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { idempotencyKeys } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { claimIdempotencyKey, pruneIdempotencyKeys, recordIdempotentResult, type IdempotencyClaim } from "./idempotency";
import { DomainError } from "./result";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("idempotency");
});
afterAll(async () => {
  await t?.drop();
});

const answer = z.object({ added: z.number() });
const claim = (over: Partial<IdempotencyClaim> = {}): IdempotencyClaim => ({ scope: "test:scope", key: "key-0123456789abcdef", actorId: "ada", request: { rows: [1, 2] }, ...over });

/** One request under a key, as a use case runs it: claim, then change and record, in one transaction. */
const once = (c: IdempotencyClaim, result = { added: 2 }) =>
  t.db.transaction(async (tx) => {
    const first = await claimIdempotencyKey(tx, c, answer);
    if (first) return { replayed: true, ...first.replay };
    await recordIdempotentResult(tx, c, result);
    return { replayed: false, ...result };
  });

describe("idempotency keys", () => {
  it("AP-5 the same key with the same request applies once and answers the first result again, also when both arrive at the same moment", async () => {
    const c = claim({ key: "parallel-0123456789" });
    const both = await Promise.all([once(c), once(c, { added: 99 })]);
    expect(both.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(both.every((r) => r.added === 2) || both.every((r) => r.added === 99)).toBe(true);
    expect(await once(c, { added: 7 })).toEqual({ replayed: true, added: both.find((r) => !r.replayed)!.added });
  });

  it("AP-5 the same key with another request, or from another actor, is refused and answers nothing of the first", async () => {
    const c = claim({ key: "refused-0123456789" });
    await once(c);
    await expect(once({ ...c, request: { rows: [3] } })).rejects.toBeInstanceOf(DomainError);
    await expect(once({ ...c, actorId: "mallory" })).rejects.toMatchObject({ code: "conflict", rule: "AP-5" });
  });

  it("AP-5 a request that rolls back leaves its key free for the retry", async () => {
    const c = claim({ key: "rollback-0123456789" });
    await expect(
      t.db.transaction(async (tx) => {
        expect(await claimIdempotencyKey(tx, c, answer)).toBeNull();
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await once(c)).toEqual({ replayed: false, added: 2 });
  });

  it("reliability: keys older than a day are pruned, newer ones kept", async () => {
    await t.db.insert(idempotencyKeys).values({ scope: "test:old", key: "old-0123456789abcdef", actorId: "ada", requestHash: "x", createdAt: new Date(Date.now() - 25 * 3_600_000) });
    await once(claim({ key: "young-0123456789" }));
    expect(await pruneIdempotencyKeys(t.db)).toBe(1);
    expect(await once(claim({ key: "young-0123456789" }))).toMatchObject({ replayed: true });
  });
});
