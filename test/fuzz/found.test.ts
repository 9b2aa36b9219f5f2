import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import postgres from "postgres";
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditEvents, hubDepartures, hubMembers, invitations, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { acceptInvitation } from "@/lib/hubs/invitations/accept-invitation";
import { invitePeople } from "@/lib/hubs/invitations/invite-people";
import { inviteToProject } from "@/lib/hubs/invitations/invite-to-project";
import { joinHub } from "@/lib/hubs/join-hub";
import { leaveHub } from "@/lib/hubs/leave-hub";
import { removeHubMember } from "@/lib/hubs/remove-hub-member";
import { changeHubRole } from "@/lib/hubs/change-hub-role";
import { addProjectMember } from "@/lib/hubs/projects/add-project-member";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { buildWorld, type World } from "./world";

/*
 * What the concurrency fuzz found, replayed as focused tests on the fuzz's world (the seeds
 * are in docs/fuzz.md). The interleaving is forced, not hoped for: a trigger makes an insert
 * of the chosen person's row (hub_members, project_members) wait on an advisory lock the
 * test holds, so one transaction has read its facts and waits just before writing while the
 * other runs. Each failed before its fix (lib/hubs/join-hub.ts and accept-invitation.ts record
 * a join only when they made the membership; lib/hubs/hold-hub-membership.ts orders additions
 * and removals).
 */

const PAUSE = 4242;
let t: TestDb;
let world: World;
let holder: postgres.Sql;
let hubId: string;
let admin: Actor;
let otherAdmin: Actor;
let x: Actor;

const person = (email: string) => world.people.find((p) => p.email === email)!;

beforeAll(async () => {
  t = await createTestDb("fuzz_found");
  world = await buildWorld(t.db);
  hubId = world.hubs.find((h) => h.key === "H1")!.id;
  admin = person("a1@alpha.example");
  otherAdmin = person("a2@alpha.example");
  // a8@alpha.example: not in hub H1 at first; alpha.example is H1's join domain.
  x = person("a8@alpha.example");
  await t.db.execute(sql`create table fuzz_pause (person_id text primary key)`);
  await t.db.execute(sql.raw(`create function fuzz_pause() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from fuzz_pause where person_id = new.person_id) then perform pg_advisory_xact_lock(${PAUSE}); end if;
      return new;
    end $$`));
  for (const table of ["hub_members", "project_members"]) {
    await t.db.execute(sql.raw(`create trigger fuzz_pause before insert on ${table} for each row execute function fuzz_pause()`));
  }
  holder = postgres(t.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await holder?.end();
  await t?.drop();
});

beforeEach(async () => {
  await resume();
  await t.db.delete(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, x.personId)));
  // A removal is remembered (HB-8 Decision): each case starts with x never having been in the hub.
  await t.db.delete(hubDepartures).where(eq(hubDepartures.personId, x.personId));
  await t.db.delete(projectMembers).where(eq(projectMembers.personId, x.personId));
  await t.db.delete(auditEvents).where(inArray(auditEvents.action, ["hub.member_joined", "invitation.accepted"]));
  await t.db.update(invitations).set({ status: "cancelled" }).where(eq(invitations.email, x.email));
});

async function waitForPaused(n: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await holder<{ n: number }[]>`select count(*)::int as n from pg_locks where database = (select oid from pg_database where datname = current_database()) and locktype = 'advisory' and objid = ${PAUSE} and not granted`;
    if (row!.n >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${n} paused insert(s) expected`);
}

async function pause(who: Actor): Promise<void> {
  await holder`select pg_advisory_lock(${PAUSE})`;
  await t.db.execute(sql`insert into fuzz_pause values (${who.personId})`);
}

async function resume(): Promise<void> {
  await t.db.execute(sql`delete from fuzz_pause`);
  await holder`select pg_advisory_unlock_all()`;
}

/**
 * Runs `first` until it is about to insert a row for `who`, then `second` until it ends or
 * waits for a row `first` holds, then lets `first` finish (and `second` after it).
 */
async function interleave<A, B>(who: Actor, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  await pause(who);
  const a = first();
  let b: Promise<B> | null = null;
  try {
    await waitForPaused(1);
    let settled = false;
    b = second().finally(() => {
      settled = true;
    });
    for (let i = 0; i < 500 && !settled; i++) {
      const [row] = await holder<{ n: number }[]>`select count(*)::int as n from pg_locks l where not granted and locktype <> 'advisory' and pid in (select pid from pg_stat_activity where datname = current_database())`;
      if (row!.n > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await resume();
    return [await a, await b];
  } finally {
    await resume();
    await a.catch(() => undefined);
    await b?.catch(() => undefined);
  }
}

/** Runs both until each is about to insert a row for `who` (each has read its facts), then lets them go. */
async function together<A, B>(who: Actor, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  await pause(who);
  const both = Promise.all([first(), second()]);
  try {
    await waitForPaused(2);
    await resume();
    return await both;
  } finally {
    await resume();
    await both.catch(() => undefined);
  }
}

const ok = (r: ActionResult<unknown>) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
};

/** Audit events that say x joined H1: a join by domain, or an accepted invitation that made them a member (HB-5). */
async function joinEvents(): Promise<number> {
  const rows = await t.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.hubId, hubId),
        sql`((${auditEvents.action} = 'hub.member_joined' and ${auditEvents.targetId} = ${x.personId})
          or (${auditEvents.action} = 'invitation.accepted' and ${auditEvents.actorId} = ${x.personId} and ${auditEvents.sideEffects} @> '[{"rule": "HB-5"}]'::jsonb))`,
      ),
    );
  return rows.length;
}

async function isHubMember(): Promise<boolean> {
  const rows = await t.db.select({ p: hubMembers.personId }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, x.personId)));
  return rows.length > 0;
}

async function projectsOfX(): Promise<string[]> {
  return (await t.db.select({ p: projectMembers.projectId }).from(projectMembers).where(eq(projectMembers.personId, x.personId))).map((r) => r.p);
}

async function pendingInvitation(projectId: string | null): Promise<string> {
  const rows = await t.db
    .select({ id: invitations.id, projectId: invitations.projectId })
    .from(invitations)
    .where(and(eq(invitations.hubId, hubId), eq(invitations.email, x.email), eq(invitations.status, "pending")));
  return rows.find((r) => r.projectId === projectId)!.id;
}

describe("found by the concurrency fuzz: AU-1 join events (seed 11)", () => {
  // join-hub.ts inserts the membership ON CONFLICT DO NOTHING and writes its event whatever
  // the insert did. Both joins pass HB-4 on facts read before either commits; the second's
  // insert waits for the first, does nothing, and still answers "joined" with an event.
  it("AU-1 HB-4 two joins by domain at once (a double click) write one join event, not two", async () => {
    const [a, b] = await together(x, () => execute(t.db, x, joinHub, { hubId }), () => execute(t.db, x, joinHub, { hubId }));
    [a, b].forEach(ok);
    expect(await isHubMember()).toBe(true);
    expect(await joinEvents()).toBe(1);
  });

  // accept-invitation.ts: same shape, its "Joined the hub" side effect (HB-5) from facts read
  // before a concurrent join by domain committed.
  it("AU-1 HB-5 accepting a hub invitation while joining by domain at once records one join, not two", async () => {
    ok(await execute(t.db, admin, invitePeople, { hubId, emails: x.email }));
    const invitationId = await pendingInvitation(null);
    const [a, b] = await together(x, () => execute(t.db, x, joinHub, { hubId }), () => execute(t.db, x, acceptInvitation, { invitationId }));
    [a, b].forEach(ok);
    expect(await joinEvents()).toBe(1);
  });

  it("AU-1 a join, then a leave, one after the other, write one event each (the ledger the fuzz keeps)", async () => {
    ok(await execute(t.db, x, joinHub, { hubId }));
    ok(await execute(t.db, x, leaveHub, { hubId }));
    expect(await joinEvents()).toBe(1);
    expect(await isHubMember()).toBe(false);
  });
});

describe("found by the concurrency fuzz: HB-5 project members outside their hub (seed 12)", () => {
  const p1 = () => world.projects.find((p) => p.key === "P1")!.id;

  // add-project-member.ts checks that the person is a member of the hub with a plain read;
  // remove-hub-member.ts (leave-effects.ts detachFromHub) deletes their project memberships,
  // then their hub membership, locking neither row first. Added between the two, the person
  // stays a member of the project with no place in its hub.
  it("HB-5 HB-3 adding a member to a project while a hub administrator removes them from the hub leaves no project member outside the hub", async () => {
    ok(await execute(t.db, x, joinHub, { hubId }));
    const [added, removed] = await interleave(
      x,
      () => execute(t.db, admin, addProjectMember, { projectId: p1(), personId: x.personId, role: "viewer" }),
      () => execute(t.db, otherAdmin, removeHubMember, { hubId, personId: x.personId }),
    );
    [added, removed].forEach(ok);
    expect(await isHubMember()).toBe(false);
    expect(await projectsOfX()).toEqual([]);
  });

  // accept-invitation.ts: a member accepting a project invitation is added to the project
  // (they are in the hub, so no hub row is written) while their leaving deletes their project
  // memberships first, then waits on the invitation row (to cancel it) and commits after.
  it("HB-5 HB-8 accepting a project invitation while leaving the hub at once leaves no project member outside the hub", async () => {
    ok(await execute(t.db, x, joinHub, { hubId }));
    ok(await execute(t.db, admin, inviteToProject, { projectId: p1(), email: x.email, role: "viewer" }));
    const invitationId = await pendingInvitation(p1());
    const [accepted, left] = await interleave(
      x,
      () => execute(t.db, x, acceptInvitation, { invitationId }),
      () => execute(t.db, x, leaveHub, { hubId }),
    );
    [accepted, left].forEach(ok);
    expect(await isHubMember()).toBe(false);
    expect(await projectsOfX()).toEqual([]);
  });

  it("HB-3 removed from the hub one after the other, a project member leaves its projects too", async () => {
    ok(await execute(t.db, x, joinHub, { hubId }));
    ok(await execute(t.db, admin, addProjectMember, { projectId: p1(), personId: x.personId, role: "viewer" }));
    ok(await execute(t.db, otherAdmin, removeHubMember, { hubId, personId: x.personId }));
    expect(await projectsOfX()).toEqual([]);
  });
});

describe("found by the concurrency fuzz: LP-2 / LP-3 a demotion racing an addition (seed 20261206)", () => {
  const project = (key: string) => world.projects.find((p) => p.key === key)!;
  const hubOf = (key: string) => world.hubs.find((h) => h.key === key)!.id;

  /** The person's hub role and their role in the project, after both requests. */
  async function standing(hub: string, projectId: string, who: Actor) {
    const [m] = await t.db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, hub), eq(hubMembers.personId, who.personId)));
    const [p] = await t.db.select({ role: projectMembers.role }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, who.personId)));
    return { hubRole: m?.role ?? null, projectRole: p?.role ?? null };
  }

  async function restore(hub: string, projectId: string, who: Actor) {
    await t.db.delete(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, who.personId)));
    await t.db.update(hubMembers).set({ role: "hub_member" }).where(and(eq(hubMembers.hubId, hub), eq(hubMembers.personId, who.personId)));
  }

  // change-hub-role.ts listed the person's Open projects before the adder committed, and
  // add-project-member.ts read their hub role without holding it: the added Hub Member became
  // a Project Contributor inside an Open project.
  it("LP-2 HB-10 adding a Hub Member to an Open project while a hub administrator demotes them to Project Contributor leaves no Project Contributor in it", async () => {
    const hub = hubOf("H2");
    const open = project("P3").id;
    const member = person("a2@alpha.example"); // a Hub Member of H2, not in P3
    try {
      const [added, demoted] = await interleave(
        member,
        () => execute(t.db, person("b1@beta.example"), addProjectMember, { projectId: open, personId: member.personId, role: "viewer" }),
        () => execute(t.db, person("b2@beta.example"), changeHubRole, { hubId: hub, personId: member.personId, role: "project_contributor" }),
      );
      [added, demoted].forEach(ok);
      expect(await standing(hub, open, member)).toEqual({ hubRole: "project_contributor", projectRole: null });
    } finally {
      await resume();
      await restore(hub, open, member);
    }
  });

  // The same for LP-3: made administrator of a legacy project while being demoted.
  it("LP-3 HB-10 adding a Hub Member as a legacy project's administrator while a hub administrator demotes them leaves no Project Contributor administering it", async () => {
    const closed = project("P2").id;
    const member = person("a3@alpha.example"); // a Hub Member of H1, not in P2
    try {
      const [added, demoted] = await interleave(
        member,
        () => execute(t.db, admin, addProjectMember, { projectId: closed, personId: member.personId, role: "project_admin" }),
        () => execute(t.db, otherAdmin, changeHubRole, { hubId, personId: member.personId, role: "project_contributor" }),
      );
      [added, demoted].forEach(ok);
      expect(await standing(hubId, closed, member)).toEqual({ hubRole: "project_contributor", projectRole: "editor" });
    } finally {
      await resume();
      await restore(hubId, closed, member);
    }
  });
});
