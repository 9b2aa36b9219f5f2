import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { execute } from "@/lib/actions/define-action";
import { projectItems, shareLinks } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import { setHubSharing } from "../set-hub-sharing";
import { createShareLink } from "./create-share-link";
import { openShareLink } from "./open-share-link";

// HB-3 under concurrency needs real PostgreSQL (PGlite runs transactions one at a time).
let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("shareswitch");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

describe("HB-3 the sharing switch under concurrency", () => {
  it("HB-3 a share link created while a hub administrator turns sharing off is refused or disabled: once sharing is back on, no link made in the race works", async () => {
    const items = (await w.db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, ids.spareParts))).map((i) => i.id);
    for (let round = 0; round < 8; round++) {
      const [created, off] = await Promise.all([
        execute(w.db, w.actor("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId: items[0]! }),
        execute(w.db, w.actor("hubAdmin"), setHubSharing, { hubId, enabled: false }),
      ]);
      expect(off.ok).toBe(true);
      if (!created.ok) expect(created).toMatchObject({ code: "denied", rule: "HB-3" });
      expect(await execute(w.db, w.actor("hubAdmin"), setHubSharing, { hubId, enabled: true })).toMatchObject({ ok: true });
      const live = await w.db.select({ id: shareLinks.id }).from(shareLinks).where(and(inArray(shareLinks.itemId, items), isNull(shareLinks.revokedAt)));
      expect(live).toEqual([]);
      if (created.ok) expect(await openShareLink(w.db, created.data.url.split("/share/")[1]!)).toEqual({ state: "no_longer_shared" });
    }
  });
});
