import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, namedAssignments, namedUsers, people, products } from "@/db/schema";
import { seedDemoWorld, type DemoWorldSummary } from "@/lib/demo/demo";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import type { Actor } from "@/lib/auth/actor";
import { createTestDb, type TestDb } from "./test-db";
import { watchBystanders } from "./bystander-snapshot";
import { testTemplates } from "./test-templates";

export type DemoTestWorld = TestDb & {
  world: DemoWorldSummary;
  /** The person id of a demo persona. */
  pid: (key: PersonaKey) => string;
  /** A demo persona as the actor a door would pass to a service. */
  actor: (key: PersonaKey) => Actor;
  /** A product's id by its code (e.g. "ACD"). */
  productId: (code: string) => Promise<string>;
  /** Named users of an account who do not hold the product, in a stable order. */
  withoutProduct: (accountId: string, productId: string) => Promise<string[]>;
};

/** A fresh database on the real PostgreSQL server with the demo world seeded in it. */
export async function createDemoWorldDb(label: string): Promise<DemoTestWorld> {
  const templates = testTemplates();
  const t = await createTestDb(label, "demo");
  const world = templates ? templates.world : await seedDemoWorld(t.db);
  if (!world) throw new Error("the demo world was not seeded into a fresh database");
  // Issue 14: a second account, hub and projects with the same people, checked after each test.
  await watchBystanders(t);
  const rows = await t.db
    .select({ id: people.id, email: people.email, name: people.name })
    .from(people)
    .where(inArray(people.email, Object.values(personas).map((p) => p.email)));
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const person = (key: PersonaKey) => {
    const row = byEmail.get(personas[key].email);
    if (!row) throw new Error(`persona ${key} is not in the demo world`);
    return row;
  };
  return {
    ...t,
    world,
    pid: (key) => person(key).id,
    actor: (key) => {
      const p = person(key);
      return { personId: p.id, email: p.email, name: p.name ?? p.email };
    },
    productId: async (code) => {
      const [row] = await t.db.select({ id: products.id }).from(products).where(eq(products.code, code));
      if (!row) throw new Error(`no product ${code} in the demo world`);
      return row.id;
    },
    withoutProduct: async (accountId, productId) => {
      const holders = t.db
        .select({ personId: namedAssignments.personId })
        .from(namedAssignments)
        .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, productId)));
      const rows = await t.db
        .select({ personId: namedUsers.personId })
        .from(namedUsers)
        .where(and(eq(namedUsers.accountId, accountId), notInArray(namedUsers.personId, holders)))
        .orderBy(asc(namedUsers.personId));
      return rows.map((r) => r.personId);
    },
  };
}

export type { Db };

/**
 * The demo hybrid account's classic contracts by who runs them: `withSc` has Aisha as its
 * software coordinator, `noSc` is Daniel's without a coordinator, `hannahs` is Hannah's.
 */
export async function hybridClassicContracts(w: DemoTestWorld): Promise<{ withSc: string; noSc: string; hannahs: string }> {
  const rows = await w.db
    .select({ id: contracts.id, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId })
    .from(contracts)
    .where(and(eq(contracts.accountId, w.world.accountIds.hybrid), eq(contracts.management, "classic")));
  const find = (test: (r: (typeof rows)[number]) => boolean) => rows.find(test)!.id;
  return {
    withSc: find((r) => r.sc === w.pid("softwareCoordinator")),
    noSc: find((r) => r.cm === w.pid("contractManager") && r.sc === null),
    hannahs: find((r) => r.cm === w.pid("contractManager2")),
  };
}
