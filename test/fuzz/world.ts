import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  accounts,
  classicAssignments,
  classicUsers,
  contractProducts,
  contracts,
  hubJoinDomains,
  hubMembers,
  hubs,
  invitations,
  namedAssignments,
  namedUsers,
  people,
  products,
  projectMembers,
  projects,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { newInvitationToken } from "@/lib/hubs/invitations/invitation-token";
import { fillProject } from "@/test/support/projects";

/*
 * The fuzz's world, written straight into a fresh database (bulk SQL, no use case): four
 * accounts (one hybrid, one classic-only), contracts with one to three seats per product so
 * the last seat is contested, three hubs with two or three administrators and join domains,
 * projects a few places below the 500-member cap, and people who hold roles in several places.
 */

export const PRODUCTS = ["FZ1", "FZ2", "FZ3", "FZ4"] as const;
export type ProductCode = (typeof PRODUCTS)[number];

const DOMAINS = { a: "alpha.example", b: "beta.example", c: "gamma.example", d: "delta.example" } as const;
type DomainKey = keyof typeof DOMAINS;
/** People per domain: a1..a9@alpha.example and so on; x1..x4@elsewhere.example belong nowhere. */
const PER_DOMAIN = 9;

type Seat = readonly [ProductCode, number];
type ContractSpec = {
  key: string;
  account: string;
  management: "named" | "classic";
  status?: "active" | "expired";
  cm: string;
  sc?: string;
  seats: readonly Seat[];
  /** Classic contracts: their classic users, and who holds which product. */
  users?: readonly string[];
  held?: readonly (readonly [string, ProductCode])[];
};

const ACCOUNTS = [
  { key: "alpha", name: "Alpha (hybrid)", domain: "a" },
  { key: "beta", name: "Beta (named)", domain: "b" },
  { key: "gamma", name: "Gamma (named)", domain: "c" },
  { key: "delta", name: "Delta (classic)", domain: "d" },
] as const;

const CONTRACTS: readonly ContractSpec[] = [
  { key: "NA1", account: "alpha", management: "named", cm: "a1", seats: [["FZ1", 3], ["FZ2", 2]] },
  { key: "CA1", account: "alpha", management: "classic", cm: "a6", sc: "a7", seats: [["FZ1", 2], ["FZ3", 1]], users: ["a4", "a5", "a6", "a8", "b3", "d4"], held: [["a4", "FZ1"]] },
  { key: "CA2", account: "alpha", management: "classic", cm: "a6", seats: [["FZ4", 1]], users: ["a5", "a7", "a9"] },
  { key: "NB1", account: "beta", management: "named", cm: "b1", seats: [["FZ1", 2], ["FZ3", 1]] },
  // Expired: its seats count again only once renewed (UM-9 counts active named contracts).
  { key: "NB2", account: "beta", management: "named", status: "expired", cm: "b3", seats: [["FZ2", 2]] },
  { key: "NC1", account: "gamma", management: "named", cm: "c1", seats: [["FZ2", 1], ["FZ4", 2]] },
  { key: "CD1", account: "delta", management: "classic", cm: "a6", sc: "d2", seats: [["FZ2", 2], ["FZ4", 1]], users: ["d1", "d3", "d4", "d5", "a8"], held: [["d3", "FZ2"]] },
  { key: "CD2", account: "delta", management: "classic", cm: "d1", seats: [["FZ1", 1]], users: ["d1", "d2", "d6"] },
];

/** Named users, admins and initial assignments of the accounts with User Management. */
const NAMED = {
  alpha: { users: ["a1", "a2", "a3", "a4", "a5", "a8", "b2", "d5"], primary: "a1", secondaries: ["a2", "a3"], held: [["a1", "FZ1"], ["a2", "FZ1"], ["a3", "FZ2"]] },
  beta: { users: ["b1", "b2", "b3", "b4", "b5", "a4", "c5"], primary: "b1", secondaries: ["b2"], held: [["b1", "FZ1"]] },
  gamma: { users: ["c1", "c2", "c3", "c4", "a5"], primary: "c1", secondaries: ["c2"], held: [["c1", "FZ2"], ["c2", "FZ4"]] },
} as const satisfies Record<string, { users: readonly string[]; primary: string; secondaries: readonly string[]; held: readonly (readonly [string, ProductCode])[] }>;

type HubRole = "hub_admin" | "hub_member" | "project_contributor";
const HUBS = [
  { key: "H1", account: "alpha", mode: "approval_required", domains: ["alpha.example"], members: { a1: "hub_admin", a2: "hub_admin", a9: "hub_admin", a3: "hub_member", a4: "hub_member", a5: "hub_member", b1: "hub_member", a7: "project_contributor" } },
  { key: "H2", account: "beta", mode: "open", domains: ["beta.example"], members: { b1: "hub_admin", b2: "hub_admin", b3: "hub_member", b4: "hub_member", a2: "hub_member", c6: "project_contributor" } },
  { key: "H3", account: "gamma", mode: "admins_only", domains: ["gamma.example", "delta.example"], members: { c1: "hub_admin", c2: "hub_admin", c3: "hub_admin", c4: "hub_member", d1: "hub_member" } },
] as const satisfies readonly { key: string; account: string; mode: "admins_only" | "approval_required" | "open"; domains: readonly string[]; members: Record<string, HubRole> }[];

type ProjectRole = "project_admin" | "editor" | "viewer";
const PROJECTS = [
  // `fill` bulk members put the project a few places below the cap (PR-6).
  { key: "P1", hub: "H1", kind: "folder", visibility: null, fill: 496, members: { a1: "project_admin", a3: "project_admin" } },
  { key: "P2", hub: "H1", kind: "legacy", visibility: "closed", fill: 497, members: { a4: "editor" } },
  { key: "P3", hub: "H2", kind: "legacy", visibility: "open", fill: 496, members: { b3: "project_admin", b4: "viewer" } },
  { key: "P4", hub: "H3", kind: "folder", visibility: null, fill: 0, members: { c4: "project_admin" } },
] as const satisfies readonly { key: string; hub: string; kind: "folder" | "legacy"; visibility: "open" | "closed" | "secret" | null; fill: number; members: Record<string, ProjectRole> }[];

export type WorldAccount = { key: string; id: string; domain: string; named: boolean; classic: boolean };
export type WorldContract = { key: string; id: string; accountId: string; management: "named" | "classic"; productIds: string[] };
export type WorldHub = { key: string; id: string; accountId: string; domains: string[]; mode: "admins_only" | "approval_required" | "open" };
export type WorldProject = { key: string; id: string; hubId: string };

export type World = {
  products: Record<ProductCode, string>;
  accounts: WorldAccount[];
  contracts: WorldContract[];
  hubs: WorldHub[];
  projects: WorldProject[];
  /** Everyone who acts in the fuzz (never the bulk-filled project members). */
  people: Actor[];
  actor: (personId: string) => Actor;
  /** Addresses ops name people by: the cast's, and a few of people who do not exist yet. */
  emails: string[];
};

const email = (handle: string): string => {
  const domain = (DOMAINS as Record<string, string>)[handle[0]!];
  return `${handle}@${domain ?? "elsewhere.example"}`;
};

/** Writes the world into `db` and returns its ids. */
export async function buildWorld(db: Db): Promise<World> {
  const handles = [...(Object.keys(DOMAINS) as DomainKey[]).flatMap((d) => Array.from({ length: PER_DOMAIN }, (_, i) => `${d}${i + 1}`)), "x1", "x2", "x3", "x4"];
  const personRows = await db
    .insert(people)
    .values(handles.map((h) => ({ email: email(h), firstName: h.toUpperCase(), lastName: "Fuzz", name: `${h.toUpperCase()} Fuzz` })))
    .returning({ id: people.id, email: people.email, name: people.name });
  const pid = new Map(personRows.map((r) => [r.email.split("@")[0]!, r.id]));
  const p = (h: string): string => {
    const id = pid.get(h);
    if (!id) throw new Error(`no person ${h} in the fuzz world`);
    return id;
  };

  const productRows = await db
    .insert(products)
    .values(PRODUCTS.map((code) => ({ code, name: `Fuzz ${code}` })))
    .returning({ id: products.id, code: products.code });
  const productId = Object.fromEntries(productRows.map((r) => [r.code, r.id])) as Record<ProductCode, string>;

  const accountRows = await db.insert(accounts).values(ACCOUNTS.map((a) => ({ name: a.name }))).returning({ id: accounts.id, name: accounts.name });
  const accountId = new Map<string, string>(ACCOUNTS.map((a) => [a.key, accountRows.find((r) => r.name === a.name)!.id]));
  const acc = (key: string) => accountId.get(key)!;

  const worldContracts: WorldContract[] = [];
  for (const c of CONTRACTS) {
    const expired = c.status === "expired";
    const [row] = await db
      .insert(contracts)
      .values({
        accountId: acc(c.account),
        number: `FZ-${c.key}`,
        channel: c.management === "named" ? "online" : "reseller",
        management: c.management,
        status: c.status ?? "active",
        contractManagerId: p(c.cm),
        softwareCoordinatorId: c.sc ? p(c.sc) : null,
        purchasedBy: p(c.cm),
        termStart: expired ? "2024-01-01" : "2026-01-01",
        renewalDate: expired ? "2025-01-01" : "2027-01-01",
      })
      .returning({ id: contracts.id });
    const id = row!.id;
    await db.insert(contractProducts).values(c.seats.map(([code, seats]) => ({ contractId: id, productId: productId[code], seats })));
    if (c.users?.length) await db.insert(classicUsers).values(c.users.map((h) => ({ contractId: id, personId: p(h) })));
    if (c.held?.length) await db.insert(classicAssignments).values(c.held.map(([h, code]) => ({ contractId: id, personId: p(h), productId: productId[code] })));
    worldContracts.push({ key: c.key, id, accountId: acc(c.account), management: c.management, productIds: c.seats.map(([code]) => productId[code]) });
  }

  for (const [key, n] of Object.entries(NAMED)) {
    const a = acc(key);
    await db.insert(namedUsers).values(n.users.map((h) => ({ accountId: a, personId: p(h), status: "active" as const })));
    await db.insert(accountAdmins).values([{ accountId: a, personId: p(n.primary), role: "primary" as const }, ...n.secondaries.map((h) => ({ accountId: a, personId: p(h), role: "secondary" as const }))]);
    await db.insert(namedAssignments).values(n.held.map(([h, code]) => ({ accountId: a, personId: p(h), productId: productId[code] })));
  }

  const worldHubs: WorldHub[] = [];
  for (const h of HUBS) {
    const admin = Object.entries(h.members).find(([, role]) => role === "hub_admin")![0];
    const [row] = await db.insert(hubs).values({ accountId: acc(h.account), name: `Hub ${h.key}`, invitationMode: h.mode, createdBy: p(admin) }).returning({ id: hubs.id });
    const id = row!.id;
    await db.insert(hubJoinDomains).values(h.domains.map((domain) => ({ hubId: id, domain })));
    await db.insert(hubMembers).values(Object.entries(h.members).map(([handle, role]) => ({ hubId: id, personId: p(handle), role: role as HubRole })));
    worldHubs.push({ key: h.key, id, accountId: acc(h.account), domains: [...h.domains], mode: h.mode });
  }
  const hubId = (key: string) => worldHubs.find((h) => h.key === key)!.id;

  const worldProjects: WorldProject[] = [];
  for (const pr of PROJECTS) {
    const [row] = await db.insert(projects).values({ hubId: hubId(pr.hub), name: `Project ${pr.key}`, kind: pr.kind, visibility: pr.visibility }).returning({ id: projects.id });
    const id = row!.id;
    await db.insert(projectMembers).values(Object.entries(pr.members).map(([handle, role]) => ({ projectId: id, personId: p(handle), role: role as ProjectRole })));
    if (pr.fill > 0) await fillProject(db, hubId(pr.hub), id, pr.fill, `fuzz-${pr.key.toLowerCase()}`);
    worldProjects.push({ key: pr.key, id, hubId: hubId(pr.hub) });
  }

  // A few invitations to start from: pending, already past its 7 days, awaiting approval.
  const inviteRows: { hub: string; to: string; status: "pending" | "awaiting_approval"; expired?: boolean; project?: string }[] = [
    { hub: "H1", to: "b4", status: "pending" },
    { hub: "H1", to: "x1", status: "pending", expired: true },
    { hub: "H1", to: "a6", status: "awaiting_approval" },
    { hub: "H2", to: "a3", status: "pending" },
    { hub: "H3", to: "d3", status: "pending", expired: true },
    { hub: "H1", to: "b5", status: "pending", project: "P1" },
  ];
  const now = Date.now();
  await db.insert(invitations).values(
    inviteRows.map((i) => {
      const id = randomUUID();
      const project = i.project ? worldProjects.find((x) => x.key === i.project)! : null;
      return {
        id,
        hubId: hubId(i.hub),
        projectId: project?.id ?? null,
        email: email(i.to),
        hubRole: project ? ("project_contributor" as const) : ("hub_member" as const),
        projectRole: project ? ("editor" as const) : null,
        status: i.status,
        tokenHash: newInvitationToken(id).hash,
        expiresAt: new Date(now + (i.expired ? -86_400_000 : 7 * 86_400_000)),
      };
    }),
  );

  const cast: Actor[] = personRows.map((r) => ({ personId: r.id, email: r.email, name: r.name ?? r.email }));
  const byId = new Map(cast.map((a) => [a.personId, a]));
  const fresh = (Object.values(DOMAINS) as string[]).flatMap((d) => [1, 2, 3].map((i) => `new${i}@${d}`));
  return {
    products: productId,
    accounts: ACCOUNTS.map((a) => ({
      key: a.key,
      id: acc(a.key),
      domain: DOMAINS[a.domain],
      named: CONTRACTS.some((c) => c.account === a.key && c.management === "named"),
      classic: CONTRACTS.some((c) => c.account === a.key && c.management === "classic"),
    })),
    contracts: worldContracts,
    hubs: worldHubs,
    projects: worldProjects,
    people: cast,
    actor: (personId) => {
      const a = byId.get(personId);
      if (!a) throw new Error(`person ${personId} is not in the fuzz's cast`);
      return a;
    },
    emails: [...cast.map((a) => a.email), ...fresh],
  };
}
