import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, instanceSettings, namedAssignments, people, products } from "@/db/schema";
import { demoProducts } from "@/lib/demo/catalog";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/personas";
import { lockNamedSeats } from "@/lib/seats/named-seats";
import { recordPurchase } from "@/lib/contracts/record-purchase";
import { planContracts, planProducts } from "./large-account-plan";
import { firstNames, lastNames } from "./names";

export type LargeSeedOptions = {
  /** Named users in the account, the primary admin included. */
  users: number;
  accountName: string;
  /** Email domain of the account's people; the primary admin is bench.admin@<domain>. */
  domain: string;
  secondaryAdmins?: number;
  batchSize?: number;
  log?: (message: string) => void;
};

export type LargeSeedSummary = {
  accountId: string;
  adminEmail: string;
  namedUsers: number;
  assignments: number;
  contracts: number;
  timingsMs: Record<string, number>;
};

export const adminEmailFor = (domain: string) => `bench.admin@${domain}`;

/** The account whose primary admin is the bench admin of `domain`, if it was seeded already. */
export async function findLargeAccount(db: Db, domain: string): Promise<string | null> {
  const [row] = await db
    .select({ accountId: accountAdmins.accountId })
    .from(accountAdmins)
    .innerJoin(people, eq(people.id, accountAdmins.personId))
    .where(and(eq(people.email, adminEmailFor(domain)), eq(accountAdmins.role, "primary")));
  return row?.accountId ?? null;
}

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/**
 * Seeds one large named account in one transaction: its contracts through the purchase
 * operation (PU-1, PU-2: the bench admin becomes primary admin), then people, named users,
 * secondary admins and product assignments with set-based SQL, within seats (UM-9).
 */
export async function seedLargeAccount(db: Db, options: LargeSeedOptions): Promise<LargeSeedSummary> {
  const { users, domain, log = () => {} } = options;
  const batchSize = options.batchSize ?? 25_000;
  if (!Number.isInteger(users) || users < 10) throw new Error("--users must be an integer of at least 10");
  const adminEmail = adminEmailFor(domain);
  const existing = await findLargeAccount(db, domain);
  if (existing) throw new Error(`${adminEmail} is already the primary admin of account ${existing}; use another --domain or a fresh database.`);

  const timingsMs: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timingsMs[name] = Math.round(performance.now() - started);
    log(`${name}: ${timingsMs[name]} ms`);
    return result;
  };
  // scrypt is CPU work: done before the transaction so it does not hold it open.
  const passwordHash = hashPassword(DEMO_PASSWORD);
  const planned = planProducts(users);
  const contractLines = planContracts(planned);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  const summary = await db.transaction(async (tx) => {
    // The trigram indexes on people collect their new entries in a pending list that the
    // VACUUM below merges in one sorted pass, instead of many small merges.
    await tx.execute(sql`set local gin_pending_list_limit = '1GB'`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.insert(products).values([...demoProducts]).onConflictDoNothing({ target: products.code });

    const { accountId, adminId } = await step("purchases", async () => {
      const first = await recordPurchase(tx, {
        account: { newAccountName: options.accountName },
        purchaser: { email: adminEmail, firstName: "Bench", lastName: "Admin" },
        channel: "online",
        management: "named",
        products: contractLines[0]!,
        termStart: day(-200),
        renewalDate: day(165),
      });
      if (!first.primaryAdminAssigned) throw new Error(`${adminEmail} did not become primary admin (PU-2)`);
      for (const lines of contractLines.slice(1)) {
        await recordPurchase(tx, {
          account: { accountId: first.accountId },
          purchaser: { email: `procurement@${domain}`, firstName: "Procurement", lastName: "Desk" },
          channel: "reseller",
          management: "named",
          products: lines,
          termStart: day(-90),
          renewalDate: day(275),
        });
      }
      const [admin] = await tx
        .update(people)
        .set({ passwordHash, isDemo: true })
        .where(eq(people.email, adminEmail))
        .returning({ id: people.id });
      return { accountId: first.accountId, adminId: admin!.id };
    });

    await step(`people + named users (${users - 1})`, async () => {
      for (let from = 1; from < users; from += batchSize) {
        await insertPeopleBatch(tx, { accountId, adminId, domain, from, to: Math.min(users - 1, from + batchSize - 1) });
      }
    });

    await step("secondary admins", () =>
      tx.execute(sql`
        insert into account_admins (account_id, person_id, role)
        select account_id, person_id, 'secondary' from named_users
        where account_id = ${accountId} and person_id <> ${adminId} and status = 'active'
        order by hashtext(person_id) limit ${options.secondaryAdmins ?? 5}`),
    );

    const assignments = await step("assignments", async () => {
      const ids = new Map((await tx.select({ id: products.id, code: products.code }).from(products)).map((p) => [p.code, p.id]));
      for (const p of planned) {
        const productId = ids.get(p.code)!;
        // The same seat count the assigning services lock and check (UM-9).
        const seats = await lockNamedSeats(tx, accountId, productId);
        const room = Math.min(p.holders, seats.total - seats.assigned);
        await tx.execute(sql`
          insert into named_assignments (account_id, person_id, product_id, assigned_at)
          select account_id, person_id, ${productId}::uuid, added_at + (abs(hashtext(person_id || ${p.code})::bigint) % 60) * interval '1 day'
          from named_users where account_id = ${accountId}
          order by hashtext(person_id || ${p.code}) limit ${room}`);
      }
      const [count] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(namedAssignments)
        .where(eq(namedAssignments.accountId, accountId));
      return count?.n ?? 0;
    });

    await tx
      .insert(instanceSettings)
      .values({ key: "demo_world", value: { seededAt: new Date().toISOString(), by: "seed-large" } })
      .onConflictDoNothing({ target: instanceSettings.key });
    return { accountId, adminEmail, namedUsers: users, assignments, contracts: contractLines.length, timingsMs };
  });

  // VACUUM merges the trigram indexes' pending lists (a manual ANALYZE does not) and sets
  // the visibility map, as a long-lived table would have it; ANALYZE gives the planner
  // the new row counts. It cannot run inside a transaction, hence here.
  await step("vacuum analyze", () =>
    db.execute(sql`vacuum (analyze) people, named_users, named_assignments, account_admins, contracts, contract_products`),
  );
  return summary;
}

type Batch = { accountId: string; adminId: string; domain: string; from: number; to: number };

/**
 * People `from`..`to` and their named-user rows in one statement. Names combine the demo
 * world's first and last names (last names skewed, so some are common, as in real life);
 * the number in the email keeps each person unique. About 3% are still invited.
 */
async function insertPeopleBatch(tx: Db, b: Batch): Promise<void> {
  // As demo-people's emailFor: lowercased, apostrophes dropped, spaces turned into dashes.
  const slug = (column: SQL) => sql`lower(replace(replace(${column}, '''', ''), ' ', '-'))`;
  await tx.execute(sql`
    with generated as (
      select g,
        (${textArray(firstNames)})[1 + abs(hashint4(g)::bigint) % ${firstNames.length}] as first_name,
        (${textArray(lastNames)})[1 + floor(${lastNames.length} * power((abs(hashint4(-g - 1)::bigint) % 1000000) / 1000000.0, 1.5))::int] as last_name
      from generate_series(${b.from}::int, ${b.to}::int) g
    ), fresh as (
      insert into people (id, name, email, first_name, last_name, email_verified, created_at)
      select gen_random_uuid()::text, first_name || ' ' || last_name,
        ${slug(sql.raw("first_name"))} || '.' || ${slug(sql.raw("last_name"))} || '.' || g || '@' || ${b.domain},
        first_name, last_name, now(), now() - (g % 1100) * interval '1 day'
      from generated
      returning id, created_at
    )
    insert into named_users (account_id, person_id, status, added_at, added_by)
    select ${b.accountId}::uuid, id, (case when abs(hashtext(id)::bigint) % 100 < 3 then 'invited' else 'active' end)::named_user_status,
      created_at, ${b.adminId}
    from fresh`);
}
