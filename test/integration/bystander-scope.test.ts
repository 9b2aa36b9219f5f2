import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { classicAssignments, classicUsers, hubMembers, namedAssignments, namedUsers, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { removeNamedUser } from "@/lib/accounts/named-users/remove-named-user";
import { unassignProduct } from "@/lib/accounts/named-users/unassign-product";
import { unassignClassicProductFromUsers } from "@/lib/contracts/unassign-classic-product";
import { removeClassicUsers } from "@/lib/contracts/remove-classic-users";
import { listSentInvitations } from "@/lib/hubs/invitations/list-sent-invitations";
import { joinHub } from "@/lib/hubs/join-hub";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { bystandersOf } from "@/test/support/bystander-snapshot";
import type { BystanderIds } from "@/test/support/bystanders";
import { personIdByEmail } from "@/test/support/admins";

// Issue 14: writes and reads on one account, contract or hub, done to people who are in the
// bystander scope too (test/support/bystanders.ts). The setup file's check after each test says
// whether anything of the bystanders changed; these assert the local effect and what stayed.
let w: DemoTestWorld;
let b: BystanderIds;
const olivia = "olivia.brennan@northwind.example";

beforeAll(async () => {
  w = await createDemoWorldDb("byscope");
  b = bystandersOf(w.db);
});
afterAll(async () => {
  await w?.drop();
});

const classicHolds = async (contractId: string, personId: string) =>
  (await w.db.select({ productId: classicAssignments.productId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.personId, personId)))).length;

describe("writes stay in their contract or account", () => {
  it("CL-3 HY-2 unassigning a classic product on one contract leaves the same person's product on another contract", async () => {
    const { noSc } = await hybridClassicContracts(w);
    const omar = w.pid("classicUser");
    const max = await w.productId("3DSMAX");
    const r = await execute(w.db, w.actor("contractManager"), unassignClassicProductFromUsers, { accountId: w.world.accountIds.hybrid, contractId: noSc, productId: max, personIds: [omar] });
    expect(r).toMatchObject({ ok: true, data: { unassigned: 1 } });
    const [left] = await w.db.select({ p: classicAssignments.personId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, b.classicContractId), eq(classicAssignments.personId, omar), eq(classicAssignments.productId, max)));
    expect(left?.p).toBe(omar);
  });

  it("CL-3 HY-2 removing a classic user from one contract leaves them a classic user of another account's contract", async () => {
    const { withSc } = await hybridClassicContracts(w);
    const oliviaId = (await personIdByEmail(w.db, olivia))!;
    expect(await execute(w.db, w.actor("contractManager"), removeClassicUsers, { accountId: w.world.accountIds.hybrid, contractId: withSc, personIds: [oliviaId] })).toMatchObject({ ok: true });
    expect(await classicHolds(withSc, oliviaId)).toBe(0);
    const still = await w.db.select({ p: classicUsers.personId }).from(classicUsers).where(and(eq(classicUsers.contractId, b.classicContractId), eq(classicUsers.personId, oliviaId)));
    expect(still).toHaveLength(1);
    expect(await classicHolds(b.classicContractId, oliviaId)).toBe(2);
  });

  it("UM-5 UM-9 unassigning a named product in one account leaves the person's assignment in another", async () => {
    const oliviaId = (await personIdByEmail(w.db, olivia))!;
    const acd = await w.productId("ACD");
    const r = await execute(w.db, w.actor("primaryAdmin"), unassignProduct, { accountId: w.world.accountIds.hybrid, personId: oliviaId, productId: acd });
    expect(r.ok).toBe(true);
    const kept = await w.db.select({ p: namedAssignments.personId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, b.accountId), eq(namedAssignments.personId, oliviaId), eq(namedAssignments.productId, acd)));
    expect(kept).toHaveLength(1);
  });

  it("UM-10 UM-7 removing a named user removes them from this account only", async () => {
    const kenji = (await personIdByEmail(w.db, "kenji.watanabe@northwind.example"))!;
    expect(await execute(w.db, w.actor("primaryAdmin"), removeNamedUser, { accountId: w.world.accountIds.hybrid, personId: kenji })).toMatchObject({ ok: true });
    const rows = await w.db.select({ accountId: namedUsers.accountId }).from(namedUsers).where(eq(namedUsers.personId, kenji));
    expect(rows.map((r) => r.accountId)).toEqual([b.accountId]);
  });
});

describe("reads stay in their hub", () => {
  it("HB-7 the sent-invitations list holds this hub's invitations only, though the same people are invited elsewhere", async () => {
    const { rows } = await listSentInvitations(w.db, w.world.hubId, { q: "" }, 500);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => b.invitationIds.includes(r.invitationId))).toEqual([]);
    expect(rows.filter((r) => r.email === "kofi.mensah@partner.example")).toHaveLength(1);
    const theirs = await listSentInvitations(w.db, b.hubId, { q: "kofi" }, 500);
    expect(theirs.rows.map((r) => r.invitationId).every((id) => b.invitationIds.includes(id))).toBe(true);
  });

  it("HB-3 joining by domain needs one of THIS hub's join domains, not another hub's", async () => {
    const [p] = await w.db.insert(people).values({ email: "new.joiner@quietwater.example", firstName: "New", lastName: "Joiner", name: "New Joiner" }).returning({ id: people.id });
    const actor = { personId: p!.id, email: "new.joiner@quietwater.example", name: "New Joiner" };
    // quietwater.example is a join domain of the bystander hub only: the demo hub is not theirs to find (HB-3, UM-7).
    expect(await execute(w.db, actor, joinHub, { hubId: w.world.hubId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await w.db.select().from(hubMembers).where(eq(hubMembers.personId, p!.id))).toEqual([]);
  });
});
