import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { auditEvents, namedUsers, outboxEmails, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { loadAccountFacts, loadAccountPersonFacts } from "@/lib/permissions/facts";
import { loadTargetPersonFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { explainAccess } from "./access-explained";
import { addNamedUser } from "./add-named-user";
import { editNamedUser } from "./edit-named-user";
import { importNamedUsers } from "./import-named-users";
import { loadAccessFacts } from "@/lib/permissions/facts";

// UM-5 Decision: a person is shared by every account they belong to, so an account admin may
// edit a person's name only while that person has never signed in and belongs to no other
// account; adding someone who exists elsewhere changes nothing of theirs outside this account.
let w: DemoTestWorld;
let northwind: string;
let contoso: string;
let n = 0;
const fresh = (tag: string) => `${tag}.${Date.now().toString(36)}.${n++}@name-rule.test`;
const nameOf = async (personId: string) => (await w.db.select({ firstName: people.firstName, lastName: people.lastName, name: people.name }).from(people).where(eq(people.id, personId)))[0];

async function addToNorthwind(email: string, firstName = "Grace", lastName = "Hopper"): Promise<string> {
  const r = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: northwind, email, firstName, lastName });
  if (!r.ok) throw new Error(r.message);
  return r.data.personId;
}

beforeAll(async () => {
  w = await createDemoWorldDb("name_rule");
  northwind = w.world.accountIds.hybrid;
  contoso = w.world.accountIds.namedOnly;
});
afterAll(async () => {
  await w?.drop();
});

describe("UM-5 Decision: whose is a person's name", () => {
  it("UM-5 an admin edits the name of a named user who never signed in and belongs to no other account", async () => {
    const personId = await addToNorthwind(fresh("new"));
    const edited = await execute(w.db, w.actor("secondaryAdmin"), editNamedUser, { accountId: northwind, personId, firstName: "Augusta", lastName: "King" });
    expect(edited.ok).toBe(true);
    expect(await nameOf(personId)).toMatchObject({ firstName: "Augusta", lastName: "King", name: "Augusta King" });
  });

  it("UM-5 a named user who has signed in keeps their name: the edit is refused with the rule and nothing changes", async () => {
    // Tom has signed in (the demo world verified his address); a new person once they sign in.
    const tom = w.pid("namedUser");
    const before = await nameOf(tom);
    const refused = await execute(w.db, w.actor("primaryAdmin"), editNamedUser, { accountId: northwind, personId: tom, firstName: "Evil", lastName: "Renamed" });
    expect(refused).toMatchObject({ ok: false, code: "denied", rule: "UM-5" });
    if (!refused.ok) expect(refused.message).toContain("has signed in");
    expect(await nameOf(tom)).toEqual(before);

    const personId = await addToNorthwind(fresh("signed-in"));
    await w.db.update(people).set({ lastSignInAt: new Date() }).where(eq(people.id, personId));
    expect(await execute(w.db, w.actor("primaryAdmin"), editNamedUser, { accountId: northwind, personId, firstName: "X", lastName: "Y" })).toMatchObject({ ok: false, code: "denied", rule: "UM-5" });
    expect(await nameOf(personId)).toMatchObject({ firstName: "Grace", lastName: "Hopper" });
    const events = await w.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.action, "named_user.edited"), eq(auditEvents.targetId, personId)));
    expect(events).toEqual([]);
  });

  it("UM-5 another account's admin adds an existing person: allowed, their name stays, and neither account may rename them", async () => {
    const email = fresh("shared");
    const personId = await addToNorthwind(email, "Grace", "Hopper");
    // Contoso's admin adds the same address with another name.
    const added = await execute(w.db, w.actor("otherAccountAdmin"), addNamedUser, { accountId: contoso, email, firstName: "Evil", lastName: "Renamed" });
    expect(added).toMatchObject({ ok: true, data: { personId, personCreated: false } });
    expect(await nameOf(personId)).toMatchObject({ firstName: "Grace", lastName: "Hopper", name: "Grace Hopper" });
    // The invitation greets them by their own name, and the log records it.
    const [mail] = await w.db.select({ text: outboxEmails.text }).from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.subject, `${w.actor("otherAccountAdmin").name} added you to Contoso Design`)));
    expect(mail?.text).toContain("Hello Grace,");
    expect(mail?.text).not.toContain("Evil");
    const [event] = await w.db.select({ after: auditEvents.after }).from(auditEvents).where(and(eq(auditEvents.action, "named_user.added"), eq(auditEvents.accountId, contoso), eq(auditEvents.targetId, personId)));
    expect(event?.after).toMatchObject({ firstName: "Grace", lastName: "Hopper", personCreated: false });

    // Now they belong to two accounts: the name is nobody's to edit, by service call as by page.
    for (const [as, accountId] of [["otherAccountAdmin", contoso], ["primaryAdmin", northwind]] as const) {
      const refused = await execute(w.db, w.actor(as), editNamedUser, { accountId, personId, firstName: "Evil", lastName: "Renamed" });
      expect(refused).toMatchObject({ ok: false, code: "denied", rule: "UM-5" });
      if (!refused.ok) expect(refused.message).toContain("another account");
    }
    expect(await nameOf(personId)).toMatchObject({ firstName: "Grace", lastName: "Hopper" });
  });

  it("UM-5 a CSV import naming an existing person adds them without touching their name", async () => {
    const email = fresh("imported");
    const personId = await addToNorthwind(email, "Ada", "Lovelace");
    const last = await importNamedUsers(w.db, w.actor("otherAccountAdmin"), contoso, `first name,last name,email\nEvil,Renamed,${email}\nNew,Person,${fresh("brand-new")}\n`);
    expect(last).toMatchObject({ type: "done", summary: { added: 2 } });
    expect(await nameOf(personId)).toMatchObject({ firstName: "Ada", lastName: "Lovelace", name: "Ada Lovelace" });
    const [row] = await w.db.select({ personId: namedUsers.personId }).from(namedUsers).where(and(eq(namedUsers.accountId, contoso), eq(namedUsers.personId, personId)));
    expect(row?.personId).toBe(personId);
    const [mail] = await w.db.select({ text: outboxEmails.text }).from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.kind, "named-user-invitation"), eq(outboxEmails.subject, `${w.actor("otherAccountAdmin").name} added you to Contoso Design`)));
    expect(mail?.text).toContain("Hello Ada,");
  });

  it("UM-5 making an existing person secondary admin elsewhere leaves their name as it is", async () => {
    const email = fresh("admin");
    const personId = await addToNorthwind(email, "Katherine", "Johnson");
    const added = await execute(w.db, w.actor("otherAccountAdmin"), addSecondaryAdmin, { accountId: contoso, email, firstName: "Evil", lastName: "Renamed" });
    expect(added.ok).toBe(true);
    expect(await nameOf(personId)).toMatchObject({ firstName: "Katherine", lastName: "Johnson", name: "Katherine Johnson" });
  });

  it("UM-5 every kind of membership elsewhere counts: a member of another account's hub, a classic user, a contract manager", async () => {
    // Zoe is a Project Contributor in Northwind's hub only; Omar a classic user of Northwind; Victor Fabrikam's contract manager.
    expect(await loadTargetPersonFacts(w.db, contoso, w.pid("projectContributor"))).toMatchObject({ inOtherAccount: true });
    expect(await loadTargetPersonFacts(w.db, northwind, w.pid("projectContributor"))).toMatchObject({ inOtherAccount: false });
    expect(await loadTargetPersonFacts(w.db, contoso, w.pid("classicUser"))).toMatchObject({ inOtherAccount: true });
    expect(await loadTargetPersonFacts(w.db, contoso, w.pid("classicOnlyManager"))).toMatchObject({ inOtherAccount: true });
    expect(await loadTargetPersonFacts(w.db, w.world.accountIds.classicOnly, w.pid("classicOnlyManager"))).toMatchObject({ inOtherAccount: false, hasSignedIn: true });
    const [never] = await w.db.select({ id: people.id }).from(people).where(and(isNull(people.emailVerified), isNull(people.lastSignInAt))).limit(1);
    expect(await loadTargetPersonFacts(w.db, northwind, never!.id)).toMatchObject({ hasSignedIn: false });
  });

  it("UM-5 Access explained says whose the name is, with the rule", async () => {
    const tom = w.pid("namedUser");
    const facts = await loadAccountPersonFacts(w.db, w.pid("primaryAdmin"), northwind, tom);
    const viewer = (await loadAccountFacts(w.db, w.pid("primaryAdmin"), northwind))!;
    const access = await loadAccessFacts(w.db, tom, northwind, viewer);
    const sections = explainAccess({ ...access!, aboutThem: facts! });
    expect(sections[0]).toMatchObject({ title: "Their name", lines: [{ allowed: false, rule: "UM-5", label: "Their name is their own: read-only here" }] });
    const personId = await addToNorthwind(fresh("explained"));
    const own = await loadAccountPersonFacts(w.db, w.pid("primaryAdmin"), northwind, personId);
    const theirs = explainAccess({ ...(await loadAccessFacts(w.db, personId, northwind, viewer))!, aboutThem: own! });
    expect(theirs[0]?.lines[0]).toMatchObject({ allowed: true, rule: "UM-5" });
  });
});
