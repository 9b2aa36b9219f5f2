import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  accountDomains,
  accounts,
  classicAssignments,
  classicUsers,
  contracts,
  instanceSettings,
  namedAssignments,
  namedUsers,
  people,
  products,
  ssoAdmins,
} from "@/db/schema";
import { recordPurchase, type RecordPurchaseInput } from "@/lib/contracts/record-purchase";
import { writeAudit } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { demoProducts, type DemoProductCode } from "./catalog";
import {
  contosoNamedUsers,
  fabrikamClassicUsers,
  northwindClassicUsers,
  northwindInvitedCount,
  northwindNamedUsers,
  partnerContributor,
  person,
  personaPeople,
  type DemoPerson,
} from "./demo-people";
import { seedDemoHub } from "./demo-hub";
import { seedDemoServiceHub } from "./demo-service-hub";
import { hashPassword } from "../auth/password";
import { DEMO_PASSWORD, demoAccounts, personas } from "./personas";

export type DemoWorldSummary = {
  seededAt: string;
  accountIds: Record<keyof typeof demoAccounts, string>;
  hubId: string;
  people: number;
  contracts: number;
};

/** What the seed's steps share: the transaction, the clock and name → id lookups. */
export type SeedContext = {
  tx: Db;
  now: Date;
  /** An ISO date `offset` days from today. */
  day: (offset: number) => string;
  personId: (email: string) => string;
  productId: (code: DemoProductCode) => string;
};

const NW = "northwind.example";
const CONTOSO = "contoso.example";
const FABRIKAM = "fabrikam.example";
const PARTNER = "partner.example";

/**
 * Seeds the demo world into an empty database in one transaction, creating every contract
 * through recordPurchase (PU Decision) so that the seed and the product share one path.
 * Returns null and changes nothing when the database already has accounts.
 */
export async function seedDemoWorld(db: Db): Promise<DemoWorldSummary | null> {
  const personaList = personaPeople();
  // scrypt is CPU work: done before the transaction so it does not hold the connection.
  const hashes = new Map(personaList.map((p) => [p.email, hashPassword(DEMO_PASSWORD)]));

  // Everything below uses `tx`, never `db`: PGlite has one connection and would deadlock.
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(accounts);
    if ((existing?.n ?? 0) > 0) return null;

    const now = new Date();
    const productIds = await insertProducts(tx);
    const { ids: personIds, total: peopleCount } = await insertPeople(tx, now, personaList, hashes);
    const ctx: SeedContext = {
      tx,
      now,
      day: (offset) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10),
      personId: (email) => lookup(personIds, email, "person"),
      productId: (code) => lookup(productIds, code, "product"),
    };

    const hybrid = await seedNorthwind(ctx);
    const namedOnly = await seedContoso(ctx);
    const classicOnly = await seedFabrikam(ctx);
    const { hubId } = await seedDemoHub(ctx, hybrid);
    // Hub projects (issue 10): a second hub to transfer projects to (PR-5).
    await seedDemoServiceHub(ctx, hybrid);

    const seededAt = now.toISOString();
    await tx
      .insert(instanceSettings)
      .values({ key: "demo_world", value: { seededAt } })
      .onConflictDoUpdate({ target: instanceSettings.key, set: { value: { seededAt }, updatedAt: now } });

    const [contractCount] = await tx.select({ n: count() }).from(contracts);
    return {
      seededAt,
      accountIds: { hybrid, namedOnly, classicOnly },
      hubId,
      people: peopleCount,
      contracts: contractCount?.n ?? 0,
    };
  });
}

// --- catalogue and people -----------------------------------------------------------------

function lookup<K>(map: Map<K, string>, key: K, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo seed: unknown ${what} ${String(key)}`);
  return id;
}

async function insertProducts(tx: Db): Promise<Map<DemoProductCode, string>> {
  const rows = await tx.insert(products).values([...demoProducts]).returning({ id: products.id, code: products.code });
  const returned = new Map(rows.map((r) => [r.code, r.id]));
  return new Map(demoProducts.map((p) => [p.code, lookup(returned, p.code, "product")]));
}

/** Everyone except the Northwind named users who are still `invited` has signed in once. */
function allGeneratedPeople(): { person: DemoPerson; verified: boolean }[] {
  const invitedFrom = northwindNamedUsers.length - northwindInvitedCount;
  return [
    ...northwindNamedUsers.map((p, i) => ({ person: person(p, NW), verified: i < invitedFrom })),
    ...Object.values(northwindClassicUsers).flatMap((list) => list.map((p) => ({ person: person(p, NW), verified: true }))),
    ...contosoNamedUsers.map((p, i) => ({ person: person(p, CONTOSO), verified: i < contosoNamedUsers.length - 1 })),
    ...fabrikamClassicUsers.map((p) => ({ person: person(p, FABRIKAM), verified: true })),
    { person: person(partnerContributor, PARTNER), verified: true },
  ];
}

async function insertPeople(
  tx: Db,
  now: Date,
  personaList: DemoPerson[],
  hashes: Map<string, string>,
): Promise<{ ids: Map<string, string>; total: number }> {
  const rows: (typeof people.$inferInsert)[] = [
    ...personaList.map((p) => ({
      ...base(p),
      passwordHash: hashes.get(p.email) ?? null,
      isDemo: true,
      emailVerified: now,
    })),
    ...allGeneratedPeople().map(({ person: p, verified }) => ({ ...base(p), emailVerified: verified ? now : null })),
  ];
  const ids = new Map<string, string>();
  for (const r of rows) {
    if (ids.has(r.email)) throw new Error(`Demo seed: ${r.email} is listed twice`);
    ids.set(r.email, r.id!);
  }
  await tx.insert(people).values(rows);
  return { ids, total: rows.length };

  function base(p: DemoPerson) {
    return { id: randomUUID(), email: p.email, firstName: p.firstName, lastName: p.lastName, name: `${p.firstName} ${p.lastName}` };
  }
}

// --- seats ---------------------------------------------------------------------------------

/** Hands out seats and refuses past the limit, so the seed itself respects UM-9 and CL-12. */
function seatPool(capacity: Partial<Record<DemoProductCode, number>>) {
  const left = new Map(Object.entries(capacity) as [DemoProductCode, number][]);
  return (code: DemoProductCode): boolean => {
    const n = left.get(code) ?? 0;
    if (n <= 0) return false;
    left.set(code, n - 1);
    return true;
  };
}

type Purchase = Omit<RecordPurchaseInput, "products" | "purchaser"> & {
  purchaser: DemoPerson;
  lines: Partial<Record<DemoProductCode, number>>;
};

async function purchase(ctx: SeedContext, p: Purchase) {
  const { lines, ...rest } = p;
  const productLines = Object.entries(lines).map(([productCode, seats]) => ({ productCode, seats: seats ?? 0 }));
  return recordPurchase(ctx.tx, { ...rest, products: productLines });
}

// --- Northwind Engineering: the hybrid account ---------------------------------------------

async function seedNorthwind(ctx: SeedContext): Promise<string> {
  const { tx, day } = ctx;
  const namedSeats = { ACD: 25, INV: 15, F360: 20 } as const;
  const resellerSeats = { RVT: 10, NAVIS: 5, ACD: 10 } as const;

  // The first named purchase makes Priya primary admin and named user (PU-2).
  const first = await purchase(ctx, {
    account: { newAccountName: demoAccounts.hybrid },
    purchaser: personas.primaryAdmin,
    channel: "online",
    management: "named",
    lines: namedSeats,
    termStart: day(-200),
    renewalDate: day(165),
    autoRenew: true,
  });
  const accountId = first.accountId;
  const account = { accountId };
  await purchase(ctx, {
    account,
    purchaser: personas.contractManager,
    channel: "reseller",
    management: "named",
    lines: resellerSeats,
    termStart: day(-330),
    renewalDate: day(35),
    autoRenew: false,
    billingState: "due",
  });
  // Expired: its Maya seats count for nothing (UM-9 counts active named contracts only).
  await purchase(ctx, {
    account,
    purchaser: personas.primaryAdmin,
    channel: "online",
    management: "named",
    lines: { MAYA: 5 },
    termStart: day(-500),
    renewalDate: day(-135),
    autoRenew: false,
    status: "expired",
  });
  const classicWithSc = await purchase(ctx, {
    account,
    purchaser: personas.contractManager,
    channel: "reseller",
    management: "classic",
    lines: { ACD: 10, CIVIL3D: 5 },
    termStart: day(-90),
    renewalDate: day(275),
    autoRenew: true,
  });
  const classicNoSc = await purchase(ctx, {
    account,
    purchaser: personas.contractManager,
    channel: "online",
    management: "classic",
    lines: { "3DSMAX": 4, NAVIS: 3 },
    termStart: day(-300),
    renewalDate: day(65),
    autoRenew: true,
    billingState: "overdue",
  });
  const classicSecondCm = await purchase(ctx, {
    account,
    purchaser: personas.contractManager2,
    channel: "reseller",
    management: "classic",
    lines: { RVT: 6, ACD: 4 },
    termStart: day(-20),
    renewalDate: day(710),
    autoRenew: false,
    billingState: "due",
  });

  await tx.insert(accountDomains).values({ accountId, domain: NW, ssoEnforced: false });

  // Named users: personas first, then the generated list (the last few only invited).
  const take = seatPool({ ACD: namedSeats.ACD + resellerSeats.ACD, INV: namedSeats.INV, F360: namedSeats.F360, RVT: resellerSeats.RVT, NAVIS: resellerSeats.NAVIS });
  const personaProducts: [DemoPerson, DemoProductCode[]][] = [
    [personas.primaryAdmin, ["ACD", "F360"]],
    [personas.secondaryAdmin, ["ACD", "RVT"]],
    [personas.secondaryAdmin2, ["ACD", "NAVIS"]],
    [personas.namedUser, ["ACD", "INV"]],
    [personas.hubAdmin, ["F360", "INV"]],
    [personas.hubMember, ["F360", "ACD"]],
    [personas.deactivatedMember, ["ACD"]],
  ];
  const invitedFrom = northwindNamedUsers.length - northwindInvitedCount;
  const generated = northwindNamedUsers.map((pair, i) => {
    const wanted: DemoProductCode[] = [];
    if (i >= invitedFrom) return { p: person(pair, NW), invited: true, wanted };
    // A spread that leaves some AutoCAD, Inventor and Fusion seats free and fills Revit
    // exactly, so the UI shows both "seats left" and "no seat left" (UM-9).
    if (i % 5 !== 4) wanted.push("ACD");
    if (i % 3 === 0) wanted.push("INV");
    if (i % 2 === 0) wanted.push("F360");
    if (i % 3 === 1) wanted.push("RVT");
    if (i % 9 === 2) wanted.push("NAVIS");
    return { p: person(pair, NW), invited: false, wanted };
  });
  const members = [
    ...personaProducts.map(([p, wanted]) => ({ p, invited: false, wanted })),
    ...generated,
  ];
  const priyaId = ctx.personId(personas.primaryAdmin.email);
  await tx
    .insert(namedUsers)
    .values(members.map((m) => ({ accountId, personId: ctx.personId(m.p.email), status: m.invited ? ("invited" as const) : ("active" as const), addedBy: priyaId })))
    // Priya is already a named user through PU-2.
    .onConflictDoNothing();
  const assignments = members.flatMap((m) =>
    m.wanted.filter(take).map((code) => ({ accountId, personId: ctx.personId(m.p.email), productId: ctx.productId(code) })),
  );
  await tx.insert(namedAssignments).values(assignments);

  await tx.insert(accountAdmins).values([
    { accountId, personId: ctx.personId(personas.secondaryAdmin.email), role: "secondary" },
    { accountId, personId: ctx.personId(personas.secondaryAdmin2.email), role: "secondary" },
  ]);
  await tx.insert(ssoAdmins).values({ accountId, personId: ctx.personId(personas.ssoAdmin.email) });
  for (const [who, action] of [
    [personas.secondaryAdmin, "account.secondary_admin_granted"],
    [personas.secondaryAdmin2, "account.secondary_admin_granted"],
    [personas.ssoAdmin, "account.sso_admin_granted"],
  ] as const) {
    await writeAudit(tx, {
      actorId: priyaId,
      actorLabel: `${personas.primaryAdmin.firstName} ${personas.primaryAdmin.lastName}`,
      action,
      accountId,
      targetType: "person",
      targetId: ctx.personId(who.email),
      targetLabel: who.email,
      after: { role: action === "account.sso_admin_granted" ? "sso_admin" : "secondary" },
    });
  }
  await inviteEmails(ctx, demoAccounts.hybrid, generated.filter((g) => g.invited).map((g) => g.p), personas.primaryAdmin);

  // The software coordinator of the first classic contract (CL-6), assigned by its CM.
  await tx
    .update(contracts)
    .set({ softwareCoordinatorId: ctx.personId(personas.softwareCoordinator.email) })
    .where(eq(contracts.id, classicWithSc.contractId));
  await writeAudit(tx, {
    actorId: ctx.personId(personas.contractManager.email),
    actorLabel: `${personas.contractManager.firstName} ${personas.contractManager.lastName}`,
    action: "contract.software_coordinator_assigned",
    accountId,
    contractId: classicWithSc.contractId,
    targetType: "person",
    targetId: ctx.personId(personas.softwareCoordinator.email),
    targetLabel: personas.softwareCoordinator.email,
    before: { softwareCoordinator: null },
    after: { softwareCoordinator: personas.softwareCoordinator.email },
  });

  // Classic users; two named users also appear here, to show one person in both views (HY-2).
  const [olivia, kenji] = northwindNamedUsers.map((p) => person(p, NW));
  await seedClassicUsers(ctx, classicWithSc.contractId, { ACD: 10, CIVIL3D: 5 }, [
    [personas.classicUser, ["ACD", "CIVIL3D"]],
    ...northwindClassicUsers.withCoordinator.map((p, i): ClassicUser => [person(p, NW), i % 2 === 0 ? ["ACD", "CIVIL3D"] : ["ACD"]]),
    [olivia!, ["ACD"]],
    [kenji!, []],
  ]);
  await seedClassicUsers(ctx, classicNoSc.contractId, { "3DSMAX": 4, NAVIS: 3 }, [
    [personas.classicUser, ["3DSMAX", "NAVIS"]],
    ...northwindClassicUsers.withoutCoordinator.map((p, i): ClassicUser => [person(p, NW), i === 0 ? ["3DSMAX", "NAVIS"] : ["3DSMAX"]]),
  ]);
  await seedClassicUsers(ctx, classicSecondCm.contractId, { RVT: 6, ACD: 4 }, [
    ...northwindClassicUsers.secondManager.map((p, i): ClassicUser => [person(p, NW), i < 3 ? ["RVT", "ACD"] : ["RVT"]]),
  ]);
  return accountId;
}

type ClassicUser = [DemoPerson, DemoProductCode[]];

async function seedClassicUsers(
  ctx: SeedContext,
  contractId: string,
  seats: Partial<Record<DemoProductCode, number>>,
  users: ClassicUser[],
): Promise<void> {
  const take = seatPool(seats);
  await ctx.tx.insert(classicUsers).values(users.map(([p]) => ({ contractId, personId: ctx.personId(p.email) })));
  const rows = users.flatMap(([p, wanted]) =>
    wanted.filter(take).map((code) => ({ contractId, personId: ctx.personId(p.email), productId: ctx.productId(code) })),
  );
  if (rows.length) await ctx.tx.insert(classicAssignments).values(rows);
}

/** Welcome emails for named users who have not signed in yet (EM-1: in the outbox). */
async function inviteEmails(ctx: SeedContext, accountName: string, invited: DemoPerson[], inviter: DemoPerson) {
  for (const p of invited) {
    await enqueueEmail(ctx.tx, {
      kind: "named-user-invitation",
      to: p.email,
      subject: `${inviter.firstName} ${inviter.lastName} added you to ${accountName}`,
      text: `Hello ${p.firstName},\n\nYou now have access to ${accountName}'s software. Sign in with ${p.email} to get started.`,
    });
  }
}

// --- Contoso Design: named only --------------------------------------------------------------

async function seedContoso(ctx: SeedContext): Promise<string> {
  const { tx, day } = ctx;
  const seats = { F360: 10, ACD: 5 } as const;
  const { accountId } = await purchase(ctx, {
    account: { newAccountName: demoAccounts.namedOnly },
    purchaser: personas.otherAccountAdmin,
    channel: "online",
    management: "named",
    lines: seats,
    termStart: day(-60),
    renewalDate: day(305),
    autoRenew: true,
  });
  await tx.insert(accountDomains).values({ accountId, domain: CONTOSO, ssoEnforced: false });

  const take = seatPool(seats);
  const graceId = ctx.personId(personas.otherAccountAdmin.email);
  const users = contosoNamedUsers.map((pair, i) => ({ p: person(pair, CONTOSO), invited: i === contosoNamedUsers.length - 1 }));
  await tx.insert(namedUsers).values(
    users.map((u) => ({ accountId, personId: ctx.personId(u.p.email), status: u.invited ? ("invited" as const) : ("active" as const), addedBy: graceId })),
  );
  const wanted: [DemoPerson, DemoProductCode[]][] = [
    [personas.otherAccountAdmin, ["F360", "ACD"]],
    ...users.filter((u) => !u.invited).map((u, i): [DemoPerson, DemoProductCode[]] => [u.p, i % 2 === 0 ? ["F360", "ACD"] : ["F360"]]),
  ];
  await tx
    .insert(namedAssignments)
    .values(wanted.flatMap(([p, codes]) => codes.filter(take).map((code) => ({ accountId, personId: ctx.personId(p.email), productId: ctx.productId(code) }))));
  const ben = users[0]!.p;
  await tx.insert(accountAdmins).values({ accountId, personId: ctx.personId(ben.email), role: "secondary" });
  await writeAudit(tx, {
    actorId: graceId,
    actorLabel: `${personas.otherAccountAdmin.firstName} ${personas.otherAccountAdmin.lastName}`,
    action: "account.secondary_admin_granted",
    accountId,
    targetType: "person",
    targetId: ctx.personId(ben.email),
    targetLabel: ben.email,
    after: { role: "secondary" },
  });
  await inviteEmails(ctx, demoAccounts.namedOnly, users.filter((u) => u.invited).map((u) => u.p), personas.otherAccountAdmin);
  return accountId;
}

// --- Fabrikam Builders: classic only ---------------------------------------------------------

async function seedFabrikam(ctx: SeedContext): Promise<string> {
  const seats = { CIVIL3D: 8, NAVIS: 4, ACD: 6 } as const;
  const { accountId, contractId } = await purchase(ctx, {
    account: { newAccountName: demoAccounts.classicOnly },
    purchaser: personas.classicOnlyManager,
    channel: "reseller",
    management: "classic",
    lines: seats,
    termStart: ctx.day(-150),
    renewalDate: ctx.day(215),
    autoRenew: true,
  });
  await ctx.tx.insert(accountDomains).values({ accountId, domain: FABRIKAM, ssoEnforced: false });
  await seedClassicUsers(ctx, contractId, seats, [
    [personas.classicOnlyManager, ["ACD"]],
    ...fabrikamClassicUsers.map((p, i): ClassicUser => [person(p, FABRIKAM), i < 2 ? ["CIVIL3D", "NAVIS", "ACD"] : ["CIVIL3D"]]),
  ]);
  return accountId;
}
