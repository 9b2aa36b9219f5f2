import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { rng, workerSeed, type Rng } from "./rng";
import type { World } from "./world";

/*
 * Operations are generated from the seed alone, before anything runs, and name their actor
 * and targets symbolically ("the 3rd of the hub's active administrators"): the seed fixes
 * every worker's list of operations, and each operation is resolved against the database
 * just before it runs, as a person would pick from the page they see. So a replay runs the
 * same operations in the same order per worker; only PostgreSQL's interleaving differs.
 */

export const OP_KINDS = [
  "changePrimaryAdmin",
  "addSecondaryAdmin",
  "removeSecondaryAdmin",
  "assignNamed",
  "unassignNamed",
  "assignNamedBulk",
  "assignClassic",
  "unassignClassic",
  "changeContractManager",
  "assignCoordinator",
  "removeCoordinator",
  "renew",
  "changeHubRole",
  "setMemberActivation",
  "removeHubMember",
  "leaveHub",
  "joinHub",
  "invitePeople",
  "inviteToProject",
  "acceptInvitation",
  "declineInvitation",
  "resendInvitation",
  "cancelInvitation",
  "approveInvitation",
  "rejectInvitation",
  "addProjectMember",
  "removeProjectMember",
] as const;
export type OpKind = (typeof OP_KINDS)[number];

/** How often each kind is drawn: the contested ones (seats, admins, hub administrators, the cap) most. */
const WEIGHTS: Record<OpKind, number> = {
  changePrimaryAdmin: 5,
  addSecondaryAdmin: 4,
  removeSecondaryAdmin: 4,
  assignNamed: 6,
  unassignNamed: 4,
  assignNamedBulk: 2,
  assignClassic: 5,
  unassignClassic: 3,
  changeContractManager: 3,
  assignCoordinator: 3,
  removeCoordinator: 2,
  renew: 3,
  changeHubRole: 6,
  setMemberActivation: 5,
  removeHubMember: 3,
  leaveHub: 3,
  joinHub: 4,
  invitePeople: 5,
  inviteToProject: 3,
  acceptInvitation: 5,
  declineInvitation: 2,
  resendInvitation: 3,
  cancelInvitation: 3,
  approveInvitation: 2,
  rejectInvitation: 1,
  addProjectMember: 6,
  removeProjectMember: 3,
};

/** Where a person is taken from when the operation runs. */
type Pool =
  | "anyone"
  | "admins"
  | "primary"
  | "secondaries"
  | "namedUsers"
  | "holders"
  | "nonHolders"
  | "cm"
  | "sc"
  | "classicUsers"
  | "classicHolders"
  | "classicNonHolders"
  | "hubAdmins"
  | "hubMembers"
  | "deactivated"
  | "domainPeople"
  | "projectMembers"
  | "projectCandidates";
export type Choice = { pool: Pool; n: number };

export type Op = {
  kind: OpKind;
  worker: number;
  index: number;
  /** Index into the world's accounts, contracts, hubs or projects (by kind). */
  place: number;
  actor: Choice;
  targets: Choice[];
  /** Free draws: product, role, flag, invitation, email. */
  n: number[];
};

// ---------------------------------------------------------------------------------------
// Generation

function choice(r: Rng, options: readonly (readonly [Pool, number])[]): Choice {
  const weights = Object.fromEntries(options.map(([pool, w]) => [pool, w])) as Record<Pool, number>;
  return { pool: r.weighted(weights), n: r.int(2 ** 30) };
}

const ACCOUNT_ACTOR = [["admins", 82], ["anyone", 18]] as const;
const CONTRACT_ACTOR = [["cm", 65], ["sc", 12], ["primary", 8], ["anyone", 15]] as const;
const HUB_ACTOR = [["hubAdmins", 75], ["hubMembers", 12], ["anyone", 13]] as const;

function generateOne(r: Rng, world: World, kind: OpKind, worker: number, index: number): Op {
  const draws = () => Array.from({ length: 4 }, () => r.int(2 ** 30));
  const op = (place: number, actor: Choice, targets: Choice[] = []): Op => ({ kind, worker, index, place, actor, targets, n: draws() });
  const account = () => (r.chance(0.92) ? r.int(3) : 3); // mostly the three with User Management
  const contract = () => r.int(world.contracts.length);
  // Classic User Management's operations mostly on classic contracts (a named one answers HY-2).
  const classic = world.contracts.flatMap((c, i) => (c.management === "classic" ? [i] : []));
  const classicContract = () => (r.chance(0.88) ? r.pick(classic) : contract());
  const hub = () => r.int(world.hubs.length);
  // Approvals happen in the hubs whose members' invitations wait for one (HB-3).
  const approving = world.hubs.flatMap((h, i) => (h.mode === "approval_required" ? [i] : []));
  const approvalHub = () => (approving.length > 0 && r.chance(0.85) ? r.pick(approving) : hub());
  // Projects P1..P3 sit at the cap; P4 is small.
  const project = () => (r.chance(0.85) ? r.int(3) : 3);
  switch (kind) {
    case "changePrimaryAdmin":
      return op(account(), choice(r, ACCOUNT_ACTOR), [choice(r, [["secondaries", 75], ["namedUsers", 15], ["anyone", 10]])]);
    case "addSecondaryAdmin":
      return op(account(), choice(r, ACCOUNT_ACTOR));
    case "removeSecondaryAdmin":
      return op(account(), choice(r, ACCOUNT_ACTOR), [choice(r, [["secondaries", 70], ["admins", 20], ["anyone", 10]])]);
    case "assignNamed":
      return op(account(), choice(r, ACCOUNT_ACTOR), [choice(r, [["nonHolders", 75], ["namedUsers", 15], ["anyone", 10]])]);
    case "unassignNamed":
      return op(account(), choice(r, ACCOUNT_ACTOR), [choice(r, [["holders", 85], ["namedUsers", 15]])]);
    case "assignNamedBulk":
      return op(account(), choice(r, ACCOUNT_ACTOR), [choice(r, [["nonHolders", 90], ["anyone", 10]]), choice(r, [["nonHolders", 90], ["namedUsers", 10]])]);
    case "assignClassic":
      return op(classicContract(), choice(r, CONTRACT_ACTOR), r.chance(0.8) ? [choice(r, [["classicNonHolders", 85], ["classicUsers", 15]])] : [choice(r, [["classicNonHolders", 1]]), choice(r, [["classicNonHolders", 1]])]);
    case "unassignClassic":
      return op(classicContract(), choice(r, CONTRACT_ACTOR), [choice(r, [["classicHolders", 85], ["classicUsers", 15]])]);
    case "changeContractManager":
      return op(contract(), choice(r, [["cm", 65], ["admins", 15], ["anyone", 20]]));
    case "assignCoordinator":
    case "removeCoordinator":
      return op(classicContract(), choice(r, CONTRACT_ACTOR));
    case "renew":
      return op(contract(), choice(r, CONTRACT_ACTOR));
    case "changeHubRole":
      return op(hub(), choice(r, HUB_ACTOR), [choice(r, [["hubAdmins", 40], ["hubMembers", 50], ["anyone", 10]])]);
    case "setMemberActivation":
      return op(hub(), choice(r, HUB_ACTOR), [choice(r, [["hubAdmins", 35], ["hubMembers", 40], ["deactivated", 25]])]);
    case "removeHubMember":
      return op(hub(), choice(r, HUB_ACTOR), [choice(r, [["hubMembers", 75], ["hubAdmins", 20], ["anyone", 5]])]);
    case "leaveHub":
      return op(hub(), choice(r, [["hubMembers", 50], ["hubAdmins", 35], ["anyone", 15]]));
    case "joinHub":
      return op(hub(), choice(r, [["domainPeople", 80], ["anyone", 20]]));
    case "invitePeople":
      return op(hub(), choice(r, [["hubAdmins", 50], ["hubMembers", 40], ["anyone", 10]]));
    case "inviteToProject":
      return op(project(), choice(r, [["hubAdmins", 50], ["projectMembers", 35], ["anyone", 15]]));
    case "acceptInvitation":
    case "declineInvitation":
      // The actor is resolved from the invitation: its invitee, mostly.
      return op(hub(), { pool: "anyone", n: r.int(2 ** 30) });
    case "resendInvitation":
    case "cancelInvitation":
      return op(hub(), choice(r, [["hubAdmins", 85], ["hubMembers", 10], ["anyone", 5]]));
    case "approveInvitation":
    case "rejectInvitation":
      return op(approvalHub(), choice(r, [["hubAdmins", 85], ["hubMembers", 10], ["anyone", 5]]));
    case "addProjectMember":
      return op(project(), choice(r, [["hubAdmins", 60], ["projectMembers", 25], ["anyone", 15]]), [choice(r, [["projectCandidates", 85], ["anyone", 15]])]);
    case "removeProjectMember":
      return op(project(), choice(r, [["hubAdmins", 75], ["projectMembers", 15], ["anyone", 10]]), [choice(r, [["projectMembers", 90], ["anyone", 10]])]);
  }
}

/**
 * How often an even worker's operation is copied to the next worker at the same index: the
 * same operation by the same actor at the same moment (a double click, a retry).
 */
const TWINS = 0.08;

/** Every worker's operations, from the seed alone. */
export function generateOps(world: World, seed: number, workers: number, perWorker: number): Op[][] {
  const plan = Array.from({ length: workers }, (_, w) => {
    const r = rng(workerSeed(seed, w));
    return Array.from({ length: perWorker }, (_, i) => generateOne(r, world, r.weighted(WEIGHTS), w, i));
  });
  const r = rng(workerSeed(seed, workers));
  for (let i = 0; i < perWorker; i++) {
    for (let w = 0; w + 1 < workers; w += 2) {
      if (r.chance(TWINS)) plan[w + 1]![i] = { ...plan[w]![i]!, worker: w + 1 };
    }
  }
  return plan;
}

// ---------------------------------------------------------------------------------------
// Resolution: what the actor sees just before acting

export type HubRoleName = "hub_admin" | "hub_member" | "project_contributor";
export type ProjectRoleName = "project_admin" | "editor" | "viewer";

/** An operation with real ids, ready for the adapter. */
export type Call =
  | { kind: "changePrimaryAdmin"; accountId: string; personId: string; seenPrimaryId: string | null }
  | { kind: "addSecondaryAdmin"; accountId: string; email: string }
  | { kind: "removeSecondaryAdmin"; accountId: string; personId: string }
  | { kind: "assignNamed" | "unassignNamed"; accountId: string; personId: string; productId: string }
  | { kind: "assignNamedBulk"; accountId: string; productId: string; personIds: string[] }
  | { kind: "assignClassic" | "unassignClassic"; accountId: string; contractId: string; productId: string; personIds: string[] }
  | { kind: "changeContractManager" | "assignCoordinator"; accountId: string; contractId: string; email: string }
  | { kind: "removeCoordinator"; accountId: string; contractId: string }
  | { kind: "renew"; accountId: string; contractId: string; seenRenewalDate: string }
  | { kind: "changeHubRole"; hubId: string; personId: string; role: HubRoleName }
  | { kind: "setMemberActivation"; hubId: string; personId: string; active: boolean }
  | { kind: "removeHubMember"; hubId: string; personId: string }
  | { kind: "leaveHub" | "joinHub"; hubId: string }
  | { kind: "invitePeople"; hubId: string; emails: string[] }
  | { kind: "inviteToProject"; projectId: string; email: string; role: ProjectRoleName }
  | { kind: "acceptInvitation" | "declineInvitation" | "cancelInvitation" | "rejectInvitation"; invitationId: string }
  | { kind: "approveInvitation"; invitationId: string; project: boolean }
  | { kind: "resendInvitation"; invitationId: string; project: boolean; seenStatus: string; seenExpiresAt: string }
  | { kind: "addProjectMember"; projectId: string; personId: string; role: ProjectRoleName }
  | { kind: "removeProjectMember"; projectId: string; personId: string };

export type Resolved = { actor: Actor; call: Call };

type Ctx = { accountId?: string; contractId?: string; productId?: string; hubId?: string; projectId?: string };

/** The bulk-filled project members never act and are never picked. */
const CAST = sql`p.email not like '%@fill.example'`;

function poolSql(pool: Pool, c: Ctx): SQL | null {
  const { accountId: a, contractId: k, productId: pr, hubId: h, projectId: pj } = c;
  switch (pool) {
    case "anyone":
      return null;
    case "admins":
      return a ? sql`select person_id as id from account_admins where account_id = ${a}` : null;
    case "primary":
      return a ? sql`select person_id as id from account_admins where account_id = ${a} and role = 'primary'` : null;
    case "secondaries":
      return a ? sql`select person_id as id from account_admins where account_id = ${a} and role = 'secondary'` : null;
    case "namedUsers":
      return a ? sql`select person_id as id from named_users where account_id = ${a}` : null;
    case "holders":
      return a && pr ? sql`select person_id as id from named_assignments where account_id = ${a} and product_id = ${pr}` : null;
    case "nonHolders":
      return a && pr
        ? sql`select person_id as id from named_users n where account_id = ${a} and not exists (select 1 from named_assignments x where x.account_id = n.account_id and x.person_id = n.person_id and x.product_id = ${pr})`
        : null;
    case "cm":
      return k ? sql`select contract_manager_id as id from contracts where id = ${k}` : null;
    case "sc":
      return k ? sql`select software_coordinator_id as id from contracts where id = ${k} and software_coordinator_id is not null` : null;
    case "classicUsers":
      return k ? sql`select person_id as id from classic_users where contract_id = ${k}` : null;
    case "classicHolders":
      return k && pr ? sql`select person_id as id from classic_assignments where contract_id = ${k} and product_id = ${pr}` : null;
    case "classicNonHolders":
      return k && pr
        ? sql`select person_id as id from classic_users u where contract_id = ${k} and not exists (select 1 from classic_assignments x where x.contract_id = u.contract_id and x.person_id = u.person_id and x.product_id = ${pr})`
        : null;
    case "hubAdmins":
      return h ? sql`select person_id as id from hub_members where hub_id = ${h} and role = 'hub_admin' and active` : null;
    case "hubMembers":
      return h ? sql`select m.person_id as id from hub_members m join people p on p.id = m.person_id where m.hub_id = ${h} and ${CAST}` : null;
    case "deactivated":
      return h ? sql`select person_id as id from hub_members where hub_id = ${h} and not active` : null;
    case "domainPeople":
      return h ? sql`select p.id from people p where lower(split_part(p.email, '@', 2)) in (select domain from hub_join_domains where hub_id = ${h})` : null;
    case "projectMembers":
      return pj ? sql`select m.person_id as id from project_members m join people p on p.id = m.person_id where m.project_id = ${pj} and ${CAST}` : null;
    case "projectCandidates":
      return pj && h
        ? sql`select m.person_id as id from hub_members m join people p on p.id = m.person_id where m.hub_id = ${h} and ${CAST} and not exists (select 1 from project_members x where x.project_id = ${pj} and x.person_id = m.person_id)`
        : null;
  }
}

async function ids(db: Db, q: SQL): Promise<string[]> {
  const rows = (await db.execute(sql`select id from (${q}) q where id is not null order by id`)) as unknown as { id: string }[];
  return rows.map((r) => r.id);
}

/** The person a choice names now, or one of the cast ("anyone", or a pool that is empty now). */
async function person(db: Db, world: World, c: Choice, ctx: Ctx): Promise<string> {
  const q = poolSql(c.pool, ctx);
  const list = q ? await ids(db, q) : [];
  if (list.length > 0) return list[c.n % list.length]!;
  return world.people[c.n % world.people.length]!.personId;
}

const actors = new WeakMap<World, Map<string, Actor>>();

/** The actor for a person id: from the cast, or (people created by the fuzz) from the database. */
async function actorOf(db: Db, world: World, personId: string): Promise<Actor> {
  let cache = actors.get(world);
  if (!cache) actors.set(world, (cache = new Map(world.people.map((a) => [a.personId, a]))));
  const known = cache.get(personId);
  if (known) return known;
  const rows = (await db.execute(sql`select id, email, coalesce(nullif(name, ''), email) as name from people where id = ${personId}`)) as unknown as { id: string; email: string; name: string }[];
  const row = rows[0];
  if (!row) throw new Error(`person ${personId} vanished`);
  const actor = { personId: row.id, email: row.email, name: row.name };
  cache.set(personId, actor);
  return actor;
}

/** An address of the cast (sometimes one of a person who does not exist yet). */
const emailOf = (world: World, n: number, fresh = 0.15): string => {
  const fresher = world.emails.filter((e) => e.startsWith("new"));
  return (n % 1000) / 1000 < fresh ? fresher[n % fresher.length]! : world.emails[n % (world.emails.length - fresher.length)]!;
};

const one = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

type InvitationSeen = { id: string; email: string; status: string; expiresAt: string; project: boolean };

async function invitationsOf(db: Db, where: SQL): Promise<InvitationSeen[]> {
  return (await db.execute(
    sql`select id, email, status::text as status, to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "expiresAt", project_id is not null as project from invitations where ${where} order by created_at, id`,
  )) as unknown as InvitationSeen[];
}

/** Resolves an operation against the database as it is now; null when there is nothing to act on. */
export async function resolve(db: Db, world: World, op: Op): Promise<Resolved | null> {
  const [n0, n1, n2, n3] = op.n as [number, number, number, number];
  const as = async (personId: string, call: Call): Promise<Resolved> => ({ actor: await actorOf(db, world, personId), call });
  const who = (c: Choice, ctx: Ctx) => person(db, world, c, ctx);
  const target = (i: number) => op.targets[i]!;

  switch (op.kind) {
    case "changePrimaryAdmin":
    case "addSecondaryAdmin":
    case "removeSecondaryAdmin":
    case "assignNamed":
    case "unassignNamed":
    case "assignNamedBulk": {
      const acc = one(world.accounts, op.place);
      const productId = one(Object.values(world.products), n0);
      const ctx: Ctx = { accountId: acc.id, productId };
      const actor = await who(op.actor, ctx);
      if (op.kind === "changePrimaryAdmin") {
        const [seen] = await ids(db, poolSql("primary", ctx)!);
        return as(actor, { kind: op.kind, accountId: acc.id, personId: await who(target(0), ctx), seenPrimaryId: seen ?? null });
      }
      if (op.kind === "addSecondaryAdmin") {
        // Mostly the account's own people; sometimes an admin of another account (UM-4).
        const own = world.emails.filter((e) => e.endsWith(`@${acc.domain}`));
        return as(actor, { kind: op.kind, accountId: acc.id, email: n1 % 3 === 0 ? emailOf(world, n2) : one(own, n2) });
      }
      if (op.kind === "removeSecondaryAdmin") return as(actor, { kind: op.kind, accountId: acc.id, personId: await who(target(0), ctx) });
      if (op.kind === "assignNamedBulk") {
        const personIds = [...new Set([await who(target(0), ctx), await who(target(1), { ...ctx })])];
        return as(actor, { kind: op.kind, accountId: acc.id, productId, personIds });
      }
      return as(actor, { kind: op.kind, accountId: acc.id, productId, personId: await who(target(0), ctx) });
    }

    case "assignClassic":
    case "unassignClassic":
    case "changeContractManager":
    case "assignCoordinator":
    case "removeCoordinator":
    case "renew": {
      const c = one(world.contracts, op.place);
      const productId = one(c.productIds, n0);
      const ctx: Ctx = { accountId: c.accountId, contractId: c.id, productId };
      const actor = await who(op.actor, ctx);
      const ref = { accountId: c.accountId, contractId: c.id };
      switch (op.kind) {
        case "assignClassic":
        case "unassignClassic": {
          const personIds = [];
          for (const t of op.targets) personIds.push(await who(t, ctx));
          return as(actor, { kind: op.kind, ...ref, productId, personIds: [...new Set(personIds)] });
        }
        case "changeContractManager":
        case "assignCoordinator":
          return as(actor, { kind: op.kind, ...ref, email: emailOf(world, n1) });
        case "removeCoordinator":
          return as(actor, { kind: op.kind, ...ref });
        case "renew": {
          const rows = (await db.execute(sql`select renewal_date::text as d from contracts where id = ${c.id}`)) as unknown as { d: string }[];
          return as(actor, { kind: op.kind, ...ref, seenRenewalDate: rows[0]!.d });
        }
      }
      break;
    }

    case "changeHubRole":
    case "setMemberActivation":
    case "removeHubMember":
    case "leaveHub":
    case "joinHub":
    case "invitePeople": {
      const hub = one(world.hubs, op.place);
      const ctx: Ctx = { hubId: hub.id, accountId: hub.accountId };
      const actor = await who(op.actor, ctx);
      switch (op.kind) {
        case "changeHubRole": {
          const personId = await who(target(0), ctx);
          const rows = (await db.execute(sql`select role::text as role from hub_members where hub_id = ${hub.id} and person_id = ${personId}`)) as unknown as { role: HubRoleName }[];
          // Mostly a transition HB-10 allows from the role the actor sees; sometimes any role.
          const seen = rows[0]?.role;
          const next: Record<HubRoleName, HubRoleName[]> = { hub_admin: ["hub_member"], hub_member: ["hub_admin", "hub_admin", "project_contributor"], project_contributor: ["hub_member"] };
          const all: HubRoleName[] = ["hub_admin", "hub_member", "project_contributor"];
          const role = seen && n1 % 10 < 8 ? one(next[seen], n2) : one(all, n2);
          return as(actor, { kind: op.kind, hubId: hub.id, personId, role });
        }
        case "setMemberActivation": {
          const personId = await who(target(0), ctx);
          const rows = (await db.execute(sql`select active from hub_members where hub_id = ${hub.id} and person_id = ${personId}`)) as unknown as { active: boolean }[];
          const seen = rows[0]?.active ?? true;
          return as(actor, { kind: op.kind, hubId: hub.id, personId, active: n1 % 10 < 9 ? !seen : seen });
        }
        case "removeHubMember":
          return as(actor, { kind: op.kind, hubId: hub.id, personId: await who(target(0), ctx) });
        case "leaveHub":
        case "joinHub":
          return as(actor, { kind: op.kind, hubId: hub.id });
        case "invitePeople": {
          const emails = [...new Set([emailOf(world, n1), ...(n2 % 3 === 0 ? [emailOf(world, n3)] : [])])];
          return as(actor, { kind: op.kind, hubId: hub.id, emails });
        }
      }
      break;
    }

    case "inviteToProject":
    case "addProjectMember":
    case "removeProjectMember": {
      const project = one(world.projects, op.place);
      const ctx: Ctx = { hubId: project.hubId, projectId: project.id };
      const actor = await who(op.actor, ctx);
      const role = one<ProjectRoleName>(["viewer", "viewer", "editor", "project_admin"], n1);
      if (op.kind === "inviteToProject") return as(actor, { kind: op.kind, projectId: project.id, email: emailOf(world, n2, 0.05), role });
      if (op.kind === "addProjectMember") return as(actor, { kind: op.kind, projectId: project.id, personId: await who(target(0), ctx), role });
      return as(actor, { kind: op.kind, projectId: project.id, personId: await who(target(0), ctx) });
    }

    case "acceptInvitation":
    case "declineInvitation": {
      // The invitee of a live invitation, mostly; sometimes of an answered or expired one, or someone else.
      const live = await invitationsOf(db, sql`status = 'pending'`);
      const any = live.length > 0 && n1 % 10 < 8 ? live : await invitationsOf(db, sql`true`);
      if (any.length === 0) return null;
      const inv = one(any, n0);
      const [invitee] = await ids(db, sql`select id from people where email = ${inv.email}`);
      const actor = invitee && n2 % 10 < 9 ? invitee : one(world.people, n3).personId;
      return as(actor, { kind: op.kind, invitationId: inv.id });
    }

    case "resendInvitation":
    case "cancelInvitation":
    case "approveInvitation":
    case "rejectInvitation": {
      const hub = one(world.hubs, op.place);
      const ctx: Ctx = { hubId: hub.id, accountId: hub.accountId };
      const actor = await who(op.actor, ctx);
      const wanted: Record<typeof op.kind, SQL> = {
        resendInvitation: sql`status in ('pending', 'expired')`,
        cancelInvitation: sql`status in ('pending', 'awaiting_approval')`,
        approveInvitation: sql`status = 'awaiting_approval'`,
        rejectInvitation: sql`status = 'awaiting_approval'`,
      };
      // Mostly one the transition applies to; sometimes any invitation of the hub.
      const fitting = await invitationsOf(db, sql`hub_id = ${hub.id} and ${wanted[op.kind]}`);
      const list = fitting.length > 0 && n1 % 10 < 8 ? fitting : await invitationsOf(db, sql`hub_id = ${hub.id}`);
      if (list.length === 0) return null;
      const inv = one(list, n0);
      if (op.kind === "resendInvitation") return as(actor, { kind: op.kind, invitationId: inv.id, project: inv.project, seenStatus: inv.status, seenExpiresAt: inv.expiresAt });
      if (op.kind === "approveInvitation") return as(actor, { kind: op.kind, invitationId: inv.id, project: inv.project });
      return as(actor, { kind: op.kind, invitationId: inv.id });
    }
  }
  throw new Error(`no resolution for ${op.kind}`);
}
